import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  countFacets,
  createQueryIndex,
  eventOrder,
  filterEvents,
  groupStories,
  rememberStories,
  sortEvents,
  storiesByPosition,
  storyKey,
} from '../../../src/core/query';
import { generateCorpus } from '../../../src/core/synthetic';
import type { Cluster, Event } from '../../../src/core/types';
import { article } from './fixtures';

/** A report of `cluster` in article `articleId`, on `day` of October 2023. */
const report = (id: string, articleId: string, day: number, cluster: string, actors: string[]): Event => {
  const start = `2023-10-${String(day).padStart(2, '0')}`;
  return {
    id,
    articleId,
    type: 'DATE',
    value: start,
    start,
    end: `2023-10-${String(day + 1).padStart(2, '0')}`,
    granularity: 'day',
    sentence: { start: 0, end: 1, text: id, index: 0 },
    timex: { start: 0, end: 1, text: 'x', id: `${articleId}:t0` },
    actors,
    topics: [{ id: 'diplomacy', triggers: [] }],
    caption: false,
    cluster,
  };
};

// Story "summit" is told by three outlets; "a3" published first, so its report leads the cluster.
const events = [
  report('early', 'a1', 10, 'c-early', ['country:RU']),
  report('sum-a1', 'a1', 17, 'summit', ['country:RU', 'country:CN']),
  report('sum-a2', 'a2', 17, 'summit', ['country:CN']),
  report('sum-a3', 'a3', 17, 'summit', ['country:CN']),
  report('late', 'a2', 20, 'c-late', ['country:CN']),
];
const clusters: Cluster[] = [
  { id: 'c-early', events: ['early'], value: '2023-10-10', articles: ['a1'] },
  { id: 'summit', events: ['sum-a3', 'sum-a1', 'sum-a2'], value: '2023-10-17', articles: ['a3', 'a1', 'a2'] },
  { id: 'c-late', events: ['late'], value: '2023-10-20', articles: ['a2'] },
];
const byId = new Map(clusters.map((c) => [c.id, c]));

describe('storyKey(event, clusters)', () => {
  it.each([
    ['summit', 'summit'],
    ['no-such-cluster', 'event:e'],
  ])('cluster %j -> %j', (cluster, key) => {
    expect(storyKey({ id: 'e', cluster }, byId)).toBe(key);
  });
});

describe('groupStories(events, clusters)', () => {
  it('merges a story’s reports into one item led by the earliest-published source', () => {
    const items = groupStories(events, byId);
    expect(items.map((s) => [s.key, s.event.id, s.reports.map((r) => r.id)])).toEqual([
      ['c-early', 'early', ['early']],
      ['summit', 'sum-a3', ['sum-a3', 'sum-a1', 'sum-a2']],
      ['c-late', 'late', ['late']],
    ]);
  });

  it('leads with the first report that passed the filters when the earliest did not', () => {
    const passed = events.filter((e) => e.id !== 'sum-a3');
    expect(groupStories(passed, byId).map((s) => s.event.id)).toEqual(['early', 'sum-a1', 'late']);
  });

  it('keeps the order of the representatives in the input', () => {
    const reversed = [...events].reverse();
    expect(groupStories(reversed, byId).map((s) => s.key)).toEqual(['c-late', 'summit', 'c-early']);
  });

  it('puts reports their cluster does not list last, in list order', () => {
    const partial = new Map(byId).set('summit', { ...byId.get('summit')!, events: ['sum-a2'] });
    const items = groupStories(events, partial);
    expect(items[1]!.reports.map((r) => r.id)).toEqual(['sum-a2', 'sum-a1', 'sum-a3']);
    const unlisted = events.filter((e) => e.id !== 'sum-a2');
    expect(groupStories(unlisted, partial)[1]!.reports.map((r) => r.id)).toEqual(['sum-a1', 'sum-a3']);
  });

  it('leaves an event of an unknown cluster on its own', () => {
    const stray = { ...report('stray', 'a1', 17, 'summit', []), cluster: 'gone' };
    expect(groupStories([stray, ...events], byId).map((s) => s.key)).toContain('event:stray');
  });
  it('answers the same list and clusters with the same items, and an equal list alike', () => {
    const items = groupStories(events, byId);
    expect(groupStories(events, byId)).toBe(items);
    expect(groupStories([...events], byId)).toEqual(items);
  });
});

