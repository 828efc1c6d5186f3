// The scales, in each language: a keyboard-only person rates proficiency statements on the can-do scale,
// with "I have not had the occasion" where a statement depends on an event they have not met, and profile
// statements on the profile layer's own scale (how often they work that way). The results leave the
// no-occasion answers out of every level, say how many there were, and agree with the answers, worked out
// here. axe finds nothing on a question screen of each kind, in each language.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  bank,
  expectedRow,
  expectNoViolations,
  keyboardWalk,
  openPage,
  readScoreTable,
  SHORT_PROFILE,
  startSuite,
  textsFor,
  waitForHeading,
} from './support.mjs';

const suite = startSuite({ before, after });

const kindOf = (layerId) => bank.layers.find((l) => l.id === layerId).kind;

/** The radio labels on the statement screen, in order. */
const optionLabels = (page) => page.locator('fieldset.rating label').allInnerTexts();

for (const [lang, locale] of [['en', 'en-GB'], ['fr', 'fr-FR'], ['ar', 'ar-SA']]) {
  const T = textsFor(lang);
  const scale = (kind) => [1, 2, 3, 4, 5].map((n) => T.bt(`scale.${kind}.${n}.label`));
  const others = [T.bt('scale.no-occasion.label'), T.bt('scale.na.label')];

  test(`${lang}: a keyboard walk on both scales, with "I have not had the occasion" left out of the levels`, async (t) => {
    const { page, errors } = await openPage(suite, t, { contextOptions: { locale } });
    await page.goto(suite.url);
    await waitForHeading(page, T.ut('welcome.title'));
    // Every fourth proficiency statement has not come up; the rest, and every profile statement, get levels.
    const answerFor = (i, st) => (kindOf(st.layer) === 'proficiency' && i % 4 === 1 ? 'no-occasion' : ((i * 3) % 5) + 1);
    const seen = new Set();
    const onStatement = async (st) => {
      const kind = kindOf(st.layer);
      // Each kind's scale, then the same two other answers.
      assert.deepEqual((await optionLabels(page)).map((l) => l.trim()), [...scale(kind), ...others], `${st.id}'s options`);
      if (!seen.has(kind)) {
        seen.add(kind);
        await expectNoViolations(page, `a ${kind} statement in ${lang}`);
      }
    };
    const { plan, given } = await keyboardWalk(page, SHORT_PROFILE, answerFor, T, onStatement);
    assert.deepEqual([...seen].sort(), ['proficiency', 'profile'], 'both kinds were walked');
    assert.notEqual(scale('proficiency')[0], scale('profile')[0], 'the two scales differ');

    const noOccasion = Object.values(given).filter((a) => a === 'no-occasion').length;
    assert.ok(noOccasion >= 2, `the walk used the new answer (${noOccasion} times)`);
    // Levels from the answers, the no-occasion ones left out (support.mjs counts only numbers).
    const rows = await readScoreTable(page);
    assert.deepEqual(
      rows,
      plan.areas.map((area, i) => expectedRow(area, given, SHORT_PROFILE, i + 1, T)),
    );
    await page.getByText(T.ut('results.no-occasion', { count: noOccasion })).waitFor();
    // Whose targets these are, where they are shown.
    await page.getByText(T.ut('results.targets-note')).waitFor();
    // The framework paper is cited and linked under its original title, marked as English.
    const cited = page.locator('footer a[href="https://oe.cd/il/3CO"] cite[lang="en"]');
    assert.equal(await cited.innerText(), T.ut('footer.paper-title'));
    assert.match(await page.locator('footer').innerText(), new RegExp(T.ut('footer.paper-title')));
    assert.deepEqual(errors, []);
  });
}
