// The trainer view (#workshop): six participants complete the assessment with different answers; a trainer
// pastes a chat message with their links, sees only the count below the minimum, then the group's picture
// whose medians and quartiles are worked out by hand below; duplicates and a damaged link are listed and not
// counted; files dropped at once and a QR code shown to Chromium's fake camera are counted; the downloads hold
// no individual value; the workshop survives a reload and is gone after "End workshop and delete"; axe finds
// nothing on the trainer view, the group picture and the projector, in English and in Arabic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  startSuite, openPage, gotoApp, walkToResults, waitForHeading, button, planFor, SHORT_PROFILE,
  expectNoViolations, CHROMIUM_ARGS, textsFor, ROOT,
} from './support.mjs';
import { y4m } from './fake-camera.mjs';

const suite = startSuite({ before, after });
const wk = (lang) => JSON.parse(readFileSync(join(ROOT, `content/locales/${lang}/workshop.json`), 'utf8'));
const W = wk('en');
const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, k) => String(values[k]));

const plan = planFor(SHORT_PROFILE);
const areaIndex = new Map(plan.areas.map((a, i) => [a.id, i]));
/** Participant p answers every statement of the plan's area number a at level ((p + a) mod 5) + 1. */
const level = (p, a) => ((p + a) % 5) + 1;
/**
 * The statement's answer: its area's level, except that participant 6 (p = 5), whose levels are participant
 * 1's, answers the first two statements of area 2 (level 2) with 1 and 3: the same area score, but another
 * result, so that the two are not one result when they finish in the same minute.
 */
function answer(p, st) {
  const a = areaIndex.get(st.area);
  const k = plan.areas[a].statements.indexOf(st.id);
  if (p === 5 && a === 1 && k < 2) return k === 0 ? 1 : 3;
  return level(p, a);
}

/**
 * The six values of area a are then 1, 2, 3, 4, 5 and once more d = (a mod 5) + 1. Worked out by hand
 * (type 7: h = 5p; sorted x0..x5), shown with one decimal, halves up:
 *   d = 1: 1 1 2 3 4 5  q1 1.25 → 1.3, median 2.5, q3 3.75 → 3.8
 *   d = 2: 1 2 2 3 4 5  q1 2.0, median 2.5, q3 3.8
 *   d = 3: 1 2 3 3 4 5  q1 2.25 → 2.3, median 3.0, q3 3.8
 *   d = 4: 1 2 3 4 4 5  q1 2.3, median 3.5, q3 4.0
 *   d = 5: 1 2 3 4 5 5  q1 2.3, median 3.5, q3 4.75 → 4.8
 */
const EXPECTED = { 1: ['1.3', '2.5', '3.8'], 2: ['2.0', '2.5', '3.8'], 3: ['2.3', '3.0', '3.8'], 4: ['2.3', '3.5', '4.0'], 5: ['2.3', '3.5', '4.8'] };

const participants = [];

/** Participant p completes the assessment; returns the share link, the result file and the QR code's picture. */
async function participate(p) {
  const context = await suite.browser.newContext({ viewport: { width: 1000, height: 900 }, serviceWorkers: 'block', acceptDownloads: true });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await gotoApp(page, suite);
  await walkToResults(page, SHORT_PROFILE, (i, st) => answer(p, st));
  await page.waitForFunction(() => document.getElementById('share-link')?.value.includes('#result='));
  const link = await page.locator('#share-link').inputValue();
  if (p === 0) {
    // "Show my code to the trainer": the code alone on the screen, large, with its note, and back.
    const T = textsFor('en');
    await button(page, T.ut('share.show-code')).click();
    await page.locator('#my-code.alone').waitFor();
    const box = await page.locator('#my-code svg').boundingBox();
    assert.ok(box.width >= 600 && box.height >= 600, `the code is large: ${box.width} × ${box.height} px in a 1000 × 900 window`);
    assert.ok(await page.getByText(T.ut('share.show-code-note')).isVisible());
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'my-code-close');
    await expectNoViolations(page, '"Show my code to the trainer"');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.getElementById('my-code').classList.contains('alone'));
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'my-code-show');
  }
  const [download] = await Promise.all([page.waitForEvent('download'), button(page, textsFor('en').ut('keep.json')).click()]);
  const file = readFileSync(await download.path());
  // The participant's QR code as a camera would see it: drawn on white, 640 × 480, as luma.
  const luma = await page.evaluate(async () => {
    const svg = document.querySelector('#my-code svg');
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.outerHTML)}`;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: 640, height: 480 });
    const c = canvas.getContext('2d');
    c.fillStyle = '#fff';
    c.fillRect(0, 0, 640, 480);
    c.imageSmoothingEnabled = false;
    c.drawImage(image, 100, 20, 440, 440);
    const { data } = c.getImageData(0, 0, 640, 480);
    const out = [];
    for (let i = 0; i < data.length; i += 4) out.push((77 * data[i] + 150 * data[i + 1] + 29 * data[i + 2]) >> 8);
    return out;
  });
  await context.close();
  return { link, file, luma };
}

async function openTrainer(t, lang = 'en') {
  const { page, errors, context } = await openPage(suite, t, { contextOptions: { acceptDownloads: true } });
  if (lang !== 'en') await context.addInitScript((l) => localStorage.setItem('skills-radar.language', l), lang);
  await page.goto(`${suite.url}#workshop`);
  await waitForHeading(page, wk(lang)['workshop.title']);
  return { page, errors };
}

