import type {
  Article,
  Corpus,
  Correction,
  Event,
  Manifest,
  ManifestEntry,
  PublicationDate,
  SourceFile,
  Span,
  TaggedTimex,
  Timex,
} from './types';
import { CORPUS_FORMAT, CORPUS_VERSION } from './types';
import { shortHash, slugify } from './hash';
import { ingestFile, type IngestedArticle } from './ingest';
import { findTimexSpans, tagTimexes } from './time';

// A date typed in words by a reader correcting one: read where corrections are applied.
export { dateOfWords } from './time';
import type { Candidate } from './time/grammar';
import { inferPublicationDate } from './time/pubdate';
import { isDayValue, valueToInterval } from './time/interval';
import { findActorCandidates, findCredits, mergeActors, mergeSpans, type ActorCandidate } from './actors';
import { TOPICS } from './topics';
import { buildEvents, clusterEvents } from './events';

/** One article after the per-article stages, before the corpus-wide ones. */
type ParsedArticle = { article: Article; timexes: Timex[]; credits: Span[]; candidates: ActorCandidate[] };

export type ParseOptions = {
  corrections?: Correction[];
  /**
   * A day (YYYY-MM-DD) the reader gave for the articles the manifest does not date, e.g. when
   * opening pasted text in the app. Such articles take it (source 'user') instead of a date
   * inferred from their text. Without it, nothing changes.
   */
  published?: string | null;
  /**
   * Told the share of the parse done so far, from 0 to 1, as it goes (a progress bar): each
   * stage's share of an article's text, weighted by what the stage costs per character.
   */
  onProgress?: (done: number) => void;
};

/**
 * What each stage costs per character of text, in relative units (measured on 18 MB of news text
 * in Node: tagging against the publication date is the heaviest of the per-article stages,
 * clustering of the corpus-wide ones).
 */
const STAGE_WEIGHTS = {
  ingest: 2,
  dating: 14,
  tagging: 28,
  actors: 14,
  merging: 1,
  events: 16,
  clustering: 25,
} as const;
const ALL_WEIGHTS = Object.values(STAGE_WEIGHTS).reduce((a, b) => a + b, 0);

/** Counts work done in characters-times-weight against the total, and tells `onProgress` the share. */
function createProgress(total: number, onProgress?: (done: number) => void) {
  let done = 0;
  const whole = Math.max(1, total * ALL_WEIGHTS);
  return {
    /** `chars` characters went through `stage`. */
    add(stage: keyof typeof STAGE_WEIGHTS, chars: number) {
      done += chars * STAGE_WEIGHTS[stage];
      onProgress?.(Math.min(1, done / whole));
    },
    /** Tells the share done as if `chars` more had gone through `stage`, without counting them. */
    peek(stage: keyof typeof STAGE_WEIGHTS, chars: number) {
      onProgress?.(Math.min(1, (done + chars * STAGE_WEIGHTS[stage]) / whole));
    },
  };
}
type Progress = ReturnType<typeof createProgress>;

const sizeOf = (f: SourceFile) => f.text?.length ?? f.bytes?.length ?? 0;

/**
 * Parse source files into a corpus. Per file: ingest (clean, split articles, paragraphs,
 * sentences); per article: publication date, temporal expressions, actor candidates. Then, across
 * the corpus: merge actors, build events (with topics), cluster them across sources, apply hand
 * corrections. Bad input never throws: it becomes warnings.
 *
 * @example parseCorpus([{ name: 'a.txt', text: 'OSLO, March 8, 2024 — Berg arrived on Friday.' }]).events[0]?.value
 * // '2024-03-08': Friday, resolved against the dateline (the dateline itself is not an event)
 */
