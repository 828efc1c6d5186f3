// Keeping, sharing and coming back to a result, as a person does it from the results screen: the four
// downloads against the answers given, print, the share link (and its QR code) opened elsewhere, broken
// links, opening a saved file, the history with its comparison and deletion, the learning plan, and axe on
// the new screens.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  answerStatements,
  bank,
  bt,
  button,
  chartSvg,
  chartPage,
  expectedFocusAreas,
  expectedRow,
  expectedTarget,
  gotoApp,
  openPage,
  planFor,
  polygonPoints,
  readScoreTable,
  ROOT,
  SAVE_KEY,
  savedRecord,
  SHORT_PROFILE,
  startSuite,
  storageEntries,
  submitProfile,
  ut,
  waitForHeading,
  walkToResults,
  expectNoViolations,
} from './support.mjs';

const suite = startSuite({ before, after });

const HISTORY_KEY = 'skills-radar.history';
const JSQR = join(ROOT, 'node_modules/jsqr/dist/jsQR.js');

/** A fresh browser context (fresh storage) that accepts downloads, and its page. */
const openPerson = (t) => openPage(suite, t, { contextOptions: { acceptDownloads: true } });

// ---- dates, numbers and scores, computed here independently of the app ----

/** The UTC day of an instant, as files and the screen write it: 2026-11-23. */
const dayOf = (ms) => new Date(ms).toISOString().slice(0, 10);
/** A date inside a sentence on screen: the day, isolated from the text around it. */
const shownDay = (ms) => `\u2068${dayOf(ms)}\u2069`;
/** An instant as the result file writes it, to the second: 2026-11-23T06:50:07Z. */
const isoSeconds = (ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
/** A number given in tenths with one decimal and a `.`: 28 → "2.8", -3 → "-0.3", 0 → "0.0". */
const oneDecimal = (tenths) => `${tenths < 0 ? '-' : ''}${Math.floor(Math.abs(tenths) / 10)}.${Math.abs(tenths) % 10}`;

/**
 * The figures of one area for the answers given: statements answered, the level in tenths (mean of the
 * levels, rounded half up; null when none is rated), the target, and the gap in tenths (target minus the
 * level as shown; null without both).
 */
function figures(area, given, profile) {
  const answers = area.statements.map((id) => given[id]).filter((a) => a !== undefined);
  const levels = answers.filter((a) => typeof a === 'number');
  const n = levels.length;
  const sum = levels.reduce((a, b) => a + b, 0);
  const tenths = n > 0 ? Math.floor((20 * sum + n) / (2 * n)) : null;
  const target = expectedTarget(profile, area.id);
  const gapTenths = target != null && tenths != null ? target * 10 - tenths : null;
  return { answered: answers.length, statements: area.statements.length, tenths, target, gapTenths, mean: n ? sum / n : 0 };
}

/** The `scores` a result file should hold for these answers, one per assessed area, in the chart's order. */
function expectedScores(plan, given, profile) {
  return plan.areas.map((area) => {
    const f = figures(area, given, profile);
    return {
      layer: area.layer,
      area: area.id,
      score: f.tenths == null ? null : f.tenths / 10,
      target: f.target,
      gap: f.gapTenths == null ? null : f.gapTenths / 10,
      answered: f.answered,
      statements: f.statements,
    };
  });
}

/** RFC 4180 CSV with CRLF line ends, as rows of fields. A bare LF is kept inside its field. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

// ---- walks and actions ----

/** Waits until the results carry their completion time (shown, and saved); returns it. */
async function waitForCompletion(page) {
  await page.locator('.completed-on').waitFor();
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.completed_ms != null, SAVE_KEY);
  return (await savedRecord(page)).completed_ms;
}

/** From the welcome screen to completed results. */
async function toResults(page, profile, answerFor) {
  const { plan, given } = await walkToResults(page, profile, answerFor);
  return { plan, given, completed: await waitForCompletion(page) };
}

/** "Start over", confirmed, and the whole assessment again with other answers, to completed results. */
async function startOverAndComplete(page, profile, answerFor) {
  await button(page, ut('start-over.button')).click();
  await button(page, ut('start-over.confirm')).click();
  await waitForHeading(page, ut('about.title'), { focus: true });
  const plan = await submitProfile(page, profile);
  const given = await answerStatements(page, plan.statements, answerFor);
  await waitForHeading(page, ut('results.title'), { focus: true });
  return { plan, given, completed: await waitForCompletion(page) };
}

/** Presses a download button; returns the file's suggested name and its bytes. */
async function download(page, label) {
  const [file] = await Promise.all([page.waitForEvent('download'), button(page, label).click()]);
  const path = await file.path();
  assert.equal(await file.failure(), null, `${label}: the download completes`);
  return { name: file.suggestedFilename(), body: readFileSync(path) };
}

/**
 * In the focus area `which` (0 = first): "I will work on this area", a note, and a status for the first
 * resources in turn (`statuses`: 'planned' or 'done'). Waits until the plan is saved; returns what was
 * chosen: the area's id and name, the note, resource id → status and resource id → title.
 */
async function choosePlan(page, { note, statuses = [], which = 0 }) {
  const box = page.locator('.focus-areas .focus-area').nth(which);
  const areaName = (await box.locator('h3').textContent()).trim();
  const choose = box.getByLabel(ut('plan.choose'), { exact: true });
  const area = (await choose.getAttribute('id')).replace(/^plan-/, '');
  await choose.check();
  await box.getByLabel(ut('plan.note-label'), { exact: true }).fill(note);
  const resources = {};
  const titles = {};
  for (const [k, status] of statuses.entries()) {
    const item = box.locator('.resource').nth(k);
    await item.getByLabel(ut(`plan.status-${status}`), { exact: true }).check();
    const group = await item.locator('input[type="radio"]').first().getAttribute('name');
    const id = group.slice(`status-${area}-`.length);
    resources[id] = status;
    titles[id] = (await item.locator('a > span[lang]').textContent()).trim();
  }
  const expected = { chosen: true, note, resources };
  await page.waitForFunction(
    ([key, area, want]) => JSON.stringify(JSON.parse(localStorage.getItem(key))?.learning_plan?.[area]) === want,
    [SAVE_KEY, area, JSON.stringify(sortKeys(expected))],
  );
  return { area, areaName, note, resources, titles, expected };
}

