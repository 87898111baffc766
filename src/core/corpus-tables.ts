import { eventOrder } from './query/filter';
import type { ActorMention, Cluster, Event } from './types';

/*
 * The head of a version 3 corpus file stores its events and clusters column-wise: one list per
 * field, given once, instead of one object per row that repeats every key (about 140 of an event's
 * 510 bytes in version 2), and the strings rows share (types, values, dates, granularities, actor
 * and topic ids, trigger words) once in the head's `strings`, each row holding their positions.
 * A reference to another row (an event's article and cluster, a cluster's events and articles) is
 * the position of that row in its list, or the id itself when no row of the list has it. A row
 * the columns cannot hold exactly (a field they do not know, a value of another type) is written
 * whole in the table's `whole`, by position, so that nothing is lost.
 */

type Obj = Record<string, unknown>;

/** A column of references: the position of a row in its list, or the id no row of it has. */
type Refs = (number | string)[];

/** References, several per row: `count` per row, then the references of every row. */
type Lists = { count: number[]; id: Refs };

/** The events of a version 3 head, column-wise (see docs/FORMAT.md#version-3). */
export type EventTable = {
  rows: number;
  id: string[];
  articleId: Refs;
  type: number[];
  value: number[];
  start: number[];
  end: number[];
  granularity: number[];
  sentence: { start: number[]; end: number[]; text: string[]; index: number[] };
  /** `text` 0: the sentence's text at the timex's span; `id` a number n: `${articleId}:t${n}`. */
  timex: { start: number[]; end: number[]; text: (0 | string)[]; id: (number | string)[] };
  /** An event's actors: a position in `actorLists`, the distinct lists, shared by their rows. */
  actors: number[];
  /** Each a list of positions in the head's `strings`. */
  actorLists: number[][];
  /** An event's topics: a position in `topicLists`, the distinct lists, shared by their rows. */
  topics: number[];
  /** Each a list of topics as [id, [trigger word, ...]], as positions in the head's `strings`. */
  topicLists: [number, number[]][][];
  caption: (0 | 1)[];
  cluster: Refs;
  /**
   * The rows' positions in the order the timeline and the list draw them (eventOrder): the page
   * checks it in one pass instead of sorting. Files written before it have none.
   */
  order?: number[];
  whole?: Record<string, Event>;
};

/** The clusters of a version 3 head, column-wise. */
export type ClusterTable = {
  rows: number;
  id: string[];
  value: number[];
  events: Lists;
  articles: Lists;
  whole?: Record<string, Cluster>;
};

/** The mentions of a version 3 file's texts, column-wise; `text` 0: its article's text at its span. */
export type MentionTable = {
  rows: number;
  articleId: number[];
  actorId: number[];
  start: number[];
  end: number[];
  text: (0 | string)[];
  whole?: Record<string, ActorMention>;
};

/** The strings the rows share, each stored once and referred to by its position. */
function createStrings() {
  const list: string[] = [];
  const at = new Map<string, number>();
  const ref = (s: string) => {
    let i = at.get(s);
    if (i === undefined) {
      i = list.length;
      list.push(s);
      at.set(s, i);
    }
    return i;
  };
  return { list, ref };
}

type Strings = ReturnType<typeof createStrings>;

/** Distinct lists, each stored once: `ref` gives a list's position. */
function createLists<T>() {
  const list: T[] = [];
  const at = new Map<string, number>();
  const ref = (items: T) => {
    const key = JSON.stringify(items);
    let i = at.get(key);
    if (i === undefined) {
      i = list.length;
      list.push(items);
      at.set(key, i);
    }
    return i;
  };
  return { list, ref };
}

/** Each id's first position in a list of rows, for references to them. */
function positions(rows: readonly unknown[]): Map<string, number> {
  const at = new Map<string, number>();
  rows.forEach((r, i) => {
    const id = (r as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && !at.has(id)) at.set(id, i);
  });
  return at;
}

const hasKeys = (o: unknown, keys: readonly string[]): o is Obj =>
  typeof o === 'object' &&
  o !== null &&
  !Array.isArray(o) &&
  Object.keys(o).length === keys.length &&
  keys.every((k) => k in o);
