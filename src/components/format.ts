import { valueToInterval } from '../core/time/interval';
import type { PublishedSource } from '../core/types';

const day = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDay = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const month = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const time = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

const PART_OF_DAY: Record<string, string> = {
  MO: 'morning',
  MI: 'midday',
  AF: 'afternoon',
  EV: 'evening',
  NI: 'night',
  DT: 'daytime',
};
const UNITS: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', S: 'second' };

const toDate = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}:00Z`);

/** "2023-10-17" -> "Tue, 17 Oct 2023" style without the comma Intl puts after the weekday. */
export const formatDay = (d: Date) => day.format(d).replace(',', '');

/** A TIMEX3 value as a reader would say it: "2023-10-17" -> "Tue 17 Oct 2023", "2023-W42" -> "week of 16 Oct 2023". */
export function formatValue(value: string): string {
  const interval = valueToInterval(value);
  if (!interval) return formatUnanchored(value);
  const start = toDate(interval.start);
  const endExclusive = toDate(interval.end);
  const last = new Date(endExclusive.getTime() - 86_400_000);
  switch (interval.granularity) {
    case 'minute':
    case 'hour':
      return `${formatDay(start)}, ${time.format(start)}`;
    case 'partOfDay':
      return `${formatDay(start)} (${PART_OF_DAY[value.slice(-2)] ?? 'part of day'})`;
    case 'day':
      return formatDay(start);
    case 'week':
      return `week of ${shortDay.format(start)}`;
    case 'weekend':
      return `weekend of ${shortDay.format(start)}`;
    case 'month':
      return month.format(start);
    case 'year':
      return String(start.getUTCFullYear());
    case 'decade':
      return `the ${start.getUTCFullYear()}s`;
    default:
      return `${shortDay.format(start)} – ${shortDay.format(last)}`;
  }
}

function formatUnanchored(value: string): string {
  if (value === 'PRESENT_REF') return 'the present (at publication)';
  if (value === 'PAST_REF') return 'the past';
  if (value === 'FUTURE_REF') return 'the future';
  const m = /^PT?(\d+(?:\.\d+)?)([YMWDHS])$/.exec(value);
  if (m) {
    const n = Number(m[1]);
    const unit = value.startsWith('PT') && m[2] === 'M' ? 'minute' : (UNITS[m[2]!] ?? m[2]!);
    return `${n} ${unit}${n === 1 ? '' : 's'} (a duration)`;
  }
  return value;
}

/** What a reader is told about how the publication date was known. */
export const PUBLISHED_HOW: Record<PublishedSource, string> = {
  manifest: 'from the manifest',
  dateline: 'from the dateline',
  inferred: 'inferred from the text',
  unknown: 'unknown',
  user: 'set by hand',
};

/** Whether a typed TIMEX3 value is one the app can draw or explain. */
export function isKnownValue(value: string): boolean {
  return (
    valueToInterval(value) !== null ||
    /^(PT?\d+(\.\d+)?[YMWDHS]|PRESENT_REF|PAST_REF|FUTURE_REF)$/.test(value)
  );
}
