import type { Article, Cluster, Event } from '../types';

/**
 * One item of the event list: a story that one or more sources report. `event` is the report that
 * stands for it (the first of `reports`); `reports` are the story's reports that passed the filters,
 * in their cluster's order: the most precise date first, then the earliest-published source.
 */
export type StoryItem = { key: string; event: Event; reports: Event[] };

/**
 * The key of the story an event belongs to: its cluster id when the cluster is known, else one of
 * its own (an event the clustering never saw stands alone rather than merging with strangers).
 *
 * @example storyKey({ id: 'e1', cluster: 'c7' }, new Map([['c7', cluster]])) // 'c7'
 */
export function storyKey(e: Pick<Event, 'id' | 'cluster'>, clusters: { has(id: string): boolean }): string {
  return clusters.has(e.cluster) ? e.cluster : `event:${e.id}`;
}

type Clusters = ReadonlyMap<string, Pick<Cluster, 'events'>>;

/**
 * The sources of the articles that tell a story, in its cluster's order, or the one article's when
 * the cluster is unknown ("Unknown source" for an article without one).
 *
 * @example storySources('c7', 'a1', clusters, articles) // ['Reuters', 'AP']
 */
export function storySources(
  key: string,
  articleId: string,
  clusters: ReadonlyMap<string, Pick<Cluster, 'articles'>>,
  articles: ReadonlyMap<string, Pick<Article, 'source'>>,
): string[] {
  const ids = clusters.get(key)?.articles ?? [articleId];
  return ids.map((id) => articles.get(id)?.source ?? 'Unknown source');
}

/**
 * Merges reports of the same story into one item, so a story told by three outlets is listed once.
 * Items keep the order of their representative in `events` (pass a chronological list, get a
 * chronological list); a story is present when any of its reports is in `events`. The answer is
 * remembered for the same `events` array and `clusters` map, which must not change afterwards.
 *
 * @example groupStories([afpReport, voaReport, lone], clusters).map((s) => s.reports.length) // [2, 1]
 */
export function groupStories(events: readonly Event[], clusters: Clusters): readonly StoryItem[] {
  // The timeline and the list both group the same list (every event, when the window shows the
  // whole corpus): remember the answer per list, so 10,000 events are grouped once on first render.
  let byClusters = grouped.get(events);
  if (!byClusters) grouped.set(events, (byClusters = new WeakMap()));
  let items = byClusters.get(clusters);
  if (!items) {
    const known = storiesElsewhere.get(events);
    items = known && holdsEvery(clusters, known.clusters) ? known.items : groupUncached(events, clusters);
    byClusters.set(clusters, items);
  }
  return items;
}

// Event lists and cluster maps are never changed once built (a correction makes new ones).
const grouped = new WeakMap<readonly Event[], WeakMap<Clusters, readonly StoryItem[]>>();

/** Stories worked out from positions (storiesByPosition), by the sorted events they group. */
const storiesElsewhere = new WeakMap<
  readonly Event[],
  { clusters: readonly Cluster[]; items: readonly StoryItem[] }
>();

/** Whether `map` holds exactly the clusters of `list`, each under its id. */
function holdsEvery(map: Clusters, list: readonly Cluster[]): boolean {
  if (map.size !== list.length) return false;
  for (let i = 0; i < list.length; i++) if (map.get(list[i]!.id) !== list[i]) return false;
  return true;
}

/**
 * Gives groupStories its answer for `sorted` and a map of `clusters` by id, worked out by
 * storiesByPosition where the events were read, so the page does not group them again.
 *
 * @example rememberStories(sortEvents(corpus.events), corpus.clusters, storiesByPosition(...)!)
 */
export function rememberStories(
  sorted: readonly Event[],
  clusters: readonly Cluster[],
  items: readonly StoryItem[],
) {
  storiesElsewhere.set(sorted, { clusters, items });
}

/**
 * groupStories over every event in drawing order, worked out from positions rather than ids:
 * `order` the events' positions in drawing order (eventOrder), and each cluster's events as
 * positions in `events`, in the cluster's order (`count` per cluster, then `positions`), as a
 * version 3 head gives them. Null unless they say one story per cluster exactly as groupStories
 * finds it (each event listed once, by the cluster it names, each cluster's events distinct), so
 * that the answer is the same; rememberStories serves it only for a map holding exactly these
 * clusters (so each id once). No map of 10,000 ids is built or read.
 *
 * @example storiesByPosition(events, eventOrder(events).order, clusters, { count, positions })
 * // groupStories(sortEvents(events), new Map(clusters.map((c) => [c.id, c])))
 */
