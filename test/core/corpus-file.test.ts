import { describe, expect, it } from 'vitest';
import {
  corpusToFile,
  HEAD_LINE_START,
  readHeadLine,
  readTextsLine,
  splitCorpus,
} from '../../src/core/corpus-file';
import { eventOrder, groupStories, sortEvents, storiesByPosition } from '../../src/core/query';
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

describe('corpusToFile(corpus): version 3, head then texts', () => {
  it.each([3, 2] as const)(
    'version %i is one JSON document that reads back, whole, as the same corpus',
    (v) => {
      const file = corpusToFile(corpus, v);
      const json = JSON.parse(file) as { format: string; version: number };
      expect([json.format, json.version]).toEqual(['dateline-corpus', v]);
      const read = validateCorpus(json);
      expect(read.errors).toEqual([]);
      expect(read.corpus).toEqual(corpus);
    },
  );

  it('puts the head on the first line, without a character of any article text', () => {
    const [first, rest] = lines(corpusToFile(corpus));
    expect(first.startsWith(HEAD_LINE_START)).toBe(true);
    const { head: h } = readHeadLine(first) as { head: { articles: object[]; timexes?: unknown } };
    expect(h.articles.filter((a) => 'text' in a || 'sentences' in a || 'paragraphs' in a)).toEqual([]);
    expect(h.timexes).toBeUndefined();
    for (const a of corpus.articles) expect(rest.includes(JSON.stringify(a.text))).toBe(true);
  });

  it.each([3, 2] as const)(
    'version %i read a line at a time: the head draws the events, and the texts join it into the same corpus',
    (v) => {
      const file = corpusToFile(corpus, v);
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
    },
  );

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

describe('a bad version 2 or 3 file says what is wrong', () => {
  const file = corpusToFile(corpus);
  const [first, rest] = lines(file);
  const texts = () => readTextsLine(rest) as { articles: { id: string; text: string }[]; timexes: unknown[] };

  it.each([
    [{ format: 'dateline-corpus', version: 2 }, 'corpus has no "head" object'],
    [{ format: 'dateline-corpus', version: 2, head: { events: [] } }, 'corpus head has no "articles" array'],
    [
      { format: 'dateline-corpus', version: 4, head: {} },
      'unsupported corpus version 4: this app reads versions 1, 2 and 3 (the file is newer; update the app)',
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

describe('version 3: the head in tables', () => {
  type Table = Record<string, unknown> & { rows: number };
  const file = corpusToFile(corpus);
  const [first, rest] = lines(file);
  const headJson = () => readHeadLine(first) as { head: Record<string, unknown> & { events: Table } };

  it('gives each key of the events and clusters once, and their shared strings once: the head line is about half of version 2 even for 60 events', () => {
    const { head: h } = headJson();
    expect(h.events.rows).toBe(corpus.events.length);
    expect((h.clusters as Table).rows).toBe(corpus.clusters.length);
    const events = JSON.stringify(h.events);
    expect(events.match(/"granularity"/g)).toHaveLength(1);
    // Values are positions in the shared strings, each string written once.
    expect(events).not.toMatch(/"(DATE|day|month)"/);
    expect((h.strings as string[]).filter((x) => x === 'DATE')).toEqual(['DATE']);
    expect(first.length).toBeLessThan(lines(corpusToFile(corpus, 2))[0].length * 0.6);
    // The texts' mentions are a table too.
    expect(rest.match(/"actorId"/g)).toHaveLength(1);
  });

  it('gives the events in drawing order: the head read back keeps every event, and its order is eventOrder', () => {
    const checked = head(file);
    expect(checked.corpus.events).toEqual(corpus.events);
    expect(checked.order).toEqual(eventOrder(corpus.events));
  });

  it.each<[string, (order: number[]) => unknown]>([
    ['an order of another length', (o) => o.slice(1)],
    ['an order that is not the sort', (o) => [...o].reverse()],
    ['no order (a file written before it)', () => undefined],
  ])('a head with %s reads the same events, to be sorted on the page', (_, damage) => {
    const json = headJson();
    const events = json.head.events as Table & { order?: number[] };
    events.order = damage(events.order!) as number[] | undefined;
    const checked = validateCorpusHead(json);
    expect(checked.corpus!.events).toEqual(corpus.events);
    expect(checked.errors).toEqual([]);
    expect(checked.order).toBeUndefined();
  });

  it('a head that drops a row gives no order (the rows moved) and no clusters by position', () => {
    const json = headJson();
    (json.head.events.type as number[])[3] = 9999;
    const checked = validateCorpusHead(json);
    expect(checked.corpus!.events).toHaveLength(corpus.events.length - 1);
    expect(checked.order).toBeUndefined();
    expect(checked.clusterEvents).toBeUndefined();
  });

  it("gives each cluster's events by position, which group into the stories groupStories finds", () => {
    const checked = head(file);
    const { events, clusters } = checked.corpus;
    expect(checked.clusterEvents).toEqual({
      count: clusters.map((c) => c.events.length),
      positions: clusters.flatMap((c) => c.events.map((id) => events.findIndex((e) => e.id === id))),
    });
    const stories = storiesByPosition(events, checked.order!.order, clusters, checked.clusterEvents!);
    expect(stories).toEqual(groupStories(sortEvents(events), new Map(clusters.map((c) => [c.id, c]))));
  });

  it('a cluster row written whole gives no clusters by position', () => {
    const odd = asJson({
      ...corpus,
      clusters: corpus.clusters.map((c, i) => (i === 0 ? { ...c, label: 'kept' } : c)),
    });
    const checked = head(corpusToFile(odd));
    expect(checked.order).toBeDefined();
    expect(checked.clusterEvents).toBeUndefined();
  });

  it('a row the columns cannot hold exactly is written whole and reads back the same', () => {
    const odd = asJson({
      ...corpus,
      events: corpus.events.map((e, i) =>
        i === 0
          ? { ...e, note: 'a field the columns do not know' }
          : i === 1
            ? { ...e, timex: { ...e.timex, id: 'made-by-hand', text: 'not the sentence text' } }
            : e,
      ),
      clusters: corpus.clusters.map((c, i) => (i === 0 ? { ...c, label: 'kept' } : c)),
      mentions: corpus.mentions.map((m, i) => (i === 0 ? { ...m, text: 'not the article text' } : m)),
    });
    const read = validateCorpus(JSON.parse(corpusToFile(odd)));
    expect(read.corpus).toEqual(odd);
    const checked = head(corpusToFile(odd));
    expect(checked.corpus.events.slice(0, 2)).toEqual(odd.events.slice(0, 2));
  });

  it('a bad reference in one row drops that event alone, and says why', () => {
    const json = headJson();
    (json.head.events.type as number[])[3] = 9999;
    const checked = validateCorpusHead(json);
    expect(checked.errors).toEqual([
      `dropped event #3 (${corpus.events[3]!.id}): type is neither DATE nor TIME`,
    ]);
    expect(checked.corpus!.events).toEqual(corpus.events.filter((_, i) => i !== 3));
    const dropped = corpus.events[3]!.id;
    expect(checked.corpus!.clusters.flatMap((c) => c.events)).toEqual(
      corpus.clusters.flatMap((c) => c.events).filter((id) => id !== dropped),
    );
  });

  // Each cell the columns check at once, damaged in one row: that row alone is dropped, with the
  // reason the checks give a version 2 row.
  const sentenceEnd = corpus.articles.find((a) => a.id === corpus.events[3]!.articleId)!.text.length + 1;
  it.each([
    ['an id that is not a string', ['id'], 7, 'missing id'],
    ['an article no row has', ['articleId'], 'no-such-article', 'unknown article'],
    ['a value that points at no string', ['value'], 9999, 'missing value, start or end'],
    ['a granularity that is none', ['granularity'], 'DATE', 'unknown granularity'],
    ['a sentence past its article', ['sentence', 'end'], sentenceEnd, 'sentence outside its article'],
    ['a sentence text that is not a string', ['sentence', 'text'], 5, 'sentence outside its article'],
    ['a timex start that is not a number', ['timex', 'start'], 'x', 'timex outside its article'],
    ['an actor list that is none', ['actors'], 9999, 'missing actors, topics or cluster'],
    ['a topic list that is none', ['topics'], 9999, 'missing actors, topics or cluster'],
    ['a cluster no row has a position for', ['cluster'], 9999, 'missing actors, topics or cluster'],
  ])('%s drops that event alone, and says why', (_, path, cell, why) => {
    const json = headJson();
    const strings = json.head.strings as string[];
    let column = json.head.events as Record<string, unknown>;
    for (const k of path.slice(0, -1)) column = column[k] as Record<string, unknown>;
    // A string names a shared string where the column holds positions in them.
    const positions = ['granularity'].includes(path[0]!);
    (column[path.at(-1)!] as unknown[])[3] = positions ? strings.indexOf(cell as string) : cell;
    const checked = validateCorpusHead(json);
    const id = path[0] === 'id' ? '' : ` (${corpus.events[3]!.id})`;
    // (An id that is not a string also leaves its cluster with one, said after it.)
    expect(checked.errors[0]).toBe(`dropped event #3${id}: ${why}`);
    expect(checked.errors).toHaveLength(path[0] === 'id' ? 2 : 1);
    expect(checked.corpus!.events).toEqual(corpus.events.filter((_, i) => i !== 3));
  });

  // Clusters name their events by the rows' positions in version 3, by id in version 2: however a
  // cluster or an event is damaged, both read back the same stories, with the same problems.
  it.each([
    ['nothing damaged', (c: Corpus) => c],
    [
      'a cluster naming an event no row has, one naming none it knows, one written whole',
      (c: Corpus) => ({
        ...c,
        clusters: c.clusters.map((k, i) =>
          i === 0
            ? { ...k, events: [...k.events, 'e-no-such-event'] }
            : i === 1
              ? { ...k, events: ['e-gone'] }
              : i === 2
                ? { ...k, label: 'a field the columns do not know' }
                : k,
        ),
      }),
    ],
    [
      'an event dropped, an event of no cluster, a cluster id given twice',
      (c: Corpus) => ({
        ...c,
        events: c.events.map((e, i) =>
          i === 3 ? { ...e, type: 'DURATION' } : i === 5 ? { ...e, cluster: 'c-no-such-cluster' } : e,
        ) as Corpus['events'],
        clusters: c.clusters.map((k, i) => (i === 4 ? { ...k, id: c.clusters[6]!.id } : k)),
      }),
    ],
  ])('%s: version 3 reads the stories as version 2 does', (_, damage) => {
    const damaged = asJson(damage(corpus));
    const read = (version: 2 | 3) =>
      validateCorpusHead(readHeadLine(lines(corpusToFile(damaged, version))[0]));
    const [two, three] = [read(2), read(3)];
    expect(three.errors).toEqual(two.errors);
    expect(three.corpus!.events).toEqual(two.corpus!.events);
    expect(three.corpus!.clusters).toEqual(two.corpus!.clusters);
  });

  it('a row written whole is checked as any row is', () => {
    const json = headJson();
    json.head.events.whole = { 3: { ...corpus.events[3], type: 'DURATION' }, 4: corpus.events[4] };
    const checked = validateCorpusHead(json);
    expect(checked.errors).toEqual([
      `dropped event #3 (${corpus.events[3]!.id}): type is neither DATE nor TIME`,
    ]);
    expect(checked.corpus!.events).toEqual(corpus.events.filter((_, i) => i !== 3));
  });

  it.each([
    [
      'a column of the wrong length',
      (h: Record<string, unknown> & { events: Table }) => (h.events.value as unknown[]).pop(),
      `"events" table: "value" is not a list of ${corpus.events.length} items`,
    ],
    [
      'events that are not a table',
      (h: Record<string, unknown>) => (h.events = []),
      '"events" is not a table; ignored',
    ],
    [
      'shared strings that are not strings',
      (h: Record<string, unknown>) => (h.strings = [1]),
      '"strings" is not a list of strings; the values the tables share are missing',
    ],
  ])('%s is said first, and the articles, actors and topics still load', (_, damage, message) => {
    const json = headJson();
    damage(json.head);
    const checked = validateCorpusHead(json);
    expect(checked.errors[0]).toBe(message);
    expect(checked.corpus!.articles.map((a) => a.id)).toEqual(corpus.articles.map((a) => a.id));
    expect(checked.corpus!.actors).toEqual(corpus.actors);
    expect(checked.corpus!.topics).toEqual(corpus.topics);
  });

  it('a mention naming no actor is dropped alone when the texts join, and said', () => {
    const texts = readTextsLine(rest) as { mentions: Table };
    (texts.mentions.actorId as number[])[2] = 9999;
    const joined = validateCorpusTexts(head(file), texts);
    expect(joined.errors).toEqual(['dropped mention #2: unknown actor']);
    expect(joined.corpus.mentions).toEqual(corpus.mentions.filter((_, i) => i !== 2));
  });
});
