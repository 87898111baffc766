import { createStore, type StateCreator } from 'zustand/vanilla';
import type { LaneMode } from '../components/timeline/types';
import { eventExtentMs, eventTimes, isoToMsCached, type FacetGroup } from '../core/query';
import type { Correction, Corpus } from '../core/types';
import { storyWindow } from '../timeline/story-window';
import { describeOpened } from './opened';
import { formatInstant, type UrlNotice, type UrlState } from './url';

/** Where the articles on screen come from, as a link says it: a corpus file, a local collection, or neither (the bundled articles). */
export type CorpusOrigin = Pick<UrlState, 'corpus' | 'local'>;

export const BUNDLED_ORIGIN: CorpusOrigin = { corpus: null, local: null };

/**
 * A notice for the reader. `about: 'opened'` is the one that says what a collection held
 * (describeOpened): the store says it again of the corpus after each change by hand.
 */
export type Notice = { id: string; message: string; tone: 'info' | 'error'; about?: 'opened' };

/** Core operations the store calls. Injected, so the main bundle need not carry the parser. */
export type CoreOps = {
  applyCorrection: (corpus: Corpus, correction: Correction) => Corpus | Promise<Corpus>;
  /** A date written in words, read by the parser against `reference` (see core/time dateOfWords). */
  dateOfWords?: (text: string, reference: string | null) => string | null | Promise<string | null>;
};

export type FacetFilters = Record<FacetGroup, string[]> & { q: string };

export const NO_FACETS: FacetFilters = { actors: [], topics: [], sources: [], q: '' };

type ViewSlice = {
  /** Visible window [from, to), as dates so a link looks the same at any width. */
  domain: [Date, Date];
  /**
   * The window once a gesture settles. The list, the facet counts and the date inputs follow this
   * one, so a zoom redraws only the timeline on every frame.
   */
  settledDomain: [Date, Date];
  /** Extent of the whole corpus. */
  fullDomain: [Date, Date];
  /** The window a link without from/to opens on: the dense part of the corpus (see storyDomain). */
  defaultDomain: [Date, Date];
  lanes: LaneMode;
  /** `final: false` while a gesture moves; the window settles on `final: true` or after a pause. */
  setDomain: (domain: [Date, Date], info?: { final: boolean }) => void;
  resetDomain: () => void;
  setLanes: (lanes: LaneMode) => void;
};

type FiltersSlice = {
  filters: FacetFilters;
  toggleFilter: (group: FacetGroup, id: string) => void;
  setQuery: (q: string) => void;
  /** Clears the named filters ('q' for the text), leaving the others and the window as they are. */
  clearFilterGroups: (groups: readonly (FacetGroup | 'q')[]) => void;
  /** Clears every filter and shows the whole corpus again. */
  clearFilters: () => void;
};

/**
 * How the selection was made: `pick` is deliberate (a click, Enter, a link) and gets its own Back
 * step; `browse` is moving through the list with the arrow keys, which shares one.
 */
export type SelectionMode = 'pick' | 'browse';

type SelectionSlice = {
  selectedEventId: string | null;
  selectionMode: SelectionMode;
  select: (eventId: string | null, mode?: SelectionMode) => void;
};

type NoticesSlice = {
  notices: Notice[];
  addNotice: (message: string, tone?: Notice['tone']) => void;
  dismissNotice: (id: string) => void;
};

/**
 * Whether the articles' texts are in. A version 2 corpus file's head (events, articles without
 * their texts) is drawn first and its texts join it after: till then `loading`; `missing` names
 * the articles whose text could not be used, and why; `failed` when none could be read.
 */
export type TextsState =
  | { status: 'loading' }
  | { status: 'ready'; missing: ReadonlyMap<string, string> }
  | { status: 'failed'; message: string };

export const TEXTS_READY: TextsState = { status: 'ready', missing: new Map() };

