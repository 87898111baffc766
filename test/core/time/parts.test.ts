import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayOf,
  describeDay,
  fmtDay,
  fmtWeek,
  isValidDay,
  isoToDay,
  weekdayOf,
} from '../../../src/core/time/calendar';
import { findCandidates, parseNumber, parseSpokenYear } from '../../../src/core/time/grammar';
import { selectSpans } from '../../../src/core/time/index';
import { valueToAnchor } from '../../../src/core/time/resolve';
import { sentenceAround, tenseAt } from '../../../src/core/time/tense';

describe('fmtWeek(t)', () => {
  it.each([
    [2023, 10, 17, '2023-W42'],
    [2021, 1, 3, '2020-W53'], // a Sunday still in the last ISO week of 2020
    [2019, 12, 30, '2020-W01'], // a Monday already in ISO week 1 of 2020
  ])('%i-%i-%i -> %s', (y, m, d, week) => {
    expect(fmtWeek(dayOf(y, m, d))).toBe(week);
  });
});

describe('calendar helpers', () => {
  it.each([
    ['2023-10-17', '2023-10-17', 2, 'Tue 17 Oct 2023'],
    ['2024-02-29', '2024-02-29', 4, 'Thu 29 Feb 2024'],
  ])('isoToDay(%j)', (iso, day, weekday, described) => {
    const t = isoToDay(iso)!;
    expect([fmtDay(t), weekdayOf(t), describeDay(t)]).toEqual([day, weekday, described]);
  });
  it.each([['2023/10/17'], [''], [null]])('isoToDay(%j) = null', (iso) => expect(isoToDay(iso)).toBeNull());
  it.each([
    [2023, 1, -2, [2022, 11]],
    [2023, 12, 1, [2024, 1]],
  ])('addMonths(%i, %i, %i) = %j', (y, m, delta, out) => expect(addMonths(y, m, delta)).toEqual(out));
  it.each([
    [2023, 2, 29, false],
    [2024, 2, 29, true],
    [2023, 13, 1, false],
  ])('isValidDay(%i, %i, %i) = %s', (y, m, d, ok) => expect(isValidDay(y, m, d)).toBe(ok));
});

describe('parseNumber(s)', () => {
  it.each([
    ['two', 2],
    ['18', 18],
    ['1,000', 1000],
    ['twenty-four', 24],
    ['a', 1],
    ['two and a half', 2.5],
    ['5 1/2', 5.5],
    ['a couple of', 2],
    ['several', null],
    ['a hundred and thirty', 130],
    // American style, without "and": not one plus a hundred plus twenty.
    ['one hundred twenty', 120],
    ['Forty-five', 45],
  ])('%j -> %s', (s, n) => expect(parseNumber(s)).toBe(n));
});

describe('parseSpokenYear(s)', () => {
  it.each([
    ['nineteen ninety-six', 1996],
    ['nineteen seventy nine', 1979],
    ['two thousand', 2000],
    ['two thousand and one', 2001],
    ['eighteen twelve', 1812],
  ])('%j -> %i', (s, y) => expect(parseSpokenYear(s)).toBe(y));
});

