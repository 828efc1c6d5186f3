// Nothing lost, whatever the browser does: a history that cannot be read is backed up and told, entries from
// a newer version survive every change, the limit of 50 removes only the oldest readable entries and says
// so; two tabs answering in turn keep every answer, also when one of them misses the other's news; full
// storage is told as full, never destroys unreadable data, and the warning goes once saving works again.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  back,
  BACKUP_PREFIX,
  byId,
  bt,
  expectNoViolations,
  gotoApp,
  next,
  openPage,
  planFor,
  ratingId,
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
} from './support.mjs';

const suite = startSuite({ before, after });
const HISTORY_KEY = 'skills-radar.history';
const HISTORY_BACKUP_PREFIX = 'skills-radar.history.unreadable.';
const plan = planFor(SHORT_PROFILE);
const statements = plan.statements;

const noticeTexts = (page) => page.locator('.notices .notice p').allTextContents();
const historyNotes = (page) => page.locator('.history .note').allTextContents();
const statementHeading = (i) => bt(`statement.${statements[i].id}.text`);

/** Fills the origin's storage to the last byte with filler entries (not the app's); returns their keys. */
const fillStorage = (page) =>
  page.evaluate(() => {
    const keys = [];
    for (let size = 1 << 20; size >= 1; ) {
      const key = `filler.${keys.length}`;
      try {
        localStorage.setItem(key, 'x'.repeat(size));
        keys.push(key);
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return keys;
  });
const freeStorage = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler.')).forEach((k) => localStorage.removeItem(k)));

/** Completes the short walk; returns the page with the results on screen. */
async function completed(t) {
  const opened = await openPage(suite, t);
  await gotoApp(opened.page, suite);
  await walkToResults(opened.page, SHORT_PROFILE);
  await opened.page.locator('.history-list li').first().waitFor();
  return opened;
}

/** Reloads onto the restored results, with the history listed. */
async function reloadResults(page) {
  await page.reload();
  await waitForHeading(page, ut('results.title'));
  await page.locator('.history-list li').first().waitFor();
}

const history = (page) => page.evaluate((key) => localStorage.getItem(key), HISTORY_KEY);

test('a history that cannot be read is backed up before a new one starts, and the person is told where', async (t) => {
  const { page, errors } = await completed(t);
  const damaged = '[{"format": "skills-radar-result", "version": 1, "completed": "2026-11-0';
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [HISTORY_KEY, damaged]);
  await reloadResults(page);
  const entries = await storageEntries(page);
  const backups = Object.keys(entries).filter((k) => k.startsWith(HISTORY_BACKUP_PREFIX));
  assert.equal(backups.length, 1, 'one backup');
  assert.equal(entries[backups[0]], damaged, 'the backup is the unreadable history, byte for byte');
  assert.equal(JSON.parse(entries[HISTORY_KEY]).length, 1, 'a new history holds this result');
  assert.deepEqual(await historyNotes(page), [ut('history.backed-up', { key: `\u2068${backups[0]}\u2069` })]);
  await expectNoViolations(page, 'results with a history backed up');
  assert.deepEqual(errors, []);
});

test('a history that cannot be read and has no room for its backup is left as it is, and said so', async (t) => {
  const { page, errors } = await completed(t);
  const damaged = `{"not a history": "${'y'.repeat(100_000)}`;
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [HISTORY_KEY, damaged]);
  const filler = await fillStorage(page);
  assert.ok(filler.length > 0);
  await reloadResults(page).catch(() => {});
  await waitForHeading(page, ut('results.title'));
  await page.locator('.history .note').first().waitFor();
  assert.equal(await history(page), damaged, 'the unreadable history is untouched');
  const entries = await storageEntries(page);
  assert.deepEqual(Object.keys(entries).filter((k) => k.startsWith(HISTORY_BACKUP_PREFIX)), []);
  assert.ok((await historyNotes(page)).includes(ut('history.not-backed-up')));
  assert.deepEqual(errors, []);
});

test('entries from a newer version survive the plan being edited, and are counted as kept', async (t) => {
  const { page, errors } = await completed(t);
  const own = JSON.parse(await history(page));
  const newer = { format: 'skills-radar-result', version: 7, completed: '2026-11-20T10:00:00Z', future: { field: [1, 2] } };
  const stored = JSON.stringify([newer, ...own]);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [HISTORY_KEY, stored]);
  await reloadResults(page);
  assert.deepEqual(await historyNotes(page), [ut('history.kept.one', { count: '1' })]);
  // Edit the plan: the current attempt's entry is rewritten.
  await page.locator('.plan-area input[type=checkbox]').first().check();
  const chosen = (e) => Object.values(e.learning_plan ?? {}).some((p) => p.chosen);
  await page.waitForFunction(
    ([key, version]) => JSON.parse(localStorage.getItem(key)).some((e) => e.version !== version && Object.values(e.learning_plan ?? {}).some((p) => p.chosen)),
    [HISTORY_KEY, newer.version],
  );
  const after = JSON.parse(await history(page));
  assert.equal(after.length, 2);
  assert.deepEqual(after.find((e) => e.version === 7), newer, 'the newer entry is kept exactly');
  assert.ok(chosen(after.find((e) => e.version !== 7)), 'the own entry has the edited plan');
  assert.deepEqual(errors, []);
});

