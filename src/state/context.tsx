import {
  createContext,
  useContext,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useStore } from 'zustand';
import {
  countFacets,
  countFacetsInWindow,
  createQueryIndex,
  eventsInWindow,
  filterEvents,
  groupStories,
  sortEventsWithSpan,
  windowCandidates,
  type FacetCounts,
  type QueryIndex,
  type StoryItem,
} from '../core/query';
import type { Actor, Article, Cluster, Corpus, Event, Topic, Timex } from '../core/types';
import {
  createExplorerStore,
  domainToBounds,
  type ExplorerInit,
  type ExplorerState,
  type ExplorerStore,
} from './store';

type ArticleTimex = Timex & { articleId: string };

const StoreContext = createContext<ExplorerStore | null>(null);

/** Makes one store for its subtree (one per test, one per loaded corpus). */
export function ExplorerProvider({ init, children }: { init: ExplorerInit; children: ReactNode }) {
  const [store] = useState(() => createExplorerStore(init));
  return <ExplorerStoreProvider store={store}>{children}</ExplorerStoreProvider>;
}

/** For tests and the app shell, which create the store themselves (to sync it with the URL). */
export function ExplorerStoreProvider({ store, children }: { store: ExplorerStore; children: ReactNode }) {
  return (
    <StoreContext.Provider value={store}>
      <DerivedProvider>{children}</DerivedProvider>
    </StoreContext.Provider>
  );
}

type Derived = { lookups: CorpusLookups; filtered: Event[] };
const DerivedContext = createContext<Derived | null>(null);

/**
 * Computes the corpus lookups and the filtered list once for the whole tree: a useMemo inside each
 * consumer would rebuild them per component (and sort 100,000 events several times).
 */
function DerivedProvider({ children }: { children: ReactNode }) {
  const corpus = useExplorer((s) => s.corpus);
  const filters = useExplorer((s) => s.filters);
  const lookups = useMemo(() => buildLookups(corpus), [corpus]);
  // Without filters every event passes: share the sorted list instead of copying 10,000 events.
  const filtered = useMemo(
    () =>
      filters.actors.length + filters.topics.length + filters.sources.length === 0 && filters.q.trim() === ''
        ? lookups.sorted
        : filterEvents(lookups.sorted, { ...filters, from: null, to: null }, lookups.index),
    [lookups, filters],
  );
  const value = useMemo(() => ({ lookups, filtered }), [lookups, filtered]);
  useIdleSearchIndex(lookups.index);
  return <DerivedContext.Provider value={value}>{children}</DerivedContext.Provider>;
}

/**
 * Builds the search's folded text while the page is idle, a chunk at a time (each a few
 * milliseconds), so the reader's first search does not wait for it and no key waits for a chunk.
 */
function useIdleSearchIndex(index: QueryIndex) {
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const idle = (run: () => void) => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2_000 });
      else timer = setTimeout(run, 50);
    };
    const run = () => {
      if (stopped) return;
      const until = performance.now() + 8;
      while (performance.now() < until) if (index.prepareSearch()) return;
      idle(run);
    };
    idle(run);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [index]);
}

function useDerived(): Derived {
  const derived = useContext(DerivedContext);
  if (!derived) throw new Error('no ExplorerStoreProvider above this component');
  return derived;
}

export function useExplorerApi(): ExplorerStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useExplorerApi: no ExplorerProvider above this component');
  return store;
}

/** Selects a stable slice of state; select primitives or stored references, never fresh arrays. */
export function useExplorer<T>(selector: (s: ExplorerState) => T): T {
  return useStore(useExplorerApi(), selector);
}

/** Lookups over the corpus, rebuilt only when the corpus changes (after a correction). */
export type CorpusLookups = {
  articles: ReadonlyMap<string, Article>;
  actors: ReadonlyMap<string, Actor>;
  topics: ReadonlyMap<string, Topic>;
  clusters: ReadonlyMap<string, Cluster>;
  /** Events by id; only a selection asks, so the map is built on the first question. */
  events: Pick<ReadonlyMap<string, Event>, 'get'>;
  /** An article's events in text order. */
  eventsOf: (articleId: string) => readonly Event[];
  /** An article's time expressions in text order. */
  timexesOf: (articleId: string) => readonly ArticleTimex[];
  sorted: Event[];
  /** Longest event interval, for windowCandidates. */
  maxSpanMs: number;
  index: QueryIndex;
};

export function useCorpusLookups(): CorpusLookups {
  return useDerived().lookups;
}

/** Groups items by article on first use: only the article panel asks, and only once a reader picks one. */
function byArticle<T extends { articleId: string }>(items: readonly T[], order?: (a: T, b: T) => number) {
  let groups: Map<string, T[]> | null = null;
  return (articleId: string): readonly T[] => {
    if (!groups) {
      groups = new Map();
      for (const item of items) {
        const list = groups.get(item.articleId);
        if (list) list.push(item);
        else groups.set(item.articleId, [item]);
      }
      if (order) for (const list of groups.values()) list.sort(order);
    }
    return groups.get(articleId) ?? [];
  };
}