/** A copy with object keys sorted, as the app writes its maps. */
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys(value[k])]));
  }
  return value;
}

/** Chooses a file in the page's "Open a result saved as JSON" input. */
const openFile = (page, name, body, mimeType = 'application/json') =>
  page.locator('#import-file').setInputFiles({ name, mimeType, buffer: Buffer.from(body) });

/** The main heading's text. */
const headingOf = (page) => page.locator('#screen-heading').textContent().then((s) => s.trim());

/** The texts of the notices shown at the top of the page. */
const noticeTexts = (page) => page.locator('.notices .notice p').allTextContents();

/** The "Change since last time" column of the score table ('' where it is blank), or null without it. */
async function changeColumn(page) {
  const header = await page.locator('table.score-table thead th').allTextContents();
  if (!header.includes(ut('results.col-change'))) return null;
  const at = header.indexOf(ut('results.col-change'));
  return page
    .locator('table.score-table tbody tr')
    .evaluateAll((rows, at) => rows.map((tr) => tr.children[at].textContent.trim()), at);
}

/** The saved assessment's own content (what "your answers" means), without the screen it is on. */
async function ownAssessment(page) {
  const r = await savedRecord(page);
  return r && { profile: r.profile, answers: r.answers, completed_ms: r.completed_ms, learning_plan: r.learning_plan };
}

/** The history as stored: the list of result files, or null. */
async function storedHistory(page) {
  const raw = await page.evaluate((key) => localStorage.getItem(key), HISTORY_KEY);
  return raw == null ? null : JSON.parse(raw);
}

/** Fails unless the page's storage holds no assessment of anyone's: no answers, profile, plan or history. */
async function assertNothingSaved(page, where) {
  const entries = await storageEntries(page);
  assert.equal(entries[HISTORY_KEY], undefined, `${where}: no history kept`);
  if (entries[SAVE_KEY] !== undefined) {
    const saved = JSON.parse(entries[SAVE_KEY]);
    assert.equal(saved.profile, null, `${where}: no profile saved`);
    assert.deepEqual(saved.answers, {}, `${where}: no answers saved`);
    assert.equal(saved.completed_ms, undefined, `${where}: no completed result saved`);
    assert.deepEqual(saved.learning_plan, {}, `${where}: no learning plan saved`);
  }
}


// ---- 1. downloads ----