describe('tenseAt(text, start, end)', () => {
  const at = (text: string, word: string) =>
    tenseAt(text, text.indexOf(word), text.indexOf(word) + word.length).tense;
  it.each([
    ['He will visit on Friday.', 'future'],
    ['He visited on Friday.', 'past'],
    ['Mr. Putin will join Mr. Xi on Friday.', 'future'], // "Mr." does not end the sentence
    ['Elections will be held on Friday.', 'future'], // a passive takes its auxiliary's tense
    ['The deal is to be signed on Friday.', 'future'],
    ['The talks are due to resume on Friday.', 'future'],
    ['The offer had been due to expire on Friday.', 'past'],
    ['On Friday, the government planned cuts.', 'past'], // after the timex only past forms and modals count
    ['Putin arrives in China on Friday.', 'future'], // the news present of a scheduled event
    ['Crowds gathered for the vote on Friday.', 'past'], // after a determiner, "vote" is a noun
    ['Lawmakers vote on Friday.', 'future'],
    ['Exports rose more than expected on Friday.', 'past'], // "than expected" compares with a forecast
    ['Both sides agreed to a truce on Friday.', 'past'], // "to" before a noun phrase is no infinitive
    ['Both sides agreed to be in Geneva on Friday.', 'future'],
    ['The new timetable takes effect on Friday.', 'future'], // the news present of a schedule
    ['The exchange was closed Thursday and reopens Friday.', 'future'],
    ['Banks were to close at 2 p.m. and reopen on Friday.', 'future'],
    ['Voters go to the polls on Friday.', 'future'],
    ['He could make his debut at home on Friday.', 'future'], // a possibility ahead
    ['He could not be reached on Friday.', 'none'],
    ['He will be sworn in so he can attend a summit in Tokyo on Friday.', 'future'], // "can" too
    ['He can not attend on Friday.', 'none'],
    ['Neither he nor his lawyer could be located on Friday.', 'none'],
    ['Talks have been arranged for Friday.', 'future'], // a plan made for a day ahead
    ['Neighbours have organised a vigil for Friday.', 'future'],
    ['The trial has been adjourned until Friday.', 'future'],
    ['The hearing has been set for Friday.', 'future'],
    ['The launch was scrubbed on Tuesday and rescheduled for Friday.', 'future'], // a plan moved ahead
    ['The vote was postponed until Friday.', 'future'],
    ['The bloc set a deadline of Friday for both sides to end hostilities.', 'future'], // a limit ahead
    ['The find goes on view for one day only, on Friday, before being transferred.', 'future'], // "being" + participle
    ['The deal expires on Friday.', 'future'], // the news present of a schedule
    ['The championships end Friday.', 'future'],
    ['The rules take effect Friday.', 'future'],
    ['Data due on Friday are forecast to show inflation eased.', 'future'], // a day set ahead
    ['Sailors will drill off the coast starting Friday, the Pentagon said Thursday.', 'future'],
    ['More storms were likely this afternoon and Friday.', 'future'], // a day after today's
    ['He prepared to begin a fast in the capital on Friday.', 'future'],
    ['The suspect had been seen on Friday.', 'past'],
    ['Hospitals have been told to prepare for Friday.', 'future'], // a directive looks ahead of the telling
    ['Voters were urged to turn out on Friday.', 'future'],
    ['He was expected to visit the worst-hit villages on Friday.', 'future'], // a compound is an adjective
    ['The long-awaited summit opens on Friday.', 'future'],
    ['She was re-elected on Friday.', 'past'],
    ['Measures may come at the review, usually held on Friday.', 'future'], // a habit is no past
    ['The review, usually held on Friday.', 'none'],
    ['Offices were shut and will stay closed on Friday.', 'future'], // "stay closed" is a state
    ['Game 3 is set for Friday and, if needed, Game 4 for Sunday.', 'future'],
    ['Game 4 will be played, if needed, on Friday.', 'future'], // a condition is no tense
    ['He has not decided whether to enter the draft on Friday.', 'future'], // a choice still ahead
    ['Tickets sold out within hours of going on sale on Friday.', 'past'], // "going" without "to"
    ['"No strike on Friday, no deal," said the chairman.', 'none'], // the reporting verb is outside the quote
    ["``No strike on Friday, no deal,'' said the chairman.", 'none'],
    ['"Nobody wants a strike on Friday," said the chairman.', 'future'], // the quote's own present
    ['Nobody wanted a strike on Friday, said the chairman.', 'past'],
    ['Friday is a holiday.', 'future'], // a day that is the subject of a present verb is ahead
    ['Friday is going to be about how much tightening markets can take.', 'future'],
    ['The firm, which had $310 million in cash on Friday, is scheduled to report next week.', 'past'],
    ['Ahead of the trip, the State Department on Friday issued a warning.', 'past'], // the left cue is far away
    ['The summit is scheduled for Friday.', 'future'], // a present plan looks ahead
    ['The vote at Federated Stores on Friday will decide it.', 'future'], // "-ed" inside a name is no verb
    ['The vote in the crowded hall on Friday will decide it.', 'future'], // "-ed" after a determiner is an adjective
    ['Police cleared the hall on Friday.', 'past'],
    ['Gusts were expected along exposed coasts from Friday.', 'future'], // a participle before a bare plural noun describes it
    ['The Met Office forecasts isolated showers on Friday.', 'future'],
    ['Police scattered the crowd on Friday.', 'past'], // before an object, the verb
    ['Shares fell, as expected, on Friday.', 'past'], // "as expected" compares with a plan
    ['The summit opened as previously scheduled on Friday.', 'past'],
    ['Dozens were hurt in the blasts next to the embassy on Friday.', 'past'], // "next to" is a place
    ['The group agreed to buy the big Ohio glass and ceramics plant on Friday.', 'future'], // the infinitive is the cue
    ['Ms. Okafor will be named head of the Northern Lights Research Station on Friday.', 'future'], // a name is one word
    ['The talks failed. Friday will test the envoy.', 'future'], // the sentence before ends right at the timex
    ['Mr. Friday will test the envoy.', 'future'],
    ['They signed an economic cooperation plan Friday.', 'past'], // "plan" the noun is no cue
    ['The company plans a sale on Friday.', 'future'],
    ['Several chains opened as early as Friday.', 'past'], // a past bound
    ['Stores may open as early as Friday.', 'future'],
    ['An election could be held as soon as Friday.', 'future'], // a participle after "be"
    ['Diplomats said the Friday round would focus on research.', 'future'], // a reported clause's own verb
    ['Diplomats said Friday the round would focus on research.', 'past'],
    ['Officials said further strike dates on Friday and Saturday could not be ruled out.', 'future'], // a modal after the subject it is in
    ['Analysts said a weak Friday could push more chains over the edge.', 'future'],
    ['The union confirmed that strikes on Friday would go ahead.', 'future'], // "confirmed" reports too
    ['The union confirmed the strikes on Friday.', 'past'],
    ['The union said strikes on Wednesday, Friday and Saturday would go ahead.', 'future'], // a list of days
    ['The union said strikes on Friday, Saturday and Sunday would go ahead.', 'future'],
    ['Officials said the cap set on Friday would now serve as a reference.', 'past'], // a participle's own clause
    ['Officials said cost cuts announced on Friday would save money.', 'past'],
    ['Traders now see a further cut on Friday.', 'none'], // "cut" the noun is no past verb
    ['He had won his last four starts, including the Derby on Friday.', 'past'], // a counted "-s" word is a noun
    ['Service was warm on both of my visits, including a quiet Friday dinner.', 'past'], // so is one after "my"
    ['The minister visits the plant on Friday.', 'future'],
    ['A time trial around the lake on Friday favours the climbers.', 'future'], // a subject ending on its day
    ['But on Friday engineers found a second leak.', 'past'], // no subject before the day
    ['Inflation that hit a record on Friday eased.', 'past'],
    ['Economists had forecast a 0.4% gain for Friday.', 'past'], // a forecast in the past perfect
    ['The FDA cleared the drug, to be sold as Renavia, late Friday.', 'past'], // an infinitive aside
    ['Sales came back faster than we expected on Friday.', 'past'], // a comparison with the expectation
    ['The airline said it had grounded its fleet until Friday while it reviewed records.', 'future'], // a limit ahead
    ['Oil producers had fought the wording until Friday.', 'past'], // a limit reached in the past perfect
    ['Oil producers had fought the wording until late Friday.', 'past'],
    ['Workers had not given notice, and were given until Friday to return.', 'future'], // the negation is another clause's
    ['The storm is expected to cross the coast late Thursday or early Friday, forecasters said.', 'future'], // one clause for both days
    [
      'Arctic air will follow, forecasters said, with wind chills below zero in parts of the Midwest by Friday.',
      'future',
    ],
    ['Wind chills will fall below zero in parts of the Midwest and the northern Plains by Friday.', 'future'], // a deadline with no verb near
    ['The storm crossed the coast on Friday, forecasters said.', 'past'],
    // A closing "confirmed" or "announced" is the reporter's too, even after a long clause.
    [
      'Care home residents in Scotland will be offered a Covid booster and flu jab from Friday, health officials have confirmed.',
      'future',
    ],
    [
      'The senator will lie in state for four days, before a state funeral at the cathedral on Friday, the government announced.',
      'future',
    ],
    ['The storm crossed the coast on Friday, officials confirmed.', 'past'],
    ['The data had been due on Friday but was held back.', 'past'], // a plan that has passed
    ['A week ago it cut its own forecast for Friday.', 'past'], // "its own forecast" is a noun
    ['The firm reported a rise in profit, beating forecasts, on Friday.', 'past'], // the object of "beating"
    ['Sales came in above forecasts on Friday.', 'past'],
    ['Music ends on Sunday, half an hour earlier than on Friday.', 'future'], // "earlier than" compares
    ['The union has called a general strike for Friday.', 'future'], // a plan made for a day ahead
    ['The judge set a hearing date of Friday.', 'future'], // and a date set for one
    ['The board set a deadline of Friday.', 'future'],
    ['Protest leaders called a strike for Friday.', 'future'],
    ['Unions have called a demonstration outside the plant gates for Friday.', 'future'],
    ['Unions have called a sixth day of strikes and demonstrations for Friday.', 'future'], // a longer plan
    ['Farmers say they have already been asked to accept lower prices from Friday.', 'future'], // past an adverb
    ['The mayor, who must sign the budget by Friday, said she would do so.', 'future'], // what must be done by then
    ['The council has promised a public meeting on Friday.', 'future'], // what is promised
    ['Officials promised residents a further update on Friday.', 'future'],
    ['Passengers booked to travel between Thursday and Friday can change their tickets.', 'future'], // what is booked
    ['Polls close at 10pm on Thursday, with a result expected on Friday.', 'future'],
    // A participle in a "with" phrase before the day has no tense: the clause the phrase hangs on decides.
    ['Trading in Asia may thin, with markets in mainland China closed from Friday for a holiday.', 'future'],
    ['Trading is expected to be thin next week, with Japanese markets closed on Friday.', 'future'],
    ['Union members voted online over two days, with results released on Friday.', 'past'],
    ['The minister promised on Friday to review the rules.', 'past'], // the day of the promising
    ['Members observed only half of the promised cuts on Friday.', 'past'],
    ['"I said I probably wouldn\'t be in on Friday," he said.', 'future'],
    ['The data had already been due to come out on Friday.', 'past'],
    ['The provincial government declared a day of mourning for Friday.', 'future'],
    ['A memorial service planned at the University of Rochester for Friday was canceled.', 'past'], // the clause's own verb
    ['Its rival, which reports results on Friday, cut its target.', 'future'], // a relative clause's schedule
    // (The plain present far before its day: "releases" is ten words back.)
    [
      'The Department of Agriculture releases its monthly World Agricultural Supply and Demand Estimates on Friday.',
      'future',
    ],
    ['Its rival, which reported results on Friday, cut its target.', 'past'],
    ['The changes, agreed at a cabinet meeting on Friday, will take effect in May.', 'past'], // a participle phrase's own time
    ['It came to a head. On Friday, more than 1,000 head teachers signed a letter.', 'past'], // an opening timex waits for its verb
    ['The MP said she would raise the issue on Friday and had asked to meet him.', 'future'], // "and had" heads another clause
    ['"Nobody wants to go," Finance Minister Rui May told reporters on Friday.', 'past'], // "May" a name, not a modal
    [
      'Profit will rise to $8 billion in the year ending Friday, the Tokyo-based company said in a statement on Monday, up from a forecast.',
      'future',
    ], // a long closing attribution is still the reporter's
    ['On Friday, forecasters said the storm had passed.', 'past'],
    ['Officials urged a deal before Friday.', 'future'],
    ['Network Rail has warned of further closures on Friday.', 'future'], // a warning looks ahead
    ['Network Rail warned travellers on Friday.', 'past'],
    ['He was last seen Nov. 3. Until Friday, they had not called him a suspect.', 'past'], // opens its sentence

    ['A status hearing is set for Friday.', 'future'], // a present schedule
    ['Calling hours are Friday at the funeral home.', 'future'],
    ['Traders now see an 80% chance that the Fed will cut rates, up from 60% on Friday.', 'past'], // a baseline
    ['Customers without power fell to 9,000, down from a peak of almost 240,000 on Friday.', 'past'],
    ['The fare will go up from 2 to 3 dollars on Friday.', 'future'], // a change made on the day
    ['The opposition last forced a confidence vote on Friday, which the government won.', 'past'], // a noun
    ['She made her last visit on Friday, in a wheelchair.', 'past'],
    ['The union members vote on Friday.', 'future'], // a plural subject's verb
    ['The slated visit on Friday is still on.', 'future'], // a plan's word
    ['If the budget fails on Friday, the president is expected to resign.', 'future'], // a condition in the present
    ['Unless the strike is called off on Friday, hospitals face a week of cancellations.', 'future'],
    ['Whatever happens on Friday, Walsh is expected to join the team.', 'future'],
    ['We have won there before, so we have to go out there on Friday and steal one.', 'future'], // what must still be done
    ['Officials said the council needs to approve the budget on Friday.', 'future'],
  ])('%j -> %s', (text, tense) => expect(at(text, 'Friday')).toBe(tense));

  // A year named for what a participle tells was done is past, under a modal too; a month keeps the
  // modal's time ("bills mailed in October" are still to come).
  it.each([
    ['Drivers will pay more under an agreement signed in 2009.', '2009', 'past'],
    ['The probe will replace a spacecraft launched in 2001.', '2001', 'past'],
    ['Customers will see the new rate on bills mailed in October.', 'October', 'future'],
    // A date with no year in the plain present is a schedule, as a weekday is.
    ['The album is out on 15 February.', '15 February', 'future'],
    ['"What matters is what happens on July 1."', 'July 1', 'future'],
    ['The album came out on 15 February.', '15 February', 'past'],
  ])('%j: %s -> %s', (text, word, tense) => expect(at(text, word)).toBe(tense));
});

