import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateOfWords, tagTimexes } from '../../../src/core/time/index';

const reference = '2023-10-17'; // a Tuesday: the article's publication date

const find = (text: string, ref: string | null = reference) => tagTimexes(text, { reference: ref });

describe('tagTimexes(text, {reference})', () => {
  describe('explicit dates', () => {
    it.each([
      ['The summit opened on Oct. 18, 2023.', 'Oct. 18, 2023', '2023-10-18'],
      ['Prices peaked in February 2022.', 'February 2022', '2022-02'],
      ['It was signed on June 5, 2019 in Osaka.', 'June 5, 2019', '2019-06-05'],
      ['Talks resumed on Monday, Oct. 16, 2023.', 'Monday, Oct. 16, 2023', '2023-10-16'],
      ['The law took effect on 1 January 2020.', '1 January 2020', '2020-01-01'],
      ['Figures released 2023-09-30 show growth.', '2023-09-30', '2023-09-30'],
      ['The summit meets on April 24 and 25, 2024.', '25', '2024-04-25'],
    ])('%j -> %j = %s', (text, span, value) => {
      expect(find(text)).toContainEqual(expect.objectContaining({ text: span, value, type: 'DATE' }));
    });
  });

  describe('weekdays by tense and context', () => {
    it.each([
      ['He arrived on Tuesday.', 'Tuesday', '2023-10-17', reference],
      ['Mr. Putin will join Mr. Xi on Wednesday.', 'Wednesday', '2023-10-18', reference],
      ['The two leaders spoke on Sunday.', 'Sunday', '2023-10-15', reference],
      ['The talks will end late Monday.', 'late Monday', '2023-10-16', '2023-10-16'],
      ['Putin arrives in China on Tuesday.', 'Tuesday', '2023-10-17', '2023-10-16'],
      ["She said her daughter's birthday is on Wednesday.", 'Wednesday', '2021-01-27', '2021-01-23'],
      ["She said her daughter's birthday was on Wednesday.", 'Wednesday', '2021-01-20', '2021-01-23'],
      // (A participle with its agent after a noun, "the highest position held by a Briton", is no verb.)
      [
        'The win will lift Varga to fifth in the rankings published on Monday, the highest position held by a Briton.',
        'Monday',
        '2016-02-01',
        '2016-01-31',
      ],
      // (A date a premiere or a deadline falls on, in the news present.)
      ['It premieres on 11 May, ahead of the anniversary.', '11 May', '2012-05-11', '2012-01-26'],
      ['The following deadline day falls on 1 September.', '1 September', '2014-09-01', '2014-02-01'],
      // (So are a debut, a launch, a kick-off, a rule coming in, and an album coming out.)
      ['The series debuts on March 7 on the network.', 'March 7', '2025-03-07', '2024-11-27'],
      ['The league season kicks off on 9 August.', '9 August', '2025-08-09', '2024-11-27'],
      ['The band’s first album in a decade comes out on March 7.', 'March 7', '2025-03-07', '2024-11-27'],
      ['The ban comes into force on 1 June.', '1 June', '2025-06-01', '2024-11-27'],
      // (A date set for something is ahead, whatever the tense of the setting.)
      ['The judge set a trial date of June 3.', 'June 3', '2025-06-03', '2024-11-27'],
      // ("comes" framing the news of now is no schedule.)
      ['The defeat comes six months after the May 18 election.', 'May 18', '2024-05-18', '2024-11-27'],
      ["They would appeal against Wednesday's ruling.", 'Wednesday', '2023-10-11', reference],
      ["Shares rose before Friday's vote.", 'Friday', '2023-10-13', reference],
      // What a possessive day holds, set ahead by a present schedule.
      [
        "Thursday's stage, which falls on a holiday, takes the riders over the Alps.",
        'Thursday',
        '2023-10-19',
        reference,
      ],
      ["Investors await Friday's payrolls report, due at 8:30 a.m.", 'Friday', '2023-10-20', reference],
      ["Saturday's stage finishes on top of the Tourmalet.", 'Saturday', '2023-10-21', reference],
      // What follows in a sequence (", followed by") has no tense of its own; a participle that tells
      // of its own time keeps it.
      [
        'The wheelchair race starts at 7:20, followed by the elite field on Sunday.',
        'Sunday',
        '2023-10-22',
        reference,
      ],
      [
        'Under the timetable, approved by the cabinet on Tuesday, holidays will begin later.',
        'Tuesday',
        '2023-10-17',
        reference,
      ],
      // Moved to a weekday, the plan is set ahead.
      ['The playoff games were moved to Friday.', 'Friday', '2023-10-20', reference],
      ["Friday's meeting of the national drought group will decide.", 'Friday', '2023-10-20', reference],
      ["Thursday's ruling was a blow.", 'Thursday', '2023-10-12', reference],
      ["Friday's jobs report could move the whole market.", 'Friday', '2023-10-20', reference],
      ["Saturday's parade steps off at 10 a.m. from the park.", 'Saturday', '2023-10-21', reference],
      [
        "Friday's vote on the budget, delayed since May, is now scheduled to start early.",
        'Friday',
        '2023-10-20',
        reference,
      ],
      ["Tickets for Friday's gala are already being resold online.", 'Friday', '2023-10-20', reference],
      ["The players prepare for Saturday's final against Harbour City.", 'Saturday', '2023-10-21', reference],
      // Readying told in the past by its own clause: the nearer such day, as a plan told in the past.
      [
        "The build-up to Saturday's derby was marred by crowd trouble.",
        'Saturday',
        '2023-10-21',
        '2023-10-22',
      ],
      [
        "Preparations for Friday's summit had been under way for months.",
        'Friday',
        '2023-10-20',
        '2023-10-21',
      ],
      // (Not a saying's backshift.)
      ["He said preparations for Friday's summit were going well.", 'Friday', '2023-10-27', '2023-10-22'],
      // (Nor readying merely told in the past: the day ahead.)
      ["Preparations for Saturday's parade began last week.", 'Saturday', '2024-05-18', '2024-05-14'],
      [
        "The build-up to Saturday's final was dominated by talk of the striker's injury.",
        'Saturday',
        '2024-05-18',
        '2024-05-13',
      ],
      ["Tickets for Saturday's concert sold out last week.", 'Saturday', '2024-05-18', '2024-05-14'],
      // So is a round one goes through to.
      ["Barclay qualified for Saturday's 50m backstroke semi-finals.", 'Saturday', '2023-10-21', reference],
      ["Liang booked his place in Sunday's final with a 6-2 win.", 'Sunday', '2023-10-22', reference],
      ["She will next turn her attention to Friday's team sprint.", 'Friday', '2023-10-20', reference],
      // And a countdown to it.
      [
        "With three days to go before Friday's swearing-in, the committee released its timetable.",
        'Friday',
        '2023-10-20',
        reference,
      ],
      [
        "Friday's jobs report could have moved the market, but it did not.",
        'Friday',
        '2023-10-13',
        reference,
      ],
      ["Signatures were filed ahead of Friday's deadline.", 'Friday', '2023-10-20', reference],
      ["We will be back with full coverage of Thursday's strike.", 'Thursday', '2023-10-19', reference],
      ['Officials met last Friday.', 'last Friday', '2023-10-13', reference],
      ['The envoy could land as early as Friday.', 'Friday', '2023-10-20', reference],
      ['The two delegations meet separately Monday in Geneva.', 'Monday', '2023-10-23', reference],
      ['The two delegations did not meet Monday.', 'Monday', '2023-10-16', reference],
      ['The ferry may sail as soon as Sunday.', 'Sunday', '2023-10-22', reference],
      ['Until Monday, the ministry had refused to comment.', 'Monday', '2023-10-16', reference],
      // A forecast, a warning or a booking is of a day to come.
      [
        'Forecasters gave a 70 percent chance of acceptable weather for Thursday.',
        'Thursday',
        '2023-10-19',
        reference,
      ],
      [
        'The Met Office has issued a yellow warning for rain covering Thursday.',
        'Thursday',
        '2023-10-19',
        reference,
      ],
      ['Fees were waived for customers booked through Sunday.', 'Sunday', '2023-10-22', reference],
      ['Forecasters said more storms were possible Saturday.', 'Saturday', '2023-10-21', reference],
      ['Wholesale power for delivery on Thursday rose 12 percent.', 'Thursday', '2023-10-19', reference],
      ['Power for delivery Thursday traded at the cap.', 'Thursday', '2023-10-19', reference],
      // So is what is possible in a place, or from an hour into a day, and what forecasters predict
      // or call for; not what a company forecasts on the day it speaks.
      [
        'Snow was possible in the Appalachians and upstate New York Wednesday night.',
        'Wednesday night',
        '2023-10-18TNI',
        reference,
      ],
      [
        'Severe storms were likely from late afternoon into early Sunday.',
        'early Sunday',
        '2023-10-22',
        reference,
      ],
      [
        'Forecasters predicted scattered thunderstorms Wednesday afternoon.',
        'Wednesday afternoon',
        '2023-10-18TAF',
        reference,
      ],
      ['Forecasters currently call for highs in the low 80s Monday.', 'Monday', '2023-10-23', reference],
      [
        'Veltrix Corp forecast fourth-quarter revenue above estimates on Monday.',
        'Monday',
        '2023-10-16',
        reference,
      ],
      ['The company did not alert retailers until Saturday.', 'Saturday', '2023-10-14', reference],
      // "that" after a noun, before an "-ed" word and a preposition, opens a relative clause whose
      // verb the word is (the days ahead around it do not carry it along).
      [
        'The festival closes on Saturday and the jury will meet on Friday. The favourite is a quiet drama that premiered on Monday.',
        'Monday',
        '2023-10-16',
        reference,
      ],
      // An "-ed" word after a preposition or "and", before a bare plural noun, describes it.
      [
        'A front is expected to bring rain and scattered thunderstorms from Thursday night into Friday.',
        'Friday',
        '2023-10-20',
        reference,
      ],
      [
        'Farmers announced a large rally in the capital on Saturday and were planning to block roads.',
        'Saturday',
        '2023-10-21',
        reference,
      ],
      [
        'Farmers held a large rally in the capital on Saturday and were arrested.',
        'Saturday',
        '2023-10-14',
        reference,
      ],
      ['The vote is scheduled for next Monday.', 'next Monday', '2023-10-23', reference],
      ['There are two matches on Saturday and none on Sunday.', 'Saturday', '2023-10-21', reference],
      ['There were two matches on Saturday.', 'Saturday', '2023-10-14', reference],
      // A named day in the plain present is a schedule; a plural noun, a saying or an event named
      // after the present verb is not.
      ['Janet Yellen testifies before Congress on Wednesday.', 'Wednesday', '2023-10-18', reference],
      // So after an aside on its subject, told in the past or not.
      [
        'The Bank of England, which postponed its decision by a week, announces on Thursday.',
        'Thursday',
        '2023-10-19',
        reference,
      ],
      [
        'The festival, which opened Oct. 5, hands out its top award on Sunday morning.',
        'Sunday morning',
        '2023-10-22TMO',
        reference,
      ],
      [
        'The parade steps off at 10 a.m. Friday from the high school.',
        '10 a.m. Friday',
        '2023-10-20T10:00',
        reference,
      ],
      [
        'If the launch is scrubbed, the company has a backup window on Saturday.',
        'Saturday',
        '2023-10-21',
        reference,
      ],
      ['Trade talks on Friday ended without a deal.', 'Friday', '2023-10-13', reference],
      // The hour an event on a day is set for, and a change that takes effect, are ahead too.
      [
        'Kickoff on Saturday is at 7:35 p.m., and tickets sold out in February.',
        'Saturday',
        '2023-10-21',
        reference,
      ],
      [
        'Buses run later under a new schedule that takes effect Sunday, the board decided on Monday.',
        'Sunday',
        '2023-10-22',
        reference,
      ],
      // So after a noun of several words opening the clause; not a plural noun right before the day.
      ['Minimum wage: The state minimum wage rises to $8.75 on Friday.', 'Friday', '2023-10-20', reference],
      ['A two-day tractor pull fills Saturday afternoon.', 'Saturday afternoon', '2023-10-21TAF', reference],
      ['In a letter to students on Wednesday the dean apologised.', 'Wednesday', '2023-10-11', reference],
      ['The final two games on Sunday.', 'Sunday', '2023-10-15', reference],
      // An "of" may stand inside the noun; not as its last word before the day's verb.
      [
        'A smaller program of lectures continues Sunday afternoon.',
        'Sunday afternoon',
        '2023-10-22TAF',
        reference,
      ],
      ['The first of three debates on Sunday drew 4 million viewers.', 'Sunday', '2023-10-15', reference],
      // A plural noun between the verb and the day is its object, not a verb; after a past verb,
      // an "-s" word is a noun too (a number's comma cuts no clause).
      [
        'The statistics office publishes its official retail figures on Monday.',
        'Monday',
        '2023-10-23',
        reference,
      ],
      [
        'The campaign plans town hall meetings at 6:30 p.m. Monday.',
        '6:30 p.m. Monday',
        '2023-10-23T18:30',
        reference,
      ],
      [
        'After a month of snowmaking and a storm that dumped 14 inches on the upper mountain Monday night, Elk Ridge Ski Area will open for the season at 9 a.m. Saturday.',
        'Monday night',
        '2023-10-16TNI',
        reference,
      ],
      [
        'Police ordered about 2,000 residents of the Haverton Hill areas to leave their homes on Thursday morning.',
        'Thursday morning',
        '2023-10-12TMO',
        reference,
      ],
      [
        'Profit rose in the first half of the financial year that ends in March.',
        'March',
        '2024-03',
        reference,
      ],
      ['Profit rose in the financial year that ended in March.', 'March', '2023-03', reference],
      ['Europe is bracing for another surge of heat this weekend.', 'this weekend', '2023-W42-WE', reference],
      [
        'The Acropolis will close on Friday, as it did several times last month.',
        'Friday',
        '2023-10-20',
        reference,
      ],
      // What follows right before its day, and a company's results, are schedules; "follows" with an
      // object and "reports" with no results stay sequels and sayings.
      ['Chemistry follows on Saturday and the peace prize on Monday.', 'Saturday', '2023-10-21', reference],
      ['Retail sales figures follow on Saturday.', 'Saturday', '2023-10-21', reference],
      ['The company reports interim results on April 24.', 'April 24', '2024-04-24', reference],
      ['Rival Sandor reports its results on Saturday.', 'Saturday', '2023-10-21', reference],
      ['The decision follows a vote on Saturday.', 'Saturday', '2023-10-14', reference],
      ['The Times reports on Saturday that the minister resigned.', 'Saturday', '2023-10-14', reference],
      // A date a schedule in the plain present sets has not gone by, though it fell two months ago; an
      // expectation may span the recent past.
      ['The reunion tour opens on March 14 and wraps up on August 27.', 'August 27', '2024-08-27', reference],
      [
        'Adobe expects online sales between Sept. 1 and Oct. 31 to total $189 billion.',
        'Sept. 1',
        '2023-09-01',
        reference,
      ],
      // What is opening on a day is set ahead; the opening on a day is a noun.
      [
        'A new exhibition at the city museum, opening Saturday, tells the story.',
        'Saturday',
        '2023-10-21',
        reference,
      ],
      ['Crowds packed the opening Saturday.', 'Saturday', '2023-10-14', reference],
      // A past verb before a clause break is another clause's: the present after it decides. Not
      // with no break between ("forecast revenue above estimates on").
      [
        'Forecasters warned residents, and the storm reaches the coast on Saturday.',
        'Saturday',
        '2023-10-21',
        reference,
      ],
      [
        'Everyone asked the same question this year: is Diwali on Saturday or Sunday?',
        'Saturday',
        '2023-10-21',
        reference,
      ],
      [
        'Analysts said the company forecast revenue above estimates on Saturday.',
        'Saturday',
        '2023-10-14',
        reference,
      ],
      ['He watched customers leave empty-handed on Saturday.', 'Saturday', '2023-10-14', reference],
      // A plural subject's plain "continue": a schedule's days, after a past clause's comma too.
      ['The celebrations continue Saturday with a concert.', 'Saturday', '2023-10-21', reference],
      // (A past form after "with" or an article is an adjective: no past verb after the day.)
      ['The celebrations continue Saturday with guided walks.', 'Saturday', '2023-10-21', reference],
      [
        'The first sale raised $20 million, and sales at both houses continue through Saturday.',
        'Saturday',
        '2023-10-21',
        reference,
      ],
      ['The celebrations continued Saturday with a concert.', 'Saturday', '2023-10-14', reference],
      // A plan made for a time ahead: a day, a month, a season (not a plan given up, nor an idiom).
      ['Forecasters have issued red alerts for Friday and Saturday.', 'Friday', '2023-10-20', reference],
      ['The judge set sentencing for June 24.', 'June 24', '2024-06-24', reference],
      ['It had booked extra ferry capacity for the spring.', 'the spring', '2024-SP', reference],
      ['The drills were originally set for April.', 'April', '2023-04', reference],
      ["The remarks set the stage for September's cut.", 'September', '2023-09', reference],
      // An "-ed" word describing a noun is no past verb.
      ['The district would post updated bus routes online by Friday.', 'Friday', '2023-10-20', reference],
      [
        'The two are scheduled to meet in their only televised debate Thursday.',
        'Thursday',
        '2023-10-19',
        reference,
      ],
      ['The retailer will keep its stores closed Thursday.', 'Thursday', '2023-10-19', reference],
      [
        'Beat forecasts of $90 million to $100 million, helped by Thursday night sales.',
        'Thursday night',
        '2023-10-12TNI',
        reference,
      ],
      ["The Macy's parade steps off at 9 a.m. Thursday.", '9 a.m. Thursday', '2023-10-19T09:00', reference],
      // A phrase after a comma with no verb of its own takes the clause's tense, however far.
      [
        'The Fourth of July weekend will start with a concert on the green at the bandstand, followed by the fireworks at 9:15 p.m. Sunday.',
        '9:15 p.m. Sunday',
        '2023-10-22T21:15',
        reference,
      ],
      [
        'The headline show will play nightly at 7.30pm in the restored Corn Exchange, with an extra matinee on Saturday afternoon.',
        'Saturday afternoon',
        '2023-10-21TAF',
        reference,
      ],
      [
        'The rival house held its own sale of modern art on Wednesday night, followed by contemporary works on Thursday.',
        'Thursday',
        '2023-10-12',
        reference,
      ],
      // So after a contracted "are", or an "'s" before an "-ing" with its object.
      ['"My mum\'s doing a roast on Sunday," he said.', 'Sunday', '2023-10-22', reference],
      [
        '"If we\'re still here at 2 a.m. Thursday, so be it," she said.',
        '2 a.m. Thursday',
        '2023-10-19T02:00',
        reference,
      ],
      ["The mayor's meeting on Sunday.", 'Sunday', '2023-10-15', reference],
      // A day opening its sentence takes the plain present of the clause after it (asides with no
      // verb between). A reportage told in the present reads so too ("On Tuesday, a gale keeps the
      // ferry in harbour all day", of the Tuesday before): a known limitation.
      [
        'On Monday, after nine years of fundraising, arguments and building work, it opens to the public.',
        'Monday',
        '2023-10-23',
        reference,
      ],
      ['Monday, South Jersey gets a world champion.', 'Monday', '2023-10-23', reference],
      ['On Monday, organizers expect more than 120 floats.', 'Monday', '2023-10-23', reference],
      ['"Monday we play," he said.', 'Monday', '2023-10-23', reference],
      ['On Monday, that changes.', 'Monday', '2023-10-23', reference],
      ['"Monday night I couldn\'t sleep," she said.', 'Monday night', '2023-10-16TNI', reference],
      // A day guessed at ("maybe Friday") is when something may yet happen.
      ['"Now they tell me maybe Friday," she said.', 'Friday', '2023-10-20', reference],
      // A place after "from" before the hour ties the day to no other event.
      [
        'The parade steps off from Memorial Park at 10 a.m. Sunday.',
        '10 a.m. Sunday',
        '2023-10-22T10:00',
        reference,
      ],
      // A passive in the plain present is a schedule too.
      ['The updated world rankings are published on Monday.', 'Monday', '2023-10-23', reference],
      ["Investors are focused on Monday's payrolls data.", 'Monday', '2023-10-23', reference],
      // So is a plural pronoun's bare form.
      ['"I hope they ride the 38 Monday morning," she said.', 'Monday morning', '2023-10-23TMO', reference],
      // (So after a verb of four letters, "sets".)
      [
        'The procession sets off from the fire station at 10 a.m. Monday.',
        '10 a.m. Monday',
        '2023-10-23T10:00',
        reference,
      ],
      ['Retailers are counting on the long weekend.', 'the long weekend', '2023-W42-WE', reference],
      // A weekend told by its number of days is that length.
      ['Shoppers spent more over the four-day weekend.', 'the four-day weekend', 'P4D', reference],
      // A capitalised "Open" is a tournament, not a schedule.
      ['He won the Welsh Open in February.', 'February', '2023-02', reference],
      [
        'Go in May or late September, and you may have a beach to yourself.',
        'late September',
        '2024-09',
        reference,
      ],
      // But an opening word with a verb of its own after the day is that verb's subject, no order.
      ['Play on Saturday, the second day, was stopped by rain.', 'Saturday', '2023-10-14', reference],
      ['Play on Monday was abandoned at lunch.', 'Monday', '2023-10-16', reference],
      // Only the day's own words or one comma-closed aside between: after "when" or "if" the verb
      // is a clause of its own, and the order holds.
      ['Visit in May when the gardens are at their best.', 'May', '2024-05', '2023-10-12'],
      ['Travel on Sunday if you have to, police said.', 'Sunday', '2023-10-15', '2023-10-12'],
      ['Arrive on Friday and there are fewer queues.', 'Friday', '2023-10-13', '2023-10-12'],
      [
        'Play on Friday night, the first session, was delayed.',
        'Friday night',
        '2023-10-06TNI',
        '2023-10-12',
      ],
      ['The minister says the attack on Friday was planned.', 'Friday', '2023-10-13', reference],
      ['He is in hospital after an attack on Sunday.', 'Sunday', '2023-10-15', reference],
      // A timex in a phrase opening the sentence takes the main clause's tense.
      [
        "With the prime minister's questions on Wednesday, the affair is likely to dominate the week.",
        'Wednesday',
        '2023-10-18',
        reference,
      ],
      ['After talks on Wednesday, the minister said little.', 'Wednesday', '2023-10-11', reference],
      // A participle phrase after the comma is no past verb.
      [
        'The town will hold a service at 11 a.m. Sunday, followed by a picnic.',
        '11 a.m. Sunday',
        '2023-10-22T11:00',
        reference,
      ],
      // A directive with its object before "to" looks ahead ("urged both sides to return").
      ['The minister urged both sides to resume talks on Friday.', 'Friday', '2023-10-20', reference],
      [
        'The board said it was sending a team and expected investigators to arrive on Friday.',
        'Friday',
        '2023-10-20',
        reference,
      ],
      // (But not one in the past perfect: it has gone by.)
      [
        'Privacy groups had urged passengers to refuse the scanners on Friday, one of the busiest days.',
        'Friday',
        '2023-10-13',
        reference,
      ],
      ['The judge asked the jury to return on Thursday.', 'Thursday', '2023-10-19', reference],
      ['The judge asked the jury questions on Thursday.', 'Thursday', '2023-10-12', reference],
      // A "when" clause between the subject and its verb is skipped, like a "which" clause.
      ['Sunday, when most people head home, is expected to be busier.', 'Sunday', '2023-10-22', reference],
      ['Analysts said the company results on Friday beat forecasts.', 'Friday', '2023-10-13', reference],
      // Forecasts and spans set ahead; a capital inside a sentence starts a name, not a verb.
      ['The Met Office is forecasting sunshine on Friday.', 'Friday', '2023-10-20', reference],
      ['The festival, which runs from Friday to Sunday, sold out.', 'Friday', '2023-10-20', reference],
      ['Refinery runs on Friday were 4 percent lower.', 'Friday', '2023-10-13', reference],
      ['Organizers hope to hold a second forum on Thursday.', 'Thursday', '2023-10-19', reference],
      [
        'They have met every year, and on Saturday a plaque will be unveiled.',
        'Saturday',
        '2023-10-21',
        reference,
      ],
      ['Prices fell, and on Friday the index dropped again.', 'Friday', '2023-10-13', reference],
      [
        'On Sunday, survivors, rescuers and their families will gather at the church.',
        'Sunday',
        '2023-10-22',
        reference,
      ],
      // Nor a phrase counting to the day from another.
      [
        'On Sunday, 42 years to the day after the storm came ashore, survivors will gather at the harbor.',
        'Sunday',
        '2023-10-22',
        reference,
      ],
      // A phrase renaming the day is not the clause: its verb comes after it (and the clock time
      // then lies in the day named).
      ...(['Saturday', '7 p.m.'] as const).map(
        (span) =>
          [
            'On Saturday, the 50th anniversary of the landing, he will speak at a celebration on the courthouse lawn at 7 p.m., followed by a telescope viewing.',
            span,
            span === 'Saturday' ? '2023-10-21' : '2023-10-21T19:00',
            reference,
          ] as [string, string, string, string],
      ),
      ['The two men were asked to leave the bar on Saturday.', 'Saturday', '2023-10-14', reference],
      // What is offered is still to do, also when a report tells the offer back with "had".
      [
        'Dillard called Caldera on Sunday to congratulate her and offered to meet with her transition team Thursday.',
        'Thursday',
        '2023-10-19',
        reference,
      ],
      [
        'CEPA said it regretted the action and had offered to meet union leaders on Thursday.',
        'Thursday',
        '2023-10-19',
        reference,
      ],
      [
        'Federal mediators said they had invited negotiators to meet Friday morning in Washington.',
        'Friday morning',
        '2023-10-20TMO',
        reference,
      ],
      // "was to" tells a plan in the past, as "would" does ("what was to come" is what came next).
      ['A second crew was to start at 8 a.m. Monday.', '8 a.m. Monday', '2023-10-23T08:00', reference],
      ['Schools were to reopen as planned Monday.', 'Monday', '2023-10-23', reference],
      ['There had been little sign of what was to come during Monday.', 'Monday', '2023-10-16', reference],
      // A participle after "with" tells a state on the day; the clause before the comma decides.
      [
        'Trading may thin, with markets in China closed from Monday for a holiday.',
        'Monday',
        '2023-10-23',
        reference,
      ],
      [
        'Trading is expected to be thin, with Japanese markets closed on Monday.',
        'Monday',
        '2023-10-23',
        reference,
      ],
      // What sells out is still to come when it does.
      [
        'A members-only preview on Monday evening sold out within hours.',
        'Monday evening',
        '2023-10-23TEV',
        reference,
      ],
      [
        'The play had its first preview in August and by Monday had sold out its run.',
        'Monday',
        '2023-10-16',
        reference,
      ],
      // A premium is counted over a price gone by, the stock's too.
      [
        "Holders will receive $38.50 a share, a premium of 27 percent to the stock's closing price on Monday.",
        'Monday',
        '2023-10-16',
        reference,
      ],
      // What a judgment goes by has been seen.
      ['Judging by the crowds on Monday, that may prove cautious.', 'Monday', '2023-10-16', reference],
      ["Children, to judge by Monday's crowd, will lie on the floor.", 'Monday', '2023-10-16', reference],
      ['If Monday is anything to go by, the stadiums will be full.', 'Monday', '2023-10-16', reference],
      ['If Monday goes well, she will stay.', 'Monday', '2023-10-23', reference],
      // A feature opening on its scene, in the present at a clock time, was there before publication.
      ['It is 7.10am on Monday, and the harbour is still dark.', 'Monday', '2023-10-16', reference],
      [
        'It is a little after 2 a.m. Monday, and he is on a stepladder.',
        '2 a.m. Monday',
        '2023-10-16T02:00',
        reference,
      ],
      ['The court ordered him to surrender his passport by Friday.', 'Friday', '2023-10-20', reference],
      // So is a directive told in the passive, and one whose day follows its hour.
      [
        'Pharmacies were told to pull the affected bottles from their shelves by Friday.',
        'Friday',
        '2023-10-20',
        reference,
      ],
      ['Residents were ordered to leave by noon Friday.', 'noon Friday', '2023-10-20T12:00', reference],
      [
        'A county judge has ordered about 400 striking sanitation workers in Erie to return to work by 6 a.m. Tuesday, ending a six-day walkout.',
        '6 a.m. Tuesday',
        '2023-10-17T06:00',
        '2023-10-16',
      ],
      // A date with no tense cue after "by" is a deadline ahead, even most of a year away.
      ['Districts must adopt policies limiting phone use by July 1.', 'July 1', '2024-07-01', '2024-01-01'],
      ['Anyone who turns 75 by 31 January is eligible.', '31 January', '2025-01-31', '2024-09-26'],
      // A sentence opened by the deadline tells what was done by then, however far its verb.
      [
        'By Monday, more than 120 people, including volunteers from three counties, were combing the area.',
        'Monday',
        '2023-10-16',
        reference,
      ],
      [
        'By Friday, wind chills could reach minus 30 in parts of the Midwest, forecasters said.',
        'Friday',
        '2023-10-20',
        reference,
      ],
      [
        'The council hopes to have the main roads through the town centre cleared by Friday evening.',
        'Friday evening',
        '2023-10-20TEV',
        reference,
      ],
      [
        'The judge told jurors who had booked vacations in March to tell the court by Friday.',
        'Friday',
        '2023-10-20',
        reference,
      ],
      [
        'Officials urged people with breathing problems to stay indoors through Friday.',
        'Friday',
        '2023-10-20',
        reference,
      ],
      [
        'Setting out the plans to MPs on Monday afternoon, she said spending would rise.',
        'Monday afternoon',
        '2023-10-16TAF',
        reference,
      ],
      ['Students return to classrooms on Thursday.', 'Thursday', '2023-10-19', reference],
      ['Sunday is likely to be the busiest day.', 'Sunday', '2023-10-22', reference],
      [
        'The ECB and the Bank of England announce their decisions on Thursday.',
        'Thursday',
        '2023-10-19',
        reference,
      ],
      // "a.m. EST" does not end the sentence.
      ['The next launch window opens at 12:58 a.m. EST on Thursday.', 'Thursday', '2023-10-19', reference],
      [
        'Mandatory evacuations take effect at 8 a.m. Thursday.',
        '8 a.m. Thursday',
        '2023-10-19T08:00',
        reference,
      ],
      // ("makes" is the verb: the plural noun after it is its object.)
      ['The ferry makes eight return crossings on Saturday.', 'Saturday', '2023-10-21', reference],
      ['Residents have been told to prepare for Saturday.', 'Saturday', '2023-10-21', reference],
      [
        "Friday's parade, which has followed one route since 1960, will be longer.",
        'Friday',
        '2023-10-20',
        reference,
      ],
      // ("past" alone is "beyond": the Friday to come, "past" left out; "this past" is the one gone by.)
      ['If the vote slips past Friday, it will wait until spring.', 'Friday', '2023-10-20', reference],
      ['The strike went on past August.', 'August', '2023-08', reference],
      ['We met this past Friday.', 'past Friday', '2023-10-13', reference],
      // ("the end of" a day is in its span; not before a possessive: the end of the day's event.)
      ['Power should be back by the end of Tuesday.', 'the end of Tuesday', '2023-10-17', '2023-10-16'],
      ["Crowds cheered at the end of Saturday's rally.", 'Saturday', '2023-10-14', reference],
    ])('%j -> %j = %s (published %s)', (text, span, value, ref) => {
      expect(find(text, ref)).toContainEqual(expect.objectContaining({ text: span, value }));
    });

    it('does not take a present perfect as the time of the day right after it', () => {
      const text = 'The summit opens on Thursday. Authorities have declared Thursday a public holiday.';
      expect(find(text).map((t) => t.value)).toEqual(['2023-10-19', '2023-10-19']);
      // The simple past is the day's time.
      expect(find('Authorities declared Thursday a holiday.').map((t) => t.value)).toEqual(['2023-10-12']);
    });

    it('explains a midnight past the day named after it as the start of the next', () => {
      const midnight = find('A hearing that stretched past midnight on Friday ended the talks.')[0];
      expect(midnight).toMatchObject({ text: 'midnight', value: '2023-10-14T00:00' });
      expect(midnight?.explanation).toBe(
        'midnight -> 2023-10-14T00:00: the midnight that ended the day named after it (Friday), at the start of the next',
      );
    });

    it('explains a weekday read as the coming one by how far ahead it is', () => {
      const [far] = find(
        'On Monday, with the harvest in and the schools on holiday, the whole village will gather at the harbour wall.',
      );
      expect(far?.value).toBe('2023-10-23');
      expect(far?.explanation).toBe(
        'Monday -> Mon 23 Oct 2023: the Monday after the publication week (published Tue 17 Oct 2023), no tense cue beside it, but its sentence tells of what is ahead: the coming one',
      );
    });

    it('explains the reading and offers the other one', () => {
      const [t] = find('He arrived on Tuesday.');
      expect(t?.explanation).toBe(
        'Tuesday -> Tue 17 Oct 2023: the Tuesday of the publication week (published Tue 17 Oct 2023), past tense "arrived"',
      );
      const [w] = find('The delegation arrived on Wednesday.');
      expect(w?.value).toBe('2023-10-11');
      expect(w?.alternatives?.[0]?.value).toBe('2023-10-18');
    });

    // The other reading of a day and month or a season without a year, of a bare holiday, and of
    // "next Friday" said earlier in the same week; none of a season named "last".
    it.each([
      [
        'The album is out on March 7.',
        '2024-03-07',
        [['2023-03-07', 'March 7 -> 2023-03-07: the previous March 7, if the clause is past']],
      ],
      [
        'The film opens on Dec. 26.',
        '2023-12-26',
        [['2022-12-26', 'Dec. 26 -> 2022-12-26: the previous December 26, if the clause is past']],
      ],
      [
        'The summer was hot.',
        '2023-SU',
        [['2024-SU', 'The summer -> 2024-SU: the next summer, if the clause is future']],
      ],
      [
        'Shops were busy at Christmas.',
        '2023-12-25',
        [['2022-12-25', 'Christmas -> 2022-12-25: the previous one, if the clause is past']],
      ],
      [
        'The vote is next Friday.',
        '2023-10-20',
        [['2023-10-27', 'next Friday -> 2023-10-27: the Friday of the week after, if "next" counts weeks']],
      ],
      ['Last spring was wet.', '2023-SP', []],
    ])('%j -> %s, or else %j', (text, value, alternatives) => {
      const [t] = find(text);
      expect(t?.value).toBe(value);
      expect((t?.alternatives ?? []).map((a) => [a.value, a.explanation])).toEqual(alternatives);
    });
  });

  describe('months without a year, by tense', () => {
    it.each([
      ['The board created a new post, effective Feb. 5.', 'Feb. 5', '2024-02-05'],
      ['The rule, effective Aug. 2, was dropped.', 'Aug. 2', '2023-08-02'],
      ['The vote will take place on a still unspecified date in March.', 'March', '2024-03'],
      ['Exports grew little this year through November.', 'November', '2023-11'],
      ['Exports fell this year through November, officials said.', 'November', '2023-11'],
      // A change told as a figure up to a month sums up months gone by: not a deadline ahead.
      ['Passenger numbers have grown, up 6 percent through August.', 'August', '2023-08'],
      ['Output fell, down 2 percent through December, the agency said.', 'December', '2022-12'],
      // (Not in the present or future: a schedule or an offer looks ahead.)
      ['Airline schedules show seats down 8 percent through December.', 'December', '2023-12'],
      ['Fares will stay down 10 percent through November.', 'November', '2023-11'],
      // A contract's month is the coming one, whatever the tense of the trading.
      ['Wheat for December delivery dropped 2 percent.', 'December', '2023-12'],
      ['June WTI was down 43%.', 'June', '2024-06'],
      ['Milling wheat for May traded at GBP185 a tonne.', 'May', '2024-05'],
      ['The contract for June held above $20.', 'June', '2024-06'],
      // A payment an offer told in the past sets for a month still to come is the coming one's.
      ['The company had offered a one-off bonus payable in February.', 'February', '2024-02'],
      ['Management had offered a one-off payment of 250 pounds in March.', 'March', '2024-03'],
      // A first plan that has gone by, and what a change is backdated to.
      ['The fight was originally scheduled for June but was postponed.', 'June', '2023-06'],
      ['Staff will receive a rise backdated to 1 April.', '1 April', '2023-04-01'],
      // A year the months are set after, in apposition, holds each of them.
      ['Two alerts were issued last year, in June and September.', 'June', '2022-06'],
      ['Two alerts were issued last year, in June and September.', 'September', '2022-09'],
      ['Both floods came in 2019, between March and May.', 'May', '2019-05'],
      // A day a present copula names is still ahead, however near the last one was.
      ['The general election is Aug. 20.', 'Aug. 20', '2024-08-20'],
      ['The next decision is due Aug. 20.', 'Aug. 20', '2024-08-20'],
      ['The general election was Aug. 20.', 'Aug. 20', '2023-08-20'],
    ])('%j -> %j = %s', (text, span, value) => {
      expect(find(text)).toContainEqual(expect.objectContaining({ text: span, value }));
    });

    it.each([
      ['Xi visited Moscow in March.', 'March', '2023-03', reference],
      ['Last March, prices rose.', 'Last March', '2023-03', reference],
      ['The deal was struck last February.', 'last February', '2022-02', '2023-03-20'],
      // "Next April" said in March is not next month's; nor is "next May" this May: this year's,
      // still ahead, is "in May" or "this May".
      ['The wage is due to rise again next April.', 'next April', '2019-04', '2018-03-31'],
      ['The wage is due to rise again next May.', 'next May', '2019-05', '2018-03-31'],
      ['The festival will move to next August.', 'next August', '2019-08', '2018-05-20'],
      ['The wage is due to rise again in May.', 'May', '2018-05', '2018-03-31'],
      ['Elections will be held in January.', 'January', '2024-01', reference],
      ['The loan must be repaid by February.', 'February', '2024-02', reference],
      ['Guidelines are to be published in early November.', 'early November', '2023-11', reference],
      ['The board met in December.', 'December', '2022-12', reference],
      [
        'It also cuts the income tax rate for small businesses starting in January.',
        'January',
        '2018-01',
        '2017-06-21',
      ],
      ['This allowance runs out on April 5.', 'April 5', '2021-04-05', '2020-12-31'],
      [
        'Producers are unlikely to agree cuts at the December meeting, delegates said on Monday.',
        'December',
        '2014-12',
        '2014-11-24',
      ],
      [
        'The median official expects three cuts in 2024, compared with two in the previous round of forecasts in September.',
        'September',
        '2023-09',
        '2023-12-13',
      ],
      ['He knew several contracts expire at the end of June.', 'the end of June', '2024-06', reference],
      // The first month of a pair takes the second's year, the year before when it comes later in
      // the calendar; a month with its own "last" keeps it.
      ['Sales from December to April 2026 rose.', 'December', '2025-12', '2025-02-03'],
      ['The flight was pushed back last December to April 2026.', 'last December', '2024-12', '2025-02-03'],
      ['The rule was pushed back to July.', 'July', '2020-07', '2019-12-31'],
      ['The vote was brought forward to March.', 'March', '2020-03', '2019-12-31'],
      ['She moved the appointment up to March.', 'March', '2020-03', '2019-12-31'],
      ['The firm moved to London in May.', 'May', '2019-05', '2019-12-31'],
      // "this January" said at the end of December is the one just ahead, unless the clause is past.
      ['Returns typically peak this January.', 'this January', '2017-01', '2016-12-28'],
      ['Returns peaked this January.', 'this January', '2016-01', '2016-12-28'],
      ['Returns typically peak this January.', 'this January', '2016-01', '2016-09-28'],
      // The month about to start, where the past verb is another clause's, is the coming one; one
      // a past verb reaches, or a look back, is the one gone by; so is January said in December.
      [
        'Many stuck to their lists, leaving retailers counting on a strong December.',
        'December',
        '2010-12',
        '2010-11-29',
      ],
      [
        'The industry still faced headwinds, citing a planned increase in beer duty in August.',
        'August',
        '2023-08',
        '2023-07-27',
      ],
      ['The club fired its coach in April.', 'April', '2024-04', '2025-03-04'],
      ['Pay rose 2.4 percent, the weakest since September.', 'September', '2017-09', '2018-08-14'],
      ['Prices rose 5.9%, down from a peak of 11.2% in October.', 'October', '2022-10', '2023-09-20'],
      ['Many stuck to their lists, leaving shops counting on January.', 'January', '2016-01', '2016-12-20'],
      // The time of an event since which something has run.
      ['Futures have fallen 40% since hitting a record in December.', 'December', '2024-12', '2025-10-01'],
      // A plan further back in the sentence, when no verb is near.
      [
        'Residents will vote on a separate bond proposal for a new high school gymnasium in November.',
        'November',
        '2023-11',
        '2023-07-01',
      ],
      [
        'Lumera plans to give more details on the glasses, including pricing, at an investor day in June.',
        'June',
        '2023-06',
        '2023-03-07',
      ],
      // A month the sentence looks ahead to with "will" or "would", however far, past commas.
      [
        'Parents can comment on proposed changes to term dates that would give pupils two weeks off in October.',
        'October',
        '2026-10',
        '2026-02-24',
      ],
      [
        'The board approved a plan that will close Adams, Birchwood, Cole Park and Dunmore schools at the end of the school year in June.',
        'June',
        '2024-06',
        '2024-01-30',
      ],
      // (Not "would have": a past undone.)
      ['A strike that would have shut the port in June was called off.', 'June', '2023-06', '2024-01-30'],
      // An event something is to happen before is ahead.
      [
        'Both parties want changes before the midterm elections in November.',
        'November',
        '2026-11',
        '2026-01-13',
      ],
      // An approval or a vote a thing waits on is still to come.
      [
        'The bill doubles the homestead credit, subject to voter approval in November, and cuts the fuel levy.',
        'November',
        '2026-11',
        '2026-05-19',
      ],
      // (Not one a later month told in the past has gone by: the approval came before it.)
      [
        'The takeover, subject to regulatory approval in March and completed in April, cost $2bn.',
        'March',
        '2024-03',
        '2024-12-10',
      ],
      [
        'The merger, subject to shareholder approval in March, and its completion in April ended a decade of talks.',
        'March',
        '2024-03',
        '2024-12-10',
      ],
      [
        'The takeover, subject to regulatory approval in March, was completed in April.',
        'March',
        '2024-03',
        '2024-12-10',
      ],
      ['The sale, pending a shareholder vote in July, collapsed in August.', 'July', '2024-07', '2024-12-10'],
      // ("until" is no plan so far back.)
      [
        'The form did not open until late December last year, leaving many families waiting for aid offers well into the spring.',
        'the spring',
        '2024-SP',
        '2024-08-30',
      ],
      // Two months in a row named together are neighbours; the month of publication fixes the other.
      ['Retailers expect sales in September and October to rise.', 'September', '2023-09', reference],
      ['Figures for October and November will be published together.', 'November', '2023-11', reference],
      // What usually happens is every year's.
      ['The rainy season, which usually begins in April, was late.', 'April', 'XXXX-04', reference],
      ['Flu usually peaks between December and February.', 'February', 'XXXX-02', reference],
      ['The form normally becomes available on Oct. 1.', 'Oct. 1', 'XXXX-10-01', reference],
      ['The conference, usually held in mid-December, was cancelled.', 'mid-December', '2022-12', reference],
      // In a clause set ahead, a date after a later day the sentence named follows that day.
      [
        'Pupils will go back on 2 September 2025, and the break will run from 19 October.',
        '19 October',
        '2025-10-19',
        reference,
      ],
      // (Not a date ten months after it: "will shut down by Sept. 30 unless ... by June" names a
      // June before it.)
      [
        'The plant will shut down by Sept. 30, 2024, unless lawmakers approve subsidies by June.',
        'June',
        '2024-06',
        reference,
      ],
      // (Not after a day told in passing, in a "which" clause.)
      [
        'The budget for fiscal 2025, which starts July 1, must be approved by the end of May.',
        'the end of May',
        '2023-05',
        '2023-01-01',
      ],
      // A year opening the sentence holds its yearless dates.
      ['Last year the monsoon hit the coast on May 29.', 'May 29', '2022-05-29', reference],
      ['In 2019, the rains arrived on June 8.', 'June 8', '2019-06-08', reference],
      [
        'Four years ago, the nominee carried the primary but lost the state in November.',
        'November',
        '2019-11',
        reference,
      ],
      // So does a year set off by commas after the subject.
      [
        'The previous strike, in 2016, began in March and ended on May 12.',
        'May 12',
        '2016-05-12',
        reference,
      ],
      ['The worst drought, in 2011, broke only in late October.', 'late October', '2011-10', reference],
      // (Not a year that ends a relative, participial or appositive clause: the main clause is
      // the story's own.)
      [
        'The company, founded by her father, in 1998, reported record sales on Feb. 12.',
        'Feb. 12',
        '2024-02-12',
        '2024-03-20',
      ],
      [
        'The company founded by her father, in 1998, reported record sales on Feb. 12.',
        'Feb. 12',
        '2024-02-12',
        '2024-03-20',
      ],
      [
        'The bridge, built by the army, in 1962, was closed to traffic on March 3.',
        'March 3',
        '2024-03-03',
        '2024-05-20',
      ],
      ['Smith, who won gold in Rio, in 2016, retired on March 1.', 'March 1', '2024-03-01', '2024-04-20'],
      [
        'The minister, who first took office in a coalition, in 2015, resigned on Jan. 9.',
        'Jan. 9',
        '2024-01-09',
        '2024-02-20',
      ],
      [
        'The stadium, which hosted the World Cup final, in 2014, was sold on May 2.',
        'May 2',
        '2024-05-02',
        '2024-06-20',
      ],
      [
        'The law, passed after a long fight, in 2019, was struck down on April 30.',
        'April 30',
        '2024-04-30',
        '2024-06-20',
      ],
      [
        'Her father, a miner who died in an accident, in 1988, was honoured at a ceremony on May 5.',
        'May 5',
        '2024-05-05',
        '2024-06-20',
      ],
      [
        'The club, relegated for the first time, in 2021, won promotion on May 4.',
        'May 4',
        '2024-05-04',
        '2024-06-20',
      ],
      [
        'The airline, which went bankrupt once before, in 2009, filed for protection on March 28.',
        'March 28',
        '2024-03-28',
        '2024-06-20',
      ],
      ['The tunnel dug by hand, in 1887, flooded on March 3.', 'March 3', '2024-03-03', '2024-03-20'],
      // (A "the last time ..." lead holds its own verb and still sets the year.)
      [
        'The last time rates were this high, in 2007, the bank cut them in September.',
        'September',
        '2007-09',
        '2024-06-20',
      ],
      // So does a month and year opening it.
      [
        'In August 1968, while at a festival in Prague, he was detained on 21 August.',
        '21 August',
        '1968-08-21',
        reference,
      ],
      // A "when" clause tells of the year just named.
      [
        'It was the worst since the 2002 attempt, when officers held the airport before surrendering on Nov. 14.',
        'Nov. 14',
        '2002-11-14',
        reference,
      ],
      [
        'The storm is the heaviest since Dec. 24, 2009, when a Christmas Eve blizzard shut the state.',
        'Christmas Eve',
        '2009-12-24',
        reference,
      ],
      ['Sales in 2019 rose, the firm said on March 3.', 'March 3', '2023-03-03', reference],
      ['Sales slowed in early September.', 'early September', '2023-09', reference],
    ])('%j -> %j = %s (published %s)', (text, span, value, ref) => {
      expect(find(text, ref)).toContainEqual(expect.objectContaining({ text: span, value }));
    });
  });

  describe('relative periods', () => {
    it.each([
      ['They met this week.', 'this week', '2023-W42'],
      ['They met last week.', 'last week', '2023-W41'],
      ['For the week, the index fell 2%.', 'the week', '2023-W42'],
      ['Protests took place this weekend.', 'this weekend', '2023-W41-WE'],
      ['Protests took place this past weekend.', 'this past weekend', '2023-W41-WE'],
      ['Exports fell last month.', 'last month', '2023-09'],
      ['He was elected earlier this year.', 'earlier this year', '2023'],
      ["It beat last year's record.", 'last year', '2022'],
      ['Inflation eased this month.', 'this month', '2023-10'],
      ['Earlier this month, the bank acted.', 'Earlier this month', '2023-10'],
      ['Output grew in the third quarter.', 'the third quarter', '2023-Q3'],
      ['It snowed heavily last spring.', 'last spring', '2023-SP'],
      ['Rates will rise next year.', 'next year', '2024'],
      ['He left yesterday.', 'yesterday', '2023-10-16'],
      ['The plant closed two years ago.', 'two years ago', '2021'],
      ['The plant closed about two years ago.', 'about two years ago', '2021'],
      // A fraction of a unit counts in a smaller one; years that would run past publication reach now.
      ['It was built two and a half centuries ago.', 'two and a half centuries ago', '1773'],
      ['A year and a half ago, he left.', 'A year and a half ago', '2022-04'],
      ['The mill shut in 1987. Half a century later, it is flats.', 'Half a century later', '2023'],
      ['It opened in 1960. Half a century later, it closed.', 'Half a century later', '2010'],
      // Anniversaries: the day, week or month of publication, years back.
      ['Fifty years ago this week, the women walked in.', 'Fifty years ago this week', '1973-W42'],
      ['A century ago today, the war ended.', 'A century ago today', '1923-10-17'],
      ['Ten years ago this month, it rained.', 'Ten years ago this month', '2013-10'],
    ])('%j -> %j = %s', (text, span, value) => {
      expect(find(text)).toContainEqual(expect.objectContaining({ text: span, value, type: 'DATE' }));
    });

    it('reads "the coming year" said in January as the year just begun', () => {
      const coming = (ref: string) =>
        tagTimexes('The coming year will bring challenges.', { reference: ref }).find(
          (t) => t.text === 'The coming year',
        )?.value;
      expect(coming('2017-01-13')).toBe('2017');
      expect(coming('2017-11-14')).toBe('2018');
    });

    it('reads "last summer" said in the month after it ended as the year before\'s', () => {
      const last = (text: string, span: string, ref: string) =>
        tagTimexes(text, { reference: ref }).find((t) => t.text === span)?.value;
      expect(last('The club tried to sign him last summer.', 'last summer', '2017-09-01')).toBe('2016-SU');
      expect(last('Work began last spring.', 'last spring', '2023-06-15')).toBe('2022-SP');
      expect(last('The club tried to sign him last summer.', 'last summer', '2017-10-20')).toBe('2017-SU');
      expect(last('The club tried to sign him last summer.', 'last summer', '2017-07-20')).toBe('2016-SU');
    });

    it('reads a season before which something is due, in a past clause, as the coming one', () => {
      const season = (text: string, span: string, ref: string) =>
        tagTimexes(text, { reference: ref }).find((t) => t.text === span)?.value;
      expect(
        season('Forecasters said there was little hope of relief before the fall.', 'the fall', '2010-08-17'),
      ).toBe('2010-FA');
      expect(
        season(
          'He said both sides had an interest in settling before the summer.',
          'the summer',
          '2026-02-03',
        ),
      ).toBe('2026-SU');
      // (Not a season more than six months off: "had expected to receive the jets before the summer",
      // said in November, is the one just gone.)
      expect(
        season('Brisa had expected to receive 12 jets before the summer.', 'the summer', '2019-11-05'),
      ).toBe('2019-SU');
    });

    it('reads an event a past clause sets for a season, within six months, as the coming one', () => {
      const season = (text: string, span: string, ref: string) =>
        tagTimexes(text, { reference: ref }).find((t) => t.text === span)?.value;
      expect(
        season(
          'Analysts said an early election in the autumn was the most likely outcome.',
          'the autumn',
          '2012-05-21',
        ),
      ).toBe('2012-FA');
      expect(season('Unions warned of coordinated action in the autumn.', 'the autumn', '2022-08-27')).toBe(
        '2022-FA',
      );
      expect(
        season('The council approved plans for demolition in the spring.', 'the spring', '2022-11-08'),
      ).toBe('2023-SP');
      // (Not a season more than six months off, nor one without an event: "Prices rose in the autumn".)
      expect(season('Analysts said an election in the autumn was likely.', 'the autumn', '2012-01-21')).toBe(
        '2011-FA',
      );
      expect(season('Prices rose sharply in the autumn.', 'the autumn', '2012-05-21')).toBe('2011-FA');
    });

    it('reads a season a present perfect of doing has run through as this one or the last', () => {
      const season = (text: string, span: string, ref: string) =>
        tagTimexes(text, { reference: ref }).find((t) => t.text === span)?.value;
      expect(
        season(
          'The farmers market, which has run twice a week through the fall, will hold a holiday market on Saturday.',
          'the fall',
          '2012-11-20',
        ),
      ).toBe('2012-FA');
      expect(
        season(
          'These lads have been training three nights a week through the summer.',
          'the summer',
          '2012-10-22',
        ),
      ).toBe('2012-SU');
      // (Not an arrangement run on to a limit: "has extended the ban through the winter".)
      expect(season('The council has extended the ban through the winter.', 'the winter', '2012-10-22')).toBe(
        '2012-WI',
      );
    });

    it('reads the middle or the height of a season, in its last month, as this one', () => {
      const season = (text: string, span: string, ref: string) =>
        tagTimexes(text, { reference: ref }).find((t) => t.text === span)?.value;
      expect(
        season(
          'Nobody here wants to be on a picket line in the middle of summer.',
          'the middle of summer',
          '2022-08-27',
        ),
      ).toBe('2022-SU');
      expect(
        season('The strike threatens to disrupt travel at the height of summer.', 'summer', '2021-08-10'),
      ).toBe('2021-SU');
      // (A season planned for, in its last month, is still the next one.)
      expect(season('A second leg in Europe is planned for the fall.', 'the fall', '2021-11-29')).toBe(
        '2022-FA',
      );
    });

    it('reads a season a plan was due in, told in the past and undone since, as the one just gone', () => {
      const season = (text: string, span: string, ref: string) =>
        tagTimexes(text, { reference: ref }).find((t) => t.text === span)?.value;
      expect(
        season(
          'Publication had been planned for the spring but was delayed by the pandemic.',
          'the spring',
          '2020-08-16',
        ),
      ).toBe('2020-SP');
      expect(
        season(
          'Several more were due to open in the spring but are currently shut.',
          'the spring',
          '2020-06-14',
        ),
      ).toBe('2020-SP');
      // (Not one still within six months: said in January, the spring is this year's.)
      expect(
        season('The report was due in the spring but has been delayed.', 'the spring', '2020-01-14'),
      ).toBe('2020-SP');
    });

    it('reads a month, a season or a quarter a plan told in the past perfect was for as the nearest one', () => {
      const value = (text: string, span: string, ref: string) =>
        tagTimexes(text, { reference: ref }).find((t) => t.text === span)?.value;
      expect(value('The couple had planned to marry in September.', 'September', '2012-04-17')).toBe(
        '2012-09',
      );
      expect(value('The new schedule had been due to start in January.', 'January', '2025-10-06')).toBe(
        '2026-01',
      );
      expect(value('The museum had planned to reopen in April.', 'April', '2020-07-03')).toBe('2020-04');
      expect(
        value('Most MPs had expected polling day to fall in the autumn.', 'the autumn', '2024-05-23'),
      ).toBe('2024-FA');
      expect(
        value(
          'The company had planned to file for a rate increase in the fourth quarter.',
          'the fourth quarter',
          '2011-08-09',
        ),
      ).toBe('2011-Q4');
      // (Not the time a plan was made, in a comparison: the spring just gone.)
      expect(
        value(
          'Shipments will begin six months earlier than it had planned in the spring.',
          'the spring',
          '2011-10-18',
        ),
      ).toBe('2011-SP');
    });

    it('reads a season in the year that opens its sentence', () => {
      const value = (text: string, span: string, ref: string) =>
        tagTimexes(text, { reference: ref }).find((t) => t.text === span)?.value;
      expect(value('Last year the harvest came in the autumn, weeks late.', 'the autumn', '2021-10-04')).toBe(
        '2020-FA',
      );
      expect(value('"By 2031 we\'ll be racing in the winter," she said.', 'the winter', '2022-05-09')).toBe(
        '2031-WI',
      );
      // (A year ahead moves no story, with "will" spelled out too.)
      expect(value('By 2031 we will be racing in the winter.', 'the winter', '2022-05-09')).toBe('2031-WI');
      expect(
        value('By 2031, most ships will sail through the Arctic in the summer.', 'the summer', '2022-05-09'),
      ).toBe('2031-SU');
      // (Not past a clause in the present: the coming one.)
      expect(
        value(
          'Last year the club bought the land, but building is not due to start until the spring.',
          'the spring',
          '2021-10-04',
        ),
      ).toBe('2022-SP');
    });

    it('reads a season a run reaches into, told in the past, as the coming one within six months', () => {
      const value = (text: string, span: string, ref: string) =>
        tagTimexes(text, { reference: ref }).find((t) => t.text === span)?.value;
      expect(
        value(
          'The union raised the prospect of walkouts stretching into the spring.',
          'the spring',
          '2022-02-08',
        ),
      ).toBe('2022-SP');
      expect(
        value(
          'Council leaders voted to extend the parking trial into the autumn.',
          'the autumn',
          '2019-06-20',
        ),
      ).toBe('2019-FA');
      // (Not when a finite past verb governs "into": a run gone by, the last one.)
      expect(
        value(
          'The dispute dragged on into the winter before a deal was finally reached.',
          'the winter',
          '2023-07-01',
        ),
      ).toBe('2022-WI');
      expect(
        value('Fighting continued well into the autumn, killing thousands.', 'the autumn', '2023-05-10'),
      ).toBe('2022-FA');
      expect(
        value('The outbreak that began in August lingered into the autumn.', 'the autumn', '2021-03-15'),
      ).toBe('2020-FA');
      expect(
        value(
          'Hospital admissions climbed steadily into the autumn, the report found.',
          'the autumn',
          '2019-06-20',
        ),
      ).toBe('2018-FA');
    });

    it('reads a season once believed, told as a future in the past, as the nearest one', () => {
      const value = (text: string, span: string, ref: string) =>
        tagTimexes(text, { reference: ref }).find((t) => t.text === span)?.value;
      expect(value('I thought the roof would be fixed by the spring.', 'the spring', '2019-07-02')).toBe(
        '2019-SP',
      );
      expect(value("I thought we'd be back by the autumn.", 'the autumn', '2021-02-11')).toBe('2020-FA');
      // (A report or a promise told in the past is today's news, as "said it would" is: ahead.)
      expect(
        value(
          'Staff were told on Monday that the plant would close in the autumn.',
          'the autumn',
          '2021-02-11',
        ),
      ).toBe('2021-FA');
      expect(
        value('Farmers were told the compensation would be paid in the spring.', 'the spring', '2020-08-20'),
      ).toBe('2021-SP');
      expect(
        value(
          "Season-ticket holders were promised at Tuesday's meeting that the stadium would reopen in the autumn.",
          'the autumn',
          '2022-01-20',
        ),
      ).toBe('2022-FA');
      // (A speaker quoted tells one received as gone by.)
      expect(
        value('"We were told the money would arrive in the autumn," she said.', 'the autumn', '2021-02-11'),
      ).toBe('2020-FA');
      // (Nor a belief still held this week, nor "'d" as "had".)
      expect(
        value(
          'Investors assumed the central bank would raise rates in the autumn, pushing yields higher this week.',
          'the autumn',
          '2021-02-11',
        ),
      ).toBe('2021-FA');
      expect(value("Neighbours thought he'd moved away in the summer.", 'the summer', '2021-02-11')).toBe(
        '2020-SU',
      );
      expect(value('The firm said the depot would close in the spring.', 'the spring', '2019-07-02')).toBe(
        '2020-SP',
      );
    });

    it('reads a time someone asks to be asked again at, or says goodbye until, as the coming one', () => {
      const value = (text: string, span: string, ref: string) =>
        tagTimexes(text, { reference: ref }).find((t) => t.text === span)?.value;
      expect(value('"Ask me in March," he said.', 'March', '2014-08-11')).toBe('2015-03');
      expect(value('"But ask me again in March."', 'March', '2018-10-07')).toBe('2019-03');
      expect(value('"You say \'see you in April.\'"', 'April', '2012-10-21')).toBe('2013-04');
      expect(value('"Ask me on Sunday whether it was worth it," she said.', 'Sunday', '2012-04-17')).toBe(
        '2012-04-22',
      );
    });

    it('reads the weekend named in a past clause from Thursday on as the coming one', () => {
      const weekend = (text: string, ref: string) =>
        find(text, ref).find((t) => /weekend/.test(t.text))?.value;
      // Published Friday 18 Aug 2023 (week 33).
      expect(
        weekend('The minister urged both sides to return to the table this weekend.', '2023-08-18'),
      ).toBe('2023-W33-WE');
      expect(weekend('Jurors were sent home for the weekend.', '2023-08-18')).toBe('2023-W33-WE');
      expect(weekend('Eight people have died since the weekend.', '2023-08-18')).toBe('2023-W32-WE');
      expect(weekend('Fighting raged over the weekend.', '2023-08-18')).toBe('2023-W32-WE');
      // Published Tuesday 15 Aug 2023: the weekend just gone.
      expect(weekend('Jurors were sent home for the weekend.', '2023-08-15')).toBe('2023-W32-WE');
    });

    it('reads "the year ended" with no end named as the year, the verb of its clause', () => {
      const [t] = find('The biggest case of the year ended in a split decision.');
      expect(t).toMatchObject({ text: 'the year', type: 'DATE', value: '2023' });
    });

    it('gives "this weekend" an alternative reading', () => {
      const [t] = find('Crowds gathered this weekend.');
      expect(t?.alternatives?.map((a) => a.value)).toEqual(['2023-W42-WE']);
    });
  });

  describe('durations', () => {
    it.each([
      'Opening hours at six libraries will be cut after weeks.',
      'Minutes of the April meeting showed a split.',
      'Wednesday is one of the busiest days of the year.',
      'Crews worked 18-hour days before the storm.',
    ])("leaves a kind of day or hour, or a meeting's minutes, alone: %j", (text) => {
      expect(find(text).map((t) => t.text)).not.toContainEqual(
        expect.stringMatching(/^(?:hours|minutes|days)$/i),
      );
    });

    it.each([
      ['Talks have gone on for several months.', 'several months', 'PXM'],
      ['Prices rose over 18 months.', '18 months', 'P18M'],
      ['The project took two years.', 'two years', 'P2Y'],
      ['It lasted a decade.', 'a decade', 'P10Y'],
      ['These are changes that have not happened in 100 years.', '100 years', 'P100Y'],
      ['The war has lasted nearly a year and a half.', 'nearly a year and a half', 'P18M'],
      ['Growth slowed over the past three years.', 'the past three years', 'P3Y'],
      ['The strike entered its third week after a 14-day stoppage.', '14-day', 'P14D'],
      ['The meeting ran for 90 minutes.', '90 minutes', 'PT90M'],
      ['Workers ended the 14-day strike.', '14-day', 'P14D'],
      // Two units run together by a comma, with no "and" or minutes anywhere in the text.
      ['The siege lasted 84 days, 3 hours.', '84 days, 3 hours', 'P84DT3H'],
      // "about" and "almost" belong to the expression; "over", "roughly" and "under" stay outside.
      ['The talks lasted about five hours.', 'about five hours', 'PT5H'],
      ['The fire burned for almost four hours.', 'almost four hours', 'PT4H'],
      ['Repairs took roughly two months.', 'two months', 'P2M'],
      ['She won the race in under two hours.', 'two hours', 'PT2H'],
      ['The siege lasted over a year.', 'a year', 'P1Y'],
      // "following" without "the" is "after", outside the length.
      ['Talks broke down following six hours of negotiations.', 'six hours', 'PT6H'],
      ['In the following two days, rain fell.', 'the following two days', 'P2D'],
      ['Profit for the year ended June 30 rose.', 'the year', 'P1Y'],
      // A count written with decimals keeps them; a half in words goes down a unit.
      ['The median wait stood at 7.8 weeks.', '7.8 weeks', 'P7.8W'],
      ['The asteroid orbits the sun every 1.4 years.', '1.4 years', 'P1.4Y'],
      ['The trial lasted two and a half years.', 'two and a half years', 'P2Y6M'],
      // So does a length read without a count, from its edge or up to now.
      ['Stocks fell in the first hour and a half of trading.', 'the first hour and a half', 'PT1H30M'],
      ['The last year and a half has been the hardest.', 'The last year and a half', 'P18M'],
      ['It has led the field for the past decade and a half.', 'the past decade and a half', 'P15Y'],
      ['Profit for the fiscal year ending in March fell.', 'the fiscal year', 'P1Y'],
      // A half or a quarter of an hour, not of a year.
      ['The second act drags in its first half hour.', 'half hour', 'PT30M'],
      // Without "the", the ordinal is the possessor's, or "past" a preposition: the length is the count.
      ['The film sags before its final 20 minutes.', '20 minutes', 'PT20M'],
      ['The museum drew 250,000 visitors in its first 12 months.', '12 months', 'P12M'],
      ['The match was settled after a frantic final 24 hours.', '24 hours', 'PT24H'],
      ['Queues at security stretched past 30 minutes.', '30 minutes', 'PT30M'],
      ['Prices fell in the first three months.', 'the first three months', 'P3M'],
      ['He spoke for a quarter hour.', 'a quarter hour', 'PT15M'],
      ['They lost two wickets in the last half-hour.', 'the last half-hour', 'PT30M'],
      ['He ran the cinema for the last quarter of a century.', 'the last quarter of a century', 'P25Y'],
      ['They scored twice in the final quarter of an hour.', 'the final quarter of an hour', 'PT15M'],
      ['Prices rose 2.5% in the year to November.', 'the year', 'P1Y'],
      ['Losses are expected over the next three quarters.', 'the next three quarters', 'P3Q'],
      ['Prices have risen in recent months.', 'recent months', 'PXM'],
      // A length of unstated size: "for years", "in weeks", "months, not weeks".
      ['The strike has lasted for months.', 'months', 'PXM'],
      // Before what filled or followed it.
      ['The line opened last week, ending months of uncertainty.', 'months', 'PXM'],
      ['The figures were published hours before senators voted.', 'hours', 'PTXH'],
      ['The club signed the winger with hours to spare.', 'hours', 'PTXH'],
      // How far off, and a longer length offered after a first.
      ['"We were months away," the secretary said.', 'months', 'PXM'],
      ['Aftershocks could continue for weeks and possibly months.', 'months', 'PXM'],
      ['It could go on for days, or even weeks.', 'weeks', 'PXW'],
      // Seconds after a preposition.
      ['The mountain came down in seconds.', 'seconds', 'PTXS'],
      ['Within seconds, smoke filled the cabin.', 'seconds', 'PTXS'],
      // Decades and centuries unstated keep TimeML's own units; counted, they are years.
      ['The feud has simmered for decades.', 'decades', 'PXDE'],
      ['The church stood for several centuries.', 'several centuries', 'PXCE'],
      ['The feud has simmered for two decades.', 'two decades', 'P20Y'],
      ['For the first time in weeks, children are sleeping.', 'weeks', 'PXW'],
      ['A deal would take months, not weeks.', 'weeks', 'PXW'],
      // A length set against another, and one "in a matter of".
      ['A breakthrough would take "months, not weeks".', 'months', 'PXM'],
      ['"We have hours, not days, to get this right," he said.', 'hours', 'PTXH'],
      ['A selloff can now unfold in minutes rather than days.', 'days', 'PXD'],
      ['The swarm stripped the fields in a matter of hours.', 'hours', 'PTXH'],
      // "ahead" belongs to it. (After "in", months, years and decades ahead are the future at
      // large: see tag-classes.)
      ['Hot summers will be more common over the decades ahead.', 'the decades ahead', 'PXDE'],
      ['Funds will sell in the weeks ahead.', 'the weeks ahead', 'PXW'],
    ])('%j -> %j = %s', (text, span, value) => {
      expect(find(text)).toContainEqual(expect.objectContaining({ text: span, value, type: 'DURATION' }));
    });

    it('leaves a bare unit alone where it is no length ("seconds to spare", "light years away")', () => {
      expect(find('He signed with only seconds to spare.')).toEqual([]);
      expect(find('A man threw a grenade seconds before the bomb exploded.')).toEqual([]);
      expect(find('The planet is about 120 light years away.')).toEqual([]);
      // (TBAQ leaves "a matter of months" untagged, quoted or without "in".)
      expect(find('The sale should be completed in a "matter of months."')).toEqual([]);
      expect(find('Castro said it is just matter of days before the boy returns.')).toEqual([]);
    });

    it('never turns a duration into a date', () => {
      expect(find('changes that have not happened in 100 years').filter((t) => t.type === 'DATE')).toEqual(
        [],
      );
    });
  });

  describe('vague references', () => {
    it.each([
      'The plant closed in 1998. Today was the last day of the auction.',
      'The next landing was delayed until February 1971. Today, exactly 50 years after the explosion, he is one of two survivors.',
    ])('keeps "today" the day of publication in a past clause or on an anniversary: %j', (text) => {
      expect(find(text)).toContainEqual(expect.objectContaining({ text: 'Today', value: reference }));
    });

    it.each([
      ['The city is now calm.', 'now', 'PRESENT_REF'],
      ['"Right now we are full," she said.', 'Right now', 'PRESENT_REF'],
      ['He recently resigned.', 'recently', 'PAST_REF'],
      ['The firm is currently profitable.', 'currently', 'PRESENT_REF'],
      ['Under the current rules, he may stay.', 'current', 'PRESENT_REF'],
      ['Such talks may resume in the future.', 'the future', 'FUTURE_REF'],
      ['Prices will stay high in the near term.', 'the near term', 'FUTURE_REF'],
      ['The federal budget will soon move into surplus.', 'soon', 'FUTURE_REF'],
      ['Supplies could run out soon unless trucks get in.', 'soon', 'FUTURE_REF'],
      ['"There is no appetite for an election any time soon," he said.', 'soon', 'FUTURE_REF'],
      ['Officials said results would be announced soon.', 'soon', 'FUTURE_REF'],
      ['Organizers said they hoped to announce a date soon.', 'soon', 'FUTURE_REF'],
      ['Sales have risen in recent years.', 'recent years', 'PAST_REF'],
      ['Recent decades saw change.', 'Recent decades', 'PAST_REF'],
      ['The hottest days of the 1990s would barely make the top ten today.', 'today', 'PRESENT_REF'],
      ['What was accepted a decade ago cannot carry a conviction today.', 'today', 'PRESENT_REF'],
      // People of the present, and the present set against a past the sentence before told.
      ['"Young people today have never known hunger like that," he said.', 'today', 'PRESENT_REF'],
      ['Companies today hold enormous amounts of sensitive information.', 'today', 'PRESENT_REF'],
      ['Seismologists today estimate its magnitude at about 7.9.', 'today', 'PRESENT_REF'],
      [
        'In the 19th century, a journey to the coast took two days by barge. Today it takes about 40 minutes by car.',
        'Today',
        'PRESENT_REF',
      ],
      // The era named two sentences back, the one between going on in the past; not a day's doing
      // in the perfect, nor "today" as the subject.
      [
        '"In the 1960s the harbour was full of fishing boats," he said. "The fleet left one by one. Today the quay holds yachts and cafes."',
        'Today',
        'PRESENT_REF',
      ],
      [
        '"In the 1960s the harbour was full of fishing boats," he said. "The fleet left one by one. Today a court has ruled on the quay."',
        'Today',
        '2023-10-17',
      ],
      [
        '"In the 1960s the harbour was full of fishing boats," he said. "The fleet left one by one. Today is about the fishermen."',
        'Today',
        '2023-10-17',
      ],
      // The same with the era one sentence back: the subject and the perfect are the day's there too.
      ['In the 1960s the harbour was full of boats. Today is about the fishermen.', 'Today', '2023-10-17'],
      [
        'In the 1960s the harbour was full of boats. Today a court has ruled on the quay.',
        'Today',
        '2023-10-17',
      ],
      // (An adverb between, as STATE_NOW_AFTER reads "has" and "have".)
      [
        'In the 1960s the harbour was full of boats. Today a court has already ruled on the quay.',
        'Today',
        '2023-10-17',
      ],
      // An event of the day in the present of a timetable is the day's, wherever the era is named.
      [
        'The storm was the worst to hit the county in a century. It flattened hundreds of homes. Today residents begin the long clean-up.',
        'Today',
        '2023-10-17',
      ],
      [
        'The flood was the worst the town had seen for generations. Hundreds of homes were evacuated. Today the clean-up begins.',
        'Today',
        '2023-10-17',
      ],
      [
        'The club was founded in 1898. It lost the final in 1999. Today the players fly home.',
        'Today',
        '2023-10-17',
      ],
      // A speech tag's "said" does not put the sentence between in the past.
      [
        'The mill closed in 1984. "We want to bring jobs back," the mayor said. Today the mill is a car park.',
        'Today',
        '2023-10-17',
      ],
      // Nor does a sentence between that names a recent time go on with the era.
      [
        'The bridge opened in 1932. It was closed for repairs last month. Today the bridge carries few cars.',
        'Today',
        '2023-10-17',
      ],
      [
        'The treaty was signed in 1991. Talks to renew it collapsed on Saturday. Today the two sides share little.',
        'Today',
        '2023-10-17',
      ],
    ])('%j -> %j = %s', (text, span, value) => {
      expect(find(text)).toContainEqual(expect.objectContaining({ text: span, value, type: 'DATE' }));
    });
  });

  it('leaves the "would soon" of a story told without a publication date', () => {
    expect(find('Togo knew a second fleet would soon be sent.', null)).toEqual([]);
  });

  describe('false positives', () => {
    it.each([
      'The general soon brought up 30,000 men.', // "soon" in a past story is "shortly after"
      'Leave as soon as you can.',
      'Soon after the vote, he resigned.',
      'The envoy Zhai Jun met them.',
      'The report may be delayed.',
      'Theresa May spoke to reporters.',
      'Yun Sun, a scholar, disagreed.',
      'Thousands joined a protest march in the capital.',
      'They march to the square every evening.',
      'He led the March on Washington.',
      'Officials said the crisis could last years.',
      'He came second in the race.',
      'The pact was signed by 130 countries.',
      'She wrote a 5,000-word essay.',
      'Iraq imports about three-quarters of its food.',
      'Fares will be $55 a night.',
      'He appeared on "60 Minutes" on CBS.',
      'The ministry was mentioned 42 times.',
      'The fall of the old port town ended the siege.',
      'Rebels celebrated the fall of Kestrel Hill.',
      'She writes a column for USA Today.',
      'The minister told NBC\'s "This Week" that talks were over.',
    ])('%j has no date', (text) => {
      expect(find(text).filter((t) => t.type === 'DATE' || t.type === 'TIME')).toEqual([]);
    });

    it.each([
      ['Today, the market opened late.', 'Today'],
      ['He said, "Today we start again."', 'Today'],
      ['Talks resumed. This Week will decide it, he said.', 'This Week'],
    ])('keeps a capitalised %j at a sentence start', (text, span) => {
      expect(find(text)).toContainEqual(expect.objectContaining({ text: span, type: 'DATE' }));
    });

    it('tags "years" in "could last years" only as a duration', () => {
      expect(find('The crisis could last years.').map((t) => [t.text, t.type])).toEqual([
        ['years', 'DURATION'],
      ]);
    });
  });

  describe('parts of day and times', () => {
    it.each([
      // A weekday's part of day is a TIME, as the TimeML guidelines have it.
      ['He left on Tuesday morning.', 'Tuesday morning', '2023-10-17TMO', 'TIME'],
      ['Shots rang out early Tuesday morning.', 'early Tuesday morning', '2023-10-17TMO', 'TIME'],
      ['Polls close at 5 p.m. EST Nov. 9.', '5 p.m. EST Nov. 9', '2023-11-09T17:00', 'TIME'],
      ['The blast happened at 9:30 a.m.', '9:30 a.m.', '2023-10-17T09:30', 'TIME'],
      ['Fighting continued overnight.', 'overnight', '2023-10-16TNI', 'TIME'],
      ['He spoke this morning.', 'this morning', '2023-10-17TMO', 'TIME'],
      ['Shares slid at mid-afternoon yesterday.', 'mid-afternoon yesterday', '2023-10-16TAF', 'TIME'],
      ['On Sunday, at 10 p.m., the polls closed.', '10 p.m.', '2023-10-15T22:00', 'TIME'],
      ['He will leave at 4 in the morning.', '4 in the morning', '2023-10-17T04:00', 'TIME'],
      ['The truce will begin at dawn Friday.', 'dawn Friday', '2023-10-20TMO', 'TIME'], // typed as "Friday morning" is
      // "Before dawn" is some time in the night before: the day alone; "shortly before dawn" is dawn.
      ['Crews were loading containers before dawn Monday.', 'Monday', '2023-10-16', 'DATE'],
      ['A hillside gave way before dawn on Sunday.', 'Sunday', '2023-10-15', 'DATE'],
      ['The ferry sank shortly before dawn Sunday.', 'dawn Sunday', '2023-10-15TMO', 'TIME'],
      ['Rescuers halted the search at nightfall Friday.', 'nightfall Friday', '2023-10-13TEV', 'TIME'],
      [
        'Troops marched on the night of April 18, 1775.',
        'the night of April 18, 1775',
        '1775-04-18TNI',
        'TIME',
      ],
      ['The ceasefire took effect at 11:00 local time.', '11:00', '2023-10-17T11:00', 'TIME'],
      ['The plane landed at 0130 GMT.', '0130 GMT', '2023-10-17T01:30', 'TIME'],
      ['By mid-afternoon, the crowd had gone.', 'mid-afternoon', '2023-10-17TAF', 'TIME'],
      // A live blog's stamps: no "am", "pm" or colon anywhere in the text.
      ['08.45 BST Two more trains were cancelled.', '08.45 BST', '2023-10-17T08:45', 'TIME'],
      ['Trading opens at 09.15 CET.', '09.15 CET', '2023-10-17T09:15', 'TIME'],
    ])('%j -> %j = %s', (text, span, value, type) => {
      expect(find(text)).toContainEqual(expect.objectContaining({ text: span, value, type }));
    });
    // A clock time and the part of the story's next day that follows it are one time (the value is
    // the clock time's, read from the story).
    it.each([
      ['The talks did not finish until 4am the following morning.', '4am the following morning'],
      ['The road stays shut until 2:15 the next morning.', '2:15 the next morning'],
    ])('%j -> %j, one TIME', (text, span) => {
      const got = find(text).map((t) => [t.text, t.type]);
      expect(got).toEqual([[span, 'TIME']]);
    });
  });

  describe('sets', () => {
    it.each([
      ['The group meets every Tuesday.', 'every Tuesday', 'XXXX-WXX-2'],
      ['The club meets every other Thursday.', 'every other Thursday', 'XXXX-WXX-4'],
      ['The newsletter goes out fortnightly.', 'fortnightly', 'P2W'],
      ['Trains will run half-hourly until 11 p.m.', 'half-hourly', 'PT30M'],
      ['The company reports quarterly.', 'quarterly', 'P3M'],
      ['The report is published annually.', 'annually', 'P1Y'],
      ['Prices are updated daily.', 'daily', 'P1D'],
      ['Thousands die each year.', 'each year', 'P1Y'],
      ['The magazine appears weekly.', 'weekly', 'P1W'],
      ['The board meets twice a year.', 'twice a year', 'P1Y'],
      ['Buses run every ten minutes.', 'every ten minutes', 'PT10M'],
      ['Inspections come every 18 months.', 'every 18 months', 'P18M'],
      ['He trained every other day.', 'every other day', 'P2D'],
      ['The clinic keeps an every-other-week timetable in winter.', 'every-other-week', 'P2W'],
      ['The clinic keeps an every-other week timetable in winter.', 'every-other week', 'P2W'],
      ['She rested every fifth day.', 'every fifth day', 'P5D'],
      ['The fair returns every third year.', 'every third year', 'P3Y'],
      ['The market opens every Saturday morning.', 'every Saturday morning', 'XXXX-WXX-6TMO'],
      ["Police add officers every New Year's Eve.", "every New Year's Eve", 'XXXX-12-31'],
      ['Each Christmas the choir sings.', 'Each Christmas', 'XXXX-12-25'],
      ['Unions stop work on the 13th of every month.', 'the 13th of every month', 'XXXX-XX-13'],
      ['Pump prices are reset on the 1st of each month.', 'the 1st of each month', 'XXXX-XX-01'],
    ])('%j -> %j = %s', (text, span, value) => {
      expect(find(text)).toContainEqual(expect.objectContaining({ text: span, value, type: 'SET' }));
    });

    it('leaves "every Easter" (a holiday on no fixed day) without a made-up set value', () => {
      expect(find('Every Easter we travel.').some((t) => t.type === 'SET')).toBe(false);
    });
  });

  describe('years, decades, centuries, seasons, quarters', () => {
    it.each([
      ['The war began in 2022.', '2022', '2022'],
      ['Prices have doubled since 2022.', '2022', '2022'],
      ['It was common in the 1990s.', 'the 1990s', '199'],
      ['Tourists first came in the 1800s.', 'the 1800s', '18'], // a century
      ['Prices peaked in the 2000s.', 'the 2000s', '200'], // still a decade
      // The nth weekend of a month is the ISO week of its nth Saturday.
      [
        'It turned on the first weekend of February 2025.',
        'the first weekend of February 2025',
        '2025-W05-WE',
      ],
      ['Crowds come on the last weekend of August 2025.', 'the last weekend of August 2025', '2025-W35-WE'],
      // "the final weeks of", "the first days of": the edge of the period.
      ['Sales rose in the final weeks of 2022.', 'the final weeks of 2022', '2022'],
      ['Prices fell in the first days of March 2021.', 'the first days of March 2021', '2021-03'],
      // "the year" in apposition to a day is that day's year.
      ['Funds flow from Jan. 2, the first working day of the year.', 'the year', '2024'],
      // A year straddling two calendar years is named by the one it starts in.
      ['It was the last act of the 2024-25 season.', 'the 2024-25 season', '2024'],
      ['Enrollment for the 2025-26 academic year rose.', 'the 2025-26 academic year', '2025'],
      ['Exports stay banned in the 2023/24 crop year.', 'the 2023/24 crop year', '2023'],
      // Written alone among words of budgets and seasons, too; in a history it is a range of years.
      ['The chancellor unveiled the 2026-27 budget.', '2026-27', '2026'],
      // So after "the", before the noun it qualifies, and with "year" after it.
      ['Talks will focus on the 2023-24 pay round.', '2023-24', '2023'],
      ['Payments are cut for the 2024-25 scheme year.', 'the 2024-25 scheme year', '2024'],
      ['Councillors approved the budget for the 2026-27 year.', 'the 2026-27 year', '2026'],
      ['Fuel duty, frozen in 2024-25, will rise by 2029-30 under the tax plan.', '2029-30', '2029'],
      ['In 1958-59 the army won back the mountains.', '59', '1959'],
      ['It was common in the ’90s.', 'the ’90s', '199'],
      ['It dates from the 19th century.', 'the 19th century', '18'],
      ['Profit rose in fiscal 1998.', 'fiscal 1998', '1998'],
      ['It was founded in nineteen ninety-six.', 'nineteen ninety-six', '1996'],
      ['The revolt lasted from 499 to 493 BC.', '493 BC', 'BC0493'],
      ['Throughout 1915-17, the empire fought on.', '17', '1917'],
      ['Sales for the full year rose.', 'the full year', '2023'],
      ['Profit in the current financial year will rise.', 'the current financial year', '2023'],
      ['Spending in the current budget year rose.', 'the current budget year', '2023'],
      ['He scored 20 goals last season.', 'last season', '2022'],
      ['The firm hoped to resume flights by spring.', 'spring', '2024-SP'],
      ['Traders bet on a rate cut by the first quarter.', 'the first quarter', '2024-Q1'],
      ['Output rose 6% in January-September.', 'January-September', 'P9M'], // the year so far
      ['Sales rose in the January-October period.', 'the January-October period', 'P10M'],
      ['Sales rose through the first half of the year.', 'the first half of the year', '2023-H1'],
      // "the final quarter of the year" is its fourth, as "the last half of 1989" is its second.
      [
        'Stocks rose as investors began the final quarter of the year.',
        'the final quarter of the year',
        '2023-Q4',
      ],
      [
        'Prices fell from the first half of the calendar year.',
        'the first half of the calendar year',
        '2023-H1',
      ],
      ['The club hopes to do better next season.', 'next season', '2024'],
      ['The deal should close by year-end.', 'year-end', '2023-12-31'],
      ['Output fell in the third quarter.', 'the third quarter', '2023-Q3'],
      ['Revenue rose in Q3 2022.', 'Q3 2022', '2022-Q3'],
      ['Guidance for FY2024 was cut.', 'FY2024', '2024'],
      // A year of accounts named by its number, "the" and all.
      ['Energy costs doubled in the 2022 financial year.', 'the 2022 financial year', '2022'],
      ['Funding runs out with the 2016 budget year.', 'the 2016 budget year', '2016'],
      ['It happened in the summer of 1994.', 'the summer of 1994', '1994-SU'],
      ['The dam was finished in the fall of 1994.', 'the fall of 1994', '1994-FA'],
      // "the" before "early", "mid" or "late" belongs to the season too.
      ['NASA chose the Moon in the late summer of 1968.', 'the late summer of 1968', '1968-SU'],
      ['The cria was born in the late summer.', 'the late summer', '2023-SU'],
      // "the winter months": the season, tagged whole.
      ['Aid groups warn that the winter months will be hard.', 'the winter months', '2023-WI'],
      // "of that year": the season of the year the text last named.
      [
        'The mill opened in March 1962. It closed in the autumn of that year.',
        'the autumn of that year',
        '1962-FA',
      ],
    ])('%j -> %j = %s', (text, span, value) => {
      expect(find(text)).toContainEqual(expect.objectContaining({ text: span, value }));
    });

    it.each([
      // The latest fiscal year named, up to next year's: the one under way or the last one told.
      [
        'It kept its forecast for fiscal 2027. It shipped 187 million tons in fiscal 2026. It cut its copper guidance for the fiscal year.',
        '2026-10-21',
        '2027',
      ],
      ['It reported fiscal 2021 results. Costs rose in the fiscal year.', '2023-11-02', '2021'],
      ['Costs rose in the fiscal year.', '2023-11-02', '2023'],
    ])('"the fiscal year" is the latest fiscal year named: %j (published %s) = %s', (text, ref, value) => {
      expect(find(text, ref)).toContainEqual(expect.objectContaining({ text: 'the fiscal year', value }));
    });

    it.each([
      ['Profit fell in the latest quarter.', '2023-11-02', '2023-Q3'],
      [
        'The storm will force a fourth-quarter charge. Profit fell in the latest quarter.',
        '2023-11-02',
        '2023-Q3',
      ],
      ['Profit fell in the third quarter. Costs rose in the latest quarter.', '2023-11-02', '2023-Q3'],
      ['Profit fell in the first quarter. Costs rose in the latest quarter.', '2023-11-02', '2023-Q1'],
    ])('"the latest quarter" is one already over: %j (published %s) = %s', (text, ref, value) => {
      expect(find(text, ref)).toContainEqual(expect.objectContaining({ text: 'the latest quarter', value }));
    });

    it.each([
      // A half "of the year" is one expression; "the back half" is business slang for the second.
      [
        'Sales were weak in the first half of the year.',
        '2016-07-05',
        'the first half of the year',
        '2016-H1',
      ],
      [
        'Through the first half of the year, sales were up.',
        '2016-07-05',
        'the first half of the year',
        '2016-H1',
      ],
      [
        'Demand should recover in the back half of next year.',
        '2023-10-26',
        'the back half of next year',
        '2024-H2',
      ],
      ['It shrank in the final quarter of 2012.', '2013-06-03', 'the final quarter of 2012', '2012-Q4'],
      ['Net rose from the year-ago third quarter.', '2023-11-02', 'the year-ago third quarter', '2022-Q3'],
      [
        'Sales beat the year-earlier fourth quarter.',
        '2024-01-25',
        'the year-earlier fourth quarter',
        '2022-Q4',
      ],
      ['Profit in the 1988 second quarter was lower.', '1989-10-30', 'the 1988 second quarter', '1988-Q2'],
      [
        'It earned $3 million in the fiscal-first quarter.',
        '2023-11-02',
        'the fiscal-first quarter',
        '2023-Q1',
      ],
    ])('a quarter named with its year: %j (published %s) -> %j = %s', (text, ref, span, value) => {
      expect(find(text, ref)).toEqual([expect.objectContaining({ text: span, value })]);
    });

    it.each([
      ['The family last met last Christmas.', 'last Christmas', '2022-12-25'],
      ['The choir will sing next Easter.', 'next Easter', '2024-03-31'],
      ['The store opened on Christmas.', 'Christmas', '2023-12-25'],
      // A year named right after the holiday, in its noun phrase (not a comparison).
      ['A truck hit the Fourth of July parade last year.', 'Fourth of July', '2022-07-04'],
      // Or a year named outright, a few words on in its clause.
      ['Jurors saw a Christmas trip to Hawaii in 2012.', 'Christmas', '2012-12-25'],
      ['The crowd was the largest since the Fourth of July parade in 1976.', 'Fourth of July', '1976-07-04'],
      // (Not a record's year: the record is the day's.)
      ['The low broke the record for Christmas Day set in 1990.', 'Christmas Day', '2023-12-25'],
      // Before a year named earlier in the sentence; "last year" right after it is its own.
      [
        '"He went through 1982 and 1994, and we have fed the sheep every day since Easter last year."',
        'Easter last year',
        '2022-04-17',
      ],
      // The past of "forecast", when the timex says when it was made.
      ['Growth will be 1.5%, down from the 2% it forecast in March.', 'March', '2023-03'],
      ['The Weather Service has forecast snow by Thursday night.', 'Thursday night', '2023-10-19TNI'],
      // After a name or a body, "forecast" told with its day is the past.
      ['The company forecast on Monday that sales would rise.', 'Monday', '2023-10-16'],
      ['Veltrix forecast on Monday that sales would rise.', 'Monday', '2023-10-16'],
      // So is a company's figure set against analysts' estimates, then its day.
      [
        'Veltrix forecast fourth-quarter revenue above Wall Street estimates on Monday.',
        'Monday',
        '2023-10-16',
      ],
      ['Rain is forecast on Thursday.', 'Thursday', '2023-10-19'],
      // A year opening the sentence, relative too.
      ['Last year, a Christmas Eve blizzard closed the interstate.', 'Christmas Eve', '2022-12-24'],
      [
        'Shoppers spent more over Thanksgiving weekend than last year.',
        'Thanksgiving weekend',
        '2023-W47-WE',
      ],
      ['Hearings are set for the week of Nov. 6.', 'the week of Nov. 6', '2023-W45'],
      ['Talks ran through the week of March 4, 2019.', 'the week of March 4, 2019', '2019-W10'],
      ['Cases rose in the week to 3 April 2011.', 'the week to 3 April 2011', '2011-W13'],
      ['MPs vote in the week beginning 14 January 2019.', 'the week beginning 14 January 2019', '2019-W03'],
      ['It falls in the week starting Jan. 7, 2019.', 'the week starting Jan. 7, 2019', '2019-W02'],
      ['Sales in the week ended March 5, 2011, rose.', 'the week ended March 5, 2011', '2011-W09'],
      // The nth weekday of a month.
      ['Clocks change on the first Sunday of March 2024.', 'the first Sunday of March 2024', '2024-03-03'],
      ['It falls on the last Monday in May 2024.', 'the last Monday in May 2024', '2024-05-27'],
      [
        'The fair opens on the second Friday of December 2012.',
        'the second Friday of December 2012',
        '2012-12-14',
      ],
      // A weekend named by its dates is that week's weekend.
      ['There is no service on the weekend of Dec. 2-3.', 'the weekend of Dec. 2-3', '2023-W48-WE'],
      [
        'Works are planned for the weekend of 14 and 15 March 2025.',
        'the weekend of 14 and 15 March 2025',
        '2025-W11-WE',
      ],
    ])('holidays: %j -> %j = %s', (text, span, value) => {
      expect(find(text)).toContainEqual(expect.objectContaining({ text: span, value }));
    });

    it('reads "the week before", "the year after" as the story\'s previous or following period', () => {
      const out = (text: string) => find(text, '2017-02-28').map((t) => [t.text, t.value]);
      expect(out('Admissions reached 3,100 last week, up from 2,870 the week before.')).toEqual([
        ['last week', '2017-W08'],
        ['the week before', '2017-W07'],
      ]);
      expect(out('Sales fell in 2012, after rising the year before.')).toEqual([
        ['2012', '2012'],
        ['the year before', '2011'],
      ]);
      // "the week before Christmas" counts from what follows: the week before that day, not the story's.
      expect(out('The week before Christmas is busy.')).toEqual([['The week before Christmas', '2016-W51']]);
    });

    it('leaves a quarter that is a fraction alone ("a quarter point", "fell by a quarter")', () => {
      expect(find('The bank cut its rate by a quarter point.')).toEqual([]);
      expect(find('Up to a quarter inch of ice could coat roads.')).toEqual([]);
      expect(find('In August the peso fell by a quarter in a day.').map((t) => t.text)).toEqual([
        'August',
        'a day',
      ]);
      expect(find('Profit rose 5% in a quarter.').map((t) => t.value)).toEqual(['P1Q']);
    });

    it("leaves a match's half and a fall in prices alone", () => {
      expect(find('Kansas City equalized early in the second half.')).toEqual([]);
      expect(find('He ran the second half of the course in 59 minutes.').map((t) => t.text)).toEqual([
        '59 minutes',
      ]);
      expect(find('Inflation will rise as the fall in sterling feeds through.')).toEqual([]);
      expect(find('Profit should recover in the second half.').map((t) => t.value)).toEqual(['2023-H2']);
    });

    it('tags a season its weather or its story describes, the season word alone', () => {
      const tags = (text: string, ref: string) => find(text, ref).map((t) => [t.text, t.value]);
      expect(
        tags('"We had a wet winter followed by an exceptionally dry spring," she said.', '2025-05-29'),
      ).toEqual([
        ['winter', '2024-WI'],
        ['spring', '2025-SP'],
      ]);
      // In the season's last month, the one ending is summed up, not the next.
      expect(tags('It is likely to be the driest spring since 1976.', '2025-05-29')).toEqual([
        ['spring', '2025-SP'],
        ['1976', '1976'],
      ]);
      // So does one the story sums up, after its possessive too.
      expect(tags('Orders picked up after a slow summer.', '2025-10-02')).toEqual([['summer', '2025-SU']]);
      expect(tags('The region had its driest spring in a century.', '2025-10-02')).toEqual([
        ['spring', '2025-SP'],
        ['a century', 'P100Y'],
      ]);
      expect(tags('He took a summer job.', '2025-10-02')).toEqual([]);
      // (Not a record among seasons.)
      expect(tags('It was tied in 1961, the hottest summer of the 20th century.', '2015-07-01')).toEqual([
        ['1961', '1961'],
        ['the 20th century', '19'],
      ]);
    });

    it('reads "the decade" as the one in hand, or ten years up to a point', () => {
      const tags = (text: string, ref: string) => find(text, ref).map((t) => [t.text, t.value]);
      expect(
        tags('She qualified in 1951 and spent most of the decade working abroad.', '2014-10-24'),
      ).toEqual([
        ['1951', '1951'],
        ['the decade', '195'],
      ]);
      expect(tags('As the decade closes, four in five adults own one.', '2019-12-31')).toEqual([
        ['the decade', '201'],
      ]);
      expect(tags('The population grew by 6% in the decade to 2021.', '2022-06-28')).toEqual([
        ['the decade', 'P10Y'],
        ['2021', '2021'],
      ]);
      expect(tags('Sales rose over the past decade.', '2022-06-28')).toEqual([['the past decade', 'P10Y']]);
    });

    it('reads "the week to Friday" as seven days, "its gains for the week" as the week', () => {
      const tags = (text: string) => find(text, '2023-01-06').map((t) => [t.text, t.value]);
      expect(tags('Rates dropped 4% in the week to Friday.')).toEqual([
        ['the week', 'P1W'],
        ['Friday', '2023-01-06'],
      ]);
      expect(tags('The stock extended gains for the week to 4%.')).toEqual([['the week', '2023-W01']]);
    });

    it('tags the year of "the same period of 2015" alone', () => {
      expect(
        find('Investment grew 8.3 percent from the same period of 2015.', '2016-11-14').map((t) => [
          t.text,
          t.value,
        ]),
      ).toEqual([['2015', '2015']]);
    });

    it("leaves a basketball game's quarter alone, not a business one", () => {
      expect(find('Webb scored 31 points and pulled away in the third quarter.').map((t) => t.text)).toEqual(
        [],
      );
      expect(find('Boston hit 14 three-pointers and led after the first quarter.')).toEqual([]);
      expect(
        find('It hired bankers to assist it. It lost $175 million in the third quarter.').map((t) => t.text),
      ).toEqual(['the third quarter']);
    });

    it('leaves "quarterly" before a noun alone ("its quarterly dividend")', () => {
      expect(find('Du Pont raised its quarterly dividend.')).toEqual([]);
    });

    it('leaves "the back half of the bus" alone', () => {
      expect(find('He sat in the back half of the bus.')).toEqual([]);
    });

    it('tags a bare season coordinated with another: "the fall and winter"', () => {
      const out = find('In 1776 the army rested through the fall and winter. Then summer came.', null);
      expect(out.map((t) => [t.text, t.value])).toEqual([
        ['1776', '1776'],
        ['the fall', '1776-FA'],
        ['winter', '1776-WI'],
      ]);
    });

    it('sets mods from early/mid/late', () => {
      expect(find('It was built in the mid-1990s and expanded in early 2001.')).toEqual([
        expect.objectContaining({ text: 'the mid-1990s', value: '199', mod: 'MID' }),
        expect.objectContaining({ text: 'early 2001', value: '2001', mod: 'START' }),
      ]);
      expect(find('Late in 1944 the front moved; by the end of the year it had stalled.', null)).toEqual([
        expect.objectContaining({ text: 'Late in 1944', value: '1944', mod: 'END' }),
        expect.objectContaining({ text: 'the end of the year', value: '1944', mod: 'END' }),
      ]);
    });
  });

  describe('narrative anchoring', () => {
    it.each([
      ['The ceasefire began on March 3, 2021. The next day, fighting resumed.', 'The next day', '2021-03-04'],
      // "early" and "late" belong to the part of the day, as they do to a weekday's.
      [
        'Talks ended on May 4, 2021. Early the next morning, the deal was signed.',
        'Early the next morning',
        '2021-05-05TMO',
      ],
      ['The storm hit on March 3, 2021. Power failed late that night.', 'late that night', '2021-03-03TNI'],
      // (Not a doing kept to hours, early or late against them: the part of the day alone.)
      [
        'The storm hit on March 3, 2021. Shops closed early that afternoon.',
        'that afternoon',
        '2021-03-03TAF',
      ],
      // Counted from a day, weeks later is a day.
      ['Troops arrived on June 1, 1944. Two weeks later, the city fell.', 'Two weeks later', '1944-06-15'],
      ['The deal closed in May 2019. The following month, shares fell.', 'The following month', '2019-06'],
      ['He resigned on July 9, 2020. A day earlier, his deputy had quit.', 'A day earlier', '2020-07-08'],
      ['The mayor quit in April 2019. That same day, the council met.', 'same day', '2019-04-XX'],
      // A weekday in apposition is the day just named; the small hours after a night are the next day's.
      ['On March 13, 2015, a Friday, he closed the diner.', 'Friday', '2015-03-13'],
      ['On June 28, 1914, on a Sunday, the archduke arrived.', 'Sunday', '1914-06-28'],
      // ("It was a Sunday": the article is inside the span.)
      ['The couple arrived on June 28, 1914. It was a Sunday.', 'a Sunday', '1914-06-28'],
      // (So is one with its weather before it.)
      ['She left work on Nov. 20, 1970, a raw, sleeting Friday.', 'Friday', '1970-11-20'],
      ['The storm hit on April 14, 1935. It was a pretty Sunday.', 'Sunday', '1935-04-14'],
    ])('%j -> %j = %s, anchored on the earlier date', (text, span, value) => {
      const out = find(text);
      const t = out.find((x) => x.text === span);
      expect(t).toMatchObject({ value, anchor: { kind: 'timex', index: 0 } });
    });

    it.each([
      [
        'Forty years ago tonight, the lights went out. It stayed dark for 25 hours.\n\nFor Ernesto, the memory is vivid. "It was a Wednesday, hot, sticky," he said.',
        '2017-07-13',
        'a Wednesday',
        '1977-07-13',
      ],
      [
        'Seventy years ago today, an express hit a goods train. Thirty-one people were killed.\n\nSurvivors gather this afternoon. The crash happened on a Thursday.',
        '2023-01-15',
        'Thursday',
        '1953-01-15',
      ],
    ])(
      'reads "a" weekday told in the past as the day long past the story is at, sentences on: %j',
      (text, ref, span, value) => {
        expect(find(text, ref).find((x) => x.text === span)).toMatchObject({
          value,
          anchor: { kind: 'timex', index: 0 },
        });
      },
    );

    it.each([
      [
        'Albert Pennick was 19 when his landing craft reached Gold Beach on 6 June 1944. This morning, aged 99, he will lay a wreath at the memorial.\n\n"I still hear the engines," he told the Gazette last week.\n\nHe had spent two days aboard ship in the Channel. His craft reached the beach at about 7.40am.',
        '2024-06-06',
        '7.40am',
        '1944-06-06T07:40',
      ],
      [
        'Fifty years ago today, Neil Armstrong and Buzz Aldrin landed on the moon. Walter Kessler, who trained the crews, said last week that he would speak at a dinner in Houston.\n\nHe had worked on the lander since May 1961. He was 24. His wife drove him to work. The days were long. The nights were longer. "Nobody slept," he said.\n\nArmstrong stepped onto the surface at 10:56 p.m.',
        '2019-07-20',
        '10:56 p.m.',
        '1969-07-20T22:56',
      ],
    ])(
      'reads a clock time told in the past, no day near, as the day long past a story told on its anniversary is at: %j',
      (text, ref, span, value) => {
        expect(find(text, ref).find((x) => x.text === span)).toMatchObject({
          value,
          anchor: { kind: 'timex', index: 0 },
        });
      },
    );

    it("keeps a commemoration's hour on the anniversary the day of publication", () => {
      const out = find(
        'Ten years ago today, the earthquake struck at 4:53 p.m. and killed thousands.\n\nOn Sunday, families gathered in the square. Prayers were said for an hour. Singers came from the cathedral.\n\nThen the crowd fell silent at 4:53 p.m.',
        '2020-01-12',
      );
      expect(out.filter((x) => x.text === '4:53 p.m.').map((x) => x.value)).toEqual([
        '2010-01-12T16:53',
        '2020-01-12T16:53',
      ]);
    });

    it('keeps "a" weekday after a noun the day of that noun: "said in a statement Wednesday"', () => {
      const out = find(
        'Seventy years ago today, an express hit a goods train. The railway said in a statement Wednesday that it would pay for a plaque.',
        '2023-01-15',
      );
      expect(out.find((x) => x.text === 'Wednesday')).toMatchObject({ value: '2023-01-11' });
    });

    it('does not read a weekday after "a week before" a day as that day', () => {
      const out = find(
        "The recall was decided on Sept. 26, a week before Friday's announcement.",
        '2014-10-03',
      );
      expect(out.find((x) => x.text === 'Friday')).toMatchObject({ value: '2014-10-03' });
    });

    it('reads "next Wednesday" in apposition to a day as that day', () => {
      // The date beside it is its anchor. (Said on a Tuesday, "next Wednesday" alone is a week after
      // tomorrow too, counted from publication: tomorrow would be "tomorrow".)
      const out = find('Price figures are due on April 27, next Wednesday.', '2016-04-19');
      expect(out.find((x) => x.text === 'next Wednesday')).toMatchObject({
        value: '2016-04-27',
        anchor: { kind: 'timex', index: 0 },
      });
      expect(find('Price figures are due next Wednesday.', '2016-04-19')[0]).toMatchObject({
        value: '2016-04-27',
        anchor: { kind: 'dct' },
      });
    });

    it('puts a small hour after a night the text named on the next day', () => {
      const t = find('On March 13, 2015, he left at 9 p.m. Flames were seen at 2:40 a.m.').find(
        (x) => x.text === '2:40 a.m.',
      );
      expect(t).toMatchObject({ value: '2015-03-14T02:40', anchor: { kind: 'timex', index: 1 } });
    });

    it("keeps a small hour this morning's when the night before it is the publication night", () => {
      const t = find('We begin tonight in Missouri. Cars left the tracks at about 4 a.m.').find(
        (x) => x.text === '4 a.m.',
      );
      expect(t?.value).toBe('2023-10-17T04:00');
    });

    it('reads "a day earlier than planned" as a length: it compares with the plan', () => {
      const t = find('He resigned on July 9, 2020, a day earlier than planned.').find(
        (x) => x.text === 'a day',
      );
      expect(t).toMatchObject({ type: 'DURATION', value: 'P1D' });
    });

    it('takes "that same day" from the latest period named, not an older day', () => {
      const text = 'The plant opened on May 2, 2018. It was shut in June 2019. That same day, workers left.';
      expect(find(text)).toContainEqual(
        expect.objectContaining({
          text: 'same day',
          value: '2019-06-XX',
          anchor: { kind: 'timex', index: 1 },
        }),
      );
      expect(find('The plant was shut on June 4, 2019. That same day, workers left.')).toContainEqual(
        expect.objectContaining({ text: 'same day', value: '2019-06-04' }),
      );
    });

    it('resolves months and holidays of a narrative against the year it last named', () => {
      const out = find(
        'The war began in 1941. In March, the army advanced; by Christmas it had stalled.',
        null,
      );
      expect(out.map((t) => [t.text, t.value])).toEqual([
        ['1941', '1941'],
        ['March', '1941-03'],
        ['Christmas', '1941-12-25'],
      ]);
    });

    it('reads a holiday told in the past in an anniversary story as of the story, near its day', () => {
      const sank = 'The ferry sank in a gale on 3 January 1962, with the loss of 41 lives. ';
      const present =
        'Sixty years later, survivors gathered at the harbour on Sunday to remember them. "I still think of it," said one. ';
      const values = (text: string) =>
        Object.fromEntries(find(text, '2022-01-04').map((t) => [t.text, t.value]));
      // Named as a bound ("after Christmas"), it leaves the story at its day: "that night" is still 3 January.
      expect(
        values(
          sank +
            present +
            'The boat had been crowded with families going home after Christmas. Rescuers worked through that night.',
        ),
      ).toMatchObject({ 'that night': '1962-01-03TNI' });
      // Not in a sentence set in the present.
      expect(
        values(sank + present + "He marched in the town's Christmas parade earlier this month."),
      ).toMatchObject({
        Christmas: '2021-12-25',
      });
      // Nor once the story has come to the present ("Sixty years later ... on Sunday"): a holiday does
      // not take it back.
      expect(
        values(
          sank +
            present +
            'Many of them had spent Christmas with their grandchildren before making the trip.',
        ),
      ).toMatchObject({ Christmas: '2021-12-25' });
      expect(
        values(
          sank +
            present +
            "The town's mayor laid a wreath. She took office on New Year's Day after a close election.",
        ),
      ).toMatchObject({ "New Year's Day": '2022-01-01' });
    });

    it('reads "that" or "the following" before a holiday from the date the text last named', () => {
      const out = (text: string, ref = '2022-10-22') => find(text, ref).map((t) => [t.text, t.value]);
      expect(
        out('The union last struck in 2009, and a deal came only shortly before that Christmas.'),
      ).toContainEqual(['that Christmas', '2009-12-25']);
      expect(
        out('The play opens on 4 March 1962. Its last scene is set the following Christmas.'),
      ).toContainEqual(['the following Christmas', '1962-12-25']);
      // After a year alone, "the following" one is of that year.
      expect(
        out(
          'The mill closed in 1962. The following Christmas, few families in the valley could afford presents.',
        ),
      ).toContainEqual(['The following Christmas', '1962-12-25']);
      // A relative "that", an adverb before its verb, is left out of the span.
      expect(out('The town now relies on the trade that Christmas always brings.')).toContainEqual([
        'Christmas',
        '2022-12-25',
      ]);
      // A "that" opening a clause is no determiner: the holiday is publication's.
      expect(out('Retailers warned that Christmas would be quiet.')).toContainEqual([
        'Christmas',
        '2022-12-25',
      ]);
      expect(
        out('Staff said bookings were full, and that Easter dates were unaffected.', '2023-10-17'),
      ).toContainEqual(['Easter', '2023-04-09']);
    });

    it('takes the first day of a range from the month that follows', () => {
      expect(find('Fighting raged on 12-14 July 1950.').map((t) => [t.text, t.value])).toEqual([
        ['12', '1950-07-12'],
        ['14 July 1950', '1950-07-14'],
      ]);
    });

    it('compares "a year earlier" with the quarter being reported', () => {
      const out = find('Profit rose in the third quarter to $5 million, from $4 million a year earlier.');
      expect(out.map((t) => [t.text, t.value])).toEqual([
        ['the third quarter', '2023-Q3'],
        ['a year earlier', '2022-Q3'],
      ]);
    });

    it('reads "later in the day" as the day last named', () => {
      expect(find('Talks opened on Oct. 3, 2023. Later in the day, they stalled.')[1]).toMatchObject({
        text: 'the day',
        value: '2023-10-03',
        anchor: { kind: 'timex', index: 0 },
      });
    });

    it('counts "the previous Friday" from the day last named', () => {
      const out = find(
        'The strike began on Monday, Oct. 9, 2023, after talks broke down the previous Friday.',
      );
      expect(out[1]).toMatchObject({
        text: 'the previous Friday',
        value: '2023-10-06',
        anchor: { kind: 'timex', index: 0 },
      });
    });

    it.each([
      [
        'The coronation was on Tuesday 2 June 1953. The street party was held on the Saturday after, because of the rain.',
        'the Saturday after',
        '1953-06-06',
      ],
      [
        'The market crashed on Monday, Oct. 19, 1987. It did not feel unusual the Friday before.',
        'the Friday before',
        '1987-10-16',
      ],
    ])(
      'counts a weekday with a stranded "after" or "before" from the day last named: %j',
      (text, span, value) => {
        expect(find(text)).toContainEqual(
          expect.objectContaining({ text: span, value, anchor: { kind: 'timex', index: 0 } }),
        );
      },
    );

    it('falls back to the publication date without an earlier date', () => {
      expect(find('The next day, talks resumed.')).toContainEqual(
        expect.objectContaining({ text: 'The next day', value: '2023-10-18', anchor: { kind: 'dct' } }),
      );
    });
  });

  describe('with an unknown publication date', () => {
    it.each([
      ['Talks resumed on Oct. 18, 2023.', 'Oct. 18, 2023', '2023-10-18'],
      ['He arrived on Tuesday.', 'Tuesday', 'XXXX-WXX-2'],
      ['They met last week.', 'last week', 'XXXX-WXX'],
      ['Exports fell last month.', 'last month', 'XXXX-XX'],
    ])('%j -> %j = %s', (text, span, value) => {
      const t = find(text, null).find((x) => x.text === span);
      expect(t?.value).toBe(value);
      if (value.startsWith('XXXX')) expect(t?.explanation).toMatch(/publication date is unknown/);
    });
  });
});

