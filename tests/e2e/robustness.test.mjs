// The app stays on its own origin, and copes with blocked storage, unreadable or future saved data, and a
// failed fetch of the bank's texts, without losing anything the person has given it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  answeredText,
  answerStatements,
  BACKUP_PREFIX,
  bank,
  bt,
  button,
  byId,
  gotoApp,
  openPage,
  ratingId,
  readScoreTable,
  SAVE_KEY,
  savedRecord,
  SHORT_PROFILE,
  start,
  startSuite,
  storageEntries,
  submitProfile,
  ut,
  waitForHeading,
  walkToResults,
  builtFile,
  routeFor,
} from './support.mjs';

const suite = startSuite({ before, after });

/** The storage key as the notice shows it: isolated (U+2068…U+2069) so it keeps its order in any sentence. */
const isolated = (key) => `\u2068${key}\u2069`;

const BANK_TEXTS = routeFor('locales/en/bank.json');
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The notices' text. */
const noticesText = (page) => page.locator('.notices').innerText();

/**
 * Puts `raw` under the save key before the app first loads: a page of the same origin that is not the app
 * (the server answers 404 for it) writes it, so no app code has run yet.
 */
async function seedStorage(page, raw) {
  await page.goto(`${suite.origin}/seed-storage-${Date.now()}`);
  await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [SAVE_KEY, raw]);
}

/** The results show a row per assessed area, each with a level. */
async function expectResults(page, plan) {
  await waitForHeading(page, ut('results.title'), { focus: true });
  const rows = await readScoreTable(page);
  assert.equal(rows.length, plan.areas.length, 'a table row per area');
  assert.ok(rows.every((r) => /^\d\.\d$/.test(r.level)), `every area has a level: ${JSON.stringify(rows.map((r) => r.level))}`);
}

test('(a) a full walk makes no request to any other origin', async (t) => {
  const { context, page, errors } = await openPage(suite, t);
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await gotoApp(page, suite);
  const { plan } = await walkToResults(page);
  await expectResults(page, plan);
  // Give late requests (images, prefetches) a moment to show up.
  await page.waitForTimeout(300);

  const foreign = requests.filter((url) => !url.startsWith(`${suite.origin}/`) && !/^(data|blob):/.test(url));
  assert.deepEqual(foreign, [], `requests to other origins:\n${foreign.join('\n')}`);
  assert.ok(
    requests.includes(`${suite.origin}/${builtFile('locales/en/bank.json')}`),
    `the bank's texts are fetched under their content-hashed name; requests were:\n${requests.join('\n')}`,
  );
  assert.ok((await page.locator('.focus-areas a[href^="https://"]').count()) > 0, 'external links are only links');
  assert.deepEqual(errors, []);
});

test('(b) with storage blocked, the person is told and can still finish', async (t) => {
  const { page, errors } = await openPage(suite, t, {
    initScript: () => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    },
  });
  await gotoApp(page, suite);
  // The init script really blocks storage.
  assert.equal(await page.evaluate(() => { try { return localStorage, 'open'; } catch (e) { return e.name; } }), 'SecurityError');

  const notice = ut('storage.unavailable');
  assert.ok((await noticesText(page)).includes(notice), 'the welcome screen says answers will not be kept');
  const { plan } = await walkToResults(page);
  await expectResults(page, plan);
  const shown = await noticesText(page);
  assert.ok(shown.includes(notice), 'the notice is still shown on the results');
  assert.ok(!shown.includes(ut('saving.write-failed')), 'no "could not be saved" warning on top of it');
  assert.deepEqual(errors, []);
});

test('(c) unreadable saved data is kept under a backup key and a new assessment can be completed', async (t) => {
  const { page, errors } = await openPage(suite, t);
  const corrupt = '{not json';
  await seedStorage(page, corrupt);
  await gotoApp(page, suite);

  await button(page, ut('welcome.start')).waitFor();
  assert.equal(await button(page, ut('welcome.resume')).count(), 0, 'nothing to resume');
  const text = await noticesText(page);
  const key = text.match(new RegExp(`${escape(BACKUP_PREFIX)}\\d+`))?.[0];
  assert.ok(key, `the notice names the backup key: ${JSON.stringify(text)}`);
  assert.ok(text.includes(ut('saving.unreadable', { key: isolated(key) })), `the notice explains: ${JSON.stringify(text)}`);

  let entries = await storageEntries(page);
  assert.equal(entries[key], corrupt, 'the original text is kept under the backup key');
  assert.deepEqual(Object.keys(entries).filter((k) => k.startsWith(BACKUP_PREFIX)), [key], 'one backup');

  const { plan } = await walkToResults(page);
  await expectResults(page, plan);
  entries = await storageEntries(page);
  assert.equal(entries[key], corrupt, 'the backup survives the new assessment');
  assert.equal(JSON.parse(entries[SAVE_KEY]).schema, 1, 'the new assessment is saved');

  // The next visit reads the new assessment: no new notice, no new backup.
  await page.reload();
  await waitForHeading(page, ut('results.title'));
  assert.ok(!(await noticesText(page)).includes(BACKUP_PREFIX), 'no unreadable-data notice on the next visit');
  entries = await storageEntries(page);
  assert.deepEqual(Object.keys(entries).filter((k) => k.startsWith(BACKUP_PREFIX)), [key], 'still one backup');
  assert.deepEqual(errors, []);
});

