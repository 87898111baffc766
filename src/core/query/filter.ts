import { isoToMs } from '../time/interval';
import type { Corpus, Event } from '../types';

/** Facet groups a reader can filter by. Within a group values are OR'ed, across groups AND'ed. */
export type FacetGroup = 'actors' | 'topics' | 'sources';

/**
 * What the reader filters by. `from`/`to` bound the visible window as ISO instants ("YYYY-MM-DD" or
 * "YYYY-MM-DDTHH:MM"), half-open; null means unbounded on that side.
 */
export type EventFilters = {
  actors: readonly string[];
  topics: readonly string[];
  sources: readonly string[];
  q: string;
  from: string | null;
  to: string | null;
};

export const EMPTY_FILTERS: EventFilters = {
  actors: [],
  topics: [],
  sources: [],
  q: '',
  from: null,
  to: null,
};

/** Per-corpus lookups that filtering needs on every keystroke: built once, reused. */
export type QueryIndex = {
  /** The source key of an event's article. */
  sourceOf: (e: Event) => string;
  /** Folded sentence text for free-text search; folded on first use, since most views never search. */
  textOf: (e: Event) => string;
  /**
   * Whether an event's sentence holds every one of the folded `words`, answered from one folded
   * copy of every sentence built on the first search and searched with indexOf, not event by
   * event. The answer for the last words asked is kept, so the list and the facet counts share it.
   */
  matchWords: (words: readonly string[]) => (e: Event) => boolean;
  /**
   * Folds the next few thousand sentences of that copy, for idle moments before the first search
   * (300,000 sentences took the first search over half a second); true once it is all built.
   */
  prepareSearch: () => boolean;
  /** Source key -> display name. */
  sourceNames: ReadonlyMap<string, string>;
  /** Actor id -> its kind ("person", "country", ...): each kind is its own facet group. */
  kindOf: (actorId: string) => string;
  /**
   * The story (cluster) an event reports, as a number, or -1 when it is the story's only report:
   * facet counts count stories, not reports, and a lone report needs no bookkeeping.
   */
  storyOf: (e: Event) => number;
};

/** The source key used for articles whose source is not known. */
export const UNKNOWN_SOURCE = 'unknown';

/**
 * A readable, URL-safe key for a source name: lower case, ASCII letters and digits joined by "-".
 *
 * @example sourceKey('Voice of America') // 'voice-of-america'
 */
export function sourceKey(name: string | null): string {
  if (!name) return UNKNOWN_SOURCE;
  const key = foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return key || UNKNOWN_SOURCE;
}

/**
 * Lower case without diacritics, so "Havrén" is found by "havren".
 *
 * @example foldText('Havrén') // 'havren'
 */
