import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { announce } from '../components/announce';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Explorer } from '../components/Explorer';
import { OpenArticlesContext, type OpenArticles } from '../components/open-context';
import { describeRestored } from '../components/restored';
import { sourceKey } from '../core/query';
import type { CollectionInput } from '../state/collection';
import { ExplorerStoreProvider } from '../state/context';
import { pushEntry, replaceEntry } from '../state/history-entry';
import { describeOpened } from '../state/opened';
import {
  BUNDLED_ORIGIN,
  createExplorerStore,
  forgetCorrections,
  loadCorrections,
  makeNotice,
  resolveUrlState,
  TEXTS_READY,
  type CorpusOrigin,
  type ExplorerStore,
} from '../state/store';
import { EMPTY_URL_STATE, formatUrlState, parseUrlState, type UrlNotice, type UrlState } from '../state/url';
import { startUrlSync } from '../state/url-sync';
import { indexedDbCollections, type CollectionStore } from './collections';
import {
  coreOps,
  corpusUrlKey,
  fetchCorpus,
  LoadError,
  loadBundled,
  needsCorrections,
  withSavedCorrections,
  type Loaded,
  type LoadedTexts,
} from './load';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'> & { removeItem?: (key: string) => void };

export type AppProps = {
  /** Injected in tests; the browser's by default. */
  fetchImpl?: typeof fetch;
  storage?: Storage | null;
  /** Where opened collections are kept: IndexedDB by default, null where there is none. */
  collections?: CollectionStore | null;
  /** A load already under way (main.tsx starts it before React does, to save a few frames). */
  pending?: Promise<Opened>;
};

/** A load, and the articles it turned out to show (a `?local=` link not kept here shows the bundled ones). */
export type Opened = Loaded & { origin: CorpusOrigin };

export const NOT_HERE =
  'This link names articles opened on another device; they are not stored in this browser. Showing the bundled articles; ask for an exported corpus file.';

type Sources = { storage: Storage | null; fetchImpl?: typeof fetch; collections: CollectionStore | null };

/**
 * Starts loading what the URL asks for. Exported so the entry point can begin fetching before
 * React has rendered anything.
 */
export function startLoad(
  search: string,
  storage: Storage | null,
  fetchImpl?: typeof fetch,
  collections: CollectionStore | null = browserCollections(),
): Promise<Opened> {
  return loadOrigin(originOf(parseUrlState(search).state), { storage, fetchImpl, collections });
}

type Status =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  /** `builtFrom`: the address (location.search) the store was built from. */
  | { kind: 'ready'; store: ExplorerStore; origin: CorpusOrigin; builtFrom: string };

/**
 * Whether the page was loaded by Back or Forward: the browser kept no copy of it (a full
 * back/forward cache, or a page it would not keep), so it was read again from its address.
 */
function loadedByTraversal(): boolean {
  const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav?.type === 'back_forward';
}

export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function browserCollections(): CollectionStore | null {
  try {
    return indexedDbCollections();
  } catch {
    return null;
  }
}

/**
 * The reader of opened articles, its own chunk. A failed fetch (offline, or a chunk gone after a
 * redeploy) becomes a message for the reader, who can try again.
 */
async function loadOpen() {
  try {
    return await import('./open');
  } catch {
    throw new LoadError(CODE_MISSING);
  }
}

export const CODE_MISSING =
  'Part of the app could not be loaded: the connection may be down, or the app was updated. Check the connection and try again, or reload the page.';

const originOf = (url: UrlState): CorpusOrigin => ({ corpus: url.corpus, local: url.local });
const originKey = (o: CorpusOrigin) =>
  o.local ? `local:${o.local}` : o.corpus ? `url:${o.corpus}` : 'bundled';

