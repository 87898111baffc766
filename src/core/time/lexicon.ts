/**
 * Word lists for the temporal tagger (data, not logic). Keys are lower case. The grammar builds its
 * regular expressions from these lists, so adding a word here extends the grammar.
 */

/** Month names and their usual abbreviations (without the dot) to month numbers. */
export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/**
 * Month words that are also ordinary English words ("may" the modal, "march" the walk, "jan" a
 * name...). They count as months only with a day, a year or a temporal preposition/modifier.
 */
export const AMBIGUOUS_MONTHS = new Set([
  'may',
  'march',
  'mar',
  'jan',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
  'feb',
  'apr',
]);

/** Weekdays, ISO numbered (Monday = 1). */
export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  weds: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

/** Cardinal number words. */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  another: 1,
  'half a': 0.5,
  'half an': 0.5,
  'a quarter of a': 0.25,
  'a quarter of an': 0.25,
  'quarter of a': 0.25,
  'quarter of an': 0.25,
  'three quarters of a': 0.75,
  'three quarters of an': 0.75,
  // "a half hour", "its first half hour", "a quarter hour".
  half: 0.5,
  'a half': 0.5,
  quarter: 0.25,
  'a quarter': 0.25,
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  couple: 2,
  'a couple of': 2,
  'couple of': 2,
  'a dozen': 12,
};

/** Ordinals as used with quarters, halves, centuries and days. */
export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

/** The words that count a day within an event: "the third day of the strike", "the final day" of a
 * Test or a tournament. (Not "the first day", "the last day", nor "the opening day": mostly a day
 * of the calendar, "the first day of school", "of Eid", "the last day for students", or of
 * something new, "Today feels like the first day of a new lease", which our news annotators leave,
 * 29 of 45, 19 of 22 and 15 of 17.) */
/** (Up to the seventh: past a week, "the ninth day of national strikes since January", the days
 * counted are mostly days apart, not one event's run, and our annotators leave them.) */
export const EVENT_DAY_ORDINALS = [
  ...Object.keys(ORDINALS).filter((w) => /^[a-z]+$/.test(w) && ORDINALS[w]! > 1 && ORDINALS[w]! <= 7),
  'final',
];

/** Calendar units: the ISO-8601 duration letter, whether it is a time (PT...) unit, and a multiplier. */
export const UNITS: Record<string, { letter: string; time?: boolean; times?: number }> = {
  second: { letter: 'S', time: true },
  minute: { letter: 'M', time: true },
  hour: { letter: 'H', time: true },
  day: { letter: 'D' },
  night: { letter: 'D' },
  week: { letter: 'W' },
  fortnight: { letter: 'W', times: 2 },
  weekend: { letter: 'WE' },
  month: { letter: 'M' },
  quarter: { letter: 'Q' },
  year: { letter: 'Y' },
  decade: { letter: 'Y', times: 10 },
  century: { letter: 'Y', times: 100 },
  centurie: { letter: 'Y', times: 100 },
};

/** Seasons to TimeML season codes. */
export const SEASONS: Record<string, string> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};

/** Parts of the day to TimeML codes. */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
  midday: 'MI',
  daytime: 'DT',
  lunchtime: 'MI',
  teatime: 'AF',
};

/** Words before a period or point that set TimeML's mod. */
export const MODS: Record<string, string> = {
  early: 'START',
  beginning: 'START',
  start: 'START',
  dawn: 'START',
  mid: 'MID',
  middle: 'MID',
  late: 'END',
  end: 'END',
  close: 'END',
  about: 'APPROX',
  around: 'APPROX',
  // Short of the length: "nearly five hours" (TIDES; our news annotators 426 of 426).
  nearly: 'LESS_THAN',
  almost: 'LESS_THAN',
  roughly: 'APPROX',
  approximately: 'APPROX',
  some: 'APPROX',
  'more than': 'MORE_THAN',
  over: 'MORE_THAN',
  'well over': 'MORE_THAN',
  'less than': 'LESS_THAN',
  'fewer than': 'LESS_THAN',
  under: 'LESS_THAN',
  'up to': 'EQUAL_OR_LESS',
  'no more than': 'EQUAL_OR_LESS',
  'at most': 'EQUAL_OR_LESS',
  'at least': 'EQUAL_OR_MORE',
};

/** Single words and phrases with a fixed, non-calendar TimeML value. */
export const VAGUE_REFS: Record<string, string> = {
  now: 'PRESENT_REF',
  currently: 'PRESENT_REF',
  current: 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  presently: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  'the present': 'PRESENT_REF',
  'the present day': 'PRESENT_REF',
  'at the moment': 'PRESENT_REF',
  'right now': 'PRESENT_REF',
  recently: 'PAST_REF',
  'more recently': 'PAST_REF',
  'the past': 'PAST_REF',
  // "In those days a chess player in Ohio was rare": the past at large, as "these days" is the
  // present (after "in" only: see the vague rule).
  'those days': 'PAST_REF',
  formerly: 'PAST_REF',
  lately: 'PAST_REF',
  'the past few years': 'PAST_REF',
  'a generation ago': 'PAST_REF',
  // "That was a long time ago": the past at large (our news annotators 7 of 9).
  'a long time ago': 'PAST_REF',
  // So is a short one: "told reporters a short time ago" (2 of 2).
  'a short time ago': 'PAST_REF',
  'a short while ago': 'PAST_REF',
  // ("the recent past", "the near future" and their degrees: the grammar's rule nearPastOrFuture.)
  'the future': 'FUTURE_REF',
  'the near term': 'FUTURE_REF',
  'the short term': 'FUTURE_REF',
  'as soon as possible': 'FUTURE_REF',
  soon: 'FUTURE_REF',
};

