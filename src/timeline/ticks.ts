import {
  utcDay,
  utcHour,
  utcMinute,
  utcMonday,
  utcMonth,
  utcSecond,
  utcYear,
  type CountableTimeInterval,
  type TimeInterval,
} from 'd3-time';
import type { ScaleTime } from 'd3-scale';
import type { Granularity } from '../core/types';
import names from './calendar-names.json';
import { DAY, HOUR } from './scales';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Multi-scale tick label: each tick says only what changed at its own level, so one axis reads
 * from decades ("1990") through months ("Oct") and days ("Tue 17") down to hours ("14:00").
 *
 * @example formatTick(new Date(Date.UTC(2023, 9, 1))) // "Oct"
 */
export function formatTick(date: Date): string {
  const t = date.getTime();
  if (utcSecond.floor(date).getTime() < t) return `.${String(date.getUTCMilliseconds()).padStart(3, '0')}`;
  if (utcMinute.floor(date).getTime() < t) return `:${pad(date.getUTCSeconds())}`;
  if (utcHour.floor(date).getTime() < t || utcDay.floor(date).getTime() < t)
    return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  if (utcMonth.floor(date).getTime() < t) return `${names.weekdays[date.getUTCDay()]} ${date.getUTCDate()}`;
  if (utcYear.floor(date).getTime() < t) return names.monthsShort[date.getUTCMonth()]!;
  return String(date.getUTCFullYear());
}

/**
 * A tick label with the larger units it leaves out, for a tick that stands alone (the first of a
 * strip): "Oct" -> "Oct 2023", "Tue 17" -> "Tue 17 Oct 2023"; years and times of day as formatTick
 * with the day before a time.
 *
 * @example formatTickInFull(new Date(Date.UTC(2023, 9, 1))) // "Oct 2023"
 */
export function formatTickInFull(date: Date): string {
  const short = formatTick(date);
  const year = String(date.getUTCFullYear());
  const month = names.monthsShort[date.getUTCMonth()]!;
  if (short === year) return short;
  if (short === month) return `${month} ${year}`;
  if (short.startsWith(names.weekdays[date.getUTCDay()]!)) return `${short} ${month} ${year}`;
  return `${names.weekdays[date.getUTCDay()]} ${date.getUTCDate()} ${month} ${year} ${short}`;
}

/**
 * The larger unit the ticks sit in, shown once at the start of the axis ("October 2023" when
 * the ticks are days, "Tue 17 Oct 2023" when they are hours); empty when ticks are years.
 *
 * @example axisContext([new Date(Date.UTC(2023, 9, 2)), new Date(Date.UTC(2023, 9, 9))]) // "October 2023"
 */
