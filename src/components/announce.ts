/**
 * Says a message to screen readers through live regions that are in the page from load
 * (index.html). Many screen readers say nothing of a live region that is inserted already
 * holding its text, so messages go into regions that were there, empty, before them. (Plain
 * aria-live regions, not role status or alert: they are the page's voice, not a control or a
 * notice of their own.)
 */
export type Politeness = 'polite' | 'assertive';

const REGION_ID: Record<Politeness, string> = {
  polite: 'announcer-polite',
  assertive: 'announcer-assertive',
};

/** The page's region for a politeness; made here only where the page lacks it (tests). */
function regionOf(politeness: Politeness): HTMLElement {
  const id = REGION_ID[politeness];
  const found = document.getElementById(id);
  if (found) return found;
  const region = document.createElement('div');
  region.id = id;
  region.className = 'visually-hidden';
  region.setAttribute('aria-live', politeness);
  region.setAttribute('aria-atomic', 'true');
  document.body.append(region);
  return region;
}

/**
 * Replaces what the region says with `message`. A new node each time, so the same message said
 * twice ("Link copied", then again) is announced twice.
 *
 * @example announce('Publication date set to Tue 17 Oct 2023.')
 */
export function announce(message: string, politeness: Politeness = 'polite'): void {
  const line = document.createElement('p');
  line.textContent = message;
  regionOf(politeness).replaceChildren(line);
}
