// Regenerates the README's screenshots from the release build in dist/ (build it first:
// `trunk build --release --offline`). Usage: node scripts/screenshots.mjs
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { startServer } from '../tests/e2e/server.mjs';

const server = await startServer('dist');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const url = `http://127.0.0.1:${server.address().port}/`;

const arabic = JSON.parse(await readFile('content/locales/ar/ui.json', 'utf8'));

async function walk(page, { profession, leads, pattern, start = 'Start the assessment' }) {
  await page.goto(url);
  await page.getByRole('button', { name: start }).click();
  await page.locator(`#profession-${profession}`).check();
  await page.locator(leads ? '#leads-yes' : '#leads-no').check();
  await page.locator('#foundation-no').check();
  await page.locator('.nav-next').click();
  for (let i = 0; await page.locator('.nav-next').count(); i++) {
    const radios = page.locator('input[type=radio]');
    if (await radios.count()) await radios.nth(pattern(i)).check();
    await page.locator('.nav-next').click();
  }
}

/** The first statement on a phone, in the language the browser prefers. */
async function questionOnPhone(locale, start, path) {
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale });
  await phone.goto(url);
  await phone.getByRole('button', { name: start }).click();
  await phone.locator('#profession-ucd').check();
  await phone.locator('#leads-no').check();
  await phone.locator('#foundation-no').check();
  await phone.locator('.nav-next').click();
  await phone.locator('.nav-next').click();
  await phone.locator('input[type=radio]').nth(2).check();
  await phone.evaluate(() => window.scrollTo(0, 0));
  await phone.screenshot({ path });
}

const desktop = await browser.newPage({ viewport: { width: 960, height: 1300 }, deviceScaleFactor: 1, locale: 'en-GB' });
await walk(desktop, { profession: 'data', leads: true, pattern: (i) => [2, 3, 1, 3, 4, 2, 3][i % 7] });
// The heading, the chart and its legend: the part that shows what the product does.
const top = await desktop.locator('.results h1').boundingBox();
const chart = await desktop.locator('.radar').boundingBox();
await desktop.screenshot({ path: 'docs/results.png', clip: { x: 0, y: top.y - 16, width: 960, height: chart.y + chart.height - top.y + 32 } });
await questionOnPhone('en-GB', 'Start the assessment', 'docs/question-phone.png');

// Arabic, right to left (needs an Arabic font: Debian's fonts-noto-core).
const arDesktop = await browser.newPage({ viewport: { width: 960, height: 1300 }, deviceScaleFactor: 1, locale: 'ar-SA' });
await walk(arDesktop, { profession: 'data', leads: true, pattern: (i) => [2, 3, 1, 3, 4, 2, 3][i % 7], start: arabic['welcome.start'] });
const arTop = await arDesktop.locator('.results h1').boundingBox();
const arChart = await arDesktop.locator('.radar').boundingBox();
await arDesktop.screenshot({ path: 'docs/results-ar.png', clip: { x: 0, y: arTop.y - 16, width: 960, height: arChart.y + arChart.height - arTop.y + 32 } });
await questionOnPhone('ar-SA', arabic['welcome.start'], 'docs/question-phone-ar.png');

await browser.close();
server.close();