/** Adverbs and phrases that denote a recurring time (TimeML SET). */
/** "every day" and "each day" for each unit of a table. */
function everyAndEach(units: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [unit, value] of Object.entries(units)) out[`every ${unit}`] = out[`each ${unit}`] = value;
  return out;
}

export const SET_WORDS: Record<string, string> = {
  hourly: 'PT1H',
  'half-hourly': 'PT30M',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  annually: 'P1Y',
  yearly: 'P1Y',
  biweekly: 'P2W',
  fortnightly: 'P2W',
  biannually: 'P6M',
  'semi-annually': 'P6M',
  semiannually: 'P6M',
  quarterly: 'P3M',
  ...everyAndEach({
    day: 'P1D',
    week: 'P1W',
    month: 'P1M',
    year: 'P1Y',
    // As "quarterly": three months (our annotators write P3M 25 times to P1Q's 4).
    quarter: 'P3M',
    decade: 'P10Y',
    century: 'P100Y',
    weekend: 'XXXX-WXX-WE',
    fortnight: 'P2W',
    spring: 'XXXX-SP',
    summer: 'XXXX-SU',
    autumn: 'XXXX-FA',
    fall: 'XXXX-FA',
    winter: 'XXXX-WI',
    // Parts of every day: "every evening" is the evening of any day.
    morning: 'XXXX-XX-XXTMO',
    afternoon: 'XXXX-XX-XXTAF',
    evening: 'XXXX-XX-XXTEV',
    night: 'XXXX-XX-XXTNI',
  }),
  'every single day': 'P1D',
  'every single week': 'P1W',
  'every single month': 'P1M',
  'every single year': 'P1Y',
  'every single night': 'XXXX-XX-XXTNI',
  // "every working day", "every clear night", "each working morning": each day or part of a day of
  // a kind, the same set as without the adjective (our news annotators 5 of 5: "every working day",
  // "every working morning", "every clear evening", "every clear night" twice; only these pairs).
  ...everyAndEach({
    'working day': 'P1D',
    'working morning': 'XXXX-XX-XXTMO',
    'clear evening': 'XXXX-XX-XXTEV',
    'clear night': 'XXXX-XX-XXTNI',
  }),
  'every weekday': 'XXXX-WXX-WD',
  'per year': 'P1Y',
  'per day': 'P1D',
  'per month': 'P1M',
  'per week': 'P1W',
  'per hour': 'PT1H',
  'every hour': 'PT1H',
  'every half hour': 'PT30M',
  'every half-hour': 'PT30M',
  'every quarter of an hour': 'PT15M',
  'every quarter-hour': 'PT15M',
  'every quarter hour': 'PT15M',
  'every fall': 'XXXX-FA',
  'every other day': 'P2D',
  'every other week': 'P2W',
  'every other year': 'P2Y',
  'every two years': 'P2Y',
  'every four years': 'P4Y',
  // "prices climbed week after week", "paying more year after year": one after another, each of
  // them (our news annotators 8 of 9).
  'day after day': 'P1D',
  'week after week': 'P1W',
  'month after month': 'P1M',
  'year after year': 'P1Y',
  'night after night': 'XXXX-XX-XXTNI',
  // "waits are coming down month by month", "reviewing the calendar day by day": so is one period
  // by the next (our news annotators 3 of 4). ("minute by minute", "hour by hour" are the grain of
  // an account, "reconstructs the morning almost minute by minute": 0 of 5, left out.)
  'day by day': 'P1D',
  'week by week': 'P1W',
  'month by month': 'P1M',
  'year by year': 'P1Y',
};

/**
 * How a holiday falls in a year: a fixed day; the nth weekday of a month (weekday 1 = Monday, n = -1
 * for the last); days from Easter Sunday (the Western or the Orthodox one); days from another
 * holiday; or a rule of its own.
 */
