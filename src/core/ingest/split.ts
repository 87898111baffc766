import { isCaptionShaped, isBodyLike, matchesTitle } from './clean';
import { foldKey, isStampLike, isStray, isTitleLike, isUiLabel, type Line } from './lines';

const LOOKAHEAD = 12;

/**
 * Finds where further articles start on a page that holds several, from its structure alone:
 * after some body text, a headline-like line that the page repeats soon after (pages print the
 * headline twice, around the lead photo), or one set off by 2+ blank lines and followed by page
 * furniture (captions, bylines, stray short lines, repeated lines) and then by body text.
 * Returns the line indices where parts 2, 3, ... start.
 *
 * @example
 * // lines: [H1, body, body, "", "", H2, caption, caption, body, body] -> [index of H2]
 */
export function detectBoundaries(lines: Line[]): number[] {
  const occurrences = new Map<string, number[]>();
  lines.forEach((l, i) => {
    const list = occurrences.get(l.key);
    if (list) list.push(i);
    else occurrences.set(l.key, [i]);
  });
  // (Array.from, not map: one elements kind for the array, optimised or not; see cleanPart.)
  const body = Array.from(lines, (l) => !isCaptionShaped(l) && isBodyLike(l));
  const bodyPrefix = [0];
  for (const b of body) bodyPrefix.push(bodyPrefix[bodyPrefix.length - 1]! + (b ? 1 : 0));
  const bodiesBetween = (a: number, b: number) => bodyPrefix[Math.min(b, lines.length)]! - bodyPrefix[a]!;

  const boundaries: number[] = [];
  let partStart = 0;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (body[i] || !isTitleLike(l) || isUiLabel(l) || l.words < 3) continue;
    if (bodiesBetween(partStart, i) < 2 || bodiesBetween(i + 1, i + 1 + 3 * LOOKAHEAD) < 2) continue;
    const seen = occurrences.get(l.key)!;
    if (seen[0] !== i) continue; // repeats an earlier line: not a new headline
    const recurs = seen.length > 1 && seen[1]! - i <= LOOKAHEAD;
    if (!recurs && !(l.gap >= 2 && furnitureFollows(lines, i, occurrences))) continue;
    boundaries.push(i);
    partStart = i;
  }
  return boundaries;
}

function furnitureFollows(lines: Line[], i: number, occurrences: Map<string, number[]>): boolean {
  for (let k = i + 1; k < Math.min(lines.length, i + 1 + LOOKAHEAD / 2); k++) {
    const l = lines[k]!;
    if (isStray(l) || isUiLabel(l) || isStampLike(l) || isCaptionShaped(l)) return true;
    if ((occurrences.get(l.key)?.length ?? 0) > 1) return true;
    if (isBodyLike(l)) return false;
  }
  return false;
}

/**
 * Boundaries from manifest titles: part k starts at the first line after part k-1 that matches
 * its title (folded: quotes, dashes, case, spacing) and is followed by body text. Parts whose
 * title is not found take the next structural boundary; still missing ones are reported, and
 * `parts` gives the manifest part number that starts at each boundary.
 *
 * @example
 * titlesToBoundaries(lines, ['First Story', 'Second Story'], []) // { boundaries: [12], parts: [2], missing: [] }
 */
export function titlesToBoundaries(
  lines: Line[],
  titles: (string | undefined)[],
  detected: number[],
): { boundaries: number[]; parts: number[]; missing: number[] } {
  // Pass 1: titles, in order. found[k] is the start line of part k + 1, or -1.
  const found: number[] = [0];
  let prev = 0;
  for (let part = 2; part <= titles.length; part++) {
    const title = titles[part - 1];
    const key = title ? foldKey(title) : '';
    let at = -1;
    for (let i = prev + 1; key && i < lines.length; i++) {
      if (!matchesTitle(lines[i]!.key, key)) continue;
      if (lines.slice(i + 1, i + 1 + 3 * LOOKAHEAD).some((l) => isBodyLike(l) && !isCaptionShaped(l))) {
        at = i;
        break;
      }
    }
    found.push(at);
    if (at >= 0) prev = at;
  }
  // Pass 2: a part whose title is missing takes a structural boundary between its neighbours.
  const boundaries: number[] = [];
  const parts: number[] = [];
  const missing: number[] = [];
  let last = 0;
  for (let k = 1; k < found.length; k++) {
    let at = found[k]!;
    if (at < 0) {
      const next = found.slice(k + 1).find((f) => f >= 0) ?? lines.length;
      at = detected.find((d) => d > last && d < next) ?? -1;
    }
    if (at < 0) {
      missing.push(k + 1);
      continue;
    }
    boundaries.push(at);
    parts.push(k + 1);
    last = at;
  }
  return { boundaries, parts, missing };
}