export function foldText(text: string): string {
  // ASCII has no marks to strip: lower case is the whole of it, and most news text is ASCII.
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const NOT_ASCII = /[\u0080-\uffff]/;

/**
 * Orders names for a reader: by their folded form (case and accents aside), then exactly, so the
 * order is total. Used instead of localeCompare, whose first call starts ICU collation (about 20 ms
 * on the first render), for lists of names that are English or Latin-script.
 *
 * @example ['beta', 'Álvaro', 'alpha'].sort(compareNames) // ['alpha', 'Álvaro', 'beta']
 */
export function compareNames(a: string, b: string): number {
  const x = foldText(a);
  const y = foldText(b);
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Builds the lookups `filterEvents` and `countFacets` use.
 *
 * @example createQueryIndex(corpus).sourceOf(corpus.events[0]) // 'afp'
 */
export function createQueryIndex(
  corpus: Pick<Corpus, 'articles' | 'events'> & Partial<Pick<Corpus, 'actors' | 'clusters'>>,
): QueryIndex {
  const shared = new Map<string, number>();
  for (const c of corpus.clusters ?? []) if (c.events.length > 1) shared.set(c.id, shared.size);
  const storyOf = (e: Event) => shared.get(e.cluster) ?? -1;
  const kinds = new Map((corpus.actors ?? []).map((a) => [a.id, a.kind as string]));
  // Ids carry their kind as a prefix ("person:", "country:"), which serves actors not listed.
  const kindOf = (id: string) => kinds.get(id) ?? id.slice(0, Math.max(0, id.indexOf(':')));
  const articleSource = new Map<string, string>();
  const sourceNames = new Map<string, string>();
  for (const a of corpus.articles) {
    const key = sourceKey(a.source);
    articleSource.set(a.id, key);
    if (!sourceNames.has(key)) sourceNames.set(key, a.source ?? 'Unknown source');
  }
  // Through the article: a map per event cost 10,000 entries on first render for nothing.
  const sourceOf = (e: Event) => articleSource.get(e.articleId) ?? UNKNOWN_SOURCE;
  const folded = new Map<string, string>();
  const textOf = (e: Event) => {
    let text = folded.get(e.id);
    if (text === undefined) folded.set(e.id, (text = foldText(e.sentence.text)));
    return text;
  };
  let search: ReturnType<typeof createTextSearchBuilder> | null = null;
  let asked: { key: string; match: (e: Event) => boolean } | null = null;
  const matchWords = (words: readonly string[]) => {
    const key = words.join(' ');
    if (asked?.key === key) return asked.match;
    const every = (e: Event) => {
      const text = textOf(e);
      return words.every((w) => text.includes(w));
    };
    // The separator cannot be searched for; neither can more words than a byte counts.
    if (words.some((w) => w.includes(SEPARATOR)) || words.length > 255) return every;
    const s = (search ??= createTextSearchBuilder(corpus.events)).finish();
    const hits = findWords(s, words);
    const match = (e: Event) => {
      const i = s.positionOf.get(e);
      return i === undefined ? every(e) : hits[i] === 1;
    };
    asked = { key, match };
    return match;
  };
  const prepareSearch = () => (search ??= createTextSearchBuilder(corpus.events)).step();
  return { sourceOf, textOf, matchWords, prepareSearch, sourceNames, kindOf, storyOf };
}

const SEPARATOR = '\u0000';
const FOLD_CHUNK = 4096;

/** Every event's folded sentence in one string, SEPARATOR between them; `starts[i]` is where event i's begins. */
type TextSearch = { text: string; starts: Int32Array; positionOf: Map<Event, number> };

/**
 * Builds the TextSearch of `events` a chunk of sentences per `step()`, so idle moments can do it
 * ahead of the first search; `finish()` does what is left at once.
 */
function createTextSearchBuilder(events: readonly Event[]) {
  const n = events.length;
  const starts = new Int32Array(n + 1);
  const parts: string[] = new Array(n);
  const positionOf = new Map<Event, number>();
  let at = 0;
  let i = 0;
  let built: TextSearch | null = null;
  /** Folds the next chunk; true once every sentence is in. */
  const step = (): boolean => {
    if (i >= n) return true;
    const texts: string[] = [];
    for (let j = i; j < Math.min(n, i + FOLD_CHUNK); j++) texts.push(events[j]!.sentence.text);
    // A chunk of ASCII sentences is lower-cased in one call; any other is folded sentence by sentence.
    const joined = texts.join(SEPARATOR);
    const folded = NOT_ASCII.test(joined) ? texts.map(foldText) : joined.toLowerCase().split(SEPARATOR);
    const same = folded.length === texts.length;
    for (let k = 0; k < texts.length; k++) {
      const text = same ? folded[k]! : foldText(texts[k]!);
      parts[i + k] = text;
      starts[i + k] = at;
      at += text.length + 1;
      positionOf.set(events[i + k]!, i + k);
    }
    i += texts.length;
    return i >= n;
  };
  const finish = (): TextSearch => {
    if (built) return built;
    while (!step());
    starts[n] = at;
    return (built = { text: parts.join(SEPARATOR), starts, positionOf });
  };
  return { step, finish };
}

/** 1 for each event whose text holds every word: each word found by indexOf over the whole text. */
function findWords({ text, starts }: TextSearch, words: readonly string[]): Uint8Array {
  const n = starts.length - 1;
  const found = new Uint8Array(n);
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    let i = 0;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, starts[i + 1]!)) {
      // The event holding `at`: the last start at or before it, searched from the last hit on.
      let lo = i;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (starts[mid + 1]! <= at) lo = mid + 1;
        else hi = mid;
      }
      i = lo;
      if (found[i] === k) found[i] = k + 1;
    }
  }
  const all = words.length;
  for (let i = 0; i < n; i++) found[i] = found[i] === all ? 1 : 0;
  return found;
}

