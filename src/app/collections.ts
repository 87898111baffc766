import type { CollectionInput, CollectionSummary, KeptCollection } from '../state/collection';

/** Where opened collections are kept, by content key. Injected in tests; IndexedDB in the browser. */
export type CollectionStore = {
  get: (key: string) => Promise<CollectionInput | null>;
  /**
   * Keeps a collection with its summary. A signal aborted before the write commits undoes it, so
   * a cancelled read keeps nothing.
   */
  put: (
    key: string,
    input: CollectionInput,
    summary: CollectionSummary,
    signal?: AbortSignal,
  ) => Promise<void>;
  /** Forgets a collection (nothing happens for a key not kept). */
  delete: (key: string) => Promise<void>;
  /** Every collection kept, newest first, from the summaries alone (the inputs stay where they are). */
  list: () => Promise<KeptCollection[]>;
};

const DB = 'dateline';
/** Version 2 added the summaries beside the collections. */
const VERSION = 2;
const COLLECTIONS = 'collections';
const SUMMARIES = 'summaries';

type Row = { key: string; savedAt: string; input: CollectionInput };
/** Small rows the list reads, so listing never loads the inputs (megabytes each, possibly). */
type SummaryRow = KeptCollection;

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

const committed = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    tx.onabort = () => reject(tx.error ?? new DOMException('The write was cancelled', 'AbortError'));
  });

const newestFirst = (a: KeptCollection, b: KeptCollection) =>
  a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0;

/**
 * Collections in IndexedDB (database "dateline": store "collections" holds the inputs, store
 * "summaries" what the list shows), or null where the browser has none. A browser that has one but
 * refuses it (private mode, storage turned off) rejects the calls; the app then keeps the
 * collection for the tab only.
 */
export function indexedDbCollections(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): CollectionStore | null {
  if (!factory) return null;
  let db: Promise<IDBDatabase> | null = null;
  const open = () => {
    db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(DB, VERSION);
      request.onupgradeneeded = () => {
        const names = request.result.objectStoreNames;
        if (!names.contains(COLLECTIONS)) request.result.createObjectStore(COLLECTIONS, { keyPath: 'key' });
        // Collections kept by version 1 get their summary on the first list (see list()).
        if (!names.contains(SUMMARIES)) request.result.createObjectStore(SUMMARIES, { keyPath: 'key' });
      };
      request.onsuccess = () => {
        const opened = request.result;
        // A later version opened in another tab: let it upgrade, and open again next time.
        opened.onversionchange = () => {
          opened.close();
          db = null;
        };
        resolve(opened);
      };
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
      request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    });
    // A failed open may succeed later (another tab let go): do not keep the failure.
    db.catch(() => (db = null));
    return db;
  };
  return {
    async get(key) {
      const store = (await open()).transaction(COLLECTIONS, 'readonly').objectStore(COLLECTIONS);
      const row = (await done(store.get(key))) as Row | undefined;
      return row?.input ?? null;
    },
    async put(key, input, summary, signal) {
      signal?.throwIfAborted();
      const tx = (await open()).transaction([COLLECTIONS, SUMMARIES], 'readwrite');
      const savedAt = new Date().toISOString();
      tx.objectStore(COLLECTIONS).put({ key, savedAt, input } satisfies Row);
      tx.objectStore(SUMMARIES).put({ key, savedAt, summary } satisfies SummaryRow);
      const cancel = () => {
        try {
          tx.abort();
        } catch {
          // Already committing: too late to undo. The row stays although the reader cancelled
          // (a window of one commit, after the parse); it is listed and can be forgotten.
        }
      };
      if (signal?.aborted) cancel();
      signal?.addEventListener('abort', cancel, { once: true });
      try {
        await committed(tx);
      } finally {
        signal?.removeEventListener('abort', cancel);
      }
    },
    async delete(key) {
      const tx = (await open()).transaction([COLLECTIONS, SUMMARIES], 'readwrite');
      tx.objectStore(COLLECTIONS).delete(key);
      tx.objectStore(SUMMARIES).delete(key);
      await committed(tx);
    },
    async list() {
      const database = await open();
      const read = database.transaction([COLLECTIONS, SUMMARIES], 'readonly');
      const [keys, rows] = await Promise.all([
        done(read.objectStore(COLLECTIONS).getAllKeys()),
        done(read.objectStore(SUMMARIES).getAll() as IDBRequest<SummaryRow[]>),
      ]);
      const kept = new Set(keys.map(String));
      const listed = rows.filter((r) => kept.has(r.key));
      const summarized = new Set(listed.map((r) => r.key));
      const missing = [...kept].filter((k) => !summarized.has(k));
      if (missing.length) {
        // Kept before summaries were: read each input once, and keep its summary from now on.
        // (Loaded here only, so the first page does not carry the collection code.)
        const { summarizeCollection } = await import('../state/collection');
        const tx = database.transaction([COLLECTIONS, SUMMARIES], 'readwrite');
        const summaries = tx.objectStore(SUMMARIES);
        for (const key of missing) {
          // Written in the request's own callback, while the transaction is surely active.
          const request = tx.objectStore(COLLECTIONS).get(key);
          request.onsuccess = () => {
            const row = request.result as Row | undefined;
            if (!row) return;
            const summary = { key, savedAt: row.savedAt, summary: summarizeCollection(row.input) };
            summaries.put(summary satisfies SummaryRow);
            listed.push(summary);
          };
        }
        await committed(tx);
      }
      return listed.sort(newestFirst);
    },
  };
}