export function parseCorpus(files: SourceFile[], manifest?: Manifest, opts: ParseOptions = {}): Corpus {
  const warnings: string[] = [];
  // 1. Articles: ingest each file, then date, tag and scan each article on its own.
  const parsed: ParsedArticle[] = [];
  const usedIds = new Set<string>();
  const entriesOf = indexManifest(manifest);
  // Progress counts a file's size through each stage; its articles share it by their lengths.
  const total = files.reduce((n, f) => n + sizeOf(f), 0);
  const progress = createProgress(total, opts.onProgress);
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const entries = entriesOf.get(baseName(file.name)) ?? [];
    const size = sizeOf(file);
    let ingested: IngestedArticle[];
    try {
      ingested = ingestFile(file, entries);
    } catch (error) {
      warnings.push(`${file.name}: could not be read (${errorMessage(error)}); skipped`);
      for (const stage of ['ingest', 'dating', 'tagging', 'actors'] as const) progress.add(stage, size);
      continue;
    }
    progress.add('ingest', size);
    const length = Math.max(
      1,
      ingested.reduce((n, item) => n + item.text.length, 0),
    );
    for (const item of ingested)
      parsed.push(
        parseArticle(file.name, item, entries, usedIds, opts.published ?? null, {
          progress,
          size: (size * item.text.length) / length,
        }),
      );
    if (!ingested.length)
      for (const stage of ['dating', 'tagging', 'actors'] as const) progress.add(stage, size);
  }
  // 2. Actors: merge names across articles ("Novak" and "Tomas J. Novak" are one person).
  const { actors, mentions } = mergeActors(
    parsed.map((p) => ({ articleId: p.article.id, candidates: p.candidates })),
  );
  // 3. Events: one per dated sentence, with actors and topics; then clusters across sources.
  progress.add('merging', total);
  const mentionsOf = groupBy(mentions, (m) => m.articleId);
  // Both stages tell how far they got, so one long article does not hold the share still.
  const textLength = Math.max(
    1,
    parsed.reduce((n, p) => n + p.article.text.length, 0),
  );
  let built = 0;
  const events = uniqueIds(
    parsed.flatMap((p) => {
      const share = (total * p.article.text.length) / textLength;
      const own = buildEvents(
        p.article,
        p.timexes,
        mentionsOf.get(p.article.id) ?? [],
        p.credits,
        undefined,
        (done) => progress.peek('events', built + share * done),
      );
      built += share;
      return own;
    }),
  );
  progress.add('events', total);
  const clustered = clusterEvents(
    events,
    parsed.map((p) => p.article),
    { mentions, onProgress: (done) => progress.peek('clustering', total * done) },
  );
  const corpus: Corpus = {
    format: CORPUS_FORMAT,
    version: CORPUS_VERSION,
    articles: parsed.map((p) => p.article),
    timexes: parsed.flatMap((p) => p.timexes.map((t) => ({ ...t, articleId: p.article.id }))),
    events: clustered.events,
    actors,
    mentions,
    topics: TOPICS.map(({ id, label, iptc, description }) => ({ id, label, iptc, description })),
    clusters: clustered.clusters,
    corrections: [],
    warnings: [...warnings, ...parsed.flatMap((p) => p.article.warnings.map((w) => `${p.article.id}: ${w}`))],
  };
  progress.add('clustering', total);
  // 4. Hand corrections, re-applied on every parse.
  return (opts.corrections ?? []).reduce(applyCorrection, corpus);
}

function parseArticle(
  fileName: string,
  item: IngestedArticle,
  entries: ManifestEntry[],
  usedIds: Set<string>,
  readerDate: string | null,
  { progress, size }: { progress: Progress; size: number },
): ParsedArticle {
  const entry = entries.find((e) => (e.part ?? 1) === item.part);
  const title = entry?.title?.trim() || item.title;
  // (A pasted text titled by its first line: see IngestedArticle.fileTitle.)
  const named = entry?.title?.trim() || item.fileTitle || title;
  const id = articleId(named, fileName, item.part, usedIds);
  const warnings = [...item.warnings];
  // Found once: the date inference and the tagging below resolve the same expressions.
  // (A failure in the tagger loses this article's dates, never the article or the corpus.)
  let tagFailure: string | null = null;
  let spans: Candidate[] = [];
  try {
    spans = findTimexSpans(item.text);
  } catch (error) {
    tagFailure = errorMessage(error);
  }
  const publishedDate = publicationDate(entry, item, named, warnings, spans, readerDate);
  progress.add('dating', size);
  const published =
    publishedDate.value && /^\d{4}-\d{2}-\d{2}$/.test(publishedDate.value) ? publishedDate.value : null;
  const article: Article = {
    id,
    title,
    source: entry?.source ?? null,
    ...(entry?.url ? { url: entry.url } : {}),
    language: entry?.language ?? 'en',
    published,
    publishedDate,
    file: fileName,
    part: item.part,
    text: item.text,
    paragraphs: item.paragraphs,
    sentences: item.sentences,
    warnings,
  };
  let timexes: Timex[] = [];
  if (tagFailure === null) {
    try {
      // (Resolving goes through the text in order: how far it got is its share of the stage.)
      const onProgress = (at: number) =>
        progress.peek('tagging', (size * at) / Math.max(1, article.text.length));
      // (Filled by push: `map` makes packed arrays in the interpreter and holey ones in optimised
      // code, and buildEvents, which reads them, would be compiled again for each.)
      const tagged = tagTimexes(article.text, { reference: published, spans, onProgress });
      const own: Timex[] = [];
      for (let i = 0; i < tagged.length; i++) own.push(toTimex(tagged[i]!, i, id));
      timexes = own;
    } catch (error) {
      tagFailure = errorMessage(error);
    }
  }
  if (tagFailure !== null)
    warnings.push(`its dates could not be read (${tagFailure}); the article is kept without them`);
  // Ingest knows caption credits from page structure; findCredits adds bylines and contributor lines.
  progress.add('tagging', size);
  const credits = mergeSpans([...(item.credits ?? []), ...findCredits(article.text)]);
  const candidates = findActorCandidates(article.text, credits);
  progress.add('actors', size);
  return { article, timexes, credits, candidates };
}

