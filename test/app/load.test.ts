import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchCorpus, LoadError, parseFiles } from '../../src/app/load';
import { corpusToFile } from '../../src/core/corpus-file';
import { groupStories, sortEventsWithSpan } from '../../src/core/query';
import { generateCorpus } from '../../src/core/synthetic';
import type { Corpus } from '../../src/core/types';

type Holder = {
  __corpusPrefetch?: { url: string; response: Promise<Response>; body?: Promise<Blob> };
};
const holder = globalThis as Holder;
const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

describe('fetchCorpus(url) with a response prefetched by index.html', () => {
  afterEach(() => {
    delete holder.__corpusPrefetch;
    vi.unstubAllGlobals();
  });

  it('takes the prefetched response for the same address, once', async () => {
    const corpus = generateCorpus({ events: 20, seed: 3 });
    holder.__corpusPrefetch = { url: './c.json', response: Promise.resolve(json(corpus)) };
    const fetchSpy = vi.fn(async () => json({ format: 'not-a-corpus' }));
    vi.stubGlobal('fetch', fetchSpy);

    const loaded = await fetchCorpus('./c.json');
    expect(loaded.corpus.events).toHaveLength(corpus.events.length);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(holder.__corpusPrefetch).toBeUndefined();

    // A second load (after the prefetch was used) fetches again.
    await expect(fetchCorpus('./c.json')).rejects.toThrow(/could not be used/);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it('fetches itself when the prefetch was for another address', async () => {
    const corpus = generateCorpus({ events: 5, seed: 4 });
    holder.__corpusPrefetch = { url: './other.json', response: Promise.reject(new Error('never used')) };
    holder.__corpusPrefetch.response.catch(() => undefined);
    const fetchSpy = vi.fn(async () => json(corpus));
    vi.stubGlobal('fetch', fetchSpy);

    const loaded = await fetchCorpus('./c.json');
    expect(loaded.corpus.events).toHaveLength(corpus.events.length);
    expect(fetchSpy).toHaveBeenCalledWith('./c.json');
    expect(holder.__corpusPrefetch?.url).toBe('./other.json');
  });

  it('reads the body index.html already read into a Blob', async () => {
    const corpus = generateCorpus({ events: 12, seed: 5 });
    const response = json({ format: 'not-a-corpus' });
    await response.text(); // index.html took the body: the response's own can no longer be read
    holder.__corpusPrefetch = {
      url: './c.json',
      response: Promise.resolve(response),
      body: Promise.resolve(new Blob([JSON.stringify(corpus)])),
    };
    const loaded = await fetchCorpus('./c.json');
    expect(loaded.corpus.events.map((e) => e.id)).toEqual(corpus.events.map((e) => e.id));
  });

  it('marks when the corpus was read, parsed and checked, in that order (User Timing)', async () => {
    performance.clearMarks();
    const corpus = generateCorpus({ events: 8, seed: 6 });
    holder.__corpusPrefetch = {
      url: './c.json',
      response: Promise.resolve(json({})),
      body: Promise.resolve(new Blob([JSON.stringify(corpus)])),
    };
    await fetchCorpus('./c.json');
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('dateline:'));
    expect(marks.map((m) => m.name)).toEqual([
      'dateline:corpus-read',
      'dateline:corpus-parsed',
      'dateline:corpus-checked',
    ]);
  });

  it.each([
    ['text that is not JSON', () => Promise.resolve(new Blob(['{"format": "dateline-corpus",']))],
    ['a body that failed to download', () => Promise.reject(new TypeError('network error'))],
  ])('reports %s in the prefetched body as a clear load error', async (_, read) => {
    const body = read();
    body.catch(() => undefined);
    holder.__corpusPrefetch = { url: './c.json', response: Promise.resolve(json({})), body };
    await expect(fetchCorpus('./c.json')).rejects.toThrow(
      /^The file at \.\/c\.json is not valid JSON \(.+\)\.$/,
    );
  });

  it('reports a failed prefetch as a clear load error', async () => {
    holder.__corpusPrefetch = { url: './c.json', response: Promise.reject(new TypeError('Failed to fetch')) };
    await expect(fetchCorpus('./c.json')).rejects.toThrow(
      /Could not fetch the corpus at \.\/c\.json: Failed to fetch/,
    );
  });
});

describe.each([3, 2] as const)('fetchCorpus(url) of a version %i file (head, then texts)', (version) => {
  afterEach(() => delete holder.__corpusPrefetch);

  const corpus = JSON.parse(JSON.stringify(generateCorpus({ events: 40, seed: 9 }))) as Corpus;
  const prefetch = (file: string) => {
    holder.__corpusPrefetch = {
      url: './c.json',
      response: Promise.resolve(json({})),
      body: Promise.resolve(new Blob([file])),
    };
  };
  const names = () =>
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('dateline:'))
      .map((m) => m.name.slice('dateline:'.length));

  it('gives the head (every event, the articles without their texts) before reading the texts, then the whole corpus', async () => {
    performance.clearMarks();
    prefetch(corpusToFile(corpus, version));
    const loaded = await fetchCorpus('./c.json');
    expect(loaded.corpus.events).toEqual(corpus.events);
    expect(loaded.corpus.articles.map((a) => a.text)).toEqual(corpus.articles.map(() => ''));
    expect(loaded.warnings).toEqual([]);
    // The texts are not read until asked for.
    expect(names()).toEqual(['corpus-read', 'corpus-parsed', 'corpus-checked']);
    const texts = await loaded.texts!();
    expect(texts.corpus).toEqual(corpus);
    expect(texts.missing.size).toBe(0);
    expect(texts.corpus.events).toBe(loaded.corpus.events);
    expect(names()).toEqual([
      'corpus-read',
      'corpus-parsed',
      'corpus-checked',
      'texts-parsed',
      'texts-checked',
    ]);
  });

  it.runIf(version === 3)(
    'groups the stories of the head from its columns: the same answer for any map of its clusters',
    async () => {
      prefetch(corpusToFile(corpus, version));
      const { corpus: head } = await fetchCorpus('./c.json');
      const sorted = sortEventsWithSpan(head.events).sorted;
      const mapOf = () => new Map(head.clusters.map((c) => [c.id, c]));
      const stories = groupStories(sorted, mapOf());
      // Grouped by the page, each map would get its own answer.
      expect(groupStories(sorted, mapOf())).toBe(stories);
      expect(stories).toEqual(groupStories([...sorted], mapOf()));
    },
  );

  it('reads such a file reformatted by a tool whole, as version 1 is read', async () => {
    prefetch(JSON.stringify(JSON.parse(corpusToFile(corpus, version)), null, 2));
    const loaded = await fetchCorpus('./c.json');
    expect(loaded.texts).toBeUndefined();
    expect(loaded.corpus).toEqual(corpus);
  });

  it('a head that is not JSON is a clear load error', async () => {
    const file = corpusToFile(corpus, version);
    const line = file.indexOf('\n');
    prefetch(`${file.slice(0, line - 100)}${' '.repeat(100)}${file.slice(line)}`);
    await expect(fetchCorpus('./c.json')).rejects.toThrow(
      /^The file at \.\/c\.json is not valid JSON \(.+\)\.$/,
    );
  });

  it('texts cut short: the head loads, and reading the texts is a clear load error', async () => {
    prefetch(corpusToFile(corpus, version).slice(0, -500));
    const loaded = await fetchCorpus('./c.json');
    expect(loaded.corpus.events).toHaveLength(corpus.events.length);
    const error = await loaded.texts!().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as Error).message).toMatch(
      /^The article texts in the file at \.\/c\.json could not be read \(.+\); the events are shown without them\.$/,
    );
  });

  it('a text that does not fit its head: the article is named as missing its text, and the reader is told', async () => {
    const file = JSON.parse(corpusToFile(corpus, version)) as {
      texts: { articles: { id: string; text: string }[] };
    };
    const { id } = file.texts.articles[2]!;
    file.texts.articles[2]!.text += ' More.';
    prefetch(corpusToFile(corpus, version).split('\n')[0] + `\n"texts":${JSON.stringify(file.texts)}}\n`);
    const texts = await (await fetchCorpus('./c.json')).texts!();
    expect(texts.missing.get(id)).toMatch(/^text of \d+ characters where the head says \d+$/);
    expect(texts.warnings).toEqual([
      expect.stringMatching(
        new RegExp(`^The article texts loaded with \\d+ problems: dropped text #2 \\(${id}\\): text of`),
      ),
    ]);
  });
});

