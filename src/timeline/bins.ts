/**
 * Index of the first element of ascending `values` that is >= x (values.length if none).
 *
 * @example bisectLeft(Float64Array.of(1, 3, 3, 5), 3) // 1
 */
export function bisectLeft(values: ArrayLike<number>, x: number, lo = 0, hi = values.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many of the ascending `values` fall in each bin [edges[i], edges[i+1]). O(bins * log n), so
 * the cost does not grow with the number of events in view.
 *
 * @example countBetween(Float64Array.of(1, 2, 2, 7), [0, 2, 5, 10]) // [1, 2, 1]
 */
export function countBetween(values: ArrayLike<number>, edges: readonly number[]): number[] {
  const counts: number[] = [];
  let prev = bisectLeft(values, edges[0] ?? 0);
  for (let i = 1; i < edges.length; i++) {
    const next = bisectLeft(values, edges[i]!, prev);
    counts.push(next - prev);
    prev = next;
  }
  return counts;
}

/**
 * Pixel-column density of ascending `values` through a linear map t -> px (offset + t * scale):
 * counts[c] is the number of values drawn in column c (of `columns`, each `columnPx` wide).
 *
 * @example columnDensity(Float64Array.of(0, 1, 9), 0, 1, 2, 5) // Uint32Array [2, 1]
 */
export function columnDensity(
  values: ArrayLike<number>,
  offset: number,
  scale: number,
  columns: number,
  columnPx: number,
): Uint32Array {
  const counts = new Uint32Array(columns);
  if (scale <= 0) return counts;
  let prev = bisectLeft(values, (0 - offset) / scale);
  for (let c = 0; c < columns; c++) {
    const next = bisectLeft(values, ((c + 1) * columnPx - offset) / scale, prev);
    counts[c] = next - prev;
    prev = next;
  }
  return counts;
}
