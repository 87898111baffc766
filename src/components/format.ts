import { isoToMs, SEASON_NAMES, valueToInterval } from '../core/time/interval';
import names from '../timeline/calendar-names.json';
import { formatDay, formatMonth, formatShortDay } from '../timeline/labels';
import { DAY } from '../timeline/scales';
import type { PublicationDate, PublishedSource } from '../core/types';

const PART_OF_DAY: Record<string, string> = {
  MO: 'morning',
  MI: 'midday',
  AF: 'afternoon',
  EV: 'evening',
  NI: 'night',
  DT: 'daytime',
};
const UNITS: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', S: 'second' };
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A TIMEX3 value as a reader would say it: "2023-10-17" -> "Tue 17 Oct 2023", "2023-W42" -> "week
 * of 16 Oct 2023". Built from the timeline's own calendar names rather than Intl.DateTimeFormat,
 * whose first construction costs tens of milliseconds at start-up, and so that the list, the
 * article and the timeline spell dates one way.
 */
export function formatValue(value: string): string {
  const interval = valueToInterval(value);
  if (!interval) return formatUnanchored(value);
  const start = isoToMs(interval.start);
  const last = isoToMs(interval.end) - DAY;
  const d = new Date(start);
  switch (interval.granularity) {
    case 'minute':
    case 'hour':
      return `${formatDay(start)}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    case 'partOfDay':
      return `${formatDay(start)} (${PART_OF_DAY[value.slice(-2)] ?? 'part of day'})`;
    case 'day':
      return formatDay(start);
    case 'week':
      return `week of ${formatShortDay(start)}`;
    case 'weekend':
      return `weekend of ${formatShortDay(start)}`;
    case 'month':
      return formatMonth(start);
    case 'year':
      return String(d.getUTCFullYear());
    case 'decade':
      return `the ${d.getUTCFullYear()}s`;
    default: {
      const range = `${formatShortDay(start)} – ${formatShortDay(last)}`;
      const named = namedPeriod(value);
      return named ? `${named} (${range})` : range;
    }
  }
}

/** A quarter, half or season by its name: "2023-Q4" -> "Q4 2023", "2023-SP" -> "spring 2023". */
function namedPeriod(value: string): string | null {
  const m = /^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$/.exec(value);
  if (!m) return null;
  return `${SEASON_NAMES[m[2]!] ?? m[2]} ${m[1]}`;
}

function formatUnanchored(value: string): string {
  if (value === 'PRESENT_REF') return 'the present (at publication)';
  if (value === 'PAST_REF') return 'the past';
  if (value === 'FUTURE_REF') return 'the future';
  const length = formatLength(value);
  if (length) return `${length} (a duration)`;
  const generic = formatGeneric(value);
  return generic ? `${generic.one}, ${generic.any}` : value;
}

/** A length's count (NaN for "X") and unit: "P18M" -> 18 months, "PT1H" -> 1 hour; null for anything else. */
function lengthOf(value: string): { n: number; unit: string } | null {
  const m = /^PT?(\d+(?:\.\d+)?|X)([YMWDHS])$/.exec(value);
  if (!m) return null;
  const unit = value.startsWith('PT') && m[2] === 'M' ? 'minute' : (UNITS[m[2]!] ?? m[2]!);
  return { n: m[1] === 'X' ? NaN : Number(m[1]), unit };
}

/** "P18M" -> "18 months", "PT1H" -> "1 hour", "PXY" -> "some years"; null for anything else. */
function formatLength(value: string): string | null {
  const length = lengthOf(value);
  if (!length) return null;
  const { n, unit } = length;
  if (Number.isNaN(n)) return `some ${unit}s`;
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * A value with no year ("XXXX-12-25", "XXXX-WXX-5", "XXXX-XX-XXT10:00"): `one` names one such time
 * ("25 December", "a Friday", "10:00"), `any` says what it recurs in ("any year", "any week").
 */
function formatGeneric(value: string): { one: string; any: string; every: string } | null {
  let m = /^XXXX-(\d\d)(?:-(\d\d))?$/.exec(value);
  if (m) {
    const month = names.months[Number(m[1]) - 1];
    if (!month) return null;
    const one = m[2] ? `${Number(m[2])} ${month}` : month;
    return { one, any: 'any year', every: one };
  }
  m = /^XXXX-(SP|SU|FA|WI|Q[1-4]|H[12])$/.exec(value);
  if (m) {
    const one = SEASON_NAMES[m[1]!] ?? m[1]!;
    return { one, any: 'any year', every: one };
  }
  m = /^XXXX-WXX-([1-7])(?:T(MO|MI|AF|EV|NI|DT))?$/.exec(value);
  if (m) {
    const day = WEEKDAYS[Number(m[1]) - 1]!;
    const part = m[2] ? ` ${PART_OF_DAY[m[2]]}` : '';
    return { one: `a ${day}${part}`, any: 'any week', every: `${day}${part}` };
  }
  m = /^XXXX-XX-XXT(?:(MO|MI|AF|EV|NI|DT)|(\d\d)(?::(\d\d))?)$/.exec(value);
  if (m) {
    const one = m[1] ? `the ${PART_OF_DAY[m[1]]}` : `${m[2]}:${m[3] ?? '00'}`;
    return { one, any: 'any day', every: m[1] ? PART_OF_DAY[m[1]]! : `day at ${one}` };
  }
  return null;
}

/** "P1W" with freq "2X" -> "twice a week", "XXXX-WXX-2" -> "every Tuesday". */
function formatSet(value: string, freq: string | undefined): string {
  const times = /^(\d+)X$/.exec(freq ?? '');
  const k = times ? Number(times[1]) : 0;
  const often = k === 1 ? 'once' : k === 2 ? 'twice' : `${k} times`;
  const length = lengthOf(value);
  if (length) {
    const { n, unit } = length;
    const period = n === 1 ? unit : `${formatLength(value)}`;
    if (k) return `${often} ${n === 1 ? `a ${unit}` : `every ${period}`}`;
    return `every ${period}`;
  }
  const generic = formatGeneric(value);
  const every = generic ? `every ${generic.every}` : `every ${formatValue(value)}`;
  return k ? `${often}, ${every}` : every;
}

/** Words a TimeML mod puts before a value: "the end of 2026", "about 5 hours", "before 2014". */
const MOD_WORDS: Record<string, string> = {
  START: 'the start of',
  MID: 'the middle of',
  END: 'the end of',
  APPROX: 'about',
  MORE_THAN: 'more than',
  LESS_THAN: 'less than',
  EQUAL_OR_MORE: 'at least',
  EQUAL_OR_LESS: 'at most',
  BEFORE: 'before',
  AFTER: 'after',
  ON_OR_BEFORE: 'on or before',
  ON_OR_AFTER: 'on or after',
};

/**
 * A temporal expression's reading as a reader would say it, with what its value alone leaves out:
 * its mod ("late 2026" -> "the end of 2026", "nearly five hours" -> "less than 5 hours (a
 * duration)") and, for a set, that it recurs ("every Tuesday", "twice a week").
 */
export function formatTimex(t: { value: string; type: string; mod?: string; freq?: string }): string {
  const base = t.type === 'SET' ? formatSet(t.value, t.freq) : formatValue(t.value);
  const words = t.mod ? MOD_WORDS[t.mod] : undefined;
  return words ? `${words} ${base}` : base;
}

/**
 * A count with its noun, thousands grouped the British way: "1 event", "10,000 events". Written
 * out rather than with toLocaleString, whose first call starts ICU's number formatting (about
 * 20 ms on the first render).
 */
export function countOf(n: number, one: string, many: string): string {
  const digits = String(Math.trunc(Math.abs(n)));
  let grouped = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += ',';
    grouped += digits[i];
  }
  return `${n < 0 ? '-' : ''}${grouped} ${n === 1 ? one : many}`;
}

/** What a reader is told about how the publication date was known. */
export const PUBLISHED_HOW: Record<PublishedSource, string> = {
  manifest: 'from the manifest',
  dateline: 'from the top of the page',
  inferred: 'inferred from the text',
  unknown: 'unknown',
  user: 'set by hand',
};

/**
 * How sure the app is of a publication date it found itself (a dateline or the text), in words:
 * null when sure enough to say nothing. On our news set, inferred dates under 0.5 were right about
 * one time in three, those from 0.5 about two in three (`npm run eval:pubdate`).
 */
export function publishedDoubt(pub: Pick<PublicationDate, 'source' | 'confidence'>): string | null {
  if (pub.source !== 'dateline' && pub.source !== 'inferred') return null;
  if (pub.confidence < 0.5) return 'low confidence';
  if (pub.confidence < 0.8) return 'medium confidence';
  return null;
}

/** Whether a typed TIMEX3 value is one the app can draw or explain. */
export function isKnownValue(value: string): boolean {
  return (
    valueToInterval(value) !== null ||
    /^(PT?\d+(\.\d+)?[YMWDHS]|PRESENT_REF|PAST_REF|FUTURE_REF)$/.test(value)
  );
}

/**
 * A moment in the reader's own time zone, to the minute ("Tue 17 Oct 2023, 14:05"), or the text as
 * given when it is not a date.
 *
 * @example formatLocalMinute('2023-10-17T14:05:00') // 'Tue 17 Oct 2023, 14:05' (read as local time)
 */
export function formatLocalMinute(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = formatDay(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  return `${day}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