export type HolidayRule =
  /** `first`: the year of the day a holiday remembers ("VE Day", 8 May 1945). */
  | { fixed: [month: number, day: number]; first?: number }
  /**
   * `until`: the year the rule took effect and the day the holiday kept before it (the US moved
   * Memorial Day, Columbus Day and Washington's Birthday to Mondays from 1971; Thanksgiving was the
   * last Thursday of November until 1939).
   */
  | { nth: [month: number, weekday: number, n: number]; until?: [year: number, rule: HolidayRule] }
  | { easter: number; orthodox?: true }
  | { after: [holiday: string, days: number] }
  /** The last weekday `wd` (1 = Monday) on or before a day of the year: [month, day, wd]. */
  | { onOrBefore: [month: number, day: number, weekday: number] }
  | { usElection: true }
  /** A day of another calendar, read with the platform's Intl calendars: [calendar, month, day]. */
  | { lunar: [calendar: string, month: string, day: number]; shift?: number }
  /**
   * A day looked up by year, for a calendar no platform computes: year -> [month, day]. `timing`:
   * the name is a time only where it times something ("before Diwali", "celebrated Diwali"); as a
   * subject, a modifier or in a definition it names the festival ("Diwali, the festival of lights,
   * falls on Thursday", "the biggest Diwali celebration").
   */
  | { listed: Readonly<Record<number, readonly [month: number, day: number]>>; timing?: true };

/**
 * Diwali's main day (Lakshmi Puja, as India's central government lists its holiday) by year: the new
 * moon of the Hindu month Kartika, which follows sunrise and moonrise in India, not any calendar
 * Intl reads. Years outside the table have no day: a Diwali of such a year, or any bare or
 * last/next Diwali published in one, is left untagged.
 */
const DIWALI_DAYS: Readonly<Record<number, readonly [number, number]>> = {
  2000: [10, 26],
  2001: [11, 14],
  2002: [11, 4],
  2003: [10, 25],
  2004: [11, 12],
  2005: [11, 1],
  2006: [10, 21],
  2007: [11, 9],
  2008: [10, 28],
  2009: [10, 17],
  2010: [11, 5],
  2011: [10, 26],
  2012: [11, 13],
  2013: [11, 3],
  2014: [10, 23],
  2015: [11, 11],
  2016: [10, 30],
  2017: [10, 19],
  2018: [11, 7],
  2019: [10, 27],
  2020: [11, 14],
  2021: [11, 4],
  2022: [10, 24],
  2023: [11, 12],
  2024: [10, 31],
  2025: [10, 20],
  2026: [11, 8],
  2027: [10, 29],
  2028: [10, 17],
  2029: [11, 5],
  2030: [10, 26],
};