async function createWorkshop(page, name, min, T = W) {
  await page.locator('#workshop-name').fill(name);
  await page.locator('#workshop-min').fill(String(min));
  await button(page, T['workshop.create']).click();
  await waitForHeading(page, name, { focus: true });
}

async function paste(page, text) {
  await page.locator('#workshop-paste').fill(text);
  await button(page, W['workshop.paste.add']).click();
}

const countText = (n) => fill(W[n === 1 ? 'workshop.count.one' : 'workshop.count.other'], { count: n });

async function groupTable(page) {
  return page.locator('table.group-table tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('td, th')].map((c) => c.textContent.trim())));
}

test('six participants complete the assessment', { timeout: 600_000 }, async () => {
  for (let p = 0; p < 6; p++) participants.push(await participate(p));
  assert.equal(new Set(participants.map((x) => x.link)).size, 6, 'six different results');
});

test('pasting: only the count below the minimum, then medians and quartiles as worked out by hand', { timeout: 120_000 }, async (t) => {
  const { page, errors } = await openTrainer(t);
  await expectNoViolations(page, 'the trainer view');
  await createWorkshop(page, 'Team A, 2 December', 5);
  // One fewer than the minimum: the count and why, no figure.
  await paste(page, participants.slice(0, 4).map((x) => x.link).join('\n'));
  await page.getByText(countText(4), { exact: true }).waitFor();
  await page.getByText(fill(W['workshop.waiting.other'], { count: 4, min: 5 })).waitFor();
  assert.equal(await page.locator('table.group-table, .workshop-chart').count(), 0, 'no chart or table below the minimum');
  // A chat with all six links among other text, one of them twice, and a damaged link.
  const good = participants[5].link;
  const code = good.split('#result=')[1];
  const damaged = `${good.split('#result=')[0]}#result=${code.slice(0, 20)}${code[20] === 'A' ? 'B' : 'A'}${code.slice(21)}`;
  const chat = [
    '[10:02] Trainer: please paste your result links here',
    ...participants.map((x, i) => `[10:1${i}] Participant ${i + 1}: here it is ${x.link} thanks!`),
    `[10:20] Participant 2: again ${participants[1].link}`,
    `[10:21] Participant 7: mine ${damaged}`,
  ].join('\n');
  await paste(page, chat);
  await page.getByText(countText(6), { exact: true }).waitFor();
  await page.getByText(fill(W['workshop.added.other'], { count: 2 })).waitFor();
  const refused = await page.locator('.workshop-refused li').allInnerTexts();
  assert.equal(refused.filter((r) => r.endsWith(W['workshop.refused.duplicate'])).length, 5, `four counted before and one twice: ${refused}`);
  assert.equal(refused.length, 6, `and the damaged link: ${refused}`);
  assert.ok(!refused.at(-1).endsWith(W['workshop.refused.duplicate']), 'the damaged link is refused for what it is');
  // The table: every area of the plan, answered by 6, with the hand-computed figures.
  const rows = await groupTable(page);
  assert.equal(rows.length, plan.areas.length);
  const bt = textsFor('en').bt;
  plan.areas.forEach((area, a) => {
    const d = (a % 5) + 1;
    const [number, name, answered, median, q1, q3, ...rest] = rows[a];
    assert.deepEqual([number, name, answered], [String(a + 1), bt(`area.${area.id}.name`), '6'], `row ${a + 1}`);
    assert.deepEqual([q1, median, q3], EXPECTED[d], `${area.id}: q1, median, q3`);
    // Each level has one or two people: always fewer than the minimum of 5.
    assert.deepEqual(rest.slice(0, 5), Array(5).fill(fill(W['workshop.fewer'], { min: 5 })), `${area.id}: counts per level`);
  });
  const mix = await page.locator('.workshop-mix td').allInnerTexts();
  assert.ok(mix.includes('6'), 'six with no profession family');
  await expectNoViolations(page, 'the group picture');
  assert.deepEqual(errors, []);
});

test('exports hold aggregates only; projector keys; reload keeps the workshop; "End workshop and delete" removes it', { timeout: 120_000 }, async (t) => {
  const { page, errors } = await openTrainer(t);
  await createWorkshop(page, 'Exports', 5);
  await paste(page, participants.map((x) => x.link).join(' '));
  await page.getByText(countText(6), { exact: true }).waitFor();
  const save = async (id) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`#${id}`).click()]);
    return { name: file.suggestedFilename(), body: readFileSync(await file.path(), 'utf8') };
  };
  const csv = await save('workshop-csv');
  assert.equal(csv.name, 'skills-radar-workshop-Exports.csv');
  const lines = csv.body.replace(/^\ufeff/, '').trim().split('\r\n');
  assert.equal(lines[0], 'layer_id,layer,area_id,area,answered,median,q1,q3,level_1,level_2,level_3,level_4,level_5,target');
  assert.equal(lines.length, plan.areas.length + 1);
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    assert.equal(cells[4], '6');
    assert.deepEqual(cells.slice(8, 13), Array(5).fill('<5'), `no count below 5 is written: ${line}`);
  }
  const svg = await save('workshop-svg');
  for (const body of [csv.body, svg.body]) {
    for (const { link } of participants) assert.ok(!body.includes(link.split('#result=')[1]), 'no participant code');
    assert.ok(!/20\d\d-\d\d-\d\dT/.test(body), 'no completion time');
  }
  assert.ok(!svg.body.includes('class="you"') && svg.body.includes('class="median"') && svg.body.includes('class="band"'));
  const png = await Promise.all([page.waitForEvent('download'), page.locator('#workshop-png').click()]);
  assert.equal(png[0].suggestedFilename(), 'skills-radar-workshop-Exports.png');

  // The projector: its sections by key, and Esc leaves it.
  await button(page, W['workshop.projector.open']).click();
  await page.locator('.projector .workshop-chart img').waitFor();
  await expectNoViolations(page, 'the projector view (chart)');
  await page.keyboard.press('2');
  await page.locator('.projector table.group-table').waitFor();
  await page.keyboard.press('ArrowRight');
  await page.locator('.projector .workshop-summary').waitFor();
  await expectNoViolations(page, 'the projector view (focus areas)');
  await page.keyboard.press('Escape');
  await waitForHeading(page, 'Exports', { focus: true });

  // Kept in the browser: a reload lists it, and it opens with its six results.
  await page.reload();
  await waitForHeading(page, W['workshop.title']);
  await page.getByRole('button', { name: `${W['workshop.open']}: Exports` }).click();
  await waitForHeading(page, 'Exports', { focus: true });
  await page.getByText(countText(6), { exact: true }).waitFor();
  await button(page, W['workshop.end']).click();
  await button(page, W['workshop.delete.yes']).click();
  await waitForHeading(page, W['workshop.title'], { focus: true });
  assert.equal(await page.getByRole('button', { name: `${W['workshop.open']}: Exports` }).count(), 0);
  const kept = await page.evaluate(() => localStorage.getItem('skills-radar.workshops'));
  for (const { link } of participants) assert.ok(!kept.includes(link.split('#result=')[1]), 'every code is gone');
  await page.reload();
  await waitForHeading(page, W['workshop.title']);
  assert.equal(await page.getByRole('button', { name: `${W['workshop.open']}: Exports` }).count(), 0, 'still gone after a reload');
  assert.deepEqual(errors, []);
});

