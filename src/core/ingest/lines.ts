import {
  BYLINE_OPENERS,
  CAPTION_OPENERS,
  CREDIT_WORDS,
  PHOTO_POSITION_WORDS,
  UI_LABEL_NOUNS,
  UI_LABELS,
} from './furniture-words';

/** One non-empty line of the page with the shape facts the cleaning rules read. */
export type Line = {
  /** Index among the page's non-empty lines. */
  index: number;
  /** Trimmed, inner whitespace collapsed. */
  text: string;
  /** Folded for comparison: lower case, quotes/dashes unified, only letters, digits and spaces. */
  key: string;
  /** Blank lines before this one. */
  gap: number;
  words: number;
  /** Where a photo credit starts in the line (creditStart), or -1. */
  credit: number;
  /** UI label shape, computed once: 'bare' ("Related"), 'lead' ("READ MORE: ..."), or null. */
  label: 'bare' | 'lead' | null;
};

/**
 * Folds a line or a title for robust comparison: case, curly vs straight quotes, dashes,
 * punctuation and whitespace do not matter.
 *
 * @example
 * foldKey('Mayor\u2019s  Plan \u2013 Now') // "mayor s plan now"
 */
export function foldKey(text: string): string {
  // Quotes and dashes are punctuation, so dropping all punctuation also unifies their variants.
  // Ranges, not \p{L}: a /u property class is several times slower on every line of a page.
  return text.toLowerCase().replace(NOT_KEY, ' ').trim();
}

// Everything but ASCII letters/digits and the letter-bearing blocks from U+00C0 up, minus the
// punctuation blocks (Latin-1 symbols, General Punctuation, CJK symbols, full-width ASCII marks).
const NOT_KEY =
  /[^a-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2070-\u2dff\u3040-\ufe2f\ufe70-\ufefe\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff66-\uffef]+/g;

/**
 * Splits normalised text into non-empty lines, counting the blank lines before each.
 *
 * @example
 * toLines('Title\n\n\nBody.') // [{ index: 0, text: 'Title', gap: 0, ... }, { index: 1, text: 'Body.', gap: 2, ... }]
 */
export function toLines(text: string): Line[] {
  const raw: { text: string; gap: number }[] = [];
  let gap = 0;
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    const t = (line.includes('  ') ? line.replace(/ {2,}/g, ' ') : line).trim();
    if (!t) {
      gap++;
      continue;
    }
    raw.push({ text: t, gap });
    gap = 0;
  }
  const width = wrapWidth(raw);
  const lines: Line[] = [];
  for (let i = 0; i < raw.length; i++) {
    const first = raw[i]!;
    let t = first.text;
    // Hard-wrapped text: a line that fills the width continues on the next line of its block.
    while (width > 0 && raw[i]!.text.length >= width - WRAP_SLACK && raw[i + 1]?.gap === 0) {
      i++;
      t = `${t} ${raw[i]!.text}`;
    }
    const words = countWords(t);
    const key = lineKey(t);
    lines.push({
      index: lines.length,
      text: t,
      key,
      gap: first.gap,
      words,
      credit: creditStart(t),
      label: labelOf(t, key, words),
    });
  }
  return lines;
}

/** How far short of the wrap column a wrapped line may end (word lengths vary). */
const WRAP_SLACK = 16;

/**
 * The column a plain-text file is hard-wrapped at, or 0. Wrapped text has no line longer than
 * about 100 characters, and most lines followed by another in the same block end near that column.
 */
