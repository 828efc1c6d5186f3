// Continue elsewhere: the overview offers a link (and its QR code) that carries the answers so far. Opened
// in a fresh browser it resumes at the same place with every answer; opened from a frame whose storage is
// blocked, "Continue in a new tab" carries every answer into a tab that keeps them.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import {
  answerStatements,
  button,
  expectNoViolations,
  gotoApp,
  openPage,
  planFor,
  savedRecord,
  SHORT_PROFILE,
  start,
  startSuite,
  submitProfile,
  ut,
  bt,
  waitForHeading,
} from './support.mjs';

const suite = startSuite({ before, after });
const plan = planFor(SHORT_PROFILE);

test('the link to continue, opened in a fresh browser, resumes at the same place with every answer', async (t) => {
  const { page, errors } = await openPage(suite, t);
  await gotoApp(page, suite);
  await start(page);
  await submitProfile(page, SHORT_PROFILE);
  const given = await answerStatements(page, plan.statements.slice(0, 4), (i) => (i % 5) + 1);
  const place = plan.statements[4];
  await waitForHeading(page, bt(`statement.${place.id}.text`), { focus: true });
  await button(page, ut('nav.overview')).click();
  await waitForHeading(page, ut('overview.title'), { focus: true });
  const link = await page.locator('#continue-link').inputValue();
  assert.match(link, /#continue=[A-Za-z0-9_-]+$/);
  assert.equal(await page.getByRole('img', { name: ut('continue.qr') }).count(), 1, 'with its QR code');
  assert.equal(await page.getByRole('link', { name: ut('continue.new-tab') }).getAttribute('href'), link);
  await expectNoViolations(page, 'the overview with the link to continue');

  const other = await openPage(suite, t);
  await other.page.goto(link);
  await waitForHeading(other.page, bt(`statement.${place.id}.text`));
  await other.page.locator('.notices .notice', { hasText: ut('continue.opened') }).waitFor();
  assert.deepEqual((await savedRecord(other.page)).answers, given, 'every answer, kept in that browser');
  assert.equal(await other.page.evaluate(() => location.hash), '', 'the link is used up: a reload shows the assessment');
  assert.deepEqual([...errors, ...other.errors], []);
});

test('from a frame whose storage is blocked, "Continue in a new tab" carries every answer into a tab that keeps them', async (t) => {
  const host = createServer((req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><title>Intranet</title><iframe src="${suite.url}" title="Skills Radar" width="800" height="700"></iframe>`),
  );
  await new Promise((done) => host.listen(0, 'localhost', done));
  t.after(() => new Promise((done) => (host.close(done), host.closeAllConnections())));
  const { context, page, errors } = await openPage(suite, t);
  await page.goto(`http://localhost:${host.address().port}/`);
  const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
  await frame.locator('.language-switch').waitFor();
  assert.deepEqual(await frame.locator('.notices .notice p').allTextContents(), [ut('storage.unavailable')], 'told at once');
  await start(frame);
  await submitProfile(frame, SHORT_PROFILE);
  const given = await answerStatements(frame, plan.statements.slice(0, 3), () => 4);
  await button(frame, ut('nav.overview')).click();
  await waitForHeading(frame, ut('overview.title'));
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    frame.getByRole('link', { name: ut('continue.new-tab') }).click(),
  ]);
  await tab.locator('.notices .notice', { hasText: ut('continue.opened') }).waitFor();
  assert.deepEqual((await savedRecord(tab)).answers, given, 'every answer, saved in a tab of its own');
  assert.deepEqual(errors, []);
});

