import { describe, expect, it } from 'vitest';
import { findCandidates, RULES, type Candidate } from '../../../src/core/time/grammar';
import { indexAtOrAfter, KeywordIndex } from '../../../src/core/time/keywords';

/** Every start offset of each key, by plain substring search on the lower-cased text. */
const naive = (keys: string[], text: string) =>
  keys.map((k) => {
    const lower = text.toLowerCase();
    const at: number[] = [];
    for (let i = lower.indexOf(k); i >= 0; i = lower.indexOf(k, i + 1)) at.push(i);
    return at;
  });

describe('KeywordIndex.find', () => {
  it('finds overlapping keywords and keywords inside others', () => {
    const keys = ['he', 'she', 'his', 'hers'];
    expect(new KeywordIndex(keys).find('ushers his shell')).toEqual([[2, 12], [1, 11], [7], [2]]);
  });

  it('ignores the case of the text', () => {
    expect(new KeywordIndex(['jan', 'oct']).find('JAN. 5 and Oct. 9, not jaN')).toEqual([[0, 23], [11]]);
  });

  it('finds keywords with spaces and non-ASCII punctuation', () => {
    const keys = [' a ', '–', 'year’s end', "year's end"];
    expect(new KeywordIndex(keys).find("a year’s end, a week – a year's end")).toEqual([
      [13, 22],
      [21],
      [2],
      [25],
    ]);
  });

  it('agrees with substring search on random text', () => {
    const keys = ['the', 'the week', 'week', 'eek', 's ', 'sep', 'sept', 'a', 'aa', '1', '-', 'ly'];
    const alphabet = 'theweksptaly1- AB';
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const index = new KeywordIndex(keys);
    for (let n = 0; n < 200; n++) {
      const text = Array.from({ length: 60 }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      expect(index.find(text)).toEqual(naive(keys, text));
    }
  });

  it('refuses an empty or upper-case keyword', () => {
    expect(() => new KeywordIndex([''])).toThrow(/bad keyword/);
    expect(() => new KeywordIndex(['Jan'])).toThrow(/bad keyword/);
  });
});

describe('findCandidates(text) with keywords far apart', () => {
  // Text around the sentence with no keyword of any rule in it, so the keywords of every rule are
  // sparse and each rule is searched only near them.
  const filler = 'Lupi ipsum dulce sit amet, consectetur adipiscing elit\n'.repeat(40);
  const shift = (cs: Candidate[], by: number) =>
    cs.map((c) => ({ ...c, start: c.start - by, end: c.end - by }));

  it('uses filler with no keyword of any rule', () => {
    const index = new KeywordIndex([...new Set(RULES.flatMap((rule) => rule.keys ?? []))]);
    expect(index.find(filler).flat()).toEqual([]);
  });

  it.each([
    'He arrived on Tuesday.',
    '08.45 BST Two more trains were cancelled.',
    'The siege lasted 84 days, 3 hours.',
    'The results came later in the day.',
    'Xi visited Moscow in March 2023 and again on Nov. 9.',
    'Shops opened on the Sunday after Thanksgiving.',
    'The train left at half past ten in the morning.',
    'The town was founded in 650 AD.',
    'The board meets twice a year, every Monday in June.',
    'Profit fell in the first quarter of 2023, three years ago.',
    'Troops marched on the night of April 18, 1775, in the 1770s.',
  ])('finds in %j what it finds in the sentence alone', (sentence) => {
    const text = `${filler}\n\n${sentence}\n\n${filler}`;
    const at = filler.length + 2;
    const alone = findCandidates(sentence);
    expect(alone.length).toBeGreaterThan(0);
    expect(shift(findCandidates(text), at)).toEqual(alone);
  });
});

describe('indexAtOrAfter(sorted, at)', () => {
  it.each([
    [[3, 8, 12], 0, 0],
    [[3, 8, 12], 3, 0],
    [[3, 8, 12], 4, 1],
    [[3, 8, 12], 8, 1],
    [[3, 8, 12], 12, 2],
    [[3, 8, 12], 13, 3],
    [[], 5, 0],
  ])('%j, %i: %i', (sorted, at, index) => {
    expect(indexAtOrAfter(sorted, at)).toBe(index);
  });
});