async function loadOrigin(
  origin: CorpusOrigin,
  { storage, fetchImpl, collections }: Sources,
): Promise<Opened> {
  if (origin.local) {
    let input: CollectionInput | null = null;
    try {
      input = (await collections?.get(origin.local)) ?? null;
    } catch {
      input = null; // IndexedDB refused: as good as not kept here
    }
    if (input) {
      const { readCollection } = await import('./open');
      return { ...(await readCollection(input, origin.local, storage)), origin };
    }
    const bundled = await loadBundled(storage);
    return { ...bundled, warnings: [NOT_HERE, ...bundled.warnings], origin: BUNDLED_ORIGIN };
  }
  if (origin.corpus) {
    // The saved corrections are read while the corpus downloads: the first read of localStorage
    // waits on the browser (10-70 ms on a first render), and the corpus's key is known already.
    const saved = loadCorrections(storage, corpusUrlKey(origin.corpus));
    const loaded = await fetchCorpus(origin.corpus, fetchImpl);
    if (!loaded.texts || !needsCorrections(loaded.corpus, saved)) {
      const corpus = await withSavedCorrections(loaded.corpus, saved);
      return { ...loaded, corpus, origin };
    }
    // The reader's own corrections are applied to the whole corpus, texts and all: they wait.
    const whole = await loaded.texts();
    const corpus = await withSavedCorrections(whole.corpus, saved);
    return { ...loaded, corpus, texts: async () => ({ ...whole, corpus }), origin };
  }
  return { ...(await loadBundled(storage)), origin };
}

/** The one way a store is made from a load: the link's view applied, what it could not apply said. */
function storeFromLoad(
  { corpus, key, warnings, texts, opened }: Opened,
  url: UrlState,
  parseNotices: readonly UrlNotice[],
  storage: Storage | null,
): ExplorerStore {
  const sources = new Set(corpus.articles.map((a) => sourceKey(a.source)));
  const { fields, notices } = resolveUrlState(url, corpus, sources, parseNotices);
  return createExplorerStore({
    corpus,
    corpusKey: key,
    texts: texts ? { status: 'loading' } : TEXTS_READY,
    ops: coreOps,
    storage,
    ...fields,
    notices: [
      ...notices,
      ...(opened ? [makeNotice(describeOpened(corpus), 'info', 'opened')] : []),
      ...warnings.map((w) => makeNotice(w, 'info')),
    ],
  });
}

const loadErrorMessage = (error: unknown) =>
  error instanceof LoadError
    ? error.message
    : `The articles could not be loaded: ${error instanceof Error ? error.message : String(error)}`;

type Marks = { __dataReady?: number; __rendered?: number };

/**
 * Texts still to read, by the store whose corpus they complete: read once the explorer has been
 * drawn, so parsing them never holds up the first drawing of the timeline and the list.
 */
const textsToRead = new WeakMap<ExplorerStore, () => Promise<LoadedTexts>>();

/** Reads a store's texts into it, once: the panel shows them, or says why they could not be read. */
function readTextsInto(store: ExplorerStore) {
  const read = textsToRead.get(store);
  if (!read) return;
  textsToRead.delete(store);
  read().then(
    ({ corpus, missing, warnings }) => store.getState().receiveTexts(corpus, missing, warnings),
    (error: unknown) => store.getState().failTexts(loadErrorMessage(error)),
  );
}

/** A store's texts, once it has them (read now if they were not yet being read). */
function textsOf(store: ExplorerStore): Promise<LoadedTexts> {
  readTextsInto(store);
  return new Promise((resolve, reject) => {
    const settle = ({ texts, corpus }: ReturnType<ExplorerStore['getState']>) => {
      if (texts.status === 'loading') return false;
      if (texts.status === 'ready') resolve({ corpus, missing: texts.missing, warnings: [] });
      else reject(new LoadError(texts.message));
      return true;
    };
    if (settle(store.getState())) return;
    const stop = store.subscribe((state) => {
      if (settle(state)) stop();
    });
  });
}

/** Stores of the articles shown in this tab, so Back and Forward return to them without reading again. */
const REMEMBERED = 4;