const isNum = (v: unknown): v is number => typeof v === 'number';
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);

const EVENT_KEYS = [
  'id',
  'articleId',
  'type',
  'value',
  'start',
  'end',
  'granularity',
  'sentence',
  'timex',
  'actors',
  'topics',
  'caption',
  'cluster',
] as const;

/** Whether the event columns hold this event exactly: its fields, no other, each of its type. */
function fitsEventRow(e: Event): boolean {
  const { sentence: s, timex: t } = e;
  return (
    hasKeys(e, EVENT_KEYS) &&
    [e.id, e.articleId, e.type, e.value, e.start, e.end, e.granularity, e.cluster].every(isStr) &&
    hasKeys(s, ['start', 'end', 'text', 'index']) &&
    isNum(s.start) &&
    isNum(s.end) &&
    isStr(s.text) &&
    isNum(s.index) &&
    hasKeys(t, ['start', 'end', 'text', 'id']) &&
    isNum(t.start) &&
    isNum(t.end) &&
    isStr(t.text) &&
    isStr(t.id) &&
    isStrings(e.actors) &&
    Array.isArray(e.topics) &&
    e.topics.every((a) => hasKeys(a, ['id', 'triggers']) && isStr(a.id) && isStrings(a.triggers)) &&
    typeof e.caption === 'boolean'
  );
}

/** A timex's text as its column holds it: 0 where it is the sentence's text at its span. */
function timexText({ sentence: s, timex: t }: Event): 0 | string {
  const inside = t.start >= s.start && t.end <= s.end;
  return inside && s.text.slice(t.start - s.start, t.end - s.start) === t.text ? 0 : t.text;
}

/** A timex's id as its column holds it: n for `${articleId}:t${n}`, else the id itself. */
function timexId({ articleId, timex }: Event): number | string {
  const prefix = `${articleId}:t`;
  const n = timex.id.slice(prefix.length);
  return timex.id.startsWith(prefix) && /^(0|[1-9]\d{0,14})$/.test(n) ? Number(n) : timex.id;
}

const refTo = (at: ReadonlyMap<string, number>, id: string): number | string => at.get(id) ?? id;

/**
 * Events as columns (see EventTable); `articles` and `clusters` give the positions their
 * references point at, `strings` collects the strings they share.
 */
function eventsToTable(
  events: readonly Event[],
  articles: ReadonlyMap<string, number>,
  clusters: ReadonlyMap<string, number>,
  strings: Strings,
): EventTable {
  const t: EventTable = {
    rows: events.length,
    id: [],
    articleId: [],
    type: [],
    value: [],
    start: [],
    end: [],
    granularity: [],
    sentence: { start: [], end: [], text: [], index: [] },
    timex: { start: [], end: [], text: [], id: [] },
    actors: [],
    actorLists: [],
    topics: [],
    topicLists: [],
    caption: [],
    cluster: [],
  };
  const actorLists = createLists<number[]>();
  const topicLists = createLists<[number, number[]][]>();
  const whole: Record<string, Event> = {};
  events.forEach((e, i) => {
    const fits = fitsEventRow(e);
    // A row written whole keeps empty cells in the columns, so positions stay aligned.
    if (!fits) whole[i] = e;
    const r = fits ? e : PLACEHOLDER_EVENT;
    t.id.push(r.id);
    t.articleId.push(refTo(articles, r.articleId));
    t.type.push(strings.ref(r.type));
    t.value.push(strings.ref(r.value));
    t.start.push(strings.ref(r.start));
    t.end.push(strings.ref(r.end));
    t.granularity.push(strings.ref(r.granularity));
    t.sentence.start.push(r.sentence.start);
    t.sentence.end.push(r.sentence.end);
    t.sentence.text.push(r.sentence.text);
    t.sentence.index.push(r.sentence.index);
    t.timex.start.push(r.timex.start);
    t.timex.end.push(r.timex.end);
    t.timex.text.push(timexText(r));
    t.timex.id.push(timexId(r));
    t.actors.push(actorLists.ref(r.actors.map(strings.ref)));
    t.topics.push(topicLists.ref(r.topics.map((a) => [strings.ref(a.id), a.triggers.map(strings.ref)])));
    t.caption.push(r.caption ? 1 : 0);
    t.cluster.push(refTo(clusters, r.cluster));
  });
  t.actorLists = actorLists.list;
  t.topicLists = topicLists.list;
  if (Object.keys(whole).length) t.whole = whole;
  return t;
}

