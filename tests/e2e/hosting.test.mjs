// The built folder as an organisation hosts it: under any path, under a strict Content Security Policy,
// offline after one visit, through a new release, and with a part that fails to load. Each test serves the
// release build (dist/) with its own server.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import {
  assertBuilt,
  bt,
  builtFile,
  button,
  CHROMIUM_ARGS,
  DIST,
  expectedRow,
  expectNoViolations,
  keyboardWalk,
  planFor,
  readScoreTable,
  ROOT,
  routeFor,
  savedRecord,
  SHORT_PROFILE,
  untilOffline,
  start,
  submitProfile,
  answerStatements,
  ut,
  waitForHeading,
} from './support.mjs';

/** The policy an intranet would send, exactly as the hosting issue gives it. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'self'";

/** A second release of the same app, built with the real pipeline (it differs in its page and loader). */
const NEXT = join(ROOT, 'target', 'dist-next');

let browser;
before(async () => {
  assertBuilt();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
after(() => browser?.close());

/** A server for this test only, closed when it ends. */
async function serve(t, dir = DIST, options = {}) {
  const log = [];
  const server = await startServer(dir, 0, { log, ...options });
  // Open keep-alive or pending connections would hold the close back for ever.
  t.after(() => new Promise((done) => (server.close(done), server.closeAllConnections())));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { server, origin, url: origin + (options.prefix ?? '/'), log };
}

async function contextFor(t, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, ...options });
  context.setDefaultTimeout(15_000);
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { context, page, errors };
}

/** The files of a built folder, by their path in it. */
function filesOf(dir) {
  const out = [];
  const walk = (rel) => {
    for (const name of readdirSync(join(dir, rel))) {
      const path = rel ? `${rel}/${name}` : name;
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else out.push(path);
    }
  };
  walk('');
  return out;
}

