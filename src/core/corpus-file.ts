import { CORPUS_FILE_VERSION, CORPUS_FORMAT, type Article, type Corpus } from './types';

/** What a version 2 file's first line starts with, byte for byte, when it is laid out to be read progressively. */
export const HEAD_LINE_START = `{"format":"${CORPUS_FORMAT}","version":${CORPUS_FILE_VERSION},"head":`;
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
 * A corpus as a version 2 file: one JSON object, `{"format", "version": 2, "head", "texts"}`, laid
 * out on two lines: the format, version and head on the first, the texts on the second. Any JSON
 * reader reads it whole; the app draws the timeline and the list from the first line while the
 * second is still arriving (readHeadLine, readTextsLine).
 *
 * @example corpusToFile(corpus).split('\n')[0].startsWith(HEAD_LINE_START) // true
 */
export function corpusToFile(corpus: Corpus): string {
  const { head, texts } = splitCorpus(corpus);
  return `${HEAD_LINE_START}${JSON.stringify(head)},\n${TEXTS_LINE_START}${JSON.stringify(texts)}}\n`;
}

/**
 * The first line of a corpus file as a document of its own (`{format, version, head}`) when it is
 * the head line of a version 2 file laid out by corpusToFile; null for anything else (a version 1
 * file, or a version 2 file laid out otherwise: those are read whole). Throws a SyntaxError when
 * the line looks like a head line but is not JSON.
 */
export function readHeadLine(line: string): unknown {
  const trimmed = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (!trimmed.startsWith(HEAD_LINE_START) || !trimmed.endsWith(',')) return null;
  return JSON.parse(`${trimmed.slice(0, -1)}}`);
}

/**
 * The rest of a version 2 file after its head line, `"texts":{...}}`, as the texts it holds.
 * Throws a SyntaxError, naming what was found, for anything else.
 */
export function readTextsLine(rest: string): unknown {
  const trimmed = rest.trimEnd();
  if (!trimmed.startsWith(TEXTS_LINE_START))
    throw new SyntaxError(
      `the line after the head should start with ${TEXTS_LINE_START}, found ${JSON.stringify(trimmed.slice(0, 20))}`,
    );
  const doc = JSON.parse(`{${trimmed}`) as Record<string, unknown>;
  const keys = Object.keys(doc);
  if (keys.length !== 1)
    throw new SyntaxError(`unexpected ${keys.filter((k) => k !== 'texts').join(', ')} after the texts`);
  return doc.texts;
}
