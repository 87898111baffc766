/**
 * Score event merging ("the same happening reported by several sources is one event") against
 * story packs annotated by hand: test/fixtures/clusters (see its README).
 *
 *   npm run eval:cluster [-- --dir test/fixtures/clusters] [-- --half dev|held] [-- --each] [-- --errors] [-- --per-pack]
 *
 * Every pack's articles are parsed together as one corpus, with their manifests' titles, sources
 * and dates, the way the app opens a collection. Pair precision counts pairs of events the app put
 * in one cluster (from different articles) that date the same annotated happening; pair recall
 * counts pairs of articles reporting one happening that the app put in one cluster. `--errors`
 * lists the wrong merges and the missed pairs. `--each` parses every pack alone instead (a reader
 * opening one story's coverage) and sums the pairs.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPacks, scoreClusters, scorePacks } from './cluster-score';
import { arg, half } from './args';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The development half of the bundled packs; the rest were held out (test/fixtures/clusters/README.md). */
const HALVES: Record<'dev' | 'held', string[]> = {
  dev: ['ca', 'cb', 'cc', 'cd', 'ci'],
  held: ['ce', 'cf', 'cg', 'ch'],
};

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '-');
const f1 = (p: number, r: number) => (p + r ? ((2 * p * r) / (p + r)).toFixed(1) : '-');

function main(): number {
  const dir = path.resolve(arg('--dir') ?? path.join(repoRoot, 'test/fixtures/clusters'));
  const packs = readPacks(dir, half(HALVES));
  if (packs.length === 0) throw new Error(`no story packs under ${dir}`);
  if (process.argv.includes('--each')) {
    // Each pack opened alone, as a reader opens one story's coverage: the scores summed.
    const sum = { right: 0, wrong: 0, recalled: 0, gold: 0 };
    for (const pack of packs) {
      const { score } = scorePacks([pack]);
      sum.right += score.rightPairs;
      sum.wrong += score.wrongPairs;
      sum.recalled += score.recalledPairs;
      sum.gold += score.goldPairs;
    }
    const p = sum.right / Math.max(1, sum.right + sum.wrong);
    const r = sum.recalled / Math.max(1, sum.gold);
    console.log(
      `${packs.length} packs, each parsed alone | pairs: precision ${pct(sum.right, sum.right + sum.wrong)} ` +
        `(${sum.right} right, ${sum.wrong} wrong) | recall ${pct(sum.recalled, sum.gold)} ` +
        `(${sum.recalled} of ${sum.gold} article pairs) | F1 ${f1(100 * p, 100 * r)}`,
    );
    return 0;
  }
  const { corpus, events, placed, lost, score: s, ms } = scorePacks(packs);
  const p = s.rightPairs / Math.max(1, s.rightPairs + s.wrongPairs);
  const r = s.recalledPairs / Math.max(1, s.goldPairs);
  const multi = corpus.clusters.filter((c) => c.articles.length > 1).length;
  console.log(
    `packs=${packs.length} articles=${corpus.articles.length} events=${corpus.events.length} ` +
      `clusters with 2+ sources=${multi} | gold mentions ${s.mentions} (${lost} not found in the articles), ` +
      `${s.mentionsFound} became events (${pct(s.mentionsFound, s.mentions)}%)`,
  );
  console.log(
    `pairs: precision ${pct(s.rightPairs, s.rightPairs + s.wrongPairs)} (${s.rightPairs} right, ${s.wrongPairs} wrong, ` +
      `${s.unjudgedPairs} unjudged of ${s.systemPairs}) | recall ${pct(s.recalledPairs, s.goldPairs)} ` +
      `(${s.recalledPairs} of ${s.goldPairs} article pairs) | F1 ${f1(100 * p, 100 * r)} | ` +
      `happenings told by 2+ articles kept whole ${s.wholeHappenings} of ${s.sharedHappenings} ` +
      `(${pct(s.wholeHappenings, s.sharedHappenings)}%) | parse ${ms.toFixed(0)} ms`,
  );
  if (process.argv.includes('--errors')) {
    const byId = new Map(corpus.events.map((e) => [`${e.articleId}:${e.timex.start}`, e]));
    const title = new Map(corpus.articles.map((a) => [a.id, a.file]));
    for (const w of s.wrong) {
      const a = byId.get(`${w.a.articleId}:${w.a.start}`)!;
      const b = byId.get(`${w.b.articleId}:${w.b.start}`)!;
      console.log(
        `WRONG ${w.ha} != ${w.hb} [${a.value}]\n   ${title.get(a.articleId)}: ${a.sentence.text}\n   ${title.get(b.articleId)}: ${b.sentence.text}`,
      );
    }
    const eventsOf = (articleId: string, h: string) =>
      placed
        .filter((g) => g.articleId === articleId && g.happening === h)
        .map((g) => {
          const e = corpus.events.find(
            (x) => x.articleId === articleId && x.timex.start < g.end && g.start < x.timex.end,
          );
          return e ? `[${e.value} ${e.cluster.slice(0, 8)}] ${e.sentence.text}` : '(no event)';
        });
    for (const m of s.missed) {
      console.log(
        `MISSED ${m.happening}\n   ${title.get(m.a)}: ${eventsOf(m.a, m.happening).join(' | ')}\n   ${title.get(m.b)}: ${eventsOf(m.b, m.happening).join(' | ')}`,
      );
    }
  }
  if (process.argv.includes('--per-pack')) {
    for (const pack of packs) {
      const ids = new Set(corpus.articles.filter((a) => a.file.startsWith(`${pack.name}-`)).map((a) => a.id));
      const ps = scoreClusters(
        events.filter((e) => ids.has(e.articleId)),
        placed.filter((g) => ids.has(g.articleId)),
      );
      console.log(
        `${pack.name}: precision ${pct(ps.rightPairs, ps.rightPairs + ps.wrongPairs)} (${ps.wrongPairs} wrong) ` +
          `recall ${pct(ps.recalledPairs, ps.goldPairs)} (${ps.recalledPairs}/${ps.goldPairs})`,
      );
    }
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`eval:cluster: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
