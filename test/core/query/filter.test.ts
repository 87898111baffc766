import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  checkedEventOrder,
  countFacets,
  countFacetsInWindow,
  createQueryIndex,
  eventExtent,
  eventExtentMs,
  eventOrder,
  eventTimes,
  eventsInWindow,
  filterEvents,
  compareNames,
  foldText,
  longestSpanMs,
  sortEvents,
  sortEventsWithSpan,
  sourceKey,
  windowCandidates,
  type EventFilters,
} from '../../../src/core/query';
import { isoToMs } from '../../../src/core/time/interval';
import type { Event } from '../../../src/core/types';
import { article } from './fixtures';

const event = (
  id: string,
  articleId: string,
  start: string,
  end: string,
  actors: string[],
  topics: string[],
  text: string,
): Event => ({
  id,
  articleId,
  type: 'DATE',
  value: start,
  start,
  end,
  granularity: 'day',
  sentence: { start: 0, end: text.length, text, index: 0 },
  timex: { start: 0, end: 1, text: 'x', id: `${articleId}:t0` },
  actors,
  topics: topics.map((t) => ({ id: t, triggers: [] })),
  caption: false,
  cluster: `c-${id}`,
});

const articles = [article('a1', 'Wire One'), article('a2', 'Paper Two'), article('a3', null)];
const events = [
  event(
    'e1',
    'a1',
    '2023-10-16',
    '2023-10-17',
    ['person:p', 'country:RU'],
    ['diplomacy'],
    'Pútin flew to Beijing.',
  ),
  event('e2', 'a1', '2023-10-17', '2023-10-18', ['country:CN'], ['diplomacy', 'economy'], 'Xi met traders.'),
  event(
    'e3',
    'a2',
    '2023-10-01',
    '2023-11-01',
    ['country:RU', 'country:CN'],
    ['economy'],
    'Trade grew in October.',
  ),
  event('e4', 'a3', '2024-01-01', '2025-01-01', [], [], 'Elections were held in 2024.'),
  event(
    'e5',
    'a2',
    '2023-10-17T06:00',
    '2023-10-17T12:00',
    ['person:p'],
    ['conflict'],
    'Sirens sounded in the morning.',
  ),
];
const index = createQueryIndex({ articles, events });
const ids = (xs: readonly Event[]) => xs.map((e) => e.id);
const f = (over: Partial<EventFilters>): EventFilters => ({ ...EMPTY_FILTERS, ...over });

describe('filterEvents(events, filters, index)', () => {
  it.each<[string, Partial<EventFilters>, string[]]>([
    ['no filters', {}, ['e1', 'e2', 'e3', 'e4', 'e5']],
    ['one actor', { actors: ['country:RU'] }, ['e1', 'e3']],
    ['actors OR within the group', { actors: ['country:RU', 'country:CN'] }, ['e1', 'e2', 'e3']],
    ['topics OR', { topics: ['economy', 'conflict'] }, ['e2', 'e3', 'e5']],
    ['actor AND topic', { actors: ['country:RU'], topics: ['economy'] }, ['e3']],
    [
      'a person AND a country (actor kinds are separate groups)',
      { actors: ['person:p', 'country:RU'] },
      ['e1'],
    ],
    ['(person) AND (one of two countries)', { actors: ['person:p', 'country:RU', 'country:CN'] }, ['e1']],
    ['source', { sources: ['paper-two'] }, ['e3', 'e5']],
    ['unknown source', { sources: ['unknown'] }, ['e4']],
    ['actor AND source', { actors: ['person:p'], sources: ['wire-one'] }, ['e1']],
    ['text, folded', { q: 'putin' }, ['e1']],
    ['every word must match', { q: 'xi traders' }, ['e2']],
    ['words in any order', { q: 'october trade' }, ['e3']],
    ['no match', { q: 'zebra' }, []],
    ['window overlaps a month', { from: '2023-10-17', to: '2023-10-18' }, ['e2', 'e3', 'e5']],
    ['window end is exclusive', { from: '2023-10-15', to: '2023-10-16' }, ['e3']],
    ['window below a day', { from: '2023-10-17T07:00', to: '2023-10-17T08:00' }, ['e2', 'e3', 'e5']],
    ['open-ended window', { from: '2024-06-01' }, ['e4']],
  ])('%s', (_name, over, expected) => {
    expect(ids(filterEvents(events, f(over), index))).toEqual(expected);
  });
});

