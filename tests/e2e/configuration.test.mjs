// An organisation's config.json (docs/CONFIGURING.md), served beside index.html by Playwright routing: what
// the page finds there (no file, an HTML page, a server error, a file with problems), and what each field
// does to what a person sees: the organisation's name, contact and logo; the languages and profession
// families offered; the foundation check; the organisation's own resources, ordered as the built-in ones
// are; its targets; and the hand-off of a result to a listed host page. Every problem screen is compared
// with what `scripts/check-config` prints for the same file. Expected values are worked out here by hand
// or read from content/, never computed by the app's code.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  bank,
  button,
  EN,
  expectNoViolations,
  openPage,
  planFor,
  readScoreTable,
  ROOT,
  savedRecord,
  SHORT_PROFILE,
  start,
  startSuite,
  storageEntries,
  textsFor,
  waitForHeading,
  walkToResults,
  answerStatements,
} from './support.mjs';

const suite = startSuite({ before, after });
const FR = textsFor('fr');
const AR = textsFor('ar');
const BY_LANG = { en: EN, fr: FR, ar: AR };

// ---- serving a configuration ----

const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">' +
  '<rect width="120" height="40" fill="#1d4e89"/></svg>';

/**
 * Serves `config.json` to every page and frame of the context: `body` is an object (sent as JSON) or a
 * raw text; `status` its HTTP status, or 'abort' for a server that does not answer. Also serves the logo.
 */
async function serveConfig(context, body, { status = 200, contentType = 'application/json' } = {}) {
  await context.route('**/config.json', (route) =>
    status === 'abort'
      ? route.abort('connectionrefused')
      : route.fulfill({ status, contentType, body: typeof body === 'string' ? body : JSON.stringify(body) }),
  );
  await context.route('**/logo.svg', (route) => route.fulfill({ status: 200, contentType: 'image/svg+xml', body: LOGO_SVG }));
}

/** A fresh context with `config` served, and its page; `contextOptions` as for openPage. */
async function openWithConfig(t, config, { serve = {}, contextOptions = {} } = {}) {
  const opened = await openPage(suite, t, { contextOptions });
  if (config !== undefined) await serveConfig(opened.context, config, serve);
  return opened;
}

// ---- scripts/check-config, as an administrator runs it (scripts/test builds it before these tests) ----

const CHECK_CONFIG = join(ROOT, 'scripts/check-config');

/**
 * Runs the command-line check on `config` written to a temporary `config.json` (with the logo beside it).
 * Returns its exit status and its lines without the `FILE: ` prefix.
 */