type CorpusSlice = {
  corpus: Corpus;
  texts: TextsState;
  /** The corpus joined with its texts (the same events, so what is drawn stays drawn). */
  receiveTexts: (corpus: Corpus, missing: ReadonlyMap<string, string>, warnings?: readonly string[]) => void;
  /** The texts could not be read: the articles stay without them, and the reader is told why. */
  failTexts: (message: string) => void;
  /** Names the corpus in localStorage, so corrections stay with the articles they correct. */
  corpusKey: string;
  /**
   * Applies a hand correction, keeps it with the corpus, persists it, and keeps the selection.
   * `said` tells the reader what it changed ("Corrected: “March” now reads March 2024.").
   */
  correct: (correction: Correction, said?: string) => Promise<void>;
  /**
   * A date typed in words for a correction ("17 October 2023", "last Friday"), read by the parser
   * as in the article `articleId`, against its publication date: its value, or null when the words
   * are not one date (or no parser was given).
   */
  readDate: (text: string, articleId: string) => Promise<string | null>;
  /** This session's corrections, newest last, each with what it said and the corpus it replaced. */
  undoable: { said: string; before: Corpus }[];
  /** Puts back the corpus as it was before the newest of `undoable`, persisted, keeping the selection. */
  undoCorrection: () => void;
};

export type ExplorerState = ViewSlice & FiltersSlice & SelectionSlice & NoticesSlice & CorpusSlice;

export type ExplorerInit = {
  corpus: Corpus;
  corpusKey?: string;
  /** `loading` when the corpus is a file's head whose texts are still to come. */
  texts?: TextsState;
  ops?: CoreOps;
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  domain?: [Date, Date] | null;
  lanes?: LaneMode;
  filters?: Partial<FacetFilters>;
  selectedEventId?: string | null;
  notices?: Notice[];
};

type Slice<T> = StateCreator<ExplorerState, [], [], T>;

const DAY = 86_400_000;

/** Whole-corpus extent as dates; a corpus without events gets a one-day window so scales work. */
export function corpusDomain(corpus: Corpus): [Date, Date] {
  const ext = eventExtentMs(corpus.events);
  if (!ext) {
    const t = Date.UTC(2000, 0, 1);
    return [new Date(t), new Date(t + DAY)];
  }
  return [new Date(ext[0]), new Date(ext[1])];
}

/**
 * The opening window: the shortest interval holding most of the corpus's stories (one point per
 * cluster), padded; the whole extent when that already spans most of it. Derived from the corpus
 * alone, so a link without from/to always reopens on the same window.
 */
export function storyDomain(corpus: Corpus, full = corpusDomain(corpus)): [Date, Date] {
  const { events } = corpus;
  const { start, end } = eventTimes(events);
  const seen = new Set<string>();
  const points: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const cluster = events[i]!.cluster;
    if (seen.has(cluster)) continue;
    seen.add(cluster);
    points.push((start[i]! + end[i]!) / 2);
  }
  const [a, b] = storyWindow(points, [full[0].getTime(), full[1].getTime()]);
  return a === full[0].getTime() && b === full[1].getTime() ? full : [new Date(a), new Date(b)];
}

let noticeSeq = 0;
export const makeNotice = (
  message: string,
  tone: Notice['tone'] = 'info',
  about?: Notice['about'],
): Notice => ({
  id: `n${++noticeSeq}`,
  message,
  tone,
  ...(about && { about }),
});

/**
 * The notices with what was opened said again of `corpus`: a publication date set by hand gives
 * the collection its dates, and "No dated events were found" must not stay. The same array when
 * nothing changed; the notice keeps its id, so it is not said aloud again (the correction is).
 */
function noticesAbout(notices: Notice[], corpus: Corpus): Notice[] {
  let changed = false;
  const next = notices.map((n) => {
    if (n.about !== 'opened') return n;
    const message = describeOpened(corpus);
    if (message === n.message) return n;
    changed = true;
    return { ...n, message };
  });
  return changed ? next : notices;
}

