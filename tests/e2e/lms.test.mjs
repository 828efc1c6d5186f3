// Learning platforms: the SCORM 1.2 and 2004 packages scripts/package-lms makes from the built folder, hosted
// as a platform hosts them: the launch page in a frame under a page that provides the API, here scorm-again
// (a platform-side runtime used by real platforms), on the same origin. A keyboard-only person completes the
// assessment; the runtime sees initialise, progress within the limit, completion, one objective per area with
// the results table's levels, and finish. Relaunched with what the runtime kept, after local storage is
// cleared, the app resumes at the same place with every answer. A runtime that refuses every value still
// lets the person finish, tells them, and loses nothing in the browser. The manifests declare what each
// version requires, and every file of each package.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import {
  answerStatements,
  asPage,
  CHROMIUM_ARGS,
  DIST,
  EN,
  expectedLevel,
  expectNoViolations,
  keyboardWalk,
  planFor,
  readScoreTable,
  ROOT,
  SAVE_KEY,
  savedRecord,
  SHORT_PROFILE,
  start,
  submitProfile,
  assertBuilt,
  ut,
  waitForHeading,
} from './support.mjs';
import { startServer } from './server.mjs';

const KINDS = {
  scorm12: {
    zip: 'skills-radar-scorm12.zip',
    runtime: 'scorm12.min.js',
    initialize: 'LMSInitialize',
    set: 'LMSSetValue',
    finish: 'LMSFinish',
    status: 'cmi.core.lesson_status',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
  },
  scorm2004: {
    zip: 'skills-radar-scorm2004.zip',
    runtime: 'scorm2004.min.js',
    initialize: 'Initialize',
    set: 'SetValue',
    finish: 'Terminate',
    status: 'cmi.completion_status',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
  },
};

// The platform's page: the runtime, a log of every call the package makes with what it answered, what the
// platform kept from an earlier session (window.__kept, set by the test), and a runtime that refuses every
// value when asked (?refuse).
const PLATFORM_JS = `
const params = new URLSearchParams(location.search);
const kind = params.get('kind');
const twelve = kind === 'scorm12';
const api = twelve ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
if (window.__kept) api.loadFromJSON(window.__kept);
window.__calls = [];
const methods = twelve
  ? ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish']
  : ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate'];
const refuse = params.has('refuse');
for (const method of methods) {
  const real = api[method].bind(api);
  const refused = refuse && /SetValue$/.test(method);
  api[method] = (...args) => {
    const result = refused ? 'false' : String(real(...args));
    window.__calls.push({ method, args, result });
    return result;
  };
}
if (refuse) {
  // 351 in 2004 and 101 in 1.2: a general failure to set.
  api.GetLastError = api.LMSGetLastError = () => (twelve ? '101' : '351');
}
window.__api = api;
window[twelve ? 'API' : 'API_1484_11'] = api;
// What the platform keeps of the session: the runtime's own data model.
window.__cmi = () => JSON.parse(JSON.stringify(api.cmi));
`;

const platformPage = (kind) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course: digital skills</title>
<script src="/runtime/${KINDS[kind].runtime}"></script><script src="/platform.js"></script></head>
<body><main><h1>Digital skills</h1>
<iframe title="Skills Radar" src="/${kind}/index.html" width="1000" height="860"></iframe></main></body></html>`;

const state = { site: '', out: '', server: null, browser: null, origin: '' };

/** Runs scripts/package-lms; fails with its output. */
function packageLms(built, out) {
  const run = spawnSync(join(ROOT, 'scripts/package-lms'), [built, out], { encoding: 'utf8' });
  assert.equal(run.status, 0, `package-lms failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

const unzip = (path) => unzipSync(new Uint8Array(readFileSync(path)));

