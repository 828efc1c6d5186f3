// The trainer view's start (#workshop, src/app/workshop): the page's loader imports this instead of starting
// the assessment, so that nothing of the trainer view is in what every participant downloads. `names` are the
// build's content-hashed file names (scripts/finish-build.mjs).

/** Adds a stylesheet; resolves when it has loaded or failed (the view works without it). */
function style(href) {
  return new Promise((done) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `./${href}`;
    link.onload = link.onerror = done;
    document.head.append(link);
  });
}

export async function run({ names, files, keepOffline, lang, config }) {
  // The camera (static/camera.js), loaded the first time it is used; its QR decoder (src/bin/scan.rs) only
  // where the browser has no BarcodeDetector, and only when first needed.
  let camera = null;
  const loadCamera = () => {
    camera ??= import(`./${names.camera}`).then((m) => ({
      start: (video, onText) => m.startScanning(video, onText, () => import(`./${names.js_scan}`).then(async (s) => {
        await s.default({ module_or_path: `./${names.wasm_scan}` });
        return s;
      })),
    }));
    camera.then(() => keepOffline([names.camera, names.js_scan, names.wasm_scan]), () => { camera = null; });
    return camera;
  };
  const loadFiles = () => import(`./${names.filesJs}`);
  const [m] = await Promise.all([import(`./${names.js}`), style(names.css), style(names.resultsCss)]);
  await m.default({ module_or_path: `./${names.wasm}` });
  m.start({ files, keepOffline, lang, config, loadCamera, loadFiles });
  keepOffline([names.js, names.wasm, names.css, names.resultsCss, names.filesJs, names.start]);
}
