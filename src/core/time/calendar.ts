/** Calendar arithmetic on UTC days (milliseconds at 00:00 UTC) and TimeML value formatting. */

export const DAY_MS = 86_400_000;

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** "YYYY-MM-DD" to UTC ms, or null. */
export function isoToDay(iso: string | null): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  return Number.isFinite(t) ? t : null;
}

export const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
export const yearOf = (t: number) => new Date(t).getUTCFullYear();
export const monthOf = (t: number) => new Date(t).getUTCMonth() + 1;
export const dateOf = (t: number) => new Date(t).getUTCDate();
/** ISO weekday, Monday = 1 ... Sunday = 7. */
export const weekdayOf = (t: number) => ((new Date(t).getUTCDay() + 6) % 7) + 1;

export const fmtYear = (y: number) => pad(y, 4);
export const fmtMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
export const fmtDay = (t: number) => `${pad(yearOf(t), 4)}-${pad(monthOf(t))}-${pad(dateOf(t))}`;

/** "YYYY-Www" of the ISO week containing t. */
export function fmtWeek(t: number): string {
  const thursday = t + (4 - weekdayOf(t)) * DAY_MS;
  const y = yearOf(thursday);
  const week = Math.floor((thursday - Date.UTC(y, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${pad(y, 4)}-W${pad(week)}`;
}

/** The month `delta` months from (y, m), as [year, month]. */
export function addMonths(y: number, m: number, delta: number): [number, number] {
  const i = y * 12 + (m - 1) + delta;
  return [Math.floor(i / 12), (i % 12) + 1];
}

/** Whether y-m-d is a real calendar day. */
export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Tue 17 Oct 2023": a day for explanations. */
export const describeDay = (t: number) =>
  `${WEEKDAY_NAMES[weekdayOf(t) - 1]} ${dateOf(t)} ${MONTH_NAMES[monthOf(t) - 1]} ${yearOf(t)}`;
