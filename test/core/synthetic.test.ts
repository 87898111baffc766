import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/core/synthetic';
import { valueToInterval } from '../../src/core/time/interval';

describe('generateCorpus({events, seed})', () => {
  const corpus = generateCorpus({ events: 2000, seed: 7 });

  it('makes exactly the requested number of events, deterministically', () => {
    expect(corpus.events).toHaveLength(2000);
    expect(generateCorpus({ events: 2000, seed: 7 })).toEqual(corpus);
    expect(generateCorpus({ events: 2000, seed: 8 }).events[0]).not.toEqual(corpus.events[0]);
  });

  it('keeps every span pointing at its text', () => {
    const byId = new Map(corpus.articles.map((a) => [a.id, a]));
    for (const e of corpus.events) {
      const a = byId.get(e.articleId)!;
      expect(a.text.slice(e.sentence.start, e.sentence.end)).toBe(e.sentence.text);
      expect(a.text.slice(e.timex.start, e.timex.end)).toBe(e.timex.text);
      expect(a.sentences[e.sentence.index]).toMatchObject({ start: e.sentence.start, end: e.sentence.end });
    }
    for (const t of corpus.timexes) expect(byId.get(t.articleId)!.text.slice(t.start, t.end)).toBe(t.text);
    for (const m of corpus.mentions) expect(byId.get(m.articleId)!.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('derives intervals from values and mixes granularities', () => {
    for (const e of corpus.events.slice(0, 200)) {
      expect(valueToInterval(e.value)).toEqual({ start: e.start, end: e.end, granularity: e.granularity });
    }
    const granularities = new Set(corpus.events.map((e) => e.granularity));
    expect([...granularities].sort()).toEqual(['day', 'month', 'week', 'year']);
  });

  it('clusters 1-4 sources, ~50 actors, 10 topics, ids unique', () => {
    const sizes = corpus.clusters.map((c) => c.events.length);
    expect(Math.min(...sizes)).toBe(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(4);
    expect(sizes.some((n) => n > 1)).toBe(true);
    expect(corpus.clusters.reduce((n, c) => n + c.events.length, 0)).toBe(2000);
    expect(corpus.actors).toHaveLength(50);
    expect(corpus.topics).toHaveLength(10);
    expect(new Set(corpus.events.map((e) => e.id)).size).toBe(2000);
    expect(new Set(corpus.actors.map((a) => a.id)).size).toBe(50);
    const eventIds = new Set(corpus.events.map((e) => e.id));
    for (const c of corpus.clusters) for (const id of c.events) expect(eventIds.has(id)).toBe(true);
  });

  it('spreads events over more than a year', () => {
    const starts = corpus.events.map((e) => e.start).sort();
    const years = Number(starts.at(-1)!.slice(0, 4)) - Number(starts[0]!.slice(0, 4));
    expect(years).toBeGreaterThanOrEqual(2);
  });

  it.each([0, 1, 3])('handles %i events', (n) => {
    expect(generateCorpus({ events: n }).events).toHaveLength(n);
  });
});
