/**
 * Score publication-date inference against known dates, with the dates withheld from the text:
 * the TimeML document creation times of TBAQ, and the bundled corpus manifest.
 *
 *   npm run eval:pubdate [-- --dir ../shared/timeml/tbaq] [-- --list] [-- --no-wikiwars]
 *                        [-- --year-hint] [-- --dateline-hint]   (diagnostics, see below)
 *
 * "exact" counts day values equal to the known date; "within 7 days" counts day values at most 7
 * days off; "coarse containing" counts month or year values whose period holds the known date;
 * "WRONG" counts day values more than 7 days off plus month or year values that miss the date. A
 * wrong date misleads the reader more than an unknown one, so WRONG is the figure to keep small.
 * WikiWars is scored too: its texts are histories, and its creation times (2009) are when the pages
 * were taken, so nearly every answer there counts as wrong; most should stay unknown.
 *
 * Each text is read the way the app reads a file without a manifest date: ingested (headline,
 * stamp and byline lines above the body taken off, page furniture dropped), then dated from its
 * first article's text, headline and stamps. `--raw` infers from the whole text as it stands
 * instead (the measure before stop 25).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFile } from '../core/ingest';
import { findDatelines, inferPublicationDate } from '../core/time/pubdate';
import { tagTimexes } from '../core/time/index';
import { valueToInterval } from '../core/time/interval';
import type { Manifest, PublicationDate } from '../core/types';
import { arg } from './args';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tools = path.resolve(repoRoot, '../shared/tools');
const list = process.argv.includes('--list');

type Case = { id: string; text: string; title?: string; dct: string };
type Row = Case & { got: PublicationDate };

const DAY = 86_400_000;
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;

const raw = process.argv.includes('--raw');

/** The date the app would find for this text opened as a file, or (--raw) from the text as it stands. */
function dateOf(c: Case): PublicationDate {
  if (raw) return inferPublicationDate(c.text, { title: c.title });
  const entries = c.title ? [{ file: c.id, title: c.title }] : [];
  const [first] = ingestFile({ name: c.id, text: c.text }, entries);
  if (!first) return inferPublicationDate(c.text, { title: c.title });
  return inferPublicationDate(first.text, { title: first.title, stamps: first.stamps });
}

/** How one answer compares with the known date. */
type Verdict = 'exact' | 'week' | 'coarse' | 'wrong' | 'unknown';

function verdictOf(got: PublicationDate, dct: string): Verdict {
  if (got.value === null) return 'unknown';
  if (got.granularity === 'day') {
    const off = Math.abs(dayMs(got.value) - dayMs(dct)) / DAY;
    return off === 0 ? 'exact' : off <= 7 ? 'week' : 'wrong';
  }
  // A month or a year is right when its period holds the date, whatever the confidence.
  const iv = valueToInterval(got.value);
  return iv && iv.start <= dct && dct < iv.end ? 'coarse' : 'wrong';
}