// Longer than the timeline's 200 ms report throttle, so a moving gesture never settles midway.
const SETTLE_MS = 800;
const sameWindow = (x: readonly [Date, Date], y: readonly [Date, Date]) =>
  x[0].getTime() === y[0].getTime() && x[1].getTime() === y[1].getTime();

const createViewSlice = (
  init: ExplorerInit,
  fullDomain: [Date, Date],
  defaultDomain: [Date, Date],
): Slice<ViewSlice> => {
  let settle: ReturnType<typeof setTimeout> | null = null;
  return (set, get) => ({
    domain: init.domain ?? defaultDomain,
    settledDomain: init.domain ?? defaultDomain,
    fullDomain,
    defaultDomain,
    lanes: init.lanes ?? 'none',
    setDomain: (domain, info = { final: true }) => {
      if (!(domain[0] < domain[1])) return;
      if (settle !== null) clearTimeout(settle);
      settle = null;
      const next: [Date, Date] = sameWindow(get().domain, domain) ? get().domain : [domain[0], domain[1]];
      if (info.final) {
        if (next !== get().domain || next !== get().settledDomain) set({ domain: next, settledDomain: next });
        return;
      }
      if (next !== get().domain) set({ domain: next });
      // A gesture that never reports its end still settles.
      settle = setTimeout(() => {
        settle = null;
        if (get().settledDomain !== get().domain) set({ settledDomain: get().domain });
      }, SETTLE_MS);
    },
    resetDomain: () => set({ domain: get().fullDomain, settledDomain: get().fullDomain }),
    setLanes: (lanes) => set({ lanes }),
  });
};

const createFiltersSlice =
  (init: ExplorerInit): Slice<FiltersSlice> =>
  (set, get) => ({
    filters: { ...NO_FACETS, ...init.filters },
    toggleFilter: (group, id) => {
      const f = get().filters;
      const list = f[group];
      set({ filters: { ...f, [group]: list.includes(id) ? list.filter((x) => x !== id) : [...list, id] } });
    },
    setQuery: (q) => set({ filters: { ...get().filters, q } }),
    clearFilterGroups: (groups) => {
      const next = { ...get().filters };
      for (const g of groups) {
        if (g === 'q') next.q = '';
        else next[g] = [];
      }
      set({ filters: next });
    },
    clearFilters: () =>
      set({ filters: NO_FACETS, domain: get().defaultDomain, settledDomain: get().defaultDomain }),
  });

const createSelectionSlice =
  (init: ExplorerInit): Slice<SelectionSlice> =>
  (set) => ({
    selectedEventId: init.selectedEventId ?? null,
    selectionMode: 'pick',
    select: (selectedEventId, selectionMode = 'pick') => set({ selectedEventId, selectionMode }),
  });

const createNoticesSlice =
  (init: ExplorerInit): Slice<NoticesSlice> =>
  (set, get) => ({
    notices: init.notices ?? [],
    addNotice: (message, tone = 'info') => set({ notices: [...get().notices, makeNotice(message, tone)] }),
    dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
  });

const createCorpusSlice =
  (init: ExplorerInit): Slice<CorpusSlice> =>
  (set, get) => ({
    corpus: init.corpus,
    corpusKey: init.corpusKey ?? 'bundled',
    texts: init.texts ?? TEXTS_READY,
    undoable: [],
    receiveTexts: (corpus, missing, warnings = []) =>
      set({
        corpus,
        // The corpora kept for Undo have no texts: an undo would take the texts away again.
        undoable: [],
        texts: { status: 'ready', missing },
        notices: [...get().notices, ...warnings.map((w) => makeNotice(w, 'info'))],
      }),
    failTexts: (message) =>
      set({
        texts: { status: 'failed', message },
        notices: [...get().notices, makeNotice(message, 'error')],
      }),
    correct: async (correction, said = 'A date was corrected.') => {
      const { corpus, corpusKey } = get();
      if (!init.ops) throw new Error('Corrections are not available: no core operations were given.');
      const next = await init.ops.applyCorrection(corpus, correction);
      set({
        corpus: next,
        selectedEventId: reselect(corpus, next, get().selectedEventId),
        undoable: [...get().undoable, { said, before: corpus }],
        notices: noticesAbout(get().notices, next),
        ...windowAfter(corpus, next),
      });
      saveCorrections(init.storage, corpusKey, next.corrections);
    },
    readDate: async (text, articleId) => {
      if (!init.ops?.dateOfWords) return null;
      const article = get().corpus.articles.find((a) => a.id === articleId);
      return init.ops.dateOfWords(text, article?.published ?? null);
    },
    undoCorrection: () => {
      const { corpus, corpusKey, undoable, selectedEventId } = get();
      const last = undoable.at(-1);
      if (!last) return;
      set({
        corpus: last.before,
        selectedEventId: reselect(corpus, last.before, selectedEventId),
        undoable: undoable.slice(0, -1),
        notices: noticesAbout(get().notices, last.before),
        ...windowAfter(corpus, last.before),
      });
      saveCorrections(init.storage, corpusKey, last.before.corrections);
    },
  });