describe('countFacets(events, filters, index)', () => {
  it('counts every value with no filters', () => {
    const c = countFacets(events, EMPTY_FILTERS, index);
    expect(Object.fromEntries(c.actors)).toEqual({ 'person:p': 2, 'country:RU': 2, 'country:CN': 2 });
    expect(Object.fromEntries(c.topics)).toEqual({ diplomacy: 2, economy: 2, conflict: 1 });
    expect(Object.fromEntries(c.sources)).toEqual({ 'wire-one': 2, 'paper-two': 2, unknown: 1 });
  });

  it('ignores a group’s own filter when counting that group (faceted)', () => {
    const c = countFacets(events, f({ actors: ['country:RU'] }), index);
    // Actor counts are unaffected by the actor filter itself...
    expect(c.actors.get('country:CN')).toBe(2);
    // ...but topics and sources are counted among Russia's events only.
    expect(Object.fromEntries(c.topics)).toEqual({ diplomacy: 1, economy: 1 });
    expect(Object.fromEntries(c.sources)).toEqual({ 'wire-one': 1, 'paper-two': 1 });
  });

  it('counts each actor kind given the other kinds’ selection', () => {
    const c = countFacets(events, f({ actors: ['person:p'] }), index);
    // People are counted ignoring the person filter; countries only among that person's events.
    expect(c.actors.get('person:p')).toBe(2);
    expect(c.actors.get('country:RU')).toBe(1);
    expect(c.actors.has('country:CN')).toBe(false);
    const both = countFacets(events, f({ actors: ['person:p', 'country:CN'] }), index);
    // Every value of a kind agrees with filterEvents after adding it to that kind's selection.
    for (const [id, n] of both.actors) {
      const actors = id.startsWith('person:') ? [id, 'country:CN'] : ['person:p', id];
      expect(filterEvents(events, f({ actors }), index)).toHaveLength(n);
    }
  });

  it('takes kinds from the corpus actors when ids do not say', () => {
    const idx = createQueryIndex({
      articles,
      events,
      actors: [{ id: 'country:RU', name: 'R', kind: 'organisation', aliases: [] }],
    });
    expect(idx.kindOf('country:RU')).toBe('organisation');
    expect(idx.kindOf('person:p')).toBe('person');
  });

  it('applies text and window to every group', () => {
    const c = countFacets(events, f({ q: 'in', from: '2024-01-01' }), index);
    expect(Object.fromEntries(c.sources)).toEqual({ unknown: 1 });
    expect(c.actors.size).toBe(0);
  });

  it('agrees with filterEvents when a value is added to its group', () => {
    const filters = f({ topics: ['economy'], sources: ['wire-one'] });
    const c = countFacets(events, filters, index);
    for (const [actor, n] of c.actors) {
      const withActor = filterEvents(events, { ...filters, actors: [actor] }, index);
      expect(withActor).toHaveLength(n);
    }
  });
});

describe('sourceKey(name)', () => {
  it.each([
    ['Voice of America', 'voice-of-america'],
    ['AFP (translated from French)', 'afp-translated-from-french'],
    ['Le Monde Diplomatique', 'le-monde-diplomatique'],
    ['Süddeutsche Zeitung', 'suddeutsche-zeitung'],
    [null, 'unknown'],
    ['!!!', 'unknown'],
  ])('%j -> %j', (name, key) => expect(sourceKey(name)).toBe(key));
});

