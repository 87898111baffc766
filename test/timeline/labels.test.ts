import { describe, expect, it } from 'vitest';
import type { Granularity } from '../../src/core/types';
import { valueToInterval, isoToMs } from '../../src/core/time/interval';
import { formatDay, formatWindow, intervalLabel, periodName } from '../../src/timeline/labels';
import { scaleUtc } from 'd3-scale';
import {
  axisContext,
  axisContextLabels,
  axisTicks,
  formatTick,
  formatTickInFull,
} from '../../src/timeline/ticks';

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

describe('axisContextLabels(scale, width)', () => {
  const labels = (a: string, b: string, width: number) =>
    axisContextLabels(
      scaleUtc()
        .domain([new Date(a), new Date(b)])
        .range([0, width]),
      width,
    ).map((c) => `${Math.round(c.x)} ${c.label}`);
  it('names every month under week ticks, the one under way at the left edge', () => {
    // The audit's window: ticks on Sundays ("Sun 20", "Sun 27", "Sun 3"...).
    expect(labels('2023-08-15T00:00Z', '2023-11-15T00:00Z', 920)).toEqual([
      '0 August 2023',
      '170 September 2023',
      '470 October 2023',
      '780 November 2023',
    ]);
  });
  it('names the month and year when a window of days holds no month start', () =>
    expect(labels('2023-03-09T00:00Z', '2023-03-21T00:00Z', 900)).toEqual(['0 March 2023']));
  it('names the year under month ticks and the day under hour ticks; nothing under year ticks', () => {
    expect(labels('2023-02-20T00:00Z', '2023-12-10T00:00Z', 1000)).toEqual(['0 2023']);
    expect(labels('2023-10-17T06:00Z', '2023-10-18T06:00Z', 1000)).toEqual([
      '0 Tue 17 Oct 2023',
      '750 Wed 18 Oct 2023',
    ]);
    expect(labels('2019-01-01T00:00Z', '2025-06-01T00:00Z', 1000)).toEqual([]);
  });
  it('names the day and minute under second ticks, which say neither (":10", ":20")', () =>
    expect(labels('2023-10-18T14:00:30Z', '2023-10-18T14:01:30Z', 900)).toEqual([
      '0 Wed 18 Oct 2023 14:00',
      '450 Wed 18 Oct 2023 14:01',
    ]));
  it('leaves out the left-edge name when the next one starts too close to it', () =>
    expect(labels('2023-08-30T00:00Z', '2023-10-20T00:00Z', 500)).toEqual([
      '20 September 2023',
      '314 October 2023',
    ]));
});

describe('formatWindow(from, to)', () => {
  it.each([
    ['2023-10-08T00:00Z', '2023-10-25T00:00Z', 'Sun 8 Oct 2023 – Tue 24 Oct 2023'],
    ['2023-10-18T14:00Z', '2023-10-18T15:00Z', 'Wed 18 Oct 2023 14:00 – 15:00'],
    ['2023-10-17T18:00Z', '2023-10-18T06:00Z', 'Tue 17 Oct 2023 18:00 – Wed 18 Oct 2023 06:00'],
    ['2023-10-17T06:00Z', '2023-10-18T00:00Z', 'Tue 17 Oct 2023 06:00 – Wed 18 Oct 2023 00:00'],
    ['2023-10-18T14:00:10Z', '2023-10-18T14:01:10Z', 'Wed 18 Oct 2023 14:00:10 – 14:01:10'],
  ])('%s..%s -> %j', (a, b, label) => expect(formatWindow(Date.parse(a), Date.parse(b))).toBe(label));
});

describe('axisTicks(scale, width)', () => {
  const ticks = (a: string, b: string, width: number) =>
    axisTicks(
      scaleUtc()
        .domain([new Date(a), new Date(b)])
        .range([0, width]),
      width,
    );
  it('hangs a label from its start or end where centring it would cut it at the edge', () => {
    const list = ticks('2023-10-18T14:00Z', '2023-10-18T14:01Z', 960);
    expect(list[0]).toMatchObject({ x: 0, label: '14:00', anchor: 'start' });
    expect(list.at(-1)).toMatchObject({ x: 960, label: '14:01', anchor: 'end' });
    expect(list.slice(1, -1).every((t) => t.anchor === 'middle')).toBe(true);
  });
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