describe('fetchCorpus(url) of a damaged version 3 file', () => {
  afterEach(() => delete holder.__corpusPrefetch);

  it('loads the rows it can read and tells the reader which it dropped and why', async () => {
    const corpus = JSON.parse(JSON.stringify(generateCorpus({ events: 20, seed: 4 }))) as Corpus;
    const file = corpusToFile(corpus);
    // The fifth event's granularity points past the shared strings: that row alone is damaged.
    const damaged = file.replace(/("granularity":\[(?:\d+,){4})\d+/, '$199999');
    expect(damaged).not.toBe(file);
    holder.__corpusPrefetch = {
      url: './c.json',
      response: Promise.resolve(json({})),
      body: Promise.resolve(new Blob([damaged])),
    };
    const loaded = await fetchCorpus('./c.json');
    expect(loaded.corpus.events.map((e) => e.id)).toEqual(
      corpus.events.filter((_, i) => i !== 4).map((e) => e.id),
    );
    expect(loaded.warnings).toEqual([
      `The corpus loaded with 1 problem: dropped event #4 (${corpus.events[4]!.id}): unknown granularity`,
    ]);
  });
});

describe('parseFiles(request, signal) cancelled', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('terminates its worker and rejects with the AbortError, without parsing on the main thread instead', async () => {
    const workers: { terminated: boolean; posted: number }[] = [];
    vi.stubGlobal(
      'Worker',
      class {
        state = { terminated: false, posted: 0 };
        constructor() {
          workers.push(this.state);
        }
        postMessage() {
          this.state.posted++;
        }
        terminate() {
          this.state.terminated = true;
        }
      },
    );
    const controller = new AbortController();
    const parsing = parseFiles(
      {
        files: [{ name: 'a.txt', text: 'The mill closed on Friday.' }],
        manifest: { articles: [] },
        corrections: [],
      },
      controller.signal,
    );
    expect(workers).toEqual([{ terminated: false, posted: 1 }]);
    controller.abort();
    await expect(parsing).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers).toEqual([{ terminated: true, posted: 1 }]);
  });

  it('does not start when the signal is already aborted', async () => {
    await expect(
      parseFiles({ files: [], manifest: { articles: [] }, corrections: [] }, AbortSignal.abort()),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
