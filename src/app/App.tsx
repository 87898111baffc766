import { useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Explorer } from '../components/Explorer';
import { sourceKey } from '../core/query';
import type { Correction } from '../core/types';
import { ExplorerStoreProvider } from '../state/context';
import {
  createExplorerStore,
  loadCorrections,
  makeNotice,
  resolveUrlState,
  type CoreOps,
  type ExplorerStore,
} from '../state/store';
import { parseUrlState } from '../state/url';
import { startUrlSync } from '../state/url-sync';
import { fetchCorpus, filesKey, LoadError, parseFiles, readBundled, type Loaded } from './load';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

export type AppProps = {
  /** Injected in tests; the browser's by default. */
  fetchImpl?: typeof fetch;
  storage?: Storage | null;
  /** A load already under way (main.tsx starts it before React does, to save a few frames). */
  pending?: Promise<Loaded>;
};

/**
 * Starts loading what the URL asks for. Exported so the entry point can begin fetching before
 * React has rendered anything.
 */
export function startLoad(
  search: string,
  storage: Storage | null,
  fetchImpl?: typeof fetch,
): Promise<Loaded> {
  return loadCorpus(parseUrlState(search).state.corpus, storage, fetchImpl);
}

type Status =
  { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; store: ExplorerStore };

// The parser stays out of the first chunk: corrections load it on demand.
const ops: CoreOps = {
  applyCorrection: async (corpus, correction) =>
    (await import('../core/pipeline')).applyCorrection(corpus, correction),
};

export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

async function loadCorpus(
  corpusUrl: string | null,
  storage: Storage | null,
  fetchImpl?: typeof fetch,
): Promise<Loaded> {
  if (corpusUrl) {
    const loaded = await fetchCorpus(corpusUrl, fetchImpl);
    // Re-apply the reader's saved corrections that the file does not already carry.
    const saved = loadCorrections(storage, loaded.key);
    const missing = saved.filter((c) => !loaded.corpus.corrections.some((d) => sameCorrection(c, d)));
    let corpus = loaded.corpus;
    for (const c of missing) corpus = await ops.applyCorrection(corpus, c);
    return { ...loaded, corpus };
  }
  const { files, manifest } = await readBundled();
  const key = filesKey(files);
  const corpus = await parseFiles({ files, manifest, corrections: loadCorrections(storage, key) });
  return { corpus, key, warnings: [] };
}

const sameCorrection = (a: Correction, b: Correction) =>
  a.articleId === b.articleId && a.start === b.start && a.end === b.end && a.value === b.value;

type Marks = { __dataReady?: number; __rendered?: number };

/**
 * Reads the URL once, loads the corpus (bundled, parsed in a worker; or `?corpus=` JSON), builds
 * the store from the link, and keeps the URL in step from then on.
 */
export function App({ fetchImpl, storage = browserStorage(), pending }: AppProps) {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    const { state: url, notices: parseNotices } = parseUrlState(window.location.search);
    (pending ?? loadCorpus(url.corpus, storage, fetchImpl)).then(
      ({ corpus, key, warnings }) => {
        if (cancelled) return;
        const sources = new Set(corpus.articles.map((a) => sourceKey(a.source)));
        const { fields, notices } = resolveUrlState(url, corpus, sources, parseNotices);
        const store = createExplorerStore({
          corpus,
          corpusKey: key,
          ops,
          storage,
          ...fields,
          notices: [...notices, ...warnings.map((w) => makeNotice(w, 'info'))],
        });
        (window as Marks).__dataReady = performance.now();
        setStatus({ kind: 'ready', store });
      },
      (error: unknown) => {
        if (cancelled) return;
        const message =
          error instanceof LoadError
            ? error.message
            : `The articles could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
        setStatus({ kind: 'error', message });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [fetchImpl, storage, pending]);

  const store = status.kind === 'ready' ? status.store : null;
  useEffect(() => {
    if (!store) return;
    const corpusUrl = parseUrlState(window.location.search).state.corpus;
    return startUrlSync(store, window, { corpus: corpusUrl, local: null });
  }, [store]);

  // First complete paint: the frame after React committed the explorer.
  useLayoutEffect(() => {
    if (!store) return;
    const id = requestAnimationFrame(() => {
      (window as Marks).__rendered = performance.now();
    });
    return () => cancelAnimationFrame(id);
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
      <ExplorerStoreProvider store={status.store}>
        <Explorer />
      </ExplorerStoreProvider>
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
