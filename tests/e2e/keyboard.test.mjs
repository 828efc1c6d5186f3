// A person completes the whole assessment with the keyboard only, and the results match their answers.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  bank,
  bt,
  chartPage,
  chartSvg,
  chartTextProblems,
  expectedFocusAreas,
  expectedRow,
  openPage,
  planFor,
  polygonPoints,
  readScoreTable,
  startSuite,
  ut,
  waitForHeading,
} from './support.mjs';

const suite = startSuite({ before, after });

const PROFILE = { profession: 'data', leads: false, foundation: false };
/** An area answered "not applicable" throughout, to check it shows as "Not rated". */
const ALL_NA_AREA = 'socio.agility';

/** The answer for the i-th statement of the walk: levels 1–5 in turn, with a few "not applicable". */
function answerFor(i, statement) {
  if (statement.area === ALL_NA_AREA) return 'na';
  if (i % 7 === 3) return 'na';
  return (i % 5) + 1;
}

/** Describes the focused element, for assertions and messages. */
const focused = (page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return {
      tag: a?.tagName.toLowerCase(),
      id: a?.id ?? '',
      text: (a?.textContent ?? '').trim(),
      classes: a?.className ?? '',
      checked: a?.checked ?? null,
    };
  });

async function press(page, key, expect, message) {
  await page.keyboard.press(key);
  if (expect) {
    const now = await focused(page);
    for (const [k, v] of Object.entries(expect)) {
      if (k === 'classIncludes') assert.ok(String(now.classes).split(' ').includes(v), `${message}: ${JSON.stringify(now)}`);
      else assert.equal(now[k], v, `${message} after ${key}: focus is ${JSON.stringify(now)}`);
    }
  }
}

