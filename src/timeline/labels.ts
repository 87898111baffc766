import type { Granularity } from '../core/types';
import names from './calendar-names.json';
import { DAY } from './scales';

const pad = (n: number) => String(n).padStart(2, '0');
const weekday = (d: Date) => names.weekdays[d.getUTCDay()]!;
const monthShort = (d: Date) => names.monthsShort[d.getUTCMonth()]!;
const month = (d: Date) => names.months[d.getUTCMonth()]!;

/**
 * A UTC day as people read it in a news timeline.
 *
 * @example formatDay(Date.UTC(2023, 9, 17)) // "Tue 17 Oct 2023"
 */
export function formatDay(ms: number): string {
  return `${weekday(new Date(ms))} ${formatShortDay(ms)}`;
}

/**
 * A UTC day without its weekday.
 *
 * @example formatShortDay(Date.UTC(2023, 9, 16)) // "16 Oct 2023"
 */
export function formatShortDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${monthShort(d)} ${d.getUTCFullYear()}`;
}

/**
 * A UTC month in full.
 *
 * @example formatMonth(Date.UTC(2023, 9, 16)) // "October 2023"
 */
export function formatMonth(ms: number): string {
  const d = new Date(ms);
  return `${month(d)} ${d.getUTCFullYear()}`;
}

/**
 * A window [from, to) as its first and last moments: whole days past two days ("Sun 8 Oct 2023 –
 * Tue 24 Oct 2023"); within two days, with the clock time of each end, the day said once when
 * both ends share it, and the seconds under ten minutes ("Wed 18 Oct 2023 14:00:10 – 14:01:10"),
 * so a window of an hour or a minute never reads as one day to itself.
 *
 * @example formatWindow(Date.UTC(2023, 9, 18, 14), Date.UTC(2023, 9, 18, 15)) // "Wed 18 Oct 2023 14:00 – 15:00"
 */
export function formatWindow(from: number, to: number, joiner = ' – '): string {
  const span = to - from;
  if (span > 2 * DAY) return `${formatDay(from)}${joiner}${formatDay(to - 1)}`;
  const clock = (ms: number) => {
    const d = new Date(ms);
    const hm = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    return span < 10 * 60_000 ? `${hm}:${pad(d.getUTCSeconds())}` : hm;
  };
  const startText = `${formatDay(from)} ${clock(from)}`;
  if (Math.floor(from / DAY) === Math.floor(to / DAY)) return `${startText}${joiner}${clock(to)}`;
  return `${startText}${joiner}${formatDay(to)} ${clock(to)}`;
}

/** "16–22 Oct 2023", "30 Oct – 5 Nov 2023", "30 Dec 2023 – 5 Jan 2024" for a span of days. */
function formatDayRange(startMs: number, lastMs: number): string {
  const a = new Date(startMs);
  const b = new Date(lastMs);
  const tail = `${b.getUTCDate()} ${monthShort(b)} ${b.getUTCFullYear()}`;
  if (a.getUTCFullYear() !== b.getUTCFullYear())
    return `${a.getUTCDate()} ${monthShort(a)} ${a.getUTCFullYear()} – ${tail}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) return `${a.getUTCDate()} ${monthShort(a)} – ${tail}`;
  return `${a.getUTCDate()}–${tail}`;
}

const ordinal = (n: number) => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
};

/**
 * The label of an event's interval [start, end) at its granularity: the start of every mark's
 * accessible name, so it says how coarse the date is ("October 2023" is a month, not the 1st).
 *
 * @example intervalLabel(Date.UTC(2023, 9, 16), Date.UTC(2023, 9, 23), 'week') // "Week of 16–22 Oct 2023"
 */
export function intervalLabel(start: number, end: number, granularity: Granularity): string {
  const d = new Date(start);
  const y = d.getUTCFullYear();
  switch (granularity) {
    case 'minute':
    case 'hour':
      return `${formatDay(start)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    case 'partOfDay': {
      const part = (names.partsOfDay as Record<string, string>)[String(d.getUTCHours())] ?? 'part of day';
      return `${formatDay(start)} ${part}`;
    }
    case 'day':
      return formatDay(start);
    case 'weekend':
      return `Weekend of ${formatDayRange(start, end - DAY)}`;
    case 'week':
      return `Week of ${formatDayRange(start, end - DAY)}`;
    case 'month':
      return `${month(d)} ${y}`;
    case 'season': {
      const season = (names.seasons as Record<string, string>)[String(d.getUTCMonth() + 1)] ?? 'Season';
      return `${season} ${y}`;
    }
    case 'quarter':
      return `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${y}`;
    case 'half':
      return `H${d.getUTCMonth() < 6 ? 1 : 2} ${y}`;
    case 'year':
      return String(y);
    case 'decade':
      return `${y}s`;
    case 'century':
      return `${ordinal(Math.floor(y / 100) + 1)} century`;
  }
}

/**
 * True for granularities drawn as a span (a week or coarser), false for points (a day or finer).
 *
 * @example isSpanGranularity('month') // true
 */
export function isSpanGranularity(g: Granularity): boolean {
  return !(g === 'minute' || g === 'hour' || g === 'partOfDay' || g === 'day');
}

/**
 * A period as it reads after "dated only to": the interval label, with "the" before a week, a
 * weekend, a decade or a century, and a season in lower case.
 *
 * @example periodName(Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1), 'year') // "2023"
 * @example periodName(Date.UTC(2023, 9, 16), Date.UTC(2023, 9, 23), 'week') // "the week of 16–22 Oct 2023"
 */
export function periodName(start: number, end: number, granularity: Granularity): string {
  const label = intervalLabel(start, end, granularity);
  switch (granularity) {
    case 'week':
    case 'weekend':
      return `the ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
    case 'season':
      return label.charAt(0).toLowerCase() + label.slice(1);
    case 'decade':
    case 'century':
      return `the ${label}`;
    default:
      return label;
  }
}
