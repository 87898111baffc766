/**
 * `npm run bench [-- --core-only] [--runs N] [--only=app|timeline|big] [--big-mb=N]`
 *
 * Core throughput on the TBAQ news texts (TempEval-3 training data, read from ../shared; the texts
 * are never copied into the repo), repeated to at least 2 MB: MB/s (10^6 bytes of UTF-8 input per
 * second) for parseCorpus and for each stage alone, best of several runs after a warm-up. Then the
 * size of the core bundle (esbuild, minified ESM, gzip) and the share of the country data in it.
 * Then, unless --core-only, the browser benchmark when src/cli/bench-browser.ts exists; with
 * --only=..., that one step of the browser benchmark alone (src/cli/bench-browser.ts).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { parseCorpus, type Article, type Manifest, type SourceFile, type Timex } from '../core';
import { ingestFile } from '../core/ingest';
import { tagTimexes } from '../core/time';
import { findActorCandidates, findCredits, mergeActors } from '../core/actors';
import { assignTopics } from '../core/topics';
import { buildEvents, clusterEvents } from '../core/events';
import type { ColdParse, ColdParseReply } from './bench-worker';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const TBAQ = resolve(ROOT, '../shared/timeml/tbaq');
const MIN_BYTES = 2_000_000;

type TmlDoc = { text: string; dct: string | null };

async function loadTexts(): Promise<{ files: SourceFile[]; manifest: Manifest; bytes: number }> {
  const tools = pathToFileURL(resolve(ROOT, '../shared/tools/te3-extract.mjs')).href;
  const { loadTmlDocs } = (await import(tools)) as { loadTmlDocs: (dir: string) => Map<string, TmlDoc> };
  const docs = [...loadTmlDocs(TBAQ).entries()].sort(([a], [b]) => a.localeCompare(b));
  const files: SourceFile[] = [];
  const manifest: Manifest = { articles: [] };
  let bytes = 0;
  for (let copy = 1; bytes < MIN_BYTES; copy++) {
    for (const [name, doc] of docs) {
      const file = `${name}.${copy}.txt`;
      files.push({ name: file, text: doc.text });
      if (doc.dct) manifest.articles.push({ file, published: doc.dct });
      bytes += Buffer.byteLength(doc.text, 'utf8');
    }
  }
  return { files, manifest, bytes };
}

/**
 * Best wall time and best CPU time (user + system of this process) of `runs` runs after one
 * warm-up, in seconds. CPU time is printed too because the machine is shared: under load, wall
 * time measures the neighbours as much as the code.
 */
