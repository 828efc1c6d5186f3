// Draws the app's install icons (static/icons/icon-192.png, icon-512.png) from static/favicon.svg, in
// headless Chromium: the pentagon on white, inside the safe zone of a maskable icon. Run by hand when the
// favicon changes: node scripts/icons.mjs
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';

const svg = await readFile('static/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  // The mark fills 60% of the square, within the 80% circle every mask keeps.
  const mark = Math.round(size * 0.6);
  await page.setContent(`<body style="margin:0;background:#fff;display:grid;place-items:center;height:${size}px">
    <img src="data:image/svg+xml,${encodeURIComponent(svg)}" width="${mark}" height="${mark}"></body>`);
  await page.screenshot({ path: `static/icons/icon-${size}.png` });
  await page.close();
}
await browser.close();
