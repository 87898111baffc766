import { describe, expect, it } from 'vitest';
import { buildEvents, clusterEvents } from '../../../src/core/events';
import { findActorCandidates, mergeActors } from '../../../src/core/actors';
import type { Article, Event } from '../../../src/core/types';
import { makeArticle, timexAt } from './make-article';

/** Build events for several made-up articles: [id, published, text, [phrase, value][]]. */
function corpusOf(specs: [string, string, string, [string, string][]][]): {
  articles: Article[];
  events: Event[];
} {
  const articles = specs.map(([id, published, text]) => makeArticle(id, text, published));
  const { mentions } = mergeActors(
    articles.map((a) => ({ articleId: a.id, candidates: findActorCandidates(a.text) })),
  );
  const events = specs.flatMap(([, , , dates], i) => {
    const a = articles[i]!;
    return buildEvents(
      a,
      dates.map(([p, v]) => timexAt(a, p, v)),
      mentions.filter((m) => m.articleId === a.id),
      [],
    );
  });
  return { articles, events };
}

const specs: [string, string, string, [string, string][]][] = [
  [
    'wire',
    '2024-05-06',
    'Prime Minister Tomas Novak arrived in Nairobi on Tuesday for talks on a rail link. Kenya hosts a trade fair on Tuesday.',
    [
      ['Tuesday', '2024-05-07'],
      ['Tuesday', '2024-05-07'],
    ],
  ],
  [
    'paper',
    '2024-05-07',
    'Mr. Novak landed in Nairobi on Tuesday, opening talks about the railway link.',
    [['Tuesday', '2024-05-07']],
  ],
  [
    'radio',
    '2024-05-08',
    'Tomas Novak arrived in Kenya’s capital on Tuesday for rail talks.',
    [['Tuesday', '2024-05-07']],
  ],
  ['other', '2024-05-07', 'A storm flooded villages in Peru on Tuesday.', [['Tuesday', '2024-05-07']]],
];

describe('clusterEvents(events, articles)', () => {
  it('puts one happening reported by three sources in one cluster, earliest source first', () => {
    const { articles, events } = corpusOf(specs);
    const { clusters, events: out } = clusterEvents(events, articles);
    const multi = clusters.filter((c) => c.events.length > 1);
    expect(multi).toHaveLength(1);
    expect(multi[0]!.articles).toEqual(['wire', 'paper', 'radio']);
    expect(multi[0]!.value).toBe('2024-05-07');
    expect(multi[0]!.id).toBe(`c-${multi[0]!.events[0]!.slice(2)}`);
    // Every event has a cluster, and clusters partition the events.
    expect(out.every((e) => clusters.some((c) => c.id === e.cluster && c.events.includes(e.id)))).toBe(true);
    expect(clusters.flatMap((c) => c.events).sort()).toEqual(out.map((e) => e.id).sort());
  });

  it('never merges two events of the same article', () => {
    const { articles, events } = corpusOf(specs);
    for (const c of clusterEvents(events, articles).clusters) {
      const ofCluster = events.filter((e) => c.events.includes(e.id));
      expect(new Set(ofCluster.map((e) => e.articleId)).size).toBe(ofCluster.length);
    }
  });

  it('keeps unrelated happenings on the same day apart', () => {
    const { articles, events } = corpusOf(specs);
    const { clusters } = clusterEvents(events, articles);
    const storm = events.find((e) => e.articleId === 'other')!;
    expect(clusters.find((c) => c.events.includes(storm.id))!.events).toEqual([storm.id]);
  });

  it('keeps the same wording on different days apart', () => {
    const { articles, events } = corpusOf([
      ['x', '2024-05-06', 'Tomas Novak arrived in Nairobi on Tuesday.', [['Tuesday', '2024-05-07']]],
      ['y', '2024-05-13', 'Tomas Novak arrived in Nairobi on Tuesday.', [['Tuesday', '2024-05-14']]],
    ]);
    expect(clusterEvents(events, articles).clusters).toHaveLength(2);
  });

  it('does not depend on the order of its input', () => {
    const { articles, events } = corpusOf(specs);
    const forward = clusterEvents(events, articles).clusters;
    const backward = clusterEvents([...events].reverse(), [...articles].reverse()).clusters;
    expect(backward).toEqual(forward);
  });
});
