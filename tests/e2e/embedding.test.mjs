// Embedded in another site's page: a host on another origin (localhost against the app's 127.0.0.1) uses
// the <skills-radar> element of embed.js. The frame's height follows the content on every screen with no
// inner scrollbar, a keyboard-only person completes the assessment inside it, axe finds nothing, and the
// host hears only the contract's messages, none carrying an answer or a score. A plain iframe at a fixed
// height, with no host script, scrolls inside and stays usable.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import {
  answerStatements,
  asPage,
  button,
  expectNoViolations,
  keyboardWalk,
  openPage,
  planFor,
  SHORT_PROFILE,
  start,
  startSuite,
  submitProfile,
  textsFor,
  ut,
  waitForHeading,
} from './support.mjs';

const suite = startSuite({ before, after });
const FR = textsFor('fr');

/** A host site on another origin, serving `pages` (path → HTML) and its own recording script. */
async function hostSite(t, pages) {
  const recorder = `
    window.__messages = [];
    window.__events = [];
    addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
    for (const type of ['ready', 'height', 'step', 'completed', 'result']) {
      document.addEventListener('skills-radar:' + type, (e) => window.__events.push(e.detail));
    }`;
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    if (path === '/recorder.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(recorder);
    if (pages[path]) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[path]);
    res.writeHead(404).end();
  });
  await new Promise((done) => server.listen(0, 'localhost', done));
  t.after(() => new Promise((done) => (server.close(done), server.closeAllConnections())));
  return `http://localhost:${server.address().port}`;
}