function score(name: string, cases: Case[]): void {
  const rows: Row[] = cases.map((c) => ({ ...c, got: dateOf(c) }));
  const verdicts = rows.map((r) => verdictOf(r.got, r.dct));
  const count = (v: Verdict) => verdicts.filter((x) => x === v).length;
  const exact = count('exact');
  const week = exact + count('week');
  const coarse = count('coarse');
  const wrong = count('wrong');
  const unknown = count('unknown');
  const isDay = (r: Row) => r.got.value !== null && r.got.granularity === 'day';
  const wrongDays = rows.filter((r, i) => verdicts[i] === 'wrong' && isDay(r)).length;
  const dateline = rows.filter((r) => r.got.source === 'dateline').length;
  const datelineExact = rows.filter((r, i) => r.got.source === 'dateline' && verdicts[i] === 'exact').length;
  const n = rows.length;
  const dayValues = rows.filter(isDay).length;
  const coarseValues = rows.filter((r) => r.got.value !== null && !isDay(r)).length;
  const answered = n - unknown;
  console.log(`== ${name}`);
  console.log(`docs: ${n}`);
  console.log(
    `exact day: ${exact} (${pct(exact, n)}); within 7 days: ${week} (${pct(week, n)}); coarse containing: ${coarse} (${pct(coarse, n)}); WRONG: ${wrong} (${pct(wrong, n)}); unknown: ${unknown} (${pct(unknown, n)})`,
  );
  console.log(
    `answers given: ${answered}; of those right (within 7 days or containing) ${pct(week + coarse, answered)}, WRONG ${pct(wrong, answered)}`,
  );
  console.log(
    `day values given: ${dayValues}; of those exact ${pct(exact, dayValues)}, within 7 days ${pct(week, dayValues)}, more than 7 days off ${wrongDays}`,
  );
  console.log(`from a dateline: ${dateline}, exact ${datelineExact}`);
  console.log(
    `coarse (month/year) values: ${coarseValues}, containing the date ${coarse}, not containing it ${coarseValues - coarse}`,
  );
  // Wrong answers by confidence: a caller that wants fewer wrong dates can raise its threshold.
  for (const floor of [0.3, 0.5]) {
    const above = rows.filter((r) => r.got.value !== null && r.got.confidence >= floor);
    const bad = above.filter((r) => verdictOf(r.got, r.dct) === 'wrong').length;
    console.log(`  confidence >= ${floor}: ${above.length} answers, ${bad} wrong`);
  }
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
  // The lower bound the panel states when no date is found ("not before 2019"): it must never lie.
  const floors = rows.flatMap((r) => {
    const m = /not before (\d{4})/.exec(r.got.evidence ?? '');
    return m ? [{ floor: +m[1]!, year: +r.dct.slice(0, 4) }] : [];
  });
  const above = floors.filter((f) => f.floor > f.year).length;
  console.log(`year floors stated ("not before"): ${floors.length}; above the publication year: ${above}`);
  if (list) {
    for (const r of rows) {
      const v = verdictOf(r.got, r.dct);
      const mark = { exact: 'OK ', week: 'ok ', coarse: 'co ', wrong: 'XX ', unknown: '-- ' }[v];
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
    for (const c of cases) dateOf(c);
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
  // Diagnostic only: most of these texts never write their year, so append one sentence that ties
  // the creation year to the time of writing, to see how the day inference does once the year is
  // known. The tie must be read as one ("to date"): a bare year named is only a lower bound.
  score(
    `TimeML ${path.basename(dir)}, DIAGNOSTIC: creation year appended ("Figures for YYYY to date are out.")`,
    timeml.map((c) => ({ ...c, text: `${c.text}\nFigures for ${c.dct.slice(0, 4)} to date are out.` })),
  );
}
if (process.argv.includes('--dateline-hint')) {
  // Diagnostic only: what a yearless wire dateline ("CAPITAL, Oct. 17 (Wire) -") and a reported
  // weekday on its day would give, on the texts that name some year. The story's own weekday names
  // are blanked so that only the added one speaks. Every answer that is not exact here is a year
  // chosen wrongly: the figure that shows whether a dateline's year can be trusted.
  const months = [
    'Jan.',
    'Feb.',
    'March',
    'April',
    'May',
    'June',
    'July',
    'Aug.',
    'Sept.',
    'Oct.',
    'Nov.',
    'Dec.',
  ];
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  score(
    `TimeML ${path.basename(dir)}, DIAGNOSTIC: yearless dateline + reported weekday added (texts naming a year)`,
    timeml
      .filter((c) => /\b(1[89]\d\d|20\d\d)\b/.test(c.text))
      .map((c) => {
        const t = new Date(`${c.dct}T00:00:00Z`);
        const head = `CAPITAL, ${months[t.getUTCMonth()]} ${t.getUTCDate()} (Wire) - Officials said on ${days[t.getUTCDay()]} they would act.\n`;
        return {
          ...c,
          text: head + c.text.replace(/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g, 'that day'),
        };
      }),
  );
}

// 2. WikiWars: narratives of past wars. Their "creation time" is the date the pages were copied.
const wikiwars = path.resolve(repoRoot, '../shared/timeml/wikiwars');
if (!process.argv.includes('--no-wikiwars') && !arg('--dir') && existsSync(wikiwars)) {
  const wwPath = path.join(tmp, 'wikiwars.json');
  execFileSync(process.execPath, [path.join(tools, 'te3-extract.mjs'), wikiwars, '--out', wwPath], {
    stdio: 'ignore',
  });
  const ww = JSON.parse(readFileSync(wwPath, 'utf8')) as Record<string, { dct: string | null; text: string }>;
  score(
    'TimeML wikiwars (narratives; their date is when the pages were taken)',
    Object.entries(ww)
      .filter(([, d]) => d.dct)
      .map(([id, d]) => ({ id, text: d.text, dct: d.dct!.slice(0, 10) })),
  );
}

// 3. The bundled corpus against its manifest. File 000 holds two articles; its first (which the top
//    of the page belongs to) is scored against part 1's date, part 2 is skipped.
const corpusDir = path.join(repoRoot, 'src/corpus');
const manifest = JSON.parse(readFileSync(path.join(corpusDir, 'manifest.json'), 'utf8')) as Manifest;
score(
  'bundled corpus (file 000: its first article, against part 1)',
  manifest.articles
    .filter((a) => (a.part ?? 1) === 1 && a.published)
    .map((a) => ({
      id: a.file,
      text: readFileSync(path.join(corpusDir, a.file), 'utf8'),
      title: a.title,
      dct: a.published!,
    })),
);
