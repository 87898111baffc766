import { describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../src/core/synthetic';
import { BUNDLED_ORIGIN, createExplorerStore } from '../../src/state/store';
import { startUrlSync } from '../../src/state/url-sync';
import { formatValue } from '../../src/components/format';
import { describeRestored } from '../../src/components/restored';

const corpus = generateCorpus({ events: 40, seed: 5 });

/** A tiny in-memory History with Back and Forward, so the sync is tested without a browser. */
function fakeWindow(search = '') {
  const entries = [search];
  const states: unknown[] = [null];
  let at = 0;
  const listeners = { popstate: new Set<() => void>(), pagehide: new Set<() => void>() };
  const win = {
    location: { search, pathname: '/app/', hash: '' },
    history: {
      get state() {
        return states[at];
      },
      get length() {
        return entries.length;
      },
      pushState: (state: unknown, __: string, url: string) => {
        entries.splice(at + 1, entries.length, new URL(url, 'http://x').search);
        states.splice(at + 1, states.length, state);
        at++;
        win.location.search = entries[at]!;
      },
      replaceState: (state: unknown, __: string, url: string) => {
        entries[at] = new URL(url, 'http://x').search;
        states[at] = state;
        win.location.search = entries[at]!;
      },
    },
    addEventListener: (type: 'popstate' | 'pagehide', fn: () => void) => void listeners[type].add(fn),
    removeEventListener: (type: 'popstate' | 'pagehide', fn: () => void) => void listeners[type].delete(fn),
    go(delta: number) {
      at += delta;
      win.location.search = entries[at]!;
      listeners.popstate.forEach((fn) => fn());
    },
    /** The page goes (another page of the tab comes, or the tab closes). */
    hide: () => listeners.pagehide.forEach((fn) => fn()),
    back: () => win.go(-1),
    forward: () => win.go(1),
    entries,
    states,
  };
  return win;
}

describe('startUrlSync(store, window)', () => {
  it('pushes discrete changes, replaces continuous ones, and Back restores the selection', () => {
    const store = createExplorerStore({ corpus });
    const win = fakeWindow();
    const stop = startUrlSync(store, win, BUNDLED_ORIGIN, 0);
    const [a, b] = corpus.events;
    store.getState().select(a!.id);
    store.getState().select(b!.id);
    for (let i = 1; i <= 20; i++)
      store.getState().setDomain([new Date(Date.UTC(2022, 0, i)), new Date(Date.UTC(2022, 5, 1))]);
    store.getState().setQuery('t');
    store.getState().setQuery('talks');
    expect(win.entries).toEqual([
      '',
      `?event=${a!.id}`,
      `?event=${b!.id}&q=talks&from=2022-01-20&to=2022-05-31`,
    ]);
    win.back();
    expect(store.getState().selectedEventId).toBe(a!.id);
    expect(store.getState().filters.q).toBe('');
    expect(store.getState().domain).toEqual(store.getState().fullDomain);
    // Applying the URL did not write a new entry.
    expect(win.entries).toHaveLength(3);
    stop();
    store.getState().select(null);
    expect(win.location.search).toBe(`?event=${a!.id}`);
  });

  it('tells onRestored the view Back brought back, with its event and filters in words', () => {
    const store = createExplorerStore({ corpus });
    const win = fakeWindow();
    const restored: string[] = [];
    const stop = startUrlSync(store, win, BUNDLED_ORIGIN, 0, null, (s, step) =>
      restored.push(describeRestored(s, step)),
    );
    const [a, b] = corpus.events;
    const actor = corpus.actors[0]!;
    store.getState().toggleFilter('actors', actor.id);
    store.getState().select(a!.id);
    store.getState().select(b!.id);
    win.back();
    const source = corpus.articles.find((x) => x.id === a!.articleId)!.source;
    expect(restored).toEqual([
      `Back to the event of ${formatValue(a!.value)} from ${source}: “${a!.sentence.text}” Filtered by ${actor.name}.`,
    ]);
    win.back();
    expect(restored[1]).toBe(`Back to no selected event. Filtered by ${actor.name}.`);
    win.back();
    expect(restored[2]).toBe('Back to no selected event. No filters.');
    win.forward();
    expect(restored[3]).toBe(`Forward to no selected event. Filtered by ${actor.name}.`);
    // Two steps at once (a long press on Back) are still one way.
    win.go(2);
    expect(restored[4]).toMatch(/^Forward to the event of /);
    stop();
  });

  it('gives each entry its place in the history, kept by a reload; an entry with none says "Now showing"', () => {
    // A pasted link: its entry has no state until the sync starts on it.
    const [a, b, c] = corpus.events;
    const store = createExplorerStore({ corpus, selectedEventId: a!.id });
    const win = fakeWindow(`?event=${a!.id}`);
    let stop = startUrlSync(store, win, BUNDLED_ORIGIN, 0);
    store.getState().select(b!.id);
    store.getState().select(c!.id);
    expect(win.states).toEqual([{ dateline: 0 }, { dateline: 1 }, { dateline: 2 }]);
    // A reload on the middle entry: the new page finds the place the entry kept.
    win.back();
    stop();
    const restored: string[] = [];
    const reloaded = createExplorerStore({ corpus, selectedEventId: b!.id });
    stop = startUrlSync(reloaded, win, BUNDLED_ORIGIN, 0, null, (s, step) =>
      restored.push(describeRestored(s, step)),
    );
    win.back();
    win.forward();
    win.forward();
    expect(restored).toEqual([
      expect.stringMatching(/^Back to the event of /),
      expect.stringMatching(/^Forward to the event of /),
      expect.stringMatching(/^Forward to the event of /),
    ]);
    // An entry written by someone else (no place) cannot say which way the reader went.
    win.history.pushState(null, '', `/app/?event=${b!.id}`);
    win.history.pushState({ dateline: 9 }, '', `/app/?event=${c!.id}`);
    win.back();
    expect(restored[3]).toMatch(/^Now showing the event of /);
    stop();
  });

  it('Back or Forward into another page of the tab, loaded afresh, says which way it went', () => {
    // One tab: its sessionStorage outlives its pages, its history holds the entries of both.
    const kept = new Map<string, string>();
    const sessionStorage = {
      getItem: (k: string) => kept.get(k) ?? null,
      setItem: (k: string, v: string) => void kept.set(k, v),
    };
    const [a, b, c] = corpus.events;
    const win = Object.assign(fakeWindow(), { sessionStorage });
    const first = createExplorerStore({ corpus });
    let stop = startUrlSync(first, win, BUNDLED_ORIGIN, 0);
    first.getState().select(a!.id);
    win.hide();
    stop();
    // A link pasted into the address bar: a new page, on an entry with no place of its own.
    win.history.pushState(null, '', `/app/?event=${b!.id}`);
    const pasted = createExplorerStore({ corpus, selectedEventId: b!.id });
    stop = startUrlSync(pasted, win, BUNDLED_ORIGIN, 0);
    pasted.getState().select(c!.id);
    expect(win.states).toEqual([{ dateline: 0 }, { dateline: 1 }, { dateline: 2 }, { dateline: 3 }]);
    win.back();
    win.hide();
    stop();
    // Back again, past the pasted link: the first page is read again, on the entry it left.
    win.back();
    const said: string[] = [];
    const again = createExplorerStore({ corpus, selectedEventId: a!.id });
    stop = startUrlSync(
      again,
      win,
      BUNDLED_ORIGIN,
      0,
      null,
      (s, step) => said.push(describeRestored(s, step)),
      true,
    );
    const source = corpus.articles.find((x) => x.id === a!.articleId)!.source;
    expect(said).toEqual([
      `Back to the event of ${formatValue(a!.value)} from ${source}: “${a!.sentence.text}” No filters.`,
    ]);
    win.hide();
    stop();
    // Forward into the pasted link's page, read again too.
    win.go(1);
    const forward = createExplorerStore({ corpus, selectedEventId: b!.id });
    startUrlSync(
      forward,
      win,
      BUNDLED_ORIGIN,
      0,
      null,
      (s, step) => said.push(describeRestored(s, step)),
      true,
    );
    expect(said[1]).toMatch(/^Forward to the event of /);
  });

  it('gives a run of arrow-key steps one entry, so Back returns to the view it started from', () => {
    const store = createExplorerStore({ corpus });
    const win = fakeWindow();
    startUrlSync(store, win, BUNDLED_ORIGIN, 0);
    const [a, b, c, d, e] = corpus.events;
    store.getState().select(a!.id);
    store.getState().select(b!.id, 'browse');
    store.getState().select(c!.id, 'browse');
    store.getState().select(d!.id, 'browse');
    expect(win.entries).toEqual(['', `?event=${a!.id}`, `?event=${d!.id}`]);
    // Enter on the row browsed to keeps it; the next run starts an entry of its own.
    store.getState().select(d!.id);
    store.getState().select(e!.id, 'browse');
    store.getState().select(c!.id, 'browse');
    expect(win.entries).toEqual(['', `?event=${a!.id}`, `?event=${d!.id}`, `?event=${c!.id}`]);
    win.back();
    expect(store.getState().selectedEventId).toBe(d!.id);
    win.back();
    expect(store.getState().selectedEventId).toBe(a!.id);
    // After Back, browsing writes a new entry rather than overwriting the one Back landed on.
    store.getState().select(b!.id, 'browse');
    expect(win.entries).toEqual(['', `?event=${a!.id}`, `?event=${b!.id}`]);
  });

  it('started on another address than the store was built from, applies it and keeps the entry', () => {
    // Built from '' while the articles loaded; meanwhile Forward moved the address to a selection.
    const store = createExplorerStore({ corpus });
    const [a] = corpus.events;
    const win = fakeWindow(`?event=${a!.id}`);
    startUrlSync(store, win, BUNDLED_ORIGIN, 0, '');
    expect(store.getState().selectedEventId).toBe(a!.id);
    expect(win.entries).toEqual([`?event=${a!.id}`]);
  });

  it('keeps ?corpus= in every URL it writes', () => {
    const store = createExplorerStore({ corpus });
    const win = fakeWindow('?corpus=data.json');
    startUrlSync(store, win, { corpus: 'data.json', local: null }, 0);
    store.getState().toggleFilter('topics', corpus.topics[0]!.id);
    expect(win.location.search).toBe(`?corpus=data.json&topic=${corpus.topics[0]!.id}`);
  });
});

describe('startUrlSync(store, window, {local})', () => {
  it('keeps ?local= in every URL it writes', () => {
    const store = createExplorerStore({ corpus });
    const win = fakeWindow('?local=0123456789abcdef');
    startUrlSync(store, win, { corpus: null, local: '0123456789abcdef' }, 0);
    store.getState().select(corpus.events[0]!.id);
    expect(win.location.search).toBe(`?local=0123456789abcdef&event=${corpus.events[0]!.id}`);
  });

  it('leaves a Back to other articles alone: the app loads them', () => {
    const store = createExplorerStore({ corpus });
    const win = fakeWindow('');
    win.history.pushState(null, '', '/app/?local=0123456789abcdef');
    startUrlSync(store, win, { corpus: null, local: '0123456789abcdef' }, 0);
    store.getState().select(corpus.events[0]!.id);
    win.back();
    expect(win.location.search).toBe(`?local=0123456789abcdef`);
    expect(store.getState().selectedEventId).toBeNull();
    const before = store.getState();
    win.back();
    expect(win.location.search).toBe('');
    // The store of the local collection is not touched, and the address stays the bundled one.
    expect(store.getState()).toBe(before);
    expect(win.entries[0]).toBe('');
  });
});

describe('startUrlSync(store, window, origin, delay)', () => {
  it('writes a zoom gesture once, after it settles, and a selection at once', () => {
    vi.useFakeTimers();
    try {
      const store = createExplorerStore({ corpus });
      const win = fakeWindow();
      const replace = vi.spyOn(win.history, 'replaceState');
      startUrlSync(store, win, BUNDLED_ORIGIN, 150);
      for (let i = 1; i <= 30; i++) {
        store.getState().setDomain([new Date(Date.UTC(2022, 0, i)), new Date(Date.UTC(2022, 5, 1))]);
        vi.advanceTimersByTime(16);
      }
      expect(replace.mock.calls.length).toBeLessThanOrEqual(4);
      vi.advanceTimersByTime(200);
      expect(win.location.search).toBe('?from=2022-01-30&to=2022-05-31');
      store.getState().select(corpus.events[0]!.id);
      expect(win.entries).toEqual([
        '?from=2022-01-30&to=2022-05-31',
        `?event=${corpus.events[0]!.id}&from=2022-01-30&to=2022-05-31`,
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});
