// Answers survive a reload and a closed page; "Start over" asks first and only then forgets.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  answeredText,
  answerStatements,
  back,
  bank,
  byId,
  chartPage,
  chartSvg,
  expectedFocusAreas,
  expectedRow,
  bt,
  button,
  gotoApp,
  openPage,
  planFor,
  ratingId,
  readScoreTable,
  SAVE_KEY,
  savedRecord,
  SHORT_PROFILE,
  start,
  startSuite,
  submitProfile,
  ut,
  waitForHeading,
} from './support.mjs';

const suite = startSuite({ before, after });

const pattern = (i) => (i % 4 === 2 ? 'na' : (i % 5) + 1);
const savedAnswer = (a) => (a === 'na' ? 'na' : a);

const checkedIn = (page, statement) =>
  page.evaluate((name) => [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((e) => e.id), `rating-${statement}`);

async function expectStatement(page, st, answer, message) {
  await waitForHeading(page, bt(`statement.${st.id}.text`));
  assert.deepEqual(
    await checkedIn(page, st.id),
    answer === undefined ? [] : [ratingId(st.id, answer)],
    `${message}: ${st.id} shows its answer`,
  );
}

/** From a statement screen to the welcome screen, by the overview and "About you". */
async function toWelcome(page) {
  await button(page, ut('nav.overview')).click();
  await waitForHeading(page, ut('overview.title'), { focus: true });
  await button(page, ut('overview.edit-profile')).click();
  await waitForHeading(page, ut('about.title'), { focus: true });
  await back(page);
  await waitForHeading(page, ut('welcome.title'), { focus: true });
}

test('a reload in the middle keeps the place, the answer on screen and every earlier answer', async (t) => {
  const { page, errors } = await openPage(suite, t);
  await gotoApp(page, suite);
  await start(page);
  const plan = await submitProfile(page, SHORT_PROFILE);
  const total = plan.statements.length;
  const done = 7;
  const given = await answerStatements(page, plan.statements.slice(0, done), pattern);

  // Choose an answer on the next statement without moving on, then reload.
  const current = plan.statements[done];
  await expectStatement(page, current, undefined, 'before answering');
  await byId(page, ratingId(current.id, 4)).check();
  given[current.id] = 4;
  const countBefore = await answeredText(page);
  assert.equal(countBefore, ut('progress.answered', { answered: done + 1, count: total }));
  const headingBefore = bt(`statement.${current.id}.text`);

  await page.reload();
  await waitForHeading(page, headingBefore);
  await expectStatement(page, current, 4, 'after the reload');
  assert.equal(await answeredText(page), countBefore, 'the answered count is unchanged');
  assert.match(await page.locator('.notices').innerText(), new RegExp(ut('storage.restored').replace(/\./g, '\\.')));

  // Back through the layer: every earlier answer is still chosen.
  for (let i = done - 1; i >= 0; i--) {
    await back(page);
    await expectStatement(page, plan.statements[i], given[plan.statements[i].id], `back to statement ${i + 1}`);
    await page.waitForFunction(() => document.activeElement?.id === 'screen-heading');
  }
  await back(page);
  await waitForHeading(page, bt(`layer.${plan.statements[0].layer}.name`), { focus: true });

  const record = await savedRecord(page);
  assert.equal(record.schema, 1);
  assert.deepEqual(record.profile, { profession: null, leads: false, foundation: false });
  assert.deepEqual(
    record.answers,
    Object.fromEntries(Object.entries(given).map(([k, v]) => [k, savedAnswer(v)])),
    'the saved answers are exactly those given',
  );
  assert.deepEqual(errors, []);
});

test('closing the page and opening the address again in the same browser resumes', async (t) => {
  const { context, page, errors } = await openPage(suite, t);
  await gotoApp(page, suite);
  await start(page);
  const plan = await submitProfile(page, SHORT_PROFILE);
  const total = plan.statements.length;
  const given = await answerStatements(page, plan.statements.slice(0, 3), pattern);
  await expectStatement(page, plan.statements[3], undefined, 'after three answers');
  await page.close();

  const again = await context.newPage();
  again.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await again.goto(suite.url);
  await expectStatement(again, plan.statements[3], undefined, 'on return');
  assert.equal(await answeredText(again), ut('progress.answered', { answered: 3, count: total }));
  assert.ok((await again.locator('.notices').innerText()).includes(ut('storage.restored')), 'welcome-back notice');
  for (let i = 2; i >= 0; i--) {
    await back(again);
    await expectStatement(again, plan.statements[i], given[plan.statements[i].id], `back to statement ${i + 1}`);
  }
  assert.deepEqual(errors, []);
});

test('"Start over" on the welcome screen asks first; "No" keeps the answers, "Yes" clears them', async (t) => {
  const { page, errors } = await openPage(suite, t);
  await gotoApp(page, suite);
  await start(page);
  const plan = await submitProfile(page, SHORT_PROFILE);
  const total = plan.statements.length;
  await answerStatements(page, plan.statements.slice(0, 3), pattern);
  await toWelcome(page);

  const summary = ut('welcome.resume-summary', { answered: 3, count: total });
  await page.getByText(summary, { exact: true }).waitFor();
  assert.equal(await button(page, ut('welcome.start')).count(), 0, 'no "Start" button when there is progress');
  await button(page, ut('welcome.resume')).waitFor();

  // Ask, then keep.
  await button(page, ut('start-over.button')).click();
  const question = page.getByRole('group', { name: ut('start-over.title') });
  await question.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'start-over-title');
  assert.ok((await question.innerText()).includes(ut('start-over.body')));
  assert.equal(Object.keys((await savedRecord(page)).answers).length, 3, 'asking deletes nothing');
  await button(page, ut('start-over.cancel')).click();
  await page.waitForFunction(() => document.activeElement?.id === 'start-over-button');
  assert.equal(await question.count(), 0, 'the question closes');
  assert.equal(Object.keys((await savedRecord(page)).answers).length, 3, 'answers kept');
  await page.getByText(summary, { exact: true }).waitFor();

  // Resume still leads to the first unanswered statement.
  await button(page, ut('welcome.resume')).click();
  await expectStatement(page, plan.statements[3], undefined, 'resume');
  assert.equal(await answeredText(page), ut('progress.answered', { answered: 3, count: total }));

  // Ask again, and confirm.
  await toWelcome(page);
  await button(page, ut('start-over.button')).click();
  await button(page, ut('start-over.confirm')).click();
  await waitForHeading(page, ut('about.title'), { focus: true });
  assert.equal(await page.locator('main input:checked').count(), 0, '"About you" starts empty');
  const record = await savedRecord(page);
  assert.deepEqual(record.answers, {}, 'answers deleted');
  assert.equal(record.profile, null, 'profile deleted');

  await page.reload();
  await waitForHeading(page, ut('about.title'));
  await back(page);
  await waitForHeading(page, ut('welcome.title'), { focus: true });
  await button(page, ut('welcome.start')).waitFor();
  assert.equal(await button(page, ut('welcome.resume')).count(), 0, 'nothing left to resume');
  assert.deepEqual(errors, []);
});

