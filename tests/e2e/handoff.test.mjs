// The page first loads a light build without the results tools; the full build comes only when results are
// needed, takes over the page without losing anything, and a failure to fetch it loses nothing either.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  answerStatements,
  button,
  gotoApp,
  openPage,
  savedRecord,
  SHORT_PROFILE,
  start,
  startSuite,
  submitProfile,
  ut,
  waitForHeading,
} from './support.mjs';

const suite = startSuite({ before, after });
const FULL = /skills-radar-full/;

test('the walk never fetches the full build; the results do, once, and keep every answer', async (t) => {
  const { page, errors } = await openPage(suite, t);
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await gotoApp(page, suite);
  await start(page);
  const plan = await submitProfile(page, SHORT_PROFILE);
  const all = plan.statements;
  const given = await answerStatements(page, all.slice(0, -1), (i) => (i % 5) + 1);
  assert.equal(fetched.filter((p) => FULL.test(p)).length, 0, 'nothing of the full build during the walk');
  Object.assign(given, await answerStatements(page, all.slice(-1), (i) => (i % 5) + 1, { from: all.length - 1 }));
  // The full app takes over on the results, with focus on their heading.
  await waitForHeading(page, ut('results.title'), { focus: true });
  const full = fetched.filter((p) => FULL.test(p));
  assert.deepEqual([...new Set(full)].sort(), ['/skills-radar-full.js', '/skills-radar-full_bg.wasm'], 'the full build');
  assert.equal(full.length, 2, 'fetched once');
  assert.deepEqual((await savedRecord(page)).answers, given, 'every answer kept');
  // One app on the page: one header, one main.
  assert.equal(await page.locator('header.site-header').count(), 1);
  assert.equal(await page.locator('main').count(), 1);
  // And it works: back to a statement and forward again.
  await button(page, ut('results.review')).click();
  await waitForHeading(page, ut('overview.title'), { focus: true });
  assert.deepEqual(errors, []);
});

test('if the full build cannot be fetched, the page says so, keeps the answers, and retrying works', async (t) => {
  const { page, errors } = await openPage(suite, t);
  await page.route(FULL, (route) => route.abort());
  await gotoApp(page, suite);
  await start(page);
  const plan = await submitProfile(page, SHORT_PROFILE);
  const given = await answerStatements(page, plan.statements, () => 3);
  await waitForHeading(page, ut('content-error.title'), { focus: true });
  assert.equal(await page.locator('main p').first().innerText(), ut('texts.failed'));
  assert.deepEqual((await savedRecord(page)).answers, given, 'the answers are saved');
  await page.unroute(FULL);
  await button(page, ut('texts.retry')).click();
  await waitForHeading(page, ut('results.title'), { focus: true });
  assert.deepEqual((await savedRecord(page)).answers, given);
  // The browser logs the failed module fetch itself; the app raised nothing.
  assert.deepEqual(errors.filter((e) => !e.includes('Failed to fetch dynamically imported module')), []);
});
