/**
 * Score topic tagging against dated sentences annotated by hand: test/fixtures/topics (see its
 * README).
 *
 *   npm run eval:topics [-- --dir test/fixtures/topics] [-- --half dev|held] [-- --errors]
 *
 * Each set's articles are parsed together as one corpus, the way the app opens a collection, all
 * given one publication date. For every sentence the gold lists (each holds a temporal
 * expression), the topics of the events the app built in it are compared with the gold's:
 * precision, recall and F1 over (sentence, topic) pairs, overall and by topic. Sentences the app
 * made no event of are counted apart. `--errors` lists each sentence whose topics differ, with the
 * words that triggered what the app gave.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTopicSets, scoreTopicSets, summariseTopics } from './topic-score';
import { arg, half } from './args';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The development half of the bundled sets; the other was held out (test/fixtures/topics/README.md). */
const HALVES: Record<'dev' | 'held', string[]> = { dev: ['ta', 'tc', 'td', 'te', 'tf'], held: ['tb'] };

const fmt = (n: number) => n.toFixed(1);

function main(): number {
  const dir = path.resolve(arg('--dir') ?? path.join(repoRoot, 'test/fixtures/topics'));
  const sets = readTopicSets(dir, half(HALVES));
  if (sets.length === 0) throw new Error(`no annotated sets under ${dir}`);
  const { sentences, ms } = scoreTopicSets(sets);
  const s = summariseTopics(sentences);
  console.log(
    `sets=${sets.length} articles=${sets.reduce((n, x) => n + x.files.length, 0)} | dated sentences ${s.sentences}, ` +
      `${s.withEvents} made events (${fmt((100 * s.withEvents) / Math.max(1, s.sentences))}%) | parse ${ms.toFixed(0)} ms`,
  );
  console.log(
    `all topics   P/R/F1 ${fmt(s.all.p)}/${fmt(s.all.r)}/${fmt(s.all.f1)} (${s.all.tp} right, ${s.all.fp} spurious, ` +
      `${s.all.fn} missed) | sentences with exactly the gold's topics ${s.exact} of ${s.withEvents} ` +
      `(${fmt((100 * s.exact) / Math.max(1, s.withEvents))}%)`,
  );
  // (Topics neither the gold nor the app gave on these sentences are left out.)
  for (const t of s.topics.filter((x) => x.tp + x.fp + x.fn > 0))
    console.log(
      `  ${t.id.padEnd(20)} P/R/F1 ${fmt(t.p).padStart(5)}/${fmt(t.r).padStart(5)}/${fmt(t.f1).padStart(5)}` +
        `  (${t.tp} right, ${t.fp} spurious, ${t.fn} missed)`,
    );
  if (process.argv.includes('--errors'))
    for (const x of sentences) {
      if (x.system === null) {
        console.log(`NO EVENT ${x.file}: ${x.sentence}`);
        continue;
      }
      const missed = x.gold.filter((t) => !x.system!.includes(t));
      const spurious = x.system.filter((t) => !x.gold.includes(t));
      if (missed.length + spurious.length === 0) continue;
      console.log(`${x.file}: ${x.sentence}`);
      if (missed.length) console.log(`   MISSED   ${missed.join(', ')}`);
      for (const t of spurious) console.log(`   SPURIOUS ${t} [${x.triggers[t]!.join(', ')}]`);
    }
  return 0;
}

process.exitCode = main();
