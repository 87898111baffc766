import { sourceKey } from '../core/query';
import {
  entryIndex,
  lastPlace,
  pushEntry,
  rememberPlace,
  replaceEntry,
  stepBetween,
  type HistoryLike,
  type PlaceMemory,
  type Step,
} from './history-entry';
import type { CorpusOrigin, ExplorerState, ExplorerStore } from './store';
import { resolveUrlState, stateToUrl } from './store';
import { formatUrlState, parseUrlState } from './url';

type WindowLike = {
  location: { search: string; pathname: string; hash: string };
  history: HistoryLike;
  addEventListener: (type: 'popstate' | 'pagehide', fn: () => void) => void;
  removeEventListener: (type: 'popstate' | 'pagehide', fn: () => void) => void;
  /** The tab's memory of the place shown last, across its pages (see lastPlace). */
  sessionStorage?: PlaceMemory;
};

/** The window's sessionStorage, or null where reading it throws (storage blocked). */
function memoryOf(win: WindowLike): PlaceMemory | null {
  try {
    return win.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** A discrete change (a selection, a ticked box, lanes) deserves its own Back step. */
function isDiscrete(a: ExplorerState, b: ExplorerState): boolean {
  return (
    a.selectedEventId !== b.selectedEventId ||
    a.filters.actors !== b.filters.actors ||
    a.filters.topics !== b.filters.topics ||
    a.filters.sources !== b.filters.sources ||
    a.lanes !== b.lanes
  );
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);
const sameFilters = (a: ExplorerState['filters'], b: ExplorerState['filters']) =>
  a.q === b.q &&
  sameList(a.actors, b.actors) &&
  sameList(a.topics, b.topics) &&
  sameList(a.sources, b.sources);

/**
 * Keeps the address bar and the store in step: pushState for discrete changes, replaceState for
 * continuous ones (zoom, typing), and popstate applies the URL back. A string compare before every
 * write stops loops, and a zoom never adds history entries. Browsing the list with the arrow keys
 * (`select(id, 'browse')`) takes one entry for the whole run: its first step pushes, the next ones
 * replace, so Back returns to the view the browsing started from; Enter on a row, a click or a
 * link makes the next step push again. A URL naming other articles (another
 * `corpus` or `local`) is left alone: whoever loads those articles makes a new store for them.
 * Given `builtFrom`, the address the store was built from, a sync that starts on another address
 * of the same articles (Back or Forward while they were loading) applies that address to the store
 * rather than writing the store's view over the entry the reader moved to. `onRestored` is told
 * the view Back or Forward brought back when it shows another event, filters or lanes (the page
 * changes under a screen reader with nothing said, and focus stays where it was), and which way the
 * reader went: each entry written keeps its place in the tab's history (history-entry.ts), and
 * the place popstate lands on is compared with the one it left (null when either has none).
 * `traversed`: this page was loaded by Back or Forward from another page of the tab (the browser
 * kept no copy of it); onRestored is told the view it starts with, and the way is found from the
 * place the tab's last page left in sessionStorage as it went (pagehide), so the reload is not a
 * silent one. (The storage is touched only then: its first read waits on the browser, 2-15 ms and
 * once 73 in Chromium here, which a first render should not.)
 */
export function startUrlSync(
  store: ExplorerStore,
  win: WindowLike,
  origin: CorpusOrigin,
  /** Continuous changes are written at most this often: browsers throttle rapid replaceState. */
  replaceDelayMs = 150,
  builtFrom: string | null = null,
  onRestored?: (state: ExplorerState, step: Step) => void,
  traversed = false,
): () => void {
  // While a popstate is being applied the URL is already right: at most canonicalise it in place.
  let applying = false;
  // Whether the current entry was written by browsing, so the next browse step replaces it.
  let browseEntry = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  // The place of the entry shown, to tell Back from Forward when popstate moves to another.
  let at = entryIndex(win.history.state);
  const urlOf = (state: ExplorerState) =>
    `${win.location.pathname}${formatUrlState(stateToUrl(state, origin))}${win.location.hash}`;
  const replaceNow = () => {
    timer = null;
    const state = store.getState();
    if (formatUrlState(stateToUrl(state, origin)) !== win.location.search) {
      replaceEntry(win.history, urlOf(state));
    }
  };
  const write = (state: ExplorerState, prev: ExplorerState) => {
    const search = formatUrlState(stateToUrl(state, origin));
    if (!applying && isDiscrete(state, prev)) {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      const browsing = state.selectionMode === 'browse' && state.selectedEventId !== prev.selectedEventId;
      if (search !== win.location.search) {
        if (browsing && browseEntry) replaceEntry(win.history, urlOf(state));
        else pushEntry(win.history, urlOf(state));
        at = entryIndex(win.history.state);
      }
      browseEntry = browsing;
      return;
    }
    if (search === win.location.search && timer === null) return;
    if (replaceDelayMs <= 0 || applying) replaceNow();
    else if (timer === null) timer = setTimeout(replaceNow, replaceDelayMs);
  };
  const unsubscribe = store.subscribe((state, prev) => {
    // Enter on the row browsed to keeps it: the next step gets an entry of its own.
    if (state.selectionMode === 'pick' && prev.selectionMode === 'browse') browseEntry = false;
    if (
      state.selectedEventId === prev.selectedEventId &&
      state.filters === prev.filters &&
      state.domain === prev.domain &&
      state.lanes === prev.lanes
    )
      return;
    write(state, prev);
  });
  const onPop = () => {
    const s = store.getState();
    const to = entryIndex(win.history.state);
    const step = stepBetween(at, to);
    at = to;
    const { state: url, notices } = parseUrlState(win.location.search);
    if (url.corpus !== origin.corpus || url.local !== origin.local) return;
    const sourceKeys = new Set(s.corpus.articles.map((a) => sourceKey(a.source)));
    const { fields, notices: more } = resolveUrlState(url, s.corpus, sourceKeys, notices);
    applying = true;
    browseEntry = false;
    store.setState({
      filters: { actors: [], topics: [], sources: [], q: '', ...fields.filters },
      selectedEventId: fields.selectedEventId ?? null,
      selectionMode: 'pick',
      domain: fields.domain ?? s.defaultDomain,
      settledDomain: fields.domain ?? s.defaultDomain,
      lanes: fields.lanes ?? 'none',
      notices: more.length ? [...s.notices, ...more] : s.notices,
    });
    applying = false;
    const now = store.getState();
    if (
      now.selectedEventId !== s.selectedEventId ||
      now.lanes !== s.lanes ||
      !sameFilters(now.filters, s.filters)
    )
      onRestored?.(now, step);
  };
  win.addEventListener('popstate', onPop);
  const onHide = () => rememberPlace(memoryOf(win), at);
  win.addEventListener('pagehide', onHide);
  if (builtFrom !== null && win.location.search !== builtFrom) onPop();
  // Start from the canonical link: what was dropped (and reported) leaves the address bar too.
  const initial = formatUrlState(stateToUrl(store.getState(), origin));
  // (A reload keeps the entry's place; a pasted link or a new tab gets one here: the tab's last,
  // as a page opened so is, so Back from it into the page before is a step back.)
  if (initial !== win.location.search || at === null) {
    const last = (win.history.length ?? 1) - 1;
    replaceEntry(win.history, `${win.location.pathname}${initial}${win.location.hash}`, last);
    at = entryIndex(win.history.state);
  }
  if (traversed) onRestored?.(store.getState(), stepBetween(lastPlace(memoryOf(win)), at));
  return () => {
    if (timer !== null) clearTimeout(timer);
    unsubscribe();
    win.removeEventListener('popstate', onPop);
    win.removeEventListener('pagehide', onHide);
  };
}
