// Reports, for the release build in dist/ (run by scripts/bench, which builds it first):
//   - the first load in each language: every file the browser asks for until the welcome screen can be
//     used, raw and brotli (quality 11), each counted once (tests/e2e/sizes.mjs, shared with the budget test);
//   - the whole journey: everything a browser downloads for a complete assessment with every results tool
//     used, the service worker's copies for offline use included;
//   - time from navigation to the interactive welcome screen, from the network (a fresh browser each time)
//     and from the service worker's cache (a returning visit);
//   - time from pressing Next to the next screen, in the DOM and painted;
//   - time from the last Next to the results with the share link (the tools module fetched and started).
// It measures and prints; it asserts nothing (the budgets are asserted by tests/e2e/budget.test.mjs).
// Usage: node scripts/bench.mjs [--loads N] [--steps N]
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { startServer } from '../tests/e2e/server.mjs';
import { BUDGET, describe, kB, measure } from '../tests/e2e/sizes.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const LOADS = arg('--loads', 15);
const STEPS = arg('--steps', 36);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const texts = (lang) => ({
  ...JSON.parse(readFileSync(`content/locales/${lang}/ui.json`, 'utf8')),
  ...JSON.parse(readFileSync(`content/locales/${lang}/screens.json`, 'utf8')),
});
const LOCALES = { en: 'en-GB', fr: 'fr-FR', ar: 'ar-SA' };

const log = [];
const server = await startServer('dist', 0, { log });
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** From the welcome screen to the first layer's introduction, with the shortest profile. */
async function toFirstLayer(page, T) {
  await page.getByRole('button', { name: T['welcome.start'] }).click();
  await page.locator('#profession-none').check();
  await page.locator('#leads-no').check();
  await page.locator('#foundation-no').check();
  await page.locator('form .nav-next').click();
  await page.locator('.layer-intro').waitFor();
}

/** Answers every statement from the first layer's introduction on; stops before the last Next. */
async function toLastStatement(page) {
  for (;;) {
    const radios = page.locator('main input[type=radio]');
    if (await radios.count()) {
      await radios.nth(2).check();
      const [answered, total] = await page.evaluate(() => {
        const p = document.querySelector('main progress');
        return [Number(p.value), Number(p.max)];
      });
      if (answered === total) return;
    }
    const heading = await page.locator('#screen-heading').textContent();
    await page.locator('main .nav-next').click();
    await page.waitForFunction((h) => document.getElementById('screen-heading')?.textContent !== h, heading);
  }
}

/** ms from navigation start to the welcome screen's Start button painted. */
const interactiveAt = (page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(performance.now()))));

// 1. The first load in each language, and the whole journey.
for (const lang of ['en', 'fr', 'ar']) {
  const T = texts(lang);
  {
    const context = await browser.newContext({ locale: LOCALES[lang], serviceWorkers: 'block' });
    const page = await context.newPage();
    log.length = 0;
    await page.goto(url);
    await page.getByRole('button', { name: T['welcome.start'] }).waitFor();
    const first = measure('dist', log);
    console.log(`\n${describe(`First load, ${lang} (budget ${kB(BUDGET.firstLoad)})`, first)}`);
    await context.close();
  }
  {
    const context = await browser.newContext({ locale: LOCALES[lang], serviceWorkers: 'allow', acceptDownloads: true });
    const page = await context.newPage();
    log.length = 0;
    await page.goto(url);
    await toFirstLayer(page, T);
    await toLastStatement(page);
    await page.locator('main .nav-next').click();
    await page.locator('#share-link').waitFor();
    for (const key of ['keep.json', 'keep.csv', 'keep.svg', 'keep.png']) {
      await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: T[key], exact: true }).click()]);
    }
    // The service worker keeps this language for offline use: wait until it has.
    await page.waitForFunction(async () => {
      for (const key of await caches.keys()) {
        const urls = (await (await caches.open(key)).keys()).map((r) => r.url);
        if (urls.some((u) => /\/bank-[0-9a-f]+\.json$/.test(u))) return true;
      }
      return false;
    }, null, { timeout: 20_000, polling: 250 });
    const journey = measure('dist', log);
    console.log(`\n${describe(`The whole journey, ${lang} (budget ${kB(BUDGET.journey)})`, journey)}`);
    await context.close();
  }
}

// 2. Navigation to the interactive welcome screen: from the network (fresh browser), and from the service
//    worker's cache (a second visit in the same browser).
{
  const network = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'Start the assessment' }).waitFor();
    network.push(await interactiveAt(page));
    await context.close();
  }
  const cached = [];
  const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'allow' });
  const first = await context.newPage();
  await first.goto(url);
  await first.getByRole('button', { name: 'Start the assessment' }).waitFor();
  await first.waitForFunction(() => navigator.serviceWorker.controller !== null || navigator.serviceWorker.ready.then(() => true));
  await first.reload();
  await first.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await first.close();
  for (let i = 0; i < LOADS; i++) {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'Start the assessment' }).waitFor();
    cached.push(await interactiveAt(page));
    await page.close();
  }
  await context.close();
  console.log(`\nNavigation to the interactive welcome screen, from the network: median ${median(network).toFixed(0)} ms, ` +
    `p90 ${pct(network, 0.9).toFixed(0)} ms (${LOADS} fresh browsers)`);
  console.log(`Navigation to the interactive welcome screen, from the service worker's cache: median ` +
    `${median(cached).toFixed(0)} ms, p90 ${pct(cached, 0.9).toFixed(0)} ms (${LOADS} returning visits)`);
}

// 3. Next → next screen, over the statements of the user and socio-emotional layers.
{
  const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await toFirstLayer(page, texts('en'));
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

// 4. The last Next to the results with their share link: the tools module fetched, compiled and started.
{
  const times = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(url);
    await toFirstLayer(page, texts('en'));
    await toLastStatement(page);
    times.push(await page.evaluate(() => new Promise((done) => {
      const start = performance.now();
      const observer = new MutationObserver(() => {
        if (document.getElementById('share-link')) {
          observer.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
      document.querySelector('main .nav-next').click();
    })));
    await context.close();
  }
  console.log(`Last Next to the results with their share link (tools module fetched and started): median ` +
    `${median(times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms (5 fresh browsers)`);
}

await browser.close();
server.close();
