import { stemmer } from 'stemmer';
import type { ActorMention, Article, Cluster, Event, Granularity } from '../types';
import { isoToMs, isoWeekStart, msToIsoDay, msToIsoWeek } from '../time/interval';
import { CALENDAR_WORDS, STOPWORDS } from './cues';

const IGNORED = new Set([...STOPWORDS, ...CALENDAR_WORDS]);

/**
 * How alike two reports must be to be merged. The score is the cosine of the two sentences'
 * content words weighted by rarity (tf-idf over the corpus's event sentences), plus a little for
 * shared actors; the threshold rises as the dates get coarser (two reports of one clock time in a
 * story are nearly always one happening, two of one year seldom), when one date lies inside the
 * other, and steeply when the two articles do not tell the same story. Chosen on the development
 * half of test/fixtures/clusters (`npm run eval:cluster`): the best pair F1 at a pair precision of
 * 92% or more.
 */
export const CLUSTER_SCORING = {
  /** Threshold by the coarser date of the two. */
  threshold: {
    clock: 0.12,
    partOfDay: 0.14,
    day: 0.175,
    week: 0.195,
    month: 0.215,
    season: 0.215,
    year: 0.235,
    decade: 0.25,
  },
  /** Added to the threshold when one date lies inside the other ("Tuesday" and "this week"). */
  nested: 0.2,
  /** Added to the score when the two share a person or organisation. */
  sharedNamed: 0.05,
  /** Added to the score when they share any actor (countries included). */
  sharedActor: 0.05,
  /**
   * Added to the threshold unless the two articles tell the same story: the cosine of their
   * words and named persons and organisations (weighted by rarity over the articles) at least `story`.
   */
  otherStory: 0.6,
  story: 0.15,
  /** Content words the two sentences must share. */
  minShared: 1,
};

export type ClusterScoring = typeof CLUSTER_SCORING;
type Band = keyof ClusterScoring['threshold'];

const BAND: Record<Granularity, Band> = {
  minute: 'clock',
  hour: 'clock',
  partOfDay: 'partOfDay',
  day: 'day',
  weekend: 'week',
  week: 'week',
  month: 'month',
  season: 'season',
  quarter: 'season',
  half: 'season',
  year: 'year',
  decade: 'decade',
  century: 'decade',
};
const BAND_ORDER: Band[] = ['clock', 'partOfDay', 'day', 'week', 'month', 'season', 'year', 'decade'];

const stems = new Map<string, string>();
const stem = (w: string) => {
  let s = stems.get(w);
  if (s === undefined) stems.set(w, (s = stemmer(w)));
  return s;
};

/** Characters between a word and a span of the text (0 when they touch or overlap). */
const gap = (start: number, end: number, span: { start: number; end: number }) =>
  Math.max(0, span.start - end, start - span.end);

/**
 * Content words of an event's sentence, stemmed (Porter), without the date itself, function
 * words and calendar words (events/cues.ts). Where the sentence dates other events too (`others`,
 * their timex spans), only the words nearer this event's date than theirs: "Shares fell on
 * Wednesday after the recall announced on Tuesday" gives Wednesday the shares and Tuesday the recall.
 *
 * @example contentWords(event) // Set { 'berg', 'arriv', 'oslo' } for "Berg arrived in Oslo on Friday."
 */
export function contentWords(
  event: Event,
  others: readonly { start: number; end: number }[] = [],
): Set<string> {
  const { sentence, timex } = event;
  const out = new Set<string>();
  for (const m of sentence.text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (w.length < 2 || IGNORED.has(w)) continue;
    const start = sentence.start + m.index;
    const end = start + w.length;
    if (start < timex.end && timex.start < end) continue; // the date itself
    const own = gap(start, end, timex);
    if (others.some((o) => gap(start, end, o) < own)) continue;
    out.add(stem(w));
  }
  return out;
}

const NONE: ReadonlySet<string> = new Set();
/** Characters of an article read for its story: the headline and lead name who and what it is about. */
const STORY_LEAD = 2000;
/** The fewest articles a corpus is taken to hold when weighing words for stories. */
const STORY_BACKGROUND = 50;
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const DAY = 86_400_000;

