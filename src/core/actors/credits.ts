import type { Span } from '../types';
import { NEWS_AGENCIES } from './credit-words';

const agencies = NEWS_AGENCIES.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

const CONTRIBUTED = /\bcontributed (?:reporting|research|to this (?:report|article|story))\b/g;

// Each pattern marks text that credits the people who made the article or its pictures.
const CREDIT_PATTERNS: RegExp[] = [
  // "Credit…Jane Kowalski/EPA, via Shutterstock", "Photo: Jane Doe", "Photograph by ..."
  /(?:Credits?|Photo(?:graph)?s?(?: by)?|Image(?: by)?|Picture(?: by)?)\s*(?:…|\.\.\.|:|by\b)[^\n]*/g,
  // "(Reuters)", "(AP Photo/Jane Doe)", "(Getty Images)"
  new RegExp(`\\((?:${agencies})(?:\\s*(?:Photo|Images?|Pictures?))?(?:\\s*\\/[^()\\n]*)?\\)`, 'g'),
  // "Reporting by ...; Editing by ..."
  /\b(?:Reporting|Writing|Editing|Additional reporting|Compiled) by\b[^\n]*/g,
  // A byline on its own line: "By Jane Doe and John Roe"
  /^By\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&))*\s*(?:,[^\n]{0,40})?$/gmu,
];
// Credits that always hold a slash: most texts have none, and are spared these scans.
const SLASHED_CREDIT_PATTERNS: RegExp[] = [
  // Slash-separated credit at the end of a line: "... 2021. Agency/Ivan Petrov/Pool via REUTERS"
  /(?<=^|[.!?)]\s+|\n)(?:[\p{Lu}][\p{L}'’.-]*\s?){1,4}(?:\/\s?(?:[\p{Lu}][\p{L}'’.-]*\s?){1,4})+(?:,?\s*via\s+[\p{Lu}][\p{L}\s]*)?$/gmu,
  /\([^()\n]{0,60}\/[^()\n]{0,60}\)/g,
];

/**
 * Spans of photo credits, bylines and contributor lines. Names inside them are the people who made
 * the article, not actors in the story, and dates inside them do not make events.
 *
 * @example findCredits('Berg in Riga. Credit…Jane Kowalski/EPA') // [{ start: 14, end: 38 }]
 */
export function findCredits(text: string): Span[] {
  const spans: Span[] = [];
  // "Olga Smirnova contributed reporting.": the whole sentence. Found by its verb, then widened
  // back to the sentence start (a leading [^.]* pattern would retry at every offset).
  for (const m of text.matchAll(CONTRIBUTED)) {
    let start = m.index;
    while (start > 0 && !/[\n.!?]/.test(text[start - 1]!)) start--;
    const nl = text.indexOf('\n', m.index);
    spans.push({
      start: start + (text.slice(start, m.index).length - text.slice(start, m.index).trimStart().length),
      end: nl < 0 ? text.length : nl,
    });
  }
  const patterns = text.includes('/') ? [...CREDIT_PATTERNS, ...SLASHED_CREDIT_PATTERNS] : CREDIT_PATTERNS;
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = m.index + lead;
      const end = m.index + m[0].trimEnd().length;
      if (end > start) spans.push({ start, end });
    }
  }
  return mergeSpans(spans);
}

/**
 * Sort and merge overlapping spans (a new array; the input objects are not changed).
 *
 * @example mergeSpans([{ start: 5, end: 9 }, { start: 0, end: 6 }]) // [{ start: 0, end: 9 }]
 */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (prev && s.start <= prev.end) prev.end = Math.max(prev.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/**
 * Does [start, end) overlap any of the spans (sorted and non-overlapping, as mergeSpans gives)?
 * Binary search, so it is cheap to call for every token.
 *
 * @example overlapsAny([{ start: 10, end: 20 }], 18, 25) // true
 */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  return s !== undefined && s.start < end;
}
