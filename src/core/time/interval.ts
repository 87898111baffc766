import type { Granularity } from '../types';

/** A half-open interval of ISO strings, "YYYY-MM-DD" or, below a day, "YYYY-MM-DDTHH:MM". */
export type Interval = { start: string; end: string; granularity: Granularity };

const DAY = 86_400_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** UTC milliseconds to "YYYY-MM-DD". */
export function msToIsoDay(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function msToIsoMinute(ms: number): string {
  const d = new Date(ms);
  return `${msToIsoDay(ms)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Two ASCII digits at i as a number, or NaN. */
function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : NaN;
}

/**
 * "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]" to UTC milliseconds; NaN if malformed. Read by character
 * codes, not a regular expression: the app converts every event's interval with it at load time.
 *
 * @example isoToMs('2023-10-17T09:30') // 1697535000000
 */
export function isoToMs(iso: string): number {
  const n = iso.length;
  if ((n !== 10 && n !== 16 && n !== 19) || iso[4] !== '-' || iso[7] !== '-') return NaN;
  let h = 0;
  let mi = 0;
  let sec = 0;
  if (n > 10) {
    if (iso[10] !== 'T' || iso[13] !== ':' || (n === 19 && iso[16] !== ':')) return NaN;
    h = digits2(iso, 11);
    mi = digits2(iso, 14);
    if (n === 19) sec = digits2(iso, 17);
  }
  const y = digits2(iso, 0) * 100 + digits2(iso, 2);
  return Date.UTC(y, digits2(iso, 5) - 1, digits2(iso, 8), h, mi, sec);
}

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

/** Monday of ISO week `w` of ISO year `y`, in UTC ms. */
export function isoWeekStart(y: number, w: number): number {
  const jan4 = utc(y, 1, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - dow * DAY + (w - 1) * 7 * DAY;
}

/** ISO year and week of a UTC day. */
export function msToIsoWeek(ms: number): { year: number; week: number } {
  const d = new Date(ms);
  const dow = (d.getUTCDay() + 6) % 7;
  const thursday = ms - dow * DAY + 3 * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - utc(year, 1, 1)) / (7 * DAY)) + 1;
  return { year, week };
}

const span = (start: number, end: number, granularity: Granularity): Interval => ({
  start: msToIsoDay(start),
  end: msToIsoDay(end),
  granularity,
});

const PART_OF_DAY: Record<string, [number, number]> = {
  MO: [6, 12],
  MI: [12, 13],
  AF: [12, 18],
  EV: [18, 22],
  NI: [20, 30],
  DT: [8, 18],
};

const SEASON: Record<string, [number, number]> = { SP: [3, 6], SU: [6, 9], FA: [9, 12], WI: [12, 15] };
/** TimeML season codes as words, for explanations and labels: "SP" -> "spring". */
export const SEASON_NAMES: Record<string, string> = {
  SP: 'spring',
  SU: 'summer',
  FA: 'autumn',
  WI: 'winter',
};

/** Whether `value` is one calendar day written YYYY-MM-DD ("2023-02-30" is not). */
export function isDayValue(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && valueToInterval(value) !== null;
}

/**
 * The interval a concrete ISO-TimeML value covers, or null for values that are not anchored in
 * time (durations, sets, PRESENT_REF, XXXX-...).
 *
 * @example valueToInterval('2023-W42') // { start: '2023-10-16', end: '2023-10-23', granularity: 'week' }
 */
export function valueToInterval(value: string): Interval | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value))) {
    const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
    const minute = m[5] !== '00' || /T\d{2}:\d{2}:/.test(value);
    const step = minute ? 60_000 : 3_600_000;
    return { start: msToIsoMinute(t), end: msToIsoMinute(t + step), granularity: minute ? 'minute' : 'hour' };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})$/.exec(value))) {
    const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!);
    return { start: msToIsoMinute(t), end: msToIsoMinute(t + 3_600_000), granularity: 'hour' };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})T(MO|MI|AF|EV|NI|DT)$/.exec(value))) {
    const [h0, h1] = PART_OF_DAY[m[4]!]!;
    const day = utc(+m[1]!, +m[2]!, +m[3]!);
    return {
      start: msToIsoMinute(day + h0 * 3_600_000),
      end: msToIsoMinute(day + h1 * 3_600_000),
      granularity: 'partOfDay',
    };
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    const d = utc(+m[1]!, +m[2]!, +m[3]!);
    if (!valid(+m[1]!, +m[2]!, +m[3]!)) return null;
    return span(d, d + DAY, 'day');
  }
  if ((m = /^(\d{4})-W(\d{2})-WE$/.exec(value))) {
    const sat = isoWeekStart(+m[1]!, +m[2]!) + 5 * DAY;
    return span(sat, sat + 2 * DAY, 'weekend');
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    if (+m[2]! < 1 || +m[2]! > 53) return null;
    const mon = isoWeekStart(+m[1]!, +m[2]!);
    return span(mon, mon + 7 * DAY, 'week');
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const y = +m[1]!;
    const mo = +m[2]!;
    if (mo < 1 || mo > 12) return null;
    return span(utc(y, mo, 1), utc(y, mo + 1, 1), 'month');
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const q = +m[2]!;
    return span(utc(+m[1]!, 3 * q - 2, 1), utc(+m[1]!, 3 * q + 1, 1), 'quarter');
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const h = +m[2]!;
    return span(utc(+m[1]!, 6 * h - 5, 1), utc(+m[1]!, 6 * h + 1, 1), 'half');
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const [a, b] = SEASON[m[2]!]!;
    return span(utc(+m[1]!, a, 1), utc(+m[1]!, b, 1), 'season');
  }
  if ((m = /^(\d{4})$/.exec(value))) {
    return span(utc(+m[1]!, 1, 1), utc(+m[1]! + 1, 1, 1), 'year');
  }
  // Decades come as "199" or, in some TimeML corpora, "199X"; centuries as "19" or "19XX".
  if ((m = /^(\d{3})X?$/.exec(value))) {
    const y = +m[1]! * 10;
    return span(utc(y, 1, 1), utc(y + 10, 1, 1), 'decade');
  }
  if ((m = /^(\d{2})(?:XX)?$/.exec(value))) {
    const y = +m[1]! * 100;
    return span(utc(y, 1, 1), utc(y + 100, 1, 1), 'century');
  }
  return null;
}

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
