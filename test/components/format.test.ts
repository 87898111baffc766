import { describe, expect, it } from 'vitest';
import { countOf, formatLocalMinute, formatValue, isKnownValue } from '../../src/components/format';

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
    ['XXXX-WXX-2', 'XXXX-WXX-2'],
  ])('%s -> %s', (value, text) => expect(formatValue(value)).toBe(text));
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