function checkConfig(t, config) {
  const dir = mkdtempSync(join(tmpdir(), 'skills-radar-config-'));
  try {
    const file = join(dir, 'config.json');
    writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config, null, 2));
    writeFileSync(join(dir, 'logo.svg'), LOGO_SVG);
    const run = spawnSync(CHECK_CONFIG, [file], { encoding: 'utf8' });
    const lines = run.stdout.split('\n').filter((l) => l !== '');
    for (const line of lines) assert.ok(line.startsWith(`${file}: `), `check-config names the file: ${line}`);
    return { status: run.status, lines: lines.map((l) => l.slice(file.length + 2)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- the administrator's error screen ----

/** The problems listed on the error screen, each without the `config.json: ` prefix every one must have. */
async function shownProblems(page) {
  const lines = await page.locator('ul.content-errors li code').allTextContents();
  for (const line of lines) assert.ok(line.startsWith('config.json: '), `a problem of config.json: ${line}`);
  return lines.map((l) => l.slice('config.json: '.length));
}

/**
 * Loads the app with `config` served and expects the administrator's screen listing exactly `problems`
 * (place: problem, without the file's name), in the page language `T`, with no assessment and nothing in
 * localStorage. Then the command-line check must print the same problems for the same file, unless
 * `compare` is false (a server error is not a file to check).
 */
async function expectProblems(t, config, problems, { serve = {}, T = EN, locale = 'en-GB', compare = true } = {}) {
  const { page, errors } = await openWithConfig(t, config, { serve, contextOptions: { locale } });
  await page.goto(suite.url);
  await waitForHeading(page, T.ut('config-error.title'));
  assert.equal(await page.locator('.content-error > p').textContent(), T.ut('config-error.intro'));
  assert.deepEqual(await shownProblems(page), problems, 'every problem, with its place, in the file’s order');
  // Nothing of the assessment: no welcome screen, no Start, one screen only.
  assert.equal(await page.locator('main .welcome').count(), 0, 'no welcome screen');
  assert.equal(await button(page, T.ut('welcome.start')).count(), 0, 'no Start button');
  assert.equal(await page.locator('main section').count(), 1, 'the error screen alone');
  assert.deepEqual(await storageEntries(page), {}, 'nothing is written to localStorage');
  await expectNoViolations(page, `the configuration error screen (${problems[0]})`);
  assert.deepEqual(errors, []);
  if (compare) {
    const checked = checkConfig(t, config);
    assert.equal(checked.status, 1, 'check-config fails');
    assert.deepEqual(checked.lines, problems, 'check-config prints the problems the page shows');
  }
  return page;
}

// ---- the app as built, and a walk ----

const LANGS = ['en', 'fr', 'ar'];
const switchLanguages = (page) => page.locator('nav.language-switch button').evaluateAll((bs) => bs.map((b) => b.lang));
const professionOptions = (page) =>
  page.locator('input[name="profession"]').evaluateAll((inputs) => inputs.map((i) => i.id));

/** The welcome screen of the app as built: no organisation, all three languages. */
async function expectAsBuilt(page, where) {
  await waitForHeading(page, EN.ut('welcome.title'));
  assert.equal(await page.locator('.offered-by').count(), 0, `${where}: no "Offered by"`);
  assert.equal(await page.locator('img.organisation-logo').count(), 0, `${where}: no logo`);
  assert.deepEqual(await switchLanguages(page), LANGS, `${where}: every language`);
  await start(page);
  const all = bank.professions.map((p) => `profession-${p.id}`);
  assert.deepEqual(await professionOptions(page), [...all, 'profession-none'], `${where}: every profession family`);
  assert.equal(await page.locator('input[name="foundation"]').count(), 2, `${where}: the foundation question`);
}

/** An area's answers by statement position: `levels[k]` for its k-th statement (the last one repeats). */
const AREA_INDEX = new Map(bank.layers.flatMap((l) => l.areas.map((a) => [a.id, a])));
const byArea = (levels, otherwise = 3) => (_, st) => {
  const given = levels[st.area];
  if (given === undefined) return otherwise;
  const k = AREA_INDEX.get(st.area).statements.indexOf(st.id);
  return Array.isArray(given) ? given[Math.min(k, given.length - 1)] : given;
};

/** The focus areas' names and, for each, the resources' link titles and whether each is the organisation's. */
const focusAreas = (page) =>
  page.locator('ol.focus-areas li.focus-area').evaluateAll((items) =>
    items.map((li) => ({
      area: li.querySelector('h3').textContent.trim(),
      resources: [...li.querySelectorAll('ul.resources li.resource')].map((r) => ({
        title: r.querySelector('a > span[lang]').textContent.trim(),
        href: r.querySelector('a').getAttribute('href'),
        own: r.querySelector('p.resource-own')?.textContent.trim() ?? null,
        described: r.querySelector('p.resource-description') !== null,
      })),
    })),
  );

// ---- a host page on another origin (localhost against the app's 127.0.0.1), as in embedding.test.mjs ----

/**
 * A host site serving `/` with `body`, and a recorder of every message and of the `skills-radar:result`
 * DOM events (with the tag of the element each was dispatched on).
 */
async function hostSite(t, body) {
  const recorder = `
    window.__messages = [];
    window.__results = [];
    addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
    document.addEventListener('skills-radar:result', (e) => window.__results.push({ on: e.target.tagName, detail: e.detail }));`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title>
    <script src="/recorder.js"></script></head><body><h1>Ministry intranet</h1><main>${body}</main></body></html>`;
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    if (path === '/recorder.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(recorder);
    if (path === '/') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    res.writeHead(404).end();
  });
  await new Promise((done) => server.listen(0, 'localhost', done));
  t.after(() => new Promise((done) => (server.close(done), server.closeAllConnections())));
  return `http://localhost:${server.address().port}`;
}

const embedded = () =>
  `<script src="${suite.url}embed.js" defer></script><skills-radar src="${suite.url}" lang="en"></skills-radar>`;

/** The app's frame on the host page, once it shows the welcome screen. */
async function appFrame(host) {
  await host.locator('skills-radar iframe').waitFor();
  const frame = await (await host.locator('iframe').elementHandle()).contentFrame();
  assert.ok(frame, 'the frame is there');
  await waitForHeading(frame, EN.ut('welcome.title'));
  return frame;
}

/** The result messages the host page has received from the app. */
const resultMessages = (host) =>
  host.evaluate(() => window.__messages.filter((m) => m.data?.type === 'skills-radar:result'));

/** An origin inside a sentence: isolated left to right (U+2066 … U+2069). */
const isolated = (origin) => `\u2066${origin}\u2069`;

const HAND_OFF_LABEL = { en: 'Send my result to HR', fr: 'Envoyer mon résultat aux RH', ar: 'إرسال نتيجتي إلى الموارد البشرية' };

// =====================================================================================================
// What the page finds at config.json
// =====================================================================================================

describe('no configuration: the app as built', () => {
  test('no config.json (404, as the test server answers) and a 410', async (t) => {
    for (const status of [null, 404, 410]) {
      const { page, errors } = await openWithConfig(t, status == null ? undefined : 'gone', { serve: { status } });
      await page.goto(suite.url);
      await expectAsBuilt(page, `config.json answered ${status ?? 'by the server: 404'}`);
      if (status == null) await expectNoViolations(page, 'About you, with no config.json');
      assert.deepEqual(errors, []);
    }
  });

  test('an HTML page with status 200 in its place (a host answering every address with one)', async (t) => {
    const { page, errors } = await openWithConfig(t, '<!doctype html><html><body><h1>Welcome to our site</h1></body></html>', {
      serve: { contentType: 'text/html' },
    });
    await page.goto(suite.url);
    await expectAsBuilt(page, 'an HTML page');
    await expectNoViolations(page, 'About you, with an HTML page at config.json');
    assert.deepEqual(errors, []);
  });
});

// =====================================================================================================
// The administrator's error screen, one kind of problem at a time, compared with scripts/check-config
// =====================================================================================================

describe('a configuration with problems: the administrator’s screen, as scripts/check-config prints it', () => {
  test('not JSON: a comma before the end of a list, with its line and column', async (t) => {
    // Line 2 is `  "languages": ["en", "fr",]`: the `]` is its 28th character.
    await expectProblems(t, '{\n  "languages": ["en", "fr",]\n}\n', ['is not valid JSON: unexpected character at line 2, column 28']);
  });

  test('an unknown top-level field is told alone: the rest of the file is checked only once it is fixed', async (t) => {
    // `foundation` is wrong too, but a misspelt top-level field stops the check (docs/CONFIGURING.md).
    await expectProblems(t, { colour: 1, foundation: 'no' }, [
      'colour: is not a field here; the fields are: $schema, organisation, resources, built_in_resources, targets, languages, professions, foundation, hand_off',
    ]);
  });

  test('an unknown field inside an object is told for that object, and the other fields still are', async (t) => {
    await expectProblems(t, { organisation: { name: { en: 'M', fr: 'M', ar: 'M' }, contacts: { en: 'x' } }, foundation: 'no' }, [
      'organisation.contacts: is not a field here; the fields are: name, contact, logo',
      'foundation: must be true or false, not a text',
    ]);
  });

  test('a value of the wrong type', async (t) => {
    await expectProblems(t, { built_in_resources: 0 }, ['built_in_resources: must be true or false, not a number']);
  });

  test('an unknown area id in a resource', async (t) => {
    const resource = { id: 'mps-research', title: 'Research', url: 'https://learn.example.gov/r', language: 'en' };
    await expectProblems(t, { resources: [{ ...resource, areas: ['user.users', 'user.usres'] }] }, [
      'resources[0].areas[1]: is not an area of the bank',
    ]);
  });

  test('an unknown profession family in the targets', async (t) => {
    await expectProblems(t, { targets: { designer: { 'user.users': 4 } } }, ['targets.designer: is not a profession family of the bank']);
  });

  test('levels out of range: a target of 6 and a resource for levels 0 to 3', async (t) => {
    const resource = { id: 'mps-open', title: 'Open', url: 'https://learn.example.gov/o', language: 'en', areas: ['user.open'] };
    await expectProblems(t, { resources: [{ ...resource, levels: [0, 3] }], targets: { data: { 'user.potential': 6 } } }, [
      'resources[0].levels: must be [lowest, highest], two levels from 1 to 5, the lowest first',
      'targets.data.user.potential: must be a level from 1 to 5',
    ]);
  });

  test('a text missing in a language offered; the same text is enough when that language is not offered', async (t) => {
    const name = { en: 'Ministry of Public Service', fr: 'Ministère de la Fonction publique' };
    await expectProblems(t, { organisation: { name } }, ['organisation.name: has no text in ar, a language offered']);
    // Offering English and French only, the same file is fine.
    const config = { organisation: { name }, languages: ['en', 'fr'] };
    const { page, errors } = await openWithConfig(t, config);
    await page.goto(suite.url);
    await waitForHeading(page, EN.ut('welcome.title'));
    assert.equal(await page.locator('.offered-by p').first().textContent(), EN.ut('app.offered-by', { organisation: name.en }));
    assert.deepEqual(await switchLanguages(page), ['en', 'fr']);
    await expectNoViolations(page, 'the welcome screen offering English and French');
    assert.deepEqual(errors, []);
    const checked = checkConfig(t, config);
    assert.deepEqual(checked, { status: 0, lines: ['no problems'] });
  });

  test('a hand-off origin with a path, and one on http:// that is not localhost', async (t) => {
    const hand_off = { origins: ['https://intranet.example.gov/hr/', 'http://intranet.example.gov'], label: HAND_OFF_LABEL };
    const problem = 'must be an origin as browsers write it: https://, a lowercase host, no path and no :443, such as https://intranet.example.gov';
    await expectProblems(t, { hand_off }, [`hand_off.origins[0]: ${problem}`, `hand_off.origins[1]: ${problem}`]);
  });

  test('several problems in one file are all told at once, in the file’s order', async (t) => {
    const config = {
      languages: ['en', 'de'],
      organisation: { name: { en: 'Ministry' }, contact: { en: '  ' } },
      resources: [{ id: 'Bad Id', title: 'T', url: 'http://learn.example.gov', language: 'en', areas: ['socio.agility'] }],
      targets: { data: { 'user.potential': 0 } },
      professions: ['data', 'data', 'chef'],
      hand_off: { origins: ['https://intranet.example.gov'], label: { en: 'Send', es: 'Enviar' } },
    };
    await expectProblems(t, config, [
      'languages[1]: is not a language of the app (en, fr, ar)',
      'organisation.contact.en: must not be empty',
      'resources[0].id: must be lowercase letters, digits and - only, starting with a letter',
      'resources[0].url: must be an https:// address',
      'resources[0].areas[0]: is an area of a profile layer, which has no recommendations',
      'targets.data.user.potential: must be a level from 1 to 5',
      'professions[1]: is listed twice',
      'professions[2]: is not a profession family of the bank',
      'hand_off.label.es: is not a language of the app (en, fr, ar)',
    ]);
  });

  test('the server answers config.json with HTTP 500', async (t) => {
    await expectProblems(t, 'Internal Server Error', ['could not be loaded: the server answered with HTTP status 500'], {
      serve: { status: 500, contentType: 'text/plain' },
      compare: false,
    });
  });

  test('the server does not answer for config.json', async (t) => {
    await expectProblems(t, '', ['could not be loaded: there was no answer from the server'], { serve: { status: 'abort' }, compare: false });
  });

  test('in the browser’s language, and switching language writes nothing', async (t) => {
    const page = await expectProblems(t, { foundation: 'non' }, ['foundation: must be true or false, not a text'], {
      T: FR,
      locale: 'fr-FR',
    });
    await page.locator('nav.language-switch button[lang="ar"]').click();
    await waitForHeading(page, AR.ut('config-error.title'));
    assert.equal(await page.locator('.content-error > p').textContent(), AR.ut('config-error.intro'));
    assert.deepEqual(await storageEntries(page), {}, 'the language chosen is not remembered either');
    await expectNoViolations(page, 'the configuration error screen in Arabic');
  });

  test('in built-in English while the texts cannot be fetched', async (t) => {
    const { context, page } = await openWithConfig(t, { colour: 1 });
    await context.route('**/locales/**', (route) => route.abort('connectionrefused'));
    await page.goto(suite.url);
    await waitForHeading(page, 'This page\'s configuration has problems');
    assert.equal(
      await page.locator('.content-error > p').textContent(),
      'The assessment cannot start until they are fixed. Please pass these details to whoever manages this page:',
    );
    assert.equal((await shownProblems(page)).length, 1);
    assert.deepEqual(await storageEntries(page), {});
    await expectNoViolations(page, 'the configuration error screen in built-in English');
  });
});

// =====================================================================================================
// The organisation's name, contact and logo
// =====================================================================================================

const ORGANISATION = {
  name: { en: 'Ministry of Public Service', fr: 'Ministère de la Fonction publique', ar: 'وزارة الخدمة العامة' },
  contact: {
    en: 'Questions: learning@public-service.example.gov',
    fr: 'Questions : formation@fonction-publique.example.gouv',
    ar: 'للاستفسار: learning@public-service.example.gov',
  },
  logo: { file: 'logo.svg', alt: { en: 'Ministry logo', fr: 'Logo du ministère', ar: 'شعار الوزارة' } },
};

describe('the organisation', () => {
  test('welcome: "Offered by", the contact and the logo, in each language', async (t) => {
    // `$schema` is for editors, and ignored.
    const config = { $schema: 'config.schema.json', organisation: ORGANISATION };
    const { page, errors } = await openWithConfig(t, config);
    await page.goto(suite.url);
    for (const lang of LANGS) {
      const T = BY_LANG[lang];
      if (lang !== 'en') await page.locator(`nav.language-switch button[lang="${lang}"]`).click();
      await waitForHeading(page, T.ut('welcome.title'));
      const by = page.locator('section.welcome .offered-by');
      assert.equal(await by.locator('p:not(.organisation-contact)').textContent(), T.ut('app.offered-by', { organisation: ORGANISATION.name[lang] }));
      assert.equal(await by.locator('.organisation-contact').textContent(), ORGANISATION.contact[lang]);
      const logo = by.locator('img.organisation-logo');
      assert.equal(await logo.getAttribute('alt'), ORGANISATION.logo.alt[lang], `${lang}: the logo's text alternative`);
      assert.equal(new URL(await logo.getAttribute('src'), suite.url).href, `${suite.url}logo.svg`, 'beside config.json');
      // Shown, not a broken image: the page's Content-Security-Policy lets a logo from its own origin in.
      await page.waitForFunction(() => document.querySelector('img.organisation-logo')?.naturalWidth > 0);
      assert.ok(await logo.isVisible());
      await expectNoViolations(page, `the welcome screen with the organisation, in ${lang}`);
    }
    assert.deepEqual(errors, []);
    const checked = checkConfig(t, config);
    assert.deepEqual(checked, { status: 0, lines: ['no problems'] });
  });

  test('docs/config.example.json, as documented, is accepted: welcome and "About you"', async (t) => {
    const example = JSON.parse(readFileSync(join(ROOT, 'docs/config.example.json'), 'utf8'));
    const { page, errors } = await openWithConfig(t, example);
    await page.goto(suite.url);
    await waitForHeading(page, EN.ut('welcome.title'));
    assert.equal(
      await page.locator('.offered-by p:not(.organisation-contact)').textContent(),
      EN.ut('app.offered-by', { organisation: example.organisation.name.en }),
    );
    assert.equal(await page.locator('.organisation-contact').textContent(), example.organisation.contact.en);
    assert.equal(await page.locator('img.organisation-logo').getAttribute('alt'), example.organisation.logo.alt.en);
    assert.deepEqual(await switchLanguages(page), example.languages);
    // The example lists four families, all digital, in the bank's order.
    await start(page);
    assert.deepEqual(await professionOptions(page), [...example.professions.map((p) => `profession-${p}`), 'profession-none']);
    assert.equal(await page.locator('input[name="foundation"]').count(), 2, '"foundation": true keeps the question');
    await expectNoViolations(page, 'About you with the documented example');
    assert.deepEqual(errors, []);
    const checked = checkConfig(t, example);
    assert.deepEqual(checked, { status: 0, lines: ['no problems'] });
  });

  test('results: the logo and "Offered by", and they print while the keeping buttons do not', async (t) => {
    const { page, errors } = await openWithConfig(t, { organisation: ORGANISATION });
    await page.goto(suite.url);
    await waitForHeading(page, EN.ut('welcome.title'));
    await walkToResults(page);
    const by = page.locator('section.results .offered-by');
    assert.equal(await by.locator('p:not(.organisation-contact)').textContent(), EN.ut('app.offered-by', { organisation: ORGANISATION.name.en }));
    const logo = by.locator('img.organisation-logo');
    assert.equal(await logo.getAttribute('alt'), ORGANISATION.logo.alt.en, 'the logo, named, on the report too');
    await expectNoViolations(page, 'the results with the organisation');
    await page.locator('section.keep').waitFor();
    await page.emulateMedia({ media: 'print' });
    assert.ok(await by.isVisible(), 'the printed report says who offers it');
    assert.ok(await logo.isVisible(), 'with the logo');
    assert.equal(await page.locator('section.keep').isVisible(), false, 'the downloads are not printed');
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(errors, []);
  });
});

// =====================================================================================================
// Languages, profession families and the foundation check
// =====================================================================================================

describe('the languages offered', () => {
  test('only those, in the file’s order; a browser language not offered gives the first listed', async (t) => {
    const cases = [
      { languages: ['fr', 'ar'], locale: 'en-GB', shown: 'fr' },
      { languages: ['ar', 'en'], locale: 'fr-FR', shown: 'ar' },
      // A browser language that is offered wins over the first listed.
      { languages: ['en', 'fr'], locale: 'fr-CA', shown: 'fr' },
    ];
    for (const { languages, locale, shown } of cases) {
      const { page, errors } = await openWithConfig(t, { languages }, { contextOptions: { locale } });
      await page.goto(suite.url);
      const T = BY_LANG[shown];
      await waitForHeading(page, T.ut('welcome.title'));
      const where = `${languages} for a browser in ${locale}`;
      assert.equal(await page.evaluate(() => document.documentElement.lang), shown, where);
      assert.deepEqual(await switchLanguages(page), languages, `${where}: the switch`);
      const names = { en: 'English', fr: 'Français', ar: 'العربية' };
      assert.deepEqual(await page.locator('nav.language-switch button').allTextContents(), languages.map((l) => names[l]));
      assert.equal(await page.locator(`nav.language-switch button[lang="${shown}"]`).getAttribute('aria-pressed'), 'true');
      await expectNoViolations(page, `the welcome screen offering ${languages}`);
      assert.deepEqual(errors, []);
    }
  });

  test('a remembered choice, or a host page’s ?lang=, that is not offered gives the first listed', async (t) => {
    const { page, errors } = await openWithConfig(t, { languages: ['fr', 'en'] }, { contextOptions: { locale: 'ar' } });
    await page.addInitScript(() => localStorage.setItem('skills-radar.language', 'ar'));
    await page.goto(suite.url);
    await waitForHeading(page, FR.ut('welcome.title'));
    await page.goto(`${suite.url}?embed&lang=ar`);
    await waitForHeading(page, FR.ut('welcome.title'));
    assert.deepEqual(await switchLanguages(page), ['fr', 'en']);
    await expectNoViolations(page, 'the welcome screen in the first language offered, embedded');
    assert.deepEqual(errors, []);
  });

  test('one language only: no language switch at all', async (t) => {
    const { page, errors } = await openWithConfig(t, { languages: ['fr'] }, { contextOptions: { locale: 'en-GB' } });
    await page.goto(suite.url);
    await waitForHeading(page, FR.ut('welcome.title'));
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    assert.equal(await page.locator('nav.language-switch').count(), 0, 'nothing to switch to');
    assert.equal(await page.locator('.language-switch button').count(), 0);
    await expectNoViolations(page, 'the welcome screen in the one language offered');
    assert.deepEqual(errors, []);
  });
});

describe('profession families and the foundation check', () => {
  test('"About you" lists only the families offered, in the bank’s order, and no foundation question; the walk has no foundation layer', async (t) => {
    // Listed out of order on purpose: the bank's order (ucd before hr) is kept.
    const config = { professions: ['hr', 'ucd'], foundation: false };
    const { page, errors } = await openWithConfig(t, config);
    await page.goto(suite.url);
    await waitForHeading(page, EN.ut('welcome.title'));
    await start(page);
    assert.deepEqual(await professionOptions(page), ['profession-ucd', 'profession-hr', 'profession-none']);
    assert.equal(await page.locator('input[name="foundation"]').count(), 0, 'no foundation question');
    assert.equal(await page.getByText(EN.ut('about.foundation.legend')).count(), 0);
    await expectNoViolations(page, 'About you with two families and no foundation question');

    await page.locator('#profession-hr').check();
    await page.locator('#leads-no').check();
    await page.locator('form .nav-next').click();
    const profile = { profession: 'hr', leads: false, foundation: false };
    const plan = planFor(profile);
    assert.deepEqual(plan.layers.map((l) => l.id), ['user', 'socio-emotional', 'professional'], 'worked out from the bank');
    await waitForHeading(page, EN.bt('layer.user.name'), { focus: true });
    assert.deepEqual((await savedRecord(page)).profile, profile, 'the foundation question answered "no"');
    await answerStatements(page, plan.statements, () => 3);
    await waitForHeading(page, EN.ut('results.title'), { focus: true });
    const rows = await readScoreTable(page);
    assert.deepEqual(rows.map((r) => r.area), plan.areas.map((a) => EN.bt(`area.${a.id}.name`)), 'no foundation area');
    assert.equal(rows.filter((r) => r.layer === EN.bt('layer.foundation.name')).length, 0);
    assert.deepEqual(errors, []);
    const checked = checkConfig(t, config);
    assert.deepEqual(checked, { status: 0, lines: ['no problems'] });
  });
});

// =====================================================================================================
// The organisation's own resources
// =====================================================================================================

// Answers that make three user areas focus areas with known scores (target 3 for a person of no family):
// user.data 1.0 (gap 2.0, level 1), user.potential (1+2+1+2+2)/5 = 1.6 (gap 1.4, level 2; the last value
// serves the fifth statement too) and user.trust (2+2+2+3+3)/5 = 2.4 (gap 0.6, level 2). The other areas are
// at or above target.
const RESOURCE_ANSWERS = byArea({
  'user.data': 1,
  'user.potential': [1, 2, 1, 2],
  'user.trust': [2, 2, 2, 3, 3],
  'user.users': 3,
  'user.open': 4,
});

const own = (id, title, language, areas, levels) => ({
  id,
  title,
  url: `https://learning.example.gov/${id}`,
  language,
  areas,
  ...(levels ? { levels } : {}),
});

// In the file's order. Each is placed to tell one rule apart from the next (see the expectations below).
const OWN_RESOURCES = [
  own('org-trust-and-data', 'Trust and data, every level', 'en', ['user.trust', 'user.data']),
  own('org-data-basics', 'Data basics', 'en', ['user.data'], [1, 2]),
  own('org-data-advanced', 'Advanced data practice', 'en', ['user.data'], [4, 5]),
  own('org-potential-level-one', 'Digital potential: first steps', 'en', ['user.potential'], [1, 1]),
  own('org-potential-level-two', 'Digital potential: the next step', 'en', ['user.potential'], [2, 2]),
  own('org-trust-fr', 'La confiance : les bases', 'fr', ['user.trust'], [2, 2]),
  own('org-trust-level-three', 'Trust at level three', 'en', ['user.trust'], [3, 3]),
];
const TITLE = Object.fromEntries([...OWN_RESOURCES, ...bank.resources].map((r) => [r.id, r.title]));
const URL_OF = Object.fromEntries([...OWN_RESOURCES, ...bank.resources].map((r) => [r.id, r.url]));
const isOwn = (id) => OWN_RESOURCES.some((r) => r.id === id);

/** The focus areas expected: names in `T`, and the resources by id, in order. */
const expectFocus = (T, areas) =>
  areas.map(([area, ids]) => ({
    area: T.bt(`area.${area}.name`),
    resources: ids.map((id) => ({
      title: TITLE[id],
      href: URL_OF[id],
      own: isOwn(id) ? T.ut('results.resource-own') : null,
      described: !isOwn(id),
    })),
  }));

describe('the organisation’s own resources', () => {
  test('recommended with the built-in ones: language, then level fit, then the area’s place, then own first', async (t) => {
    const config = { resources: OWN_RESOURCES };
    const { page, errors } = await openWithConfig(t, config);
    await page.goto(suite.url);
    await waitForHeading(page, EN.ut('welcome.title'));
    await walkToResults(page, SHORT_PROFILE, RESOURCE_ANSWERS);
    // Worked out by hand from content/bank.json (introductory = 1–2, intermediate = 3, advanced = 4–5):
    // user.data at level 1: data-basics (fit 0, 1st area) before trust-and-data (fit 0, 2nd area, earlier
    //   in the file); then oecd-data-ethics (fit 2, 2nd area) before oecd-digital-government-policy-framework
    //   (fit 2, 4th area, earlier in the bank); data-advanced (fit 3) is out.
    // user.potential at 1.6, so level 2: potential-level-two (fit 0, own) before the introductory
    //   oecd-digital-government-recommendation and -hub (fit 0, built-in); potential-level-one (fit 1) is out.
    // user.trust at 2.4, so level 2: trust-and-data (fit 0), trust-level-three (fit 1, own) before
    //   oecd-data-ethics (fit 1, built-in); trust-fr (fit 0) is in French, so after every English one.
    const english = [
      ['user.data', ['org-data-basics', 'org-trust-and-data', 'oecd-data-ethics']],
      ['user.potential', ['org-potential-level-two', 'oecd-digital-government-recommendation', 'oecd-digital-government-hub']],
      ['user.trust', ['org-trust-and-data', 'org-trust-level-three', 'oecd-data-ethics']],
    ];
    assert.deepEqual(await focusAreas(page), expectFocus(EN, english));
    await expectNoViolations(page, 'the results with the organisation’s resources');

    // In French, resources in French come first, whatever their level, then the others by the same rules,
    // whatever their language:
    // user.data: the bank's French report (advanced, fit 3); then data-basics (fit 0, 1st area, own) before
    //   the bank's Arabic data laws (introductory, fit 0, 1st area), which come before trust-and-data (fit 0,
    //   2nd area).
    // user.potential: the bank's French "Ambition numérique" (introductory, fit 0); then potential-level-two
    //   (fit 0, own) before oecd-digital-government-recommendation (fit 0, built-in).
    // user.trust: the organisation's French resource (fit 0), the bank's French CNIL guide (intermediate,
    //   fit 1); then trust-and-data (fit 0, 1st area) before the Arabic data laws (fit 0, 4th area).
    await page.locator('nav.language-switch button[lang="fr"]').click();
    await waitForHeading(page, FR.ut('results.title'));
    const french = [
      ['user.data', ['oecd-data-driven-public-sector-fr', 'org-data-basics', 'sa-data-cyber-regulations']],
      ['user.potential', ['canada-digital-ambition-fr', 'org-potential-level-two', 'oecd-digital-government-recommendation']],
      ['user.trust', ['org-trust-fr', 'fr-cnil-developer-guide', 'org-trust-and-data']],
    ];
    assert.deepEqual(await focusAreas(page), expectFocus(FR, french));
    await expectNoViolations(page, 'the results with the organisation’s resources, in French');
    assert.deepEqual(errors, []);
    const checked = checkConfig(t, config);
    assert.deepEqual(checked, { status: 0, lines: ['no problems'] });
  });

  test('"built_in_resources": false recommends only the organisation’s, in the same order', async (t) => {
    const config = { resources: OWN_RESOURCES, built_in_resources: false };
    const { page, errors } = await openWithConfig(t, config);
    await page.goto(suite.url);
    await waitForHeading(page, EN.ut('welcome.title'));
    await walkToResults(page, SHORT_PROFILE, RESOURCE_ANSWERS);
    // The same areas at the same levels, with the built-in resources gone: data-advanced (fit 3) now
    // shows; potential-level-one (fit 1) follows level-two; trust-fr, in French, comes last.
    const english = [
      ['user.data', ['org-data-basics', 'org-trust-and-data', 'org-data-advanced']],
      ['user.potential', ['org-potential-level-two', 'org-potential-level-one']],
      ['user.trust', ['org-trust-and-data', 'org-trust-level-three', 'org-trust-fr']],
    ];
    assert.deepEqual(await focusAreas(page), expectFocus(EN, english));
    await expectNoViolations(page, 'the results with only the organisation’s resources');
    assert.deepEqual(errors, []);
  });
});

// =====================================================================================================
// Targets
// =====================================================================================================

describe('targets', () => {
  test('a profession family’s targets replace the bank’s: the table’s target column and the focus areas', async (t) => {
    const config = {
      targets: {
        data: { 'user.potential': 5, 'user.trust': 2, 'professional.data.analysis': 3 },
        // Another family's: no effect on a person of the data family.
        hr: { 'user.open': 5 },
      },
    };
    const { page, errors } = await openWithConfig(t, config);
    await page.goto(suite.url);
    await waitForHeading(page, EN.ut('welcome.title'));
    const profile = { profession: 'data', leads: false, foundation: false };
    const { plan } = await walkToResults(page, profile, () => 3);
    // Every answer is 3. The bank gives the data family 4 in user.trust, user.data-governance, user.data and
    // both of its professional areas (3 elsewhere); the file makes user.potential 5, user.trust 2 and
    // analysis 3.
    const targets = {
      'user.potential': 5,
      'user.users': 3,
      'user.open': 3,
      'user.trust': 2,
      'user.data-governance': 4,
      'user.data': 4,
      'professional.data.analysis': 3,
      'professional.data.management': 4,
    };
    const rows = await readScoreTable(page);
    plan.areas.forEach((area, i) => {
      const target = targets[area.id];
      const want =
        area.layer === 'socio-emotional'
          ? { target: EN.ut('results.no-target'), gap: '' }
          : { target: EN.tenths(target * 10), gap: target > 3 ? EN.tenths((target - 3) * 10) : EN.ut('results.target-met') };
      assert.deepEqual({ target: rows[i].target, gap: rows[i].gap }, want, `${area.id}: target and gap`);
    });
    // Below target: user.potential by 2, then user.data-governance, user.data and management by 1 each, in
    // the walk's order, the first two of them. (With the bank's targets: user.trust, data-governance, data.)
    const focus = await page.locator('ol.focus-areas li.focus-area h3').allTextContents();
    assert.deepEqual(focus, ['user.potential', 'user.data-governance', 'user.data'].map((id) => EN.bt(`area.${id}.name`)));
    await expectNoViolations(page, 'the results with the organisation’s targets');
    assert.deepEqual(errors, []);
    const checked = checkConfig(t, config);
    assert.deepEqual(checked, { status: 0, lines: ['no problems'] });
  });
});

// =====================================================================================================
// Handing a result off to a listed host page
// =====================================================================================================

describe('hand-off to the host page', () => {
  test('in a frame on a listed origin: a button, a preview of exactly what is sent, and one message on Send', async (t) => {
    const origin = await hostSite(t, embedded());
    const config = { hand_off: { origins: ['https://intranet.example.gov', origin], label: HAND_OFF_LABEL } };
    const { page: host, errors } = await openWithConfig(t, config, { contextOptions: { acceptDownloads: true } });
    await host.goto(`${origin}/`);
    const frame = await appFrame(host);
    const { given } = await walkToResults(frame);

    const open = frame.locator('#hand-off-button');
    await open.waitFor();
    assert.equal((await open.textContent()).trim(), HAND_OFF_LABEL.en);
    assert.deepEqual(await resultMessages(host), [], 'nothing is sent before the person asks');
    await expectNoViolations(host, 'the results with the hand-off button, in a frame');

    await open.click();
    await frame.waitForFunction(() => document.activeElement?.id === 'hand-off-title');
    assert.equal(await frame.locator('#hand-off-title').textContent(), EN.ut('hand-off.preview-title'));
    assert.equal(await open.isVisible(), false, 'the question takes the place of the button');
    assert.equal(
      await frame.locator('#hand-off-question > p').first().textContent(),
      EN.ut('hand-off.preview', { origin: isolated(origin) }),
      'to whom, with the origin isolated',
    );
    const content = frame.locator('details pre.hand-off-content');
    await content.waitFor({ state: 'attached' });
    assert.equal(await frame.locator('details summary').textContent(), EN.ut('hand-off.content'));
    const previewed = JSON.parse(await content.textContent());
    // What the preview shows is the person's result, read independently of the app's scoring.
    assert.equal(previewed.format, 'skills-radar-result');
    assert.equal(previewed.version, 1);
    assert.deepEqual(previewed.profile, { profession: null, leads: false, foundation: false });
    assert.deepEqual(previewed.answers, given);
    assert.equal(await button(frame, EN.ut('hand-off.cancel')).count(), 1);
    await frame.locator('details summary').click();
    await expectNoViolations(host, 'the hand-off preview, opened');
    assert.deepEqual(await resultMessages(host), [], 'the preview sends nothing');

    // The same result as the JSON download.
    const [download] = await Promise.all([host.waitForEvent('download'), button(frame, EN.ut('keep.json')).click()]);
    assert.equal(await download.failure(), null, 'the download from the frame completes');
    const downloaded = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.deepEqual(previewed, downloaded, 'the preview is the result file');

    // Cancel closes the preview and sends nothing; the person opens it again to send.
    await button(frame, EN.ut('hand-off.cancel')).click();
    await frame.waitForFunction(() => document.activeElement?.id === 'hand-off-button');
    assert.equal(await frame.locator('#hand-off-question').isVisible(), false, 'the preview is closed');
    assert.deepEqual(await resultMessages(host), [], 'Cancel sends nothing');
    await open.click();
    await frame.locator('details pre.hand-off-content').waitFor({ state: 'attached' });

    const send = frame.locator('#hand-off-confirm');
    assert.equal((await send.textContent()).trim(), EN.ut('hand-off.send'));
    await send.click();
    // Said in the results' status line, and the question closes.
    await frame.locator('p.status[role="status"]', { hasText: EN.ut('hand-off.sent', { origin: isolated(origin) }) }).waitFor();
    await frame.waitForFunction(() => document.activeElement?.id === 'hand-off-button');
    await host.waitForFunction(() => window.__messages.some((m) => m.data?.type === 'skills-radar:result'));
    await host.waitForTimeout(500); // a second message, if one were sent, would have arrived by now
    const messages = await resultMessages(host);
    assert.equal(messages.length, 1, 'exactly one result message');
    assert.equal(messages[0].origin, suite.origin, 'from the app');
    assert.deepEqual(messages[0].data, { type: 'skills-radar:result', result: previewed }, 'the message is what was shown');
    assert.deepEqual(messages[0].data.result, downloaded);
    // embed.js re-dispatches it on the <skills-radar> element.
    assert.deepEqual(await host.evaluate(() => window.__results), [{ on: 'SKILLS-RADAR', detail: messages[0].data }]);
    await expectNoViolations(host, 'the results after the result was sent');

    // The label is the organisation's, in the page language; switching language sends nothing again.
    await frame.locator('nav.language-switch button[lang="fr"]').click();
    await waitForHeading(frame, FR.ut('results.title'));
    assert.equal((await frame.locator('#hand-off-button').textContent()).trim(), HAND_OFF_LABEL.fr);
    await host.waitForTimeout(300);
    assert.equal((await resultMessages(host)).length, 1, 'still exactly one result message');
    assert.deepEqual(errors, []);
  });

  test('in a frame on an origin not listed: no button, and no result message', async (t) => {
    const origin = await hostSite(t, embedded());
    const config = { hand_off: { origins: ['https://intranet.example.gov'], label: HAND_OFF_LABEL } };
    const { page: host, errors } = await openWithConfig(t, config);
    await host.goto(`${origin}/`);
    const frame = await appFrame(host);
    await walkToResults(frame);
    // The tools module is ready (the share link is made): the button would be there by now.
    await frame.locator('#share-link').waitFor();
    await frame.locator('section.keep button').first().waitFor();
    assert.equal(await frame.locator('#hand-off-button').count(), 0, 'no hand-off button');
    assert.equal(await frame.locator('section.hand-off').count(), 0);
    assert.ok((await host.evaluate(() => window.__messages.length)) > 0, 'the host hears the other messages');
    assert.deepEqual(await resultMessages(host), [], 'no result message');
    await expectNoViolations(host, 'the results in a frame on an origin not listed');
    assert.deepEqual(errors, []);
  });

  test('opened on its own (not in a frame), even at a listed origin and with ?embed: no button', async (t) => {
    // The app's own address, on localhost, is listed: outside a frame there is no page to send to.
    const port = new URL(suite.url).port;
    const self = `http://localhost:${port}`;
    const config = { hand_off: { origins: [self], label: HAND_OFF_LABEL } };
    for (const address of [`${self}/`, `${self}/?embed`]) {
      const { page, errors } = await openWithConfig(t, config);
      await page.goto(address);
      await waitForHeading(page, EN.ut('welcome.title'));
      await walkToResults(page);
      await page.locator('#share-link').waitFor();
      assert.equal(await page.locator('#hand-off-button').count(), 0, `${address}: no hand-off button`);
      await expectNoViolations(page, `the results on their own page (${address})`);
      assert.deepEqual(errors, []);
    }
  });
});