/** Splits a query into folded words; every word must occur in the sentence. */
function queryWords(q: string): string[] {
  return foldText(q)
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

type Matcher = {
  /** Actor kinds (People, Countries, ...) whose selection the event does not meet. */
  failedKinds: (e: Event) => string[];
  topics: (e: Event) => boolean;
  sources: (e: Event) => boolean;
  rest: (e: Event) => boolean;
};

const always = () => true;
const NONE: string[] = [];

function createMatcher(filters: EventFilters, index: QueryIndex): Matcher {
  const byKind = new Map<string, Set<string>>();
  for (const id of filters.actors) {
    const kind = index.kindOf(id);
    byKind.set(kind, (byKind.get(kind) ?? new Set()).add(id));
  }
  const kinds = [...byKind];
  const topics = new Set(filters.topics);
  const sources = new Set(filters.sources);
  const words = queryWords(filters.q);
  const matchWords = words.length ? index.matchWords(words) : always;
  const { from, to } = filters;
  return {
    failedKinds:
      kinds.length === 0
        ? () => NONE
        : (e) => {
            let failed: string[] = NONE;
            for (const [kind, ids] of kinds) {
              if (!e.actors.some((a) => ids.has(a))) failed = failed === NONE ? [kind] : [...failed, kind];
            }
            return failed;
          },
    topics: topics.size === 0 ? always : (e) => e.topics.some((t) => topics.has(t.id)),
    sources: sources.size === 0 ? always : (e) => sources.has(index.sourceOf(e)),
    rest:
      words.length === 0 && from === null && to === null
        ? always
        : (e) => {
            // ISO strings of the same shape compare like the instants they name, and "YYYY-MM-DD"
            // sorts before "YYYY-MM-DDTHH:MM" of the same day, so no Date is built per event.
            if (from !== null && e.end <= from) return false;
            if (to !== null && e.start >= to) return false;
            return words.length === 0 || matchWords(e);
          },
  };
}

/**
 * Events that pass every filter. Each actor kind (people, countries, organisations), topics and
 * sources are separate groups: any selected value within a group, AND across groups; then every
 * word of `q`, and overlap with the window [from, to). Keeps the input order.
 *
 * @example filterEvents(events, { ...EMPTY_FILTERS, actors: ['person:vladimir-putin', 'country:CN'] }, index) // Putin AND China
 */
export function filterEvents(events: readonly Event[], filters: EventFilters, index: QueryIndex): Event[] {
  const m = createMatcher(filters, index);
  return events.filter((e) => m.failedKinds(e).length === 0 && m.topics(e) && m.sources(e) && m.rest(e));
}

/** Story counts per facet value (a story several sources report counts once). */
export type FacetCounts = Record<FacetGroup, Map<string, number>>;

/**
 * Faceted counts: for each group, how many events each value would match given the filters of the
 * OTHER groups (and the text and window), so ticking a box in a group never zeroes its siblings.
 * Each actor kind is its own group, so a country's count respects the people ticked. Events are
 * counted as stories (`index.storyOf`): three outlets reporting one meeting count 1, as the list
 * shows them as one item.
 *
 * @example countFacets(events, { ...EMPTY_FILTERS, actors: ['country:RU'] }, index).actors.get('country:CN') // events naming China, ignoring the country filter
 */
export function countFacets(events: readonly Event[], filters: EventFilters, index: QueryIndex): FacetCounts {
  const m = createMatcher(filters, index);
  // A story several sources tell counts once per value: each value remembers the stories it has
  // counted (small integers, cheap to hash); a lone report skips the bookkeeping. One lookup by
  // key per report and value: three (the count, the stories, the count again) were a fifth of it.
  let story = -1;
  const tallies: Record<FacetGroup, Map<string, Tally>> = {
    actors: new Map(),
    topics: new Map(),
    sources: new Map(),
  };
  const bumpIn = (tally: Map<string, Tally>) => (key: string) => {
    let t = tally.get(key);
    if (t === undefined) tally.set(key, (t = { n: 0, seen: null }));
    if (story >= 0) {
      const seen = (t.seen ??= new Set());
      if (seen.has(story)) return;
      seen.add(story);
    }
    t.n++;
  };
  const bumpActor = bumpIn(tallies.actors);
  const bumpTopic = bumpIn(tallies.topics);
  const bumpSource = bumpIn(tallies.sources);
  for (const e of events) {
    if (!m.rest(e)) continue;
    story = index.storyOf(e);
    const failed = m.failedKinds(e);
    const a = failed.length === 0;
    const t = m.topics(e);
    const s = m.sources(e);
    // A report counts for a group's values when it passes every other group.
    // Lists are short: skip repeats by looking back rather than allocating a Set per event.
    if (t && s && failed.length <= 1) {
      const only = failed[0];
      const ids = e.actors;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (ids.indexOf(id) === i && (only === undefined || index.kindOf(id) === only)) bumpActor(id);
      }
    }
    if (a && s) {
      const ts = e.topics;
      for (let i = 0; i < ts.length; i++) {
        const id = ts[i]!.id;
        let first = true;
        for (let j = 0; j < i && first; j++) first = ts[j]!.id !== id;
        if (first) bumpTopic(id);
      }
    }
    if (a && t) bumpSource(index.sourceOf(e));
  }
  const counted = (tally: Map<string, Tally>) => {
    const out = new Map<string, number>();
    for (const [key, t] of tally) out.set(key, t.n);
    return out;
  };
  return {
    actors: counted(tallies.actors),
    topics: counted(tallies.topics),
    sources: counted(tallies.sources),
  };
}

