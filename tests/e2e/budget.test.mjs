// The size budgets, on the release build: what a browser downloads before the first screen is usable, in
// each language, and everything it downloads for a whole journey with every results tool used. Bytes do not
// vary between runs (brotli at quality 11 of the files the server was asked for), so this is not a timing
// test. `scripts/bench` reports the same figures.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { BUDGET, describe, kB, measure } from './sizes.mjs';
import {
  answerStatements,
  assertBuilt,
  button,
  CHROMIUM_ARGS,
  DIST,
  SHORT_PROFILE,
  submitProfile,
  textsFor,
  untilOffline,
  waitForHeading,
} from './support.mjs';

let browser;
before(async () => {
  assertBuilt();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
after(() => browser?.close());

async function session(t, locale, serviceWorkers) {
  const log = [];
  const server = await startServer(DIST, 0, { log });
  t.after(() => new Promise((done) => (server.close(done), server.closeAllConnections())));
  const context = await browser.newContext({ locale, serviceWorkers, acceptDownloads: true });
  context.setDefaultTimeout(20_000);
  t.after(() => context.close());
  const page = await context.newPage();
  return { url: `http://127.0.0.1:${server.address().port}/`, log, context, page };
}

for (const [lang, locale] of [['en', 'en-GB'], ['fr', 'fr-FR'], ['ar', 'ar-SA']]) {
  const T = textsFor(lang);

  test(`the first screen in ${lang} costs at most ${BUDGET.firstLoad / 1000} kB`, async (t) => {
    // No service worker: it is registered only once the first screen shows, so it adds nothing before.
    const { url, log, page } = await session(t, locale, 'block');
    await page.goto(url);
    await button(page, T.ut('welcome.start')).waitFor();
    const first = measure(DIST, log);
    assert.ok(first.rows.some((r) => r.file.startsWith(`locales/${lang}/ui-`)), `the ${lang} texts are part of it`);
    assert.ok(!first.rows.some((r) => r.file.includes('tools')), 'the results tools are not');
    t.diagnostic(`first load in ${lang}: ${kB(first.brotli)} brotli`);
    assert.ok(first.brotli <= BUDGET.firstLoad, describe(`over budget in ${lang}:`, first));
  });

  test(`a whole journey in ${lang}, every results tool used, costs at most ${BUDGET.journey / 1000} kB`, async (t) => {
    const { url, log, context, page } = await session(t, locale, 'allow');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
    await page.goto(url);
    await button(page, T.ut('welcome.start')).click();
    await waitForHeading(page, T.ut('about.title'));
    const plan = await submitProfile(page, SHORT_PROFILE, T);
    await answerStatements(page, plan.statements, (i) => (i % 5) + 1, { T });
    await waitForHeading(page, T.ut('results.title'));
    await page.locator('#share-link').waitFor();
    let json;
    for (const key of ['keep.json', 'keep.csv', 'keep.svg', 'keep.png']) {
      const [download] = await Promise.all([page.waitForEvent('download'), button(page, T.ut(key)).click()]);
      if (key === 'keep.json') json = await download.path();
    }
    await page.evaluate(() => (window.print = () => {}));
    await button(page, T.ut('keep.print')).click();
    await button(page, T.ut('share.copy')).click();
    // Opening a result file, and a shared link in a new tab.
    await page.locator('#import-file').setInputFiles({ name: 'r.json', mimeType: 'application/json', buffer: readFileSync(json) });
    await waitForHeading(page, T.ut('view.imported-title'));
    await button(page, T.ut('view.close')).click();
    await page.locator('#share-link').waitFor();
    const link = await page.locator('#share-link').inputValue();
    const other = await context.newPage();
    await other.goto(link);
    await waitForHeading(other, T.ut('view.shared-title'));
    // Everything the service worker keeps for offline use is downloaded too.
    await untilOffline(page, lang);
    const journey = measure(DIST, log);
    assert.ok(journey.rows.some((r) => r.file.startsWith(`locales/${lang}/bank-`)), 'the bank texts are part of it');
    assert.ok(journey.rows.some((r) => r.file.startsWith('skills-radar-tools_bg-')), 'and the results tools');
    assert.ok(!journey.rows.some((r) => r.file.startsWith('locales/') && !r.file.startsWith(`locales/${lang}/`)), 'no other language');
    assert.ok(!journey.rows.some((r) => /workshop|scan|camera/.test(r.file)), 'nothing of the trainer view or its camera');
    t.diagnostic(`journey in ${lang}: ${kB(journey.brotli)} brotli`);
    assert.ok(journey.brotli <= BUDGET.journey, describe(`over budget in ${lang}:`, journey));
  });
}

test(`the trainer view costs at most ${BUDGET.trainer / 1000} kB (with the assessment's module the page preloads), and its camera decoder ${BUDGET.scanner / 1000} kB more, where the browser has no BarcodeDetector`, async (t) => {
  const { url, log, page } = await session(t, 'en-GB', 'block');
  await page.goto(`${url}#workshop`);
  await page.locator('#workshop-name').waitFor();
  const view = measure(DIST, log);
  assert.ok(view.rows.some((r) => r.file.startsWith('skills-radar-workshop_bg-')), 'the trainer view module is part of it');
  assert.ok(!view.rows.some((r) => /scan|camera/.test(r.file)), 'the camera is not, until it is used');
  // The page preloads the assessment's module before any script can tell it is the trainer view: counted.
  const own = view.rows.filter((r) => !/^skills-radar-[0-9a-f]{16}(_bg\.wasm|\.js)$/.test(r.file)).reduce((n, r) => n + r.brotli, 0);
  t.diagnostic(`trainer view in en: ${kB(view.brotli)} brotli, of which ${kB(own)} its own (the rest: the assessment's module, preloaded)`);
  assert.ok(view.brotli <= BUDGET.trainer, describe('the trainer view is over budget:', view));
  const scanner = measure(DIST, ['skills-radar-scan_bg-', 'skills-radar-scan-', 'camera-'].map((p) => '/' + builtName(p)));
  t.diagnostic(`camera and decoder: ${kB(scanner.brotli)} brotli`);
  assert.ok(scanner.brotli <= BUDGET.scanner, describe('the camera decoder is over budget:', scanner));
});

/** The built file whose name starts with `prefix`. */
function builtName(prefix) {
  const found = readdirSync(DIST).filter((n) => n.startsWith(prefix) && /-[0-9a-f]{16}\.(js|wasm)$/.test(n));
  assert.equal(found.length, 1, `one built file ${prefix}*: ${found}`);
  return found[0];
}