export function storiesByPosition(
  events: readonly Event[],
  order: ArrayLike<number>,
  clusters: readonly Cluster[],
  members: { count: readonly number[]; positions: readonly number[] },
): StoryItem[] | null {
  const n = events.length;
  const { count, positions } = members;
  if (order.length !== n || count.length !== clusters.length || positions.length !== n) return null;
  const rank = new Int32Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    if (!(i >= 0 && i < n) || rank[i] !== -1) return null;
    rank[i] = k;
  }
  const ids = new Set<string>();
  const listed = new Uint8Array(n);
  // Each story at its representative's place in drawing order.
  const at: (StoryItem | undefined)[] = new Array(n);
  let p = 0;
  for (let c = 0; c < clusters.length; c++) {
    const { id } = clusters[c]!;
    const k = count[c]!;
    if (ids.has(id) || !(k > 0) || p + k > n) return null;
    ids.add(id);
    const reports: Event[] = new Array(k);
    for (let j = 0; j < k; j++) {
      const i = positions[p + j]!;
      if (!(i >= 0 && i < n) || listed[i] === 1) return null;
      listed[i] = 1;
      const e = events[i]!;
      if (e.cluster !== id) return null;
      reports[j] = e;
    }
    // groupStories orders a story's reports by their ids in the cluster's list: a repeated id
    // would order them otherwise.
    if (k > 1 && !distinctIds(reports)) return null;
    at[rank[positions[p]!]!] = { key: id, event: reports[0]!, reports };
    p += k;
  }
  if (p !== n) return null;
  const items: StoryItem[] = [];
  for (let k = 0; k < n; k++) {
    const item = at[k];
    if (item) items.push(item);
  }
  return items;
}

function distinctIds(reports: readonly Event[]): boolean {
  if (reports.length > 16) return new Set(reports.map((e) => e.id)).size === reports.length;
  for (let a = 1; a < reports.length; a++)
    for (let b = 0; b < a; b++) if (reports[a]!.id === reports[b]!.id) return false;
  return true;
}

function groupUncached(events: readonly Event[], clusters: Clusters, trustLone = true): StoryItem[] {
  // One pass to slot each event into its story. A report whose cluster lists it alone is its own
  // story and needs no slot: after a long single article every event is one (317,000 of them),
  // and a map of their keys was most of the grouping's time. (Unless another report claims that
  // cluster too: then the grouping starts again without the shortcut.)
  const n = events.length;
  const lone = new Uint8Array(n);
  const slotOf = new Map<string, number>();
  const keys: string[] = [];
  const first: number[] = [];
  const more: (number[] | undefined)[] = [];
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    const cluster = clusters.get(e.cluster);
    if (trustLone && cluster && cluster.events.length === 1) {
      if (cluster.events[0] !== e.id) return groupUncached(events, clusters, false);
      lone[i] = 1;
      continue;
    }
    const key = cluster ? e.cluster : `event:${e.id}`;
    const slot = slotOf.get(key);
    if (slot === undefined) {
      slotOf.set(key, keys.length);
      keys.push(key);
      first.push(i);
      more.push(undefined);
    } else (more[slot] ??= []).push(i);
  }
  // Each story at its representative's position: a bucket per input position, so no sort.
  const at: (StoryItem | undefined)[] = keys.length ? new Array(n) : [];
  for (let slot = 0; slot < keys.length; slot++) {
    const key = keys[slot]!;
    const extra = more[slot];
    if (!extra) {
      const i = first[slot]!;
      at[i] = { key, event: events[i]!, reports: [events[i]!] };
      continue;
    }
    const members = [first[slot]!, ...extra];
    const { reports, position } = inClusterOrder(events, members, clusters.get(key)?.events ?? []);
    at[position] = { key, event: reports[0]!, reports };
  }
  const items: StoryItem[] = [];
  for (let i = 0; i < n; i++) {
    if (lone[i]) {
      const e = events[i]!;
      items.push({ key: e.cluster, event: e, reports: [e] });
      continue;
    }
    const item = at[i];
    if (item) items.push(item);
  }
  return items;
}

/**
 * A story's reports (positions in `events`) in the order its cluster lists them (most precise date
 * first, then earliest published), those it does not list last in list order; and the position of
 * the first. A stable
 * sort by `order.indexOf(id)`, written as loops: a comparator with closures cost about 10 ms over
 * 3,000 stories on first render, before the engine had optimised it.
 */
function inClusterOrder(
  events: readonly Event[],
  members: number[],
  order: readonly string[],
): { reports: Event[]; position: number } {
  const reports: Event[] = [];
  let position = -1;
  const taken: boolean[] = new Array(members.length).fill(false);
  for (let r = 0; r < order.length && reports.length < members.length; r++) {
    const id = order[r];
    for (let m = 0; m < members.length; m++) {
      if (taken[m] || events[members[m]!]!.id !== id) continue;
      taken[m] = true;
      if (position < 0) position = members[m]!;
      reports.push(events[members[m]!]!);
    }
  }
  for (let m = 0; m < members.length; m++) {
    if (taken[m]) continue;
    if (position < 0) position = members[m]!;
    reports.push(events[members[m]!]!);
  }
  return { reports, position };
}
