import {
  FIRST_LINE_TITLE_WARNING,
  NO_HEADLINE_WARNING,
  PASTED_NAME,
  type Corpus,
  type Manifest,
  type ManifestEntry,
  type SourceFile,
} from '../core/types';

// In the main chunk (the store keeps the notice in step with the corpus); said here for the reader of opened articles.
export { describeOpened } from './opened';

/*
 * A collection is what a reader opens in "Open your own articles": files and pasted text, kept as
 * given (bytes, not decoded text), so the same input always reads the same and hashes to the same
 * key. The parser copes with any bytes; only JSON is told apart here (a corpus, a manifest, or a
 * mistake).
 */

/** Files larger than this are refused by name: the parser reads a file in one piece. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type CollectionInput = {
  files: { name: string; bytes: Uint8Array }[];
  /** Text pasted into the dialog, with its optional title. */
  pasted: { text: string; title: string } | null;
  /** A day (YYYY-MM-DD) for the pasted text and the files the manifest does not date. */
  published: string | null;
};

export type PreparedCollection =
  | {
      kind: 'files';
      files: SourceFile[];
      manifest: Manifest;
      published: string | null;
      /** Not errors: things the reader should know (a manifest entry for a file not chosen). */
      warnings: string[];
    }
  | { kind: 'corpus'; name: string; json: unknown };

export const NOTHING_CHOSEN = 'Choose files or paste an article first.';

/**
 * "1.5 MB", "12.3 KB", "800 bytes".
 *
 * @example formatBytes(21 * 1024 * 1024) // '21.0 MB'
 */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} byte${n === 1 ? '' : 's'}`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** The reader's message for a file over the limit, or null when it fits. */
export function oversizeMessage(name: string, size: number): string | null {
  return size > MAX_FILE_BYTES
    ? `“${name}” is ${formatBytes(size)}; files over ${formatBytes(MAX_FILE_BYTES)} are not opened. Split it into smaller files.`
    : null;
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4: .docx, .odt, .epub, .zip
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // an old .doc
const SAVE_AS_TEXT = 'Dateline reads text, Markdown or HTML: save it as plain text (.txt) and open that.';

/**
 * Why a chosen file is not text the parser can read, or null. An article parsed from a PDF, a
 * Word file or random bytes is mojibake that would replace the articles on screen.
 * notTextMessage('story.pdf', bytesOf('%PDF-1.7…')) // '“story.pdf” is a PDF file; …'
 */
export function notTextMessage(name: string, bytes: Uint8Array): string | null {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || (b >= 0x09 && b <= 0x0d)))
    return `“${name}” is empty; it was not opened.`;
  if (startsWith(bytes, PDF)) return `“${name}” is a PDF file, not text; it was not opened. ${SAVE_AS_TEXT}`;
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) {
    const what = /\.docx?$/i.test(name)
      ? 'a Word document'
      : /\.(odt|rtf|pages)$/i.test(name)
        ? 'a word-processor document'
        : 'a compressed (ZIP) or Office file';
    return `“${name}” is ${what}, not text; it was not opened. ${SAVE_AS_TEXT}`;
  }
  // The parser decodes UTF-8 only: UTF-16 text (its byte order mark, then NUL bytes) reads as noise.
  const head = bytes.subarray(2, 66);
  if (
    (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) &&
    head.filter((b) => b === 0).length >= head.length / 4
  )
    return `“${name}” is UTF-16 text; it was not opened. Save it as UTF-8 and open that.`;
  // Binary (an image, an archive, random bytes): NUL bytes, or many control bytes text never has.
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const b of sample) {
    if (b === 0)
      return `“${name}” is a binary file (an image or a program's data), not text; it was not opened. ${SAVE_AS_TEXT}`;
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) controls++;
  }
  if (controls > sample.length * 0.02)
    return `“${name}” is a binary file (an image or a program's data), not text; it was not opened. ${SAVE_AS_TEXT}`;
  return null;
}

const isJsonName = (name: string) => /\.json$/i.test(name);
const isManifestName = (name: string) => /(^|[\\/])manifest\.json$/i.test(name);
const baseName = (path: string) => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function looksLikeManifest(json: unknown): json is Manifest {
  return (
    isObj(json) &&
    Array.isArray(json.articles) &&
    json.articles.every((e) => isObj(e) && typeof e.file === 'string')
  );
}

