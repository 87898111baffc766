import type {
  Actor,
  ActorMention,
  Article,
  Cluster,
  Corpus,
  Correction,
  Event,
  Granularity,
  Paragraph,
  Sentence,
  Timex,
  Topic,
} from './types';
import {
  clusterEventRefs,
  clusterEventsByPosition,
  isEventColumns,
  readEventColumns,
  tablesToHead,
  tablesToTexts,
} from './corpus-tables';
import { checkedEventOrder } from './query/filter';
import { CORPUS_FILE_VERSION, CORPUS_FORMAT, CORPUS_SPLIT_VERSION, CORPUS_VERSION } from './types';

const GRANULARITIES = new Set<Granularity>([
  'minute',
  'hour',
  'partOfDay',
  'day',
  'weekend',
  'week',
  'month',
  'season',
  'quarter',
  'half',
  'year',
  'decade',
  'century',
]);
const EVENT_TYPES = new Set(['DATE', 'TIME']);
const MAX_LISTED = 20;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isInt = (v: unknown): v is number => Number.isInteger(v);
const isSpanIn = (v: unknown, length: number): boolean =>
  isObj(v) &&
  isInt(v.start) &&
  isInt(v.end) &&
  (v.start as number) >= 0 &&
  (v.start as number) <= (v.end as number) &&
  (v.end as number) <= length;
/** An array of spans, each inside a text of `length` characters. */
const spansIn = (v: unknown, length: number): boolean => {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!isSpanIn(v[i], length)) return false;
  return true;
};
const strings = (v: unknown): v is string[] => {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
  return true;
};

/** The versions of the corpus file this code reads (see docs/FORMAT.md#versioning). */
const READ_VERSIONS = [CORPUS_VERSION, CORPUS_SPLIT_VERSION, CORPUS_FILE_VERSION];
/** Whether a file of this version is in two parts, a head then texts. */
const isSplit = (version: unknown) => version === CORPUS_SPLIT_VERSION || version === CORPUS_FILE_VERSION;

/** Why a document is not a corpus file of a version this app reads, or null when it is. */
function headerProblem(json: unknown): string | null {
  if (!isObj(json)) return 'not a Dateline corpus: expected a JSON object';
  if (json.format !== CORPUS_FORMAT)
    return `not a Dateline corpus: format is ${JSON.stringify(json.format ?? null)}, expected "${CORPUS_FORMAT}"`;
  if (!READ_VERSIONS.includes(json.version as number)) {
    const newer = typeof json.version === 'number' && json.version > CORPUS_FILE_VERSION;
    return `unsupported corpus version ${JSON.stringify(json.version ?? null)}: this app reads versions ${READ_VERSIONS.slice(0, -1).join(', ')} and ${READ_VERSIONS.at(-1)}${newer ? ' (the file is newer; update the app)' : ''}`;
  }
  return null;
}

/**
 * Check a JSON document (e.g. fetched from `?corpus=<url>`) against the corpus format, version 1
 * (the Corpus itself), 2 (its head, then its texts; see corpus-file.ts) or 3 (the same, the head's
 * events and clusters in tables; see corpus-tables.ts). A wrong format, an
 * unsupported version or missing article list rejects the file (`corpus: null`). Partial damage
 * (one bad event, a mention outside its article) drops just that item; every problem is listed in
 * `errors` and, for dropped items, also in `corpus.warnings`.
 *
 * @example validateCorpus({ format: 'something-else' }).errors
 * // ['not a Dateline corpus: format is "something-else", expected "dateline-corpus"']
 */
