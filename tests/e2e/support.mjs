// Shared helpers for the end-to-end tests: the built app, the browser, the content the app is built from,
// and the few walks through the assessment that several tests need.
//
// Each test file starts one server and one browser (see `startSuite`) and uses a fresh browser context,
// with fresh storage, per test.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { startServer } from './server.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// SKILLS_RADAR_DIST: another built folder to test (by default the one `trunk build` writes).
export const DIST = process.env.SKILLS_RADAR_DIST ? resolve(process.env.SKILLS_RADAR_DIST) : join(ROOT, 'dist');
export const SAVE_KEY = 'skills-radar.assessment';
export const BACKUP_PREFIX = 'skills-radar.assessment.unreadable.';

const readJson = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** The bank's structure, read from the repository. */
export const bank = readJson('content/bank.json');

/**
 * Where numbers are formatted from: the browser's own `Intl`, an oracle independent of the app. Arabic uses
 * Arabic-Indic digits, as `ar-SA` and `ar-EG` do (plain `ar` now defaults to Latin digits in CLDR).
 */
const NUMBER_LOCALE = { en: 'en', fr: 'fr', ar: 'ar-SA' };

/**
 * The texts of one language, read from the repository, and how that language writes numbers and picks
 * plural forms (from `Intl`, not from the app). `ut` fills {placeholders}; numbers given to it are formatted.
 */