describe('storiesByPosition(events, order, clusters, members)', () => {
  // The clusters' events by position in `events`, as a version 3 head lists them.
  const membersOf = (list: readonly Event[], cs: readonly Cluster[]) => ({
    count: cs.map((c) => c.events.length),
    positions: cs.flatMap((c) => c.events.map((id) => list.findIndex((e) => e.id === id))),
  });
  const order = eventOrder(events).order;

  it('gives what groupStories gives for every event in drawing order', () => {
    const items = storiesByPosition(events, order, clusters, membersOf(events, clusters));
    expect(items).toEqual(groupStories(sortEvents(events), byId));
  });
  it('agrees with groupStories over a generated corpus of 2,000 events', () => {
    const corpus = generateCorpus({ events: 2000, seed: 5 });
    const all = storiesByPosition(
      corpus.events,
      eventOrder(corpus.events).order,
      corpus.clusters,
      membersOf(corpus.events, corpus.clusters),
    );
    const map = new Map(corpus.clusters.map((c) => [c.id, c]));
    expect(all).toEqual(groupStories(sortEvents(corpus.events), map));
  });
  it.each<[string, (m: { count: number[]; positions: number[] }) => void]>([
    ['an event listed twice', (m) => (m.positions[0] = m.positions[1]!)],
    ['an event listed by a cluster it does not name', (m) => m.positions.reverse()],
    ['counts that do not add up to the events', (m) => (m.count[0] = 2)],
    ['a position past the end', (m) => (m.positions[0] = events.length)],
  ])('is null for %s (groupStories groups by ids then)', (_, damage) => {
    const members = membersOf(events, clusters);
    damage(members);
    expect(storiesByPosition(events, order, clusters, members)).toBeNull();
  });
  it('is null when two reports of one story share an id (groupStories orders them by id)', () => {
    const twice = events.map((e) => (e.id === 'sum-a2' ? { ...e, id: 'sum-a1' } : e));
    const cs = clusters.map((c) =>
      c.id === 'summit' ? { ...c, events: ['sum-a3', 'sum-a1', 'sum-a1'] } : c,
    );
    const members = { count: cs.map((c) => c.events.length), positions: [0, 3, 1, 2, 4] };
    expect(storiesByPosition(twice, eventOrder(twice).order, cs, members)).toBeNull();
  });
});

describe('rememberStories(sorted, clusters, items)', () => {
  it('is what groupStories answers for those events and a map of exactly those clusters', () => {
    const sorted = sortEvents(events);
    const items = groupStories([...sorted], byId).map((s) => ({ ...s }));
    rememberStories(sorted, clusters, items);
    expect(groupStories(sorted, new Map(byId))).toBe(items);
  });
  it('is not used for a map of other clusters: groupStories groups them itself', () => {
    const sorted = sortEvents(events);
    rememberStories(sorted, clusters, []);
    const fewer = new Map(byId);
    fewer.delete('c-late');
    expect(groupStories(sorted, fewer).map((s) => s.key)).toEqual(['c-early', 'summit', 'event:late']);
    const replaced = new Map(byId).set('summit', { ...byId.get('summit')! });
    expect(groupStories(sorted, replaced)).toHaveLength(3);
  });
});

describe('countFacets(events, filters, index) counts stories', () => {
  const index = createQueryIndex({
    articles: [article('a1', 'Wire One'), article('a2', 'Paper Two'), article('a3', 'Daily Three')],
    events,
    clusters,
  });

  it('counts a story told by three outlets once per value', () => {
    const c = countFacets(events, EMPTY_FILTERS, index);
    expect(c.actors.get('country:CN')).toBe(2); // summit + late, not 4 reports
    expect(c.actors.get('country:RU')).toBe(2); // early + summit
    expect(c.topics.get('diplomacy')).toBe(3);
    // Each outlet reported the summit once: a source's count is the stories it reported.
    expect(Object.fromEntries(c.sources)).toEqual({ 'wire-one': 2, 'paper-two': 2, 'daily-three': 1 });
  });

  it('counts reports when the index knows no clusters', () => {
    const flat = createQueryIndex({ articles: [article('a1', 'W'), article('a2', 'P')], events });
    expect(countFacets(events, EMPTY_FILTERS, flat).actors.get('country:CN')).toBe(4);
  });
});

describe('countFacets agrees with the list of stories', () => {
  it('every count equals the stories groupStories lists once that value is ticked', () => {
    const corpus = generateCorpus({ events: 600, seed: 7 });
    const index = createQueryIndex(corpus);
    const byId = new Map(corpus.clusters.map((c) => [c.id, c]));
    const sorted = sortEvents(corpus.events);
    expect(corpus.clusters.some((c) => c.events.length > 1)).toBe(true);
    const counts = countFacets(sorted, EMPTY_FILTERS, index);
    for (const group of ['actors', 'topics', 'sources'] as const) {
      for (const [id, n] of counts[group]) {
        const listed = groupStories(filterEvents(sorted, { ...EMPTY_FILTERS, [group]: [id] }, index), byId);
        expect([group, id, listed.length]).toEqual([group, id, n]);
      }
    }
  });
});