const PLACEHOLDER_EVENT: Event = {
  id: '',
  articleId: '',
  type: 'DATE',
  value: '',
  start: '',
  end: '',
  granularity: 'day',
  sentence: { start: 0, end: 0, text: '', index: 0 },
  timex: { start: 0, end: 0, text: '', id: '' },
  actors: [],
  topics: [],
  caption: false,
  cluster: '',
};

const fitsClusterRow = (c: Cluster) =>
  hasKeys(c, ['id', 'events', 'value', 'articles']) &&
  isStr(c.id) &&
  isStr(c.value) &&
  isStrings(c.events) &&
  isStrings(c.articles);

/** Clusters as columns (see ClusterTable). */
function clustersToTable(
  clusters: readonly Cluster[],
  events: ReadonlyMap<string, number>,
  articles: ReadonlyMap<string, number>,
  strings: Strings,
): ClusterTable {
  const t: ClusterTable = {
    rows: clusters.length,
    id: [],
    value: [],
    events: { count: [], id: [] },
    articles: { count: [], id: [] },
  };
  const whole: Record<string, Cluster> = {};
  clusters.forEach((c, i) => {
    const fits = fitsClusterRow(c);
    if (!fits) whole[i] = c;
    const r = fits ? c : { id: '', events: [], value: '', articles: [] };
    t.id.push(r.id);
    t.value.push(strings.ref(r.value));
    t.events.count.push(r.events.length);
    for (const id of r.events) t.events.id.push(refTo(events, id));
    t.articles.count.push(r.articles.length);
    for (const id of r.articles) t.articles.id.push(refTo(articles, id));
  });
  if (Object.keys(whole).length) t.whole = whole;
  return t;
}

/**
 * A corpus head's events and clusters as the tables of a version 3 head, with the strings they
 * share; its other fields as they are. `tablesToHead` gives back the same head.
 *
 * @example headToTables({ articles: [], events: [], clusters: [] }).strings // []
 */
export function headToTables<
  H extends { articles: readonly unknown[]; events: Event[]; clusters: Cluster[] },
>(
  head: H,
): Omit<H, 'events' | 'clusters'> & { strings: string[]; events: EventTable; clusters: ClusterTable } {
  const strings = createStrings();
  const articles = positions(head.articles);
  const events = eventsToTable(head.events, articles, positions(head.clusters), strings);
  events.order = Array.from(eventOrder(head.events).order);
  const clusters = clustersToTable(head.clusters, positions(head.events), articles, strings);
  // `strings` first: a reader meets the table before the positions into it.
  const { events: _e, clusters: _c, ...rest } = head;
  return { strings: strings.list, ...rest, events, clusters };
}

/**
 * The head of a version 3 file with its clusters read back into rows (as a version 2 head has
 * them), and its events as columns still, checked for their lengths: the checks of validate.ts
 * read them into rows with readEventColumns, once they know the articles and actors. Never
 * throws: a table that is not one, or a column of the wrong length, is named in `problems`, and
 * the rows it leaves incomplete are for the checks to drop and report, one by one, as they do any
 * damaged row.
 *
 * @example tablesToHead({ strings: [], articles: [], events: 'x' }, problems).events // undefined,
 * // and problems: ['"events" is not a table; ignored']
 */
export function tablesToHead(head: Obj, problems: string[]): Obj {
  const strings = isStrings(head.strings) ? head.strings : [];
  if (!isStrings(head.strings) && head.strings !== undefined)
    problems.push('"strings" is not a list of strings; the values the tables share are missing');
  const articles = Array.isArray(head.articles) ? head.articles.map(idOf) : [];
  const eventTable = table(head.events, 'events', problems);
  const clusterTable = table(head.clusters, 'clusters', problems);
  const events = eventTable
    ? eventColumns(eventTable, strings, articles, idsOf(clusterTable), problems)
    : undefined;
  const clusters = clusterTable
    ? tableToClusters(clusterTable, strings, articles, events ? events.ids : [], problems)
    : [];
  return { ...head, events, clusters };
}