/** Downloads the result in each format from the results screen; returns the files' names and sizes. */
async function downloadEach(page) {
  const got = {};
  for (const [label, ext] of [
    ['keep.json', 'json'],
    ['keep.csv', 'csv'],
    ['keep.svg', 'svg'],
    ['keep.png', 'png'],
  ]) {
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, ut(label)).click()]);
    const path = await download.path();
    got[ext] = { name: download.suggestedFilename(), bytes: readFileSync(path) };
    assert.ok(got[ext].name.endsWith(`.${ext}`), `${label}: ${got[ext].name}`);
    assert.ok(got[ext].bytes.length > 100, `${label}: ${got[ext].bytes.length} bytes`);
  }
  assert.equal(JSON.parse(got.json.bytes.toString('utf8')).format, 'skills-radar-result');
  assert.deepEqual([...got.png.bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG');
  return got;
}

test('under a deep path, the whole walk works by keyboard and nothing is asked for outside the folder', async (t) => {
  const prefix = '/a/b/skills-radar/';
  const { url, log } = await serve(t, DIST, { prefix });
  const { page, errors } = await contextFor(t, { serviceWorkers: 'block' });
  await page.goto(url);
  await waitForHeading(page, ut('welcome.title'));
  const { plan, given } = await keyboardWalk(page, SHORT_PROFILE, (i) => (i % 5) + 1);
  const rows = await readScoreTable(page);
  plan.areas.forEach((area, i) => assert.deepEqual(rows[i], expectedRow(area, given, SHORT_PROFILE, i + 1), area.id));
  await page.locator('#share-link').waitFor();
  assert.ok((await page.locator('#share-link').inputValue()).startsWith(`${url}#result=`), 'the share link is under the path');
  const outside = log.filter((p) => !p.startsWith(prefix));
  assert.deepEqual(outside, [], 'every request stays in the app folder');
  assert.ok(log.some((p) => p.includes('skills-radar-tools-')), 'the tools were fetched from the folder');
  assert.deepEqual(errors, []);
});

test('under the strict policy, every screen and every results tool works with no violation', async (t) => {
  const { url } = await serve(t, DIST, { headers: { 'content-security-policy': STRICT_CSP } });
  const { context, page, errors } = await contextFor(t, { acceptDownloads: true, serviceWorkers: 'allow' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  await context.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const consoleErrors = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await page.goto(url);
  await waitForHeading(page, ut('welcome.title'));
  // The language switch and back, a layer, the overview, Back: every kind of screen.
  await page.locator('.language-switch button[lang="fr"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  await page.locator('.language-switch button[lang="en"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await start(page);
  const plan = await submitProfile(page, SHORT_PROFILE);
  await answerStatements(page, plan.statements, (i) => (i % 5) + 1);
  await waitForHeading(page, ut('results.title'), { focus: true });
  await page.locator('#share-link').waitFor();
  await downloadEach(page);
  await button(page, ut('share.copy')).click();
  await page.locator('.status', { hasText: ut('share.copied') }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.locator('#share-link').inputValue());
  assert.equal(await page.locator('svg.qr path').count(), 1, 'the QR code is drawn');
  await page.evaluate(() => {
    window.print = () => (window.printed = true);
  });
  await button(page, ut('keep.print')).click();
  assert.equal(await page.evaluate(() => window.printed), true, 'print was called');
  await page.emulateMedia({ media: 'print' });
  await page.emulateMedia({ media: 'screen' });
  // A shared link opens under the same policy.
  const link = await page.locator('#share-link').inputValue();
  const shared = await context.newPage();
  shared.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await shared.goto(link);
  await waitForHeading(shared, ut('view.shared-title'));
  assert.deepEqual(await shared.evaluate(() => window.violations), [], 'no violations opening a shared link');
  // The service worker was allowed to register and runs.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null || navigator.serviceWorker.ready);
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'no securitypolicyviolation events');
  assert.deepEqual(consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e)), [], 'no refusals in the console');
  await expectNoViolations(page, 'a shared result under the strict policy');
  assert.deepEqual(errors, []);
});

test('after one visit the app opens, resumes, completes and gives every download offline', async (t) => {
  const { url } = await serve(t);
  const { context, page, errors } = await contextFor(t, { acceptDownloads: true, serviceWorkers: 'allow' });
  await page.goto(url);
  await waitForHeading(page, ut('welcome.title'));
  await start(page);
  const plan = await submitProfile(page, SHORT_PROFILE);
  const first = await answerStatements(page, plan.statements.slice(0, 5), (i) => (i % 5) + 1);
  await untilOffline(page);

  await context.setOffline(true);
  await page.reload();
  // The saved assessment resumes where it was left: the sixth statement.
  await waitForHeading(page, bt(`statement.${plan.statements[5].id}.text`));
  const rest = await answerStatements(page, plan.statements.slice(5), (i) => (i % 5) + 1, { from: 5 });
  await waitForHeading(page, ut('results.title'), { focus: true });
  const given = { ...first, ...rest };
  const rows = await readScoreTable(page);
  plan.areas.forEach((area, i) => assert.deepEqual(rows[i], expectedRow(area, given, SHORT_PROFILE, i + 1), area.id));
  await page.locator('#share-link').waitFor();
  await downloadEach(page);
  assert.deepEqual((await savedRecord(page)).answers, given, 'every answer kept');
  assert.deepEqual(errors, []);
});

/** Builds the next release into target/dist-next with the real pipeline, unless it is newer than dist/. */
function buildNextRelease() {
  const stamp = (dir) => (existsSync(join(dir, 'index.html')) ? statSync(join(dir, 'index.html')).mtimeMs : 0);
  if (stamp(NEXT) > stamp(DIST)) return;
  try {
    execFileSync('trunk', ['build', '--release', '--offline', '--dist', NEXT], {
      cwd: ROOT,
      env: { ...process.env, SKILLS_RADAR_RELEASE: 'next' },
      stdio: 'pipe',
      maxBuffer: 64 << 20,
    });
  } catch (e) {
    throw new Error(`building the next release failed:\n${e.stdout}\n${e.stderr}`);
  }
}

test('a new release is taken up whole, and no answer is lost', { timeout: 600_000 }, async (t) => {
  buildNextRelease();
  const a = new Set(filesOf(DIST));
  const b = new Set(filesOf(NEXT));
  const onlyA = [...a].filter((f) => !b.has(f) && f !== 'index.html' && f !== 'sw.js');
  assert.ok(onlyA.length > 0, 'the two releases differ');
  const { server, url, log } = await serve(t);
  const { page, errors } = await contextFor(t, { serviceWorkers: 'allow' });
  const build = () => page.locator('meta[name="skills-radar-build"]').getAttribute('content');

  await page.goto(url);
  await waitForHeading(page, ut('welcome.title'));
  const buildA = await build();
  await start(page);
  const plan = await submitProfile(page, SHORT_PROFILE);
  const given = await answerStatements(page, plan.statements.slice(0, 4), (i) => (i % 5) + 1);
  await untilOffline(page);

  // Release B is deployed while the page is open: the person is told, and chooses when.
  server.serve(NEXT);
  log.length = 0;
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const notice = page.locator('.notices', { hasText: ut('update.ready') });
  await notice.waitFor({ timeout: 20_000 });
  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: ut('update.apply') }).click()]);
  await page.locator('#screen-heading').waitFor();
  const buildB = await build();
  assert.notEqual(buildB, buildA, 'the page now runs the new release');
  assert.ok(buildB.endsWith(' next'), buildB);
  assert.deepEqual((await savedRecord(page)).answers, given, 'every answer kept');
  // On the screen the person was on.
  await waitForHeading(page, bt(`statement.${plan.statements[4].id}.text`));
  await answerStatements(page, plan.statements.slice(4), (i) => (i % 5) + 1, { from: 4 });
  await waitForHeading(page, ut('results.title'), { focus: true });
  await page.locator('#share-link').waitFor();

  // Nothing of release A was asked for once B was deployed.
  const mixed = log.map((p) => p.slice(1)).filter((p) => onlyA.includes(p));
  assert.deepEqual(mixed, [], 'no file of release A requested after release B arrived');
  const controller = await page.evaluate(() => new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => done(e.data);
    navigator.serviceWorker.controller.postMessage({ type: 'skills-radar:build' }, [channel.port2]);
  }));
  assert.equal(controller, buildB.split(' ')[0], 'the service worker serves release B');

  // A reload, with release B still served, stays on B.
  await page.reload();
  await waitForHeading(page, ut('results.title'));
  assert.equal(await build(), buildB);
  assert.deepEqual(errors, []);
});

