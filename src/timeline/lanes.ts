/** A horizontal extent in pixels, half-open [x0, x1). */
export type Extent = { x0: number; x1: number };

/**
 * Greedy interval packing: each extent, in order of x0, goes into the first lane whose last
 * extent ends at least `gap` before it. Returns one lane per input (in input order), or -1 when
 * it would need more than `maxLanes` lanes. Greedy by start is optimal for interval graphs, so no
 * other assignment uses fewer lanes.
 *
 * @example packLanes([{ x0: 0, x1: 10 }, { x0: 5, x1: 15 }, { x0: 12, x1: 20 }]) // [0, 1, 0]
 */
export function packLanes(extents: readonly Extent[], gap = 0, maxLanes = Infinity): number[] {
  const order = extents.map((_, i) => i).sort((i, j) => extents[i]!.x0 - extents[j]!.x0 || i - j);
  const ends: number[] = [];
  const lanes = new Array<number>(extents.length).fill(-1);
  for (const i of order) {
    const e = extents[i]!;
    let lane = ends.findIndex((end) => end + gap <= e.x0);
    if (lane === -1 && ends.length < maxLanes) lane = ends.push(-Infinity) - 1;
    if (lane === -1) continue;
    ends[lane] = e.x1;
    lanes[i] = lane;
  }
  return lanes;
}
