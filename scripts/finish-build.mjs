// Trunk post-build hook: turns Trunk's output into a folder any organisation can host as it is.
// Runs in Trunk's staging directory (TRUNK_STAGING_DIR), before the build replaces dist/.
//
// - Every file the page loads gets a content-addressed name: Trunk hashes the app's wasm, glue, CSS and icon;
//   this hook hashes the tools module, the language files, the icons and the manifest, so that no file of one
//   release can ever be taken for a file of another.
// - No inline script: Trunk's inline loader is replaced by boot-<hash>.js, which starts the app with the
//   build's file names and the tools module's loader (see src/app/boot.rs), and registers the service worker.
//   The page then runs under `script-src 'self' 'wasm-unsafe-eval'`.
// - Every address is relative to the page (Trunk's public_url is "./"), so the folder works under any path.
// - Release builds get a web app manifest and a service worker (sw.js) generated from the files actually
//   built: one cache per build, so a new release is picked up whole or not at all. Development builds get
//   neither, so that nothing is cached while editing.
// - Release builds have their JS minified by esbuild (Trunk's own minifier fails on wasm-bindgen's glue,
//   trunk-rs/trunk#1044).
//
// `node scripts/finish-build.mjs DIR` runs it on a built folder by hand (as a release build).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
if (!dir) throw new Error('finish-build: no staging directory (TRUNK_STAGING_DIR) and no folder given');

const hashOf = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const fail = (message) => {
  console.error(`finish-build: ${message}`);
  process.exit(1);
};

/** Renames `name` (relative to dir) to `<stem>-<hash><ext>`; returns the new relative name. */
async function hashName(name) {
  const bytes = await readFile(join(dir, name));
  const dot = name.lastIndexOf('.');
  const hashed = `${name.slice(0, dot)}-${hashOf(bytes)}${name.slice(dot)}`;
  await rename(join(dir, name), join(dir, hashed));
  return hashed;
}

async function walk(folder) {
  const out = [];
  for (const entry of await readdir(join(dir, folder), { withFileTypes: true })) {
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else out.push(path);
  }
  return out;
}

// A snippet (wasm-bindgen inline_js) would be loaded under a name that is not content-addressed. A snippets
// folder that no glue imports is left over from an older build in target/wasm-bindgen: dropped.
if (existsSync(join(dir, 'snippets'))) {
  for (const name of await readdir(dir)) {
    if (name.endsWith('.js') && (await readFile(join(dir, name), 'utf8')).includes('snippets/')) {
      fail(`${name} imports a wasm-bindgen snippet (inline_js); the page cannot load it under a content-hashed name`);
    }
  }
  await rm(join(dir, 'snippets'), { recursive: true });
}

if (release) {
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.js')) continue;
    const { code } = await transform(await readFile(join(dir, name), 'utf8'), { minify: true, format: 'esm', target: 'es2020' });
    await writeFile(join(dir, name), code);
  }
}

const top = await readdir(dir);
const appGlue = top.find((n) => /^skills-radar-[0-9a-f]{16}\.js$/.test(n));
const appWasm = top.find((n) => /^skills-radar-[0-9a-f]{16}_bg\.wasm$/.test(n));
if (!appGlue || !appWasm) fail(`the app's glue and wasm are missing from ${dir}: ${top.join(', ')}`);
if (!top.includes('skills-radar-tools.js') || !top.includes('skills-radar-tools_bg.wasm')) {
  fail('the tools module (skills-radar-tools.js, skills-radar-tools_bg.wasm) is missing');
}
const tools = { js: await hashName('skills-radar-tools.js'), wasm: await hashName('skills-radar-tools_bg.wasm') };
// The QR scanner's fallback decoder and the camera module, loaded only when a trainer opens the camera.
if (!top.includes('skills-radar-scan.js') || !top.includes('skills-radar-scan_bg.wasm') || !top.includes('camera.js')) {
  fail('the QR scanner (skills-radar-scan.js, skills-radar-scan_bg.wasm) or static/camera.js is missing');
}
const scanner = { js: await hashName('skills-radar-scan.js'), wasm: await hashName('skills-radar-scan_bg.wasm'), camera: await hashName('camera.js') };
// The frame companion is loaded by the page; embed.js is loaded by host pages under its plain, stable name.
if (!top.includes('frame.js') || !top.includes('embed.js')) fail('static/frame.js or static/embed.js is missing');
const frame = await hashName('frame.js');
// The learning platforms' companion, loaded only by a SCORM package's page (scripts/package-lms).
if (!top.includes('lms.js')) fail('static/lms.js is missing');
const lmsJs = await hashName('lms.js');
// The results' styles come with the results tools, so the first screen waits for none of them.
if (!top.includes('results.css')) fail('static/results.css is missing');
if (release) {
  const { code } = await transform(await readFile(join(dir, 'results.css'), 'utf8'), { loader: 'css', minify: true });
  await writeFile(join(dir, 'results.css'), code);
}
const resultsCss = await hashName('results.css');
// The browser calls behind downloads and the clipboard, loaded with the tools too.
if (!top.includes('files.js')) fail('static/files.js is missing');
const filesJs = await hashName('files.js');
// The trainer view (#workshop, src/app/workshop): a module of its own with its stylesheet, which the loader
// starts instead of the assessment, so that participants never download it.
if (!top.includes('skills-radar-workshop.js') || !top.includes('skills-radar-workshop_bg.wasm')) {
  fail('the trainer view module (skills-radar-workshop.js, skills-radar-workshop_bg.wasm) is missing');
}
if (!top.includes('workshop.css') || !top.includes('trainer.js')) fail('static/workshop.css or static/trainer.js is missing');
const workshop = {
  js: await hashName('skills-radar-workshop.js'),
  wasm: await hashName('skills-radar-workshop_bg.wasm'),
  css: await hashName('workshop.css'),
  start: await hashName('trainer.js'),
};

