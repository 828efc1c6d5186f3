// The camera behind the trainer's scan of participants' QR codes: the trainer view starts it with a <video>
// to show the camera in and a callback for each text read, and stops it when done.
//
// Codes are read with the browser's own BarcodeDetector where it reads QR codes (Chrome on Android, macOS and
// ChromeOS): nothing more to download, and the platform's detector reads the full frame. Elsewhere (Firefox,
// Safari, Chrome on Windows and Linux, headless Chromium) with the scanner module (src/bin/scan.rs, rqrr
// compiled to wasm), which the page's loader passes as `loadDecoder` so that only a trainer who opens the
// camera downloads it.

// About four reads a second: a code held up to the camera is read well within a second, and a phone does not
// spend its battery decoding frames that barely changed.
const INTERVAL_MS = 250;
// A code that stays in view is read on every frame; the caller keeps each participant once, but it need not
// be told the same text four times a second.
const REPEAT_MS = 2000;
// Frames are scaled down so that the longer side is at most this many pixels before decoding in wasm (rqrr
// needs about 6 pixels per module to read a code reliably, which a 720p frame cut to 800 pixels did not keep): a QR
// code that fills a good part of the picture still has several pixels per module, and a 1080p frame would
// cost several times the decoding time for nothing.
const MAX_SIDE = 1280;

/** An Error with a `name` the caller can tell apart, as it does a DOMException's. */
function failure(name, message, cause) {
  const error = new Error(message, cause === undefined ? undefined : { cause });
  error.name = name;
  return error;
}

/** The browser's QR detector, or null when it has none that reads QR codes. */
async function qrDetector() {
  if (!('BarcodeDetector' in window)) return null;
  try {
    // Some browsers define BarcodeDetector and support no format at all (no platform detector behind it).
    if (!(await BarcodeDetector.getSupportedFormats()).includes('qr_code')) return null;
    return new BarcodeDetector({ formats: ['qr_code'] });
  } catch {
    return null;
  }
}

/**
 * Shows the camera in `video` and calls `onText(text)` for each QR code read (the same text at most once in
 * two seconds). `loadDecoder()` gives a promise of an object with `decode(width, height, luma) => string`
 * (the scanner module), asked for only where the browser cannot read QR codes itself.
 *
 * Resolves to `{ stop(), usesDetector }` once the camera shows. Rejects with getUserMedia's DOMException
 * (NotAllowedError: the person or the browser refused; NotFoundError: no camera; NotReadableError: the camera
 * is in use), with an Error named NotSupportedError where the page cannot ask for a camera at all, and with
 * one named DecoderUnavailable when the scanner module could not be loaded; the camera is off again in every
 * case.
 */
export async function startScanning(video, onText, loadDecoder) {
  // navigator.mediaDevices exists only in a secure context (https, or localhost) of a browser with cameras.
  if (!navigator.mediaDevices?.getUserMedia) {
    throw failure('NotSupportedError', 'this page cannot use a camera (no navigator.mediaDevices)');
  }
  const detector = await qrDetector();
  // The scanner module downloads while the person answers the browser's question about the camera. If the
  // camera is refused, its failure is not the one to report: the camera's is.
  const decoding = detector ? null : Promise.resolve().then(loadDecoder);
  decoding?.catch(() => {});

  // The camera facing away from the trainer where there are two (a phone), any camera elsewhere.
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  const stopTracks = () => {
    for (const track of stream.getTracks()) track.stop();
  };

  let decoder = null;
  if (decoding) {
    try {
      decoder = await decoding;
    } catch (error) {
      stopTracks();
      throw failure('DecoderUnavailable', 'the QR scanner module could not be loaded', error);
    }
    if (typeof decoder?.decode !== 'function') {
      stopTracks();
      throw failure('DecoderUnavailable', 'the QR scanner module has no decode function');
    }
  }

  // Muted and inline: browsers play such a video without a gesture, and iOS does not take it full screen.
  video.muted = true;
  video.playsInline = true;
  video.setAttribute('playsinline', '');
  video.autoplay = true;
  video.srcObject = stream;
  // play() may be refused or interrupted; autoplay starts the video when it can. Its refusal is not the
  // camera's (a NotAllowedError here would read as the camera being refused), so it is not reported.
  video.play().catch(() => {});

  const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
  let context = null;
  let luma = new Uint8Array(0);

  /** The texts of the codes in the frame the video shows now. */
  async function read() {
    // HAVE_CURRENT_DATA: before the first frame there is nothing to read.
    if (video.readyState < 2 || !video.videoWidth || !video.videoHeight) return [];
    if (detector) return (await detector.detect(video)).map((code) => code.rawValue);
    const scale = Math.min(1, MAX_SIDE / Math.max(video.videoWidth, video.videoHeight));
    const width = Math.max(1, Math.round(video.videoWidth * scale));
    const height = Math.max(1, Math.round(video.videoHeight * scale));
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      context = null;
    }
    // willReadFrequently: the pixels are read back every frame, which is faster from memory than the GPU.
    context ??= canvas.getContext('2d', { willReadFrequently: true });
    context.drawImage(video, 0, 0, width, height);
    const rgba = context.getImageData(0, 0, width, height).data;
    if (luma.length !== width * height) luma = new Uint8Array(width * height);
    // BT.601 luma in integers: (77 R + 150 G + 29 B) / 256, the weights summing to 256.
    for (let i = 0, p = 0; p < luma.length; i += 4, p += 1) {
      luma[p] = (77 * rgba[i] + 150 * rgba[i + 1] + 29 * rgba[i + 2]) >> 8;
    }
    const text = decoder.decode(width, height, luma);
    return text ? [text] : [];
  }

  let stopped = false;
  let timer = 0;
  const told = new Map(); // text -> when onText was last called with it
  function tell(text) {
    const now = performance.now();
    for (const [known, at] of told) if (now - at >= REPEAT_MS) told.delete(known);
    if (told.has(text)) return;
    told.set(text, now);
    try {
      onText(text);
    } catch (error) {
      // The caller's failure is its own: reported as uncaught, and the scan goes on.
      setTimeout(() => {
        throw error;
      });
    }
  }
  async function tick() {
    try {
      for (const text of await read()) if (!stopped && text) tell(text);
    } catch {
      // A frame that could not be read is skipped: the detector can fail on a frame, and the scanner module
      // traps on the rare image that reaches an assertion inside rqrr (core::scan's documentation).
    }
    // The next read is timed from the end of this one, so slow decoding never piles reads up.
    if (!stopped) timer = setTimeout(tick, INTERVAL_MS);
  }
  timer = setTimeout(tick, INTERVAL_MS);

  return {
    usesDetector: detector !== null,
    /** Stops reading and turns the camera off (its light too). Safe to call more than once. */
    stop() {
      stopped = true;
      clearTimeout(timer);
      stopTracks();
      video.srcObject = null;
    },
  };
}
