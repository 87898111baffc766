/**
 * Word lists for publication-date inference (pubdate.ts). Kept as data so they can grow without
 * touching the logic; every list is matched case-insensitively unless its comment says otherwise.
 */

/** Month names and the abbreviations news styles use (AP: "Oct.", "Sept."): the tagger's list. */
export { MONTHS } from './lexicon';

/** Weekday names and abbreviations to JS day numbers (Sunday = 0, as Date#getUTCDay). */
export const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
};

/**
 * Labels that put a date stamp near the top of a page, with how much the date they introduce says
 * about first publication: an update time is later than publication, so it counts for less.
 */
export const STAMP_LABELS: [label: string, weight: number][] = [
  ['datepublished', 1],
  ['date published', 1],
  ['publication date', 1],
  ['pubdate', 1],
  ['first published', 1],
  ['published', 1],
  ['posted', 1],
  ['date', 0.9],
  ['issued', 0.9],
  ['released', 0.8],
  ['datemodified', 0.5],
  ['last updated', 0.6],
  ['updated', 0.6],
  ['last modified', 0.5],
  ['modified', 0.5],
];

/** Line openings that mark an archive photo: its date says least about the story's date. */
export const FILE_PHOTO_MARKERS = [
  'file photo',
  'file picture',
  'file image',
  'archive photo',
  'file -',
  'file:',
];

/** Words inside a line that mark it as a photo caption or credit rather than story text. */
export const CAPTION_MARKERS = [
  'photo:',
  'photograph:',
  'picture:',
  'image:',
  'credit:',
  'photo by',
  'photo credit',
  'getty images',
  'via reuters',
  'via getty',
  'afp photo',
  'ap photo',
  'reuters/',
  '/reuters',
  '/afp',
  'afp/',
  '/ap',
  'pool via',
  'handout',
];

/**
 * Phrases that put a clause in the future: a date in such a clause is on or after publication.
 * Matched as whole words.
 */
export const FUTURE_MARKERS = [
  'will',
  "won't",
  'shall',
  "'ll",
  'is due',
  'are due',
  'is expected',
  'are expected',
  'is scheduled',
  'are scheduled',
  'is set to',
  'are set to',
  'is set for',
  'are set for',
  'is slated',
  'are slated',
  'is going to',
  'are going to',
  'plans to',
  'plan to',
  'to be held',
  'upcoming',
  'next',
  'later this',
  'due to',
];

/**
 * Verbs in the present that set out a timetable: the date right after one is still to come ("the
 * fiscal year, which ends June 30, 2026", "the show runs until 31 August").
 */
export const SCHEDULE_VERBS = [
  'runs',
  'run',
  'opens',
  'closes',
  'ends',
  'begins',
  'starts',
  'expires',
  'finishes',
  'resumes',
  'concludes',
  'lasts',
  'takes place',
  'take place',
  'kicks off',
];

/**
 * Yearly cycles that news names by a year and dates by their first or last day: "fiscal 2012, which
 * begins in April", "the 2025-26 marketing year, which began on July 1" (each followed by "year",
 * except "fiscal", which may stand alone).
 */
export const CYCLE_YEAR_WORDS = ['fiscal', 'financial', 'marketing', 'crop', 'tax', 'school', 'academic'];

/**
 * Verbs that begin or end a year named as their object: "investors began 2012 cautiously", "the
 * euro finished 2011 close to a 10-year low", "will start 2024 as a world champion" (pubdate's
 * turnOfYear). Verbs with a particle that is also a preposition ("ring in", "usher in") are left
 * out: "learned to ring in 1968" names no turn.
 */
export const YEAR_TURN_VERBS: { begin: string[]; end: string[] } = {
  begin: [
    'began',
    'begin',
    'begins',
    'beginning',
    'started',
    'start',
    'starts',
    'starting',
    'kicked off',
    'kick off',
    'kicks off',
  ],
  end: [
    'ended',
    'end',
    'ends',
    'ending',
    'finished',
    'finish',
    'finishes',
    'finishing',
    'closed out',
    'close out',
    'closes out',
    'wrapped up',
    'wrap up',
    'wraps up',
  ],
};

/**
 * Nouns for the turn of a year named by its year: "a cash squeeze at the end of 2012", "investors
 * came back at the start of 2022" (pubdate's turnOfYear).
 */
export const YEAR_TURN_NOUNS: { begin: string[]; end: string[] } = {
  begin: ['start', 'beginning', 'dawn'],
  end: ['end', 'close'],
};

/**
 * Parts of a year: "the first half of 2024" is a stretch of it, not a happening at its turn like
 * "the first session of 2015" (pubdate's turnOfYear).
 */
export const YEAR_PART_WORDS = [
  'half',
  'quarter',
  'month',
  'months',
  'week',
  'weeks',
  'days',
  'year',
  'years',
];

/** Past-tense words that are not regular "-ed" forms; with "-ed" words they mark a past clause. */
export const PAST_MARKERS = [
  'said',
  'was',
  'were',
  'had',
  'did',
  'told',
  'met',
  'made',
  'took',
  'gave',
  'came',
  'went',
  'left',
  'held',
  'began',
  'won',
  'lost',
  'saw',
  'ago',
  'earlier',
  'last',
  'fell',
  'rose',
  'struck',
  'hit',
  'spoke',
  'wrote',
  'sent',
  'brought',
  'led',
  'became',
  'got',
  'killed',
  'arrived',
];

/** Words ending in "-ed" that are not past-tense verbs (or are participles of plans). */
export const NOT_PAST_ED = [
  'need',
  'needed',
  'speed',
  'seed',
  'feed',
  'indeed',
  'hundred',
  'united',
  'based',
  'related',
  'limited',
  'detailed',
  'armed',
  'proceed',
  'succeed',
  'exceed',
  'red',
  'bed',
  'shed',
  'embed',
  'planned',
  'proposed',
  'expected',
  'scheduled',
  'supposed',
  'advanced',
  'alleged',
];

/** Words just before a weekday that shift it away from the publication week. */
export const WEEKDAY_MODIFIERS: Record<string, 'last' | 'next' | 'this'> = {
  last: 'last',
  past: 'last',
  previous: 'last',
  next: 'next',
  coming: 'next',
  this: 'this',
};

/** Words that make a weekday name part of a name, not a day of this week ("Black Friday"). */
export const WEEKDAY_NAME_PREFIXES = [
  'black',
  'cyber',
  'super',
  'good',
  'holy',
  'ash',
  'palm',
  'easter',
  'maundy',
  'bloody',
  'fat',
  'giving',
  'manic',
];

/**
 * Ordinals of anniversaries beyond the tagger's list (time/lexicon ORDINALS, first to twentieth),
 * for "the 75th" and "the fiftieth anniversary".
 */
export const ANNIVERSARY_ORDINALS: Record<string, number> = {
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  'seventy-fifth': 75,
  hundredth: 100,
};

/**
 * A line that opens with the label of a date stamp, as pages print one below a story: "First
 * published on ...", "Published 3 March 2021", "This article was last updated on ...".
 */
export const FOOT_STAMP_RE =
  /^\W{0,3}(?:this\s+(?:article|story|page)\s+was\s+)?(?:(?:first|originally|last)\s+)?(?:published|updated|posted|modified)\b/i;