export function validateCorpus(json: unknown): { corpus: Corpus | null; errors: string[] } {
  const wrong = headerProblem(json);
  if (wrong) return { corpus: null, errors: [wrong] };
  let doc = json as Obj;
  const problems: string[] = [];
  if (isSplit(doc.version)) {
    // Read whole, a version 2 or 3 file is its two parts joined, checked as version 1 is.
    const joined = joinParts(doc, problems);
    if (typeof joined === 'string') return { corpus: null, errors: [joined] };
    doc = joined;
  }
  if (!Array.isArray(doc.articles)) return { corpus: null, errors: ['corpus has no "articles" array'] };

  const articles = checkArticles<Article>(doc.articles, problems, articleProblem);
  const textLength = new Map(articles.map((a) => [a.id, a.text.length]));
  const located = locator(textLength);
  const timexes = checkTimexes(doc.timexes, problems, located);
  const actors = checkActors(doc.actors, problems);
  const mentions = checkMentions(doc.mentions, problems, located, actors);
  const rest = checkStories(doc, problems, textLength, actors);
  const errors = listed(problems);
  return { corpus: assemble(doc, { articles, timexes, actors, mentions }, rest, errors), errors };
}

/**
 * A version 2 file's head and texts as the version 1 document they split (articles with their
 * texts), or why they cannot be joined. An article whose text is missing, or not of the length the
 * head gives, is left out with a problem, and its events with it when the result is checked.
 */
function joinParts(doc: Obj, problems: string[]): Obj | string {
  if (!isObj(doc.head) || !Array.isArray(doc.head.articles))
    return 'corpus has no "head" object with an "articles" array';
  const head = rowsOf(doc.head, doc.version, problems);
  const texts = isObj(doc.texts) ? textRowsOf(doc.texts, doc.version, problems) : doc.texts;
  if (!isObj(texts) || !Array.isArray(texts.articles))
    return 'corpus has no "texts" object with an "articles" array';
  const own = new Map<string, Obj>();
  for (const t of texts.articles) if (isObj(t) && isStr(t.id) && !own.has(t.id)) own.set(t.id, t);
  const articles: unknown[] = [];
  head.articles.forEach((a, i) => {
    if (!isObj(a) || !isStr(a.id)) {
      articles.push(a); // dropped, and said, by the check that follows
      return;
    }
    const t = own.get(a.id);
    const why = !isObj(t)
      ? 'no text in the file'
      : !isStr(t.text)
        ? 'missing text'
        : t.text.length !== a.length
          ? `text of ${t.text.length} characters where the head says ${String(a.length)}`
          : null;
    if (why) problems.push(`dropped article #${i} (${a.id}): ${why}`);
    else {
      const { length: _length, ...rest } = a;
      const { text, paragraphs, sentences } = t as Obj;
      articles.push({ ...rest, text, paragraphs, sentences });
    }
  });
  return { ...head, articles, timexes: texts.timexes, mentions: texts.mentions };
}

/**
 * A corpus head checked (see validateCorpusHead): the corpus without its texts (each article's
 * `text` empty, no paragraphs, sentences, timexes or mentions), the length each article's text
 * is to have, which its events' spans were checked against, and the file's version (which tells
 * how its texts are laid out).
 */
export type CheckedHead = {
  corpus: Corpus | null;
  errors: string[];
  lengths: ReadonlyMap<string, number>;
  version?: number;
  /**
   * The corpus's events in drawing order, from a version 3 head that gives it and keeps every row
   * (checked, see checkedEventOrder): for rememberEventOrder, so the page does not sort them.
   */
  order?: { order: Int32Array; maxSpanMs: number };
  /**
   * Each cluster's events as positions in `corpus.events`, in the cluster's order (`count` per
   * cluster, then the positions of every one), when the head names every one so and keeps every
   * event and cluster row as it is: for storiesByPosition.
   */
  clusterEvents?: { count: readonly number[]; positions: readonly number[] };
};

/** A head with its rows as objects: a version 3 head's tables read back, a version 2 head itself. */
const rowsOf = (head: Obj, version: unknown, problems: string[]) =>
  // Its callers have checked that `articles` is an array: tablesToHead keeps it as it is.
  (version === CORPUS_FILE_VERSION ? tablesToHead(head, problems) : head) as Obj & { articles: unknown[] };

/** Texts with their rows as objects: a version 3 file's mentions table read back. */
const textRowsOf = (texts: Obj, version: unknown, problems: string[]) =>
  version === CORPUS_FILE_VERSION ? tablesToTexts(texts, problems) : texts;

