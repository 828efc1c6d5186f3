// Files out of the browser, and the clipboard: the browser calls behind the results' downloads, their PNG and
// "Copy link". Loaded with the results tools (scripts/finish-build.mjs); the app calls these through them
// (src/app/tools.rs). Plain browser calls, kept here rather than in the app's wasm, which every person
// downloads before the first screen. Nothing here leaves the browser.

/** Offers `url` as a download named `name`, through a temporary link. */
function download(url, name) {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/** Saves `text` as a file; false if the browser would not make it. */
export function saveText(name, type, text) {
  try {
    const url = URL.createObjectURL(new Blob([text], { type }));
    download(url, name);
    URL.revokeObjectURL(url);
    return true;
  } catch {
    return false;
  }
}

/** Saves an SVG document as a PNG at twice its size (sharp on high-density screens and in print). */
export async function savePng(svg, width, height, name) {
  try {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d');
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    download(canvas.toDataURL('image/png'), name);
    return true;
  } catch {
    return false;
  }
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