const page = (body) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Intranet</title>
  <script src="/recorder.js"></script></head><body><h1>Intranet du ministère</h1><main>${body}</main></body></html>`;

/** The app's frame on the host page. */
async function appFrame(host) {
  const handle = await host.locator('iframe').elementHandle();
  const frame = await handle.contentFrame();
  assert.ok(frame, 'the frame is there');
  return frame;
}

/** Waits until the frame's height is its content's, within 3 px, and the frame has no inner scrollbar. */
async function fitsItsContent(host, frame, where) {
  let last = null;
  for (let i = 0; i < 40; i++) {
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const scrolls = await frame.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 1);
    const height = await host.locator('iframe').evaluate((e) => e.getBoundingClientRect().height);
    last = { content, height, scrolls };
    if (Math.abs(content - height) <= 3 && !scrolls) return;
    await host.waitForTimeout(50);
  }
  assert.fail(`${where}: the frame does not fit its content: ${JSON.stringify(last)}`);
}


const KINDS = new Set(['welcome', 'about', 'layer', 'statement', 'overview', 'results', 'viewing', 'opening', 'opening-failed']);

test('the <skills-radar> element on another origin: a frame that fits its content, walked by keyboard, telling only the contract', async (t) => {
  const origin = await hostSite(t, {
    '/': page(`<script src="${suite.url}embed.js" defer></script>
      <skills-radar src="${suite.url}" lang="fr" title="Radar des compétences"></skills-radar>`),
  });
  const { page: host, errors } = await openPage(suite, t);
  await host.goto(`${origin}/`);
  const frame = await (async () => {
    await host.locator('skills-radar iframe').waitFor();
    return appFrame(host);
  })();
  await frame.waitForFunction((title) => document.getElementById('screen-heading')?.textContent.trim() === title, FR.ut('welcome.title'));
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'fr', 'the host page’s language');
  assert.equal(await frame.evaluate(() => document.documentElement.hasAttribute('data-embedded')), true);
  assert.equal(await frame.locator('.brand').isVisible(), false, 'no page-wide header');
  assert.ok(await frame.locator('.language-switch').isVisible(), 'the language switch stays');
  const attribution = FR.ut('footer.attribution', { title: FR.ut('footer.paper-title') });
  assert.ok(await frame.getByText(attribution).isVisible(), 'the attribution stays');
  const openInTab = frame.locator('a.open-in-tab');
  assert.equal((await openInTab.textContent()).trim(), FR.ut('app.open-in-tab'));
  const own = new URL(await openInTab.getAttribute('href'));
  assert.equal(own.origin, new URL(suite.url).origin);
  assert.equal(own.searchParams.has('embed'), false, 'the app in a tab of its own');
  await fitsItsContent(host, frame, 'welcome');
  await expectNoViolations(host, 'the host page with the app embedded, on the welcome screen');

  // A keyboard-only person: Tab from the host page into the frame, and on to the end.
  await host.locator('h1').click();
  const { plan } = await keyboardWalk(asPage(host, frame), SHORT_PROFILE, (i) => (i % 5) + 1, FR);
  assert.equal(plan.statements.length, planFor(SHORT_PROFILE).statements.length);
  await fitsItsContent(host, frame, 'results');
  await frame.locator('#share-link').waitFor();
  await fitsItsContent(host, frame, 'results with the tools');
  await expectNoViolations(host, 'the host page with the app embedded, on the results');

  const messages = await host.evaluate(() => window.__messages);
  const events = await host.evaluate(() => window.__events);
  const appOrigin = new URL(suite.url).origin;
  const ours = messages.filter((m) => m.origin === appOrigin).map((m) => m.data);
  assert.ok(ours.length > 0, 'the app told the host');
  for (const data of ours) {
    assert.ok(['skills-radar:ready', 'skills-radar:height', 'skills-radar:step', 'skills-radar:completed'].includes(data.type), data.type);
    const fields = Object.keys(data).filter((k) => k !== 'type');
    if (data.type === 'skills-radar:height') assert.deepEqual(fields, ['height']);
    else if (data.type === 'skills-radar:step') {
      assert.deepEqual(fields, ['screen']);
      assert.ok(KINDS.has(data.screen), `a kind of screen, nothing more: ${data.screen}`);
    } else assert.deepEqual(fields, [], `${data.type} carries nothing`);
  }
  assert.deepEqual(ours.filter((d) => d.type === 'skills-radar:completed').length, 1, 'completed, once');
  const steps = ours.filter((d) => d.type === 'skills-radar:step').map((d) => d.screen);
  assert.deepEqual([...new Set(steps)], ['welcome', 'about', 'layer', 'statement', 'results']);
  assert.ok(ours.some((d) => d.type === 'skills-radar:ready'));
  // Every message reached the element as a DOM event with the message as its detail.
  assert.deepEqual(events, ours);
  assert.ok(JSON.stringify(ours).match(/"(answers|scores|profile|level)"/) === null, 'no answer, no score');
  assert.deepEqual(errors, []);
});

test('a plain iframe at a fixed height, with no host script: the app scrolls inside it and stays usable', async (t) => {
  const origin = await hostSite(t, {
    '/': page(`<iframe src="${suite.url}" title="Skills Radar" width="360" height="420"></iframe>`),
  });
  const { page: host, errors } = await openPage(suite, t);
  await host.goto(`${origin}/`);
  const frame = await appFrame(host);
  await frame.locator('.language-switch').waitFor();
  assert.equal(await frame.evaluate(() => document.documentElement.hasAttribute('data-embedded')), true);
  const start = frame.locator('main button.button-primary').first();
  await start.click();
  await frame.locator('#profession-none').check();
  await frame.locator('#leads-no').check();
  await frame.locator('#foundation-no').check();
  assert.ok(await frame.evaluate(() => document.documentElement.scrollHeight > window.innerHeight), 'the form scrolls inside the frame');
  await frame.locator('form .nav-next').click();
  await frame.locator('main .nav-next').click();
  await frame.locator('main input[type=radio]').nth(3).check();
  assert.equal(await frame.locator('main input[type=radio]:checked').count(), 1, 'answered inside the frame');
  // This browser blocks storage in a frame of another site: the person is told, and goes on from memory.
  const blocked = await frame.evaluate(() => {
    try {
      return localStorage.length < 0;
    } catch {
      return true;
    }
  });
  assert.ok(blocked, 'Chromium blocks storage in a cross-site frame here, as with third-party cookies blocked');
  assert.deepEqual(await frame.locator('.notices .notice p').allTextContents(), [ut('storage.unavailable')], 'and says so');
  assert.equal(await frame.evaluate(() => document.documentElement.clientWidth <= 360), true, 'a narrow column');
  assert.equal(await frame.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), true, 'no sideways scrolling');
  assert.deepEqual(errors, []);
});

test('outside a frame the page is its own: no embedded layout and no "open in a new tab"; ?embed asks for it', async (t) => {
  const { page: own, errors } = await openPage(suite, t);
  await own.goto(suite.url);
  await own.locator('.language-switch').waitFor();
  assert.equal(await own.evaluate(() => document.documentElement.hasAttribute('data-embedded')), false);
  assert.equal(await own.locator('a.open-in-tab').count(), 0);
  await own.goto(`${suite.url}?embed&lang=ar`);
  await own.locator('.language-switch').waitFor();
  assert.equal(await own.evaluate(() => document.documentElement.hasAttribute('data-embedded')), true);
  assert.equal(await own.evaluate(() => document.documentElement.lang), 'ar', '?lang= is honoured');
  assert.equal(await own.locator('a.open-in-tab').count(), 1);
  assert.deepEqual(errors, []);
});

test('on every kind of screen the element’s frame fits its content, with no inner scrollbar', async (t) => {
  const origin = await hostSite(t, {
    '/': page(`<script src="${suite.url}embed.js" defer></script><skills-radar src="${suite.url}" lang="en"></skills-radar>`),
  });
  const { page: host, errors } = await openPage(suite, t);
  await host.goto(`${origin}/`);
  await host.locator('skills-radar iframe').waitFor();
  const frame = await appFrame(host);
  await waitForHeading(frame, ut('welcome.title'));
  await fitsItsContent(host, frame, 'welcome');
  await start(frame);
  await fitsItsContent(host, frame, 'about');
  const plan = await submitProfile(frame, SHORT_PROFILE);
  await fitsItsContent(host, frame, 'layer intro');
  await answerStatements(frame, plan.statements.slice(0, 1), () => 3);
  await fitsItsContent(host, frame, 'statement');
  await button(frame, ut('nav.overview')).click();
  await waitForHeading(frame, ut('overview.title'));
  await frame.locator('#continue-link').waitFor();
  await fitsItsContent(host, frame, 'overview, with the link to continue');
  await expectNoViolations(host, 'the overview inside the frame');
  assert.deepEqual(errors, []);
});