/**
 * Check the head of a version 2 or 3 corpus file (`{format, version, head}`): what the timeline
 * and the list draw, checked as strictly as a version 1 file, spans against each article's
 * `length`.
 *
 * @example validateCorpusHead({ format: 'dateline-corpus', version: 2 }).errors
 * // ['corpus has no "head" object']
 */
export function validateCorpusHead(json: unknown): CheckedHead {
  const none = new Map<string, number>();
  const wrong = headerProblem(json);
  if (wrong) return { corpus: null, errors: [wrong], lengths: none };
  const doc = json as Obj;
  if (!isSplit(doc.version))
    return {
      corpus: null,
      errors: [`a corpus head is version ${CORPUS_SPLIT_VERSION} or ${CORPUS_FILE_VERSION}`],
      lengths: none,
    };
  if (!isObj(doc.head)) return { corpus: null, errors: ['corpus has no "head" object'], lengths: none };
  if (!Array.isArray(doc.head.articles))
    return { corpus: null, errors: ['corpus head has no "articles" array'], lengths: none };

  const problems: string[] = [];
  const head = rowsOf(doc.head, doc.version, problems);
  const stubs = checkArticles<Article & { length: number }>(head.articles, problems, articleHeadProblem);
  const lengths = new Map<string, number>();
  const articles = stubs.map(({ length, ...a }) => {
    lengths.set(a.id, length);
    return { ...a, text: '', paragraphs: [], sentences: [] };
  });
  const actors = checkActors(head.actors, problems);
  const rest = checkStories(head, problems, lengths, actors);
  const errors = listed(problems);
  const { order, clusterEvents } = rest;
  return {
    corpus: assemble(head, { articles, timexes: [], actors, mentions: [] }, rest, errors),
    errors,
    lengths,
    version: doc.version as number,
    ...(order ? { order } : {}),
    ...(clusterEvents ? { clusterEvents } : {}),
  };
}

/**
 * Check the texts of a version 2 or 3 corpus file against its checked head, and join them: each
 * article's text must have the length the head gave it (its events' spans were checked against
 * that), its paragraphs and sentences must lie in it, and timexes and mentions in their article.
 * An article whose text is missing or wrong keeps its events but no text; `missing` says why, by
 * article id. The head's events, actors, topics and clusters are kept as they are (the same arrays).
 *
 * @example validateCorpusTexts(head, { articles: [] }).missing.get('a') // 'no text in the file'
 */
export function validateCorpusTexts(
  head: CheckedHead & { corpus: Corpus },
  texts: unknown,
): { corpus: Corpus; errors: string[]; missing: ReadonlyMap<string, string> } {
  const missing = new Map<string, string>();
  const problems: string[] = [];
  const doc: Obj = isObj(texts) ? textRowsOf(texts, head.version, problems) : {};
  if (!isObj(texts)) problems.push('corpus has no "texts" object; the articles have no text');
  else if (!Array.isArray(texts.articles))
    problems.push('"texts" has no "articles" array; the articles have no text');
  const own = new Map<string, Obj>();
  if (Array.isArray(doc.articles))
    doc.articles.forEach((t: unknown, i) => {
      const id = isObj(t) && isStr(t.id) ? t.id : null;
      const why =
        id === null
          ? 'not an object with an id'
          : !head.lengths.has(id)
            ? 'unknown article'
            : own.has(id)
              ? 'a second text for its article'
              : textProblem(t as Obj, head.lengths.get(id)!);
      if (why) {
        problems.push(`dropped text #${i}${id !== null ? ` (${id})` : ''}: ${why}`);
        if (id !== null && head.lengths.has(id) && !own.has(id)) missing.set(id, why);
      } else own.set(id!, t as Obj);
    });
  const textLength = new Map<string, number>();
  const articles = head.corpus.articles.map((a) => {
    const t = own.get(a.id);
    if (!t) {
      if (!missing.has(a.id)) missing.set(a.id, 'no text in the file');
      return a;
    }
    textLength.set(a.id, head.lengths.get(a.id)!);
    return {
      ...a,
      text: t.text as string,
      paragraphs: t.paragraphs as Paragraph[],
      sentences: t.sentences as Sentence[],
    };
  });
  const located = locator(textLength);
  const timexes = checkTimexes(doc.timexes, problems, located);
  const mentions = checkMentions(doc.mentions, problems, located, head.corpus.actors);
  const errors = listed(problems);
  return {
    corpus: {
      ...head.corpus,
      articles,
      timexes,
      mentions,
      warnings: [...head.corpus.warnings, ...errors],
    },
    errors,
    missing,
  };
}