/**
 * The manifest's date when it gives one (confidence 1), else the reader's date for the whole
 * upload when given, else inferred from the text.
 */
function publicationDate(
  entry: ManifestEntry | undefined,
  item: IngestedArticle,
  title: string,
  warnings: string[],
  spans: readonly Candidate[],
  readerDate: string | null,
): PublicationDate {
  const given = entry?.published?.trim();
  if (given) {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(given);
    if (m && valueToInterval(given)) {
      return {
        value: given,
        granularity: m[3] ? 'day' : m[2] ? 'month' : 'year',
        source: 'manifest',
        confidence: 1,
        evidence: 'manifest',
      };
    }
    warnings.push(`manifest date "${given}" is not YYYY-MM-DD; inferring from the text instead`);
  }
  if (readerDate) {
    if (isDayValue(readerDate))
      return {
        value: readerDate,
        granularity: 'day',
        source: 'user',
        confidence: 1,
        evidence: 'given when the articles were opened',
      };
    warnings.push(`the date given when opening, "${readerDate}", is not a day (YYYY-MM-DD); not used`);
  }
  try {
    const timexes = tagTimexes(item.text, { reference: null, spans });
    // (The stamps are the dated lines ingest took off above the text: "Published Oct. 17, 2023".)
    return inferPublicationDate(item.text, { title, url: entry?.url, timexes, stamps: item.stamps });
  } catch (error) {
    warnings.push(`publication date inference failed (${errorMessage(error)})`);
    return { value: null, granularity: null, source: 'unknown', confidence: 0 };
  }
}

/**
 * A stable, readable article id: a slug of the title and a short hash of file name and part,
 * e.g. "talks-resume-in-oslo-k3x9".
 */
function articleId(title: string, fileName: string, part: number, used: Set<string>): string {
  const base = `${slugify(title, 40) || slugify(fileName, 40) || 'article'}-${shortHash(`${fileName}#${part}`, 4)}`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function toTimex(t: TaggedTimex, index: number, articleId: string): Timex {
  const { anchor, ...rest } = t;
  const out: Timex = { ...rest, id: `${articleId}:t${index}` };
  if (anchor)
    out.anchor = anchor.kind === 'timex' ? { kind: 'timex', id: `${articleId}:t${anchor.index}` } : anchor;
  return out;
}

/**
 * Apply one hand correction of a timex value: the timex takes the new value (the original is kept
 * in `timex.correction`), the article's events are re-derived (value, interval, whether the timex
 * makes an event at all), and clusters are recomputed. Event ids do not change. A correction
 * whose span or text no longer matches is kept and reported in `warnings`. Pure.
 *
 * @example applyCorrection(corpus, { articleId, start: 120, end: 127, text: 'Tuesday', value: '2023-10-24' })
 */
export function applyCorrection(corpus: Corpus, correction: Correction): Corpus {
  if (correction.kind === 'published') return applyPublished(corpus, correction);
  const corrections = [
    ...corpus.corrections.filter((c) => c.kind === 'published' || !sameSpan(c, correction)),
    correction,
  ];
  const article = corpus.articles.find((a) => a.id === correction.articleId);
  const target = corpus.timexes.find((t) => t.articleId === correction.articleId && sameSpan(t, correction));
  if (!article || !target || target.text !== correction.text) {
    const where = `${correction.articleId} [${correction.start}, ${correction.end}) "${correction.text}"`;
    return {
      ...corpus,
      corrections,
      warnings: [...corpus.warnings, `correction ${where} does not match the text any more; not applied`],
    };
  }
  const original = target.correction?.original ?? target.value;
  const corrected: Timex & { articleId: string } = {
    ...target,
    value: correction.value,
    type: valueToInterval(correction.value)
      ? correction.value.includes('T')
        ? 'TIME'
        : 'DATE'
      : target.type,
    correction: correction.note ? { original, note: correction.note } : { original },
  };
  const timexes = corpus.timexes.map((t) => (t === target ? corrected : t));
  return withEventsOf({ ...corpus, timexes, corrections }, article);
}