/**
 * Where each facet value occurs in a start-sorted list: per value the ascending positions of the
 * lone reports (a story of one) that carry it, and apart the positions of reports that share a
 * story, which are counted as `countFacets` counts them.
 */
type FacetPositions = { lone: Record<FacetGroup, Map<string, Int32Array>>; shared: Int32Array };

const facetPositions = new WeakMap<QueryIndex, WeakMap<readonly Event[], FacetPositions>>();

function positionsOf(sorted: readonly Event[], index: QueryIndex): FacetPositions {
  let bySorted = facetPositions.get(index);
  if (!bySorted) facetPositions.set(index, (bySorted = new WeakMap()));
  let known = bySorted.get(sorted);
  if (known) return known;
  const lists: Record<FacetGroup, Map<string, number[]>> = {
    actors: new Map(),
    topics: new Map(),
    sources: new Map(),
  };
  const add = (group: FacetGroup, key: string, i: number) => {
    const list = lists[group].get(key);
    if (list) list.push(i);
    else lists[group].set(key, [i]);
  };
  const shared: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    if (index.storyOf(e) >= 0) {
      shared.push(i);
      continue;
    }
    const ids = e.actors;
    for (let j = 0; j < ids.length; j++) if (ids.indexOf(ids[j]!) === j) add('actors', ids[j]!, i);
    const ts = e.topics;
    for (let j = 0; j < ts.length; j++) {
      let first = true;
      for (let k = 0; k < j && first; k++) first = ts[k]!.id !== ts[j]!.id;
      if (first) add('topics', ts[j]!.id, i);
    }
    add('sources', index.sourceOf(e), i);
  }
  const typed = (m: Map<string, number[]>) => new Map([...m].map(([k, l]) => [k, Int32Array.from(l)]));
  known = {
    lone: { actors: typed(lists.actors), topics: typed(lists.topics), sources: typed(lists.sources) },
    shared: Int32Array.from(shared),
  };
  bySorted.set(sorted, known);
  return known;
}

/** How many of the ascending `positions` lie in [lo, hi). */
function countBetween(positions: Int32Array, lo: number, hi: number): number {
  const at = (x: number) => {
    let a = 0;
    let b = positions.length;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (positions[mid]! < x) a = mid + 1;
      else b = mid;
    }
    return a;
  };
  return at(hi) - at(lo);
}

/**
 * `countFacets(windowCandidates(sorted, from, to, maxSpanMs), { ...EMPTY_FILTERS, from, to }, index)`:
 * the facet counts of a window when nothing is ticked or searched, from positions found once per
 * list (`positionsOf`) by binary search, so a zoom step does not count 300,000 reports one by one.
 * Reports that share a story, and those the window's candidates hold that end before it, are still
 * visited one by one.
 *
 * @example countFacetsInWindow(sorted, '2023-10-01', '2023-11-01', maxSpanMs, index).actors.get('country:RU') // 12
 */