function best(runs: number, fn: () => unknown): { wall: number; cpu: number } {
  fn();
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall = Math.min(wall, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { wall: wall / 1000, cpu: cpu / 1000 };
}

function stageInputs(files: SourceFile[], manifest: Manifest) {
  const articles: Article[] = [];
  for (const file of files) {
    const entries = manifest.articles.filter((e) => e.file === file.name);
    for (const item of ingestFile(file, entries)) {
      const published = entries[0]?.published ?? null;
      articles.push({
        id: `${file.name}#${item.part}`,
        title: item.title,
        source: null,
        language: 'en',
        published,
        publishedDate: { value: published, granularity: 'day', source: 'manifest', confidence: 1 },
        file: file.name,
        part: item.part,
        text: item.text,
        paragraphs: item.paragraphs,
        sentences: item.sentences,
        warnings: item.warnings,
      });
    }
  }
  const timexes = new Map<string, Timex[]>(
    articles.map((a) => [
      a.id,
      tagTimexes(a.text, { reference: a.published }).map((t, i) => ({
        ...t,
        id: `${a.id}:t${i}`,
        anchor: undefined,
      })),
    ]),
  );
  const credits = new Map(articles.map((a) => [a.id, findCredits(a.text)]));
  const candidates = articles.map((a) => ({
    articleId: a.id,
    candidates: findActorCandidates(a.text, credits.get(a.id)),
  }));
  const { mentions } = mergeActors(candidates);
  const events = articles.flatMap((a) =>
    buildEvents(
      a,
      timexes.get(a.id)!,
      mentions.filter((m) => m.articleId === a.id),
      credits.get(a.id)!,
    ),
  );
  return { articles, timexes, credits, candidates, mentions, events };
}

/**
 * Milliseconds of parseCorpus in a fresh worker thread, once per run: cold, before the JIT has
 * seen the code, as in the app, which parses each job in a new Web Worker.
 */
async function coldParses(files: SourceFile[], manifest: Manifest, runs: number): Promise<number[]> {
  const dir = await mkdtemp(join(tmpdir(), 'dateline-bench-'));
  const script = join(dir, 'bench-worker.mjs');
  try {
    await build({
      entryPoints: [resolve(ROOT, 'src/cli/bench-worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: script,
      logLevel: 'silent',
    });
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const reply = await new Promise<ColdParseReply>((done, fail) => {
        const worker = new Worker(script);
        worker.once('message', (r: ColdParseReply) => {
          void worker.terminate();
          done(r);
        });
        worker.once('error', fail);
        worker.postMessage({ files, manifest } satisfies ColdParse);
      });
      times.push(reply.ms);
    }
    return times;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function bundleSizes(): Promise<void> {
  const entry = resolve(ROOT, 'src/core/index.ts');
  // Stub the country data to measure its share of the bundle.
  const noCountries: Plugin = {
    name: 'no-countries',
    setup(b) {
      b.onLoad({ filter: /actors[\\/]countries\.json$/ }, () => ({
        contents: '{"countries":[]}',
        loader: 'json',
      }));
    },
  };
  const gz = async (external: string[], plugins: Plugin[] = []) => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      external,
      plugins,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.contents;
    return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
  };
  const noCities: Plugin = {
    name: 'no-cities',
    setup(b) {
      b.onLoad({ filter: /actors[\\/]cities\.json$/ }, () => ({ contents: '{"cities":[]}', loader: 'json' }));
    },
  };
  const full = await gz([]);
  const withoutCountries = await gz([], [noCountries]);
  const withoutCities = await gz([], [noCities]);
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(`core bundle (esbuild, minified ESM): ${kb(full.raw)} KB raw, ${kb(full.gzip)} KB gzip`);
  console.log(
    `  world-countries data (compact countries.json): ${kb(full.raw - withoutCountries.raw)} KB raw, ${kb(full.gzip - withoutCountries.gzip)} KB gzip`,
  );
  console.log(
    `  city-timezones data (compact cities.json): ${kb(full.raw - withoutCities.raw)} KB raw, ${kb(full.gzip - withoutCities.gzip)} KB gzip`,
  );
}

async function main(argv: string[]): Promise<void> {
  if (argv.some((a) => a.startsWith('--only='))) {
    const { runBrowserBench, browserBenchArgs } = await import('./bench-browser');
    const { only, bigMb } = browserBenchArgs(argv);
    if (!only) throw new Error('--only= takes app, timeline or big');
    console.log(`machine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}`);
    await runBrowserBench(undefined, only, undefined, bigMb);
    return;
  }
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Math.max(1, Number(argv[runsAt + 1]) || 3) : 3;
  if (!existsSync(TBAQ)) throw new Error(`TBAQ texts not found at ${TBAQ}`);
  const { files, manifest, bytes } = await loadTexts();
  const mb = bytes / 1e6;
  console.log(
    `input: ${files.length} TBAQ texts (repeated), ${mb.toFixed(2)} MB; best of ${runs} runs after a warm-up`,
  );
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} (wall times suffer under load)`,
  );
  const rate = ({ wall, cpu }: { wall: number; cpu: number }) =>
    `${(mb / wall).toFixed(2)} MB/s wall (${(wall * 1000).toFixed(0)} ms), ${(mb / cpu).toFixed(2)} MB/s CPU`;

  const input = stageInputs(files, manifest);
  const { articles, timexes, credits, candidates, mentions, events } = input;
  const mentionsOf = new Map<string, typeof mentions>();
  for (const m of mentions) {
    const list = mentionsOf.get(m.articleId);
    if (list) list.push(m);
    else mentionsOf.set(m.articleId, [m]);
  }
  const stages: [string, () => unknown][] = [
    [
      'ingest',
      () =>
        files.map((f) =>
          ingestFile(
            f,
            manifest.articles.filter((e) => e.file === f.name),
          ),
        ),
    ],
    ['time', () => articles.map((a) => tagTimexes(a.text, { reference: a.published }))],
    [
      'actors',
      () =>
        mergeActors(
          articles.map((a) => ({
            articleId: a.id,
            candidates: findActorCandidates(a.text, findCredits(a.text)),
          })),
        ),
    ],
    ['topics', () => articles.map((a) => a.sentences.map((s) => assignTopics(a.text.slice(s.start, s.end))))],
    [
      'events',
      () =>
        articles.map((a) =>
          buildEvents(a, timexes.get(a.id)!, mentionsOf.get(a.id) ?? [], credits.get(a.id)!),
        ),
    ],
    ['clusters', () => clusterEvents(events, articles, { mentions })],
  ];
  const total = best(runs, () => parseCorpus(files, manifest));
  console.log(
    `parseCorpus: ${rate(total)}  [${articles.length} articles, ${events.length} events, ${candidates.length} actor inputs]`,
  );
  for (const [name, fn] of stages) console.log(`  ${name.padEnd(8)} ${rate(best(runs, fn))}`);
  const cold = await coldParses(files, manifest, runs);
  const median = [...cold].sort((a, b) => a - b)[Math.floor(cold.length / 2)]!;
  console.log(
    `parseCorpus cold, in a fresh worker thread as the app parses its first job: ${(mb / (median / 1000)).toFixed(2)} MB/s wall (median ${median.toFixed(0)} ms of ${cold.map((t) => t.toFixed(0)).join(', ')})`,
  );

  await bundleSizes();

  const browserBench = resolve(ROOT, 'src/cli/bench-browser.ts');
  if (!argv.includes('--core-only') && existsSync(browserBench)) {
    const mod = (await import(pathToFileURL(browserBench).href)) as {
      runBrowserBench?: () => Promise<unknown>;
    };
    if (typeof mod.runBrowserBench === 'function') await mod.runBrowserBench();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`bench: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 1;
});