/** The key of an interval, as events carry it. */
const keyOf = (start: string, end: string) => `${start}|${end}`;

/**
 * The calendar periods an event's date lies in, besides its own interval, as interval keys: a
 * clock time or part of day lies in its day, a day in its ISO week and month, a weekend in its
 * week. "Tuesday" and "this week" may report one happening; "2023" and "Tuesday" are not compared.
 */
function containers(e: Event): string[] {
  const band = BAND[e.granularity];
  if (band !== 'clock' && band !== 'partOfDay' && band !== 'day' && e.granularity !== 'weekend') return [];
  const dayMs = isoToMs(e.start.slice(0, 10));
  if (!Number.isFinite(dayMs)) return [];
  const { year, week } = msToIsoWeek(dayMs);
  const monday = isoWeekStart(year, week);
  const weekKey = keyOf(msToIsoDay(monday), msToIsoDay(monday + 7 * DAY));
  if (e.granularity === 'weekend') return [weekKey];
  const d = new Date(dayMs);
  const monthKey = keyOf(
    msToIsoDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)),
    msToIsoDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)),
  );
  const out = [weekKey, monthKey];
  if (band !== 'day') out.unshift(keyOf(msToIsoDay(dayMs), msToIsoDay(dayMs + DAY)));
  return out;
}

/**
 * Squared inverse document frequency of each word of `docs` (word sets) among `n` documents,
 * log(1 + n / df), leaving out words in more than `maxDf` of them.
 */
function rarity(docs: Iterable<ReadonlySet<string>>, n: number, maxDf = Infinity): Map<string, number> {
  const df = new Map<string, number>();
  for (const set of docs) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const weight = new Map<string, number>();
  for (const [w, k] of df) if (k <= maxDf) weight.set(w, Math.log(1 + n / k) ** 2);
  return weight;
}

/** The length of a word set's vector under `weight` (squared weights). */
function lengthOf(set: ReadonlySet<string>, weight: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const w of set) sum += weight.get(w) ?? 0;
  return Math.sqrt(sum);
}

/** Actors two events share: whether any, and whether one is a person or organisation. */
function sharedActors(a: Event, b: Event): { any: boolean; named: boolean } {
  let any = false;
  for (const x of a.actors)
    if (b.actors.includes(x)) {
      any = true;
      if (!x.startsWith('country:')) return { any, named: true };
    }
  return { any, named: false };
}

/**
 * Group events that report the same happening in different articles. Two events are compared
 * when their dates are the same interval or one lies in the other (a time in its day, a day in its
 * week or month); pairs from different articles are scored by wording (tf-idf cosine of content
 * words) and shared actors against a threshold that rises as the dates get coarser. The best pairs
 * merge first; a cluster never holds two events of one article, and every two of its dates are
 * the same or nested. Every event gets a cluster (a singleton if nothing matches). A cluster lists
 * its most precise report first (its date places the story), then the earliest published; its id
 * comes from that first event's id. The order of the input does not change the result.
 *
 * @example clusterEvents(events, articles).clusters.filter((c) => c.articles.length > 1)
 * // [{ id: 'c-3t765n…', events: ['e-3t765n…', 'e-…', 'e-…'], value: '2023-10-17', articles: ['wire-…', 'paper-…', 'radio-…'] }]
 */