export function countFacetsInWindow(
  sorted: readonly Event[],
  from: string,
  to: string,
  maxSpanMs: number,
  index: QueryIndex,
): FacetCounts {
  const fromMs = isoToMs(from.length === 10 ? from : from.slice(0, 16));
  const earliest = Number.isFinite(fromMs) ? msToIsoMinute(fromMs - maxSpanMs) : '';
  const lo = lowerBound(sorted, earliest);
  const hi = lowerBound(sorted, to);
  const { lone, shared } = positionsOf(sorted, index);
  const out: FacetCounts = { actors: new Map(), topics: new Map(), sources: new Map() };
  for (const group of ['actors', 'topics', 'sources'] as const) {
    for (const [key, positions] of lone[group]) {
      const n = countBetween(positions, lo, hi);
      if (n > 0) out[group].set(key, n);
    }
  }
  // Candidates that end before the window: lone ones come off the counts; the shared are
  // counted below, and only if they are in it.
  const drop = (group: FacetGroup, key: string) => {
    const n = out[group].get(key)! - 1;
    if (n > 0) out[group].set(key, n);
    else out[group].delete(key);
  };
  for (let i = lo; i < hi; i++) {
    const e = sorted[i]!;
    if (e.end > from || index.storyOf(e) >= 0) continue;
    const ids = e.actors;
    for (let j = 0; j < ids.length; j++) if (ids.indexOf(ids[j]!) === j) drop('actors', ids[j]!);
    const ts = e.topics;
    for (let j = 0; j < ts.length; j++) {
      let first = true;
      for (let k = 0; k < j && first; k++) first = ts[k]!.id !== ts[j]!.id;
      if (first) drop('topics', ts[j]!.id);
    }
    drop('sources', index.sourceOf(e));
  }
  const inWindow: Event[] = [];
  for (let j = countBetween(shared, 0, lo), end = countBetween(shared, 0, hi); j < end; j++) {
    const e = sorted[shared[j]!]!;
    if (e.end > from) inWindow.push(e);
  }
  if (inWindow.length === 0) return out;
  const more = countFacets(inWindow, EMPTY_FILTERS, index);
  for (const group of ['actors', 'topics', 'sources'] as const)
    for (const [key, n] of more[group]) out[group].set(key, (out[group].get(key) ?? 0) + n);
  return out;
}

/** A facet value's count, and the shared stories it has counted (by `QueryIndex.storyOf`). */
type Tally = { n: number; seen: Set<number> | null };

// Bounded, so a long session that loads corpus after corpus does not keep every date it saw.
const MS_CACHE_LIMIT = 100_000;
const msOfIso = new Map<string, number>();

/**
 * `isoToMs`, remembered. A corpus names the same few thousand instants over and over (10,000 events
 * start on about 1,000 days), and the first render converts every event's start and end in the
 * store, the sort and the timeline, in code the engine has not optimised yet: a lookup is cheaper.
 *
 * @example isoToMsCached('2023-10-17') // 1697500800000, the same as isoToMs('2023-10-17')
 */
export function isoToMsCached(iso: string): number {
  let ms = msOfIso.get(iso);
  if (ms === undefined) {
    if (msOfIso.size >= MS_CACHE_LIMIT) msOfIso.clear();
    msOfIso.set(iso, (ms = isoToMs(iso)));
  }
  return ms;
}

/**
 * Events sorted by start, then end, then id, so equal dates keep a stable order across reloads.
 *
 * @example sortEvents(events)[0].start // the earliest start
 */
export function sortEvents(events: readonly Event[]): Event[] {
  return sortEventsWithSpan(events).sorted;
}

/**
 * `sortEvents` and `longestSpanMs` in one pass: both need every event's start and end in ms, and
 * converting 10,000 ISO strings twice on first render is work the reader waits for.
 *
 * @example sortEventsWithSpan(events) // { sorted: sortEvents(events), maxSpanMs: longestSpanMs(events) }
 */