/** A table's rows and columns, or null (said in `problems`) when it is not one. */
function table(value: unknown, what: string, problems: string[]): Obj | null {
  if (value === undefined) return null;
  const t = value as Obj | null;
  if (
    typeof t !== 'object' ||
    t === null ||
    Array.isArray(t) ||
    !Number.isInteger(t.rows) ||
    (t.rows as number) < 0
  ) {
    problems.push(`"${what}" is not a table; ignored`);
    return null;
  }
  return t;
}

const idOf = (row: unknown): unknown => (row as Obj | null | undefined)?.id;

/** A table's ids: its `id` column with the rows written whole. */
function idsOf(t: Obj | null): unknown[] {
  if (!t) return [];
  const ids: unknown[] = Array.isArray(t.id) ? t.id.slice() : [];
  const whole = t.whole as Record<string, Obj | null> | undefined;
  if (typeof whole === 'object' && whole !== null)
    for (const k of Object.keys(whole)) ids[Number(k)] = whole[k]?.id;
  return ids;
}

/**
 * A table's column at `path` ("sentence.text"), or an empty list (said in `problems`) when it
 * is not a list of `length` items.
 */
function column(t: Obj, what: string, path: string, length: number, problems: string[]): unknown[] {
  let v: unknown = t;
  for (const k of path.split('.')) v = typeof v === 'object' && v !== null ? (v as Obj)[k] : undefined;
  if (Array.isArray(v) && v.length === length) return v;
  problems.push(`"${what}" table: "${path}" is not a list of ${length} items`);
  return [];
}

/** The sum of a count column: how many items its flat column lists. */
function total(counts: unknown[]): number {
  let n = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i];
    if (!Number.isInteger(c) || (c as number) < 0) return NaN;
    n += c as number;
  }
  return n;
}

/**
 * A count column and the flat column it counts, both checked: the flat one must list as many items
 * as the counts add up to, else neither can be read and both are empty (said in `problems`).
 */
function lists(t: Obj, what: string, path: string, rows: number, problems: string[]) {
  const none = { count: [], flat: [] };
  const count = column(t, what, `${path}.count`, rows, problems);
  if (count.length !== rows) return none;
  const n = total(count);
  if (Number.isNaN(n)) {
    problems.push(`"${what}" table: "${path}.count" holds something other than a count`);
    return none;
  }
  const flat = column(t, what, `${path}.id`, n, problems);
  return flat.length === n ? { count, flat } : none;
}

/** The string at a position of `strings`, or undefined. */
const at = (strings: readonly string[], k: unknown): string | undefined =>
  typeof k === 'number' ? strings[k] : undefined;

/** The strings at the positions of a column (undefined where there is none). */
function stringsAt(strings: readonly string[], positions: readonly unknown[]): unknown[] {
  const out = new Array<unknown>(positions.length);
  for (let i = 0; i < positions.length; i++) {
    const k = positions[i];
    out[i] = typeof k === 'number' ? strings[k] : undefined;
  }
  return out;
}

/** The id a reference names: the id at its position in `ids` (a list's ids), or the id itself. */
const idAt = (ids: readonly unknown[], k: unknown): unknown =>
  typeof k === 'number' ? ids[k] : typeof k === 'string' ? k : undefined;

/** The rows written whole put back in their places. */
function putWhole(t: Obj, rows: unknown[], what: string, problems: string[]) {
  for (const [i, row] of wholeRows(t, rows.length, what, problems)) rows[i] = row;
}

/** The rows of a table of `n` rows written whole, by position; what names no row is said in `problems`. */
function wholeRows(t: Obj, n: number, what: string, problems: string[]): Map<number, unknown> {
  const rows = new Map<number, unknown>();
  const whole = t.whole;
  if (whole === undefined) return rows;
  if (typeof whole !== 'object' || whole === null || Array.isArray(whole)) {
    problems.push(`"${what}" table: "whole" is not an object; ignored`);
    return rows;
  }
  for (const k of Object.keys(whole)) {
    const i = Number(k);
    if (Number.isInteger(i) && i >= 0 && i < n) rows.set(i, (whole as Obj)[k]);
    else problems.push(`"${what}" table: "whole" names no row ${JSON.stringify(k)}; ignored`);
  }
  return rows;
}