test('files dropped at once are counted', { timeout: 60_000 }, async (t) => {
  const { page, errors } = await openTrainer(t);
  await createWorkshop(page, 'Files', 3);
  const files = participants.slice(0, 3).map((x, i) => ({ name: `result-${i + 1}.json`, text: x.file.toString('utf8') }));
  await page.evaluate((files) => {
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(new File([f.text], f.name, { type: 'application/json' }));
    transfer.items.add(new File(['not a result'], 'notes.txt', { type: 'text/plain' }));
    document.querySelector('.drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
  await page.getByText(countText(3), { exact: true }).waitFor();
  const refused = await page.locator('.workshop-refused li').allInnerTexts();
  assert.equal(refused.length, 1);
  assert.ok(refused[0].startsWith('notes.txt'), refused[0]);
  assert.deepEqual(errors, []);
});

test('in Arabic: the trainer view, the group picture and the projector, right to left, with no axe violation', { timeout: 120_000 }, async (t) => {
  const A = wk('ar');
  const { page, errors } = await openTrainer(t, 'ar');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  await expectNoViolations(page, 'the trainer view in Arabic');
  await createWorkshop(page, 'ورشة', 5, A);
  await page.locator('#workshop-paste').fill(participants.map((x) => x.link).join('\n'));
  await button(page, A['workshop.paste.add']).click();
  await page.locator('table.group-table').waitFor();
  await expectNoViolations(page, 'the group picture in Arabic');
  await button(page, A['workshop.projector.open']).click();
  await page.locator('.projector .workshop-chart img').waitFor();
  await expectNoViolations(page, 'the projector view in Arabic');
  // Right to left, the left arrow moves on to the table.
  await page.keyboard.press('ArrowLeft');
  await page.locator('.projector table.group-table').waitFor();
  assert.deepEqual(errors, []);
});

test("the camera: a participant's QR code shown to Chromium's fake camera is counted", { timeout: 90_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'skills-radar-camera-'));
  const video = join(dir, 'qr.y4m');
  writeFileSync(video, y4m(Uint8Array.from(participants[2].luma), 640, 480));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
  t.after(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, serviceWorkers: 'block', permissions: ['camera'] });
  const trainer = await context.newPage();
  const pageErrors = [];
  trainer.on('pageerror', (e) => pageErrors.push(e.message));
  await trainer.goto(`${suite.url}#workshop`);
  await waitForHeading(trainer, W['workshop.title']);
  await createWorkshop(trainer, 'Camera', 3);
  await button(trainer, W['workshop.camera.start']).click();
  await trainer.getByText(countText(1), { exact: true }).waitFor({ timeout: 30_000 });
  // The same code stays in view: still one.
  await trainer.waitForTimeout(1500);
  assert.equal(await trainer.getByText(countText(1), { exact: true }).count(), 1);
  await button(trainer, W['workshop.camera.stop']).click();
  assert.deepEqual(pageErrors, []);
});

