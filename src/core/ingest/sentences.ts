import type { Paragraph, Sentence } from '../types';
import { BEFORE_NUMBER, MONTHS, NEVER_FINAL, SENTENCE_OPENERS } from './abbreviations';

// A terminator run, then closing quotes/brackets, then the whitespace that must follow a boundary.
const BOUNDARY = /[.!?\u2026\u203c\u2047-\u2049]+["'\u2019\u201d\u00bb)\]]*(\s+)/g;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /[0-9]/;

/**
 * Splits text into sentences, never across a paragraph. Boundaries follow the Unicode sentence
 * rules (UAX #29, as Intl.Segmenter applies them) for terminator + closing quote + space, with
 * news-copy fixes: no break after titles ("Mr.", "Dr."), dotted acronyms before a name ("U.S.
 * President"), initials ("Vladimir V. Putin"), month abbreviations and "No." before a number, or
 * before a lower-case word ("a.m. local time", "“Why?” he asked"). Spans are trimmed.
 *
 * The scanner is a single linear pass: Intl.Segmenter in Node 20 runs at ~4 MB/s and turns
 * quadratic on long strings, too slow for the 10 MB/s ingest target (see ingest.bench in the report).
 *
 * @example
 * splitSentences('Mr. Putin landed. He met Xi.') // [{ start: 0, end: 17, paragraph: 0 }, { start: 18, end: 28, paragraph: 0 }]
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
  const block = text.slice(from, to);
  const re = new RegExp(BOUNDARY.source, 'g');
  let sentenceStart = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(block))) {
    const spaceStart = m.index + m[0].length - (m[1]?.length ?? 0);
    const next = m.index + m[0].length;
    if (next >= block.length) break;
    if (isBoundary(block, m.index, next)) {
      pushTrimmed(text, from + sentenceStart, from + spaceStart, paragraph, out);
      sentenceStart = next;
    }
  }
  pushTrimmed(text, from + sentenceStart, to, paragraph, out);
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

const OPENING = new Set(['"', "'", '\u2018', '\u201c', '(', '[']);

/** Decides whether the terminator at `term` (followed by text at `next`) ends a sentence. */
function isBoundary(block: string, term: number, next: number): boolean {
  const c = block.charCodeAt(next);
  // Like UAX #29 SB8/SB8a: a lower-case word or a continuing punctuation mark keeps the sentence.
  if (c >= 97 && c <= 122) return false;
  if (c === 44 || c === 59 || c === 58 || c === 45 || c === 0x2013 || c === 0x2014) return false;
  if (c > 127 && LOWER.test(block[next] ?? '')) return false;
  if (block.charCodeAt(term) !== 46) return true;
  // The word that carries the period. Abbreviations are short: a long word ends the sentence.
  let wordStart = term;
  while (wordStart > 0 && !isSpace(block.charCodeAt(wordStart - 1))) {
    if (term - wordStart > 12) return true;
    wordStart--;
  }
  while (wordStart < term && OPENING.has(block[wordStart]!)) wordStart++;
  const word = block.slice(wordStart, term + 1);
  if (word.endsWith('..')) return true; // an ellipsis written as dots
  const bare = word.slice(0, -1).toLowerCase();
  if (NEVER_FINAL.has(bare)) return false;
  let wordNext = next;
  while (wordNext < block.length && OPENING.has(block[wordNext]!)) wordNext++;
  const nextFirst = block[wordNext] ?? '';
  if (DIGIT.test(nextFirst) && (MONTHS.has(bare) || BEFORE_NUMBER.has(bare))) return false;
  if (!UPPER.test(nextFirst)) return true;
  // An initial: "V." in "Vladimir V. Putin", "R." in "J. R. R. Tolkien".
  if (word.length === 2 && UPPER.test(word[0]!)) return false;
  // A dotted acronym ("U.S.", "U.N.") before a capitalised word is usually part of a name.
  if (/^(?:\p{L}\.){2,}$/u.test(word)) {
    const nextWord = /^[\p{L}']+/u.exec(block.slice(wordNext, wordNext + 30))?.[0] ?? '';
    return SENTENCE_OPENERS.has(nextWord.toLowerCase());
  }
  return true;
}