/** A corpus's whole extent and the window it opens on, its stories'. */
function extentOf(corpus: Corpus): { fullDomain: [Date, Date]; defaultDomain: [Date, Date] } {
  const fullDomain = corpusDomain(corpus);
  return { fullDomain, defaultDomain: storyDomain(corpus, fullDomain) };
}

/**
 * The window once the corpus has changed by hand: the same while it has events before and after (a
 * correction does not move the reader). A corpus without events has a stand-in day for its extent;
 * its first events (an undated article given its publication date) get the extent and the window
 * a fresh load would give them, which the stand-in day's widest view could not even reach.
 */
function windowAfter(before: Corpus, next: Corpus): Partial<ViewSlice> {
  const had = before.events.length > 0;
  const has = next.events.length > 0;
  if (had === has) return {};
  const { fullDomain, defaultDomain } = extentOf(next);
  return { fullDomain, defaultDomain, domain: defaultDomain, settledDomain: defaultDomain };
}

/** The selected event in `next`: event ids derive from the value, so it is found by its timex. */
function reselect(corpus: Corpus, next: Corpus, selectedEventId: string | null): string | null {
  const timexOf = corpus.events.find((e) => e.id === selectedEventId)?.timex.id;
  return timexOf ? (next.events.find((e) => e.timex.id === timexOf)?.id ?? null) : selectedEventId;
}

/**
 * One store per explorer (one per test): view, filters, selection, notices and the corpus.
 *
 * @example createExplorerStore({ corpus }).getState().toggleFilter('actors', 'country:RU')
 */
export const createExplorerStore = (init: ExplorerInit) => {
  const { fullDomain, defaultDomain } = extentOf(init.corpus);
  return createStore<ExplorerState>()((...a) => ({
    ...createCorpusSlice(init)(...a),
    ...createViewSlice(init, fullDomain, defaultDomain)(...a),
    ...createFiltersSlice(init)(...a),
    ...createSelectionSlice(init)(...a),
    ...createNoticesSlice(init)(...a),
  }));
};

export type ExplorerStore = ReturnType<typeof createExplorerStore>;

const storageKey = (corpusKey: string) => `dateline:corrections:${corpusKey}`;

/** Corrections saved for a corpus, or [] when there are none or storage is unavailable. */
export function loadCorrections(
  storage: Pick<Storage, 'getItem'> | null | undefined,
  corpusKey: string,
): Correction[] {
  try {
    const raw = storage?.getItem(storageKey(corpusKey));
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) ? list.filter(isCorrection) : [];
  } catch {
    return [];
  }
}

function saveCorrections(
  storage: Pick<Storage, 'setItem'> | null | undefined,
  corpusKey: string,
  corrections: Correction[],
) {
  try {
    storage?.setItem(storageKey(corpusKey), JSON.stringify(corrections));
  } catch {
    // Private mode or a full quota: the correction still applies for this session.
  }
}

