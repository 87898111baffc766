const DAY = 86_400_000;

export type StoryWindowOptions = {
  /** Share of the points the window must hold. */
  share?: number;
  /** Padding on each side, as a share of the dense interval (at least a day). */
  pad?: number;
  /** When the padded window would cover this share of the full extent or more, show it all. */
  maxFraction?: number;
  /** Below this many points there is no "dense part" to speak of: show everything. */
  minPoints?: number;
};

/**
 * The window a reader should see first: the shortest interval holding `share` of the points (times
 * in ms), padded and clipped to `full`. A few outliers (an old photo caption, a later article) no
 * longer shrink the story to a sliver; when the dense part already spans most of `full`, or there
 * are too few points, `full` itself. Deterministic in its inputs, so a link without a window can
 * always be restored to the same one.
 *
 * @example
 * const day = 86_400_000;
 * storyWindow([0, 50, 51, 52, 53, 54, 55, 56, 57, 100].map((d) => d * day), [0, 101 * day], { share: 0.8 })
 * // [49 * day, 58 * day]: days 50 to 57 hold 8 of the 10 points; padded by a day on each side
 */
export function storyWindow(
  points: readonly number[],
  full: readonly [number, number],
  opts: StoryWindowOptions = {},
): [number, number] {
  const share = opts.share ?? 0.85;
  const n = points.length;
  const whole: [number, number] = [full[0], full[1]];
  if (n < (opts.minPoints ?? 8)) return whole;
  const sorted = Float64Array.from(points).sort();
  // The shortest run of m consecutive sorted points is the shortest interval holding m of them.
  const m = Math.max(2, Math.ceil(share * n));
  let best = 0;
  for (let i = 1; i + m - 1 < n; i++) {
    if (sorted[i + m - 1]! - sorted[i]! < sorted[best + m - 1]! - sorted[best]!) best = i;
  }
  const lo = sorted[best]!;
  const hi = sorted[best + m - 1]!;
  const pad = Math.max((hi - lo) * (opts.pad ?? 0.1), DAY);
  // Whole UTC days: a window a reader can name, and a link that reads "from=2023-02-20".
  const from = Math.max(full[0], Math.floor((lo - pad) / DAY) * DAY);
  const to = Math.min(full[1], Math.ceil((hi + pad) / DAY) * DAY);
  if (to - from >= (opts.maxFraction ?? 0.6) * (full[1] - full[0])) return whole;
  return [from, to];
}
