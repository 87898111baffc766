import { describe, expect, it } from 'vitest';
import { EMPTY_URL_STATE, formatUrlState, parseUrlState, type UrlState } from '../../src/state/url';

const d = (iso: string) => new Date(iso);

describe('parseUrlState(search)', () => {
  it.each<[string, Partial<UrlState>]>([
    ['', {}],
    ['?event=ev-1', { event: 'ev-1' }],
    ['?actor=person:vladimir-putin,country:RU', { actors: ['person:vladimir-putin', 'country:RU'] }],
    ['?actor=country:RU&actor=country:CN', { actors: ['country:RU', 'country:CN'] }],
    ['?actor=country:RU,country:RU', { actors: ['country:RU'] }],
    ['?topic=diplomacy&source=afp', { topics: ['diplomacy'], sources: ['afp'] }],
    ['?q=belt+and+road', { q: 'belt and road' }],
    ['?from=2023-10-01&to=2023-10-31', { from: d('2023-10-01T00:00Z'), to: d('2023-11-01T00:00Z') }],
    [
      '?from=2023-10-17T06:00&to=2023-10-17T12:30',
      { from: d('2023-10-17T06:00Z'), to: d('2023-10-17T12:30Z') },
    ],
    ['?from=2023-10-01', { from: d('2023-10-01T00:00Z') }],
    ['?lanes=actor', { lanes: 'actor' }],
    ['?corpus=https%3A%2F%2Fexample.org%2Fc.json', { corpus: 'https://example.org/c.json' }],
    ['?local=3f9a0c1d2e4b5a6f', { local: '3f9a0c1d2e4b5a6f' }],
    ['?local=3f9a0c1d2e4b5a6f&actor=country:NO', { local: '3f9a0c1d2e4b5a6f', actors: ['country:NO'] }],
  ])('%j', (search, expected) => {
    const { state, notices } = parseUrlState(search);
    expect(state).toEqual({ ...EMPTY_URL_STATE, ...expected });
    expect(notices).toEqual([]);
  });

  it.each<[string, string, Partial<UrlState>]>([
    ['?from=2023-13-01&event=ev-1', 'from', { event: 'ev-1' }],
    ['?from=2023-02-30', 'from', {}],
    ['?to=yesterday&actor=country:RU', 'to', { actors: ['country:RU'] }],
    ['?from=2023-10-31&to=2023-10-01', 'to', {}],
    ['?lanes=colour', 'lanes', {}],
    ['?event=%3Cscript%3E', 'event', {}],
    ['?actor=country:RU,bad%20id', 'actor', { actors: ['country:RU'] }],
    ['?from=2023-10-17T25:00', 'from', {}],
    ['?local=..%2Fsecret&event=ev-1', 'local', { event: 'ev-1' }],
    ['?local=3F9A', 'local', {}],
    ['?corpus=c.json&local=3f9a0c1d2e4b5a6f', 'local', { corpus: 'c.json' }],
  ])('%j reports %s and keeps the rest', (search, param, expected) => {
    const { state, notices } = parseUrlState(search);
    expect(state).toEqual({ ...EMPTY_URL_STATE, ...expected });
    expect(notices.map((n) => n.param)).toEqual([param]);
    expect(notices[0]!.message).toMatch(/Ignored/);
  });

  it.each([
    ['?from=2023-10-31&to=2023-10-01', 'Ignored the date range: “to” is before “from”.'],
    [
      '?from=2023-10-17T14:00&to=2023-10-17T14:00',
      'Ignored the date range: “to” is the same time as “from”.',
    ],
  ])('says why %j is no window', (search, message) => {
    expect(parseUrlState(search).notices.map((n) => n.message)).toEqual([message]);
  });
});

describe('formatUrlState(state)', () => {
  it('writes a stable key order and readable ids', () => {
    const state: UrlState = {
      ...EMPTY_URL_STATE,
      lanes: 'actor',
      to: d('2023-11-01T00:00Z'),
      from: d('2023-10-01T00:00Z'),
      q: 'belt road',
      sources: ['afp'],
      topics: ['diplomacy'],
      actors: ['person:vladimir-putin', 'country:RU'],
      event: 'ev-1',
    };
    expect(formatUrlState(state)).toBe(
      '?event=ev-1&actor=person:vladimir-putin,country:RU&topic=diplomacy&source=afp&q=belt%20road&from=2023-10-01&to=2023-10-31&lanes=actor',
    );
  });

  it('is empty for the default view', () => expect(formatUrlState(EMPTY_URL_STATE)).toBe(''));

  it('writes years before 1000 with four digits, so the link stays valid', () => {
    const from = new Date(Date.UTC(2000, 1, 20));
    from.setUTCFullYear(2);
    expect(formatUrlState({ ...EMPTY_URL_STATE, from })).toBe('?from=0002-02-20');
  });

  it('reads years before 100 as written, not as 1900–1999', () => {
    const { state } = parseUrlState('?from=0002-02-20');
    expect(state.from?.getUTCFullYear()).toBe(2);
    expect(formatUrlState(state)).toBe('?from=0002-02-20');
  });

  it('writes a local collection first, before the view', () => {
    const state: UrlState = { ...EMPTY_URL_STATE, event: 'ev-1', local: '0123456789abcdef' };
    expect(formatUrlState(state)).toBe('?local=0123456789abcdef&event=ev-1');
  });

  it.each([
    '?event=ev-1',
    '?corpus=.%2Fbench-10000.json&event=ev-000001',
    '?actor=person:a,country:RU&topic=t&source=s&q=a%26b%3Dc&from=2023-10-01&to=2023-10-31&lanes=topic',
    '?from=2023-10-17T06:00&to=2023-10-17T12:30',
    '?q=%C3%A9lys%C3%A9e%20%2B%20more',
    '?local=3f9a0c1d2e4b5a6f',
    '?local=3f9a0c1d2e4b5a6f&event=ev-1&topic=t&from=2024-05-01&to=2024-05-31',
  ])('round-trips %j', (search) => {
    const { state } = parseUrlState(search);
    expect(formatUrlState(state)).toBe(search);
    expect(parseUrlState(formatUrlState(state)).state).toEqual(state);
  });
});
