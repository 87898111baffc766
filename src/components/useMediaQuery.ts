import { useSyncExternalStore } from 'react';

/** Where the layout switches to one column (keep in step with app.css). */
export const NARROW_QUERY = '(max-width: 960px)';

/**
 * Whether a CSS media query matches now, re-rendering when it changes. False where there is no
 * `matchMedia` (jsdom, old engines), which gives the wide layout.
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window === 'undefined' || !window.matchMedia) return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(query).matches,
    () => false,
  );
}
