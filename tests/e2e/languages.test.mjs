// French and Arabic: a browser preferring each language gets it, completes the whole assessment in it by
// keyboard, and sees its numbers; Arabic runs right to left; switching mid-way keeps every answer; a
// language that cannot load leaves the page as it was; axe finds nothing on any screen in either language.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  answerStatements,
  bank,
  button,
  byId,
  chartPage,
  chartSvg,
  chartTextProblems,
  EN,
  expectedFocusAreas,
  expectedRow,
  next,
  planFor,
  ratingId,
  readScoreTable,
  savedRecord,
  SHORT_PROFILE,
  start,
  startSuite,
  submitProfile,
  textsFor,
  waitForHeading,
  expectNoViolations,
  routeFor,
  openPage,
} from './support.mjs';

const suite = startSuite({ before, after });
const FR = textsFor('fr');
const AR = textsFor('ar');
const CHOICE_KEY = 'skills-radar.language';

/** A fresh context whose browser prefers `locale`, as a person's browser settings would. */
async function openIn(t, locale) {
  return openPage(suite, t, { contextOptions: { locale } });
}

const rootLanguage = (page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir, title: document.title }));

async function assertRoot(page, T, where) {
  const root = await rootLanguage(page);
  assert.equal(root.lang, T.lang, `${where}: <html lang>`);
  assert.equal(root.dir, T.lang === 'ar' ? 'rtl' : 'ltr', `${where}: <html dir>`);
  assert.equal(root.title, T.ut('app.title'), `${where}: document title`);
}

const focused = (page) =>
  page.evaluate(() => ({ id: document.activeElement?.id ?? '', text: document.activeElement?.textContent.trim() ?? '' }));

/** Presses Tab until the focused element's text is `label` (a person tabbing to a button); fails after 12. */
async function tabTo(page, label) {
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).text === label) return;
  }
  assert.fail(`Tab never reached ${JSON.stringify(label)}; focus is on ${JSON.stringify(await focused(page))}`);
}

/** Presses Tab until the radio with this id has focus. */
async function tabToRadio(page, id) {
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).id === id) return;
  }
  assert.fail(`Tab never reached #${id}; focus is on ${JSON.stringify(await focused(page))}`);
}

/** Chooses an option of a radio group by keyboard: Tab into the group (first option), arrows down to it. */
async function chooseByKeyboard(page, ids, wanted) {
  await tabToRadio(page, ids[0]);
  const steps = ids.indexOf(wanted);
  assert.ok(steps >= 0, `${wanted} is among ${ids}`);
  if (steps === 0) await page.keyboard.press('Space');
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator(`[id="${wanted}"]`).isChecked(), true, `${wanted} chosen`);
}

const radioIds = (page, name) =>
  page.evaluate((name) => [...document.querySelectorAll(`input[name="${name}"]`)].map((e) => e.id), name);

/**
 * The whole assessment by keyboard in the language `T`, from the welcome screen to the results, checking
 * every heading, the progress line and the page's language on the way. Returns the plan and answers given.
 */
async function walkByKeyboard(page, T, profile, answerFor) {
  await waitForHeading(page, T.ut('welcome.title'));
  await assertRoot(page, T, 'welcome');
  await tabTo(page, T.ut('welcome.start'));
  await page.keyboard.press('Enter');
  await waitForHeading(page, T.ut('about.title'), { focus: true });

  await chooseByKeyboard(page, await radioIds(page, 'profession'), `profession-${profile.profession ?? 'none'}`);
  await chooseByKeyboard(page, ['leads-yes', 'leads-no'], profile.leads ? 'leads-yes' : 'leads-no');
  await chooseByKeyboard(page, ['foundation-yes', 'foundation-no'], profile.foundation ? 'foundation-yes' : 'foundation-no');
  await page.keyboard.press('Enter');

  const plan = planFor(profile);
  const total = plan.statements.length;
  const given = {};
  let layer = null;
  for (let i = 0; i < total; i++) {
    const st = plan.statements[i];
    if (st.layer !== layer) {
      layer = st.layer;
      await waitForHeading(page, T.bt(`layer.${layer}.name`), { focus: true });
      await tabTo(page, T.ut('nav.next'));
      await page.keyboard.press('Enter');
    }
    await waitForHeading(page, T.bt(`statement.${st.id}.text`), { focus: true });
    assert.equal(
      await page.locator('.progress-answered').innerText(),
      T.ut('progress.answered', { answered: i, count: total }),
      `progress at statement ${i + 1}`,
    );
    const answer = answerFor(i, st);
    const ids = [1, 2, 3, 4, 5, 'no-occasion', 'na'].map((a) => ratingId(st.id, a));
    await chooseByKeyboard(page, ids, ratingId(st.id, answer));
    given[st.id] = answer;
    await page.keyboard.press('Enter');
  }
  await waitForHeading(page, T.ut('results.title'), { focus: true });
  await assertRoot(page, T, 'results');
  return { plan, given };
}