export function textsFor(lang) {
  // The interface texts of the first screen and of the others, in one map.
  const ui = { ...readJson(`content/locales/${lang}/ui.json`), ...readJson(`content/locales/${lang}/screens.json`) };
  const bankText = readJson(`content/locales/${lang}/bank.json`);
  const plural = new Intl.PluralRules(lang);
  const integer = new Intl.NumberFormat(NUMBER_LOCALE[lang], { useGrouping: false });
  const oneDecimal = new Intl.NumberFormat(NUMBER_LOCALE[lang], {
    useGrouping: false,
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const T = {
    lang,
    ui,
    bankText,
    num: (n) => integer.format(n),
    /** A level given in tenths (37 → "3.7"), exactly. */
    tenths: (t) => oneDecimal.format(t / 10),
    bt(key) {
      assert.ok(key in bankText, `content/locales/${lang}/bank.json has no key ${key}`);
      return bankText[key];
    },
    ut(key, values = {}) {
      let k = key;
      if (!(key in ui)) {
        assert.ok(`${key}.other` in ui, `content/locales/${lang}/ui.json has no key ${key}`);
        assert.equal(typeof values.count, 'number', `${key} is counted: give {count}`);
        k = `${key}.${plural.select(values.count)}`;
        assert.ok(k in ui, `content/locales/${lang}/ui.json has no plural form ${k}`);
      }
      return ui[k].replace(/\{(\w+)\}/g, (_, name) =>
        typeof values[name] === 'number' ? T.num(values[name]) : String(values[name]),
      );
    },
  };
  return T;
}

export const EN = textsFor('en');
export const { ui, bankText } = EN;
/** A bank text by key; fails loudly when the key is missing, so a test never compares with `undefined`. */
export const bt = EN.bt;
/** An interface text, with {placeholders} filled in. */
export const ut = EN.ut;

/**
 * What the person is asked, in order, for a profile { profession: id | null, leads, foundation }:
 * layers of audience "everyone", "profession" (only the areas listing the profession), "optional" (with
 * the foundation check) and "leaders" (for people who lead), in bank order, and layers with no area left out.
 */
export function planFor({ profession, leads, foundation }) {
  const layers = [];
  for (const layer of bank.layers) {
    const include = { everyone: true, profession: true, optional: foundation, leaders: leads }[layer.audience];
    assert.notEqual(include, undefined, `unknown audience ${layer.audience}`);
    if (!include) continue;
    const areas = layer.areas.filter(
      (area) => layer.audience !== 'profession' || (profession != null && area.professions.includes(profession)),
    );
    if (areas.length > 0) layers.push({ ...layer, areas });
  }
  const areas = layers.flatMap((layer) => layer.areas.map((area) => ({ ...area, layer: layer.id })));
  const statements = areas.flatMap((area) => area.statements.map((id) => ({ id, area: area.id, layer: area.layer })));
  return { layers, areas, statements };
}

/** The shortest walk: the user and socio-emotional layers only. */
export const SHORT_PROFILE = Object.freeze({ profession: null, leads: false, foundation: false });

/**
 * The address, relative to the app, of a built file known by its plain name (`locales/en/bank.json`): the
 * build gives it a content-hashed name (`locales/en/bank-<hash>.json`).
 */
export function builtFile(name) {
  const slash = name.lastIndexOf('/');
  const [folder, file] = [name.slice(0, slash + 1), name.slice(slash + 1)];
  const dot = file.lastIndexOf('.');
  const pattern = new RegExp(`^${file.slice(0, dot)}-[0-9a-f]{16}\\${file.slice(dot)}$`);
  const found = readdirSync(join(DIST, folder)).filter((f) => pattern.test(f));
  assert.equal(found.length, 1, `one built file for ${name} in ${join(DIST, folder)}: ${found}`);
  return folder + found[0];
}

/** A pattern for page.route that matches requests for a built file known by its plain name. */
export const routeFor = (name) => new RegExp(`/${builtFile(name).replace(/[.]/g, '\\.')}$`);

/** Fails with a clear message when the app has not been built. */
export function assertBuilt() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(
      `The built app is missing (${join(DIST, 'index.html')} not found). Build it first: ` +
        'cd /work/main && export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH" && trunk build --release --offline',
    );
  }
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Starts the server on dist/ and the browser, in a `before` hook; stops both in `after`. Returns an object
 * whose `url`, `origin` and `browser` are set once the hook has run.
 */
export function startSuite({ before, after }) {
  const suite = { url: '', origin: '', browser: null, server: null };
  before(async () => {
    assertBuilt();
    suite.server = await startServer(DIST);
    suite.origin = `http://127.0.0.1:${suite.server.address().port}`;
    suite.url = `${suite.origin}/`;
    suite.browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });
  after(async () => {
    await suite.browser?.close();
    // Open keep-alive or pending connections would hold the close back for ever.
    if (suite.server) await new Promise((done) => (suite.server.close(done), suite.server.closeAllConnections()));
  });
  return suite;
}

/**
 * A fresh context (fresh storage) and page. Page errors and console errors are collected in `errors`, so a
 * test can check the app did not crash. `t.after` closes the context. `contextOptions` are added to the
 * context's (`{ acceptDownloads: true }` for a test that downloads files).
 */
export async function openPage(suite, t, { initScript, contextOptions = {} } = {}) {
  // No service worker unless a test asks for one (`serviceWorkers: 'allow'`): its cache would answer requests
  // that a test reroutes, and its downloads would mix with the page's.
  const context = await suite.browser.newContext({
    viewport: { width: 1000, height: 900 },
    serviceWorkers: 'block',
    ...contextOptions,
  });
  context.setDefaultTimeout(10_000);
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  t.after(() => context.close());
  return { context, page, errors };
}

/** Loads the app and waits for the welcome screen (or whatever screen `heading` names). */
export async function gotoApp(page, suite, heading = ut('welcome.title')) {
  await page.goto(suite.url);
  await waitForHeading(page, heading);
}

/** The main heading's text. */
export const headingText = (page) => page.locator('#screen-heading').innerText();

/**
 * Waits until the screen's main heading reads `text` and, unless `focus` is false, has keyboard focus (the
 * app moves focus to it after every change of screen).
 */
export async function waitForHeading(page, text, { focus = false } = {}) {
  try {
    await page.waitForFunction(
      ([want, focus]) => {
        const h = document.getElementById('screen-heading');
        return h && h.textContent.trim() === want && (!focus || document.activeElement === h);
      },
      [text, focus],
      { timeout: 10_000 },
    );
  } catch (e) {
    const state = await page.evaluate(() => ({
      heading: document.getElementById('screen-heading')?.textContent,
      focused: document.activeElement
        ? `${document.activeElement.tagName}#${document.activeElement.id}.${document.activeElement.className}`
        : null,
    }));
    throw new Error(
      `Expected heading ${JSON.stringify(text)}${focus ? ' with focus' : ''}; ` +
        `found heading ${JSON.stringify(state.heading)}, focus on ${state.focused}`,
      { cause: e },
    );
  }
}

/** Button by its visible name, exactly. */
export const button = (page, name) => page.getByRole('button', { name, exact: true });

/** Welcome → About you, by mouse. */
export async function start(page, T = EN) {
  await button(page, T.ut('welcome.start')).click();
  await waitForHeading(page, T.ut('about.title'), { focus: true });
}

/** Fills "About you" by mouse and submits; ends on the first layer's intro. */
export async function submitProfile(page, profile, T = EN) {
  await page.locator(`#profession-${profile.profession ?? 'none'}`).check();
  await page.locator(profile.leads ? '#leads-yes' : '#leads-no').check();
  await page.locator(profile.foundation ? '#foundation-yes' : '#foundation-no').check();
  await page.locator('form .nav-next').click();
  const plan = planFor(profile);
  await waitForHeading(page, T.bt(`layer.${plan.layers[0].id}.name`), { focus: true });
  return plan;
}

/** The radio's id for an answer: a level 1–5 or 'na'. */
export const ratingId = (statement, answer) => `rating-${statement}-${answer}`;
/** An element by id (statement ids contain dots, so `#id` selectors do not work). */
export const byId = (page, id) => page.locator(`[id="${id}"]`);

/** Presses Next on the current screen (by mouse). */
export const next = (page) => page.locator('main .nav-next').click();
export const back = (page) => page.locator('main .nav-back').click();

/**
 * Answers `statements` from the current position by mouse, with `answerFor(index, statement)` giving a level
 * 1–5 or 'na'. Layer intros on the way are passed with Next. Returns the answers given, by statement id.
 * Each statement screen must show the expected statement, so a wrong order fails here.
 */
export async function answerStatements(page, statements, answerFor, { from = 0, T = EN } = {}) {
  const given = {};
  for (let i = 0; i < statements.length; i++) {
    const st = statements[i];
    const want = T.bt(`statement.${st.id}.text`);
    if ((await headingText(page)) !== want) {
      // A layer intro comes before the first statement of each layer.
      assert.equal(await headingText(page), T.bt(`layer.${st.layer}.name`), `before statement ${st.id}`);
      await next(page);
      await waitForHeading(page, want, { focus: true });
    }
    const answer = answerFor(from + i, st);
    await byId(page, ratingId(st.id, answer)).check();
    given[st.id] = answer;
    await next(page);
    const following = statements[i + 1];
    if (following) {
      const nextHeading =
        following.layer === st.layer ? T.bt(`statement.${following.id}.text`) : T.bt(`layer.${following.layer}.name`);
      await waitForHeading(page, nextHeading, { focus: true });
    }
  }
  return given;
}

/** A full walk by mouse for `profile`, ending on the results. */
export async function walkToResults(page, profile = SHORT_PROFILE, answerFor = (i) => (i % 5) + 1, T = EN) {
  await start(page, T);
  const plan = await submitProfile(page, profile, T);
  const given = await answerStatements(page, plan.statements, answerFor, { T });
  await waitForHeading(page, T.ut('results.title'), { focus: true });
  return { plan, given };
}

/** A frame as keyboardWalk drives a page: the host page's keyboard, the frame's document. */
export const asPage = (host, frame) =>
  new Proxy(frame, {
    get: (target, key) => (key === 'keyboard' ? host.keyboard : typeof target[key] === 'function' ? target[key].bind(target) : target[key]),
  });

/**
 * The whole walk for `profile`, from the welcome screen to the results, with the keyboard only: Tab, the
 * arrow keys, Space and Enter. `answerFor(index, statement)` gives a level 1–5, `'no-occasion'` or `'na'`.
 * Checks that each screen takes focus; `onStatement(statement, index)` runs on each statement screen before
 * it is answered. Returns the plan and the answers given.
 */
export async function keyboardWalk(page, profile = SHORT_PROFILE, answerFor = (i) => (i % 5) + 1, T = EN, onStatement = null) {
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent.trim() ?? '');
  // Focus settles before the next key: entering a frame of another site moves focus to another process.
  await page.keyboard.press('Tab'); // the skip link, which leads into the main content
  await page.waitForFunction(() => document.activeElement?.classList.contains('skip-link'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'main');
  await page.keyboard.press('Tab');
  assert.equal(await focusedText(), T.ut('welcome.start'), 'Tab reaches Start');
  await page.keyboard.press('Enter');
  await waitForHeading(page, T.ut('about.title'), { focus: true });
  // The profession: Tab into the group, then arrows to the option (the last is "none of these").
  const options = await page.evaluate(() => [...document.querySelectorAll('input[name="profession"]')].map((e) => e.id));
  await page.keyboard.press('Tab');
  const target = options.indexOf(`profession-${profile.profession ?? 'none'}`);
  if (target === options.length - 1) await page.keyboard.press('ArrowUp');
  else for (let k = 0; k < target; k++) await page.keyboard.press('ArrowDown');
  if (target === 0) await page.keyboard.press('Space');
  for (const [group, yes] of [['leads', profile.leads], ['foundation', profile.foundation]]) {
    await page.keyboard.press('Tab');
    await page.keyboard.press(yes ? 'Space' : 'ArrowDown');
    assert.equal(await focusedId(), `${group}-${yes ? 'yes' : 'no'}`, `${group} chosen by keyboard`);
  }
  await page.keyboard.press('Enter'); // Enter on a chosen option submits the form
  const plan = planFor(profile);
  const given = {};
  let layer = null;
  for (let i = 0; i < plan.statements.length; i++) {
    const st = plan.statements[i];
    if (st.layer !== layer) {
      layer = st.layer;
      await waitForHeading(page, T.bt(`layer.${st.layer}.name`), { focus: true });
      await page.keyboard.press('Tab'); // Back
      await page.keyboard.press('Tab'); // Next
      assert.equal(await focusedText(), T.ut('nav.next').trim(), `layer ${layer}: Tab reaches Next`);
      await page.keyboard.press('Enter');
    }
    await waitForHeading(page, T.bt(`statement.${st.id}.text`), { focus: true });
    if (onStatement) await onStatement(st, i);
    await page.keyboard.press('Tab'); // level 1, nothing chosen yet
    const answer = answerFor(i, st);
    // The options in order: levels 1 to 5, "I have not had the occasion", "not applicable" (the last: up
    // from the first wraps round to it).
    const downs = answer === 'no-occasion' ? 5 : answer - 1;
    if (answer === 'na') await page.keyboard.press('ArrowUp');
    else if (answer === 1) await page.keyboard.press('Space');
    else for (let k = 0; k < downs; k++) await page.keyboard.press('ArrowDown');
    assert.equal(await focusedId(), ratingId(st.id, answer), `statement ${st.id} answered by keyboard`);
    given[st.id] = answer;
    await page.keyboard.press('Enter');
  }
  await waitForHeading(page, T.ut('results.title'), { focus: true });
  return { plan, given };
}

/** Waits until this build's service worker is active and has kept the language shown for offline use. */
export async function untilOffline(page, lang = 'en') {
  await page.waitForFunction(
    async (files) => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (registration?.active?.state !== 'activated') return false;
      const keys = await caches.keys();
      for (const key of keys) {
        const cache = await caches.open(key);
        const urls = (await cache.keys()).map((r) => new URL(r.url).pathname);
        if (files.every((f) => urls.some((u) => u.endsWith(f)))) return true;
      }
      return false;
    },
    ['ui', 'screens', 'bank'].map((name) => builtFile(`locales/${lang}/${name}.json`)),
    { timeout: 20_000, polling: 250 },
  );
}