/** Forgets the corrections saved for a corpus (storage without removeItem keeps them). */
export function forgetCorrections(
  storage: Partial<Pick<Storage, 'removeItem'>> | null | undefined,
  corpusKey: string,
): void {
  try {
    storage?.removeItem?.(storageKey(corpusKey));
  } catch {
    // Storage refused: the corrections stay, harmless without their articles.
  }
}

function isCorrection(x: unknown): x is Correction {
  const c = x as Correction;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.articleId === 'string' &&
    typeof c.start === 'number' &&
    typeof c.end === 'number' &&
    typeof c.text === 'string' &&
    typeof c.value === 'string'
  );
}

/** The part of the store a deep link carries. */
export function stateToUrl(s: ExplorerState, origin: CorpusOrigin): UrlState {
  // The default window is derived from the corpus, so a link leaves it out; any other window is said.
  const isDefault =
    s.domain[0].getTime() === s.defaultDomain[0].getTime() &&
    s.domain[1].getTime() === s.defaultDomain[1].getTime();
  return {
    corpus: origin.corpus,
    local: origin.local,
    event: s.selectedEventId,
    actors: s.filters.actors,
    topics: s.filters.topics,
    sources: s.filters.sources,
    q: s.filters.q,
    from: isDefault ? null : s.domain[0],
    to: isDefault ? null : s.domain[1],
    lanes: s.lanes === 'none' ? null : s.lanes,
  };
}

/**
 * Checks a parsed link against the corpus: unknown ids are dropped and reported, the rest applies.
 * Returns the store fields to set and notices to show.
 */
export function resolveUrlState(
  url: UrlState,
  corpus: Corpus,
  sourceKeys: ReadonlySet<string>,
  parseNotices: readonly UrlNotice[] = [],
): {
  fields: Pick<ExplorerInit, 'filters' | 'selectedEventId' | 'domain' | 'lanes'>;
  notices: Notice[];
} {
  const notices = parseNotices.map((n) => makeNotice(n.message));
  const known = (group: string, ids: string[], set: (id: string) => boolean) => {
    const unknown = ids.filter((id) => !set(id));
    if (unknown.length)
      notices.push(
        makeNotice(`This corpus has no ${group} “${unknown.join('”, “')}”; that filter was left out.`),
      );
    return ids.filter(set);
  };
  const actorIds = new Set(corpus.actors.map((a) => a.id));
  const topicIds = new Set(corpus.topics.map((t) => t.id));
  let selectedEventId: string | null = null;
  let selected: Corpus['events'][number] | undefined;
  if (url.event) {
    selected = corpus.events.find((e) => e.id === url.event);
    if (selected) selectedEventId = url.event;
    else
      notices.push(
        makeNotice(`The linked event “${url.event}” is not in this corpus; showing the rest of the link.`),
      );
  }
  // One side of a window, past every date of the corpus, leaves no window to open: say so, rather
  // than drop it unseen ("?event=…&from=9999-12-31" opened on the default window, with no word).
  const asked = urlDomain(url, corpusDomain(corpus));
  if (!asked && url.from)
    notices.push(
      makeNotice(`Ignored from “${formatInstant(url.from)}”: it is after every date of these articles.`),
    );
  else if (!asked && url.to)
    // (A whole-day "to" is inclusive: the link said the day before the midnight it ends at.)
    notices.push(
      makeNotice(
        `Ignored to “${formatInstant(new Date(url.to.getTime() - (url.to.getTime() % DAY === 0 ? DAY : 0)))}”: it is before every date of these articles.`,
      ),
    );
  return {
    fields: {
      filters: {
        actors: known('actor', url.actors, (id) => actorIds.has(id)),
        topics: known('topic', url.topics, (id) => topicIds.has(id)),
        sources: known('source', url.sources, (id) => sourceKeys.has(id)),
        q: url.q,
      },
      selectedEventId,
      // The corpus extent only fills an open side of a window the link names. A link to an event
      // and no window opens where the event is, when the default window would leave it out.
      domain: asked
        ? boundedDomain(asked, corpusDomain(corpus), notices)
        : selected
          ? windowShowing(selected, storyDomain(corpus))
          : null,
      lanes: url.lanes ?? 'none',
    },
    notices,
  };
}

