import { createContext, useContext, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import {
  countFacets,
  createQueryIndex,
  filterEvents,
  sortEvents,
  type FacetCounts,
  type QueryIndex,
} from '../core/query';
import type { Actor, Article, Cluster, Event, Topic, Timex } from '../core/types';
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
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** For tests and the app shell, which create the store themselves (to sync it with the URL). */
export function ExplorerStoreProvider({ store, children }: { store: ExplorerStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
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
  events: ReadonlyMap<string, Event>;
  /** Events per article in text order. */
  eventsByArticle: ReadonlyMap<string, Event[]>;
  timexesByArticle: ReadonlyMap<string, ArticleTimex[]>;
  sorted: Event[];
  index: QueryIndex;
};

export function useCorpusLookups(): CorpusLookups {
  const corpus = useExplorer((s) => s.corpus);
  return useMemo(() => {
    const eventsByArticle = new Map<string, Event[]>();
    for (const e of corpus.events) {
      const list = eventsByArticle.get(e.articleId);
      if (list) list.push(e);
      else eventsByArticle.set(e.articleId, [e]);
    }
    const timexesByArticle = new Map<string, ArticleTimex[]>();
    for (const t of corpus.timexes) {
      const list = timexesByArticle.get(t.articleId);
      if (list) list.push(t);
      else timexesByArticle.set(t.articleId, [t]);
    }
    for (const list of timexesByArticle.values()) list.sort((a, b) => a.start - b.start);
    return {
      articles: new Map(corpus.articles.map((a) => [a.id, a])),
      actors: new Map(corpus.actors.map((a) => [a.id, a])),
      topics: new Map(corpus.topics.map((t) => [t.id, t])),
      clusters: new Map(corpus.clusters.map((c) => [c.id, c])),
      events: new Map(corpus.events.map((e) => [e.id, e])),
      eventsByArticle,
      timexesByArticle,
      sorted: sortEvents(corpus.events),
      index: createQueryIndex(corpus),
    };
  }, [corpus]);
}

/** Events under the facet filters and text, ignoring the window (what the timeline draws). */
export function useFilteredEvents(): Event[] {
  const { sorted, index } = useCorpusLookups();
  const filters = useExplorer((s) => s.filters);
  return useMemo(
    () => filterEvents(sorted, { ...filters, from: null, to: null }, index),
    [sorted, filters, index],
  );
}

/** Events under the filters and inside the visible window, chronological (what the list shows). */
export function useVisibleEvents(): Event[] {
  const { index } = useCorpusLookups();
  const filtered = useFilteredEvents();
  // The list may lag a zoom gesture by a frame or two; the timeline itself never waits for it.
  const domain = useDeferredValue(useExplorer((s) => s.domain));
  return useMemo(
    () =>
      filterEvents(
        filtered,
        { ...domainToBounds(domain), actors: [], topics: [], sources: [], q: '' },
        index,
      ),
    [filtered, domain, index],
  );
}

/** Faceted counts within the visible window. */
export function useFacetCounts(): FacetCounts {
  const { sorted, index } = useCorpusLookups();
  const filters = useExplorer((s) => s.filters);
  const domain = useDeferredValue(useExplorer((s) => s.domain));
  return useMemo(
    () => countFacets(sorted, { ...filters, ...domainToBounds(domain) }, index),
    [sorted, filters, domain, index],
  );
}