/** Holidays by lower-case name, with an ASCII apostrophe. US dates where countries differ. */
export const HOLIDAYS: Record<string, HolidayRule> = {
  christmas: { fixed: [12, 25] },
  'christmas day': { fixed: [12, 25] },
  'christmas eve': { fixed: [12, 24] },
  'boxing day': { fixed: [12, 26] },
  "new year's day": { fixed: [1, 1] },
  "new year's eve": { fixed: [12, 31] },
  // "on New Year's", "a New Year's party": the day.
  "new year's": { fixed: [1, 1] },
  // "at New Year", "over Christmas and New Year": capitalised and bare, the day ("the new year" is
  // the year, see the grammar's newYear).
  'new year': { fixed: [1, 1] },
  halloween: { fixed: [10, 31] },
  "valentine's day": { fixed: [2, 14] },
  "april fools' day": { fixed: [4, 1] },
  "april fool's day": { fixed: [4, 1] },
  "st. patrick's day": { fixed: [3, 17] },
  // The patron saints' days of Wales, England and Scotland.
  "st. david's day": { fixed: [3, 1] },
  "st. george's day": { fixed: [4, 23] },
  "st. andrew's day": { fixed: [11, 30] },
  'may day': { fixed: [5, 1] },
  'independence day': { fixed: [7, 4] },
  'fourth of july': { fixed: [7, 4] },
  'july fourth': { fixed: [7, 4] },
  'bastille day': { fixed: [7, 14] },
  'veterans day': { fixed: [11, 11] },
  'armistice day': { fixed: [11, 11] },
  'remembrance day': { fixed: [11, 11] },
  'martin luther king day': { nth: [1, 1, 3] },
  'martin luther king jr. day': { nth: [1, 1, 3] },
  'mlk day': { nth: [1, 1, 3] },
  "presidents' day": { nth: [2, 1, 3] },
  "washington's birthday": { nth: [2, 1, 3], until: [1971, { fixed: [2, 22] }] },
  // Massachusetts and Maine (the Boston Marathon's day): the third Monday of April.
  "patriots' day": { nth: [4, 1, 3] },
  "mother's day": { nth: [5, 7, 2] },
  'memorial day': { nth: [5, 1, -1], until: [1971, { fixed: [5, 30] }] },
  "father's day": { nth: [6, 7, 3] },
  'labor day': { nth: [9, 1, 1] },
  thanksgiving: { nth: [11, 4, 4], until: [1939, { nth: [11, 4, -1] }] },
  'thanksgiving day': { nth: [11, 4, 4], until: [1939, { nth: [11, 4, -1] }] },
  'black friday': { after: ['thanksgiving', 1] },
  'small business saturday': { after: ['thanksgiving', 2] },
  'cyber monday': { after: ['thanksgiving', 4] },
  'giving tuesday': { after: ['thanksgiving', 5] },
  // US primaries in many states: the first Tuesday of March in the elections since 2012.
  'super tuesday': { nth: [3, 2, 1] },
  'remembrance sunday': { nth: [11, 7, 2] },
  // Advent begins on the fourth Sunday before Christmas: the Sunday from 27 November to 3 December.
  'advent sunday': { onOrBefore: [12, 3, 7] },
  'first sunday of advent': { onOrBefore: [12, 3, 7] },
  // The UK's bank holidays named by season (England and Wales): the first and last Mondays of May,
  // the last Monday of August.
  'early may bank holiday': { nth: [5, 1, 1] },
  'may day bank holiday': { nth: [5, 1, 1] },
  'late may bank holiday': { nth: [5, 1, -1] },
  'spring bank holiday': { nth: [5, 1, -1] },
  'august bank holiday': { nth: [8, 1, -1] },
  'summer bank holiday': { nth: [8, 1, -1] },
  juneteenth: { fixed: [6, 19] },
  'columbus day': { nth: [10, 1, 2], until: [1971, { fixed: [10, 12] }] },
  // Canada's Thanksgiving, a Monday: the second of October (the US one is a Thursday in November).
  'thanksgiving monday': { nth: [10, 1, 2] },
  // Canada's Victoria Day: the Monday before 25 May.
  'victoria day': { onOrBefore: [5, 24, 1] },
  "indigenous peoples' day": { nth: [10, 1, 2] },
  'earth day': { fixed: [4, 22] },
  've day': { fixed: [5, 8], first: 1945 },
  'vj day': { fixed: [8, 15], first: 1945 },
  // (Written with a hyphen too, "V-E Day", as American papers do.)
  'v-e day': { fixed: [5, 8], first: 1945 },
  'v-j day': { fixed: [8, 15], first: 1945 },
  hogmanay: { fixed: [12, 31] },
  'burns night': { fixed: [1, 25] },
  'guy fawkes night': { fixed: [11, 5] },
  'election day': { usElection: true },
  'shrove tuesday': { easter: -47 },
  'fat tuesday': { easter: -47 },
  'ash wednesday': { easter: -46 },
  'maundy thursday': { easter: -3 },
  'ascension day': { easter: 39 },
  pentecost: { easter: 49 },
  'whit sunday': { easter: 49 },
  whitsun: { easter: 49 },
  whitsunday: { easter: 49 },
  'whit monday': { easter: 50 },
  'palm sunday': { easter: -7 },
  // The UK's Mother's Day: the fourth Sunday of Lent.
  'mothering sunday': { easter: -21 },
  'good friday': { easter: -2 },
  // ("Easter Saturday": the day before Easter Sunday, as Britain and Australia use it.)
  'easter saturday': { easter: -1 },
  easter: { easter: 0 },
  'easter sunday': { easter: 0 },
  'easter monday': { easter: 1 },
  // The Orthodox churches keep the Julian reckoning: their Easter and Christmas fall later.
  'orthodox easter': { easter: 0, orthodox: true },
  'orthodox christmas': { fixed: [1, 7] },
  'australia day': { fixed: [1, 26] },
  'waitangi day': { fixed: [2, 6] },
  'groundhog day': { fixed: [2, 2] },
  'anzac day': { fixed: [4, 25] },
  'canada day': { fixed: [7, 1] },
  'bonfire night': { fixed: [11, 5] },
  'leap day': { fixed: [2, 29] },
  // Lunisolar and lunar holidays (Diwali and other Hindu festivals need a calendar Intl lacks, so
  // Diwali's days are listed by year; Ramadan, a month, is no day: our news annotators leave it untagged 9 times of 10).
  'lunar new year': { lunar: ['chinese', '1', 1] },
  'chinese new year': { lunar: ['chinese', '1', 1] },
  "lunar new year's eve": { lunar: ['chinese', '1', 1], shift: -1 },
  "chinese new year's eve": { lunar: ['chinese', '1', 1], shift: -1 },
  'mid-autumn festival': { lunar: ['chinese', '8', 15] },
  chuseok: { lunar: ['dangi', '8', 15] },
  'eid al-fitr': { lunar: ['islamic-umalqura', '10', 1] },
  'eid al-adha': { lunar: ['islamic-umalqura', '12', 10] },
  'rosh hashanah': { lunar: ['hebrew', 'Tishri', 1] },
  'yom kippur': { lunar: ['hebrew', 'Tishri', 10] },
  hanukkah: { lunar: ['hebrew', 'Kislev', 25] },
  passover: { lunar: ['hebrew', 'Nisan', 15] },
  // (News names Diwali as a festival as often as a day: our news annotators tag it after a word that
  // times something, "before", "during", "celebrated", 7 of 10, and leave it as a subject, a
  // modifier or in a definition, 15 of 15.)
  diwali: { listed: DIWALI_DAYS, timing: true },
  deepavali: { listed: DIWALI_DAYS, timing: true },
};

/** The news present of scheduled events: "Putin arrives in China on Tuesday", "It premieres on 11
 * May". */
