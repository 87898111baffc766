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
  if (!items) byClusters.set(clusters, (items = groupUncached(events, clusters)));
  return items;
}

// Event lists and cluster maps are never changed once built (a correction makes new ones).
const grouped = new WeakMap<readonly Event[], WeakMap<Clusters, readonly StoryItem[]>>();

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