export function clusterEvents(
  events: readonly Event[],
  articles: readonly Pick<Article, 'id' | 'published' | 'text'>[],
  {
    mentions,
    scoring = CLUSTER_SCORING,
  }: { mentions?: readonly ActorMention[]; scoring?: ClusterScoring } = {},
): { events: Event[]; clusters: Cluster[] } {
  const published = new Map(articles.map((a) => [a.id, a.published ?? '9999']));
  const byId = [...events].sort((a, b) => compareIds(a.id, b.id));
  const n = byId.length;
  // The dates of each sentence's events, so that each takes the words nearest it.
  const datesOf = new Map<string, Event['timex'][]>();
  for (const e of byId) {
    const key = `${e.articleId}\u0000${e.sentence.start}`;
    const list = datesOf.get(key);
    if (list) list.push(e.timex);
    else datesOf.set(key, [e.timex]);
  }
  const words = byId.map((e) => {
    const dates = datesOf.get(`${e.articleId}\u0000${e.sentence.start}`)!;
    return contentWords(e, dates.length > 1 ? dates.filter((t) => t !== e.timex) : []);
  });
  const ownKey = byId.map((e) => keyOf(e.start, e.end));
  const around = byId.map(containers);

  // Rarity of each word over the distinct event sentences (one article's repeats count once).
  const sentenceWords = new Map<string, Set<string>>();
  byId.forEach((e, i) => {
    const key = `${e.articleId}\u0000${e.sentence.start}`;
    if (!sentenceWords.has(key)) sentenceWords.set(key, words[i]!);
  });
  // Words in more than 2% of a large corpus's sentences ("company", "percent") are its own
  // function words: they tell no happening from another, and comparing through them costs most.
  const weight = rarity(sentenceWords.values(), sentenceWords.size, Math.max(50, sentenceWords.size * 0.02));
  for (const set of words) for (const w of set) if (!weight.has(w)) set.delete(w);
  const norm = words.map((set) => lengthOf(set, weight));

  // Blocks of comparable events: by interval key, each event as the owner of its own interval and
  // a guest in the periods it lies in. Owners compare with owners and guests, guests not with each other.
  const blocks = new Map<string, { owners: number[]; guests: number[] }>();
  const block = (key: string) => {
    let b = blocks.get(key);
    if (!b) blocks.set(key, (b = { owners: [], guests: [] }));
    return b;
  };
  for (let i = 0; i < n; i++) {
    block(ownKey[i]!).owners.push(i);
    for (const key of around[i]!) block(key).guests.push(i);
  }
  // Each article's story: the content words of its whole text and the persons and organisations
  // it names (its mentions, else its events' actors), weighted by rarity over the articles: two
  // articles naming the same rare company tell one story more surely than two naming Reuters.
  const storyWords = new Map<string, Set<string>>();
  for (const article of articles) {
    const set = new Set<string>();
    for (const m of article.text
      .slice(0, STORY_LEAD)
      .toLowerCase()
      .matchAll(/[\p{L}\p{N}]+/gu)) {
      const w = m[0];
      if (w.length > 2 && !IGNORED.has(w) && !/^\d+$/.test(w)) set.add(stem(w));
    }
    storyWords.set(article.id, set);
  }
  const addNamed = (articleId: string, actorId: string) => {
    if (!actorId.startsWith('country:')) storyWords.get(articleId)?.add(`@${actorId}`);
  };
  if (mentions) for (const m of mentions) addNamed(m.articleId, m.actorId);
  else for (const e of byId) for (const x of e.actors) addNamed(e.articleId, x);
  // A handful of articles cannot tell a story's own words from common ones: weigh words as if the
  // corpus held at least STORY_BACKGROUND articles, so that articles on one story stay alike.
  const aweight = rarity(storyWords.values(), Math.max(storyWords.size, STORY_BACKGROUND));
  const anorm = new Map([...storyWords].map(([id, set]) => [id, lengthOf(set, aweight)]));
  const storyCache = new Map<string, number>();
  const storyCos = (a: string, b: string) => {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let v = storyCache.get(key);
    if (v === undefined) {
      const x = storyWords.get(a) ?? NONE;
      const y = storyWords.get(b) ?? NONE;
      let dotp = 0;
      for (const w of x.size < y.size ? x : y) if ((x.size < y.size ? y : x).has(w)) dotp += aweight.get(w)!;
      storyCache.set(key, (v = dotp / ((anorm.get(a) ?? 0) * (anorm.get(b) ?? 0) || 1)));
    }
    return v;
  };
  /** Two articles on one story: alike in wording and in whom they name. */
  const sameStory = (a: string, b: string) => storyCos(a, b) >= scoring.story;
  const compatible = (i: number, j: number) =>
    ownKey[i] === ownKey[j] || around[i]!.includes(ownKey[j]!) || around[j]!.includes(ownKey[i]!);

  const pairs: { a: number; b: number; score: number }[] = [];
  const dot = new Float64Array(n);
  const sharedCount = new Int32Array(n);
  const touched: number[] = [];
  for (const { owners, guests } of blocks.values()) {
    if (owners.length === 0 || owners.length + guests.length < 2) continue;
    // Only pairs sharing a content word can score above zero: count shared weight through an
    // inverted index of the block instead of comparing every pair.
    const postings = new Map<string, number[]>();
    const members = [...owners, ...guests];
    for (const i of members)
      for (const w of words[i]!) {
        const list = postings.get(w);
        if (list) list.push(i);
        else postings.set(w, [i]);
      }
    const ownerSet = new Set(owners);
    for (const i of owners) {
      for (const w of words[i]!) {
        const x = weight.get(w)!;
        for (const j of postings.get(w)!) {
          // Owner pairs once (i < j); owner-guest pairs from the owner's side.
          if (j === i || (ownerSet.has(j) && j < i)) continue;
          if (sharedCount[j] === 0) touched.push(j);
          dot[j]! += x;
          sharedCount[j]!++;
        }
      }
      const a = byId[i]!;
      for (const j of touched) {
        const shared = dot[j]!;
        const count = sharedCount[j]!;
        dot[j] = 0;
        sharedCount[j] = 0;
        const b = byId[j]!;
        if (a.articleId === b.articleId || count < scoring.minShared) continue;
        const nested = ownKey[i] !== ownKey[j];
        let score = shared / (norm[i]! * norm[j]!);
        const actors = sharedActors(a, b);
        if (actors.named) score += scoring.sharedNamed;
        if (actors.any) score += scoring.sharedActor;
        const band =
          BAND_ORDER[
            Math.max(BAND_ORDER.indexOf(BAND[a.granularity]), BAND_ORDER.indexOf(BAND[b.granularity]))
          ]!;
        let threshold = scoring.threshold[band] + (nested ? scoring.nested : 0);
        // Articles on different stories need more (comparing two articles costs more, so only
        // where it can decide).
        if (
          score >= threshold &&
          score < threshold + scoring.otherStory &&
          !sameStory(a.articleId, b.articleId)
        )
          threshold += scoring.otherStory;
        if (score >= threshold)
          pairs.push({ a: Math.min(i, j), b: Math.max(i, j), score: score - threshold });
      }
      touched.length = 0;
    }
  }

  // Merge best pairs first (ties by ids, which order byId, so the input order never matters).
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const members = new Map<number, number[]>(byId.map((_, i) => [i, [i]]));
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    parent[i] = root;
    return root;
  };
  for (const { a, b } of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const ma = members.get(ra)!;
    const mb = members.get(rb)!;
    const articlesA = new Set(ma.map((i) => byId[i]!.articleId));
    if (mb.some((i) => articlesA.has(byId[i]!.articleId))) continue; // one event per article
    if (!mb.every((j) => ma.every((i) => compatible(i, j)))) continue; // dates the same or nested
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    parent[child] = root;
    members.get(root)!.push(...members.get(child)!);
    members.delete(child);
  }

  const precision = (e: Event) => BAND_ORDER.indexOf(BAND[e.granularity]);
  const width = (e: Event) => isoToMs(e.end) - isoToMs(e.start);
  const clusterOf = new Map<string, string>();
  const clusters: Cluster[] = [];
  for (const list of members.values()) {
    const ordered = list
      .map((i) => byId[i]!)
      .sort(
        (x, y) =>
          precision(x) - precision(y) ||
          width(x) - width(y) ||
          published.get(x.articleId)!.localeCompare(published.get(y.articleId)!) ||
          x.articleId.localeCompare(y.articleId) ||
          x.sentence.start - y.sentence.start,
      );
    const id = `c-${ordered[0]!.id.slice(2)}`;
    for (const e of ordered) clusterOf.set(e.id, id);
    clusters.push({
      id,
      events: ordered.map((e) => e.id),
      value: ordered[0]!.value,
      articles: [...new Set(ordered.map((e) => e.articleId))],
    });
  }
  clusters.sort((a, b) => compareIds(a.id, b.id));
  return { events: events.map((e) => ({ ...e, cluster: clusterOf.get(e.id) ?? '' })), clusters };
}
