import { headToTables, textsToTables } from './corpus-tables';
import { CORPUS_FILE_VERSION, CORPUS_FORMAT, CORPUS_SPLIT_VERSION, type Article, type Corpus } from './types';

/** The versions of the file in two parts, head then texts: 2, and 3 (its head in tables). */
type SplitVersion = typeof CORPUS_SPLIT_VERSION | typeof CORPUS_FILE_VERSION;

/**
 * What a version 2 or 3 file's first line starts with, byte for byte, when it is laid out to be
 * read in parts: then `headBytes` (the first line's length in UTF-8 bytes, its line break
 * included) and the head.
 */
const headLineStart = (version: SplitVersion) =>
  `{"format":"${CORPUS_FORMAT}","version":${version},"headBytes":`;
/** The first line's start of the file written now (version 3). */
export const HEAD_LINE_START = headLineStart(CORPUS_FILE_VERSION);
const HEAD_LINE = new RegExp(
  `^\\{"format":"${CORPUS_FORMAT}","version":(${CORPUS_SPLIT_VERSION}|${CORPUS_FILE_VERSION}),"headBytes":(\\d{1,15}),"head":`,
);
const TEXTS_LINE_START = '"texts":';

/** An article in a corpus head: everything but its text, paragraphs and sentences, and the text's length. */
export type ArticleHead = Omit<Article, 'text' | 'paragraphs' | 'sentences'> & { length: number };

/** An article's part of a corpus file's texts. */
export type ArticleText = Pick<Article, 'id' | 'text' | 'paragraphs' | 'sentences'>;

export type CorpusHead = Omit<Corpus, 'format' | 'version' | 'articles' | 'timexes' | 'mentions'> & {
  articles: ArticleHead[];
};
export type CorpusTexts = Pick<Corpus, 'timexes' | 'mentions'> & { articles: ArticleText[] };

/** A corpus split into its head and its texts, losing nothing: joined again they are the corpus. */
export function splitCorpus(corpus: Corpus): { head: CorpusHead; texts: CorpusTexts } {
  const heads: ArticleHead[] = [];
  const texts: ArticleText[] = [];
  for (const { text, paragraphs, sentences, ...rest } of corpus.articles) {
    heads.push({ ...rest, length: text.length });
    texts.push({ id: rest.id, text, paragraphs, sentences });
  }
  return {
    head: {
      articles: heads,
      events: corpus.events,
      actors: corpus.actors,
      topics: corpus.topics,
      clusters: corpus.clusters,
      corrections: corpus.corrections,
      warnings: corpus.warnings,
    },
    texts: { articles: texts, timexes: corpus.timexes, mentions: corpus.mentions },
  };
}

/**
 * A corpus as a version 3 file: one JSON object, `{"format", "version": 3, "head", "texts"}`, laid
 * out on two lines: the format, version and head (its events and clusters in tables, see
 * corpus-tables.ts) on the first, the texts on the second. Any JSON reader reads it whole; the app
 * draws the timeline and the list from the first line while the second is still to be read
 * (headLineBytes, readHeadLine, readTextsLine). `version` 2 writes the head's rows as objects, as
 * the app did before (for the tests that read such files).
 *
 * @example corpusToFile(corpus).split('\n')[0].startsWith(HEAD_LINE_START) // true
 */
export function corpusToFile(corpus: Corpus, version: SplitVersion = CORPUS_FILE_VERSION): string {
  const { head, texts } = splitCorpus(corpus);
  const tables = version === CORPUS_FILE_VERSION;
  const start = headLineStart(version);
  const body = `,"head":${JSON.stringify(tables ? headToTables(head) : head)},\n`;
  // The line's length counts its own digits: settle them (twice at most).
  const rest = utf8Length(start) + utf8Length(body);
  let bytes = rest;
  while (bytes !== rest + String(bytes).length) bytes = rest + String(bytes).length;
  return `${start}${bytes}${body}${TEXTS_LINE_START}${JSON.stringify(tables ? textsToTables(texts) : texts)}}\n`;
}

/** Length in UTF-8 bytes. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4; // a surrogate pair: one code point of four bytes
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * The length in bytes of a version 2 or 3 file's first line, from the start of the file (the first
 * 80 bytes are enough), when the file is laid out by corpusToFile; null for any other file.
 *
 * @example headLineBytes('{"format":"dateline-corpus","version":3,"headBytes":5123,"head":{') // 5123
 */
export function headLineBytes(start: string): number | null {
  const m = HEAD_LINE.exec(start);
  return m ? Number(m[2]) : null;
}

/**
 * The first line of a corpus file as a document of its own (`{format, version, head}`) when it is
 * the head line of a version 2 or 3 file laid out by corpusToFile; null for anything else (a
 * version 1 file, or a file laid out otherwise: those are read whole). Throws a SyntaxError when
 * the line looks like a head line but is not JSON.
 */
export function readHeadLine(line: string): unknown {
  const trimmed = line.endsWith('\n') ? line.slice(0, -1) : line;
  const start = HEAD_LINE.exec(trimmed);
  if (!start || !trimmed.endsWith(',')) return null;
  // The head's own text, parsed where it lies: a slice of the line, where a copy joined to a
  // closing brace took V8 twice as long to parse.
  return {
    format: CORPUS_FORMAT,
    version: Number(start[1]),
    headBytes: Number(start[2]),
    head: JSON.parse(trimmed.slice(start[0].length, -1)) as unknown,
  };
}

/**
 * The rest of a version 2 or 3 file after its head line, `"texts":{...}}`, as the texts it holds.
 * Throws a SyntaxError, naming what was found, for anything else.
 */
export function readTextsLine(rest: string): unknown {
  const trimmed = rest.trimEnd();
  if (!trimmed.startsWith(TEXTS_LINE_START))
    throw new SyntaxError(
      `the line after the head should start with ${TEXTS_LINE_START}, found ${JSON.stringify(trimmed.slice(0, 20))}`,
    );
  if (!trimmed.endsWith('}')) throw new SyntaxError('the file ends before its texts do');
  return JSON.parse(trimmed.slice(TEXTS_LINE_START.length, -1)) as unknown;
}
