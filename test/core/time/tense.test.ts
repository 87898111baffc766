import { describe, expect, it } from 'vitest';
import { sentencesBetween, tenseAt } from '../../../src/core/time/tense';

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

describe('sentencesBetween(text, from, to) from the end of a clock time', () => {
  // "at 2 p.m. The family asked": the clock's own stop ends its sentence, counted from just after it;
  // not before a time zone or a day ("at 2 p.m. EDT", "11 p.m. Saturday").
  it.each([
    ['The service is on Nov. 9 at 2 p.m. The family asked for donations.', '2 p.m.', 1],
    ['The vote is due at 2 p.m. EDT on Friday.', '2 p.m.', 0],
    ['Roads close at 11 p.m. Saturday and reopen later.', '11 p.m.', 0],
  ])('%j after %j has %i sentence ends', (text, clock, n) => {
    const from = text.indexOf(clock) + clock.length;
    expect(sentencesBetween(text, from, text.length - 1)).toBe(n);
  });
});

describe('tenseAt(text, start, end) in a phrase after a comma', () => {
  // What "including" lists is part of what its clause told: past with it, however far its verb.
  it.each([
    [
      "He said his team had rehearsed the day's movements repeatedly over the past two months, including a full dress rehearsal Sunday.",
      'Sunday',
      'past',
    ],
    ['Organizers will stage three events, including a parade Sunday.', 'Sunday', 'future'],
  ])('%j: %j is %s', (text, span, tense) => {
    const start = text.indexOf(span);
    expect(tenseAt(text, start, start + span.length).tense).toBe(tense);
  });
});