test('each download holds the result as given and as the table shows it', async (t) => {
  const { page, errors } = await openPerson(t);
  await gotoApp(page, suite);
  const profile = { profession: 'data', leads: false, foundation: false };
  // Levels in turn, some "not applicable", and one area not applicable throughout (so not rated).
  const answerFor = (i, st) => (st.area === 'socio.agility' || i % 7 === 3 ? 'na' : (i % 5) + 1);
  const { plan, given, completed } = await toResults(page, profile, answerFor);
  const day = dayOf(completed);
  const rows = await readScoreTable(page);
  plan.areas.forEach((area, i) => assert.deepEqual(rows[i], expectedRow(area, given, profile, i + 1), `table row ${i + 1}`));
  assert.equal(
    await page.locator('.completed-on').textContent(),
    ut('results.completed-on', { date: shownDay(completed) }),
    'the results say when the assessment was completed',
  );
  const scores = expectedScores(plan, given, profile);
  let svgHeight;

  await t.test('JSON: the complete result', async () => {
    const { name, body } = await download(page, ut('keep.json'));
    assert.equal(name, `skills-radar-${day}.json`);
    const file = JSON.parse(body.toString('utf8'));
    assert.equal(file.format, 'skills-radar-result');
    assert.equal(file.version, 1);
    assert.equal(file.bank_version, bank.version, 'the bank version of content/bank.json');
    assert.match(file.completed, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/, 'an ISO date, UTC, to the second');
    assert.equal(file.completed, isoSeconds(completed), 'the moment the results were first shown');
    assert.equal(file.language, 'en');
    assert.deepEqual(file.profile, profile);
    assert.deepEqual(file.answers, given, 'exactly the answers given');
    assert.deepEqual(file.scores, scores, 'one score per assessed area, computed from the answers');
    // The same numbers as the table on screen.
    file.scores.forEach((s, i) => {
      const shown = rows[i];
      assert.equal(shown.area, bt(`area.${s.area}.name`), `score ${i + 1} is the table's row ${i + 1}`);
      assert.equal(shown.level, s.score == null ? ut('results.not-rated') : s.score.toFixed(1), `${s.area}: level`);
      assert.equal(shown.target, s.target == null ? ut('results.no-target') : s.target.toFixed(1), `${s.area}: target`);
      const gap = s.gap == null ? '' : s.gap > 0 ? s.gap.toFixed(1) : ut('results.target-met');
      assert.equal(shown.gap, gap, `${s.area}: gap`);
    });
    assert.ok(file.scores.some((s) => s.score == null), 'the area not applicable throughout has no score');
    assert.ok(file.scores.some((s) => s.gap != null && s.gap < 0), 'an area above target has a negative gap');
    assert.deepEqual(file.learning_plan, {}, 'no learning plan yet');
  });

  await t.test('CSV: the table', async () => {
    const { name, body } = await download(page, ut('keep.csv'));
    assert.equal(name, `skills-radar-${day}.csv`);
    assert.deepEqual([...body.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with a UTF-8 byte-order mark');
    const text = body.subarray(3).toString('utf8');
    assert.ok(text.endsWith('\r\n'), 'lines end with CRLF');
    const [header, ...lines] = parseCsv(text);
    assert.deepEqual(header, ['layer_id', 'layer', 'area_id', 'area', 'score', 'target', 'gap']);
    assert.equal(lines.length, plan.areas.length, 'one row per assessed area');
    plan.areas.forEach((area, i) => {
      const f = figures(area, given, profile);
      assert.deepEqual(
        lines[i],
        [
          area.layer,
          bt(`layer.${area.layer}.name`),
          area.id,
          bt(`area.${area.id}.name`),
          f.tenths == null ? '' : oneDecimal(f.tenths),
          f.target == null ? '' : oneDecimal(f.target * 10),
          f.gapTenths == null ? '' : oneDecimal(f.gapTenths),
        ],
        `CSV row ${i + 1} (${area.id})`,
      );
      // And as the table shows it.
      const [, layer, , areaName, score, target, gap] = lines[i];
      assert.equal(layer, rows[i].layer);
      assert.equal(areaName, rows[i].area);
      assert.equal(score || ut('results.not-rated'), rows[i].level, `${area.id}: level as in the table`);
      assert.equal(target || ut('results.no-target'), rows[i].target, `${area.id}: target as in the table`);
      assert.equal(gap && Number(gap) <= 0 ? ut('results.target-met') : gap, rows[i].gap, `${area.id}: gap as in the table`);
    });
  });

  await t.test('SVG: the chart', async () => {
    const { name, body } = await download(page, ut('keep.svg'));
    assert.equal(name, `skills-radar-${day}.svg`);
    const xml = body.toString('utf8');
    assert.match(xml, /^<svg[\s>]/, 'an SVG document, nothing before it');
    const read = (xml) =>
      page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
        const error = doc.getElementsByTagName('parsererror')[0];
        const root = doc.documentElement;
        const centre = root.querySelector('line.axis');
        return {
          error: error ? error.textContent : null,
          root: root.localName,
          ns: root.namespaceURI,
          width: root.getAttribute('width'),
          height: root.getAttribute('height'),
          viewBox: root.getAttribute('viewBox'),
          title: root.querySelector('title')?.textContent ?? null,
          texts: [...root.querySelectorAll('text')].map((t) => t.textContent),
          labels: [...root.querySelectorAll('text.axis-label')].map((t) => t.textContent),
          counts: Object.fromEntries(
            ['path.sector', 'polygon.ring', 'line.axis', 'path.target', 'polygon.you', 'circle.point'].map((s) => [
              s,
              root.querySelectorAll(s).length,
            ]),
          ),
          centre: centre && [Number(centre.getAttribute('x1')), Number(centre.getAttribute('y1'))],
          you: root.querySelector('polygon.you')?.getAttribute('points') ?? '',
        };
      }, xml);
    const svg = await read(xml);
    assert.equal(svg.error, null, 'parses as XML');
    assert.equal(svg.root, 'svg');
    assert.equal(svg.ns, 'http://www.w3.org/2000/svg');
    assert.equal(svg.title, `${ut('results.chart-title')}: ${day}`, 'titled with the date');
    // Its size is its own width and height.
    assert.equal(svg.width, '440');
    assert.ok(Number(svg.height) > 440, `room for the title and the legend: height ${svg.height}`);
    assert.equal(svg.viewBox, `0 0 440 ${svg.height}`);
    assert.deepEqual(svg.labels, plan.areas.map((_, i) => String(i + 1)), 'one numbered axis label per area');
    // The same drawing as on screen, where the file puts it.
    const screen = await read(await chartSvg(page));
    assert.equal(screen.error, null);
    assert.deepEqual(svg.counts, screen.counts, 'the same parts as the chart on screen');
    assert.deepEqual(svg.labels, screen.labels);
    const fromCentre = (chart) => polygonPoints(chart.you).map(([x, y]) => [x - chart.centre[0], y - chart.centre[1]]);
    assert.deepEqual(fromCentre(svg), fromCentre(screen), 'the same shape');
    const legend = svg.texts.filter((s) => /^\d+\. /.test(s));
    assert.deepEqual(
      legend,
      plan.areas.map((area, i) => `${i + 1}. ${bt(`area.${area.id}.name`)} ${rows[i].level === ut('results.not-rated') ? '' : rows[i].level}`.trim()),
      'the legend names every numbered area, with its level',
    );
    svgHeight = Number(svg.height);
  });

  await t.test('PNG: the chart as an image', async () => {
    const { name, body } = await download(page, ut('keep.png'));
    assert.equal(name, `skills-radar-${day}.png`);
    assert.deepEqual([...body.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    assert.equal(body.toString('latin1', 12, 16), 'IHDR');
    assert.equal(body.readUInt32BE(16), 880, 'IHDR width: twice the 440-unit chart');
    if (svgHeight) assert.equal(body.readUInt32BE(20), 2 * svgHeight, 'IHDR height: twice the SVG height');
    // The chart is drawn on it: dark pixels (axes, the shape, the legend), not a blank image.
    const dark = await page.evaluate(async (b64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${b64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const g = canvas.getContext('2d');
      g.drawImage(image, 0, 0);
      const { data } = g.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] + data[i + 1] + data[i + 2] < 200) count++;
      return count;
    }, body.toString('base64'));
    assert.ok(dark > 0, 'the PNG shows the chart');
  });

  assert.equal((await page.locator('p.status').textContent()).trim(), '', 'no "could not be made" message');
  assert.deepEqual(errors, []);
});

// ---- 2. print ----

test('printed, the results show the chart, the table, the date, the attribution and the plan, and nothing to press', async (t) => {
  const { page, errors } = await openPerson(t);
  await gotoApp(page, suite);
  const { completed } = await toResults(page, SHORT_PROFILE);
  const chosen = await choosePlan(page, { note: 'Read the service manual by March, then redesign one form.' });

  const visibleControls = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('button, input[type="file"]')]
        .filter((e) => e.checkVisibility())
        .map((e) => e.outerHTML.slice(0, 100)),
    );
  assert.ok((await visibleControls()).length > 5, 'on screen, there are buttons and a file input');
  assert.ok(await page.locator('.plan-area textarea').isVisible(), 'on screen, the note is in its text box');

  await page.emulateMedia({ media: 'print' });
  // The chart is an image: printed once it has loaded.
  await page.waitForFunction(() => {
    const img = document.querySelector('img.radar-chart');
    return img?.complete && img.naturalWidth > 0;
  });
  for (const [selector, what] of [
    ['img.radar-chart', 'the chart'],
    ['table.score-table', 'the table'],
    ['#screen-heading', 'the heading'],
  ]) {
    assert.ok(await page.locator(selector).isVisible(), `${what} is printed`);
    const box = await page.locator(selector).boundingBox();
    assert.ok(box && box.width > 0 && box.height > 0, `${what} takes room on paper`);
  }
  assert.equal(await page.locator('.site-header').isVisible(), false, 'the header is not printed');
  assert.equal(await page.locator('.language-switch').isVisible(), false, 'the language switch is not printed');
  assert.deepEqual(await visibleControls(), [], 'no button or file input is printed');
  assert.equal(await page.locator('.share').isVisible(), false, 'the share section is not printed');

  const date = page.locator('.completed-on');
  assert.ok(await date.isVisible(), 'the date is printed');
  assert.equal(await date.textContent(), ut('results.completed-on', { date: shownDay(completed) }));
  const attribution = ut('footer.attribution', { title: ut('footer.paper-title') });
  assert.ok(await page.getByText(attribution, { exact: true }).isVisible(), 'the attribution is printed');

  const plan = page.locator('section.learning-plan');
  assert.ok(await plan.isVisible(), 'the learning plan is printed');
  assert.equal((await plan.locator('h2').textContent()).trim(), ut('plan.title'));
  assert.ok(await plan.getByText(chosen.areaName, { exact: true }).isVisible(), 'the chosen area is printed');
  const note = plan.locator('.plan-note');
  assert.ok(await note.isVisible(), 'the note is printed');
  assert.equal((await note.textContent()).trim(), chosen.note);
  assert.deepEqual(errors, []);
});