export const SCHEDULE_PRESENT: ReadonlySet<string> = new Set([
  'begins',
  'starts',
  'opens',
  'arrives',
  'meets',
  'visits',
  'leaves',
  'travels',
  'hosts',
  'heads',
  'returns',
  'resumes',
  'reopens',
  'restarts',
  'departs',
  'ends',
  'expires',
  'closes',
  'convenes',
  'takes',
  'goes',
  'faces',
  'plays',
  'holds',
  // "It premieres on 11 May", "The deadline day falls on 1 September".
  'premieres',
  'falls',
  // "The series debuts on Friday", "the season kicks off in August". (Not "comes": "The loss comes
  // three months after the election" frames the news of now.)
  'debuts',
  'airs',
  'launches',
  'kicks',
  'concludes',
  'finishes',
  'lapses',
]);

/** Words that put the clause around a timex in the future. */
export const FUTURE_CUES = new Set([
  'will',
  // "Southern Europe is bracing for another surge of heat this weekend".
  'bracing',
  'braces',
  "won't",
  "'ll",
  'shall',
  'would',
  'going',
  'plans',
  'plan',
  'planned',
  'planning',
  'expect',
  'forecast',
  'forecasts',
  // "The Met Office is forecasting sunshine on Friday".
  'forecasting',
  'predicting',
  'predicts',
  'expecting',
  'expected',
  'expects',
  'scheduled',
  'due',
  'upcoming',
  'intends',
  'hopes',
  'aims',
  'should',
  // "said I probably wouldn't be in on Monday".
  "shouldn't",
  "wouldn't",
  'until',
  'till',
  'ahead',
  'wo',
  'next',
  'coming',
  'tomorrow',
  'soon',
  'forthcoming',
  // The news present of scheduled events: "Putin arrives in China on Tuesday".
  ...SCHEDULE_PRESENT,
]);

/** Words that mark the future when "to" follows ("set to resume", "is to meet"). */
export const TO_FUTURE = new Set([
  'set',
  // "prepared to begin a fast on Tuesday".
  'prepared',
  'preparing',
  'prepares',
  'is',
  'are',
  'due',
  'expected',
  // What is foretold is still to come: "with the river predicted to peak on Thursday morning".
  'predicted',
  'scheduled',
  'planned',
  'plans',
  'plan',
  'going',
  'supposed',
  'likely',
  'unlikely',
  'poised',
  'ready',
  'slated',
  'about',
  'hopes',
  'wants',
  'intends',
  // "ministers hope to pass the bill before the end of May".
  'hope',
  'want',
  'intend',
  'aim',
  'aims',
  'seek',
  'seeks',
  'agreed',
  'promised',
  'vowed',
  'pledged',
  'threatened',
  'decided',
  // What is offered is still to do: "offered to meet with her transition team Tuesday".
  // (Not "offers", more often the noun: "extended their offers to acquire the company Friday".)
  'offered',
  // Past hopes and aims still look ahead: "hoped to announce a date soon".
  'hoped',
  'wanted',
  'intended',
  'aimed',
  'sought',
  // "whether to enter the draft in April": a choice still ahead.
  'whether',
  // Directives look ahead of the telling: "told to prepare for January", "urged to vote on Sunday".
  'told',
  'urged',
  'asked',
  'ordered',
  'advised',
  'instructed',
  // The noun of "agreed to": "an agreement to acquire".
  'agreement',
  // What one has to or needs to do is still to do: "we have to go out there Tuesday".
  'have',
  'has',
  'need',
  'needs',
]);

/** Bare present verbs of scheduled events ("the two leaders meet Monday"): future unless an auxiliary precedes. */
export const BARE_SCHEDULED = new Set([
  'meet',
  // "Students return to classrooms on Tuesday".
  'return',
  'begin',
  'start',
  'open',
  'arrive',
  'visit',
  'travel',
  'host',
  'resume',
  'end',
  'reopen',
  // "several contracts expire at the end of June".
  'expire',
  // "The ECB and the Bank of England announce their decisions on Thursday".
  'announce',
  'release',
  'publish',
  'restart',
  'depart',
  'convene',
  'vote',
  'go',
  'hold',
  'face',
  'play',
]);

/** Words before a bare verb that take its tense away ("did not meet", "refused to meet", "could meet"). */
export const BEFORE_BARE_NOT_FUTURE = new Set([
  'did',
  "didn't",
  'not',
  "n't",
  'to',
  'could',
  'might',
  'may',
  'must',
  'can',
  'cannot',
  'should',
  'never',
  'let',
  'help',
  'make',
  'made',
  // ("kept rates on hold on Thursday", "the project was put on hold": after "on", a noun.)
  'on',
]);

/** Nouns "planning" modifies, as the name of the land-use system, not a plan: "planning permission". */
export const PLANNING_AS_NOUN = new Set([
  'permission',
  'consent',
  'application',
  'applications',
  'approval',
  'committee',
  'officer',
  'officers',
  'inquiry',
  'appeal',
  'authority',
  'department',
  'board',
  'rules',
  'laws',
  'system',
  'policy',
  'guidance',
]);