export function sortEventsWithSpan(events: readonly Event[]): { sorted: Event[]; maxSpanMs: number } {
  const known = sortedElsewhere.get(events);
  if (known) return known;
  const { order, maxSpanMs } = eventOrder(events);
  const sorted: Event[] = new Array(order.length);
  for (let i = 0; i < order.length; i++) sorted[i] = events[order[i]!]!;
  const answer = { sorted, maxSpanMs };
  sortedElsewhere.set(events, answer);
  return answer;
}

/**
 * Answers of sortEventsWithSpan, by the events they sort (the answer is shared: never change it).
 * Worked out here, or in another thread (see rememberEventOrder). The texts of a corpus file join
 * its head as a new corpus with the same events, which are then neither sorted again nor, the
 * sorted list being the same, grouped into stories again.
 */
const sortedElsewhere = new WeakMap<readonly Event[], { sorted: Event[]; maxSpanMs: number }>();

/**
 * Gives sortEventsWithSpan its answer for `events`, worked out by `eventOrder` where they were
 * parsed (the worker), so the page does not sort them again: 300,000 events took it over a second.
 *
 * @example rememberEventOrder(corpus.events, order, maxSpanMs) // order and maxSpanMs from eventOrder(corpus.events) in the worker
 */
export function rememberEventOrder(events: readonly Event[], order: ArrayLike<number>, maxSpanMs: number) {
  if (order.length !== events.length) return;
  const sorted: Event[] = new Array(order.length);
  for (let i = 0; i < order.length; i++) sorted[i] = events[order[i]!]!;
  sortedElsewhere.set(events, { sorted, maxSpanMs });
}

/**
 * The positions of `events` in sortEventsWithSpan's order, and their longest span.
 *
 * @example eventOrder(events).order // Int32Array [2, 0, 1]: events[2] starts first
 */
export function eventOrder(events: readonly Event[]): { order: Int32Array; maxSpanMs: number } {
  // Compare numbers, not strings: 100,000 events sort in a few tens of milliseconds.
  const n = events.length;
  const times = eventTimes(events);
  const { start, end } = times;
  let maxSpanMs = 0;
  for (let i = 0; i < n; i++) maxSpanMs = Math.max(maxSpanMs, end[i]! - start[i]!);
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort(chronological(events, times));
  return { order: Int32Array.from(order), maxSpanMs };
}

/** The drawing order's comparison of two events by position: start, then end, then id. */
function chronological(events: readonly Event[], { start, end }: EventTimes) {
  return (a: number, b: number): number => {
    const d = start[a]! - start[b]! || end[a]! - end[b]!;
    if (d) return d;
    const x = events[a]!.id;
    const y = events[b]!.id;
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

/**
 * `order`, when it is eventOrder's answer for `events`: a permutation of their positions in which
 * each event comes after the one before it as the sort compares them (an equal pair in position
 * order, as the sort keeps it). Checking takes one pass where sorting took n log n comparisons in
 * code the engine has not optimised yet (8-9 ms for 10,000 events on a first render). Null for any
 * other list, and for events whose dates are not all dates (the sort's order is then its own).
 *
 * @example checkedEventOrder(events, eventOrder(events).order) // eventOrder(events)
 */
export function checkedEventOrder(
  events: readonly Event[],
  order: readonly unknown[],
): { order: Int32Array; maxSpanMs: number } | null {
  const n = events.length;
  if (order.length !== n) return null;
  const times = eventTimes(events);
  const { start, end } = times;
  const compare = chronological(events, times);
  const taken = new Uint8Array(n);
  const out = new Int32Array(n);
  let maxSpanMs = 0;
  let before = -1;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= n || taken[i] === 1) return null;
    taken[i] = 1;
    out[k] = i;
    const s = start[i]!;
    const e = end[i]!;
    if (Number.isNaN(s) || Number.isNaN(e)) return null;
    maxSpanMs = Math.max(maxSpanMs, e - s);
    if (before >= 0) {
      const d = compare(before, i);
      if (d > 0 || (d === 0 && before > i)) return null;
    }
    before = i;
  }
  return { order: out, maxSpanMs };
}

/** Each event's start and end in ms (`isoToMs`), by position: Float64Arrays. */
export type EventTimes = { start: Float64Array; end: Float64Array };

