import { scaleUtc, type ScaleTime } from 'd3-scale';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';

export const HOUR = 3_600_000;
export const DAY = 86_400_000;
/** The narrowest window the timeline zooms to: an hour shows minutes on the axis. */
export const MIN_SPAN = HOUR;

export type Domain = readonly [Date, Date];

/**
 * The identity scale of the timeline: the whole corpus (padded by 5% and at least a day each side,
 * so single-day corpora and edge marks stay readable) mapped onto [0, width].
 *
 * @example createBaseScale([new Date('2023-10-01'), new Date('2023-10-31')], 800).range() // [0, 800]
 */
export function createBaseScale(full: Domain, width: number): ScaleTime<number, number> {
  const a = full[0].getTime();
  const b = Math.max(full[1].getTime(), a + 1);
  const pad = Math.max((b - a) * 0.05, DAY);
  return scaleUtc()
    .domain([new Date(a - pad), new Date(b + pad)])
    .range([0, Math.max(1, width)]);
}

/**
 * The zoom transform that shows `domain` through the base scale (the inverse of transformToDomain).
 *
 * @example domainToTransform(base, base.domain() as [Date, Date]).k // 1
 */
export function domainToTransform(base: ScaleTime<number, number>, [from, to]: Domain): ZoomTransform {
  const [r0, r1] = base.range() as [number, number];
  const k = (r1 - r0) / (base(to) - base(from));
  return zoomIdentity.translate(r0 - k * base(from), 0).scale(k);
}

/**
 * The dates a zoom transform shows through the base scale.
 *
 * @example transformToDomain(base, zoomIdentity) // base.domain()
 */
export function transformToDomain(base: ScaleTime<number, number>, t: ZoomTransform): [Date, Date] {
  return t.rescaleX(base).domain() as [Date, Date];
}

/**
 * How far the zoom may go: from twice the (padded) corpus down to MIN_SPAN.
 *
 * @example zoomScaleExtent(createBaseScale([new Date('2023-10-01'), new Date('2023-10-31')], 800)) // [0.5, 792]
 */
export function zoomScaleExtent(base: ScaleTime<number, number>): [number, number] {
  const [a, b] = base.domain() as [Date, Date];
  return [0.5, Math.max(1, (b.getTime() - a.getTime()) / MIN_SPAN)];
}

/**
 * A window scaled by `factor` (2 = zoom in twice) around the instant `center` (default: its middle),
 * never narrower than MIN_SPAN.
 *
 * @example zoomDomain([new Date(0), new Date(4 * DAY)], 2) // [1 day, 3 days] after the epoch
 */
export function zoomDomain([from, to]: Domain, factor: number, center?: Date): [Date, Date] {
  const a = from.getTime();
  const b = to.getTime();
  const c = center ? center.getTime() : (a + b) / 2;
  const span = Math.max((b - a) / factor, MIN_SPAN);
  const ratio = b > a ? (c - a) / (b - a) : 0.5;
  const start = c - ratio * span;
  return [new Date(start), new Date(start + span)];
}

/**
 * The same-width window moved just enough to contain `t` with a margin (a tenth of the width);
 * unchanged when `t` is already comfortably inside.
 *
 * @example panDomainTo([new Date(0), new Date(10)], new Date(20)) // [11, 21]
 */
export function panDomainTo([from, to]: Domain, t: Date): [Date, Date] {
  const a = from.getTime();
  const b = to.getTime();
  const x = t.getTime();
  const margin = (b - a) / 10;
  if (x >= a + margin && x <= b - margin) return [from, to];
  const shift = x < a + margin ? x - (a + margin) : x - (b - margin);
  return [new Date(a + shift), new Date(b + shift)];
}

/**
 * True when two windows differ by less than `tolerance` of their width at both ends.
 *
 * @example sameDomain([new Date(0), new Date(1e9)], [new Date(1), new Date(1e9)]) // true
 */
export function sameDomain(p: Domain, q: Domain, tolerance = 1e-6): boolean {
  const w = Math.max(1, p[1].getTime() - p[0].getTime());
  return (
    Math.abs(p[0].getTime() - q[0].getTime()) <= w * tolerance &&
    Math.abs(p[1].getTime() - q[1].getTime()) <= w * tolerance
  );
}

/**
 * The window "Fit all" shows: the whole extent with a little room each side (2 %, at least a day,
 * whole UTC days), so the first and last marks are not cut in half by the plot's edges and the
 * link it writes reads as dates.
 *
 * @example fitDomain([new Date('2023-01-01'), new Date('2024-01-01')]) // [2022-12-24, 2024-01-09]
 */
export function fitDomain([from, to]: Domain): [Date, Date] {
  const a = from.getTime();
  const b = to.getTime();
  const pad = Math.max((b - a) * 0.02, DAY);
  return [new Date(Math.floor((a - pad) / DAY) * DAY), new Date(Math.ceil((b + pad) / DAY) * DAY)];
}