/** A version 3 head's events as columns, their lengths checked (see tablesToHead). */
export type EventColumns = {
  [COLUMNS]: true;
  rows: number;
  /** Each row's id: its `id` item, or the id of the row written whole in its place. */
  ids: unknown[];
  caption: unknown[];
  /** Positions in `strings`. */
  type: unknown[];
  value: unknown[];
  start: unknown[];
  end: unknown[];
  granularity: unknown[];
  strings: readonly string[];
  /** References to articles and clusters, and the ids they point at. */
  articleId: unknown[];
  articleIds: readonly unknown[];
  cluster: unknown[];
  clusterIds: readonly unknown[];
  sentence: { start: unknown[]; end: unknown[]; text: unknown[]; index: unknown[] };
  timex: { start: unknown[]; end: unknown[]; text: unknown[]; id: unknown[] };
  actors: unknown[];
  actorLists: unknown[];
  topics: unknown[];
  topicLists: unknown[];
  whole: ReadonlyMap<number, unknown>;
  /** The rows in drawing order, as the file gives it (unchecked: see checkedEventOrder), if it does. */
  order?: readonly unknown[];
};

const COLUMNS = Symbol('event columns');

/** Whether a head's `events` are a version 3 table's columns (see tablesToHead). */
export const isEventColumns = (v: unknown): v is EventColumns =>
  typeof v === 'object' && v !== null && COLUMNS in v;

/*
 * The readers below are indexed loops over columns taken once: they run on every event before
 * anything is drawn, in code the engine has not optimised yet (see the checks in validate.ts).
 */
/** An events table's columns, each checked for its length and said in `problems` when it is not. */
function eventColumns(
  t: Obj,
  strings: readonly string[],
  articleIds: readonly unknown[],
  clusterIds: readonly unknown[],
  problems: string[],
): EventColumns {
  const n = t.rows as number;
  const col = (path: string) => column(t, 'events', path, n, problems);
  const [id, caption] = [col('id'), col('caption')];
  const [type, value, start, end, granularity] = ['type', 'value', 'start', 'end', 'granularity'].map(col);
  const [articleId, cluster] = [col('articleId'), col('cluster')];
  const [sStart, sEnd, sText, sIndex] = ['start', 'end', 'text', 'index'].map((k) => col(`sentence.${k}`));
  const [tStart, tEnd, tText, tId] = ['start', 'end', 'text', 'id'].map((k) => col(`timex.${k}`));
  const [actors, topics] = [col('actors'), col('topics')];
  const actorLists = sharedLists(t.actorLists, 'events', 'actorLists', problems, (l) =>
    l.map((k) => at(strings, k)),
  );
  const topicLists = sharedLists(t.topicLists, 'events', 'topicLists', problems, (l) =>
    l.map((a) =>
      Array.isArray(a) && Array.isArray(a[1])
        ? { id: at(strings, a[0]), triggers: (a[1] as unknown[]).map((k) => at(strings, k)) }
        : undefined,
    ),
  );
  const whole = wholeRows(t, n, 'events', problems);
  const ids: unknown[] = new Array(n);
  for (let i = 0; i < n; i++) ids[i] = id[i];
  for (const [i, row] of whole) ids[i] = idOf(row);
  return {
    [COLUMNS]: true,
    rows: n,
    ids,
    caption,
    type: type!,
    value: value!,
    start: start!,
    end: end!,
    granularity: granularity!,
    strings,
    articleId,
    articleIds,
    cluster,
    clusterIds,
    sentence: { start: sStart!, end: sEnd!, text: sText!, index: sIndex! },
    timex: { start: tStart!, end: tEnd!, text: tText!, id: tId! },
    actors,
    actorLists,
    topics,
    topicLists,
    whole,
    // Optional: a file without it, or with one of another length, is sorted on the page.
    order: Array.isArray(t.order) && t.order.length === n ? t.order : undefined,
  };
}

