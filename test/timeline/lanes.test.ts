import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packLanes, type Extent } from '../../src/timeline/lanes';

describe('packLanes(extents, gap, maxLanes)', () => {
  it.each([
    [
      'disjoint marks share lane 0',
      [
        [0, 10],
        [20, 30],
        [40, 50],
      ],
      0,
      [0, 0, 0],
    ],
    [
      'overlaps stack',
      [
        [0, 10],
        [5, 15],
        [12, 20],
      ],
      0,
      [0, 1, 0],
    ],
    [
      'gap pushes a neighbour down',
      [
        [0, 10],
        [12, 20],
      ],
      4,
      [0, 1],
    ],
    [
      'input order does not matter',
      [
        [12, 20],
        [0, 10],
        [5, 15],
      ],
      0,
      [0, 0, 1],
    ],
  ] as const)('%s', (_, pairs, gap, lanes) => {
    expect(
      packLanes(
        pairs.map(([x0, x1]) => ({ x0, x1 })),
        gap,
      ),
    ).toEqual(lanes);
  });
  it('marks what does not fit in maxLanes with -1', () => {
    const e = [0, 1, 2].map(() => ({ x0: 0, x1: 10 }));
    expect(packLanes(e, 0, 2)).toEqual([0, 1, -1]);
  });
  it('never overlaps two extents in one lane and uses as many lanes as the deepest overlap', () => {
    const extent = fc
      .tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 60 }))
      .map(([x0, w]): Extent => ({ x0, x1: x0 + w }));
    fc.assert(
      fc.property(fc.array(extent, { maxLength: 60 }), (extents) => {
        const lanes = packLanes(extents);
        for (let i = 0; i < extents.length; i++)
          for (let j = i + 1; j < extents.length; j++) {
            const a = extents[i]!;
            const b = extents[j]!;
            if (lanes[i] === lanes[j] && a.x0 < b.x1 && b.x0 < a.x1) return false;
          }
        let depth = 0;
        for (const p of extents)
          depth = Math.max(depth, extents.filter((q) => q.x0 <= p.x0 && p.x0 < q.x1).length);
        return (extents.length === 0 ? 0 : Math.max(...lanes) + 1) === depth;
      }),
    );
  });
});