test('"Start over" on the results screen asks first; "No" keeps the answers, "Yes" clears them', async (t) => {
  const { page, errors } = await openPage(suite, t);
  await gotoApp(page, suite);
  await start(page);
  const plan = await submitProfile(page, SHORT_PROFILE);
  await answerStatements(page, plan.statements.slice(0, 5), pattern);
  await button(page, ut('nav.overview')).click();
  await button(page, ut('nav.results')).click();
  await waitForHeading(page, ut('results.title'), { focus: true });
  const table = await page.locator('table.score-table').innerText();

  await button(page, ut('start-over.button')).click();
  await page.waitForFunction(() => document.activeElement?.id === 'start-over-title');
  await button(page, ut('start-over.cancel')).click();
  await page.waitForFunction(() => document.activeElement?.id === 'start-over-button');
  assert.equal(await page.locator('#screen-heading').innerText(), ut('results.title'), 'still on the results');
  assert.equal(await page.locator('table.score-table').innerText(), table, 'same results');
  assert.equal(Object.keys((await savedRecord(page)).answers).length, 5, 'answers kept');

  await page.reload();
  await waitForHeading(page, ut('results.title'));
  assert.equal(await page.locator('table.score-table').innerText(), table, 'same results after a reload');

  await button(page, ut('start-over.button')).click();
  await button(page, ut('start-over.confirm')).click();
  await waitForHeading(page, ut('about.title'), { focus: true });
  const record = await savedRecord(page);
  assert.deepEqual(record.answers, {}, 'answers deleted');
  assert.equal(record.profile, null, 'profile deleted');
  assert.equal(await page.locator('main input:checked').count(), 0, '"About you" starts empty');
  assert.deepEqual(errors, []);
});

test('a saved complete assessment reopens on its results, scored for a leader with a profession and the foundation check', async (t) => {
  const { page, errors } = await openPage(suite, t);
  const profile = { profession: 'hr', leads: true, foundation: true };
  const plan = planFor(profile);
  assert.deepEqual(plan.layers.map((l) => l.id), bank.layers.map((l) => l.id), 'every layer is asked');
  const given = Object.fromEntries(plan.statements.map((s, i) => [s.id, i % 6 === 5 ? 'na' : ((i * 3) % 5) + 1]));
  const record = { schema: 1, bank_version: bank.version, profile, answers: given, screen: { kind: 'results' } };
  await page.goto(`${suite.origin}/seed-storage`); // same origin, not the app: nothing has run yet
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SAVE_KEY, JSON.stringify(record)]);

  await gotoApp(page, suite, ut('results.title'));
  assert.ok((await page.locator('.notices').innerText()).includes(ut('storage.restored')));
  const rows = await readScoreTable(page);
  assert.equal(rows.length, plan.areas.length);
  plan.areas.forEach((area, i) => assert.deepEqual(rows[i], expectedRow(area, given, profile, i + 1), area.id));
  // The chart is drawn again for the reopened result: an axis per area, the person's shape and the target.
  const chart = await chartPage(page, await chartSvg(page));
  assert.deepEqual(
    await chart.locator('text.axis-label').allTextContents(),
    plan.areas.map((_, i) => String(i + 1)),
    'one numbered axis per area',
  );
  assert.equal(await chart.locator('polygon.you').count(), 1);
  assert.equal(await chart.locator('path.target').count(), 1);
  const rated = rows.filter((r) => r.level !== ut('results.not-rated')).length;
  assert.equal(await chart.locator('circle.point').count(), rated, 'a dot per rated area');
  await chart.close();
  assert.deepEqual(
    await page.locator('.focus-areas .focus-area h3').allTextContents(),
    expectedFocusAreas(plan, given, profile).map((id) => bt(`area.${id}.name`)),
    'focus areas: largest gap first, ties in the order of the walk',
  );
  assert.deepEqual(errors, []);
});
