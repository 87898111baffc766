import type {
  Actor,
  ActorMention,
  Article,
  Cluster,
  Corpus,
  Correction,
  Event,
  Granularity,
  Timex,
  Topic,
} from './types';
import { CORPUS_FORMAT, CORPUS_VERSION } from './types';

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

/**
 * Check a JSON document (e.g. fetched from `?corpus=<url>`) against the corpus format. A wrong
 * format, an unsupported version or missing article list rejects the file (`corpus: null`).
 * Partial damage (one bad event, a mention outside its article) drops just that item; every
 * problem is listed in `errors` and, for dropped items, also in `corpus.warnings`.
 *
 * @example validateCorpus({ format: 'something-else' }).errors
 * // ['not a Dateline corpus: format is "something-else", expected "dateline-corpus"']
 */
export function validateCorpus(json: unknown): { corpus: Corpus | null; errors: string[] } {
  if (!isObj(json)) return { corpus: null, errors: ['not a Dateline corpus: expected a JSON object'] };
  if (json.format !== CORPUS_FORMAT) {
    return {
      corpus: null,
      errors: [
        `not a Dateline corpus: format is ${JSON.stringify(json.format ?? null)}, expected "${CORPUS_FORMAT}"`,
      ],
    };
  }
  if (json.version !== CORPUS_VERSION) {
    const newer = typeof json.version === 'number' && json.version > CORPUS_VERSION;
    return {
      corpus: null,
      errors: [
        `unsupported corpus version ${JSON.stringify(json.version ?? null)}: this app reads version ${CORPUS_VERSION}${newer ? ' (the file is newer; update the app)' : ''}`,
      ],
    };
  }
  if (!Array.isArray(json.articles)) return { corpus: null, errors: ['corpus has no "articles" array'] };

  const problems: string[] = [];
  const drop = (what: string, why: string) => problems.push(`dropped ${what}: ${why}`);

  const articles: Article[] = [];
  json.articles.forEach((a, i) => {
    const why = articleProblem(a);
    if (why) drop(`article #${i}${isObj(a) && isStr(a.id) ? ` (${a.id})` : ''}`, why);
    else articles.push(a as Article);
  });
  const textLength = new Map(articles.map((a) => [a.id, a.text.length]));
  /*
   * The checks below are written out with `typeof` instead of the small helpers above: they run
   * on every timex, mention and event (45,000 items in a 10,000-event corpus) before anything is
   * drawn, in code the engine has not optimised yet, where each helper call costs more than the
   * test it makes.
   */
  /** Why a span of an article's text is unusable, or null. */
  const located = (v: Obj, span: unknown): string | null => {
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

  const timexes = list<Timex & { articleId: string }>(
    json.timexes,
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
  const actors = list<Actor>(json.actors, 'actor', problems, (a) =>
    !isStr(a.id) || !isStr(a.name) || !isStr(a.kind) ? 'missing id, name or kind' : null,
  ).map((a) => (strings(a.aliases) ? a : { ...a, aliases: [] }));
  const actorIds = new Set(actors.map((a) => a.id));
  const mentions = list<ActorMention>(
    json.mentions,
    'mention',
    problems,
    (m) =>
      located(m, m) ?? (typeof m.actorId !== 'string' || !actorIds.has(m.actorId) ? 'unknown actor' : null),
  );
  const topics = list<Topic>(json.topics, 'topic', problems, (t) =>
    !isStr(t.id) || !isStr(t.label) ? 'missing id or label' : null,
  );
  // Copies only the events and clusters that need fixing. Indexed loops, each list walked once:
  // iterators, `every` and `map` callbacks cost more here than the tests they run.
  const events = list<Event>(json.events, 'event', problems, (e) => eventProblem(e, located));
  const eventIds = new Set<string>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    eventIds.add(e.id);
    const ids = e.actors;
    for (let j = 0; j < ids.length; j++) {
      if (actorIds.has(ids[j]!)) continue;
      events[i] = { ...e, actors: ids.filter((id) => actorIds.has(id)) };
      break;
    }
  }
  const clusters: Cluster[] = [];
  const clusterIds = new Set<string>();
  for (const c of list<Cluster>(json.clusters, 'cluster', problems, (c) =>
    !isStr(c.id) || !strings(c.events) ? 'missing id or events' : null,
  )) {
    let kept = c;
    const ids = c.events;
    let known = true;
    for (let j = 0; j < ids.length && known; j++) known = eventIds.has(ids[j]!);
    if (!known || !strings(c.articles)) {
      kept = {
        ...c,
        events: known ? ids : ids.filter((id) => eventIds.has(id)),
        articles: strings(c.articles) ? c.articles : [],
      };
    }
    if (kept.events.length === 0) continue;
    clusters.push(kept);
    clusterIds.add(kept.id);
  }
  // Every event belongs to a cluster: re-home events whose cluster was lost.
  let fixedEvents = events;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (clusterIds.has(e.cluster)) continue;
    const id = `c-${e.id.replace(/^e-/, '')}`;
    clusters.push({ id, events: [e.id], value: e.value, articles: [e.articleId] });
    clusterIds.add(id);
    if (fixedEvents === events) fixedEvents = events.slice();
    fixedEvents[i] = { ...e, cluster: id };
  }
  const corrections = list<Correction>(json.corrections, 'correction', problems, (c) =>
    !isStr(c.articleId) || !isInt(c.start) || !isInt(c.end) || !isStr(c.text) || !isStr(c.value)
      ? 'missing articleId, span, text or value'
      : c.kind !== undefined && c.kind !== 'published'
        ? `unknown kind "${String(c.kind)}"`
        : null,
  );

  const errors =
    problems.length > MAX_LISTED
      ? [...problems.slice(0, MAX_LISTED), `... and ${problems.length - MAX_LISTED} more problems`]
      : problems;
  const corpus: Corpus = {
    format: CORPUS_FORMAT,
    version: CORPUS_VERSION,
    articles,
    timexes,
    events: fixedEvents,
    actors,
    mentions,
    topics,
    clusters,
    corrections,
    warnings: [...(strings(json.warnings) ? json.warnings : []), ...errors],
  };
  return { corpus, errors };
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
    const why =
      typeof item === 'object' && item !== null && !Array.isArray(item)
        ? problem(item as Obj)
        : 'not an object';
    if (why)
      problems.push(`dropped ${what} #${i}${isObj(item) && isStr(item.id) ? ` (${item.id})` : ''}: ${why}`);
    else out.push(item as T);
  }
  return out;
}

function articleProblem(a: unknown): string | null {
  if (!isObj(a)) return 'not an object';
  if (!isStr(a.id) || !isStr(a.text) || !isStr(a.title)) return 'missing id, title or text';
  const n = a.text.length;
  if (!spansIn(a.sentences, n)) return 'sentences missing or outside the text';
  if (!spansIn(a.paragraphs, n)) return 'paragraphs missing or outside the text';
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
  if (e.type !== 'DATE' && e.type !== 'TIME') return 'type is neither DATE nor TIME';
  if (!GRANULARITIES.has(e.granularity as Granularity)) return 'unknown granularity';
  if (sentence !== null || typeof (e.sentence as Obj).text !== 'string')
    return 'sentence outside its article';
  if (located(e, e.timex) !== null || typeof (e.timex as Obj).text !== 'string')
    return 'timex outside its article';
  if (!strings(e.actors) || !Array.isArray(e.topics) || typeof e.cluster !== 'string')
    return 'missing actors, topics or cluster';
  return null;
}