/** The text of the visible "N of M statements answered" line. */
export const answeredText = (page) => page.locator('.progress-answered').innerText();

/** The saved assessment, parsed (null when there is none). */
export async function savedRecord(page) {
  const raw = await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY);
  return raw == null ? null : JSON.parse(raw);
}

/** Every localStorage entry of the page's origin. */
export const storageEntries = (page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

/** Expected "Your level" text: the mean of the levels rounded half up to one decimal, or "Not rated". */
export function expectedLevel(levels, T = EN) {
  if (levels.length === 0) return T.ut('results.not-rated');
  const sum = levels.reduce((a, b) => a + b, 0);
  // Exact integer arithmetic: tenths = round(10 * sum / n), halves up (all values are positive).
  return T.tenths(Math.floor((20 * sum + levels.length) / (2 * levels.length)));
}

/** The score table's body rows as objects keyed by column. */
export async function readScoreTable(page) {
  return page.locator('table.score-table tbody tr').evaluateAll((rows) =>
    rows.map((tr) => {
      const [axis, layer, area, level, target, gap, answered] = [...tr.children].map((c) => c.textContent.trim());
      return { axis, layer, area, level, target, gap, answered, areaIsHeader: tr.children[2].tagName === 'TH' };
    }),
  );
}

/** The target the results should show for an area: the layer's default, then the profession's; for a leader, the higher of that and the leaders'. */
export function expectedTarget(profile, areaId) {
  const layer = bank.layers.find((l) => l.areas.some((a) => a.id === areaId));
  if (layer.kind === 'profile') return null;
  let target = layer.target ?? null;
  const forProfession = profile.profession != null ? bank.targets.professions[profile.profession] : undefined;
  if (forProfession && areaId in forProfession) target = forProfession[areaId];
  // A person who leads: the higher of the leaders' target and the profession's (or the layer's).
  if (profile.leads && areaId in bank.targets.leaders) target = Math.max(target ?? 0, bank.targets.leaders[areaId]);
  return target;
}

/**
 * The score-table row the results should show for `area` (from `planFor`), given the answers by statement id
 * (levels 1–5 or 'na') and the profile. Computed with exact integer arithmetic, rounding halves up.
 */
export function expectedRow(area, given, profile, axis, T = EN) {
  const answers = area.statements.map((id) => given[id]).filter((a) => a !== undefined);
  const levels = answers.filter((a) => typeof a === 'number');
  const n = levels.length;
  const sum = levels.reduce((a, b) => a + b, 0);
  const target = expectedTarget(profile, area.id);
  let gap = '';
  if (target != null && n > 0) {
    // The gap a reader can check: the target minus the level as displayed (mean rounded to tenths, halves up).
    const levelTenths = Math.floor((20 * sum + n) / (2 * n));
    const tenths = target * 10 - levelTenths;
    gap = tenths > 0 ? T.tenths(tenths) : T.ut('results.target-met');
  }
  return {
    axis: T.num(axis),
    layer: T.bt(`layer.${area.layer}.name`),
    area: T.bt(`area.${area.id}.name`),
    level: expectedLevel(levels, T),
    target: target == null ? T.ut('results.no-target') : T.tenths(target * 10),
    gap,
    answered: T.ut('results.answered-of', { answered: answers.length, total: area.statements.length }),
    areaIsHeader: true,
  };
}

/** The focus areas the results should list: up to three below target, largest gap first, ties in walk order. */
export function expectedFocusAreas(plan, given, profile, count = 3) {
  return plan.areas
    .map((area, order) => {
      const levels = area.statements.map((id) => given[id]).filter((a) => typeof a === 'number');
      const target = expectedTarget(profile, area.id);
      if (target == null || levels.length === 0) return null;
      // The same floating-point expression as the app, so equal gaps compare equal.
      const gap = target - levels.reduce((a, b) => a + b, 0) / levels.length;
      return gap > 0 ? { id: area.id, gap, order } : null;
    })
    .filter(Boolean)
    .sort((a, b) => b.gap - a.gap || a.order - b.order)
    .slice(0, count)
    .map((f) => f.id);
}

/** The axe-core rule tags checked: WCAG 2.1 A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the whole page and fails with every violation listed. */
export async function expectNoViolations(page, where) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const report = violations
    .map(
      (v) =>
        `- ${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes
          .map((n) => `    ${JSON.stringify(n.target)}${n.failureSummary ? `: ${n.failureSummary.replace(/\n/g, ' ')}` : ''}`)
          .join('\n'),
    )
    .join('\n');
  assert.equal(violations.length, 0, `axe found ${violations.length} violation(s) on ${where}:\n${report}`);
}

// ---- the results chart ----

const CHART_PREFIX = 'data:image/svg+xml,';

/**
 * The results chart's SVG document, as text: the `src` of `img.radar-chart` (waited for) without its
 * `data:` prefix, decoded. With `until`, waits (up to `timeout` ms) for a drawing `until(svg)` accepts, as
 * the image changes when the comparison is switched on or off.
 */
export async function chartSvg(page, until = () => true, { timeout = 10_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const src = await page.locator('img.radar-chart').getAttribute('src', { timeout });
    assert.ok(src?.startsWith(CHART_PREFIX), `the chart is an SVG image address: ${src?.slice(0, 60)}`);
    const svg = decodeURIComponent(src.slice(CHART_PREFIX.length));
    if (until(svg)) return svg;
    if (Date.now() > deadline) assert.fail(`the chart did not become as expected in ${timeout} ms: ${svg.slice(0, 300)}…`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * The SVG document `svg` alone in a new page of `page`'s context, to query with locators and lay out (text
 * boxes): the page's style sheets do not reach an image, so none is here. Closed with the context.
 */
export async function chartPage(page, svg) {
  const probe = await page.context().newPage();
  await probe.setContent(svg);
  await probe.locator('svg').waitFor();
  return probe;
}

/**
 * In a `chartPage`: the axis labels whose rendered box comes within the outer ring (170 units from the
 * centre at 220,220), and every text whose box leaves the document's own area (so it would be cut off).
 */
export function chartTextProblems(probe) {
  return probe.evaluate(() => {
    const root = document.querySelector('svg');
    const view = root.viewBox.baseVal;
    const overlapping = [];
    const cut = [];
    for (const t of root.querySelectorAll('text')) {
      const b = t.getBBox();
      if (t.classList.contains('axis-label')) {
        // The point of the box nearest the centre.
        const nx = Math.min(Math.max(220, b.x), b.x + b.width);
        const ny = Math.min(Math.max(220, b.y), b.y + b.height);
        if (b.width === 0 || Math.hypot(nx - 220, ny - 220) < 169) overlapping.push(t.textContent);
      }
      const inside =
        b.x >= view.x - 0.5 &&
        b.y >= view.y - 0.5 &&
        b.x + b.width <= view.x + view.width + 0.5 &&
        b.y + b.height <= view.y + view.height + 0.5;
      if (!inside) {
        cut.push(`${t.textContent} (${[b.x, b.y, b.width, b.height].map((v) => Math.round(v)).join(', ')})`);
      }
    }
    return { overlapping, cut };
  });
}

/** The points of a polygon's `points` attribute, as [x, y] pairs. */
export const polygonPoints = (points) => points.trim().split(/\s+/).map((p) => p.split(',').map(Number));