function wrapWidth(raw: { text: string; gap: number }[]): number {
  let max = 0;
  for (const r of raw) max = Math.max(max, r.text.length);
  if (max > 100 || max < 40) return 0;
  let inBlock = 0;
  let nearMax = 0;
  let nearMaxFinal = 0;
  for (let i = 0; i + 1 < raw.length; i++) {
    if (raw[i + 1]!.gap !== 0) continue;
    inBlock++;
    if (raw[i]!.text.length < max - WRAP_SLACK) continue;
    nearMax++;
    if (/[.!?:"\u201d]$/.test(raw[i]!.text)) nearMaxFinal++;
  }
  // One paragraph per line also gives lines of similar length, but they end in punctuation;
  // wrapped lines mostly break mid-sentence.
  return inBlock >= 3 && nearMax >= inBlock * 0.6 && nearMaxFinal <= nearMax * 0.4 ? max : 0;
}

// Lines longer than this are prose whatever they hold: shape rules only need small counts, and
// folding or counting a multi-megabyte line would dominate ingest time.
const LONG_LINE = 1000;

// Folding costs more than all other line work; headlines, captions and labels are short, and a
// page repeats a long paragraph verbatim, so long lines are compared as they are.
const FOLD_MAX = 200;

function lineKey(t: string): string {
  return t.length > FOLD_MAX ? t : foldKey(t);
}

/** Words, counted exactly up to LONG_LINE characters (a longer line counts as at least that many). */
function countWords(t: string): number {
  // Space-separated tokens that hold a letter or digit ("--" and "|" are not words).
  let n = 0;
  let inWord = false;
  let counted = false;
  const end = Math.min(t.length, LONG_LINE);
  for (let i = 0; i < end; i++) {
    const c = t.charCodeAt(i);
    if (c === 32) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (!counted && isWordChar(c, t[i]!)) {
      counted = true;
      n++;
    }
  }
  return t.length > LONG_LINE ? Math.max(n, 100) : n;
}

function isWordChar(c: number, ch: string): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return /[\p{L}\p{N}]/u.test(ch);
}

/** The last few characters: end-anchored regexes on a long line would scan all of it. */
function tail(t: string): string {
  return t.length > 24 ? t.slice(-24) : t;
}

const UI = new Set(UI_LABELS.map(foldKey));
const UI_NOUNS = new Set(UI_LABEL_NOUNS);

/**
 * A UI label alone on its line ("Related", "Comments 12"): it introduces what follows.
 *
 * @example
 * isBareUiLabel(toLines('Related Articles')[0]!) // true
 */
export function isBareUiLabel(line: Line): boolean {
  return line.label === 'bare';
}

/**
 * A known UI label ("Read more", "Back to top"), or one followed by an ellipsis, arrow or count,
 * or one that introduces a link after a separator ("READ MORE: Other story", "Advertisement -
 * Scroll to continue").
 *
 * @example
 * isUiLabel(toLines('READ MORE: Another story')[0]!) // true
 */
export function isUiLabel(line: Line): boolean {
  return line.label !== null;
}

function labelOf(text: string, key: string, words: number): Line['label'] {
  if (words > 25) return null;
  if (words <= 6) {
    let k = key;
    let end = k.length;
    while (end > 0 && k.charCodeAt(end - 1) >= 48 && k.charCodeAt(end - 1) <= 57) end--;
    if (end < k.length) k = k.slice(0, end).trimEnd(); // "Comments 12"
    if (UI.has(k)) return 'bare';
    // "<label> <generic noun>": "Related articles", "Skip links", "Back to top button".
    const cut = k.lastIndexOf(' ');
    if (cut > 0 && UI_NOUNS.has(k.slice(cut + 1)) && UI.has(k.slice(0, cut))) return 'bare';
  }
  const lead = /^([^:|\u2013\u2014-]{2,30}?)\s*(?::|\||\s[\u2013\u2014-])\s*\S/.exec(text);
  return lead !== null && UI.has(foldKey(lead[1]!)) ? 'lead' : null;
}

/**
 * Ends like a sentence: . ! ? with optional closing quotes, but not an ellipsis teaser.
 *
 * @example
 * endsLikeSentence('He left.\u201d') // true; endsLikeSentence('Read more...') -> false
 */
export function endsLikeSentence(t: string): boolean {
  // Emoji after the full stop ("It opened today. 🎉") do not make a sentence a label.
  const end = tail(t).replace(TRAILING_EMOJI, '');
  return /[.!?]["'\u2019\u201d)\]]*$/.test(end) && !endsWithEllipsis(t);
}

const TRAILING_EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D\s]+$/u;

/**
 * Ends with "..." or "…" (a link teaser, or prose trailing off), or an arrow.
 *
 * @example
 * endsWithEllipsis('Read more...') // true
 */
export function endsWithEllipsis(t: string): boolean {
  return /(?:\.\.\.|\u2026)\s*["'\u2019\u201d)\]]*$|[\u2192\u00bb>]$/.test(tail(t));
}

/**
 * Very short or symbol-only lines: "AB", "7", "|", "•".
 *
 * @example
 * isStray(toLines('TT')[0]!) // true
 */
export function isStray(line: Line): boolean {
  return line.key.length <= 3 || /^[\p{N}\p{P}\p{S}\s]+$/u.test(line.text);
}

/**
 * Share of significant words (4+ letters) that start with a capital: headlines and nav labels.
 *
 * @example
 * titleCaseShare('Bridges as a Public Good') // 1 ("as" and "a" are too short to count)
 */
export function titleCaseShare(t: string): number {
  const words = t.match(/[\p{L}][\p{L}'\u2019-]{3,}/gu) ?? [];
  if (words.length === 0) return 0;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length;
}

/**
 * Headline-like: a few words, no sentence-final period.
 *
 * @example
 * isTitleLike(toLines('Mayor Opens New Bridge')[0]!) // true; a line ending in '.' -> false
 */
export function isTitleLike(line: Line): boolean {
  if (line.words < 2 || line.words > 30 || line.text.length > 220) return false;
  if (isStray(line) || endsWithEllipsis(line.text)) return false;
  if (/[.,;:]["'\u2019\u201d]?$/.test(tail(line.text))) return false;
  return /^[\p{Lu}\p{N}"'\u2018\u201c]/u.test(line.text);
}

/** Captions are a sentence or three; longer lines are not tested for credits. */
const CAPTION_MAX = 600;
const CREDIT_WORD = CREDIT_WORDS.join('|');
// A cheap pre-test: the full credit pattern (lookbehind, case-insensitive) is slow on prose.
const CREDIT_HINT = new RegExp(CREDIT_WORD, 'i');
const CREDIT_RE = new RegExp(
  `(?:^|(?<=[\\s.,;)\\]\\p{L}]))(?:${CREDIT_WORD})\\s*(?:\\u2026|\\.\\.\\.|:|\\|)\\s*(?=\\S)`,
  'giu',
);
const PAREN_CREDIT = /\(\s*\p{Lu}[^()]{0,60}\)\s*$/u;
// A slash credit: "Agency/Jane Roe/Pool via WIRE", "AFP/Getty Images".
const SLASH_CREDIT =
  /(?:^|[.!?]["\u201d\u2019]?\s+)((?:\p{Lu}[\p{L}.'\u2019-]*\s*(?:\/|\s)\s*|via\s+|for\s+|(?:van|von|de|der|den|del|da|di|du|la|le|al|el|bin|ibn|dos|das)\s+){1,10}\p{Lu}[\p{L}.'\u2019-]*)\s*$/u;

/**
 * Where a caption's photo credit starts in the line, or -1: "(Reuters)", "Credit…Name/Agency",
 * "Photo: AFP", "Name/Agency via REUTERS".
 *
 * @example
 * creditStart('Leaders meet in Oslo. (Wire)') // 22
 */
export function creditStart(t: string): number {
  if (t.length > CAPTION_MAX) return -1;
  if (CREDIT_HINT.test(t)) {
    // The credit closes the caption: a "FILE PHOTO:" or "Photo:" that opens it is not one.
    for (const c of t.matchAll(CREDIT_RE)) {
      if (c.index > 0 && t.length - c.index <= 120 && !OPENER_RE.test(t.slice(0, c.index + c[0].length)))
        return c.index;
    }
  }
  const p = t.endsWith(')') ? PAREN_CREDIT.exec(t) : null;
  if (p) {
    const inner = p[0].slice(1, -1).trim();
    // "(Reuters)", "(AFP)", "(AP Photo/Jane Doe)": names, not a sentence or a year.
    if (/^[\p{Lu}][\p{L}.&'\u2019/ -]*$/u.test(inner) && inner.split(/\s+/).length <= 6) return p.index;
  }
  const s = t.includes('/') || /\svia\s/i.test(t) ? SLASH_CREDIT.exec(t) : null;
  if (s && s[1] && (s[1].includes('/') || /\svia\s/.test(s[1]))) return s.index + s[0].indexOf(s[1]);
  return -1;
}

const OPENER_RE = new RegExp(
  `^(?:${CAPTION_OPENERS.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s*[:\u2013\u2014-]`,
  'i',
);
const POSITION_RE = new RegExp(
  `,\\s(?:${PHOTO_POSITION_WORDS.join('|')}),|\\((?:L|R|C|${PHOTO_POSITION_WORDS.join('|')})\\)`,
  'i',
);

/**
 * Opens like a caption ("FILE PHOTO: ...").
 *
 * @example
 * hasCaptionOpener('FILE PHOTO: Two leaders meet') // true
 */
export function hasCaptionOpener(t: string): boolean {
  return OPENER_RE.test(t);
}

/**
 * Describes positions in a photo ("Ann Lee, left, and Bo Chan shake hands").
 *
 * @example
 * describesPhoto('Ann Lee, left, and Bo Chan shake hands') // true
 */
export function describesPhoto(t: string): boolean {
  return POSITION_RE.test(t);
}

const BYLINE_RE = new RegExp(`^(?:${BYLINE_OPENERS.join('|')})\\b`, 'i');

/**
 * A line that opens like a byline or a stamp under a headline: "By Jane Doe", "Reporting by Jane
 * Doe", "Updated 2 hours ago"; not a headline that starts with "By" ("By the numbers: ...").
 *
 * @example
 * opensLikeByline('By Jane Doe, Reuters') // true
 */
export function opensLikeByline(text: string): boolean {
  return /^(?:(?:[Rr]eporting|[Ww]ritten)\s+)?(?:[Bb]y|BY)\s+\p{Lu}|^(?:[Pp]ublished|[Uu]pdated|[Pp]osted)\b/u.test(
    text.trim(),
  );
}

/**
 * A byline or date stamp: "By Jane Doe", "Updated 2 hours ago", "March 3, 2024 4:15 PM".
 *
 * @example
 * isStampLike(toLines('By Jane Doe')[0]!) // true
 */
export function isStampLike(line: Line): boolean {
  if (line.words > 14 || endsLikeSentence(line.text)) return false;
  return BYLINE_RE.test(line.text) || (/\d/.test(line.text) && !isTitleLike(line));
}