/** At most MAX_LISTED problems, then how many more. */
const listed = (problems: string[]) =>
  problems.length > MAX_LISTED
    ? [...problems.slice(0, MAX_LISTED), `... and ${problems.length - MAX_LISTED} more problems`]
    : problems;

function checkArticles<T extends { id: string }>(
  list: unknown[],
  problems: string[],
  problem: (a: unknown) => string | null,
): T[] {
  const out: T[] = [];
  list.forEach((a, i) => {
    const why = problem(a);
    if (why) problems.push(`dropped article #${i}${isObj(a) && isStr(a.id) ? ` (${a.id})` : ''}: ${why}`);
    else out.push(a as T);
  });
  return out;
}

type Located = (v: Obj, span: unknown) => string | null;

/*
 * The checks below are written out with `typeof` instead of the small helpers above: they run
 * on every timex, mention and event (45,000 items in a 10,000-event corpus) before anything is
 * drawn, in code the engine has not optimised yet, where each helper call costs more than the
 * test it makes.
 */
/** Why a span of an article's text is unusable, or null; `textLength` by article id. */
function locator(textLength: ReadonlyMap<string, number>): Located {
  return (v, span) => {
    const id = v.articleId;
    const n = typeof id === 'string' ? textLength.get(id) : undefined;
    if (n === undefined) return 'unknown article';
    if (typeof span !== 'object' || span === null) return 'span outside its article';
    const { start, end } = span as Obj;
    return typeof start === 'number' &&
      typeof end === 'number' &&
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      start >= 0 &&
      start <= end &&
      end <= n
      ? null
      : 'span outside its article';
  };
}

const checkTimexes = (value: unknown, problems: string[], located: Located) =>
  list<Timex & { articleId: string }>(
    value,
    'timex',
    problems,
    (t) =>
      located(t, t) ??
      (typeof t.id !== 'string' ||
      typeof t.value !== 'string' ||
      typeof t.text !== 'string' ||
      typeof t.type !== 'string'
        ? 'missing id, text, type or value'
        : null),
  );

const checkActors = (value: unknown, problems: string[]) =>
  list<Actor>(value, 'actor', problems, (a) =>
    !isStr(a.id) || !isStr(a.name) || !isStr(a.kind) ? 'missing id, name or kind' : null,
  ).map((a) => (strings(a.aliases) ? a : { ...a, aliases: [] }));

function checkMentions(value: unknown, problems: string[], located: Located, actors: readonly Actor[]) {
  const actorIds = new Set(actors.map((a) => a.id));
  return list<ActorMention>(
    value,
    'mention',
    problems,
    (m) =>
      located(m, m) ?? (typeof m.actorId !== 'string' || !actorIds.has(m.actorId) ? 'unknown actor' : null),
  );
}

/** Topics, events, clusters and corrections: what the timeline and the list are drawn from. */
/**
 * A checked corpus from its checked parts and stories: the document's own warnings, then the
 * problems found in it. (A version 1 file, or a version 2 head whose texts come later.)
 */
function assemble(
  doc: Obj,
  parts: Pick<Corpus, 'articles' | 'timexes' | 'actors' | 'mentions'>,
  rest: ReturnType<typeof checkStories>,
  errors: string[],
): Corpus {
  return {
    format: CORPUS_FORMAT,
    version: CORPUS_VERSION,
    articles: parts.articles,
    timexes: parts.timexes,
    events: rest.events,
    actors: parts.actors,
    mentions: parts.mentions,
    topics: rest.topics,
    clusters: rest.clusters,
    corrections: rest.corrections,
    warnings: [...(strings(doc.warnings) ? doc.warnings : []), ...errors],
  };
}

