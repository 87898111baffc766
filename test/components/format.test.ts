import { describe, expect, it } from 'vitest';
import {
  countOf,
  formatLocalMinute,
  formatTimex,
  formatValue,
  isKnownValue,
} from '../../src/components/format';

describe('formatValue(value)', () => {
  it.each([
    ['2023-10-17', 'Tue 17 Oct 2023'],
    ['2023-W42', 'week of 16 Oct 2023'],
    ['2023-W42-WE', 'weekend of 21 Oct 2023'],
    ['2023-10', 'October 2023'],
    ['2023', '2023'],
    ['202', 'the 2020s'],
    ['2023-Q4', 'Q4 2023 (1 Oct 2023 – 31 Dec 2023)'],
    ['2023-H1', 'H1 2023 (1 Jan 2023 – 30 Jun 2023)'],
    ['2023-SP', 'spring 2023 (1 Mar 2023 – 31 May 2023)'],
    ['2023-WI', 'winter 2023 (1 Dec 2023 – 29 Feb 2024)'],
    ['2023-10-17T14:30', 'Tue 17 Oct 2023, 14:30'],
    ['2023-10-17TMO', 'Tue 17 Oct 2023 (morning)'],
    ['P18M', '18 months (a duration)'],
    ['PT2H', '2 hours (a duration)'],
    ['P1D', '1 day (a duration)'],
    ['PRESENT_REF', 'the present (at publication)'],
    ['PXY', 'some years (a duration)'],
    ['XXXX-WXX-2', 'a Tuesday, any week'],
    ['XXXX-12-25', '25 December, any year'],
    ['XXXX-07', 'July, any year'],
    ['XXXX-SU', 'summer, any year'],
    ['XXXX-XX-XXT10:00', '10:00, any day'],
    ['XXXX-XX-XXTNI', 'the night, any day'],
    ['XXXX-13', 'XXXX-13'],
  ])('%s -> %s', (value, text) => expect(formatValue(value)).toBe(text));
});

describe('formatTimex(timex)', () => {
  it.each([
    [{ value: '2026', type: 'DATE', mod: 'END' }, 'the end of 2026'],
    [{ value: '2024-03', type: 'DATE', mod: 'START' }, 'the start of March 2024'],
    [{ value: 'PT5H', type: 'DURATION', mod: 'LESS_THAN' }, 'less than 5 hours (a duration)'],
    [{ value: 'P2W', type: 'DURATION', mod: 'EQUAL_OR_MORE' }, 'at least 2 weeks (a duration)'],
    [{ value: '2014', type: 'DATE', mod: 'BEFORE' }, 'before 2014'],
    [{ value: '2023-10-17', type: 'DATE' }, 'Tue 17 Oct 2023'],
    [{ value: '2023-10-17', type: 'DATE', mod: 'NOT_A_MOD' }, 'Tue 17 Oct 2023'],
    // Sets recur.
    [{ value: 'XXXX-WXX-2', type: 'SET' }, 'every Tuesday'],
    [{ value: 'XXXX-WXX-5TNI', type: 'SET' }, 'every Friday night'],
    [{ value: 'P1D', type: 'SET' }, 'every day'],
    [{ value: 'P2Y', type: 'SET' }, 'every 2 years'],
    [{ value: 'P1W', type: 'SET', freq: '2X' }, 'twice a week'],
    [{ value: 'P1M', type: 'SET', freq: '3X' }, '3 times a month'],
    [{ value: 'XXXX-XX-XXTMO', type: 'SET' }, 'every morning'],
    [{ value: 'XXXX-XX-XXT09:30', type: 'SET' }, 'every day at 09:30'],
    [{ value: 'XXXX-12', type: 'SET' }, 'every December'],
    [{ value: 'P1Y', type: 'SET', mod: 'APPROX' }, 'about every year'],
  ])('%j -> %s', (timex, text) => expect(formatTimex(timex)).toBe(text));
});

describe('isKnownValue(value)', () => {
  it.each([
    ['2023-10-17', true],
    ['2023-W36', true],
    ['P3W', true],
    ['PRESENT_REF', true],
    ['last autumn', false],
    ['2023-13', false],
    ['', false],
  ])('%j -> %s', (value, known) => expect(isKnownValue(value)).toBe(known));
});

describe('countOf(n, one, many)', () => {
  it.each([
    [0, '0 events'],
    [1, '1 event'],
    [2, '2 events'],
    [999, '999 events'],
    [1000, '1,000 events'],
    [10000, '10,000 events'],
    [1234567, '1,234,567 events'],
  ])('%d -> %s', (n, text) => expect(countOf(n, 'event', 'events')).toBe(text));
});

describe('formatLocalMinute(iso)', () => {
  it('reads a moment in local time, to the minute', () => {
    const local = new Date(2024, 2, 4, 9, 5).toISOString();
    expect(formatLocalMinute(local)).toBe('Mon 4 Mar 2024, 09:05');
  });
  it('gives back what is not a date', () => {
    expect(formatLocalMinute('yesterday')).toBe('yesterday');
  });
});
