import { createContext } from 'react';
import type { CollectionInput, KeptCollection } from '../state/collection';

/**
 * Opens the reader's own articles in place of those on screen; throws with a message for the
 * reader. An aborted signal stops the reading: the call rejects with the signal's reason or
 * returns without changing what is on screen.
 */
export type OpenArticles = {
  /** `onProgress` is told the share of the reading done, from 0 to 1, as it goes. */
  open: (input: CollectionInput, signal?: AbortSignal, onProgress?: (done: number) => void) => Promise<void>;
  /**
   * Forgets a kept collection in this browser (and its date corrections); when it is the one on
   * screen, shows the bundled articles.
   */
  forget?: (key: string) => Promise<void>;
  /** The collections kept in this browser, newest first; null where the browser keeps none. */
  list?: () => Promise<KeptCollection[] | null>;
  /** Opens a kept collection (a new history entry, `?local=<key>`), as open() does. */
  reopen?: (key: string, signal?: AbortSignal, onProgress?: (done: number) => void) => Promise<void>;
  /** Fetches the code that open() and reopen() load on demand, so they work offline later. */
  prefetch?: () => Promise<unknown>;
};

/** Given by the app; without it (a component rendered alone) there is nothing to open with. */
export const OpenArticlesContext = createContext<OpenArticles | null>(null);

/** Whether a drag carries files (not text or a link dragged from the page). */
export const carriesFiles = (e: DragEvent | { dataTransfer: DataTransfer | null }) =>
  Array.from(e.dataTransfer?.types ?? []).includes('Files');
