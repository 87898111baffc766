import type { LaneMode } from '../components/timeline/types';

/** What a deep link can say. Filters hold ids; the window is [from, to) as UTC instants. */
export type UrlState = {
  /** A `?corpus=` URL to load instead of the bundled articles; kept verbatim. */
  corpus: string | null;
  /**
   * A collection the reader opened in this browser (`?local=`): the content key it is stored
   * under in IndexedDB. Another browser does not have it.
   */
  local: string | null;
  event: string | null;
  actors: string[];
  topics: string[];
  sources: string[];
  q: string;
  /** Visible window, half-open. Null means "the whole corpus". */
  from: Date | null;
  to: Date | null;
  lanes: LaneMode | null;
};

export type UrlNotice = { param: string; message: string };

export const EMPTY_URL_STATE: UrlState = {
  corpus: null,
  local: null,
  event: null,
  actors: [],
  topics: [],
  sources: [],
  q: '',
  from: null,
  to: null,
  lanes: null,
};

const LANES: readonly LaneMode[] = ['none', 'actor', 'topic', 'source'];
const DAY = 86_400_000;
const ID = /^[\p{L}\p{N}:._~-]+$/u;
/** A collection key: lowercase hex, as collectionKey writes it. */
const LOCAL_KEY = /^[0-9a-f]{8,64}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** "2023-10-01" or "2023-10-01T06:30" (UTC) to a Date, or null if it names no real instant. */
export function parseInstant(text: string): Date | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi] = [+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0)];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
  // (Date.UTC reads years 0–99 as 1900–1999: "0002-02-20" is the year 2.)
  if (y < 100) date.setUTCFullYear(y, mo - 1, d);
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59) return null;
  return date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date as "YYYY-MM-DD", with "THH:MM" only when it is not midnight UTC. */
export function formatInstant(date: Date): string {
  // Four-digit years always: "0002-02-20", never "2-02-20" (which <input type=date> and the codec refuse).
  const day = `${String(date.getUTCFullYear()).padStart(4, '0')}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  return h === 0 && m === 0 ? day : `${day}T${pad(h)}:${pad(m)}`;
}

function isMidnight(d: Date): boolean {
  return d.getTime() % DAY === 0;
}

/**
 * Reads a location.search string. Anything malformed is dropped and reported; the rest still applies.
 * `to` is inclusive for whole days (a reader writes "to=2023-10-31" for the end of October), so the
 * returned half-open window ends the next midnight.
 *
 * @example parseUrlState('?actor=country:RU&from=2023-10-01&to=2023-10-31').state.to // 2023-11-01T00:00Z
 */
export function parseUrlState(search: string): { state: UrlState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const state: UrlState = { ...EMPTY_URL_STATE, actors: [], topics: [], sources: [] };
  const list = (name: string): string[] => {
    const raw = params.getAll(name).flatMap((v) => v.split(','));
    const ids: string[] = [];
    for (const v of raw.map((x) => x.trim()).filter(Boolean)) {
      if (!ID.test(v)) notices.push({ param: name, message: `Ignored ${name} “${v}”: not a valid id.` });
      else if (!ids.includes(v)) ids.push(v);
    }
    return ids;
  };
  state.corpus = params.get('corpus') || null;
  const local = params.get('local');
  if (local !== null) {
    if (!LOCAL_KEY.test(local))
      notices.push({ param: 'local', message: `Ignored local “${local}”: not a collection key.` });
    else if (state.corpus)
      notices.push({
        param: 'local',
        message: `Ignored local “${local}”: the link also names a corpus file, which is shown.`,
      });
    else state.local = local;
  }
  const event = params.get('event');
  if (event !== null) {
    if (ID.test(event)) state.event = event;
    else notices.push({ param: 'event', message: `Ignored event “${event}”: not a valid id.` });
  }
  state.actors = list('actor');
  state.topics = list('topic');
  state.sources = list('source');
  state.q = (params.get('q') ?? '').slice(0, 200);
  const from = params.get('from');
  const to = params.get('to');
  if (from !== null) {
    state.from = parseInstant(from);
    if (!state.from)
      notices.push({ param: 'from', message: `Ignored from “${from}”: use a date like 2023-10-01.` });
  }
  if (to !== null) {
    const end = parseInstant(to);
    if (!end) notices.push({ param: 'to', message: `Ignored to “${to}”: use a date like 2023-10-31.` });
    else state.to = /T/.test(to) ? end : new Date(end.getTime() + DAY);
  }
  if (state.from && state.to && state.from >= state.to) {
    // (Equal instants, "?from=…T14:00&to=…T14:00", are no window either, and not "before".)
    const same = state.from.getTime() === state.to.getTime();
    notices.push({
      param: 'to',
      message: `Ignored the date range: “to” is ${same ? 'the same time as' : 'before'} “from”.`,
    });
    state.from = null;
    state.to = null;
  }
  const lanes = params.get('lanes');
  if (lanes !== null) {
    if ((LANES as readonly string[]).includes(lanes)) state.lanes = lanes as LaneMode;
    else notices.push({ param: 'lanes', message: `Ignored lanes “${lanes}”: use ${LANES.join(', ')}.` });
  }
  return { state, notices };
}

/**
 * Writes the state as a search string with a stable key order and readable values (ids keep their
 * ":" and ","). Empty values are left out; returns "" when there is nothing to say.
 *
 * @example formatUrlState({ ...EMPTY_URL_STATE, event: 'e1', actors: ['country:RU'] }) // '?event=e1&actor=country:RU'
 */
export function formatUrlState(state: UrlState): string {
  const parts: string[] = [];
  // Encode what would break parsing but keep ":" and "," readable, as in the documented links.
  const enc = (v: string) => encodeURIComponent(v).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  const add = (k: string, v: string) => parts.push(`${k}=${enc(v)}`);
  if (state.corpus) add('corpus', state.corpus);
  if (state.local) add('local', state.local);
  if (state.event) add('event', state.event);
  if (state.actors.length) add('actor', state.actors.join(','));
  if (state.topics.length) add('topic', state.topics.join(','));
  if (state.sources.length) add('source', state.sources.join(','));
  if (state.q) add('q', state.q);
  if (state.from) add('from', formatInstant(state.from));
  if (state.to) {
    // Whole days are written inclusive, the way parseUrlState reads them.
    add(
      'to',
      isMidnight(state.to) ? formatInstant(new Date(state.to.getTime() - DAY)) : formatInstant(state.to),
    );
  }
  if (state.lanes) add('lanes', state.lanes);
  return parts.length ? `?${parts.join('&')}` : '';
}