test('of 200 stored results and one unreadable, the oldest readable are removed to keep 50, with a word', async (t) => {
  const { page, errors } = await completed(t);
  const [own] = JSON.parse(await history(page));
  const base = Date.parse(own.completed);
  // 199 earlier attempts, a minute apart, and the current one: 200. One more that cannot be read.
  const earlier = Array.from({ length: 199 }, (_, i) => ({
    ...own,
    completed: new Date(base - (199 - i) * 60_000).toISOString().replace('.000Z', 'Z'),
  }));
  const unreadable = { format: 'skills-radar-result', version: 99 };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [HISTORY_KEY, JSON.stringify([unreadable, ...earlier, own])]);
  await reloadResults(page);
  const after = JSON.parse(await history(page));
  assert.equal(after.length, 50, 'the limit is 50 entries in all');
  assert.deepEqual(after.at(-1), unreadable, 'the unreadable entry is kept');
  const kept = after.slice(0, -1).map((e) => e.completed);
  assert.deepEqual(kept, [...earlier.slice(-48).map((e) => e.completed), own.completed], 'the newest 49 readable stay');
  assert.deepEqual(await historyNotes(page), [
    ut('history.kept.one', { count: '1' }),
    ut('history.trimmed.other', { count: '151', max: '50' }),
  ]);
  assert.equal(await page.locator('.history-list li').count(), 49);
  assert.deepEqual(errors, []);
});

/** A second tab of the same browser on the app; `deaf` makes it miss the other tab's news (a frozen tab). */
async function secondTab(context, { deaf = false } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  if (deaf) {
    await page.addInitScript(() => window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true));
  }
  await page.goto(suite.url);
  return { page, errors };
}

/** A fresh browser on the first statement of the short walk. */
async function onFirstStatement(t) {
  const opened = await openPage(suite, t);
  await gotoApp(opened.page, suite);
  await start(opened.page);
  await submitProfile(opened.page, SHORT_PROFILE);
  await next(opened.page);
  await waitForHeading(opened.page, statementHeading(0), { focus: true });
  return opened;
}

const answer = async (page, i, level) => {
  await byId(page, ratingId(statements[i].id, level)).check();
};

test('two tabs answering in turn keep every answer, and each shows the other’s', async (t) => {
  const { context, page: a, errors } = await onFirstStatement(t);
  await answer(a, 0, 1);
  await next(a);
  await waitForHeading(a, statementHeading(1), { focus: true });

  const { page: b, errors: bErrors } = await secondTab(context);
  await waitForHeading(b, statementHeading(1));
  await answer(b, 1, 2);
  // Tab A, on the same statement, shows B's answer without a reload.
  await a.waitForFunction((id) => document.getElementById(id)?.checked, ratingId(statements[1].id, 2));
  await next(b);
  await waitForHeading(b, statementHeading(2), { focus: true });
  await answer(b, 2, 3);

  await next(a);
  await waitForHeading(a, statementHeading(2), { focus: true });
  await a.waitForFunction((id) => document.getElementById(id)?.checked, ratingId(statements[2].id, 3));
  await answer(a, 2, 5);
  await b.waitForFunction((id) => document.getElementById(id)?.checked, ratingId(statements[2].id, 5));
  await next(a);
  await answer(a, 3, 4);

  const want = { [statements[0].id]: 1, [statements[1].id]: 2, [statements[2].id]: 5, [statements[3].id]: 4 };
  await b.waitForFunction(([key, id]) => JSON.parse(localStorage.getItem(key)).answers[id] === 4, [SAVE_KEY, statements[3].id]);
  for (const page of [a, b]) {
    await page.reload();
    // "Your answers are restored" is true now: every answer of both tabs is there.
    await page.locator('.notices .notice', { hasText: ut('storage.restored') }).waitFor();
    assert.deepEqual((await savedRecord(page)).answers, want);
  }
  assert.deepEqual([...errors, ...bErrors], []);
});

