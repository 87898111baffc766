import { describe, expect, it } from 'vitest';
import { datelineEnd, withoutDateline } from '../../../src/core/events/dateline';

describe('withoutDateline(sentence)', () => {
  it.each([
    ['GENEVA, Dec 30 (Reuters) - Experts will return next month.', 'Experts will return next month.'],
    ['RALEIGH, N.C. (AP) -- Voters waited on Tuesday.', 'Voters waited on Tuesday.'],
    ['NAIROBI, Kenya (AP) _ The court ruled on Monday.', 'The court ruled on Monday.'],
    ['FRESNO, Calif. -- Bulldozers were busy Monday.', 'Bulldozers were busy Monday.'],
    ['NEW YORK — U.S. stocks rose on Friday.', 'U.S. stocks rose on Friday.'],
    ['DUBLIN, 10 February -- The talks ended on Friday.', 'The talks ended on Friday.'],
    ['CAPE CANAVERAL, Fla., Dec 5 (Reuters) - "We are go," NASA said.', '"We are go," NASA said.'],
    ['MOSCOW/PARIS, Sept 1, 2023 (Reuters) - Wheat rose on Wednesday.', 'Wheat rose on Wednesday.'],
  ])('%j -> %j', (sentence, rest) => expect(withoutDateline(sentence)).toBe(rest));

  it.each([
    'U.S. - China talks resumed on Monday.',
    'A red "extreme heat" warning - issued on Monday - stays.',
    'NATO met on Tuesday.',
    'EU leaders — all 27 of them — met on Friday.',
    'The summit opened on Tuesday.',
    'ROME - on Monday, the pope spoke.',
  ])('%j keeps its words', (sentence) => {
    expect(datelineEnd(sentence)).toBe(0);
    expect(withoutDateline(sentence)).toBe(sentence);
  });
});