/**
 * Sorts what the reader chose into what the parser reads: article files (any bytes), one
 * manifest.json, or a single Dateline corpus JSON that opens as it is. Everything the reader must
 * fix before opening comes back in `errors`, each naming its file.
 *
 * @example prepareCollection({ files: [], pasted: null, published: null }).errors
 * // ['Choose files or paste an article first.']
 */
export function prepareCollection(
  input: CollectionInput,
): { ok: true; value: PreparedCollection } | { ok: false; errors: string[] } {
  const pasted = input.pasted && input.pasted.text.trim() ? input.pasted : null;
  if (input.files.length === 0 && !pasted) return { ok: false, errors: [NOTHING_CHOSEN] };
  const errors: string[] = [];
  if (input.published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(input.published))
    errors.push(`The publication date “${input.published}” is not a day; use the date field (YYYY-MM-DD).`);

  const articles: SourceFile[] = [];
  const corpora: { name: string; json: unknown }[] = [];
  let manifest: Manifest | null = null;
  for (const file of input.files) {
    const tooBig = oversizeMessage(file.name, file.bytes.length);
    if (tooBig) {
      errors.push(tooBig);
      continue;
    }
    const notText = notTextMessage(file.name, file.bytes);
    if (notText) {
      errors.push(notText);
      continue;
    }
    if (!isJsonName(file.name)) {
      articles.push({ name: file.name, bytes: file.bytes });
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(file.bytes).replace(/^\uFEFF/, ''));
    } catch (error) {
      errors.push(
        `“${file.name}” is not valid JSON (${error instanceof Error ? error.message : String(error)}); it was not opened.`,
      );
      continue;
    }
    if (isObj(json) && json.format === 'dateline-corpus') corpora.push({ name: file.name, json });
    else if (isManifestName(file.name)) {
      if (looksLikeManifest(json)) manifest = json;
      else
        errors.push(
          `“${file.name}” is not a manifest: expected {"articles": [{"file": "…", "published": "YYYY-MM-DD"}]}.`,
        );
    } else if (looksLikeManifest(json))
      errors.push(`“${file.name}” looks like a manifest; name it manifest.json to use it, or remove it.`);
    else
      errors.push(
        `“${file.name}” is JSON but not a Dateline corpus ("format": "dateline-corpus") or a manifest.json; it was not opened. Remove it from the list.`,
      );
  }

  if (corpora.length > 0 && corpora.length + articles.length + (manifest ? 1 : 0) + (pasted ? 1 : 0) > 1)
    errors.push(
      `${corpora.map((c) => `“${c.name}”`).join(' and ')} ${corpora.length === 1 ? 'is a Dateline corpus: open it' : 'are Dateline corpora: open each'} on its own, without other files or pasted text.`,
    );
  if (manifest && articles.length === 0 && !pasted && corpora.length === 0)
    errors.push('manifest.json gives titles and dates for article files, but no article files were chosen.');
  if (errors.length) return { ok: false, errors };
  if (corpora.length === 1) return { ok: true, value: { kind: 'corpus', ...corpora[0]! } };

  const entries: ManifestEntry[] = manifest ? [...manifest.articles] : [];
  if (pasted) {
    const taken = new Set(articles.map((f) => baseName(f.name)));
    let name = `${PASTED_NAME}.txt`;
    for (let n = 2; taken.has(name); n++) name = `${PASTED_NAME}-${n}.txt`;
    // (Marked pasted: the parser titles it by its first line when it has no headline.)
    articles.push({ name, text: pasted.text, pasted: true });
    const title = pasted.title.trim();
    if (title) entries.push({ file: name, title });
  }
  const chosen = new Set(articles.map((f) => baseName(f.name)));
  const missing = [...new Set(entries.map((e) => baseName(e.file)).filter((f) => !chosen.has(f)))];
  const warnings = missing.length
    ? [
        `manifest.json lists ${missing.length === 1 ? 'a file' : `${missing.length} files`} that ${missing.length === 1 ? 'was' : 'were'} not chosen: ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}.`,
      ]
    : [];
  return {
    ok: true,
    value: {
      kind: 'files',
      files: articles,
      manifest: { articles: entries },
      published: input.published,
      warnings,
    },
  };
}