describe('tenseAt cues', () => {
  it('names the whole bound as its cue', () => {
    const text = 'The group could leave as soon as Tuesday.';
    const i = text.indexOf('Tuesday');
    expect(tenseAt(text, i, i + 7)).toEqual({ tense: 'future', cue: 'as soon as' });
  });
});

describe('selectSpans(candidates, length)', () => {
  it('keeps the longest of overlapping matches', () => {
    const text = 'It ended in early 2001 and resumed on Monday, Oct. 16, 2023.';
    expect(selectSpans(findCandidates(text), text.length).map((c) => text.slice(c.start, c.end))).toEqual([
      'early 2001',
      'Monday, Oct. 16, 2023',
    ]);
  });
});

describe('valueToAnchor(value, index)', () => {
  it.each([
    ['1941-12-07', { index: 0, y: 1941, m: 12, d: 7 }],
    ['1941-12-07TNI', { index: 0, y: 1941, m: 12, d: 7 }],
    ['1989-Q3', { index: 0, y: 1989, q: 3 }],
    ['1944-06', { index: 0, y: 1944, m: 6 }],
    ['1990', { index: 0, y: 1990 }],
    ['PRESENT_REF', null],
    ['P2Y', null],
  ])('%j -> %j', (value, anchor) => expect(valueToAnchor(value, 0)).toEqual(anchor));
});

describe('sentenceAround(text, start, end)', () => {
  it('is the sentence holding the span, across abbreviation dots', () => {
    const text = 'It rained. Mr. Xi left today. Then it snowed.';
    const i = text.indexOf('today');
    expect(sentenceAround(text, i, i + 5)).toBe('Mr. Xi left today');
  });
  it.each([
    ['The coroner found he died between 11 p.m. Saturday and 2 a.m. Sunday.', '2 a.m. Sunday'],
    ['Clinics open at 4 p.m. Tuesday, with a second session on Thursday.', 'Thursday'],
    ['The index fell 0.3 percent as of 3:45 p.m. New York time, erasing gains from Tuesday.', 'Tuesday'],
    ['Gates open at 10 a.m. EST on Friday.', 'Friday'],
  ])('runs on past a clock time when its day, zone or city follows: %j', (text, span) => {
    const i = text.indexOf(span);
    expect(sentenceAround(text, i, i + span.length)).toBe(text);
  });
  it('ends at a clock time when a new sentence follows it', () => {
    const text = 'Doors closed at 9 p.m. Officers arrived on Friday.';
    const i = text.indexOf('Friday');
    expect(sentenceAround(text, i, i + 6)).toBe('Officers arrived on Friday.');
  });
});