/** The results screen against the answers, in the language `T`: table, chart labels, focus areas, resources. */
async function checkResults(page, T, plan, given, profile) {
  const rows = await readScoreTable(page);
  assert.equal(rows.length, plan.areas.length);
  plan.areas.forEach((area, i) => assert.deepEqual(rows[i], expectedRow(area, given, profile, i + 1, T), `row ${i + 1}`));

  const chart = await chartPage(page, await chartSvg(page));
  const labels = (await chart.locator('text.axis-label').allTextContents()).map((l) => l.trim());
  assert.deepEqual(labels, plan.areas.map((_, i) => T.num(i + 1)), 'chart axes are numbered in the language');
  // The legend, drawn with the chart, names the layers and their axes in the language.
  const texts = (await chart.locator('text').allTextContents()).map((l) => l.trim());
  let first = 1;
  for (const layer of plan.layers) {
    const last = first + layer.areas.length - 1;
    const line = `${T.bt(`layer.${layer.id}.name`)} (${T.num(first)}–${T.num(last)})`;
    assert.ok(texts.includes(line), `the chart's legend has ${JSON.stringify(line)}: ${JSON.stringify(texts)}`);
    first = last + 1;
  }
  assert.ok(texts.includes(T.ut('results.legend-you')), 'the legend names the person\'s shape');
  await chart.close();

  const focus = expectedFocusAreas(plan, given, profile);
  let ownFirst = 0;
  const shown = await page.locator('.focus-areas .focus-area h3').allTextContents();
  assert.deepEqual(shown, focus.map((id) => T.bt(`area.${id}.name`)), 'focus areas');
  for (const [i, id] of focus.entries()) {
    const links = page.locator('.focus-areas .focus-area').nth(i).locator('.resource a');
    const languages = await links.evaluateAll((as) => as.map((a) => a.getAttribute('hreflang')));
    assert.ok(languages.length > 0, `resources for ${id}`);
    // A resource in the person's language, when one serves the area, comes first.
    const own = bank.resources.some((r) => r.language === T.lang && r.areas.includes(id));
    if (own) {
      assert.equal(languages[0], T.lang, `${id}: a resource in ${T.lang} first, got ${languages}`);
      ownFirst += 1;
    }
    // Every resource says which language it is in, in the interface's words.
    const metas = await page.locator('.focus-areas .focus-area').nth(i).locator('.resource-meta').allInnerTexts();
    metas.forEach((meta, k) =>
      assert.ok(meta.includes(T.ut(`language-name.${languages[k]}`)), `${id}: resource ${k} names its language: ${meta}`),
    );
  }
  // The walks are chosen so that some focus area has a resource in the language; otherwise this checks nothing.
  assert.ok(ownFirst > 0, `no focus area has a resource in ${T.lang}: choose other answers`);
}

test('a browser preferring French gets French and completes the whole assessment by keyboard', async (t) => {
  const { page, errors } = await openIn(t, 'fr-FR');
  await page.goto(suite.url);
  const profile = { profession: 'ucd', leads: true, foundation: true };
  const answerFor = (i) => (i % 6 === 5 ? 'na' : ((i * 3) % 5) + 1);
  const { plan, given } = await walkByKeyboard(page, FR, profile, answerFor);
  assert.equal(plan.statements.length, 77, 'every layer: foundation, user, socio-emotional, a profession, leadership');
  await checkResults(page, FR, plan, given, profile);
  // A level with a decimal is written with a comma.
  const levels = (await readScoreTable(page)).map((r) => r.level);
  assert.ok(levels.some((l) => /^\d,\d$/.test(l)), `French decimals: ${levels}`);
  assert.deepEqual(errors, []);
});