test('a tab that missed the other’s news merges before it saves, so its older copy overwrites nothing', async (t) => {
  const { context, page: a, errors } = await onFirstStatement(t);
  await answer(a, 0, 2);
  await next(a);

  // B opens now and hears nothing of A from here on.
  const { page: b, errors: bErrors } = await secondTab(context, { deaf: true });
  await waitForHeading(b, statementHeading(1));
  for (const [i, level] of [[1, 3], [2, 4], [3, 5]]) {
    await waitForHeading(a, statementHeading(i), { focus: true });
    await answer(a, i, level);
    await next(a);
  }
  // B, still on the second statement with only the first answer, answers it differently.
  await answer(b, 1, 1);
  await b.waitForFunction(
    ([key, id]) => JSON.parse(localStorage.getItem(key)).answers[id] === 1,
    [SAVE_KEY, statements[1].id],
  );
  const want = { [statements[0].id]: 2, [statements[1].id]: 1, [statements[2].id]: 4, [statements[3].id]: 5 };
  assert.deepEqual((await savedRecord(b)).answers, want, 'A’s later answers survive B’s save; B’s own change stands');
  assert.deepEqual([...errors, ...bErrors], []);
});

test('a tab stops saving, and says why, when another tab writes what it cannot read', async (t) => {
  const { context, page: a, errors } = await openPage(suite, t);
  await gotoApp(a, suite);
  await start(a);
  await submitProfile(a, SHORT_PROFILE);
  const { page: b } = await secondTab(context);
  // The other tab's app is running (it has read the saved assessment) before it writes what this one cannot
  // read; a tab that started after that write would read it as unreadable data of its own.
  await b.locator('#screen-heading').waitFor();
  const newer = JSON.stringify({ schema: 2, everything: 'different' });
  await b.evaluate(([key, value]) => localStorage.setItem(key, value), [SAVE_KEY, newer]);
  await a.locator('.notices .notice', { hasText: ut('saving.other-tab') }).waitFor();
  await next(a);
  await waitForHeading(a, statementHeading(0), { focus: true });
  await answer(a, 0, 3);
  await a.waitForTimeout(100);
  assert.equal(await a.evaluate((key) => localStorage.getItem(key), SAVE_KEY), newer, 'the newer record is untouched');
  await expectNoViolations(a, 'the other-tab notice');
  assert.deepEqual(errors, []);
});

test('full storage is told as full, keeps being read, and the warning goes once saving works again', async (t) => {
  const { page, errors } = await onFirstStatement(t);
  await answer(page, 0, 4);
  await fillStorage(page);
  await next(page);
  await waitForHeading(page, statementHeading(1), { focus: true });
  await answer(page, 1, 2);
  await page.locator('.notices .notice', { hasText: ut('saving.full') }).waitFor();
  const shown = await noticeTexts(page);
  assert.ok(!shown.includes(ut('storage.unavailable')) && !shown.includes(ut('saving.write-failed')), 'full, not blocked');
  await expectNoViolations(page, 'a statement with storage full');

  // Reloaded while full: the saved answers are still read, and the page says storage is full, not blocked.
  await page.reload();
  await waitForHeading(page, statementHeading(1));
  assert.ok((await noticeTexts(page)).includes(ut('saving.full')));
  assert.ok(!(await noticeTexts(page)).includes(ut('storage.unavailable')));
  assert.deepEqual((await savedRecord(page)).answers, { [statements[0].id]: 4 }, 'the answer saved before is read');
  await back(page);
  await waitForHeading(page, statementHeading(0), { focus: true });
  assert.ok(await byId(page, ratingId(statements[0].id, 4)).isChecked(), 'and shown');
  await next(page);
  await waitForHeading(page, statementHeading(1), { focus: true });

  // Space freed: the next answer saves, and the warning goes.
  await freeStorage(page);
  await answer(page, 1, 5);
  await page.locator('.notices .notice', { hasText: ut('saving.full') }).waitFor({ state: 'detached' });
  assert.deepEqual((await savedRecord(page)).answers, { [statements[0].id]: 4, [statements[1].id]: 5 });
  assert.deepEqual(errors, []);
});

test('large unreadable data whose backup does not fit is left untouched, and the notice tells the truth', async (t) => {
  const { page, errors } = await openPage(suite, t);
  await gotoApp(page, suite);
  const damaged = `{"schema": 1, "answers": ${'['.repeat(10)}${'z'.repeat(1_500_000)}`;
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SAVE_KEY, damaged]);
  await fillStorage(page);
  await page.reload();
  await waitForHeading(page, ut('welcome.title'));
  const shown = await noticeTexts(page);
  assert.deepEqual(shown, [ut('saving.unreadable-left', { key: `\u2068${SAVE_KEY}\u2069` })]);
  const entries = await storageEntries(page);
  assert.deepEqual(Object.keys(entries).filter((k) => k.startsWith(BACKUP_PREFIX)), [], 'no backup named that does not exist');
  // New answers run on this page only; the unreadable data is never given up to make room.
  await start(page);
  await submitProfile(page, SHORT_PROFILE);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY), damaged);
  await expectNoViolations(page, 'unreadable data left in place');
  assert.deepEqual(errors, []);
});
