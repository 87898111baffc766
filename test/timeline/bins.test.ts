import { describe, expect, it } from 'vitest';
import { bisectLeft, columnDensity, countBetween } from '../../src/timeline/bins';
import { DAY } from '../../src/timeline/scales';
import { binEdges, binUnit } from '../../src/timeline/ticks';

describe('bisectLeft(values, x)', () => {
  const v = Float64Array.of(1, 3, 3, 5);
  it.each([
    [0, 0],
    [1, 0],
    [2, 1],
    [3, 1],
    [4, 3],
    [6, 4],
  ])('x=%d -> %d', (x, i) => expect(bisectLeft(v, x)).toBe(i));
});

describe('countBetween(values, edges)', () => {
  it('counts half-open bins', () => {
    expect(countBetween(Float64Array.of(1, 2, 2, 7), [0, 2, 5, 10])).toEqual([1, 2, 1]);
  });
  it('loses nothing inside the edges', () => {
    const v = Float64Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000).sort();
    const counts = countBetween(v, [0, 100, 250, 999, 1000]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(counts).toEqual([100, 150, 749, 1]);
  });
});

describe('columnDensity(values, offset, scale, columns, columnPx)', () => {
  it('counts values per pixel column', () => {
    expect([...columnDensity(Float64Array.of(0, 1, 9), 0, 1, 2, 5)]).toEqual([2, 1]);
    expect([...columnDensity(Float64Array.of(10, 11, 19), -10, 1, 2, 5)]).toEqual([2, 1]);
    expect([...columnDensity(Float64Array.of(0, 1, 9, 12), 0, 1, 2, 5)]).toEqual([2, 1]);
    expect([...columnDensity(Float64Array.of(0, 1, 9), 0, 1, 2, 10)]).toEqual([3, 0]);
  });
});

describe('binUnit(pxPerMs, minPx) and binEdges(unit, from, to)', () => {
  it.each([
    [30 * DAY, 'day'],
    [365 * DAY, 'month'],
    [2, 'hour'],
    [20 * 365 * DAY, 'year'],
  ])('a window of %d ms on 800 px bins by %s', (span, name) => {
    expect(binUnit(800 / span, 24).name).toBe(name);
  });
  it('aligns month edges with calendar months', () => {
    const unit = binUnit(800 / (365 * DAY), 24);
    const edges = binEdges(unit, Date.UTC(2023, 0, 15), Date.UTC(2023, 3, 2));
    expect(edges.map((t) => new Date(t).toISOString().slice(0, 10))).toEqual([
      '2023-01-01',
      '2023-02-01',
      '2023-03-01',
      '2023-04-01',
      '2023-05-01',
    ]);
  });
});
