import type { Cluster, Event } from '../types';

/**
 * One item of the event list: a story that one or more sources report. `event` is the report that
 * stands for it (the earliest-published source among `reports`); `reports` are the story's reports
 * that passed the filters, earliest-published source first.
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

/**
 * Merges reports of the same story into one item, so a story told by three outlets is listed once.
 * Items keep the order of their representative in `events` (pass a chronological list, get a
 * chronological list); a story is present when any of its reports is in `events`.
 *
 * @example groupStories([afpReport, voaReport, lone], clusters).map((s) => s.reports.length) // [2, 1]
 */
export function groupStories(
  events: readonly Event[],
  clusters: ReadonlyMap<string, Pick<Cluster, 'events'>>,
): StoryItem[] {
  const position = new Map<string, number>();
  const byKey = new Map<string, Event[]>();
  events.forEach((e, i) => {
    position.set(e.id, i);
    const key = storyKey(e, clusters);
    const list = byKey.get(key);
    if (list) list.push(e);
    else byKey.set(key, [e]);
  });
  const items: StoryItem[] = [];
  for (const [key, reports] of byKey) {
    const order = clusters.get(key)?.events;
    if (order && reports.length > 1) {
      // Clusters list their events earliest-published first; a few sources, so indexOf is cheap.
      const rank = (id: string) => {
        const i = order.indexOf(id);
        return i < 0 ? order.length : i;
      };
      reports.sort((a, b) => rank(a.id) - rank(b.id));
    }
    items.push({ key, event: reports[0]!, reports });
  }
  return items.sort((a, b) => position.get(a.event.id)! - position.get(b.event.id)!);
}