describe('tagTimexes properties', () => {
  const check = (text: string, known: boolean) => {
    const out = tagTimexes(text, { reference: known ? reference : null });
    let last = 0;
    for (const t of out) {
      expect(t.start).toBeGreaterThanOrEqual(last);
      expect(t.end).toBeGreaterThan(t.start);
      expect(t.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.explanation.length).toBeGreaterThan(0);
      last = t.end;
    }
  };

  it('never throws; spans are inside the text, match it, sorted and non-overlapping', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.boolean(), check), {
      numRuns: 300,
    });
  });

  it('holds on text built from temporal words, where spans compete', () => {
    const words = fc.constantFrom(
      'Tuesday',
      'last',
      'week',
      'the',
      'next',
      'day',
      'March',
      '3,',
      '2021',
      'early',
      'two',
      'years',
      'ago',
      'a',
      'year',
      'earlier',
      'third',
      'quarter',
      'third-quarter',
      'morning',
      '9:30',
      'a.m.',
      'every',
      'since',
      'mid-',
      '1990s',
      'now',
      'May',
      'fiscal',
      'nearly',
      'and',
      'half',
      ',',
      '.',
      '\n',
      '\uD800',
      '😀',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), fc.boolean(), (ws, known) =>
        check(ws.join(' '), known),
      ),
      { numRuns: 500 },
    );
  });

  it('handles a 5 MB single line', () => {
    const line =
      'On Tuesday, for 12 months since March 3, 2021, the 1990s ended again; now it is 9:30 a.m. '.repeat(
        60_000,
      );
    const out = tagTimexes(line, { reference });
    expect(out.length).toBe(6 * 60_000);
    expect(out.every((t, i) => i === 0 || t.start >= out[i - 1]!.end)).toBe(true);
  }, 60_000);

  it('survives markup, emoji and lone surrogates', () => {
    const text = '<p>On <b>Tuesday</b> 😀 \uD83D the 1990s \uDC00 ended.</p>'.repeat(50);
    check(text, true);
    expect(tagTimexes(text, { reference }).length).toBeGreaterThan(0);
  });
});

