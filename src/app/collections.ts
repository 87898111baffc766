import type { CollectionInput } from '../state/collection';

/** Where opened collections are kept, by content key. Injected in tests; IndexedDB in the browser. */
export type CollectionStore = {
  get: (key: string) => Promise<CollectionInput | null>;
  put: (key: string, input: CollectionInput) => Promise<void>;
  /** Forgets a collection (nothing happens for a key not kept). */
  delete: (key: string) => Promise<void>;
};

const DB = 'dateline';
const STORE = 'collections';

type Row = { key: string; savedAt: string; input: CollectionInput };

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

const committed = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write was aborted'));
  });

/**
 * Collections in IndexedDB (database "dateline", store "collections"), or null where the browser
 * has none. A browser that has one but refuses it (private mode, storage turned off) rejects the
 * calls; the app then keeps the collection for the tab only.
 */
export function indexedDbCollections(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): CollectionStore | null {
  if (!factory) return null;
  let db: Promise<IDBDatabase> | null = null;
  const open = () => {
    db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(DB, 1);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE))
          request.result.createObjectStore(STORE, { keyPath: 'key' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
      request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    });
    // A failed open may succeed later (another tab let go): do not keep the failure.
    db.catch(() => (db = null));
    return db;
  };
  return {
    async get(key) {
      const store = (await open()).transaction(STORE, 'readonly').objectStore(STORE);
      const row = (await done(store.get(key))) as Row | undefined;
      return row?.input ?? null;
    },
    async put(key, input) {
      const tx = (await open()).transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put({ key, savedAt: new Date().toISOString(), input } satisfies Row);
      await committed(tx);
    },
    async delete(key) {
      const tx = (await open()).transaction(STORE, 'readwrite');
      tx.objectStore(STORE).delete(key);
      await committed(tx);
    },
  };
}
