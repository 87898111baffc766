import { describe, expect, it } from 'vitest';
import { sentencesBetween } from '../../../src/core/time/tense';

describe('sentencesBetween(text, from, to)', () => {
  // A short name before a stop ends its sentence ("June.", "Oslo.", "Mexico City."); an
  // abbreviation ("Gov.", "Sen.", "Sept.", "U.S.", "Mr.") does not.
  it.each([
    ['Lawmakers will meet again in June. On Friday, the bill died.', 1],
    ['Talks will move to Oslo. On Monday, both sides agreed.', 1],
    ['The first signal came from Mexico City. It was faint.', 1],
    ['Crowds cheered Gov. Hale on Friday.', 0],
    ['The vote is set for Sept. 24 at the latest.', 0],
    ['Crowds will gather on Friday, Sen. Ruiz said.', 0],
    ['U.S. officials met Mr. Xi in Ariz. Tuesday.', 0],
  ])('%j has %i sentence ends', (text, n) => {
    expect(sentencesBetween(text, 0, text.length - 1)).toBe(n);
  });
});
