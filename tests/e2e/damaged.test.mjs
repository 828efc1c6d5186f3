// Input that is read wrongly no more: files with a byte-order mark are read; a key given twice, an
// impossible date, a missing part each get their own message in words; a link too long is called a link;
// a captive portal's page in place of the texts is a network problem with a retry; a result link pasted
// into a tab where the app is open is followed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import {
  button,
  gotoApp,
  openPage,
  routeFor,
  SHORT_PROFILE,
  startSuite,
  ut,
  waitForHeading,
  walkToResults,
} from './support.mjs';

const suite = startSuite({ before, after });

/** Completes the short walk and downloads its result file; returns the file's text and the share link. */
async function aResult(t) {
  const { page } = await openPage(suite, t, { contextOptions: { acceptDownloads: true } });
  await gotoApp(page, suite);
  await walkToResults(page, SHORT_PROFILE);
  await page.locator('#share-link').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), button(page, ut('keep.json')).click()]);
  const text = readFileSync(await download.path(), 'utf8');
  return { text, link: await page.locator('#share-link').inputValue() };
}

/** Opens `body` as a result file on a fresh welcome screen; returns the message shown, or null if it opened. */
async function open(t, body) {
  const { page, errors } = await openPage(suite, t);
  await gotoApp(page, suite);
  await page.locator('#import-file').setInputFiles({ name: 'result.json', mimeType: 'application/json', buffer: Buffer.from(body) });
  const opened = page.locator('#screen-heading', { hasText: ut('view.imported-title') });
  const problem = page.locator('#import-error:not(:empty)');
  await Promise.race([opened.waitFor(), problem.waitFor()]);
  assert.deepEqual(errors, []);
  return (await opened.count()) ? null : (await problem.innerText()).trim();
}

test('files are read with a byte-order mark, and refused in words when a key is given twice, a date is impossible or a part is missing', async (t) => {
  const { text } = await aResult(t);
  assert.equal(await open(t, `\ufeff${text}`), null, 'a UTF-8 file with a byte-order mark opens');

  const file = JSON.parse(text);
  const someAnswer = Object.keys(file.answers)[0];
  const twice = text.replace('"answers":{', `"answers":{"${someAnswer}":2,`);
  assert.equal(await open(t, twice), ut('read.repeated', { field: ut('read.field.answer') }));

  for (const date of ['2020-01-01T00:00:00Z', '9999-12-31T00:00:00Z']) {
    const body = JSON.stringify({ ...file, completed: date });
    assert.equal(await open(t, body), ut('read.invalid', { field: ut('read.field.date') }), date);
  }

  const { scores, ...withoutScores } = file;
  assert.ok(scores.length > 0);
  assert.equal(await open(t, JSON.stringify(withoutScores)), ut('read.missing', { field: ut('read.field.scores') }));
  assert.equal(
    await open(t, JSON.stringify({ ...file, profile: 'alpha' })),
    ut('read.malformed', { field: ut('read.field.profile') }),
    'a wrong type is damage, not something missing',
  );
  assert.equal(await open(t, JSON.stringify({ ...file, version: 1e308 }).replace('1e+308', '1e308')), ut('read.future'));
});

test('a link too long is called a link, and a link pasted into an open tab is followed', async (t) => {
  const { link } = await aResult(t);
  const { page, errors } = await openPage(suite, t);
  await page.goto(`${suite.url}#result=${'A'.repeat(3000)}`);
  await page.locator('.notices', { hasText: ut('read.link-too-long') }).waitFor();
  await waitForHeading(page, ut('welcome.title'));
  // The app is open; the person pastes a result link into the address bar (only the fragment changes).
  await page.evaluate((hash) => (location.hash = hash), new URL(link).hash);
  await waitForHeading(page, ut('view.shared-title'), { focus: true });
  assert.deepEqual(errors, []);
});

test("a captive portal's page in place of the texts is a network problem, with a retry", async (t) => {
  const { page, errors } = await openPage(suite, t);
  const texts = routeFor('locales/en/ui.json');
  await page.route(texts, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Hotel Wi-Fi</title><p>Log in</p>' }),
  );
  await page.goto(suite.url);
  await waitForHeading(page, 'Skills Radar could not be loaded');
  assert.equal(await page.locator('main p').innerText(), 'Check your connection and try again.');
  assert.equal(await page.locator('.content-errors').count(), 0, 'not the administrator\'s error screen');
  await page.unroute(texts);
  await button(page, 'Try again').click();
  await waitForHeading(page, ut('welcome.title'));

  // And after Start, for the bank's texts.
  const bankTexts = routeFor('locales/en/bank.json');
  await page.route(bankTexts, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<html>Log in</html>' }));
  await button(page, ut('welcome.start')).click();
  await button(page, ut('texts.retry')).waitFor();
  assert.equal(await page.locator('main p').first().innerText(), ut('texts.failed'));
  await page.unroute(bankTexts);
  await button(page, ut('texts.retry')).click();
  await waitForHeading(page, ut('about.title'));
  assert.deepEqual(errors, []);
});