/**
 * A publication date set by hand ({kind: 'published', value: 'YYYY-MM-DD'}): the article's dates
 * are read again against it, its own timex corrections applied again on top, its events re-derived
 * and the clusters recomputed. A value that is no day, or an article that is gone, is kept and
 * reported in `warnings`.
 */
function applyPublished(corpus: Corpus, correction: Correction): Corpus {
  const corrections = [
    ...corpus.corrections.filter((c) => !(c.kind === 'published' && c.articleId === correction.articleId)),
    correction,
  ];
  const article = corpus.articles.find((a) => a.id === correction.articleId);
  if (!article || !isDayValue(correction.value)) {
    const why = article ? 'is not a day (YYYY-MM-DD)' : 'names no article of this corpus';
    return {
      ...corpus,
      corrections,
      warnings: [
        ...corpus.warnings,
        `publication date "${correction.value}" for ${correction.articleId} ${why}; not applied`,
      ],
    };
  }
  const dated: Article = {
    ...article,
    published: correction.value,
    publishedDate: { value: correction.value, granularity: 'day', source: 'user', confidence: 1 },
  };
  let own: Timex[];
  try {
    own = tagTimexes(article.text, { reference: correction.value }).map((t, i) => toTimex(t, i, article.id));
  } catch (error) {
    return {
      ...corpus,
      corrections,
      warnings: [
        ...corpus.warnings,
        `${article.id}: its dates could not be read again (${errorMessage(error)})`,
      ],
    };
  }
  const byArticle = groupBy(corpus.timexes, (t) => t.articleId);
  const timexes = corpus.articles.flatMap((a) =>
    a.id === article.id ? own.map((t) => ({ ...t, articleId: a.id })) : (byArticle.get(a.id) ?? []),
  );
  const articles = corpus.articles.map((a) => (a.id === article.id ? dated : a));
  const next = withEventsOf({ ...corpus, articles, timexes, corrections }, dated);
  // The reader's corrections of this article's own dates stand on the new reading.
  return corpus.corrections
    .filter((c) => c.kind !== 'published' && c.articleId === article.id)
    .reduce(applyCorrection, next);
}

/** The corpus with `article`'s events derived again from its timexes, and the clusters recomputed. */
function withEventsOf(corpus: Corpus, article: Article): Corpus {
  const own = corpus.timexes.filter((t) => t.articleId === article.id);
  const mentions = corpus.mentions.filter((m) => m.articleId === article.id);
  const rebuilt = buildEvents(article, own, mentions, findCredits(article.text));
  const events: Event[] = [...corpus.events.filter((e) => e.articleId !== article.id), ...rebuilt];
  const clustered = clusterEvents(uniqueIds(events), corpus.articles, { mentions: corpus.mentions });
  const order = new Map(corpus.articles.map((a, i) => [a.id, i]));
  clustered.events.sort(
    (a, b) =>
      order.get(a.articleId)! - order.get(b.articleId)! ||
      a.timex.start - b.timex.start ||
      (a.id < b.id ? -1 : 1),
  );
  return { ...corpus, events: clustered.events, clusters: clustered.clusters };
}

const sameSpan = (a: { start: number; end: number; articleId?: string }, b: Correction) =>
  a.start === b.start && a.end === b.end && (a.articleId === undefined || a.articleId === b.articleId);

/** Ids are unique within an article already; across the corpus, suffix the rare hash collision. */
function uniqueIds(events: Event[]): Event[] {
  const seen = new Set<string>();
  return events.map((e) => {
    let id = e.id;
    for (let n = 2; seen.has(id); n++) id = `${e.id}~${n}`;
    seen.add(id);
    return id === e.id ? e : { ...e, id };
  });
}

/** Manifest entries by file base name, so each file finds its entries in one lookup. */
function indexManifest(manifest: Manifest | undefined): Map<string, ManifestEntry[]> {
  const out = new Map<string, ManifestEntry[]>();
  const entries: unknown[] = Array.isArray(manifest?.articles) ? manifest.articles : [];
  for (const e of entries) {
    if (!e || typeof e !== 'object' || typeof (e as ManifestEntry).file !== 'string') continue;
    const entry = e as ManifestEntry;
    const base = baseName(entry.file);
    const list = out.get(base);
    if (list) list.push(entry);
    else out.set(base, [entry]);
  }
  return out;
}

const baseName = (path: string) => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));