/** What the checks of validate.ts ask of an event, for readEventColumns. */
export type EventRules = {
  /** The length of each article's text, by id: an event's spans lie in it. */
  lengths: ReadonlyMap<string, number>;
  types: ReadonlySet<string>;
  granularities: ReadonlySet<string>;
  /**
   * The full check of one row, for the rows the columns do not show valid: whether it is kept (when
   * it is not, it says why in its own problems).
   */
  keep: (row: unknown, i: number) => boolean;
};

/**
 * The events of a version 3 head as rows, each built once and checked as it is built: a row whose
 * cells the columns show valid (its spans in its article, a known type and granularity, strings
 * where strings go) is kept at once, any other is given to `rules.keep`, which says why it is
 * dropped. So a damaged row is reported exactly as the checks report a version 2 row.
 *
 * @example readEventColumns(tablesToHead(head, problems).events, rules) // the events `rules` keep
 */
export function readEventColumns(c: EventColumns, rules: EventRules): Event[] {
  const { strings, sentence: s, timex: t } = c;
  // Article lengths by position, and what each shared string or list is found to be, worked out
  // once each rather than once per row: 0 not yet known, 1 valid, 2 not.
  const lengthAt = c.articleIds.map((id) => (typeof id === 'string' ? (rules.lengths.get(id) ?? -1) : -1));
  const typeOk = new Uint8Array(strings.length);
  const granularityOk = new Uint8Array(strings.length);
  const actorsOk = c.actorLists.map((l) => isStrings(l));
  const out: Event[] = [];
  for (let i = 0; i < c.rows; i++) {
    if (c.whole.has(i)) {
      const row = c.whole.get(i);
      if (rules.keep(row, i)) out.push(row as Event);
      continue;
    }
    const ref = c.articleId[i];
    const article = typeof ref === 'number' ? c.articleIds[ref] : typeof ref === 'string' ? ref : undefined;
    const length =
      typeof ref === 'number'
        ? (lengthAt[ref] ?? -1)
        : typeof ref === 'string'
          ? (rules.lengths.get(ref) ?? -1)
          : -1;
    const ss = s.start[i];
    const se = s.end[i];
    const st = s.text[i];
    const ts = t.start[i];
    const te = t.end[i];
    const tt = t.text[i];
    const tid = t.id[i];
    const tk = c.type[i];
    const gk = c.granularity[i];
    const type = typeof tk === 'number' ? strings[tk] : undefined;
    const granularity = typeof gk === 'number' ? strings[gk] : undefined;
    const value = at(strings, c.value[i]);
    const start = at(strings, c.start[i]);
    const end = at(strings, c.end[i]);
    const a = c.actors[i];
    const p = c.topics[i];
    const actors = typeof a === 'number' ? c.actorLists[a] : undefined;
    const topics = typeof p === 'number' ? c.topicLists[p] : undefined;
    const cr = c.cluster[i];
    const cluster = typeof cr === 'number' ? c.clusterIds[cr] : typeof cr === 'string' ? cr : undefined;
    const sentence = { start: ss, end: se, text: st, index: s.index[i] };
    const text =
      tt !== 0
        ? tt
        : typeof st === 'string' && typeof ss === 'number' && typeof ts === 'number' && typeof te === 'number'
          ? st.slice(ts - ss, te - ss)
          : undefined;
    const row = {
      id: c.ids[i],
      articleId: article,
      type,
      value,
      start,
      end,
      granularity,
      sentence,
      timex: { start: ts, end: te, text, id: typeof tid === 'number' ? `${String(article)}:t${tid}` : tid },
      // Shared by the rows of the same list: nothing changes an event's lists in place.
      actors,
      topics,
      caption: c.caption[i] === 1,
      cluster,
    };
    if (typeOk[tk as number] === 0 && typeof type === 'string')
      typeOk[tk as number] = rules.types.has(type) ? 1 : 2;
    if (granularityOk[gk as number] === 0 && typeof granularity === 'string')
      granularityOk[gk as number] = rules.granularities.has(granularity) ? 1 : 2;
    const valid =
      typeof row.id === 'string' &&
      length >= 0 &&
      inside(ss, se, length) &&
      inside(ts, te, length) &&
      typeof st === 'string' &&
      typeof text === 'string' &&
      typeof value === 'string' &&
      typeof start === 'string' &&
      typeof end === 'string' &&
      typeof type === 'string' &&
      typeOk[tk as number] === 1 &&
      typeof granularity === 'string' &&
      granularityOk[gk as number] === 1 &&
      actorsOk[a as number] === true &&
      Array.isArray(topics) &&
      typeof cluster === 'string';
    if (valid || rules.keep(row, i)) out.push(row as Event);
  }
  return out;
}

