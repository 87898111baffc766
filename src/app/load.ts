import { rememberEventOrder, sortEventsWithSpan } from '../core/query/filter';
import { rememberStories, storiesByPosition } from '../core/query/stories';
import { headLineBytes, readHeadLine, readTextsLine } from '../core/corpus-file';
import { validateCorpus, validateCorpusHead, validateCorpusTexts, type CheckedHead } from '../core/validate';
import type { Corpus, Correction, Manifest, SourceFile } from '../core/types';
import { loadCorrections, type CoreOps } from '../state/store';
import { createCorpusAssembler, type CorpusSlice } from './transfer';

export type ParseRequest = {
  files: SourceFile[];
  manifest: Manifest;
  corrections: Correction[];
  /** A day for the articles the manifest does not date (see ParseOptions.published). */
  published?: string | null;
};
export type ParseResponse =
  | {
      ok: true;
      corpus: Corpus;
      /** The events' chronological order (`eventOrder`), worked out in the worker. */
      order?: { order: Int32Array; maxSpanMs: number };
    }
  | { ok: false; error: string };
/**
 * What the worker posts: the share of the parse done (0 to 1) as it goes, then the corpus's long
 * lists in slices, then its response (the corpus without what the slices carried).
 */
export type ParseMessage = ParseResponse | { progress: number } | { slice: CorpusSlice };

/**
 * A corpus loaded. `texts`, when there: the corpus is a version 2 file's head (articles without
 * their texts), drawn before the texts; calling it reads them (see readTexts). `opened`: the
 * reader's own articles, whose first notice says what they hold (describeOpened) and follows them.
 */
export type Loaded = {
  corpus: Corpus;
  key: string;
  warnings: string[];
  texts?: () => Promise<LoadedTexts>;
  opened?: boolean;
};

/**
 * A corpus joined with its texts: `missing` names the articles whose text could not be used, and
 * why; `warnings` are for the reader.
 */
export type LoadedTexts = { corpus: Corpus; warnings: string[]; missing: ReadonlyMap<string, string> };

/** A load failure whose message is meant for the reader. */
export class LoadError extends Error {}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

// The parser stays out of the first chunk: corrections load it on demand.
export const coreOps: CoreOps = {
  applyCorrection: async (corpus, correction) =>
    (await import('../core/pipeline')).applyCorrection(corpus, correction),
  dateOfWords: async (text, reference) => (await import('../core/pipeline')).dateOfWords(text, reference),
};

const sameCorrection = (a: Correction, b: Correction) =>
  a.articleId === b.articleId && a.start === b.start && a.end === b.end && a.value === b.value;

/** Whether the reader saved corrections that a corpus file does not already carry. */
export const needsCorrections = (corpus: Corpus, saved: readonly Correction[]) =>
  saved.some((c) => !corpus.corrections.some((d) => sameCorrection(c, d)));

/** Re-applies the reader's saved corrections that a corpus file does not already carry. */
export async function withSavedCorrections(corpus: Corpus, saved: readonly Correction[]): Promise<Corpus> {
  const missing = saved.filter((c) => !corpus.corrections.some((d) => sameCorrection(c, d)));
  let out = corpus;
  for (const c of missing) out = await coreOps.applyCorrection(out, c);
  return out;
}

/** The bundled articles, parsed in a worker with the reader's saved corrections. */
export async function loadBundled(storage: Storage | null): Promise<Loaded> {
  const { files, manifest } = await readBundled();
  const key = filesKey(files);
  const corpus = await parseFiles({ files, manifest, corrections: loadCorrections(storage, key) });
  return { corpus, key, warnings: [] };
}

/** Reads the bundled articles and manifest (lazily, so they are not in the first JS chunk). */
export async function readBundled(): Promise<{ files: SourceFile[]; manifest: Manifest }> {
  const texts = import.meta.glob('../corpus/*.txt', { query: '?raw', import: 'default', eager: false });
  const manifests = import.meta.glob('../corpus/manifest.json', { import: 'default', eager: false });
  const loadManifest = Object.values(manifests)[0];
  // All at once: the manifest does not wait for the texts.
  const [files, manifest] = await Promise.all([
    Promise.all(
      Object.entries(texts).map(async ([path, load]) => ({
        name: path.slice(path.lastIndexOf('/') + 1),
        text: (await load()) as string,
      })),
    ),
    loadManifest ? (loadManifest() as Promise<Manifest>) : { articles: [] },
  ]);
  return { files, manifest };
}

/** A short key naming a set of files, so corrections are stored per corpus. */
export function filesKey(files: readonly SourceFile[]): string {
  let h = 0x811c9dc5;
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const s = `${f.name}:${f.text?.length ?? f.bytes?.length ?? 0};`;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  }
  return `bundled:${h.toString(16)}`;
}

