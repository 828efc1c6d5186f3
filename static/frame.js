// Loaded by the page's loader only inside a frame (or with ?embed): tells the host page what it may know.
// The messages are a contract (docs/EMBEDDING.md): ready, height, step (the kind of screen only) and
// completed, none of which carries an answer or a score; and result, only when the person sends it. They go to the parent's origin only, never to '*': the origin
// the browser reports for the parent (location.ancestorOrigins, else the referrer's), confirmed by the hello
// of the host's embed.js, whose origin the browser checks.
const host = window.parent;
let origin = location.ancestorOrigins?.[0] ?? null;
if (!origin && document.referrer) {
  try {
    origin = new URL(document.referrer).origin;
  } catch {
    origin = null;
  }
}
const post = (message) => {
  if (host !== window && origin && origin !== 'null') host.postMessage(message, origin);
};

let height = 0;
const sendHeight = () => {
  // The content's own height: the root element's box, not the frame's viewport.
  const now = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (now !== height) {
    height = now;
    post({ type: 'skills-radar:height', height });
  }
};

let screen = null;
let ready = false;
let completed = false;
const sendStep = () => {
  // The app names the screen (`statement:<id>`); the host is told its kind alone.
  const now = document.querySelector('[data-screen]')?.getAttribute('data-screen')?.split(':')[0] ?? null;
  if (!now || now === screen || now.startsWith('texts-')) return;
  screen = now;
  if (!ready) {
    ready = true;
    post({ type: 'skills-radar:ready' });
  }
  post({ type: 'skills-radar:step', screen });
  if (screen === 'results' && !completed) {
    completed = true;
    post({ type: 'skills-radar:completed' });
  }
  sendHeight();
};

window.addEventListener('message', (event) => {
  if (event.source !== host || event.data?.type !== 'skills-radar:hello') return;
  origin = event.origin;
  if (ready) post({ type: 'skills-radar:ready' });
  if (screen) post({ type: 'skills-radar:step', screen });
  height = 0;
  sendHeight();
});
new ResizeObserver(sendHeight).observe(document.documentElement);
new MutationObserver(sendStep).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-screen'] });
sendStep();

/** The host page's origin, as the browser reports it; undefined when not known. */
export function hostOrigin() {
  return host !== window && origin && origin !== 'null' ? origin : undefined;
}

/**
 * The person pressed Send: the result file's text goes to the host page, as a JSON value, if the host is at
 * `to`, the origin the app checked against config.json. The browser delivers it to that origin only.
 */
export function handOff(to, result) {
  if (to !== hostOrigin()) return false;
  try {
    host.postMessage({ type: 'skills-radar:result', result: JSON.parse(result) }, to);
    return true;
  } catch {
    return false;
  }
}
