// axe-core finds no WCAG 2.1 A or AA violation on any screen of the walk.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  answerStatements,
  bt,
  button,
  byId,
  gotoApp,
  next,
  openPage,
  ratingId,
  SHORT_PROFILE,
  start,
  startSuite,
  submitProfile,
  ut,
  waitForHeading,
  expectNoViolations,
  routeFor,
} from './support.mjs';

const suite = startSuite({ before, after });



test('no axe violations on any screen', async (t) => {
  const { page, errors } = await openPage(suite, t);
  await gotoApp(page, suite);

  await t.test('welcome', () => expectNoViolations(page, 'the welcome screen'));

  await start(page);
  await t.test('About you', () => expectNoViolations(page, '"About you"'));

  await page.locator('main .nav-next').click();
  await page.waitForFunction(() => document.activeElement?.id === 'profession-legend');
  assert.equal(await page.locator('main .error').count(), 3, 'an error for each unanswered question');
  await t.test('About you with its errors', () => expectNoViolations(page, '"About you" with validation errors'));

  const plan = await submitProfile(page, SHORT_PROFILE);
  await t.test('layer intro', () => expectNoViolations(page, `the intro of layer ${plan.layers[0].id}`));

  await next(page);
  const first = plan.statements[0];
  await waitForHeading(page, bt(`statement.${first.id}.text`), { focus: true });
  await t.test('statement, unanswered', () => expectNoViolations(page, 'a statement without an answer'));

  await byId(page, ratingId(first.id, 3)).check();
  await t.test('statement, answered', () => expectNoViolations(page, 'a statement with an answer'));

  await button(page, ut('nav.overview')).click();
  await waitForHeading(page, ut('overview.title'), { focus: true });
  await t.test('overview', () => expectNoViolations(page, 'the overview'));
  await button(page, ut('overview.return')).click();
  await waitForHeading(page, bt(`statement.${first.id}.text`), { focus: true });

  await answerStatements(page, plan.statements, (i) => (i % 6 === 5 ? 'na' : (i % 5) + 1));
  await waitForHeading(page, ut('results.title'), { focus: true });
  assert.ok((await page.locator('main a[target="_blank"]').count()) > 0, 'the results list learning resources');
  await t.test('results', () => expectNoViolations(page, 'the results'));

  await button(page, ut('start-over.button')).click();
  await page.waitForFunction(() => document.activeElement?.id === 'start-over-title');
  await t.test('results, "Start over?" open', () => expectNoViolations(page, 'the results with "Start over?" open'));

  assert.deepEqual(errors, []);
});

test('no axe violations with notices shown, or on the "could not be loaded" screen', async (t) => {
  // Blocked storage: its notice is one the first screen tells at once, with the first screen's texts (the rare
  // ones, such as unreadable saved data, wait for the later texts, which here cannot be fetched).
  const { page } = await openPage(suite, t, {
    initScript: () => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    },
  });
  await page.route(routeFor('locales/en/bank.json'), (route) => route.abort('internetdisconnected'));
  await gotoApp(page, suite);
  await page.locator('.notices .notice').first().waitFor();
  await t.test('welcome with a notice', () => expectNoViolations(page, 'the welcome screen with a notice'));
  await button(page, ut('welcome.start')).click();
  await button(page, ut('texts.retry')).waitFor();
  await t.test('questions could not be loaded', () => expectNoViolations(page, 'the "could not be loaded" screen'));
});

test('resource links open in a new tab safely and say so', async (t) => {
  const { page } = await openPage(suite, t);
  await gotoApp(page, suite);
  await start(page);
  const plan = await submitProfile(page, SHORT_PROFILE);
  // Low levels everywhere, so the proficiency areas are below target and become focus areas.
  await answerStatements(page, plan.statements, () => 1);
  await waitForHeading(page, ut('results.title'), { focus: true });
  const links = await page.locator('.focus-areas a').evaluateAll((as) =>
    as.map((a) => ({ href: a.href, target: a.target, rel: a.rel, text: a.textContent.trim() })),
  );
  assert.ok(links.length > 0, 'focus areas list resources');
  for (const link of links) {
    assert.equal(link.target, '_blank', `${link.href} opens in a new tab`);
    assert.ok(link.rel.split(/\s+/).includes('noopener'), `${link.href} has rel=noopener`);
    assert.ok(link.text.endsWith(ut('results.opens-new-tab')), `${link.href} says it opens a new tab`);
    assert.match(link.href, /^https:\/\//);
  }
});
