import fc from 'fast-check';
import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import {
  DAY,
  MIN_SPAN,
  createBaseScale,
  domainToTransform,
  fitDomain,
  panDomainTo,
  sameDomain,
  transformToDomain,
  zoomDomain,
} from '../../src/timeline/scales';

const full: [Date, Date] = [new Date('2023-01-01T00:00Z'), new Date('2024-01-01T00:00Z')];

describe('createBaseScale(full, width)', () => {
  it('pads the corpus by 5% each side', () => {
    const base = createBaseScale(full, 1000);
    const [a, b] = base.domain();
    const pad = (full[1].getTime() - full[0].getTime()) * 0.05;
    expect(a!.getTime()).toBe(full[0].getTime() - pad);
    expect(b!.getTime()).toBe(full[1].getTime() + pad);
    expect(base.range()).toEqual([0, 1000]);
  });
  it('pads a single instant by at least a day', () => {
    const t = new Date('2023-10-17T00:00Z');
    const [a, b] = createBaseScale([t, t], 500).domain();
    expect(t.getTime() - a!.getTime()).toBeGreaterThanOrEqual(DAY);
    expect(b!.getTime() - t.getTime()).toBeGreaterThanOrEqual(DAY);
  });
});

describe('domainToTransform(base, domain) / transformToDomain(base, t)', () => {
  const base = createBaseScale(full, 800);
  it('maps the base domain to the identity', () => {
    const t = domainToTransform(base, base.domain() as [Date, Date]);
    expect(t.k).toBeCloseTo(1, 12);
    expect(t.x).toBeCloseTo(0, 6);
    expect(transformToDomain(base, zoomIdentity)).toEqual(base.domain());
  });
  it.each([
    ['a month', '2023-10-01T00:00Z', '2023-11-01T00:00Z'],
    ['a day', '2023-10-17T00:00Z', '2023-10-18T00:00Z'],
    ['an hour', '2023-10-17T14:00Z', '2023-10-17T15:00Z'],
    ['wider than the corpus', '2020-01-01T00:00Z', '2026-01-01T00:00Z'],
  ])('round-trips %s', (_, a, b) => {
    const d: [Date, Date] = [new Date(a), new Date(b)];
    const back = transformToDomain(base, domainToTransform(base, d));
    expect(Math.abs(back[0].getTime() - d[0].getTime())).toBeLessThan(2);
    expect(Math.abs(back[1].getTime() - d[1].getTime())).toBeLessThan(2);
  });
  it('round-trips any window of an hour or more (property)', () => {
    const lo = Date.UTC(1990, 0, 1);
    const hi = Date.UTC(2050, 0, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: lo, max: hi }),
        fc.integer({ min: MIN_SPAN, max: 20 * 365 * DAY }),
        (a, w) => {
          const d: [Date, Date] = [new Date(a), new Date(a + w)];
          const back = transformToDomain(base, domainToTransform(base, d));
          return sameDomain(back, d, 1e-6);
        },
      ),
    );
  });
});

describe('zoomDomain(domain, factor, center)', () => {
  const d: [Date, Date] = [new Date(0), new Date(4 * DAY)];
  it.each([
    [2, undefined, [DAY, 3 * DAY]],
    [0.5, undefined, [-2 * DAY, 6 * DAY]],
    [2, new Date(0), [0, 2 * DAY]],
    [4, new Date(4 * DAY), [3 * DAY, 4 * DAY]],
  ] as const)('factor %d around %s', (factor, center, [a, b]) => {
    expect(zoomDomain(d, factor, center).map((x) => x.getTime())).toEqual([a, b]);
  });
  it('stops at MIN_SPAN', () => {
    const [a, b] = zoomDomain(d, 1e9);
    expect(b.getTime() - a.getTime()).toBe(MIN_SPAN);
  });
});

describe('panDomainTo(domain, t)', () => {
  const d: [Date, Date] = [new Date(0), new Date(100)];
  it.each([
    [50, [0, 100]],
    [200, [110, 210]],
    [-50, [-60, 40]],
  ])('brings %d into view', (t, expected) => {
    expect(panDomainTo(d, new Date(t)).map((x) => x.getTime())).toEqual(expected);
  });
});

describe('fitDomain(full)', () => {
  it.each([
    ['a year: 2 % each side, out to whole days', full, ['2022-12-24', '2024-01-09']],
    [
      'a week: at least a day each side',
      [new Date('2023-10-02T00:00Z'), new Date('2023-10-09T00:00Z')],
      ['2023-10-01', '2023-10-10'],
    ],
    [
      'an afternoon: the whole days around it',
      [new Date('2023-10-02T13:00Z'), new Date('2023-10-02T17:00Z')],
      ['2023-10-01', '2023-10-04'],
    ],
  ] as const)('%s', (_, domain, expected) => {
    const d = fitDomain(domain as unknown as [Date, Date]);
    expect(d.map((x) => x.toISOString().slice(0, 10))).toEqual(expected);
    expect(d.every((x) => x.getTime() % DAY === 0)).toBe(true);
  });
});
