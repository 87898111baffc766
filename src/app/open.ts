import {
  collectionKeyInSteps,
  describeFileWarnings,
  describeLongArticles,
  prepareCollection,
  summarizeCollection,
  type CollectionInput,
} from '../state/collection';
import { loadCorrections } from '../state/store';
import type { CollectionStore } from './collections';
import { corpusFromJson, LoadError, parseFiles, withSavedCorrections, type Loaded } from './load';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

export const NOT_KEPT =
  'These articles stay open in this tab only: this browser does not let the app keep them (private browsing, or site storage turned off). “Export corpus” keeps them as a file.';

/**
 * Reads a collection the way it was opened: a Dateline corpus JSON as it is, anything else parsed
 * (in the worker) with the collection's saved corrections. Throws a LoadError whose message lists
 * what the reader must fix, or the signal's AbortError once it is aborted (the worker stopped).
 */
export async function readCollection(
  input: CollectionInput,
  key: string,
  storage: Storage | null,
  signal?: AbortSignal,
  onProgress?: (done: number) => void,
): Promise<Loaded> {
  const prepared = prepareCollection(input);
  // Each refusal names its file; the reader must also hear that the files beside it wait too.
  if (!prepared.ok) throw new LoadError(`Nothing was opened. ${prepared.errors.join(' ')}`);
  const corpusKey = `local:${key}`;
  const saved = loadCorrections(storage, corpusKey);
  const p = prepared.value;
  if (p.kind === 'corpus') {
    const { corpus, warnings } = corpusFromJson(p.json, `“${p.name}”`);
    const corrected = await withSavedCorrections(corpus, saved);
    signal?.throwIfAborted();
    return {
      corpus: corrected,
      key: corpusKey,
      warnings,
      opened: true,
    };
  }
  const corpus = await parseFiles(
    { files: p.files, manifest: p.manifest, corrections: saved, published: p.published },
    signal,
    onProgress,
  );
  const problems = describeFileWarnings(corpus);
  const long = describeLongArticles(corpus);
  return {
    corpus,
    key: corpusKey,
    warnings: [...p.warnings, ...(problems ? [problems] : []), ...(long ? [long] : [])],
    opened: true,
  };
}

/**
 * Reads what the reader chose and keeps it in `collections` under its content key, so
 * `?local=<key>` reopens it in this browser. Where it cannot be kept it still opens, and says so.
 */
export async function openCollection(
  input: CollectionInput,
  {
    storage,
    collections,
    signal,
    onProgress,
  }: {
    storage: Storage | null;
    collections: CollectionStore | null;
    signal?: AbortSignal;
    /** Told the share of the parse done, from 0 to 1. */
    onProgress?: (done: number) => void;
  },
): Promise<{ loaded: Loaded; key: string }> {
  const key = await collectionKeyInSteps(input);
  signal?.throwIfAborted();
  const loaded = await readCollection(input, key, storage, signal, onProgress);
  let kept = false;
  // A reader who cancelled the read did not mean to keep these: an abort undoes the write.
  signal?.throwIfAborted();
  if (collections) {
    try {
      await collections.put(key, input, summarizeCollection(input, loaded.corpus), signal);
      kept = true;
    } catch {
      signal?.throwIfAborted();
      // Private mode, a full quota or storage turned off: the notice below says what it means.
    }
  }
  return { loaded: kept ? loaded : { ...loaded, warnings: [...loaded.warnings, NOT_KEPT] }, key };
}
