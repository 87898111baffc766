import { describe, expect, it } from 'vitest';
import { validateCorpus } from '../../../src/core/validate';
import { buildEvents, clusterEvents } from '../../../src/core/events';
import { findActorCandidates, mergeActors } from '../../../src/core/actors';
import { TOPICS } from '../../../src/core/topics';
import type { Corpus } from '../../../src/core/types';
import { makeArticle, timexAt } from '../events/make-article';

/** A small, valid corpus built with the real stages from a made-up article. */
function smallCorpus(): Corpus {
  const article = makeArticle(
    'a',
    'President Anna Berg arrived in Oslo on Tuesday. Talks began on Wednesday.',
  );
  const timexes = [timexAt(article, 'Tuesday', '2023-10-17'), timexAt(article, 'Wednesday', '2023-10-18')];
  const { actors, mentions } = mergeActors([
    { articleId: 'a', candidates: findActorCandidates(article.text) },
  ]);
  const { events, clusters } = clusterEvents(buildEvents(article, timexes, mentions, []), [article]);
  return {
    format: 'dateline-corpus',
    version: 1,
    articles: [article],
    timexes: timexes.map((t) => ({ ...t, articleId: 'a' })),
    events,
    actors,
    mentions,
    topics: TOPICS.map(({ id, label }) => ({ id, label })),
    clusters,
    corrections: [],
    warnings: [],
  };
}

/** A JSON round trip, as the app gets it from fetch(). */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('validateCorpus(json)', () => {
  it('accepts a good corpus unchanged', () => {
    const corpus = smallCorpus();
    const result = validateCorpus(asJson(corpus));
    expect(result.errors).toEqual([]);
    expect(result.corpus).toEqual(asJson(corpus));
  });

  it.each([
    [null, 'expected a JSON object'],
    [[1, 2], 'expected a JSON object'],
    [{ format: 'something-else', version: 1 }, 'format is "something-else", expected "dateline-corpus"'],
    [{ version: 1, articles: [] }, 'format is null'],
    [
      { format: 'dateline-corpus', version: 4, articles: [] },
      'unsupported corpus version 4: this app reads versions 1, 2 and 3 (the file is newer; update the app)',
    ],
    [{ format: 'dateline-corpus', version: 2, articles: [] }, 'no "head" object'],
    [{ format: 'dateline-corpus', version: 3, articles: [] }, 'no "head" object'],
    [{ format: 'dateline-corpus', version: '1', articles: [] }, 'unsupported corpus version "1"'],
    [{ format: 'dateline-corpus', version: 1 }, 'no "articles" array'],
  ])('rejects %j', (json, message) => {
    const result = validateCorpus(json);
    expect(result.corpus).toBeNull();
    expect(result.errors.join('\n')).toContain(message);
  });

  it('drops one bad event with a warning and keeps the rest', () => {
    const corpus = asJson(smallCorpus()) as Corpus;
    const [bad, good] = corpus.events;
    (bad!.timex as { end: number }).end = 10_000; // outside the article
    const result = validateCorpus(corpus);
    expect(result.corpus!.events.map((e) => e.id)).toEqual([good!.id]);
    expect(result.errors).toEqual([`dropped event #0 (${bad!.id}): timex outside its article`]);
    expect(result.corpus!.warnings).toContain(result.errors[0]);
    // Its cluster loses the event; clusters left empty go.
    expect(result.corpus!.clusters.flatMap((c) => c.events)).toEqual([good!.id]);
  });

  it.each([
    [
      'an event of an unknown article',
      (c: Corpus) => (c.events[0]!.articleId = 'nope'),
      'dropped event #0',
      'unknown article',
    ],
    [
      'a mention of an unknown actor',
      (c: Corpus) => (c.mentions[0]!.actorId = 'person:nobody'),
      'dropped mention #0',
      'unknown actor',
    ],
    [
      'an article whose sentences leave its text',
      (c: Corpus) => (c.articles[0]!.sentences[0]!.end = 9999),
      'dropped article #0 (a)',
      'sentences',
    ],
    [
      'a timex without a value',
      (c: Corpus) => delete (c.timexes[0] as Partial<Corpus['timexes'][0]>).value,
      'dropped timex #0',
      'value',
    ],
    [
      'events that is not a list',
      (c: Corpus) => ((c as { events: unknown }).events = 'oops'),
      '"events" is not an array',
      '',
    ],
  ])('reports %s', (_name, damage, where, why) => {
    const corpus = asJson(smallCorpus()) as Corpus;
    damage(corpus);
    const result = validateCorpus(corpus);
    expect(result.corpus).not.toBeNull();
    expect(result.errors.some((e) => e.includes(where) && e.includes(why))).toBe(true);
  });

  it('puts an event whose cluster is missing into a cluster of its own', () => {
    const corpus = asJson(smallCorpus()) as Corpus;
    corpus.clusters = [];
    const result = validateCorpus(corpus);
    expect(result.corpus!.clusters).toHaveLength(corpus.events.length);
    for (const e of result.corpus!.events)
      expect(result.corpus!.clusters.find((c) => c.id === e.cluster)!.events).toEqual([e.id]);
  });

  it.each([
    [
      'an event naming an unknown actor keeps its other actors',
      (c: Corpus) => c.events[0]!.actors.push('person:nobody'),
      (r: Corpus, c: Corpus) => expect(r.events[0]!.actors).toEqual(c.events[0]!.actors.slice(0, -1)),
    ],
    [
      'a cluster listing an unknown event keeps its known ones',
      (c: Corpus) => c.clusters[0]!.events.push('e-nowhere'),
      (r: Corpus, c: Corpus) => expect(r.clusters[0]!.events).toEqual(c.clusters[0]!.events.slice(0, -1)),
    ],
    [
      'a cluster whose articles are not a list gets an empty one',
      (c: Corpus) => ((c.clusters[0] as { articles: unknown }).articles = 'a'),
      (r: Corpus) => expect(r.clusters[0]!.articles).toEqual([]),
    ],
    [
      'a cluster of unknown events only goes, and its events are not touched',
      (c: Corpus) => c.clusters.push({ id: 'c-ghost', events: ['e-nowhere'], value: '2023', articles: [] }),
      (r: Corpus, c: Corpus) => {
        expect(r.clusters.map((x) => x.id)).toEqual(c.clusters.slice(0, -1).map((x) => x.id));
        expect(r.events).toEqual(c.events);
      },
    ],
  ])('repairs %s', (_name, damage, check) => {
    const corpus = asJson(smallCorpus()) as Corpus;
    damage(corpus);
    const expected = asJson(corpus) as Corpus;
    const result = validateCorpus(corpus);
    expect(result.corpus).not.toBeNull();
    check(result.corpus!, expected);
  });

  it('summarises a flood of problems', () => {
    const corpus = asJson(smallCorpus()) as Corpus;
    corpus.mentions = Array.from({ length: 50 }, () => ({
      articleId: 'x',
      actorId: 'y',
      start: 0,
      end: 1,
      text: 'z',
    }));
    const { errors } = validateCorpus(corpus);
    expect(errors).toHaveLength(21);
    expect(errors[20]).toBe('... and 30 more problems');
  });
});
