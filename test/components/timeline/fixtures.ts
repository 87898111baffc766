import { valueToInterval } from '../../../src/core/time/interval';
import type { Actor, Article, Cluster, Event, Topic } from '../../../src/core/types';
import type { TimelineProps } from '../../../src/components/timeline/types';

/** A minimal event at an ISO-TimeML value; the cluster defaults to the event's own. */
export function makeEvent(id: string, value: string, text: string, extra: Partial<Event> = {}): Event {
  const iv = valueToInterval(value);
  if (!iv) throw new Error(`bad value ${value}`);
  return {
    id,
    articleId: extra.articleId ?? 'a1',
    type: 'DATE',
    value,
    start: iv.start,
    end: iv.end,
    granularity: iv.granularity,
    sentence: { start: 0, end: text.length, text, index: 0 },
    timex: { start: 0, end: 4, text: value, id: `${id}:t` },
    actors: [],
    topics: [],
    caption: false,
    cluster: `c-${id}`,
    ...extra,
  };
}

export function clustersOf(events: readonly Event[], articlesPerCluster: Record<string, string[]> = {}) {
  const map = new Map<string, Cluster>();
  for (const e of events) {
    const c = map.get(e.cluster);
    if (c) c.events.push(e.id);
    else
      map.set(e.cluster, {
        id: e.cluster,
        events: [e.id],
        value: e.value,
        articles: articlesPerCluster[e.cluster] ?? [e.articleId],
      });
  }
  return map;
}

export function baseProps(events: Event[], overrides: Partial<TimelineProps> = {}): TimelineProps {
  return {
    events,
    clusters: clustersOf(events),
    articles: new Map<string, Article>(),
    actors: new Map<string, Actor>(),
    topics: new Map<string, Topic>(),
    domain: [new Date('2023-10-01T00:00Z'), new Date('2023-11-01T00:00Z')],
    fullDomain: [new Date('2023-10-01T00:00Z'), new Date('2023-11-01T00:00Z')],
    selectedId: null,
    lanes: 'none',
    onDomainChange: () => {},
    onSelect: () => {},
    width: 1000,
    ...overrides,
  };
}