/**
 * The worker of the last parse that succeeded, kept for the next one: by then the engine has
 * compiled and optimised its parser, which a fresh worker would do all over again (0.6 MB of text
 * opened after the bundled articles parsed in about a fifth less time in the warm worker, and a
 * second 0.6 MB in about a third less).
 */
let warm: Worker | null = null;

function parseInWorker(
  request: ParseRequest,
  signal?: AbortSignal,
  onProgress?: (done: number) => void,
): Promise<Corpus> {
  return new Promise((resolve, reject) => {
    // One job at a time per worker: cancelling terminates it, and the parse stops where it is.
    const worker = warm ?? new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    warm = null;
    const cancel = () => {
      worker.terminate();
      reject(signal!.reason);
    };
    // A worker that answered is kept warm for the next job (unless one already is); one that
    // failed is ended.
    const finish = (keep: boolean) => {
      signal?.removeEventListener('abort', cancel);
      worker.onmessage = null;
      worker.onerror = null;
      if (keep && !warm) warm = worker;
      else worker.terminate();
    };
    const slices = createCorpusAssembler();
    worker.onmessage = (e: MessageEvent<ParseMessage>) => {
      if ('progress' in e.data) {
        if (!signal?.aborted) onProgress?.(e.data.progress);
        return;
      }
      if ('slice' in e.data) {
        slices.add(e.data.slice);
        return;
      }
      finish(e.data.ok);
      if (!e.data.ok) {
        reject(new LoadError(`The articles could not be parsed: ${e.data.error}`));
        return;
      }
      const corpus = slices.finish(e.data.corpus);
      if (e.data.order) rememberEventOrder(corpus.events, e.data.order.order, e.data.order.maxSpanMs);
      resolve(corpus);
    };
    worker.onerror = (e) => {
      finish(false);
      reject(e);
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.postMessage(request);
    mark('parse-sent');
  });
}

/**
 * Parses in a Web Worker; where there is none (or it fails to start) parses on the main thread.
 * An aborted signal stops the worker and rejects with the signal's reason (an AbortError); the
 * main-thread parse cannot be interrupted, so there the signal is only checked before and after.
 * `onProgress` is told the share of the parse done, from 0 to 1, as the worker goes.
 */
export async function parseFiles(
  request: ParseRequest,
  signal?: AbortSignal,
  onProgress?: (done: number) => void,
): Promise<Corpus> {
  signal?.throwIfAborted();
  if (typeof Worker !== 'undefined') {
    try {
      return await parseInWorker(request, signal, onProgress);
    } catch (error) {
      if (error instanceof LoadError || signal?.aborted) throw error;
      // The worker could not start (old browser, file:// origin): fall back below.
    }
  }
  const { parseCorpus } = await import('../core/pipeline');
  signal?.throwIfAborted();
  const corpus = parseCorpus(request.files, request.manifest, {
    corrections: request.corrections,
    published: request.published ?? null,
  });
  signal?.throwIfAborted();
  return corpus;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What index.html started for a `?corpus=` link: the response, and its body read into a Blob. */
type Prefetch = { url: string; response: Promise<Response>; body?: Promise<Blob> };

/** The fetch index.html started for `url` before the app loaded, taken once. */
function takePrefetched(url: string): Prefetch | null {
  const holder = globalThis as { __corpusPrefetch?: Prefetch };
  const prefetch = holder.__corpusPrefetch;
  if (!prefetch || prefetch.url !== url) return null;
  delete holder.__corpusPrefetch;
  return prefetch;
}

/**
 * A corpus body read: a version 2 file's head line, with the rest of the file still unread; or
 * any other file whole.
 */
type Body = { head: unknown; rest: Blob } | { whole: unknown };

/**
 * Reads a corpus body from a Blob: the browser collects the bytes without the page's thread,
 * which reads what it needs once they are all in. Of a version 2 file laid out by corpusToFile,
 * only the first line, the head (about half the file): the texts after it are read once the
 * timeline and the list are drawn. Anything else (a version 1 file, a reformatted one) is parsed
 * whole. Reading the body as it arrived, through a stream, was tried and measured slower: on
 * this 2-core machine the page's thread, busy starting the app, took the chunks late and the
 * download waited on it. Throws a SyntaxError for text that is not JSON.
 */
async function readBody(blob: Blob): Promise<Body> {
  const bytes = headLineBytes(await blob.slice(0, 96).text());
  if (bytes !== null && bytes <= blob.size) {
    const line = await blob.slice(0, bytes).text();
    mark('corpus-read');
    const head = line.endsWith(',\n') ? readHeadLine(line) : null;
    if (head !== null) return { head, rest: blob.slice(bytes) };
  }
  const text = await blob.text();
  mark('corpus-read');
  return { whole: JSON.parse(text) };
}

/**
 * A User Timing mark of a load step ("dateline:corpus-parsed"), for DevTools and `npm run bench`,
 * which prints where the time of a first render goes.
 */
function mark(step: string) {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(`dateline:${step}`);
}

/**
 * Fetches and validates a corpus JSON; throws a LoadError that says what went wrong. Without a
 * fetchImpl it uses the response index.html already started for the same address, if any.
 */
export async function fetchCorpus(url: string, fetchImpl?: typeof fetch): Promise<Loaded> {
  const prefetched = fetchImpl ? null : takePrefetched(url);
  let response: Response;
  try {
    response = await (prefetched?.response ?? (fetchImpl ?? fetch)(url));
  } catch (error) {
    throw new LoadError(
      `Could not fetch the corpus at ${url}: ${error instanceof Error ? error.message : String(error)}. Check the address and that the server allows it.`,
    );
  }
  if (!response.ok) {
    throw new LoadError(
      `Could not load the corpus at ${url}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    );
  }
  if (/text\/html/i.test(response.headers.get('content-type') ?? '')) {
    throw new LoadError(
      `The address ${url} is a web page, not a corpus JSON file. Check the address (a missing file often comes back as the app's own page).`,
    );
  }
  let body: Body;
  try {
    const blob = await (prefetched?.body ??
      (typeof response.blob === 'function' ? response.blob() : new Blob([await response.text()])));
    body = await readBody(blob);
  } catch (error) {
    throw new LoadError(
      `The file at ${url} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  mark('corpus-parsed');
  const where = `The file at ${url}`;
  if ('whole' in body) {
    const checked = corpusFromJson(body.whole, where);
    mark('corpus-checked');
    return { ...checked, key: corpusUrlKey(url) };
  }
  const head = headFromJson(body.head, where);
  rememberHeadOrder(head);
  mark('corpus-checked');
  const { rest } = body;
  let texts: Promise<LoadedTexts> | null = null;
  return {
    corpus: head.corpus,
    key: corpusUrlKey(url),
    warnings: head.warnings,
    texts: () => (texts ??= readTexts(head, rest, url)),
  };
}

/**
 * What a version 3 head gives in columns, handed to the page's queries: the events' drawing order
 * (checked), and their stories worked out from the clusters' positions, so the first drawing
 * neither sorts 10,000 events nor groups them by their ids.
 */
function rememberHeadOrder({ corpus, order, clusterEvents }: CheckedHead & { corpus: Corpus }) {
  if (!order) return;
  rememberEventOrder(corpus.events, order.order, order.maxSpanMs);
  if (!clusterEvents) return;
  const stories = storiesByPosition(corpus.events, order.order, corpus.clusters, clusterEvents);
  if (stories) rememberStories(sortEventsWithSpan(corpus.events).sorted, corpus.clusters, stories);
}

/**
 * The texts of a version 2 file, once they are in, joined with its checked head; throws a
 * LoadError that says what went wrong when they cannot be read at all.
 */
async function readTexts(head: CheckedHead & { corpus: Corpus }, rest: Blob, url: string) {
  let json: unknown;
  try {
    json = readTextsLine(await rest.text());
  } catch (error) {
    throw new LoadError(
      `The article texts in the file at ${url} could not be read (${error instanceof Error ? error.message : String(error)}); the events are shown without them.`,
    );
  }
  mark('texts-parsed');
  const joined = validateCorpusTexts(head, json);
  mark('texts-checked');
  return {
    corpus: joined.corpus,
    missing: joined.missing,
    warnings: joined.errors.length ? [problemsWarning(joined.errors, 'The article texts loaded')] : [],
  };
}

/** The key a corpus loaded from `url` is stored under (its date corrections): "url:data.json". */
export const corpusUrlKey = (url: string) => `url:${url}`;

/**
 * Validates a parsed corpus JSON: throws a LoadError naming `where` ("The file at data.json",
 * "“mine.json”") when it cannot be used; partial damage comes back as one warning.
 */
export function corpusFromJson(json: unknown, where: string): { corpus: Corpus; warnings: string[] } {
  const { corpus, errors } = validateCorpus(json);
  if (!corpus) throw new LoadError(`${where} could not be used: ${errors.slice(0, 3).join('; ')}.`);
  return { corpus, warnings: errors.length ? [problemsWarning(errors, 'The corpus loaded')] : [] };
}

/** The head of a version 2 file checked, as corpusFromJson checks a whole file. */
function headFromJson(json: unknown, where: string): CheckedHead & { corpus: Corpus; warnings: string[] } {
  const head = validateCorpusHead(json);
  if (!head.corpus) throw new LoadError(`${where} could not be used: ${head.errors.slice(0, 3).join('; ')}.`);
  const warnings = head.errors.length ? [problemsWarning(head.errors, 'The corpus loaded')] : [];
  return { ...head, corpus: head.corpus, warnings };
}

/** "The corpus loaded with 3 problems: dropped event #0 (e-1): ...; ...; …" */
const problemsWarning = (errors: readonly string[], what: string) =>
  `${what} with ${plural(errors.length, 'problem')}: ${errors.slice(0, 2).join('; ')}${errors.length > 2 ? '; …' : ''}`;
