import { describe, expect, it } from 'vitest';
import { isoToMs, msToIsoWeek, valueToInterval } from '../../../src/core/time/interval';

describe('valueToInterval(value)', () => {
  it.each([
    ['2023-10-17', '2023-10-17', '2023-10-18', 'day'],
    ['2023-W42', '2023-10-16', '2023-10-23', 'week'],
    ['2023-W41-WE', '2023-10-14', '2023-10-16', 'weekend'],
    ['2023-09', '2023-09-01', '2023-10-01', 'month'],
    ['2023-12', '2023-12-01', '2024-01-01', 'month'],
    ['2023-Q3', '2023-07-01', '2023-10-01', 'quarter'],
    ['2023-H2', '2023-07-01', '2024-01-01', 'half'],
    ['1998-WI', '1998-12-01', '1999-03-01', 'season'],
    ['2022', '2022-01-01', '2023-01-01', 'year'],
    ['199', '1990-01-01', '2000-01-01', 'decade'],
    ['19', '1900-01-01', '2000-01-01', 'century'],
    ['198X', '1980-01-01', '1990-01-01', 'decade'],
    ['19XX', '1900-01-01', '2000-01-01', 'century'],
    ['2023-10-17TMO', '2023-10-17T06:00', '2023-10-17T12:00', 'partOfDay'],
    ['2023-10-17T09:30', '2023-10-17T09:30', '2023-10-17T09:31', 'minute'],
    ['2020-W53', '2020-12-28', '2021-01-04', 'week'],
  ])('%s -> [%s, %s) %s', (value, start, end, granularity) => {
    expect(valueToInterval(value)).toEqual({ start, end, granularity });
  });

  it.each(['P2Y', 'PRESENT_REF', 'XXXX-WXX-2', '19X', '199XX', '2023-02-30', '2023-13', 'nonsense', ''])(
    '%j has no interval',
    (v) => {
      expect(valueToInterval(v)).toBeNull();
    },
  );
});

describe('msToIsoWeek(ms)', () => {
  it.each([
    ['2023-10-17', 2023, 42],
    ['2021-01-01', 2020, 53],
    ['2024-12-30', 2025, 1],
  ])('%s is week %i-W%i', (day, year, week) => {
    expect(msToIsoWeek(isoToMs(day))).toEqual({ year, week });
  });
});

describe('isoToMs(iso)', () => {
  it.each([
    ['2023-10-17', Date.UTC(2023, 9, 17)],
    ['2023-10-17T09:30', Date.UTC(2023, 9, 17, 9, 30)],
    ['2023-10-17T09:30:15', Date.UTC(2023, 9, 17, 9, 30, 15)],
    ['1999-12-31', Date.UTC(1999, 11, 31)],
  ])('%s -> %i', (iso, ms) => {
    expect(isoToMs(iso)).toBe(ms);
  });

  it.each([
    '',
    '2023',
    '2023-10',
    '2023/10/17',
    '2023-1x-17',
    '2023-10-17T9:30',
    '2023-10-17 09:30',
    'abcd-ef-gh',
  ])('%j is NaN', (iso) => {
    expect(isoToMs(iso)).toBeNaN();
  });
});