before(async () => {
  assertBuilt();
  state.site = mkdtempSync(join(tmpdir(), 'skills-radar-lms-'));
  state.out = join(state.site, 'packages');
  packageLms(DIST, state.out);
  for (const [kind, { zip }] of Object.entries(KINDS)) {
    for (const [name, bytes] of Object.entries(unzip(join(state.out, zip)))) {
      const path = join(state.site, kind, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    }
    writeFileSync(join(state.site, `platform-${kind}.html`), platformPage(kind));
  }
  mkdirSync(join(state.site, 'runtime'));
  for (const { runtime } of Object.values(KINDS)) {
    cpSync(join(ROOT, 'node_modules/scorm-again/dist', runtime), join(state.site, 'runtime', runtime));
  }
  writeFileSync(join(state.site, 'platform.js'), PLATFORM_JS);
  state.server = await startServer(state.site);
  state.origin = `http://127.0.0.1:${state.server.address().port}`;
  state.browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

after(async () => {
  await state.browser?.close();
  if (state.server) await new Promise((done) => (state.server.close(done), state.server.closeAllConnections()));
  if (state.site) rmSync(state.site, { recursive: true, force: true });
});

/** A fresh context; the platform's page for `kind`, with `kept` (the runtime's data of an earlier session). */
async function launch(t, kind, { kept = null, refuse = false, context = null } = {}) {
  const ctx = context ?? (await state.browser.newContext({ viewport: { width: 1100, height: 1000 }, serviceWorkers: 'block' }));
  ctx.setDefaultTimeout(10_000);
  if (!context) t.after(() => ctx.close());
  const host = await ctx.newPage();
  const errors = [];
  host.on('pageerror', (e) => errors.push(e.message));
  if (kept) await host.addInitScript((data) => (window.__kept = data), kept);
  await host.goto(`${state.origin}/platform-${kind}.html?kind=${kind}${refuse ? '&refuse' : ''}`);
  const frame = host.frame({ url: /index\.html/ });
  assert.ok(frame, 'the package is framed');
  return { ctx, host, frame, errors };
}

const calls = (host) => host.evaluate(() => window.__calls);

/** Leaves the package as a person closing the activity does: the frame goes elsewhere. */
async function leave(host, frame) {
  await frame.goto('about:blank');
  await host.waitForFunction(() => window.__calls.some((c) => /^(LMSFinish|Terminate)$/.test(c.method)));
}

/** The objectives the package set, in the order their ids were first set: [[id, raw, min, max, status]]. */
function objectivesSet(log, v) {
  const byIndex = new Map();
  for (const { method, args } of log) {
    const m = method === v.set && /^cmi\.objectives\.(\d+)\.(.+)$/.exec(args[0]);
    if (!m) continue;
    if (!byIndex.has(m[1])) byIndex.set(m[1], {});
    byIndex.get(m[1])[m[2]] = args[1];
  }
  return [...byIndex.values()].map((o) => [o.id, o['score.raw'], o['score.min'], o['score.max'], o.status ?? o.completion_status]);
}

for (const kind of Object.keys(KINDS)) {
  const v = KINDS[kind];

  test(`${kind}: a keyboard-only person completes the assessment; the platform sees initialise, progress, completion, each area's level and finish`, async (t) => {
    const { host, frame, errors } = await launch(t, kind);
    await waitForHeading(frame, ut('welcome.title'));
    // Where the answers go, truthfully: on the welcome screen and in the footer, the platform's record.
    await frame.locator('footer').getByText(ut('platform.privacy')).waitFor();
    assert.equal(await frame.locator('main').getByText(ut('platform.privacy')).count(), 1);
    assert.equal(await frame.getByText(ut('welcome.privacy')).count(), 0);
    assert.equal(await frame.locator('.open-in-tab').count(), 0, 'no way out of the platform');
    const answerFor = (i) => ((i * 3) % 5) + 1;
    const { plan, given } = await keyboardWalk(asPage(host, frame), SHORT_PROFILE, answerFor);
    const table = await readScoreTable(frame);
    await expectNoViolations(host, `the ${kind} platform page with the results`);
    await leave(host, frame);

    const log = await calls(host);
    const index = (predicate, what) => {
      const i = log.findIndex(predicate);
      assert.ok(i >= 0, `the runtime saw ${what}`);
      return i;
    };
    assert.equal(log[0].method, v.initialize, 'initialise comes first');
    assert.equal(log[0].result, 'true');
    const suspends = log.filter((c) => c.method === v.set && c.args[0] === 'cmi.suspend_data');
    assert.ok(suspends.length >= plan.statements.length, `progress is saved on every change (${suspends.length} writes)`);
    for (const { args, result } of suspends) {
      assert.ok(Buffer.byteLength(args[1], 'utf8') <= 4096, `suspend_data within 4,096 bytes: ${args[1].length}`);
      assert.equal(result, 'true', 'the runtime accepted it');
    }
    const firstSuspend = index((c) => c.method === v.set && c.args[0] === 'cmi.suspend_data', 'progress');
    const completion = index((c) => c.method === v.set && c.args[0] === v.status && c.args[1] === 'completed', 'completion');
    const firstObjective = index((c) => c.method === v.set && /^cmi\.objectives\.\d+\.id$/.test(c.args[0]), 'an objective');
    const finish = index((c) => c.method === v.finish, 'finish');
    assert.ok(0 < firstSuspend && firstSuspend < completion && completion < firstObjective && firstObjective < finish, 'in order');
    assert.equal(log[finish].result, 'true');
    assert.ok(log.some((c) => c.method === v.set && c.args[0] === v.exit && c.args[1] === 'suspend'), 'the attempt is kept for the next launch');
    assert.ok(log.some((c) => c.method === v.set && c.args[0] === v.sessionTime && c.result === 'true'), 'the time spent is told');
    // A self-assessment is neither passed nor failed.
    for (const c of log.filter((c) => c.method === v.set)) {
      assert.ok(!['passed', 'failed'].includes(c.args[1]), `no pass or fail: ${c.args[0]}=${c.args[1]}`);
      assert.notEqual(c.args[0], 'cmi.success_status');
      assert.ok(!/^cmi(\.core)?\.score\./.test(c.args[0]), `no total score: ${c.args[0]}`);
    }

    // One objective per assessed area, in the table's order, with the table's level on the 1 to 5 scale;
    // the levels worked out by hand from the answers given.
    const objectives = objectivesSet(log, v);
    assert.deepEqual(
      objectives.map(([id]) => id),
      plan.areas.map((a) => a.id),
    );
    assert.deepEqual(
      objectives.map(([id, raw]) => [EN.bt(`area.${id}.name`), raw]),
      table.map((row) => [row.area, row.level]),
    );
    for (const [[id, raw, min, max, status], area] of objectives.map((o, i) => [o, plan.areas[i]])) {
      const levels = area.statements.map((s) => given[s]);
      assert.equal(raw, expectedLevel(levels), `${id}'s level`);
      assert.deepEqual([min, max, status], ['1', '5', 'completed'], `${id}'s scale and status`);
    }
    const cmi = await host.evaluate(() => window.__cmi());
    assert.equal(kind === 'scorm12' ? cmi.core.lesson_status : cmi.completion_status, 'completed');
    assert.deepEqual(errors, []);
  });

  test(`${kind}: relaunched with what the platform kept, after local storage is cleared, the app resumes at the same place with every answer`, async (t) => {
    const first = await launch(t, kind);
    await waitForHeading(first.frame, ut('welcome.title'));
    await start(first.frame);
    const plan = await submitProfile(first.frame, SHORT_PROFILE);
    const answered = plan.statements.slice(0, 7);
    const given = await answerStatements(first.frame, answered, (i) => (i % 5) + 1);
    const place = plan.statements[7];
    await waitForHeading(first.frame, EN.bt(`statement.${place.id}.text`));
    await leave(first.host, first.frame);
    const kept = await first.host.evaluate(() => window.__cmi());
    assert.ok(kept.suspend_data, 'the platform kept the progress');
    await first.host.evaluate(() => localStorage.clear());
    assert.equal(await first.host.evaluate(() => localStorage.length), 0);

    const again = await launch(t, kind, { kept, context: first.ctx });
    await waitForHeading(again.frame, EN.bt(`statement.${place.id}.text`));
    assert.equal(await again.frame.locator('.progress-answered').innerText(), ut('progress.answered', { answered: 7, count: plan.statements.length }).trim());
    await again.frame.waitForFunction((key) => localStorage.getItem(key) !== null, SAVE_KEY);
    const record = await savedRecord(again.frame);
    assert.deepEqual(record.answers, given, 'every answer, kept again in this browser');
    assert.deepEqual(record.profile, { profession: null, leads: false, foundation: false });
    const log = await calls(again.host);
    assert.equal(log[0].method, v.initialize);
    assert.deepEqual(first.errors.concat(again.errors), []);
  });

  test(`${kind}: a platform that refuses every value still lets the person finish, tells them, and loses nothing here`, async (t) => {
    const { host, frame } = await launch(t, kind, { refuse: true });
    await waitForHeading(frame, ut('welcome.title'));
    await start(frame);
    const plan = await submitProfile(frame, SHORT_PROFILE);
    const given = await answerStatements(frame, plan.statements.slice(0, 1), () => 4);
    await frame.getByText(ut('platform.not-saving')).waitFor();
    Object.assign(given, await answerStatements(frame, plan.statements.slice(1), (i) => (i % 5) + 1, { from: 1 }));
    await waitForHeading(frame, ut('results.title'), { focus: true });
    await frame.getByText(ut('platform.not-recorded')).waitFor();
    await expectNoViolations(host, `the ${kind} results with the platform's refusal told`);
    const record = await savedRecord(frame);
    assert.deepEqual(record.answers, given, 'every answer is kept in this browser');
    assert.ok(record.completed_ms > 0, 'and the completion');
    const log = await calls(host);
    assert.ok(log.some((c) => c.method === v.set && c.args[0] === v.status && c.args[1] === 'completed'), 'completion was tried');
  });
}

test('without a platform, a package is the normal app', async (t) => {
  const ctx = await state.browser.newContext({ serviceWorkers: 'block' });
  t.after(() => ctx.close());
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const kind of Object.keys(KINDS)) {
    await page.goto(`${state.origin}/${kind}/index.html`);
    await waitForHeading(page, ut('welcome.title'));
    await page.getByText(ut('welcome.privacy')).waitFor();
    assert.equal(await page.getByText(ut('platform.privacy')).count(), 0);
    await start(page);
    await submitProfile(page, SHORT_PROFILE);
    assert.equal(await page.locator('.notice').count(), 0, 'nothing to tell');
    assert.ok(await savedRecord(page), 'the browser keeps the answers as usual');
    await page.evaluate(() => localStorage.clear());
  }
  assert.deepEqual(errors, []);
});

// ---- the packages themselves ----

/** Reads a manifest with the browser's XML parser: a document that is not well-formed fails here. */
async function manifestFacts(page, xml) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
    const root = doc.documentElement;
    const all = (name) => [...doc.getElementsByTagNameNS('*', name)];
    const one = (name) => all(name)[0] ?? null;
    const attr = (el, name) => el?.getAttribute(name) ?? null;
    const resource = one('resource');
    return {
      root: root.localName,
      namespace: root.namespaceURI,
      identifier: attr(root, 'identifier'),
      schema: one('schema')?.textContent,
      schemaversion: one('schemaversion')?.textContent,
      organizationsDefault: attr(one('organizations'), 'default'),
      organizations: all('organization').map((o) => attr(o, 'identifier')),
      organizationTitle: one('organization')?.getElementsByTagNameNS('*', 'title')[0]?.textContent,
      items: all('item').map((i) => ({ identifier: attr(i, 'identifier'), ref: attr(i, 'identifierref') })),
      resources: all('resource').map((r) => ({
        identifier: attr(r, 'identifier'),
        type: attr(r, 'type'),
        href: attr(r, 'href'),
        scormType: r.getAttributeNS('http://www.adlnet.org/xsd/adlcp_rootv1p2', 'scormtype') ?? r.getAttributeNS('http://www.adlnet.org/xsd/adlcp_v1p3', 'scormType'),
      })),
      files: [...resource.getElementsByTagNameNS('*', 'file')].map((f) => attr(f, 'href')),
      sequencing: one('deliveryControls') && {
        namespace: one('deliveryControls').namespaceURI,
        completionSetByContent: attr(one('deliveryControls'), 'completionSetByContent'),
        objectiveSetByContent: attr(one('deliveryControls'), 'objectiveSetByContent'),
      },
    };
  }, xml);
}

