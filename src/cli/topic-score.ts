import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseCorpus, type Corpus } from '../core';
import { TOPICS } from '../core/topics/vocabulary';

/**
 * Scoring topic tagging against dated sentences annotated by hand (test/fixtures/topics, see its
 * README): for each sentence that holds a temporal expression, the topics a reader filtering the
 * timeline by topic would expect its event under. What a reader filters is events, so the topics
 * scored are those of the events the app builds from each sentence.
 */

export type GoldSentence = { sentence: string; topics: string[] };

/** One annotated set: its folder name, articles (file name -> text) and gold sentences by file. */
export type TopicSet = {
  name: string;
  files: { name: string; text: string }[];
  gold: Map<string, GoldSentence[]>;
};

/** One gold sentence as scored: the topics the app gave its events (null: it made no event there). */
export type SentenceScore = {
  file: string;
  sentence: string;
  gold: string[];
  system: string[] | null;
  /** The words that triggered each topic the app gave. */
  triggers: Record<string, string[]>;
};

const TOPIC_IDS = new Set(TOPICS.map((t) => t.id));

/**
 * Read the annotated sets under `dir` (each a folder of `.txt` articles and a `gold.json`), only
 * those named in `only` if given. Unknown topic ids and sentences not found in their article are
 * errors: the key must say exactly what it scores.
 */
export function readTopicSets(dir: string, only?: readonly string[]): TopicSet[] {
  const sets: TopicSet[] = [];
  for (const name of readdirSync(dir).sort()) {
    const folder = path.join(dir, name);
    if (!statSync(folder).isDirectory() || (only && !only.includes(name))) continue;
    const raw = JSON.parse(readFileSync(path.join(folder, 'gold.json'), 'utf8')) as Record<
      string,
      GoldSentence[]
    >;
    const files = Object.keys(raw)
      .sort()
      .map((file) => ({ name: `${name}-${file}`, text: readFileSync(path.join(folder, file), 'utf8') }));
    for (const [file, sentences] of Object.entries(raw)) {
      const text = files.find((f) => f.name === `${name}-${file}`)!.text;
      for (const s of sentences) {
        for (const t of s.topics)
          if (!TOPIC_IDS.has(t)) throw new Error(`${name}/${file}: unknown topic ${t}`);
        if (!text.includes(s.sentence))
          throw new Error(`${name}/${file}: sentence not in the article: ${s.sentence}`);
      }
    }
    sets.push({ name, files, gold: new Map(Object.entries(raw).map(([f, s]) => [`${name}-${f}`, s])) });
  }
  return sets;
}

/** The publication date every scored article is given, so that each relative date resolves. */
const PUBLISHED = '2024-06-14';

/**
 * Parse each set as one corpus (the way the app opens a collection) and pair every gold sentence
 * with the events the app built inside it: their topics, united (the dates of one sentence share
 * its topics). A sentence whose events all fall outside it, or that has none, scores as `null`.
 */
export function scoreTopicSets(sets: readonly TopicSet[]): { sentences: SentenceScore[]; ms: number } {
  const sentences: SentenceScore[] = [];
  let ms = 0;
  for (const set of sets) {
    const started = performance.now();
    const corpus = parseCorpus(set.files, {
      articles: set.files.map((f) => ({ file: f.name, published: PUBLISHED })),
    });
    ms += performance.now() - started;
    const eventsOf = eventsByFile(corpus);
    for (const f of set.files) {
      const article = corpus.articles.find((a) => a.file === f.name);
      const events = eventsOf.get(f.name) ?? [];
      for (const g of set.gold.get(f.name) ?? []) {
        const at = article ? article.text.indexOf(g.sentence) : -1;
        const inside =
          at < 0 ? [] : events.filter((e) => e.timex.start >= at && e.timex.end <= at + g.sentence.length);
        const triggers: Record<string, string[]> = {};
        for (const e of inside)
          for (const t of e.topics) triggers[t.id] = [...new Set([...(triggers[t.id] ?? []), ...t.triggers])];
        sentences.push({
          file: f.name,
          sentence: g.sentence,
          gold: [...g.topics].sort(),
          system: inside.length ? Object.keys(triggers).sort() : null,
          triggers,
        });
      }
    }
  }
  return { sentences, ms };
}

function eventsByFile(corpus: Corpus): Map<string, Corpus['events']> {
  const file = new Map(corpus.articles.map((a) => [a.id, a.file]));
  const out = new Map<string, Corpus['events']>();
  for (const e of corpus.events) {
    const name = file.get(e.articleId);
    if (!name) continue;
    const list = out.get(name) ?? [];
    list.push(e);
    out.set(name, list);
  }
  return out;
}

export type TopicRow = { tp: number; fp: number; fn: number; p: number; r: number; f1: number };

const row = (tp: number, fp: number, fn: number): TopicRow => {
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { tp, fp, fn, p: 100 * p, r: 100 * r, f1: p + r ? (200 * p * r) / (p + r) : 0 };
};

/**
 * Precision, recall and F1 over (sentence, topic) pairs, overall and by topic, on the sentences
 * the app made an event of; how many gold sentences it made none of; and the share of sentences
 * whose topics are exactly the gold's.
 *
 * @example summariseTopics([{ file: 'a', sentence: 's', gold: ['labour'], system: ['labour', 'sport'], triggers: {} }]).all.p
 * // 50: one topic right, one too many
 */
export function summariseTopics(sentences: readonly SentenceScore[]) {
  const scored = sentences.filter((s) => s.system !== null);
  const byTopic = new Map<string, { tp: number; fp: number; fn: number }>(
    TOPICS.map((t) => [t.id, { tp: 0, fp: 0, fn: 0 }]),
  );
  for (const s of scored) {
    for (const t of s.gold) byTopic.get(t)![s.system!.includes(t) ? 'tp' : 'fn']++;
    for (const t of s.system!) if (!s.gold.includes(t)) byTopic.get(t)!.fp++;
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of byTopic.values()) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return {
    all: row(tp, fp, fn),
    topics: [...byTopic].map(([id, c]) => ({ id, ...row(c.tp, c.fp, c.fn) })),
    sentences: sentences.length,
    withEvents: scored.length,
    exact: scored.filter((s) => s.gold.join() === s.system!.join()).length,
  };
}
