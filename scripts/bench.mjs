// Reports, for the release build in dist/:
//   - every file the browser fetches until the first screen is interactive, raw and brotli (quality 11),
//     and their total: the first load;
//   - what is fetched later, when the person starts (the bank's texts);
//   - the same first load for browsers preferring French and Arabic, whose texts are fetched, not built in;
//   - time from pressing a language in the switch, mid-assessment, to the screen shown in that language;
//   - the full build with the results tools, fetched when results are first needed, and the time from the
//     last Next to the results painted, which includes fetching and starting it;
//   - time from navigation to the first interactive screen (median of fresh loads);
//   - time from pressing Next to the next screen being in the DOM and painted (median and p90).
// Usage: node scripts/bench.mjs [--loads N] [--steps N]
import { chromium } from 'playwright-core';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startServer } from '../tests/e2e/server.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const LOADS = arg('--loads', 15);
const STEPS = arg('--steps', 36);

const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;

const server = await startServer('dist');
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** From a fresh page to the first layer's introduction, in English, with the shortest profile. */
async function toFirstLayer(page) {
  await page.goto(origin + '/');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.locator('#profession-none').check();
  await page.locator('#leads-no').check();
  await page.locator('#foundation-no').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('.layer-intro').waitFor();
}

async function sizes(paths) {
  const rows = [];
  for (const path of paths) {
    const body = await readFile(join('dist', path));
    rows.push({ path, raw: body.length, brotli: brotli(body) });
  }
  return rows;
}

function table(title, rows) {
  console.log(`\n${title}`);
  for (const r of rows) console.log(`  ${r.path.padEnd(48)} ${kb(r.raw).padStart(10)} raw ${kb(r.brotli).padStart(10)} brotli`);
  const raw = rows.reduce((s, r) => s + r.raw, 0);
  const br = rows.reduce((s, r) => s + r.brotli, 0);
  console.log(`  ${'total'.padEnd(48)} ${kb(raw).padStart(10)} raw ${kb(br).padStart(10)} brotli (${br} bytes)`);
}

// 1. What the first load fetches, observed in the browser.
{
  const page = await browser.newPage({ locale: 'en-GB' });
  const early = [];
  const late = [];
  let interactive = false;
  page.on('request', (r) => (interactive ? late : early).push(new URL(r.url()).pathname));
  await page.goto(origin + '/');
  await page.getByRole('button', { name: 'Start the assessment' }).waitFor();
  await page.waitForLoadState('networkidle');
  interactive = true;
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.locator('#profession-none').waitFor();
  await page.close();
  const files = (list) => [...new Set(list)].map((p) => (p === '/' ? 'index.html' : p.slice(1)));
  table('First load (until the welcome screen is interactive)', await sizes(files(early)));
  table('Fetched when the person starts', await sizes(files(late)));
}

// 2. Navigation to the first interactive screen, fresh context each time (no cache).
{
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(origin + '/');
    await page.getByRole('button', { name: 'Start the assessment' }).waitFor();
    // performance.now() counts from navigation start; the button exists once the app has rendered.
    times.push(await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(performance.now())))));
    await context.close();
  }
  console.log(`\nNavigation to interactive welcome screen: median ${median(times).toFixed(0)} ms, ` +
    `p90 ${pct(times, 0.9).toFixed(0)} ms over ${LOADS} fresh loads`);
}

