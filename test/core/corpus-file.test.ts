import { describe, expect, it } from 'vitest';
import {
  corpusToFile,
  HEAD_LINE_START,
  readHeadLine,
  readTextsLine,
  splitCorpus,
} from '../../src/core/corpus-file';
import { generateCorpus } from '../../src/core/synthetic';
import type { Corpus } from '../../src/core/types';
import { validateCorpus, validateCorpusHead, validateCorpusTexts } from '../../src/core/validate';

/** A corpus as JSON gives it back (no undefined fields). */
const asJson = (value: unknown): Corpus => JSON.parse(JSON.stringify(value)) as Corpus;

/** A version 2 file cut where a progressive reader cuts it: the head line, and the rest. */
function lines(file: string): [string, string] {
  const at = file.indexOf('\n');
  return [file.slice(0, at), file.slice(at + 1)];
}

/** The head line read and checked, as the app does before drawing. */
function head(file: string) {
  const checked = validateCorpusHead(readHeadLine(lines(file)[0]));
  if (!checked.corpus) throw new Error(checked.errors.join('; '));
  return { ...checked, corpus: checked.corpus };
}

const corpus = asJson(generateCorpus({ events: 60, seed: 11 }));

describe('corpusToFile(corpus): version 2, head then texts', () => {
  it('is one JSON document that reads back, whole, as the same corpus', () => {
    const file = corpusToFile(corpus);
    const json = JSON.parse(file) as { format: string; version: number };
    expect([json.format, json.version]).toEqual(['dateline-corpus', 2]);
    const read = validateCorpus(json);
    expect(read.errors).toEqual([]);
    expect(read.corpus).toEqual(corpus);
  });

  it('puts the head on the first line, without a character of any article text', () => {
    const [first, rest] = lines(corpusToFile(corpus));
    expect(first.startsWith(HEAD_LINE_START)).toBe(true);
    const { head: h } = readHeadLine(first) as { head: { articles: object[]; timexes?: unknown } };
    expect(h.articles.filter((a) => 'text' in a || 'sentences' in a || 'paragraphs' in a)).toEqual([]);
    expect(h.timexes).toBeUndefined();
    for (const a of corpus.articles) expect(rest.includes(JSON.stringify(a.text))).toBe(true);
  });

  it('read a line at a time: the head draws the events, and the texts join it into the same corpus', () => {
    const file = corpusToFile(corpus);
    const checked = head(file);
    expect(checked.errors).toEqual([]);
    expect(checked.corpus.events).toEqual(corpus.events);
    expect(checked.corpus.clusters).toEqual(corpus.clusters);
    expect(checked.corpus.articles.map((a) => [a.id, a.title, a.text])).toEqual(
      corpus.articles.map((a) => [a.id, a.title, '']),
    );
    const joined = validateCorpusTexts(checked, readTextsLine(lines(file)[1]));
    expect(joined.errors).toEqual([]);
    expect(joined.missing.size).toBe(0);
    expect(joined.corpus).toEqual(corpus);
    // What was drawn stays drawn: the head's events are the joined corpus's, not a copy.
    expect(joined.corpus.events).toBe(checked.corpus.events);
  });

  it('splits losing nothing: every field of every article is in the head or the texts', () => {
    const { head: h, texts } = splitCorpus(corpus);
    corpus.articles.forEach((a, i) => {
      const { length, ...meta } = h.articles[i]!;
      expect(length).toBe(a.text.length);
      expect({ ...meta, ...texts.articles[i] }).toEqual(a);
    });
  });
});

describe('reading the version 1 file (the Corpus object itself)', () => {
  it.each([
    ['minified', JSON.stringify(corpus)],
    ['indented, as "Export corpus" wrote it', JSON.stringify(corpus, null, 1)],
  ])('%s: is no head line, and reads whole as before', (_, file) => {
    expect(readHeadLine(lines(`${file}\n`)[0])).toBeNull();
    const read = validateCorpus(JSON.parse(file));
    expect(read.errors).toEqual([]);
    expect(read.corpus).toEqual(corpus);
  });

  it('a version 2 file laid out otherwise (reformatted by a tool) is no head line, and reads whole', () => {
    const reformatted = JSON.stringify(JSON.parse(corpusToFile(corpus)), null, 2);
    expect(readHeadLine(lines(reformatted)[0])).toBeNull();
    expect(validateCorpus(JSON.parse(reformatted)).corpus).toEqual(corpus);
  });
});

