/** Calendar arithmetic on UTC days (milliseconds at 00:00 UTC) and TimeML value formatting. */

export const DAY_MS = 86_400_000;

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/**
 * "YYYY-MM-DD" (or a longer ISO string) to UTC ms at midnight, or null.
 *
 * @example isoToDay('2023-10-17') // 1697500800000
 */
export function isoToDay(iso: string | null): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  return Number.isFinite(t) ? t : null;
}

/**
 * UTC ms of a calendar day (months 1-based; overflow rolls over like Date.UTC).
 *
 * @example fmtDay(dayOf(2023, 10, 17)) // '2023-10-17'
 */
export const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

/** @example yearOf(dayOf(2023, 10, 17)) // 2023 */
export const yearOf = (t: number) => new Date(t).getUTCFullYear();

/** @example monthOf(dayOf(2023, 10, 17)) // 10 */
export const monthOf = (t: number) => new Date(t).getUTCMonth() + 1;

/** @example dateOf(dayOf(2023, 10, 17)) // 17 */
export const dateOf = (t: number) => new Date(t).getUTCDate();

/**
 * ISO weekday, Monday = 1 ... Sunday = 7.
 *
 * @example weekdayOf(dayOf(2023, 10, 17)) // 2 (a Tuesday)
 */
export const weekdayOf = (t: number) => ((new Date(t).getUTCDay() + 6) % 7) + 1;

/**
 * A year as TimeML writes it. Years before the common era count astronomically (0 is 1 BC,
 * -479 is 480 BC), so that "the following year" is always y + 1.
 *
 * @example fmtYear(987) // '0987'
 * @example fmtYear(-479) // 'BC0480'
 */
export const fmtYear = (y: number) => (y <= 0 ? `BC${pad(1 - y, 4)}` : pad(y, 4));

/** @example fmtMonth(2023, 3) // '2023-03' */
export const fmtMonth = (y: number, m: number) => `${fmtYear(y)}-${pad(m)}`;

/** @example fmtDay(dayOf(2023, 10, 17)) // '2023-10-17' */
export const fmtDay = (t: number) => `${pad(yearOf(t), 4)}-${pad(monthOf(t))}-${pad(dateOf(t))}`;

/**
 * "YYYY-Www" of the ISO week containing t (the week belongs to the year of its Thursday).
 *
 * @example fmtWeek(dayOf(2023, 10, 17)) // '2023-W42'
 */
export function fmtWeek(t: number): string {
  const thursday = t + (4 - weekdayOf(t)) * DAY_MS;
  const y = yearOf(thursday);
  const week = Math.floor((thursday - Date.UTC(y, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${pad(y, 4)}-W${pad(week)}`;
}

/**
 * The month `delta` months from (y, m), as [year, month].
 *
 * @example addMonths(2023, 1, -2) // [2022, 11]
 */
export function addMonths(y: number, m: number, delta: number): [number, number] {
  const i = y * 12 + (m - 1) + delta;
  return [Math.floor(i / 12), (i % 12) + 1];
}

/**
 * Whether y-m-d is a real calendar day.
 *
 * @example isValidDay(2023, 2, 29) // false
 */
export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A day as explanations write it.
 *
 * @example describeDay(dayOf(2023, 10, 17)) // 'Tue 17 Oct 2023'
 */
export const describeDay = (t: number) =>
  `${WEEKDAY_NAMES[weekdayOf(t) - 1]} ${dateOf(t)} ${MONTH_NAMES[monthOf(t) - 1]} ${yearOf(t)}`;