export function axisContext([from, to]: readonly [Date, Date]): string {
  const span = to.getTime() - from.getTime();
  const d = new Date((from.getTime() + to.getTime()) / 2);
  if (span <= 2 * DAY)
    return `${names.weekdays[d.getUTCDay()]} ${d.getUTCDate()} ${names.monthsShort[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  if (span <= 60 * DAY) return `${names.months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  if (span <= 2 * 366 * DAY) return String(d.getUTCFullYear());
  return '';
}

/** A tick and how its label hangs from it: centred, or from its start or end near an edge. */
export type Tick = { t: number; x: number; label: string; anchor: 'start' | 'middle' | 'end' };

/**
 * Ticks about every 90 px across the visible scale, with multi-scale labels. A label centred on a
 * tick near an edge would be cut ("14:00" read ":00"), so there it starts or ends at its tick.
 *
 * @example axisTicks(scaleUtc().domain([new Date('2023-10-16'), new Date('2023-10-19')]).range([0, 300]), 300)[0].label // "Mon 16"
 */
export function axisTicks(scale: ScaleTime<number, number>, width: number, charPx = 6.5): Tick[] {
  const count = Math.max(2, Math.floor(width / 90));
  return scale.ticks(count).map((d) => {
    const x = scale(d);
    const label = formatTick(d);
    const half = (label.length * charPx) / 2;
    const anchor = x < half ? 'start' : x > width - half ? 'end' : 'middle';
    return { t: d.getTime(), x, label, anchor };
  });
}

/**
 * Labels from left to right without overlaps: one that would run into the label before it (widths
 * estimated at `charPx` a character, each placed as its anchor says, at least `gap` px apart) is
 * left out. A first label said in full ("Thu 16 May 2024 00:00") is wider than the tick spacing.
 *
 * @example spacedLabels([{ x: 0, label: 'Thu 16 May 2024 00:00', anchor: 'start' }, { x: 74, label: '06:00', anchor: 'middle' }, { x: 222, label: '18:00', anchor: 'middle' }]).map((t) => t.label) // ['Thu 16 May 2024 00:00', '18:00']
 */
export function spacedLabels<T extends Pick<Tick, 'x' | 'label' | 'anchor'>>(
  ticks: readonly T[],
  charPx = 6.5,
  gap = 8,
): T[] {
  const out: T[] = [];
  let end = -Infinity;
  for (const t of ticks) {
    const w = t.label.length * charPx;
    const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
    if (left < end + gap) continue;
    out.push(t);
    end = left + w;
  }
  return out;
}

export type ContextLabel = { t: number; x: number; label: string };

/**
 * The second row of the axis: the larger unit the ticks sit in, named where each one starts and
 * pinned at the left edge for the one already under way, so a reader always sees which month and
 * year (the day under hour ticks, the minute under second ticks) the ticks belong to: "Sun 3" under "September 2023". Empty when
 * the ticks are years. Labels that would overlap the one before are left out.
 *
 * @example axisContextLabels(scaleUtc().domain([new Date('2023-08-15'), new Date('2023-11-15')]).range([0, 900]), 900).map((c) => c.label) // ["August 2023", "September 2023", "October 2023", "November 2023"]
 */
export function axisContextLabels(
  scale: ScaleTime<number, number>,
  width: number,
  charPx = 6.5,
): ContextLabel[] {
  const ticks = scale.ticks(Math.max(2, Math.floor(width / 90)));
  const [from, to] = scale.domain() as [Date, Date];
  const step = ticks.length >= 2 ? ticks[1]!.getTime() - ticks[0]!.getTime() : to.getTime() - from.getTime();
  let unit: TimeInterval;
  let name: (d: Date) => string;
  if (step < 60_000) {
    // Second ticks (":10", ":20") say neither hour nor minute: the row names the minute.
    unit = utcMinute;
    name = (d) =>
      `${names.weekdays[d.getUTCDay()]} ${d.getUTCDate()} ${names.monthsShort[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  } else if (step < DAY) {
    unit = utcDay;
    name = (d) =>
      `${names.weekdays[d.getUTCDay()]} ${d.getUTCDate()} ${names.monthsShort[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  } else if (step < 28 * DAY) {
    unit = utcMonth;
    name = (d) => `${names.months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  } else if (step < 360 * DAY) {
    unit = utcYear;
    name = (d) => String(d.getUTCFullYear());
  } else return [];
  const out: ContextLabel[] = [];
  let free = -Infinity; // where the last label ends
  const starts = [unit.floor(from), ...unit.range(unit.offset(unit.floor(from), 1), to)];
  starts.forEach((d, i) => {
    const label = name(d);
    const w = label.length * charPx + 8;
    // The unit under way at the left edge is named there, unless its successor's name comes first.
    const x = i === 0 ? 0 : scale(d);
    const next = starts[i + 1];
    if (i === 0 && next && scale(next) < w) return;
    if (x < free || x > width) return;
    out.push({ t: d.getTime(), x, label });
    free = x + w;
  });
  return out;
}

export type BinUnit = {
  interval: CountableTimeInterval | TimeInterval;
  ms: number;
  name: string;
  granularity: Granularity;
};

const UNITS: BinUnit[] = [
  { interval: utcHour, ms: HOUR, name: 'hour', granularity: 'hour' },
  { interval: utcHour.every(6)!, ms: 6 * HOUR, name: '6 hours', granularity: 'hour' },
  { interval: utcDay, ms: DAY, name: 'day', granularity: 'day' },
  { interval: utcMonday, ms: 7 * DAY, name: 'week', granularity: 'week' },
  { interval: utcMonth, ms: 30.4 * DAY, name: 'month', granularity: 'month' },
  { interval: utcMonth.every(3)!, ms: 91 * DAY, name: 'quarter', granularity: 'quarter' },
  { interval: utcYear, ms: 365.25 * DAY, name: 'year', granularity: 'year' },
  { interval: utcYear.every(10)!, ms: 3652.5 * DAY, name: 'decade', granularity: 'decade' },
  { interval: utcYear.every(100)!, ms: 36525 * DAY, name: 'century', granularity: 'century' },
];

/**
 * The calendar unit for aggregate bins: the finest one whose bins are at least `minPx` wide at
 * `pxPerMs`, so bins line up with days, weeks, months... and can be named.
 *
 * @example binUnit(800 / (30 * 86_400_000), 24).name // "day"
 */
export function binUnit(pxPerMs: number, minPx: number): BinUnit {
  return UNITS.find((u) => u.ms * pxPerMs >= minPx) ?? UNITS[UNITS.length - 1]!;
}

/**
 * Bin edges (ms) of `unit` covering [from, to]: the floor of `from` up to past `to`.
 *
 * @example binEdges(binUnit(1e-8, 24), Date.UTC(2023, 0, 15), Date.UTC(2023, 1, 2)) // 1 Jan, 1 Feb, 1 Mar 2023 (months)
 */
export function binEdges(unit: BinUnit, from: number, to: number): number[] {
  const start = unit.interval.floor(new Date(from));
  const edges = unit.interval.range(start, new Date(to)).map((d) => d.getTime());
  if (edges[0] !== start.getTime()) edges.unshift(start.getTime());
  const last = edges[edges.length - 1]!;
  edges.push(unit.interval.offset(new Date(last), 1).getTime());
  return edges;
}
