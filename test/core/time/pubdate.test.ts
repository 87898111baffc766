import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { findDatelines, inferPublicationDate } from '../../../src/core/time/pubdate';
import { valueToInterval } from '../../../src/core/time/interval';
import { tagTimexes } from '../../../src/core/time/index';
import { MONTH_NAMES } from '../../../src/core/time/lexicon';

describe('findDatelines(text)', () => {
  // Expected date as "YYYY-MM-DD", or "--MM-DD" when the line gives no year.
  const head = 'Harbour Closes\n';
  const tail = '\nThe port shut on Tuesday.';
  it.each([
    ['CAIRO, Oct. 17 (Reuters) - Ministers met to discuss the plan.', 'Oct. 17', '--10-17', 'dateline'],
    ['NEW YORK, March 3, 2021 (AP) — Stocks rose sharply.', 'March 3, 2021', '2021-03-03', 'dateline'],
    ['LIMA, Peru, August 8 (Xinhua) --\n\nThe president spoke.', 'August 8', '--08-08', 'dateline'],
    [`${head}Published 17 October 2023${tail}`, '17 October 2023', '2023-10-17', 'stamp'],
    [`${head}Updated: 2023-10-17 14:05 GMT${tail}`, '2023-10-17', '2023-10-17', 'stamp'],
    [`${head}By Jane Doe | Oct 17, 2023${tail}`, 'Oct 17, 2023', '2023-10-17', 'byline'],
    [`${head}Oct. 17, 2023 10:15 AM EDT${tail}`, 'Oct. 17, 2023', '2023-10-17', 'stamp'],
    [`${head}Tuesday, 17 October 2023${tail}`, 'Tuesday, 17 October 2023', '2023-10-17', 'stamp'],
    [`${head}Tue 17 Oct 2023 10.15 BST${tail}`, 'Tue 17 Oct 2023', '2023-10-17', 'stamp'],
    [`${head}Oct 17, 2023 | 4 min read${tail}`, 'Oct 17, 2023', '2023-10-17', 'stamp'],
    [`${head}Last Updated: 17th October 2023${tail}`, '17th October 2023', '2023-10-17', 'stamp'],
    [`${head}Published On 17/10/2023${tail}`, '17/10/2023', '2023-10-17', 'stamp'],
    [
      `${head}Updated 10:15 AM EDT, Tue October 17, 2023${tail}`,
      'Tue October 17, 2023',
      '2023-10-17',
      'stamp',
    ],
    [`${head}Oct. 17, 2023Updated 10:46 a.m. ET${tail}`, 'Oct. 17, 2023', '2023-10-17', 'stamp'],
    [
      `${head}October 17, 2023 1:32 PM GMT+8 Updated an hour ago${tail}`,
      'October 17, 2023',
      '2023-10-17',
      'stamp',
    ],
    [`${head}datePublished: 2023-10-17T10:15:00+08:00${tail}`, '2023-10-17', '2023-10-17', 'stamp'],
    [`${head}Publication date: 17.10.2023${tail}`, '17.10.2023', '2023-10-17', 'stamp'],
    ['Oct 17 (Reuters) - Ministers met to discuss the plan.', 'Oct 17', '--10-17', 'dateline'],
    ['MOSCOW, October 17. /TASS/. Ministers met to discuss the plan.', 'October 17', '--10-17', 'dateline'],
    ['LIMA — Tuesday, Oct. 17, 2023 — Ministers met.', 'Tuesday, Oct. 17, 2023', '2023-10-17', 'dateline'],
    [`${head}October 17, 2023 / 5:32 AM / Harbour News${tail}`, 'October 17, 2023', '2023-10-17', 'stamp'],
    [`${head}October 17, 2023 By Jane Doe${tail}`, 'October 17, 2023', '2023-10-17', 'byline'],
    [`${head}Written by Jane Doe on October 17, 2023${tail}`, 'October 17, 2023', '2023-10-17', 'byline'],
    [
      `${head}Source: https://example.com/world/2023/10/17/harbour${tail}`,
      '2023/10/17',
      '2023-10-17',
      'stamp',
    ],
    [`${head}https://example.com/news/2023-10-17/harbour.html${tail}`, '2023-10-17', '2023-10-17', 'stamp'],
    [
      'Harbour Closes\r\nPublished 17 October 2023\r\nThe port shut.',
      '17 October 2023',
      '2023-10-17',
      'stamp',
    ],
    [
      'Harbour Closes\nPublished\u00a017\u00a0October\u00a02023\nThe port shut.',
      '17\u00a0October\u00a02023',
      '2023-10-17',
      'stamp',
    ],
  ])('%j -> %j %s', (text, shown, date, kind) => {
    const [first] = findDatelines(text);
    const [y, m, d] = date.replace(/^--/, 'null-').split('-');
    expect(first).toMatchObject({ text: shown, year: y === 'null' ? null : +y!, month: +m!, day: +d!, kind });
    expect(text.slice(first!.start, first!.end)).toBe(shown);
  });

  it('counts an update stamp for less than a publication stamp', () => {
    const [published] = findDatelines('Published: 16 October 2023\nText.');
    const [updated] = findDatelines('Updated: 16 October 2023\nText.');
    expect(updated!.weight).toBeLessThan(published!.weight);
  });

  it.each([
    'Lima, Peru — The president spoke on Tuesday.',
    'WASHINGTON (AP) — The Senate voted on Tuesday.',
    'The vote on Oct. 17, 2023 was close, officials said.',
    'The vote — Oct. 17, 2023 — was close, officials said.',
    'Oct. 17, 2023 was the day the talks began.',
    'Harbour Closes\nOct. 17, 2023 – Oct. 19, 2023\nThe fair runs for three days.',
    'FILE PHOTO: A man walks past a bank in Lima, Peru, June 5, 2019. REUTERS/Ann Other\nThe bank closed.',
    'Delegates gather in the hall in Lima, Peru, June 5, 2019. (Reuters)\nThe bank closed.',
  ])('%j has no dateline', (text) => {
    expect(findDatelines(text)).toEqual([]);
  });

  it.each([
    ['First published on Wed 18 Oct 2023 10.15 BST', '2023-10-18'],
    ['This article was last updated on October 18, 2023', '2023-10-18'],
    ['Published: 18/10/2023', '2023-10-18'],
  ])('reads a labelled date line at the foot of the page: %j', (foot, date) => {
    const body = 'The port stayed shut and ships waited offshore for a berth.\n'.repeat(20);
    const got = findDatelines(`Harbour Closes\n${body}${foot}\n`);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ kind: 'stamp', year: +date.slice(0, 4), day: +date.slice(8) });
  });

  it.each([
    'The next index will be published on 8 January.',
    'Jane Doe, engineer, born 3 June 1928; died 11 April 2013',
    '18 October 2023',
  ])('reads no date at the foot of the page without a label: %j', (foot) => {
    const body = 'The port stayed shut and ships waited offshore for a berth.\n'.repeat(20);
    expect(findDatelines(`Harbour Closes\n${body}${foot}\n`)).toEqual([]);
  });

  it('looks only at the top and the foot of the page', () => {
    const body = 'The council met again and discussed the budget at length.\n'.repeat(20);
    expect(findDatelines(`${body}Published 17 October 2023\n${body}`)).toEqual([]);
  });
});

