/**
 * Stage 1 of the tagger: candidate finding with a news-domain grammar. Each rule is one regular
 * expression run once over the whole text (no per-sentence rescans); a match becomes a Candidate
 * that knows how to resolve itself later, once the tense of its clause and the narrative anchor
 * are known. Rules are built from the word lists in lexicon.ts.
 */
import {
  AMBIGUOUS_MONTHS,
  AMOUNT_BEFORE_RATE,
  COUNT_AFTER_NUMBER,
  DESIGNATOR_BEFORE_NUMBER,
  MEASURE_AFTER_NUMBER,
  ONE_DAY_FORMAT,
  UNION_LOCAL_BEFORE_NUMBER,
  NUMBERED_INDEX_BEFORE,
  YEAR_BEFORE_COUNT,
  NOT_TIME_AFTER_CURRENT,
  HOLIDAYS,
  MODS,
  MONTHS,
  NUMBER_WORDS,
  ORDINALS,
  PARTS_OF_DAY,
  SEASONS,
  SET_WORDS,
  UNITS,
  VAGUE_REFS,
  WEEKDAYS,
  MONTH_ABBREVIATIONS,
  TIME_ZONES,
  NOT_PLURAL_S_WORDS,
  TIME_PLURALS,
  MODALS,
  QUARTER_IN_SENTENCE,
  QUARTER_IN_SENTENCE_ALL,
  HALF_IN_SENTENCE,
  SMALL,
  TEENS,
  TENS,
  WORD_COUNT,
  PAST_CUES,
  SUPERLATIVE,
  EVENT_DAY_ORDINALS,
  EVENT_DAY_COUNTS,
} from './lexicon';
import { indexAtOrAfter, KeywordIndex } from './keywords';
import { isValidDay } from './calendar';
import {
  DETERMINERS,
  isPastParticiple,
  lastSentence,
  opensSentence,
  REPORTING_VERB,
  sentenceAround,
  sentencesBetween,
} from './tense';

/** What a candidate means, before it is resolved against a reference date. */
export type Meaning =
  | {
      k: 'date';
      y?: number;
      m?: number;
      d?: number;
      wd?: number;
      rel?: string;
      yrel?: number;
      pod?: string;
      weekOf?: boolean; // "the week of March 6": the ISO week holding that day
      weekend?: boolean; // with weekOf, "the weekend of Dec. 2-3": that week's weekend
      weekendOf?: number; // "the first weekend of February": its nth weekend (-1: the last)
      nthWeekday?: { n: number; wd: number }; // "the first Sunday of March" (n -1: the last)
      thatYear?: boolean; // "May that year"
      thatMonth?: boolean; // "that July": the month in the year the story is at
      dayFirst?: boolean; // "03/04/2024": read day first (or not) for want of a number above 12
    }
  | {
      k: 'time';
      h: number;
      min: number;
      dayWord?: string;
      wd?: number;
      thatDay?: boolean; // "at 2 p.m. that Sunday": the weekday of the story's week
      nextDay?: boolean; // "7 p.m. next Tuesday": the first Tuesday after publication
      mo?: number;
      dd?: number;
      yy?: number;
      stamp?: boolean; // a live blog's time stamp: the time of posting
    }
  | { k: 'yearOf'; duration: boolean } // "the year", "the fiscal year ended June 30"
  | { k: 'yearEnd' }
  | { k: 'newYear' } // "in the new year"
  | { k: 'midweek' } // "until midweek"
  | { k: 'eventDay' } // "the third day of the strike", "on day three": a day counted within an event
  | { k: 'length'; value: string; why?: string } // "four years and six months" = P4Y6M
  | { k: 'dayOfMonth'; d: number; pod?: string; wd?: number } // "on the 5th": a day of the month in hand (wd: "Friday the 5th")
  | { k: 'bc'; y: number; m?: number; season?: string } // y counts back: 480 is 480 BC
  | { k: 'weekday'; wd: number; rel?: string; pod?: string }
  | { k: 'deictic'; offset: number; pod?: string; overnight?: boolean } // today, yesterday, tonight, overnight
  | {
      k: 'period';
      unit: string;
      rel: string;
      season?: string;
      the?: boolean; // "the next year"
      yearBack?: boolean; // "the same month last year"
      nthWeekday?: { n: number; wd: number }; // "the last Saturday of the month", "the first Monday of next month"
    } // this week, last spring, the same month
  | {
      k: 'quarter';
      q: number;
      half?: boolean;
      y?: number;
      rel?: string;
      yearBack?: boolean;
      elided?: number;
    } // yearBack: "the year-ago third quarter"; elided: "the second" after "the first quarter" (1)
  | { k: 'lastQuarter'; shiftYears: number; y?: number; latest?: boolean; period?: boolean } // "the quarter", "the year-ago quarter", "the 1988 period"
  | { k: 'year'; y: number; fiscal?: boolean; short?: boolean } // short: "'98", its century a guess
  | { k: 'decade'; dec: string }
  | { k: 'century'; c: number; bc?: boolean; elided?: string } // (elided: the ordinal of the century named before, "the 19th" after "the 18th century")
  | {
      k: 'season';
      season: string;
      y?: number;
      rel?: string;
      described?: boolean; // "the driest spring"
      back?: number; // "two summers ago" is 2
      thatYear?: boolean; // "the autumn of that year"
      subject?: boolean; // "Winter is the hard part": any year's
    }
  | {
      k: 'offset';
      n: number | null;
      unit: string;
      dir: -1 | 1;
      narrative: boolean;
      fromToday?: boolean;
      grain?: 'day' | 'night' | 'week' | 'month'; // "fifty years ago this week": that week, years back
    } // two years ago / later / from today
  | { k: 'yearAgo' } // "year-earlier", "year-ago"
  | { k: 'duration'; n: number | null; unit: string; why?: string } // why: the explanation's reason, if not the usual
  | { k: 'ref'; value: string }
  | { k: 'set'; value: string; quant?: string; freq?: string }
  | {
      k: 'holiday';
      name: string;
      y?: number;
      rel?: 'last' | 'next' | 'that' | 'following' | 'previous'; // the last three: of the story told
      yrel?: number; // "Christmas Day last year" (-1), "Easter next year" (+1): of that year from now
      week?: boolean; // "Easter week"
      weekend?: boolean; // "the Easter weekend"
      pod?: string; // "Thanksgiving night"
      /** "the Sunday after Thanksgiving" (+7), "the Friday before Easter" (-5): that weekday next to it. */
      wdNext?: number;
    };

export type Candidate = { start: number; end: number; rule: string; meaning: Meaning; mod?: string };

const alt = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
/** The ordinals in words ("first", "twentieth"), longest first, as a pattern's source. */
const ORDINAL_WORD = alt(Object.keys(ORDINALS));

/** A century named by its ordinal ("the 19th century", "the twentieth-century"), its ordinal in group 1
 * (whole: not "first" of "twenty-first"). */
const ELIDED_CENTURY_BEFORE = new RegExp(
  `(?<![\\w-])(${ORDINAL_WORD}|\\d{1,2}(?:st|nd|rd|th))[\\s-]+century\\b`,
  'gi',
);

/** The preposition before an elided century ("in the 20th", "most of the 19th"): a phrase of time,
 * not a day ("until the 20th") nor the object of a verb ("bogeyed the 18th"). */
const CENTURY_PREP_BEFORE = /\b(?:in|of|into|through|throughout|during|across|over|within)\s+$/i;
/** The prepositions before a day of the month ("on the 18th", "until the 20th", "instead of the 9th"). */
const DAY_PREPS = String.raw`on|by|until|till|since|from|for|before|after|instead\s+of`;
/** The prepositions before a day of the month alone ("on the 20th", "from the 18th to the 20th"). */
const DAY_PREP_BEFORE = new RegExp(String.raw`\b(?:${DAY_PREPS}|to)\s+$`, 'i');
/** Before a day of the month standing alone: a preposition, a part of the day's "of", or a weekday and a comma. */
const DAY_OF_MONTH_BEFORE = new RegExp(
  String.raw`(?:\b(?:${DAY_PREPS}|(?:morning|afternoon|evening|night)\s+of)\s+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)$`,
  'i',
);

const MONTH = `(?:${alt(Object.keys(MONTHS))})\\b\\.?`;
const WEEKDAY = `(?:${alt(Object.keys(WEEKDAYS).filter((w) => w.length > 3))})`;
/** "Bank Holiday Monday", "Super Bowl Sunday": the day's occasion, written before it, is part of its name. */
const DAY_OCCASION = '(?:(?:bank\\s+holiday|Super\\s+Bowl)\\s+)?';
/** "O'Clock" in title case: in running text, a title's word ("Twelve O'Clock High"), no hour. */
const TITLE_OCLOCK = /O['’]Clock/;
/** After an o'clock, the part of the day it is in: " Saturday afternoon", " on the afternoon of". */
const POD_AFTER_OCLOCK = new RegExp(
  `^\\s+(?:on\\s+)?(?:the\\s+)?(?:${WEEKDAY}\\s+)?(afternoon|evening|night)\\b`,
  'i',
);
const NUM_CORE =
  `half\\s+an?|(?:a|three)[\\s-]+quarters?\\s+of\\s+an?|(?:a\\s+)?(?:half|quarter)(?=[\\s-]+hours?\\b)|quarter\\s+of\\s+an?|another|` +
  `\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+\\d\\/\\d)?|` +
  `${WORD_COUNT}|` +
  `a\\s+few|a\\s+couple\\s+of|couple\\s+of|a\\s+dozen|dozens\\s+of|hundreds\\s+of|thousands\\s+of|several|few|some|many|coming|recent|an?`;
// ("a hundred and thirty years ago", "two hundred and fifty-five days": the count after "hundred".)
const HUNDREDS_TAIL = `(?:\\s+and\\s+(?:${WORD_COUNT}))`;
// ("a thousand years", "two thousand years": a count of years, not the year 2000.)
const NUM = `(?:${NUM_CORE})(?:\\s+(?:hundred|thousand)${HUNDREDS_TAIL}?)?(?:\\s+and\\s+a\\s+half|-and-a-half(?=-))?`;
const UNIT =
  '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|weekends?|months?|quarters?|years?|decades?|century|centuries)(?![a-z])';
/**
 * Words that tell how a stretch of time went, after a count of two or more ("three difficult years",
 * "two bad weeks", "five dry days", "three very difficult years"; not "a good day", "a tough month",
 * which our news golds leave). ("Three clear days", full days, counts with "whole" and "full"; "a
 * clear day", "two very clear nights" are the weather.)
 */
const HARD_TIMES =
  '(?:(?:very|really)\\s+)?(?:difficult|hard|tough|painful|lean|busy|hectic|turbulent|miserable|bad|good|brutal|grim|gruelling|grueling|rough|dry|wet|dark|challenging|happy|wonderful|great|brilliant|tense|anxious|eventful|quiet|frantic)';
/** Words of a year of accounts: "financial", "fiscal", "budget". */
const ACCOUNTS = '(?:financial|fiscal|budget)';
/** "the next two financial years", "two budget years", "the past five fiscal years": years of
 * accounts counted, a length as plain years are (our news annotators 3 of 3). Plural only: "the
 * 2012 financial year" is that year (ACCOUNTS_YEAR). */
const ACCOUNTS_UNITS = `${ACCOUNTS}(?=\\s+(?:years|quarters)\\b)`;
const QUANT_MOD = `(?:${alt(Object.keys(MODS).filter((k) => MODS[k] !== 'START' && MODS[k] !== 'MID' && MODS[k] !== 'END'))})`;
const EDGE_MOD =
  // ("end-March", "end-2024": the wire's shorthand, hyphenated only.)
  '(?:(?:early|late)\\s+in|early|mid|late|(?:end|start)(?=-)|the\\s+(?:end|beginning|start|middle|close)\\s+of|(?:at|by)\\s+the\\s+end\\s+of|' +
  // "the final weeks of 2024", "the first days of the year": the edge of the period.
  'the\\s+(?:final|last|closing|dying|first|opening)\\s+(?:few\\s+)?(?:days|weeks|months)\\s+of)';
/** "the 2012 financial year", "the 2016 budget year": a year of accounts, named by its number. */
const ACCOUNTS_YEAR = `${ACCOUNTS}\\s+year\\b`;
const PERIOD_UNIT =
  '(?:week|weekend|fortnight|month|year|quarter|decade|century|spring|summer|fall|autumn|winter|half|season)';

/** Keywords of the unit lists above: each word of either list holds one. */
const PERIOD_KEYS = PERIOD_UNIT.slice(3, -1).split('|');
const UNIT_KEYS = [
  'second',
  'minute',
  'hour',
  'day',
  'night',
  'week',
  'fortnight',
  'month',
  'quarter',
  'year',
  'decade',
  'centur',
];
const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const SPOKEN_YEAR =
  `(?:eighteen|nineteen|twenty)[\\s-]+(?:(?:${TENS})(?:[\\s-](?:${SMALL}))?|${TEENS}|hundred|oh[\\s-](?:${SMALL}))|` +
  `two\\s+thousand(?:\\s+and)?(?:[\\s-](?:${TEENS}|${SMALL}))?\\b`;

/**
 * The year a spoken form names.
 *
 * @example parseSpokenYear('nineteen ninety-six') // 1996
 */
export function parseSpokenYear(s: string): number | null {
  const words = s
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== 'and' && w !== 'oh');
  if (words[0] === 'two' && words[1] === 'thousand') {
    return 2000 + words.slice(2).reduce((a, w) => a + (NUMBER_WORDS[w] ?? 0), 0);
  }
  const century = NUMBER_WORDS[words[0] ?? ''];
  if (century === undefined) return null;
  if (words[1] === 'hundred') return century * 100;
  return century * 100 + words.slice(1).reduce((a, w) => a + (NUMBER_WORDS[w] ?? 0), 0);
}

/**
 * The number a NUM match stands for; null for vague quantities ("several").
 *
 * @example parseNumber('two and a half') // 2.5
 */
export function parseNumber(s: string): number | null {
  // ("a two-and-a-half-hour meeting": the hyphenated count is the spaced one.)
  let t = s
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/-and-a-half$/, ' and a half')
    // ("three-quarters of an hour": the hyphenated fraction is the spaced one.)
    .replace(/^three-quarters\b/, 'three quarters')
    .trim();
  let half = 0;
  if (t.endsWith(' and a half')) {
    half = 0.5;
    t = t.slice(0, -11);
  }
  let scale = 1;
  let plus = 0;
  // ("the next hundred years": a bare hundred or thousand is one of them.)
  const hundreds = /(?:^| )(hundred|thousand)(?:(?: and)? (.+))?$/.exec(t);
  if (hundreds) {
    scale = hundreds[1] === 'thousand' ? 1000 : 100;
    if (hundreds[2] !== undefined) {
      const tail = parseNumber(hundreds[2]);
      if (tail === null) return null;
      plus = tail;
    }
    t = t.slice(0, hundreds.index);
  }
  let n: number | null;
  const frac = /^(\d+) (\d)\/(\d)$/.exec(t);
  if (t === '' && hundreds) n = 1;
  else if (t in NUMBER_WORDS) n = NUMBER_WORDS[t]!;
  else if (frac) n = +frac[1]! + +frac[2]! / +frac[3]!;
  else if (/^[\d,.]+$/.test(t)) n = Number(t.replace(/,/g, ''));
  else {
    const parts = t.split(/[\s-]+/);
    if (parts.every((p) => p in NUMBER_WORDS)) n = parts.reduce((a, p) => a + NUMBER_WORDS[p]!, 0);
    else n = null;
  }
  if (n === null || !Number.isFinite(n)) return null;
  return n * scale + plus + half;
}

const unitKey = (u: string) => {
  const k = u.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  return k in UNITS ? k : 'year';
};

const modOf = (w: string | undefined): string | undefined => {
  if (!w) return undefined;
  const k = w
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(?:at|by) (?!least$|most$)/, '')
    .replace(/^the /, '')
    .replace(/ (?:of|in)$/, '')
    .replace(/^(?:final|last|closing|dying) (?:few )?(?:days|weeks|months)$/, 'end')
    .replace(/^(?:first|opening) (?:few )?(?:days|weeks|months)$/, 'start');
  return MODS[k];
};

/** Quantity words kept outside the span (the mod still records them): "for over a year", "roughly
 * two weeks", "in under two hours", "around 40 minutes" (our news annotators 78 of 89, 46 of 53 and
 * 9 of 9 out; TBAQ and WikiWars have no "around" before a length). "about" and "almost" belong to
 * the expression, as TimeML writes "about three years" (TBAQ writes both; our news annotators
 * split). */
const OUTSIDE_MODS = /^(?:over|well\s+over|some|roughly|under|around)$/i;

/** A calendar day and the comma of an apposition after it ("on 29 March, ", "Nov. 5, just "). */
const DAY_THEN_COMMA = new RegExp(
  `(?:\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s+\\d{4})?|\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s+\\d{4})?),\\s*(?:just\\s+|only\\s+)?$`,
  'i',
);

/** Quantity words that bound a length on one side, not approximate it ("more than", "under"). */
const BOUND_MODS = /^(?:(?:more|less|fewer)\s+than|(?:well\s+)?over|under)$/i;

/**
 * "over" before a length is "more than" where the words before it measure or bound a length ("for
 * over a year", "took over two hours", "in just over a minute", "the lowest in over a decade"), and
 * "across" elsewhere ("rose 19% over two years", "spread over three years", "talks over two
 * days"): our news annotators write no mod for the second kind (several hundred) and MORE_THAN for
 * the first. Words that "in" is a particle of ("phased in over five years") make it "across".
 */
const OVER_AS_MORE_BEFORE =
  /(?:\b(?:just|little|bit|only|for|of|than|after|within|took|take|takes|taking|lasted|lasts|lasting|last|spent|spend|spends|spending|waited|wait|waits|waiting)|(?<!\b(?:phased?|phasing|poured|pour|pours|settled?|settles|moved?|came|comes?|drove|rolled|brought|ushered|locked|set|sets|sworn)\s+)\bin)\s+$/i;
/**
 * A bound on a length counted back or ahead bounds the day it reaches: "more than a year ago" is
 * before the day a year back (BEFORE, as TIDES and our news annotators write it), "less than an
 * hour later" before the hour after, "at least a week ago" on or before.
 */
const offsetMod = (mod: string | undefined, dir: -1 | 1): string | undefined => {
  const back = dir < 0;
  switch (mod) {
    case 'MORE_THAN':
      return back ? 'BEFORE' : 'AFTER';
    case 'LESS_THAN':
      return back ? 'AFTER' : 'BEFORE';
    case 'EQUAL_OR_MORE':
      return back ? 'ON_OR_BEFORE' : 'ON_OR_AFTER';
    case 'EQUAL_OR_LESS':
      return back ? 'ON_OR_AFTER' : 'ON_OR_BEFORE';
    default:
      return mod;
  }
};
/** A verb whose particle is "over", not a quantity: "who took over 18 months ago". */
const OVER_PARTICLE_BEFORE = /\b(?:took|take|takes|taken|taking|handed|hand|hands|handing)\s+$/i;

type Rule = {
  name: string;
  /**
   * Lower-case substrings of which one occurs in every match, at most REACH characters after the
   * match starts. The scan skips text with none near (see findCandidates).
   */
  keys?: string[];
  re: RegExp;
  build: (m: RegExpExecArray, text: string) => Candidate | null;
};

const g = (m: RegExpExecArray, name: string) => m.groups?.[name];

/** The value of a month or a day of it in every year: "each July" XXXX-07, "every Feb 15" XXXX-02-15. */
const everyYear = (mo: number, dd?: number) =>
  `XXXX-${String(mo).padStart(2, '0')}${dd === undefined ? '' : `-${String(dd).padStart(2, '0')}`}`;

/** A candidate spanning the whole match, for rules whose meaning the match alone fixes. */
const whole = (m: RegExpExecArray, rule: string, meaning: Meaning, mod?: string): Candidate => ({
  start: m.index,
  end: m.index + m[0].length,
  rule,
  mod,
  meaning,
});

/**
 * A candidate (whole's or monthCandidate's) given another rule, meaning or start, built whole with
 * its fields in the same order. (Not `{ ...c, rule }`: that copies c's hidden class and writes the
 * field a second time, and V8, seeing a field of every such candidate written again late in a first
 * run, throws away the code compiled to read them, findCandidates' among it.)
 */
const remade = (c: Candidate, rule: string, meaning: Meaning = c.meaning, start = c.start): Candidate => ({
  start,
  end: c.end,
  rule,
  mod: c.mod,
  meaning,
});

/** "later in the week", "earlier in the month": the words that place a time in the period are part
 * of its span, as our annotators tag them (23 of 28 on our news set). (Not "later in the day",
 * whose annotators split; TBAQ tags "the day" alone.) */
const withEarlierOrLater = (text: string, c: Candidate): Candidate => {
  const lead = /\b(?:earlier|later)\s+in\s+$/i.exec(text.slice(Math.max(0, c.start - 16), c.start));
  return lead ? remade(c, c.rule, c.meaning, c.start - lead[0].length) : c;
};

/** "a quarter century", "the past half-century": so many years; "a half-century ago", "a quarter
 * century later": that many years back or on. (Not with "the": "the past half-century ago" is no
 * phrase of news.) */
const yearsOrOffset = (m: RegExpExecArray, rule: string, n: number): Candidate | null => {
  const tail = g(m, 'tail')?.toLowerCase();
  if (!tail) return whole(m, rule, { k: 'duration', n, unit: 'year' });
  if (/^the\b/i.test(m[0])) return null;
  return whole(m, rule, {
    k: 'offset',
    n,
    unit: 'year',
    dir: tail === 'later' ? 1 : -1,
    narrative: tail !== 'ago',
  });
};

/** The year of "'98", "’04": of this century up to '29, of the last one from '30. */
const shortYear = (yy: number) => (yy <= 29 ? 2000 + yy : 1900 + yy);

/** A part of the day in hand ("in the morning", "late afternoon"): MO, AF, EV, NI, MI. */
const partOfDayIn = (pod: string): Meaning => ({ k: 'period', unit: `day:${pod}`, rel: 'same' });
/** A period's unit from "day" or a part of the day's word ("morning", "night"): 'day', 'day:MO', 'day:NI'. */
const dayUnit = (word: string): string => (word === 'day' ? 'day' : `day:${PARTS_OF_DAY[word]}`);

/** True when the text around [start,end) is written in capitals (headlines, datelines). */
const isShouting = (s: string) => s === s.toUpperCase();

/** Months that are also given names or surnames ("May" is read with the ambiguous months). */
const NAME_MONTHS = new Set(['april', 'june', 'august', 'july']);
/** Weekdays, months and words of time, which may stand next to a month in a date. */
const TIME_WORDS = `${WEEKDAY}|${alt(Object.keys(MONTHS))}|Day|Eve|Fool|Fools|Week|Weekend|Holiday|Bank`;
/** A word written with a capital: "Second" in "once a Second World War airfield". */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** A capitalised word right after a month, not one of time: "April Jones". */
const CAPITAL_WORD_AFTER = new RegExp(`^\\s+(?!(?:${TIME_WORDS})\\b)\\p{Lu}\\p{Ll}`, 'u');
/** A capitalised word right before a month, inside a sentence: "Inspector Mark June". */
const CAPITAL_WORD_BEFORE = new RegExp(`[\\p{Ll},]\\s+(?!(?:${TIME_WORDS})\\b)\\p{Lu}\\p{Ll}+\\s+$`, 'u');
const PREP_BEFORE_MONTH =
  /\b(?:in|since|until|till|by|from|through|throughout|during|before|after|of|to|into|covering|early|late|mid|last|next|this|between|and|or|on|for|as|around)\s*$/i;

/**
 * "as recently as" a time, or "most recently" at one: "recently" only leads to the time after it.
 * So does "most recently" before whatever it picks out of a list, a time or an event: "delayed
 * several times, most recently with ministers absorbed by Brexit", "most recently after the
 * Westgate attack", "extended twice, most recently by 72 hours" (our news annotators leave all 44
 * untagged, TBAQ its one). ("Most recently, he ran a bank": before a comma and a clause it stays.)
 */
function recentlyOfATime(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start);
  const after = text.slice(end, end + 16);
  if (/\bas\s+$/i.test(before)) return /^\s+as\s/i.test(after);
  return (
    /\bmost\s+$/i.test(before) && /^(?:,?\s+(?:in|on|at|last|this|earlier|during)\s|\s+[\w$£€])/i.test(after)
  );
}

/** A full month name, for a month's neighbours in a list ("March and April"). */
const FULL_MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/**
 * A determiner before a month, with up to two words of weather or size between: "the March", "its
 * May", "a cold, wet March", "an unusually warm March". (Not "his wife, May": a person's; nor "the
 * new year if May": words that are no description.)
 */
const DET_BEFORE_MONTH =
  /\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:[a-z]+ly\s+)?(?:[a-z-]+(?:y|ed|er|est|al|ful|ous|ic|ive)|cold|wet|dry|warm|hot|cool|mild|late|early|record-[a-z]+),?\s+){0,2}$/;
/** What makes "the March" an event's name: "the March on Washington", "the March of Dimes". */
const EVENT_AFTER_MONTH = /^\s+(?:of|on|for|against|to|from)\b|^['’]s\b/;
const MONTH_NEXT_AFTER = new RegExp(`^(?:,\\s*|\\s+(?:and|or|to|through|into)\\s+)${FULL_MONTH}\\b`);
const MONTH_NEXT_BEFORE = new RegExp(`\\b${FULL_MONTH}(?:,\\s*|,?\\s+(?:and|or|to|through|into)\\s+)$`);
/** A bound before a month with words between: "until at least May", "as early as March". */
const BOUND_BEFORE_MONTH =
  /\b(?:until|till|by|before|after|from|in|since)\s+(?:at\s+least|as\s+(?:early|late|soon)\s+as)\s+$|\bas\s+(?:early|late|soon)\s+as\s+$/i;
/**
 * Before a month, words that only a time can follow: the time it is ("it's March", "it is still
 * May") and the period a figure is set against ("fell by half compared with May"; "compared to"
 * takes the month by its preposition). (Not "voted against May": a person can be opposed, not
 * compared by a figure.)
 */
const TIME_FRAME_BEFORE_MONTH =
  /\b(?:[Ii]t(?:['’]s|\s+(?:is|was|will\s+be))\s+(?:(?:still|already|only|now|nearly|almost)\s+)?|compared\s+with\s+)$/;
/** After such words, what makes the word a person: a cleft sentence's "who" or "that" ("It was May
 * who called the election") and a possessive ("compared with May's", her deal or her record). */
const PERSON_AFTER_TIME_FRAME = /^(?:['’]s\b|\s+(?:who|that)\b)/;

/** After a month, a past or perfect "be" it is the subject of, ranking or comparing it as a period:
 * "March had been the driest", "May was the wettest", "March has been warmer than", "was a record".
 * (Not "May had been told", "May was the first leader to": a person's.) */
const MONTH_WAS_AFTER = new RegExp(
  String.raw`^\s+(?:was|(?:had|has)\s+been)\s+(?:(?:also|again|officially|probably)\s+)?(?:(?:the|its|one\s+of\s+the)\s+${SUPERLATIVE}|[a-z]+er\s+than|(?:more|less)\s+[a-z]+\s+than|a\s+record)\b`,
);

/**
 * Whether a capitalised "March" or "May" with no preposition before it is the month, by the words
 * around it: a determiner ("a March hike", "the cold, wet March", "its May figures"), a month next
 * to it in a list ("March and April", "with May and June"), a bound ("until at least May"), or the
 * time it is or a figure is compared with ("it's March", "compared with May"). (Not "the March on
 * Washington", "the March of Dimes".)
 */
function monthByItsCompany(text: string, start: number, end: number, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 24);
  // ("the Marché du Film": the word goes on past the month's letters.)
  if (/^\p{L}/u.test(after)) return false;
  if (MONTH_NEXT_AFTER.test(after) || MONTH_NEXT_BEFORE.test(before)) return true;
  if (BOUND_BEFORE_MONTH.test(before)) return true;
  if (TIME_FRAME_BEFORE_MONTH.test(before)) return !PERSON_AFTER_TIME_FRAME.test(after);
  // ("the eldest daughter, May": a comma before it sets a name in apposition.)
  return DET_BEFORE_MONTH.test(before) && !/,\s*$/.test(before) && !EVENT_AFTER_MONTH.test(after);
}

/** A season word just before, joined by "and"/"or": "the spring and [summer]". */
/**
 * A determiner and the weather of a season: "the driest", "an exceptionally dry", "a wet", "a cool,
 * wet", "a warm and dry"; its comparative and the wind, storms or sun ("a warmer and wetter", "a
 * warm, windy", "a cold, stormy"), and how it went for trade: "a record", "a washout", "a better"
 * (our news annotators tag the season after them 6 times in 7 where we left it).
 */
const SEASON_WEATHER_WORD =
  '(?:(?:exceptionally|unusually|very|particularly|relatively|extremely|record)\\s+)?(?:(?:wett|dri|cold|hott|warm|mild|harsh|snowi|raini|cool|severe|windi|stormi|sunni)?(?:est|er|wet|dry|mild|cold|hot|warm|harsh|severe|bitter|snowy|rainy|cool|freezing|brutal|windy|stormy|sunny)|washout|record|better|difficult|tough|slow|poor|strong|busy|quiet|dreadful|terrible|disappointing|worst|best|sluggish|weak|dismal|bumper|turbulent|miserable|productive)';
const WEATHER_BEFORE_SEASON = new RegExp(
  `\\b(?:the|a|an|this|last|its|their|our)\\s+(?:${SEASON_WEATHER_WORD}(?:,\\s*|\\s+and\\s+))?${SEASON_WEATHER_WORD}\\s+$`,
  'i',
);
/** After an edge of a period, a clause that makes the period another: "the end of the summer before". */
/** Before "the 80s" read as a range of a measure: "climbed into the 80s", "back to the 80s". */
const INTO_BEFORE = /\b(?:into|to)\s+$/i;
/** A sentence that measures something makes "the 90s" a range of it, not a decade. */
const MEASURED =
  /\b(?:temperatures?|highs?|lows?|degrees?|mercury|thermometers?|forecast\w*|fahrenheit|celsius|percent|per\s+cent|mph|scores?|shot|polls?|polling|approval|ratings?|heat|humidity|weather|stayed|remained|hovered)\b|%|°/i;
const EDGE_CLAUSE_AFTER = /^\s+(?:(?:before|after)(?!\s+[a-z]+ing\b)|ending|ended|earlier|ago|later)\b/i;
const SEASON_AND_BEFORE = /\b(?:spring|summer|fall|autumn|winter)\s+(?:and|or)\s+$/i;
/** After a season that opens its sentence, a present verb it is the subject of (an aside between). */
const SEASON_SUBJECT_AFTER =
  /^(?:,\s+[^,.!?]{2,40},)?\s+(?:is|has|brings|means|remains|tends|belongs|offers|gives)\b(?!\s+(?:[a-z]+ing|[a-z]+ed|here|over|upon|near|nearly|almost|finally|late|early|come|begun|gone|been|arrived)\b)/;
const SEASON_PREPOSITION_BEFORE =
  /\b(?:into|before|after|through|throughout|all|(?:height|depth|middle|start|end|rest|(?:first|last)\s+(?:official\s+)?day)\s+of)\s+$/i;
/**
 * After a bare season (or "annual" and its occasion), a lowercase word that is neither a small word
 * ending the phrase nor a verb: the noun the word before describes ("for winter fuel payments", "for
 * summer jobs", "a better summer job", "the annual service charge"). Not a preposition, conjunction
 * or auxiliary ("ready for winter and", "a wet winter in the north", "a wet winter is"), a
 * determiner or pronoun that opens a clause ("the worst winter many of us can remember", "the best
 * summer we have had"), a time of its own ("its annual fair tonight"), nor a past ("a mild winter
 * hurt demand", "a wet winter followed", "a cool, wet spring left").
 */
function wordBeforeNoun(after: string): boolean {
  const w = /^\s+([a-z][a-z'-]*)/.exec(after)?.[1];
  return !!w && !PHRASE_END_WORD.test(w) && !/(?:ed|ly)$/.test(w) && !PAST_CUES.has(w);
}
const PHRASE_END_WORD =
  /^(?:in|on|at|for|from|with|by|into|about|over|during|since|until|till|before|after|ahead|under|across|through|throughout|to|of|as|than|and|or|but|nor|when|while|where|that|which|who|if|because|so|is|are|was|were|be|been|has|have|had|will|would|could|should|may|might|can|must|did|does|do|also|already|still|then|now|here|there|this|next|last|the|an?|i|we|you|he|she|it|they|its|their|his|her|our|my|many|most|some|any|few|no|every|each|arrives?|comes?|begins?|starts?|ends?|brings?|means?|seems?|looks?|remains?|gives?|offers?|tends?|hits?|sets?|today|tonight|tomorrow|yesterday|again|too|yet|ever|instead|soon)$/;
/** After a capitalised season, a word that makes a name: "the Winter Olympics", "the Spring Statement". */
const SEASON_NAME_AFTER =
  /^\s+(?:Olympics|Olympic|Paralympics|Paralympic|Games|Gardens?|Palace|Statement|Grand|Park|Street)\b/;

/** Before a season inside a sentence: a lowercase word, a comma, a possessive or an opening quote. */
const MID_SENTENCE_BEFORE = /(?:[a-z,;:"“‘]|['’]s)\s*$/;

/** Before a season, a word that times it, maybe with its part: "since", "until", "before", "in late" ... */
const SEASON_TIMED_BEFORE =
  /\b(?:since|until|till|before|after|in|over|during|through|throughout|this|last|next|past|coming)\s+(?:(?:early|mid|late)[\s-]+)?$/i;

/** A passive verb before "by" in its clause: "was unveiled in Whistler on Monday by", "funded by". */
const PASSIVE_BEFORE_BY =
  /\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?([a-z]+)\b(?:(?!\bthat\b)[^,;:.!?])*\bby\s+$|\b([a-z]+)\s+by\s+$/;
/** "was told by Spring": a verb of saying before "by" reports the time it is due by, not who said it. */
const SAYING_BEFORE_BY = new RegExp(`^${REPORTING_VERB}$`);

/**
 * Whether a capitalised season (its match `matched`, text `lead` before and `follows` after) begins
 * a title or a name inside a sentence: "Edith Calloway's The Winter Orchard", "\"The Winter Ledger\"
 * arrives", "unveiled by Winter Sport Scotland". In running text a season is lowercase; capitalised
 * and followed by another capitalised word, away from the start of a sentence or a title-case
 * headline ("Hot Summer Brings ..."), it is part of a name. (Not after a lowercase "the": "the Spring
 * Offensive", "the Autumn Harvest Uprising" name events of that season, which WikiWars dates, while
 * our news golds leave "the Winter War" and "the Winter Masters" untagged: a split, 4 to 2.)
 */
function isCapitalisedMidName(lead: string, matched: string, follows: string): boolean {
  if (!/^\s+[A-Z][a-z]/.test(follows) || /^the\s/.test(matched) || !MID_SENTENCE_BEFORE.test(lead))
    return false;
  // (Not a season a word before it times, the capital only a writer's habit: "since Summer Labour
  // has led", "until Spring Heathrow will operate", "that by Spring Parliament will have passed";
  // "by" makes a name only after a passive verb: "approved by Winter Sports Wales", "was unveiled in
  // Whistler on Monday by Winter Sport Scotland".)
  const head = lead + matched.slice(0, matched.length - (/[A-Za-z]+$/.exec(matched)?.[0].length ?? 0));
  if (SEASON_TIMED_BEFORE.test(head)) return false;
  if (!/\bby\s+$/i.test(head)) return true;
  const verb = PASSIVE_BEFORE_BY.exec(head);
  const word = verb ? (verb[1] ?? verb[2]!) : '';
  return isPastParticiple(word) && !SAYING_BEFORE_BY.test(word);
}

/** The season after a pair's "and" with its year: "[the spring] and early summer of 1943". */
const SEASON_PAIR_AFTER =
  /^\s*(?:and|or|to|through|into|-|–)\s*(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?(1\d{3}|20\d{2})\b/i;

/** A unit of measure: of length, volume, weight or power ("km", "a gallon", "kilograms"). */
const MEASURE_UNIT =
  '(?:km|kph|(?:kilo|centi|milli)?met(?:er|re)s?|miles?|feet|foot|inch(?:es)?|knots?|lit(?:er|re)s?|gallons?|barrels?|tonnes?|tons?|kilo(?:gram)?s?|kg|grams?|pounds?|lbs?|ounces?|megawatts?)';
/** A unit of measure before "per hour", "an hour": a speed or a rate of work (WikiWars tags "tons per
 * month", "kilometers a day", so longer periods stay). */
const MEASURE_BEFORE = new RegExp(
  `\\b(?:${MEASURE_UNIT}|instructions|operations|words|frames|revolutions|beats|breaths|calls|cars|vehicles|passengers|visitors|units|pages)\\s+$`,
  'i',
);

/** After "spring", a clause of water flowing: "that fed our fountain", "which supplies the town";
 * or its water kept running: "to keep the spring flowing". */
const SPRING_OF_WATER_AFTER =
  /^\s+(?:flowing|running|bubbling)\b|^\s+(?:that|which)\s+(?:(?:once|had|has|have|still|used\s+to)\s+)?(?:fed|feeds?|feeding|supplie[sd]|supply|supplying|flow(?:s|ed|ing)?|ran\s+dry|runs?\s+dry|dried\s+up|gushe[sd]|bubble[sd]|rises\s+(?:from|in|under|beneath))\b/i;

/** Before a part of the day, a share of it or a superlative or ordinal that picks one out of it:
 * "much of ", "the rest of ", "the fastest time of ", "her third award of ". */
const PORTION_OF = String.raw`(?:much|most|rest|remainder|all|part|(?:first|second|third|fourth|fifth|${SUPERLATIVE})(?:\s+[a-z]+){0,2})\s+of`;

/** Nothing more of the phrase after a word: punctuation, or the end of the text ("down from $260
 * million a year before.", "was fired that May,"), as a pattern's source. */
const NOTHING_AFTER = String.raw`\s*(?:[.,;:!?)]|$)`;
/** NOTHING_AFTER at the start of the text after a word (two characters of it are enough). */
const NOTHING_AFTER_START = new RegExp(`^${NOTHING_AFTER}`);

/** After a word that ends its noun phrase, not one that modifies a noun after it: "by mid-year,",
 * "before year-end and", against "a mid-year update", "year-end accounts". */
const ENDS_NOUN_PHRASE = String.raw`(?=${NOTHING_AFTER}|\s+(?:and|or|but|to|at|in|on|when|as|if|with|after|before|than)\b)`;

/** A word that looks like a plural noun: "maps", "sessions" (not "his", "perhaps", nor a count of time). */
const PLURAL_NOUN = `\\b(?!(?:${[...NOT_PLURAL_S_WORDS, ...TIME_PLURALS].join('|')})\\b)[a-z]+s`;

/** A plural noun right before "that fall", which makes "that" a relative pronoun: "maps that fall".
 * (Not a count of time: "spent weeks that fall recovering".) */
const FALL_VERB_AFTER_RELATIVE = new RegExp(`${PLURAL_NOUN}\\s+$`, 'i');

/**
 * "Sessions last an hour", "The talks usually last two days": a plural subject, maybe with an
 * adverb, before the verb "last" (not "its last two years", "this last week").
 */
const PLURAL_BEFORE_LAST = new RegExp(
  `${PLURAL_NOUN}(?:\\s+(?:usually|typically|often|generally|normally|only|still|sometimes|rarely|all|each|can))?\\s+$`,
  'i',
);

/** "pared some of the fall.", "accounted for part of the fall", "Some of that fall reflected": a
 * share of it before "the fall" or "that fall" ending its phrase is a share of what fell (our news
 * annotators tag none of 3), not of the season, where a decline is spoken of close before (a figure,
 * a market, a verb of falling or of winning back). Not "closed for part of the fall", "Part of the
 * fall was spent touring". */
const FALL_SHARE_BEFORE = /\b(?:part|some|half)\s+of\s+$/i;
const FALL_SHARE_AFTER = /^(?:\s*[,.;:!?)"”]|\s+(?:reflected|reflects|was|is|came|comes|had|has)\b)/i;
const FALL_DECLINE_CUE =
  /\d\s*%|\b(?:per\s*cent|percent|points?|prices?|shares?|stocks?|markets?|index|output|sales|profits?|fell|falls?|dropped|drops?|dipped|declined?|declines|slid|slump(?:ed|s)?|tumbled|shrank|sank|plunged|recoup(?:ed|s)?|recover(?:ed|s)?|regain(?:ed|s)?|pare[ds]?|paring|revers(?:ed|es|ing)|erased?|offset|account(?:ed|s|ing)?\s+for)\b/i;
function fallShare(text: string, start: number, end: number): boolean {
  return (
    FALL_SHARE_BEFORE.test(text.slice(Math.max(0, start - 16), start)) &&
    FALL_SHARE_AFTER.test(text.slice(end, end + 12)) &&
    FALL_DECLINE_CUE.test(text.slice(Math.max(0, start - 120), start))
  );
}

/** After "the fall", "of" and anything but a year word names what fell, not the season. */
// ("the fall in sterling", "the fall in waiting times": a decline.)
const FALL_OF_EVENT =
  /^\s+(?:of\s+(?!(?:that|this|the\s+same|last|next|the)\s+year\b)|in\s+(?!(?:1\d{3}|20\d{2})\b))/i;

/** A length of time counted from "the fall" ("about 62 hours after the fall", "60 years since the
 * fall", "for two weeks before the fall"): an accident or a collapse, not the season (news 3 of 3;
 * the season after "before"/"since" has no length before it: "unlikely before the fall"). */
const LENGTH_FROM_FALL_BEFORE = new RegExp(
  `\\b(?:\\d+|an?|${WORD_COUNT}|several|few)\\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\\s+(?:after|before|since)\\s+$`,
  'i',
);

/** Whether the "that" of a match ("that July", "that Friday") opens a clause after a saying or
 * before a possessive subject ("said that Friday's vote"), rather than naming the story's day. */
function thatIsConjunction(m: RegExpExecArray, text: string): boolean {
  return thatOpensClause(text, m.index + m[0].search(/\bthat\s/i), m.index + m[0].length);
}

/** Whether the "that" at `thatAt`, before a time ending at `end`, opens a clause (see
 * thatIsConjunction). */
function thatOpensClause(text: string, thatAt: number, end: number): boolean {
  return (
    THAT_CONJUNCTION_BEFORE.test(text.slice(Math.max(0, thatAt - 24), thatAt)) ||
    (SECOND_THAT_OF_SAYING.test(lastSentence(text.slice(Math.max(0, thatAt - 300), thatAt))) &&
      !NEW_SUBJECT_AFTER.test(text.slice(end, end + 8))) ||
    /^['’]s\b/.test(text.slice(end, end + 3))
  );
}

/** Whether the "that" of a match is the subject's conjunction before a verb, with the saying too far
 * back to see ("warned days in advance that Wednesday would bring storms"). The day is still the
 * story's, as "that Wednesday" is; only the span leaves "that" out. Returns where the day starts. */
function thatBeforeVerb(m: RegExpExecArray, text: string): number | undefined {
  const thatAt = m.index + m[0].search(/\bthat\s/i);
  const end = m.index + m[0].length;
  if (
    thatAt !== m.index ||
    !THAT_CLAUSE_VERB_AFTER.test(text.slice(end, end + 32)) ||
    !THAT_CLAUSE_WORD_BEFORE.test(text.slice(Math.max(0, thatAt - 16), thatAt))
  )
    return undefined;
  return thatAt + /^that\s+/i.exec(text.slice(thatAt))![0].length;
}

/** A unit capitalised after a capitalised word is part of a title: "A Hundred Years of Quiet", "The
 * Final Weeks". */
function titledUnit(unit: string, before: string): boolean {
  return /^[A-Z]/.test(unit) && /[A-Z][\w'’-]*\s+$/.test(before);
}

/** A day counted within an event: "the third day", "the final day", "day three" after the
 * preposition that names it ("on day three", "coverage of day four"). (Not a day of the calendar,
 * "the final day of February", "of 2016", "of the quarter": see dayOfMonthEdge.) */
const EVENT_DAY = new RegExp(
  `\\bthe\\s+(?:${alt(EVENT_DAY_ORDINALS)})\\s+day\\b(?![-\\w])(?!\\s+of\\s+(?:the\\s+)?(?:${MONTH}|\\d|(?:(?:first|second|third|fourth|fiscal|calendar|financial|tax)\\s+)?(?:year|month|week|quarter|half)\\b))|(?<=\\b(?:on|of|by|for|at|until|after|before)\\s+)day\\s+(?:${alt(EVENT_DAY_COUNTS)})\\b(?![-\\w]|[.,:]\\d)`,
  'gi',
);
/** After a day, a run of such days, not one of an event: "the third day in a row", "running". */
const IN_A_ROW_AFTER = /^\s+(?:in\s+(?:a\s+row|succession)|running|straight)\b/i;
/** Days of the month in words, for "the eighth of September", "the twenty-first of June". */
const DAY_ORDINAL_WORDS: Record<string, number> = {
  ...Object.fromEntries(Object.entries(ORDINALS).filter(([w]) => /^[a-z]+$/.test(w))),
  ...Object.fromEntries(
    ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'].map((w, i) => [
      `twenty-${w}`,
      21 + i,
    ]),
  ),
  thirtieth: 30,
  'thirty-first': 31,
};

/** The relative words of a weekday that place it in a week of its own: "last", "next", "this
 * coming", "this", "coming", "this past" ("past" only after "this": "if the vote slips past Friday"
 * is the Friday to come). */
const WEEKDAY_REL_WORDS = 'last|next|this\\s+coming|this|coming|(?<=\\bthis\\s+)past';
/** A relative word right before a weekday: "next ", "this ", "last ", "coming ", "this past ". */
const REL_BEFORE_WEEKDAY = new RegExp(`\\b(?:${WEEKDAY_REL_WORDS})\\s+$`, 'i');
/** A weekday and the comma or space before the date it opens: "Thursday, ". */
const WEEKDAY_THEN_DATE = new RegExp(`^${DAY_OCCASION}${WEEKDAY},?\\s+`, 'i');

/**
 * A full month name's dot ("in early November.") ends its sentence; an abbreviation's ("Aug.") is
 * its own.
 */
function monthDotEndsSentence(monWord: string): boolean {
  return monWord.endsWith('.') && !MONTH_ABBREVIATIONS.has(monWord.slice(0, -1).toLowerCase());
}

function monthCandidate(m: RegExpExecArray, text: string): Candidate | null {
  const monWord = g(m, 'mon')!;
  const key = monWord.toLowerCase().replace(/\.$/, '');
  const month = MONTHS[key];
  if (month === undefined) return null;
  if (!/^[A-Z]/.test(monWord)) return null; // "may", "march" in lower case are words, not months
  // "in early November. Last year, ...": what follows a full month name's dot is the next sentence's
  // (its year, and its number: "rather than in May. 07:40 IST: Heavy rain" is no May 7).
  const cut = monthDotEndsSentence(monWord) && !m[0].endsWith(monWord);
  const dayWord = g(m, 'dayw')?.toLowerCase().replace(/\s+/, '-');
  const dayRaw = g(m, 'day') ?? (dayWord ? String(DAY_ORDINAL_WORDS[dayWord]) : undefined);
  const dayStr =
    cut && dayRaw !== undefined && m[0].indexOf(dayRaw) > m[0].indexOf(monWord) ? undefined : dayRaw;
  let yearStr = cut ? undefined : g(m, 'year');
  // "the previous April", "the following March": counted from the story, like "the following day".
  let rel = g(m, 'rel')
    ?.toLowerCase()
    .replace(/^the\s+/, '')
    .replace('preceding', 'previous');
  // "Theresa May, who became prime minister that July": the month in the story's year. After a
  // saying, "that" is a conjunction ("said that May would ...") and stays out of the span.
  let thatMonth = false;
  let afterThat: number | undefined;
  // ("said on Monday that December had been the wettest month": after a weekday, "that" opens what
  // was said, and the weekday is a time of its own.)
  const thatIn = m[0].search(/\bthat\s/i);
  const thatAfterWeekday = !!g(m, 'wd') && thatIn > 0;
  if (rel === 'that') {
    rel = undefined;
    if (thatAfterWeekday || thatIsConjunction(m, text)) afterThat = m.index + m[0].indexOf(monWord, thatIn);
    else {
      thatMonth = true;
      afterThat = thatBeforeVerb(m, text);
    }
  }
  // "between March and May that year", "from January to March 2019": the first month of a pair
  // takes the year the second one is given.
  // ("last December to April 2026": a month with its own "last" keeps it. "from December to April
  // 2026": a later month of the calendar than the second is the year before's.)
  // (Not across the dot of a full month name: "between May and August. Last year's results" is no
  // pair of last year's months.)
  const pairAfter =
    !cut && !g(m, 'year') && !g(m, 'ry') && !rel
      ? MONTH_PAIR_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 48))
      : null;
  const pair = pairAfter && !monthDotEndsSentence(pairAfter.groups!.mon2!) ? pairAfter : null;
  const ry = cut ? undefined : (g(m, 'ry') ?? pair?.groups?.ry)?.toLowerCase();
  if (pair?.groups?.y) {
    const second = MONTHS[pair.groups.mon2!.toLowerCase().replace(/\.$/, '')];
    yearStr = String(+pair.groups.y - (second !== undefined && second < month ? 1 : 0));
  }
  const modWord = g(m, 'mod');
  const day = dayStr ? +dayStr : undefined;
  let end = cut ? m.index + m[0].lastIndexOf(monWord) + monWord.length : m.index + m[0].length;
  let start = afterThat ?? m.index;
  if (day !== undefined && (day < 1 || day > 31)) return null;
  const hasDot = monWord.endsWith('.');
  const abbrev = key.length <= 4 && key !== 'may' && key !== 'june' && key !== 'july';
  if (abbrev && !hasDot && day === undefined && !yearStr) return null; // "Jan", "Dec" alone: names
  if (AMBIGUOUS_MONTHS.has(key) && day === undefined && !yearStr && !rel && !modWord && !ry) {
    // (What stands before the month's span: after a conjunction "that", the clause it opens.)
    const before = text.slice(Math.max(0, start - 12), start);
    if (isShouting(monWord)) return null;
    // ("was fired that May.", "had returned that March,": "that" points at the story's month when the
    // month closes the clause; not "noting that May secured a deal", a conjunction before a verb.)
    // (Not "furious that May, after months of delay, had not resigned": an aside and the verb of the
    // clause "that" opens come after the comma.)
    const thatMonthCloses =
      thatMonth &&
      afterThat === undefined &&
      (hasDot || NOTHING_AFTER_START.test(text.slice(end, end + 2))) &&
      !ASIDE_THEN_VERB_AFTER.test(text.slice(end, end + 80));
    // ("said on Monday that March had been the driest": after a weekday's "that", the month is the
    // subject of a past or perfect "be" that ranks it; "that May would" is a person.)
    const thatMonthWas = thatAfterWeekday && MONTH_WAS_AFTER.test(text.slice(end, end + 40));
    if (
      !PREP_BEFORE_MONTH.test(before) &&
      !thatMonthCloses &&
      !thatMonthWas &&
      !monthByItsCompany(text, start, end, monWord)
    )
      return null;
    // "May" before a capitalised word is usually a name ("May Day" aside); after "May." a new
    // sentence starts.
    if (key === 'may' && !monWord.endsWith('.') && /^\s+[A-Z]/.test(text.slice(end, end + 3))) return null;
  }
  // A month that is also a first or last name ("April Jones", "June Smith", "Detective Inspector
  // Mark June"): alone, next to a capitalised word that is no time word, and with no preposition
  // before it, it names a person. ("the raid on Cadiz that April": "that" stands between the name
  // and the month.)
  if (
    NAME_MONTHS.has(key) &&
    day === undefined &&
    !yearStr &&
    !rel &&
    !modWord &&
    !ry &&
    !monWord.endsWith('.') &&
    !PREP_BEFORE_MONTH.test(text.slice(Math.max(0, m.index - 12), m.index)) &&
    (CAPITAL_WORD_AFTER.test(text.slice(end, end + 24)) ||
      (!thatMonth && CAPITAL_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))))
  )
    return null;
  // "Easter falls on March 31 this year": "this year" is tagged on its own after a day (our annotators
  // 5 of 6); the day still takes its year.
  // (Nor "May this year" out of "6 May this year": the day before the month is the date's.)
  if (
    day === undefined &&
    ry === 'this' &&
    /\b\d{1,2}(?:st|nd|rd|th)?\s+$/.test(text.slice(Math.max(0, m.index - 6), m.index))
  )
    return null;
  if (ry === 'this' && day !== undefined && !pair?.groups?.ry) {
    const at = m[0].search(/\s+this\s+year\s*$/i);
    if (at > 0) end = m.index + at;
  }
  // A dot after a full month name ("on 14 August.") ends the sentence; after "Aug." it is the abbreviation's.
  if (monthDotEndsSentence(monWord)) end -= 1;
  const wdStr = g(m, 'wd');
  const wd = wdStr && !thatAfterWeekday ? WEEKDAYS[wdStr.toLowerCase()] : undefined;
  if (modWord && /^the\s/i.test(modWord) === false && /^(?:at|by)\s/i.test(modWord))
    start = m.index + modWord.indexOf('the');
  // "next Thursday, 25 August", "this Sunday, March 23": the weekday with its relative word is a
  // time of its own and the date in apposition another (our news annotators 5 of 7); the date keeps
  // its weekday to find its year.
  if (
    wdStr &&
    !modWord &&
    start === m.index &&
    REL_BEFORE_WEEKDAY.test(text.slice(Math.max(0, m.index - 12), m.index))
  )
    start = m.index + WEEKDAY_THEN_DATE.exec(m[0])![0].length;
  return {
    start,
    end,
    rule: 'month',
    mod: modOf(modWord),
    meaning: {
      k: 'date',
      m: month,
      d: day,
      y: yearStr ? +yearStr : undefined,
      wd,
      rel: rel ?? undefined,
      yrel: ry === 'last' ? -1 : ry === 'next' ? 1 : ry === 'this' ? 0 : undefined,
      // "in May that year": the year the story is in.
      thatYear: ry === 'that' || undefined,
      thatMonth: thatMonth || undefined,
    },
  };
}

/** A count right after "the past" ("the past three summers"). */
const COUNT_AFTER = new RegExp(`^\\s+(?:\\d|(?:${SMALL}|ten|twelve|twenty|few|several)\\b)`, 'i');

/** After "the last week": "in" a month, a year or a named period, of which it is the last week. */
const PERIOD_IN_AFTER = new RegExp(
  `^\\s+in\\s+(?:${FULL_MONTH}|\\d|(?:the|that|this|its|which|whose)\\b)`,
  'i',
);
const MONTH_PAIR_AFTER = new RegExp(
  `^\\s*(?:and|to|through|until|or|-|–)\\s*(?:early\\s+|mid-?|late\\s+)?(?<mon2>${MONTH})(?:\\s*\\d{1,2}\\b)?(?:,?\\s+(?<y>1\\d{3}|20\\d{2})\\b|\\s+(?<ry>this|last|next|that)\\s+year\\b)`,
  'i',
);
const MONTH_NEAR = new RegExp(`\\b(?:${MONTH}|month)`, 'i');
let slashText = '';
let slashSeen: 'md' | 'dm' | null = null;
/**
 * Which order a text's slashed dates show, from one whose first or second number is above 12
 * ("25/12/2023" day first, "12/25/2023" month first); null when none tells (the last text's
 * answer is kept: a text's dates are read one after another).
 */
/** A verb that takes a "that" clause, right before "that" (maybe with its day: "said on Monday"). */
const THAT_CLAUSE_BEFORE = new RegExp(
  `\\b(?:said|says|say|found|finds|argued|argues|warned|warns|noted|notes|added|insisted|claimed|claims|believes|believed|thinks|thought|expects|expected|hoped|hopes|announced|reported|reports|showed|shows|suggested|suggests|confirmed|concluded|estimated|told\\s+\\w+)(?:\\s+(?:on\\s+)?${WEEKDAY})?\\s+$`,
  'i',
);

/** A count or a quantity word right before "years ago" (the duration rule reads those). */
const COUNT_BEFORE_AGO = new RegExp(
  `(?:\\b(?:${NUM}|the|those|these|many|several|few|some)|\\d)[\\s-]+$`,
  'i',
);

/** A determiner before "last night" makes "last" final: "the last night of the festival". */
const FINAL_BEFORE_LAST = /\b(?:the|his|her|their|its|our|my|your|a|one|every|each)\s+$/i;

/** A part of the day named after an hour ("at 11 last night", "at 4.30 this morning"). */
const PART_AFTER_HOUR =
  'tonight|last\\s+night|this\\s+(?:morning|afternoon|evening)|(?:yesterday|tomorrow)\\s+(?:morning|afternoon|evening|night)';

/** An hour of the clock in words: "six", "eleven". */
const HOUR_WORDS = `${SMALL}|ten|eleven|twelve`;
/** The minutes before or after an hour told in words: "half past", "a quarter to", "twenty-five past". */
const CLOCK_MINUTE_WORDS = 'half|quarter|twenty-five|twenty|ten|five';
/** Words that bring in a clock time, so that minutes and seconds after them are an hour, not a race
 * time or a game clock: "at 9:32:15", "from 8:00:00", "about 4:15" (see raceTime). */
const CLOCK_LEAD = 'at|by|from|until|till|since|before|after|around|about|and';
/** The words before an hour told in words ("at half past ten", "by ten at night", "nearly ten"). */
const WORD_CLOCK_LEAD = `${CLOCK_LEAD}|between|nearly|almost|just`;
const WORD_CLOCK_LED = new RegExp(`\\b(?:${WORD_CLOCK_LEAD})\\s+$`, 'i');

/** What may follow a time told by its minutes ("at half past ten."), unlike odds or a range. */
const CLOCK_END =
  /^(?:\s*(?:[.,;:!?)"”’'—–]|$)|\s+(?:on|that|this|when|as|and|the|every|each|last|yesterday|today|tomorrow|tonight)\b)/i;

/** An hour of 1 to 12 in the part of the day `when` names: "5 tonight" is 17:00, "12 this morning" 00:00. */
/** After an hour in words, the day's part named with its day: " yesterday evening", " on Friday night",
 *  " every night". */
const PART_AFTER_WORD_CLOCK = new RegExp(
  `^\\s+(?:(?:yesterday|today|tomorrow|this|that|last|every|each)\\s+|(?:on\\s+)?${WEEKDAY}\\s+)(morning|afternoon|evening|night)\\b`,
  'i',
);

function hourInPart(h: number, when: string): number {
  if ((/afternoon/.test(when) && h < 12) || (/evening|night/.test(when) && h >= 5 && h < 12)) return h + 12;
  if (/morning/.test(when) && h === 12) return 0;
  return h;
}

/** A clock time that tells its half of the day: "8pm", "10.15 a.m.", "two in the morning", "14:00",
 *  "noon" (or an o'clock, read as written: "We started at 10 o'clock"; or an hour with its minutes
 *  after a word that sets a time, in the half of the day a clock time before it gives, else as
 *  written: "We were there at 8:30 and didn't get in until about 2 o'clock"; not the start of a
 *  range: "moved from 7:20 to 6:30"). */
export const TOLD_CLOCK = new RegExp(
  `\\b(?:(?<h>\\d{1,2})(?:[:.](?<min>[0-5]\\d))?\\s*(?<ap>[ap])\\.?\\s?m\\b|(?<hp>\\d{1,2}|${HOUR_WORDS})(?:[:.](?<minp>[0-5]\\d))?\\s+(?:o['’]clock\\s+)?(?<pod>in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night)\\b|(?<ho>\\d{1,2}|${HOUR_WORDS})\\s+o['’]clock\\b|(?<h24>0\\d|1[3-9]|2[0-3]):(?<min24>[0-5]\\d)\\b|(?<=\\b(?:at|by|until|till|before|after|around|about|since)\\s+)(?<hc>1[0-2]|[1-9]):(?<minc>[0-5]\\d)\\b(?![:.]\\d)|(?<noon>noon|midday)\\b)`,
  'gi',
);

/** The text of `at`'s paragraph before it, at most 240 characters back: where a bare hour looks for
 * the clock time or the part of the day it is told after. */
function paragraphBefore(text: string, at: number): string {
  return text
    .slice(Math.max(0, at - 240), at)
    .split(/\n\s*\n/)
    .pop()!;
}

/**
 * The hour (0-23) of one from 1 to 12 written without a.m. or p.m., told after a clock time in its
 * paragraph: the first such hour after that time ("from 8pm until just after 11" is 23:00, "opened
 * at 10 a.m. until they closed at 5" 17:00, "By two in the morning ... By six" 6:00); under a live
 * blog's time stamp, the one nearest the stamp, as a post tells what has just been or is about to
 * be ("7.40am: Sirens went off at about 5" is 5:00, "7.22pm: ... under way at about 7.45" 19:45).
 * Null when no clock time is told before it.
 */
function hourAfterTold(h: number, min: number, text: string, at: number): number | null {
  const before = paragraphBefore(text, at);
  const told = [...before.matchAll(TOLD_CLOCK)].pop();
  if (!told?.groups) return null;
  const t = told.groups;
  let th = t.noon ? 12 : (parseNumber(t.h ?? t.hp ?? t.ho ?? t.h24 ?? t.hc ?? '') ?? -1);
  if (th < 0 || th > 23) return null;
  if (t.ap) th = (th % 12) + (t.ap.toLowerCase() === 'p' ? 12 : 0);
  else if (t.pod) th = hourInPart(th, t.pod.toLowerCase());
  else if (t.hc) th = hourAfterTold(th, +t.minc!, text, at - before.length + told.index) ?? th;
  const told0 = th * 60 + +(t.min ?? t.minp ?? t.min24 ?? t.minc ?? 0);
  const at0 = ((h % 12) * 60 + min) % 720;
  // (A stamp starts its line and is followed by a colon, a dash, the line's end or a capital.)
  const lineStart = before.lastIndexOf('\n', told.index) + 1;
  const stamp =
    /^\s*$/.test(before.slice(lineStart, told.index)) &&
    /^[ \t]*(?:[:–—-]|\r?\n|$)|^[ \t]+["“'‘A-Z]/.test(before.slice(told.index + told[0].length));
  const away = (r: number) =>
    stamp ? Math.min((r - told0 + 1440) % 1440, (told0 - r + 1440) % 1440) : (r - told0 + 1440) % 1440;
  return Math.floor((away(at0) <= away(at0 + 720) ? at0 : at0 + 720) / 60);
}

/** A part of the day named in words, or what marks one: "that afternoon", "walking home through the
 *  dark", "home for dinner" ("overnight", "midnight" and "nightly" are not "night"). */
const PART_WORD =
  /\b(?:(?<mo>morning|breakfast|dawn|daybreak|sunrise)|(?<af>afternoon)|(?<ev>evening|night|tonight|dark|darkness|dinner|supper|dusk|sunset|nightfall))\b/gi;

/**
 * The hour (0-23) of one from 1 to 12 written without a.m. or p.m. and told after no clock time, in
 * the part of the day its paragraph last named before it: "on Saturday evening, the light going gold
 * over the hills at half past eight" is 20:30, "walking home through the dark and arriving around 9
 * o'clock" 21:00, "showers forecast for the afternoon ... almost quarter past six" 18:15.
 * Null when the paragraph names no part of the day before it.
 */
function hourInPartBefore(h: number, text: string, at: number): number | null {
  const before = paragraphBefore(text, at);
  const part = [...before.matchAll(PART_WORD)].pop()?.groups;
  if (!part) return null;
  if (part.af) return h <= 6 ? h + 12 : h;
  return part.ev ? hourInPart(h, 'evening') : h;
}

/** Before a bare hour, a word that sets a time: "until ", "by ", "at about ", "until well after ",
 *  "from ", "between " (the start of a range of hours: see RANGE_START_BEFORE). */
const BARE_HOUR_LEAD =
  '\\b(?:until|till|after|by|at|before|since|from|between)\\s+(?:(?:just|well|shortly|some\\s+time|about|around|nearly|almost)\\s+)?(?:(?:after|before)\\s+)?';
/** "leads by ", "won by ", "one by ": a margin or a count before the number, not an hour. */
const MARGIN_BY_BEFORE = new RegExp(
  `\\b(?:leads?|led|won|wins?|lost|loses?|beat|beats|trails?|trailed|votes?|${HOUR_WORDS}|\\d+)\\s+by\\s+$`,
  'i',
);

/**
 * The hour (0-23) of a bare number from 1 to 12 at text[start, end), after a word that sets a time
 * (BARE_HOUR_LEAD), when something makes it one: a clock time told before it in its paragraph
 * ("from 8pm until just after 11": see hourAfterTold) or the evening's or morning's routine ("bed by
 * eight" is 20:00, "I got up at 5 every day" 5:00), with the number ending its phrase ("until they
 * closed at 5.", not "at 9,000" or "at 12 km/h").
 * Null for a number nothing makes an hour.
 */
function bareHour(h: number, min: number, text: string, start: number, end: number): number | null {
  if (h < 1 || h > 12) return null;
  // ("from 5 to 8 p.m.", "between 6 and 9 a.m.": the start of a range of hours, its half of the day
  // taken from the end's (see rangeStartHour); not "rose from 5 to 7".)
  if (RANGE_START_BEFORE.test(text.slice(Math.max(0, start - 30), start)))
    return RANGE_END_AFTER.test(text.slice(end, end + 20)) ? h : null;
  const after = text.slice(end, end + 12);
  if (!CLOCK_END.test(after) || /^[.,:]\d/.test(after)) return null;
  const before = text.slice(Math.max(0, start - 40), start);
  if (MARGIN_BY_BEFORE.test(before)) return null;
  if (EVENING_ROUTINE_BEFORE.test(before)) return h >= 4 && h < 12 ? h + 12 : h;
  if (MORNING_ROUTINE_BEFORE.test(before)) return h;
  // ("shares closed at 7.45": a figure, with its minutes.)
  if (min && FIGURE_AT_BEFORE.test(before)) return null;
  return hourAfterTold(h, min, text, start);
}

/** "from ", "between ", "from about ": before the start of a range of hours. */
const RANGE_START_BEFORE = /\b(?:from|between)\s+(?:(?:about|around)\s+)?$/i;
/** " to 8 p.m.", " and 9:30 a.m.", "-4pm": the end of a range of hours, with a.m. or p.m. */
const RANGE_END_AFTER = /^\s*(?:to|and|until|till|-|–)\s*\d{1,2}(?:[:.][0-5]\d)?\s*[ap]\.?\s?m\b/i;
/** "from 9 a.m. to ", "between noon and ", "from 21:00 BST until ": before the end of a range of hours. */
const RANGE_CLOSE_BEFORE = new RegExp(
  `\\b(?:from|between)\\s+(?:(?:about|around)\\s+)?(?:\\d{1,2}(?:[:.][0-5]\\d)?(?:\\s*[ap]\\.?\\s?m\\b\\.?)?|noon|midday|midnight)(?:\\s+(?:${TIME_ZONES}))?\\s*(?:to|and|until|till|-|–)\\s*$`,
  'i',
);

/** Before an hour, what is done at an evening hour: "in bed by ", "home for my tea by ". */
const EVENING_ROUTINE_BEFORE =
  /\b(?:bed|tea|dinner|supper)\s+(?:by|at|before|until)\s+(?:(?:about|around)\s+)?$/i;
/** Before an hour, what is done at a morning one: "got up at ", "woke at ", "due up at ". */
const MORNING_ROUTINE_BEFORE =
  /\b(?:(?:woke|wake|wakes|waking)(?:\s+up)?|(?:got|get|gets|getting|due)\s+up)\s+(?:at|by|before)\s+(?:(?:about|around)\s+)?$/i;

/** The day a part-of-day phrase puts an hour in ("last night": yesterday). */
function dayWordOf(when: string): string | undefined {
  if (/^(?:tonight|this|in the)/.test(when)) return 'today';
  if (/^(?:last night|yesterday)/.test(when)) return 'yesterday';
  if (/^tomorrow/.test(when)) return 'tomorrow';
  if (/^today/.test(when)) return 'today';
  return undefined;
}

/** Words after a date that leave it whole, not modifying a noun after it: function words, "said",
 * "ago" ("the 2 May vote was", "on the first day of 2024 and"), as a pattern's alternation. */
const FUNCTION_WORD_AFTER_DATE =
  'and|or|but|nor|is|was|were|are|be|been|will|would|could|should|may|might|can|has|have|had|to|in|on|at|for|from|by|with|when|while|as|of|that|this|these|those|which|who|whose|where|after|before|until|till|since|last|next|the|a|an|its|his|her|their|our|than|then|so|if|into|onto|over|under|through|during|against|between|about|also|said|says|ago';
/** A word after a date that is a noun it modifies ("deadline", "referendum"), not a function word. */
const NOUN_AFTER_DATE = new RegExp(`^\\s+(?!(?:${FUNCTION_WORD_AFTER_DATE})\\b)[a-z]{3,}\\b`);
/** After a year that ends its noun phrase: punctuation, a dash, the end, or a function word; not a
 * possessive or a noun it modifies ("the first day of 2024's session", "of 2024 Australian Open
 * play", "of 2023-24 season"), as a pattern's source. */
const YEAR_ENDS_PHRASE = String.raw`(?=${NOTHING_AFTER}|\s*["”—]|\s+–\s|\s+(?:${FUNCTION_WORD_AFTER_DATE})\b)`;

/** Before "calendar", what makes it a noun: an article or a possessive (with any names between,
 * "the Pirelli "), or a name inside a sentence ("unveiled Pirelli "). */
const CALENDAR_AS_NOUN_BEFORE =
  /(?:\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our)\s+(?:[A-Z][\w'’-]*\s+)*|[a-z,;]\s+[A-Z][\w'’-]*\s+)$/;

/** A weekday written right before a numeric date ("Friday, 3/1/2020", "Fri 03/01/2020"). */
const WEEKDAY_BEFORE_NUMBER = new RegExp(`\\b(${WEEKDAY}),?\\s+$`, 'i');

function slashOrder(text: string): 'md' | 'dm' | null {
  if (text !== slashText) {
    slashText = text;
    slashSeen = null;
    for (const m of text.matchAll(/\b([0-3]?\d)\/([0-3]?\d)\/(?:19|20)?\d{2}\b/g)) {
      if (+m[1]! > 12 && +m[2]! <= 12) slashSeen = 'dm';
      else if (+m[2]! > 12 && +m[1]! <= 12) slashSeen = 'md';
      if (slashSeen) break;
    }
  }
  return slashSeen;
}
/** A capitalised weekday: "Monday", "Saturday". */
const WEEKDAY_NAME = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const WEEKDAY_NEAR = new RegExp(`\\b${WEEKDAY_NAME}\\b`);
/** A capitalised weekday right before "the 5th", with no comma between: "Friday the 5th". */
const WEEKDAY_BEFORE_DAY = new RegExp(`\\b(${WEEKDAY_NAME})\\s+$`);
/** Words that count in days or weeks from now ("last week", "yesterday"): "on the 28th" after them is a date. */
const DAYS_NEAR = /\b(?:(?:last|this|next|that|previous|following)\s+week|yesterday|tomorrow)\b/i;
const MONTH_BEFORE_BC = new RegExp(`\\b(${MONTH})\\s+$`, 'i');
/** "the spring of 480 BC", "late autumn of 481 BC": a season just before a year BC. */
const SEASON_BEFORE_BC =
  /\b(?:(?:the\s+)?(early|mid|late)[\s-]+)?(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?$/i;
const ERA_BC = /^\s*(?:BC|B\.C\.?|BCE)(?![A-Za-z])/;
/** "AD", "A.D.", "CE" right after a century. */
const ERA_AD = /^\s*(?:AD|A\.D\.?|CE)(?![A-Za-z])/;

const OTHER_NEW_YEAR = /\b(?:Lunar|Chinese|Jewish|Islamic|Persian|Hijri|Tamil|Thai|Vietnamese)\s+$/;

/** "the end of the month" is the edge of the month in hand; "the end of the summer" of that season. */
function edgeMeaning(unit: string): Meaning {
  const season = SEASONS[unit];
  return season ? { k: 'season', season } : { k: 'period', unit, rel: 'edge' };
}

/** A lone clock time: "9 a.m.", "midnight", "5:40". */
const LONE_CLOCK = String.raw`(?:\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d\d\b|\bnoon\b|\bmidnight\b)`;
/** Right before "that day", a lone clock time: "at 9 a.m. ", "until midnight ", "at 5:40 ". */
const CLOCK_JUST_BEFORE = new RegExp(`${LONE_CLOCK}\\s+$`, 'i');
/** A clock time anywhere in the text given, "9:02 a.m.", "at noon". */
const CLOCK_IN = new RegExp(LONE_CLOCK, 'i');
/** Right before a count, a past perfect: "had gone off ", "had been seen ". */
const PERFECT_JUST_BEFORE = /\bhad\s+(?:[a-z]+\s+){1,3}$/i;

/**
 * Whether minutes or hours "earlier" at `start` place an event before a clock time told in the same
 * sentence, in the past perfect: a time it reached, not a gap. A schedule, "the race starts at 9am,
 * with wheelchairs setting off ten minutes earlier", stays a length (our news annotators 3 of 4).
 *
 * @example isBeforeToldClock('It blew up at 9:02 a.m.; a second had gone off 10 minutes earlier', 47) // true
 */
function isBeforeToldClock(text: string, start: number): boolean {
  return (
    PERFECT_JUST_BEFORE.test(text.slice(Math.max(0, start - 30), start)) &&
    CLOCK_IN.test(lastSentence(text.slice(Math.max(0, start - 200), start)))
  );
}
/** Right before "that day", a range of hours: "from 8 a.m. to 4 p.m. ", "between 9am and noon ". */
const HOURS_RANGE_BEFORE =
  /\b(?:from|between)\s+\S+(?:\s*[ap]\.?m\.?)?\s+(?:to|until|till|and)\s+(?:(?:about|around|roughly)\s+)?\S+(?:\s*[ap]\.?m\.?)?\s+$/i;

/** "a truce from dawn Friday", "overnight Sunday": the part of that day a word names. */
const DAWN: Record<string, string> = {
  dawn: 'morning',
  daybreak: 'morning',
  dusk: 'evening',
  nightfall: 'evening',
  overnight: 'night',
};

/** "before dawn on": the night before the day broke ("shortly before dawn" is a moment, dawn itself). */
const BEFORE_DAWN = /(?<!\b(?:shortly|just|hours|minutes)\s+)\bbefore\s+$/i;

/** ", April 11", " 11 April": a date right after a weekday. */
const DATE_AFTER_WEEKDAY = new RegExp(
  `^,?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\.?\\s+\\d{1,2}\\b)`,
  'i',
);

/**
 * "on the Saturday", "By the Tuesday", "from the Tuesday to the Saturday": a weekday with "the"
 * after a preposition names a day of the week the story is in, as "that Saturday" does (not "the
 * Saturday before Christmas", counted from another day, nor "the Sunday market", any week's).
 */
function weekdayWithThe(m: RegExpExecArray, text: string): boolean {
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  return (
    /\b(?:on|by|until|till|from|to|through|before|after|since|over)\s+$/i.test(
      text.slice(Math.max(0, m.index - 9), m.index),
    ) &&
    !/^\s+(?:before|after|of)\b/i.test(after) &&
    // (Nor a weekday before its noun: "by the Tuesday deadline".)
    !/^\s+(?!(?:and|or|but|to|with|when|because|as|at|in|on|by|for|from|until|till|you|we|he|she|they|it|was|were|had|has|is|would|could|that|so|then)\b)[a-z]/.test(
      after,
    )
  );
}

/**
 * "The gallery is open Wednesday through Sunday", "Larder is open Tuesday to Saturday": the days a
 * place keeps open every week, a set (our news annotators 4 of 4; "It will then open Monday through
 * Wednesday" names one week's days). OPEN_RANGE_FROM is what stands before the first day,
 * OPEN_RANGE_TO before the last.
 */
const OPEN_RANGE_FROM = /\b(?:is|are)\s+open\s+(?:from\s+)?$/i;
const OPEN_RANGE_TO = new RegExp(
  `\\b(?:is|are)\\s+open\\s+(?:from\\s+)?${WEEKDAY}\\s*(?:to|through|thru|until|-|–)\\s*$`,
  'i',
);
const RANGE_TO_WEEKDAY = new RegExp(`^\\s*(?:to|through|thru|until|-|–)\\s*${WEEKDAY}\\b`, 'i');

/** After "the Saturday", a stranded "after" or "before": one with no object, at a clause's end. */
const STRANDED_BEFORE_AFTER = /^\s+(after\s+next|before\s+last|after|before)(?=\s*(?:[,.;:!?)"”—–]|$))/i;

const NEWSPAPER_AFTER =
  /^\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Tribune|Mail|Independent|Observer|Sentinel|Gazette|Chronicle|Journal|Courier|Globe|Star|Record|Standard|newspaper|paper)\b/;

/** Small words a title keeps in lower case: "Sunday Kind of Love", "Ashes of the Tuesday". */
const TITLE_SMALL_WORD = /^(?:of|the|a|an|and|or|in|on|at|to|for|with)$/;
/** Words a quoted day takes without being a title: "Friday Night", "Monday, March 3". */
const DAY_WORD =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Morning|Afternoon|Evening|Night|January|February|March|April|May|June|July|August|September|October|November|December|\d+\w*)$/;

/**
 * Whether text[start, end), a weekday, is part of a title or name quoted in title case: the album
 * "Sunday Kind of Love Gone Wrong", the comedy "Tuesday Club", a "Wonky Wednesday" offer. (Not a
 * quoted remark, "Friday is the answer", nor a quoted day, "Saturday Night".)
 */
function inQuotedTitle(text: string, start: number, end: number): boolean {
  const open = /["“]([^"“”\n]{0,40})$/.exec(text.slice(Math.max(0, start - 41), start));
  const close = open && /^([^"“”\n]{0,40})["”]/.exec(text.slice(end, end + 41));
  if (!open || !close) return false;
  const words = `${open[1]!}${text.slice(start, end)}${close[1]!}`.split(/[\s,.;:!?]+/).filter(Boolean);
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    words.every((w, i) => /^[A-Z]/.test(w) || (i > 0 && TITLE_SMALL_WORD.test(w))) &&
    words.some((w) => !DAY_WORD.test(w.replace(/['’]s$/, '')) && /^[A-Z]/.test(w))
  );
}

/** A lower-case word right before a span, past spaces and an opening quote: "drama" in "the war
 * drama Twelve O'Clock High", "of" in 'a cover of "Nine O'Clock Blues"'. */
const LOWER_WORD_BEFORE = /(?:^|[^\p{L}'’-])\p{Ll}[\p{L}'’-]*[\s"“‘]*$/u;
/** How far either side of a span its line is read for title case: a headline is shorter. */
const LINE_REACH = 200;

/**
 * Whether text[start, end) stands in running text, where words in title case are a title's or a
 * name's: after a lower-case word, in a line with a lower-case word of four letters or more other
 * than a title's small ones ("the war drama Twelve O'Clock High"). A headline is in title case
 * throughout, and its capitals say nothing ("Polls Close at Eight O'Clock Tonight").
 */
function inRunningText(text: string, start: number, end: number): boolean {
  if (!LOWER_WORD_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
  const before = text.slice(Math.max(0, start - LINE_REACH), start);
  const line = `${before.slice(before.lastIndexOf('\n') + 1)} ${text.slice(end, end + LINE_REACH).split('\n', 1)[0]!}`;
  return line.split(/[^\p{L}'’-]+/u).some((w) => /^\p{Ll}{4}/u.test(w) && !TITLE_SMALL_WORD.test(w));
}

/** After "hourly", a kind of worker or pay, with at most one word before it: " workers", " overtime
 * rate", " living wage". */
const HOURLY_PAY_AFTER =
  /^\s+(?:([a-z]+)\s+)?(?:workers?|staff|employees|wages?|pay|floor|minimum|rates?)\b/i;

/**
 * Whether the text after "hourly" makes it a unit of pay: a worker or a pay word, after at most one
 * word of lower case that qualifies it ("the hourly statutory minimum", "the hourly living wage";
 * not a small word, "paid hourly to staff", nor a capital, "Hourly Transit Workers").
 */
function isHourlyPay(after: string): boolean {
  const m = HOURLY_PAY_AFTER.exec(after);
  const word = m?.[1];
  return !!m && (word === undefined || (word === word.toLowerCase() && !TITLE_SMALL_WORD.test(word)));
}

/** "the last half of" before a decade. */
const HALF_OF_BEFORE = /\b(?:the\s+)?(first|last|latter|second)\s+half\s+of\s+$/i;

/** What may stand before the first day of a range: a preposition, then "the". */
const RANGE_LEAD = /(?:\b(from|between|on|of|during)\s+)?(the\s+)?$/i;

/**
 * Whether text[start, end) ("2024-25") stands among words of budgets and seasons, or between "the"
 * and the noun it qualifies, which make two years in a row one fiscal, budget or sports year rather
 * than a range.
 */
const amongSplitYearWords = (text: string, start: number, end: number) =>
  /\b(?:budget|fiscal|financial|tax|spending|season|academic|school|crop|deficit|revenue)/i.test(
    text.slice(Math.max(0, start - 120), end + 40),
  ) ||
  // "the 2023-24 pay round", "the 2022-23 settlement": after "the", before the noun it qualifies
  // (a history's range of years stands alone: "in 1958-59", "the Siege of Kut (1915-16)").
  (/\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start)) &&
    /^\s+[a-z]/.test(text.slice(end, end + 2)));

/**
 * Holiday names for a case-sensitive pattern: a capital first letter (names are capitalised; a
 * lower-case start is rejected at once, which keeps the rule cheap), any case after it.
 */
/** Holiday names that are not proper nouns and so keep their lower case. */
const LOWER_CASE_HOLIDAYS = new Set([
  'leap day',
  'early may bank holiday',
  'may day bank holiday',
  'late may bank holiday',
  'spring bank holiday',
  'august bank holiday',
  'summer bank holiday',
  'first sunday of advent',
]);
const HOLIDAY_NAMES = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map(
    (w) =>
      // ("leap day" is written in lower case too.)
      (LOWER_CASE_HOLIDAYS.has(w) ? `[${w[0]}${w[0]!.toUpperCase()}]` : w[0]!.toUpperCase()) +
      [...w.slice(1)]
        .map((ch) =>
          /[a-z]/.test(ch)
            ? `[${ch}${ch.toUpperCase()}]`
            : ch === ' '
              ? '\\s+'
              : ch === "'"
                ? "['’]?"
                : // ("St Patrick's Day", British, has no dot.)
                  ch === '.'
                  ? '\\.?'
                  : `\\${ch}`,
        )
        .join(''),
  )
  .join('|');

/** "Thursday and ", "Saturday or ": a weekday paired with the one that follows. */
const PAIRED_WEEKDAY_BEFORE = new RegExp(`\\b${WEEKDAY}(?:,)?\\s+(?:and|or)\\s+$`, 'i');
/** Words of a timetable: what recurs, or is set to. */
const TIMETABLE_WORD = /\b(?:will|would|each|every|usually|normally|regularly)\b|['’]ll\b/i;
/** The word before "a week" in a rate ("four days a week", "trained two evenings a week"). */
const RATE_WHAT = /\b(days?|nights?|evenings?|mornings?|afternoons?|times|once|twice|thrice)$/i;

/** The lower count of a range right before a length: "six to [eight weeks]", "two-[three years]". */
/**
 * Words before "an hour earlier" that move a schedule rather than tell what came next: a verb of
 * opening, closing, starting or leaving in the present or ahead ("will close", "leaves", "starting"),
 * or one of moving a few words back ("moved the start", "moving about").
 */
function scheduleMoved(before: string): boolean {
  return (
    /\b(?:start|starts|starting|open|opens|opening|close|closes|closing|end|ends|ending|leave|leaves|leaving|arrive|arrives|finish|finishes)\s+$/i.test(
      before,
    ) || /\b(?:move[sd]?|moving|shift(?:s|ed|ing)?)\b[^.;:,!?]{0,30}$/i.test(before)
  );
}

const RANGE_COUNT_BEFORE = new RegExp(`(?:^|[^\\w-])(${NUM_CORE})\\s*(?:to|-|–)\\s*$`, 'i');

/** "the week of", "the week ending", "the weekend of" (group `we`) before the day that names the week. */
const WEEK_OF_HEAD =
  '\\bthe\\s+(?:week\\s+(?:of|to|ending|ended|beginning|starting|commencing)|week(?<we>end)\\s+of)\\s+';
const WEEK_OF_KEYS = [
  'week of',
  'week to',
  'week end',
  'week beginning',
  'week starting',
  'week commencing',
  'weekend of',
];
/** The last day of a span named by its dates: "the weekend of Dec. 2-3", "of 14 and 15 March". */
const SECOND_DAY = '(?:(?:\\s*[-–]\\s*|\\s+and\\s+)\\d{1,2}(?:st|nd|rd|th)?\\b)?';

/** "The retailer said Thursday that it had hired 300 more workers, and that January sales had
 * started early": a second "that" after "and", in a sentence whose saying opened a first, is a
 * conjunction as the first is. */
const SECOND_THAT_OF_SAYING = new RegExp(`\\b${REPORTING_VERB}\\b[^.;!?]*\\bthat\\s[^.;!?]*\\band\\s+$`, 'i');
/** After "and that June", a new subject with its determiner or a pronoun ("and that June the sale
 * went ahead", "and that June, they sold"), or a comma: "that June" is the time of the clause that
 * follows, not the conjunction before a verb or a noun the month modifies ("January sales had"). */
const NEW_SUBJECT_AFTER =
  /^(?:\s*,|\s+(?:the|a|an|its|their|his|her|our|my|your|these|those|he|she|it|they|we|i|you)\s)/i;

/** Before "that Friday", words after which "that" opens a clause ("said that Friday would be calm",
 * "so that Friday's meeting"), not a day of the story. */
const THAT_CONJUNCTION_BEFORE =
  /\b(?:said|says|say|told\s+\w+|announced|added|noted|believed?|thinks?|thought|knew|knows|warned|claimed|reported|insisted|confirmed|hoped|expected|feared|argued|agreed|decided|ruled|found|showed|suggested|stated|explained|admitted|denied|reali[sz]ed|learned|heard|wrote|so|now|fact|such|given|ensure|means|meant|clear|sure|likely|possible|news|word|idea|belief)\s*$/i;

/** After "that Friday", a verb of which the day is the subject: "forecasters had warned days in
 * advance that Wednesday would bring", "said last week that September had been wetter" (the saying
 * too far back for THAT_CONJUNCTION_BEFORE). Our news annotators leave "that" out 12 of 14. A negated
 * auxiliary too: "The lesson is that July wasn't a turning point". An adverb may come before the verb:
 * "the trade that Christmas always brings" (a relative "that": the span is "Christmas"). */
const THAT_CLAUSE_VERB_AFTER =
  /^\s+(?:(?:always|still|often|usually|never|also|now|only|already|typically|traditionally|normally|rarely)\s+)?(?:(?:is|was|were|are|will|would|could|should|might|can|had|has|have)(?:n['’]t)?|won['’]t|can['’]t|brought|brings|marked|marks|proved|remains|remained)\b/;

/** After a comma, an aside and then the verb of the clause a conjunction "that" opened, or a person's
 * "who": "furious that May, after months of delay, had not resigned", "that May, who had promised
 * to go". (Not "returned that March, and married": the comma closes the clause.) */
const ASIDE_THEN_VERB_AFTER = new RegExp(
  `^,\\s+(?:who\\b|[^,.;:!?]{1,60},(?=${THAT_CLAUSE_VERB_AFTER.source.slice(1)}|\\s+(?:not\\s+|never\\s+)?[a-z]+ed\\b))`,
);

/** Before such a "that", a word in the middle of a clause, not a preposition ("the star of that August
 * was") nor the start of a sentence ("That Friday was the worst"). */
const THAT_CLAUSE_WORD_BEFORE =
  /\b(?!(?:of|in|on|at|during|by|for|from|to|until|till|since|through|over|after|before|into|throughout)\b)[a-z]+\s+$/;

/** Words of a match, race or show report, where "the second half" is the game's, the run's or the
 * evening's ("two tries in six minutes", "dropped the last of her pacers", "Second half under way
 * with the choir", "there are longueurs in the second half", "The programme was clever. The first half
 * recreated the opening night", "walking much of the second half" of a race). (Not "tries to", "race to": verbs;
 * nor a political race, nor "halfway through the year"; "chapter" and "the show" are left out, being a
 * company's bankruptcy and trade fair as often.) */
const MATCH_WORDS =
  /\b(?:goals?|scored|scorer|header|equali[sz](?:ed|er|ing)|kick-?off|half-?time|full-?time|substitute[ds]?|striker|midfielder|defender|goalkeeper|penalty|touchdowns?|innings|quarterback|referee|dismissal|clean\s+sheet|carried\s+off|the\s+course|tries(?!\s+to\b)|(?:a|converted|penalty)\s+try|tip-?off|goalless|pacers?|negative\s+split|(?:half-)?marathon|(?:back|half)\s+under\s+way|premiere|interval|longueurs|subplot|kicked\s+off|bowl\s+game|(?<!\b(?:presidential|election|electoral|leadership|mayoral|senate|congressional|gubernatorial|primary|nomination|arms|space|political)\s+)race(?!\s+to\b)|swim|halfway(?!\s+(?:through|into)\s+(?:the|this|its)\s+(?:fiscal\s+)?(?:year|quarter))|ensemble|orchestra|choir|concert|framing\s+device)\b/i;

/** Words of a basketball or football game, whose "third quarter" is the game's. */
const GAME_QUARTER_WORDS =
  /\b(?:\d+\s+(?:points|rebounds|assists)|three-pointers?|netball|free\s+throws?|tip-?off|buzzer|touchdowns?|quarterback|field\s+goals?|Game\s+\d)\b/i;

/** A noun a season before it names a kind of: "the summer recess", "the winter timetable", "the
 * winter wheat", "the summer driving season", "after winter trials", "the coldest
 * spring day", "winter time". (Not "spent the winter reading": a verb.) */
const SEASON_COMPOUND_HEAD =
  /^\s+(?:recess|window|transfer|timetable|schedule|statement|classics|equinox|storms?|break|heat|rate|service|season|meeting|festival|play|half-term|wheat|barley|crops?|sports|driving|record|trials?|day|time|reading\s+(?:program|programme|list|challenge))\b/i;
/**
 * A noun after a bare season that makes it the time of a run of events held in it: "their summer
 * sales", "choosing a spring race", "the company's autumn tour", "a sleepy summer campaign", "from
 * their summer highs" (our news golds tag a bare season before these 16 times in 17). The group
 * `dropHead` holds the nouns "fall" may instead be the drop before: "who saw their pay fall demand".
 */
const SEASON_EVENT_HEAD =
  /^\s+(?:(?:tours?|races?|campaigns?|bookings|auctions?|elections?|reshuffle)|(?<dropHead>sales|inventories|demand|highs|lows))\b(?!-)/i;
/**
 * Before such a season, what makes its events some one run: a determiner or an owner, maybe with one
 * word between ("their summer sales", "a four-week summer tour", "the party's spring campaign"). A
 * bare plural or mass noun is any year's: "Retailers count on summer sales", "countries hold spring
 * elections". ("that" is left out: it is as often the conjunction, "said that summer sales rose";
 * so is "it's": "it's summer sales season".)
 */
const SEASON_EVENT_OWNER_BEFORE = new RegExp(
  `(?:^|[^\\w'’])(?:${[...DETERMINERS].filter((w) => w !== 'that').join('|')}|(?!(?:it|that|there|here|he|she|what|who|where|let)['’])[A-Za-z]+(?:['’]s|s['’]))\\s+(?:[a-z][\\w-]*\\s+)?$`,
  'i',
);
/**
 * After a season's events, what puts them in another year or in none: a year or decade ("winter
 * highs of 2021", "autumn lows in 2019", "summer tours from the 1980s"), or a habit of many years
 * ("her spring races have all been", "their summer sales are usually").
 */
const SEASON_EVENT_NOT_THIS_AFTER =
  /^\s*(?:(?:of|in|from|since|during|between)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1\d{3}|20\d{2})|(?:of\s+)?['’]\d\d\b|(?:(?:have|has|are|is|were|was|had)\s+)?(?:all|always|usually|typically|normally|traditionally|generally|often|mostly)\b)/i;

/**
 * Whether a bare lowercase season names when one run of events is held: "their summer sales", "its
 * fall tour" (not "fall" before a noun it may be the drop of; see SEASON_EVENT_HEAD).
 *
 * @example seasonHoldsEvents('dedicated its ', ' tour to the late drummer', 'fall') // true
 */
function seasonHoldsEvents(lead: string, follows: string, s: string): boolean {
  const head = SEASON_EVENT_HEAD.exec(follows);
  if (!head || (s === 'fall' && head.groups?.dropHead)) return false;
  return (
    SEASON_EVENT_OWNER_BEFORE.test(lead) && !SEASON_EVENT_NOT_THIS_AFTER.test(follows.slice(head[0].length))
  );
}
/** What follows a length of unstated size: "months of talks", "hours before", "weeks ahead",
 * "hours to go", "weeks left" (how long remains; not the verb: "years left him scarred"), "weeks
 * earlier than usual". Before "than", "earlier" and "later" measure a gap, a length (our news
 * annotators 2 of 3). Without it "hours later", "weeks earlier" is split: our news annotators tag
 * the unit as a length 13 times, but TimeBank and WikiWars write the whole phrase as an anchored
 * date (WikiWars 6 of 6), so it is left untagged; so is "weeks afterwards", which says the same as
 * "weeks later" ("Weeks afterwards, the rebels seized the capital"). */
const UNITS_THEN =
  /^\s+(?:of\s+(?!the\b|its\b|his\b|her\b|their\b|our\b)|before\b|after\b|(?:later|earlier)\s+than\b|ahead\b|in\s+advance\b|to\s+(?:spare|go)\b|left\b(?!\s+(?:him|her|them|us|me|you|it|the|an?|his|their|its|our|my|behind)\b)|remaining\b)/i;
/** A word that makes "days", "hours" a kind of day or hour, or counts them: "strike days", "the
 * busiest days", "18-hour days", "a handful of days", "all but two days of play" (a count the
 * length rule turned down), "the same months of 2009" (the months named
 * before, again in another year: no length). */
const UNIT_KIND_BEFORE = new RegExp(
  String.raw`(?:\b(?:same|snow|strike|opening|working|business|training|trading|calling|library|staff|peak|rush|market|extra|rest|duty|travel|weather|hour|degree|leap|drought|light|results?|evening|morning|earlier|later|fewer|more|dark|best|worst|most|both|those|these|school|holiday|sick|shopping|summer|winter|good|bad|hard|early|final|last|first|few|many|several|some|all|of|the|a|an|${SMALL}|ten|eleven|twelve)|\w+est|\d|-)\s*$`,
  'i',
);

/**
 * Before "hours later than", "hours earlier than", what makes the hours those a place keeps, not a
 * gap of unstated size: an owner, maybe with one word between ("can keep their Sunday hours later
 * than 4pm", "the museum's hours"), a weekday, or a noun of visits, votes or trade ("extend visiting
 * hours later than usual"). (Kinds that hold before any unit and tail, "opening hours", "business
 * days", are UNIT_KIND_BEFORE's.) Not "it's", "that's": "that's hours later than planned" is a gap.
 */
const HOURS_KEPT_BEFORE = new RegExp(
  String.raw`(?:(?:^|[^\w'’])(?:its|his|her|their|our|your|my)|(?!(?:it|that|there|here|what|who|where|let)['’])\b[A-Za-z]+['’]s|s['’])\s+(?:[A-Za-z][\w-]*\s+)?$|\b(?:${WEEKDAY_NAME}|weekend|weekday|visiting|operating|polling|voting|viewing|office|store|shop)s?\s+$`,
  'i',
);
/** "later than", "earlier than" after a unit: a gap set against another time. */
const COMPARED_AFTER = /^\s+(?:later|earlier)\s+than\b/i;

/**
 * Whether bare "hours" before "later than" or "earlier than" are the hours a place keeps (no timex),
 * not a gap.
 *
 * @example isHoursKept('extend visiting ', 'hours', ' later than usual') // true
 */
function isHoursKept(lead: string, unit: string, follows: string): boolean {
  return /^hours$/i.test(unit) && COMPARED_AFTER.test(follows) && HOURS_KEPT_BEFORE.test(lead);
}

/** A count right before "days a week", "times a year". */
const COUNT_BEFORE = new RegExp(`(?:^|[^\\w-])(${NUM_CORE})\\s+$`, 'i');

/** A date or a weekday right after a name of a day: "election night, Nov. 4", "election night Tuesday". */
const DATE_AFTER = new RegExp(`^,?\\s+(?:${MONTH}|${WEEKDAY})`, 'i');

/** Right before a holiday, a word that sets it in the story: "that ", "the following ". */
const HOLIDAY_OF_STORY_BEFORE = /\b(that|the\s+following|the\s+previous)\s+$/i;
/** After a holiday, a lower-case word that is no function word: the noun it describes ("parade"). */
const HOLIDAY_AS_MODIFIER =
  /^\s+(?!(?:itself|in|on|at|and|or|is|was|were|are|will|would|when|as|to|for|with|by|but|that|which|this|last|next|falls|fell)\b)[a-z]/;

/** Before a holiday, a word that makes it the time of something: a day's preposition ("before ",
 *  "closed for "), "during ", "ahead of ", "celebrated ". */
const HOLIDAY_TIMING_BEFORE = new RegExp(
  String.raw`\b(?:${DAY_PREPS}|during|around|through|over|ahead\s+of|celebrat(?:e|es|ed|ing)|mark(?:s|ed|ing)?)\s+$`,
  'i',
);

/** After a holiday, the year it fell or falls in, counted from now: "Easter last year". */
const HOLIDAY_YEAR_AFTER = /^\s+(?:of\s+)?(last|next)\s+year\b(?!['’])/i;

/**
 * After a holiday, a thing of its season, not a time: "Christmas trees", "Easter eggs", or a war it
 * names, "the Yom Kippur War" (not the day's own occasion: "Thanksgiving dinner", "a Halloween
 * party", "a Christmas present").
 */
/** After a bare "New Year" that is the day: the end of its phrase. */
const BARE_NEW_YEAR_AFTER =
  /^(?:\s*$|[.,;:!?)"”]|\s+(?:and|or|in|on|at|to|with|when|as|is|was|will|had|has)\b)/;
const HOLIDAY_THING =
  /^\s+(?:trees?|lights|markets?|bonus(?:es)?|merchandise|cards?|decorations?|carols?|jumpers?|puddings?|songs?|singles?|films?|movies?|ads?|adverts?|eggs?|bunn(?:y|ies)|spending|travellers|travelers|journeys|[Ww]ar|Carols?|Island|Rising)\b/;

/** A year named, then what it is: "2016 is ", "2023 would be \"", "fiscal 2025 had been ", "in 2015, ". */
const YEAR_THEN_COPULA =
  /\b(?:1\d|20)\d\d(?:,|\s+(?:is|was|will\s+be|would\s+be|could\s+be|has\s+been|had\s+been))\s+["“]?$/i;

/** A copula or "as" right before the noun it makes of its subject: "was ", "will be \"not ",
 *  "has been taught as ". */
const COPULA_BEFORE_NOUN =
  /\b(?:is|was|were|are|be|been|as)\s+(?:(?:not|also|still|simply|really|truly|finally)\s+)?["“]?(?:not\s+)?$/i;

/** A clause that opens right after a noun and tells of it: "the year we", "the year the park",
 *  "the year England began", "the year for experiments". */
const CLAUSE_AFTER_NOUN =
  /^\s+(?:(?:that|when|in\s+which|we|I|you|he|she|it|they|our|my|his|her|their|its|the|a|an|for)\b|[A-Z][a-z])/;

/** Words of a weekend's weather or bustle: "a busy weekend", "a cold, dry weekend". */
const WEEKEND_KIND =
  'busy|busiest|hectic|quiet|quieter|whirlwind|good|great|wet|wetter|soggy|dry|drier|cold|colder|chilly|warm|warmer|hot|hotter|sunny|rainy|snowy|stormy|windy|unsettled';

/** The forms of "spend" before what is spent: "spent weekends", "spending winters". */
const SPEND = 'spen(?:d|ds|t|ding)';
/** The seasons in the plural, each such season when spent: "spent summers", "spend winters". */
const SEASONS_PLURAL = ['summers', 'winters', 'springs', 'autumns'] as const;

/** A noun "day" classes, with which it makes one noun: "day trip", "day return", "day care". */
const DAY_COMPOUND = String.raw`(?:trips?|trippers?|hikers?|returns?|pass(?:es)?|tickets?|visitors?|patients?|nurser(?:y|ies)|centres?|centers?|care|shifts?)\b`;
/** After "a day", a noun it classes: "a day trip", "a day return", "a day care centre". */
const DAY_KIND = new RegExp(String.raw`^\s+${DAY_COMPOUND}`, 'i');
/**
 * Right after a likeness's "it" or "the other", the end of the phrase: a mark ("a week like it,"), the
 * text's end, or a conjunction, preposition or adverb of time ("a season like it in years", "a day
 * like no other since 1990"); not a noun it goes on to ("like the other pilgrims") nor a verb of a
 * clause ("like it was her last").
 */
const LIKENESS_END = String.raw`(?=\s*(?:[^\w\s'’]|$|(?:and|or|but|nor|in|on|at|for|from|with|by|since|before|after|until|till|during|when|while|because|as|than|again|ever|either|anywhere|yet)\b))`;
/**
 * After one day, night, week or year, a likeness to another time: "a day like this", "a year like no
 * other", "a night like it", "a day like today", "a year like the last", "a week like any other".
 * Not "like" before any other noun phrase: "waited a year like everyone else", "queued for a week
 * like pilgrims" say how long, as they did (all 30 such likenesses in our news golds are of this shape).
 * "it" and "the other", "any other", "the last" end the likeness only where the phrase ends with them
 * (LIKENESS_END): "queued for a week like the other pilgrims", "trained for a year like it was her last
 * chance" liken how it was done, and say how long.
 */
const LIKENESS_AFTER = new RegExp(
  String.raw`^\s+like\s+(?:this|that|these|those|never\s+before|today|tonight|yesterday|tomorrow|${WEEKDAY}|(?:1\d|20)\d\d|(?:it|(?:no|any|none)\s+other|(?:the|last|next|this|that|any|every|another|no)\s+(?:\w+\s+)?(?:one|last|previous|other|${UNIT}|${PERIOD_UNIT}))${LIKENESS_END})\b`,
  'i',
);
/** After "the same day", "that day": a noun it classes, "the same day care centre" (no day); only the
 * heads that cannot be a plural subject opening the next clause ("The next day visitors queued"). */
const DAY_COMPOUND_AFTER = /^[\s-]+(?:care|nursery|trip|tripper|return|centre|center)\b/i;

/**
 * Before "this day", a preposition of what a day is waited, worked or prepared for: "I have prepared
 * for this day", "working toward this day", "From this day, patience is over" (our news annotators
 * tag it, 4 of 4; as a verb's object, "celebrating this day", "never see this day", it is left out).
 */
const FOR_THIS_DAY_BEFORE = /\b(?:for|from|towards?)\s+$/i;
/** After "this day", a word that makes it no day: "from this day forward", "for this day of all days",
 *  or a count back that makes it one expression with it, "from this day 30 years ago". */
const THIS_DAY_IDIOM_AFTER =
  /^\s+(?:forward|forth|on|onwards?|of|and|in|last|next|every|each|\d|[a-z]+\s+(?:years?|decades?|centur(?:y|ies))\s+ago\b)/i;
/** The end of the sentence after "this day" (a quotation's comma runs on: '," said a survivor of the 2004 tsunami'). */
const SENTENCE_END_AFTER_THIS_DAY = /[.!?]\s/;
/** The last sentence end before "this day" (-1, none, keeps the whole slice). */
const SENTENCE_START_BEFORE_THIS_DAY = /[.!?]\s(?![^]*[.!?]\s)/;
/** Before "for this day", a calendar day's figure, any year's: "the record high for this day". */
const THIS_DAY_CALENDAR_BEFORE = /\b(?:record|high|low|average|normal|temperature|highest|lowest)s?\s+$/i;
/** Before "for this day" in its sentence, the past: "We had saved for this day", "We saved for this
 *  day" (a day of the story; not "I have prepared for this day"). */
const THIS_DAY_PAST_BEFORE =
  /(?:\bhad\b[^.!?]*|(?<!\b(?:have|has|'ve|’ve|been|be|to)\s+)\b[a-z]+ed\s+)(?:for|from|towards?)\s+$/i;
/** A weekday or "yesterday": named in the sentence or two before "for this day", the story's day. */
const THIS_DAY_WEEKDAY_NEAR = new RegExp(String.raw`\b(?:${WEEKDAY}|yesterday)\b`, 'i');
/** A year: named in the sentence of "for this day", the day it tells of ("a survivor of the 2004 tsunami"). */
const THIS_DAY_YEAR_NEAR = /\b(?:1[6-9]|20)\d\d\b/;

/** Before "a day" or "a single night", words that make it the one day a thing fell on: "on", "a record for". */
const ONE_OCCASION_BEFORE =
  /(?:\bon|\b(?:record|most|highest|biggest|largest|best|worst|busiest|fewest|lowest)\s+for)\s+$/i;

/** After "a day", what names it: "a day of action", "another day of strikes", "a day of mourning". */
const DAY_OF_OCCASION =
  /^\s+of\s+(?:(?:travel|national)\s+)?(?:action|mourning|protests?|strikes?|walkouts?|demonstrations?|reflection|prayer|remembrance|chaos|disruption)\b/i;

/** A lower-case "the" before a capital ("Back to the Future"): in running text, a title's words. */
const TITLE_CASE_THE = /^the\s+[A-Z]/;
/** "the recent past", "the very recent past", "the near future", "the not-too-distant future", "the
 * not so distant future", "the foreseeable future": how near, then which way. */
const NEAR_PAST_OR_FUTURE =
  /\bthe\s+(?:(?:not[\s-]+(?:too|so|that)|very|more|fairly|relatively|quite)[\s-]+)?(?:(?<past>recent\s+past)|(?:near|distant|foreseeable)\s+future)\b/gi;
/** Before "the future", what makes it the time, not an adjective: "in ", "into ", an opening "For ". */
const FUTURE_AS_TIME_BEFORE = /\b(?:[Ii]n|[Ii]nto|For)\s+$/;
/** After "the future", a name of up to three words and then its verb: " Congress will", " Acme
 * Corp must" (not " Riverside Station, which"). */
const NAME_THEN_VERB = new RegExp(
  String.raw`^ (?:[A-Z][\w'’.-]*\s+){1,3}(?:${MODALS.join('|')}|needs?\s+to|ha(?:s|ve)\s+to|wo?n['’]t)\b`,
);

/** After "the future", a role or a tie it is the adjective of: "the future king", "the future
 * international", "the future relationship". */
const FUTURE_ADJECTIVE_HEAD =
  /^\s+(?:relationship|relations|king|queen|emperor|empress|wife|husband|bride|president|chancellor|international|captain|champion|owner)\b/i;

/** Before "the future of" a thing, a preposition, a joining "and" or a copula: there "the future" is
 * the thing's fate, no time ("a vote on the future of the library", "talks over price and the future
 * of the plant", "saw it as the future of scouting"; our news annotators leave 14 of 16 untagged). */
const FATE_OF_BEFORE = /\b(?:on|over|about|for|as|to|with|from|including|and|or|is|are|was|were|be)\s+$/i;

/** Right before a weekday, a word that tells what follows recurs each such week ("cut Sunday service",
 * "the first Sunday train", "households with Tuesday pickup", "its popular Monday night bingo"). */
const RECURRING_BEFORE =
  /\b(?:cut|cuts|cutting|end|ends|ending|restore[sd]?|restoring|add|adds|added|adding|extra|regular|popular|usual|normal|weekly|every|each|first|with|without|no)\s+$/i;

/** Later in the clause after a weekday's noun, an adverb of recurrence ("his Saturday demonstrations
 * at the museum regularly drew crowds"). */
const RECURRING_AFTER = /^[^.;!?]*?\b(?:regularly|weekly|every\s+week|each\s+week)\b/i;

/** After "a night", a noun it classes: "a night shift", "a night race", "a night out". */
const NIGHT_KIND =
  /^\s+(?:races?|rodeos?|games?|match(?:es)?|shifts?|porters?|out|bus|buses|trains?|club|watchman|guard|nurse|flights?|market|sky|owl|school)\b/i;

/** "aged ", "as young as ", "aged between six months and ": an age follows, not a time. */
const AGE_BEFORE =
  /\b(?:aged|as\s+young\s+as|as\s+old\s+as)\s+(?:between\s+)?(?:[\w.]+\s+(?:months|years|weeks)\s+(?:to|and)\s+)?$/i;

/** Before a count of centuries, a verb of scoring: "scored a century", "has made four centuries". */
const CENTURY_SCORED_BEFORE =
  /\b(?:made|make|makes|making|scored|score|scores|scoring|compiled|compiles|hit|hits|struck|posted|notched)\s+$/i;
/** After a count of centuries, what makes them runs or a break's points: "a century partnership",
 * "a century stand", "century breaks", "three centuries in the final session". (Not "stands": "a
 * century stands" is the verb, "the bridge that has lasted a century stands on the river".) */
const CENTURY_SCORED_AFTER = /^\s+(?:partnerships?|stand|breaks?|in\s+the\s+(?:\w+\s+)?session)\b/i;

/** "waited ", "spent ", "has had ", "they've had ", "had only ", "have just ", "taken them ": a
 * length's verb before bare units. */
const DURATION_VERB_BEFORE =
  /(?:\b(?:has|have|had)|['’](?:ve|d))\s+had\s+$|\b(?:has|have|had)\s+(?:only|just)\s+$|\b(?:waited|wait|waiting|spent|spend|spending|spends|taken\s+(?:them|him|her|us|me|you)|took\s+(?:them|him|her|us|me|you))\s+$/i;

/** "for weeks and possibly ", "for months, possibly ", "for days or even ", "in minutes rather than ":
 * a length of unstated size, then the word that offers another. */
const LENGTH_ALTERNATIVE_BEFORE =
  /\b(?:minutes|hours|days|weeks|months|years|decades)(?:(?:\s+at\s+least)?(?:,\s*|\s+)(?:(?:and|or)\s+)?(?:possibly|perhaps|maybe|probably|even)|\s+rather\s+than)\s+$/;

/** "not ", "has not had ", "never seen ", "not even ": a denial right before a single unit. */
const NEGATED_ONE_BEFORE = /(?:\bnot|n['’]t|\bnever)\s+(?:(?:even|had|have|has|seen|see)\s+)?$/i;

/** After "less than a second": the end of the phrase, or a preposition that places the length
 * ("at the finish", "in the sprint"), where "second" is no ordinal before its noun. ("behind the
 * leader", "ahead", "clear", "off" make a margin with or without "by": SECOND_MARGIN_AFTER.) */
const SECOND_ALONE_AFTER = /^(?:\s*(?:[.,;:!?)"”’]|$)|\s+(?:at|in|on|to|from|after|before|when|and|but)\b)/;
/** Before "less than a second", "by": the margin a race is won or trailed by ("won by less than a
 * second"). Without it "at least a second, and possibly a third, term" is the ordinal. */
const SECOND_MARGIN_BEFORE = /\bby\s+$/i;
/** After "almost a second", a word that makes it a margin: "almost a second behind", "a second clear". */
const SECOND_MARGIN_AFTER = /^\s+(?:behind|ahead|clear|off|adrift|slower|faster|quicker)\b/i;

/** Before a count whose unit is left out, the length counted just before it and the word that
 * joins the two: "the first five years fighting for answers and ", "in the past two years than in ".
 * (No count of other things between them: in "the past three years the council has closed five
 * libraries and the next two", the count left out is of libraries.) */
const ELIDED_COUNT_BEFORE = new RegExp(
  `\\bthe\\s+(?:first|past|last|previous|next|initial|opening)\\s+(?:${WORD_COUNT}|\\d{1,3})\\s+(?<unit>seconds|minutes|hours|days|weeks|months|years|decades)\\b(?:(?!\\b(?:${WORD_COUNT}|\\d[\\d,.]*)\\s+(?!(?:of|in|on|at|to|by|for|from|and|or|than)\\b)[a-z])[^.;]){0,60}?\\b(?:and|than(?:\\s+(?:in|over|during|for))?|but|then|while)\\s+$`,
  'i',
);

/** After bare units, the length they are set against: "months, not weeks", "minutes rather than days". */
const LENGTH_ALTERNATIVE_AFTER =
  /^,?\s+(?:not|rather\s+than)\s+(?:minutes|hours|days|weeks|months|years|decades)\b/i;

/** "album of ", "coach of ", "heroes of ": an award's noun before "the year". */
/** After "the year", the end that makes it an accounting period: "ended Sept. 30", "ending in
 * March", "ending tomorrow", "to March 31", "to 30 March", "through March". */
const YEAR_TO_END = new RegExp(
  `^\\s+(?:(?:ended|ending)\\s+(?:(?:on|in)\\s+)?(?:${MONTH}|\\d|(?:to|yester|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|tomorrow|(?:this|last|next)\\b)|(?:to|through)\\s+(?:\\d{1,2}\\s+)?${MONTH})`,
  'i',
);
/** Whether four digits of a 24-hour clock stand before a zone (see the time rule's comment). */
function fourDigitZone(text: string, at: number, zone: string): boolean {
  if (zone === 'GMT' || zone === 'UTC') return true;
  if (zone.length < 3 || zone === 'PST' || zone === 'HST') return false;
  const before = /(\w+)\s+$/.exec(text.slice(Math.max(0, at - 12), at));
  return !before || !DETERMINERS.has(before[1]!.toLowerCase());
}

/**
 * A word of a place's time ("10am Pacific time", "7pm UK time"). The pattern ignores case, so
 * words that cannot name a place are kept out: "1.30pm tomorrow for the time trial".
 */
const ZONE_WORD = String.raw`(?!(?:for|the|an?|at|in|on|by|to|of|and|or|this|that|from|until|till|each|every|same|first|last|next|over|around|about|his|her|their|its|our|my|your|today|tonight|tomorrow|yesterday)\b)[A-Z][a-z]+`;
/** A count of minutes or seconds in words: "zero", "seven", "fourteen", "forty-one". */
/** What makes a dotted number a figure, not a clock time: "12.45 euros", "10.30 percent", "13.50 Hong Kong dollars". */
const FIGURE_UNIT = String.raw`(?:%|(?:per\s*cent|percent|pc|points?|pts|times|x|million|billion|trillion|bn|m|k|km|kg|g|lb|mph|kmh|metres|meters|miles|seconds|secs?|s|ratio|share|shares|(?:[A-Z][a-z]+\s+)?(?:dollars?|euros?|pounds?|pence|cents?|yen|yuan|won|rupees?|pesos?|kron[oe]r|krona|francs?|rand|reais|real|soles?|ringgit|baht|lira|roubles?|rubles?|zloty|dinars?|dirhams?|riyals?))\b)`;
/** A price or a figure where it stood: "shares closed at ", "the index ended at ", "was priced at ". */
const FIGURE_AT_BEFORE =
  /\b(?:close[ds]?|closing|trade[ds]?|trading|stood|stands|ended|ends|priced|valued|held|holds|fixed|set|settled|quoted|rated|yielding|yields?|ratio|rate|score|index|fell|rose|dropped|slipped|gained|climbed|jumped|slid|eased|edged|rallied|sank|plunged|soared)\s+(?:at|to)\s+$/i;
const CLOCK_COUNT = `zero|(?:twenty|thirty|forty|fifty)(?:[\\s-](?:${SMALL}))?|ten|eleven|twelve|${TEENS}|${SMALL}`;
const AWARD_OF_BEFORE =
  /\b(?:album|song|record|player|manager|coach|team|person|car|book|word|heroe?s?|athlete|rookie|goal|game|artist|entertainer|employer|company|driver|newcomer|breakthrough|comeback|photograph|picture|film|movie|volunteer|teacher)\s+of\s+$/i;

/**
 * Before "overnight" meaning suddenly: a change denied ("It didn't happen overnight", "won't be
 * fixed overnight", "We cannot fix that overnight").
 */
const SUDDENLY_OVERNIGHT =
  /(?:\bnot|n['’]t|\bnever|\bcannot)\s+(?:be\s+)?(?:happen(?:s|ed)?|fix(?:ed)?|solved?|change[ds]?|disappear(?:s|ed)?|go\s+away|transform(?:s|ed)?|built|repaired|reversed|undone|cured|turn(?:ed)?\s+around)(?:\s+(?:that|this|it|them|things))?\s+$/i;

/** After "overnight", a noun it classes: "overnight stays", "the overnight rate", "an overnight
 * count" of votes, "overnight closures" of a road, "overnight loans", "overnight 'red-eye' routes". */
const OVERNIGHT_KIND =
  /^\s+(?:["“'‘]?red-eyes?\b|counts?|closures?|loans?|leaders?|co-leaders?|figures|ratings|technicians?|staffing|ferr(?:y|ies)|routes?|sleepers?|lows?|highs?|temperatures?|stays?|rates?|curfews?|trips?|shifts?|flights?|bags?|trains?|buses|bus|deliver(?:y|ies)|success|sensation|guests?|visitors?|visits?|parking|camp(?:s|ing)?|accommodation|lending|repo|funding|index|market)\b/i;

/** A sum written with its currency's sign or code: "$1.5 billion", "£42,000", "GBP 300". */
const SUM = '(?:[$£€¥]|\\b[A-Z]{1,2}\\$|\\bGBP|\\bUSD|\\bEUR)\\s?[\\d.,]+(?:\\s*(?:billion|million|bn|m|k))?';
/** "$1.5 billion ", "£42,000 ", "3 million euros ": a sum of money right before a rate word. */
const MONEY_BEFORE_RATE = new RegExp(
  `(?:${SUM}|\\b(?:dollars|pounds|euros|yen|kronor|kroner|rupees|francs|baht|rupiah|yuan|pesos|rand|ringgits?|lira|roubles|rubles|shekels|dinars|dirhams|riyals|zlotys?|[a-z]*pence))\\s*$`,
);
/** The count that opens a count of things: "1,500", "five", "hundreds", "2.2bn", "95m". */
const COUNT_OPEN = `(?:\\d(?:bn|m|k)?|\\b(?:${SMALL}|${TEENS}|${TENS}|dozens?|hundreds?|thousands?|millions?|billions?|several|many))`;

/** Words that end the noun phrase of a count before a rate: a preposition, a conjunction, a
 * relative pronoun ("a single failure on a single night", "one that ran for a decade"). */
const RATE_STOP =
  '(?:for|in|on|at|by|over|within|during|after|before|since|until|to|from|with|and|or|but|that|which|who|was|were|is|are|had|has|have)\\b';
/** "$96 more ", "£28 less ", "an extra $800 or so ": a change in a sum of money, per period. */
const MONEY_CHANGE_BEFORE_RATE = new RegExp(`${SUM}\\s+(?:more|less|extra|or\\s+so|or\\s+more)\\s*$`);
/** "300 tons of material ", "two days of labour ", "15 inches of snow ": a count of a measure of
 * something, per period. */
const COUNTED_OF_BEFORE_RATE = new RegExp(
  `(?:${COUNT_OPEN}|\\bfew)(?:\\s+(?!${RATE_STOP})[\\w'’-]+){0,2}?\\s+[a-z]*[a-rt-z]s\\s+of\\s+(?!the\\b|his\\b|her\\b|its\\b|their\\b|this\\b|that\\b)(?:(?!${RATE_STOP})[a-z'’-]+\\s+){0,2}(?!${RATE_STOP})[a-z'’-]+\\s*$`,
  'i',
);
/** " by year", " by day": after "a year", "a day", the rest of "year by year", "day by day" (not "by
 * day's end", "by year-end"); the unit is read back where it is used. */
const UNIT_BY_UNIT_AFTER = /^\s+by\s+(day|week|month|year)\b(?!['’]s)(?![-\s]+end\b)/i;
/** "spent ", "stayed ", "stayed for ", "spent only ": before one night, a night spent somewhere, a length. */
const NIGHT_SPENT_BEFORE = new RegExp(
  String.raw`\b(?:${SPEND}|stay(?:s|ed|ing)?)\s+(?:(?:for|only|just|barely)\s+){0,2}$`,
  'i',
);
/** "one meal ", "one train ", "one professional touring production ": a single thing, per period.
 * (Not one of time: "one day a week" is the rate rule's.) */
const ONE_BEFORE_RATE = new RegExp(
  `\\b(?:one|a\\s+single)\\s+(?:(?!${RATE_STOP})[a-z'’-]+\\s+){0,3}?(?!(?:second|minute|hour|day|night|week|month|year|time|more|less|of|a|an|the|${RATE_STOP})\\b)[a-z]+\\s*$`,
  'i',
);
/** "several ", "a handful ", "more than nine ", "60 or more ": a count alone, of things named before. */
const BARE_COUNT_BEFORE_RATE = new RegExp(
  `(?:\\b(?:several|a\\s+handful|a\\s+few\\s+dozen|dozens|(?:more|fewer)\\s+than\\s+(?:${SMALL}|${TEENS}|${TENS}))|\\b\\d+\\s+or\\s+(?:more|so|fewer))\\s*$`,
  'i',
);

/**
 * "1,500 meals ", "five staff training days ", "one case of rickets ": a count of things right before
 * a rate's "a day", "a year". (A count of time units is not: "six days a week" is the rate rule's,
 * "two hours a day" HOURS_BEFORE_RATE's.)
 */
const COUNTED_BEFORE_RATE = new RegExp(
  `${COUNT_OPEN}(?:\\s+[\\w'’-]+){0,3}?\\s+(?<!\\b(?:that|which|who|it|he|she)\\s+)(?!(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|times|${NOT_PLURAL_S_WORDS.join('|')})\\b)(?:[a-z]*[a-rt-z]s|(?:feet|people|children|men|women|cattle|sheep|them))\\s*$`,
  'i',
);

/** The count of a frequency right before its period: "five days ", "three nights ", "twice ": the
 * words the rate rule reads before "a week" (RATE_WHAT, so the two agree), and "shifts" ("four
 * shifts a week from Monday"), which that rule leaves untagged. */
const COUNT_PER_BEFORE = new RegExp(`(?:${RATE_WHAT.source.replace(/\$$/, '')}|\\bshifts)\\s+$`, 'i');
/** "eight hours ", "about an hour ", "90 minutes ": a length of hours or minutes right before a
 * rate's "a day", "a week". */
const HOURS_BEFORE_RATE = new RegExp(
  `(?:\\d|\\b(?:an?|${SMALL}|${TEENS}|${TENS}))\\s+(?:hours?|minutes?)\\s*$`,
  'i',
);

/** "capped at 300 ", "about 15 ": a number alone, no sum of money ("$15 ") nor decimal ("£9.50 "). */
const BARE_COUNT_BEFORE_HOUR = /(?:^|[^\d$£€.,])\d[\d,]*\s*$/;

/** A figure's conversion in brackets at the end of a text: " (90 miles) ", " (£130m)". */
const CONVERSION_BEFORE = /\s*\([^()]{1,40}\d[^()]{0,40}\)\s*$/;

/** "a millimetre ", "a few centimetres ", "half a foot ", "a gallon ": one measure or a few, per
 * period, as a count of them is ("six feet a year"). */
const FEW_MEASURES_BEFORE_RATE = new RegExp(
  `\\b(?:an?|half\\s+an?|a\\s+few|a\\s+couple\\s+of|several)\\s+${MEASURE_UNIT}\\s*$`,
  'i',
);

/** "60 miles an hour", "40 kilometres per hour": a speed's unit before the hour. */
const BARRELS_BEFORE = /\b(?:barrels|bpd)(?:\s+of\s+(?:oil|crude)(?:\s+equivalent)?)?\s*$/i;
const SPEED_BEFORE = /\b(?:miles|kilometres|kilometers|km|metres|meters|feet|knots)\s*$/i;
/** After "quarterly", a thing issued or paid each quarter, with up to two words before it ("economic
 * projections", "pension survey", "electricity bill"), where the word is a set. (Not after a word of
 * the report: "quarterly dividend payment", "quarterly profit forecasts" stay the report's.) */
const QUARTERLY_ISSUE_AFTER =
  /^\s+(?:(?!(?:dividends?|profits?|earnings|results?|revenues?|sales|income|loss(?:es)?)\b)[a-z][a-z-]*\s+){0,2}?(?:surveys?|projections|forecasts|payments?|install?ments?|updates|bills?|refunding|allocations?)\b/;

/** After "N units earlier/later", a shift that recurs or builds up over time ("each year", "every
 * night", "over the past 30 years"): the count is a length, not a date. */
const SHIFT_RECURS_AFTER =
  /^\s+(?:(?:each|every)\s+(?:day|night|morning|evening|week|month|year|season|decade)|over\s+the\s+(?:past|last))\b/i;

/** A timex at `start` opens its sentence or a clause: "Two weeks later ...", ", and two weeks later". */
const opensClause = (text: string, start: number) =>
  opensSentence(text, start) ||
  /(?:,|\b(?:and|but|then|so))\s*$/i.test(text.slice(Math.max(0, start - 6), start));

/** Before " a day", " a year": a count of the smaller unit that fills the whole period, "24 hours",
 * "twelve months", "52 weeks" (a week's seven days are RATE_WHAT's). */
const WHOLE_PERIOD_BEFORE: Partial<Record<string, RegExp>> = {
  day: /\b(?:24|twenty-four)\s+hours$/i,
  year: /\b(?:(?:12|twelve)\s+months|(?:52|fifty-two)\s+weeks)$/i,
};
/** " earlier", " after": a period after a count that is an offset from another time. */
const OFFSET_AFTER_PERIOD = /^\s+(?:earlier|later|before|after|ago|from)\b/i;

/** " increase", " gains", " fall": a change from one period to the next, after "monthly", "weekly". */
const PERIOD_CHANGE_AFTER =
  /^\s+(?:increases?|gains?|declines?|falls?|drops?|rises?|changes?|advances?|jumps?|pace|loss(?:es)?|slides?|decreases?|climbs?|surges?|slumps?|dips?|rebounds?|results?)\b/i;
/** " highs", " total", " temperature record", " death rate": the figure of one period, after "daily". */
const PERIOD_FIGURE_AFTER =
  /^\s+(?:(?:temperature|rainfall|snowfall|death)\s+)?(?:records?|highs|lows|totals?|rates?)\b/i;
/** Before "daily" and the figure of one period, what picks that one figure out: "the", "its", a
 * possessive ("Italy's"), a superlative ("its highest"), an ordinal ("its third") or "new". Not
 * "that" or "this", which are as often the conjunction or the pronoun ("Officials said that daily
 * totals would no longer be published"). */
const ONE_FIGURE_BEFORE = new RegExp(
  String.raw`(?:\b(?:the|its|their|his|her|our|new|${SUPERLATIVE}|${ORDINAL_WORD})|[A-Za-z][\w.&-]*['’]s?)\s+$`,
  'i',
);

/** A text that names the Fourth of July, where "the Fourth" is short for it. */
const FOURTH_OF_JULY_NAMED = /\b(?:Fourth\s+of\s+July|July\s+4(?:th)?\b|Independence\s+Day)/;
/** Holidays by their names without apostrophes and dots ("presidents day", "martin luther king jr day"). */
const bareHoliday = (name: string) => name.replace(/['.]/g, '');
const HOLIDAY_BY_BARE = new Map(Object.keys(HOLIDAYS).map((k) => [bareHoliday(k), k]));

/** A verb after "the holiday" that makes it its clause's subject ("before the holiday ended"). */
const HOLIDAY_CLAUSE_VERB =
  '[a-z]+ed|was|were|is|are|will|would|had|has|began|begins|ends|starts|came|comes|got|gets|went|goes|fell|falls|ran|runs|can|could|may|might';
/** A holiday's name in the text, anywhere before: lastHolidayNamed's search. */
const HOLIDAY_NAMED = new RegExp(`\\b(?:${HOLIDAY_NAMES})\\b(?![-'’])`, 'g');
/**
 * A trip or a time away ("flew to Spain", "booked a week in Greece", "a holiday abroad", "the
 * half-term break"): after it "the holiday" is most often that vacation, not a festival named
 * before it. (Not travel as such, "flying", "flights", "traffic": a holiday's own rush.)
 */
const VACATION_WORDS =
  /\b(?:flew|trips?|vacation(?:s|ed|ing)?|holidays?\s+(?:abroad|in|to|at|on)|holidaying|holidaymakers?|book(?:s|ed|ing)|breaks?|getaways?|resorts?|cruises?|villas?|abroad|(?:a|one|two|three|four|their|his|her|its)\s+(?:week|fortnight|month)\s+(?:in|on|at|away|abroad|off)|(?:went|go|goes|going|gone|been|was|were)\s+away|annual\s+leave|time\s+off)\b/i;
/**
 * The holiday named outright (capitalised) in the sentence of `at` or the one before it, with no
 * trip or time away named between ("Thanksgiving falls late this year. Rail traffic peaks on the
 * Sunday after the holiday"), if any: the holiday that "the holiday" points back to. (Not "The
 * family spent Christmas at home. In May they flew to Spain ... the Friday before the holiday".)
 */
function lastHolidayNamed(text: string, at: number): string | undefined {
  const from = Math.max(0, at - 600);
  let last: RegExpExecArray | undefined;
  for (const h of text.slice(from, at).matchAll(HOLIDAY_NAMED)) if (/^[A-Z]/.test(h[0])) last = h;
  if (!last) return undefined;
  const end = from + last.index + last[0].length;
  return sentencesBetween(text, end, at) <= 1 && !VACATION_WORDS.test(text.slice(end, at))
    ? last[0]
    : undefined;
}
/** The key in HOLIDAYS of a holiday's name as written ("New Year’s Eve", "Presidents Day"). */
function holidayKey(raw: string): string | undefined {
  const name = raw.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'").replace(/^st /, 'st. ');
  return name in HOLIDAYS ? name : HOLIDAY_BY_BARE.get(bareHoliday(name));
}

/**
 * The day word for a clock time's part of a day: "this morning" is today's, "yesterday evening"
 * yesterday's, "last night" yesterday's or, in the small hours, today's; undefined for a plain day
 * word ("today", "Tuesday"), which stands for itself.
 */
function dayOfPart(part: string, h: number): string | undefined {
  if (part === 'last night') return h < 6 ? 'today' : 'yesterday';
  if (part.startsWith('this ')) return 'today';
  return / (?:morning|afternoon|evening)$/.test(part) ? part.split(' ')[0] : undefined;
}

/** "once", "twice", "thrice": how many times. */
const TIMES_ADVERB: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

/** "AD" and "CE" as words (the letters alone stand in many words: "had", "since"). */
const AD_KEYS = [
  ' ad ',
  ' ad.',
  ' ad,',
  ' ad)',
  ' ad\n',
  '(ad ',
  'a.d.',
  ' ce ',
  ' ce.',
  ' ce,',
  ' ce)',
  ' ce\n',
  'c.e.',
];

/** The grammar, in priority order (an earlier rule wins between equally long matches). */
/**
 * "since 2020's edition", "her first record since 2020's \"Paper Lanterns\"": the year at `start`-`end`
 * (four digits, ending in 0) with "'s" and a noun after it is the year's possessive, as "2019's" is;
 * a decade takes "the" ("the 1980's", "the mid-1990's"). (Not one joined to a decade before it, "the 1970's and
 * 1980's"; nor before a name, "1980's Britain".)
 */
function yearPossessive(text: string, start: number, end: number): boolean {
  return (
    /^['’]s\s+(?:[a-z]|["“])/.test(text.slice(end, end + 5)) &&
    !/\b(?:the|early|mid|late)[\s-]+$/i.test(text.slice(Math.max(0, start - 8), start)) &&
    !/\d0['’]?s,?\s+(?:and|or|to|through|into|until|till)\s+$/i.test(
      text.slice(Math.max(0, start - 24), start),
    )
  );
}

/**
 * Whether "one day" at `start`..`end` ends its clause after a modal's verb or after "maybe": "a big
 * one would come one day", "she would like to go back one day", "Maybe one day." is some day ahead
 * too (our news annotators 3 of 3), not a day long. (Not "will be delayed by one day", "would last
 * one day", "will be cut to one day", "will sail just one day": a preposition, "just"/"only" or a
 * verb of lasting right before it makes the length. The modal is in lower case, or capitalised
 * opening a sentence, but never "May", the month: "Since May the mill has opened only one day"; and
 * "'d" does not count, since it is "had" as often: "She'd been there one day".)
 */
function somedayEndsClause(text: string, start: number, end: number): boolean {
  if (!/^\s*[.,;!?)"”]/.test(text.slice(end, end + 2))) return false;
  const clause = /[^.;:!?"“”]*$/.exec(text.slice(Math.max(0, start - 80), start))![0];
  return (
    (/\b(?:maybe|perhaps)\s+$/i.test(clause) ||
      /(?:\b(?:[Ww]ill|[Ww]ould|[Cc]ould|[Mm]ight|may|[Ss]hall)|['’]ll)\s/.test(clause)) &&
    !/\b(?:by|in|for|within|of|than|about|on|at|to|just|only|over|last|lasts|take|takes|spend|stay|wait|run|close|shut|be)\s+$/i.test(
      clause,
    )
  );
}

/**
 * Before "H:MM:SS", a word that brings in a clock time, not a race time: "at 9:32:15", "from 8:00:00",
 * "approximately 5:10:00". Also before a "hrs" one word on: "at exactly 6:20:00 hrs" (any other
 * word makes it a race time, as it does without "hrs": "clocking 2:09:14 hrs", "won in 2:03:36 hrs").
 */
const CLOCK_WORD_BEFORE = String.raw`\b(?:${CLOCK_LEAD}|between|approximately)\s+`;

/** " into", " back" right after a unit: "a fortnight into the strike", "a fortnight back". */
const INTO_OR_BACK_AFTER = /^\s+(?:into|back)\b/i;

export const RULES: Rule[] = [
  {
    // the week of March 6 | the week of Oct. 16, 2023 | the weekend of Dec. 2-3
    name: 'weekOf',
    keys: WEEK_OF_KEYS,
    re: new RegExp(
      `${WEEK_OF_HEAD}(?<mon>${MONTH})\\s*(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b${SECOND_DAY}(?:,?\\s+(?<year>1\\d{3}|20\\d{2})\\b)?`,
      'gi',
    ),
    build: (m, text) => {
      const c = monthCandidate(m, text);
      if (!c || c.meaning.k !== 'date' || c.meaning.d === undefined) return null;
      return remade(c, 'weekOf', { ...c.meaning, weekOf: true, weekend: !!g(m, 'we') });
    },
  },
  {
    // the week to 3 April | the week ending 13 March 2011 | the week beginning 14 January (day-month
    // order): the ISO week holding that day
    name: 'weekOfDayMonth',
    keys: WEEK_OF_KEYS,
    re: new RegExp(
      `${WEEK_OF_HEAD}(?<day>\\d{1,2})(?:st|nd|rd|th)?${SECOND_DAY}\\s+(?<mon>${MONTH})(?:,?\\s+(?<year>1\\d{3}|20\\d{2})\\b)?`,
      'gi',
    ),
    build: (m) => {
      const mon = g(m, 'mon')!;
      const month = MONTHS[mon.toLowerCase().replace(/\.$/, '')];
      const d = +g(m, 'day')!;
      if (month === undefined || !/^[A-Z]/.test(mon) || d < 1 || d > 31) return null;
      // A full month name's dot ends the sentence.
      const end = m.index + m[0].length - (monthDotEndsSentence(mon) && m[0].endsWith(mon) ? 1 : 0);
      const y = g(m, 'year');
      return {
        start: m.index,
        end,
        rule: 'weekOf',
        meaning: { k: 'date', m: month, d, y: y ? +y : undefined, weekOf: true, weekend: !!g(m, 'we') },
      };
    },
  },
  {
    // the first Sunday of March | the last Monday in May 2024 | the second Friday of December
    // | the first Monday of next month | the last Saturday of the month (the publication month, as
    // our annotators read it; "of that month" is the story's)
    name: 'nthWeekday',
    keys: WEEKDAY_KEYS,
    re: new RegExp(
      `\\bthe\\s+(?<ord>first|second|third|fourth|fifth|last|final)\\s+(?<wd>${WEEKDAY})\\s+(?:of|in)\\s+(?:(?<mon>${MONTH})(?:,?\\s+(?<year>1\\d{3}|20\\d{2})\\b)?|(?<rel>the|this|next|last|that)\\s+month\\b(?![-'’]))`,
      'gi',
    ),
    build: (m, text) => {
      const wdWord = g(m, 'wd')!;
      if (!/^[A-Z]/.test(wdWord)) return null;
      const ord = g(m, 'ord')!.toLowerCase();
      const n = ord === 'last' || ord === 'final' ? -1 : ORDINALS[ord]!;
      const nthWeekday = { n, wd: WEEKDAYS[wdWord.toLowerCase()]! };
      const rel = g(m, 'rel')?.toLowerCase();
      if (rel) {
        const period = {
          k: 'period',
          unit: 'month',
          rel: rel === 'the' ? 'this' : rel === 'that' ? 'same' : rel,
          nthWeekday,
        } as const;
        return whole(m, 'nthWeekday', period);
      }
      if (m.groups) m.groups.day = '1';
      const c = monthCandidate(m, text);
      if (!c || c.meaning.k !== 'date') return null;
      return remade(c, 'nthWeekday', { ...c.meaning, nthWeekday }, m.index);
    },
  },
  {
    // the first week of March | the last week of August 1918: the ISO week holding a day well inside it
    name: 'weekOfMonth',
    keys: ['week of', 'weekend of'],
    re: new RegExp(
      `\\bthe\\s+(?<ord>first|second|third|fourth|last|final)\\s+week(?<end>end)?\\s+of\\s+(?<mon>${MONTH})(?:,?\\s+(?<year>1\\d{3}|20\\d{2})\\b)?`,
      'gi',
    ),
    build: (m, text) => {
      const ord = g(m, 'ord')!.toLowerCase();
      const month = MONTHS[g(m, 'mon')!.toLowerCase().replace(/\.$/, '')];
      if (month === undefined) return null;
      // "the first weekend of February": its Saturday is found once the year is known.
      if (g(m, 'end')) {
        if (m.groups) m.groups.day = '1';
        const c = monthCandidate(m, text);
        if (!c || c.meaning.k !== 'date') return null;
        const n = ord === 'last' || ord === 'final' ? -1 : ORDINALS[ord]!;
        return remade(c, 'weekOfMonth', { ...c.meaning, weekendOf: n });
      }
      // A day whose ISO week lies mostly in the month: the 4th is always in its first such week.
      const last = month === 2 ? 25 : [4, 6, 9, 11].includes(month) ? 27 : 28;
      const d = ord === 'last' || ord === 'final' ? last : 4 + 7 * (ORDINALS[ord]! - 1);
      // With a day, "May" and "March" here are months, not words.
      if (m.groups) m.groups.day = String(d);
      const c = monthCandidate(m, text);
      if (!c || c.meaning.k !== 'date') return null;
      return remade(c, 'weekOfMonth', { ...c.meaning, weekOf: true });
    },
  },
  {
    // the first week of 2018 | the last week of 2022: the ISO week holding Jan. 4 or Dec. 28 of it
    name: 'weekOfYear',
    keys: ['week of'],
    re: /\bthe\s+(?<ord>first|last|final)\s+(?:full\s+)?week\s+of\s+(?<year>1\d{3}|20\d{2})\b(?![-/]\d)/gi,
    build: (m) => {
      const first = g(m, 'ord')!.toLowerCase() === 'first';
      return whole(m, 'weekOfYear', {
        k: 'date',
        y: +g(m, 'year')!,
        m: first ? 1 : 12,
        d: first ? 4 : 28,
        weekOf: true,
      });
    },
  },
  {
    // the last day of November | the first day of March 2020: that day of the month
    name: 'dayOfMonthEdge',
    keys: ['day of'],
    re: new RegExp(
      `\\bthe\\s+(?<ord>first|last|final)\\s+day\\s+of\\s+(?<mon>${MONTH})(?:,?\\s+(?<year>1\\d{3}|20\\d{2})\\b)?`,
      'gi',
    ),
    build: (m, text) => {
      const month = MONTHS[g(m, 'mon')!.toLowerCase().replace(/\.$/, '')];
      if (month === undefined) return null;
      const first = g(m, 'ord')!.toLowerCase() === 'first';
      const y = g(m, 'year') ? +g(m, 'year')! : undefined;
      // (February's last day waits on a year: without one it is not known.)
      if (!first && month === 2 && y === undefined) return null;
      const last = [31, 30, 29, 28].find((d) => isValidDay(y ?? 2001, month, d))!;
      if (m.groups) m.groups.day = String(first ? 1 : last);
      const c = monthCandidate(m, text);
      if (!c || c.meaning.k !== 'date') return null;
      return remade(c, 'dayOfMonthEdge', c.meaning, m.index);
    },
  },
  {
    // the first day of 2016 | the last day of 1999: that day of the year
    name: 'dayOfYearEdge',
    keys: ['day of'],
    re: new RegExp(
      String.raw`\bthe\s+(?<ord>first|last|final)\s+day\s+of\s+(?<year>1\d{3}|20\d{2})\b${YEAR_ENDS_PHRASE}`,
      'gi',
    ),
    build: (m) => {
      const first = g(m, 'ord')!.toLowerCase() === 'first';
      return whole(m, 'dayOfYearEdge', {
        k: 'date',
        y: +g(m, 'year')!,
        m: first ? 1 : 12,
        d: first ? 1 : 31,
      });
    },
  },
  {
    // Monday, Oct. 26, 1998 | Oct. 18, 2023 | February 2022 | mid-November | last March | June last year |
    // the first half of December (the month, its half a part of the span: our news set 6 of 6).
    // "past" names the month gone by only after "this" ("this past August"); alone it is "beyond":
    // "it would not last past August" (our news annotators leave "past" out 3 of 3).
    name: 'month',
    keys: MONTH_KEYS,
    re: new RegExp(
      `\\b(?:(?<mod>${EDGE_MOD}|the\\s+(?:first|second|last|latter)\\s+half\\s+of)[\\s-]+)?(?:${DAY_OCCASION}(?<wd>${WEEKDAY}),?\\s+)?(?:(?<rel>last|next|this|(?<=\\bthis\\s+)past|coming|that|the\\s+(?:previous|following|preceding))\\s+)?` +
        `(?<mon>${MONTH})(?:\\s*(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s+(?<year>1\\d{3}|20\\d{2})\\b|\\s+(?:of\\s+)?(?<ry>this|last|next|that)\\s+year\\b|\\s+of\\s+(?<year2>1\\d{3}|20\\d{2})\\b)?`,
      'gi',
    ),
    build: (m, text) => {
      if (g(m, 'year2') && m.groups) m.groups.year = g(m, 'year2')!;
      if (g(m, 'wd') && !/^[A-Z]/.test(g(m, 'wd')!)) return null;
      return monthCandidate(m, text);
    },
  },
  {
    // 17 October 2023 | the 5th of June | the eighth of September
    name: 'dayMonth',
    keys: MONTH_KEYS,
    re: new RegExp(
      `\\b(?:${DAY_OCCASION}(?<wd>${WEEKDAY}),?\\s+)?(?:(?:the\\s+)?(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?|the\\s+(?<dayw>${alt(Object.keys(DAY_ORDINAL_WORDS))})\\s+of\\s+)(?<mon>${MONTH})(?:,?\\s+(?<year>1\\d{3}|20\\d{2})\\b|\\s+(?<ry>this|last|next|that)\\s+year\\b)?`,
      'gi',
    ),
    build: (m, text) => {
      // "Thursday 24 June": a weekday in lower case is a word, not a day.
      if (g(m, 'wd') && !/^[A-Z]/.test(g(m, 'wd')!)) return null;
      // ("the Fourth of July" is a holiday's name: the holiday rule tags it, with its own span.)
      if (g(m, 'dayw') && `${g(m, 'dayw')} of ${g(m, 'mon')}`.toLowerCase() in HOLIDAYS) return null;
      const c = monthCandidate(m, text);
      if (!c) return null;
      // "The 15 March deadline", "the 2 May referendum": a date before its noun leaves "the" to
      // the noun, as "the October 7 attacks" does.
      if (
        /^the\s/i.test(m[0]) &&
        g(m, 'day') &&
        c.start === m.index &&
        NOUN_AFTER_DATE.test(text.slice(c.end, c.end + 24))
      )
        return remade(c, 'dayMonth', c.meaning, m.index + m[0].search(/\d/));
      return remade(c, 'dayMonth');
    },
  },
  {
    // 2023-10-17 | 10/17/2023 | 17/10/2023 | 17.10.2023 (dots: a two-digit month, not "version 1.2.2024")
    name: 'numericDate',
    keys: ['-', '/', '.19', '.20'],
    re: /\b(?:(?<iy>(?:19|20)\d{2})-(?<im>[01]\d)-(?<id>[0-3]\d)|(?<a>[0-3]?\d)\/(?<b>[0-3]?\d)\/(?<uy>(?:19|20)?\d{2})|(?<ha>[0-3]?\d)-(?<hb>[0-3]?\d)-(?<hy>(?:19|20)\d{2})|(?<dd>[0-3]?\d)\.(?<dm>[01]\d)\.(?<dy>(?:19|20)\d{2}))\b(?![/.-]\d)/g,
    build: (m, text) => {
      const y = +(g(m, 'iy') ?? g(m, 'uy') ?? g(m, 'hy') ?? g(m, 'dy')!);
      const year = y < 100 ? (y < 50 ? 2000 + y : 1900 + y) : y;
      let mo: number;
      let d: number;
      let guessed: boolean | undefined;
      if (g(m, 'iy')) [mo, d] = [+g(m, 'im')!, +g(m, 'id')!];
      // Dots put the day first ("17.10.2023", as in most of Europe).
      else if (g(m, 'dy')) [mo, d] = [+g(m, 'dm')!, +g(m, 'dd')!];
      else {
        // Slashes (or dashes, "15-01-2020"): a number above 12 says which is the day ("17/10/2023",
        // "10/17/2023"); with neither, a weekday written before it ("Friday, 3/1/2020" is 3 January
        // 2020, a Friday), else the order the text's other slashed dates show, else the month
        // first, the other reading kept.
        const [a, b] = [+(g(m, 'a') ?? g(m, 'ha'))!, +(g(m, 'b') ?? g(m, 'hb'))!];
        const wdWord = WEEKDAY_BEFORE_NUMBER.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1];
        const wd = wdWord ? WEEKDAYS[wdWord.toLowerCase()] : undefined;
        const weekdayOf = (mo: number, d: number) => new Date(Date.UTC(year, mo - 1, d)).getUTCDay() || 7;
        const byWeekday =
          wd === undefined || a > 12 || b > 12 || weekdayOf(a, b) === weekdayOf(b, a)
            ? undefined
            : weekdayOf(b, a) === wd
              ? true
              : weekdayOf(a, b) === wd
                ? false
                : undefined;
        const dayFirst = a > 12 ? true : b > 12 ? false : (byWeekday ?? slashOrder(text) === 'dm');
        [mo, d] = dayFirst ? [b, a] : [a, b];
        if (a <= 12 && b <= 12 && a !== b && byWeekday === undefined) guessed = dayFirst;
      }
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
      return {
        start: m.index,
        end: m.index + m[0].length,
        rule: 'numericDate',
        meaning: { k: 'date', y: year, m: mo, d, ...(guessed !== undefined ? { dayFirst: guessed } : {}) },
      };
    },
  },
  {
    // early Tuesday morning | last Friday | Wednesday night | Tuesday's | dawn Friday | nightfall Friday
    // ("past" only as "this past Friday": "if the vote slips past Friday" is the Friday to come.)
    name: 'weekday',
    keys: WEEKDAY_KEYS,
    re: new RegExp(
      `\\b(?:(?<mod>early|late|earlier|later|the\\s+end\\s+of)\\s+)?(?:(?<dawn>dawn|daybreak|dusk|nightfall|overnight)\\s+(?:on\\s+)?)?(?:(?<rel>${WEEKDAY_REL_WORDS}|that|the\\s+(?:previous|following|next)|the)\\s+)?${DAY_OCCASION}(?<wd>${WEEKDAY})(?:\\s+(?<pod>morning|afternoon|evening|night|lunchtime|teatime)|\\s+(?<clock>midnight|noon))?\\b`,
      'gi',
    ),
    build: (m, text) => {
      const wdWord = g(m, 'wd')!;
      if (!/^[A-Z]/.test(wdWord)) return null;
      // "the Sunday Times", "a Sunday newspaper": a paper's name, not a day.
      if (NEWSPAPER_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      // "the storm that became known as Black Sunday", "Black Monday and Black Tuesday", "called it Bloody Sunday": the name of
      // a disaster, whose day the name alone does not give (Black Friday is a holiday of its own).
      if (
        !g(m, 'rel') &&
        !g(m, 'mod') &&
        /\b(?:Black|Bloody)\s+$/.test(text.slice(Math.max(0, m.index - 7), m.index))
      )
        return null;
      if (inQuotedTitle(text, m.index, m.index + m[0].length)) return null;
      // "free Sunday parking", "a Sunday league", "every day except Sunday": a kind of day's custom, any
      // week's, which our annotators leave untagged (not "Monday trading", "its Saturday schedule":
      // one day's).
      if (!g(m, 'rel')) {
        const kindAfter = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
        const pod = g(m, 'pod')?.toLowerCase();
        if (
          !pod &&
          (/^\s+(?:opening|parking|charg(?:e|es|ing)|brunch|lunch(?:es)?|roasts?|league|best|papers?|newspapers?)\b/.test(
            kindAfter,
          ) ||
            /\bexcept\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, m.index - 10), m.index)))
        )
          return null;
        // ("fewer Sunday services", "restore Sunday hours", "add Sunday morning sessions": what every
        // such day holds, a set; our news annotators tag 6 of 8 so. So are the days a place is open.
        // So is a round a service makes on that day: "Sunday trains", "Monday collections", "Friday
        // customers", "relies on the Saturday counter", and one told as recurring: "cut Sunday service",
        // "the first Sunday train", "households with Tuesday pickup", "its regular Monday night bingo",
        // "his Saturday demonstrations ... regularly drew": 11 of 11 tagged so. Not one day's event:
        // "A Sunday service at the cathedral will remember", "Saturday demonstrations in Paris turned
        // violent", "a Saturday counter-protest".)
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        if (
          !g(m, 'mod') &&
          (!pod || pod in PARTS_OF_DAY) &&
          (/^\s+(?:services|hours|sessions|matinees|trains|collections|pick-?ups|customers|counter(?![-\s]+(?:protest|demonstrat|rall|attack|offensive)))\b/.test(
            kindAfter,
          ) ||
            (/^\s+(?:service|train|collection|pick-?up|markets?|bingo|demonstrations)\b/.test(kindAfter) &&
              (RECURRING_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) ||
                RECURRING_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60)))) ||
            (!pod &&
              ((OPEN_RANGE_FROM.test(before) &&
                RANGE_TO_WEEKDAY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) ||
                OPEN_RANGE_TO.test(before))))
        )
          return whole(m, 'weekday', {
            k: 'set',
            value: `XXXX-WXX-${WEEKDAYS[wdWord.toLowerCase()]!}${pod ? `T${PARTS_OF_DAY[pod]}` : ''}`,
          });
      }
      // "until the end of Tuesday": the day's end, "the end of" inside (our news annotators 5 of 5);
      // not "at the end of Saturday's rally", the end of the rally, whose day is told alone (2 of 2).
      const endOf = /^the\s+end\s+of$/i.test(g(m, 'mod') ?? '');
      const endOfWhat =
        endOf && /^['’]s\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
      const mod = endOfWhat ? undefined : endOf ? 'late' : g(m, 'mod')?.toLowerCase();
      // ("overnight on Friday 11 April": the date that follows is the day; the word stays out.)
      if (
        g(m, 'dawn') &&
        DATE_AFTER_WEEKDAY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))
      )
        return null;
      // "loading containers before dawn Monday", "gave way before dawn on Thursday": some time in the
      // night before that day broke, which our annotators tag as the day alone (9 of the 10 in the news
      // set, not counting "shortly before dawn Sunday", where dawn is the moment and stays in).
      const beforeDawn =
        !g(m, 'mod') &&
        /^(?:dawn|daybreak)$/i.test(g(m, 'dawn') ?? '') &&
        BEFORE_DAWN.test(text.slice(Math.max(0, m.index - 20), m.index));
      // "The street party was held on the Saturday after, because of the rain", "it didn't feel
      // unusual the Friday before": with nothing after it, "after" or "before" counts from the day the
      // story is at, as "the following Saturday" and "the previous Friday" do.
      const stranded =
        g(m, 'rel')?.toLowerCase() === 'the'
          ? STRANDED_BEFORE_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 14))
          : null;
      // "at 4.30am that Friday", "That Friday, ...": a day of the story's week. After a saying or before
      // a possessive, "that" is a conjunction ("said that Friday's vote ..."): the span is the weekday
      // and what follows it.
      // ("the plane was coming Tuesday": after a form of "be", "coming" is the verb, and the day
      // its own.)
      const conj =
        (g(m, 'rel')?.toLowerCase() === 'that' && thatIsConjunction(m, text)) ||
        (g(m, 'rel')?.toLowerCase() === 'the' && !stranded && !weekdayWithThe(m, text)) ||
        (g(m, 'rel')?.toLowerCase() === 'coming' &&
          !g(m, 'mod') &&
          /\b(?:is|are|was|were|be|been|being|[a-z]+['’](?:s|re))\s+$/i.test(
            text.slice(Math.max(0, m.index - 12), m.index),
          ));
      // "Friday midnight", "Saturday noon": the day's clock time, as "midnight Friday" is.
      const clock = conj ? undefined : g(m, 'clock')?.toLowerCase();
      const podWord =
        g(m, 'pod')?.toLowerCase() ??
        (conj || beforeDawn ? undefined : DAWN[g(m, 'dawn')?.toLowerCase() ?? '']);
      // "Earlier Friday" is tagged "Friday" in TimeML news; "early Friday" keeps its modifier.
      const dayAfterThat = g(m, 'rel')?.toLowerCase() === 'that' ? thatBeforeVerb(m, text) : undefined;
      const outside = conj
        ? m[0].lastIndexOf(wdWord)
        : dayAfterThat !== undefined
          ? dayAfterThat - m.index
          : beforeDawn
            ? /^\S+\s+(?:on\s+)?/i.exec(m[0])![0].length
            : mod === 'earlier' || mod === 'later' || endOfWhat
              ? g(m, 'mod')!.length + 1
              : 0;
      // "It was a Sunday", "It was a Saturday afternoon, lovely and warm": the day named as what the
      // time was, article and all (our news annotators 4 of 4; "happened on a Monday" splits, 12 in
      // and 13 out).
      const named =
        !outside && !g(m, 'rel') && !g(m, 'mod') && !g(m, 'dawn')
          ? /\bit\s+(?:was|is)\s+(a\s+)$/i.exec(text.slice(Math.max(0, m.index - 12), m.index))
          : null;
      // ("on the Saturday" is "that Saturday": a day of the story's week.)
      // ("So is the Sunday after next": two of the day ahead of publication, as "the week after next".)
      const strandedRel = stranded?.[1]!.toLowerCase().replace(/\s+/g, ' ');
      const rel = strandedRel
        ? strandedRel === 'after'
          ? 'the following'
          : strandedRel === 'before'
            ? 'the previous'
            : strandedRel
        : conj
          ? undefined
          : g(m, 'rel')?.toLowerCase().replace(/\s+/g, ' ').replace(/^the$/, 'that');
      return {
        start: m.index + outside - (named ? named[1]!.length : 0),
        end: m.index + m[0].length + (stranded ? stranded[0].length : 0),
        rule: 'weekday',
        mod: conj ? undefined : mod === 'early' ? 'START' : mod === 'late' ? 'END' : undefined,
        meaning: {
          k: 'weekday',
          wd: WEEKDAYS[wdWord.toLowerCase()]!,
          rel,
          pod: clock
            ? clock === 'midnight'
              ? '24:00'
              : '12:00'
            : podWord
              ? PARTS_OF_DAY[podWord]
              : undefined,
        },
      };
    },
  },
  {
    // today | late yesterday | tomorrow morning | tonight | this morning | last night | overnight
    name: 'deictic',
    keys: [
      'today',
      'yesterday',
      'tomorrow',
      'tonight',
      'overnight',
      'morning',
      'afternoon',
      'evening',
      'night',
    ],
    re: /\b(?:(?<mod>early|late|earlier|later)\s+)?(?:(?<day>today|yesterday|tomorrow)(?:\s+(?<pod>morning|afternoon|evening|night))?|(?<tonight>tonight|overnight)|(?<this>this|last)\s+(?<pod2>morning|afternoon|evening|night))\b/gi,
    build: (m, text) => {
      const day = g(m, 'day')?.toLowerCase();
      const mod = g(m, 'mod')?.toLowerCase();
      let offset = 0;
      let pod = g(m, 'pod') ?? g(m, 'pod2');
      if (day === 'yesterday') offset = -1;
      else if (day === 'tomorrow') offset = 1;
      const tonight = g(m, 'tonight')?.toLowerCase();
      // "overnight stays", "the overnight rate", "an overnight curfew": a kind, not a night; "almost
      // overnight": suddenly.
      if (
        tonight === 'overnight' &&
        (OVERNIGHT_KIND.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)) ||
          /\b(?:almost|virtually|practically|seemingly|nearly)\s+$/i.test(
            text.slice(Math.max(0, m.index - 12), m.index),
          ) ||
          SUDDENLY_OVERNIGHT.test(text.slice(Math.max(0, m.index - 60), m.index)))
      )
        return null;
      if (tonight) pod = 'night';
      if (tonight === 'overnight') offset = -1;
      if (g(m, 'this')?.toLowerCase() === 'last') {
        // "last night", "last evening"; "last morning" is not idiomatic. After a determiner "last"
        // is final: "the last night of the tour", "his last evening in Paris".
        if (!/^(?:night|evening)$/i.test(pod ?? '')) return null;
        if (FINAL_BEFORE_LAST.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
        offset = -1;
      }
      const outside = mod === 'earlier' || mod === 'later' ? g(m, 'mod')!.length + 1 : 0;
      return {
        start: m.index + outside,
        end: m.index + m[0].length,
        rule: 'deictic',
        mod: mod === 'early' ? 'START' : mod === 'late' ? 'END' : undefined,
        meaning: {
          k: 'deictic',
          offset,
          pod: pod ? PARTS_OF_DAY[pod.toLowerCase()] : undefined,
          overnight: tonight === 'overnight' || undefined,
        },
      };
    },
  },
  {
    // 9:30 a.m. | 10 p.m. EST Wednesday | noon Thursday | midnight | 9 p.m. (EDT) (a closing bracket
    // only after its own opening one: "(at 9 p.m. EDT)" closes a bracket opened before the time)
    name: 'time',
    // (Every clock time has a digit: "08.05 BST" has none of "am", "pm", ":".)
    keys: [...'0123456789', 'noon', 'midnight', 'midday'],
    re: new RegExp(
      `\\b(?:(?<mod>about|around|approximately|shortly\\s+(?:before|after)|just\\s+(?:before|after))\\s+)?(?:(?<h>\\d{1,2})(?:[:.](?<min>\\d{2}))?\\s*(?<ap>[ap])\\.?\\s?m\\b\\.?|(?<h24>[01]?\\d|2[0-3])(?<sep24>[:.]?)(?<min24>[0-5]\\d)\\s+(?<tz0>${TIME_ZONES})(?![A-Za-z])|(?<h24d>[01]\\d|2[0-3]):(?<min24d>[0-5]\\d)(?=\\s+(?:on\\s+)?(?:${WEEKDAY}|today|tonight|tomorrow)\\b)|(?<h24l>[01]\\d|2[0-3])(?<min24l>[0-5]\\d)(?=\\s+local\\s+time\\b)|(?<hb>1[0-2]|0?[1-9])[:.](?<minb>[0-5]\\d)(?=\\s+(?:this\\s+(?:morning|afternoon|evening)|last\\s+night|tonight)\\b)|(?<word>noon|midnight|midday))` +
        `(?:\\s+(?:\\((?<tzp>${TIME_ZONES})\\)|(?<tz>${TIME_ZONES})(?![A-Za-z]))|\\s+(?<zone>local|(?:${ZONE_WORD}\\s+){1,2}?${ZONE_WORD}|${ZONE_WORD})\\s+time\\b)?(?:,?\\s+(?:(?:(?<thatDay>that\\s+(?=${WEEKDAY}))|(?<nextDay>next\\s+(?=${WEEKDAY})))?(?<dayWord>last\\s+night|this\\s+(?:morning|afternoon|evening)|(?:yesterday|tomorrow)\\s+(?:morning|afternoon|evening)|today|tonight|yesterday|tomorrow|${WEEKDAY})(?:,?\\s+(?<dmDay>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<dmMon>${MONTH})|,?\\s+(?<wmMon>${MONTH})\\s*(?<wmDay>\\d{1,2})\\b(?:,?\\s+(?<wmYear>1\\d{3}|20\\d{2})\\b)?)?|(?<dmDay2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<dmMon2>${MONTH})(?:,?\\s+(?<dmYear>1\\d{3}|20\\d{2})\\b)?|(?<mdMon>${MONTH})\\s*(?<mdDay>\\d{1,2})\\b(?:,?\\s+(?<mdYear>1\\d{3}|20\\d{2})\\b)?))?`,
      'gi',
    ),
    build: (m) => {
      let h = 0;
      let min = 0;
      const word = g(m, 'word')?.toLowerCase();
      if (word && /\bhigh\s+$/i.test(m.input.slice(Math.max(0, m.index - 5), m.index))) return null;
      // ("midnight-blue card": a word joined on by a hyphen makes a colour or a kind, no time.)
      if (word && /^-[a-z]/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 2)))
        return null;
      if (word) h = word === 'midnight' ? 24 : 12;
      else if (g(m, 'h24') ?? g(m, 'h24d')) {
        // "1400 GMT", "14.30 GMT", "16:30 BST"; "00:01 Wednesday", "23:59 Friday": a 24-hour clock
        // with its zone or its day. (A zone is written in capitals. Four digits alone take GMT or
        // UTC, or another zone of three letters or more, "0100 BST", "1500 CET", unless a determiner
        // makes them a noun's year, "the 2015 EDT figures", or the letters are also a sales tax,
        // "Before 2013 PST applied to meals", "the 2010 HST": "the 2015 ET sales" is no time.)
        const tz0 = g(m, 'tz0');
        if (tz0 && (tz0 !== tz0.toUpperCase() || (!g(m, 'sep24') && !fourDigitZone(m.input, m.index, tz0))))
          return null;
        h = +(g(m, 'h24') ?? g(m, 'h24d'))!;
        min = +(g(m, 'min24') ?? g(m, 'min24d'))!;
        // ("10:45 Sunday night": an hour of 1 to 11 without a leading zero, in the part of the day
        // named after its weekday.)
        const at = m.index + m[0].length;
        const part = /^\s+(morning|afternoon|evening|night)\b/i.exec(m.input.slice(at, at + 20));
        if (part && h >= 1 && h < 12 && g(m, 'h24d') && !g(m, 'h24d')!.startsWith('0'))
          h = hourInPart(h, part[1]!.toLowerCase());
      } else if (g(m, 'h24l')) {
        // "at about 0715 local time": four digits of a 24-hour clock, after a word that sets a time.
        if (
          !g(m, 'mod') &&
          !/\b(?:at|by|from|until|till|before|after|around|about|since)\s+$/i.test(
            m.input.slice(Math.max(0, m.index - 8), m.index),
          )
        )
          return null;
        h = +g(m, 'h24l')!;
        min = +g(m, 'min24l')!;
      } else if (g(m, 'hb')) {
        // "4:30 this morning", "10.15 last night": the part of the day gives the half of it. (Not a
        // price, "$2.09 this morning"; a dotted one only after a word of time: "at 10.15 last night".)
        const before = m.input.slice(Math.max(0, m.index - 12), m.index);
        if (/[$£€\d.,]\s*$/.test(before)) return null;
        if (
          !m[0].includes(':') &&
          !/\b(?:at|by|from|until|till|since|about|around|after|before)\s+$/i.test(before)
        )
          return null;
        h = +g(m, 'hb')! % 12;
        min = +g(m, 'minb')!;
        if (!/morning/i.test(g(m, 'dayWord') ?? '')) h += 12;
      } else {
        h = +g(m, 'h')!;
        min = g(m, 'min') ? +g(m, 'min')! : 0;
        if (h < 1 || h > 12 || min > 59) return null;
        const pm = g(m, 'ap')!.toLowerCase() === 'p';
        if (pm && h < 12) h += 12;
        if (!pm && h === 12) h = 0;
      }
      // "5:15 a.m. this morning", "11.01pm last night", "7 p.m. yesterday evening": the day the
      // part of it names ("2 a.m. last night" is in the small hours of today).
      // ("... runs until 10pm. Tomorrow morning, ...": a capital after the time's full stop starts the
      // next sentence; the day word is not the time's.)
      const rawDay = g(m, 'dayWord');
      const dayAt = rawDay ? m[0].lastIndexOf(rawDay) : -1;
      // (Not the dot of "a.m." or "p.m.": "at 1 p.m. Saturday".)
      // (Nor a line break: a live blog's "2pm" stamp, then "Yesterday's rain has gone".)
      const crossed =
        !!rawDay &&
        (/\n/.test(m[0].slice(0, dayAt)) ||
          (/^[A-Z]/.test(rawDay) && /(?<![ap]\.\s?m)\.\s+$/i.test(m[0].slice(0, dayAt))));
      const podDay = crossed ? undefined : rawDay?.toLowerCase().replace(/\s+/g, ' ');
      const dayWord = podDay === undefined ? undefined : (dayOfPart(podDay, h) ?? rawDay);
      const matched = crossed ? m[0].slice(0, dayAt).trimEnd() : m[0];
      let end = m.index + matched.length;
      // "at 1:30am." ends the sentence: without dots in "am", the last one is the sentence's.
      if (/\d\s*[ap]m\.$/i.test(matched)) end -= 1;
      // "4am 13 March", "11.59pm Friday 17 March": the day-month order too ("at 4am on 13 March" is two).
      // ("6 p.m. Friday, June 16": a weekday and its date.)
      const mdMon = g(m, 'mdMon') ?? g(m, 'dmMon') ?? g(m, 'dmMon2') ?? g(m, 'wmMon');
      const mdDayStr = g(m, 'mdDay') ?? g(m, 'dmDay') ?? g(m, 'dmDay2') ?? g(m, 'wmDay');
      const mo = mdMon && /^[A-Z]/.test(mdMon) ? MONTHS[mdMon.toLowerCase().replace(/\.$/, '')] : undefined;
      // A full month name's dot ends the sentence ("... on 13 March.").
      if (mo !== undefined && monthDotEndsSentence(mdMon!) && m[0].endsWith(mdMon!)) end -= 1;
      if (mdMon && mo === undefined) {
        end = m.index + m[0].lastIndexOf(mdMon);
        while (/[\s,]/.test(m.input[end - 1] ?? '')) end--;
      }
      // "a.m." ends a sentence as often as not: keep the abbreviation's dot only.
      const wdKey = dayWord?.toLowerCase();
      if (dayWord && wdKey && wdKey in WEEKDAYS && !/^[A-Z]/.test(dayWord)) {
        end -= dayWord.length + (g(m, 'thatDay')?.length ?? g(m, 'nextDay')?.length ?? 0);
        while (/[\s,]/.test(m.input[end - 1] ?? '')) end--;
      }
      // "between 3 p.m. and 7 p.m. today", "from 9 a.m. to noon today": "today" after the end of a
      // range of hours dates the whole range, not the end alone, and our annotators tag it on its own
      // (11 of 13 such ranges in the news golds; "until 6 p.m. today" alone stays one span, 113 to 17).
      if (podDay === 'today' && RANGE_CLOSE_BEFORE.test(m.input.slice(Math.max(0, m.index - 40), m.index))) {
        end = m.index + m[0].lastIndexOf(rawDay!);
        while (/[\s,]/.test(m.input[end - 1] ?? '')) end--;
      }
      const mod = g(m, 'mod')?.toLowerCase();
      const modW = g(m, 'mod');
      return {
        // "about 10:35 a.m.", "around 7:15 p.m." and "shortly before noon" leave the word out and keep
        // it as the mod, as the TimeML guidelines ask and the news set writes 356 of 484 "about" and
        // "around" clock times (TBAQ has one each way).
        start: modW ? m.index + m[0].indexOf(modW) + modW.length + 1 : m.index,
        end,
        rule: 'time',
        mod: mod && /about|around|approx/.test(mod) ? 'APPROX' : undefined,
        meaning: {
          k: 'time',
          h,
          min,
          dayWord: wdKey && !(wdKey in WEEKDAYS) ? wdKey : undefined,
          wd: wdKey && wdKey in WEEKDAYS && /^[A-Z]/.test(dayWord!) ? WEEKDAYS[wdKey] : undefined,
          thatDay: (g(m, 'thatDay') && wdKey && wdKey in WEEKDAYS && /^[A-Z]/.test(dayWord!)) || undefined,
          nextDay: (g(m, 'nextDay') && wdKey && wdKey in WEEKDAYS && /^[A-Z]/.test(dayWord!)) || undefined,
          mo,
          dd: mo !== undefined ? +mdDayStr! : undefined,
          yy:
            mo !== undefined && (g(m, 'mdYear') ?? g(m, 'dmYear') ?? g(m, 'wmYear'))
              ? +(g(m, 'mdYear') ?? g(m, 'dmYear') ?? g(m, 'wmYear'))!
              : undefined,
        },
      };
    },
  },
  {
    // this week | last month | earlier this year | the past year | next spring | the same month | that year
    name: 'period',
    keys: PERIOD_KEYS,
    re: new RegExp(
      `\\b(?:(?<mod>${EDGE_MOD}|earlier|later)[\\s-]+)?(?<rel>(?:the\\s+)?(?:past|last|next|coming|previous|current|same|following|preceding)|the\\s+prior|this\\s+past|this\\s+coming|this|that(?:\\s+first(?=\\s+(?:week|weekend|fortnight|month|year|spring|summer|fall|autumn|winter)\\b))?|last|next|the(?:\\s+(?:whole|entire|bank\\s+holiday))?(?=\\s+weekend)|the\\s+(?:whole|entire)(?=\\s+(?:week|fortnight|month|spring|summer|fall|autumn|winter)\\b))\\s+(?:(?<fiscal>fiscal)\\s+)?(?<unit>${PERIOD_UNIT})\\b`,
      'gi',
    ),
    build: (m) => {
      // "for the whole week", "across the entire month": all of one, a length (our news annotators
      // 4 of 5); "the whole spring ahead of us" is the season in hand.
      if (
        /^the (?:whole|entire)$/i.test(g(m, 'rel')!.replace(/\s+/g, ' ')) &&
        !/weekend/i.test(g(m, 'unit')!)
      ) {
        const unit = g(m, 'unit')!.toLowerCase();
        if (!SEASONS[unit])
          return {
            start: m.index,
            end: m.index + m[0].length,
            rule: 'period',
            meaning: { k: 'duration', n: 1, unit },
          };
      }
      // ("That first winter was the coldest", "helped carry out survivors that first week": the
      // first one of a story's, the same as "that winter"; not "said that first year students", nor a
      // match's "that first half".)
      if (
        /^that\s+first$/i.test(g(m, 'rel')!) &&
        THAT_CLAUSE_BEFORE.test(m.input.slice(Math.max(0, m.index - 40), m.index))
      )
        return null;
      // ("the whole weekend", "the entire weekend", "the bank holiday weekend": the weekend.)
      let rel = g(m, 'rel')!
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/^the (?:whole|entire|bank holiday)$/, 'the')
        .replace(/^that first$/, 'that');
      // "the weekend" keeps its article: early in the week it is the one just gone, "this weekend" the next.
      if (rel === 'the') rel = /^weekend$/i.test(g(m, 'unit')!) ? 'the' : 'this';
      // "this past weekend" is the last one, "this coming week" the next.
      if (rel === 'this past') rel = 'last';
      if (rel === 'this coming') rel = 'next';
      // "the prior month", "in the prior year": the previous one, as a business report says it.
      if (rel === 'the prior') rel = 'the previous';
      // "last season", "next season": a sports season, named by the year it is played in.
      const unit = g(m, 'unit')!
        .toLowerCase()
        .replace(/^season$/, 'year');
      const modWord = g(m, 'mod')?.toLowerCase();
      let mod = modOf(modWord);
      if (modWord === 'earlier' || modWord === 'later') mod = undefined;
      const season = SEASONS[unit];
      // "said on Monday that summer violence was ...", "found that winter deaths had risen": after a
      // verb of saying or finding, "that" opens the clause; the season is bare.
      // (Not "he told me that autumn.", "concluded that summer that ...": the season ends the phrase.)
      if (
        rel === 'that' &&
        season &&
        !modWord &&
        THAT_CLAUSE_BEFORE.test(m.input.slice(Math.max(0, m.index - 40), m.index)) &&
        /^\s+(?!(?:that|when|which|in|of|on|at|before|after|and|or|but|last|this|next)\b)[a-z]/.test(
          m.input.slice(m.index + m[0].length, m.index + m[0].length + 16),
        )
      ) {
        const at = m.index + m[0].toLowerCase().lastIndexOf(unit);
        return { start: at, end: at + unit.length, rule: 'period', meaning: { k: 'season', season } };
      }
      // "rained so hard that half the field abandoned", "that season ticket holders would be
      // compensated": "that" opens a clause or points at a thing; no period.
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (
        /^half$/i.test(unit) &&
        rel === 'that' &&
        /^(?:\s+(?:the|a|an|his|her|its|their|our|my|your)\b|-)/i.test(after)
      )
        return null;
      if (/^season$/i.test(g(m, 'unit')!) && /^[\s-]tickets?\b/i.test(after)) return null;
      // "records that fall every few years", "temperatures that fall below freezing": after a plural
      // noun, "that" opens a relative clause whose verb is "fall" (not "arrived in Korea that fall").
      if (
        unit === 'fall' &&
        rel === 'that' &&
        !modWord &&
        FALL_VERB_AFTER_RELATIVE.test(m.input.slice(Math.max(0, m.index - 24), m.index)) &&
        /^\s+[a-z]/.test(after)
      )
        return null;
      if (unit === 'fall' && rel === 'that' && !modWord && fallShare(m.input, m.index, m.index + m[0].length))
        return null;
      // "earlier this week", "later this month": one expression.
      const outside = modWord && /^(?:at|by)\s/.test(modWord) ? g(m, 'mod')!.toLowerCase().indexOf('the') : 0;
      // "over the past week", "in the last year": the length of time up to now, as "the past decade"
      // and "the past 12 months" are (not "the last week of March").
      if (
        !modWord &&
        // ("this past week", "have hung over the country this past week": the same length.)
        (rel === 'the past' || rel === 'the last' || /^this\s+past$/i.test(g(m, 'rel')!)) &&
        /^(?:week|month|year|fortnight)$/.test(unit) &&
        !g(m, 'fiscal') &&
        !/^(?:['’]s|\s+(?:of|before|that|when)\b)/i.test(
          m.input.slice(m.index + m[0].length, m.index + m[0].length + 8),
        ) &&
        // ("the last week in March", "the last month in the year": a week of a named period; "has
        // spent the past week in a rented house", "invested £200m over the past year in lower
        // prices": the length up to now, what filled it after "in".)
        !PERIOD_IN_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24))
      )
        return {
          start: m.index,
          end: m.index + m[0].length,
          rule: 'period',
          meaning: { k: 'duration', n: 1, unit },
        };
      // "fell 12% from the same month last year", "the same month a year ago": the month the text is
      // in, a year before.
      const lastYear =
        rel === 'the same' && !season
          ? /^\s+(?:of\s+)?(?:last\s+year|(?:a|one)\s+year\s+(?:ago|earlier|before))\b/i.exec(
              m.input.slice(m.index + m[0].length, m.index + m[0].length + 20),
            )
          : null;
      return {
        start: m.index + outside,
        end: m.index + m[0].length + (lastYear ? lastYear[0].length : 0),
        rule: 'period',
        mod,
        meaning: {
          k: 'period',
          unit: season ? 'season' : unit,
          rel: rel.replace(/^the /, ''),
          season,
          the: rel === 'the next' || undefined,
          yearBack: lastYear ? true : undefined,
        },
      };
    },
  },
  {
    // up from 2,870 the week before | the year after: the previous or following period of the story
    // (not "the week before Christmas", which counts from what follows) | last year, and the year
    // before that: "that" is the period just told, and belongs to the expression (our news annotators
    // 3 of 3), unless a noun follows it ("the month before that vote"); of the words that may
    // follow it, only a conjunction ("up from 7,415 the week before and the highest since May",
    // "late next week and the week after because of the holidays", "next year and the year after
    // before I vote"); not "the week before or after the election", counted from what follows)
    name: 'periodBefore',
    keys: ['before', 'after'],
    re: /\bthe\s+(?<unit>week|month|year)\s+(?<ba>before|after)\b(?!\s+(?:and|or)\s+(?:before|after)\b)(?:\s+that\b(?=\s*[,.;:!?"”)]|\s*$|\s+(?:a|an|the|he|she|it|they|we|I|you|there)\b)|(?!\s+(?!(?:and|or|but|because|before|after)\b)[a-z0-9$£€]))/gi,
    build: (m) => ({
      start: m.index,
      end: m.index + m[0].length,
      rule: 'period',
      meaning: {
        k: 'period',
        unit: g(m, 'unit')!.toLowerCase(),
        rel: g(m, 'ba')!.toLowerCase() === 'before' ? 'previous' : 'following',
      },
    }),
  },
  {
    // the third quarter | third-quarter | the fiscal first quarter | the first half of 1999 | Q3 |
    // the 1988 third quarter | the year-ago third quarter | the latter half of 2008
    // (not "its first half hour", "the first quarter-century", "the last quarter of a century": a length;
    // nor bell ringers' "his first quarter peal"; nor a school's "the first half-term break")
    name: 'quarter',
    keys: ['quarter', 'half'],
    re: new RegExp(
      `\\b(?:(?<the>the|its|this\\s+year's|last\\s+year's|next\\s+year's)\\s+)?(?:(?<py>1\\d{3}|20\\d{2})\\s+|(?<ya>year-(?:ago|earlier))\\s+)?(?:(?:fiscal|calendar)[\\s-]+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final|holiday|golden|back|front|latter|former)(?<hy>-|\\s+)(?:fiscal\\s+)?(?<unit>quarter|half)\\b(?![\\s-]+(?:of\\s+an?\\s+)?(?:hours?|minutes?|century|decades?|miles?|dozen|points?|inch(?:es)?|peals?|terms?|finals?)\\b)(?:\\s+of\\s+(?:(?:(?:fiscal|calendar)\\s+)?(?<y>1\\d{3}|20\\d{2})\\b|(?<ry>this|last|next)\\s+year\\b|(?<ty>the\\s+(?:fiscal\\s+|calendar\\s+)?year)\\b))?`,
      'gi',
    ),
    build: (m, text) => {
      const half = g(m, 'unit')!.toLowerCase() === 'half';
      // Whether the quarter or half is of a year named ("of 2024", "of next year", "of the year").
      const ofYear = !!(g(m, 'y') || g(m, 'ry') || g(m, 'ty'));
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      // "of" right after it, of a year or not ("the golden quarter of the old town").
      const ofNext = /^\s+of\b/i.test(after.slice(0, 4));
      // The words of a match or a race around it, whose halves and quarters are the game's.
      const inMatch = () =>
        MATCH_WORDS.test(text.slice(Math.max(0, m.index - 200), m.index + m[0].length + 120));
      // "equalized early in the second half", "ran the second half of the course": a match's or a
      // race's half, not the year's.
      if (
        half &&
        !ofYear &&
        (/^\s+of\s+(?!(?:the\s+)?(?:fiscal\s+)?(?:year|decade|century|\d))/i.test(after) || inMatch())
      )
        return null;
      // "pulled away in the third quarter" of a basketball or football game: the game's quarter.
      if (
        !half &&
        !ofYear &&
        !g(m, 'py') &&
        GAME_QUARTER_WORDS.test(text.slice(Math.max(0, m.index - 150), m.index + m[0].length + 100))
      )
        return null;
      const ord = g(m, 'ord')!.toLowerCase();
      // "the last half of 1989" is its second half, "the final quarter of the year" the fourth of
      // the year in hand; "the last quarter" alone is the period rule's. "The final quarter" alone
      // is the fourth too ("could weigh on exporters' earnings in the final quarter", "the final
      // quarter is going to be grim for retailers": our news annotators 3 of 3 outside a game), but
      // not in a report of a match, with the words the halves use ("kicked five goals in the final
      // quarter", "scored two tries in the final quarter").
      const the = g(m, 'the')?.toLowerCase() ?? '';
      if (
        (ord === 'last' ||
          (ord === 'final' && (half || the !== 'the' || g(m, 'hy') === '-' || ofNext || inMatch()))) &&
        !ofYear
      )
        return null;
      // "the holiday quarter", retailers' "the golden quarter": October to December, the shopping
      // season's. (Not a name explained: "the so-called golden quarter", "call it the \"golden
      // quarter\""; nor a district: a capitalised "the Golden Quarter", "the golden quarter of the
      // old town".)
      if ((ord === 'holiday' || ord === 'golden') && (half || !the)) return null;
      if (ord === 'golden' && (/^G/.test(g(m, 'ord')!) || (!ofYear && ofNext))) return null;
      // "the back half of next year", "the front half": business slang for the second and first;
      // "the latter half of 2008" the second. (Not "the back half of the bus": only of a year, or
      // "the back half" alone after "in", the year's: "margins will recover in the back half", as
      // our news annotators write 3 of 3.)
      if (
        (ord === 'back' || ord === 'front' || ord === 'latter' || ord === 'former') &&
        (!half ||
          !the ||
          (!ofYear &&
            !(
              ord === 'back' &&
              the === 'the' &&
              /\bin\s+$/i.test(text.slice(Math.max(0, m.index - 3), m.index))
            )))
      )
        return null;
      const q =
        ord === 'last' || ord === 'final' || ord === 'back' || ord === 'latter'
          ? half
            ? 2
            : 4
          : ord === 'holiday' || ord === 'golden'
            ? 4
            : ord === 'front' || ord === 'former'
              ? 1
              : ORDINALS[ord]!;
      if (half && q > 2) return null;
      const ry = g(m, 'ry')?.toLowerCase();
      let rel: string | undefined;
      if (the.startsWith('last') || ry === 'last') rel = 'last';
      else if (the.startsWith('next') || ry === 'next') rel = 'next';
      else if (the.startsWith('this') || ry === 'this') rel = 'this';
      const y = g(m, 'y') ?? g(m, 'py');
      let start = m.index;
      if (the === 'its' || (the === 'the' && g(m, 'hy') === '-')) start += the.length + 1;
      // "at the end of the first quarter": the quarter's close, one expression (our annotators 6 of 6;
      // "the start of" they leave outside).
      const edge =
        the === 'the' && g(m, 'hy') !== '-'
          ? /\bthe\s+(?:end|close)\s+of\s+$/i.exec(text.slice(Math.max(0, m.index - 16), m.index))
          : null;
      if (edge) start -= edge[0].length;
      return {
        start,
        end: m.index + m[0].length,
        rule: 'quarter',
        mod: edge ? 'END' : undefined,
        meaning: { k: 'quarter', q, half, y: y ? +y : undefined, rel, yearBack: !!g(m, 'ya') || undefined },
      };
    },
  },
  {
    // the April-June quarter | April-June | the July-September period | the first three months of 2019:
    // a calendar quarter or half named by its months
    name: 'monthSpan',
    keys: ['-', '–', 'months of', 'quarter', 'half'],
    re: new RegExp(
      // Case-sensitive, with capitalised words for months (checked in build): a position that starts
      // with neither a capital nor "the"/"first"/"last" is rejected at once.
      `\\b(?:(?<the>[Tt]he)\\s+)?(?:(?<m1>[A-Z][a-z]{2,8}\\.?)\\s*[-–]\\s*(?<m2>[A-Z][a-z]{2,8}\\.?)(?<unit>\\s+(?:quarter|period))?|(?<mq>[A-Z][a-z]{2,8})\\s+(?<qh>quarter|half)\\b|(?<ord>[Ff]irst|[Ll]ast|[Ff]inal)\\s+(?<n>three|six|nine|ten|\\d{1,2})\\s+months\\s+of(?:\\s+(?<ty>the\\s+year)\\b(?![-'’]))?)(?:\\s+(?:of\\s+)?(?<y>1\\d{3}|20\\d{2})\\b|\\s+(?<ry>this|last|next)\\s+year\\b)?`,
      'g',
    ),
    build: (m) => {
      let first: number;
      let months: number;
      const key = (w: string) => MONTHS[w.toLowerCase().replace(/\.$/, '')];
      if (g(m, 'mq')) {
        // "the September quarter": the quarter that month closes; "the June half", "the December
        // half" (Australian reports): the half.
        const last = key(g(m, 'mq')!);
        months = g(m, 'qh') === 'half' ? 6 : 3;
        if (last === undefined || last % months !== 0) return null;
        // ("the May half" is no half, nor a "June half" without "the": "a June half-marathon".)
        if (months === 6 && !g(m, 'the')) return null;
        first = last - months + 1;
      } else if (g(m, 'm1')) {
        const a = key(g(m, 'm1')!);
        const b = key(g(m, 'm2')!);
        if (a === undefined || b === undefined) return null;
        first = a;
        months = b - first + 1;
      } else {
        // "the first three months" alone is a length (P3M); "of 2019" makes it a quarter, and so
        // does "of the year", the quarter of the year in hand ("the economy grew 0.7% in the first
        // three months of the year"). ("The first nine months" and "the year" stay two timexes.)
        if (!g(m, 'y') && !g(m, 'ry') && !g(m, 'ty')) return null;
        months = parseNumber(g(m, 'n')!) ?? 0;
        if (months < 1 || months > 11) return null;
        first = /^first$/i.test(g(m, 'ord')!) ? 1 : 13 - months;
      }
      const half = months === 6;
      // "January-September", "the January-October period" in a data release: the months of the
      // year so far, a length as "the first nine months" is (P9M). (A span with its year, "August-
      // September 1950", is left to the month rules.)
      const yearToDate = first === 1 && months > 1 && months < 12 && months !== 3 && !half;
      if (yearToDate && (g(m, 'y') || g(m, 'ry') || !g(m, 'm1'))) return null;
      if (!yearToDate && ((months !== 3 && !half) || (first - 1) % months !== 0)) return null;
      const ry = g(m, 'ry')?.toLowerCase();
      // "the" belongs to "the April-June quarter", not to a bare "April-June".
      const start = g(m, 'the') && !g(m, 'unit') && !g(m, 'mq') && g(m, 'm1') ? m.index + 4 : m.index;
      let end = m.index + m[0].length;
      // "... January-March." ends the sentence: the dot is the abbreviation's only after "Sept.".
      const m2 = g(m, 'm2');
      if (m2 !== undefined && monthDotEndsSentence(m2) && m[0].endsWith(m2)) end -= 1;
      if (yearToDate)
        return { start, end, rule: 'monthSpan', meaning: { k: 'duration', n: months, unit: 'month' } };
      return {
        start,
        end,
        rule: 'monthSpan',
        meaning: {
          k: 'quarter',
          q: Math.ceil(first / months),
          half: half || undefined,
          y: g(m, 'y') ? +g(m, 'y')! : undefined,
          rel: ry,
        },
      };
    },
  },
  {
    // forecast sales for the current period: in a sentence that reports a quarter ("second-quarter
    // profit fell", "in the holiday quarter"), the quarter under way, as "the current quarter" is
    // (our news annotators 3 of 3; "current" alone is no time of its own there)
    name: 'currentPeriod',
    keys: ['current period'],
    re: /\bthe\s+current\s+period\b(?![-'’])/gi,
    build: (m, text) =>
      QUARTER_IN_SENTENCE.test(lastSentence(text.slice(Math.max(0, m.index - 200), m.index)))
        ? whole(m, 'currentPeriod', { k: 'period', unit: 'quarter', rel: 'current' })
        : null,
  },
  {
    // the quarter | the year-ago quarter | the year-earlier period | year-earlier | year-ago
    name: 'lastQuarter',
    keys: ['quarter', 'period', 'year-'],
    // "the corresponding period last year", "last year's quarter": the same comparison, said with words.
    // ("from the same period a year before." is "a year earlier" too, with nothing after "before", as
    // a length's "a year before" is; not "a year before it closed", "a year before Brexit".)
    re: new RegExp(
      String.raw`\b(?:(?<the>the)\s+(?<adj>(?:same|corresponding|comparable)\s+)?(?<ago>year-(?:ago|earlier)\s+|latest\s+|same\s+|(?<y>1\d{3}|20\d{2})\s+)?(?<unit>quarter|period)\b(?!-)(?<tail>\s+a\s+year\s+(?:earlier|ago|before(?=${NOTHING_AFTER}))|\s+(?:of\s+)?last\s+year\b(?!['’]))?|(?<lys>last\s+year['’]s)\s+(?<unit2>quarter|period)\b|(?<bare>year-(?:ago|earlier)))`,
      'gi',
    ),
    build: (m, text) => {
      if (g(m, 'bare'))
        return { start: m.index, end: m.index + m[0].length, rule: 'yearAgo', meaning: { k: 'yearAgo' } };
      const ago = g(m, 'ago')?.toLowerCase() ?? '';
      const unit = (g(m, 'unit') ?? g(m, 'unit2'))!.toLowerCase();
      const yearBack = !!g(m, 'tail') || !!g(m, 'lys');
      // "the period" alone names no time; "the same period" names the one just discussed.
      if (unit === 'period' && !ago && !g(m, 'adj') && !yearBack) return null;
      // ("from the same period of 2015": the year that follows is the time; our annotators tag it
      // alone. But after a quarter its sentence names, "lost $96 million in the fourth quarter,
      // against a profit in the same period of 2015", the period is that quarter of the year that
      // follows, one timex.)
      const ofYear =
        unit === 'period' && !yearBack
          ? /^\s+(?:of|in)\s+(1\d{3}|20\d{2})\b/.exec(
              text.slice(m.index + m[0].length, m.index + m[0].length + 10),
            )
          : null;
      if (ofYear) {
        const sentence = sentenceAround(text, m.index, m.index + m[0].length);
        if (!QUARTER_IN_SENTENCE.test(sentence.slice(0, sentence.lastIndexOf(m[0])))) return null;
        return {
          start: m.index,
          end: m.index + m[0].length + ofYear[0].length,
          rule: 'lastQuarter',
          meaning: { k: 'lastQuarter', shiftYears: 0, y: +ofYear[1]!, period: true },
        };
      }
      // ("London prices fell 1.6% over the same period", "offered 11% over the same period": the span
      // just told, looked back on as a length; our news annotators leave it untagged, 9 of 9.)
      if (
        unit === 'period' &&
        !yearBack &&
        !g(m, 'y') &&
        /\bover\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))
      )
        return null;
      // ("212 sightings between 1 June and 15 July, against 131 over the same period last year": with
      // no quarter or half year named before, the period is the span just told, and our news
      // annotators tag "last year" alone, 8 of 9. A quarter or half named in an earlier sentence
      // counts, "Third-quarter revenue rose 4%. ... from the same period last year": an earnings
      // report's; a fraction, "half of residents", does not.)
      if (
        unit === 'period' &&
        /\s+(?:of\s+)?last\s+year$/i.test(g(m, 'tail') ?? '') &&
        !QUARTER_IN_SENTENCE.test(text.slice(0, m.index)) &&
        !HALF_IN_SENTENCE.test(text.slice(0, m.index))
      )
        return null;
      const shift = ago.startsWith('year') || yearBack ? -1 : 0;
      const y = g(m, 'y');
      return {
        start: m.index,
        end: m.index + m[0].length,
        rule: 'lastQuarter',
        meaning: {
          k: 'lastQuarter',
          shiftYears: shift,
          y: y ? +y : undefined,
          latest: /^latest/i.test(ago) || undefined,
          period: unit === 'period' || undefined,
        },
      };
    },
  },
  {
    // fiscal 1998 | 2022 | early 2023 | the end of 1990 | mid-1996 | the end of fiscal 2026 | by 2100
    // ("calendar 2024", set against a fiscal year, takes its word as "fiscal 2024" does: our news
    // annotators 5 of 5.)
    // (A year of the next century only after a word that sets a year, "warming by 2100", "to be opened
    // in 2126": alone, 2100 is as often a clock or a count.)
    name: 'year',
    keys: ['1', '2'],
    re: new RegExp(
      `(?:\\b(?<mod>${EDGE_MOD})[\\s-]+)?(?:\\b(?:(?<fiscal>fiscal(?:\\s+year)?)|calendar(?:\\s+year)?)\\s+)?(?:\\bthe\\s+(?=\\d{4}\\s+${ACCOUNTS_YEAR}))?(?<![\\w$#€£.,/])(?<y>1[1-9]\\d{2}|20\\d{2}|(?<=\\b(?:in|of|since|from|until|till|before|after|around|circa|year)\\s)10\\d{2}|(?<=\\b(?:in|by|until|till|before|after|circa|year)\\s)21\\d{2})\\b(?!%|[.,:/]\\d|-\\d(?!\\d?(?:\\d\\d)?\\b)|\\s*(?:%|percent\\b))(?<accounts>\\s+${ACCOUNTS_YEAR})?`,
      'gi',
    ),
    build: (m, text) => {
      const y = +g(m, 'y')!;
      const end = m.index + m[0].length;
      // "1,500" or "$2000": numbers, not years.
      const after = text.slice(end, end + 12);
      if (MEASURE_AFTER_NUMBER.test(after)) return null;
      if (
        COUNT_AFTER_NUMBER.test(text.slice(end, end + 14)) &&
        !YEAR_BEFORE_COUNT.test(text.slice(Math.max(0, m.index - 16), m.index))
      )
        return null;
      // (Decades are their own rule, "the 1980s", "the 1990's"; not "since 2020's edition".)
      if (
        /^(?:s\b|'s\b)/.test(after) &&
        (/^s/.test(after) || (y % 10 === 0 && !yearPossessive(text, m.index, end)))
      )
        return null;
      if (/^\s*(?:BC|B\.C|BCE)\b/.test(after)) return null;
      const before = text.slice(Math.max(0, m.index - 4), m.index);
      if (/(?:No\.|#|\$)\s*$/i.test(before)) return null;
      if (DESIGNATOR_BEFORE_NUMBER.test(text.slice(Math.max(0, m.index - 14), m.index))) return null;
      if (UNION_LOCAL_BEFORE_NUMBER.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
      if (NUMBERED_INDEX_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
      let start = m.index;
      const modWord = g(m, 'mod');
      if (modWord && /^(?:at|by)\s/i.test(modWord)) start += modWord.indexOf('the');
      // "The Pirelli calendar 2024", "its calendar 2025": after an article, a possessive or a name,
      // "calendar" is a noun, a calendar the year names, and stays out ("for calendar 2024" and "the
      // calendar year 2024" keep it).
      const calendar = /^calendar\s+(?!year\b)/i.exec(m[0]);
      if (calendar && CALENDAR_AS_NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))
        start += calendar[0].length;
      return {
        start,
        end,
        rule: 'year',
        mod: modOf(modWord),
        meaning: { k: 'year', y, fiscal: !!g(m, 'fiscal') || !!g(m, 'accounts') },
      };
    },
  },
  {
    // the class of '98 | in ’72 | since '04: a year written with its last two digits, of this century
    // up to '29, of the last one from '30
    name: 'shortYear',
    keys: [...'0123456789'].flatMap((d) => [`'${d}`, `’${d}`]),
    re: /(?<![\w'’.,$£€])['’](?<yy>\d\d)(?![\w'’%]|[.,]\d)/g,
    build: (m) => whole(m, 'shortYear', { k: 'year', y: shortYear(+g(m, 'yy')!), short: true }),
  },
  {
    // the 2024-25 season | the 2023/24 crop year | the 2025-26 academic year: a year that straddles
    // two calendar years, named by the one it starts in
    name: 'splitYear',
    keys: ['-', '–', '/'],
    // ("the 2026-27 budget", "frozen in 2024-25": written alone, two years in a row with the second
    // cut to two digits are one such year too, not a range; "the" then stays outside.)
    re: /\b(?<the>the\s+)?(?<y1>(?:1[89]|20)\d\d)[-–/](?<y2>\d\d|(?:1[89]|20)\d\d)(?:(?<tail>\s+(?:(?:(?:academic|school|crop|marketing|financial|fiscal|budget|tax|television|legislative|scheme)\s+)?year|season|campaign|winter|summer))\b|(?![-–/.,:]?\d))/gi,
    build: (m, text) => {
      const y1 = +g(m, 'y1')!;
      const y2 = g(m, 'y2')!;
      if ((y2.length === 2 ? (y1 + 1) % 100 : y1 + 1) !== +y2) return null;
      if (g(m, 'tail')) return whole(m, 'splitYear', { k: 'year', y: y1 });
      // (Only among words of budgets and seasons, or between "the" and a noun: a history's "in
      // 1958-59" is a range of years.)
      const start = m.index + (g(m, 'the')?.length ?? 0);
      if (y2.length !== 2 || !amongSplitYearWords(text, start, m.index + m[0].length)) return null;
      return { start, end: m.index + m[0].length, rule: 'splitYear', meaning: { k: 'year', y: y1 } };
    },
  },
  {
    // 1915-17 | 1861-1863: the end of a range of years
    name: 'yearRangeEnd',
    keys: ['-', '–'],
    // (The year before the dash is checked after the dash is found: a lookbehind at the head of a
    // pattern is tried at every position the search passes.)
    re: /[-–](?<=\b(?:1[1-9]|20)\d\d[-–])(?<y>\d{2}|\d{4})\b(?![-–/.,]\d)/g,
    build: (m, text) => {
      const first = +text.slice(m.index - 4, m.index);
      const y2 = g(m, 'y')!;
      const y = y2.length === 2 ? Math.floor(first / 100) * 100 + +y2 : +y2;
      if (y <= first || y - first > 100) return null;
      // ("the 2024-25 budget" is one year of a budget: the splitYear rule's.)
      if (y2.length === 2 && y === first + 1 && amongSplitYearWords(text, m.index - 4, m.index + m[0].length))
        return null;
      return {
        start: m.index + 1,
        end: m.index + m[0].length,
        rule: 'yearRangeEnd',
        meaning: { k: 'year', y },
      };
    },
  },
  {
    // 499 BC | ca. 490 B.C. | 492-490 BC (the first year of a range) | April 480 BC
    name: 'bc',
    keys: ['bc', 'b.c'],
    re: /\b(?<y>\d{1,4})(?<dec>['’]?s)?(?:[-–](?<y2>\d{1,4}))?\s*(?:BC|B\.C\.?|BCE)(?![A-Za-z])/g,
    build: (m, text) => {
      const y2 = g(m, 'y2');
      const y = +(y2 ?? g(m, 'y')!);
      if (y === 0) return null;
      // "the 470s BC": the decade 479-470 BC, written by its first three digits.
      if (g(m, 'dec')) {
        if (y2 || y % 10 !== 0) return null;
        const the = /\bthe\s+$/i.exec(text.slice(Math.max(0, m.index - 4), m.index));
        return {
          start: the ? m.index - the[0].length : m.index,
          end: m.index + m[0].length,
          rule: 'bc',
          meaning: { k: 'decade', dec: `BC${String(y / 10).padStart(3, '0')}` },
        };
      }
      if (!y2) {
        const before = text.slice(Math.max(0, m.index - 30), m.index);
        const season = SEASON_BEFORE_BC.exec(before);
        if (season)
          return {
            start: m.index - season[0].length,
            end: m.index + m[0].length,
            rule: 'bc',
            mod: modOf(season[1]),
            meaning: { k: 'bc', y, season: SEASONS[season[2]!.toLowerCase()] },
          };
      }
      // "April 480 BC": a month just before, read from the text (a month alternation in the pattern
      // would run at every digit of every text that contains "bc").
      const mon = y2 ? null : MONTH_BEFORE_BC.exec(text.slice(Math.max(0, m.index - 11), m.index));
      const month =
        mon && /^[A-Z]/.test(mon[1]!) ? MONTHS[mon[1]!.toLowerCase().replace(/\.$/, '')] : undefined;
      return {
        start: y2
          ? m.index + m[0].indexOf(y2, g(m, 'y')!.length)
          : month
            ? m.index - mon![0].length
            : m.index,
        end: m.index + m[0].length,
        rule: 'bc',
        meaning: { k: 'bc', y, m: month },
      };
    },
  },
  {
    // 499-493 BC | from 264 to 241 BC: the first year of a range takes the era that follows
    name: 'bcRangeStart',
    keys: ['bc', 'b.c'],
    re: /\b(?:(?<from>from|between)\s+)?(?<y>\d{1,4})(?:\s*[-–]\s*|\s+(?:to|and|until)\s+)(?<y2>\d{1,4})(?=\s*(?:BC|B\.C\.?|BCE)(?![A-Za-z]))/g,
    build: (m) => {
      const y = +g(m, 'y')!;
      const y2 = +g(m, 'y2')!;
      // Years before the era run backwards: a range goes from the larger to the smaller.
      if (y === 0 || y2 >= y) return null;
      const start = m.index + m[0].indexOf(g(m, 'y')!, g(m, 'from')?.length ?? 0);
      return { start, end: start + g(m, 'y')!.length, rule: 'bcRangeStart', meaning: { k: 'bc', y } };
    },
  },
  {
    // two summers ago | three winters ago: the season that many back from the publication date
    name: 'seasonsAgo',
    keys: ['summers', 'winters', 'springs', 'autumns', 'falls'],
    re: /\b(?<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?<s>summers|winters|springs|autumns|falls)\s+ago\b/gi,
    build: (m) => {
      const n = parseNumber(g(m, 'n')!);
      const season = SEASONS[g(m, 's')!.toLowerCase().replace(/s$/, '')];
      if (!n || n < 2 || !season) return null;
      return whole(m, 'seasonsAgo', { k: 'season', season, rel: 'last', back: n });
    },
  },
  {
    // the past hour | in the last hour | within the next hour | over the past day | within the hour:
    // an hour (or a day) up to now or from now, or from the time just told ("Both victims died
    // within the hour": our news annotators 6 of 8)
    // (Not "the last hour of trading", a part of a longer time; nor "the next day", "the last day",
    // which are dates; nor "struck the hour".)
    name: 'hourSpan',
    keys: ['past hour', 'last hour', 'next hour', 'coming hour', 'past day', 'within the hour'],
    re: /\b(?:[Tt]he\s+(?:(?:past|last|next|coming)\s+hour|past\s+day)|(?<=\b[Ww]ithin\s+)the\s+hour)\b(?!\s+of\b|-\w)/g,
    build: (m) => whole(m, 'hourSpan', { k: 'duration', n: 1, unit: /hour$/i.test(m[0]) ? 'hour' : 'day' }),
  },
  {
    // a quarter century | the past quarter-century: twenty-five years
    name: 'quarterCentury',
    keys: ['quarter century', 'quarter-century'],
    // (Not "its quarter-century low": a record over that time, before its noun.)
    re: /\b(?:(?:the\s+(?:past|last|next|first)|the|an?)\s+)?quarter[-\s]century\b(?:\s+(?<tail>ago|earlier|later)\b)?(?![-\w]|\s+(?:low|high|record|lows|highs)\b)/gi,
    build: (m) => yearsOrOffset(m, 'quarterCentury', 25),
  },
  {
    // the past half-century | over the last half century | in a half-century: fifty years
    // (Not "his third half-century", a batsman's fifty runs, nor "a half-century of precedent", an
    // amount of what filled it: our annotators leave it.)
    name: 'halfCentury',
    keys: ['half century', 'half-century'],
    re: /\b(?:the\s+(?:past|last|next|first)\s+|the\s+|an?\s+)half[-\s]century\b(?:\s+(?<tail>ago|earlier|later)\b)?(?![-\w]|\s+of\b|\s+(?:low|high|record|lows|highs)\b)/gi,
    build: (m) => yearsOrOffset(m, 'halfCentury', 50),
  },
  {
    // AD 900 | 650 AD | 79 A.D. | 1066 CE: a year of the common era, named with its era
    name: 'ad',
    keys: AD_KEYS,
    re: /\b(?:(?:AD|A\.D\.)\s?(?<y1>\d{1,4})(?![\d,.]\d)|(?<y2>\d{1,4})\s?(?:AD|A\.D\.|CE|C\.E\.)(?![A-Za-z]))/g,
    build: (m) => {
      const y = +(g(m, 'y1') ?? g(m, 'y2')!);
      return y === 0 ? null : whole(m, 'ad', { k: 'year', y });
    },
  },
  {
    // between 620 and 650 AD | 410-420 AD: the first year of a range takes the era that follows
    name: 'adRangeStart',
    keys: AD_KEYS,
    re: /\b(?<y>\d{1,4})(?:\s*[-–]\s*|\s+(?:to|and|until)\s+)(?<y2>\d{1,4})(?=\s?(?:AD|A\.D\.|CE|C\.E\.)(?![A-Za-z]))/g,
    build: (m) => {
      const y = +g(m, 'y')!;
      // Years of the era run forwards: a range goes from the smaller to the larger.
      if (y === 0 || +g(m, 'y2')! <= y) return null;
      return {
        start: m.index,
        end: m.index + g(m, 'y')!.length,
        rule: 'adRangeStart',
        meaning: { k: 'year', y },
      };
    },
  },
  {
    // 12-14 July 1950 | from 15 to 22 February | on 6 and 7 May | the 13th to the 19th of October:
    // the first day of a range or pair takes the month and year that follow
    name: 'dayRangeStart',
    keys: ['-', '–', ' to ', ' and ', ' or ', 'through', 'until', 'till'],
    re: new RegExp(
      `\\b(?<d1>\\d{1,2})(?<sfx>st|nd|rd|th)?(?:(?<dash>\\s*[-–]\\s*)|\\s+(?:to|and|or|through|until|till)\\s+)(?:the\\s+)?(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon>${MONTH})(?:,?\\s+(?<year>1\\d{3}|20\\d{2})\\b)?`,
      'gi',
    ),
    build: (m, text) => {
      // Read back from the text: an optional prefix in the pattern would run at every word.
      const lead = RANGE_LEAD.exec(text.slice(Math.max(0, m.index - 16), m.index));
      // "rose 5 to 22 March" is an amount; a range in words needs a preposition before it.
      if (!g(m, 'dash') && !lead?.[1]) return null;
      const c = monthCandidate(m, text);
      if (!c || c.meaning.k !== 'date') return null;
      const d1 = +g(m, 'd1')!;
      if (d1 < 1 || d1 > 31 || (!g(m, 'dash') && d1 >= +g(m, 'day')!)) return null;
      // "the 13th to the 19th of October": the article is part of the first day too.
      const start = lead?.[2] ? m.index - lead[2].length : m.index;
      return {
        start,
        end: m.index + g(m, 'd1')!.length + (g(m, 'sfx')?.length ?? 0),
        rule: 'dayRangeStart',
        meaning: { ...c.meaning, d: d1 },
        mod: undefined,
      };
    },
  },
  {
    // on the 5th, | until the 20th. | the 28th of that month: a day of the month the text is in
    name: 'dayOfMonth',
    keys: ['the'],
    // Anchored on "the 5th"; the preposition is read back from the text.
    // ("scheduled for the 16th at 7 p.m.", "data due on the 30th will show", "Sunday, the 5th".)
    // ("the evening of the 15th" takes any word after it: the part of the day has made it a day.)
    re: /\bthe\s+(?<d>\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+(?:that|the\s+same|this|(?<each>every|each))\s+month\b|(?=\s*(?:[,.;:)]|$|and\s+(?:the\s+)?\d|(?:at|from|when|is|was|will|would)\s))|(?<=\b(?:morning|afternoon|evening|night)\s+of\s+the\s+\d{1,2}(?:st|nd|rd|th))(?!\s+(?:century|centuries|anniversary|birthday|time|floor|hole|minute|round|day|year)\b))/gm,
    build: (m, text) => {
      const d = +g(m, 'd')!;
      if (d < 1 || d > 31) return null;
      // "the evening of the 15th": that day's evening, one expression.
      const podOf = /\b(?:the\s+)?(morning|afternoon|evening|night)\s+of\s+$/i.exec(
        text.slice(Math.max(0, m.index - 20), m.index),
      );
      // "move to Friday the 5th", "talks arranged for Friday the 8th": a capitalised weekday right
      // before it, without a comma, makes one date of the two (our news annotators 2 of 2; with the
      // comma, "Sunday, the 5th", one span once and two once, and the two stay apart). Only after a
      // preposition, as the day alone: "some guests fear Friday the 13th" names no day.
      const wdAt = podOf ? null : WEEKDAY_BEFORE_DAY.exec(text.slice(Math.max(0, m.index - 12), m.index));
      const wdBefore =
        wdAt &&
        DAY_PREP_BEFORE.test(text.slice(Math.max(0, m.index - wdAt[0].length - 14), m.index - wdAt[0].length))
          ? wdAt
          : null;
      if (!wdBefore && !DAY_OF_MONTH_BEFORE.test(text.slice(Math.max(0, m.index - 18), m.index))) return null;
      // Only where the text has just been talking in months or days: "on the 18th" of a golf report
      // is a hole. (Read before the weekday of "On Sunday the 18th was again his undoing": the weekday
      // itself is no talk of days, unless the two end the clause, "Tickets for Saturday the 1st, the
      // opening night, go on sale".)
      const at = wdBefore ? m.index - wdBefore[0].length : m.index;
      if (
        !/\bof\s/.test(m[0]) &&
        !(wdBefore && /^\s*(?:[,.;:)]|$)/.test(text.slice(m.index + m[0].length))) &&
        !MONTH_NEAR.test(text.slice(Math.max(0, at - 600), at)) &&
        !WEEKDAY_NEAR.test(text.slice(Math.max(0, at - 300), at)) &&
        !DAYS_NEAR.test(text.slice(Math.max(0, at - 300), at))
      )
        return null;
      // "rolling stoppages on the 13th of every month", "resets prices on the 15th of each month":
      // that day of each month, a set (our news annotators 3 of 3, the whole phrase).
      if (g(m, 'each'))
        return {
          start: m.index,
          end: m.index + m[0].length,
          rule: 'dayOfMonth',
          meaning: { k: 'set', value: `XXXX-XX-${String(d).padStart(2, '0')}` },
        };
      if (wdBefore)
        return {
          start: at,
          end: m.index + m[0].length,
          rule: 'dayOfMonth',
          meaning: { k: 'dayOfMonth', d, wd: WEEKDAYS[wdBefore[1]!.toLowerCase()]! },
        };
      return {
        start: podOf ? m.index - podOf[0].length : m.index,
        end: m.index + m[0].length,
        rule: 'dayOfMonth',
        meaning: { k: 'dayOfMonth', d, ...(podOf ? { pod: PARTS_OF_DAY[podOf[1]!.toLowerCase()] } : {}) },
      };
    },
  },
  {
    // "cut capacity in the first quarter and keep it flat in the second", "the weight of the 19th
    // century and the speed of the 20th": an ordinal whose unit is left out, after that unit named
    // with another ordinal (a quarter in its sentence, after "in"; a century next to it, in its
    // sentence or the one before), is one of that unit too (our news annotators 7 of 7; not "the
    // second after 23 minutes" after a game's first half, nor "the first of them").
    name: 'elidedOrdinal',
    keys: ['the'],
    re: new RegExp(
      `\\bthe\\s+(?<ord>${ORDINAL_WORD}|\\d{1,2}(?:st|nd|rd|th))(?!\\s+and\\s+\\w+[\\s-]+(?:quarters?|centur(?:y|ies))\\b)(?=\\s*[,.;:!?)"”]|\\s+(?:and|or|but|before|after|once|when|as|than|we|it|they)\\b)`,
      'gi',
    ),
    build: (m, text) => {
      const ord = g(m, 'ord')!.toLowerCase();
      const n = ORDINALS[ord] ?? parseInt(ord, 10);
      const before = text.slice(Math.max(0, m.index - 300), m.index);
      const end = m.index + m[0].length;
      // (Not a game's: "led by 12 points in the first quarter but trailed in the second", "trailed
      // 10-0 in the first quarter".)
      const sentence = lastSentence(before);
      if (
        n <= 4 &&
        /\bin\s+$/i.test(before) &&
        !GAME_QUARTER_WORDS.test(sentence) &&
        !/\b\d+-\d+\b/.test(sentence)
      ) {
        const named = [...sentence.matchAll(QUARTER_IN_SENTENCE_ALL)].filter((q) => q.groups?.ord).pop();
        const q = named?.groups?.ord ? ORDINALS[named.groups.ord.toLowerCase()] : undefined;
        if (q !== undefined && q !== n)
          return {
            start: m.index,
            end,
            rule: 'elidedOrdinal',
            meaning: { k: 'quarter', q: n, elided: q },
          };
      }
      let century: RegExpExecArray | null = null;
      for (const c of before.matchAll(ELIDED_CENTURY_BEFORE)) century = c;
      if (!century) return null;
      const o = century[1]!.toLowerCase();
      const c = ORDINALS[o] ?? parseInt(o, 10);
      const at = m.index - before.length + century.index + century[0].length;
      // (In a phrase of time, "in the 20th", "most of the 19th", or after a verb when the century
      // named stands alone, "the end of the 21st century. It's survived the 20th": not a day, "will
      // reopen on the 20th", "closed from the 18th to the 20th", nor a hole after a century that
      // qualifies a noun, "the 19th-century clubhouse ... He bogeyed the 18th".)
      if (
        Math.abs(c - n) !== 1 ||
        sentencesBetween(text, at, m.index) > 1 ||
        DAY_PREP_BEFORE.test(before) ||
        !(CENTURY_PREP_BEFORE.test(before) || /^\s*(?:[,.;:!?)"”]|$)/.test(text.slice(at, at + 2)))
      )
        return null;
      return {
        start: m.index,
        end,
        rule: 'elidedOrdinal',
        meaning: { k: 'century', c: n - 1, elided: century[1]! },
      };
    },
  },
  {
    // "spent the first five years fighting for answers and the next five fighting for the wall",
    // "has changed more in the past two years than in the previous 20": a count whose unit is left
    // out, after a length counted in its sentence just before and joined to it, is that many of the
    // same unit (our news annotators 4 of 4, by four writers). (Not "from six weeks to five", which
    // they split, 3 tagged to 2 not.)
    name: 'elidedCount',
    keys: ['next', 'previous', 'following', 'last', 'other', 'remaining', 'final', 'past'],
    re: new RegExp(
      `\\bthe\\s+(?:next|previous|following|last|other|remaining|final|past)\\s+(?<num>${WORD_COUNT}|\\d{1,3})(?=\\s*[,.;:!?)"”]|\\s+(?:in|on|at|by|from|for|after|before|under|with|and|or|but|as|when|while)\\b|\\s+[a-z]+ing\\b)`,
      'gi',
    ),
    build: (m, text) => {
      const named = ELIDED_COUNT_BEFORE.exec(lastSentence(text.slice(Math.max(0, m.index - 120), m.index)));
      const n = parseNumber(g(m, 'num')!);
      if (!named || n === null) return null;
      const unit = named.groups!.unit!;
      return whole(m, 'elidedCount', {
        k: 'duration',
        n,
        unit: unitKey(unit),
        why: `a length of time, its unit (${unit}) left out after the length counted just before it`,
      });
    },
  },
  {
    // nineteen ninety-six | the year two thousand | January nineteen ninety-seven (broadcast transcripts)
    name: 'spokenYear',
    keys: ['eighteen', 'nineteen', 'twenty', 'two thousand'],
    re: new RegExp(`\\b(?:(?<mon>${MONTH})\\s+|the\\s+year\\s+)?(?<sy>${SPOKEN_YEAR})\\b`, 'gi'),
    build: (m, text) => {
      const y = parseSpokenYear(g(m, 'sy')!);
      if (y === null) return null;
      // "two thousand years", "nineteen hundred people": a count, not a year.
      if (
        /^[\s-]+(?:[a-z]+\s+)?(?:years?|people|men|troops|dollars|miles)\b/i.test(
          text.slice(m.index + m[0].length, m.index + m[0].length + 24),
        )
      )
        return null;
      const mon = g(m, 'mon');
      const mo = mon && /^[A-Z]/.test(mon) ? MONTHS[mon.toLowerCase().replace(/\.$/, '')] : undefined;
      const start = mon && mo === undefined ? m.index + mon.length + 1 : m.index;
      const meaning: Meaning = mo !== undefined ? { k: 'date', y, m: mo } : { k: 'year', y };
      return { start, end: m.index + m[0].length, rule: 'spokenYear', meaning };
    },
  },
  {
    // the year | the full year | the current financial year | the fiscal year ended June 30 (a length
    // of time)
    name: 'theYear',
    keys: ['year'],
    re: new RegExp(
      `\\b(?:(?<mod>${EDGE_MOD})\\s+)?the\\s+(?:(?:full|fiscal|current|calendar|whole|entire)\\s+)?(?:(?:fiscal|financial|budget|business)\\s+)?year\\b(?![-'’]|\\s+(?:ago|earlier|before|after|later|\\d))`,
      'gi',
    ),
    build: (m, text) => {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // "the Year of the Horse", "Person of the Year": a title, not a time.
      if (
        /\bYear$/.test(m[0]) &&
        /^\s+of\s+the\s+[A-Z]/.test(
          after + text.slice(m.index + m[0].length + 12, m.index + m[0].length + 16),
        )
      )
        return null;
      // "whose fiscal year matches the calendar year": a kind of year, no date.
      if (
        /calendar\s+year$/i.test(m[0]) &&
        /\b(?:match(?:es|ed|ing)?|mirrors?|follows?|same\s+as|coincides?\s+with)\s+$/i.test(
          text.slice(Math.max(0, m.index - 24), m.index),
        )
      )
        return null;
      // "album of the year", "player of the year": an award, not a time; "prices jumped 8.7% on the
      // year": against a year before, not a date.
      const before = text.slice(Math.max(0, m.index - 32), m.index);
      if (
        !g(m, 'mod') &&
        (AWARD_OF_BEFORE.test(before) || /\d\s*(?:%|percent|per\s+cent)\s+on\s+$/i.test(before))
      )
        return null;
      // "The walks run every night of the year", "open every week of the year": each such day or
      // week of any year, no year of its own (our news annotators leave 2 of 2 untagged).
      if (
        !g(m, 'mod') &&
        /^the\s+year$/i.test(m[0]) &&
        /\b(?:every|each)\s+(?:single\s+)?(?:day|night|week|weekend|month|morning|evening)\s+of\s+$/i.test(
          before,
        )
      )
        return null;
      // "in 1984, the year of the strike", "2013 was the year we stopped talking": a year named just
      // before is what "the year" renames (our annotators leave it untagged, 11 of 11).
      if (
        !g(m, 'mod') &&
        /^the\s+year$/i.test(m[0]) &&
        /\b(?:1[5-9]|20)\d\d(?:,\s+|\s+(?:was|is|will\s+be|could\s+be|would\s+be|might\s+be)\s+(?:not\s+)?)$/i.test(
          before,
        )
      )
        return null;
      // "That was the year the park took in a pair", "next year will be the year they back a
      // winner", "1066 has been taught as the year England began": "the year" a copula or "as"
      // makes of its subject, told by a clause of its own, is what kind of year that was, no time
      // (our news annotators leave 7 of 7 untagged). (Not "this would be the year Shiroyama put its
      // problems behind it": the year in hand, which they tag.)
      if (
        !g(m, 'mod') &&
        /^the\s+year$/i.test(m[0]) &&
        COPULA_BEFORE_NOUN.test(before) &&
        !/\bthis\s+(?:(?:would|could|will|might|may|should|must)\s+)?(?:is|was|be)\s+$/i.test(before) &&
        CLAUSE_AFTER_NOUN.test(after)
      )
        return null;
      // "the year ended March 31", "the year to June": an accounting period named by its end. (Not
      // the verb: "the case of the year ended in a split decision", "as the year ended.")
      const duration = YEAR_TO_END.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
      const modWord = g(m, 'mod');
      return {
        // "by the end of the year": the preposition stays outside, as with years.
        start: modWord && /^(?:at|by)\s/i.test(modWord) ? m.index + modWord.indexOf('the') : m.index,
        end: m.index + m[0].length,
        rule: 'theYear',
        mod: modOf(g(m, 'mod')),
        meaning: { k: 'yearOf', duration },
      };
    },
  },
  {
    // For the week, the index fell | the Dow ended the week down 1.1 percent: the week being
    // reported, i.e. the publication week (not "the week before the vote" nor "the week ahead of
    // it", counted from what follows)
    name: 'theWeek',
    keys: ['the week'],
    // ("has lost 1.8% the week so far": the week in hand, whatever comes before it.)
    re: /\b(?:(?<=(?:for|of|during|in|over|end|ends|ended|finish|finishes|finished|close|closes|closed)\s+)the\s+week|the\s+week(?=\s+so\s+far\b))\b(?!\s+(?:of|before|after|ahead\s+of|ending|ended|earlier|ago|later)\b|-)/gi,
    // ("in the week to Friday": seven days up to a day, a length as our annotators tag it, 5 to 0.)
    build: (m, text) =>
      /^\s+(?:to|through)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|[A-Z][a-z]+\.?\s+\d|\d{1,2}\s+[A-Z])/.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 24),
      )
        ? whole(m, 'theWeek', { k: 'duration', n: 1, unit: 'week' })
        : withEarlierOrLater(text, whole(m, 'theWeek', { k: 'period', unit: 'week', rel: 'this' })),
  },
  {
    // a loss for the month | rose 1.3 percent in the month | end the month lower: the month in hand
    // ("in the month to mid-November": a length, as with "the week to Friday")
    name: 'theMonth',
    keys: ['the month'],
    // ("the coldest night of the month so far": the month in hand, after "of" too.)
    re: /\b(?:(?<=(?:for|during|in|into|over|end|ends|ended|finish|finishes|finished|close|closes|closed)\s+)the\s+month|the\s+month(?=\s+so\s+far\b))\b(?!\s+(?:of|before|after|ending|ended|earlier|ago|later|that|when|in\s+which)\b|[-'’])/gi,
    build: (m, text) =>
      /^\s+(?:to|through)\s+(?:mid-|early\s+|late\s+)?[A-Z][a-z]+/.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 24),
      )
        ? whole(m, 'theMonth', { k: 'duration', n: 1, unit: 'month' })
        : withEarlierOrLater(text, whole(m, 'theMonth', { k: 'period', unit: 'month', rel: 'same' })),
  },
  {
    // most of the decade | the decade closes | in the decade to 2021 (a length): the decade in hand,
    // the story's when it told of a year before, else the publication's (see edgeRel in resolve.ts).
    name: 'theDecade',
    keys: ['the decade'],
    re: /\bthe\s+decade\b(?![-'’])/gi,
    build: (m, text) => {
      const before = text.slice(Math.max(0, m.index - 16), m.index);
      // ("the past decade", "the end of the decade" are other rules'.)
      if (
        /\b(?:past|last|next|coming|previous|following|same|whole|entire|of\s+the|end|start|beginning|middle|turn)\s+$/i.test(
          before,
        )
      )
        return null;
      if (/\b(?:end|start|beginning|middle|turn|half|part)\s+of\s+$/i.test(before)) return null;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      // "in the decade before the ferry capsized", "in the decade to 2021": ten years up to a point.
      if (/^\s+(?:before|to|since|after|leading|ending|ended|through|until)\b/i.test(after))
        return whole(m, 'theDecade', { k: 'duration', n: 1, unit: 'decade' });
      if (/^\s+(?:of|ago|earlier|later)\b/i.test(after)) return null;
      return whole(m, 'theDecade', { k: 'period', unit: 'decade', rel: 'edge' });
    },
  },
  {
    // by the end of the month | the beginning of the week | the middle of the decade: the edge of
    // the period in hand (see edgeRel in resolve.ts). ("The end of the year" is theYear's.) (Not
    // "the end of the summer before" or "before last": the one before; "the end of the summer before
    // deciding", "the end of the month after three decades as a judge" and "after voters rejected
    // it" are, as our news annotators tag all 6.)
    name: 'edgeOfThe',
    // "month's end", "quarter's close" say the same.
    keys: [
      'end of the',
      'beginning of the',
      'start of the',
      'middle of the',
      'close of the',
      "h's",
      'h’s',
      "r's",
      'r’s',
    ],
    re: /\bthe\s+(?<edge>end|beginning|start|middle|close)\s+of\s+the\s+(?<unit>week|month|quarter|decade|century|spring|summer|autumn|fall|winter)\b(?![-'’]|\s+(?:of|(?:before|after)(?=\s*(?:[,.;:!?"”)]|$)|\s+(?:last|next)\b)|ending|ended|earlier|ago|later)\b)|\b(?<unit2>month|quarter)['’]s\s+(?<edge2>end|close)\b/gi,
    build: (m) =>
      whole(
        m,
        'edgeOfThe',
        edgeMeaning((g(m, 'unit') ?? g(m, 'unit2'))!.toLowerCase()),
        modOf(g(m, 'edge') ?? g(m, 'edge2')),
      ),
  },
  {
    // net zero by mid-century | around mid-century: the middle of the century under way, as "the
    // middle of the century" (our news annotators 3 of 3). After a preposition of time only: "a
    // mid-century home" is a style.
    name: 'midCentury',
    keys: ['mid-century'],
    re: /(?<=\b(?:by|around|before|until|towards?|after|from|at)\s+)mid-century\b(?![-'’])/gi,
    build: (m) => whole(m, 'midCentury', edgeMeaning('century'), 'MID'),
  },
  {
    // the night of April 18, 1775 | the morning of 6 June | the early hours of Tuesday, Feb. 21 |
    // the small hours of Sunday (TimeML has no part of the day for the hours after midnight: the
    // day itself, as the news set writes 27 of 44, where 11 write NI and 6 MO)
    name: 'partOfDate',
    keys: ['morning of', 'afternoon of', 'evening of', 'night of', 'hours of'],
    re: new RegExp(
      `\\b(?:the\\s+)?(?<pod>morning|afternoon|evening|night|(?<small>early|small|wee)\\s+hours)\\s+of\\s+(?:(?<wd>${WEEKDAY})\\b(?:,?\\s+(?=${MONTH}|\\d))?)?(?:(?<mon>${MONTH})\\s*(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b|(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<mon2>${MONTH}))?(?:,?\\s+(?<year>1\\d{3}|20\\d{2})\\b)?`,
      'gi',
    ),
    build: (m, text) => {
      if (m.groups && g(m, 'mon2')) {
        m.groups.mon = g(m, 'mon2')!;
        m.groups.day = g(m, 'day2')!;
      }
      const pod = g(m, 'small') ? undefined : PARTS_OF_DAY[g(m, 'pod')!.toLowerCase()];
      const wdWord = g(m, 'wd');
      const wd = wdWord ? WEEKDAYS[wdWord.toLowerCase()] : undefined;
      // "the small hours of Sunday": a weekday alone, only for the small hours ("the morning of
      // Sunday" is rare, and "Sunday morning" has its own rule).
      // (A weekday and its date written day first are one with any part of the day: "the morning of
      // Friday 5 December 1952", as our news annotators tag 12 of 13; written month first, "the
      // night of Friday, Oct. 23" is tagged from the date, as TBAQ has it and our annotators split.)
      if (wd !== undefined && !g(m, 'small') && !g(m, 'day2')) return null;
      if (!g(m, 'mon')) {
        if (wd === undefined || g(m, 'year') || !/^[A-Z]/.test(wdWord!)) return null;
        // ("the early hours of Thursday morning": the part of the day is the day's own rule's.)
        if (/^\s+(?:morning|afternoon|evening|night)\b/i.test(text.slice(m.index + m[0].length))) return null;
        const end = m.index + m[0].length - (/,?\s+$/.exec(m[0])?.[0].length ?? 0);
        return { start: m.index, end, rule: 'partOfDate', meaning: { k: 'weekday', wd, pod } };
      }
      const c = monthCandidate(m, text);
      if (!c || c.meaning.k !== 'date' || c.meaning.d === undefined) return null;
      // ("the early hours of 13 March." ends the sentence: the full stop is no abbreviation's.)
      const bareMonth = g(m, 'mon')!.toLowerCase();
      const fullStop =
        m[0].endsWith('.') && bareMonth.endsWith('.') && /^(?:[a-z]{5,}|may|june|july)\.$/.test(bareMonth);
      return {
        start: m.index,
        end: m.index + m[0].length - (fullStop ? 1 : 0),
        rule: 'partOfDate',
        meaning: { ...c.meaning, pod, ...(wd !== undefined ? { wd } : {}) },
      };
    },
  },
  {
    // Q3 2023 | Q1 | H2 2022 | FY2024 | FY 2023 (financial shorthand)
    // (Not a code that goes on: "the H1N1 strain", "an H1B visa", "a Q40 bus".)
    name: 'financial',
    keys: ['q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'fy'],
    re: /\b(?:(?<qh>[QH])(?<n>[1-4])(?![A-Za-z0-9])(?:\s*(?:of\s+)?(?<y>(?:19|20)\d{2})\b|\/(?<y2>\d{2})\b)?|FY\s?(?<fy>(?:19|20)\d{2}|\d{2})\b)/g,
    build: (m) => {
      const end = m.index + m[0].length;
      const fy = g(m, 'fy');
      if (fy) {
        const y = fy.length === 2 ? 2000 + +fy : +fy;
        return { start: m.index, end, rule: 'financial', meaning: { k: 'year', y, fiscal: true } };
      }
      const half = g(m, 'qh') === 'H';
      const n = +g(m, 'n')!;
      if (half && n > 2) return null;
      const y = g(m, 'y') ?? (g(m, 'y2') ? `20${g(m, 'y2')}` : undefined);
      return {
        start: m.index,
        end,
        rule: 'financial',
        meaning: { k: 'quarter', q: n, half, y: y ? +y : undefined },
      };
    },
  },
  {
    // the holiday weekend | the long weekend: read as "the weekend"; the four-day weekend: its length
    // (our news annotators take in the article and the weekend, 5 of 5, and read 4 as a length)
    name: 'holidayWeekend',
    keys: ['weekend'],
    re: /\bthe\s+(?:long|holiday|(?<n>[a-z]+|\d)-day)\s+weekend\b(?![-'’])/gi,
    build: (m) => {
      const days = g(m, 'n');
      if (days === undefined) return whole(m, 'holidayWeekend', { k: 'period', unit: 'weekend', rel: 'the' });
      const n = parseNumber(days);
      return n === null ? null : whole(m, 'holidayWeekend', { k: 'duration', n, unit: 'day' });
    },
  },
  {
    // the week ahead: read as "the coming week", "ahead" in its span (our news annotators tag it whole,
    // 2 of 2, as a calendar week; not "in the weeks ahead", a stretch of the future; nor "the week
    // ahead of the election", the week before it).
    name: 'weekAhead',
    keys: ['ahead'],
    re: /\bthe\s+week\s+ahead\b(?!\s+of\b)/gi,
    build: (m) => whole(m, 'weekAhead', { k: 'period', unit: 'week', rel: 'coming' }),
  },
  {
    // a busy weekend | the busiest weekend of the summer | a cold, dry weekend | have a good weekend:
    // the weekend a word of its weather or its bustle is said of, read as "the weekend" (our news
    // annotators tag the noun alone). (Not "a long weekend", a kind of weekend; see holidayWeekend.)
    // So is "a quiet bank holiday weekend", with its holiday's words (tagged with them).
    name: 'weekendOfAKind',
    keys: ['weekend'],
    re: new RegExp(
      `\\b(?:bank\\s+holiday\\s+)?weekend\\b(?![-'’])(?<=\\b(?:a|an|the|its|their)\\s+(?:(?:really|very|particularly|rather|fairly)\\s+)?(?:${WEEKEND_KIND})(?:,?\\s+(?:and\\s+)?(?:${WEEKEND_KIND}))?\\s+(?:bank\\s+holiday\\s+)?weekend)`,
      'gi',
    ),
    build: (m) => whole(m, 'weekendOfAKind', { k: 'period', unit: 'weekend', rel: 'the' }),
  },
  {
    // at weekends | on weekends: every weekend; so is the plain plural after "and" or "to", or as a
    // verb's object ("evenings and weekends", "cut its hours to weekends", "worked weekends").
    name: 'weekends',
    keys: ['weekends'],
    // (Also after another time that recurs in a list: "open Friday evenings, weekends and".)
    re: new RegExp(
      String.raw`weekends\b(?<=\b(?:at|on|over|during|and|or|to|work(?:s|ed|ing)?|${SPEND})\s+weekends|\b(?:mornings|afternoons|evenings|nights|weekdays),\s+weekends)`,
      'gi',
    ),
    build: (m) => whole(m, 'weekends', { k: 'set', value: 'XXXX-WXX-WE' }),
  },
  {
    // spent summers on a houseboat | grew up spending winters by the sea: a season in the plural as
    // the object of "spend", each such season, as "spent weekends" is each weekend (our news
    // annotators 2 of 2; "has spent its winters" has a determiner and stays out). So is the second
    // of two joined by "and" or "or": "spent summers and winters at the farm".
    name: 'seasonsSpent',
    keys: [...SEASONS_PLURAL],
    re: new RegExp(
      String.raw`(?<=\b${SPEND}\s+(?:(?:${SEASONS_PLURAL.join('|')})\s+(?:and|or)\s+)?)(?:${SEASONS_PLURAL.join('|')})\b`,
      'gi',
    ),
    build: (m) => whole(m, 'set', { k: 'set', value: `XXXX-${SEASONS[m[0].slice(0, -1).toLowerCase()]}` }),
  },
  {
    // hikes most weekends | below freezing most nights | thinks of it most winters: each such time
    // (our news annotators tag 4 of 4; "spends most days in bed" they leave untagged). So is a part
    // of the day in the plural after "in the": "wrote in the evenings after school", "runs its
    // pumps only in the mornings" (5 of 6).
    name: 'mostTimes',
    keys: ['most ', 'the mornings', 'the afternoons', 'the evenings'],
    re: new RegExp(
      `(?:(?<=\\bin\\s+)the\\s+(?=(?:mornings|afternoons|evenings)\\b)|\\bmost\\s+)(?:(?<pod>mornings|afternoons|evenings|nights)|(?<we>weekends)|(?<season>springs|summers|autumns|winters)|(?<wd>${WEEKDAY})s)\\b`,
      'gi',
    ),
    build: (m) => {
      const pod = g(m, 'pod'),
        season = g(m, 'season'),
        wd = g(m, 'wd');
      const value = pod
        ? `XXXX-XX-XXT${PARTS_OF_DAY[pod.slice(0, -1).toLowerCase()]}`
        : season
          ? `XXXX-${SEASONS[season.slice(0, -1).toLowerCase()]}`
          : wd
            ? `XXXX-WXX-${WEEKDAYS[wd.toLowerCase()]}`
            : 'XXXX-WXX-WE';
      return whole(m, 'mostTimes', { k: 'set', value });
    },
  },
  {
    // open weekdays between 9 and 5 | on weekdays: every day from Monday to Friday (not "extend opening
    // to weekdays"; "every working day" is P1D, as our news annotators write it)
    name: 'weekdays',
    keys: ['weekdays'],
    re: /(?<!\b(?:to|the|of|all|two|three|four|five)\s+)\bweekdays\b(?![-'’])/gi,
    build: (m) => whole(m, 'weekdays', { k: 'set', value: 'XXXX-WXX-WD' }),
  },
  {
    // late in the afternoon | early in the morning: the part of the day in hand, its edge a part of
    // the span (our news set 4 of 4; as "early in 2024")
    name: 'podInThe',
    keys: ['in the morning', 'in the afternoon', 'in the evening'],
    re: /\b(?<mod>early|late)\s+in\s+the\s+(?<pod>morning|afternoon|evening)\b(?![-'’]|\s+(?:of|hours)\b)/gi,
    build: (m) =>
      whole(m, 'partOfDay', partOfDayIn(PARTS_OF_DAY[g(m, 'pod')!.toLowerCase()]!), modOf(g(m, 'mod'))),
  },
  {
    // in the morning | during the evening | by late afternoon: a part of the day in hand
    name: 'partOfDay',
    keys: ['morning', 'afternoon', 'evening'],
    // (Also "well into the evening", "since the morning", "for the afternoon", "spent the morning",
    // "much of the afternoon", "the fastest time of the afternoon", "the first sailing of the morning"
    // (our news annotators tag 5 of 6 after a superlative or an ordinal); and "shares fell 4% in afternoon trading", the market's part of the
    // day, as our news annotators tag 13 of 14.)
    re: new RegExp(
      `(?<=\\b(?:in|during|by|through|throughout|until|into|since|for|spent|spend|spends|spending|${PORTION_OF})\\s+)(?:the\\s+)?(?:(?<mod>early|late|mid)[\\s-]+)?(?<pod>morning|afternoon|evening)\\b(?![-'’]|\\s+(?:of|hours|rush|session|news|papers?|shift|edition|service|show|prayers?|commute|sun|sunshine|light|star|dress|meal|class(?:es)?)\\b)`,
      'gi',
    ),
    build: (m) =>
      whole(m, 'partOfDay', partOfDayIn(PARTS_OF_DAY[g(m, 'pod')!.toLowerCase()]!), modOf(g(m, 'mod'))),
  },
  {
    // forecast for late afternoon | between early evening and midnight | in mid-morning trading: a
    // part of the day with its edge needs no preposition to be one
    name: 'podEdge',
    keys: ['morning', 'afternoon', 'evening'],
    // (Not "the early morning hours of 30 April", whole in another rule, nor the adjective in "an
    // early-morning raid".)
    // ("midmorning Saturday", "late afternoon Friday": in wire style, that weekday's.)
    re: new RegExp(
      `\\b(?:(?<mod>early|late)\\s+|(?<mid>mid)-?)(?<pod>morning|afternoon|evening)\\b(?![-'’]|\\s+(?:of|hours)\\b)(?:\\s+(?<wd>${WEEKDAY})\\b(?![-'’]))?`,
      'gi',
    ),
    build: (m) => {
      const pod = PARTS_OF_DAY[g(m, 'pod')!.toLowerCase()]!;
      const mod = modOf(g(m, 'mod') ?? g(m, 'mid'));
      const wd = g(m, 'wd');
      if (wd && /^[A-Z]/.test(wd))
        return whole(m, 'weekday', { k: 'weekday', wd: WEEKDAYS[wd.toLowerCase()]!, pod }, mod);
      // (A weekday in lower case is not one: the span ends before it.)
      let end = m.index + m[0].length;
      if (wd) end = m.index + m[0].slice(0, -wd.length).trimEnd().length;
      return { start: m.index, end, rule: 'partOfDay', mod, meaning: partOfDayIn(pod) };
    },
  },
  {
    // at lunchtime | by teatime: the middle of the day in hand, its afternoon
    name: 'mealtime',
    keys: ['lunchtime', 'teatime'],
    re: /(?<=\b(?:at|by|around|over|until|till|before|after|during|from|since|through)\s+)(?<pod>lunchtime|teatime)\b(?![-'’])/gi,
    build: (m) => whole(m, 'partOfDay', partOfDayIn(PARTS_OF_DAY[g(m, 'pod')!.toLowerCase()]!)),
  },
  {
    // worked through the night | spent the night on the roof | her third award of the night: the night
    // of the day in hand
    name: 'theNight',
    keys: ['the night'],
    re: new RegExp(
      `(?<=\\b(?:through|throughout|during|spent|spend|spends|spending|into|for|${PORTION_OF})\\s+)the\\s+night\\b(?![-'’]|\\s+(?:of|before|after|shift|sky|skies|watch|bus|buses|club|clubs|manager|porter|nurse)\\b)`,
      'gi',
    ),
    // ("children are sleeping through the night": any night, a habit, no night in hand.)
    build: (m, text) =>
      /\b(?:sleep|sleeps|sleeping|slept)\s+through\s+$/i.test(text.slice(Math.max(0, m.index - 18), m.index))
        ? null
        : whole(m, 'theNight', partOfDayIn('NI')),
  },
  {
    // before dawn | by dawn | at dusk | until nightfall: the edge of the day in hand
    name: 'dawnDusk',
    keys: ['dawn', 'dusk', 'daybreak', 'nightfall'],
    // (by dawn tomorrow | at dusk yesterday: as "mid-afternoon yesterday", one expression on that
    // day's date; our news annotators 3 of 3.)
    re: /(?<=\b(?:at|by|before|until|till|after|around|from)\s+)(?<w>dawn|dusk|daybreak|nightfall)\b(?![-'’]|\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\s+(?:raid|patrol|prayers?|service|vigil|curfew)s?\b)(?:\s+(?<day>yesterday|today|tomorrow)\b)?/gi,
    build: (m, text) => {
      // ("queued since before dawn": a time of day in general.)
      if (/\bsince\s+before\s+$/i.test(text.slice(Math.max(0, m.index - 14), m.index))) return null;
      // ("born before dawn on 24 April": as "before dawn on Thursday" is, the night before that day
      // broke, tagged as the date alone.)
      const on = /^\s+on(?=\s)/i.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
      if (
        on &&
        /^(?:dawn|daybreak)$/i.test(g(m, 'w')!) &&
        BEFORE_DAWN.test(text.slice(Math.max(0, m.index - 20), m.index)) &&
        DATE_AFTER_WEEKDAY.test(text.slice(m.index + m[0].length + on[0].length, m.index + m[0].length + 20))
      )
        return null;
      const evening = /^(?:dusk|nightfall)$/i.test(g(m, 'w')!);
      const day = g(m, 'day')?.toLowerCase();
      if (day)
        return whole(m, 'dawnDusk', {
          k: 'deictic',
          offset: day === 'yesterday' ? -1 : day === 'tomorrow' ? 1 : 0,
          pod: evening ? 'EV' : 'MO',
        });
      return whole(m, 'dawnDusk', { k: 'period', unit: evening ? 'day:EV' : 'day:MO', rel: 'same' });
    },
  },
  {
    // volunteers served tea throughout the day | crews spent the week shoveling mud | events
    // planned for the day: the day or week in hand
    name: 'theDayInHand',
    keys: ['the day', 'the week'],
    re: /(?<=\b(?:throughout|spent|spend|spends|spending|for)\s+)the\s+(?<unit>day|week)\b(?![-'’]|\s+(?:of|before|after|that|when|ended|ending|to|through|in|on|at|and|or)\b)/gi,
    build: (m) => whole(m, 'theDayInHand', { k: 'period', unit: g(m, 'unit')!.toLowerCase(), rel: 'same' }),
  },
  {
    // run at reduced frequency until the end of the day | a decision by the end of the day: the end
    // of the day in hand (not "at the end of the day", which is "all things considered") | entries
    // lined the green by the end of the afternoon: that part of the day in hand | six behind at the
    // start of the day: its start (our news annotators tag 3 of 3; not "the start of the day shift")
    name: 'endOfTheDay',
    keys: ['end of the ', 'start of the day', 'beginning of the day'],
    re: /(?<=\b(?:until|till|by|before|through)\s+)the\s+end\s+of\s+the\s+(?<unit>day|morning|afternoon|evening)\b(?![-'’])|(?<=\b(?:at|by|from|since)\s+)the\s+(?<edge>start|beginning)\s+of\s+the\s+day\b(?![-'’]|\s+shifts?\b)/gi,
    build: (m) => {
      const unit = g(m, 'unit')?.toLowerCase() ?? 'day';
      return whole(
        m,
        'endOfTheDay',
        { k: 'period', unit: dayUnit(unit), rel: 'same' },
        g(m, 'edge') ? 'START' : 'END',
      );
    },
  },
  {
    // later in the day: the day last named
    name: 'inThe',
    keys: ['in the day'],
    re: /the\s+(?<unit>day)\b(?![-'’])(?<=\b(?:earlier|later)\s+in\s+the\s+day)/gi,
    build: (m) => whole(m, 'inThe', { k: 'period', unit: g(m, 'unit')!.toLowerCase(), rel: 'same' }),
  },
  {
    // at 10:57 (a 24-hour clock time after "at")
    name: 'clock24',
    keys: [':', '.'],
    // (at 14:30 | between 10:00 and 19:00 | by 5:30 | the 18:40 service | scheduled for 23:15 | still
    // reads 3:17)
    // (Or a live blog's stamp, alone at the start of a line before a colon or a dash: "14:05: Team
    // news.")
    // (With a dot, two digits of hour and no figure's unit after it: "timed at 23.30", "the 17.30
    // service", "from 10.30 to 11.15"; not "closed at 12.45 euros", "a ratio of 2.35".)
    re: new RegExp(
      String.raw`(?:(?<h>[01]?\d|2[0-3]):(?<min>[0-5]\d)|(?<hd>[01]\d|2[0-3])\.(?<mind>[0-5]\d)(?!\s*${FIGURE_UNIT}))\b(?!\s*[ap]\.?\s?m\b|[:.,]\d)(?:(?<=\b(?:at|by|from|until|till|between|before|after|for|around|about|the|and|to|reads)\s+\d{1,2}[:.]\d\d)|(?<=(?:^|\n)[ \t]*\d{1,2}:\d\d)(?=[ \t]*(?::|[-–—])[ \t]))`,
      'gi',
    ),
    build: (m, text) => {
      const dotted = g(m, 'hd') !== undefined;
      // (A price or a figure reached: "shares closed at 13.45", "rose to 10.20"; a dotted hour joins a
      // range only after a first one: "from 10.30 to 11.15".)
      if (dotted) {
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        if (FIGURE_AT_BEFORE.test(before)) return null;
        if (/\bto\s+$/i.test(before) && !/\bfrom\s+\d{1,2}[:.]\d\d\s+to\s+$/i.test(before)) return null;
      }
      // ("in bed by 9:30": an hour of the evening's routine.)
      const h = +(g(m, 'h') ?? g(m, 'hd'))!;
      const evening =
        h >= 4 &&
        h < 12 &&
        !m[0].startsWith('0') &&
        EVENING_ROUTINE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
      // ("Polls closed at 8 p.m. ... results are expected around 8:45", "predicted it would pass by
      // early evening ... 'We can stay until 11:59'": an hour of 1 to 11 written without a leading
      // zero is the first such hour after a clock time told before it, or one in the part of the day
      // its paragraph last named.)
      const told =
        evening ||
        dotted ||
        h < 1 ||
        h > 11 ||
        m[0].startsWith('0') ||
        // (The start of a range of hours takes its half of the day from the end's: see rangeStartHour.)
        RANGE_START_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))
          ? null
          : (hourAfterTold(h, +(g(m, 'min') ?? 0), text, m.index) ?? hourInPartBefore(h, text, m.index));
      // ("at 9:15 that evening", "at 10:30 on Friday night": the part of the day named after it.)
      const end = m.index + m[0].length;
      const partAfter =
        h >= 1 && h < 12 && !m[0].startsWith('0')
          ? PART_AFTER_WORD_CLOCK.exec(text.slice(end, end + 30))
          : null;
      return whole(m, 'clock24', {
        k: 'time',
        h: evening ? h + 12 : partAfter ? hourInPart(h, partAfter[1]!.toLowerCase()) : (told ?? h),
        min: +(g(m, 'min') ?? g(m, 'mind'))!,
      });
    },
  },
  {
    // 16.20 – Schools will close | 09.15: What we know: a live blog's stamp in 24-hour form with a
    // dot, two digits of hour, alone at the start of a line before a dash or a colon
    name: 'clockStamp',
    keys: ['.'],
    re: /^[ \t]*(?<h>[01]\d|2[0-3])\.(?<min>[0-5]\d)(?=[ \t]*(?::|[-–—])[ \t])/gm,
    build: (m) => ({
      start: m.index + m[0].length - 5,
      end: m.index + m[0].length,
      rule: 'clockStamp',
      meaning: { k: 'time', h: +g(m, 'h')!, min: +g(m, 'min')! },
    }),
  },
  {
    // won in 2:03:36 | through halfway in 1:01:40 | a time of 2:21:07 | clocking 2:09:14 | lowered
    // the record to 2:01:39: one digit of hours with minutes and seconds is a race time, a length of
    // time, after any word but one that brings in a clock time ("at 9:32:15", "from 8:00:00";
    // our news annotators tag 30 of 31 such times, the other a "best of"; TBAQ and WikiWars have
    // none), and not before a half of the day, a zone or "local time" ("9:32:15 a.m.", "4:05:10 GMT",
    // "hit 3:42:10 local time"), nor "hrs" one word after such a word ("at exactly 6:20:00 hrs";
    // "won in 2:03:36 hrs", "clocking 2:09:14 hrs" are races, CLOCK_WORD_BEFORE). Nor the end of a range of clock times: "from 1:15:00 to 3:45:30" (only "to"
    // after a race cue, "lowered the record to 2:01:39", is a race time).
    // (Or minutes and seconds left on a game clock or between riders: "with 1:12 left", "fouled out
    // with 2:50 remaining", "finished 1:40 behind", "the peloton is 6:05 down"; not an hour: "at
    // 4:15 down came the rain".)
    name: 'raceTime',
    keys: [':'],
    re: new RegExp(
      String.raw`(?<![\d:.]|${CLOCK_WORD_BEFORE}|\bfrom\s+(?:[\d:.]+(?:\s*[ap]\.?\s?m\b\.?)?|noon|midday|midnight)(?:\s+(?:${TIME_ZONES}))?\s*(?:to|-|–)\s*)\b(?<h>\d):(?<min>[0-5]\d):(?<sec>[0-5]\d)(?![\d:]|\.\d|\s*(?:[ap]\.?\s?m\b|(?:${TIME_ZONES})\b|local\b|hrs\b(?<=${CLOCK_WORD_BEFORE}[\w'’-]+\s+\d:\d\d:\d\d\s*hrs)))|(?<![\d:.]|\b(?:${CLOCK_LEAD}|to|the)\s+)\b(?<gapMin>[1-5]?\d):(?<gapSec>[0-5]\d)(?=\s+(?:left|remaining|behind|down)\b)`,
      'g',
    ),
    build: (m) => {
      const parts: [string, string][] = g(m, 'gapSec')
        ? [
            [g(m, 'gapMin')!, 'M'],
            [g(m, 'gapSec')!, 'S'],
          ]
        : [
            [g(m, 'h')!, 'H'],
            [g(m, 'min')!, 'M'],
            [g(m, 'sec')!, 'S'],
          ];
      // (A zero between two others stays, as written: "2:00:28" is PT2H0M28S.)
      const inner = (i: number) =>
        i > 0 && i < parts.length - 1 && +parts[0]![0] > 0 && +parts.at(-1)![0] > 0;
      const value = `PT${parts.map(([n, u], i) => (+n || inner(i) ? `${+n}${u}` : '')).join('')}`;
      return value === 'PT' ? null : whole(m, 'raceTime', { k: 'length', value });
    },
  },
  {
    // five o'clock | 11 o'clock last night | 6 o'clock this morning
    name: 'oclock',
    keys: ["o'clock", 'o’clock'],
    re: new RegExp(
      `\\b(?<h>\\d{1,2}|${SMALL}|ten|eleven|twelve)\\s+o['’]clock\\b(?:\\s+(?<when>tonight|last\\s+night|this\\s+(?:morning|afternoon|evening)|in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night|(?:yesterday|today|tomorrow)(?:\\s+(?:morning|afternoon|evening|night))?)\\b)?`,
      'gi',
    ),
    build: (m, text) => {
      // "the war drama Twelve O'Clock High", "amber for "Six O'Clock Kitchen"": written in title
      // case in running text, "O'Clock" is a word of a title, not an hour (our news annotators
      // leave 2 of 2 untagged, and tag every "o'clock" written in lower case). A headline's is an
      // hour: "Polls Close at Eight O'Clock Tonight".
      if (TITLE_OCLOCK.test(m[0]) && inRunningText(text, m.index, m.index + m[0].length)) return null;
      let h = parseNumber(g(m, 'h')!);
      if (h === null || h < 1 || h > 12) return null;
      const when = g(m, 'when')?.toLowerCase().replace(/\s+/g, ' ') ?? '';
      h = hourInPart(h, when);
      // "5 o'clock Saturday afternoon", "four o'clock on the afternoon of 18 October": the part of
      // the day named right after it.
      const podAfter = when
        ? null
        : POD_AFTER_OCLOCK.exec(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40));
      if (podAfter && h < 12 && (/afternoon/i.test(podAfter[1]!) || h >= 5)) h += 12;
      // "She started pacing at about 7pm ... By 10 o'clock we could see two hooves": with no part of
      // the day, an hour told after a clock time in its paragraph is the first such hour after it.
      // ("They came at about 10 in the morning, and by 3 o'clock there was nothing left": 15:00.)
      // ("She went to bed at nine o'clock": an hour of the evening's routine is the evening's.)
      if (!when && !podAfter && h < 12) {
        const before = paragraphBefore(m.input, m.index);
        const told = hourAfterTold(h, 0, m.input, m.index);
        if (EVENING_ROUTINE_BEFORE.test(before)) h += h >= 4 ? 12 : 0;
        else if (told !== null && !MORNING_ROUTINE_BEFORE.test(before)) h = told;
        // ("it should drop to minus 12 tonight. If it does, we're out there at 10 o'clock": with no
        // hour told before, one in the part of the day the paragraph last named.)
        else if (told === null) h = hourInPartBefore(h, m.input, m.index) ?? h;
      }
      return {
        start: m.index,
        end: m.index + m[0].length,
        rule: 'oclock',
        meaning: { k: 'time', h, min: 0, dayWord: when.startsWith('in the') ? undefined : dayWordOf(when) },
      };
    },
  },
  {
    // at 4.30 this morning | at 7.30 tonight | at 11 last night | at 3.15 yesterday afternoon: an hour
    // without "a.m." or "o'clock", made a clock time by the part of the day after it
    name: 'clockThenPart',
    keys: [
      'tonight',
      'last night',
      'this morning',
      'this afternoon',
      'this evening',
      'yesterday',
      'tomorrow',
    ],
    re: new RegExp(
      `(?<=\\bat\\s+)(?<h>\\d{1,2})(?:[:.](?<min>[0-5]\\d))?\\s+(?<when>${PART_AFTER_HOUR})\\b`,
      'gi',
    ),
    build: (m) => {
      const h = +g(m, 'h')!;
      if (h < 1 || h > 12) return null;
      const when = g(m, 'when')!.toLowerCase().replace(/\s+/g, ' ');
      return whole(m, 'clockThenPart', {
        k: 'time',
        h: hourInPart(h, when),
        min: g(m, 'min') ? +g(m, 'min')! : 0,
        dayWord: dayWordOf(when),
      });
    },
  },
  {
    // 07:40 Network Rail says ...: a live blog's time stamp at the start of a line (or alone on it)
    name: 'stamp',
    keys: [':', '.'],
    re: /^(?<h>[01]\d|2[0-3])[:.](?<min>[0-5]\d)(?=[ \t]*(?:\r?$)|[ \t]+["“'‘A-Z])/gm,
    build: (m) => whole(m, 'stamp', { k: 'time', h: +g(m, 'h')!, min: +g(m, 'min')!, stamp: true }),
  },
  {
    // at six in the morning | by ten at night | at 10.15 in the morning | at half past ten | at
    // twenty past two in the afternoon | at a quarter to six | at half nine: an hour in words, or
    // told by the minutes past or to it
    name: 'wordClock',
    keys: ['morning', 'afternoon', 'evening', 'night', 'past', ' to ', 'half '],
    re: new RegExp(
      `(?:(?<=\\b(?:${WORD_CLOCK_LEAD})\\s+)|(?<=(?:^|["“‘(]|[.!?]\\s+))(?=(?:a\\s+)?(?:${CLOCK_MINUTE_WORDS})\\s+(?:past|to)\\s))(?:(?:a\\s+)?(?<mins>${CLOCK_MINUTE_WORDS}|\\d{1,2}\\s+minutes|(?:one|a)\\s+minute|(?:${SMALL})\\s+minutes)\\s+(?<rel>past|to)\\s+|(?<half>half)\\s+(?=(?:${HOUR_WORDS})\\b))?(?<h>${HOUR_WORDS}|\\d{1,2}|midnight|noon)(?:[:.](?<min>[0-5]\\d))?(?:\\s+o['’]clock)?(?:\\s+(?<pod>in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night))?\\b`,
      'gi',
    ),
    build: (m, text) => {
      // ("at half nine": British for half past nine.)
      const mins = g(m, 'mins')?.toLowerCase() ?? g(m, 'half')?.toLowerCase();
      const pod = g(m, 'pod')?.toLowerCase().replace(/\s+/g, ' ');
      const word = !/^\d/.test(g(m, 'h')!);
      // Nothing makes a bare number a time here (bareHour's); "10 in the morning" and "10:15 in the
      // morning" are clockPart's ("10.15 in the morning" and "10 at night" are this rule's).
      if (!mins && !pod) return null;
      // ("Half past midnight," he said: told by its minutes, a time opens a sentence or quotation
      // with no preposition. Not a title, "Ten to Six", the song; nor odds or a tally told "to",
      // "Twenty to one, they lose", "Five to four, the justices upheld": only a quarter to the hour.)
      const opens = !WORD_CLOCK_LED.test(text.slice(Math.max(0, m.index - 12), m.index));
      if (opens && /^[A-Z]/.test(g(m, 'h')!)) return null;
      if (opens && /^to$/i.test(g(m, 'rel') ?? '') && !/^quarter$/i.test(mins ?? '')) return null;
      if (!mins && !word && !(g(m, 'min') && m[0].includes('.')) && pod !== 'at night') return null;
      if (mins && g(m, 'min')) return null;
      // ("ten to one he will": odds, not a time; "five to ten years": a range.)
      if (mins && !pod && !CLOCK_END.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)))
        return null;
      // ("one minute past midnight", "five minutes to noon": counted from midnight or noon, which
      // alone are the clock rule's.)
      const named = /^(?:midnight|noon)$/i.test(g(m, 'h')!) ? (/^noon$/i.test(g(m, 'h')!) ? 12 : 24) : null;
      if (named !== null && !mins) return null;
      let h = named ?? parseNumber(g(m, 'h')!);
      if (h === null || h < 1 || h > 24 || (named === null && h > 12)) return null;
      let min = g(m, 'min') ? +g(m, 'min')! : 0;
      if (mins) {
        const n =
          mins === 'half'
            ? 30
            : mins === 'quarter'
              ? 15
              : /^an?\s/.test(mins)
                ? 1
                : parseNumber(mins.replace(/\s+minutes?$/, ''));
        if (n === null || n < 1 || n > 59) return null;
        if ((g(m, 'rel') ?? 'past').toLowerCase() === 'past') {
          min = n;
          if (h === 24) h = 0;
        } else {
          min = 60 - n;
          h = h === 1 ? 12 : h - 1;
        }
      }
      if (pod) h = hourInPart(h, pod === 'at night' ? 'night' : pod);
      // ("shortly before a quarter to six yesterday evening": the part of the day named after it.)
      const partAfter = pod
        ? null
        : PART_AFTER_WORD_CLOCK.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
      if (partAfter && h < 12) h = hourInPart(h, partAfter[1]!.toLowerCase());
      // ("8.20pm: ... the queue was still going at quarter to eight", "not be home for dinner. 'I got
      // there at half past eight'": with no part of the day, the first such hour after a clock time
      // told before it, or one in the part of the day its paragraph last named.)
      else if (!pod && named === null && h >= 1 && h < 12)
        h = hourAfterTold(h, min, text, m.index) ?? hourInPartBefore(h, text, m.index) ?? h;
      return whole(m, 'wordClock', { k: 'time', h, min });
    },
  },
  {
    // until just after 11 | in bed by eight | got up at 5 | under way at about 7.45: a bare number
    // made an hour by a clock time told before it or by a routine of the day (see bareHour)
    name: 'bareHour',
    keys: [...'123456789', ...HOUR_WORDS.split('|')],
    re: new RegExp(`${BARE_HOUR_LEAD}(?<h>1[0-2]|[1-9]|${HOUR_WORDS})(?:\\.(?<min>[0-5]\\d))?\\b`, 'gi'),
    build: (m, text) => {
      const h = parseNumber(g(m, 'h')!);
      const min = g(m, 'min') ? +g(m, 'min')! : 0;
      const end = m.index + m[0].length;
      const start = end - g(m, 'h')!.length - (g(m, 'min') ? 3 : 0);
      const at = h === null ? null : bareHour(h, min, text, start, end);
      return at === null ? null : { start, end, rule: 'bareHour', meaning: { k: 'time', h: at, min } };
    },
  },
  {
    // 4 in the morning | mid-afternoon
    name: 'clockPart',
    keys: ['morning', 'afternoon', 'evening', 'night'],
    re: /\b(?:(?<h>\d{1,2})(?::(?<min>\d{2}))?\s+(?:o'clock\s+)?in\s+the\s+(?<pod>morning|afternoon|evening|night)|mid[-\s]?(?<mpod>morning|afternoon)(?:\s+(?<mday>yesterday|today|tomorrow))?)\b/gi,
    build: (m) => {
      const mpod = g(m, 'mpod')?.toLowerCase();
      if (mpod) {
        // "mid-afternoon yesterday" is one expression, on yesterday's date.
        const mday = g(m, 'mday')?.toLowerCase();
        const offset = mday === 'yesterday' ? -1 : mday === 'tomorrow' ? 1 : 0;
        return {
          start: m.index,
          end: m.index + m[0].length,
          rule: 'clockPart',
          mod: 'MID',
          meaning: { k: 'deictic', offset, pod: PARTS_OF_DAY[mpod] },
        };
      }
      let h = +g(m, 'h')!;
      const pod = g(m, 'pod')!.toLowerCase();
      if (h < 1 || h > 12) return null;
      if (pod !== 'morning' && h < 12 && !(pod === 'night' && h < 5)) h += 12;
      return {
        start: m.index,
        end: m.index + m[0].length,
        rule: 'clockPart',
        meaning: { k: 'time', h, min: g(m, 'min') ? +g(m, 'min')! : 0 },
      };
    },
  },
  {
    // April 24 and 25 | May 3-5: the last day of a list or range takes the month before it
    name: 'dayListEnd',
    keys: ['and', '-', '–', 'to', 'or'],
    re: new RegExp(
      `\\b(?<mon>${MONTH})\\s*(?<d1>\\d{1,2})(?<sep>\\s*(?:and|-|–|to|or)\\s*)(?<day>\\d{1,2})(?<sfx>st|nd|rd|th)?\\b(?!\\s*(?:[:.,]\\d|%|percent))(?:,?\\s+(?<year>1\\d{3}|20\\d{2})\\b)?`,
      'gi',
    ),
    build: (m, text) => {
      const c = monthCandidate(m, text);
      if (!c || c.meaning.k !== 'date' || c.meaning.d === undefined || c.meaning.d <= +g(m, 'd1')!)
        return null;
      const start =
        m.index +
        g(m, 'mon')!.length +
        m[0].slice(g(m, 'mon')!.length).indexOf(g(m, 'sep')!) +
        g(m, 'sep')!.length;
      const end = start + g(m, 'day')!.length + (g(m, 'sfx')?.length ?? 0);
      return { start, end, rule: 'dayListEnd', meaning: c.meaning };
    },
  },
  {
    // closed all day | terrified all week | waited all year: the whole of one such span, a length.
    // (Not "all day Thursday", one day's; nor "all night", as often an idiom: "haven't got all night".)
    name: 'allUnit',
    keys: ['all day', 'all week', 'all month', 'all year'],
    re: /\ball\s+(?<unit>day|week|month|year)\b(?![-'’]|\s+(?:long\b|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:of|and|to)\b))/gi,
    build: (m) => {
      const unit = g(m, 'unit')!.toLowerCase();
      return whole(m, 'allUnit', { k: 'duration', n: 1, unit });
    },
  },
  {
    // the third day of the walkout | the final day | on day three (of a Test): a day counted within an
    // event, whose date only the text around it tells (see resolveEventDay). (Not "the third day in a
    // row", a count of days alike; nor "a third day", "its third day": our news annotators leave
    // those, 0 of 20.)
    name: 'eventDay',
    keys: [...EVENT_DAY_ORDINALS.map((o) => `${o} day`), ...EVENT_DAY_COUNTS.map((n) => `day ${n}`)],
    re: EVENT_DAY,
    build: (m, text) => {
      const end = m.index + m[0].length;
      if (IN_A_ROW_AFTER.test(text.slice(end, end + 16))) return null;
      return whole(m, 'eventDay', { k: 'eventDay' });
    },
  },
  {
    // "In the final weeks, it comes down to turnout" | "what we didn't count in the first weeks": the
    // first or last weeks of an event, of no stated number, a length (our news annotators write PXW, 2
    // of 2). (Not "the final weeks of the year", "of March": those periods' own rules; nor "its final
    // weeks", which they leave; nor "the last weeks", which no news text we hold has outside "the
    // last weeks of" a period, so nothing says how annotators take it.)
    name: 'edgeWeeks',
    keys: ['first weeks', 'final weeks'],
    re: /\bthe\s+(?:first|final)\s+weeks\b(?![-'’])(?!\s+(?:of|before|after|since|until)\b)/gi,
    // ("The documentary The Final Weeks airs on Sunday": capitalised after a capitalised word, a
    // title, as bareUnits has it.)
    build: (m) => {
      const unitAt = m[0].length - 'weeks'.length;
      if (titledUnit(m[0].slice(unitAt), m[0].slice(0, unitAt))) return null;
      return whole(m, 'edgeWeeks', { k: 'duration', n: null, unit: 'week' });
    },
  },
  {
    // by midweek | weakening midweek. (Not "midweek slots", "a midweek game": the kind of day.)
    name: 'midweek',
    keys: ['midweek', 'mid-week'],
    re: /\bmid-?week\b(?![-\w])/gi,
    build: (m, text) => {
      const before = text.slice(Math.max(0, m.index - 10), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
      if (
        !/\b(?:by|until|till|before|after|from|around|through|on|at)\s+$/i.test(before) &&
        !/^\s*[.,;:!?)]/.test(after)
      )
        return null;
      return whole(m, 'midweek', { k: 'midweek' }, 'MID');
    },
  },
  {
    // in the new year: the year about to start (not "New Year's Eve", a holiday); "early in the new
    // year" is its start, as "early in the year" is (our news annotators span it whole 5 of 5)
    name: 'newYear',
    keys: ['new year'],
    re: /\b(?:(?<mod>early|late)\s+in\s+)?the\s+new\s+year\b(?!['’]s)/gi,
    build: (m, text) => {
      // "the New Year honours list", "the New Year Grand Sumo Tournament", "the New Year meet": the
      // name of an event or a list the season gives, not a time (our news annotators 8 of 8): one of
      // those nouns or a name of two capitalised words (one alone opens the clause: "After the New
      // Year Congress will return").
      if (
        /New\s+Year$/.test(m[0]) &&
        /^\s+(?:[Hh]onou?rs|[Ll]ist|[Tt]ournament|[Mm]eet|[Gg]ala|[Cc]up|[Cc]oncert|(?!Day\b|Eve\b)[A-Z][a-z]+\s+[A-Z][a-z]+)\b/.test(
          text.slice(m.index + m[0].length, m.index + m[0].length + 32),
        )
      )
        return null;
      return whole(m, 'newYear', { k: 'newYear' }, modOf(g(m, 'mod')));
    },
  },
  {
    // by mid-year | since midyear: the middle of the year in hand (not "a mid-year update", "a
    // midyear break": a kind of thing, before its noun)
    name: 'midYear',
    keys: ['mid-year', 'midyear'],
    re: new RegExp(String.raw`\bmid-?year\b(?!-)${ENDS_NOUN_PHRASE}`, 'gi'),
    build: (m) => whole(m, 'midYear', { k: 'yearOf', duration: false }, 'MID'),
  },
  {
    // year-end (the closing day of the books) | year's end, year end (the end of the year, as
    // "month's end" is the end of the month). A span of time that runs up to it ends with the year,
    // as "the end of the year" does: "another hike before year-end", "cut risk into year-end",
    // "stay disciplined through year-end" (our news annotators 7 of 7); "since year-end" and "by
    // year-end" keep the closing day, as TimeBank writes them. (Not before its noun: "the highest
    // year-end level", "a year-end price cut", "when year-end net was below the 1987 level", a kind
    // of figure or sale; our news annotators tag 1 of 4, TBAQ 0 of 1.)
    name: 'yearEnd',
    keys: ['year end', 'year-end', "year's end", 'year’s end'],
    re: new RegExp(String.raw`\b(?:year[-\s]end|year(?:'|’)s\s+end)\b${ENDS_NOUN_PHRASE}`, 'gi'),
    build: (m, text) =>
      m[0][4] === '-' &&
      !/\b(?:before|into|through|until|till)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))
        ? { start: m.index, end: m.index + m[0].length, rule: 'yearEnd', meaning: { k: 'yearEnd' } }
        : {
            start: m.index,
            end: m.index + m[0].length,
            rule: 'yearEnd',
            mod: 'END',
            meaning: { k: 'yearOf', duration: false },
          },
  },
  {
    // the 1990s | the late 1970s | the '60s | the nineties | mid-1990s | the noughties | the end of the 1980s
    name: 'decade',
    keys: ['0s', "0's", 'ties'],
    // (A bare "'70s" starts at its apostrophe, where no word boundary is.)
    re: /(?:\b|(?<![\w'’])(?=['’]\d0s))(?:(?<edge>the\s+(?:end|beginning|start|middle|close)\s+of)\s+(?=the\s))?(?:(?<the>the)\s+)?(?:(?<mod>early|mid|late)[\s-]+)?(?:(?<c>1[0-9]|20)(?<d>\d)0['’]?s\b|['’](?<d2>\d)0s\b|(?<=\b(?<pc>1[0-9]|20)(?<pd>\d)0['’]?s,?\s+(?:and|or|to|through|into|until|till)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?)(?<d3>\d)0s\b|(?<word>noughties|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b|(?<=\bthe\s+(?:(?:early|mid|late)[\s-]+)?)(?<d4>[2-9])0s\b)/gi,
    build: (m, text) => {
      const WORD: Record<string, number> = {
        twenties: 2,
        thirties: 3,
        forties: 4,
        fifties: 5,
        sixties: 6,
        seventies: 7,
        eighties: 8,
        nineties: 9,
      };
      const word = g(m, 'word')?.toLowerCase();
      if (word && !g(m, 'the')) return null; // "in his forties" is an age
      // ("since 2020's edition": a year's possessive, the year rule's.)
      if (g(m, 'c') && !g(m, 'the') && !g(m, 'mod') && yearPossessive(text, m.index, m.index + 4))
        return null;
      // "back in the 90s": a decade written without its apostrophe, unless the sentence measures
      // something ("highs in the 90s", "temperatures climbed into the 80s", "shot in the 70s").
      const d4 = g(m, 'd4');
      if (
        d4 &&
        (INTO_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) ||
          MEASURED.test(sentenceAround(text, m.index, m.index + m[0].length)))
      )
        return null;
      // ("the noughties": the 2000s, as British news names them.)
      // "the 1970s and 80s": a decade written short after one written in full takes its century,
      // or the next one after a later decade ("the 1990s and 00s").
      const d3 = g(m, 'd3');
      const dec = g(m, 'c')
        ? `${g(m, 'c')}${g(m, 'd')}`
        : d3
          ? `${+g(m, 'pc')! + (+d3 < +g(m, 'pd')! ? 1 : 0)}${d3}`
          : word === 'noughties'
            ? '200'
            : `19${g(m, 'd2') ?? d4 ?? WORD[word!]}`;
      // "the last half of the '80s": the decade's end (read back: a prefix in the pattern is costly).
      const half = HALF_OF_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
      const mod = half ? (/first/i.test(half[1]!) ? 'early' : 'late') : (g(m, 'mod') ?? g(m, 'edge'));
      // "the 1990s", "the late 1970s": TimeML keeps the article.
      const start = half ? m.index - half[0].length : m.index;
      // "the 1800s", "the late 1700s": a century. (Not "the early 1900s", which our news annotators
      // write as the decade 1900-1909, 3 of 3, as they write "the 2000s"; but "the mid-1900s", "the
      // late 1900s", "the end of the 1900s" and "the first half of the 1900s" reach past any
      // decade, into the middle, the end or a half of the century: only a bare or an early "1900s"
      // is the decade.)
      if (
        g(m, 'c') &&
        g(m, 'd') === '0' &&
        (+g(m, 'c')! < 19 || (g(m, 'c') === '19' && (half || (mod && modOf(mod) !== 'START'))))
      )
        return {
          start,
          end: m.index + m[0].length,
          rule: 'decade',
          mod: modOf(mod),
          meaning: { k: 'century', c: +g(m, 'c')! },
        };
      return {
        start,
        end: m.index + m[0].length,
        rule: 'decade',
        mod: modOf(mod),
        meaning: { k: 'decade', dec },
      };
    },
  },
  {
    // the 20th century | the nineteenth century | the twenty-first century | the middle of the 20th
    // century
    name: 'century',
    keys: ['century'],
    re: new RegExp(
      `\\b(?:(?<edge>the\\s+(?:end|beginning|start|middle|close)\\s+of)\\s+(?=the\\s))?(?:the\\s+)?(?:(?<mod>early|mid|late)[\\s-]+)?(?<!\\btwenty[\\s-])(?<ord>\\d{1,2}(?:st|nd|rd|th)|twenty[\\s-](?:first|second)|${ORDINAL_WORD})[\\s-]+century\\b`,
      'gi',
    ),
    build: (m, text) => {
      const o = g(m, 'ord')!.toLowerCase();
      // ("the twenty-first century", "the twenty-second century": the compound ordinals a century
      // takes, not "first century" or "second century".)
      const n = ORDINALS[o] ?? (/^twenty/.test(o) ? (/first$/.test(o) ? 21 : 22) : parseInt(o, 10));
      if (!n || n > 22) return null;
      // "the 4th century BC": 400-301 BC. ("the 4th Century AD" is the century it names, its era
      // word part of the span.)
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
      const era = ERA_BC.exec(after);
      const common = era ? null : ERA_AD.exec(after);
      // "the 19th-century chapel": before its noun, the hyphenated century is an adjective and "the"
      // belongs to the noun, as in "the 14-day strike" (our news annotators 5 of 5). (Not before a
      // function word: "since the 19th-century when ...", "to the 19th-century or earlier"; a
      // capitalised noun is one: "the 19th-century Palace of Justice".)
      const the = !g(m, 'edge') && !era && !common ? /^the\s+/i.exec(m[0]) : null;
      const next = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const adjective =
        !!the && /-century$/i.test(m[0]) && (NOUN_AFTER_DATE.test(next) || /^\s+[A-Z]/.test(next));
      return {
        start: m.index + (adjective ? the![0].length : 0),
        end: m.index + m[0].length + ((era ?? common)?.[0].length ?? 0),
        rule: 'century',
        mod: modOf(g(m, 'mod') ?? g(m, 'edge')),
        meaning: { k: 'century', c: n - 1, bc: era ? true : undefined },
      };
    },
  },
  {
    // last spring | the summer of 1994 | this fall | in winter | the middle of summer | the winter
    // months (the season, tagged whole by our news annotators 5 of 5)
    name: 'season',
    keys: ['spring', 'summer', 'fall', 'autumn', 'winter'],
    re: new RegExp(
      `\\b(?:(?<mod>(?:the\\s+)?(?:early|mid|late)|the\\s+(?:end|beginning|start|middle|close)\\s+of)[\\s-]+)?(?:(?<the>the|this|last|next|past|coming|in|during|since|until|by)\\s+)?(?:(?<py>1\\d{3}|20\\d{2})\\s+)?(?<s>spring|summer|fall|autumn|winter)\\b(?:\\s+months\\b|\\s+(?:of\\s+)?(?<y>1\\d{3}|20\\d{2})\\b(?:[-–/](?:\\d{2}|1\\d{3}|20\\d{2})\\b)?|\\s+of\\s+(?<sy>${SPOKEN_YEAR})|\\s+of\\s+['’](?<yy>\\d\\d)(?![\\w'’])|\\s+of\\s+(?<ty>that)\\s+year\\b)?`,
      'gi',
    ),
    build: (m, text) => {
      // "the end of the summer before": the summer before; the edge is no part of it (as edgeOfThe).
      let skip = 0;
      const edge = g(m, 'mod');
      if (
        edge &&
        /\sof$/i.test(edge) &&
        EDGE_CLAUSE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))
      ) {
        skip = m[0].indexOf(edge) + edge.length;
        delete m.groups!.mod;
      }
      const the = g(m, 'the')?.toLowerCase();
      const s = g(m, 's')!.toLowerCase();
      // "the winter of nineteen ninety-four" (broadcast transcripts spell years out).
      const spoken = g(m, 'sy') ? parseSpokenYear(g(m, 'sy')!) : null;
      // "the 1982 summer offensives": the year before the season.
      // "the spring and early summer of 1943": the first season of a pair takes the second's year.
      const pairYear =
        g(m, 'y') || g(m, 'py') || spoken !== null || (the && the !== 'the')
          ? undefined
          : SEASON_PAIR_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[1];
      const short = g(m, 'yy');
      const y =
        g(m, 'y') ??
        g(m, 'py') ??
        (short ? String(shortYear(+short)) : spoken === null ? pairYear : String(spoken));
      // A bare season counts when it is coordinated with one ("the spring and summer").
      const coordinated = SEASON_AND_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index));
      // So does one its weather describes, or the story sums up: "the driest spring since 1976", "a
      // wet winter", "its driest summer", "after a slow summer". (Not a record among seasons: "the
      // hottest summer of the 20th century"; nor a season that with its weather word describes the
      // noun after it: "a better summer job", "a record summer crowd", "a warmer winter coat".)
      const follows = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const described =
        !the &&
        WEATHER_BEFORE_SEASON.test(text.slice(Math.max(0, m.index - 40), m.index)) &&
        !/^\s+of\b/i.test(follows) &&
        !wordBeforeNoun(follows);
      // And one a word before puts in time ("well into spring", "before spring", "all summer", "the
      // height of summer"); after "for", only a lowercase one that ends its phrase ("keeping the
      // plows ready for winter", "build up feed for winter,"), not one that describes the noun
      // after it ("eligible for winter fuel payments", "demand for summer travel": our news golds
      // tag a season after "for" before a noun 2 times in 5) nor a name ("voted for Winter").
      // (Tried and dropped: after any article or possessive, "its winter timetable" too: 42 more
      // right on our news set but 125 more tagged, value F1 92.33 -> 92.32. Only the words of
      // WEATHER_BEFORE_SEASON: 17 more right, 20 more tagged.) A capitalised season that begins a
      // name is none: "the Winter Olympics", "the Spring Statement", "the Arab Spring".
      const lead = text.slice(Math.max(0, m.index - 40), m.index);
      const word = text.slice(m.index, m.index + m[0].length).match(/[A-Za-z]+$/)?.[0] ?? '';
      const named =
        /^[A-Z]/.test(word) &&
        (SEASON_NAME_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14)) ||
          /\b(?:Arab|Prague)\s+$/.test(lead) ||
          isCapitalisedMidName(text.slice(Math.max(0, m.index - 80), m.index), m[0], follows));
      // ("the 1988 Winter Games": the name holds a year, which is tagged alone.)
      if (named && (!y || (g(m, 'py') && !g(m, 'y')))) return null;
      // "the summer-sown crop", "winter-wheat output", "a summer-long heat wave": a season joined to
      // the word after it by a hyphen modifies a noun; it is not a time of its own. (A season after
      // the hyphen makes a span of two: "in summer-fall 1919".)
      if (
        !y &&
        /^-(?!(?:spring|summer|fall|autumn|winter)\b)[a-z]/i.test(
          text.slice(m.index + m[0].length, m.index + m[0].length + 10),
        )
      )
        return null;
      const placed =
        s !== 'fall' &&
        (SEASON_PREPOSITION_BEFORE.test(lead) ||
          (/\bfor\s+$/i.test(lead) && /^[a-z]/.test(word) && !wordBeforeNoun(follows)));
      // "Winter is the real test", "Winter, he says, is the hard part": a season that opens its
      // sentence as the subject of a present verb is any year's (our news annotators 2 of 2).
      const subject =
        !the &&
        !y &&
        !g(m, 'mod') &&
        s !== 'fall' &&
        /^[A-Z]/.test(word) &&
        opensSentence(text, m.index) &&
        SEASON_SUBJECT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 48));
      // And one that names when a run of events is held: "their summer sales", "a spring race".
      const held =
        !the &&
        !y &&
        /^[a-z]/.test(word) &&
        seasonHoldsEvents(lead, text.slice(m.index + m[0].length, m.index + m[0].length + 56), s);
      if (!the && !y && !g(m, 'mod') && !coordinated && !described && !placed && !subject && !held)
        return null;
      // "the summer recess", "the winter timetable", "the autumn statement": the season names a kind
      // of the noun after it, which our annotators leave untagged (34 of 36 on our news set); so
      // does a bare one a preposition or the weather would place ("after winter trials", "caused by
      // winter storms", "the coldest spring day on record"), and one with no article before a noun
      // in -ing ("in spring training", "gains in winter testing"; "spent the winter training" and
      // "spent the spring and summer organizing" are verbs).
      const head = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (
        (!the || !/^(?:this|last|next|past|coming)$/.test(the)) &&
        !y &&
        !g(m, 'mod') &&
        (SEASON_COMPOUND_HEAD.test(head) || (the !== 'the' && !coordinated && /^\s+[a-z]+ing\b/.test(head)))
      )
        return null;
      // "The spring that fed our fountain", "a spring which supplies the village": water rising from
      // the ground, what the clause after it says it does.
      // ("A thermal spring", "a hot spring inn": so is one the word before calls mineral, or hot
      // before a place to bathe; "after a hot spring" is weather.)
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (
        s === 'spring' &&
        !y &&
        (SPRING_OF_WATER_AFTER.test(after) ||
          /\b(?:thermal|mineral|geothermal|artesian|sulphur|sulfur)\s+$/i.test(lead) ||
          (/\bhot\s+$/i.test(lead) &&
            /^\s+(?:inns?|resorts?|hotels?|baths?|spas?|pools?|water|town|village)\b/i.test(after)))
      )
        return null;
      // "the fall of Paris", "the fall of the regime": a collapse; "the fall of that year" is a season.
      if (
        s === 'fall' &&
        !y &&
        FALL_OF_EVENT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))
      )
        return null;
      if (
        s === 'fall' &&
        the === 'the' &&
        !y &&
        !g(m, 'mod') &&
        fallShare(text, m.index, m.index + m[0].length)
      )
        return null;
      if (s === 'fall' && the === 'the' && !y && !g(m, 'mod') && LENGTH_FROM_FALL_BEFORE.test(lead))
        return null;
      // "said the fall was welcome": the subject of its clause, with no preposition to put it in
      // time, is what fell ("the vote in the fall was close" keeps the season).
      if (
        s === 'fall' &&
        the === 'the' &&
        !y &&
        !g(m, 'mod') &&
        /^\s+(?:was|is|has|had)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) &&
        !/\b(?:in|during|by|until|till|since|through|for|before|after|of|into|over|from|to)\s+$/i.test(lead)
      )
        return null;
      if (
        s === 'fall' &&
        !coordinated &&
        !held &&
        (!the || !/^(?:this|last|next|past|coming|the)$/.test(the)) &&
        !y &&
        !g(m, 'mod')
      )
        return null;
      let start = m.index + skip;
      const rel = the && /^(?:this|last|next|past|coming)$/.test(the) ? the : undefined;
      if (the && !rel && !g(m, 'mod'))
        start = m.index + m[0].toLowerCase().indexOf(the, skip) + (the === 'the' ? 0 : the.length + 1);
      if (the && !rel && the !== 'the') start = m.index + m[0].toLowerCase().indexOf(s, skip);
      if (g(m, 'py') && !g(m, 'mod')) start = m.index + m[0].indexOf(g(m, 'py')!);
      // "until the summer holidays", "before the autumn term begins": a school's part of the year,
      // named whole (our news annotators, when they tag it, take the noun in: 9 of 9).
      const term =
        the === 'the' && !y && !g(m, 'mod')
          ? /^\s+(?:holidays?|term)\b(?!\s+(?:season|peak)\b)/i.exec(after)
          : null;
      return {
        start,
        end: m.index + m[0].length + (term ? term[0].length : 0),
        rule: 'season',
        mod: modOf(g(m, 'mod')),
        meaning: {
          k: 'season',
          season: SEASONS[s]!,
          y: y ? +y : undefined,
          rel,
          ...(described ? { described } : {}),
          // "the autumn of that year": the season of the year the story is at (our news annotators
          // take "of that year" in, 5 of 5).
          ...(g(m, 'ty') && !y ? { thatYear: true } : {}),
          ...(subject ? { subject } : {}),
        },
      };
    },
  },
  {
    // years ago | decades ago | weeks ago: some time back, unstated (PAST_REF, as our news annotators
    // write all 11; with a count it is the duration rule's "two years ago")
    name: 'agoUncounted',
    keys: ['ago'],
    re: /\b(?:weeks|months|years|decades|centuries)\s+ago\b/gi,
    build: (m, text) =>
      COUNT_BEFORE_AGO.test(text.slice(Math.max(0, m.index - 40), m.index))
        ? null
        : whole(m, 'agoUncounted', { k: 'ref', value: 'PAST_REF' }),
  },
  {
    // fifty years ago this week | a century ago today | ten years ago this month
    name: 'anniversary',
    keys: ['ago'],
    re: new RegExp(
      `\\b(?<num>${NUM})[\\s-]+(?<unit>years?|decades?|century|centuries)\\s+ago\\s+(?<grain>today|tonight|this\\s+(?:week|month))\\b`,
      'gi',
    ),
    build: (m) => {
      const n = parseNumber(g(m, 'num')!);
      if (n === null) return null;
      const grain = g(m, 'grain')!.toLowerCase();
      return whole(m, 'anniversary', {
        k: 'offset',
        n,
        unit: unitKey(g(m, 'unit')!),
        dir: -1,
        narrative: false,
        grain: grain.endsWith('week')
          ? 'week'
          : grain.endsWith('month')
            ? 'month'
            : grain === 'tonight'
              ? 'night'
              : 'day',
      });
    },
  },
  {
    // free for the first month | blood tests in the first year | swings in the final hour: a length
    // of time at the start or end of what the sentence tells (not "the first year of the war", a
    // year of it). Days and weeks are left out: our annotators write "the first day" and "the final
    // week" as the day or week they are far more often (with them: +28 values but +55 tagged). After
    // "for", what lasts that long, a comma after it or not, the first week too ("free for the first
    // week", "free for the first month, after which", "for the first hour, and then": our news
    // annotators 17 of 17 lengths; "for the final week" and "for the final day" are the week and day).
    // An hour is a length of what it is of too: "swings in the final hour of trading", "in the first
    // hour of play" (our news annotators 3 of 3; WikiWars' "the first hour of the attack", PT1H).
    name: 'edgePeriod',
    keys: ['the first', 'the final', 'the opening', 'the closing'],
    re: /\bthe\s+(?<edge>first|final|opening|closing)\s+(?<unit>hour|day|week|fortnight|month|year)\b(?![-'’]|(?<!hour)\s+of\b)/gi,
    build: (m, text) => {
      const unit = g(m, 'unit')!;
      const lasting = /\bfor\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index));
      if (/^(?:day|week)$/i.test(unit) && !(lasting && /^first$/i.test(g(m, 'edge')!))) return null;
      if (!lasting && text[m.index + m[0].length] === ',') return null;
      return whole(m, 'edgePeriod', { k: 'duration', n: 1, unit: unitKey(unit) });
    },
  },
  {
    // Everything will be decided in the final week | the lead into the final week: the last week of
    // what is under way is the coming one, as "next week" (our news annotators tag 7 of 8, 6 of them
    // so; TBAQ has none). Not "the final week of the campaign": the week of what is named.
    name: 'finalWeek',
    keys: ['the final week'],
    re: /\bthe\s+final\s+week\b(?![-'’]|\s+of\b|\s+or\b)/gi,
    build: (m) => whole(m, 'finalWeek', { k: 'period', unit: 'week', rel: 'next' }),
  },
  {
    // every match of the fortnight | eating frozen berries in the fortnight before: two weeks, the
    // stretch the story is about (our news annotators 7 of 7 in full, none left untagged)
    name: 'theFortnight',
    keys: ['the fortnight'],
    re: /\bthe\s+fortnight\b(?![-'’])/gi,
    build: (m) => whole(m, 'theFortnight', { k: 'duration', n: 1, unit: 'fortnight' }),
  },
  {
    // smaller than in previous years | slowed in past years: the years before at large (PAST_REF, as
    // our news annotators write 4 of 5 and TBAQ 1 of 1; "in" stays outside, as with "recent years")
    name: 'previousYears',
    keys: ['previous years', 'past years'],
    re: /(?<=\bin\s+)(?:previous|past)\s+years\b(?![-'’])/gi,
    build: (m) => whole(m, 'previousYears', { k: 'ref', value: 'PAST_REF' }),
  },
  {
    // the week before last | the year before last | the month after next: two of the unit back or
    // ahead of publication, as "two weeks ago" and "in two months" name them
    name: 'beforeLast',
    keys: ['before last', 'after next'],
    re: /\bthe\s+(?<unit>week|month|year)\s+(?<rel>before\s+last|after\s+next)\b/gi,
    build: (m) =>
      whole(m, 'beforeLast', {
        k: 'offset',
        n: 2,
        unit: unitKey(g(m, 'unit')!),
        dir: /^before/i.test(g(m, 'rel')!) ? -1 : 1,
        narrative: false,
      }),
  },
  {
    // this time last year | this time next week: the same day, a year or a week from now
    name: 'thisTime',
    keys: ['this time'],
    re: /\bthis\s+time\s+(?<rel>last|next)\s+(?<unit>year|month|week)\b/gi,
    build: (m) =>
      whole(m, 'thisTime', {
        k: 'offset',
        n: 1,
        unit: unitKey(g(m, 'unit')!),
        dir: g(m, 'rel')!.toLowerCase() === 'last' ? -1 : 1,
        narrative: false,
        grain: 'day',
      }),
  },
  {
    // the week-long holiday | its decade-long pattern | during the year-long strike: one unit's length
    // as a modifier, whatever comes before it ("a day-long strike" is the duration rule's too).
    name: 'unitLong',
    keys: ['-long'],
    re: /\b(?<unit>hour|day|week|month|year|decade|century)-long\b/gi,
    build: (m) => {
      const unit = g(m, 'unit')!.toLowerCase();
      const u = UNITS[unit]!;
      const value = `P${u.time ? 'T' : ''}${u.times ?? 1}${u.letter}`;
      return whole(m, 'unitLong', { k: 'length', value });
    },
  },
  {
    // two years | the past three years | nearly a year and a half | 18-month | two weeks ago | a day later
    // ("the following two days" counts on; without "the", "following" is "after": "talks broke down
    // following six hours of negotiations" is six hours, "following" left out, as our news
    // annotators do 4 of 4.)
    // ("She missed three months earlier this year": "earlier this year" is one time of its own, so
    // "three months" is a length, not "three months earlier"; our news annotators 3 of 3.)
    name: 'duration',
    keys: UNIT_KEYS,
    re: new RegExp(
      `\\b(?:(?!(?:about|around)\\s+(?:the|its|their|his|her)\\s)(?<q>${QUANT_MOD})\\s+)?(?:(?<the>the|its|their|his|her)\\s+)?(?:(?<dir>past|last|next|first|coming|previous|final|(?<=\\b(?:the|its|their|his|her)\\s+)following|initial|latest|remaining|same|recent)\\s+)?(?<num>${NUM}|(?<=\\b(?:next|past|last|coming|first|previous|following|final)\\s+)(?:hundred|thousand)|(?<=\\bthe\\s+)(?:following|ensuing|subsequent)(?=\\s+[a-z]+s\\b))(?<hy>[\\s-]+)(?:(?:more|additional|extra|further|whole|entire|full|(?<!\\b(?:an?|one|some|another)[\\s-]+)clear|straight|consecutive|long|single|academic|school|business|working|trading|calendar|${ACCOUNTS_UNITS}|(?<!\\b(?:an?|one|some|another)[\\s-]+)${HARD_TIMES})\\s+)?(?<unit>${UNIT})(?<half>\\s+and\\s+a\\s+half)?(?<tail>-old|-long|\\s+old\\b|(?:\\s+or\\s+so)?\\s+(?:ago|(?:earlier|later)(?!\\s+(?:this|last|next)\\s+(?:year|month|week)\\b)|before|after|from\\s+(?:now|today)|hence|on(?=\\s*[,.;:!?]))\\b|['’]s?\\s+time\\b)?`,
      'gi',
    ),
    build: (m, text) => {
      const numStr = g(m, 'num')!;
      let n = parseNumber(numStr);
      if (g(m, 'half') && n !== null) n += 0.5;
      const unitWord = g(m, 'unit')!;
      const unit = unitKey(unitWord);
      // "a week or so ago": about a week ago.
      const orSo = /^\s+or\s+so\b/i.test(g(m, 'tail') ?? '');
      const written = g(m, 'tail')
        ?.replace(/^\s+or\s+so\b/i, '')
        .trim()
        .replace(/\s+/g, ' ')
        .toLowerCase();
      // "down from $260 million a year before.", "He died two days after,": with nothing after it to
      // count from, "before" is "earlier" and "after" is "later".
      const alone = NOTHING_AFTER_START.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2));
      const tail =
        alone && written === 'before' ? 'earlier' : alone && written === 'after' ? 'later' : written;
      const on = /\s+on$/i.test(g(m, 'tail') ?? '');
      // "in two years' time", "in a week's time": that long from now (our news annotators 3 of 4).
      // Without "in" it stays a length, "time" and all.
      const inTime = /^['’]s?\s+time$/i.test(g(m, 'tail') ?? '');
      // "a year-end price cut": the first half of "year-end", before its noun, no length.
      if (/^-end\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
      // "a year by year comparison", "a day by day account": the first unit of "year by year" before
      // the noun it modifies, no length ("for a day by day's end" keeps its day, and so does "within
      // a year by year-end", where the second "year" is the end it is done by).
      if (
        UNIT_BY_UNIT_AFTER.exec(
          text.slice(m.index + m[0].length, m.index + m[0].length + 16),
        )?.[1]?.toLowerCase() === unitWord.toLowerCase()
      )
        return null;
      // "has not had a day off in weeks", "has not seen a day below 30 degrees", "not a minute is
      // wasted", "not a week went by", "a season, not a single day": one unit denied is no day at
      // all, no length and no date (our news annotators leave 8 of 9 untagged, by eight writers).
      // (Not after a preposition: "did not sleep for a week" is a length.)
      if (
        /^(?:an?|one)$/i.test(numStr) &&
        !g(m, 'q') &&
        !g(m, 'the') &&
        !g(m, 'dir') &&
        NEGATED_ONE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))
      )
        return null;
      // "was not a business day", "sing on a school night": one such day or night, a kind of day,
      // not how long (our news annotators 0 of 14 after "a"; "two business days" stays).
      if (!g(m, 'tail') && !g(m, 'q') && /^an?\s+(?:school|business|working|trading)\s+\w+$/i.test(m[0]))
        return null;
      // "a quarter point", "a quarter inch", "fell by a quarter", "up a quarter on the year", "about a
      // quarter split their time", "minimal in a quarter that lost money": a bare "a quarter" or
      // "one quarter" is a fraction, or a quarter in general, not three months of the calendar
      // (TimeBank 0 of 2, our news annotators 0 of 52). "Rose 5% in a quarter" is a length after
      // its preposition; "a quarter earlier", "once a quarter", "a full quarter" and "the past
      // quarter" say which or how long, and stay.
      if (
        unit === 'quarter' &&
        /^(?:a|one)$/i.test(numStr) &&
        !g(m, 'tail') &&
        !g(m, 'the') &&
        !g(m, 'dir') &&
        !g(m, 'half') &&
        /(?:^|\s)(?:a|one)\s+quarter$/i.test(m[0]) &&
        (!/\b(?:in|within|over|for|during)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)) ||
          /^\s*(?:that|which|when|like|full|more|of)\b|^[\s-]+(?:point|percentage|per|inch|inches|mile|miles|pound|pounds|cent|cents|share|stake)\b/i.test(
            text.slice(m.index + m[0].length, m.index + m[0].length + 16),
          ))
      )
        return null;
      // "Some days it gets easier", "some days I can't lift my arm", "Some years you get away with
      // it": opening its clause, a day or a year here and there, no length (our news annotators 0 of
      // 9); "waited some days", "for some days",
      // "some days later" stay. So "the one day we can beat the retail park": which day, not how
      // long (0 of 4).
      if (!g(m, 'tail') && !g(m, 'q') && !g(m, 'dir')) {
        const phrase = m[0].toLowerCase().replace(/\s+/g, ' ');
        if (phrase === 'the one day') return null;
        if (
          /^some (?:days|weeks|months|years|nights)$/.test(phrase) &&
          /(?:^|[.!?:;,"“]|\b(?:and|but))\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index))
        )
          return null;
      }
      // "a one-day series", "the one-day internationals": a format of the game, not a day's length
      // (our news annotators 0 of 16; "a one-day strike" stays).
      if (
        !g(m, 'tail') &&
        n === 1 &&
        unit === 'day' &&
        /-/.test(g(m, 'hy')!) &&
        ONE_DAY_FORMAT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))
      )
        return null;
      // "another quarter-point cut", "a quarter-final", "a night-shift worker": the unit opens a
      // compound noun, no length of time. ("25 second-graders": so does the ordinal "second".)
      if (
        !g(m, 'tail') &&
        /^(?:quarter|night|day|second)$/i.test(g(m, 'unit')!) &&
        /^-(?!century|and\b|long\b|old\b)[a-z]/i.test(
          text.slice(m.index + m[0].length, m.index + m[0].length + 6),
        )
      )
        return null;
      // "Today is a day for the families", "Saturday will be a day to remember", "it was a day of
      // relief": a copula's "a day" of a kind, no length (our annotators leave all 8 untagged).
      if (
        /^an?\s+day$/i.test(m[0]) &&
        /\b(?:is|was|be|been|are|were|not)\s+$|['’]s\s+$/i.test(
          text.slice(Math.max(0, m.index - 8), m.index),
        ) &&
        /^\s+(?:for|to|of|that|when|we|I)\b/.test(
          text.slice(m.index + m[0].length, m.index + m[0].length + 6),
        )
      )
        return null;
      // "2016 is a year of execution", "2010 was a year to forget", "in 2015, a year dominated by a
      // drought": said of a year the text names, "a year" tells what kind of year it was, no length
      // (our news annotators leave 8 of 8 untagged).
      if (
        /^an?\s+year$/i.test(m[0]) &&
        YEAR_THEN_COPULA.test(text.slice(Math.max(0, m.index - 24), m.index)) &&
        /^\s+(?:of|to|in\s+which|when|that|like|dominated|marked)\b/.test(
          text.slice(m.index + m[0].length, m.index + m[0].length + 14),
        )
      )
        return null;
      // "scored a century in each Test", "made four centuries this week", "a century partnership",
      // "three centuries in the final session": a hundred runs in cricket or a hundred-point break in
      // snooker, no length of time (our news annotators leave 8 of 8 untagged).
      if (
        unit === 'century' &&
        !g(m, 'tail') &&
        (CENTURY_SCORED_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) ||
          CENTURY_SCORED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 32)))
      )
        return null;
      // "an extra day off", "an extra day of annual leave": a day given, not a length of time.
      if (
        /\bextra\s+day$/i.test(m[0]) &&
        /^\s+(?:off|of)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))
      )
        return null;
      const the = g(m, 'the');
      const dir = g(m, 'dir')?.toLowerCase();
      let q = g(m, 'q');
      let start = m.index;
      let end = m.index + m[0].length;
      // "1.8% more than a year earlier", "5,000 fewer than a year ago": the figure is compared, the
      // time is not approximated.
      if (
        q &&
        /^(?:more|less|fewer)\s+than$/i.test(q) &&
        /(?:%|\d|\bpercent|\bpoints?)\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index))
      ) {
        start = m.index + m[0].indexOf(q) + q.length;
        while (/\s/.test(text[start] ?? '')) start++;
        q = undefined;
      }
      // "over two years" keeps "over" outside; "over two years ago" is one expression.
      const offsetTail = !!tail && /^(?:ago|earlier|later|from\s+(?:now|today)|hence)$/.test(tail);
      const beforeQ = q ? text.slice(Math.max(0, m.index - 24), m.index + m[0].indexOf(q)) : '';
      const particle = q?.toLowerCase() === 'over' && offsetTail && OVER_PARTICLE_BEFORE.test(beforeQ);
      if (q && OUTSIDE_MODS.test(q) && (!offsetTail || particle))
        start =
          m.index +
          m[0].indexOf(q) +
          q.length +
          (m[0].slice(q.length).length - m[0].slice(q.length).trimStart().length);
      // The mod the quantity word gives, if any ("over" across a length gives none).
      const qMod =
        q?.toLowerCase() === 'over' && (particle || (!offsetTail && !OVER_AS_MORE_BEFORE.test(beforeQ)))
          ? undefined
          : modOf(q);
      // "will last a week", "could last two days", "Sessions last an hour": the verb "last", not "the
      // last two days".
      // ("is due to start at 6am on Monday and last 48 hours": so after "and" that joins it to a
      // verb a modal or "to" governs.)
      const lead = text.slice(Math.max(0, m.index - 60), m.index);
      if (
        dir === 'last' &&
        !the &&
        !q &&
        (/\b(?:will|would|could|may|might|can|should|must|to|'ll|not|n't|did|does|do)\s+$/i.test(
          lead.slice(-7),
        ) ||
          PLURAL_BEFORE_LAST.test(lead) ||
          /\b(?:will|would|could|may|might|can|should|must|to)\s+[a-z]+\b[^.;,]*\s+and\s+$/i.test(lead))
      )
        start = m.index + m[0].indexOf(g(m, 'num')!, 4);
      const numLower = numStr.toLowerCase();
      // "on a year-on-year basis", "a month-over-month rise": a comparison of periods, no length.
      if (/^-(?:on|over)-/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) return null;
      // "a four-day week", "the three-day week of 1974", "a 40-hour working week": a pattern of work,
      // a kind of week, not a length of days or hours (our news annotators leave 9 of 9 untagged).
      if (
        !tail &&
        g(m, 'hy')!.includes('-') &&
        /^(?:day|hour)$/.test(unit) &&
        /^\s+(?:(?:working|work|school)\s+)?week\b/i.test(text.slice(end, end + 16))
      )
        return null;
      // "a months-long blackout", "a day-long strike": the article is the noun's; the length is
      // "months-long" (of months unstated) or "day-long" (one day).
      if (tail === '-long' && /^an?$/.test(numLower) && !q && !the && !dir) {
        start = m.index + m[0].lastIndexOf(unitWord, m[0].length - tail.length);
        if (/s$/i.test(unitWord)) n = null;
      }
      // "some" and "many" count only before plural units ("some years", not "some day").
      if (
        /^(?:some|many|several|few|a few|coming|recent|following|ensuing|subsequent)$/.test(numLower) &&
        !/s$/i.test(unitWord)
      )
        return null;
      // "Islam will one day be ...": between a modal and its verb, "one day" is an unnamed future time;
      // so is one ending its clause after a modal's verb or after "maybe" (see somedayEndsClause).
      const oneDay = /^one\s+day$/i.test(m[0]);
      if (
        oneDay &&
        (/\b(?:will|would|could|may|might|can|shall)\s+$/i.test(
          text.slice(Math.max(0, m.index - 7), m.index),
        ) ||
          somedayEndsClause(text, m.index, end))
      )
        return { start, end, rule: 'someday', meaning: { k: 'ref', value: 'FUTURE_REF' } };
      // "I hope one day I can watch it", "I told her that one day I would win": before the subject of
      // a modal, "one day" opens a wish or a forecast about some day, no length (our news annotators
      // leave all untagged).
      if (
        oneDay &&
        /^\s+(?:I|we|you|he|she|they|it|one)\s+(?:will|would|could|may|might|can|shall|should|must)\b/i.test(
          text.slice(end, end + 20),
        )
      )
        return null;
      // "in recent years", "recent decades", "in recent days": the past at large (PAST_REF), as
      // TimeBank and our news set mostly write them; "recent weeks" and "recent months" stay lengths
      // of unstated size, as TimeBank writes them (our annotators write PAST_REF).
      if (numLower === 'recent' && /^(?:days|years|decades)$/i.test(unitWord) && !dir && !q)
        return { start, end, rule: 'vague', meaning: { k: 'ref', value: 'PAST_REF' } };
      // "in the coming weeks", "in coming months", "coming quarters": the future at large
      // (FUTURE_REF), as TimeBank writes months and quarters and our annotators mostly write days,
      // weeks and months after "in" (165 of 245), and decades (5 of 5). "Over the coming weeks"
      // stays a length, as they mostly write it; so do "the coming years", as TimeBank does.
      if (
        numLower === 'coming' &&
        !dir &&
        !q &&
        (/^quarters$/i.test(unitWord) ||
          (/^(?:days|weeks|months|decades)$/i.test(unitWord) &&
            /\bin\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))))
      )
        return {
          start,
          // ("in the coming months after the vote": the words after it are not part of it.)
          end: tail ? m.index + m[0].length - g(m, 'tail')!.length : end,
          rule: 'vague',
          meaning: { k: 'ref', value: 'FUTURE_REF' },
        };
      // "a day like this", "a week like this", "a year like no other", "I've dreamt about a night like
      // this": one day, night, week or year likened to another time is a time of a kind, not how long
      // (our news annotators leave 28 of 30 untagged); "a year like everyone else" is still a year.
      // (The slice is taken only for "a", "an" or "one" with a bare unit.)
      if (
        /^(?:an?|one)$/i.test(numStr) &&
        !tail &&
        !the &&
        !dir &&
        LIKENESS_AFTER.test(text.slice(end, end + 40))
      )
        return null;
      // "a night shift", "a night porter", "a night out": a kind of work or outing, not a night long.
      // ("a day trip", "a day return": an outing, not a day long.)
      // So is "two day shifts", "one day shift a week": "day" left singular after a count, with no
      // hyphen, before a noun it classes that agrees with the count (plural after two or more), is the
      // kind of shift or visitor counted, as "two night shifts" is below; not "a three day pass", a
      // pass three days long, nor a trip, pass or ticket after a count ("300 three day passes"),
      // which lasts its days.
      if (
        unit === 'day' &&
        !q &&
        DAY_KIND.test(text.slice(end, end + 14)) &&
        (/^an?$/i.test(numStr) ||
          (/^day$/i.test(unitWord) &&
            !g(m, 'hy')!.includes('-') &&
            !/\ban?\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) &&
            !/^\s+(?:trips?|pass(?:es)?|tickets?)\b/i.test(text.slice(end, end + 10)) &&
            (/^one$/i.test(numStr) || /^\s+\w+s\b/i.test(text.slice(end, end + 14)))))
      )
        return null;
      // "most of them on a single day, April 27", "on one night in May", "a record for a single day":
      // the one day or night a thing happened on or a record was set in, not how long (our news
      // annotators leave 11 of 11 untagged).
      if (
        /^(?:day|night)$/.test(unit) &&
        /^(?:an?|one)$/i.test(numStr) &&
        !q &&
        !tail &&
        !the &&
        !dir &&
        ONE_OCCASION_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))
      )
        return null;
      // "called another day of action", "declared a day of mourning", "faced another day of travel
      // chaos": a day named for what is done or suffered on it, not a day long (our news annotators
      // leave 13 of 13 untagged; "three days of mourning" stays a length).
      if (
        unit === 'day' &&
        /^(?:an?|one|another)$/i.test(numStr) &&
        !q &&
        !tail &&
        !the &&
        !dir &&
        DAY_OF_OCCASION.test(text.slice(end, end + 30))
      )
        return null;
      // So is "two night shifts", "the loss of two night trains": "night" left singular after a
      // count, with no hyphen, is the noun's kind, not how long (our news annotators 0 of 3; "a
      // two-night stay" keeps its length).
      if (
        unit === 'night' &&
        (/^an?$/i.test(numStr) || (/^night$/i.test(unitWord) && !g(m, 'hy')!.includes('-'))) &&
        !q &&
        NIGHT_KIND.test(text.slice(end, end + 12))
      )
        return null;
      // Ages ("a 45-year-old", "52 years old") are not annotated as times in news TimeML.
      // ("children aged six months to five years", "as young as 6 months": nor are ages after
      // "aged", our news annotators 0 of 5; "Scotch must be aged at least three years" is a length.)
      if (
        tail === '-old' ||
        tail === 'old' ||
        /^-old/.test(text.slice(end, end + 4)) ||
        (!q && AGE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))
      )
        return null;
      // "back at their desks five days a week from today": the week is the period of a frequency
      // ("five days a week", "twice a week"), and "today" a time of its own, not a week after it.
      if (
        /^an?$/i.test(numStr) &&
        !q &&
        tail?.startsWith('from ') &&
        COUNT_PER_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))
      )
        return null;
      // "cancelled on 61 days last year", "highs in the 70s on several days": the days on which
      // something happened, counted, no length (our news annotators 0 of 5; "pitching on two days of
      // rest" is one, and so is "on four consecutive days", 4 of 5). So are the days it did not,
      // "rain fell on all but two days of play", "on all but four days this month" (0 of 2).
      if (
        /^\S+\s+days$/i.test(m[0]) &&
        !tail &&
        !the &&
        !dir &&
        !q &&
        ((/\bon\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) &&
          !/^(?:\s+of\b|['’])/i.test(text.slice(end, end + 4))) ||
          /\bon\s+all\s+but\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index)))
      )
        return null;
      if (numLower === 'some' && !/^(?:years|months|weeks|days|decades|hours|minutes)$/i.test(unitWord))
        return null;
      // "the second" etc. are not durations; "a second" before a noun is an ordinal. After a measure
      // of how near ("won by less than a second", "trailed by almost a second at the finish"), with
      // no noun after it, it is the length of one second (our news annotators 2 of 2; not "almost a
      // second a lap", a rate, nor "about a second phase"). The measure must be a margin, "by" before
      // it or "behind", "clear" after it: "wants at least a second, and possibly a third, term" is the
      // ordinal, its noun held back by the comma.
      if (
        /^an?$/i.test(numStr) &&
        /^seconds?$/i.test(unitWord) &&
        !(
          g(m, 'q') &&
          /^second$/i.test(unitWord) &&
          ((SECOND_MARGIN_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) &&
            SECOND_ALONE_AFTER.test(text.slice(end, end + 12))) ||
            SECOND_MARGIN_AFTER.test(text.slice(end, end + 12)))
        )
      )
        return null;
      if (/^\d/.test(numStr)) {
        const before = text[m.index - 1];
        if (before && /[\d.,$]/.test(before)) return null;
      }
      if (unit === 'weekend') return null;
      // "three-quarters of", "a quarter of the market": fractions, not time.
      if (
        unit === 'quarter' &&
        (g(m, 'hy')!.includes('-') || /^(?:an?|one|two|three)$/i.test(numStr)) &&
        /^\s+of\b/i.test(text.slice(end, end + 4))
      )
        return null;
      // "60 Minutes" (a programme), "Seventy-Three Seconds", "Nine Days in June" (a film, a book):
      // count and unit capitalised name a work, not a length of time (our news annotators 0 of 11).
      // A capitalised word after them names an event that keeps its length: "the Seven Years War",
      // "the Ten Year's Civil War" (WikiWars 5 of 5). ("a Year 5 class", "a Year 12 pupil": a
      // capitalised year before a number is a school year, our news annotators 0 of 2.)
      if (
        /^[A-Z][a-z]/.test(unitWord) &&
        (/^\d/.test(numStr) ||
          (/^[A-Z]/.test(numStr) && !/^(?:['’]s?)?\s+[A-Z]/.test(text.slice(end, end + 4))) ||
          (/^Year$/.test(unitWord) && /^\s+\d/.test(text.slice(end, end + 3))))
      )
        return null;
      // "$5 a year", "growth of 6.5 percent a year": an amount per period, a set of such periods
      // (our news annotators 13 of 13, WikiWars "kilometers a day"; TBAQ 3 of 9).
      // ("carried 3 million passengers a year before the pandemic", "earned less than £7,400 a year
      // after tax": so is a year before "before" or "after" and what they lead to, the unit of
      // annual figures. A shorter one is an offset: "destroyed two hamlets a week before Christmas",
      // "passed 84-14 a day after senators returned"; so is one that ends the clause: "down from
      // $4.08 a year before.")
      const rateBeforeAfter =
        (tail === 'before' || tail === 'after') &&
        unit === 'year' &&
        /^\s+[\w$£€]/.test(text.slice(end, end + 3));
      // ("20 flights a fortnight into the strike", "held at 5.25% a fortnight back": a unit before
      // "into" or "back" is a time gone by, a length or an offset, no set.)
      if (
        /^an?$/i.test(numStr) &&
        !q &&
        !the &&
        !dir &&
        (!tail || rateBeforeAfter) &&
        !INTO_OR_BACK_AFTER.test(text.slice(end, end + 7))
      ) {
        // A figure's conversion in brackets stands aside: "150 kilometers (90 miles) a day", "$200m
        // (£130m) a day" (our news annotators 5 of 5 a set).
        const lead = text.slice(Math.max(0, m.index - 140), m.index).replace(CONVERSION_BEFORE, ' ');
        const before = lead.slice(-14);
        // "450,000 barrels a day", "barrels of oil equivalent a day": an oil flow, no time (TBAQ
        // and our annotators 0 of 7).
        if (BARRELS_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return null;
        // "$15 an hour", "$120 a night", "60 miles an hour": a wage, a price or a speed, no time.
        // (A bare count is a count of things per hour, a set as per day or per year: "capped at 300
        // an hour", "down to about 15 an hour", our news annotators 3 of 3.)
        if (
          /^(?:hour|minute|second|night)$/.test(unit) &&
          ((AMOUNT_BEFORE_RATE.test(before) && !BARE_COUNT_BEFORE_HOUR.test(lead.slice(-30))) ||
            SPEED_BEFORE.test(before))
        )
          return null;
        // ("300,000 riders a year", "20 typhoons and tropical storms a year", "£9m a year": so is a
        // count of things or a sum of money per period; and "a millimetre a year", "a few centimetres
        // an hour", "half a foot a week", one measure or a few per period.)
        // ("practising eight hours a day", "cuts of up to nine hours a day", "about an hour a week":
        // so is a length of hours or minutes per period, the length a time of its own.)
        if (
          AMOUNT_BEFORE_RATE.test(before) ||
          HOURS_BEFORE_RATE.test(lead.slice(-30)) ||
          MONEY_BEFORE_RATE.test(lead.slice(-30)) ||
          MONEY_CHANGE_BEFORE_RATE.test(lead.slice(-40)) ||
          COUNTED_OF_BEFORE_RATE.test(lead.slice(-80)) ||
          ONE_BEFORE_RATE.test(lead.slice(-60)) ||
          BARE_COUNT_BEFORE_RATE.test(lead.slice(-30)) ||
          FEW_MEASURES_BEFORE_RATE.test(lead.slice(-30)) ||
          (COUNTED_BEFORE_RATE.test(lead.slice(-60)) &&
            !g(m, 'half') &&
            !/^\s+apart\b/i.test(text.slice(end, end + 7)))
        ) {
          const u = UNITS[unit];
          if (!u) return null;
          // ("1.8 inches a decade": ten years to the set; "$35 a fortnight": two weeks.)
          return {
            start,
            end: tail ? m.index + m[0].lastIndexOf(unitWord) + unitWord.length : end,
            rule: 'duration',
            meaning: { k: 'set', value: `P${u.time ? 'T' : ''}${u.times ?? 1}${u.letter}` },
          };
        }
        // "once a day", "several times a week": a frequency, the rate rule's.
        if (/(?:once|twice|thrice|times)\s*$/i.test(before)) return null;
      }
      // "a month earlier than usual" compares lengths; in "the highest in three years earlier in the
      // session", "earlier" belongs to the session. Both leave a length of time.
      // So does a schedule moved by minutes or hours: "trash collection will start an hour earlier",
      // "a train that leaves five minutes earlier", "moved the tee times an hour earlier".
      // So do minutes or hours bounded on one side: "listed sharply less than 20 minutes later",
      // "More than six hours later, Armstrong climbed down": no clock time is reached, only how long
      // it took (our news annotators 10 of 10, TBAQ 1 of 1; "about two hours later" stays a time).
      // So, in days and longer units, is a count only nearly reached or passed on the way: "Nearly 50 years later,
      // people still stop me", "More than a century later, the wreck was found": the time gone by
      // since, not a date it reaches ("about a year later", "over a decade later" stay dates). The
      // readable news golds count "more than" 4 of 4 and "nearly", "almost" 3 of 3 a length, but
      // "over a decade later" 1 of 1 and "less than a year later" 1 of 1 a date, so BOUND_MODS, which
      // holds "over" and "less than", is not reused here.
      // So does a shift that recurs or builds up: "Ramadan moves about 11 days earlier every year",
      // "the date has moved a week earlier over the past 30 years" (our news annotators 7 of 7).
      // So do minutes or hours earlier inside a clause, with or without "than": "the wheelchair race
      // goes off 10 minutes earlier", "sirens had sounded 14 minutes earlier", a gap set against a
      // time just told, not the clock time it reaches (our news annotators 13 of 16 a length; "later"
      // is split, 36 lengths to 48 times, and stays a time). Not an event told in the past perfect
      // before a clock time in its sentence: "exploded at 9:02 a.m.; a second had gone off 10
      // minutes earlier" reaches 8:52, a time (isBeforeToldClock).
      // So does a shift with a ceiling, in any unit: "ballots may arrive up to seven days later",
      // "the season could start up to a month earlier": "up to", "no more than", "at most" bound how
      // far the shift may reach, no date it reaches (our news annotators 2 of 2; TBAQ and WikiWars
      // have none).
      // (Not a count that opens its sentence or clause: in "Three years later each season ended in
      // relegation", the recurrence is the clause's subject, and the count a date.)
      const shift = tail === 'earlier' || tail === 'later';
      const ceiling = shift && qMod === 'EQUAL_OR_LESS';
      const comparative =
        shift &&
        (/^\s+than\b/i.test(text.slice(end, end + 6)) ||
          (SHIFT_RECURS_AFTER.test(text.slice(end, end + 24)) && !opensClause(text, start)) ||
          /\b(?:in|for|since|within)\s+$/i.test(text.slice(Math.max(0, start - 8), start)) ||
          (UNITS[unit]?.time === true &&
            ((!!q && BOUND_MODS.test(q)) ||
              scheduleMoved(text.slice(Math.max(0, start - 50), start)) ||
              (tail === 'earlier' && !opensClause(text, start) && !isBeforeToldClock(text, start)))) ||
          (tail === 'later' &&
            UNITS[unit]?.time !== true &&
            !!q &&
            /^(?:nearly|almost|more\s+than)$/i.test(q)) ||
          ceiling);
      // "due to leave the EU on 29 March, less than three months from now", "Election Day is Nov. 5,
      // about eight weeks from today": after the day it counts to, a bounded or rough count from now is
      // the time left, a length (our news annotators 5 of 5; "on Oct. 8, a week from today" names the
      // day again, 4 of 4).
      const leftUntil =
        (tail === 'from now' || tail === 'from today') &&
        !!q &&
        DAY_THEN_COMMA.test(text.slice(Math.max(0, start - 32), start));
      if (comparative || leftUntil) {
        end -= m[0].length - m[0].trimEnd().length + tail.length;
        while (/\s/.test(text[end - 1] ?? '')) end--;
        const why = ceiling ? `how far at most the shift "${tail}" reaches: a length, not a date` : undefined;
        return { start, end, rule: 'duration', mod: qMod, meaning: { k: 'duration', n, unit, why } };
      }
      // "Fifty years on, the case still fascinates", "Half a century on, the Sixties remain ...": the
      // time since, a length, the word "on" outside (as our news set writes most of them).
      if (on) {
        end -= m[0].length - m[0].trimEnd().length + 2;
        while (/\s/.test(text[end - 1] ?? '')) end--;
        return { start, end, rule: 'duration', mod: qMod, meaning: { k: 'duration', n, unit } };
      }
      if (
        tail === 'ago' ||
        tail === 'earlier' ||
        tail === 'later' ||
        tail === 'from now' ||
        tail === 'from today' ||
        tail === 'hence' ||
        (inTime && /\bin\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index)))
      ) {
        // "reached her first final a decade ago", "won the final two years ago": an offset takes no
        // word of order, so "final" (or "first", "last") ends the noun before it, and the offset
        // starts at its count. (Not a "before" read as "earlier": "fell during the past two months
        // before." is the length "the past two months", no offset.)
        if (dir && !q && written !== 'before')
          start = m.index + m[0].indexOf(numStr, m[0].toLowerCase().indexOf(dir) + dir.length);
        else if (the || dir) return null;
        return {
          start,
          end,
          rule: 'offset',
          mod:
            offsetMod(qMod, tail === 'ago' || tail === 'earlier' ? -1 : 1) ?? (orSo ? 'APPROX' : undefined),
          meaning: {
            k: 'offset',
            n,
            unit,
            dir:
              tail === 'later' || tail === 'from now' || tail === 'from today' || tail === 'hence' || inTime
                ? 1
                : -1,
            narrative: tail === 'earlier' || tail === 'later',
            fromToday: tail === 'from today' || undefined,
          },
        };
      }
      // "two days after the vote": the span is the length; the event it counts from is not a time.
      if (tail === 'before' || tail === 'after') end -= m[0].length - m[0].trimEnd().length + tail.length;
      while (/\s/.test(text[end - 1] ?? '')) end--;
      // "out for six to eight weeks", "two to three weeks": one length, valued at its lower end as
      // TimeBank writes it ("two to three weeks" = P2W).
      if (!the && !dir && !q && n !== null) {
        const window = Math.max(0, start - 24);
        const range = RANGE_COUNT_BEFORE.exec(text.slice(window, start));
        const low = range ? parseNumber(range[1]!) : null;
        if (low !== null && low < n)
          return {
            start: window + range!.index + range![0].indexOf(range![1]!),
            end,
            rule: 'duration',
            meaning: { k: 'duration', n: low, unit },
          };
      }
      // "after a night of shelling", "never slept a night in the catchment", "waiting for one
      // night", "let it slip in one night", "remembered for a single night in 1974", "an opera set
      // over a single night": one night counted, "a", "one" or "a single", names the night of an
      // event or a stay, no length (our news annotators leave 18 of 19 "a night" untagged, and tag 0
      // of 4 "a single night", 0 of 7 one night counted; "two nights", "57 consecutive nights" are
      // lengths, 14 of 14; "a single day" stays a length, 23 of 31). A price or a count per night
      // was read above ("200 dollars a night"), and a quantifier bounds a length: "more than a
      // single night", "nearly one night" stay; "over" as a preposition ("set over a single
      // night") gives no mod and bounds nothing. "A one-night stay" keeps its hyphen's length, and
      // so does a night spent or stayed, "spent one night in hospital", as "spent three nights" is
      // (3 of 3 lengths in the news golds).
      if (
        unit === 'night' &&
        n === 1 &&
        !qMod &&
        !tail &&
        !the &&
        !dir &&
        !g(m, 'hy')!.includes('-') &&
        !NIGHT_SPENT_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))
      )
        return null;
      // "the 14-day strike": the article belongs to the noun, not to the adjective.
      const hyphenAdjective = g(m, 'hy')!.includes('-') && !dir;
      if (the && (/^(?:its|their|his|her)$/i.test(the) || hyphenAdjective))
        start = m.index + m[0].indexOf(the) + the.length + 1;
      // "in its first 12 months", "the film's final half-hour", "a frantic final 24 hours", "queues
      // stretched past two hours": without "the", the ordinal belongs to the possessor's noun phrase
      // (or "past" is a preposition), and the length is the count and its unit (our news annotators
      // 28 of 28).
      if (dir && !q && !/^the$/i.test(the ?? '') && /^(?:first|final|next|past|initial)$/.test(dir))
        start = m.index + m[0].indexOf(numStr, m[0].toLowerCase().indexOf(dir) + dir.length);
      return { start, end, rule: 'duration', mod: qMod, meaning: { k: 'duration', n, unit } };
    },
  },
  {
    // for years | over months | within weeks | all these years
    name: 'bareUnits',
    keys: ['years', 'months', 'weeks', 'days', 'decades', 'centuries', 'hours', 'minutes', 'seconds'],
    re: /\b(?:the\s+|all\s+(?:these|those)\s+)?(?:years|months|weeks|days|decades|centuries|hours|minutes|seconds)\b/gi,
    build: (m, text) => {
      const before = text.slice(Math.max(0, m.index - 8), m.index);
      // ("for decades-long feuds": the length takes "-long" in, as the golds write "months-long".)
      const end =
        m.index +
        m[0].length +
        (/^-long\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6)) ? 5 : 0);
      // "setting type all these years", "after all those years": the whole stretch up to the time in
      // hand, a length of unstated size, whatever comes before it (our news annotators 1 of 1). (Not
      // "all those years ago", a time back.)
      const all = /^all\s+th[eo]se\s+(\w+)/i.exec(m[0]);
      if (all)
        return /^\s+(?:ago|earlier|later|before|after)\b/i.test(text.slice(end, end + 8))
          ? null
          : {
              start: m.index,
              end,
              rule: 'bareUnits',
              meaning: { k: 'duration', n: null, unit: unitKey(all[1]!) },
            };
      const the = /^the\s/i.test(m[0]);
      // "centuries-old churches", "decades-old reasons": the unit is part of an age on the noun after
      // it, not a length spent. ("decades-long feuds" is a length; the gold spans take "-long" in,
      // "months-long" 3 of 3, which the span below does.)
      if (/^-old\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
      // "A Hundred Years of Quiet", "Nine Years of Dust": after a capitalised word, a capitalised
      // unit is part of a title (see the duration rule's "Seventy-Three Seconds").
      if (titledUnit(m[0], before)) return null;
      // "for years", "over the years", "in the years that followed", "an operation lasting months",
      // "started taking months": lengths of unstated size.
      // (Seconds only after a preposition: "within seconds", "over in seconds"; TBAQ leaves "seconds
      // before the bomb exploded" untagged, our news annotators "the final whistle seconds away".)
      const prepositionOnly = /seconds$/i.test(m[0]);
      // "plans for the years ahead", "upbeat about the months ahead": the future at large after any
      // word but one that spans it (see below; weeks stay a length). Not "the days ahead of the
      // vote", the days before it.
      const atLarge =
        the &&
        !/weeks$/i.test(m[0]) &&
        !/\b(?:over|during|through)\s+$/i.test(before) &&
        /^\s+ahead\b(?!\s+of\b)/i.test(text.slice(end, end + 12));
      const ok = the
        ? /\b(?:over|in|during|through)\s+$/i.test(before) &&
          !/^\s+(?:of|before|after|since|ago)\b/i.test(text.slice(end, end + 8))
        : /\b(?:for|over|within|lasted|lasting|take|takes|took|taking|last|lasts|in|not)\s+$/i.test(before) ||
          (!prepositionOnly &&
            // "waited months for their payments", "spent months rebuilding", "has had months to make
            // an offer", "might have taken them months": a length spent or given. (Not "a matter of
            // months": TBAQ leaves it untagged, 2 of 2; "in a matter of days" our news annotators
            // tag, 7 of 7.)
            (DURATION_VERB_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) ||
              /\b(?:in|within)\s+a\s+matter\s+of\s+$/i.test(text.slice(Math.max(0, m.index - 20), m.index)) ||
              // "rebuilding will take \"years, not months\"", "We have hours, not days": a length set
              // against another (our news annotators 20 of 22).
              LENGTH_ALTERNATIVE_AFTER.test(text.slice(end, end + 24)) ||
              // "we were months away", "the next great quake may be decades away": how far off, a
              // length (our news annotators 7 of 7; not "120 light years away").
              (/^\s+away\b/i.test(text.slice(end, end + 6)) &&
                !/\blight\s+$/i.test(text.slice(Math.max(0, m.index - 7), m.index))) ||
              // "could continue for weeks and possibly months", "for days, or even weeks": a longer
              // length offered after the first (11 of 11).
              LENGTH_ALTERNATIVE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) ||
              // "ending months of uncertainty", "after days of heavy rain", "published hours before
              // the vote", "with hours to spare": a length of unstated size before what filled or
              // followed it. (Not a kind of day or hour: "opening hours", "strike days", "the
              // busiest days of the year"; nor "minutes of the meeting"; nor the hours a place
              // keeps, "extend visiting hours later than usual".)
              (UNITS_THEN.test(text.slice(end, end + 14)) &&
                !UNIT_KIND_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) &&
                !isHoursKept(
                  text.slice(Math.max(0, m.index - 30), m.index),
                  m[0],
                  text.slice(end, end + 14),
                ) &&
                !/^minutes\s+of\b/i.test(text.slice(m.index, end + 4)))));
      // "said in the minutes that the projection was too optimistic", "In the minutes, released at
      // 11:30": a meeting's record, unless what follows makes it time ("in the minutes that followed").
      if (
        the &&
        /minutes$/i.test(m[0]) &&
        !/^\s+(?:ahead|to\s+come|following|leading|after|before|that\s+(?:followed|remained|passed)|which\s+followed)\b/i.test(
          text.slice(end, end + 20),
        )
      )
        return null;
      if (!ok && !atLarge) return null;
      // "in the months ahead", "over the years ahead": "ahead" belongs to the length (TBAQ 1 of 1,
      // our news set 10 of 10).
      const ahead = the ? /^\s+ahead\b/i.exec(text.slice(end, end + 8)) : null;
      // "could struggle in the months ahead", "more common in the decades ahead", "plans for the
      // years ahead": the future at large (FUTURE_REF), as "in the coming months" is (our news
      // annotators 9 of 10 days, months, years or decades ahead after "in", "for", "about" and the
      // like; "over the months ahead" stays a length, though its one gold writes FUTURE_REF). Weeks
      // stay a length: TimeBank writes "in the weeks ahead" as one (1 of 1).
      if (ahead && atLarge)
        return {
          start: m.index,
          end: end + ahead[0].length,
          rule: 'vague',
          meaning: { k: 'ref', value: 'FUTURE_REF' },
        };
      // "fed our fountain for centuries", "ruled from Moscow for centuries": TBAQ and our news
      // annotators write the bare plural PXC (3 of 5 readable; PXCE 2, PXE 1), where a counted
      // "several centuries" is PXCE. "Over the centuries" is the same bare plural (no gold writes it).
      if (/centuries$/i.test(m[0]))
        return {
          start: m.index,
          end: ahead ? end + ahead[0].length : end,
          rule: 'bareUnits',
          meaning: { k: 'length', value: 'PXC', why: 'a length of time of unstated size' },
        };
      return {
        start: m.index,
        end: ahead ? end + ahead[0].length : end,
        rule: 'bareUnits',
        meaning: { k: 'duration', n: null, unit: unitKey(m[0].replace(/^the\s+/i, '')) },
      };
    },
  },
  {
    // "spent two seasons on the tour", "the past two seasons", "within three seasons": seasons of a
    // sport, a stage or a show counted, each a year long (our news annotators write P2Y, P3Y: 8 of 10 such
    // counts tagged, none as months). Not "two seasons ago", "two seasons later" (a time back or on;
    // "earlier this decade" after the count is a time of its own), nor "the four seasons"
    // of the calendar or "Four Seasons", a name.
    name: 'countedSeasons',
    keys: ['seasons'],
    re: new RegExp(
      `\\b(?:the\\s+(?<dir>past|previous|last|next|first|final)\\s+)?(?<num>${WORD_COUNT}|\\d{1,2})\\s+(?:(?<more>more|straight|consecutive|successive|full)\\s+)?seasons\\b(?!['’]|\\s+(?:ago|(?:earlier|later)(?!\\s+(?:this|that|in|on)\\b))\\b)`,
      'gi',
    ),
    build: (m, text) => {
      const n = parseNumber(g(m, 'num')!);
      if (n === null || n < 2 || /Seasons/.test(m[0])) return null;
      // "all four seasons", "the four seasons": the calendar's; "spent four seasons at" is a count.
      if (
        n === 4 &&
        !g(m, 'dir') &&
        !g(m, 'more') &&
        /\b(?:all|the|these|those|its|their)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))
      )
        return null;
      return whole(m, 'countedSeasons', {
        k: 'duration',
        n,
        unit: 'year',
        why: 'a count of seasons, each a year long',
      });
    },
  },
  {
    // the recent past | the very recent past | the near future | the not-too-distant future | the
    // not so distant future | the foreseeable future: the past or the future at large, however near it
    // is said to be (our news annotators tag these whole, "the foreseeable future" 13 of 13, as TimeBank
    // does "the near future"; spellings of the degree vary, so a pattern, not a list of phrases)
    name: 'nearPastOrFuture',
    keys: ['past', 'future'],
    re: NEAR_PAST_OR_FUTURE,
    build: (m) =>
      TITLE_CASE_THE.test(m[0])
        ? null
        : whole(m, 'nearPastOrFuture', { k: 'ref', value: g(m, 'past') ? 'PAST_REF' : 'FUTURE_REF' }),
  },
  {
    name: 'vague',
    keys: Object.keys(VAGUE_REFS).map((k) => k.split(' ').pop()!),
    re: new RegExp(`\\b(?:${alt(Object.keys(VAGUE_REFS))})\\b`, 'gi'),
    build: (m, text) => {
      const key = m[0].toLowerCase().replace(/\s+/g, ' ');
      const end = m.index + m[0].length;
      // "current" refers to the present, but not in "current account" or "current president".
      if (key === 'current') {
        const next = /^\s+([A-Za-z-]+)/.exec(text.slice(end, end + 30))?.[1]?.toLowerCase();
        if (next && NOT_TIME_AFTER_CURRENT.has(next)) return null;
      }
      // "as soon as they can", "soon after the vote", "sooner": a connective, not a time. So is a
      // degree of earliness, or the idiom of staying put: "ends too soon", "it is too soon to say",
      // "it would happen so soon", "the ice isn't going anywhere soon" (our news annotators leave
      // all 13 untagged).
      if (
        key === 'soon' &&
        (/\b(?:as|too|so|anywhere)\s+$/i.test(text.slice(Math.max(0, m.index - 9), m.index)) ||
          /^\s+(?:as|after|afterwards|afterward|thereafter)\b/i.test(text.slice(end, end + 12)))
      )
        return null;
      // "those days" is the past at large after "in" (our news annotators 7 of 10); elsewhere it is
      // days told before ("those days are gone", "on those days").
      if (key === 'those days' && !/\bin\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)))
        return null;
      // "the past three summers": here "past" modifies a counted noun.
      if (key === 'the past' && COUNT_AFTER.test(text.slice(end, end + 12))) return null;
      // "a double bill of "Back to the Future"", "a show called Ghosts of the Past": a lower-case
      // "the" before a capital is title case, in running text a title's words, not a time (our
      // news annotators leave 2 of 2 untagged). A headline's is the time: "Why Voters Are Worried
      // About the Future".
      if (TITLE_CASE_THE.test(m[0]) && inRunningText(text, m.index, end)) return null;
      // "the future Marquis of Pombal", "the future Riverside Station", "The present Bishop of
      // Dunmere": before a name or a title, "future" and "present" are adjectives ("the one who
      // would become", "the one now"), no time. So is "present" before a hyphen or in grammar's
      // and finance's terms: "the present-day band", "the present tense", "the present value".
      // (Not "the future" as the time, after "in", "into" or an opening "For", before a name that is
      // the subject of a clause with no comma: "In the future Congress will have to act".)
      const futureAsTime =
        key === 'the future' && FUTURE_AS_TIME_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index));
      if (
        (key === 'the future' || key === 'the present') &&
        /^ (?!I\b)[A-Z][a-z]/.test(text.slice(end, end + 3)) &&
        !(futureAsTime && NAME_THEN_VERB.test(text.slice(end, end + 60)))
      )
        return null;
      // "the future king", "the future international Karen Dale", "the future relationship" between
      // two countries: before a role or a tie, "future" is an adjective too (our news annotators leave
      // 3 of 3 untagged). Not after "in" or "into", or "For" opening a sentence, where "the future"
      // is the time and a clause may follow with no comma: "In the future international students
      // will need a visa", "For the future relations ... will matter more" (a "for" inside the
      // sentence leaves the role: "a gift for the future king").
      if (key === 'the future' && FUTURE_ADJECTIVE_HEAD.test(text.slice(end, end + 16)) && !futureAsTime)
        return null;
      // "a panel on the future of the novel", "a campaign over the future of the lender": the fate of
      // a thing, no time. Opening a clause it is left to the time ("if we don't act, the future of the
      // sector is at risk", "believing that the future of music lay in melody": 2 of 2 tagged).
      if (
        key === 'the future' &&
        /^\s+of\s/.test(text.slice(end, end + 5)) &&
        FATE_OF_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))
      )
        return null;
      if (key === 'the present' && /^(?:-[a-z]|\s+(?:value|tense)\b)/i.test(text.slice(end, end + 8)))
        return null;
      // ("a story told in the past tense", "the future tense": grammar's, no time.)
      if ((key === 'the future' || key === 'the past') && /^\s+tense\b/i.test(text.slice(end, end + 8)))
        return null;
      // "as recently as last week", "most recently in 2009": the time that follows is the one told.
      if (key === 'recently' && recentlyOfATime(text, m.index, end)) return null;
      return { start: m.index, end, rule: 'vague', meaning: { k: 'ref', value: VAGUE_REFS[key]! } };
    },
  },
  {
    // every two hours | every six weeks | each 18 months | every other day | every few days |
    // every fifth day
    name: 'everyN',
    keys: ['every', 'each'],
    // ("once every four years": the same set, its one time a part of it. "its every-other-week
    // schedule": the same set written as one word before a noun.)
    re: new RegExp(
      `\\b(?:once\\s+)?(?:every|each)(?:\\s+|-(?=other[-\\s]))(?:(?<other>other)|(?<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|(?<num>${NUM}))(?:\\s+|(?<=-other)-)(?<unit>${UNIT})`,
      'gi',
    ),
    build: (m) => {
      const unit = unitKey(g(m, 'unit')!);
      const u = UNITS[unit]!;
      // ("every fifth day": one day in five.)
      const ord = g(m, 'ord')?.toLowerCase();
      const n = g(m, 'other') ? 2 : ord ? ORDINALS[ord]! : parseNumber(g(m, 'num')!);
      // "every one of them" never reaches here; "every day" (no number) is the set words' table's.
      if (n !== null && !Number.isInteger(n)) return null;
      const letter = u.letter === 'WE' ? 'W' : u.letter;
      const value = `P${u.time ? 'T' : ''}${n === null ? 'X' : n * (u.times ?? 1)}${letter}`;
      return {
        start: m.index,
        end: m.index + m[0].length,
        rule: 'set',
        meaning: { k: 'set', value, quant: 'EVERY' },
      };
    },
  },
  {
    // four days a week | twice a month | three times a year: so often in each such period
    name: 'rate',
    keys: [' a ', ' an ', ' per ', ' each '],
    // Anchored on the rarer words; the count is read back from the text before.
    re: /\s(?:an?|per|each)\s+(?<unit>second|minute|hour|day|week|fortnight|month|quarter|year|decade|century)\b/gi,
    build: (m, text) => {
      // "what was once a Second World War airfield": a period written with a capital before
      // another, in running text, is a word of a name, no rate. (A headline's is a rate: "Prices
      // Rise Twice a Year Under New Rules".)
      const end = m.index + m[0].length;
      if (
        CAPITALISED.test(g(m, 'unit')!) &&
        CAPITAL_WORD_AFTER.test(text.slice(end, end + 3)) &&
        inRunningText(text, m.index, end)
      )
        return null;
      const unit = g(m, 'unit')!.toLowerCase();
      const u = UNITS[unit]!;
      // ("once a decade": ten years.)
      // ("once a quarter": three months, as "quarterly" is.)
      const value =
        unit === 'fortnight'
          ? 'P2W'
          : unit === 'quarter'
            ? 'P3M'
            : `P${u.time ? 'T' : ''}${u.times ?? 1}${u.letter}`;
      // "open 24 hours a day", "works 12 months a year": a count that fills the whole period, round
      // the clock or all year, one set as "seven days a week" is (our news annotators 2 of 2 tagged
      // so, the third left untagged; a shorter count, "eight hours a day", is a length and a set).
      // (Not an offset: "waited 24 hours a day after the vote".)
      const fills = WHOLE_PERIOD_BEFORE[unit]?.exec(text.slice(Math.max(0, m.index - 14), m.index));
      if (fills && !OFFSET_AFTER_PERIOD.test(text.slice(end, end + 9)))
        return { start: m.index - fills[0].length, end, rule: 'rate', meaning: { k: 'set', value } };
      // (Twelve characters hold the longest word before the period, "afternoons", and the break before it.)
      const w = RATE_WHAT.exec(text.slice(Math.max(0, m.index - 12), m.index));
      if (!w) return null;
      const what = w[1]!.toLowerCase();
      const at = m.index - w[0].length;
      const adverb = TIMES_ADVERB[what];
      let start = at;
      let n: number | null | undefined = adverb;
      let vague = false;
      if (n === undefined) {
        const count = COUNT_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
        n = count ? parseNumber(count[1]!) : null;
        vague =
          !!count && n === null && /^(?:several|a\s+few|many)$/i.test(count[1]!) && !/^\seach\b/i.test(m[0]);
        if (count && (n !== null || vague)) start = at - count[0].length + count[0].indexOf(count[1]!);
      }
      // "several times a week": still a set, without a count; "several times" belongs to it, as our
      // news annotators write it (3 of 3; "several times each year" leaves "each year" alone, a set of
      // its own). (A count we cannot read leaves the period alone.)
      if (n === null) {
        if (what !== 'times') return null;
        return { start: vague ? start : m.index + 1, end, rule: 'rate', meaning: { k: 'set', value } };
      }
      return { start, end, rule: 'rate', meaning: { k: 'set', value, freq: `${n}X` } };
    },
  },
  {
    // four years and six months | two hours and 15 minutes | 2 hours, 7 minutes | four hours, 55
    // minutes and 32 seconds: one length of time
    name: 'compoundDuration',
    // (Every match names a second unit: "84 days, 3 hours" has none of " and ", " minute".)
    keys: ['month', 'week', 'day', 'hour', 'minute', 'second'],
    re: new RegExp(
      `\\b(?<n1>\\d+|${SMALL}|ten|eleven|twelve|an?)\\s+(?<u1>years?|months?|weeks?|days?|hours?|minutes?)(?<sep1>\\s+and\\s+|\\s*,\\s*|\\s+)(?<n2>\\d+(?:\\.\\d+)?|${CLOCK_COUNT})\\s+(?<u2>months?|weeks?|days?|hours?|minutes?|seconds?)\\b(?<tail>(?:\\s+and\\s+|\\s*,\\s*(?:and\\s+)?|\\s+)(?<n3>\\d+(?:\\.\\d+)?|${CLOCK_COUNT})\\s+(?<u3>days?|hours?|minutes?|seconds?)\\b)?`,
      'gi',
    ),
    build: (m) => {
      const order = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];
      const time = (u: string) => UNITS[u]!.time === true;
      const parts: [number, string][] = [];
      let end = m.index + m[0].length;
      for (const k of ['1', '2', '3']) {
        const nw = g(m, `n${k}`);
        if (!nw) break;
        const n = /^an?$/i.test(nw) ? 1 : parseNumber(nw);
        const u = unitKey(g(m, `u${k}`)!);
        if (n === null || (parts.length && order.indexOf(u) <= order.indexOf(parts[parts.length - 1]![1]))) {
          // "in 17 minutes 42 seconds, four seconds outside the record": a third count of a unit no
          // smaller than the second's is a length of its own; the first two stay one.
          if (k !== '3') return null;
          end -= g(m, 'tail')!.length;
          break;
        }
        parts.push([n, u]);
      }
      // ("2 hours 7 minutes", "two hours, three minutes": a comma or a space joins the hours,
      // minutes and seconds of a clock's run only; "for two years, three months of which" is no one
      // length.)
      // (Nor days and hours of a race's or a voyage's run: "51 days, 7 hours and 40 minutes".)
      const run = parts.slice(0, 2).every(([, u]) => time(u) || u === 'day');
      if (!/and/i.test(g(m, 'sep1')!) && !(run && parts[1]![1] !== 'day')) return null;
      let value = 'P';
      let inTime = false;
      for (const [n, u] of parts) {
        if (time(u) && !inTime) {
          value += 'T';
          inTime = true;
        }
        value += `${n}${u === 'minute' ? 'M' : UNITS[u]!.letter}`;
      }
      return {
        start: m.index,
        end,
        rule: 'compoundDuration',
        meaning: { k: 'length', value },
      };
    },
  },
  {
    // 2hr 7min 33sec | 2hr 31min | 4min 10sec: a race's time or a lead as the sports pages write
    // it, a length like any other (our news annotators tag 9 of 10 with hours; with minutes and
    // seconds alone they split, 4 tagged in 3 texts and 4 left in 2, and the blind set of stop 59
    // tags its 2; TBAQ has none).
    name: 'raceTime',
    keys: ['hr', 'min'],
    re: /\b(?:(?<h>\d{1,2})\s?hrs?\s+)?(?<mi>\d{1,2})\s?mins?(?:\s+(?<sec>\d{1,2})\s?secs?)?\b/gi,
    build: (m) =>
      // (Minutes alone, "20min", are another rule's length.)
      g(m, 'h') || g(m, 'sec')
        ? whole(m, 'raceTime', {
            k: 'length',
            value: `PT${g(m, 'h') ? `${+g(m, 'h')!}H` : ''}${+g(m, 'mi')!}M${g(m, 'sec') ? `${+g(m, 'sec')!}S` : ''}`,
          })
        : null,
  },
  {
    // "it became an annual event", "is an annual ritual", "an annual beer festival": "annual" on an
    // occasion brought in by "an" says it comes round each year, a set (our news annotators 11 of 11;
    // "an annual rate", "an annual basis", "an annual report" name no occasion and stay untagged,
    // 0 of 12, and "the annual X" is split). So after a possessive, the holder's own occasion: "its
    // annual science fair", "the town's annual Beach Days festival", "the Fed's annual retreat",
    // "the memorial's annual service" (our news annotators 14 of 15, by many writers; "the Fed's
    // annual symposium", "its annual customer conference" and "its annual general meeting" are split
    // or untagged and are not occasions here). After "the", one occasion named in the singular is
    // the same: "the annual tree lighting", "the annual Frost Gardens show", "the annual Fold & Fly
    // contest" (our news annotators 4 of 4, by four writers); the plural names the events
    // themselves ("the annual parades by the Orange Order", which TBAQ leaves untagged).
    name: 'annualOccasion',
    keys: ['annual'],
    // (The words between are the occasion's own, no phrase of a preposition: "annual spending on
    // services", "annual revenue from events" name no occasion; nor is the occasion a word before
    // the head noun: "its annual financial services report".)
    re: /(?:(?<the>\b[Tt]he)|\b[Aa]n|\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)|[A-Za-z.]['’]s?)\s+annual\s+(?:(?!(?:on|from|for|of|in|at|to|by|with|about|over|into|per)\b)[A-Za-z&-]+\s+){0,3}?(?<occasion>events?|rituals?|fixtures?|ordeals?|festivals?|traditions?|celebrations?|pilgrimages?|inspections?|gatherings?|affairs?|occurrences?|fairs?|parades?|shows?|ceremon(?:y|ies)|reunions?|services?|tournaments?|rall(?:y|ies)|retreats?|competitions?|audits?|contests?|lightings?)\b(?![-\s]+(?:reports?|conferences?|meetings?|revenues?|spending|budgets?|contracts?|costs?|fees?|charges?|bills?|payments?|income|sales|sector|industry|firms?|compan(?:y|ies))\b)/g,
    build: (m, text) => {
      if (g(m, 'the') && /(?:s|ies)$/.test(g(m, 'occasion')!)) return null;
      // "the annual service charge", "the annual fair value review", "the annual lighting bill": the
      // occasion's word describes a noun after it, no occasion. (A word in -s after the singular is
      // its verb, "an annual kite festival fills the beach"; the plural nouns that follow an occasion
      // word, "service charges", "event fees", are the lookahead's.)
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (wordBeforeNoun(after) && !/^\s+[a-z]+[^s']s\b/.test(after)) return null;
      const start = m.index + m[0].search(/annual/i);
      return { start, end: start + 'annual'.length, rule: 'set', meaning: { k: 'set', value: 'P1Y' } };
    },
  },
  {
    // daily | every Tuesday | each July | on Tuesdays | twice a year
    name: 'set',
    keys: ['every', 'each', 'per ', 'ly', 'days', 's ', ' after ', ' by '],
    re: new RegExp(
      `\\b(?:(?<phrase>${alt(Object.keys(SET_WORDS))})|(?:every|each)\\s+(?:other\\s+)?(?:(?<ewd>${WEEKDAY})(?:\\s+(?<epod>morning|afternoon|evening|night)\\b)?|(?<emon>${MONTH})(?:\\s*(?<eday>\\d{1,2})(?:st|nd|rd|th)?(?!\\d))?|(?<eday2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<emon2>${MONTH}))|(?:(?<yday>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<ymon>${MONTH})|(?<ymon2>${MONTH})\\s*(?<yday2>\\d{1,2})(?:st|nd|rd|th)?(?!\\d))\\s+(?:each|every)\\s+year|(?<pwd>${WEEKDAY})(?:s|\\s+(?<ppod>mornings|afternoons|evenings|nights)))\\b`,
      'gi',
    ),
    build: (m, text) => {
      const phrase = g(m, 'phrase');
      const end = m.index + m[0].length;
      // "ran for a day by day's end", "a year by year comparison": "day by day", "year by year" recur
      // only as an adverb; a possessive after it ("by day's end") or an article before it, tying it
      // to a noun it modifies, makes no recurrence (the duration rule leaves "a year" there too).
      if (
        phrase &&
        /^(day|week|month|year)\s+by\s+\1$/i.test(phrase) &&
        (/^['’]s\b/.test(text.slice(end, end + 3)) ||
          /\b(?:an?|the)\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index)))
      )
        return null;
      // ("rise 8.5% annually", "40 million units annually": an amount each year is a set, as "4.2 per
      // cent a year" is; our news annotators tag "annually" 267 times of 267, after a rate 30 of 30.)
      // "its quarterly dividend", "a quarterly profit": before a noun, the word names a kind of report
      // (TBAQ and our annotators leave it untagged); "reports quarterly", "paid quarterly" is a set.
      // So is a survey, a forecast, a payment or an update that comes every quarter: "the Fed's
      // quarterly economic projections", "the first quarterly installment", "quarterly updates"
      // (our news annotators 12 of 12, as they tag "monthly" and "weekly" before them).
      if (
        phrase &&
        /^quarterly$/i.test(phrase) &&
        /^\s+[a-z]/.test(text.slice(end, end + 3)) &&
        !QUARTERLY_ISSUE_AFTER.test(text.slice(end, end + 40)) &&
        !/^\s+(?:and|or|in|on|at|from|to|by|with|for|since|until|rather|instead|but|while|as|after|before|through|during|over)\b/.test(
          text.slice(end, end + 12),
        )
      )
        return null;
      // "the biggest monthly increase since 2010", "the fifth straight weekly gain", "a 0.4%
      // monthly fall": a change measured from one period to the next, no time that recurs (our
      // news annotators leave 19 of 21 untagged). Not "paid a monthly advance", nor "the
      // twice-yearly change" of the clocks, which recur. So is the figure of one period that a
      // determiner, a possessive, a superlative, an ordinal or "new" picks out: "its highest daily
      // total since 1966", "new daily highs", "its third daily temperature record", "the daily death
      // rate has doubled" (our news annotators 0 of 5, as "an annual rate" 0 of 16). Figures with
      // nothing before them recur: "nurses keep daily records", "publishes daily totals".
      if (
        phrase &&
        /^(?:daily|weekly|monthly|yearly)$/i.test(phrase) &&
        (PERIOD_CHANGE_AFTER.test(text.slice(end, end + 30)) ||
          (PERIOD_FIGURE_AFTER.test(text.slice(end, end + 30)) &&
            ONE_FIGURE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)))) &&
        !/(?:\ban?\s+|\b(?:once|twice|thrice)[\s-])$/i.test(text.slice(Math.max(0, m.index - 7), m.index))
      )
        return null;
      // "five times the three-month daily average": the average a day over the length named before
      // it, no time that recurs (our news annotators tag the length and leave "daily", 3 of 3).
      if (
        phrase &&
        /^(?:daily|weekly|monthly)$/i.test(phrase) &&
        /\b[\w]+-(?:day|week|month|year)\s+$/i.test(text.slice(Math.max(0, m.index - 20), m.index)) &&
        /^\s+(?:moving\s+|rolling\s+)?averages?\b/i.test(text.slice(end, end + 20))
      )
        return null;
      // "90 million barrels per day": an oil flow, as "barrels a day".
      if (
        phrase &&
        /^per\s/i.test(phrase) &&
        BARRELS_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))
      )
        return null;
      // "gusts of 255 km per hour", "15 million instructions per second": a speed, not a time. (A
      // conversion in brackets stands aside, as before a rate: "winds of 216 km (134 miles) per
      // hour", our news annotators 0 of 2.)
      if (
        phrase &&
        /^(?:per|an?)\s+(?:hour|minute|second)/i.test(phrase) &&
        MEASURE_BEFORE.test(
          text
            .slice(Math.max(0, m.index - 100), m.index)
            .replace(CONVERSION_BEFORE, ' ')
            .slice(-16),
        )
      )
        return null;
      // "the Communist Party daily Granma", "the Nikkei business daily": a newspaper. So is a weekly
      // of a place, a language or a trade: "a regional daily", "a Welsh-language weekly", "a Fresno
      // weekly", "a financial weekly" (our news annotators 0 of 4). (Not "the Baltic daily": after
      // "the", a name is what crosses it every day; nor "the weekly Mombasa auction", a set.)
      if (
        phrase &&
        /^(?:daily|weekly)$/i.test(phrase) &&
        ((/^daily$/i.test(phrase) && /^\s+[A-Z]/.test(text.slice(end, end + 3))) ||
          /\b(?:business|financial|economic|national|regional|local|state|party|tabloid|evening|morning|sports|[a-z]+-language)\s+$/i.test(
            text.slice(Math.max(0, m.index - 20), m.index),
          ) ||
          /\b[Aa]n?\s+[A-Z][a-z]+\s+$/.test(text.slice(Math.max(0, m.index - 20), m.index)))
      )
        return null;
      // "hourly workers", "an hourly wage of $25", "the hourly minimum", "the hourly overtime
      // rate": paid by the hour, a kind of worker or pay, not a time that recurs (our news set tags
      // none of 11). ("Average hourly earnings" stays a set, a split kept for TimeBank: TBAQ tags
      // its one, though our news set leaves all 15 untagged.) So is a week's pay or rent: "average
      // weekly earnings", "their weekly rent" (our news annotators 0 of 4; "the weekly staff
      // meeting" recurs).
      if (
        phrase &&
        ((/^hourly$/i.test(phrase) && isHourlyPay(text.slice(end, end + 32))) ||
          (/^weekly$/i.test(phrase) &&
            /^\s+(?:earnings|wages?|pay|rents?)\b/i.test(text.slice(end, end + 10))))
      )
        return null;
      if (phrase) {
        // "twice daily", "twice-yearly", "once weekly": so many times in each period.
        const times = /^(?:daily|weekly|monthly|yearly|annually|nightly|hourly)$/i.test(phrase)
          ? /\b(once|twice|thrice)[\s-]$/i.exec(text.slice(Math.max(0, m.index - 8), m.index))
          : null;
        const freq = times ? TIMES_ADVERB[times[1]!.toLowerCase()] : undefined;
        return {
          start: times ? m.index - times[0].length + times[0].search(/\S/) : m.index,
          end,
          rule: 'set',
          meaning: {
            k: 'set',
            value: SET_WORDS[phrase.toLowerCase().replace(/\s+/g, ' ')]!,
            freq: freq ? `${freq}X` : undefined,
          },
        };
      }
      // "every Feb 15", "each 1 March": that day of every year; "each July": that month. So is
      // "13 September each year", "April 1 every year".
      const emon = g(m, 'emon') ?? g(m, 'emon2') ?? g(m, 'ymon') ?? g(m, 'ymon2');
      if (emon) {
        const mo = MONTHS[emon.toLowerCase().replace(/\.$/, '')];
        const dd = g(m, 'eday') ?? g(m, 'eday2') ?? g(m, 'yday') ?? g(m, 'yday2');
        if (mo === undefined || !/^[A-Z]/.test(emon)) return null;
        // ("each Jan" is no month; "every May" is.)
        if (!dd && emon.replace(/\.$/, '').length <= 4 && !/^(?:May|June|July)$/.test(emon)) return null;
        if (dd && (+dd < 1 || +dd > 31)) return null;
        return {
          start: m.index,
          end: !dd && monthDotEndsSentence(emon) ? end - 1 : end,
          rule: 'set',
          meaning: {
            k: 'set',
            value: everyYear(mo, dd ? +dd : undefined),
            quant: 'EVERY',
          },
        };
      }
      const w = (g(m, 'ewd') ?? g(m, 'pwd'))!.toLowerCase();
      // "spent Thursday and Friday nights in their cars": a plural of two days named, not every such
      // day (the days are read on their own). (Not in a timetable: "flights would leave on Monday
      // and Tuesday nights from March 30, with the third departing each Thursday".)
      if (
        g(m, 'ppod') &&
        PAIRED_WEEKDAY_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) &&
        !TIMETABLE_WORD.test(text.slice(Math.max(0, m.index - 80), end + 60))
      )
        return null;
      // "Tuesday nights", "every Saturday morning": the part of every such day.
      const pod = g(m, 'ppod')?.toLowerCase().slice(0, -1) ?? g(m, 'epod')?.toLowerCase();
      if (w in WEEKDAYS)
        return {
          start: m.index,
          end,
          rule: 'set',
          meaning: {
            k: 'set',
            value: `XXXX-WXX-${WEEKDAYS[w]}${pod ? `T${PARTS_OF_DAY[pod]}` : ''}`,
            quant: g(m, 'ewd') ? 'EVERY' : undefined,
          },
        };
      return null;
    },
  },
  {
    // Christmas | Thanksgiving Day | New Year's Eve | the Fourth of July | Easter week | the Easter
    // weekend | Thanksgiving night | Christmas 2019 | the Christmas of 1984
    name: 'holiday',
    // No keywords: the case-sensitive pattern rejects a position faster than 30 substring scans would.
    // (Written out all the same, so that this rule has every other rule's shape: its first match,
    // late in a first run, would otherwise have V8 recompile findCandidates.)
    keys: undefined,
    re: new RegExp(
      `\\b(?<name>${HOLIDAY_NAMES})\\b(?:\\s+(?<wk>[Ww]eek|[Ww]eekend)\\b(?![-'’])|\\s+(?<pod>morning|afternoon|evening|night)\\b)?(?:(?:,?\\s+|\\s+of\\s+)(?<y>1\\d{3}|20\\d{2})\\b)?`,
      'g',
    ),
    build: (m, text) => {
      const raw = g(m, 'name')!;
      if (!/^[A-Z]/.test(raw) && !LOWER_CASE_HOLIDAYS.has(raw.toLowerCase().replace(/\s+/g, ' ')))
        return null;
      // "Jewish New Year", "Persian New Year": another calendar's new year ("Lunar New Year" and
      // "Chinese New Year" are holidays of their own, matched whole).
      if (/^new/i.test(raw) && OTHER_NEW_YEAR.test(text.slice(Math.max(0, m.index - 10), m.index)))
        return null;
      const key = holidayKey(raw);
      if (!key) return null;
      // "a glorious May day", "the wettest May day of 2023": with "day" in lower case, a day in May,
      // as "a June day" is; the holiday writes its "Day" capitalised ("May Day marches").
      if (key === 'may day' && /\bday$/.test(raw)) return null;
      // A bare "New Year" is the day only where it ends its phrase ("at New Year", "over Christmas and
      // New Year."): not a name or a thing ("the New Year honours", "New Year Grand Sumo"), nor a
      // greeting ("Happy New Year"); "the New Year weekend" is the holiday's weekend.
      if (
        key === 'new year' &&
        !g(m, 'wk') &&
        !g(m, 'pod') &&
        (!BARE_NEW_YEAR_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) ||
          /\b(?:happy|the|a)\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index)))
      )
        return null;
      const y = g(m, 'y');
      const wk = g(m, 'wk')?.toLowerCase();
      // "Father Christmas": the figure, not the day.
      if (/\bFather\s+$/.test(text.slice(Math.max(0, m.index - 7), m.index))) return null;
      // "Christmas trees", "the Christmas market", "Christmas bonuses": a thing of the season, any
      // year's, which names no time (not "the Christmas rush", "Christmas trading": its days); so
      // is a name ("A Christmas Carol", "Christmas Island", "the Easter Rising").
      if (
        !y &&
        !wk &&
        !g(m, 'pod') &&
        HOLIDAY_THING.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))
      )
        return null;
      // "last Thanksgiving", "next Christmas": the occurrence before or after publication. Read from
      // the text before the match: an optional prefix in the pattern slows every scan. ("This
      // Christmas, the doors are simply open": the word belongs to the expression, 10 of 10 in our
      // news golds, and the occurrence is chosen as for the bare name.)
      const relMatch = y
        ? null
        : /\b(last|next|this|every|each)\s+$/i.exec(text.slice(Math.max(0, m.index - 6), m.index));
      const rule = HOLIDAYS[key]!;
      // "as it does every New Year's Eve": that day of every year (a holiday on no fixed day is left
      // to the set rules' silence).
      if (relMatch && /^e/i.test(relMatch[1]!)) {
        const fixed = 'fixed' in rule ? rule.fixed : null;
        if (!fixed || g(m, 'wk') || g(m, 'pod')) return null;
        const [mo, dd] = fixed;
        return {
          start: m.index - relMatch[0].length,
          end: m.index + m[0].length,
          rule: 'set',
          meaning: {
            k: 'set',
            value: everyYear(mo, dd),
            quant: 'EVERY',
          },
        };
      }
      // ("Diwali, the festival of lights, falls on Thursday", "the biggest Diwali celebration": a
      // festival news names as often as its day is a time only where it times something, and not
      // as a modifier after its preposition: "the ban on Diwali firecrackers", "queued for Diwali
      // sweets".)
      if (
        !relMatch &&
        'timing' in rule &&
        (!HOLIDAY_TIMING_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) ||
          (!y &&
            !g(m, 'wk') &&
            !g(m, 'pod') &&
            HOLIDAY_AS_MODIFIER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))))
      )
        return null;
      const relWord = relMatch?.[1]!.toLowerCase();
      // "We spent that Christmas in borrowed clothes", "a final scene set the following Christmas":
      // the one of the story the text tells, not publication's. (Not a "that" opening a clause:
      // "warned that Christmas would be quiet", "said that Easter trading was strong".)
      const story =
        y || relMatch || g(m, 'wk')
          ? null
          : HOLIDAY_OF_STORY_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index));
      const storyRel = !story
        ? undefined
        : /^that/i.test(story[1]!)
          ? thatOpensClause(text, m.index - story[0].length, m.index + m[0].length) ||
            // (Nor one of a list of what was said: "told me bookings are full, that Christmas
            // enquiries started", "and that Easter dates were unaffected".)
            /(?:,|\band)\s+$/i.test(
              text.slice(Math.max(0, m.index - story[0].length - 6), m.index - story[0].length),
            ) ||
            THAT_CLAUSE_VERB_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 32))
            ? undefined
            : 'that'
          : /following/i.test(story[1]!)
            ? 'following'
            : 'previous';
      const rel = relWord === 'last' || relWord === 'next' ? relWord : storyRel;
      // "the Fourth of July", "the Easter weekend", "the late May bank holiday", "the first Sunday
      // of Advent": the article belongs to the expression. (Not before the noun it describes: "the
      // Fourth of July parade" is the parade's article.)
      const the =
        !relMatch &&
        (wk === 'weekend' ||
          ((key === 'fourth of july' || key.endsWith(' bank holiday') || key.startsWith('first ')) &&
            !HOLIDAY_AS_MODIFIER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)))) &&
        /\bthe\s+$/i.exec(text.slice(Math.max(0, m.index - 4), m.index));
      const pod = g(m, 'pod')?.toLowerCase();
      // "on Christmas Day last year", "since Easter last year": the year belongs to the day, as in
      // "9 November last year" (our news annotators 3 of 4; "this year" stays apart, 2 of 2).
      const yearRel =
        y || relMatch
          ? null
          : HOLIDAY_YEAR_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 20));
      return {
        start: relMatch
          ? m.index - relMatch[0].length
          : rel !== undefined
            ? m.index - story![0].length
            : the
              ? m.index - the[0].length
              : m.index,
        end: m.index + m[0].length + (yearRel ? yearRel[0].length : 0),
        rule: 'holiday',
        meaning: {
          k: 'holiday',
          name: key,
          y: y ? +y : undefined,
          rel,
          yrel: yearRel ? (yearRel[1]!.toLowerCase() === 'last' ? -1 : 1) : undefined,
          week: wk === 'week' || undefined,
          weekend: wk === 'weekend' || undefined,
          pod: pod ? PARTS_OF_DAY[pod] : undefined,
        },
      };
    },
  },
  {
    // led by 11 votes on election night | the margin reported on election night: the night of the
    // election day (written in lower case, as the holiday rule does not take it). Not when a date or
    // a weekday right after it names the night ("On election night, Nov. 4, 1958", "election night
    // Tuesday"): our news annotators tag that date alone (2 of 3).
    name: 'electionNight',
    keys: ['election night'],
    re: /\b[Ee]lection\s+[Nn]ight\b(?![-'’])/g,
    build: (m, text) =>
      DATE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))
        ? null
        : whole(m, 'electionNight', { k: 'holiday', name: 'election day', pod: PARTS_OF_DAY.night }),
  },
  {
    // the Sunday after Thanksgiving | the Friday before Christmas: that weekday next to the holiday
    // ("road traffic peaks on the Wednesday afternoon before the holiday": a part of that weekday,
    // spanned without what it is next to, as our news annotators do; "the holiday" is the one named
    // in its sentence or the one before, with no trip between: see lastHolidayNamed. Not "the
    // holiday" as a clause's subject, "the Friday before the holiday ended": a vacation's end.)
    name: 'weekdayByHoliday',
    keys: [' after ', ' before '],
    re: new RegExp(
      `\\b[Tt]he\\s+(?<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:\\s+(?<pod>morning|afternoon|evening|night))?\\s+(?<ba>after|before)\\s+(?:the\\s+)?(?:(?<name>${HOLIDAY_NAMES})|(?<=the\\s+)(?<back>holiday)\\b(?!\\s+(?:season|period|weekend|week|${HOLIDAY_CLAUSE_VERB})\\b))\\b(?![-'’]|\\s+(?:week|weekend)\\b)`,
      'g',
    ),
    build: (m, text) => {
      const named = g(m, 'name') ?? (g(m, 'back') ? lastHolidayNamed(text, m.index) : undefined);
      const key = named ? holidayKey(named) : undefined;
      if (!key || !/^[A-Z]/.test(named!)) return null;
      const wd = WEEKDAYS[g(m, 'wd')!.toLowerCase()]!;
      const pod = g(m, 'pod');
      return {
        start: m.index,
        end: pod ? m.index + m[0].indexOf(pod) + pod.length : m.index + m[0].length,
        rule: 'holiday',
        meaning: {
          k: 'holiday',
          name: key,
          wdNext: g(m, 'ba')!.toLowerCase() === 'after' ? wd : -wd,
          pod: pod ? PARTS_OF_DAY[pod.toLowerCase()] : undefined,
        },
      };
    },
  },
  {
    // "Fireworks are set for 9:15 p.m. on the Fourth": the Fourth of July, in a text that named it.
    // (Not "the Fourth Amendment", "the Fourth of ...", nor a text about another fourth.)
    name: 'the-fourth',
    keys: ['fourth'],
    re: /\bthe\s+Fourth\b(?!\s+(?:of\b|[A-Z]))(?![-'’])/g,
    build: (m, text) =>
      FOURTH_OF_JULY_NAMED.test(text.slice(0, m.index))
        ? {
            start: m.index,
            end: m.index + m[0].length,
            rule: 'holiday',
            meaning: { k: 'holiday', name: 'fourth of july' },
          }
        : null,
  },
  {
    // the next day | the following week | the day before | the night before | a day earlier (offset
    // rule) | that day | later that day | early the next morning | late that night ("early" and
    // "late" belong to the time, as everywhere else: our news annotators 10 of 13 here; the other 3
    // are a doing's, early or late against its hours, "closed early that afternoon")
    name: 'narrative',
    keys: ['day', 'morning', 'afternoon', 'evening', 'night'],
    re: /\b(?:(?<mod>earlier|later|early|late)\s+)?(?:(?<the>the)\s+)?(?<rel>next|following|previous|preceding|same|that|this)\s+(?<unit>day|morning|afternoon|evening|night)\b|\bthe\s+(?<bau>day|night|evening|morning)\s+(?<ba>before|after)(?:\s+(?<yt>yesterday|tomorrow))?\b/gi,
    build: (m, text) => {
      const ba = g(m, 'ba')?.toLowerCase();
      const end = m.index + m[0].length;
      if (ba) {
        const yt = g(m, 'yt')?.toLowerCase();
        // "the day before authorities issued...": relative to an event, not to a date; "cooked the
        // day before and kept warm" is the day before the one in hand. ("The night before" stays
        // whatever follows it, "worked through the night before the ceremony", "told the night
        // before that the river was rising": our news annotators tag it 11 of 12, TBAQ has none.)
        const nightBefore = ba === 'before' && /^(?:night|evening)$/i.test(g(m, 'bau')!);
        // (Nor the day before or after a doing the clause after it tells, "was pulled the day
        // before when it became clear", "written the day after he arrived": our news annotators
        // tag the day alone, 3 of 3. Not in apposition to a day just named, "on Thursday, the day
        // before it opened", nor an anniversary's "50 years to the day after it struck", nor "later
        // in the day before he left".)
        const doingAfter =
          DOING_AFTER.test(text.slice(end, end + 24)) &&
          !DAY_IDIOM_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index));
        // ("We'll be back tomorrow, and the day after that": "that" closing the phrase is the day just
        // told, and belongs to the expression, as in "the year before that". Not "told the night before
        // that the river was rising": a clause it opens.)
        const that = /^\s+that\b(?=\s*[,.;:!?"”)]|\s*$)/i.exec(text.slice(end, end + 12));
        if (
          !yt &&
          !that &&
          !nightBefore &&
          !doingAfter &&
          /^\s+[A-Za-z]/.test(text.slice(end, end + 3)) &&
          !/^\s+(?:and|or|but)\b/i.test(text.slice(end, end + 5))
        )
          return null;
        // ("address the nation on Tuesday evening, the night before the vote": set off right after a
        // day, it renames that day, whatever event it counts from. (Only the night or evening before,
        // which is tagged whatever follows: "on July 18, the day before reports of talks surfaced"
        // our news annotators tag as that day 4 times and leave untagged 5; after a holiday's day,
        // "Sept. 7, the day after Labor Day", untagged 8 of 8.)
        const bau = g(m, 'bau')!.toLowerCase();
        const renames =
          !yt &&
          !that &&
          !DOING_AFTER.test(text.slice(end, end + 24)) &&
          /^\s+[A-Za-z]/.test(text.slice(end, end + 3)) &&
          DAY_SET_OFF_BEFORE.test(text.slice(Math.max(0, m.index - DAY_SET_OFF_SPAN), m.index));
        if (renames)
          return {
            start: m.index,
            end,
            rule: 'narrative',
            meaning: {
              k: 'period',
              unit: dayUnit(bau),
              rel: 'same',
            },
          };
        // ("the night before", "the morning after": that part of the day before or after.)
        if (yt && bau !== 'day') return null;
        if (yt)
          return {
            start: m.index,
            end,
            rule: 'deictic',
            meaning: { k: 'deictic', offset: yt === 'yesterday' ? -2 : 2 },
          };
        return {
          start: m.index,
          end: end + (that ? that[0].length : 0),
          rule: 'narrative',
          meaning: {
            k: 'period',
            unit: dayUnit(bau),
            rel: ba === 'before' ? 'previous' : 'following',
          },
        };
      }
      const rel = g(m, 'rel')!.toLowerCase();
      const unit = g(m, 'unit')!.toLowerCase();
      // "this day" is idiomatic ("to this day", "from this day forward"), but for a day waited for:
      // publication's only where no weekday is named in the 200 characters before and no year in its
      // sentence, the day the story may be told at ('On Saturday the team lifted the cup. "We have
      // waited for this day"', "said a survivor of the 2004 tsunami"), and not told in the past ("We
      // had saved for this day"); nor a calendar day's figure ("the record high for this day").
      if (rel === 'this' && unit === 'day') {
        const lead = text.slice(Math.max(0, m.index - 80), m.index);
        const near = text.slice(Math.max(0, m.index - 200), m.index);
        const after = text.slice(end, end + 160);
        const sentence =
          near.slice(near.search(SENTENCE_START_BEFORE_THIS_DAY) + 1) +
          after.split(SENTENCE_END_AFTER_THIS_DAY, 1)[0]!;
        if (
          !FOR_THIS_DAY_BEFORE.test(lead) ||
          THIS_DAY_IDIOM_AFTER.test(text.slice(end, end + 24)) ||
          THIS_DAY_CALENDAR_BEFORE.test(lead.replace(FOR_THIS_DAY_BEFORE, '')) ||
          THIS_DAY_PAST_BEFORE.test(lead) ||
          THIS_DAY_WEEKDAY_NEAR.test(near) ||
          THIS_DAY_YEAR_NEAR.test(sentence)
        )
          return null;
        return { start: m.index, end, rule: 'deictic', meaning: { k: 'deictic', offset: 0 } };
      }
      // ("children who attend the same day care centre": "day" begins a noun of its own.)
      if (unit === 'day' && DAY_COMPOUND_AFTER.test(text.slice(end, end + 16))) return null;
      if (rel === 'this') return null; // "this morning" is deictic, handled there
      // ("will be sentenced at 9 a.m. that day", "kept the counter open until 6 p.m. that day": a
      // day a lone clock time places is our news annotators' one expression with the time, or left
      // out, 9 of 11 (against: "was last seen at 2 p.m. that day"). Not after a range of hours,
      // "closed from 7 a.m. until about 1 p.m. that day": the day alone, 3 of 3.)
      if (
        unit === 'day' &&
        !g(m, 'mod') &&
        (rel === 'that' || rel === 'same') &&
        CLOCK_JUST_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index)) &&
        !HOURS_RANGE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))
      )
        return null;
      const mod = g(m, 'mod');
      const doing =
        !!mod &&
        /^(?:early|late)$/i.test(mod) &&
        HOURS_DOING_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index));
      // "footfall was down 4% on the same day last year": that day a year back, one expression as
      // "the same month last year" is (our news annotators 3 of 3; "the same day a year ago" leaves
      // the day out, 1 of 1).
      const lastYear = rel === 'same' ? /^\s+last\s+year\b(?!['’])/i.exec(text.slice(end, end + 12)) : null;
      return {
        start: doing ? m.index + EDGE_WORD.exec(m[0])![0].length : m.index,
        end: end + (lastYear ? lastYear[0].length : 0),
        rule: 'narrative',
        mod: doing ? undefined : modOf(mod),
        meaning: {
          k: 'period',
          unit: dayUnit(unit),
          rel: rel === 'next' ? 'following' : rel === 'preceding' ? 'previous' : rel,
          yearBack: lastYear ? true : undefined,
        },
      };
    },
  },
];

/** Meanings whose words are lower case in running text: capitalised mid-sentence they name a show,
 * a paper or a work ("USA Today", the album "Midnight Lines", the painting "Orchard, Noon"; a clock
 * time written in figures, "10 P.M.", is no such word). */
const DEICTIC_KINDS = new Set<Meaning['k']>(['deictic', 'period', 'ref', 'time']);

/** A time stamp that opens its line, a zone at most after it: "13:05", "\n09.40 BST". */
const STAMP_OPENS_LINE = /(?:^|\n)[ \t]*\d{1,2}[:.]\d\d(?:[ \t]+[A-Z]{2,4})?$/;

/**
 * "USA Today", ABC's "This Week": a deictic phrase written in title case in mid-sentence is a
 * name. At a sentence start ("Today, ...", "This week the ...") capitals say nothing.
 */
function isTitleCaseName(text: string, c: Candidate): boolean {
  if (!DEICTIC_KINDS.has(c.meaning.k)) return false;
  const words = text.slice(c.start, c.end).split(/\s+/);
  if (!words.every((w) => /^[A-Z][a-z]/.test(w))) return false;
  // The last character before the span, skipping spaces and quotes, shows whether a sentence starts
  // here; after an opening quote, a comma does too (saying, "Now we ...").
  let k = c.start - 1;
  while (k >= 0 && /[\s"'“‘`]/.test(text[k]!)) k--;
  if (k < 0) return false;
  const gap = text.slice(k + 1, c.start);
  if (gap.includes('\n')) return false;
  // (Nor after a live blog's time stamp that opens the line: '13:05 "Today it got busy," he said'.)
  if (STAMP_OPENS_LINE.test(text.slice(Math.max(0, k - 16), k + 1))) return false;
  const starts = /["“]/.test(gap) ? /[.!?:;,]/ : /[.!?:;]/;
  return !starts.test(text[k]!);
}

/**
 * Every match of every grammar rule, possibly overlapping (the selection stage picks among them).
 *
 * @example findCandidates('He left on Tuesday.').map((c) => c.rule) // ['weekday']
 */
export function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const hits = KEYWORDS.find(text);
  for (const [r, rule] of RULES.entries()) {
    const lists = keywordLists(RULE_KEYS[r], hits);
    if (lists?.length === 0) continue;
    const re = rule.re;
    const near = NEAR[r]!;
    // Where the keywords are far apart, and after the last one, the search tries only the starts
    // near a keyword: a search that finds nothing would otherwise read on to the end of the text.
    // (Where they are close, one search over the text is cheaper than many short ones.)
    let last = -1;
    let count = 0;
    if (lists)
      for (const at of lists) {
        last = Math.max(last, at[at.length - 1]!);
        count += at.length;
      }
    const sparse = count * SPARSE < text.length;
    let from = 0;
    for (;;) {
      // Every match holds a keyword at most REACH characters from its start, so the next one
      // cannot start earlier than REACH before the next keyword: the regex skips the text between.
      const next = lists ? firstAtOrAfter(lists, from) : from;
      if (next < 0) break;
      const at = lists ? Math.max(from, next - REACH) : from;
      re.lastIndex = at;
      if (lists && (sparse || next === last)) {
        near.lastIndex = at;
        const w = near.exec(text);
        if (!w) {
          if (next === last) break;
          from = at + REACH + 1;
          continue;
        }
        re.lastIndex = at + w[1]!.length;
      }
      const m = re.exec(text);
      if (!m) break;
      if (m[0].length === 0) {
        from = m.index + 1;
        continue;
      }
      from = m.index + m[0].length;
      const built = rule.build(m, text);
      if (!built) continue;
      // Copied into one shape before anything reads it (the rules build candidates in several,
      // with a mod or without): the checks below and the stages after read thousands of them,
      // and one shape keeps their code from being recompiled for each.
      const c: Candidate = {
        start: built.start,
        end: built.end,
        rule: built.rule,
        meaning: built.meaning,
        mod: built.mod,
      };
      if (lengthOffTime(text, c) || doingOffTime(text, c)) {
        c.start += EDGE_WORD.exec(text.slice(c.start, c.end))![0].length;
        c.mod = undefined;
      }
      c.end = countedPartEnd(text, c);
      halfAgain(text, c);
      if (c.end > c.start && !isTitleCaseName(text, c)) out.push(c);
    }
  }
  return out;
}

const EDGE_WORD = /^(?:early|late)\s+/i;

/** A doing kept to hours, before "early" or "late" that say how far off them it was: "markets
 *  closed early that afternoon", "I'd been running late that morning". */
const HOURS_DOING_BEFORE =
  /\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?|finish(?:es|ed|ing)?|run(?:s|ning)?|ran)\s+$/i;

/** After "the day before" or "the day after", a clause that tells a doing: "when it became clear",
 *  "he arrived". (Not an event's name, "the day after the killing", "the day before the race":
 *  counted from a day the text does not give, we would take the wrong day as often as the right.) */
const DOING_AFTER = /^\s+(?:when|it|he|she|they|we|I|you)\b/;
/** A day just named, then a comma or a dash: a weekday, with its part of the day or not ("Tuesday
 *  evening, "), or a date, with its year or not ("Saturday, July 23, ", "on 12 August 1994 - ").
 *  Not a clock time ("at 7, ") nor a year alone ("in 1998, "), which name no day to rename. The
 *  weekday and month names are the lexicon's (WEEKDAY, MONTH). */
const DAY_SET_OFF_BEFORE = new RegExp(
  String.raw`(?:\b${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?|\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:\s+\d{4})?)\s*(?:,|\s[-–—])\s+$`,
  'i',
);
/** How far back DAY_SET_OFF_BEFORE looks: "Wednesday, September 23, 2019, " fits. */
const DAY_SET_OFF_SPAN = 32;
/** Before "the day before", what makes it no day of its own: apposition to a day just named ("on
 *  Thursday, the day"), an anniversary ("40 years to the day"), "later in the day". */
const DAY_IDIOM_BEFORE = /(?:,|\bto|\bin)\s+$/i;

/** A length just before: "a day", "four hours", "nearly a month". */
const LENGTH_BEFORE_EDGE =
  /\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few|several|\d{1,3})\s+(?:minute|hour|day|week|month)s?\s+$/i;

/** A length that is how long something went on: "delayed for about an hour early Tuesday", "queues
 *  built up to two hours early this morning". */
const FOR_LENGTH_BEFORE =
  /\b(?:for\s+(?:(?:about|around|nearly|almost|over|more\s+than|up\s+to)\s+)?|up\s+to\s+)\S+\s+\S+\s+$/i;

/**
 * "Trash pickup will run one day late next week", "staff may leave four hours early today": after a
 * length, early or late tells how far off its usual time the doing is, and is no part of the time
 * ("next week", "today"). Our news annotators leave the word out 10 of 14 times; the other four
 * are a length of its own before the time, "queues stretched for more than an hour early Wednesday".
 */
function lengthOffTime(text: string, c: { start: number; end: number; mod?: string }): boolean {
  if (c.mod !== 'START' && c.mod !== 'END') return false;
  if (!EDGE_WORD.test(text.slice(c.start, c.end))) return false;
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  return LENGTH_BEFORE_EDGE.test(before) && !FOR_LENGTH_BEFORE.test(before);
}

/** Before "early", a doing against its usual hour ("schools closed early today", "pupils woke early
 *  today"); before either edge word, a date's falling in the calendar ("Easter falls late this
 *  year"; not the noun, "since a fall early this year"). (Not "closed late Thursday": late on it.) */
const DOING_BEFORE_EARLY = /\b(?:closed|shut|woke)\s+$/i;
const FALLS_BEFORE_EDGE = /(?<!\b(?:a|an|the|his|her|its|their)\s+)\b(?:falls|fall)\s+$/i;

/**
 * "Easter falls early this year", "many schools closed early today": the edge word times the doing
 * against its usual date or hour, and is no part of the time ("this year", "today"); our news
 * annotators leave it out 10 of 10 times.
 */
function doingOffTime(text: string, c: { start: number; end: number; mod?: string }): boolean {
  if (c.mod !== 'START' && c.mod !== 'END') return false;
  const edge = EDGE_WORD.exec(text.slice(c.start, c.end))?.[0].trim().toLowerCase();
  if (!edge) return false;
  const before = text.slice(Math.max(0, c.start - 16), c.start);
  return FALLS_BEFORE_EDGE.test(before) || (edge === 'early' && DOING_BEFORE_EARLY.test(before));
}

/** "the next morning", "the following evening" after a clock time. */
const COUNTED_PART_AFTER = /^\s+the\s+(?:next|following)\s+(?:morning|afternoon|evening|night)\b/i;

/**
 * Where a clock time with no day of its own ends when the part of the day it falls in follows,
 * counted from the story: "did not finish until 4am the following morning", "1 a.m. the next
 * morning" are one time (our news annotators write them as one 7 times of 7). The span grows; the
 * value stays the clock time's, read from the story as before. (Not "5pm the following day": they
 * split that as often as they join it, 3 of 6.)
 */
function countedPartEnd(text: string, c: { end: number; meaning: Meaning }): number {
  const m = c.meaning;
  if (m.k !== 'time' || m.dayWord !== undefined || m.wd !== undefined || m.mo !== undefined) return c.end;
  const after = COUNTED_PART_AFTER.exec(text.slice(c.end, c.end + 32));
  return after ? c.end + after[0].length : c.end;
}

/** " and a half" after a length the rule read without a count of its own. */
const AND_A_HALF_AFTER = /^\s+and\s+a\s+half\b/i;

/**
 * "the first hour and a half", "the last year and a half", "the past decade and a half": a length
 * named by its edge or as the stretch up to now, and half as long again, one expression (our news
 * annotators 3 of 3; the duration rule reads "a year and a half" itself). The span grows and the
 * length is half as long again (PT90M, P18M, P15Y).
 */
function halfAgain(text: string, c: { end: number; meaning: Meaning }): void {
  // The text first: the meanings come in many shapes, and reading their fields for every
  // candidate would have V8 recompile findCandidates for each new one it meets.
  const half = AND_A_HALF_AFTER.exec(text.slice(c.end, c.end + 16));
  if (!half) return;
  const m = c.meaning;
  const unit =
    m.k === 'duration' && m.n === 1
      ? m.unit
      : m.k === 'period' && /^(?:decade|century)$/.test(m.unit) && /^(?:past|last)$/.test(m.rel)
        ? m.unit
        : null;
  if (!unit) return;
  c.end += half[0].length;
  c.meaning = { k: 'duration', n: 1.5, unit };
}

/** How far before its keyword a match may start ("the final few months of the fiscal year"). */
const REACH = 120;

/** Every rule's keywords, found in one pass over a text; RULE_KEYS[r] indexes them for rule r. */
const KEYWORDS = new KeywordIndex([...new Set(RULES.flatMap((rule) => rule.keys ?? []))]);
const RULE_KEYS = RULES.map((rule) => rule.keys?.map((k) => KEYWORDS.keys.indexOf(k)));

/** A keyword may start before the match that holds it ("later in the day" holds "in the day"). */
const LONGEST_KEY = Math.max(...KEYWORDS.keys.map((k) => k.length));

/**
 * Each rule's pattern, matched only where it starts at most REACH + LONGEST_KEY characters after
 * the search starts (sticky): `([\s\S]{0,n}?)` tries those starts in order, shortest first, and
 * group 1 says which one held. At that start the rule's own pattern then finds the same match.
 * (No rule's pattern refers back to a group by number, which the group in front would shift.)
 */
const NEAR = RULES.map(
  (rule) =>
    new RegExp(
      `([\\s\\S]{0,${REACH + LONGEST_KEY}}?)(?:${rule.re.source})`,
      rule.re.flags.replace('g', '') + 'y',
    ),
);

/** Keywords fewer than one per SPARSE characters of text, on average, are searched near each one. */
const SPARSE = 200;

/** The offsets of a rule's keywords that the text holds, one list per keyword; undefined for a
 *  rule without keywords. (Filled by push, so the arrays have one shape whoever made them.) */
function keywordLists(keys: number[] | undefined, hits: number[][]): number[][] | undefined {
  if (!keys) return undefined;
  const lists: number[][] = [];
  for (const k of keys) if (hits[k]!.length > 0) lists.push(hits[k]!);
  return lists;
}

/** The first offset at or after `from` in any of the sorted lists, or -1. */
function firstAtOrAfter(lists: number[][], from: number): number {
  let best = -1;
  for (const at of lists) {
    const lo = indexAtOrAfter(at, from);
    if (lo < at.length && (best < 0 || at[lo]! < best)) best = at[lo]!;
  }
  return best;
}