/** After "was"/"were" right of a timex, these still point forward ("on Saturday and were planning to"). */
export const PLAN_AFTER_BE = new Set([
  'planning',
  'expected',
  'scheduled',
  'due',
  'going',
  'slated',
  'poised',
  // "Sunday is likely to be the busiest day". (After "was" or "were", tense.ts's likelihoodAfterBe
  // reads "likely", by the word after it: "were likely 818,000 smaller" looks back.)
  'likely',
  // "Another report Friday is projected to show", "Saturday is forecast to be the wettest day".
  'projected',
  'forecast',
  'predicted',
]);

/** The modal verbs: "would open", "may close", "Congress will". */
export const MODALS: readonly string[] = [
  'will',
  'would',
  'could',
  'might',
  'may',
  'can',
  'should',
  'must',
  'shall',
];

/** Past verbs whose object is often a day still ahead ("called a strike on Dec. 26", "named
 * 6 February as the next date", "moved the vote to"): their date is not the day they happened. */
export const DAY_SETTING_PAST = new Set([
  'scheduled',
  'planned',
  'arranged',
  'set',
  'fixed',
  'booked',
  'called',
  'named',
  'announced',
  'confirmed',
  'reserved',
  'postponed',
  'delayed',
  'cancelled',
  'canceled',
  'scrapped',
  'suspended',
  'moved',
  'rescheduled',
  'adjourned',
  'pushed',
  'brought',
  'put',
  'proposed',
  'chose',
  'picked',
  'approved',
  'voted',
  'agreed',
  'extended',
  'slated',
  'pencilled',
  'penciled',
  'earmarked',
  'targeted',
  'ordered',
  'promised',
  'pledged',
  'threatened',
  'warned',
  'vowed',
]);

/** Future auxiliaries, the only future cues that count after a timex. */
export const MODAL_FUTURE = new Set(['will', "'ll", 'shall', 'would']);

/** Words that put the clause around a timex in the past (irregular past tenses; "-ed" words count too). */
export const PAST_CUES = new Set([
  // Short or irregular pasts no other form shares ("the union sued on Tuesday", "the film
  // drew a standing ovation").
  'sued',
  'axed',
  'owed',
  'drew',
  'dug',
  'grew',
  'blew',
  'froze',
  'hid',
  'dealt',
  'leapt',
  'sprang',
  'swam',
  'wept',
  'shrank',
  'sped',
  'stung',
  'swung',
  'clung',
  'crept',
  'knelt',
  'upheld',
  'oversaw',
  'forbade',
  'forgave',
  'mistook',
  'underwent',
  'withheld',
  'arose',
  'awoke',
  'strode',
  'was',
  'were',
  'had',
  'did',
  'said',
  'met',
  'told',
  'began',
  'came',
  'went',
  'took',
  'made',
  'gave',
  'held',
  'saw',
  'left',
  'won',
  'lost',
  'fell',
  'rose',
  'spoke',
  'wrote',
  'sent',
  'paid',
  'sold',
  'bought',
  'brought',
  'thought',
  'found',
  'got',
  'ran',
  'shot',
  'hit',
  'led',
  'fled',
  'struck',
  'stood',
  'became',
  'flew',
  'drove',
  'broke',
  'chose',
  'knew',
  'spent',
  'built',
  'felt',
  'kept',
  'meant',
  'ago',
  'earlier',
  'yesterday',
  'ended',
  'arrived',
  'been',
  'quit',
  'beat',
  'cut',
  'hurt',
  'shut',
  'let',
  'overtook',
  'swept',
  'slid',
  'sank',
  'sought',
  'taught',
  'caught',
  'fought',
  'forgot',
  'heard',
  'hung',
  'lay',
  'lit',
  'rode',
  'rang',
  'shook',
  'sang',
  'sat',
  'slept',
  'spun',
  'stole',
  'stuck',
  'swore',
  'tore',
  'threw',
  'understood',
  'woke',
  'wore',
  'withdrew',
  'undertook',
  'agreed',
  'signed',
  'announced',
  'reported',
  'killed',
  'died',
]);

/**
 * Participles that, right before a bare plural noun, describe it: "forecasts scattered thunderstorms",
 * "gusts along exposed coasts", "isolated showers". (Before an object they are verbs: "scattered the
 * crowd", "exposed them".)
 */
export const ADJECTIVE_PARTICIPLES: ReadonlySet<string> = new Set(['scattered', 'isolated', 'exposed']);

/**
 * Words ending in "-s" that are no plural noun: pronouns, verbs and adverbs ("his", "was",
 * "perhaps", "across"). Read where a plural noun decides the reading ("maps that fall", "Sessions
 * last an hour", "scattered thunderstorms").
 */
export const NOT_PLURAL_S_WORDS = [
  'his',
  'hers',
  'ours',
  'yours',
  'theirs',
  'its',
  'was',
  'is',
  'has',
  'does',
  'this',
  'us',
  'as',
  'thus',
  'whereas',
  'perhaps',
  'always',
  'sometimes',
  'towards',
  'afterwards',
  'besides',
  'across',
  'plus',
  'less',
  'unless',
  'yes',
];

