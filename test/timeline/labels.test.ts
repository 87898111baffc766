import { describe, expect, it } from 'vitest';
import type { Granularity } from '../../src/core/types';
import { valueToInterval, isoToMs } from '../../src/core/time/interval';
import { formatDay, intervalLabel, periodName } from '../../src/timeline/labels';
import { axisContext, formatTick, formatTickInFull } from '../../src/timeline/ticks';

describe('intervalLabel(start, end, granularity)', () => {
  it.each([
    ['2023-10-17', 'Tue 17 Oct 2023'],
    ['2023-10-17T14:30', 'Tue 17 Oct 2023 14:30'],
    ['2023-10-17TEV', 'Tue 17 Oct 2023 evening'],
    ['2023-W42', 'Week of 16–22 Oct 2023'],
    ['2023-W44', 'Week of 30 Oct – 5 Nov 2023'],
    ['2023-W42-WE', 'Weekend of 21–22 Oct 2023'],
    ['2023-10', 'October 2023'],
    ['2023-Q4', 'Q4 2023'],
    ['2023-H1', 'H1 2023'],
    ['2023-SU', 'Summer 2023'],
    ['2023', '2023'],
    ['199', '1990s'],
    ['20', '21st century'],
  ])('%s -> %j', (value, label) => {
    const iv = valueToInterval(value)!;
    expect(intervalLabel(isoToMs(iv.start), isoToMs(iv.end), iv.granularity as Granularity)).toBe(label);
  });
});

describe('formatDay(ms)', () => {
  it('names the weekday in UTC', () => expect(formatDay(Date.UTC(2024, 1, 29))).toBe('Thu 29 Feb 2024'));
});

describe('formatTick(date)', () => {
  it.each([
    ['2020-01-01T00:00Z', '2020'],
    ['2023-10-01T00:00Z', 'Oct'],
    ['2023-10-17T00:00Z', 'Tue 17'],
    ['2023-10-17T14:00Z', '14:00'],
    ['2023-10-17T14:30Z', '14:30'],
  ])('%s -> %j', (iso, label) => expect(formatTick(new Date(iso))).toBe(label));
});

describe('formatTickInFull(date)', () => {
  it.each([
    ['2020-01-01T00:00Z', '2020'],
    ['2023-10-01T00:00Z', 'Oct 2023'],
    ['2023-10-17T00:00Z', 'Tue 17 Oct 2023'],
    ['2023-10-17T14:00Z', 'Tue 17 Oct 2023 14:00'],
  ])('%s -> %j', (iso, label) => expect(formatTickInFull(new Date(iso))).toBe(label));
});

describe('axisContext(domain)', () => {
  it.each([
    ['2023-10-17T06:00Z', '2023-10-17T18:00Z', 'Tue 17 Oct 2023'],
    ['2023-10-02T00:00Z', '2023-10-20T00:00Z', 'October 2023'],
    ['2023-02-01T00:00Z', '2023-11-01T00:00Z', '2023'],
    ['2000-01-01T00:00Z', '2023-01-01T00:00Z', ''],
  ])('%s..%s -> %j', (a, b, label) => expect(axisContext([new Date(a), new Date(b)])).toBe(label));
});

describe('periodName(start, end, granularity)', () => {
  it.each([
    ['2023', '2023'],
    ['2023-Q3', 'Q3 2023'],
    ['2023-10', 'October 2023'],
    ['2023-SU', 'summer 2023'],
    ['2023-W42', 'the week of 16–22 Oct 2023'],
    ['202', 'the 2020s'],
  ])('%s -> %s', (value, name) => {
    const iv = valueToInterval(value)!;
    expect(periodName(isoToMs(iv.start), isoToMs(iv.end), iv.granularity)).toBe(name);
  });
});
