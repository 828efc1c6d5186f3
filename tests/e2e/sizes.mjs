// What the browser downloads, measured the one way the budget test and the benchmark share: the files a
// server was asked for, each counted once (a browser's HTTP cache would not fetch them twice), compressed
// with brotli at quality 11, as a web server serving pre-compressed files sends them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** The budgets, in bytes of brotli: the first screen in any language, and a whole journey. */
// Raised with bank 2026.12-1 (from 150 and 230 kB): 49 learning resources where there were 29, each described
// in three languages, and 142 statements where there were 132, on two scales (README, "Size and speed").
// The trainer view and its camera decoder are downloaded by trainers only: their budgets are their own.
export const BUDGET = { firstLoad: 153_000, journey: 238_000, trainer: 330_000, scanner: 90_000 };

export const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * The files behind requested paths (`/a/b/file.js` → `file.js` under `prefix`), once each, with their raw and
 * brotli sizes, and the totals. Paths that are not files of `dir` (a 404) are left out.
 */
export function measure(dir, paths, prefix = '/') {
  const files = [...new Set(paths.map((p) => p.slice(prefix.length) || 'index.html'))].sort();
  const rows = [];
  for (const file of files) {
    let bytes;
    try {
      bytes = readFileSync(join(dir, file));
    } catch {
      continue;
    }
    rows.push({ file, raw: bytes.length, brotli: brotli(bytes) });
  }
  return {
    rows,
    raw: rows.reduce((s, r) => s + r.raw, 0),
    brotli: rows.reduce((s, r) => s + r.brotli, 0),
  };
}

export const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

/** A table of a measure, for messages and the benchmark's report. */
export function describe(title, m) {
  const lines = m.rows.map((r) => `  ${r.file.padEnd(52)} ${kB(r.raw).padStart(9)} raw ${kB(r.brotli).padStart(9)} brotli`);
  lines.push(`  ${'total'.padEnd(52)} ${kB(m.raw).padStart(9)} raw ${kB(m.brotli).padStart(9)} brotli (${m.brotli} bytes)`);
  return `${title}\n${lines.join('\n')}`;
}