const REQUIRED = {
  scorm12: { namespace: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', schemaversion: '1.2' },
  scorm2004: { namespace: 'http://www.imsglobal.org/xsd/imscp_v1p1', schemaversion: '2004 4th Edition' },
};

/** Checks a package made from the built folder plus the organisation's `extra` files. */
async function checkPackage(page, path, kind, extra = []) {
  const entries = unzip(path);
  const names = Object.keys(entries);
  assert.ok(names.includes('imsmanifest.xml'), 'the manifest is at the package root');
  const facts = await manifestFacts(page, new TextDecoder().decode(entries['imsmanifest.xml']));
  assert.equal(facts.error, undefined, `the manifest is well-formed XML: ${facts.error}`);
  assert.equal(facts.root, 'manifest');
  assert.equal(facts.namespace, REQUIRED[kind].namespace);
  assert.ok(facts.identifier, 'the manifest has an identifier');
  assert.equal(facts.schema, 'ADL SCORM');
  assert.equal(facts.schemaversion, REQUIRED[kind].schemaversion);
  assert.deepEqual(facts.organizations, [facts.organizationsDefault], 'the default organisation exists');
  assert.ok(facts.organizationTitle, 'the organisation has a title');
  assert.equal(facts.items.length, 1);
  assert.equal(facts.resources.length, 1);
  const [resource] = facts.resources;
  assert.equal(facts.items[0].ref, resource.identifier, 'the item launches the resource');
  assert.deepEqual([resource.type, resource.scormType, resource.href], ['webcontent', 'sco', 'index.html']);
  if (kind === 'scorm2004') {
    assert.deepEqual(facts.sequencing, {
      namespace: 'http://www.imsglobal.org/xsd/imsss',
      completionSetByContent: 'true',
      objectiveSetByContent: 'true',
    });
  }
  // Every file it lists is in the zip, and it lists every file but itself; every path is relative.
  const files = [...facts.files].sort();
  for (const file of files) {
    assert.ok(names.includes(file), `${file} is in the zip`);
    assert.ok(!/^(\/|[a-z]+:)|(^|\/)\.\.(\/|$)/i.test(file), `${file} is a relative path inside the package`);
  }
  assert.deepEqual(files, names.filter((n) => n !== 'imsmanifest.xml').sort());
  assert.ok(files.includes(resource.href), 'the launch page is listed');
  // The built folder as it is, with its launch page marked for its version.
  const built = readdirSync(DIST, { recursive: true }).filter((n) => statSync(join(DIST, n)).isFile()).map((n) => n.split('\\').join('/'));
  assert.deepEqual(files, [...built, ...extra].sort());
  const launchPage = new TextDecoder().decode(entries['index.html']);
  assert.match(launchPage, new RegExp(`<html[^>]* data-lms="${kind}"`));
  assert.equal(launchPage.replace(` data-lms="${kind}"`, ''), readFileSync(join(DIST, 'index.html'), 'utf8'));
}

test('each package has a manifest with what its version requires, and every file it lists is in the zip', async (t) => {
  const ctx = await state.browser.newContext();
  t.after(() => ctx.close());
  const page = await ctx.newPage();
  for (const [kind, { zip }] of Object.entries(KINDS)) await checkPackage(page, join(state.out, zip), kind);

  // A folder with the organisation's config.json packs it too, to an output folder of one's choosing.
  const built = join(state.site, 'configured');
  cpSync(DIST, built, { recursive: true });
  cpSync(join(ROOT, 'docs/config.example.json'), join(built, 'config.json'));
  writeFileSync(join(built, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>');
  const out = join(state.site, 'configured-packages');
  packageLms(built, out);
  for (const [kind, { zip }] of Object.entries(KINDS)) {
    const path = join(out, zip);
    await checkPackage(page, path, kind, ['config.json', 'logo.svg']);
    const entries = unzip(path);
    assert.deepEqual(entries['config.json'], new Uint8Array(readFileSync(join(ROOT, 'docs/config.example.json'))));
    // The same folder makes the same package.
    packageLms(built, join(out, 'again'));
    assert.deepEqual(readFileSync(join(out, 'again', zip)), readFileSync(path));
  }
  // A broken configuration is refused before anything is packed.
  writeFileSync(join(built, 'config.json'), '{"languages": ["xx"]}');
  const refused = spawnSync(join(ROOT, 'scripts/package-lms'), [built, join(state.site, 'refused')], { encoding: 'utf8' });
  assert.notEqual(refused.status, 0);
  assert.match(refused.stderr, /config\.json has problems/);
});