function checkStories(
  doc: Obj,
  problems: string[],
  lengths: ReadonlyMap<string, number>,
  actors: readonly Actor[],
) {
  const actorIds = new Set(actors.map((a) => a.id));
  const located = locator(lengths);
  const topics = list<Topic>(doc.topics, 'topic', problems, (t) =>
    !isStr(t.id) || !isStr(t.label) ? 'missing id or label' : null,
  );
  // Copies only the events and clusters that need fixing. Indexed loops, each list walked once:
  // iterators, `every` and `map` callbacks cost more here than the tests they run.
  const events = isEventColumns(doc.events)
    ? readEventColumns(doc.events, {
        lengths,
        types: EVENT_TYPES,
        granularities: GRANULARITIES,
        keep: (row, i) => keepItem(row, i, 'event', problems, (e) => eventProblem(e, located)),
      })
    : list<Event>(doc.events, 'event', problems, (e) => eventProblem(e, located));
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const ids = e.actors;
    for (let j = 0; j < ids.length; j++) {
      if (actorIds.has(ids[j]!)) continue;
      events[i] = { ...e, actors: ids.filter((id) => actorIds.has(id)) };
      break;
    }
  }
  // A version 3 head whose event rows were all kept (events[i] is row i): a cluster that names its
  // events by their rows' positions names known events, and an event whose cluster row was kept
  // has its cluster, without 20,000 look-ups by id for 10,000 events. Any other is looked up.
  const columns = isEventColumns(doc.events) && events.length === doc.events.rows ? doc.events : null;
  const byPosition = columns ? clusterEventsByPosition(doc.clusters) : undefined;
  const keptAt = byPosition ? new Uint8Array(byPosition.length) : null;
  let eventIds: Set<string> | null = null;
  const knownEvent = (id: string) => {
    if (!eventIds) {
      eventIds = new Set<string>();
      for (let i = 0; i < events.length; i++) eventIds.add(events[i]!.id);
    }
    return eventIds.has(id);
  };
  const clusters: Cluster[] = [];
  const clusterIds = new Set<string>();
  const rows = doc.clusters;
  if (rows !== undefined && !Array.isArray(rows)) problems.push('"clusters" is not an array; ignored');
  const clusterRows: unknown[] = Array.isArray(rows) ? rows : [];
  // Whether every cluster row is kept as it is, naming its events by position.
  let asRows = byPosition !== undefined && columns!.whole.size === 0;
  for (let at = 0; at < clusterRows.length; at++) {
    const c = clusterRows[at] as Cluster;
    if (!keepItem(c, at, 'cluster', problems, clusterProblem)) {
      asRows = false;
      continue;
    }
    let kept = c;
    const ids = c.events;
    let known = true;
    if (byPosition?.[at] !== 1) for (let j = 0; j < ids.length && known; j++) known = knownEvent(ids[j]!);
    if (!known || !strings(c.articles)) {
      kept = {
        ...c,
        events: known ? ids : ids.filter(knownEvent),
        articles: strings(c.articles) ? c.articles : [],
      };
    }
    if (kept !== c || byPosition?.[at] !== 1 || kept.events.length === 0) asRows = false;
    if (kept.events.length === 0) continue;
    clusters.push(kept);
    clusterIds.add(kept.id);
    if (keptAt) keptAt[at] = 1;
  }
  // Every event belongs to a cluster: re-home events whose cluster was lost.
  const cells = keptAt ? columns!.cluster : null;
  const whole = columns?.whole;
  let fixedEvents = events;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (cells) {
      const at = cells[i];
      if (typeof at === 'number' && keptAt![at] === 1 && (whole!.size === 0 || !whole!.has(i))) continue;
    }
    if (clusterIds.has(e.cluster)) continue;
    const id = `c-${e.id.replace(/^e-/, '')}`;
    clusters.push({ id, events: [e.id], value: e.value, articles: [e.articleId] });
    clusterIds.add(id);
    if (fixedEvents === events) fixedEvents = events.slice();
    fixedEvents[i] = { ...e, cluster: id };
  }
  const corrections = list<Correction>(doc.corrections, 'correction', problems, (c) =>
    !isStr(c.articleId) || !isInt(c.start) || !isInt(c.end) || !isStr(c.text) || !isStr(c.value)
      ? 'missing articleId, span, text or value'
      : c.kind !== undefined && c.kind !== 'published'
        ? `unknown kind "${String(c.kind)}"`
        : null,
  );
  // Every row kept, each event at its row's position: the file's drawing order, if right, holds.
  const order = columns?.order ? checkedEventOrder(fixedEvents, columns.order) : null;
  const refs = asRows && fixedEvents === events ? clusterEventRefs(rows) : undefined;
  const clusterEvents = refs && { count: refs.count as number[], positions: refs.flat as number[] };
  return { topics, events: fixedEvents, clusters, corrections, order, clusterEvents };
}