// Language files and icons: the app asks for them by plain name; `files` maps each to its hashed name.
const files = {};
for (const name of (await walk('locales')).sort()) files[name] = await hashName(name);
// The bank's learning resources as content/bank.json lists them, which the app fetches with the later texts
// (core::content::RESOURCES_PATH): the bank compiled into the app keeps only their ids.
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const bankSource = JSON.parse(await readFile(join(projectRoot, 'content/bank.json'), 'utf8'));
await writeFile(join(dir, 'resources.json'), JSON.stringify({ resources: bankSource.resources }));
files['resources.json'] = await hashName('resources.json');
const icons = {};
if (existsSync(join(dir, 'icons'))) {
  for (const name of (await walk('icons')).sort()) icons[name] = await hashName(name);
}

let html = await readFile(join(dir, 'index.html'), 'utf8');
// Trunk's inline loader, and its preloads, are replaced by the boot script and its own preloads.
html = html.replace(/<script type="?module"?>[\s\S]*?<\/script>/, '');
html = html.replace(/<link[^>]*rel="?(modulepreload|preload)"?[^>]*>/g, '');
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) fail('index.html still has an inline script');
if (/\sstyle=/.test(html)) fail('index.html has an inline style attribute');

let manifestName = null;
if (release) {
  const manifest = {
    name: 'Skills Radar',
    short_name: 'Skills Radar',
    description: 'A digital-skills self-assessment for people who work in the public sector.',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#005ea5',
    icons: Object.entries(icons)
      .filter(([name]) => name.endsWith('.png'))
      .map(([name, hashed]) => ({ src: `./${hashed}`, sizes: name.match(/(\d+)\.png$/)[1] + 'x' + name.match(/(\d+)\.png$/)[1], type: 'image/png', purpose: 'any maskable' })),
  };
  await writeFile(join(dir, 'manifest.webmanifest'), JSON.stringify(manifest));
  manifestName = await hashName('manifest.webmanifest');
}