describe('foldText(text)', () => {
  it.each([
    ['Havrén', 'havren'],
    ['ÉLYSÉE', 'elysee'],
  ])('%j -> %j', (a, b) => expect(foldText(a)).toBe(b));
});

describe('compareNames(a, b)', () => {
  it('orders by the folded name, accents and case aside, then exactly', () => {
    expect(['beta', 'Álvaro', 'alpha', 'Zoë', 'zoe', 'Alpha'].sort(compareNames)).toEqual([
      'Alpha',
      'alpha',
      'Álvaro',
      'beta',
      'Zoë',
      'zoe',
    ]);
  });
});

describe('sortEvents(events) and eventExtent(events)', () => {
  it('orders chronologically with a stable tie-break', () => {
    expect(ids(sortEvents(events))).toEqual(['e3', 'e1', 'e2', 'e5', 'e4']);
  });
  it('spans the earliest start to the latest end', () => {
    expect(eventExtent(events)).toEqual(['2023-10-01', '2025-01-01']);
    expect(eventExtent([])).toBeNull();
  });
});

describe('eventTimes(events) and eventExtentMs(events)', () => {
  it("gives each event's start and end in ms, by position, worked out once per list", () => {
    const input = [...events];
    const times = eventTimes(input);
    expect(Array.from(times.start)).toEqual(input.map((e) => isoToMs(e.start)));
    expect(Array.from(times.end)).toEqual(input.map((e) => isoToMs(e.end)));
    expect(eventTimes(input)).toBe(times);
    expect(eventTimes([...events])).not.toBe(times);
  });
  it('spans the earliest start to the latest end, as eventExtent does, in ms', () => {
    expect(eventExtentMs(events)).toEqual([Date.UTC(2023, 9, 1), Date.UTC(2025, 0, 1)]);
    expect(eventExtentMs([])).toBeNull();
  });
});

describe('sortEventsWithSpan(events)', () => {
  it('answers the same events with the same sorted list (a corpus whose texts join keeps its events)', () => {
    const input = [...events];
    const first = sortEventsWithSpan(input);
    expect(sortEventsWithSpan(input).sorted).toBe(first.sorted);
    expect(sortEventsWithSpan([...events]).sorted).not.toBe(first.sorted);
  });
  it.each<[string, Event[]]>([
    ['the fixture', events],
    ['the fixture reversed', [...events].reverse()],
    ['no events', []],
  ])('%s: the order of sortEvents and the span of longestSpanMs', (_, input) => {
    const { sorted, maxSpanMs } = sortEventsWithSpan(input);
    expect(ids(sorted)).toEqual(ids(sortEvents(input)));
    expect(maxSpanMs).toBe(longestSpanMs(input));
  });
  it('measures the longest interval in ms', () => {
    const day = events[0]!;
    const long = { ...day, id: 'long', start: '2023-10-01', end: '2023-10-11' };
    expect(sortEventsWithSpan([day, long]).maxSpanMs).toBe(10 * 86_400_000);
  });
});

describe('windowCandidates(sorted, from, to, maxSpanMs)', () => {
  const sorted = sortEvents(events);
  const span = longestSpanMs(events);
  it.each<[string, string]>([
    ['2023-10-17', '2023-10-18'],
    ['2023-10-17T07:00', '2023-10-17T08:00'],
    ['2023-10-15', '2023-10-16'],
    ['2024-06-01', '2030-01-01'],
    ['1990-01-01', '2000-01-01'],
  ])('[%s, %s) holds every event filterEvents keeps', (from, to) => {
    const exact = ids(filterEvents(events, f({ from, to }), index)).sort();
    const candidates = windowCandidates(sorted, from, to, span);
    expect(ids(filterEvents(candidates, f({ from, to }), index)).sort()).toEqual(exact);
    expect(candidates.length).toBeLessThanOrEqual(events.length);
  });
  it('skips events that start after the window', () => {
    expect(ids(windowCandidates(sorted, '2023-10-01', '2023-10-02', span))).not.toContain('e4');
    expect(longestSpanMs(events)).toBe(366 * 86_400_000);
  });
});