/** Whether [start, end) is a span of a text of `length` characters. */
const inside = (start: unknown, end: unknown, length: number) =>
  typeof start === 'number' &&
  typeof end === 'number' &&
  Number.isInteger(start) &&
  Number.isInteger(end) &&
  start >= 0 &&
  start <= end &&
  end <= length;

/**
 * A table's distinct lists, each read once by `read` (which is given an array); a list that is
 * not an array reads as undefined, and its rows are dropped by the checks.
 */
function sharedLists(
  value: unknown,
  what: string,
  path: string,
  problems: string[],
  read: (list: unknown[]) => unknown,
): unknown[] {
  if (!Array.isArray(value)) {
    problems.push(`"${what}" table: "${path}" is not a list`);
    return [];
  }
  return value.map((l) => (Array.isArray(l) ? read(l) : undefined));
}

/**
 * The clusters of a version 3 head, read back into rows: for each row, 1 in `byPosition` when every
 * one of its events is named by a row's position in the events table (not by an id no row has),
 * and it is not a row written whole. Once the checks know every event row was kept, such a
 * cluster's events are known without looking their ids up (see clusterEventsByPosition).
 */
const clustersByPosition = new WeakMap<readonly unknown[], Uint8Array>();

/** The cluster rows' events as their table lists them (see clusterEventRefs). */
const clusterMembers = new WeakMap<readonly unknown[], { count: unknown[]; flat: unknown[] }>();

/**
 * The events of a version 3 head's cluster rows (as tablesToHead gives them) as the table lists
 * them: `count` per row, `flat` their references (a position in the events table where
 * clusterEventsByPosition says so), row after row; undefined for clusters not read from a table.
 */
export const clusterEventRefs = (clusters: unknown) =>
  Array.isArray(clusters) ? clusterMembers.get(clusters) : undefined;

/**
 * Which of a version 3 head's cluster rows (as tablesToHead gives them) name all their events by
 * position in the events table, or undefined for clusters that were not read from a table.
 */
export const clusterEventsByPosition = (clusters: unknown): Uint8Array | undefined =>
  Array.isArray(clusters) ? clustersByPosition.get(clusters) : undefined;

function tableToClusters(
  t: Obj,
  strings: readonly string[],
  articleIds: readonly unknown[],
  eventIds: readonly unknown[],
  problems: string[],
): unknown[] {
  const n = t.rows as number;
  const id = column(t, 'clusters', 'id', n, problems);
  const value = column(t, 'clusters', 'value', n, problems);
  const members = lists(t, 'clusters', 'events', n, problems);
  const sources = lists(t, 'clusters', 'articles', n, problems);
  const rows: unknown[] = new Array(n);
  const byPosition = new Uint8Array(n);
  const events = eventIds.length;
  let e = 0;
  let a = 0;
  for (let i = 0; i < n; i++) {
    let ids: unknown = undefined;
    if (members.count.length) {
      // Each list of its own length: pushed one by one, a short list kept room for 16 or more.
      const k = members.count[i] as number;
      const list: unknown[] = new Array(k);
      let positions = 1;
      for (let j = 0; j < k; j++) {
        const ref = members.flat[e++];
        if (typeof ref === 'number' && Number.isInteger(ref) && ref >= 0 && ref < events)
          list[j] = eventIds[ref];
        else {
          positions = 0;
          list[j] = idAt(eventIds, ref);
        }
      }
      byPosition[i] = positions;
      ids = list;
    }
    let from: unknown = undefined;
    if (sources.count.length) {
      const k = sources.count[i] as number;
      const list: unknown[] = new Array(k);
      for (let j = 0; j < k; j++) list[j] = idAt(articleIds, sources.flat[a++]);
      from = list;
    }
    rows[i] = { id: id[i], events: ids, value: at(strings, value[i]), articles: from };
  }
  for (const [i, row] of wholeRows(t, n, 'clusters', problems)) {
    rows[i] = row;
    byPosition[i] = 0;
  }
  clustersByPosition.set(rows, byPosition);
  clusterMembers.set(rows, { count: members.count, flat: members.flat });
  return rows;
}