const checkedIn = (page, name) =>
  page.evaluate((name) => [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((e) => e.id), name);

test('a person completes the whole assessment with the keyboard only', async (t) => {
  const { page, errors } = await openPage(suite, t);
  const plan = planFor(PROFILE);
  const total = plan.statements.length;
  assert.equal(total, 47, 'the user, socio-emotional and data layers have 47 statements');

  await page.goto(suite.url);
  await waitForHeading(page, ut('welcome.title'));

  // Welcome: the skip link comes first and leads into the main content; then the start button.
  await press(page, 'Tab', { tag: 'a', text: ut('app.skip-to-content') }, 'skip link first');
  await press(page, 'Enter', { tag: 'main', id: 'main' }, 'skip link moves focus to main');
  await press(page, 'Tab', { tag: 'button', text: ut('welcome.start') }, 'start button');
  await press(page, 'Enter');
  await waitForHeading(page, ut('about.title'), { focus: true });

  // About you: the profession by arrow keys, from the first option to ours.
  const professionOrder = await page.evaluate(() =>
    [...document.querySelectorAll('input[name="profession"]')].map((e) => e.id),
  );
  assert.equal(professionOrder.length, bank.professions.length + 1, 'one option per profession plus "none"');
  await press(page, 'Tab', { id: professionOrder[0], checked: false }, 'Tab enters the profession group');
  const steps = professionOrder.indexOf(`profession-${PROFILE.profession}`);
  assert.ok(steps > 0);
  for (let i = 0; i < steps; i++) await press(page, i % 2 ? 'ArrowRight' : 'ArrowDown');
  assert.deepEqual(await checkedIn(page, 'profession'), [`profession-${PROFILE.profession}`]);

  // Enter on the chosen radio submits the form with two questions unanswered: the error names the first
  // one left, and focus moves to its heading.
  await press(page, 'Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'leads-legend');
  assert.equal(await page.locator('#leads-error').innerText(), ut('about.missing'));
  assert.equal(await page.locator('#profession-error').count(), 0, 'no error for the answered question');
  assert.equal(await page.locator('#leads-group').getAttribute('aria-describedby'), 'leads-error');

  await press(page, 'Tab', { id: 'leads-yes', checked: false }, 'Tab from the legend enters the group');
  await press(page, 'ArrowDown', { id: 'leads-no', checked: true }, 'arrow chooses "No"');
  await press(page, 'Tab', { id: 'foundation-yes', checked: false }, 'next group');
  await press(page, 'Space', { id: 'foundation-yes', checked: true }, 'Space chooses');
  await press(page, 'ArrowUp', { id: 'foundation-no', checked: true }, 'arrow back to "No"');
  await press(page, 'Tab', { tag: 'button', text: ut('nav.back') }, 'Back');
  await press(page, 'Tab', { tag: 'button', text: ut('nav.next') }, 'Next');
  await press(page, 'Shift+Tab', { tag: 'button', text: ut('nav.back') }, 'Shift+Tab returns to Back');
  await press(page, 'Tab', { tag: 'button', text: ut('nav.next') }, 'Next again');
  await press(page, 'Enter');

  const given = {};
  let layerSeen = null;
  for (let i = 0; i < total; i++) {
    const st = plan.statements[i];
    if (st.layer !== layerSeen) {
      // The layer intro: focus on its heading, then Tab to Back and Next.
      layerSeen = st.layer;
      await waitForHeading(page, bt(`layer.${st.layer}.name`), { focus: true });
      await press(page, 'Tab', { tag: 'button', text: ut('nav.back') }, `layer ${st.layer}: Back`);
      await press(page, 'Tab', { tag: 'button', text: ut('nav.next') }, `layer ${st.layer}: Next`);
      await press(page, i === 0 ? 'Enter' : 'Space');
    }
    // After the step change, focus is on the statement, which is the heading.
    await waitForHeading(page, bt(`statement.${st.id}.text`), { focus: true });
    assert.equal(
      await page.locator('.progress-answered').innerText(),
      ut('progress.answered', { answered: i, count: total }),
      `progress at statement ${i + 1}`,
    );

    // Into the group: nothing is chosen yet, so Tab lands on level 1.
    await press(page, 'Tab', { id: `rating-${st.id}-1`, checked: false }, `statement ${st.id}`);
    const answer = answerFor(i, st);
    if (answer === 'na') await press(page, 'ArrowUp'); // wraps round to the last option
    else if (answer === 1) await press(page, 'Space');
    else for (let k = 1; k < answer; k++) await press(page, k % 2 ? 'ArrowDown' : 'ArrowRight');
    assert.deepEqual(await checkedIn(page, `rating-${st.id}`), [`rating-${st.id}-${answer}`], `answer to ${st.id}`);
    given[st.id] = answer;

    // Once, go back a statement with the keyboard: the earlier answer is still chosen, and Tab lands on it.
    if (i === 10) {
      const prev = plan.statements[i - 1];
      await press(page, 'Tab', { text: ut('nav.back') }, 'Back');
      await press(page, 'Enter');
      await waitForHeading(page, bt(`statement.${prev.id}.text`), { focus: true });
      await press(page, 'Tab', { id: `rating-${prev.id}-${given[prev.id]}`, checked: true }, 'Tab to the chosen answer');
      await press(page, 'Enter'); // submits: on to statement i again
      await waitForHeading(page, bt(`statement.${st.id}.text`), { focus: true });
      assert.deepEqual(await checkedIn(page, `rating-${st.id}`), [`rating-${st.id}-${answer}`], 'answer kept');
      await press(page, 'Tab', { id: `rating-${st.id}-${answer}` }, 'Tab to the chosen answer');
    }

    // Move on in three ways: Enter on the radio; Tab to Next and Enter; Tab, Tab, Shift+Tab, Tab and Space.
    if (i % 3 === 0) {
      await press(page, 'Enter');
    } else if (i % 3 === 1) {
      await press(page, 'Tab', { text: ut('nav.back') }, 'Back');
      await press(page, 'Tab', { text: ut('nav.next') }, 'Next');
      await press(page, 'Enter');
    } else {
      await press(page, 'Tab', { text: ut('nav.back') }, 'Back');
      await press(page, 'Tab', { text: ut('nav.next') }, 'Next');
      await press(page, 'Shift+Tab', { text: ut('nav.back') }, 'Back');
      await press(page, 'Tab', { text: ut('nav.next') }, 'Next');
      await press(page, 'Space');
    }
  }
  await waitForHeading(page, ut('results.title'), { focus: true });
  // The one note left says whose the targets are; none says a statement is not answered yet.
  assert.deepEqual(await page.locator('main .note').allInnerTexts(), [ut('results.targets-note')], 'no "not answered yet" note after answering everything');

  // The table against the answers given.
  const rows = await readScoreTable(page);
  assert.equal(rows.length, plan.areas.length, 'one table row per assessed area');
  // The chart, drawn by the results tools as one image: an axis per table row, numbered as the rows are.
  const chart = await chartPage(page, await chartSvg(page));
  const axisLabels = await chart.locator('text.axis-label').allTextContents();
  assert.equal(axisLabels.length, plan.areas.length, 'one axis label per assessed area');
  assert.deepEqual(axisLabels, rows.map((r) => r.axis), 'the axes numbered as the table numbers its rows');
  assert.equal(await chart.locator('polygon.you').count(), 1, 'the person\'s shape');
  assert.equal(await chart.locator('path.target').count(), 1, 'the target line');

  plan.areas.forEach((area, i) => {
    // The row numbered i + 1 (the number of axis i) names the area, with its level.
    const where = `row ${i + 1} (${area.id}, answers ${JSON.stringify(area.statements.map((id) => given[id]))})`;
    assert.deepEqual(rows[i], expectedRow(area, given, PROFILE, i + 1), where);
  });
  const focusAreas = await page.locator('.focus-areas .focus-area h3').allTextContents();
  assert.deepEqual(
    focusAreas,
    expectedFocusAreas(plan, given, PROFILE).map((id) => bt(`area.${id}.name`)),
    'focus areas: largest gap first',
  );

  // The chart's shape says the same: vertex i lies on axis i (axis 0 straight up, clockwise) at the
  // area's mean level, on a 440-unit chart with the level-5 ring 170 units from the centre; an area
  // without a level sits at the centre.
  const points = polygonPoints(await chart.locator('polygon.you').getAttribute('points'));
  assert.equal(points.length, plan.areas.length, 'one vertex per area');
  plan.areas.forEach((area, i) => {
    const levels = area.statements.map((id) => given[id]).filter((a) => typeof a === 'number');
    const mean = levels.length ? levels.reduce((a, b) => a + b, 0) / levels.length : 0;
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / plan.areas.length;
    const want = [220 + ((170 * mean) / 5) * Math.cos(angle), 220 + ((170 * mean) / 5) * Math.sin(angle)];
    const [x, y] = points[i];
    assert.ok(
      Math.abs(x - want[0]) <= 0.1 && Math.abs(y - want[1]) <= 0.1,
      `vertex ${i + 1} (${area.id}, level ${mean}) is at ${x},${y}; expected about ${want.map((v) => v.toFixed(1))}`,
    );
  });
  // Laid out, no axis label covers the chart and no text is cut off at the image's edge.
  assert.deepEqual(await chartTextProblems(chart), { overlapping: [], cut: [] }, 'the chart\'s texts');
  await chart.close();
  assert.ok(
    rows.some((r) => r.level === ut('results.not-rated')),
    'the area answered "not applicable" throughout is not rated',
  );
  assert.deepEqual(errors, [], 'no page errors');
});