test('when the results tools cannot be fetched, the results show, say so, and retrying works', async (t) => {
  const { url } = await serve(t);
  const { page, errors } = await contextFor(t, { serviceWorkers: 'block' });
  const tools = /skills-radar-tools-[0-9a-f]{16}\.js$|skills-radar-tools_bg-[0-9a-f]{16}\.wasm$/;
  await page.route(tools, (route) => route.abort('internetdisconnected'));
  await page.goto(url);
  await waitForHeading(page, ut('welcome.title'));
  await start(page);
  const plan = await submitProfile(page, SHORT_PROFILE);
  const given = await answerStatements(page, plan.statements, () => 3);
  await waitForHeading(page, ut('results.title'), { focus: true });
  assert.equal((await readScoreTable(page)).length, plan.areas.length, 'the results are there');
  const failed = page.locator('.share .notice', { hasText: ut('tools.failed') });
  await failed.waitFor();
  assert.equal(await button(page, ut('keep.print')).count(), 1, 'what needs no tools still works');
  assert.equal(await button(page, ut('keep.csv')).count(), 0, 'no download is offered that cannot be made');
  await page.unroute(tools);
  await failed.getByRole('button', { name: ut('texts.retry') }).click();
  await page.locator('#share-link').waitFor();
  await button(page, ut('keep.csv')).waitFor();
  await page.locator('.history-list li').first().waitFor();
  assert.deepEqual((await savedRecord(page)).answers, given);
  assert.deepEqual(errors.filter((e) => !e.includes('Failed to fetch dynamically imported module')), []);
});

test('a shared link opened while the tools cannot be fetched says so, and opens on retry', async (t) => {
  const { url } = await serve(t);
  const { page, errors } = await contextFor(t, { serviceWorkers: 'block' });
  await page.goto(url);
  await waitForHeading(page, ut('welcome.title'));
  await start(page);
  const plan = await submitProfile(page, SHORT_PROFILE);
  await answerStatements(page, plan.statements, () => 4);
  await page.locator('#share-link').waitFor();
  const link = await page.locator('#share-link').inputValue();

  const { page: other } = await contextFor(t, { serviceWorkers: 'block' });
  const tools = /skills-radar-tools/;
  await other.route(tools, (route) => route.abort('internetdisconnected'));
  await other.goto(link);
  await waitForHeading(other, ut('tools.failed-title'), { focus: false });
  assert.equal(await other.locator('main p').first().innerText(), ut('tools.failed'));
  await expectNoViolations(other, 'the result could not be opened');
  // The person can leave it and go to their own assessment …
  await button(other, ut('view.close')).click();
  await waitForHeading(other, ut('welcome.title'), { focus: true });
  assert.equal(await other.evaluate(() => location.hash), '', 'the link is gone from the address');
  // … or come back with the link and try again once the network is back.
  await other.goto(link);
  await other.reload();
  await waitForHeading(other, ut('tools.failed-title'));
  await other.unroute(tools);
  await button(other, ut('texts.retry')).click();
  await waitForHeading(other, ut('view.shared-title'), { focus: true });
  assert.deepEqual(errors, []);
});