const boot = `import init, { start } from './${appGlue}';
const files = ${JSON.stringify(files)};
let tools = null;
let styled = false;
// The results tools module, loaded once when first asked for; after a failure the next call tries again.
// The results' stylesheet comes with it.
function loadTools() {
  if (!styled) {
    styled = true;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = './${resultsCss}';
    document.head.append(link);
  }
  tools ??= Promise.all([import('./${tools.js}'), import('./${filesJs}')]).then(async ([m, files]) => {
    await m.default({ module_or_path: './${tools.wasm}' });
    return {
      ...m,
      copyText: files.copyText,
      showAlone: files.showAlone,
      download: (...args) => files.download(m, ...args),
      openChosen: (...args) => files.openChosen(m, ...args),
    };
  });
  tools.catch(() => { tools = null; });
  return tools;
}
let waiting = null;
let asked = false;
const listeners = [];
function onUpdate(listener) { if (waiting) listener(); else listeners.push(listener); }
function applyUpdate() { if (waiting) { asked = true; waiting.postMessage({ type: 'skills-radar:activate' }); } }
function offerUpdate(worker) { waiting = worker; for (const listener of listeners.splice(0)) listener(); }
// What release a service worker serves; the page compares it with its own.
function buildOf(worker) {
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => done(e.data);
    worker.postMessage({ type: 'skills-radar:build' }, [channel.port2]);
    setTimeout(() => done(null), 3000);
  });
}
async function settle(worker) {
  if (!worker || !navigator.serviceWorker.controller) return;
  // The page already runs the waiting release (it came from the network): let it take over quietly.
  if ((await buildOf(worker)) === BUILD) worker.postMessage({ type: 'skills-radar:activate' });
  else offerUpdate(worker);
}
function watch(registration) {
  if (registration.waiting) settle(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => { if (worker.state === 'installed') settle(worker); });
  });
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') registration.update().catch(() => {}); });
}
let registered = null;
// Registered once the app has shown its first screen (the first call of keepOffline), so that filling the
// cache never competes with it. In a frame or a browser where service workers are not allowed,
// registering fails and the app works online as before.
function registerServiceWorker() {
  if (!${release} || !('serviceWorker' in navigator)) return Promise.resolve(null);
  registered ??= (async () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => { if (asked) location.reload(); });
    const registration = await navigator.serviceWorker.register('./sw.js', { scope: './' });
    watch(registration);
    return registration;
  })().catch(() => null);
  return registered;
}
/** Keeps these files (plain names) for use offline: the language shown. */
function keepOffline(names) {
  registerServiceWorker()
    .then((r) => r && navigator.serviceWorker.ready)
    .then((r) => r?.active?.postMessage({ type: 'skills-radar:keep', files: names.map((n) => files[n] ?? n) }))
    .catch(() => {});
}
// Inside another page's frame, or with ?embed: the compact layout ([data-embedded] in style.css), a link to
// the app in a tab of its own, and what the host page may know (static/frame.js). ?lang= is the host page's
// language, which the app prefers to the browser's.
const query = new URLSearchParams(location.search);
const embedded = window.parent !== window || query.has('embed');
// A SCORM package's page (scripts/package-lms marks it): static/lms.js finds the learning platform, and the
// app starts from what the platform kept. A tab of its own would be out of the platform's reach.
const lmsKind = document.documentElement.dataset.lms;
const lms = lmsKind ? import('./${lmsJs}').then((m) => m.connect(lmsKind, loadTools)).catch(() => null) : null;
let ownTab;
if (embedded) {
  (document.getElementById('skills-radar') ?? document.documentElement).setAttribute('data-embedded', '');
  const own = new URL(location.href);
  own.searchParams.delete('embed');
  if (!lmsKind) ownTab = own.href;
}
// The organisation's configuration (docs/CONFIGURING.md), asked for while the app loads, fresh each time: its
// status (0 when nothing answered) and text, which the app makes sense of (core::config::load).
const config = fetch('./config.json', { cache: 'no-cache' })
  .then(async (r) => ({ status: r.status, text: await r.text() }))
  .catch(() => ({ status: 0, text: '' }));
// What the page around the app may know and receive goes through static/frame.js alone.
let companion = null;
const hostOrigin = () => companion?.hostOrigin() ?? undefined;
const handOff = (origin, result) => companion?.handOff(origin, result) ?? false;
// The trainer view is the page at #workshop; moving into or out of it starts the other module, in a fresh page.
const trainer = location.hash === '#workshop';
addEventListener('hashchange', () => { if ((location.hash === '#workshop') !== trainer) location.reload(); });
if (trainer) {
  const m = await import('./${workshop.start}');
  await m.run({ names: ${JSON.stringify({ ...workshop, resultsCss, filesJs, camera: scanner.camera, js_scan: scanner.js, wasm_scan: scanner.wasm })}, files, keepOffline, lang: query.get('lang') ?? undefined, config: await config });
} else {
  await init({ module_or_path: './${appWasm}' });
  const platform = await lms;
  start({ files, loadTools, onUpdate, applyUpdate, keepOffline, lang: query.get('lang') ?? undefined, ownTab, config: await config, hostOrigin, handOff, lmsResumed: platform?.resumed, lmsSave: platform?.save });
  if (embedded) import('./${frame}').then((m) => { companion = m; }).catch(() => {});
}
`;
// The build's id: every file's name is content-addressed, so the names and the page identify the release.
// SKILLS_RADAR_RELEASE, a label such as a version or date, is part of it and is written into the page.
const label = process.env.SKILLS_RADAR_RELEASE ?? '';
const build = hashOf(label + boot + html + (await walk('')).sort().join('\n'));
const bootSource = `const BUILD = '${build}';\n${boot}`;
const bootCode = release ? (await transform(bootSource, { minify: true, format: 'esm', target: 'es2022' })).code : bootSource;
await writeFile(join(dir, 'boot.js'), bootCode);
const bootName = await hashName('boot.js');