/** `byId(items)`, built on the first `get`: 10,000 events cost a first render 10-25 ms for nothing. */
function lazyById<T extends { id: string }>(items: readonly T[]): Pick<ReadonlyMap<string, T>, 'get'> {
  let map: Map<string, T> | null = null;
  return { get: (id) => (map ??= byId(items)).get(id) };
}

/** Items by id, the last of a repeated id winning (as `new Map(items.map(...))`, without the pairs). */
function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (let i = 0; i < items.length; i++) map.set(items[i]!.id, items[i]!);
  return map;
}

/**
 * Items by id, one map per list: the texts of a corpus file join its head as a new corpus with the
 * same clusters, actors and topics, and what was built with their maps (the stories groupStories
 * remembers per clusters map, the timeline's lanes of actors or topics) is not built again.
 */
const listMaps = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();
function byIdOnce<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  let map = listMaps.get(items) as Map<string, T> | undefined;
  if (!map) listMaps.set(items, (map = byId(items)));
  return map;
}

function buildLookups(corpus: Corpus): CorpusLookups {
  const { sorted, maxSpanMs } = sortEventsWithSpan(corpus.events);
  return {
    articles: byId(corpus.articles),
    actors: byIdOnce(corpus.actors),
    topics: byIdOnce(corpus.topics),
    clusters: byIdOnce(corpus.clusters),
    events: lazyById(corpus.events),
    eventsOf: byArticle(corpus.events),
    timexesOf: byArticle(corpus.timexes, (a, b) => a.start - b.start),
    sorted,
    maxSpanMs,
    index: createQueryIndex(corpus),
  };
}

/** Events under the facet filters and text, ignoring the window (what the timeline draws). */
export function useFilteredEvents(): Event[] {
  return useDerived().filtered;
}

/** Events under the filters and inside the visible window, chronological (what the list shows). */
export function useVisibleEvents(): Event[] {
  const { maxSpanMs } = useCorpusLookups();
  const filtered = useFilteredEvents();
  // The list follows the settled window: a zoom gesture redraws only the timeline.
  const domain = useDeferredValue(useExplorer((s) => s.settledDomain));
  return useMemo(() => {
    const bounds = domainToBounds(domain);
    const visible = eventsInWindow(filtered, bounds.from, bounds.to, maxSpanMs);
    // The whole list in view (a subsequence as long as the list is the list): share it, so the
    // stories grouped for the timeline serve the list too (groupStories remembers per list).
    return visible.length === filtered.length ? filtered : visible;
  }, [filtered, domain, maxSpanMs]);
}

/**
 * The visible events merged by story (cluster), chronological: one item per story with every report
 * of it that passes the filters. `reports` is the number of visible events, for "52 events · 65 reports".
 */
export function useVisibleStories(): { stories: readonly StoryItem[]; reports: number } {
  const events = useVisibleEvents();
  const { clusters } = useCorpusLookups();
  return useMemo(
    () => ({ stories: groupStories(events, clusters), reports: events.length }),
    [events, clusters],
  );
}

/**
 * Above this many events the filters are first drawn without their counts, which follow the
 * first frame: counting 10,000 reports (positions per value, reports shared by a story) took
 * 90-120 ms of a first render, before the timeline and the list could show. Below it counting costs
 * a few milliseconds, and the counts are drawn with everything else.
 */
export const COUNT_AFTER_FIRST_FRAME = 2_000;

/**
 * False until the frame after this component's first commit has been painted (true at once when
 * `wait` is false): work that can follow the first drawing waits for it.
 */
function usePaintedOnce(wait: boolean): boolean {
  const [painted, setPainted] = useState(!wait);
  // A layout effect, so the frame asked for is the first one (a passive effect may run after it).
  useLayoutEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}

/**
 * Faceted counts within the visible window; null while a large corpus is first drawn (see
 * COUNT_AFTER_FIRST_FRAME), the counts coming in the task after that frame.
 */
export function useFacetCounts(): FacetCounts | null {
  const { sorted, index, maxSpanMs } = useCorpusLookups();
  const filters = useExplorer((s) => s.filters);
  const domain = useDeferredValue(useExplorer((s) => s.settledDomain));
  const painted = usePaintedOnce(sorted.length > COUNT_AFTER_FIRST_FRAME);
  return useMemo(() => {
    if (!painted) return null;
    const bounds = domainToBounds(domain);
    // Nothing ticked or searched (a zoom over the whole corpus): counts from positions found once.
    if (filters.actors.length + filters.topics.length + filters.sources.length === 0 && !filters.q.trim())
      return countFacetsInWindow(sorted, bounds.from, bounds.to, maxSpanMs, index);
    const candidates = windowCandidates(sorted, bounds.from, bounds.to, maxSpanMs);
    return countFacets(candidates, { ...filters, ...bounds }, index);
  }, [painted, sorted, filters, domain, index, maxSpanMs]);
}
