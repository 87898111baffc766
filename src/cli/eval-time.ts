/**
 * Score the temporal tagger on TimeML gold with the TempEval-3 scorer, and measure its speed.
 *
 *   npm run eval:time [-- --dir ../shared/timeml/wikiwars/tml --no-dct] [-- --errors]
 *   npm run eval:time -- --dir test/fixtures/timeml-news   (our own made-up news, see its README)
 *
 * --no-dct ignores the documents' creation times (WikiWars' DCT is a download date, not a
 * publication date: its timexes anchor on the narrative).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tagTimexes } from '../core/time/index';
import { tagDocs } from './timex';
import { arg } from './args';

// A closed pipe (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tools = path.resolve(repoRoot, '../shared/tools');

const dir = path.resolve(repoRoot, arg('--dir') ?? '../shared/timeml/tbaq');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'eval-time-'));
const docsPath = path.join(tmp, 'docs.json');
const predsPath = path.join(tmp, 'preds.json');
execFileSync(process.execPath, [path.join(tools, 'te3-extract.mjs'), dir, '--out', docsPath], {
  stdio: 'ignore',
});
const docs = JSON.parse(readFileSync(docsPath, 'utf8')) as Record<
  string,
  { dct: string | null; text: string }
>;

// Throughput: warm up once, then time repeated passes over the whole collection.
const texts = Object.values(docs);
const bytes = texts.reduce((n, d) => n + new TextEncoder().encode(d.text).length, 0);
const ignoreDct = process.argv.includes('--no-dct');
const preds = tagDocs(docs, { ignoreDct });
let passes = 0;
// CPU time as well as wall time: on a shared 2-core machine the wall clock mostly measures the neighbours.
const cpu0 = process.cpuUsage();
const t0 = performance.now();
while (performance.now() - t0 < 2000 || passes < 2) {
  for (const d of texts) tagTimexes(d.text, { reference: ignoreDct ? null : d.dct });
  passes++;
}
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
writeFileSync(predsPath, JSON.stringify(preds));

const scorerArgs = [path.join(tools, 'timex-score.mjs'), dir, predsPath];
if (process.argv.includes('--errors')) {
  const report = path.join(tmp, 'report.json');
  const summary = execFileSync(process.execPath, [...scorerArgs, '--errors', '--out', report], {
    encoding: 'utf8',
  });
  process.stdout.write(summary);
  process.stdout.write(`errors report: ${report}\n`);
} else {
  process.stdout.write(
    execFileSync(process.execPath, [...scorerArgs, '--summary-only'], { encoding: 'utf8' }),
  );
}
// TimeML's mod (START, END, APPROX, MORE_THAN, ...) is shown to readers but TempEval-3 does not
// score it: agreement on the expressions whose spans match exactly.
type GoldDoc = { timexes: { start: number; end: number; attrs: Record<string, string | undefined> }[] };
const te3 = (await import(pathToFileURL(path.join(tools, 'te3-extract.mjs')).href)) as {
  loadTmlDocs: (dir: string) => Map<string, GoldDoc>;
  goldTimexes: (doc: GoldDoc) => GoldDoc['timexes'];
};
let modSame = 0;
let modPairs = 0;
let modMarked = 0;
for (const [name, doc] of te3.loadTmlDocs(dir)) {
  const ours = new Map((preds[name] ?? []).map((p) => [`${p.start}:${p.end}`, p.mod ?? '']));
  for (const t of te3.goldTimexes(doc)) {
    const mod = ours.get(`${t.start}:${t.end}`);
    if (mod === undefined) continue;
    const gold = t.attrs.mod ?? '';
    modPairs++;
    if (gold || mod) modMarked++;
    if (gold === mod) modSame++;
  }
}
process.stdout.write(
  `mod (not scored by TE3): same on ${modSame} of ${modPairs} exact-span matches; ${modSame - (modPairs - modMarked)} of the ${modMarked} where either side has one\n`,
);
const mb = (bytes * passes) / 1e6;
process.stdout.write(
  `throughput: ${(mb / seconds).toFixed(2)} MB/s wall, ${(mb / cpuSeconds).toFixed(2)} MB/s CPU (${texts.length} docs, ${(bytes / 1e6).toFixed(3)} MB x ${passes} passes in ${seconds.toFixed(2)} s, ${cpuSeconds.toFixed(2)} s CPU)\n`,
);
process.stdout.write(`predictions: ${predsPath}\n`);