// 3. Next → next screen, over the statements of the user and socio-emotional layers.
{
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await toFirstLayer(page);
  const dom = [];
  const painted = [];
  for (let i = 0; i < STEPS && (await page.locator('.nav-next').count()); i++) {
    const radio = page.locator('input[type=radio]').nth(i % 5);
    if (await radio.count()) await radio.check();
    const [inDom, onScreen] = await page.evaluate(() => new Promise((done) => {
      const before = document.getElementById('screen-heading');
      const next = document.querySelector('.nav-next');
      const start = performance.now();
      const observer = new MutationObserver(() => {
        const now = document.getElementById('screen-heading');
        if (now && now !== before) {
          observer.disconnect();
          const t = performance.now() - start;
          // Two frames: the one that paints the new screen has then been presented.
          requestAnimationFrame(() => requestAnimationFrame(() => done([t, performance.now() - start])));
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
      next.click();
    }));
    dom.push(inDom);
    painted.push(onScreen);
  }
  await context.close();
  console.log(`Next to next screen in the DOM: median ${median(dom).toFixed(1)} ms, p90 ${pct(dom, 0.9).toFixed(1)} ms; ` +
    `painted: median ${median(painted).toFixed(1)} ms, p90 ${pct(painted, 0.9).toFixed(1)} ms (${dom.length} steps)`);
}

// 4. First load for browsers preferring French or Arabic: the welcome screen waits for that language's texts.
const welcome = { fr: JSON.parse(await readFile('content/locales/fr/ui.json', 'utf8'))['welcome.start'],
  ar: JSON.parse(await readFile('content/locales/ar/ui.json', 'utf8'))['welcome.start'] };
for (const lang of ['fr', 'ar']) {
  const context = await browser.newContext({ locale: lang });
  const page = await context.newPage();
  const seen = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname));
  await page.goto(origin + '/');
  await page.getByRole('button', { name: welcome[lang] }).waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  table(`First load for a browser preferring ${lang}`,
    await sizes([...new Set(seen)].map((p) => (p === '/' ? 'index.html' : p.slice(1)))));
  table(`Fetched when a ${lang} reader starts`, await sizes([`locales/${lang}/bank.json`]));
}

// 5. Switching language on a statement screen: press to the statement shown in the other language, which
//    needs that language's interface and bank texts fetched and checked.
{
  const times = { fr: [], ar: [] };
  for (let i = 0; i < 5; i++) {
    for (const lang of ['fr', 'ar']) {
      const context = await browser.newContext({ locale: 'en-GB' });
      const page = await context.newPage();
      await toFirstLayer(page);
      await page.locator('main .nav-next').click();
      await page.locator('.rating').waitFor();
      times[lang].push(await page.evaluate((lang) => new Promise((done) => {
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (document.documentElement.lang === lang) {
            observer.disconnect();
            requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
          }
        });
        observer.observe(document.documentElement, { attributes: true, childList: true, subtree: true });
        document.querySelector(`.language-switch button[lang="${lang}"]`).click();
      }), lang));
      await context.close();
    }
  }
  for (const lang of ['fr', 'ar']) {
    console.log(`Switch to ${lang} on a statement, to painted: median ${median(times[lang]).toFixed(1)} ms, ` +
      `max ${Math.max(...times[lang]).toFixed(1)} ms (5 fresh pages, texts fetched each time)`);
  }
}

// 6. The full build, fetched when results are first needed, and the handover to it.
{
  table('Fetched when results are first needed (the full build)',
    await sizes(['skills-radar-full.js', 'skills-radar-full_bg.wasm']));
  const times = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await toFirstLayer(page);
    // To the last statement: the one whose progress reads all but one answered.
    for (;;) {
      const radios = page.locator('main input[type=radio]');
      if (await radios.count()) {
        await radios.nth(2).check();
        const [answered, total] = await page.evaluate(() => {
          const p = document.querySelector('main progress');
          return [Number(p.value), Number(p.max)];
        });
        if (answered === total) break;
      }
      const heading = await page.locator('#screen-heading').textContent();
      await page.locator('main .nav-next').click();
      await page.waitForFunction((h) => document.getElementById('screen-heading')?.textContent !== h, heading);
    }
    times.push(await page.evaluate(() => new Promise((done) => {
      const start = performance.now();
      const observer = new MutationObserver(() => {
        if (document.querySelector('.results .keep')) {
          observer.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
      document.querySelector('main .nav-next').click();
    })));
    await context.close();
  }
  console.log(`Last Next to results painted (full build fetched, compiled and started): median ${median(times).toFixed(0)} ms, ` +
    `max ${Math.max(...times).toFixed(0)} ms (5 fresh pages)`);
}

await browser.close();
server.close();
