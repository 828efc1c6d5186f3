// A camera for Chromium to show in tests: a still greyscale picture as a YUV4MPEG2 file, which Chromium plays
// in a loop as its camera with --use-fake-device-for-media-stream --use-file-for-fake-video-capture=FILE
// (and --use-fake-ui-for-media-stream to allow it without asking).

/**
 * A Y4M file of `frames` identical frames of the greyscale picture `luma` (row-major, one byte per pixel),
 * at 10 frames a second, 4:2:0 chroma (neutral: every U and V sample 128). Width and height must be even,
 * as 4:2:0 takes one chroma sample per 2×2 pixels.
 */
export function y4m(luma, width, height, frames = 10) {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0 || width % 2 || height % 2) {
    throw new Error(`y4m: width and height must be positive and even, not ${width}×${height}`);
  }
  if (luma.length !== width * height) throw new Error(`y4m: ${luma.length} bytes for ${width}×${height} pixels`);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`, 'ascii');
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n', 'ascii'), Buffer.from(luma), chroma]);
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]);
}

/**
 * A greyscale picture (width × height bytes, white 255, dark 0) of a QR code's modules (rows of booleans,
 * true dark, without a quiet zone), `scale` pixels per module, centred on white, with the quiet zone of 4
 * modules the specification asks for kept clear.
 */
export function lumaOfModules(modules, { width = 640, height = 480, scale = 8 } = {}) {
  const size = modules.length;
  const side = (size + 8) * scale;
  if (side > width || side > height) {
    throw new Error(`lumaOfModules: ${size} modules at ${scale} px with the quiet zone need ${side} px, more than ${width}×${height}`);
  }
  const luma = new Uint8Array(width * height).fill(255);
  const left = Math.floor((width - size * scale) / 2);
  const top = Math.floor((height - size * scale) / 2);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      if (!modules[y][x]) continue;
      for (let dy = 0; dy < scale; dy += 1) {
        luma.fill(0, (top + y * scale + dy) * width + left + x * scale, (top + y * scale + dy) * width + left + (x + 1) * scale);
      }
    }
  }
  return luma;
}
