import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tagTimexes } from '../../../src/core/time/index';

describe('tagTimexes(text, {reference})', () => {
  const reference = '2023-10-17'; // a Tuesday
  it.each([
    ['The summit opened on Oct. 18, 2023.', 'Oct. 18, 2023', '2023-10-18'],
    ['It was signed on June 5, 2019 in Osaka.', 'June 5, 2019', '2019-06-05'],
  ])('%j -> %j = %s', (text, span, value) => {
    expect(tagTimexes(text, { reference })).toContainEqual(expect.objectContaining({ text: span, value }));
  });

  it('keeps explicit dates absolute when the publication date is unknown', () => {
    expect(tagTimexes('Talks resumed on Oct. 18, 2023.', { reference: null })).toContainEqual(
      expect.objectContaining({ text: 'Oct. 18, 2023', value: '2023-10-18' }),
    );
  });
});

describe('tagTimexes properties', () => {
  it('never throws; spans are inside the text, match it, sorted and non-overlapping', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.boolean(), (text, known) => {
        const out = tagTimexes(text, { reference: known ? '2023-10-17' : null });
        let last = 0;
        for (const t of out) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          last = t.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