/** Plurals of times and counts of time ("hours", "weekends", "times"): a noun in "-s" that is no thing
 * or people named. */
export const TIME_PLURALS = ['times', 'hours', 'days', 'nights', 'weekends', 'weeks', 'months', 'years'];

/** Words ending in "-ed" that are not past-tense cues. */
export const NOT_PAST_ED = new Set([
  'need',
  'speed',
  'seed',
  'feed',
  'bed',
  'red',
  'shed',
  'led',
  'hundred',
  'proceed',
  'indeed',
  'succeed',
  'exceed',
  'expected',
  'scheduled',
  'planned',
  'united',
  'based',
  'related',
  'proposed',
  'supposed',
  'limited',
  'advanced',
  'detailed',
  'armed',
  // Adjectives in "un-...-ed": "a still unspecified date in January" says nothing about tense.
  'unspecified',
  'undisclosed',
  'unidentified',
  'unnamed',
  'unexpected',
  'unprecedented',
  'unrelated',
  'unlimited',
  'unscheduled',
  'undated',
  'undecided',
  'unresolved',
  'unconfirmed',
]);

/** Nouns after which "current" is not a time ("current account", "current president"). */
export const NOT_TIME_AFTER_CURRENT = new Set(
  (
    'account accounts affairs events event assets liabilities president chairman members member contract price ' +
    'prices law laws leader leaders head director level levels rate rates market markets crisis system regime ' +
    'government administration flow flows'
  ).split(' '),
);

/** Units after a four-digit number that make it a quantity, not a year ("1,500-ton", "2000 megawatts"). */
export const MEASURE_AFTER_NUMBER =
  /^\s*-?(?:year|yard|ton|meter|metre|foot|feet|mile|pound|page|word|seat|member|megawatt)/i;

/**
 * Money and head counts after a four-digit number make it an amount, not a year ("approved 1100
 * dollars", "a crowd of 2000 people"), unless a word that takes a year comes first ("In 2021 people
 * drove down to the beach", "in 1998 dollars"): see YEAR_BEFORE_COUNT.
 */
export const COUNT_AFTER_NUMBER =
  /^\s+(?:dollars|euros|pounds|yen|yuan|francs|rupees|roubles|rubles|pesos|shekels|dinars|dirhams|riyals|people|persons|troops|soldiers|police|officers|firefighters|protesters|demonstrators|civilians|prisoners|delegates|participants|tickets|signatures|staff|degrees|amendments|calls|complaints|arrests|applications|entries|athletes|runners|competitors|guests|attendees|customers|subscribers|users|workers|employees|jobs|residents|households|homes|houses|families|children|students|pupils|patients|refugees|migrants|passengers|visitors|fans|spectators|votes|voters|cases|deaths|casualties|copies|vehicles|cars|barrels|tonnes|kilograms|kilometres|kilometers|km|kg|acres|hectares|calories|shares|points)\b/i;

/**
 * A word that makes the four-digit number after it a name, not a year: "Route 2010", "Flight 1549",
 * "Room 2012", "mile marker 1999".
 */
export const DESIGNATOR_BEFORE_NUMBER =
  /\b(?:route|flight|highway|interstate|room|platform|gate|bus|train|suite|lot|exit|terminal|channel|track|pier|unit|apartment|apt\.|marker|model|ward|precinct|section|chapter|rule|form|item|page|number|bay|berth|hangar)\s+$/i;

/** The name of a stock index numbered with four digits, before its number: "the Russell 2000", "the
 * Russell 1000 Value index", "the Wilshire 5000" (not any capitalised word: "the Reporters Without
 * Borders 2023 index" names a year). */
export const NUMBERED_INDEX_BEFORE = /\b(?:Russell|Wilshire)\s+$/;

/** A union's branch, capitalised, before its number: "Amalgamated Transit Union Local 1409". (Lower
 * case "local" is an adjective: "the local 2019 elections".) */
export const UNION_LOCAL_BEFORE_NUMBER = /\bLocal\s+$/;

/** Nouns after "one-day" that make it a format of a sport, not a length: cricket's "one-day
 * internationals", "a one-day series", cycling's "the longest one-day race". */
export const ONE_DAY_FORMAT =
  /^\s+(?:series|internationals?|match(?:es)?|games?|cricket|cups?|sides?|squads?|formats?|teams?|leagues?|fixtures?|specialists?|captains?|races?|classics?|tournaments?|competitions?)\b/i;

/** A word before a four-digit number that makes it a year even before a count ("in", "since"). */
export const YEAR_BEFORE_COUNT =
  /\b(?:in|since|by|until|till|before|after|during|from|through|of\s+constant|constant)\s+$/i;

/** What precedes "a year", "a week" when it is a price or rate ("$5 a year", "700 seats a week"). */
export const AMOUNT_BEFORE_RATE =
  /(?:\d|%|percent|cents?|share|billion|million|seats|units|people|barrels)\s*$/i;