/**
 * The window a link to `event` alone opens on: null (the default window) when that shows the event,
 * else its own interval with a margin of half its length and at least three days, in whole days.
 *
 * @example windowShowing(eventOn('2025-05-20'), [2023-02-20, 2023-12-10]) // [2025-05-17, 2025-05-24]
 */
export function windowShowing(
  event: Pick<Corpus['events'][number], 'start' | 'end'>,
  defaultDomain: [Date, Date],
): [Date, Date] | null {
  const start = isoToMsCached(event.start);
  const end = Math.max(isoToMsCached(event.end), start + 1);
  if (start < defaultDomain[1].getTime() && end > defaultDomain[0].getTime()) return null;
  const margin = Math.max(3 * DAY, (end - start) / 2);
  return [
    new Date(Math.floor((start - margin) / DAY) * DAY),
    new Date(Math.ceil((end + margin) / DAY) * DAY),
  ];
}

/**
 * A link's window no wider than the timeline zooms out, twice the corpus with its margin: a wider
 * one ("?from=0001-01-01&to=9999-12-31") draws an axis of millennia with the stories in one dot. It
 * becomes that widest view, and a notice says so.
 *
 * @example boundedDomain([0001-01-01, 9999-12-31], [2023-10-01, 2023-10-31], notices) // about [2023-09-01, 2023-12-01]
 */
export function boundedDomain(
  domain: [Date, Date] | null,
  full: [Date, Date],
  notices: Notice[],
): [Date, Date] | null {
  if (!domain) return null;
  const widest = widestDomain(full);
  if (domain[1].getTime() - domain[0].getTime() <= widest[1].getTime() - widest[0].getTime()) return domain;
  notices.push(
    makeNotice(
      `The link’s window (${formatInstant(domain[0])} to ${formatInstant(domain[1])}) is wider than the timeline zooms out; it shows the widest view instead.`,
    ),
  );
  return widest;
}

/**
 * The widest window the timeline zooms out to, centred on the corpus: twice its extent with the
 * margin of the timeline's base scale (see createBaseScale). The date fields take days within it.
 *
 * @example widestDomain([2023-10-01, 2023-10-31]) // about [2023-09-01, 2023-12-01]
 */
export function widestDomain(full: readonly [Date, Date]): [Date, Date] {
  const a = full[0].getTime();
  const b = Math.max(full[1].getTime(), a + 1);
  const pad = Math.max((b - a) * 0.05, DAY);
  const widest = 2 * (b - a + 2 * pad);
  const middle = (a + b) / 2;
  return [new Date(middle - widest / 2), new Date(middle + widest / 2)];
}

/** The window a link asks for, filling an open side from the corpus extent. */
export function urlDomain(url: UrlState, full: [Date, Date]): [Date, Date] | null {
  if (!url.from && !url.to) return null;
  const from = url.from ?? full[0];
  const to = url.to ?? full[1];
  return from < to ? [from, to] : null;
}

/** The first and last instants an ISO date of four-digit years can name: bounds compare as text. */
const FIRST_INSTANT = new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(0);
const LAST_INSTANT = Date.UTC(9999, 11, 31, 23, 59);

/**
 * The window as the ISO bounds filterEvents compares against, within the years 0000-9999: a window
 * to 9999-12-31 ends at midnight of the year 10000, whose "10000-01-01" would sort before every date.
 *
 * @example domainToBounds([new Date('2000-01-01'), new Date('9999-12-31T24:00Z')]) // { from: '2000-01-01', to: '9999-12-31T23:59' }
 */
export const domainToBounds = ([a, b]: readonly [Date, Date]) => ({
  from: formatInstant(new Date(Math.min(LAST_INSTANT, Math.max(FIRST_INSTANT, a.getTime())))),
  to: formatInstant(new Date(Math.min(LAST_INSTANT, Math.max(FIRST_INSTANT, b.getTime())))),
});
