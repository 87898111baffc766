import { describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../src/core/synthetic';
import type { Corpus, Correction } from '../../src/core/types';
import { sourceKey } from '../../src/core/query';
import {
  BUNDLED_ORIGIN,
  corpusDomain,
  createExplorerStore,
  loadCorrections,
  makeNotice,
  resolveUrlState,
  stateToUrl,
  storyDomain,
} from '../../src/state/store';
import { describeOpened } from '../../src/state/opened';
import { formatUrlState, parseUrlState } from '../../src/state/url';

const corpus = generateCorpus({ events: 60, seed: 3 });
const sourceKeys = new Set(corpus.articles.map((a) => sourceKey(a.source)));

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

describe('createExplorerStore(init)', () => {
  it('starts on the whole corpus with no filters and no selection', () => {
    const s = createExplorerStore({ corpus }).getState();
    expect(s.domain).toEqual(corpusDomain(corpus));
    expect(s.filters).toEqual({ actors: [], topics: [], sources: [], q: '' });
    expect(s.selectedEventId).toBeNull();
  });

  it('opens on the dense part when outliers stretch the corpus; a link leaves that window out', () => {
    const base = generateCorpus({ events: 40, seed: 5 });
    const [first, ...rest] = base.events;
    const last = rest.pop()!;
    const stretched: Corpus = {
      ...base,
      events: [
        { ...first!, start: '1990-01-01', end: '1990-01-02' },
        ...rest,
        { ...last, start: '2060-01-01', end: '2060-01-02' },
      ],
    };
    const store = createExplorerStore({ corpus: stretched });
    const s = store.getState();
    const full = corpusDomain(stretched);
    expect(s.fullDomain).toEqual(full);
    expect(s.domain).toEqual(storyDomain(stretched));
    expect(s.domain[0].getTime()).toBeGreaterThan(full[0].getTime());
    expect(s.domain[1].getTime()).toBeLessThan(full[1].getTime());
    // Honest links: the default window is implied, "Fit all" is written out.
    expect(stateToUrl(s, BUNDLED_ORIGIN)).toMatchObject({ from: null, to: null });
    store.getState().setDomain(full);
    expect(stateToUrl(store.getState(), BUNDLED_ORIGIN)).toMatchObject({ from: full[0], to: full[1] });
    const { fields } = resolveUrlState(parseUrlState('').state, stretched, new Set());
    expect(createExplorerStore({ corpus: stretched, ...fields }).getState().domain).toEqual(s.domain);
  });

  it('a link naming only an event outside the default window opens on that event', () => {
    const base = generateCorpus({ events: 40, seed: 5 });
    const [first, ...rest] = base.events;
    const outlier = { ...first!, start: '2060-01-01', end: '2060-01-02' };
    const stretched: Corpus = { ...base, events: [...rest, outlier] };
    const { fields } = resolveUrlState(parseUrlState(`?event=${outlier.id}`).state, stretched, new Set());
    const s = createExplorerStore({ corpus: stretched, ...fields }).getState();
    expect(s.selectedEventId).toBe(outlier.id);
    expect(s.domain.map((d) => d.toISOString().slice(0, 10))).toEqual(['2059-12-29', '2060-01-05']);
    // The link then says the window, so it reopens the same anywhere.
    expect(formatUrlState(stateToUrl(s, BUNDLED_ORIGIN))).toBe(
      `?event=${outlier.id}&from=2059-12-29&to=2060-01-04`,
    );
    // An event the default window shows keeps the default window.
    const inside = rest[20]!;
    const { fields: near } = resolveUrlState(
      parseUrlState(`?event=${inside.id}`).state,
      stretched,
      new Set(),
    );
    expect(near.domain).toBeNull();
  });

  it('toggleFilter adds then removes a value; clearFilters also resets the window', () => {
    const store = createExplorerStore({ corpus });
    const { toggleFilter, setDomain, clearFilters } = store.getState();
    toggleFilter('actors', 'country:X');
    toggleFilter('actors', 'country:Y');
    toggleFilter('actors', 'country:X');
    expect(store.getState().filters.actors).toEqual(['country:Y']);
    setDomain([new Date('2022-01-01'), new Date('2022-02-01')]);
    store.getState().setQuery('talks');
    clearFilters();
    expect(store.getState().filters).toEqual({ actors: [], topics: [], sources: [], q: '' });
    expect(store.getState().domain).toEqual(store.getState().fullDomain);
  });

  it('setDomain ignores empty and unchanged windows (no needless renders)', () => {
    const store = createExplorerStore({ corpus });
    const listener = vi.fn();
    store.subscribe(listener);
    const d: [Date, Date] = [new Date('2022-01-01'), new Date('2022-02-01')];
    store.getState().setDomain(d);
    store.getState().setDomain([new Date(d[0]), new Date(d[1])]);
    store.getState().setDomain([d[1], d[0]]);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('a moving gesture updates the live window; the settled one follows at its end or after a pause', () => {
    vi.useFakeTimers();
    try {
      const store = createExplorerStore({ corpus });
      const full = store.getState().settledDomain;
      const a: [Date, Date] = [new Date('2022-01-01'), new Date('2022-03-01')];
      const b: [Date, Date] = [new Date('2022-01-10'), new Date('2022-03-01')];
      store.getState().setDomain(a, { final: false });
      expect(store.getState().domain).toEqual(a);
      expect(store.getState().settledDomain).toBe(full);
      store.getState().setDomain(b, { final: true });
      expect(store.getState().settledDomain).toEqual(b);
      store.getState().setDomain(a, { final: false });
      vi.advanceTimersByTime(900);
      expect(store.getState().settledDomain).toEqual(a);
    } finally {
      vi.useRealTimers();
    }
  });

  it('notices can be added and dismissed', () => {
    const store = createExplorerStore({ corpus });
    store.getState().addNotice('hello');
    const [n] = store.getState().notices;
    expect(n!.message).toBe('hello');
    store.getState().dismissNotice(n!.id);
    expect(store.getState().notices).toEqual([]);
  });

  it('correct() applies through core, keeps the selection on the same timex and persists', async () => {
    const storage = memoryStorage();
    const target = corpus.events[5]!;
    // A minimal applyCorrection with the core's contract: the value changes, so the event id does.
    const applyCorrection = vi.fn((c: Corpus, correction: Correction): Corpus => ({
      ...c,
      events: c.events.map((e) =>
        e.timex.id === target.timex.id ? { ...e, id: `${e.id}-fixed`, value: correction.value } : e,
      ),
      corrections: [...c.corrections, correction],
    }));
    const store = createExplorerStore({
      corpus,
      corpusKey: 'k',
      storage,
      ops: { applyCorrection },
      selectedEventId: target.id,
    });
    const correction: Correction = {
      articleId: target.articleId,
      start: target.timex.start,
      end: target.timex.end,
      text: target.timex.text,
      value: '2020-01-02',
    };
    await store.getState().correct(correction);
    expect(applyCorrection).toHaveBeenCalledWith(corpus, correction);
    expect(store.getState().selectedEventId).toBe(`${target.id}-fixed`);
    expect(store.getState().corpus.corrections).toEqual([correction]);
    expect(loadCorrections(storage, 'k')).toEqual([correction]);
    expect(loadCorrections(storage, 'other')).toEqual([]);
  });
});

describe('createExplorerStore: a corpus whose first events come from a correction', () => {
  // The articles without a date or an event: the extent is a stand-in day.
  const none: Corpus = { ...corpus, events: [], clusters: [] };
  const dated = { ...corpus, corrections: [] };

  it('takes the extent and opening window of its events once a correction gives it some, and back on Undo', async () => {
    const store = createExplorerStore({ corpus: none, ops: { applyCorrection: () => dated } });
    const standIn = corpusDomain(none);
    expect(store.getState().fullDomain).toEqual(standIn);
    await store.getState().correct({ articleId: 'a', start: 0, end: 0, text: '', value: '2023-10-17' });
    const s = store.getState();
    expect(s.fullDomain).toEqual(corpusDomain(dated));
    expect(s.domain).toEqual(storyDomain(dated));
    expect(s.settledDomain).toEqual(storyDomain(dated));
    expect(s.defaultDomain).toEqual(storyDomain(dated));
    store.getState().undoCorrection();
    expect(store.getState().fullDomain).toEqual(standIn);
    expect(store.getState().domain).toEqual(corpusDomain(none));
  });

  it('says what was opened again of the corpus it becomes: no "No dated events" once it has some, and back on Undo', async () => {
    const store = createExplorerStore({
      corpus: none,
      ops: { applyCorrection: () => dated },
      notices: [makeNotice('Ignored lanes “x”.'), makeNotice(describeOpened(none), 'info', 'opened')],
    });
    const messages = () => store.getState().notices.map((n) => n.message);
    const ids = store.getState().notices.map((n) => n.id);
    expect(messages()[1]).toMatch(/No dated events were found in them\.$/);
    await store.getState().correct({ articleId: 'a', start: 0, end: 0, text: '', value: '2023-10-17' });
    expect(messages()).toEqual(['Ignored lanes “x”.', describeOpened(dated)]);
    expect(messages()[1]).not.toMatch(/No dated events/);
    // The same notices (not new ones, which would be said aloud again over the correction's words).
    expect(store.getState().notices.map((n) => n.id)).toEqual(ids);
    store.getState().undoCorrection();
    expect(messages()[1]).toMatch(/No dated events were found in them\.$/);
  });

  it('keeps the reader’s window when a corpus that had events is corrected', async () => {
    const moved = { ...corpus, corrections: [] };
    const store = createExplorerStore({ corpus, ops: { applyCorrection: () => moved } });
    const window: [Date, Date] = [new Date('2021-03-01T00:00Z'), new Date('2021-04-01T00:00Z')];
    store.getState().setDomain(window);
    await store.getState().correct({ articleId: 'a', start: 0, end: 0, text: '', value: '2023-10-17' });
    expect(store.getState().domain).toEqual(window);
  });
});

describe('resolveUrlState(url, corpus, sourceKeys, notices)', () => {
  const e = corpus.events[10]!;
  const actor = corpus.actors[0]!.id;

  it('applies a link whose ids all exist', () => {
    const { state } = parseUrlState(
      `?event=${e.id}&actor=${actor}&from=2022-01-01&to=2022-01-31&lanes=topic`,
    );
    const { fields, notices } = resolveUrlState(state, corpus, sourceKeys);
    expect(notices).toEqual([]);
    expect(fields.selectedEventId).toBe(e.id);
    expect(fields.filters!.actors).toEqual([actor]);
    expect(fields.domain).toEqual([new Date('2022-01-01T00:00Z'), new Date('2022-02-01T00:00Z')]);
    expect(fields.lanes).toBe('topic');
  });

  it('reports an unknown event and unknown filter ids, keeping the rest', () => {
    const { state, notices: parsed } = parseUrlState(
      `?event=nope&actor=${actor},person:nobody&topic=zzz&from=bad`,
    );
    const { fields, notices } = resolveUrlState(state, corpus, sourceKeys, parsed);
    expect(fields.selectedEventId).toBeNull();
    expect(fields.filters!.actors).toEqual([actor]);
    expect(fields.filters!.topics).toEqual([]);
    const text = notices.map((n) => n.message);
    expect(text).toHaveLength(4);
    expect(text).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/from “bad”/),
        expect.stringMatching(/“nope” is not in this corpus/),
        expect.stringMatching(/actor “person:nobody”/),
        expect.stringMatching(/topic “zzz”/),
      ]),
    );
  });

  it('narrows a window wider than the timeline zooms out to the widest view, and says so', () => {
    const { state } = parseUrlState('?from=0001-01-01&to=9999-12-31');
    const { fields, notices } = resolveUrlState(state, corpus, sourceKeys);
    const [a, b] = corpusDomain(corpus);
    const [from, to] = fields.domain!;
    // Holds the whole corpus, and is at most twice its span with the timeline's margins.
    expect(from.getTime()).toBeLessThan(a.getTime());
    expect(to.getTime()).toBeGreaterThan(b.getTime());
    expect(to.getTime() - from.getTime()).toBeLessThanOrEqual(
      2.5 * (b.getTime() - a.getTime()) + 4 * 86_400_000,
    );
    expect(notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/wider than the timeline zooms out/),
    ]);
  });

  it.each([
    ['?from=9999-12-31', 'Ignored from “9999-12-31”: it is after every date of these articles.'],
    ['?to=1900-01-01', 'Ignored to “1900-01-01”: it is before every date of these articles.'],
  ])('says why it ignores %s, one side of a window past every date', (search, message) => {
    const { fields, notices } = resolveUrlState(parseUrlState(search).state, corpus, sourceKeys);
    expect(fields.domain).toBeNull();
    expect(notices.map((n) => n.message)).toEqual([message]);
  });

  it('keeps a narrow window away from the stories as the link asks', () => {
    const { state } = parseUrlState('?from=2030-01-01&to=2030-01-31');
    const { fields, notices } = resolveUrlState(state, corpus, sourceKeys);
    expect(fields.domain).toEqual([new Date('2030-01-01T00:00Z'), new Date('2030-02-01T00:00Z')]);
    expect(notices).toEqual([]);
  });

  it('round-trips through the store: resolve, apply, format gives the link back', () => {
    const link = `?event=${e.id}&actor=${actor}&q=talks&from=2022-03-01&to=2022-03-31`;
    const { state } = parseUrlState(link);
    const { fields } = resolveUrlState(state, corpus, sourceKeys);
    const store = createExplorerStore({ corpus, ...fields });
    expect(formatUrlState(stateToUrl(store.getState(), BUNDLED_ORIGIN))).toBe(link);
  });
});
