import type { Paragraph, Sentence } from '../types';
import { BEFORE_NUMBER, MONTHS, NEVER_FINAL, SENTENCE_OPENERS } from './abbreviations';

// A terminator run, then closing quotes/brackets, then the whitespace that must follow a boundary.
const BOUNDARY = /[.!?\u2026\u203c\u2047-\u2049]+["'\u2019\u201d\u00bb)\]]*(\s+)/g;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /[0-9]/;
/** Longest abbreviation or dotted acronym looked up, without the final period ("U.S.S.R"). */
const MAX_ABBREVIATION = 8;

/**
 * Splits text into sentences, never across a paragraph. Boundaries follow the Unicode sentence
 * rules (UAX #29, as Intl.Segmenter applies them) for terminator + closing quote + space, with
 * news-copy fixes: no break after titles ("Mr.", "Dr."), dotted acronyms before a name ("U.S.
 * President"), initials ("John F. Kennedy"), month abbreviations and "No." before a number, or
 * before a lower-case word ("a.m. local time", "“Why?” he asked"). Spans are trimmed.
 *
 * The scanner is a single linear pass: Intl.Segmenter in Node 20 runs at ~4 MB/s and turns
 * quadratic on long strings, too slow for the 10 MB/s ingest target (see ingest.bench in the report).
 *
 * @example
 * splitSentences('Mr. Lee landed. He met Ms. Ito.') // [{ start: 0, end: 15, paragraph: 0 }, { start: 16, end: 31, paragraph: 0 }]
 */
export function splitSentences(text: string, paragraphs?: Paragraph[]): Sentence[] {
  const blocks = paragraphs ?? linesToBlocks(text);
  const out: Sentence[] = [];
  blocks.forEach((p, index) => {
    const start = Math.max(0, Math.min(p.start, text.length));
    const end = Math.max(start, Math.min(p.end, text.length));
    splitBlock(text, start, end, index, out);
  });
  return out;
}

function linesToBlocks(text: string): Paragraph[] {
  const blocks: Paragraph[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      if (i > start) blocks.push({ start, end: i, kind: 'body' });
      start = i + 1;
    }
  }
  return blocks;
}

function splitBlock(text: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  // One regex over the whole text from `from`: slicing each paragraph would copy it.
  const re = BOUNDARY;
  re.lastIndex = from;
  let sentenceStart = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    const next = m.index + m[0].length;
    if (next >= to) break;
    if (isBoundary(text, from, m.index, next)) {
      pushTrimmed(text, sentenceStart, next - (m[1]?.length ?? 0), paragraph, out);
      sentenceStart = next;
    }
  }
  pushTrimmed(text, sentenceStart, to, paragraph, out);
}

function pushTrimmed(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end, paragraph });
}

/** The same set as JavaScript's `\s` and String.prototype.trim. */
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) return true;
  if (c < 0x1680) return false;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Opening quotes and brackets: ' " ‘ “ ( [ */
function isOpening(c: number): boolean {
  return c === 34 || c === 39 || c === 0x2018 || c === 0x201c || c === 40 || c === 91;
}

/** Decides whether the terminator at `term` (followed by text at `next`) ends a sentence. */
function isBoundary(text: string, from: number, term: number, next: number): boolean {
  const c = text.charCodeAt(next);
  // Like UAX #29 SB8/SB8a: a lower-case word or a continuing punctuation mark keeps the sentence.
  if (c >= 97 && c <= 122) return false;
  if (c === 44 || c === 59 || c === 58 || c === 45 || c === 0x2013 || c === 0x2014) return false;
  // A spaced ellipsis (". . .") or a run of marks: the sentence goes on to the last of them.
  if (c === 46 || c === 0x2026 || c === 33 || c === 63) return false;
  if (c > 127 && LOWER.test(text[next] ?? '')) return false;
  let wordNext = next;
  while (wordNext < text.length && isOpening(text.charCodeAt(wordNext))) wordNext++;
  const nextFirst = text[wordNext] ?? '';
  // "9:30 a.m. (local time) in..." : as in SB8, a lower-case letter after brackets continues.
  if (wordNext > next && LOWER.test(nextFirst)) return false;
  if (text.charCodeAt(term) !== 46 || text.charCodeAt(term + 1) === 46) return true; // not a single period
  // The word that carries the period. Abbreviations are short: a long word ends the sentence.
  let wordStart = term;
  while (wordStart > from && !isSpace(text.charCodeAt(wordStart - 1))) {
    if (term - wordStart > MAX_ABBREVIATION) return true;
    wordStart--;
  }
  while (wordStart < term && isOpening(text.charCodeAt(wordStart))) wordStart++;
  const word = text.slice(wordStart, term + 1);
  const bare = word.slice(0, -1).toLowerCase();
  if (NEVER_FINAL.has(bare)) return false;
  if (DIGIT.test(nextFirst) && (MONTHS.has(bare) || BEFORE_NUMBER.has(bare))) return false;
  if (!UPPER.test(nextFirst)) return true;
  // An initial: "F." in "John F. Kennedy", "R." in "J. R. R. Tolkien".
  if (word.length === 2 && UPPER.test(word[0]!)) return false;
  // A dotted acronym ("U.S.", "U.N.") before a capitalised word is usually part of a name.
  if (/^(?:\p{L}\.){2,}$/u.test(word)) {
    const nextWord = /^\p{L}+/u.exec(text.slice(wordNext, wordNext + 30))?.[0] ?? '';
    return SENTENCE_OPENERS.has(nextWord.toLowerCase());
  }
  return true;
}