test('the welcome screen leads to the trainer view, and back to the assessment', { timeout: 60_000 }, async (t) => {
  const { page, errors } = await openPage(suite, t);
  await gotoApp(page, suite);
  await page.getByRole('link', { name: textsFor('en').ut('welcome.workshop') }).click();
  await waitForHeading(page, W['workshop.title']);
  await page.getByRole('link', { name: W['workshop.back'] }).click();
  await waitForHeading(page, textsFor('en').ut('welcome.title'));
  assert.deepEqual(errors, []);
});

test('two workshops compare by the change of the median per area, worked out by hand', { timeout: 90_000 }, async (t) => {
  const { page, errors } = await openTrainer(t);
  // Before: participants 1 to 5, whose values in every area are 1, 2, 3, 4 and 5 once each: median 3.
  await createWorkshop(page, 'Before', 5);
  await paste(page, participants.slice(0, 5).map((x) => x.link).join('\n'));
  await page.getByText(countText(5), { exact: true }).waitFor();
  await button(page, W['workshop.close']).click();
  await waitForHeading(page, W['workshop.title'], { focus: true });
  // After: all six, whose medians are in EXPECTED; the change is that median less 3.
  await createWorkshop(page, 'After', 5);
  await paste(page, participants.map((x) => x.link).join('\n'));
  await page.getByText(countText(6), { exact: true }).waitFor();
  await page.locator('#workshop-compare').selectOption('Before');
  await page.locator('#workshop-compare-caption').waitFor();
  const rows = await page.locator('.workshop-compare tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent.trim())));
  const change = { 1: '−0.5', 2: '−0.5', 3: '0.0', 4: '+0.5', 5: '+0.5' };
  assert.equal(rows.length, plan.areas.length);
  plan.areas.forEach((area, a) => {
    const d = (a % 5) + 1;
    assert.deepEqual(rows[a], ['3.0', EXPECTED[d][1], change[d]], `${area.id}: before, after, change`);
  });
  await expectNoViolations(page, 'the comparison');
  assert.deepEqual(errors, []);
});

test('the group picture prints on one page', { timeout: 60_000 }, async (t) => {
  const { page } = await openTrainer(t);
  await createWorkshop(page, 'Print', 5);
  await paste(page, participants.map((x) => x.link).join('\n'));
  await page.locator('table.group-table').waitFor();
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, `the printed group picture takes ${pages} pages`);
  // The count is of pages indeed: the same page as on screen takes several.
  await page.emulateMedia({ media: 'screen' });
  const screen = (await page.pdf({ format: 'A4' })).toString('latin1');
  assert.ok((screen.match(/\/Type\s*\/Page[^s]/g) ?? []).length > 1, 'the screen layout would not fit one page');
});