test('the results of a short profile print on one A4 page', async (t) => {
  const { page, errors } = await openPerson(t);
  await gotoApp(page, suite);
  await toResults(page, SHORT_PROFILE);
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  // Page objects, not the /Pages tree node.
  const pages = (pdf.match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
  assert.equal(pages, 1, `the printed results of a short profile take ${pages} A4 pages`);
  assert.deepEqual(errors, []);
});

// ---- 3. share link ----

test('a shared link shows the same result read-only anywhere, saves nothing, and its QR code holds it', async (t) => {
  const sharer = await openPerson(t);
  await gotoApp(sharer.page, suite);
  const { completed } = await toResults(sharer.page, SHORT_PROFILE, (i) => ((i * 2) % 5) + 1);
  // A plan with a note: personal, it must not travel with the link.
  const chosen = await choosePlan(sharer.page, { note: 'Private: talk to my manager about the course.' });
  const table = await readScoreTable(sharer.page);
  const link = await sharer.page.locator('#share-link').inputValue();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#result=[A-Za-z0-9_-]+$/, 'the app address with the code in its fragment');
  assert.ok(link.startsWith(`${suite.url}#result=`));

  await t.test('the QR code decodes to the link', async () => {
    await sharer.page.addScriptTag({ path: JSQR });
    const decoded = await sharer.page.evaluate(async () => {
      const svg = document.querySelector('svg.qr').cloneNode(true);
      const modules = svg.viewBox.baseVal.width;
      const scale = 8;
      svg.setAttribute('width', String(modules * scale));
      svg.setAttribute('height', String(modules * scale));
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = modules * scale;
      const g = canvas.getContext('2d');
      g.imageSmoothingEnabled = false;
      g.drawImage(image, 0, 0, canvas.width, canvas.height);
      const { data } = g.getImageData(0, 0, canvas.width, canvas.height);
      const decode = window.jsQR.default ?? window.jsQR;
      return decode(data, canvas.width, canvas.height)?.data ?? null;
    });
    assert.equal(decoded, link);
  });

  await t.test('opened in another browser', async (st) => {
    const { page, errors } = await openPerson(st);
    await page.goto(link);
    await waitForHeading(page, ut('view.shared-title'));
    assert.deepEqual(await readScoreTable(page), table, 'the same table as the sharer sees');
    assert.equal(
      (await page.locator('main .lead').textContent()).trim(),
      ut('view.shared-intro', { date: shownDay(completed) }),
      'says it was shared, and when it was completed',
    );
    assert.equal(await page.locator('section.learning-plan').count(), 0, 'no learning plan comes with the link');
    assert.equal(await page.getByText(chosen.note).count(), 0, "the sharer's note is not shown");
    assert.equal(await page.locator('.plan-area, .resource-status').count(), 0, 'nothing to edit');
    assert.equal(await button(page, ut('view.restore')).count(), 0, 'a shared result cannot be made your own');
    await assertNothingSaved(page, 'after opening a shared link');

    await button(page, ut('view.close')).click();
    await waitForHeading(page, ut('welcome.title'), { focus: true });
    assert.equal(page.url(), suite.url, 'the fragment is gone from the address');
    await page.reload();
    await waitForHeading(page, ut('welcome.title'));
    await assertNothingSaved(page, 'after closing the shared result and reloading');
    assert.deepEqual(errors, []);
  });

  await t.test("opened in the sharer's own browser", async () => {
    const own = await ownAssessment(sharer.page);
    const history = await storedHistory(sharer.page);
    const tab = await sharer.context.newPage();
    await tab.goto(link);
    await waitForHeading(tab, ut('view.shared-title'));
    assert.deepEqual(await readScoreTable(tab), table);
    assert.deepEqual(await ownAssessment(tab), own, 'their answers, profile, date and plan are unchanged');
    const historyNow = await storedHistory(tab);
    assert.deepEqual(
      historyNow.map((r) => r.completed),
      history.map((r) => r.completed),
      'their history has the same attempts',
    );
    assert.deepEqual(historyNow, history, 'their history is unchanged');

    await button(tab, ut('view.close')).click();
    await waitForHeading(tab, ut('results.title'), { focus: true });
    assert.equal(tab.url(), suite.url, 'the fragment is gone from the address');
    assert.deepEqual(await readScoreTable(tab), table, 'their own results');
    assert.ok(await tab.locator('section.learning-plan').getByText(chosen.note).isVisible(), 'with their own plan');
    assert.deepEqual(await ownAssessment(tab), own);
    await tab.close();
  });
  assert.deepEqual(sharer.errors, []);
});

// ---- 4. broken links ----

test('a broken link opens the person\'s own screen and says what is wrong with it', async (t) => {
  const sharer = await openPerson(t);
  await gotoApp(sharer.page, suite);
  await toResults(sharer.page, SHORT_PROFILE);
  const link = await sharer.page.locator('#share-link').inputValue();
  const [address, code] = link.split('#result=');
  assert.ok(code.length > 20, `a share code: ${code}`);
  const swap = (c) => (c === 'B' ? 'C' : 'B');
  const changed = (at) => code.slice(0, at) + swap(code[at]) + code.slice(at + 1);
  // A changed character is damage ("part of it ... was changed"); a cut code is damage or incomplete.
  const DAMAGED = ['read.checksum'];
  const CUT = ['read.checksum', 'read.truncated'];
  const half = Math.floor(code.length / 2);
  const cases = [
    ['a character changed in the middle', changed(half), DAMAGED],
    ['the first character changed', changed(0), DAMAGED],
    ['the last character changed', changed(code.length - 1), DAMAGED],
    [`cut in half (${half} of ${code.length} characters)`, code.slice(0, half), CUT],
    [`the last character cut (${code.length - 1} characters)`, code.slice(0, -1), CUT],
    [`the last 2 characters cut (${code.length - 2} characters)`, code.slice(0, -2), CUT],
    ['garbage', 'garbage', ['read.not-a-result']],
  ];
  for (const [what, broken, keys] of cases) {
    await t.test(`${what}: #result=${broken}`, async (st) => {
      const { page, errors } = await openPerson(st);
      await page.goto(`${address}#result=${broken}`);
      await waitForHeading(page, ut('welcome.title'));
      const shown = await noticeTexts(page);
      assert.ok(
        keys.some((k) => shown.includes(ut(k))),
        `expected the notice ${keys.map((k) => JSON.stringify(ut(k))).join(' or ')}; the notices say ${JSON.stringify(shown)}`,
      );
      await assertNothingSaved(page, 'after a broken link');
      assert.deepEqual(errors, []);
    });
  }

  await t.test('in the browser of someone with results of their own', async () => {
    const own = await ownAssessment(sharer.page);
    const tab = await sharer.context.newPage();
    await tab.goto(`${address}#result=${changed(Math.floor(code.length / 2))}`);
    await waitForHeading(tab, ut('results.title'));
    assert.ok((await noticeTexts(tab)).includes(ut('read.checksum')));
    assert.deepEqual(await ownAssessment(tab), own, 'their own assessment is unchanged');
    await tab.close();
  });
});

// ---- 5. import ----

test('a downloaded file opens in another browser and can become the person\'s own; a bad file replaces nothing', async (t) => {
  const a = await openPerson(t);
  await gotoApp(a.page, suite);
  const { plan, given, completed } = await toResults(a.page, SHORT_PROFILE, (i) => (i % 4) + 1);
  const chosen = await choosePlan(a.page, { note: 'Shadow a user researcher in May.', statuses: ['planned'] });
  const table = await readScoreTable(a.page);
  const file = await download(a.page, ut('keep.json'));
  const csv = await download(a.page, ut('keep.csv'));
  const record = JSON.parse(file.body.toString('utf8'));

  const b = await openPerson(t);
  await gotoApp(b.page, suite);
  await openFile(b.page, file.name, file.body);
  await waitForHeading(b.page, ut('view.imported-title'), { focus: true });
  assert.deepEqual(await readScoreTable(b.page), table, 'the same table as where it was made');
  assert.equal((await b.page.locator('main .lead').textContent()).trim(), ut('view.imported-intro', { date: shownDay(completed) }));
  assert.ok(await b.page.locator('section.learning-plan').getByText(chosen.note).isVisible(), 'the plan in the file is shown');
  assert.equal(await b.page.locator('.plan-area, .resource-status').count(), 0, 'read-only');
  await assertNothingSaved(b.page, 'after opening a file, before making it your own');

  await button(b.page, ut('view.restore')).click();
  await waitForHeading(b.page, ut('results.title'), { focus: true });
  assert.deepEqual(await readScoreTable(b.page), table);
  assert.equal(
    await b.page.locator('.completed-on').textContent(),
    ut('results.completed-on', { date: shownDay(completed) }),
    'the date of the result in the file',
  );
  const own = await ownAssessment(b.page);
  assert.deepEqual(own.answers, given, 'the saved answers are the file\'s');
  assert.deepEqual(own.profile, SHORT_PROFILE);
  assert.equal(own.completed_ms, Date.parse(record.completed));
  assert.deepEqual(own.learning_plan, { [chosen.area]: chosen.expected }, 'the plan comes too');
  await b.page.reload();
  await waitForHeading(b.page, ut('results.title'));
  assert.deepEqual(await readScoreTable(b.page), table, 'still their own after a reload');

  await t.test('a file opened over existing answers replaces them only once confirmed', async () => {
    // Another valid result, as the app would write it: other answers, their scores, another date.
    const otherGiven = Object.fromEntries(plan.statements.map((st, i) => [st.id, i % 6 === 1 ? 'na' : 5 - (i % 5)]));
    const other = {
      ...record,
      completed: '2026-11-15T09:30:00Z',
      answers: otherGiven,
      scores: expectedScores(plan, otherGiven, SHORT_PROFILE),
      learning_plan: {},
    };
    const otherRows = plan.areas.map((area, i) => expectedRow(area, otherGiven, SHORT_PROFILE, i + 1));
    const before = await ownAssessment(b.page);
    await openFile(b.page, 'skills-radar-2026-11-15.json', JSON.stringify(other, null, 2));
    await waitForHeading(b.page, ut('view.imported-title'), { focus: true });
    assert.deepEqual(await readScoreTable(b.page), otherRows);

    await button(b.page, ut('view.restore')).click();
    await b.page.waitForFunction(() => document.activeElement?.id === 'restore-title');
    assert.equal((await b.page.locator('#restore-title').textContent()).trim(), ut('view.restore-title'));
    assert.deepEqual(await ownAssessment(b.page), before, 'asking replaces nothing');
    await button(b.page, ut('view.restore-cancel')).click();
    await b.page.waitForFunction(() => document.activeElement?.id === 'restore-button');
    assert.equal(await headingOf(b.page), ut('view.imported-title'));
    assert.deepEqual(await ownAssessment(b.page), before, '"No" replaces nothing');

    await button(b.page, ut('view.restore')).click();
    await button(b.page, ut('view.restore-confirm')).click();
    await waitForHeading(b.page, ut('results.title'), { focus: true });
    assert.deepEqual(await readScoreTable(b.page), otherRows);
    const now = await ownAssessment(b.page);
    assert.deepEqual(now.answers, otherGiven, 'replaced by the file\'s answers');
    assert.deepEqual(now.learning_plan, {}, 'and the file\'s (empty) plan');
    assert.equal(now.completed_ms, Date.parse(other.completed));
  });

  await t.test('a tampered, broken or newer file is refused with its reason, and nothing is replaced', async () => {
    const tampered = structuredClone(record);
    const edited = tampered.scores.find((s) => s.score != null);
    edited.score = edited.score >= 3 ? edited.score - 1 : edited.score + 1;
    const future = { ...record, version: 2 };
    const text = file.body.toString('utf8');
    const bad = [
      ['a score edited by hand', file.name, JSON.stringify(tampered, null, 2), 'read.tampered'],
      ['the CSV file', csv.name, csv.body, 'read.not-json'],
      ['a newer format version', file.name, JSON.stringify(future, null, 2), 'read.future'],
      ['a file cut short', file.name, text.slice(0, Math.floor(text.length / 2)), 'read.not-json'],
    ];
    const before = await savedRecord(b.page);
    const history = await storedHistory(b.page);
    const table = await readScoreTable(b.page);
    for (const [what, name, body, key] of bad) {
      await openFile(b.page, name, body);
      try {
        await b.page.waitForFunction((want) => document.getElementById('import-error')?.textContent === want, ut(key));
      } catch (e) {
        const shown = await b.page.locator('#import-error').textContent();
        assert.fail(`${what}: expected ${JSON.stringify(ut(key))}, the page says ${JSON.stringify(shown)}`);
      }
      assert.equal(await headingOf(b.page), ut('results.title'), `${what}: the results stay on screen`);
      assert.deepEqual(await readScoreTable(b.page), table, `${what}: the same results`);
      assert.deepEqual(await savedRecord(b.page), before, `${what}: the saved assessment is unchanged`);
      assert.deepEqual(await storedHistory(b.page), history, `${what}: the history is unchanged`);
    }
  });
  assert.deepEqual(a.errors, []);
  assert.deepEqual(b.errors, []);
});

// ---- 6. history ----

test('a second attempt can be compared with the first, and the first deleted', async (t) => {
  const { page, errors } = await openPerson(t);
  await gotoApp(page, suite);
  const one = await toResults(page, SHORT_PROFILE, (i) => (i % 5) + 1);
  assert.equal(await page.locator('#compare').count(), 0, 'nothing to compare with the first time');
  assert.equal(await page.locator('.history-list li').count(), 1);

  // The first area answered as the first time (its change is 0.0), the others otherwise.
  const same = one.plan.areas[0].id;
  const two = await startOverAndComplete(page, SHORT_PROFILE, (i, st) =>
    st.area === same ? (i % 5) + 1 : i % 6 === 4 ? 'na' : ((i * 3 + 1) % 5) + 1,
  );
  assert.ok(two.completed > one.completed);
  const toggle = page.locator('#compare');
  assert.equal(
    await page.locator('label[for="compare"]').textContent(),
    ut('compare.toggle', { date: shownDay(one.completed) }),
    'offers to compare with the first attempt, by its date',
  );
  assert.equal(await toggle.isChecked(), false);
  const PREVIOUS = 'class="previous"';
  const alone = await chartPage(page, await chartSvg(page));
  assert.equal(await alone.locator('polygon.previous').count(), 0, 'no earlier shape before asking');
  assert.ok(!(await alone.locator('svg').textContent()).includes(ut('compare.legend')), 'nor its legend');
  await alone.close();
  assert.equal(await changeColumn(page), null, 'no change column before asking');

  await toggle.check();
  const compared = await chartPage(page, await chartSvg(page, (svg) => svg.includes(PREVIOUS)));
  assert.equal(await compared.locator('polygon.previous').count(), 1);
  assert.ok(
    (await compared.locator('text').allTextContents()).includes(ut('compare.legend')),
    'the legend names the earlier shape',
  );
  // The earlier shape: vertex i on axis i at the first attempt's level (see keyboard.test.mjs).
  const points = polygonPoints(await compared.locator('polygon.previous').getAttribute('points'));
  await compared.close();
  assert.equal(points.length, one.plan.areas.length);
  one.plan.areas.forEach((area, i) => {
    const radius = Math.hypot(points[i][0] - 220, points[i][1] - 220);
    const want = (170 * figures(area, one.given, SHORT_PROFILE).mean) / 5;
    assert.ok(Math.abs(radius - want) <= 0.2, `previous vertex ${i + 1} (${area.id}) at ${radius}, expected ${want}`);
  });
  const expectedChange = two.plan.areas.map((area) => {
    const before = figures(area, one.given, SHORT_PROFILE).tenths;
    const now = figures(area, two.given, SHORT_PROFILE).tenths;
    if (before == null || now == null) return '';
    const d = now - before;
    // Signed; on screen a decrease has a real minus sign (U+2212), as every negative number there.
    return d > 0 ? `+${oneDecimal(d)}` : d < 0 ? `\u2212${oneDecimal(-d)}` : oneDecimal(0);
  });
  assert.ok(
    ['+', '\u2212', '0'].every((sign) => expectedChange.some((c) => c.startsWith(sign))),
    `answers chosen to go up, down and stay: ${expectedChange}`,
  );
  assert.deepEqual(await changeColumn(page), expectedChange, 'the change since last time, by area, as shown');
  const header = await page.locator('table.score-table thead th').allTextContents();
  assert.equal(header.at(-1), ut('results.col-change'));

  const items = page.locator('.history-list li');
  assert.equal(await items.count(), 2, 'two attempts in the history');
  assert.ok((await items.nth(0).textContent()).includes(ut('history.item', { date: shownDay(two.completed) })));
  assert.ok((await items.nth(0).textContent()).includes(ut('history.current')), 'the newest is this assessment');
  assert.equal(await items.nth(0).locator('button').count(), 0, 'this assessment is not deleted from here');
  const remove = items.nth(1).locator('button');
  assert.equal((await remove.textContent()).trim(), ut('history.delete'));
  assert.equal(await remove.getAttribute('aria-label'), ut('history.delete-label', { date: shownDay(one.completed) }));
  assert.equal((await storedHistory(page)).length, 2);

  await remove.click();
  await page.waitForFunction(() => document.querySelectorAll('.history-list li').length === 1);
  assert.equal(await page.locator('#compare').count(), 0, 'nothing left to compare with');
  await chartSvg(page, (svg) => !svg.includes(PREVIOUS)); // fails if the earlier shape stays
  assert.equal(await changeColumn(page), null, 'the change column is gone');
  const kept = await storedHistory(page);
  assert.deepEqual(kept.map((r) => r.completed), [isoSeconds(two.completed)], 'only the current attempt is kept');
  assert.deepEqual(errors, []);
});

test('coming back to completed results keeps one entry in the history, and nothing to compare with', async (t) => {
  const { page, context, errors } = await openPerson(t);
  await gotoApp(page, suite);
  const { completed } = await toResults(page, SHORT_PROFILE);
  const table = await readScoreTable(page);
  const once = async (p, where) => {
    assert.deepEqual(await readScoreTable(p), table, `${where}: the same results`);
    // The history is read by the tools module, which a fresh page loads first.
    await p.locator('.history-list li').first().waitFor();
    assert.deepEqual((await storedHistory(p)).map((r) => r.completed), [isoSeconds(completed)], `${where}: one attempt in storage`);
    assert.equal(await p.locator('.history-list li').count(), 1, `${where}: one attempt listed`);
    assert.equal(await p.locator('#compare').count(), 0, `${where}: no "compare with last time" for a single attempt`);
  };
  await once(page, 'straight after completing');
  await page.reload();
  await waitForHeading(page, ut('results.title'));
  await once(page, 'after a reload');
  const tab = await context.newPage();
  await tab.goto(suite.url);
  await waitForHeading(tab, ut('results.title'));
  await once(tab, 'in a new tab');
  assert.deepEqual(errors, []);
});

test('"Delete everything" asks first, then leaves nothing of Skills Radar in the browser', async (t) => {
  const { page, errors } = await openPerson(t);
  await gotoApp(page, suite);
  await toResults(page, SHORT_PROFILE);
  await choosePlan(page, { note: 'Something to delete.' });
  // A language chosen, to be forgotten too.
  await page.locator('.language-switch button[lang="fr"]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  await page.locator('.language-switch button[lang="en"]').click();
  await waitForHeading(page, ut('results.title'));
  const keys = Object.keys(await storageEntries(page));
  for (const key of [SAVE_KEY, HISTORY_KEY, 'skills-radar.language']) assert.ok(keys.includes(key), `${key} is kept before`);

  const entries = await storageEntries(page);
  await button(page, ut('delete-all.button')).click();
  await page.waitForFunction(() => document.activeElement?.id === 'delete-all-title');
  assert.equal((await page.locator('#delete-all-title').textContent()).trim(), ut('delete-all.title'));
  assert.deepEqual(await storageEntries(page), entries, 'asking deletes nothing');
  await button(page, ut('delete-all.cancel')).click();
  await page.waitForFunction(() => document.activeElement?.id === 'delete-all-button');
  assert.deepEqual(await storageEntries(page), entries, '"No" deletes nothing');

  await button(page, ut('delete-all.button')).click();
  await button(page, ut('delete-all.confirm')).click();
  await waitForHeading(page, ut('welcome.title'));
  const left = Object.fromEntries(Object.entries(await storageEntries(page)).filter(([k]) => k.startsWith('skills-radar.')));
  assert.ok((await noticeTexts(page)).includes(ut('delete-all.done')), 'says everything was deleted');
  assert.ok(await button(page, ut('welcome.start')).isVisible(), 'a new assessment can start');
  assert.equal(await button(page, ut('welcome.resume')).count(), 0, 'nothing to resume');
  assert.equal(left[HISTORY_KEY], undefined, 'the history is deleted');
  assert.equal(left['skills-radar.language'], undefined, 'the language choice is deleted');
  await assertNothingSaved(page, 'after "Delete everything"');

  await page.reload();
  await waitForHeading(page, ut('welcome.title'));
  assert.equal(await button(page, ut('welcome.resume')).count(), 0, 'nothing to resume after a reload');
  assert.deepEqual(left, {}, `no skills-radar.* key is left in localStorage; found ${JSON.stringify(left)}`);
  assert.deepEqual(errors, []);
});

// ---- 7. learning plan ----

test('a learning plan is kept across a reload, in the JSON file and in the plan summary', async (t) => {
  const { page, errors } = await openPerson(t);
  await gotoApp(page, suite);
  const { plan, given } = await toResults(page, SHORT_PROFILE, () => 2);
  const focus = expectedFocusAreas(plan, given, SHORT_PROFILE);
  assert.ok(focus.length > 0);
  const summary = page.locator('section.learning-plan');
  assert.equal((await summary.locator('h2').textContent()).trim(), ut('plan.title'));
  assert.ok((await summary.textContent()).includes(ut('plan.empty')), 'nothing chosen yet');

  const note = 'Finish the "Users and their needs" course, then run 2 interviews – by 30 June.';
  const chosen = await choosePlan(page, { note, statuses: ['planned', 'done'] });
  assert.equal(chosen.area, focus[0], 'the first focus area');
  assert.equal(Object.keys(chosen.resources).length, 2, 'two resources marked');
  const expectedPlan = { [chosen.area]: chosen.expected };

  const checkSummary = async (where) => {
    const item = summary.locator('ul.plan-summary > li');
    assert.equal(await item.count(), 1, `${where}: one area in the plan`);
    assert.equal((await item.locator('strong').textContent()).trim(), bt(`area.${chosen.area}.name`), `${where}: the area`);
    assert.equal((await item.locator('.plan-note').textContent()).trim(), note, `${where}: the note`);
    const lines = (await item.locator('ul > li').allTextContents()).map((s) => s.trim()).sort();
    const want = Object.entries(chosen.resources)
      .map(([id, status]) => `${chosen.titles[id]}: ${ut(`plan.status-${status}`)}`)
      .sort();
    assert.deepEqual(lines, want, `${where}: each resource with its status`);
  };
  await checkSummary('before the reload');

  await page.reload();
  await waitForHeading(page, ut('results.title'));
  const box = page.locator('.focus-areas .focus-area').first();
  assert.equal(await box.getByLabel(ut('plan.choose'), { exact: true }).isChecked(), true, 'the area is still chosen');
  assert.equal(await box.getByLabel(ut('plan.note-label'), { exact: true }).inputValue(), note, 'the note is kept');
  for (const [k, [, status]] of Object.entries(chosen.resources).entries()) {
    const item = box.locator('.resource').nth(k);
    assert.equal(await item.getByLabel(ut(`plan.status-${status}`), { exact: true }).isChecked(), true, `resource ${k + 1}: ${status}`);
  }
  assert.equal(
    await box.locator('.resource').nth(2).getByLabel(ut('plan.status-none'), { exact: true }).isChecked(),
    true,
    'an unmarked resource is not planned',
  );
  assert.deepEqual((await savedRecord(page)).learning_plan, expectedPlan, 'saved');
  await checkSummary('after the reload');

  const file = JSON.parse((await download(page, ut('keep.json'))).body.toString('utf8'));
  assert.deepEqual(file.learning_plan, expectedPlan, 'the JSON file holds the plan');
  assert.deepEqual(errors, []);
});

// ---- 8. accessibility ----

test('no axe violations with the plan and the comparison open, on a shared result or on an imported one', async (t) => {
  const { page, errors } = await openPerson(t);
  await gotoApp(page, suite);
  await toResults(page, SHORT_PROFILE, (i) => (i % 5) + 1);
  await startOverAndComplete(page, SHORT_PROFILE, (i) => (i % 6 === 4 ? 'na' : ((i * 3 + 1) % 5) + 1));
  await page.locator('#compare').check();
  await chartSvg(page, (svg) => svg.includes('class="previous"'));
  await choosePlan(page, { note: 'A note.', statuses: ['planned', 'done'] });
  assert.equal(await changeColumn(page).then((c) => c?.length), planFor(SHORT_PROFILE).areas.length);
  await t.test('results with the plan and the comparison', () => expectNoViolations(page, 'the results'));

  const link = await page.locator('#share-link').inputValue();
  const file = await download(page, ut('keep.json'));

  await t.test('a shared result', async (st) => {
    const other = await openPerson(st);
    await other.page.goto(link);
    await waitForHeading(other.page, ut('view.shared-title'));
    await expectNoViolations(other.page, 'a shared result');
  });
  await t.test('an imported result', async (st) => {
    const other = await openPerson(st);
    await gotoApp(other.page, suite);
    await openFile(other.page, file.name, file.body);
    await waitForHeading(other.page, ut('view.imported-title'));
    await expectNoViolations(other.page, 'an imported result');
  });
  await t.test('an imported result over your own, "Replace your current answers?" open', async () => {
    await openFile(page, file.name, file.body);
    await waitForHeading(page, ut('view.imported-title'));
    await button(page, ut('view.restore')).click();
    await page.waitForFunction(() => document.activeElement?.id === 'restore-title');
    await expectNoViolations(page, 'the restore question');
  });
  assert.deepEqual(errors, []);
});
