import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storyWindow } from '../../src/timeline/story-window';

const DAY = 86_400_000;
const days = (...d: number[]) => d.map((x) => x * DAY);

describe('storyWindow', () => {
  it('leaves out outliers at both ends and pads the dense part', () => {
    const pts = days(0, 50, 51, 52, 53, 54, 55, 56, 57, 100);
    expect(storyWindow(pts, [0, 101 * DAY], { share: 0.8 })).toEqual([49 * DAY, 58 * DAY]);
  });

  it('pads by a share of the dense interval when that is more than a day', () => {
    const pts = days(0, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 1000);
    // 11 of 13 (0.8) -> days 100..200; 10 % of 100 days each side.
    expect(storyWindow(pts, [0, 1001 * DAY], { share: 0.8 })).toEqual([90 * DAY, 210 * DAY]);
  });

  it('shows everything when the dense part already spans most of the extent', () => {
    const pts = days(0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100);
    expect(storyWindow(pts, [0, 101 * DAY])).toEqual([0, 101 * DAY]);
  });

  it('shows everything when there are too few points to have a dense part', () => {
    expect(storyWindow(days(0, 50, 51, 100), [0, 101 * DAY])).toEqual([0, 101 * DAY]);
  });

  it('does not depend on the order of the points', () => {
    const pts = days(3, 200, 201, 202, 203, 205, 207, 209, 210, 600);
    const reversed = [...pts].reverse();
    expect(storyWindow(reversed, [0, 601 * DAY])).toEqual(storyWindow(pts, [0, 601 * DAY]));
  });

  it('always lies inside the full extent and holds the requested share of the points', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 8, maxLength: 80 }), (raw) => {
        const pts = raw.map((d) => d * DAY);
        const full: [number, number] = [Math.min(...pts), Math.max(...pts) + DAY];
        const [a, b] = storyWindow(pts, full);
        expect(a).toBeGreaterThanOrEqual(full[0]);
        expect(b).toBeLessThanOrEqual(full[1]);
        expect(a).toBeLessThan(b);
        const inside = pts.filter((t) => t >= a && t <= b).length;
        expect(inside).toBeGreaterThanOrEqual(Math.ceil(0.85 * pts.length));
      }),
    );
  });
});