describe('dateOfWords(text, reference)', () => {
  const reference = '2023-10-17'; // a Tuesday: the article's publication date
  it.each([
    ['17 October 2023', '2023-10-17'],
    ['Oct. 17, 2023', '2023-10-17'],
    ['October 17, 2023.', '2023-10-17'],
    [' October 2023 ', '2023-10'],
    ['last Friday', '2023-10-13'],
    ['next week', '2023-W43'],
    ['2023-10-17', '2023-10-17'],
  ])('%j = %s', (text, value) => {
    expect(dateOfWords(text, reference)).toBe(value);
  });
  it.each(['the mill closed', '17 October and 18 October', 'for three years', 'every Friday', ''])(
    '%j is not one date',
    (text) => {
      expect(dateOfWords(text, reference)).toBeNull();
    },
  );
  // The tagger reads such a slip in an article as its month; a reader correcting a date means a day.
  it.each(['30 February 2023', 'February 30, 2023', '2023-02-30', '2023-02-29', '31/04/2023', '2023-04-31'])(
    '%j names a day its month does not have',
    (text) => {
      expect(dateOfWords(text, reference)).toBeNull();
    },
  );
  it.each([
    ['29 February 2024', '2024-02-29'],
    ['Feb 2023', '2023-02'],
    ['mid-March 2023', '2023-03'],
  ])('%j = %s, its day or month kept', (text, value) => {
    expect(dateOfWords(text, reference)).toBe(value);
  });
});
