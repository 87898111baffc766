import type { Cluster, Event } from '../types';

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

function groupUncached(events: readonly Event[], clusters: Clusters): StoryItem[] {
  // One pass to slot each event into its story; most stories have one report, kept as an index.
  const n = events.length;
  const slotOf = new Map<string, number>();
  const keys: string[] = [];
  const first: number[] = [];
  const more: (number[] | undefined)[] = [];
  for (let i = 0; i < n; i++) {
    const key = storyKey(events[i]!, clusters);
    const slot = slotOf.get(key);
    if (slot === undefined) {
      slotOf.set(key, keys.length);
      keys.push(key);
      first.push(i);
      more.push(undefined);
    } else (more[slot] ??= []).push(i);
  }
  // Each story at its representative's position: a bucket per input position, so no sort.
  const at: (StoryItem | undefined)[] = new Array(n);
  for (let slot = 0; slot < keys.length; slot++) {
    const key = keys[slot]!;
    const extra = more[slot];
    const reports = [events[first[slot]!]!];
    if (extra) {
      for (const i of extra) reports.push(events[i]!);
      // Clusters list their events most precise date first, then earliest published; a few
      // sources, so indexOf is cheap.
      const order = clusters.get(key)?.events ?? [];
      const rank = (id: string) => {
        const r = order.indexOf(id);
        return r < 0 ? order.length : r;
      };
      reports.sort((a, b) => rank(a.id) - rank(b.id));
    }
    const event = reports[0]!;
    const position = extra ? [first[slot]!, ...extra].find((i) => events[i] === event)! : first[slot]!;
    at[position] = { key, event, reports };
  }
  const items: StoryItem[] = [];
  for (let i = 0; i < n; i++) {
    const item = at[i];
    if (item) items.push(item);
  }
  return items;
}
