import { createContext } from 'react';
import type { CollectionInput } from '../state/collection';

/** Opens the reader's own articles in place of those on screen; throws with a message for the reader. */
export type OpenArticles = {
  open: (input: CollectionInput, signal?: AbortSignal) => Promise<void>;
  /** Forgets the collection on screen in this browser (and its date corrections), then shows the bundled articles. */
  forget?: (key: string) => Promise<void>;
};

/** Given by the app; without it (a component rendered alone) there is nothing to open with. */
export const OpenArticlesContext = createContext<OpenArticles | null>(null);

/** Whether a drag carries files (not text or a link dragged from the page). */
export const carriesFiles = (e: DragEvent | { dataTransfer: DataTransfer | null }) =>
  Array.from(e.dataTransfer?.types ?? []).includes('Files');
