// Files out of the browser, and the clipboard: the results' downloads (each file written by the results tools,
// core::tools) and "Copy link". Loaded with the tools (scripts/finish-build.mjs), which the app calls these
// through (src/app/tools.rs). Plain browser calls, kept here rather than in the app's wasm, which every person
// downloads before the first screen. The trainer view (src/app/workshop) saves its files with saveText and
// savePng. Nothing here leaves the browser.

/** Offers `url` as a download named `name`, through a temporary link. */
function offer(url, name) {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/** Saves `text` as a file; false if there is nothing to save or the browser would not make it. */
export function saveText(name, type, text) {
  if (!text) return false;
  try {
    const url = URL.createObjectURL(new Blob([text], { type }));
    offer(url, name);
    URL.revokeObjectURL(url);
    return true;
  } catch {
    return false;
  }
}

/** Saves an SVG document as a PNG at twice its size (sharp on high-density screens and in print). */
export async function savePng(svg, name) {
  if (!svg) return false;
  try {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await image.decode();
    const [width, height] = [image.naturalWidth, image.naturalHeight];
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d');
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    offer(canvas.toDataURL('image/png'), name);
    return true;
  } catch {
    return false;
  }
}

/**
 * A result as a download of `kind` (json, csv, svg or png) named `name`: `saved` is the result in the saved
 * format, `texts` the names the files are written in (core::tools::file_texts). Whether it was made.
 */
export async function download(tools, kind, saved, texts, language, name) {
  switch (kind) {
    case 'json':
      return saveText(`${name}.json`, 'application/json', tools.result_file(saved, language));
    case 'csv': {
      // A byte-order mark, so spreadsheet programs read the names as UTF-8.
      const table = tools.table_file(saved, texts);
      return saveText(`${name}.csv`, 'text/csv;charset=utf-8', table && `\ufeff${table}`);
    }
    case 'svg':
      return saveText(`${name}.svg`, 'image/svg+xml', tools.chart_file(saved, texts));
    default:
      return savePng(tools.chart_file(saved, texts), `${name}.png`);
  }
}

/**
 * Reads the file chosen in `input` with the tools (core::tools::open_file's answer), at most `max` + 1 bytes
 * of it: enough for the tools to tell a file too large, without reading a huge one. Empty when none is chosen.
 */
export async function openChosen(tools, input, max, nowMs) {
  const file = input.files?.[0];
  if (!file) return '';
  const bytes = new Uint8Array(await file.slice(0, max + 1).arrayBuffer());
  return tools.open_file(bytes, nowMs);
}

/** Copies `text` to the clipboard; false when the browser refuses (no permission, an insecure page). */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Shows the element with this id alone on the screen (`open`), marked `alone` for the stylesheet, full screen
 * where the browser allows it (a frame or a phone may not: the class alone then does it), with focus on its
 * `<id>-close` button; or back in place, with focus on its `<id>-show` button. Esc closes it.
 */
export function showAlone(id, open) {
  const element = document.getElementById(id);
  if (!element) return;
  element.classList.toggle('alone', open);
  if (open) {
    element.requestFullscreen?.().catch(() => {});
    element.onkeydown = (event) => { if (event.key === 'Escape') showAlone(id, false); };
    // Leaving full screen with the browser's own Esc puts the code back in place too.
    element.onfullscreenchange = () => { if (!document.fullscreenElement) showAlone(id, false); };
  }
  const focus = () => document.getElementById(`${id}-${open ? 'close' : 'show'}`)?.focus();
  if (open) return focus();
  element.onkeydown = element.onfullscreenchange = null;
  // Focus moves back once full screen has ended: the browser moves it itself on the way out.
  if (document.fullscreenElement) document.exitFullscreen().then(focus, focus);
  else focus();
}