/**
 * Reads the URL once, loads the corpus (bundled, parsed in a worker; `?corpus=` JSON; or a
 * `?local=` collection from IndexedDB), builds the store from the link, and keeps the URL in step
 * from then on. Opening the reader's own articles, or Back and Forward to other articles, builds a
 * new store the same way.
 */
export function App({
  fetchImpl,
  storage = browserStorage(),
  collections = browserCollections(),
  pending,
}: AppProps) {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const seen = useRef(new Map<string, ExplorerStore>());
  // Only the latest load may show its result (a slow load must not replace a later one).
  const generation = useRef(0);
  const origin = useRef<CorpusOrigin | null>(null);

  const show = useCallback(
    (opened: Opened, url: UrlState, parseNotices: readonly UrlNotice[], builtFrom: string, sync = false) => {
      const store = storeFromLoad(opened, url, parseNotices, storage);
      if (opened.texts) textsToRead.set(store, opened.texts);
      const key = originKey(opened.origin);
      seen.current.delete(key);
      seen.current.set(key, store);
      if (seen.current.size > REMEMBERED) seen.current.delete(seen.current.keys().next().value!);
      origin.current = opened.origin;
      const ready: Status = { kind: 'ready', store, origin: opened.origin, builtFrom };
      if (!sync) {
        setStatus(ready);
        return;
      }
      // A load that has just come in is drawn in the same task: a scheduled render let whatever
      // else had queued up during the long read run first (40-80 ms in traces of the 10k load).
      (window as Marks).__dataReady = performance.now();
      flushSync(() => setStatus(ready));
    },
    [storage],
  );

  const load = useCallback(
    (url: UrlState, parseNotices: readonly UrlNotice[], first?: Promise<Opened>) => {
      const run = ++generation.current;
      // What the caller read `url` from: Back or Forward may move the address before the load ends.
      const builtFrom = window.location.search;
      const wanted = originOf(url);
      const remembered = first ? undefined : seen.current.get(originKey(wanted));
      if (remembered) {
        const s = remembered.getState();
        // (Texts still on their way, or some missing: the new store learns them from the old.)
        const texts =
          s.texts.status === 'ready' && s.texts.missing.size === 0 ? undefined : () => textsOf(remembered);
        show(
          { corpus: s.corpus, key: s.corpusKey, warnings: [], texts, origin: wanted },
          url,
          parseNotices,
          builtFrom,
        );
        return;
      }
      if (!first) setStatus({ kind: 'loading' });
      origin.current = wanted;
      (first ?? loadOrigin(wanted, { storage, fetchImpl, collections })).then(
        (opened) => {
          if (run !== generation.current) return;
          show(opened, url, parseNotices, builtFrom, true);
        },
        (error: unknown) => {
          if (run !== generation.current) return;
          setStatus({ kind: 'error', message: loadErrorMessage(error) });
        },
      );
    },
    [show, storage, fetchImpl, collections],
  );

  useEffect(() => {
    const loads = generation;
    const { state: url, notices } = parseUrlState(window.location.search);
    load(url, notices, pending);
    // Back or Forward to a link naming other articles: load them (url-sync handles the rest).
    const onPop = () => {
      const { state: next, notices: more } = parseUrlState(window.location.search);
      const current = origin.current;
      if (current && originKey(originOf(next)) === originKey(current)) return;
      load(next, more);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      loads.current++; // whatever is still loading is no longer wanted
      window.removeEventListener('popstate', onPop);
    };
  }, [load, pending]);

  const opener = useMemo<OpenArticles>(() => {
    // A fresh view of the articles just read: no filters, no selection, the default window.
    const showCollection = (loaded: Loaded, key: string) => {
      // Where the first drawing of opened articles starts (the bench's longest task after it).
      performance.mark?.('dateline:collection-shown');
      generation.current++;
      const url: UrlState = { ...EMPTY_URL_STATE, local: key };
      const search = formatUrlState(url);
      const href = `${window.location.pathname}${search}${window.location.hash}`;
      if (search === window.location.search) replaceEntry(window.history, href);
      else pushEntry(window.history, href);
      show({ ...loaded, origin: { corpus: null, local: key } }, url, [], search);
    };
    return {
      open: async (input, signal, onProgress) => {
        const { openCollection } = await loadOpen();
        const { loaded, key } = await openCollection(input, { storage, collections, signal, onProgress });
        if (signal?.aborted) return;
        showCollection(loaded, key);
      },
      reopen: async (key, signal, onProgress) => {
        let input: CollectionInput | null;
        try {
          input = (await collections?.get(key)) ?? null;
        } catch (error) {
          throw new LoadError(
            `The articles could not be read from this browser: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        if (!input) throw new LoadError('These articles are no longer kept in this browser.');
        const { readCollection } = await loadOpen();
        const loaded = await readCollection(input, key, storage, signal, onProgress);
        if (signal?.aborted) return;
        showCollection(loaded, key);
      },
      list: async () => (collections ? collections.list() : null),
      prefetch: () => loadOpen(),
      forget: async (key) => {
        try {
          await collections?.delete(key);
        } catch (error) {
          throw new LoadError(
            `The articles could not be forgotten: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        // (A local collection's corpus key is its origin's key: "local:<key>".)
        const forgotten = originKey({ corpus: null, local: key });
        forgetCorrections(storage, forgotten);
        seen.current.delete(forgotten);
        if (origin.current?.local !== key) return;
        const href = `${window.location.pathname}${window.location.hash}`;
        replaceEntry(window.history, href);
        load(EMPTY_URL_STATE, []);
      },
    };
  }, [show, load, storage, collections]);

  const store = status.kind === 'ready' ? status.store : null;
  const shownOrigin = status.kind === 'ready' ? status.origin : null;
  const builtFrom = status.kind === 'ready' ? status.builtFrom : null;
  // The page's first store: the one a Back or Forward into this page, loaded afresh, shows.
  const firstStore = useRef<ExplorerStore | null>(null);
  useEffect(() => {
    if (!store || !shownOrigin) return;
    firstStore.current ??= store;
    const traversed = store === firstStore.current && loadedByTraversal();
    return startUrlSync(
      store,
      window,
      shownOrigin,
      undefined,
      builtFrom,
      (state, step) => announce(describeRestored(state, step)),
      traversed,
    );
  }, [store, shownOrigin, builtFrom]);

  // First complete paint: the frame after React committed the explorer.
  useLayoutEffect(() => {
    if (!store) return;
    let later: ReturnType<typeof setTimeout> | undefined;
    const id = requestAnimationFrame(() => {
      (window as Marks).__rendered = performance.now();
      // After this frame is painted: the texts of a corpus drawn from its head.
      later = setTimeout(() => readTextsInto(store));
    });
    return () => {
      cancelAnimationFrame(id);
      clearTimeout(later);
    };
  }, [store]);

  if (status.kind === 'loading') {
    return (
      <Shell className="app-loading">
        <p role="status" className="loading">
          Loading and reading the articles…
        </p>
      </Shell>
    );
  }
  if (status.kind === 'error') {
    return (
      <Shell className="app-error">
        <div role="alert" className="load-error">
          <h2>The corpus could not be opened</h2>
          <p>{status.message}</p>
          <p>
            <a href={window.location.pathname}>Open the bundled articles instead</a>
          </p>
        </div>
      </Shell>
    );
  }
  return (
    <ErrorBoundary>
      <OpenArticlesContext.Provider value={opener}>
        <ExplorerStoreProvider store={status.store}>
          <Explorer />
        </ExplorerStoreProvider>
      </OpenArticlesContext.Provider>
    </ErrorBoundary>
  );
}

/** The page frame shown before the explorer: the app's name and one message. */
function Shell({ className, children }: { className: string; children: ReactNode }) {
  return (
    <div className={`app ${className}`}>
      <header className="app-header">
        <h1>Dateline</h1>
      </header>
      {children}
    </div>
  );
}