const fitsMentionRow = (m: ActorMention) =>
  hasKeys(m, ['articleId', 'actorId', 'start', 'end', 'text']) &&
  isStr(m.articleId) &&
  isStr(m.actorId) &&
  isNum(m.start) &&
  isNum(m.end) &&
  isStr(m.text);

/**
 * A corpus's texts with their mentions as the table of a version 3 file, and the strings it
 * shares (article and actor ids); the articles and timexes as they are. `tablesToTexts` gives back
 * the same texts.
 *
 * @example textsToTables({ articles: [], timexes: [], mentions: [] }).mentions.rows // 0
 */
export function textsToTables<
  T extends { articles: readonly { id: string; text: string }[]; mentions: ActorMention[] },
>(texts: T): Omit<T, 'mentions'> & { strings: string[]; mentions: MentionTable } {
  const strings = createStrings();
  const textOf = new Map(texts.articles.map((a) => [a.id, a.text]));
  const t: MentionTable = {
    rows: texts.mentions.length,
    articleId: [],
    actorId: [],
    start: [],
    end: [],
    text: [],
  };
  const whole: Record<string, ActorMention> = {};
  texts.mentions.forEach((m, i) => {
    const fits = fitsMentionRow(m);
    if (!fits) whole[i] = m;
    const r = fits ? m : { articleId: '', actorId: '', start: 0, end: 0, text: '' };
    t.articleId.push(strings.ref(r.articleId));
    t.actorId.push(strings.ref(r.actorId));
    t.start.push(r.start);
    t.end.push(r.end);
    t.text.push(textOf.get(r.articleId)?.slice(r.start, r.end) === r.text ? 0 : r.text);
  });
  if (Object.keys(whole).length) t.whole = whole;
  const { mentions: _m, ...rest } = texts;
  return { strings: strings.list, ...rest, mentions: t };
}

/**
 * The texts of a version 3 file with their mentions read back into rows, for the checks of
 * validate.ts; like tablesToHead, it never throws and names what it cannot read in `problems`.
 */
export function tablesToTexts(texts: Obj, problems: string[]): Obj {
  const strings = isStrings(texts.strings) ? texts.strings : [];
  if (!isStrings(texts.strings)) problems.push('"strings" of the texts is not a list of strings');
  const t = table(texts.mentions, 'mentions', problems);
  if (!t) return { ...texts, mentions: undefined };
  const textOf = new Map<unknown, unknown>();
  if (Array.isArray(texts.articles)) for (const a of texts.articles as Obj[]) textOf.set(a?.id, a?.text);
  const col = (k: string) => column(t, 'mentions', k, t.rows as number, problems);
  const [articleId, actorId] = [col('articleId'), col('actorId')].map((c) => stringsAt(strings, c));
  const [start, end, text] = [col('start'), col('end'), col('text')];
  const rows: unknown[] = new Array(t.rows as number);
  for (let i = 0; i < rows.length; i++) {
    const whole = textOf.get(articleId![i]);
    const s = start![i];
    const e = end![i];
    rows[i] = {
      articleId: articleId![i],
      actorId: actorId![i],
      start: s,
      end: e,
      text:
        text![i] !== 0
          ? text![i]
          : typeof whole === 'string' && typeof s === 'number' && typeof e === 'number'
            ? whole.slice(s, e)
            : undefined,
    };
  }
  putWhole(t, rows, 'mentions', problems);
  return { ...texts, mentions: rows };
}