// A title taken from the file name, or a pasted text's first line, shows as the title itself: not
// worth a notice.
const NO_HEADLINE: ReadonlySet<string> = new Set([NO_HEADLINE_WARNING, FIRST_LINE_TITLE_WARNING]);

const encoder = new TextEncoder();

/**
 * A content key for a collection: 16 hex digits from two independent 32-bit FNV-1a lanes over the
 * files (sorted by name), the pasted text and title, and the date. The same input gives the same
 * key in any browser; it names the collection in IndexedDB and in `?local=`.
 *
 * @example collectionKey({ files: [], pasted: { text: 'Hi', title: '' }, published: null }) // e.g. '9c1e0f...' (16 digits)
 */
export function collectionKey(input: CollectionInput): string {
  const steps = hashSteps(input);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * collectionKey without holding the page's thread: it lets other work run after every megabyte
 * (an 18 MB file otherwise takes most of a second in one piece).
 */
export async function collectionKeyInSteps(input: CollectionInput): Promise<string> {
  const steps = hashSteps(input);
  let step = steps.next();
  while (!step.done) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    step = steps.next();
  }
  return step.value;
}

const HASH_STEP = 1 << 20;

/** collectionKey's work, pausing (yielding) after each HASH_STEP bytes. */
function* hashSteps(input: CollectionInput): Generator<void, string> {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  let unfed = HASH_STEP;
  function* feed(bytes: Uint8Array) {
    for (let at = 0; at < bytes.length;) {
      const end = Math.min(bytes.length, at + unfed);
      for (let i = at; i < end; i++) {
        a = Math.imul(a ^ bytes[i]!, 0x01000193);
        b = Math.imul(b ^ bytes[i]!, 0x050c5d1f);
      }
      unfed -= end - at;
      at = end;
      if (unfed === 0) {
        unfed = HASH_STEP;
        yield;
      }
    }
  }
  // Every part is preceded by its length, so no two different inputs run together the same way.
  function* part(bytes: Uint8Array) {
    yield* feed(encoder.encode(`${bytes.length}:`));
    yield* feed(bytes);
  }
  for (const f of [...input.files].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
    yield* part(encoder.encode(f.name));
    yield* part(f.bytes);
  }
  yield* part(encoder.encode(input.pasted?.text ?? ''));
  yield* part(encoder.encode(input.pasted?.title ?? ''));
  yield* part(encoder.encode(input.published ?? ''));
  const mix = (h: number) => {
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const hex = (h: number) => h.toString(16).padStart(8, '0');
  return hex(mix(a ^ Math.imul(b, 0x9e3779b1))) + hex(mix(b));
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** An article longer than this is most likely many articles run together (a long feature is ~100 KB). */
export const LONG_ARTICLE_CHARS = 1_000_000;

/**
 * A word on articles so long they are probably many articles run together (a wire feed saved as
 * one file), or null. The app does not split them by guesswork: a real long text would be cut up.
 *
 * @example describeLongArticles(corpus) // '“feed.txt” was read as one article of 18.0 MB (416,403 sentences): …'
 */
export function describeLongArticles(corpus: Pick<Corpus, 'articles'>): string | null {
  const long = corpus.articles.filter((a) => a.text.length > LONG_ARTICLE_CHARS);
  if (!long.length) return null;
  const first = long[0]!;
  const sentences = first.sentences.length.toLocaleString('en-GB');
  const which =
    long.length === 1
      ? `“${first.file}”${first.part > 1 ? ` (part ${first.part})` : ''} was read as one article of ${formatBytes(first.text.length)} (${sentences} sentences)`
      : `${long.length} articles are over ${formatBytes(LONG_ARTICLE_CHARS)} each`;
  return `${which}: if it holds many articles, they are split only where a boundary shows (a repeated headline, or blank lines and then a headline), so open them as separate files or mark where each begins. The article panel shows a long article a part at a time.`;
}

/** The files' reading problems (binary content, invalid UTF-8, no text), one line, or null. */
export function describeFileWarnings(corpus: Pick<Corpus, 'articles'>): string | null {
  const lines = corpus.articles
    .map((a) => ({ a, warnings: a.warnings.filter((w) => !NO_HEADLINE.has(w)) }))
    .filter(({ warnings }) => warnings.length)
    .map(({ a, warnings }) => `${a.file}${a.part > 1 ? ` (part ${a.part})` : ''}: ${warnings.join(', ')}`);
  if (!lines.length) return null;
  const shown = lines.slice(0, 3).join('; ');
  return `Read with warnings: ${shown}${lines.length > 3 ? `; and ${lines.length - 3} more` : ''}.`;
}

/**
 * What the dialog lists about a kept collection without reading it again: kept beside it at put
 * time, so the list never loads the inputs themselves.
 */
export type CollectionSummary = {
  /** The first few article titles, in order (at most SUMMARY_TITLES). */
  titles: string[];
  /** Articles as parsed; null for a collection kept before summaries were, which counts files. */
  articles: number | null;
  /** Article files and the pasted text (a manifest.json is not counted). */
  files: number;
  /** Bytes of the files and the pasted text, as kept. */
  bytes: number;
};

/** A collection kept in this browser, as the dialog lists it. */
export type KeptCollection = { key: string; savedAt: string; summary: CollectionSummary };

export const SUMMARY_TITLES = 3;
const TITLE_CHARS = 80;

const clip = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > TITLE_CHARS ? `${t.slice(0, TITLE_CHARS - 1)}…` : t;
};

/**
 * The summary kept beside a collection. With the parsed corpus it counts and names the articles;
 * without it (a collection kept before summaries were) it names the files from the input alone:
 * the manifest's titles, the pasted title or first line, else the file names.
 *
 * @example summarizeCollection({ files: [], pasted: { text: 'Mill closes\n\nThe mill…', title: '' }, published: null })
 * // { titles: ['Mill closes'], articles: null, files: 1, bytes: 23 }
 */
export function summarizeCollection(
  input: CollectionInput,
  corpus?: Pick<Corpus, 'articles'>,
): CollectionSummary {
  const articleFiles = input.files.filter((f) => !isManifestName(f.name));
  const pasted = input.pasted && input.pasted.text.trim() ? input.pasted : null;
  const bytes =
    input.files.reduce((n, f) => n + f.bytes.length, 0) + (pasted ? encoder.encode(pasted.text).length : 0);
  const files = articleFiles.length + (pasted ? 1 : 0);
  if (corpus) {
    return {
      titles: corpus.articles.slice(0, SUMMARY_TITLES).map((a) => clip(a.title)),
      articles: corpus.articles.length,
      files,
      bytes,
    };
  }
  const titled = new Map<string, string>();
  const manifest = input.files.find((f) => isManifestName(f.name));
  if (manifest) {
    try {
      const json: unknown = JSON.parse(new TextDecoder().decode(manifest.bytes).replace(/^\uFEFF/, ''));
      if (looksLikeManifest(json))
        for (const e of json.articles) if (e.title) titled.set(baseName(e.file), e.title);
    } catch {
      // A broken manifest only costs the titles: the file names stand in.
    }
  }
  const titles = articleFiles.map((f) => titled.get(baseName(f.name)) ?? baseName(f.name));
  // (The first line, clipped below: the parser's own rule for it would bring a chunk of its own,
  // shared by this one and the parser's, into the build for this one old case.)
  if (pasted) titles.push(pasted.title.trim() || pasted.text.trim().split('\n')[0]!);
  return { titles: titles.slice(0, SUMMARY_TITLES).map(clip), articles: null, files, bytes };
}

/**
 * A kept collection's name in the list: its first titles, and how many more there are.
 *
 * @example keptName({ titles: ['Pier', 'Library', 'Mill'], articles: 5, files: 3, bytes: 900 })
 * // 'Pier; Library; Mill and 2 more'
 */
export function keptName(summary: CollectionSummary): string {
  const total = summary.articles ?? summary.files;
  const shown = summary.titles.filter(Boolean);
  if (!shown.length) return plural(total, summary.articles === null ? 'file' : 'article');
  const more = total - shown.length;
  return `${shown.join('; ')}${more > 0 ? ` and ${more} more` : ''}`;
}