/** Keep the valid items of an optional array; report the others. */
function list<T>(
  value: unknown,
  what: string,
  problems: string[],
  problem: (item: Obj) => string | null,
): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(`"${what}s" is not an array; ignored`);
    return [];
  }
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (keepItem(item, i, what, problems, problem)) out.push(item as T);
  }
  return out;
}

const clusterProblem = (c: Obj) => (!isStr(c.id) || !strings(c.events) ? 'missing id or events' : null);

/** Whether item #i of a list is kept; when it is not, why is said in `problems`. */
function keepItem(
  item: unknown,
  i: number,
  what: string,
  problems: string[],
  problem: (item: Obj) => string | null,
): boolean {
  const why =
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? problem(item as Obj)
      : 'not an object';
  if (why)
    problems.push(`dropped ${what} #${i}${isObj(item) && isStr(item.id) ? ` (${item.id})` : ''}: ${why}`);
  return !why;
}

function articleProblem(a: unknown): string | null {
  if (!isObj(a)) return 'not an object';
  if (!isStr(a.id) || !isStr(a.text) || !isStr(a.title)) return 'missing id, title or text';
  return textProblem(a, a.text.length) ?? metaProblem(a);
}

/** An article of a corpus head: its text's `length` instead of its text. */
function articleHeadProblem(a: unknown): string | null {
  if (!isObj(a)) return 'not an object';
  if (!isStr(a.id) || !isStr(a.title)) return 'missing id or title';
  if (!isInt(a.length) || (a.length as number) < 0) return 'missing the length of its text';
  return metaProblem(a);
}

/** Why an article's text (and its paragraphs and sentences) is unusable, or null. */
function textProblem(a: Obj, length: number): string | null {
  if (!isStr(a.text)) return 'missing text';
  if (a.text.length !== length) return `text of ${a.text.length} characters where the head says ${length}`;
  if (!spansIn(a.sentences, length)) return 'sentences missing or outside the text';
  if (!spansIn(a.paragraphs, length)) return 'paragraphs missing or outside the text';
  return null;
}

function metaProblem(a: Obj): string | null {
  if (a.published !== null && !(isStr(a.published) && /^\d{4}-\d{2}-\d{2}$/.test(a.published)))
    return 'published is neither null nor YYYY-MM-DD';
  if (!isObj(a.publishedDate)) return 'missing publishedDate';
  return null;
}

function eventProblem(e: Obj, located: (v: Obj, span: unknown) => string | null): string | null {
  if (typeof e.id !== 'string') return 'missing id';
  const sentence = located(e, e.sentence);
  if (sentence === 'unknown article') return sentence;
  if (typeof e.value !== 'string' || typeof e.start !== 'string' || typeof e.end !== 'string')
    return 'missing value, start or end';
  if (!EVENT_TYPES.has(e.type as string)) return 'type is neither DATE nor TIME';
  if (!GRANULARITIES.has(e.granularity as Granularity)) return 'unknown granularity';
  if (sentence !== null || typeof (e.sentence as Obj).text !== 'string')
    return 'sentence outside its article';
  if (located(e, e.timex) !== null || typeof (e.timex as Obj).text !== 'string')
    return 'timex outside its article';
  if (!strings(e.actors) || !Array.isArray(e.topics) || typeof e.cluster !== 'string')
    return 'missing actors, topics or cluster';
  return null;
}
