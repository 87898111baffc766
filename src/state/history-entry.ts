/**
 * The state Dateline writes into each history entry: the entry's place in this tab's history, one
 * more than the entry it was pushed from. A popstate compares the place it lands on with the one it
 * left, so the page can say "Back to" or "Forward to". An entry the page did not write (a reload
 * keeps its state; a pasted link or a new tab has none) is given a place when the app starts on it.
 */
export type EntryState = { dateline: number };

/** What of `window.history` the app writes through (a fake one in tests). */
export type HistoryLike = Pick<History, 'pushState' | 'replaceState' | 'state'> & {
  /** Entries in the tab's history (a page opened by a link or pasted address is the last). */
  readonly length?: number;
};

/** Which way a popstate went, or null when one end has no place (an entry written by someone else). */
export type Step = 'back' | 'forward' | null;

/** The place kept in a history entry's state, or null for a state Dateline did not write. */
export function entryIndex(state: unknown): number | null {
  if (typeof state !== 'object' || state === null) return null;
  const index = (state as Partial<EntryState>).dateline;
  return typeof index === 'number' && Number.isInteger(index) ? index : null;
}

/** Adds an entry for `url` one place after the current one. */
export function pushEntry(history: HistoryLike, url: string): void {
  const state: EntryState = { dateline: (entryIndex(history.state) ?? 0) + 1 };
  history.pushState(state, '', url);
}

/**
 * Rewrites the current entry's address, keeping its place (or giving it `place`, 0 unless given,
 * if it had none).
 */
export function replaceEntry(history: HistoryLike, url: string, place = 0): void {
  const state: EntryState = { dateline: entryIndex(history.state) ?? place };
  history.replaceState(state, '', url);
}

/**
 * Where the place of the entry last shown is kept for the tab's next page: sessionStorage, which
 * belongs to one tab and outlives its pages. Back or Forward into another page of the tab (one the
 * browser did not keep) loads it afresh, and only the place its last page left tells which way the
 * reader went.
 */
export type PlaceMemory = Pick<Storage, 'getItem' | 'setItem'>;

const PLACE_KEY = 'dateline:place';

/** The place of the entry the tab's pages showed last, or null when none was kept. */
export function lastPlace(memory: PlaceMemory | null): number | null {
  try {
    const kept = memory?.getItem(PLACE_KEY);
    return kept ? entryIndex({ dateline: Number(kept) }) : null;
  } catch {
    return null; // storage refused (a sandboxed frame): the way stays unknown
  }
}

/** Keeps `place` as the one shown last (see lastPlace). */
export function rememberPlace(memory: PlaceMemory | null, place: number | null): void {
  if (place === null) return;
  try {
    memory?.setItem(PLACE_KEY, String(place));
  } catch {
    // A full or refused storage only costs the way the next page says it came.
  }
}

/**
 * The way from the entry at `from` to the entry at `to`.
 *
 * @example stepBetween(3, 2) // 'back'
 */
export function stepBetween(from: number | null, to: number | null): Step {
  if (from === null || to === null || from === to) return null;
  return to < from ? 'back' : 'forward';
}
