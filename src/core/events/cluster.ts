import type { Article, Cluster, Event } from '../types';
import { STOPWORDS } from './cues';

const STOP = new Set(STOPWORDS);

/** Thresholds for "the same happening": wording overlap (Dice on content words), with shared actors. */
export const CLUSTER_THRESHOLDS = {
  /** Dice at or above this merges on wording alone. */
  wording: 0.4,
  /** Dice at or above this merges when the two sentences also share any actor (countries are common). */
  wordingWithActor: 0.3,
  /** Dice at or above this merges when they share a person or organisation. */
  wordingWithPerson: 0.2,
};

/** A crude stem: enough to match "arrived"/"arrives"/"arrive" and "talks"/"talk". */
const stem = (w: string) => {
  const cut = w.endsWith('ing')
    ? 3
    : w.endsWith('ed') || w.endsWith('es')
      ? 2
      : w.endsWith('s') || w.endsWith('e')
        ? 1
        : 0;
  return cut > 0 && cut < w.length ? w.slice(0, -cut) : w;
};

/**
 * Content words of an event's sentence, crudely stemmed, without the date itself and without
 * function words (events/cues.ts).
 *
 * @example contentWords(event) // Set { 'berg', 'arriv', 'oslo' } for "Berg arrived in Oslo on Friday."
 */
export function contentWords(event: Event): Set<string> {
  const { sentence, timex } = event;
  const text =
    sentence.text.slice(0, timex.start - sentence.start) +
    ' ' +
    sentence.text.slice(timex.end - sentence.start);
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (w.length > 1 && !STOP.has(w)) out.add(stem(w));
  }
  return out;
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Shared actors: how many, and whether one is a person or organisation (rarer than a country). */
function sharedActors(a: Event, b: Event): { jaccard: number; named: boolean } {
  const shared = a.actors.filter((x) => b.actors.includes(x));
  const union = new Set([...a.actors, ...b.actors]).size;
  return { jaccard: union ? shared.length / union : 0, named: shared.some((x) => !x.startsWith('country:')) };
}

/**
 * Group events that report the same happening in different articles. Events are blocked by time
 * value and granularity (only identical intervals compare), then pairs from different articles
 * are scored by wording (Dice on content words) and shared actors; the best pairs merge first,
 * and a cluster never holds two events of one article. Every event gets a cluster (a singleton
 * if nothing matches). Cluster ids come from the earliest-published member's id, and events are
 * listed earliest-published source first. Order of the input does not change the result.
 *
 * @example clusterEvents(events, articles).clusters.filter((c) => c.articles.length > 1)
 * // [{ id: 'c-3t765n…', events: ['e-3t765n…', 'e-…', 'e-…'], value: '2023-10-17', articles: ['wire-…', 'paper-…', 'radio-…'] }]
 */
export function clusterEvents(
  events: readonly Event[],
  articles: readonly Pick<Article, 'id' | 'published'>[],
): { events: Event[]; clusters: Cluster[] } {
  const published = new Map(articles.map((a) => [a.id, a.published ?? '9999']));
  const byId = [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const parent = new Map<string, string>(byId.map((e) => [e.id, e.id]));
  const members = new Map<string, Event[]>(byId.map((e) => [e.id, [e]]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };

  const blocks = new Map<string, Event[]>();
  for (const e of byId) {
    const key = `${e.granularity}|${e.start}|${e.end}`;
    const block = blocks.get(key);
    if (block) block.push(e);
    else blocks.set(key, [e]);
  }
  for (const block of blocks.values()) {
    if (block.length < 2) continue;
    const words = block.map(contentWords);
    // Only pairs that share a content word can reach a threshold (all need some wording overlap),
    // so count shared words through an inverted index instead of comparing every pair.
    const postings = new Map<string, number[]>();
    words.forEach((set, i) => {
      for (const w of set) {
        const list = postings.get(w);
        if (list) list.push(i);
        else postings.set(w, [i]);
      }
    });
    const pairs: { a: Event; b: Event; score: number }[] = [];
    // Each posting list is ascending and holds i once, so the events after i sharing word w are
    // the tail after i's own entry: `seen` counts the entries of w already passed.
    const seen = new Map<string, number>();
    const counts = new Int32Array(block.length);
    const touched: number[] = [];
    for (let i = 0; i < block.length; i++) {
      const a = block[i]!;
      for (const w of words[i]!) {
        const list = postings.get(w)!;
        const at = seen.get(w) ?? 0;
        seen.set(w, at + 1);
        for (let k = at + 1; k < list.length; k++) {
          const j = list[k]!;
          const n = counts[j]!;
          counts[j] = n + 1;
          if (n === 0) touched.push(j);
        }
      }
      for (const j of touched) {
        const n = counts[j]!;
        counts[j] = 0;
        const b = block[j]!;
        if (a.articleId === b.articleId) continue;
        const d = (2 * n) / (words[i]!.size + words[j]!.size);
        const { jaccard, named } = sharedActors(a, b);
        const t = CLUSTER_THRESHOLDS;
        if (
          d >= t.wording ||
          (jaccard > 0 && d >= t.wordingWithActor) ||
          (named && d >= t.wordingWithPerson)
        ) {
          // Shared people weigh most: two sentences about the same person on the same day.
          pairs.push({ a, b, score: d + 0.1 * jaccard + (named ? 0.1 : 0) });
        }
      }
      touched.length = 0;
    }
    pairs.sort((x, y) => y.score - x.score || compareIds(x.a.id, y.a.id) || compareIds(x.b.id, y.b.id));
    for (const { a, b } of pairs) {
      const ra = find(a.id);
      const rb = find(b.id);
      if (ra === rb) continue;
      const ma = members.get(ra)!;
      const mb = members.get(rb)!;
      const articlesA = new Set(ma.map((e) => e.articleId));
      if (mb.some((e) => articlesA.has(e.articleId))) continue; // one event per article
      const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
      parent.set(child, root);
      members.get(root)!.push(...members.get(child)!);
      members.delete(child);
    }
  }

  const clusterOf = new Map<string, string>();
  const clusters: Cluster[] = [];
  for (const [root, list] of members) {
    if (find(root) !== root) continue;
    const ordered = [...list].sort(
      (x, y) =>
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
  clusters.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { events: events.map((e) => ({ ...e, cluster: clusterOf.get(e.id) ?? '' })), clusters };
}