const head = [
  `<link rel="modulepreload" href="./${appGlue}">`,
  `<link rel="preload" href="./${appWasm}" as="fetch" type="application/wasm" crossorigin>`,
  manifestName ? `<link rel="manifest" href="./${manifestName}">` : '',
  `<meta name="skills-radar-build" content="${build}${label ? ` ${label.replace(/[^\w.-]/g, '')}` : ''}">`,
  `<script type="module" src="./${bootName}"></script>`,
].join('');
html = html.replace('</head>', `${head}</head>`);
await writeFile(join(dir, 'index.html'), html);

if (release) {
  // Everything the app can run on offline, in the person's language: language files are cached when the
  // app asks (keepOffline), not all up front.
  const all = await walk('');
  // Install icons are left to the browser, which fetches them when the app is installed.
  // Not fetched up front: the schema is for the editors of config.json and embed.js for host pages, neither
  // ever fetched by the app; the frame companion is kept when an embedded page first uses it, as languages are.
  // The trainer view's files are kept when a trainer first opens it (keepOffline), never precached for everyone.
  const unused = ['index.html', 'sw.js', 'config.schema.json', 'embed.js', frame, lmsJs, ...Object.values(workshop), ...Object.values(scanner)];
  const shell = ['./', ...all.filter((n) => !unused.includes(n) && !/^(locales|icons)\//.test(n)).map((n) => `./${n}`)];
  const sw = `// Generated by scripts/finish-build.mjs for build ${build}. One cache per build: a release is used whole.
const BUILD = '${build}';
const CACHE = 'skills-radar-' + BUILD;
const SHELL = ${JSON.stringify(shell)};
const LOCALES = ${JSON.stringify([...Object.values(files), frame, ...Object.values(workshop), ...Object.values(scanner)].map((n) => `./${n}`))};
const own = (path) => new URL(path, self.location).href;
const KNOWN = new Set([...SHELL, ...LOCALES].map(own));
// What config.json answers (the file, or that there is none) is kept too, so that offline the app is as
// configured: the page's first visit asked for it before this worker was there.
const kept = (response) => response.ok || response.status === 404 || response.status === 410;
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all([
    cache.addAll(SHELL),
    fetch(own('./config.json'), { cache: 'no-cache' }).then((r) => kept(r) && cache.put(own('./config.json'), r)).catch(() => {}),
  ])));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('skills-radar-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('message', (event) => {
  const data = event.data ?? {};
  if (data.type === 'skills-radar:activate') self.skipWaiting();
  if (data.type === 'skills-radar:build') event.ports[0]?.postMessage(BUILD);
  if (data.type === 'skills-radar:keep' && Array.isArray(data.files)) {
    const wanted = data.files.map(own).filter((url) => KNOWN.has(url));
    event.waitUntil(caches.open(CACHE).then(async (cache) => {
      for (const url of wanted) if (!(await cache.match(url))) await cache.add(url).catch(() => {});
    }));
  }
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The network first, so a new release is seen on the next visit; this build's page when offline.
    event.respondWith(fetch(request).catch(() => caches.open(CACHE).then((c) => c.match(own('./'))).then((r) => r ?? Response.error())));
    return;
  }
  url.search = '';
  // The organisation's config.json and its logo, files beside the page that change without a release: the
  // network first, so an edit is seen on the next visit; the last copy when offline.
  const scope = own('./');
  if (!KNOWN.has(url.href) && url.href.startsWith(scope) && /^[^/]+\.(json|svg|png|jpe?g|webp)$/i.test(url.href.slice(scope.length))) {
    event.respondWith(fetch(request).then((response) => {
      if (kept(response)) {
        const copy = response.clone();
        caches.open(CACHE).then((c) => c.put(url.href, copy)).catch(() => {});
      }
      return response;
    }).catch(() => caches.open(CACHE).then((c) => c.match(url.href)).then((r) => r ?? Response.error())));
    return;
  }
  if (!KNOWN.has(url.href)) return;
  // Content-addressed files never change: from the cache, else from the network, then kept.
  event.respondWith(caches.open(CACHE).then(async (cache) => {
    const cached = await cache.match(url.href);
    if (cached) return cached;
    const response = await fetch(request);
    if (response.ok) cache.put(url.href, response.clone()).catch(() => {});
    return response;
  }));
});
`;
  await writeFile(join(dir, 'sw.js'), sw);
}

const summary = await Promise.all((await walk('')).map(async (n) => `${n} (${(await stat(join(dir, n))).size} B)`));
console.log(`finish-build: build ${build}${release ? '' : ' (development: no service worker)'}\n  ${summary.join('\n  ')}`);