test('a browser preferring Arabic gets Arabic right to left and completes the whole assessment by keyboard', async (t) => {
  const { page, errors } = await openIn(t, 'ar-EG');
  await page.goto(suite.url);
  const profile = { profession: 'data', leads: false, foundation: false };
  const answerFor = (i) => (i % 7 === 3 ? 'na' : (i % 5) + 1);
  const { plan, given } = await walkByKeyboard(page, AR, profile, answerFor);
  await checkResults(page, AR, plan, given, profile);
  const table = await readScoreTable(page);
  assert.ok(table.every((r) => !/[0-9]/.test(r.level + r.target + r.gap + r.axis)), 'no Latin digits in the table');

  // The chart mirrors: the drawing is turned over as a whole, and axis 2 sits left of the centre, its
  // label running away from the chart (labels are placed at mirrored points, their glyphs not mirrored).
  const chart = await chartPage(page, await chartSvg(page));
  assert.equal(await chart.locator('svg').getAttribute('direction'), 'rtl');
  assert.equal(await chart.locator('g:has(> polygon.you)').getAttribute('transform'), 'matrix(-1 0 0 1 440 0)');
  const second = chart.locator('text.axis-label').nth(1);
  assert.ok(Number(await second.getAttribute('x')) < 220, 'axis 2 is on the left');
  assert.equal(await second.getAttribute('text-anchor'), 'end', 'its label runs leftwards, away from the chart');
  assert.equal(await chart.locator('g[transform] text').count(), 0, 'no text is mirrored');
  // Every label's rendered box sits outside the outer ring, and no text (the legend's lines too) runs off
  // the image.
  const problems = await chartTextProblems(chart);
  assert.deepEqual(problems.overlapping, [], 'labels overlapping the chart');
  assert.deepEqual(problems.cut, [], 'texts cut off at the edge of the image');
  await chart.close();
  // A site name is isolated left to right inside the Arabic sentence.
  const host = page.locator('.resource-meta bdi').first();
  assert.equal(await host.getAttribute('dir'), 'ltr');
  // The printed report, mirrored, still fits one A4 page.
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  assert.equal((pdf.match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length, 1, 'the Arabic report prints on one page');
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(errors, []);
});

test('right to left, the rating scale reads from the right and Back and Next point the right way', async (t) => {
  const { page } = await openIn(t, 'ar');
  await page.goto(suite.url);
  await waitForHeading(page, AR.ut('welcome.title'));
  await start(page, AR);
  const plan = await submitProfile(page, SHORT_PROFILE, AR);
  await next(page);
  const first = plan.statements[0];
  await waitForHeading(page, AR.bt(`statement.${first.id}.text`), { focus: true });

  const layout = await page.evaluate((id) => {
    const option = document.getElementById(`rating-${id}-1`).closest('.option');
    const box = (el) => el.getBoundingClientRect();
    const radio = box(option.querySelector('input'));
    const label = box(option.querySelector('label'));
    const arrow = (sel, pseudo) => getComputedStyle(document.querySelector(sel), pseudo).content;
    return {
      radioRight: radio.right,
      labelRight: label.right,
      optionRight: box(option).right,
      back: arrow('main .nav-back', '::before'),
      next: arrow('main .nav-next', '::after'),
      backX: box(document.querySelector('main .nav-back')).x,
      nextX: box(document.querySelector('main .nav-next')).x,
    };
  }, first.id);
  assert.ok(layout.radioRight > layout.labelRight, 'the radio is to the right of its label');
  assert.ok(layout.optionRight - layout.radioRight < 40, 'the radio starts the line at the right edge');
  assert.ok(layout.back.includes('→'), `Back points right (backwards in Arabic): ${layout.back}`);
  assert.ok(layout.next.includes('←'), `Next points left: ${layout.next}`);
  assert.ok(layout.backX > layout.nextX, 'Back comes first, on the right');
});

test('switching language mid-way keeps every answer and the place, and the choice is remembered', async (t) => {
  const { page, errors } = await openIn(t, 'en-GB');
  await page.goto(suite.url);
  await waitForHeading(page, EN.ut('welcome.title'));
  await start(page);
  const plan = await submitProfile(page, SHORT_PROFILE);
  const answered = plan.statements.slice(0, 5);
  const given = await answerStatements(page, answered, (i) => (i % 5) + 1);
  const current = plan.statements[5];
  await waitForHeading(page, EN.bt(`statement.${current.id}.text`), { focus: true });
  await byId(page, ratingId(current.id, 4)).check();
  const before = await savedRecord(page);

  // To French with the keyboard: the same statement, the same answer chosen.
  const french = page.locator('.language-switch button[lang="fr"]');
  await french.focus();
  await page.keyboard.press('Enter');
  await waitForHeading(page, FR.bt(`statement.${current.id}.text`));
  await assertRoot(page, FR, 'after switching to French');
  assert.equal(await french.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('lang')), 'fr', 'focus stays on the switch');
  assert.equal(await byId(page, ratingId(current.id, 4)).isChecked(), true, 'the answer on screen is kept');
  assert.equal(
    await page.locator('.progress-answered').innerText(),
    FR.ut('progress.answered', { answered: 6, count: plan.statements.length }),
  );
  assert.deepEqual((await savedRecord(page)).answers, before.answers, 'saved answers unchanged');

  // Back through the earlier statements: each answer is there, in French.
  for (let i = answered.length - 1; i >= 0; i--) {
    await page.locator('main .nav-back').click();
    const st = answered[i];
    await waitForHeading(page, FR.bt(`statement.${st.id}.text`), { focus: true });
    assert.equal(await byId(page, ratingId(st.id, given[st.id])).isChecked(), true, `answer to ${st.id}`);
  }

  // To Arabic, then reload: still Arabic, at the same place, with the same answers.
  await page.locator('.language-switch button[lang="ar"]').click();
  await waitForHeading(page, AR.bt(`statement.${answered[0].id}.text`));
  await assertRoot(page, AR, 'after switching to Arabic');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), CHOICE_KEY), 'ar');
  await page.reload();
  await waitForHeading(page, AR.bt(`statement.${answered[0].id}.text`));
  await assertRoot(page, AR, 'after reload');
  assert.deepEqual((await savedRecord(page)).answers, before.answers, 'answers unchanged after reload');
  assert.deepEqual(errors, []);
});