const timesOf = new WeakMap<readonly Event[], EventTimes>();

/**
 * Every event's start and end in ms, worked out once per list of events (which must not change
 * afterwards): the opening window, the corpus's extent and the chronological order all need them,
 * and on a first render each pass over 10,000 events runs in code the engine has not optimised.
 *
 * @example eventTimes(events).start[0] // isoToMs(events[0].start)
 */
export function eventTimes(events: readonly Event[]): EventTimes {
  let times = timesOf.get(events);
  if (times) return times;
  const n = events.length;
  times = { start: new Float64Array(n), end: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    times.start[i] = isoToMsCached(events[i]!.start);
    times.end[i] = isoToMsCached(events[i]!.end);
  }
  timesOf.set(events, times);
  return times;
}

/**
 * The extent [earliest start, latest end) of the events in ms, from eventTimes (dates that are not
 * dates left out), or null when there are none.
 *
 * @example eventExtentMs(events) // [isoToMs('2023-10-16'), isoToMs('2023-10-19')]
 */
export function eventExtentMs(events: readonly Event[]): [number, number] | null {
  const { start, end } = eventTimes(events);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < start.length; i++) {
    if (start[i]! < lo) lo = start[i]!;
    if (end[i]! > hi) hi = end[i]!;
  }
  return lo === Infinity || hi === -Infinity ? null : [lo, hi];
}

/**
 * The half-open extent [earliest start, latest end) of the events, or null when there are none.
 *
 * @example eventExtent(events) // ['2023-10-16', '2023-10-19']
 */
export function eventExtent(events: readonly Event[]): [string, string] | null {
  let lo: string | null = null;
  let hi: string | null = null;
  for (const e of events) {
    if (lo === null || e.start < lo) lo = e.start;
    if (hi === null || e.end > hi) hi = e.end;
  }
  return lo === null || hi === null ? null : [lo, hi];
}

/** Index of the first event in `sorted` whose start is >= `iso` (binary search). */
function lowerBound(sorted: readonly Event[], iso: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start < iso) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The longest event interval in ms, which bounds how far before a window an overlapping event starts. */
export function longestSpanMs(events: readonly Event[]): number {
  let max = 0;
  for (const e of events) max = Math.max(max, isoToMs(e.end) - isoToMs(e.start));
  return max;
}

/**
 * The stretch of a start-sorted list that can overlap the window [from, to): a superset found by
 * binary search, so a zoomed-in view touches a few events instead of all of them. Filter exactly
 * afterwards.
 *
 * @example windowCandidates(sortEvents(events), '2023-10-01', '2023-11-01', longestSpanMs(events))
 */
export function windowCandidates(
  sorted: readonly Event[],
  from: string,
  to: string,
  maxSpanMs: number,
): Event[] {
  return sorted.slice(...windowBounds(sorted, from, to, maxSpanMs));
}

/** The indexes [lo, hi) of the stretch of a start-sorted list that can overlap [from, to). */
function windowBounds(
  sorted: readonly Event[],
  from: string,
  to: string,
  maxSpanMs: number,
): [number, number] {
  const fromMs = isoToMs(from.length === 10 ? from : from.slice(0, 16));
  const earliest = Number.isFinite(fromMs) ? msToIsoMinute(fromMs - maxSpanMs) : '';
  return [lowerBound(sorted, earliest), lowerBound(sorted, to)];
}

/**
 * The events of a start-sorted list that overlap the window [from, to), in order: what
 * `filterEvents` keeps of `windowCandidates` with no other filter, in one plain pass over the
 * candidates (a zoom step after a 300,000-event import filtered them through every facet's test).
 *
 * @example eventsInWindow(sortEvents(events), '2023-10-01', '2023-11-01', longestSpanMs(events))
 */
export function eventsInWindow(
  sorted: readonly Event[],
  from: string,
  to: string,
  maxSpanMs: number,
): Event[] {
  const out: Event[] = [];
  for (let [i, hi] = windowBounds(sorted, from, to, maxSpanMs); i < hi; i++) {
    const e = sorted[i]!;
    if (e.end > from && e.start < to) out.push(e);
  }
  return out;
}

const two = (n: number) => String(n).padStart(2, '0');
function msToIsoMinute(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}