describe('a bad version 2 file says what is wrong', () => {
  const file = corpusToFile(corpus);
  const [first, rest] = lines(file);
  const texts = () => readTextsLine(rest) as { articles: { id: string; text: string }[]; timexes: unknown[] };

  it.each([
    [{ format: 'dateline-corpus', version: 2 }, 'corpus has no "head" object'],
    [{ format: 'dateline-corpus', version: 2, head: { events: [] } }, 'corpus head has no "articles" array'],
    [
      { format: 'dateline-corpus', version: 3, head: {} },
      'unsupported corpus version 3: this app reads versions 1 and 2 (the file is newer; update the app)',
    ],
  ])('head %j is refused', (json, message) => {
    const checked = validateCorpusHead(json);
    expect(checked.corpus).toBeNull();
    expect(checked.errors).toEqual([message]);
  });

  it('a whole file without its texts is refused', () => {
    const json = JSON.parse(file) as Record<string, unknown>;
    delete json.texts;
    expect(validateCorpus(json)).toEqual({
      corpus: null,
      errors: ['corpus has no "texts" object with an "articles" array'],
    });
  });

  it('a head article without the length of its text is dropped, with its events, and said', () => {
    const json = readHeadLine(first) as { head: { articles: Record<string, unknown>[] } };
    const id = json.head.articles[0]!.id as string;
    delete json.head.articles[0]!.length;
    const checked = validateCorpusHead(json);
    expect(checked.errors[0]).toBe(`dropped article #0 (${id}): missing the length of its text`);
    expect(checked.corpus!.events.some((e) => e.articleId === id)).toBe(false);
  });

  it('a text of another length than the head says is not joined: the article says why, its events stay', () => {
    const t = texts();
    const { id, text } = t.articles[1]!;
    t.articles[1]!.text = text.slice(1);
    const joined = validateCorpusTexts(head(file), t);
    expect(joined.missing.get(id)).toBe(
      `text of ${text.length - 1} characters where the head says ${text.length}`,
    );
    expect(joined.errors).toContain(
      `dropped text #1 (${id}): text of ${text.length - 1} characters where the head says ${text.length}`,
    );
    expect(joined.corpus.articles[1]!.text).toBe('');
    expect(joined.corpus.events.filter((e) => e.articleId === id).length).toBeGreaterThan(0);
    // Its timexes cannot be placed without its text.
    expect(joined.corpus.timexes.some((x) => x.articleId === id)).toBe(false);
  });

  it('a missing text is said, per article; a text of no article of the head is dropped', () => {
    const t = texts();
    const gone = t.articles.shift()!;
    t.articles.push({ ...gone, id: 'no-such-article' });
    const joined = validateCorpusTexts(head(file), t);
    expect(joined.missing.get(gone.id)).toBe('no text in the file');
    expect(joined.errors[0]).toMatch(/^dropped text #\d+ \(no-such-article\): unknown article$/);
  });

  it('read whole, an article whose text does not fit its head is dropped with its events', () => {
    const json = JSON.parse(file) as { texts: { articles: { id: string; text: string }[] } };
    const { id, text } = json.texts.articles[0]!;
    json.texts.articles[0]!.text = `${text}!`;
    const read = validateCorpus(json);
    expect(read.errors[0]).toBe(
      `dropped article #0 (${id}): text of ${text.length + 1} characters where the head says ${text.length}`,
    );
    expect(read.corpus!.articles.some((a) => a.id === id)).toBe(false);
    expect(read.corpus!.events.some((e) => e.articleId === id)).toBe(false);
  });

  it.each([
    ['cut short', rest.slice(0, rest.length / 2), /the file ends before its texts do/],
    ['cut short at a brace', rest.slice(0, rest.lastIndexOf('}', rest.length / 2) + 1), /JSON/],
    ['something else after the head', '{"articles": []}', /should start with "texts":/],
    ['more after the texts', `${rest.trimEnd().slice(0, -1)},"extra":1}`, /JSON/],
  ])('texts %s: readTextsLine throws a SyntaxError saying so', (_, line, message) => {
    expect(() => readTextsLine(line)).toThrow(SyntaxError);
    expect(() => readTextsLine(line)).toThrow(message);
  });

  it('a head line that is not JSON throws a SyntaxError', () => {
    expect(() => readHeadLine(`${first.slice(0, 200)},`)).toThrow(SyntaxError);
  });
});
