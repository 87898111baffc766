import { describe, expect, it } from 'vitest';
import type { Actor, Article, Topic } from '../../src/core/types';
import { buildTimelineIndex, timelineIndexOf } from '../../src/timeline/timeline-index';
import { clustersOf, makeEvent } from '../components/timeline/fixtures';

const events = [
  makeEvent('late', '2023-10-20', 'Late.', { actors: ['person:x'] }),
  makeEvent('b', '2023-10-17', 'Second report.', { cluster: 'shared', articleId: 'a2' }),
  makeEvent('a', '2023-10-17', 'First report.', { cluster: 'shared', articleId: 'a1' }),
];
const clusters = clustersOf(events, { shared: ['a1', 'a2'] });
const maps = {
  clusters,
  articles: new Map<string, Article>(),
  actors: new Map<string, Actor>([
    ['person:x', { id: 'person:x', name: 'X Person', kind: 'person', aliases: [] }],
  ]),
  topics: new Map<string, Topic>(),
};

describe('timelineIndexOf(events, ctx)', () => {
  it('gives back the index it built for the same list and context', () => {
    const first = timelineIndexOf(events, { ...maps, lanes: 'none' });
    expect(timelineIndexOf(events, { ...maps, lanes: 'none' })).toBe(first);
    const fresh = buildTimelineIndex(events, { ...maps, lanes: 'none' });
    expect(first.items).toEqual(fresh.items);
    expect(first.groups).toEqual(fresh.groups);
  });

  it('builds another for another lane mode, another list or another corpus', () => {
    const none = timelineIndexOf(events, { ...maps, lanes: 'none' });
    const byActor = timelineIndexOf(events, { ...maps, lanes: 'actor' });
    expect(byActor).not.toBe(none);
    expect(byActor.groups.map((g) => g.label)).toEqual(['No actor', 'X Person']);
    expect(timelineIndexOf(events, { ...maps, lanes: 'none' })).toBe(none);
    expect(timelineIndexOf(events.slice(), { ...maps, lanes: 'none' })).not.toBe(none);
    expect(timelineIndexOf(events, { ...maps, clusters: new Map(clusters), lanes: 'none' })).not.toBe(none);
  });

  it('keeps the index when only maps its lane mode does not read are new (texts joining the corpus)', () => {
    const none = timelineIndexOf(events, { ...maps, lanes: 'none' });
    const fresh = {
      articles: new Map(maps.articles),
      actors: new Map(maps.actors),
      topics: new Map(maps.topics),
    };
    expect(timelineIndexOf(events, { ...maps, ...fresh, lanes: 'none' })).toBe(none);
    const byActor = timelineIndexOf(events, { ...maps, lanes: 'actor' });
    expect(timelineIndexOf(events, { ...maps, articles: fresh.articles, lanes: 'actor' })).toBe(byActor);
    // Actor lanes are named from the actors map: a new one builds them again.
    expect(timelineIndexOf(events, { ...maps, actors: fresh.actors, lanes: 'actor' })).not.toBe(byActor);
  });
});

describe('buildTimelineIndex without lanes', () => {
  it('puts every mark in the one lane "All events", and has no lane without events', () => {
    const index = buildTimelineIndex(events, { ...maps, lanes: 'none' });
    expect(index.groups).toEqual([{ key: '', label: 'All events' }]);
    expect(index.items.map((it) => it.group)).toEqual([0, 0]);
    expect(buildTimelineIndex([], { ...maps, lanes: 'none' }).groups).toEqual([]);
  });
});