/** English month names by month number (index 0 is empty), for explanations and generated text. */
export const MONTH_NAMES: readonly string[] = [
  '',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** English weekday names by ISO weekday number (1 Monday ... 7 Sunday; index 0 is empty). */
export const WEEKDAY_NAMES: readonly string[] = [
  '',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

/** The words that name a day from the speaker's own now: "today", "last night", "this evening"
 * (written with single spaces). */
export const DEICTIC_DAYS: readonly string[] = [
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'last night',
  'this morning',
  'this afternoon',
  'this evening',
];

/** Month abbreviations written with a dot ("Oct. 18"); "may", "june", "july" are never abbreviated. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Time-zone abbreviations written after a clock time ("9 a.m. EST", "0200 GMT"), as a pattern. */
export const TIME_ZONES =
  '[ECMP][SD]T|GMT|UTC|BST|CES?T|EES?T|[ECMP]T|AE[SD]T|AC[SD]T|AWST|NZ[SD]T|JST|KST|HKT|SGT|SAST|IST|MSK|AK[SD]T|HST|[AN][SD]T';

/** The verbs of a saying that a day follows ("said Friday", "told reporters on Friday", "a report
 * released today"), as a pattern. */
export const SAYING_VERB = '(?:said|says|announced|told\\s+\\w+|released|published)';

/**
 * Verbs of moving an event to another time, as a pattern: "moved the procession from 2pm", "has been
 * brought forward to 8 a.m.", "her pickup had changed from 7:20".
 */
export const MOVING_VERB = String.raw`\b(?:moved|moves|moving|shifted|changed|switched|rescheduled|brought\s+forward|pushed\s+back|put\s+back)\b`;

/** A quarter a sentence names: "in the fourth quarter", "third-quarter profit", "during the
 * quarter", "in the holiday quarter", "the first three months"; its ordinal, when it has one, in
 * the group `ord`. */
export const QUARTER_IN_SENTENCE =
  /\b(?:(?:(?<ord>first|second|third|fourth)|final|last|latest|the|this|holiday|March|June|September|December)[\s-]+quarter|(?:first|last)\s+three\s+months)\b/i;
/** Every quarter a sentence names (see QUARTER_IN_SENTENCE). */
export const QUARTER_IN_SENTENCE_ALL = new RegExp(QUARTER_IN_SENTENCE.source, 'gi');
/** A half year a sentence reports: "the first half", "the first six months", "the six months to 30
 * June" (a day before the month or not), "H1". */
export const HALF_IN_SENTENCE =
  /\b(?:(?:first|second)\s+half|(?:first|last)\s+six\s+months|six\s+months\s+(?:to|through|ended|ending)\s+(?:\d{1,2}\s+)?(?:June|Dec)|H[12])\b/i;

/** Counts in words, for patterns' sources: one to nine, ten to nineteen, the tens. */
export const SMALL = 'one|two|three|four|five|six|seven|eight|nine';
export const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
export const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** A count in words from one to ninety-nine ("seven", "fifteen", "forty-two"), for a pattern's source. */
export const WORD_COUNT = `(?:${TENS})(?:[\\s-](?:${SMALL}))?|${TEENS}|${SMALL}`;
/** A day of a match or a meeting named by its count, in words or figures: "on day three" of a Test,
 * "day 6 of the trial". ("day one" is the idiom "from day one", the start of anything.) */
export const EVENT_DAY_COUNTS = [
  ...SMALL.split('|').filter((w) => w !== 'one'),
  ...Array.from({ length: 18 }, (_, i) => String(i + 2)),
];

/** Words in -est of six letters or more that are no superlative ("interest", "protest", "modest",
 * "northwest"), or one of order in time or place, not of rank ("latest", "earliest", "nearest"). */
export const NOT_SUPERLATIVE_EST = [
  'interest',
  'harvest',
  'forest',
  'protest',
  'contest',
  'request',
  'conquest',
  'inquest',
  'bequest',
  'behest',
  'arrest',
  'honest',
  'modest',
  'earnest',
  'tempest',
  'manifest',
  'digest',
  'suggest',
  'invest',
  'divest',
  'infest',
  'ingest',
  'attest',
  'detest',
  'retest',
  'pretest',
  'molest',
  'unrest',
  'priest',
  'northwest',
  'southwest',
  'midwest',
  'everest',
  'budapest',
  'bucharest',
  'latest',
  'earliest',
  'nearest',
];
/**
 * A superlative word, as a pattern's source (lower case; for patterns with or without the i flag):
 * "hottest", "busiest", "best", "worst", "most violent", "least likely". Shorter -est words ("rest",
 * "west", "guest", "chest") are none; nor are NOT_SUPERLATIVE_EST's.
 */
export const SUPERLATIVE = `(?:best|worst|(?!(?:${NOT_SUPERLATIVE_EST.join('|')})\\b)[a-z]{3,}est|(?:most|least)\\s+[a-z]+)`;