test('(d) saved data from a newer version gets its own notice and is kept under a backup key', async (t) => {
  const { page, errors } = await openPage(suite, t);
  const future = JSON.stringify({
    schema: 99,
    bank_version: '2099.1-1',
    // Not this version's shape: the schema number alone must be enough to recognise it.
    profile: 'a format from the future',
    answers: { 'user.potential.redesign': { level: 5, confidence: 'high' } },
    screen: { kind: 'statement', id: 'user.potential.redesign' },
  });
  await seedStorage(page, future);
  await gotoApp(page, suite);

  await button(page, ut('welcome.start')).waitFor();
  const text = await noticesText(page);
  const key = text.match(new RegExp(`${escape(BACKUP_PREFIX)}\\d+`))?.[0];
  assert.ok(key, `the notice names the backup key: ${JSON.stringify(text)}`);
  assert.ok(text.includes(ut('saving.future', { key: isolated(key) })), `the notice is the "newer version" one: ${JSON.stringify(text)}`);
  assert.ok(!text.includes(ut('saving.unreadable', { key: isolated(key) })), 'not the "unreadable" notice');
  const entries = await storageEntries(page);
  assert.equal(entries[key], future, 'the original text is kept under the backup key');

  await start(page);
  await submitProfile(page, SHORT_PROFILE);
  assert.equal((await savedRecord(page)).schema, 1, 'a new assessment is saved');
  assert.equal((await storageEntries(page))[key], future, 'the backup is not overwritten');
  assert.deepEqual(errors, []);
});

test('(e) when the bank\'s texts cannot be fetched, "Try again" recovers and no answer is lost', async (t) => {
  const { page, errors } = await openPage(suite, t);
  await page.route(BANK_TEXTS, (route) => route.abort('internetdisconnected'));
  await gotoApp(page, suite);
  await button(page, ut('welcome.start')).click();

  const retry = button(page, ut('texts.retry'));
  await retry.waitFor();
  assert.equal(await page.locator('#screen-heading').innerText(), ut('content-error.title'));
  assert.ok((await page.locator('main').innerText()).includes(ut('texts.failed')));

  // Still failing (now with a server error): the same screen again.
  await page.unroute(BANK_TEXTS);
  await page.route(BANK_TEXTS, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await retry.click();
  await retry.waitFor();
  assert.equal(await page.locator('#screen-heading').innerText(), ut('content-error.title'));

  await page.unroute(BANK_TEXTS);
  await retry.click();
  await waitForHeading(page, ut('about.title'), { focus: true });
  const plan = await submitProfile(page, SHORT_PROFILE);
  const given = await answerStatements(page, plan.statements.slice(0, 4), (i) => (i % 5) + 2);
  const current = plan.statements[4];
  await waitForHeading(page, bt(`statement.${current.id}.text`));
  await byId(page, ratingId(current.id, 'na')).check();
  given[current.id] = 'na';
  const count = await answeredText(page);
  const saved = await savedRecord(page);
  assert.equal(Object.keys(saved.answers).length, 5);

  // Offline again, and the page is reloaded: the error, with every answer still saved.
  await page.route(BANK_TEXTS, (route) => route.abort('internetdisconnected'));
  await page.reload();
  await retry.waitFor();
  assert.deepEqual(await savedRecord(page), saved, 'the saved assessment is untouched by the failure');
  await retry.click();
  await retry.waitFor();
  assert.deepEqual(await savedRecord(page), saved, 'and by a failed retry');

  await page.unroute(BANK_TEXTS);
  await retry.click();
  await waitForHeading(page, bt(`statement.${current.id}.text`), { focus: true });
  assert.equal(await byId(page, ratingId(current.id, 'na')).isChecked(), true, 'the answer on screen is still chosen');
  assert.equal(await answeredText(page), count, 'the answered count is unchanged');
  for (let i = 3; i >= 0; i--) {
    await page.locator('main .nav-back').click();
    const st = plan.statements[i];
    await waitForHeading(page, bt(`statement.${st.id}.text`), { focus: true });
    assert.equal(await byId(page, ratingId(st.id, given[st.id])).isChecked(), true, `${st.id} keeps its answer`);
  }
  assert.deepEqual(errors, []);
});

test(
  '(e) when fetching the bank\'s texts fails, keyboard focus goes to the error, not to the page body',
  async (t) => {
    const { page } = await openPage(suite, t);
    let release;
    const held = new Promise((done) => (release = done));
    await page.route(BANK_TEXTS, async (route) => {
      await held;
      await route.abort('internetdisconnected');
    });
    await gotoApp(page, suite);
    await button(page, ut('welcome.start')).click();
    await waitForHeading(page, ut('texts.loading'), { focus: true });
    release();
    const retry = button(page, ut('texts.retry'));
    await retry.waitFor();
    const focusOnError = () =>
      page.evaluate(() => {
        const a = document.activeElement;
        return a?.id === 'screen-heading' || (a?.tagName === 'BUTTON' && a.closest('main') !== null);
      });
    assert.ok(await focusOnError(), 'after the failure, focus is on the error heading or its button');
    await retry.press('Enter');
    await retry.waitFor();
    await page.waitForTimeout(200);
    assert.ok(await focusOnError(), 'after a failed retry, focus is on the error heading or its button');
  },
);