describe('inferPublicationDate(text)', () => {
  it.each([
    ['CAIRO, Oct. 17, 2023 (Reuters) - Ministers met on Tuesday.', '2023-10-17'],
    ['Harbour Closes\nPublished 17 October 2023\nThe port shut on Monday.', '2023-10-17'],
    ['Harbour Closes\nBy Jane Doe | Oct 17, 2023\nThe port shut.', '2023-10-17'],
  ])('%j -> %s from the dateline', (text, value) => {
    const got = inferPublicationDate(text);
    expect(got).toMatchObject({ value, granularity: 'day', source: 'dateline' });
    expect(got.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    ['https://example.com/world/2023/10/17/harbour-closes.html', '2023-10-17'],
    ['https://example.com/world/2023/oct/17/harbour-closes', '2023-10-17'],
    ['https://example.com/2023-10-17/harbour', '2023-10-17'],
    ['https://example.com/world/2023/10/harbour', null],
    ['https://example.com/item/20231017/harbour', null],
    ['https://example.com/world/2023/13/45/harbour', null],
  ])('reads the date in the page address %s -> %s', (url, value) => {
    const got = inferPublicationDate('The port shut, officials said.', { url });
    expect(got.value).toBe(value);
    if (value) expect(got).toMatchObject({ granularity: 'day', source: 'dateline' });
  });

  it('reads lines kept apart from the text as the top of the page', () => {
    const text = 'The port shut on Monday, officials said.';
    expect(inferPublicationDate(text).value).toBeNull();
    expect(
      inferPublicationDate(text, { stamps: ['By Jane Doe', 'Published 16 October 2023'] }),
    ).toMatchObject({ value: '2023-10-16', granularity: 'day' });
    // A copied page glues the time to the year: "20239:12 AM".
    expect(
      inferPublicationDate(text, { stamps: ['October 16, 20239:12 AM GMT+8Updated 2 hours ago'] }).value,
    ).toBe('2023-10-16');
  });

  it('prefers the publication stamp to the update stamp', () => {
    const text =
      'Harbour Closes\nPublished 16 October 2023\nUpdated 18 October 2023\nThe port shut on Monday.';
    expect(inferPublicationDate(text).value).toBe('2023-10-16');
  });

  it('takes a dateline year from a full date in the story within a month of it, with less confidence', () => {
    const text =
      'CAIRO, Oct. 17 (Reuters) - The ceasefire that began on Oct. 15, 2023 held, officials said on Tuesday.';
    const got = inferPublicationDate(text);
    expect(got).toMatchObject({ value: '2023-10-17', source: 'dateline' });
    expect(got.confidence).toBeLessThan(0.8);
    expect(got.evidence).toMatch(/year 2023 from the text/);
  });

  it('takes the year across New Year from a date a few days before the dateline', () => {
    const text = 'OSLO, Jan. 3 (Xinhua) -- The talks that opened on Dec. 29, 2022 ended, officials said.';
    expect(inferPublicationDate(text).value).toBe('2023-01-03');
  });

  it('takes a dateline year from a tie ("last year (2022)")', () => {
    const got = inferPublicationDate(
      'GENEVA, May 4 (Xinhua) -- Exports fell last year (2022), the agency said.',
    );
    expect(got).toMatchObject({ value: '2023-05-04', source: 'dateline' });
  });

  it.each([
    // March 3 was a Wednesday in 2021, but also in 2027: a weekday fits one year in seven, and
    // the latest year a story names is often years before it (or after, for plans).
    'OSLO, March 3 (Xinhua) -- Officials said on Wednesday that the 2019 accord still holds.',
    // News names last year more often than its own: the latest year named is no answer.
    'CAIRO, Oct. 17 (Reuters) - Trade grew by a third in 2021, officials said.',
    // A full date far from the dateline says nothing about its year.
    'CAIRO, Oct. 17 (Reuters) - The treaty signed on March 5, 2019 still holds, officials said.',
    // Two dates that put the dateline in different years cancel out.
    'CAIRO, Oct. 17 (Reuters) - Talks on Oct. 15, 2023 followed a round on Oct. 12, 2022, officials said.',
    // A date recalled on its anniversary, older than other years the text names, is history.
    'SINGAPORE, Feb 15 (AFP) - The surrender on Feb 15, 1942 ended the campaign. A memorial was rebuilt in 2019.',
    // A clock time's four digits are no year: the day the tagger gives "0445 GMT" is borrowed from
    // "Dec. 20", whose year is a guess (here from a forecast for 2025, in an article of 2024).
    'SINGAPORE, Dec 30 (Reuters) - Gold rose 0.3% in 2024. Investors weighed the outlook for 2025 after ' +
      'the Fed signalled fewer cuts. The dollar touched a peak on Dec. 20. Oil was steady at 0445 GMT.',
    // A date told ahead is after the writing, even the day before the dateline a year on: the next
    // contest "would be held on July 1, 2023" is no year for "July 2".
    'SONKAJARVI, Finland, July 2 (Reuters) - A forestry worker won the race on Saturday. Organisers said ' +
      'the next one would be held on July 1, 2023.',
  ])('%j leaves a yearless dateline unknown', (text) => {
    const got = inferPublicationDate(text);
    expect(got).toMatchObject({ value: null, source: 'unknown', confidence: 0 });
    expect(got.evidence).toMatch(/no year/);
  });

  it('tells the reader only a year a past clause states as a fact as the earliest year', () => {
    const bound = (text: string) => /not before (\d{4})/.exec(inferPublicationDate(text).evidence ?? '')?.[1];
    expect(bound('The club, which signed him in 2019, offered a new contract until 2028.')).toBe('2019');
    expect(bound('Demographers expect the number of graduates to fall after 2025.')).toBeUndefined();
    expect(bound('The plant closed in 2015.')).toBe('2015');
  });

  it.each([
    ['The council approved a $48 million budget for 2012 on Tuesday night.', undefined],
    ['The council approved the 2014 budget on Tuesday.', undefined],
    ['The company expected sales to grow 5% in 2015, its chief executive said.', undefined],
    ['It said last month it had enough cash to fund operations into 2026.', undefined],
    ['The union was offered a 4% rise this year and a further 3% in 2024.', undefined],
    ['In a message released on Monday, she said 2019 could be a year of renewal.', undefined],
    ['Debentures due Oct. 15, 1999, were priced at par.', undefined],
    // A fiscal year may have begun in the calendar year before its number.
    ['It reported a loss for fiscal 2020, which began Oct. 1.', '2019'],
    // A clock time in another zone is no year.
    ['The collision happened at 21:45 local time (2045 GMT) on a single-track line, police said.', undefined],
  ])('states no year a plan or a forecast names as the earliest year: %s', (text, floor) => {
    expect(/not before (\d{4})/.exec(inferPublicationDate(text).evidence ?? '')?.[1]).toBe(floor);
  });

  it('takes a dateline year from a date pinned by its weekday only just after the years named', () => {
    // Sunday, May 8 fell in 2011, three years after the 2008 named: filed on April 12, 2011.
    const near =
      'LIMA, April 12 (Reuters) - The candidates agreed on Tuesday. They will debate on Sunday, May 8. ' +
      'He lost a runoff in 2008.';
    expect(inferPublicationDate(near)).toMatchObject({ value: '2011-04-12', source: 'dateline' });
    // Thursday, April 6 fell in 2023, 2028 and 2034: after a plan "by 2030" it would be 2034.
    const far =
      'NANTES, France, March 28 — Thousands marched on Tuesday against a reform that raises the ' +
      'retirement age by 2030. Unions called the next day of action for Thursday, April 6.';
    expect(inferPublicationDate(far)).toMatchObject({ value: null, source: 'unknown' });
  });

  it('takes a dateline year between the years told as past and ahead where the lead weekday fits', () => {
    const story = (lead: string, rest: string) => `BRATISLAVA, Feb 1 (Reuters) - ${lead} ${rest}`;
    const said = 'Parliament will hold a confidence vote next week, the speaker said on Tuesday.';
    // Feb. 1 was a Tuesday in 2011 only, between 2009 (told as past) and 2011 (looked ahead to).
    const between = 'The last early election was held in 2009. The new chamber will open in 2011.';
    expect(inferPublicationDate(story(said, between))).toMatchObject({
      value: '2011-02-01',
      granularity: 'day',
      source: 'dateline',
    });
    // "since 2009" puts the writing after 2009 too.
    const since = 'The party has led the polls since 2009. The new chamber will open in 2011.';
    expect(inferPublicationDate(story(said, since)).value).toBe('2011-02-01');
    // The lead's first weekday is the day's news; later ones tell of the days before.
    const first = 'Talks broke down, the speaker said on Tuesday, after running late into Sunday.';
    expect(inferPublicationDate(story(first, between)).value).toBe('2011-02-01');
    // Without a year ahead, any later year could be it.
    expect(inferPublicationDate(story(said, 'The last early election was held in 2009.')).value).toBeNull();
    // One year told both as past and as ahead is a misreading, not a tie.
    const same = 'The last early election was held in 2011. The new chamber will open in 2011.';
    expect(inferPublicationDate(story(said, same)).value).toBeNull();
    // "on Monday" may be the day before a Tuesday dateline (2011) or the dateline's own day (2010).
    const monday = 'Parliament rejected the budget on Monday, the speaker said.';
    expect(inferPublicationDate(story(monday, between)).value).toBeNull();
    // A weekday deep in the story counts back across the week, not from the dateline's day.
    const deep = 'Parliament will hold a confidence vote next week.' + ' The talks went on.'.repeat(35);
    expect(inferPublicationDate(story(deep, `The speaker said on Tuesday. ${between}`)).value).toBeNull();
  });

  it("takes no dateline year from an anniversary recalled with its year that the lead's weekday rules out", () => {
    const story = (day: string) =>
      `GENEVA, March 9 (Reuters) - Delegates of the river commission approved a new water-sharing plan on ${day}, ` +
      'ending a dispute that had stalled its work for months. The commission last met in full session on ' +
      'March 9, 2018, when talks collapsed after a walkout. One delegate was taken ill on Friday and missed the vote.';
    // March 9, 2018 was a Friday: the lead's Monday is neither that day nor the day before, though
    // the Friday deep in the story is.
    const got = inferPublicationDate(story('Monday'));
    expect(got.source).not.toBe('dateline');
    expect(got.confidence).toBeLessThan(0.5);
    // With a lead weekday that fits, the recalled date still gives the dateline its year.
    expect(inferPublicationDate(story('Friday'))).toMatchObject({ value: '2018-03-09', source: 'dateline' });
  });

  it('tells the reader the two years a yearless dateline may be in', () => {
    // Feb. 1 was a Monday in 2010 and a Tuesday in 2011: "on Monday" is the dateline's own day or
    // the day before.
    const text =
      'BRATISLAVA, Feb 1 (Reuters) - Parliament rejected the budget on Monday, the speaker said. ' +
      'The last early election was held in 2009. The new chamber will open in 2011.';
    const got = inferPublicationDate(text);
    expect(got).toMatchObject({ value: null, source: 'unknown' });
    expect(got.evidence).toMatch(/^dateline 'Feb 1' has no year: 2010 or 2011 by the years named/);
    // Told late in the day, it is the day before: a wire files it under the next day's dateline.
    const late = text.replace('the budget on Monday', 'the budget late on Monday');
    expect(inferPublicationDate(late)).toMatchObject({ value: '2011-02-01', source: 'dateline' });
  });

  it('reads a year a baseline names ("below 2010 levels") as gone by, not as a year ahead', () => {
    // Feb. 1 was a Tuesday in 2011 only, between 2009 (told as past) and 2011 (looked ahead to).
    // Read as a year ahead, the baseline's 2010 had closed the range before 2011.
    const text =
      'BRATISLAVA, Feb 1 (Reuters) - Parliament will hold a confidence vote next week, the speaker said ' +
      'on Tuesday. The last early election was held in 2009. The new chamber will open in 2011. Tax ' +
      'receipts are still running about 8% below 2010 levels.';
    expect(inferPublicationDate(text)).toMatchObject({ value: '2011-02-01', source: 'dateline' });
  });

  it('drops a plan told in a past or present clause beyond the years the story bounds', () => {
    // "expects to open ... in 2014" is no fact told as past, yet it had vetoed every year before
    // 2014. Beyond "will open in 2011" it cannot have begun, so the lead's Tuesday sets 2011.
    const said =
      'BRATISLAVA, Feb 1 (Reuters) - Parliament will hold a confidence vote next week, the speaker said ' +
      'on Tuesday. The last early election was held in 2009.';
    const plan = ' The ministry said it expects to open a second tax office in 2014.';
    expect(inferPublicationDate(`${said} The new chamber will open in 2011.${plan}`)).toMatchObject({
      value: '2011-02-01',
      source: 'dateline',
    });
    // With no year ahead to bound it, the plan's year still keeps the dateline unknown.
    expect(inferPublicationDate(`${said}${plan}`).value).toBeNull();
  });

  it("reads a saying's weekday as past, whatever the reported clause looks ahead to", () => {
    // July 22 was a Wednesday in 2015, a Friday in 2016 and a Saturday in 2017. "said on Friday
    // they would stop" is the lead's day of news (2016 or 2017), not a plan ahead that leaves the
    // later "late on Wednesday" to choose 2015.
    const text =
      'HAMAR, July 22 (Reuters) - Traders said on Friday they would stop selling from Aug. 1 unless ' +
      'the council reverses its decision to move them into a new hall next year. The council voted ' +
      'late on Wednesday to approve the hall, ' +
      'which officials say will be completed by 2017. The dispute has simmered since 2014.';
    const got = inferPublicationDate(text);
    // Of the two, the saying's own day is the dateline's: 2016 (below 0.5, see the next test).
    expect(got).toMatchObject({ value: '2016-07-22', source: 'dateline' });
    expect(got.evidence).toMatch(/^dateline 'July 22', year 2016, not 2017: the lead's 'Friday'/);
  });

  it("takes the one year between the bounds where the lead's day of telling is the dateline's day", () => {
    // Feb. 1 was a Monday in 2010 and a Tuesday in 2011, between 2009 (told as past) and 2011
    // (looked ahead to). A wire files what was said on the day it was said; news of an event may
    // be a day old, so "rejected the budget on Monday" leaves both years.
    const story = (lead: string) =>
      `BRATISLAVA, Feb 1 (Reuters) - ${lead} ` +
      'The last early election was held in 2009. The new chamber will open in 2011.';
    const got = inferPublicationDate(story('The speaker said on Monday the budget had failed.'));
    expect(got).toMatchObject({ value: '2010-02-01', granularity: 'day', source: 'dateline' });
    expect(got.confidence).toBeLessThan(0.5);
    expect(got.evidence).toMatch(/year 2010, not 2011: the lead's 'Monday' is the dateline's day/);
    expect(inferPublicationDate(story('Official data showed on Monday that exports fell.')).value).toBe(
      '2010-02-01',
    );
    expect(
      inferPublicationDate(story('Parliament rejected the budget on Monday, the speaker said.')).value,
    ).toBeNull();
    // Between 2006 and 2012, "on Tuesday" is Feb. 1 itself only in 2011, but the day before it in
    // 2006 (before the deal that ran until 2010) and 2012 too.
    const wide = (lead: string) =>
      `BRATISLAVA, Feb 1 (Reuters) - ${lead} The last early election was held in 2006. ` +
      'The coalition deal ran until 2010. The new chamber will open in 2012.';
    expect(inferPublicationDate(wide('The speaker said on Tuesday the budget had failed.'))).toMatchObject({
      value: '2011-02-01',
      evidence: expect.stringMatching(/year 2011: the lead's 'Tuesday' is the dateline's day/),
    });
    expect(
      inferPublicationDate(wide('Parliament rejected the budget on Tuesday, the speaker said.')).value,
    ).toBeNull();
  });

  it('takes a dateline year from a yearly cycle the story dates and the lead weekday', () => {
    // Fiscal 2012 begins in April 2012 (named by its start) or 2011 (by its end): Jan. 2 is in 2012
    // or 2011, and was a Monday in 2012, a Sunday in 2011.
    const story = (lead: string, rest = '') =>
      `TOKYO, Jan 2 (Reuters) - ${lead} The government cut the agency's plan in its draft budget ` +
      `for fiscal 2012, which begins in April.${rest}`;
    const monday = "Japan's space agency said on Monday its probe had entered orbit.";
    const got = inferPublicationDate(story(monday));
    expect(got).toMatchObject({ value: '2012-01-02', granularity: 'day', source: 'dateline' });
    expect(got.confidence).toBeLessThan(0.5);
    expect(got.evidence).toMatch(/year 2012 by 'fiscal 2012, which begins in April' and the lead's 'Monday'/);
    // A limit read loosely as a past year ("frozen until 2014") does not veto it.
    expect(inferPublicationDate(story(monday, ' Its spending was frozen until 2014.')).value).toBe(
      '2012-01-02',
    );
    // A year counted from does: the writing comes after 2012.
    expect(inferPublicationDate(story(monday, ' It has worked on the probe since 2012.')).value).toBeNull();
    // An event's weekday may be the day before: Sunday is Jan. 2, 2011 or the day before Jan. 2, 2012.
    expect(
      inferPublicationDate(story('The probe entered orbit on Sunday, the agency said.')).value,
    ).toBeNull();
    // Without the boundary, fiscal 2012 is only a year named.
    expect(inferPublicationDate(story(monday).replace(', which begins in April', '')).value).toBeNull();
    // A split year leaves one: the 2025-26 marketing year began on July 1, 2025.
    const split =
      "PARIS, Aug 12 (Reuters) - France's wheat harvest rose 20 percent, the farm ministry said on " +
      'Tuesday. The larger crop should restore exports in the 2025-26 marketing year, which began on July 1.';
    expect(inferPublicationDate(split).value).toBe('2025-08-12');
  });

  it('takes the year of a dateline at the turn of the year from the first or last of it in the lead', () => {
    const lead = (dateline: string, news: string) => `TOKYO, ${dateline} (Reuters) - Japan's Nikkei ${news}`;
    const got = inferPublicationDate(lead('Jan. 5', 'edged lower on Monday in its first session of 2015.'));
    expect(got).toMatchObject({ value: '2015-01-05', granularity: 'day', source: 'dateline' });
    expect(got.confidence).toBeLessThan(0.5);
    expect(got.evidence).toMatch(/year 2015 by 'first session of 2015'/);
    expect(inferPublicationDate(lead('Dec. 30', 'fell on Tuesday in its last session of 2014.')).value).toBe(
      '2014-12-30',
    );
    // Nor is "last" the verb: the cap lasts a year beyond the dateline of Dec. 29, 2014.
    expect(
      inferPublicationDate(lead('Dec. 29', 'fell on Monday; the cap will last until the end of 2015.')).value,
    ).toBeNull();
    // A part of the year is no happening at its turn.
    expect(
      inferPublicationDate(lead('Jan. 5', 'fell on Monday; growth slowed in the first half of 2014.')).value,
    ).toBeNull();
    // Far from the turn of the year, or a weekday that does not fit (Jan. 5, 2015 was a Monday).
    expect(
      inferPublicationDate(lead('Feb. 5', 'edged lower on Thursday in its first session of 2015.')).value,
    ).toBeNull();
    expect(
      inferPublicationDate(lead('Jan. 5', 'edged lower on Friday in its first session of 2015.')).value,
    ).toBeNull();
  });

  it('takes the year of a dateline at the turn of the year from a year begun or ended in the lead', () => {
    const lead = (dateline: string, news: string) => `TOKYO, ${dateline} (Reuters) - Japan's Nikkei ${news}`;
    const got = inferPublicationDate(
      lead('Jan. 2', 'edged higher on Monday as investors began 2012 cautiously.'),
    );
    expect(got).toMatchObject({ value: '2012-01-02', granularity: 'day', source: 'dateline' });
    expect(got.confidence).toBeLessThan(0.5);
    expect(got.evidence).toMatch(/year 2012 by 'began 2012'/);
    // The dateline may stand on either side of the turn the verb names.
    expect(inferPublicationDate(lead('Dec. 31', 'finished 2011 higher after trading on Friday.')).value).toBe(
      '2011-12-31',
    );
    expect(inferPublicationDate(lead('Jan. 3', 'rose on Monday after it ended 2021 down 4%.')).value).toBe(
      '2022-01-03',
    );
    expect(inferPublicationDate(lead('Dec. 29', 'fell on Wednesday and will start 2022 lower.')).value).toBe(
      '2021-12-29',
    );
    // Far from that turn, or a noun ("the start 2012 budget"), says nothing.
    expect(
      inferPublicationDate(lead('Feb. 6', 'edged higher on Monday as investors began 2012 cautiously.'))
        .value,
    ).toBeNull();
    expect(
      inferPublicationDate(lead('Jan. 2', 'edged higher on Monday; the start 2012 budget passed.')).value,
    ).toBeNull();
    // The end of a year told as past has gone by; ahead, it may be a year off.
    const squeeze = (clause: string) => lead('Jan. 3', `fell on Thursday; ${clause} at the end of 2012.`);
    expect(inferPublicationDate(squeeze('a cash squeeze pushed rates up')).value).toBe('2013-01-03');
    expect(inferPublicationDate(squeeze('a cash squeeze is expected')).value).toBeNull();
  });

  it('lets story weekdays veto a dateline year but not choose one', () => {
    // Oct. 17, 2023 was a Tuesday: a story that only says "Friday" is not of that day.
    const text =
      'CAIRO, Oct. 17 (Reuters) - The ceasefire that began on Oct. 15, 2023 held, officials said on Friday.';
    expect(inferPublicationDate(text).value).toBeNull();
  });

  it('does not let one weekday said again and again outvote a dateline', () => {
    // March 4, 2024 was a Monday; thirty past "on Tuesday"s are one fact (a Tuesday a week or less
    // before), not thirty votes for Wednesday 6 March.
    const items = Array.from(
      { length: 30 },
      (_, i) => `Note ${i + 1}: the council approved a grant for road ${i + 1} on Tuesday.`,
    );
    const text = ['ASHFORD, March 4, 2024 — The council met on Monday, the clerk said.', ...items].join(
      '\n\n',
    );
    expect(inferPublicationDate(text)).toMatchObject({ value: '2024-03-04', source: 'dateline' });
  });

  it('keeps an inferred day within a day of a yearless dateline', () => {
    // The story backs Aug. 7, 1998 (a Friday), but the dateline says it was filed on Oct. 8.
    const text =
      'NAIROBI, Oct. 8 (Xinhua) -- The bombs of Aug. 7, 1998 killed 224 people, officials said on Friday.';
    expect(inferPublicationDate(text).value).toBeNull();
  });

  it('says so when a dateline has no year and the text names none', () => {
    const got = inferPublicationDate('LIMA, August 8 (Xinhua) -- The president spoke on Saturday.');
    expect(got).toMatchObject({ value: null, granularity: null, source: 'unknown', confidence: 0 });
    expect(got.evidence).toMatch(/no year/);
  });

  it.each([
    // The brief's pattern: a weekday and a full date that agree pin the week.
    ['The leaders met on Tuesday. They will hold talks on Wednesday, October 18, 2023.', '2023-10-17'],
    // A past date written with its weekday, and a later weekday: published on that later day.
    ['The ministers met on Monday, Oct. 16, 2023, and said on Tuesday they had agreed.', '2023-10-17'],
    // A future date whose weekday the story uses for the coming day.
    ['The forum is running until Wednesday. Talks are set for October 18, 2023, in Lima.', '2023-10-17'],
  ])('%j -> %s by weekday agreement', (text, value) => {
    const got = inferPublicationDate(text);
    expect(got).toMatchObject({ value, granularity: 'day', source: 'inferred' });
    expect(got.confidence).toBeGreaterThan(0);
    expect(got.confidence).toBeLessThan(0.8);
  });

  it("does not take a past date deep in a story, written with its weekday, for the story's day", () => {
    const lead =
      'The fraud trial of the boilermaker Ian Hallorane reached its seventh week, with the jury still out. ' +
      'Prosecutors had told the court that savers lost their deposits when his firm collapsed. '.repeat(7);
    const text = `${lead}Closing speeches finished on Friday, June 17, 2022, and the jury was sent out on Monday. Jurors were sent home early on Wednesday.`;
    expect(inferPublicationDate(text)).toMatchObject({ value: null, source: 'unknown' });
  });

  it('points to no day off a dateline that gives only its month and day', () => {
    const text =
      'LONDON, March 2 (Reuters) - The board met on Thursday, Feb. 23, and approved the plan, officials ' +
      'said. Shares rose on Friday, Feb. 24. The company was founded in 1989.';
    const inferred = inferPublicationDate(text);
    expect(inferred).toMatchObject({ value: null, source: 'unknown' });
    expect(inferred.evidence).toBe(
      "dateline 'March 2' has no year, and nothing in the text ties one to it; not before 1989 (latest year named in a past clause)",
    );
  });

  it('gives no day whose year the text does not write, but tells the reader the day it points to', () => {
    // "Sunday 31 October" falls on a Sunday in 2010, 2021 and 2027, all after the years named: the
    // weekday cannot choose among them (on our news set such guesses were wrong 82 times of 136).
    const story = (date: string) =>
      `Clocks go back this weekend. At 02:00 on ${date}, clocks will fall back one hour. ` +
      'The change was first tried in 1916. In 2019, the European Parliament voted to end the seasonal ' +
      'changes, but the plan has stalled and there is no sign it will be revived soon. Farmers said on ' +
      'Friday they would welcome lighter mornings.';
    const yearless = inferPublicationDate(story('Sunday 31 October'));
    expect(yearless).toMatchObject({ value: null, granularity: null, source: 'unknown' });
    expect(yearless.evidence).toMatch(
      /^its dates point to around Friday 29 October, in a year it does not write; not before \d{4}/,
    );
    // With the year written, the same clues give the day.
    expect(inferPublicationDate(story('Sunday 31 October 2021'))).toMatchObject({
      value: '2021-10-29',
      granularity: 'day',
      source: 'inferred',
    });
  });

  it('gives the year of a day it points to when the years it names as past and ahead leave one', () => {
    // Sunday 31 October falls in 2021 only of 2019 to 2023; of 2019 to 2028, in 2027 too. The day
    // pointed to may be an event a week or two off, so only its year is given, and not at the turn
    // of a year ("Sunday 3 January" falls in 2021 only as well).
    const story = (date: string, ahead: string) =>
      `Clocks go back this weekend. At 02:00 on ${date}, clocks will fall back one hour. ` +
      'The European Parliament voted in 2019 to end the seasonal changes. Farmers said on Friday they ' +
      `would welcome lighter mornings. Ministers will review the rules again in ${ahead}.`;
    const bounded = inferPublicationDate(story('Sunday 31 October', '2023'));
    expect(bounded).toMatchObject({
      value: '2021',
      granularity: 'year',
      source: 'inferred',
      confidence: 0.4,
    });
    expect(bounded.evidence).toBe(
      'its dates point to around Friday 29 October, a Friday in 2021 only of the years it names as past and ahead (2019 to 2023)',
    );
    for (const [date, ahead] of [
      ['Sunday 31 October', '2028'],
      ['Sunday 31 October', '2019'],
      ['Sunday 3 January', '2023'],
    ] as const)
      expect(inferPublicationDate(story(date, ahead))).toMatchObject({ value: null, source: 'unknown' });
  });

  it('gives no day before a year the text tells of in the past, even from a dateline', () => {
    // An archive dateline over a story that goes on to what happened decades later.
    const text =
      'LONDON, March 3, 1925 — The great flood rose through the night.\n\nThe river broke its banks ' +
      'on Tuesday, March 3, 1925, and the water reached the market square by Wednesday. In 1998 the ' +
      'town built a new wall, and in 2003 it was raised again after a survey found it too low.';
    expect(inferPublicationDate(text)).toMatchObject({
      value: null,
      source: 'unknown',
      evidence: 'not before 2003 (latest year named in a past clause)',
    });
    // Without the later years, the dateline stands.
    expect(inferPublicationDate(text.slice(0, text.indexOf(' In 1998')))).toMatchObject({
      value: '1925-03-03',
      source: 'dateline',
    });
  });

  it('does not date a story on the day it says something will happen', () => {
    const text =
      'The city council said on Monday it would close the old bridge for repairs. The bridge will shut ' +
      'on Monday, 23 March 2020, and stay closed for six months, officials said. Residents met on ' +
      'Thursday to discuss detours.';
    const got = inferPublicationDate(text);
    expect(got.value).not.toBeNull();
    expect(got.value! < '2020-03-23').toBe(true);
  });

  it('takes no clue from a recurring day ("every Saturday morning")', () => {
    const text =
      'The Christmas market opened on Friday 13 December, 2019, and will run every Saturday morning ' +
      'until the new year. Traders said on Friday that sales were brisk.';
    const inferred = inferPublicationDate(text);
    expect(inferred.value).toBe('2019-12-13');
    expect(inferred.evidence).not.toContain('every Saturday');
  });

  it('does not tie "last week" to a date the week only counts from', () => {
    const text =
      'The president, who last week marked one year since the invasion began on Feb. 24, 2022, said the situation was difficult.';
    expect(inferPublicationDate(text)).toMatchObject({ value: null, source: 'unknown' });
  });

  it.each([
    ['The court ruled today, Oct. 17, 2023, that the law stands.', '2023-10-17'],
    ['The storm hit the coast yesterday (October 16, 2023) and moved inland.', '2023-10-17'],
    ['Leaders will meet tomorrow, Wednesday, October 18, 2023.', '2023-10-17'],
  ])('%j -> %s: "today" beside a date says which day it is', (text, value) => {
    const got = inferPublicationDate(text);
    expect(got).toMatchObject({ value, source: 'inferred' });
    expect(got.confidence).toBeGreaterThan(0.4);
  });

  it('reads a full date in the title, backed by the story', () => {
    const title = 'Live updates: harbour strike, Oct. 17, 2023';
    const text = 'Dock workers walked out on Tuesday, union leaders said.';
    expect(inferPublicationDate(text, { title })).toMatchObject({ value: '2023-10-17', source: 'inferred' });
    expect(inferPublicationDate(text).value).toBeNull();
  });

  it('reuses timexes the caller already has, and reads them rather than the raw text', () => {
    const text = 'The leaders met on Tuesday. They will hold talks on Wednesday, October 18, 2023.';
    const timexes = tagTimexes(text, { reference: null });
    expect(inferPublicationDate(text, { timexes })).toEqual(inferPublicationDate(text));
    // With no timexes, only datelines are left to go on, and there are none here.
    expect(inferPublicationDate(text, { timexes: [] }).value).toBeNull();
  });

  it('places "this week" beside a date in that date\'s week', () => {
    const got = inferPublicationDate('Leaders will meet this week, on October 18, 2023, in Lima.');
    expect(got.value).not.toBeNull();
    expect(got.value! >= '2023-10-16' && got.value! <= '2023-10-18').toBe(true);
  });

  it('finds the day at the end of a long chronology', () => {
    const months = ['January', 'March', 'May', 'July', 'September', 'November'];
    const history = Array.from(
      { length: 120 },
      (_, i) => `On ${months[i % 6]} ${1 + (i % 27)}, ${1950 + Math.floor(i / 2)}, the council met.`,
    ).join('\n');
    const got = inferPublicationDate(`${history}\nThe council met again today, Oct. 17, 2023.`);
    expect(got.value).toBe('2023-10-17');
  });

  it('does not take a named day ("Black Friday") for a weekday', () => {
    // Nov. 24, 2023 was a Friday: a real "Friday" would back it, the shopping day does not.
    const text = 'Sales figures for Nov. 24, 2023 were strong. Shoppers crowded stores on Black Friday.';
    expect(inferPublicationDate(text).value).toBeNull();
    expect(inferPublicationDate(text.replace('Black Friday', 'Friday')).value).toBe('2023-11-24');
  });

  it('does not give a day for one date and nothing to back it', () => {
    const got = inferPublicationDate('The treaty was signed on March 5, 1946, in a small town.');
    expect(got).toMatchObject({ value: null, source: 'unknown', confidence: 0 });
  });

  it('lets only a weekday near the date back it', () => {
    // Aug. 7, 1998 was a Friday. Said beside it, "Friday" is that day; pages later, it is as likely
    // a Friday years on, which happens to match.
    const date = 'The bombs went off on Aug. 7, 1998, killing dozens.';
    const filler = ' The council met again and discussed the budget at length.'.repeat(10);
    const weekday = ' Officials said on Friday that the hunt goes on.';
    expect(inferPublicationDate(date + weekday).value).toBe('1998-08-07');
    expect(inferPublicationDate(date + filler + weekday).value).toBeNull();
  });

  it('does not let a weekday in a future clause back a date in a past one', () => {
    // 2 January 2026 was a Friday, but the funeral to come is not the death that was.
    const text = 'She died on 2 January 2026 at her home. A memorial service will be held on Friday.';
    expect(inferPublicationDate(text).value).toBeNull();
    expect(inferPublicationDate(text.replace('will be held', 'was held')).value).toBe('2026-01-02');
  });

  it('does not let a weekday back a date the story names in no tense', () => {
    // 10 August 2003 was a Sunday; the record's day is named, not reported, so "Sunday" is another one.
    const text = (record: string) => `Temperatures peaked on Sunday afternoon. ${record}`;
    expect(
      inferPublicationDate(text('The record, set on 10 August 2003, is not under threat.')).value,
    ).toBeNull();
    expect(inferPublicationDate(text('The record was set on 10 August 2003.')).value).toBe('2003-08-10');
  });

  it('reads a date a timetable gives in the present ("which ends June 30, 2026") as still to come', () => {
    // 30 June 2026 was a Tuesday, but the year that ends then had not ended when the company spoke.
    const text = (verb: string) =>
      `The company said on Tuesday that its fiscal year, which ${verb} June 30, 2026, had started slowly.`;
    expect(inferPublicationDate(text('ends')).value).toBeNull();
    expect(inferPublicationDate(text('ended')).value).toBe('2026-06-30');
  });

  it('gives no inferred day in or before a year the text counts from to now ("the most since 2019")', () => {
    // 1 December 2019 was a Sunday, but a story that calls a crowd "the most since 2019" was
    // written after 2019.
    const text = (since: string) =>
      `Travel is the busiest since ${since}, the club said. The record was set on Dec. 1, 2019. The president turned 80 on Sunday.`;
    expect(inferPublicationDate(text('2019')).value).toBeNull();
    expect(inferPublicationDate(text('2018')).value).toBe('2019-12-01');
    // "since" as "because" counts nothing.
    expect(inferPublicationDate(text('2019 is a leap year')).value).toBe('2019-12-01');
    // A decade counts from its first year: written after "since the late 2010s", not in 2010.
    expect(inferPublicationDate(text('the late 2010s')).value).toBe('2019-12-01');
    expect(
      inferPublicationDate(
        'Crowds have gathered every year since the early 1980s. The accident began on March 28, 1979. Residents fled on Wednesday.',
      ).value,
    ).toBeNull();
  });

  it('does not let a weekday back a date told in the pluperfect, before the news', () => {
    // 11 February 2016 was a Thursday; the sentencing "Thursday" came after what "had" happened.
    const text = (verb: string) =>
      `A former supervisor was sentenced Thursday to six years. The judge said he ${verb} the treasury like a savings account until his arrest on Feb. 11, 2016.`;
    expect(inferPublicationDate(text('had "treated')).value).toBeNull();
    expect(inferPublicationDate(text('had treated')).value).toBeNull();
    expect(inferPublicationDate(text('treated')).value).toBe('2016-02-11');
  });

  it.each([
    [
      'Thousands fled yesterday. The fire, sparked by lightning on Thursday 29 January 2026, %s considered under control until Saturday.',
      'had been',
      'was',
    ],
    [
      'A jury found him guilty on Thursday. He walked into the cafeteria on Feb. 22, 2011, with a pistol he %s from a cabinet. His lawyer spoke on Tuesday.',
      'had taken',
      'took',
    ],
  ])('takes a dated sentence told with the pluperfect for backstory: %j', (text, pluperfect, simple) => {
    expect(inferPublicationDate(text.replace('%s', pluperfect)).value).toBeNull();
    expect(inferPublicationDate(text.replace('%s', simple)).value).not.toBeNull();
  });

  it('lets only dates within a week back a day', () => {
    // A death on 28 May and a funeral on Friday 20 June: the story came between them, not on the 28th.
    const text = (funeral: string) =>
      `She died at home on 28 May 2025. Her funeral will be held at St Matthew's church on ${funeral}.`;
    expect(inferPublicationDate(text('Friday 20 June')).value).toBeNull();
    expect(inferPublicationDate(text('Friday 30 May')).value).toBe('2025-05-28');
  });

  it('lets the day news was told back a date only in the lead', () => {
    // 31 May 2018 was a Thursday; the tribute was paid on a later Thursday, after the death.
    const text = (said: string) =>
      'He preached at the parish church until his last years. '.repeat(10) +
      `The present bishop ${said} that Carrow had been "a bishop decades ahead of his time". ` +
      'Anselm John Carrow, bishop, born 4 March 1927; died 31 May 2018';
    expect(inferPublicationDate(text('said on Thursday')).value).toBeNull();
    expect(inferPublicationDate(text('wrote on Thursday')).value).toBe('2018-05-31');
  });

  it('reads "Tuesday of last week" as last Tuesday, which backs no date', () => {
    // 10 May 2011 was a Tuesday; the burial came a week or more before the story, after the death.
    const text = (tuesday: string) =>
      `He died in hospital on 10 May 2011 after a short illness. He was buried at Llanuwchllyn ${tuesday}.`;
    expect(inferPublicationDate(text('on Tuesday of last week')).value).toBeNull();
    expect(inferPublicationDate(text('on Tuesday')).value).toBe('2011-05-10');
  });

  it('does not let a weekday counted from another day ("Monday night, 427 days after") back it', () => {
    // 16 March 2020 was a Monday; the reopening came 427 days after the closing.
    const text = (monday: string) =>
      `The lights finally dimmed at the Grand ${monday} they last went down. The theatre closed on 16 March 2020.`;
    expect(inferPublicationDate(text('on Monday night, 427 days after')).value).toBeNull();
    expect(inferPublicationDate(text('on Monday night, as')).value).toBe('2020-03-16');
  });

  it('does not let a weekday counted from a day of the story ("the following Monday") back a date', () => {
    // 27 October 2008 was a Monday; "the following Monday" is a week after a day the story tells of.
    const text = (monday: string) =>
      `On 27 October 2008 the auditor wrote to the clerk. Police searched his home on 13 November and he was arrested ${monday}.`;
    expect(inferPublicationDate(text('the following Monday')).value).toBeNull();
    expect(inferPublicationDate(text('on Monday')).value).toBe('2008-10-27');
  });

  it('does not let a weekday that misses the date back it', () => {
    // Aug. 7, 1998 was a Friday; "Monday" says nothing about that day.
    const got = inferPublicationDate('The bridge opened on Aug. 7, 1998. Officials spoke on Monday.');
    expect(got.value).toBeNull();
  });

  it('does not tie "next year" to a date told in the past', () => {
    const got = inferPublicationDate("Next year's budget, approved on Oct. 3, 2024, cut spending.");
    expect(got.value).toBeNull();
  });

  it('ties "next year" only to the day its event is held, not to a day something is done about it', () => {
    const text = (verb: string) => `Next year's budget ${verb} on Oct. 3, 2024, the minister said.`;
    expect(inferPublicationDate(text('will be presented')).value).toBeNull();
    expect(inferPublicationDate(text('will take effect')).value).toBeNull();
  });

  it('does not let a date told in the present, with its weekday, back a day after it', () => {
    // 28 August 2015 was a Friday. A talk that "is on Friday 28 August" is today or still to come,
    // so the Saturday after it is no day to have written that.
    const text = (verb: string) =>
      `The festival opened on Saturday. The talk ${verb} on Friday 28 August 2015.`;
    expect(inferPublicationDate(text('is')).value).toBeNull();
    expect(inferPublicationDate(text('was')).value).toBe('2015-08-29');
  });

  describe('months and years tied to the day of writing', () => {
    it.each([
      ['Exports fell sharply last year (2021), the ministry said.', '2022', 'year'],
      ['Output will rise next year, in 2025, the company said.', '2024', 'year'],
      ['Sales this year, 2023, are the best in a decade.', '2023', 'year'],
      ['The plant closed in 2015, eight years ago, and has stood empty since.', '2023', 'year'],
      ['The strike began on Oct. 3, 2023, earlier this month, and has spread.', '2023-10', 'month'],
      ['The firm was fined last month, in September 2022, regulators said.', '2022-10', 'month'],
      ['The alliance marks the 75th anniversary of its founding in 1949 with a summit.', '2024', 'year'],
      ['Crowds gathered for the tenth anniversary of the 2011 uprising.', '2021', 'year'],
      [
        'Rail staff marked the 80th anniversary of the evacuation, which began on 26 May 1940.',
        '2020',
        'year',
      ],
      ['It is the 14th anniversary of the seawall, completed in 2003, and it still holds.', '2017', 'year'],
      ['Prices are higher than in the current year, 2023, the survey said.', '2023', 'year'],
      ['It has been ten years since the 2013 floods, and the town is still rebuilding.', '2023', 'year'],
      ['A year after the 2022 floods, farmers are replanting.', '2023', 'year'],
      ['So far in 2023, more than 400 boats have reached the island.', '2023', 'year'],
      ['Sales in 2023 to date are up by a tenth, the firm says.', '2023', 'year'],
      ["Next year's race is set for Oct. 11, 2026, the organisers said.", '2025', 'year'],
      ['The festival will return next year, starting on 13 August 2016.', '2015', 'year'],
      ["The academy will announce the date of next year's ceremony: 28 February 2021.", '2020', 'year'],
    ])('%j -> %s', (text, value, granularity) => {
      const got = inferPublicationDate(text);
      expect(got).toMatchObject({ value, granularity, source: 'inferred' });
      expect(got.confidence).toBeGreaterThan(0.3);
      expect(got.confidence).toBeLessThan(0.7);
    });

    it.each([
      [
        'Fifty years ago today, the dam broke. The water rose on the night of Oct. 21, 1966, and kept rising.',
        '2016-10-21',
      ],
      [
        'The earthquake struck at 5:20 a.m. on Dec. 28, 1908, 112 years ago today, as families slept.',
        '2020-12-28',
      ],
      [
        'Tomorrow marks 90 years since the worst day on Wall Street. On Oct. 29, 1929, shares collapsed.',
        '2019-10-28',
      ],
      [
        'Veterans gathered on the beaches today to mark 70 years since the landings. On June 6, 1944, troops came ashore.',
        '2014-06-06',
      ],
      [
        'Relatives met at the harbour yesterday to mark 35 years since the sinking. The ferry capsized on 5 March 1982.',
        '2017-03-06',
      ],
    ])('reads the day "N years ago today" counts from: %j -> %s', (text, value) => {
      expect(inferPublicationDate(text)).toMatchObject({ value, granularity: 'day', source: 'inferred' });
    });

    it.each([
      // "On" and "this week" count years, not days.
      ['A year on, families are still waiting. The train derailed on Sunday 2 March 2025.', '2026', 'year'],
      ['It was 80 years ago this week. The offensive began on 16 December 1944, in fog.', '2024', 'year'],
      [
        'It is 25 years ago this month. The march began on the evening of 17 November 1989.',
        '2014-11',
        'month',
      ],
      // A date told as before the day recalled gives the year only.
      [
        'Eighty years ago today, the marchers reached London. They had left home on 1 October 1932.',
        '2012',
        'year',
      ],
    ])('counts "N years on" from the date it recalls: %j -> %s', (text, value, granularity) => {
      expect(inferPublicationDate(text)).toMatchObject({ value, granularity });
    });

    it('keeps the tie when a year ahead is one a passive infinitive sets something for', () => {
      const text =
        'The library marks its centenary on Monday, 100 years to the day since it opened on 24 April 1917. ' +
        'A time capsule, to be opened in 2117, will be sealed in the hall.';
      expect(inferPublicationDate(text)).toMatchObject({ value: '2017', granularity: 'year' });
    });

    it.each([
      // A bare year first is often of something else: "where he has lived since 1974".
      'Fifty years ago today, he sat at a console in the desert, where he has lived since 1974. The landing came on July 20, 1969.',
      // "years on the council" counts no anniversary.
      'In my 16 years on the council, this is the tightest budget. It was set on March 2, 2015.',
    ])('%j -> no anniversary read', (text) => {
      expect(inferPublicationDate(text).value).toBeNull();
    });

    it('is less sure of a day recalled from another sentence than of one in its own', () => {
      const apart = inferPublicationDate(
        'Forty years ago today, the town held its own concert. The appeal was started on 25 October 1984.',
      );
      const own = inferPublicationDate(
        'Forty years ago today, on 13 July 1985, the town held its own concert.',
      );
      expect(own).toMatchObject({ value: '2025-07-13', granularity: 'day' });
      expect(apart).toMatchObject({ value: '2024-10-25', granularity: 'day' });
      expect(apart.confidence).toBeLessThan(0.5);
      expect(apart.confidence).toBeLessThan(own.confidence);
    });

    it('states a day outright with "N days ago" beside a full date', () => {
      const got = inferPublicationDate('The bridge collapsed on March 2, 2024, two days ago, killing six.');
      expect(got).toMatchObject({ value: '2024-03-04', granularity: 'day', source: 'inferred' });
    });

    it.each([
      // Two time adverbials in one clause name two times: 1980 is not last year.
      'Visitors rose from 100,000 in 1980 to 300,000 last year.',
      // The year belongs to the noun it modifies, not to "last year".
      'He was indicted last year in the October 1998 shooting of a doctor.',
      // Ties that disagree cancel out.
      'Exports fell last year (2021). Imports rose this year, 2019, by a third.',
      // A tie before a year the story has already lived through is a misreading.
      'Exports fell last year (2019). The new port opened in 2021, officials said.',
      // An anniversary counted from a year in another sentence is not read.
      'The alliance was founded in 1949. It marks its 75th anniversary with a summit.',
      // Counted in a past clause, or from a later year the sentence names: not counted from now.
      'Ten years after the 1990 war, he became president.',
      'In 2003 the town marked the 10th anniversary of the 1993 attack.',
      // An anniversary's own year, a count into the future, a possessive: none says when it is now.
      'The alliance will celebrate its 50th anniversary in 2024 with a summit.',
      'Three years after its 2015 launch, the probe will be retired.',
      "In 2019, last year's champion won again.",
      // A year in a clause of its own does not date what the anniversary counts from.
      'He marked the 60th anniversary of the blast, and campaigned for a memorial, unveiled in June 2013.',
      'On the 40th anniversary of the disaster, she laid flowers, as she has done every April since 1987.',
      // The year of the anniversary itself, counted from a year the text names too.
      'The famine began in 1845. Crowds marked the 150th anniversary of the Famine in 1995.',
      // "the last year" and "the next year" are not last year and next year.
      'Visitors peaked in 2019, the last year before the pandemic.',
      'The mine closed in 1931; the next year, 1932, the town emptied.',
      // A history's "so far" is of its own time.
      'The siege was the longest of the war so far in 1942, and it ended in defeat.',
      // "Last year" alone, "a decade ago" alone: nothing to count from.
      'Exports fell last year and rose a decade ago.',
    ])('%j -> unknown', (text) => {
      expect(inferPublicationDate(text)).toMatchObject({ value: null, source: 'unknown' });
    });

    it('sets a yearless dateline in the year a tie names', () => {
      const got = inferPublicationDate(
        'GENEVA, May 4 (Xinhua) -- Exports fell last year (2021), the agency said.',
      );
      expect(got).toMatchObject({ value: '2022-05-04', granularity: 'day', source: 'dateline' });
    });

    it('gives a yearless date the tied year; written with its weekday, it pins the day', () => {
      // Oct. 16, 2023 was a Monday. Without the year in brackets, "Oct. 16" has no year at all.
      const text =
        'Exports fell last year (2022), the ministry said. Talks opened on Monday, Oct. 16, and the ministers said they had agreed.';
      expect(inferPublicationDate(text)).toMatchObject({ value: '2023-10-16', granularity: 'day' });
      expect(inferPublicationDate(text.replace(' (2022)', '')).value).toBeNull();
    });

    it('does not let a separate weekday back a date whose year came from a tie', () => {
      // A weekday falls on any date one year in seven; with the year supplied, not written, the
      // coincidence proves nothing. The tie still gives the year.
      const text =
        'Exports fell last year (2022), the ministry said. Talks opened on Oct. 16, and the ministers said on Monday they had agreed.';
      expect(inferPublicationDate(text)).toMatchObject({ value: '2023', granularity: 'year' });
    });

    it('prefers a tied month to an inferred day that falls outside it', () => {
      // The date written with its weekday backs Oct. 3, but "last month, in October" puts the writing in November.
      const text = 'The talks opened on Tuesday, Oct. 3, 2023. A deal came last month, in October 2023.';
      expect(inferPublicationDate(text)).toMatchObject({ value: '2023-11', granularity: 'month' });
    });
  });

  describe('captions', () => {
    const caption = 'Leaders meet at the palace in Lima, Peru, June 5, 2019. (Reuters)';
    it('prefers the story over a repeated photo caption', () => {
      const text = `Talks Open\n\n${caption}\n${caption}\n\nThe talks opened on Monday, Oct. 16, 2023, officials said on Monday.`;
      expect(inferPublicationDate(text).value).toBe('2023-10-16');
    });

    it('trusts a caption date only a little', () => {
      // June 5, 2019 was a Wednesday, so the story weekday backs the caption's day, weakly.
      const got = inferPublicationDate(`${caption}\nThe talks ended on Wednesday, officials said.`);
      expect(got.value).toBe('2019-06-05');
      expect(got.confidence).toBeLessThan(0.3);
      expect(got.evidence).toMatch(/caption/);
    });

    it('trusts a file photo date not at all', () => {
      const text =
        'FILE PHOTO: Leaders meet in Lima, Peru, June 5, 2019. REUTERS/Ann Other\nThe talks ended on Wednesday, officials said.';
      expect(inferPublicationDate(text).value).toBeNull();
    });
  });

  describe('never today', () => {
    afterEach(() => vi.useRealTimers());
    it.each([
      'The minister spoke today and will travel tomorrow.',
      'Officials met yesterday and again this week.',
      'He arrived on Tuesday.',
      '',
    ])('%j -> unknown whatever the clock says', (text) => {
      vi.useFakeTimers();
      vi.setSystemTime(new Date('2023-10-17T12:00:00Z'));
      expect(inferPublicationDate(text)).toMatchObject({
        value: null,
        granularity: null,
        source: 'unknown',
        confidence: 0,
      });
    });
  });

  it('reads back any publication stamp it is given, whatever follows', () => {
    const names = MONTH_NAMES.slice(1);
    const day = fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true });
    const style = fc.constantFrom(
      'Published {d} {M} {y}',
      'Posted: {M} {d}, {y}',
      '{y}-{mm}-{dd}',
      'By Ann Lee | {M} {d}, {y}',
    );
    fc.assert(
      fc.property(day, style, fc.string(), (date, pattern, rest) => {
        const iso = date.toISOString().slice(0, 10);
        const [y, mm, dd] = iso.split('-') as [string, string, string];
        const stamp = pattern
          .replace('{y}', y)
          .replace('{mm}', mm)
          .replace('{dd}', dd)
          .replace('{d}', String(+dd))
          .replace('{M}', names[+mm - 1]!);
        const got = inferPublicationDate(`Headline\n${stamp}\n${rest.replace(/\d/g, '')}`);
        expect(got).toMatchObject({ value: iso, granularity: 'day', source: 'dateline' });
      }),
      { numRuns: 200 },
    );
  });

  it('never throws; confidence in [0, 1]; value null or a valid date', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'Oct. 17',
        ', 2023',
        'Tuesday',
        'FILE PHOTO: ',
        '(Reuters) - ',
        '\n',
        'Published ',
        '2023-02-30',
        ' 31 ',
        'today, ',
        'Wednesday, ',
        ' said on Monday',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.option(fc.string()), (parts, title) => {
        const got = inferPublicationDate(parts.join(''), title === null ? {} : { title });
        expect(got.confidence).toBeGreaterThanOrEqual(0);
        expect(got.confidence).toBeLessThanOrEqual(1);
        if (got.value === null) {
          expect(got).toMatchObject({ granularity: null, source: 'unknown', confidence: 0 });
        } else {
          expect(got.value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          expect(valueToInterval(got.value)?.granularity).toBe(got.granularity);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is never wrong on the bundled corpus: each article gets its manifest date or nothing', () => {
    const dir = new URL('../../../src/corpus/', import.meta.url);
    const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as {
      articles: { file: string; part?: number; title?: string; published: string }[];
    };
    const firstParts = manifest.articles.filter((a) => (a.part ?? 1) === 1);
    const got = firstParts.map((a) =>
      inferPublicationDate(readFileSync(new URL(a.file, dir), 'utf8'), { title: a.title }),
    );
    got.forEach((g, i) => expect([null, firstParts[i]!.published]).toContain(g.value));
    expect(got.filter((g) => g.value !== null).length).toBeGreaterThan(0);
  });
});

describe('pubdate: a date told ahead with its year written', () => {
  // News style writes the year only of a date outside the year of writing: a future date with its
  // year, whose paragraph names no weekday of it, gives no day near the writing; a quoted speaker's
  // date, or one whose weekday its paragraph names, still does.
  const story = (date: string) =>
    'The Elm Street cinema will show its first film of the last season on Saturday night.\n\n' +
    `${date}\n\n` +
    '"We want a proper goodbye," the owner said in an interview Thursday. Volunteers painted the lobby ' +
    'on Wednesday, and a second show will follow Sunday afternoon.';
  it('gives no day in the narrative', () => {
    const got = inferPublicationDate(
      story('It will close for good after a final screening on April 10, 2027.'),
    );
    expect(got.value).toBeNull();
  });
  it.each([
    ['a quotation', 'The owner said: "We will close for good after a final screening on April 10, 2027."'],
    ['its weekday', 'It will close for good after a final screening on Saturday, April 10, 2027.'],
  ])('still counts a date in %s', (_, date) => {
    expect(inferPublicationDate(story(date)).value).toBe('2027-04-09');
  });
});

describe('pubdate: a yearless dateline bounded by a forecast year', () => {
  // A forecast is made before its year ends, whatever tense reports it: "reiterated its forecast
  // for 2024" puts the writing in 2024 or before, a fire "in November 2023" in 2023 or after, and
  // the lead's Tuesday leaves 2024 (March 5, 2024 was a Tuesday; March 5, 2023 a Sunday).
  const story = (lead: string, rest: string) =>
    `OSLO, March 5 (Reuters) - Nordfjell Mining reopened its smelter ${lead}, three months after a fire ` +
    `shut it in November 2023. The company ${rest}, and its shares rose 3%.`;
  const forecast = 'reiterated its forecast of 410,000 tonnes for 2024';
  it('takes the one year the bounds and the lead weekday leave, below 0.5 confidence, and says why', () => {
    const got = inferPublicationDate(story('on Tuesday', forecast));
    expect(got).toMatchObject({ value: '2024-03-05', granularity: 'day', source: 'dateline' });
    expect(got.confidence).toBeLessThan(0.5);
    expect(got.evidence).toMatch(/year 2024: not after '2024', forecast for, and by the lead's 'Tuesday'/);
    expect(inferPublicationDate(story('on Tuesday', 'expects its 2024 output forecast to hold')).value).toBe(
      '2024-03-05',
    );
  });
  it('reads a target or a budget for a year as a forecast', () => {
    expect(inferPublicationDate(story('on Tuesday', 'kept its 2024 target of 410,000 tonnes')).value).toBe(
      '2024-03-05',
    );
    expect(inferPublicationDate(story('on Tuesday', 'cut its budget for 2024')).value).toBe('2024-03-05');
  });
  it('leaves the year unknown without a forecast, or when the weekday does not fit', () => {
    expect(inferPublicationDate(story('on Wednesday', forecast)).value).toBeNull();
    // A year told as a past fact is no forecast, and a forecast year already told as past is void.
    expect(inferPublicationDate(story('on Tuesday', 'lost 12% in 2024')).value).toBeNull();
    expect(inferPublicationDate(story('on Tuesday', 'reiterated its forecast for 2023')).value).toBeNull();
  });
});

describe('pubdate: review, a forecast bounds the year only through its own preposition', () => {
  // A comparison base or a past estimate is no forecast: "the level of 2019", "above those of 2019",
  // "estimates of the losses in 2019" name a year that may be long gone. March 5, 2019 was a
  // Tuesday, so a wrong forecast bound would leave 2019 for the dateline.
  const story = (rest: string) =>
    'OSLO, March 5 (Reuters) - Nordfjell Mining reopened its smelter on Tuesday, three months after a ' +
    `fire shut it. The smelter first opened in November 2018. ${rest}, a spokeswoman said.`;
  it('reads no forecast year in a comparison or an estimate of', () => {
    for (const rest of [
      'The company expects shipments to climb back to the level of 2019 by June',
      "Insurers' estimates of the losses in 2019 were revised up twice",
      'The company sees orders running well above those of 2019',
      'The company expects prices to stay higher than in 2019',
      'The company missed its target of 2019 for the new furnace',
    ])
      expect(inferPublicationDate(story(rest)).value, rest).toBeNull();
  });
  it('still reads the forecast a verb or noun makes for the year', () => {
    for (const rest of [
      'The company expects shipments to rise 4% in 2019',
      'The company set a target of 300,000 tonnes in shipments for 2019',
      'The company kept its output guidance for fiscal 2019',
    ]) {
      const got = inferPublicationDate(story(rest));
      expect(got.value, rest).toBe('2019-03-05');
      expect(got.evidence).toMatch(/forecast for/);
    }
  });
});

describe('pubdate: a month told with its year in a past clause bounds the day from below', () => {
  // The weekdays fit the old date (January 9, 2024 was a Tuesday), but the text tells, as past, a
  // charge laid in April 2024: it was written in that month or after.
  const text =
    'A nurse told jurors on Tuesday that the first alarm sounded at 9:05 a.m. on Jan. 9, 2024, and that ' +
    'she hid with six patients until police arrived at 9:50 a.m. The defendant, a former porter, was ' +
    'charged in April 2024 with two counts of murder. Testimony resumes at 10 a.m. Thursday, the judge said.';
  it('gives no day before that month', () => {
    const got = inferPublicationDate(text);
    expect(got.value).toBeNull();
    expect(got.evidence).toMatch(/not before 2024 .*; nor before April of it/);
  });
  it('still gives the day when the month is not past, or comes before it', () => {
    expect(
      inferPublicationDate(text.replace('was charged in April 2024', 'will be tried in April 2024')).value,
    ).toBe('2024-01-09');
    expect(inferPublicationDate(text.replace('April 2024', 'December 2023')).value).toBe('2024-01-09');
  });
});
