import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFiles, type ParseMessage, type ParseRequest } from '../../src/app/load';
import { SLICE } from '../../src/app/transfer';
import { parseCorpus } from '../../src/core/pipeline';
import { sortEventsWithSpan } from '../../src/core/query';
import { generateNewsText } from '../../src/core/synthetic';

/** The worker's global scope, as parse.worker.ts sees it, run in this thread. */
const scope: {
  location: Location;
  onmessage?: (e: { data: ParseRequest }) => void;
  postMessage: (m: ParseMessage) => void;
} = { location: window.location, postMessage: (m) => deliver(m) };
let deliver: (m: ParseMessage) => void = () => undefined;

/** A Worker whose script is parse.worker.ts, run in this thread; it records what it posts. */
class InThreadWorker {
  static posted: ParseMessage[] = [];
  onmessage: ((e: { data: ParseMessage }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  postMessage(request: ParseRequest) {
    deliver = (m) => {
      InThreadWorker.posted.push(m);
      this.onmessage?.({ data: m });
    };
    setTimeout(() => scope.onmessage!({ data: request }), 0);
  }
  terminate() {}
}

describe('parseFiles(request) through the worker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('brings a large corpus to the page in slices, and puts it back together whole', async () => {
    vi.stubGlobal('self', scope);
    vi.stubGlobal('Worker', InThreadWorker);
    await import('../../src/app/parse.worker');
    const files = [{ name: 'feed.txt', text: generateNewsText({ chars: 150_000, seed: 3 }) }];
    const corpus = await parseFiles({ files, manifest: { articles: [] }, corrections: [] });

    expect(corpus).toEqual(parseCorpus(files, { articles: [] }, { corrections: [], published: null }));
    expect(corpus.events.length).toBeGreaterThan(SLICE);
    // No message holds more than a slice of any long list: the page copies each in one piece.
    const sizes = InThreadWorker.posted.flatMap((m) =>
      'slice' in m
        ? [m.slice.items.length]
        : 'ok' in m && m.ok
          ? [
              m.corpus.events,
              m.corpus.timexes,
              m.corpus.mentions,
              m.corpus.clusters,
              ...m.corpus.articles.flatMap((a): unknown[][] => [a.sentences, a.paragraphs]),
            ].map((list: unknown[]) => list.length)
          : [],
    );
    expect(Math.max(...sizes)).toBeLessThanOrEqual(SLICE);
    expect(InThreadWorker.posted.filter((m) => 'slice' in m).length).toBeGreaterThan(2);
    // The events' chronological order comes worked out, and the page's sort answers with it.
    const reply = InThreadWorker.posted.at(-1)!;
    expect('ok' in reply && reply.ok && reply.order?.order.length).toBe(corpus.events.length);
    const fresh = sortEventsWithSpan([...corpus.events]);
    expect(sortEventsWithSpan(corpus.events)).toEqual(fresh);
  }, 60_000);
});
