/**
 * Score publication-date inference against known dates, with the dates withheld from the text:
 * the TimeML document creation times of TBAQ, and the bundled corpus manifest.
 *
 *   npm run eval:pubdate [-- --dir ../shared/timeml/tbaq] [-- --list] [-- --year-hint]
 *
 * "exact" counts day values equal to the known date; "within 7 days" counts day values at most 7
 * days off; "coarse, contains" counts month or year values whose period holds the known date.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDatelines, inferPublicationDate } from '../core/time/pubdate';
import { tagTimexes } from '../core/time/index';
import { valueToInterval } from '../core/time/interval';
import type { Manifest, PublicationDate } from '../core/types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tools = path.resolve(repoRoot, '../shared/tools');
const list = process.argv.includes('--list');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

type Case = { id: string; text: string; title?: string; dct: string };
type Row = Case & { got: PublicationDate };

const DAY = 86_400_000;
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;

function score(name: string, cases: Case[]): void {
  const rows: Row[] = cases.map((c) => ({ ...c, got: inferPublicationDate(c.text, { title: c.title }) }));
  let exact = 0;
  let week = 0;
  let coarse = 0;
  let unknown = 0;
  let dateline = 0;
  let datelineExact = 0;
  for (const r of rows) {
    const v = r.got.value;
    if (v === null) {
      unknown++;
      continue;
    }
    if (r.got.source === 'dateline') dateline++;
    if (r.got.granularity === 'day') {
      const off = Math.abs(dayMs(v) - dayMs(r.dct)) / DAY;
      if (off === 0) exact++;
      if (off === 0 && r.got.source === 'dateline') datelineExact++;
      if (off <= 7) week++;
    } else {
      const iv = valueToInterval(v);
      if (iv && iv.start <= r.dct && r.dct < iv.end) coarse++;
    }
  }
  const n = rows.length;
  const dayValues = rows.filter((r) => r.got.granularity === 'day').length;
  const coarseValues = rows.filter((r) => r.got.value !== null && r.got.granularity !== 'day').length;
  console.log(`== ${name}`);
  console.log(`docs: ${n}`);
  console.log(`exact day: ${exact} (${pct(exact, n)}); within 7 days: ${week} (${pct(week, n)})`);
  console.log(
    `day values given: ${dayValues}; of those exact ${pct(exact, dayValues)}, within 7 days ${pct(week, dayValues)}`,
  );
  console.log(`from a dateline: ${dateline}, exact ${datelineExact}`);
  console.log(`coarse (month/year) values: ${coarseValues}, containing the date ${coarse}`);
  console.log(`unknown: ${unknown} (${pct(unknown, n)})`);
  // The dateline recogniser on its own: month and day right, whether or not the text gives a year.
  let found = 0;
  let monthDay = 0;
  let monthDayNear = 0;
  for (const r of rows) {
    const d = findDatelines(r.text)[0];
    if (!d) continue;
    found++;
    const [y, m, day] = r.dct.split('-').map(Number) as [number, number, number];
    if (d.month === m && d.day === day) monthDay++;
    // Wire datelines carry the local date; the creation time may be a day later or earlier.
    const off = Math.abs(Date.UTC(y, d.month - 1, d.day) - Date.UTC(y, m - 1, day)) / DAY;
    if (off <= 1) monthDayNear++;
  }
  console.log(
    `datelines found: ${found} (${pct(found, n)}); month and day equal to the date: ${monthDay}, within a day: ${monthDayNear}`,
  );
  const noYear = cases.filter((c) => !/\b(1[89]\d\d|20\d\d)\b/.test(c.text)).length;
  console.log(`texts that write no year at all: ${noYear} (${pct(noYear, n)})`);
  if (list) {
    for (const r of rows) {
      const mark = r.got.value === r.dct ? 'OK ' : r.got.value === null ? '-- ' : 'XX ';
      console.log(
        `${mark}${r.id} dct=${r.dct} got=${r.got.value} ${r.got.source} ${r.got.confidence} | ${r.got.evidence ?? ''}`,
      );
    }
  }
  // Throughput: repeat passes for at least a second. CPU seconds are reported beside wall-clock
  // seconds because the machine is shared: CPU time is the steadier figure.
  const bytes = cases.reduce((s, c) => s + new TextEncoder().encode(c.text).length, 0);
  const rate = (run: () => void) => {
    let passes = 0;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    while (performance.now() - t0 < 1000 || passes < 2) {
      run();
      passes++;
    }
    const wall = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(c0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    return {
      passes,
      wall,
      mbWall: (bytes * passes) / 1e6 / wall,
      mbCpu: (bytes * passes) / 1e6 / cpuSeconds,
    };
  };
  const infer = rate(() => {
    for (const c of cases) inferPublicationDate(c.text, { title: c.title });
  });
  // The tagger pass alone, for scale: inference costs one tagger pass plus its own scoring.
  const tag = rate(() => {
    for (const c of cases) tagTimexes(c.text, { reference: null });
  });
  console.log(
    `throughput: ${((n * infer.passes) / infer.wall).toFixed(0)} docs/s, ${infer.mbWall.toFixed(2)} MB/s wall, ${infer.mbCpu.toFixed(2)} MB per CPU-second (${infer.passes} passes); tagger alone ${tag.mbCpu.toFixed(2)} MB per CPU-second`,
  );
}

// 1. TBAQ: te3-extract gives each document's creation time (dct) and its text without the header.
const dir = path.resolve(repoRoot, arg('--dir') ?? '../shared/timeml/tbaq');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'eval-pubdate-'));
const docsPath = path.join(tmp, 'docs.json');
execFileSync(process.execPath, [path.join(tools, 'te3-extract.mjs'), dir, '--out', docsPath], {
  stdio: 'ignore',
});
const docs = JSON.parse(readFileSync(docsPath, 'utf8')) as Record<
  string,
  { dct: string | null; text: string }
>;
const timeml = Object.entries(docs)
  .filter(([, d]) => d.dct)
  .map(([id, d]) => ({ id, text: d.text, dct: d.dct!.slice(0, 10) }));
score(`TimeML ${path.basename(dir)}`, timeml);
if (process.argv.includes('--year-hint')) {
  // Diagnostic only: most of these texts never write their year, so append one sentence naming
  // the creation year to see how the day inference does once a year is known.
  score(
    `TimeML ${path.basename(dir)}, DIAGNOSTIC: creation year appended as a sentence`,
    timeml.map((c) => ({ ...c, text: `${c.text}\nThe figures were published in ${c.dct.slice(0, 4)}.` })),
  );
}

// 2. The bundled corpus against its manifest. File 000 holds two articles; the whole file is scored
//    against part 1 (the first article, which the top of the page belongs to), part 2 is skipped.
const corpusDir = path.join(repoRoot, 'src/corpus');
const manifest = JSON.parse(readFileSync(path.join(corpusDir, 'manifest.json'), 'utf8')) as Manifest;
score(
  'bundled corpus (file 000 scored whole against part 1)',
  manifest.articles
    .filter((a) => (a.part ?? 1) === 1 && a.published)
    .map((a) => ({
      id: a.file,
      text: readFileSync(path.join(corpusDir, a.file), 'utf8'),
      title: a.title,
      dct: a.published!,
    })),
);