describe('createQueryIndex(corpus).matchWords(words)', () => {
  const sentences = fc.string({
    unit: fc.constantFrom(...'ab AB éÉ ΣσςΟ İı\u0000\u0301ﬁ.'.split('')),
    maxLength: 12,
  });
  const textEvent = (text: string, i: number): Event => ({
    ...event(`e${i}`, 'a1', '2023-10-17', '2023-10-18', [], [], text),
  });
  it('finds the events the sentence-by-sentence search finds, in any text and for any words', () => {
    fc.assert(
      fc.property(
        fc.array(sentences, { maxLength: 30 }),
        fc.array(sentences, { maxLength: 3 }),
        (texts, query) => {
          const events = texts.map(textEvent);
          const index = createQueryIndex({ articles: [article('a1', 'AFP')], events });
          const words = query.map(foldText).filter((w) => w.length > 0);
          const match = index.matchWords(words);
          // Also events it was not built over, which it answers one by one.
          for (const e of [...events, textEvent(texts[0] ?? 'Ab', 99)]) {
            const text = foldText(e.sentence.text);
            expect(match(e)).toBe(words.every((w) => text.includes(w)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is built a chunk at a time ahead of the first search, and answers the same', () => {
    const events = Array.from({ length: 5_000 }, (_, i) => textEvent(i % 2 ? 'Talks in GENEVA' : 'Trade', i));
    const index = createQueryIndex({ articles: [article('a1', 'AFP')], events });
    expect(index.prepareSearch()).toBe(false);
    expect(events.filter(index.matchWords(['geneva']))).toHaveLength(2_500);
    expect(index.prepareSearch()).toBe(true);
    const fresh = createQueryIndex({ articles: [article('a1', 'AFP')], events });
    while (!fresh.prepareSearch());
    expect(events.filter(fresh.matchWords(['talks', 'geneva']))).toHaveLength(2_500);
  });

  it('keeps the answer for the words asked last', () => {
    const events = ['Talks in Geneva', 'Geneva talks end'].map(textEvent);
    const index = createQueryIndex({ articles: [article('a1', 'AFP')], events });
    const match = index.matchWords(['geneva', 'talks']);
    expect(index.matchWords(['geneva', 'talks'])).toBe(match);
    expect(events.filter(index.matchWords(['end']))).toEqual([events[1]]);
  });
});

describe('eventsInWindow(sorted, from, to, maxSpanMs)', () => {
  // Days, a month, a year and clock times, mixed as a corpus mixes them.
  const values = [
    ['2023-10-17', '2023-10-18'],
    ['2023-10-17T07:00', '2023-10-17T08:00'],
    ['2023-10-17T00:00', '2023-10-17T12:00'],
    ['2023-10-01', '2023-11-01'],
    ['2023-01-01', '2024-01-01'],
    ['2023-10-16', '2023-10-17'],
    ['2024-06-01', '2024-06-02'],
  ];
  const bound = fc.constantFrom(
    '2023-01-01',
    '2023-10-17',
    '2023-10-17T07:00',
    '2023-10-17T12:00',
    '2023-10-18',
    '2023-11-01',
    '2024-06-02',
  );
  it('keeps what filterEvents keeps of the candidates, in their order', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(values.length - 1), { maxLength: 20 }), bound, bound, (picks, from, to) => {
        const list = picks.map((p, i) => event(`e${i}`, 'a1', values[p]![0]!, values[p]![1]!, [], [], 'x'));
        const sorted = sortEvents(list);
        const span = longestSpanMs(list);
        const exact = filterEvents(windowCandidates(sorted, from, to, span), f({ from, to }), index);
        expect(eventsInWindow(sorted, from, to, span)).toEqual(exact);
      }),
      { numRuns: 300 },
    );
  });
});

describe('countFacetsInWindow(sorted, from, to, maxSpanMs, index)', () => {
  const spans = [
    ['2023-10-17', '2023-10-18'],
    ['2023-10-17T07:00', '2023-10-17T08:00'],
    ['2023-10-01', '2023-11-01'],
    ['2023-01-01', '2024-01-01'],
    ['2023-10-16', '2023-10-17'],
    ['2024-06-01', '2024-06-02'],
  ];
  const bound = fc.constantFrom('2023-01-01', '2023-10-17', '2023-10-17T07:00', '2023-10-18', '2024-06-02');
  const report = fc.record({
    span: fc.nat(spans.length - 1),
    actors: fc.array(fc.constantFrom('country:RU', 'country:CN', 'person:x'), { maxLength: 3 }),
    topics: fc.array(fc.constantFrom('diplomacy', 'trade'), { maxLength: 3 }),
    article: fc.constantFrom('a1', 'a2', 'a3'),
    // Stories 0-2 may be told several times; the rest stand alone.
    story: fc.nat(6),
  });
  const entries = (c: ReturnType<typeof countFacets>) =>
    Object.fromEntries(Object.entries(c).map(([g, m]) => [g, [...m].sort()]));
  it('counts what countFacets counts over the window, each story once', () => {
    fc.assert(
      fc.property(fc.array(report, { maxLength: 25 }), bound, bound, (reports, from, to) => {
        const events = reports.map((r, i) => ({
          ...event(`e${i}`, r.article, spans[r.span]![0]!, spans[r.span]![1]!, r.actors, r.topics, 'x'),
          cluster: r.story < 3 ? `s${r.story}` : `lone${i}`,
        }));
        const clusters = [...new Set(events.map((e) => e.cluster))].map((id) => ({
          id,
          events: events.filter((e) => e.cluster === id).map((e) => e.id),
          value: '2023',
          articles: [],
        }));
        const index = createQueryIndex({
          articles: [article('a1', 'AFP'), article('a2', 'VOA'), article('a3', null)],
          events,
          clusters,
        });
        const sorted = sortEvents(events);
        const span = longestSpanMs(events);
        const exact = countFacets(windowCandidates(sorted, from, to, span), f({ from, to }), index);
        expect(entries(countFacetsInWindow(sorted, from, to, span, index))).toEqual(entries(exact));
      }),
      { numRuns: 300 },
    );
  });
});

describe('checkedEventOrder(events, order)', () => {
  // Two events on one day: only their ids tell them apart.
  const twin = { ...events[0]!, id: `${events[0]!.id}-twin` };
  const input = [...[...events].reverse(), twin];
  const sorted = eventOrder(input);

  it("takes eventOrder's own answer, and gives back its order and longest span", () => {
    expect(checkedEventOrder(input, Array.from(sorted.order))).toEqual(sorted);
    expect(checkedEventOrder([], [])).toEqual(eventOrder([]));
  });
  it.each<[string, (order: number[]) => unknown[]]>([
    ['two events swapped', (o) => [o[1], o[0], ...o.slice(2)]],
    ['one event twice', (o) => [o[0], o[0], ...o.slice(2)]],
    ['a position past the end', (o) => [...o.slice(0, -1), o.length]],
    ['one event short', (o) => o.slice(1)],
    ['a position that is not a whole number', (o) => [...o.slice(0, -1), `${o[o.length - 1]}`]],
  ])('refuses an order with %s', (_, damage) => {
    expect(checkedEventOrder(input, damage(Array.from(sorted.order)))).toBeNull();
  });
  it('refuses two events of one date and id out of their positions (the sort keeps them in place)', () => {
    const same = [events[0]!, { ...events[0]! }];
    expect(checkedEventOrder(same, [0, 1])).not.toBeNull();
    expect(checkedEventOrder(same, [1, 0])).toBeNull();
  });
  it('refuses events whose dates are not all dates: the sort decides their order', () => {
    const odd = [events[0]!, { ...events[1]!, start: 'not a date' }];
    expect(checkedEventOrder(odd, [0, 1])).toBeNull();
  });
});