test('a language that cannot load leaves the page as it was, says so, and can be retried', async (t) => {
  const { page, errors } = await openIn(t, 'en');
  const blocked = /\/locales\/ar\//;
  await page.route(blocked, (route) => route.abort());
  await page.goto(suite.url);
  await waitForHeading(page, EN.ut('welcome.title'));
  await page.locator('.language-switch button[lang="ar"]').click();
  // The switch's own alert (the welcome screen also keeps an empty one for problems with a chosen file).
  const alert = page.locator('.notices[role="alert"]');
  await alert.waitFor();
  assert.equal(
    (await alert.locator('p').innerText()).trim(),
    EN.ut('language.failed', { language: EN.ut('language-name.ar') }),
  );
  await assertRoot(page, EN, 'after the failed switch');
  assert.equal(await page.locator('#screen-heading').innerText(), EN.ut('welcome.title'), 'the screen stays');

  await page.unroute(blocked);
  await alert.getByRole('button', { name: EN.ut('texts.retry') }).click();
  await waitForHeading(page, AR.ut('welcome.title'));
  await assertRoot(page, AR, 'after retrying');
  assert.equal(await alert.count(), 0, 'the message is gone');
  assert.deepEqual(errors, []);
});



for (const [locale, T] of [
  ['fr-FR', FR],
  ['ar-SA', AR],
]) {
  test(`no axe violations on any screen in ${T.lang}`, async (t) => {
    const { page, errors } = await openIn(t, locale);
    await page.goto(suite.url);
    await waitForHeading(page, T.ut('welcome.title'));
    await t.test('welcome', () => expectNoViolations(page, `${T.lang} welcome`));
    await start(page, T);
    await t.test('About you', () => expectNoViolations(page, `${T.lang} About you`));
    await page.locator('main .nav-next').click();
    await page.waitForFunction(() => document.activeElement?.id === 'profession-legend');
    await t.test('About you with errors', () => expectNoViolations(page, `${T.lang} About you with errors`));
    const plan = await submitProfile(page, SHORT_PROFILE, T);
    await t.test('layer intro', () => expectNoViolations(page, `${T.lang} layer intro`));
    await next(page);
    const first = plan.statements[0];
    await waitForHeading(page, T.bt(`statement.${first.id}.text`), { focus: true });
    await byId(page, ratingId(first.id, 2)).check();
    await t.test('statement', () => expectNoViolations(page, `${T.lang} statement`));
    await button(page, T.ut('nav.overview')).click();
    await waitForHeading(page, T.ut('overview.title'), { focus: true });
    await t.test('overview', () => expectNoViolations(page, `${T.lang} overview`));
    await button(page, T.ut('overview.return')).click();
    await waitForHeading(page, T.bt(`statement.${first.id}.text`), { focus: true });
    await answerStatements(page, plan.statements, (i) => (i % 6 === 5 ? 'na' : (i % 5) + 1), { T });
    await waitForHeading(page, T.ut('results.title'), { focus: true });
    await t.test('results', () => expectNoViolations(page, `${T.lang} results`));
    await button(page, T.ut('start-over.button')).click();
    await page.waitForFunction(() => document.activeElement?.id === 'start-over-title');
    await t.test('results, "Start over?" open', () => expectNoViolations(page, `${T.lang} start over dialog`));
    assert.deepEqual(errors, []);
  });
}

test('when no interface texts can be fetched, the page says so in plain English and recovers on retry', async (t) => {
  const { page, errors } = await openIn(t, 'fr-FR');
  const blocked = routeFor('locales/fr/ui.json');
  await page.route(blocked, (route) => route.abort());
  await page.goto(suite.url);
  await waitForHeading(page, 'Skills Radar could not be loaded');
  assert.equal(await page.locator('main p').innerText(), 'Check your connection and try again.');
  assert.equal((await rootLanguage(page)).lang, 'en', 'the built-in English message is marked as English');
  await page.unroute(blocked);
  await button(page, 'Try again').click();
  await waitForHeading(page, FR.ut('welcome.title'));
  await assertRoot(page, FR, 'after retrying');
  assert.deepEqual(errors, []);
});
