/**
 * Stage 3: the tense of the clause around a timex, read from nearby verb cues. News reports the
 * past by default, so weekdays and months without a cue resolve backwards; "will", "plans",
 * "expected" and the like turn them forwards.
 */
import {
  ADJECTIVE_PARTICIPLES,
  BARE_SCHEDULED,
  BEFORE_BARE_NOT_FUTURE,
  FUTURE_CUES,
  PLANNING_AS_NOUN,
  MODAL_FUTURE,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  MONTHS,
  MOVING_VERB,
  NOT_PAST_ED,
  NUMBER_WORDS,
  PARTS_OF_DAY,
  PAST_CUES,
  PLAN_AFTER_BE,
  SEASONS,
  TIME_ZONES,
  TO_FUTURE,
  WEEKDAYS,
  WEEKDAY_NAMES,
  WORD_COUNT,
  NOT_PLURAL_S_WORDS,
  MODALS,
} from './lexicon';
import { BEFORE_NUMBER, MID_SENTENCE, NEVER_FINAL } from '../ingest/abbreviations';

export type Tense = { tense: 'past' | 'future' | 'none'; cue?: string };

// A hyphenated compound is one word: "the worst-hit villages", "a long-awaited summit" are adjectives.
// A curly apostrophe is one too: "the Fed’s first cut", "July wasn’t".
const WORD = /[A-Za-z'’]+(?:-[A-Za-z'’]+)*/g;
/** Prefixes that leave a verb a verb: "re-elected", "co-founded". */
const VERB_PREFIX = /^(?:re|co|pre|un|over|under|out|mis|cross)-/i;
/**
 * The words before a dot that do not end a sentence, besides one or two letters ("U.S.", "Mr.",
 * "St.", "Pa."): the sentence splitter's titles and abbreviations, months, weekdays, and the firm,
 * road and state abbreviations only this reader skips ("Gov.", "Inc.", "Sept.", "Tues.", "Ariz.").
 * Any other short capitalised word is a name that can end one: "in June.", "to Oslo.", "on Christmas
 * Day.", "from Mexico City.".
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...NEVER_FINAL,
  ...BEFORE_NUMBER,
  ...MID_SENTENCE,
  ...MONTH_ABBREVIATIONS,
  ...Object.keys(WEEKDAYS).filter((w) => w.length <= 5),
]);
/** Whether the end of `s` is a word that takes a dot without ending its sentence. */
function abbreviationBefore(s: string): boolean {
  const word = /(?:^|[\s.(])([A-Za-z]+)$/.exec(s)?.[1];
  if (word === undefined) return false;
  return /^(?:[A-Z][a-z]?|vs?)$/.test(word) || (/^[A-Z]/.test(word) && ABBREVIATIONS.has(word.toLowerCase()));
}
const LEFT_WINDOW = 100;
/** Endings of adjectives ("western", "annual", "massive", "famous"): the word after is a noun. */
const ADJECTIVE_ENDING = /(?:ern|ic|al|ive|ous|ful|less|able|ible|ary)$/;
const RIGHT_WINDOW = 60;
/** Cues further away usually belong to another clause. */
const LEFT_WORDS = 12;
const RIGHT_WORDS = 4;
/** How far back a plan is looked for when no verb is near. */
const FAR_LEFT_WORDS = 24;
const FAR_LEFT_WINDOW = 200;
/** The plans that reach that far: "will", "plans to give", "is set to hold" (and "vote", "meet"...). */
const FAR_PLAN = /^(?:will|shall|\w+'ll|\w+ to \w+)$/i;
const RIGHT_WORDS_OPENING = 7;

const BE_FORMS = new Set(['be', 'been', 'being', 'is', 'are', 'am']);
const PAST_BE = new Set(['was', 'were']);
/** "were supposed to fly home on", "was due to begin at 8pm on", "gave Kos until": a plan or a
 * deadline told in the past, up to the timex; the group is the plan's word ("until" for a deadline
 * given). */
export const PLAN_IN_PAST =
  /\b(?:(?:was|were)\s+(?:(?:originally|initially|also|not)\s+)?(?=(?:supposed|due|expected|scheduled|set)\s+to\b)|(?:gave|had\s+given)\s+(?:[\w'’-]+\s+){1,3}?(?=(?:until|till)\s))([a-z]+)\b[^.;!?]*$/i;
const UNTIL = new Set(['until', 'till']);
/** After "to", words that do not start an infinitive ("is to the north", "due to the strike"). */
const FUNCTION_AFTER_TO = new Set(['the', 'a', 'an', 'be', 'its', 'his', 'her', 'their', 'this', 'that']);
/** Determiners: the word after one is a noun or a noun's modifier. */
export const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'its',
  'his',
  'her',
  'their',
  'our',
  'your',
  'this',
  'that',
  'these',
  'those',
]);
/** Quantifiers: they open a noun phrase as a determiner does ("every hour wasted", "all seats sold",
 * "have some schools closed"). */
const QUANTIFIERS = new Set(['every', 'each', 'any', 'all', 'some', 'no', 'many', 'most', 'both']);
const AS_PLANNED = new Set([
  'planned',
  'scheduled',
  'expected',
  'intended',
  'promised',
  'forecast',
  'anticipated',
]);
const PLAN_VERB_NEXT = new Set([
  'to',
  'on',
  'a',
  'an',
  'the',
  'its',
  'their',
  'his',
  'her',
  'new',
  'further',
]);
/** Before "forecasts" as a noun without a determiner: "beating forecasts", "above forecasts". */
const BEFORE_FORECASTS_NOUN =
  /^(?:beating|beat|beats|topping|topped|tops|missing|missed|misses|exceeding|exceeded|exceeds|above|below|than|despite|against|matching|matched|meeting)$/;
/** "a snowstorm forecast to move in": "forecast" before "to" and a verb. */
const FORECAST_TO_VERB = /\bforecast\s+to\s+[a-z]+\b/;
/** What a forecast is for, closed as a whole period: "fiscal 2018", "2018-19", "the full year",
 * "this year", "the second half", "the current quarter". */
const FORECAST_PERIOD = String.raw`(?:(?:fiscal|financial|calendar)\s+(?:year\s+)?)?(?:\d{4}(?:[-/]\d{2,4})?|(?:this|next|the\s+(?:current|coming|next|full|whole|fiscal|financial))\s+(?:fiscal\s+|financial\s+)?(?:year|quarter|half|season)|the\s+(?:first|second|third|fourth|final)\s+(?:quarter|half)|(?:the\s+)?full[-\s]year)`;
/** "its forecast for fiscal 2024 in" with no comma after: the timex is what the forecast is for.
 * (Not once a whole period has closed what it is for: in "had cut its sales forecast for 2018 in
 * May", "cut its forecast for the full year on Tuesday", the timex tells when the forecast was cut,
 * the period what it was for.) */
const FORECAST_FOR_REACHES = new RegExp(
  String.raw`\bforecasts?\s+for\b(?!\s+${FORECAST_PERIOD}\s+(?:in|on|during)\s+$)[^,;]*$`,
  'i',
);
/** Irregular past forms that are also common nouns in the news ("a rate cut", "the bid"). */
const PAST_AS_NOUN = new Set(['cut', 'bid', 'hit', 'forecast', 'split', 'bet', 'set', 'spread']);
/** Verbs whose past is their bare present: after a singular subject, with no "-s", past. */
const SAME_FORM_PASTS = new Set(['set', 'spread', 'put', 'burst', 'read', 'cost', 'split', 'cast']);
/** Bare forms that are past forms too ("who set up", "which they read"), which "and" or "or" may
 * join to an infinitive ("will close early or shut altogether"). */
const BARE_OR_PAST: ReadonlySet<string> = new Set([
  ...SAME_FORM_PASTS,
  ...PAST_AS_NOUN,
  ...['quit', 'beat', 'hurt', 'shut', 'let', 'run', 'come', 'become'],
]);
/** Words that stand before such a verb without being its subject noun: auxiliaries, relatives,
 * ordinals ("having set", "that cost", "the fifth set"). */
const NOT_SUBJECT_NOUN =
  /^(?:having|did|not|never|that|which|what|this|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|same|other)$/;
/**
 * Whether words[i] is such a verb after a singular subject: "he", "she", "it", a name, or a singular
 * noun after a definite determiner ("the main burst", "my granddaughter set"), and not before "for"
 * or "to" (a plan: "a date set for March", "is set to").
 */
function sameFormPast(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  if (!SAME_FORM_PASTS.has(w) || /^(?:for|to)$/i.test(words[i + 1] ?? '')) return false;
  const prev = words[i - 1] ?? '';
  if (/^(?:he|she|it)$/i.test(prev)) return true;
  if (/^[A-Z][a-z]+$/.test(prev) && i > 1 && !DETERMINERS.has(prev.toLowerCase())) return true;
  // ("a fresh read on the jobs market", "a headline set from the pianist", "the fifth set", "the
  // first clean read": after "a" or an ordinal the word is a noun; "the repairs could cost", "having
  // set": after a modal or an auxiliary, no past.)
  return (
    /^[a-z]{3,}[^s\W]$/.test(prev) &&
    classify(prev) === null &&
    !NOT_SUBJECT_NOUN.test(prev) &&
    !MODAL_OR_TO.has(prev) &&
    [2, 3, 4].some(
      (k) =>
        /^(?:the|its|his|her|their|our|my|your|this|that)$/i.test(words[i - k] ?? '') &&
        words
          .slice(i - k + 1, i - 1)
          .every((x) => /^[a-z]+$/.test(x) && classify(x) === null && !NOT_SUBJECT_NOUN.test(x)),
    )
  );
}
const NOUN_BEFORE_CUT =
  /^(?:a|an|the|its|their|his|her|our|any|no|more|next|rate|tax|price|pay|job|budget|spending|further|another|interest|quarter-point|half-point|point|points|basis-point|takeover|[\d.]+%?)$/;
/** Whether `w`, an irregular past form that is also a common noun, is the noun after `prev`, its
 * article, a possessive or a noun it names ("a cut", "a rate cut", "a takeover bid", "one more cut",
 * "the next cut"); or after
 * "first" or "second" when `before`, the word before that, determines a noun ("a first cut", "the
 * bank's second hike": not the adverb, "the storms first hit"). */
const pastAsNoun = (before: string, prev: string, w: string) =>
  PAST_AS_NOUN.has(w.toLowerCase()) &&
  (NOUN_BEFORE_CUT.test(prev.toLowerCase()) || (/^(?:first|second)$/i.test(prev) && determinesNoun(before)));
export const REPORTING: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'added',
  'announced',
  'reported',
  'stated',
  'noted',
  'warned',
  'confirmed',
]);
export const REPORTING_VERB =
  '(?:said|says|told|added|reported|stated|noted|warned|predicted|confirmed|announced)';
/** ", the bureau said": a comma, the sayer in one to three words, the verb of saying. */
const ATTRIBUTION_CORE = `,\\s+(?:[\\w'-]+\\s+){1,3}?${REPORTING_VERB}`;
/** ", forecasters said," inside a clause; ", the bureau said." closing one. */
const ATTRIBUTION = new RegExp(`${ATTRIBUTION_CORE}\\s*,`, 'g');
// ("at the December meeting, delegates said on Monday": the timex may be a noun's modifier; ", the
// operator said in a notice posted on its website on Monday.": the saying's own words may run to ten.)
const ATTRIBUTION_AFTER = new RegExp(
  `^(?:\\s+[a-z][\\w'-]*){0,2}${ATTRIBUTION_CORE}\\b(?:\\s+[\\w'-]+){0,10}\\s*[.,]`,
);
/** ", she said, ": an attribution set off by commas right after the timex. */
const ATTRIBUTION_ASIDE_AFTER = new RegExp(`^${ATTRIBUTION_CORE}\\s*,\\s*`);
/** A reporting verb and the start of its clause's subject, up to the timex, with no comma. */
const REPORTED_NP_BEFORE =
  /\b(?:said|says|told|added|announced|reported|stated|noted|warned|confirmed)\s+(?:that\s+)?((?:[\w'’%.-]+\s+){0,6})$/i;
/** (Not "said cost cuts announced in March would save", "said the cap set in July would": a
 * participle between makes its own clause.) */
const reportedSubject = (before: string) => {
  const m = REPORTED_NP_BEFORE.exec(before);
  return (
    !!m &&
    // (Nor "a grant program announced in March will pay", "officials said on Friday would": a
    // preposition alone between makes the timex the saying's own time.)
    !SAYING_TIME_PREPOSITION.test(m[1] ?? '') &&
    (m[1] ?? '')
      .split(/\s+/)
      .every((w) => !w || (classify(w) === null && !/ed$/i.test(w) && !PAST_AS_NOUN.has(w.toLowerCase())))
  );
};
/** The words between a reporting verb and a timex, when they are one preposition: "in ", "on ". */
const SAYING_TIME_PREPOSITION = /^(?:(?:earlier|later)\s+)?(?:in|on|at|during)\s+$/i;
/** A modal right after the timex (or after a second one it is paired with, or the rest of a list of
 * days, "strikes on Tuesday, Thursday and Saturday would go ahead", or after the noun the timex
 * modifies, "the Thursday sale may"): the clause's verb. */
export const MODAL_AFTER =
  /^(?:(?:,\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)*,?\s+(?:and|or)\s+(?:early\s+|late\s+|mid-)?[A-Z][a-z]+\.?|\s+([a-z]{3,})(?<!ly|ed))?\s+(would|could|will|might|may|should|can|must)\b/;
/**
 * The modal after a timex in the subject of a reported clause: "said the January round would" ->
 * "would". The timex may modify a noun before the modal ("said the Thursday sale may") where words
 * of the subject stand before it; "said Friday hearings would" and "told me Friday she would" keep
 * the saying's day.
 */
function reportedModal(text: string, start: number, end: number): string | null {
  const before = text.slice(Math.max(0, start - 80), start);
  if (!reportedSubject(before)) return null;
  const m = MODAL_AFTER.exec(text.slice(end, end + 40));
  if (!m || (m[1] && (SUBJECT_PRONOUNS.has(m[1]) || !REPORTED_NP_BEFORE.exec(before)![1]))) return null;
  return m[2]!;
}
/** Verbs of saying, asking and urging whose complement may hold a time of its own. (Not "added":
 * "employers added 243,000 workers to payrolls in January" adds, it does not say.) */
const SAYING_OR_CALL: ReadonlySet<string> = new Set([
  ...[...REPORTING].filter((w) => w !== 'added'),
  'called',
  'urged',
  'asked',
  'argued',
]);
/** In a reported complement: a modal or a "to" of a plan ("would open in the ", "to review the cap
 * in the "), or a pronoun and a verb in the plain present ("he worries about odors in the "; the third
 * person only: "they rebuilt" looks the same as "they rebuild"). */
const COMPLEMENT_MODAL = new RegExp(String.raw`\b(?:${MODALS.join('|')})\s+(?!have\b|not\s+have\b)[a-z]`);
const COMPLEMENT_PRESENT = /\b(?:he|she|it)\s+(?:still\s+|also\s+)?[a-z]{2,}[^s'’]s\b/;

/**
 * The tense of a time in the complement of a saying, asking or urging told in the past, from the
 * complement's own verb: "said he worries about odors in the summer" (a present: none of its own),
 * "called on ministers to review the cap again in the spring" (a plan: ahead). `past` is the tense
 * found for text[start, ...), whose cue is the saying; it is returned as is when the saying is the
 * time's own ("said in the spring") or the complement tells a past of its own.
 */
export function complementTense(text: string, start: number, past: Tense): Tense {
  if (past.tense !== 'past' || !past.cue || !SAYING_OR_CALL.has(past.cue.toLowerCase())) return past;
  const window = text.slice(Math.max(0, start - 160), start);
  const at = window.lastIndexOf(past.cue);
  if (at < 0) return past;
  const between = window.slice(at + past.cue.length);
  if (/[.;:!?"“”()]/.test(between)) return past;
  const words = between.match(WORD) ?? [];
  if (words.some((w, i) => classify(w, words[i + 1] ?? '') === 'past' || PAST_BE.has(w.toLowerCase())))
    return past;
  // (A "to" before a plural is no infinitive: "workers to payrolls in ".)
  if (
    COMPLEMENT_MODAL.test(between) ||
    (TO_INFINITIVE.test(between) && !/\bto\s+[a-z]+[^s]s\b/.test(between))
  )
    return { tense: 'future', cue: 'reported plan' };
  if (COMPLEMENT_PRESENT.test(between)) return { tense: 'none' };
  return past;
}
/** A timex opening the subject of a reported clause: "said the January round", "said that next week's". */
const REPORTED_SUBJECT =
  /\b(?:said|says|told\s+\w+|added|announced|reported|stated|noted|warned)\s+(?:that\s+)?(?:the|its|their|this|next|last)\s+$/i;
const PAST_RIGHT_BEFORE = /(?:\b([A-Za-z]+)\s+)?\b([A-Za-z]+)\s*$/;
const SCHEDULE_BEFORE = /\b(?:is|are)\s+(?:(?:set|slated|due)\s+(?:for|on)\s+)?$/;
const MODAL_OR_TO = new Set([...MODALS, 'to', "'ll"]);
const POSSIBLE = new Set(['could', 'may', 'might', 'can']);
const STAY = new Set(['stay', 'stays', 'remain', 'remains', 'stayed', 'remained']);
/** Participles of a plan moved to another time: "have been postponed until", "was pushed back to". */
const MOVED_TO = ['postponed', 'delayed', 'moved', 'rescheduled', 'adjourned', 'pushed'];
/** Participles that only make a plan for a time: "had arranged a briefing", "has been scheduled for".
 * (Not "set", "called", "booked", "fixed", which also tell a thing done at the time: "set sail that
 * morning", "called to the plant that night", "booked into the county jail", "fixed the pump".) */
export const PLAN_SET: ReadonlySet<string> = new Set(['scheduled', 'planned', 'arranged']);
/** Participles of plans for a day: "has been set for", "have been postponed until". */
const SET_FOR = new Set([...PLAN_SET, 'set', 'fixed', 'booked', 'called', ...MOVED_TO]);
/** A move told in the passive: "was moved ", "had been shifted ", "was pushed back ". */
export const MOVED_PASSIVE = new RegExp(
  String.raw`\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?(?:${[...MOVED_TO, 'shifted', 'switched'].join('|')})\b`,
  'i',
);
/** Verbs of telling someone to act then ("were asked to leave"; "were urged to turn out" exhorts ahead). */
const DIRECTIVE = new Set(['told', 'asked', 'ordered']);
/**
 * A time moved or set, right before a time: as a passive ("voting was extended to", "has been set
 * for") or with the thing moved as its object ("postponed the vote until", "extended its hours to").
 * Not an act told in the past ("Rescuers pushed on until", "moved door to door until", "played a long
 * set until").
 */
const MOVED_TO_BEFORE = (() => {
  const moved = [...SET_FOR, 'extended'].join('|');
  return new RegExp(
    String.raw`\b(?:(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?(?:${moved})\b(?:\s+[\w'’-]+){0,3}?` +
      String.raw`|(?:${moved})(?:\s+(?:back|forward))?\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|all)\b(?:\s+[\w'’-]+){0,3}?)` +
      String.raw`\s+(?:to|until|till|for)\s+$`,
    'i',
  );
})();
/**
 * Whether a past told by `cue` (a tenseAt cue) only set a limit at a time still to come, not a thing
 * done at it: a directive ("were told to leave by midnight", "ordered to leave"), or a time moved or
 * set to it ("voting was extended to midnight", "postponed the count until", "set for"). `before` is
 * the text right before the time (some 60 characters).
 */
export function limitSetBy(cue: string | undefined, before: string): boolean {
  const words = cue?.toLowerCase().split(/\s+/) ?? [];
  return (
    (words.length === 3 && words[1] === 'to' && DIRECTIVE.has(words[0]!)) || MOVED_TO_BEFORE.test(before)
  );
}
/** Verbs of offering an act still open: "had offered to meet", "had invited negotiators to meet". */
const OFFERED = new Set(['offered', 'invited']);
/** Verbs that take an object before a "to" infinitive still ahead ("urged both sides to return"). */
const DIRECTIVE_WITH_OBJECT = new Set([
  'told',
  'asked',
  'ordered',
  'urged',
  'advised',
  'instructed',
  // ("a campaign urging drivers to boycott the bridge on Friday", "letters asking members to stay
  // home on Friday": a directive's participle tells what is still to be done, as its present does.)
  'urging',
  'asking',
  'telling',
  'ordering',
  'advising',
  'instructing',
  'expected',
  'expects',
  'expect',
  'invited',
  'wants',
  'wanted',
]);
const DIRECTIVE_DEADLINE =
  /\b(?:(?:told|asked|ordered|instructed|directed|required|urged|gave)\s+(?:[\w'’-]+\s+){1,8}?|(?:was|were)\s+(?:told|asked|ordered|instructed|directed|required|urged)\s+)to\s+[a-z]+\s+(?:[\w'’-]+\s+){0,6}?(?:by|through|until|till)\s+$/i;
/** A present perfect of arranging, then what it arranged: "has organised an open-top bus parade on ",
 * "has called both sides to a meeting on ", "has called both sides back for a final session ", "has
 * called the two executives to testify on ". The group is the perfect. */
const PERFECT_ARRANGED =
  /\b((?:has|have)\s+(?:already\s+)?(?:organi[sz]ed|arranged|scheduled|called|planned|booked|convened))\s+(?:(?:an?|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,5}?on|(?:[\w'’&-]+\s+){1,8}?(?:back\s+)?(?:(?:to|for)\s+(?:an?|the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:meeting|session|talks|hearing)|to\s+(?:testify|appear|meet))(?:\s+on)?)\s+$/i;
/** So a present perfect of announcing or adding what is to be held, an event named right before "on":
 * "has declared a day of mourning on ", "has added a late show on ", "has promised a public meeting
 * on " (on the news set 3 of 3 such weekdays ahead); not "has declared a state of emergency on ", "has
 * added a further 120 points on ", whose day is the declaring's or the adding's. The group is the
 * perfect. */
const PERFECT_ANNOUNCED_EVENT =
  /\b((?:has|have)\s+(?:already\s+)?(?:declared|added|announced|promised|unveiled))\s+(?:an?|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?(?:days?\s+of\s+(?:mourning|rest|action|prayer|remembrance|protests?|strikes?)|(?:meeting|session|hearing|service|show|matinee|performance|concert|screening|vigil|rally|parade|ceremony|memorial|celebration|festival|fair|holiday|match|game|fixture|debate|vote|summit|visit|tour|launch|sale|briefing|conference|strike|walkout|programme|program|event|workshop|talk|lecture|race)s?)\s+on\s+$/i;
/** A present perfect, its object, then the span the object is for: "has posted a storm notice for the
 * bay from ", "have arranged a bake sale in the hall for ", "has taken orders through ".
 * The groups are the auxiliary, the participle and the preposition. */
const PERFECT_OBJECT_FOR =
  /\b(has|have)\s+(?:[a-z]+ly\s+)?([a-z]+)\s+(?:[\w'’&-]+\s+){1,8}?(for|from|through|up\s+to)\s+$/i;
/** A present perfect's object and the span it is for at the end of `before` (not "have been ... for"):
 * its cue ("has ... through"), its participle and its preposition; else null. */
const perfectObjectFor = (before: string) => {
  const m = PERFECT_OBJECT_FOR.exec(before);
  if (!m || m[2]!.toLowerCase() === 'been' || !isParticiple(m[2]!)) return null;
  const prep = m[3]!.toLowerCase().replace(/\s+/g, ' ');
  return { cue: `${m[1]!.toLowerCase()} ... ${prep}`, participle: m[2]!.toLowerCase(), prep };
};
/** A request for a thing by a day: "has asked Network Rail for a full written report by ", "demanded an answer by ". */
const REQUEST_DEADLINE =
  /\b(?:asked|pressed|requested|demanded|called\s+for)\s+(?:[\w'’-]+\s+){0,4}?(?:for\s+)?(?:an?|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?(?:by|before)\s+$/i;
const MUST_DEADLINE =
  /\b(?:must|mustn['’]t)\s+(?!have\b)(?:[\w'’-]+\s+){1,8}?(?:by|before|until|till)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$/i;
/** A present perfect denied, up to its deadline: "if the sale has not closed by ", "have not yet
 * replied to the letter by the end of ". */
const PERFECT_NOT_BY =
  /\b(?:has|have)(?:\s+not|n['’]t)\s+(?:yet\s+)?[a-z]+\s+(?:[\w'’-]+\s+){0,6}?by\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)?$/i;
const PROMISED_BEFORE =
  /(?:(?<!\b(?:the|an?|its|their|his|her)\s+)\b(?:promised|pledged|vowed)\s+(?!to\b)(?:[\w'’-]+\s+){1,8}?|\b(?:passengers|customers|travell?ers|guests|visitors|fans|people|anyone|those)\s+(?:already\s+)?booked\s+(?:[\w'’-]+\s+){0,8}?|\bwith\s+(?:an?|the)\s+(?:[\w'’-]+\s+){1,3}?expected\s+(?:[\w'’-]+\s+){0,4}?)(?:on|in|by|before|for|at|from|between|until|through)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)?$/i;
const PLAN_DEADLINE =
  /\b(?:hopes|aims|plans|wants|expects|intends|hope|aim|plan|want|expect|intend)\s+to\s+[a-z]+\s+(?:[\w'’-]+\s+){0,9}?(?:by|through|until|till)\s+$/i;
/** The part of a month a span names before it: "the end of ", "the middle of ". */
const MONTH_PART_OF = /^the\s+(?:end|start|beginning|middle)\s+of\s+/i;
/** A thing wanted or needed done by a time: "wants the report finished by ", "we need a sponsor
 * signed up by ", "the detainees it wanted released by ". The groups are the verb of wanting, the
 * object (checked by objectBefore: it must open on a determiner, a quantifier or a pronoun, and the
 * participle must be its state, not a relative clause's or a finite verb's), the participle and the
 * bound. (What one expects or hopes to have done by a time is resultAfterObject's: "expects to have
 * the new plant built by ".) */
const WANTED_DONE_BY =
  /\b(wants?|wanted|needs?|needed|would\s+like)\s+((?:[\w'’-]+\s+){0,8}?)([a-z]+)\s+(?:(?:up|out|back|off|in)\s+)?(by|before)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$/i;
/** After a company's "forecast", its figure set against analysts' estimates, then the day: "fourth-quarter
 * revenue above Wall Street estimates on". */
const AGAINST_ESTIMATES_ON =
  /^(?:[\w'’-]+\s+){1,6}?(?:above|below|beating|missing|short\s+of|ahead\s+of|in\s+line\s+with)\s+(?:[\w'’-]+\s+){0,3}?(?:estimates|expectations|forecasts)\s+on$/i;
/** A lead counted in its units, up to "ahead": "12 votes ahead", "fifteen points ahead", "six lengths ahead". */
const MARGIN_BEFORE = new RegExp(
  String.raw`\b(?:\d[\d,.]*|${WORD_COUNT}|several|a\s+few)\s+(?:votes?|points?|seats?|shots?|strokes?|goals?|runs?|lengths?|seconds?|places?|games?|frames?|laps?)\s+ahead$`,
  'i',
);
/** What may stand between a margin's "ahead" and a timex of the same phrase ("ahead on ", "ahead
 * shortly before ", "ahead at the top on "): a few words with no punctuation. */
const MARGIN_PHRASE_AFTER = /^(?:\s+[\w'’-]+){0,5}\s*$/;
/** Words that open another clause or phrase after a margin: "12 points ahead, with voting on ",
 * "ahead as the count went on into ". */
const MARGIN_PHRASE_ENDS = /^(?:with|and|but|or|as|when|while|because|if|so|than|which|who|that|where)$/i;
const COUNT_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|several|many|few)$/;
/** Whether `prevRaw`, the word before an "-s" word, is a count above one ("three airports", "nine
 * runs"): the "-s" word is then a plural noun, no verb's present. */
const countBefore = (prevRaw: string) => (NUMBER_WORDS[prevRaw] ?? 0) > 1 && /^[a-z]+$/.test(prevRaw);
/** ", which reports results on": a relative clause in the present, up to the timex. */
const RELATIVE_PRESENT =
  /,\s+(?:which|who)\s+(?:(?:also|only|still|usually|normally|traditionally)\s+)?(?!is\b|has\b|was\b|does\b)[a-z]+[^s\s]s\s+(?:[\w'-]+\s+){0,6}?(?:(?:on|at)\s+)?$/;
/** What ties a plan to its day: "for (next) Friday", "a trial date of June 3". */
const PLAN_LINK = '(?:for|(?:date|deadline)\\s+of)\\s+(?:(?:next|this)\\s+)?$';
/** The verbs of making a plan for a time: "called", "scheduled", "promised", "pencilled in". */
export const PLAN_MADE =
  'called|set|scheduled|rescheduled|planned|fixed|booked|rebooked|arranged|organi[sz]ed|slated|promised|pledged|earmarked|timetabled|announced|issued|threatened|declared|cancell?ed|cancell?ing|suspended|postponed|pencill?ed(?:\\s+in)?';
/** Participles that set a thing up for a span ahead: a plan made ("booked", "scheduled"), or staff or
 * notices put in place ("hired", "posted"). */
const SET_UP_FOR_SPAN = new RegExp(`^(?:${PLAN_MADE}|hired|recruited|posted|reserved)$`, 'i');
/** A plan made for a day: "called a general strike for", "set the vote for", "scheduled talks for",
 * "called a demonstration outside the plant gates for", "declared a day of mourning for", "set a
 * trial date of", "a new menu promised for", "Classes were suspended in seven provinces for". */
const PLANNED_FOR = new RegExp(
  `\\b(?:${PLAN_MADE})\\s+(?:(?:an?|the|its|their|his|her)\\s+)?(?:[\\w-]+\\s+){0,8}?${PLAN_LINK}`,
  'i',
);
/** A plan in the past perfect: "had been scheduled for", "had scheduled the vote for", "had
 * penciled in for". */
const PLAN_PAST_PERFECT = new RegExp(
  `\\bhad\\s+(?:(?:been|originally|initially|already|first)\\s+){0,2}(?:set|scheduled|planned|slated|fixed|booked|arranged|pencill?ed\\s+in)\\s+(?:(?:an?|the|its|their|his|her)\\s+)?(?:[\\w-]+\\s+){0,5}?${PLAN_LINK}`,
  'i',
);
/** A plan given up: "originally scheduled for", "initially planned for". */
const PLAN_GIVEN_UP = new RegExp(
  `\\b(?:originally|initially|previously)\\s+(?:set|scheduled|planned|slated|fixed|booked|due)\\s+${PLAN_LINK}`,
  'i',
);
/** The words that tie a plan to its day, right before the timex: "for", "date of", "deadline of". */
const PLAN_LINK_BEFORE = new RegExp(`\\b${PLAN_LINK}`, 'i');
/** What is asked about or foreseen for a time (see BOOKED_FOR, ASKED_AHEAD). */
const ASKED = 'inquiries|enquiries|outlook';
/** What is sold or booked ahead for a time: "bookings for July", "tickets for Saturday", "buy a ticket
 * for"; what is asked about or foreseen for it: "a surge in inquiries for April and May", "the outlook
 * for September has grown murkier" (told in the past, still ahead). A single one only as a ticket, a
 * seat or a reservation counted ("a ticket for", "one seat for"): "a booking for Saturday's late
 * tackle" is a caution, "refused a permit for Saturday's march" no sale ahead. */
const BOOKED_FOR = new RegExp(
  String.raw`\b(?:tickets|permits|bookings|reservations|seats|${ASKED}|(?:an?|one)\s+(?:ticket|seat|reservation))\s+for\s+(?:next\s+|this\s+)?$`,
  'i',
);
/** Of BOOKED_FOR's words, those asked about or foreseen for a time, not sold ahead for it. */
const ASKED_AHEAD = new RegExp(`^(?:${ASKED})\\b`, 'i');
/** Words between a determiner and an adjective in "-ed": "their only televised debate". */
const ADJECTIVE_LEAD = new Set([
  'only',
  'first',
  'last',
  'final',
  'sole',
  'new',
  'most',
  'newly',
  'recently',
  'long',
  'much',
]);
export const HABITUAL: ReadonlySet<string> = new Set([
  'usually',
  'typically',
  'normally',
  'traditionally',
  'customarily',
  'generally',
]);
const RESCHEDULED = new Set(['rescheduled', 'postponed', 'delayed', 'deferred', 'adjourned', 'pushed']);
const NEGATORS = new Set(['neither', 'nor', 'no', 'nobody', 'never', 'none']);
const BE_ADVERBS = new Set(['now', 'still', 'also', 'already', 'not', 'being', 'increasingly']);
/** An adverb in -ly that may stand between "be" and its verb: "was now planning", "is quickly becoming". */
const LY_ADVERB = /^[a-z]{3,}ly$/;
const DAY_NAMED = /^(?:the\s+|this\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|weekend)\b/i;
/** A weekday's name, "late" or "early" before it ("late Tuesday"), as a pattern's source. */
const DAY_LATE_OR_EARLY = String.raw`(?:(?:late|early)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
/** A weekday (with its part of the day) and "or"/"and"/"to", or a list's comma, right before the timex. */
const DAY_PAIR_BEFORE = new RegExp(
  String.raw`\b(${DAY_LATE_OR_EARLY}(?:\s+(?:morning|afternoon|evening|night))?)(?:,|,?\s+(?:or|and|to))\s+$`,
);
/** A weekday, "and" and a verbless noun phrase before "on", right before the timex: "on Wednesday and
 * the peace prize on " (the phrase's words are checked for verbs where it is read). */
const DAY_GAPPED_BEFORE = new RegExp(
  String.raw`\b(${DAY_LATE_OR_EARLY})\s+and\s+((?:the|an?)\s+(?:[a-z][\w'’-]*\s+){1,3}?)on\s+$`,
);
/** A weekday's name anywhere in a text ("8 a.m. Wednesday"). */
export const WEEKDAY_NAME = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i;
/** Timexes that do not take a far plan's time: days, clock times, and times counted from another. */
const FAR_PLAN_TIMEX = new RegExp(
  `${WEEKDAY_NAME.source}|\\d[:.]\\d\\d|\\b[ap]\\.?m\\b|\\b(?:that|later|earlier|ago|after|before)\\b`,
  'i',
);
/** A clock time, as a pattern's source: "1 p.m.", "17:30", "noon", "midnight". */
const CLOCK = String.raw`\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|\d{1,2}[:.]\d\d|noon|midnight`;
const DAY_NAMED_ANY = new RegExp(String.raw`^${DAY_LATE_OR_EARLY}\b`);
/** A day named after its hour: "noon Friday", "6 a.m. on Tuesday". */
const CLOCK_DAY_NAMED = new RegExp(
  `^(?:${CLOCK}|midday),?\\s+(?:on\\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b`,
  'i',
);
const SENTENCE_START = /(?:^|[.!?;:"“]\s*|\n\s*)$/;
/** ", agreed at a cabinet meeting on": a past participle opening a phrase that runs up to the timex. */
const PARTICIPLE_PHRASE_BEFORE = /,\s+(?:[a-z]+ed|held|made|taken|given|won|lost|signed|set)\s+[^,.;:!?]*$/;
/** "With the vote on", "Ahead of talks on": a phrase opening the sentence, with no verb, up to the timex. */
const OPENING_ADJUNCT =
  /(?:^|[.!?]["')\]]*\s+|\n\s*)(?:With|Ahead\s+of|Before|After|Following|Despite|Between)\s+(?![^,.;:!?]*\b(?:is|are|was|were|has|have|had|will|would)\b)[^,.;:!?]{0,60}$/;
/** ", and on", "; by": a coordinated clause opening with the timex. */
const CLAUSE_OPEN_BEFORE = /(?:,\s*(?:and|but|while|whereas)|;)\s+(?:(?:on|in|at|by|from)\s+)?(?:the\s+)?$/i;

/**
 * Whether text[start] opens its sentence, allowing a capitalised preposition and "the" before it
 * when `lead` is set ("In 1975, ...", "By the time ...").
 *
 * @example opensSentence('It rained. In 1975, it snowed.', 14, true) // true
 */
export function opensSentence(text: string, start: number, lead = false): boolean {
  let before = text.slice(Math.max(0, start - 40), start);
  if (lead) before = before.replace(/(?:\b[A-Z][a-z]*\s+)?(?:the\s+)?$/, '');
  return SENTENCE_START.test(before);
}
/** A character of the same clause, up to a stop, a semicolon or a comma; a clock time's dots and a
 * number's comma do not end it ("until 12.40am", "at 11:40 p.m.", "1,200"). */
const CLAUSE_CHAR = String.raw`(?:[^.!?;,]|\d[,.]\d|\b[ap]\.m\.)`;
/** Up to an "a.m."/"p.m." whose stop ends its sentence: a capitalised word follows that is no
 * weekday, month, date or time zone ("did not call until 10 p.m. The office will stay shut until";
 * not "until 11:40 p.m. Monday", "10 p.m. Sept. 5", "9 a.m. Eastern time"). Case matters here, so
 * the clause-bound tests below, read case-blind, cut this off first (see clauseBefore). */
const AM_PM_SENTENCE_END = new RegExp(
  String.raw`^[^]*\b[ap]\.m\.\s+(?=[A-Z][a-z])(?!(?:${WEEKDAY_NAMES.slice(1).join('|')}|${MONTH_NAMES.slice(1).join('|')}|Eastern|Pacific|Central|Mountain)\b|[A-Z][a-z]{2,3}\.?\s+\d)`,
);
/** The text before a timex from the start of its clause's sentence on, for CLAUSE_CHAR's tests. */
const clauseBefore = (before: string) => before.replace(AM_PM_SENTENCE_END, '');
// Not "through" or "into": "firefighters worked through Sunday night" is past narration.
// (Not a forecast told in the past: "the rainy season was not expected to arrive until late May".)
// (A clock time's dots do not end the clause: "did not finish until 12.40am on Saturday", "was not
// called until 11:40 p.m. Monday".)
const NEGATED_PAST = new RegExp(
  String.raw`\b(?:did\s+not|didn['’]t|had\s+not|hadn['’]t|was\s+not|wasn['’]t|were\s+not|weren['’]t|never)\b(?!\s+(?:expected|due|scheduled|set|likely)\s+to\b)${CLAUSE_CHAR}*$`,
  'i',
);
/** "She was, until Monday night, a junior minister", "a field that was, until Thursday, used for
 * sheep": a state that held until the day, set off between commas, has ended. */
/** "and until Tuesday I came home with nothing": a limit put before its clause's subject and a
 * past verb bounds that past. */
const PAST_CLAUSE_AFTER_LIMIT =
  /^\s*,?\s+(?:I|we|he|she|they|nobody|no\s+one)\s+(?:had\s+|never\s+|only\s+|still\s+|just\s+)?(?:[a-z]+ed|came|went|was|were|had|did|saw|found|got|made|took|knew|thought|didn['’]t|wasn['’]t|weren['’]t|hadn['’]t)\b/;
const WAS_UNTIL = /\b(?:was|were|had\s+been),\s*(?:until|till)\s+$/i;
const PROGRESSIVE_UNTIL =
  /\b(?:(?<had>had\s+been)|was|were)\s+(?:still\s+)?[a-z]+ing\b[^.!?;:"“”]*?\s(?:right\s+)?(?:up\s+)?(?:until|till)\s+$/i;
/** "said he ", "told reporters she ": a saying right before the subject of its reported clause. */
const SAYING_SUBJECT = new RegExp(`\\b${REPORTING_VERB}\\s+(?:that\\s+)?\\S+\\s*$`, 'i');
function wentOnUntil(before: string): boolean {
  const m = PROGRESSIVE_UNTIL.exec(before);
  if (!m) return false;
  return m.groups?.had !== undefined || !SAYING_SUBJECT.test(before.slice(0, m.index));
}
/** What follows a verb of lasting up to the limit: "until", "until almost 11pm on", "until late ". */
const UNTIL_TAIL = String.raw`\s+(?:[\w'’-]+\s+){0,5}?(?:until|till)\s+(?:(?:almost|nearly|about|around|after|just\s+(?:after|before))\s+)?(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|midnight|noon|dawn)\s+(?:on\s+)?)?(?:late\s+|early\s+)?$`;
/** "ran until late Saturday night", "talks that went on until Friday", "a meeting that ran until
 * almost 11pm on Monday", "the road was kept closed until noon on Friday", "They were held at a
 * police station until Wednesday afternoon", "followed the club's results by telephone until
 * Saturday": a past that lasted until then. */
const LASTED_UNTIL = new RegExp(
  String.raw`\b(?:ran|lasted|continued|went\s+on|dragged\s+on|stretched|stretching|raged|lingered|persisted|partied|danced|debated|talked|sat|queued|waited|worked|remained|stayed|played|performed|sang|celebrated|searched|fought|battled|argued|negotiated|rehearsed|marched|protested|camped|(?:was|were)\s+(?:kept|held)|followed(?!\s+by\b)|grew|budged|fell)${UNTIL_TAIL}`,
  'i',
);
/** "She kept that pace until the end of June", "'No' led in every poll until mid-February", "She came
 * to the site every month until January": so, written in lower case (not a title's word: "Taken and
 * Kept runs until"), and not the limit of a present perfect or a future ("has kept its warning in
 * place until", "will be kept available until"). */
const KEPT_UNTIL = new RegExp(String.raw`(?<!\b(?:has|have|be|been)\s+)\b(?:kept|led|came)${UNTIL_TAIL}`);
const lastedUntil = (before: string) => LASTED_UNTIL.test(before) || KEPT_UNTIL.test(before);
/** "would discuss his future when the squad ", "planned to begin as soon as the guns ": a plan or a
 * "would", then a clause of time opening on its subject (up to four words), its verb next. */
const BACKSHIFTED_WHEN =
  /\b(?:would|(?:planned|intended|hoped)\s+to)\s[^.;!?"“”]*\b(?:when|once|as\s+soon\s+as)\s+(?:[\w'’-]+\s+){1,4}$/i;
/** The next sentence denies what was expected: '. He didn't.', '. It did not move at all'. */
const DENIED_NEXT =
  /^[^.!?]*[.!?]["'’”]?\s+["“]?(?:It|He|She|They|That)\s+(?:did\s+not|didn['’]t|never\s+did|was\s+not|wasn['’]t|were\s+not|weren['’]t)(?:\s+([a-z]+))?/;
/** Whether the sentence after a "would" clause denies it, on its own ("He didn't.") or with the
 * expected verb again ("would move by Friday. It did not move at all"; not "He did not say why"). */
function deniedNext(text: string, start: number, end: number): boolean {
  const denial = DENIED_NEXT.exec(text.slice(end, end + 200));
  if (!denial) return false;
  if (denial[1] === undefined) return true;
  const clause = /[^.!?]*$/.exec(text.slice(Math.max(0, start - LEFT_WINDOW), start))![0];
  return new RegExp(`\\bwould\\s+(?:not\\s+)?(?:be\\s+)?${denial[1]}\\b`, 'i').test(clause);
}
// ("had already said pupils would stay at home until Friday": a modal after "had" heads a clause of
// its own, set ahead.)
const HAD_IN_CLAUSE = new RegExp(
  String.raw`\bhad\b(?!${CLAUSE_CHAR}*\b(?:would|will|could)\b)${CLAUSE_CHAR}*$`,
  'i',
);
/** Whether the clause before a timex is in the past perfect ("had"), not heading a modal's clause. */
export const hadInClause = (before: string) => HAD_IN_CLAUSE.test(clauseBefore(before));
const REPORTED_HAD = new RegExp(
  String.raw`\b(?:said|says|told|announced|added|stated)\b${CLAUSE_CHAR}*\bhad\b${CLAUSE_CHAR}*$`,
  'i',
);
/** "Oil producers had fought the wording until late Tuesday": a limit reached in the past perfect.
 * (Not reported speech: in "said it had grounded its fleet until Thursday" the limit is ahead.) */
const pastPerfect = (before: string) => {
  const clause = clauseBefore(before);
  return HAD_IN_CLAUSE.test(clause) && !REPORTED_HAD.test(clause);
};
/** "she wants the water running by ", "they hope the road reopens by ": a present wish with its deadline. */
const WISH_PRESENT_THEN_BY =
  /\b(?:(?:I|we|they|you)\s+(?:want|hope|expect|plan|need|intend)|wants|hopes|expects|plans|needs|intends)\b[^.;:!?]*\bby\s+(?:the\s+)?$/;
/** Before a day a forecast, a warning, a booking or power traded ahead is for (see computeTense). */
const FORECAST_BEFORE =
  /(?:\b(?:power|electricity|gas)\s+for\s+(?:next-day\s+)?delivery\s+(?:on\s+)?|\b(?:chance|probability|odds|likelihood)\s+of\b[^.;,]*|\b(?:warnings?|advisory|advisories|(?:storm|tornado|hurricane|flood|fire|frost|weather|heat|snow)\s+(?:watch(?:es)?|alerts?))\b[^.;,]{0,40}\b(?:for|covering|through|until)\s+(?:the\s+)?|\bbooked\s+(?:[\w-]+\s+){0,3}?(?:for|through|on|until)\s+(?:the\s+)?|\b(?:possible|likely)\s+(?:(?:in|across|over|along|from)\s+[^.;,]{1,60}?\s+)?(?:(?:on|over)\s+)?|\b(?:forecasters|meteorologists|forecasts?)\s+(?:[a-z]+ly\s+)?(?:predict(?:s|ed)?|call(?:s|ed)?\s+for)\s+(?!that\b)(?:[\w'’%-]+\s+){1,8}?)$/i;
/**
 * "a 29 percent premium to Brightmeadow's closing price on Friday", "a premium of 24% to Friday's
 * closing price", "a 31% premium to Tuesday's close": the price an offer is measured against was
 * set before it, whatever the offer's own tense ("shareholders will receive ...").
 */
export const PREMIUM_TO_BEFORE =
  /\b(?:premium|discount)\s+(?:of\s+(?:about\s+|roughly\s+|nearly\s+)?[\d.,]+\s*(?:%|percent|per\s+cent)\s+)?(?:to|over|on)\s+(?:(?:the|its|their|[A-Z][\w.&’'-]*|[a-z]+['’]s)\s+){0,3}?(?:(?:closing|last|final)\s+(?:share\s+|stock\s+)?price\s+on\s+|close\s+on\s+)?$/;
/**
 * "up from 60% on ", "down from a peak of almost 240,000 on ": the figure a change is counted from
 * (not "will go up from 2 to 3 dollars on ", the day of the change).
 */
const BASELINE_BEFORE = /\b(up|down)\s+from\s+(?:(?!\bto\b)[^.;,]){1,40}?\s+on\s+$/i;
/** A month or season's name with its edge word and full stop left off ("mid-April" -> "april"). */
const bareName = (timex: string) =>
  timex
    .replace(/^(?:(?:early|late)\s+|mid-?)/i, '')
    .replace(/\.$/, '')
    .toLowerCase();
/** A month named alone ("September", "mid-April", "Sept."), by the lexicon's month words. */
const monthAlone = (timex: string) => MONTHS[bareName(timex)] !== undefined;
/** A month or a season named alone ("September", "mid-April", "the spring"). */
const monthOrSeasonAlone = (timex: string) =>
  monthAlone(timex) || SEASONS[bareName(timex.replace(/^the\s+/i, ''))] !== undefined;
/**
 * "from 4.8 percent in ", "down from 15 in ", "up from 28% in the ", "down from 1.7% forecast in ",
 * "versus 55 forecast in ": a figure a change is counted from, and the month or season it stood at.
 */
const FIGURE_FROM_IN =
  /\b(?:from|versus|vs\.?|compared\s+with)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|a\s+revised\s+)?[$£€]?\d[\d.,]*\s*(?:%|percent|per\s+cent|[a-z]+)?(?:\s+(?:forecast|projected|estimated|predicted))?\s+in\s+$/i;
/**
 * "the record for a cold-weather day set in ", "the limit set by the growers' committee in ", "Price
 * increases taken in the ": a participle after its noun (not after "be", "have", "to" or an adverb,
 * "are usually published in"), for a time it was done at.
 */
const NOUN_PARTICIPLE_IN =
  /\b(?!(?:be|is|are|was|were|been|being|to|will|would|get|gets|got|had|has|have|and|or|not|they|we|he|she|it|i|you|who|which|that)\b)[a-z]+(?<!ly)\s+(?:set|agreed|announced|scheduled|adopted|approved|issued|published|released|recorded|reported|posted|hit|reached|seen|registered|given|made|taken|signed|imposed|introduced|unveiled)\s+(?:by\s+[^.;,]{1,50}?\s+)?in\s+(?:the\s+)?$/i;
/** "after ", "following ": what a thing comes after; not "until after ", "not after ". */
const AFTER_LEAD = String.raw`(?<!\buntil\s+|\btill\s+|\bnot\s+)\b(?:following|after)\s+`;
/**
 * "following a two-day stoppage in ", "after an extreme heatwave in the ", "after a one-off award
 * in the ": what something comes after, told as one of a kind or as someone's, in a month or a
 * season. (Not what is still to come before it: "until after a vote in ", "after a farewell tour
 * beginning in "; "after the election in " may be a fixture ahead.)
 */
const AFTER_EVENT_IN = new RegExp(
  String.raw`${AFTER_LEAD}(?:a|an|its|their|his|her)\s+(?:(?!(?:beginning|starting|opening|running|due|set|scheduled|planned|expected)\b)[\w-]+\s+){0,4}?in\s+(?:the\s+)?$`,
  'i',
);
/**
 * "after the crash on ", "following a power failure on ", "after his semi-final win on ": a day
 * behind what a thing comes after, when that is a mishap or a result, which no one foretells.
 */
const AFTER_MISHAP_ON = new RegExp(
  String.raw`${AFTER_LEAD}(?:the|an?|its|their|his|her|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:crash|accident|collision|derailment|attack|assault|fall|fire|blaze|blast|explosion|shooting|stabbing|failure|outage|injury|earthquake|quake|killing|bombing|defeat|win|victory)\s+(?:on\s+)?$`,
  'i',
);
/** Before a month, a chance or a possibility of something in it. */
const FORECAST_MONTH_BEFORE =
  /(?:\b(?:chance|probability|odds|likelihood)\s+of\b[^.;,]*?|\b(?:possible|likely)\s+)\bin\s+$/i;
/** Before a month, a rate move a market sees or prices in it ("traders now see a quarter-point cut
 * by ", "pricing a hike in ", "markets price in a cut in "): the verb is "see", "sees", "pricing" or
 * "price(s) in" after a market's subject, an auxiliary or an adverb ("traders price in", "will price
 * in", "now prices in"), not the noun "prices" ("prices posted their biggest increase in ", "Consumer
 * prices in Europe show a rise in "); the group holds the words between. */
const MARKET_MOVE_BEFORE =
  /\b(?:sees?|pricing(?:\s+in)?|(?:markets|traders|investors|futures|to|will|would|could|may|might|now|already|fully|still|also)\s+prices?\s+in)\s+((?:[\w'’%-]+\s+){0,5}?)(?:cut|cuts|hike|hikes|increase|increases|rise|rises|move|reduction|reductions|one)\s+(?:in|by|as\s+soon\s+as|before|at)\s+(?:the\s+)?$/i;
/** Whether `clause` ends with a move a market sees or prices (MARKET_MOVE_BEFORE) and no past verb
 * among the words between ("see the economy slowed by a rise in " tells a past; a past's form used
 * as a noun, "see a first cut and another one in ", is none). */
function marketMoveBefore(clause: string): boolean {
  const m = MARKET_MOVE_BEFORE.exec(clause);
  return (
    !!m && m[1]!.split(/\s+/).every((x) => !x || classify(x) !== 'past' || PAST_AS_NOUN.has(x.toLowerCase()))
  );
}
/** " a public holiday", " a day of mourning": what a day is declared. */
const DAY_OFF_AFTER =
  /^\s+(?:an?\s+)?(?:(?:public|national|bank|paid|school|official|special|general)\s+)*(?:holiday|day\s+of\s+(?:mourning|rest)|day\s+off)\b/i;
const LIMIT_BEFORE = /\b(until|till|before)\s+(?:at\s+least\s+)?(?:the\s+)?$/i;
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$/i;
/**
 * "date back to ", "dating back to ", "dating from ", "goes back to ": the time a thing goes back to;
 * the group holds the words. (Not the noun: "pushed the date back to ".)
 */
const DATES_BACK_BEFORE =
  /(?<!\b(?:the|a|an|its|their|his|her|new)\s+)\b(dat(?:e|es|ed|ing)\s+back\s+to|dating\s+from|(?:go|goes|going|gone|went)\s+back\s+to)\s+$/i;
const SINCE_EVENT_BEFORE = /\bsince\s+[a-z]+ing\s+(?:[\w'’$%.-]+\s+){0,5}?(?:in|on|at)\s+(?:the\s+)?$/i;
const EARLIEST_BOUND = /\bas\s+(?:early|soon)\s+as\s+$/i;
/** "between now and the end of September", "from now until Christmas": a span that starts today. */
const FROM_NOW_TO =
  /\b(?:between\s+now\s+and|from\s+now\s+(?:until|till|to|through))\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$/i;
/** "Ask me again in March", "See you in April", "Talk to us in February": a request or a farewell to meet at a time. */
const ASK_ME_AT =
  /\b(?:ask|call|see|talk\s+to|write\s+to)\s+(?:me|us|you)\s+(?:again\s+)?(?:in|on|at|after)\s+(?:the\s+)?$/i;
/**
 * "fewer passengers than it had planned in the spring", "more than economists expected in October":
 * a comparison with a plan or a forecast, and the time it was made or measured at.
 */
const THAN_PLANNED_IN =
  /\bthan\s+(?:[\w'’]+\s+){0,3}?(?:had\s+)?(?:been\s+)?(?:planned|expected|forecast|predicted|estimated|projected|anticipated|budgeted)\s+(?:in|at|during)\s+(?:(?:early|late)\s+|mid-)?$/i;

/** Words in "-s" after a participle that are not the plural noun it describes ("scattered across"). */
const NOT_PLURAL_NOUN: ReadonlySet<string> = new Set(NOT_PLURAL_S_WORDS);

const isParticiple = (w: string) => /ed$/i.test(w) || PAST_CUES.has(w.toLowerCase());
/** Irregular participles after "'d" ("we'd given up", "she'd gone"), not a bare verb in "-en" ("we'd open"). */
const D_PARTICIPLE =
  /^(?:been|given|taken|seen|gone|done|known|shown|grown|thrown|flown|drawn|written|fallen|broken|spoken|chosen|driven|forgotten|gotten|eaten|risen|begun|run|come|become|beaten|stolen|hidden|frozen|proven|torn|worn|blown|withdrawn|overtaken|undertaken|forgiven|shaken)$/;
/**
 * Whether `w` may be a past participle after "has" or "have": "-ed", an irregular past ("cut",
 * "sent", "paid", "struck"), an irregular participle ("begun", "shown") or a past the same as its
 * bare form ("put", "set"). Not a count or a noun in "-en": "has seven", "have ten", "have children".
 *
 * @example isPastParticiple('sent') // true
 */
export const isPastParticiple = (w: string) =>
  isParticiple(w) || D_PARTICIPLE.test(w.toLowerCase()) || SAME_FORM_PASTS.has(w.toLowerCase());
/** A word in "-s" that may be a verb's present ("opens", "gets", "changes"; not "-ss", "-us"). */
export const sForm = (w: string) => /^[a-z]{2,}[^su'’]s$/.test(w);

/**
 * A participle phrase set off by commas that dates itself with a year ("its first pen, introduced
 * in 1922, in the fourth quarter", "a cello by Goffriller, made in Venice in 1712, is expected to
 * lead"): its verb belongs to that year, not to the clause around it, so the phrase is taken out
 * up to the comma that closes it.
 */
const COMMA_PHRASE = /,\s+([a-z]+)\b([^,;:"“”()]*)(?=,)/g;
function withoutDatedAside(s: string): string {
  if (!s.includes(',')) return s;
  return s.replace(COMMA_PHRASE, (all, w: string, rest: string) =>
    isParticiple(w) && /\b(?:1[5-9]|20)\d\d\b/.test(rest) ? '' : all,
  );
}

/** The participles of a sequence, as one alternation (see SEQUENCE_PARTICIPLE). */
const SEQUENCE = 'followed|preceded|capped|topped';
/** After an aside's closing comma, words that go on with the aside or open another phrase, not the
 * clause around it: "the same as", "and", "before" (see CLOSED_RELATIVE, SUBJECT_ASIDE). */
const ASIDE_GOES_ON = 'the|a|an|and|or|but|as|although|while|before|after';
/**
 * A relative clause set off by commas and closed before the timex, with the clause it sits in going
 * on after it ("The Bank expects inflation, which hit 5.4% in December, to peak in April"): its verb
 * is the aside's, not the clause's, so it is taken out; so is one before a phrase of the clause
 * around it ("said Mokoena, who heads the unit, at a news conference on Thursday"). (Not one whose
 * closing comma opens more of the aside or another phrase, "the rate, which held at 9.1 percent, the
 * same as in August", nor a sequence: "the Orionids, which peak in late October, followed by the
 * Geminids in December".)
 */
const CLOSED_RELATIVE = new RegExp(
  String.raw`,\s+(?:which|who|whose)\b[^,;:"“”()]*,(?=\s+(?:to\s+)?(?!(?:${ASIDE_GOES_ON}|to|than|including|according|said|says|told|${SEQUENCE})\b)[a-z])`,
  'g',
);
/**
 * A preposition after the closing comma opens a phrase of the clause around the relative clause only
 * when that clause has told its verb before it ("will address the union, which ..., at its
 * conference"); after a bare subject the phrase is still the aside's ("The ship, which will dock in
 * Lisbon, at the cruise terminal on Saturday, carries").
 */
const PREPOSITION_AFTER = /^\s+(?:in|on|at|by|for|from|with)\b/i;
const tellsTense = (s: string) =>
  (s.match(WORD) ?? []).some((w) => classify(w) !== null || MODALS.includes(w.toLowerCase()));
function withoutClosedRelative(s: string): string {
  if (!s.includes(',')) return s;
  return s.replace(CLOSED_RELATIVE, (all: string, at: number) =>
    PREPOSITION_AFTER.test(s.slice(at + all.length)) && !tellsTense(s.slice(0, at)) ? all : '',
  );
}

/** Words that may stand between a past "be" and the likelihood it states ("was now the most likely",
 * "were still very much on the table"). */
const LIKELY_GAP = new Set([
  'now',
  'still',
  'also',
  'the',
  'more',
  'most',
  'increasingly',
  'very',
  'much',
  'highly',
]);
/** What a past "be" may say is likely: a word, or the first word of a phrase ("on the way"). (Not
 * "on the table", which tells what was offered: "The offer was on the table on Monday, but it was
 * withdrawn".) */
const LIKELY_HEAD = new Set(['likely', 'unlikely', 'possible', 'probable', 'imminent', 'on']);
/** A word that opens a time, or names one, after a likelihood ("was likely Thursday", "was possible
 * early next week", "was on the way later"). */
const TIME_OPENING = new Set([
  'tonight',
  'tomorrow',
  'overnight',
  'early',
  'late',
  'this',
  'next',
  'soon',
  'later',
]);
const opensTime = (raw: string) => {
  const x = raw.toLowerCase();
  return (
    TIME_OPENING.has(x) || (/^[A-Z]/.test(raw) && (WEEKDAYS[x] !== undefined || MONTHS[x] !== undefined))
  );
};
/**
 * What may follow a likelihood that looks ahead, besides a time: a time's preposition ("more likely
 * by June", "unlikely before the fall", "possible on Christmas Eve", "frost was likely for much of
 * next week") or an outcome ("the most likely outcome", "the most likely result"); "likely" and
 * "unlikely" may also be followed by "to" ("were likely to fall"; "it was possible to buy tickets"
 * tells what could be done). (Not a participle, "was most likely set on Sunday", where "likely" is an
 * adverb; nor another noun, "the most likely day for crashes", "were likely 818,000 smaller".)
 */
const LIKELY_AHEAD_NEXT = new Set([
  'by',
  'for',
  'through',
  'during',
  'in',
  'on',
  'at',
  'over',
  'from',
  'before',
  'until',
  'till',
  'within',
  'outcome',
  'result',
  'scenario',
  'course',
  'target',
  'option',
]);
/** What may follow "on the way" or "on the cards" that looks ahead, besides a time ("more was on the
 * way by Wednesday"; not "on the way home", "on the way to work", "on the way back"). */
const ON_THE_WAY_AHEAD_NEXT = new Set(['by', 'before', 'within']);
/** Whether the words of `s` (`words`) go on after words[j] within its phrase: a word follows, with no
 * comma, dash or bracket between ("Thursday was likely, she said" ends the phrase). */
const phraseGoesOn = (s: string, words: readonly string[], j: number) =>
  j + 1 < words.length && !/^\s*[,;:.!?()"“”—–-]/.test(s.slice(wordEnd(s, j)));
/**
 * The likelihood a past "be" at words[i] of `s` states, with up to three words between ("was now
 * the most likely course" gives "likely", "more sleet was on the way by" gives "on the way"), else
 * null: a thing reported as likely, or on its way, is still to come when it was said, and the "was"
 * is the saying's tense moved back. It looks ahead only at the end of its phrase (the timex, or a
 * comma, follows), before a time, or before a word of LIKELY_AHEAD_NEXT (ON_THE_WAY_AHEAD_NEXT).
 */
function likelihoodAfterBe(s: string, words: readonly string[], i: number): string | null {
  for (let k = i + 1; k <= i + 4 && k < words.length; k++) {
    const x = words[k]!.toLowerCase();
    if (LIKELY_HEAD.has(x)) {
      if (x === 'on') {
        const phrase = `on ${words[k + 1] ?? ''} ${words[k + 2] ?? ''}`.toLowerCase();
        if (phrase !== 'on the way' && phrase !== 'on the cards') return null;
        const after = words[k + 3] ?? '';
        return !phraseGoesOn(s, words, k + 2) || ON_THE_WAY_AHEAD_NEXT.has(after) || opensTime(after)
          ? phrase
          : null;
      }
      const after = words[k + 1] ?? '';
      return !phraseGoesOn(s, words, k) ||
        LIKELY_AHEAD_NEXT.has(after) ||
        opensTime(after) ||
        (after === 'to' && x.endsWith('likely'))
        ? x
        : null;
    }
    if (!LIKELY_GAP.has(x)) return null;
  }
  return null;
}

/** "By Tuesday it wasn't funny anymore", "that July wasn't a turning point": a past auxiliary
 * denied is still past. */
const DENIED_PAST = /^(?:was|were|had|did)n['’]t$/;

/** "won planning permission in September", "the planning committee meets on": "planning" before a
 * noun of the land-use system (PLANNING_AS_NOUN) is that noun's modifier, no plan of the clause's;
 * not after a form of "be", an adverb between or not ("is planning board changes in June", "was
 * now planning department cuts"), where it is the progressive of a plan. */
function planningAsNoun(words: readonly string[], i: number): boolean {
  if (words[i]!.toLowerCase() !== 'planning' || !PLANNING_AS_NOUN.has(words[i + 1]?.toLowerCase() ?? ''))
    return false;
  let prev = words[i - 1]?.toLowerCase() ?? '';
  if (BE_ADVERBS.has(prev) || LY_ADVERB.test(prev)) prev = words[i - 2]?.toLowerCase() ?? '';
  return !BE_FORMS.has(prev) && !PAST_BE.has(prev) && !BE_CONTRACTED.test(prev);
}

/** A subject pronoun with "be" contracted: "it's", "they're", "I'm". */
const BE_CONTRACTED = /^(?:it|he|she|that|who|what|there|they|we|you|i)['’](?:s|re|m)$/;

function classify(w: string, next = ''): 'past' | 'future' | null {
  if (w.includes('-')) return VERB_PREFIX.test(w) ? classify(w.replace(VERB_PREFIX, '')) : null;
  const lw = w.toLowerCase();
  if (FUTURE_CUES.has(lw)) return 'future';
  // "The album comes out on March 7", "the rule comes into force on Monday", "the real hit comes in
  // the fourth quarter" are scheduled; "the loss comes three months after the vote", "comes as talks
  // stall" frame the news of now.
  if (lw === 'comes' && /^(?:out|into|up|in|on)$/i.test(next)) return 'future';
  if (lw.endsWith("'ll")) return 'future';
  // "I'd pencil in one more hike": "'d" before a bare verb is "would" ("we'd gone" is "had").
  if (/['’]d$/.test(lw) && /^[a-z]+$/.test(next) && !isParticiple(next) && !/(?:en|wn)$/.test(next))
    return 'future';
  // ('"By Wednesday we'd given up asking"': before a participle it is "had".)
  if (/['’]d$/.test(lw) && (isParticiple(next) || D_PARTICIPLE.test(next))) return 'past';
  if (PAST_CUES.has(lw)) return 'past';
  if (DENIED_PAST.test(lw)) return 'past';
  if (ADJECTIVE_PARTICIPLES.has(lw) && /^[a-z]{3,}s$/.test(next) && !NOT_PLURAL_NOUN.has(next)) return null;
  if (lw.length > 4 && lw.endsWith('ed') && !NOT_PAST_ED.has(lw)) return 'past';
  return null;
}

/** Cut `s` at the last (fromEnd) or first sentence boundary. */
function clip(s: string, fromEnd: boolean): string {
  const re = sentenceEnd();
  let cut = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (isAbbreviationDot(s, m.index)) continue;
    if (!fromEnd) return s.slice(0, m.index);
    cut = m.index + m[0].length;
  }
  return fromEnd && cut >= 0 ? s.slice(cut) : s;
}

/**
 * What of `s` follows its last sentence boundary (an abbreviation's dot is none).
 *
 * @example lastSentence('It rained. Gen. Smith left') // 'Gen. Smith left'
 */
export const lastSentence = (s: string): string => clip(s, true);

/** A sentence end: a stop (and closing quotes) before a capital, or a line break. A boundary at the
 * very end of the string counts: it ends the sentence before a timex that starts the next. */
const sentenceEnd = () => /[.!?]["')\]]*\s+(?=[A-Z"'(]|$)|\n/g;

/** "Mr. Xi", "U.S. officials", "Gen. Smith": an abbreviation's dot does not end the sentence. */
const isAbbreviationDot = (s: string, at: number) =>
  s[at] === '.' &&
  (abbreviationBefore(s.slice(Math.max(0, at - 5), at)) ||
    // "at 10 a.m. (0200 GMT) on Tuesday": a clock's dot before a parenthesis; "at 12:58 a.m. EST on
    // Wednesday": before a time zone.
    (/\b[ap]\.m$/i.test(s.slice(Math.max(0, at - 4), at)) &&
      (/^\.\s+\(/.test(s.slice(at, at + 4)) || CLOCK_ZONE_AFTER.test(s.slice(at, at + 24)))));
// ("between 11 p.m. Saturday and 2 a.m. Sunday": the day of a clock time, after it; "at 3:45 p.m.
// New York time": the place whose time it is.)
const CLOCK_ZONE_AFTER = new RegExp(
  `^\\.\\s+(?:${TIME_ZONES}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:[A-Z][a-z]+\\s+){1,2}time)\\b`,
);

/** A stop that ends a sentence, right at the regex's lastIndex. */
const SENTENCE_END_HERE = /[.!?]["')\]]*\s+(?=[A-Z"'(]|$)/y;

/**
 * Whether the text before `end` closes its sentence with its own stop: a clock time's "p.m." at the
 * end of a sentence ("are released Wednesday at 2 p.m. Policy makers have held") is its last word
 * and its stop at once (not before a time zone or a day: "at 2 p.m. EDT", "11 p.m. Saturday").
 */
function stopEndsAt(text: string, end: number): boolean {
  if (end < 1 || text[end - 1] !== '.') return false;
  SENTENCE_END_HERE.lastIndex = end - 1;
  return SENTENCE_END_HERE.test(text) && !isAbbreviationDot(text, end - 1);
}

/** The rest of the sentence after text[..end), at most `length` characters of it. */
const restOfSentence = (text: string, end: number, length: number): string =>
  stopEndsAt(text, end) ? '' : clip(text.slice(end, end + length), false);

/** Where the sentence holding `pos` ends: at its stop, or at the end of its line. */
export function sentenceEndAt(text: string, pos: number): number {
  const m = /[.!?]["”’)]?\s+(?=[\p{Lu}“"])|\n/u.exec(text.slice(pos, pos + 400));
  return m ? pos + m.index : Math.min(text.length, pos + 400);
}

/** "had started", "had not signed": a past perfect, the telling gone back a step. */
export const PLUPERFECT_RE =
  /\bhad\s+["“]?(?!to\b)(?:(?:not|never|already|just|first)\s+)?[a-z]+(?:ed|en|t|n)\b/i;

/**
 * The sentence holding text[start, end), looking at most 300 characters either way (abbreviation
 * dots do not end it).
 *
 * @example sentenceAround('It rained. Mr. Xi left today. Then', 23, 28) // 'Mr. Xi left today'
 */
export function sentenceAround(text: string, start: number, end: number): string {
  return (
    clip(text.slice(Math.max(0, start - 300), start), true) +
    text.slice(start, end) +
    restOfSentence(text, end, 300)
  );
}

/**
 * How many sentence ends lie in text[from, to).
 *
 * @example sentencesBetween('Mr. Xi came. He left.', 0, 20) // 1
 */
export function sentencesBetween(text: string, from: number, to: number): number {
  const re = sentenceEnd();
  re.lastIndex = from;
  // (A clock time's "p.m." that ends its sentence: "... at 2 p.m. The family asked".)
  let n = from < to && stopEndsAt(text, from) ? 1 : 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) if (!isAbbreviationDot(text, m.index)) n++;
  return n;
}

/**
 * The tense of the clause around text[start, end): the nearest cue word on the left within the
 * sentence, else the nearest on the right.
 *
 * @example tenseAt('He will visit on Friday.', 17, 23) // { tense: 'future', cue: 'will' }
 */
export function tenseAt(text: string, start: number, end: number): Tense {
  // The resolver, the narrative bookkeeping and a weekday's partner ask about the same spans more
  // than once: the tenses of the latest text are kept.
  if (cache.text !== text) cache = { text, tenses: new Map() };
  const key = start * 10_000 + Math.min(end - start, 9_999);
  let tense = cache.tenses.get(key);
  if (tense === undefined || end - start >= 9_999)
    cache.tenses.set(key, (tense = computeTense(text, start, end)));
  return tense;
}

let cache: { text: string; tenses: Map<number, Tense> } = { text: '', tenses: new Map() };

/** A verb of telling or promising, then a guessed day in its clause: "told us maybe ", "tell me
 * perhaps ", "promised possibly ". */
const GUESS_TOLD_BEFORE =
  /\b(?:told|tell|tells|said|say|says|promised|promise|promises)\b[^.;:!?]{0,30}\b(?:maybe|perhaps|possibly)\s+$/i;
/** "is in ", "are on ": a present copula right before the timex's preposition. */
const COPULA_BEFORE = /(?:^|[^\w'’])(is|are)\s+(?:in|on)\s+$/i;

/** ", to be sold as Renavia, ": an infinitive phrase between commas right before the timex. */
const PARENTHETICAL_TO = /,\s+to\s+(?:be\s+)?[a-z]+\b[^,.;]{0,40},\s*(?:(?:late|early)\s+)?$/i;
/** "have declared ", "has formally named ": an active present perfect right before the timex. */
/** After a month or a weekday, the end of its range: " through May", " to Friday". */
const RANGE_END_AFTER =
  /^\s+(?:through|to|until|till)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b(?:\s+\d{1,2}\b)?/;
const PERFECT_RIGHT_BEFORE = /\b(?:has|have)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\s+$/i;
/** "to" opening an infinitive: not before a number, a determiner or a pronoun ("fallen close to zero"). */
export const TO_INFINITIVE =
  /\bto\s+(?!(?:zero|the|a|an|its|their|his|her|our|my|your|this|that|these|those|them|him|me|us|it|one|two|three|four|five|six|seven|eight|nine|ten|about|around|nearly|almost)\b)[a-z]+\b/;

/** A condition right after a timex: " if no deal is reached", ", unless". Not a hedge on what is
 * told ("if not earlier", "if only slightly", "if at all", "if any", "if memory serves"), nor a
 * condition on its being true ("if witnesses are right", "if the reports were accurate"). */
const CONDITION_RIGHT_AFTER =
  /^,?\s+(?:if|unless)\b(?!\s+(?:not|only|any|at\s+all|so|ever|anything|true|correct|memory|I|we|you)\b)(?![^.;!?]{0,50}?\b(?:is|are|was|were|be|prove|proves)\s+(?:(?:proved|proven)\s+)?(?:right|correct|accurate|true|wrong|to\s+be\s+believed)\b)/i;
/** A verb of asking or finding out in the clause before a timex, whose "if" is "whether". */
const ASKED_WHETHER_BEFORE =
  /\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|know|knew|see|saw|check|checked|decide|decided)\b/i;

/** A condition opening its clause: "If ", "unless ", "Whatever ", "once ". */
const CONDITION_OPEN =
  /(?:^|[.!?;:"“”]\s*|,\s+|\b(?:and|but)\s+)(?:if|unless|whatever|once)\s+([^.!?;:,"“”]*)$/i;

/**
 * Whether text[start, end) stands in a condition told in the plain present, nothing past or modal
 * in it before or after the timex up to its clause's end ("If the executives approve the draft on
 * Monday, ..."). Not the day itself as the condition's subject ("If Thursday is anything to go by"),
 * which tells of that day as it went.
 */
function presentCondition(text: string, start: number, end: number): boolean {
  const open = CONDITION_OPEN.exec(lastSentence(text.slice(Math.max(0, start - 120), start)));
  if (!open || !/[a-z]/i.test(open[1]!)) return false;
  const rest = /^[^.!?;:,"“”]*/.exec(text.slice(end, end + 80))![0];
  const words = [...(open[1]!.match(WORD) ?? []), ...(rest.match(WORD) ?? [])];
  return (
    words.length > 1 &&
    words.every(
      (w, i) =>
        // (A participle after a present "is" or "are" is a present passive: "is called off".)
        (classify(w) === null || (isParticiple(w) && /^(?:is|are|be)$/i.test(words[i - 1] ?? ''))) &&
        !MODAL_OR_TO.has(w.toLowerCase()) &&
        !PAST_BE.has(w.toLowerCase()) &&
        !/^(?:did|had|ago|yesterday|last)$/i.test(w),
    )
  );
}

/** A clock time: "1 p.m.", "17:30", "noon", "midnight". */
const CLOCK_SPAN = new RegExp(`^(?:(?:about|around)\\s+)?(?:${CLOCK})$`, 'i');
/** Evidence a judgment goes by, up to the day: "Judging by the crowds on ", "to judge by ". */
const JUDGING_BY_BEFORE = /\b(?:judging|to\s+judge)\s+(?:by|from)\s+(?:[\w'’-]+\s+){0,4}?$/i;
/** After a day, what makes it a measure: " is anything to go by", "'s crowd was anything to go by",
 * " are any guide", " was any indication". */
const ANYTHING_TO_GO_BY_AFTER =
  /^(?:['’]s(?:\s+[\w-]+){1,2})?\s+(?:is|was|are|were)\s+(?:anything\s+to\s+go\s+by|any\s+(?:guide|indication))\b/i;
/** An "if" that opens the measure, up to the day, with the noun the day dates between: "If ", "if the
 * frantic traffic of ", "if the queues on ". */
const IF_MEASURE_BEFORE = /\bif\s+(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){1,3}?(?:of|on|from)\s+)?$/i;
/** A sentence opening on the scene's time, up to the day: "It is 7.10am on ", "It is a little after ". */
const SCENE_CLOCK_BEFORE = new RegExp(
  `(?:^|[.!?]["'’”)]*\\s+|\\n\\s*)It\\s+is\\s+(?:(?:just|a\\s+little|shortly|well)\\s+)?(?:(?:after|before|past)\\s+)?(?:(${CLOCK})\\s+(?:on\\s+)?)?$`,
);
const CLOCK_IN = /\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|\b\d{1,2}[:.]\d\d\b|\b(?:noon|midnight)\b/i;
/** An event moved, up to the hour it was moved from or to: "moved the procession from 2pm to ",
 * "moved the start of the final up an hour, to ", "has been brought forward to ". */
const MOVED_HOUR_BEFORE = new RegExp(
  `${MOVING_VERB}[^.;:!?"“”]{0,60}?\\b(?:from|to)\\s+(?:[^.;:!?\\s]+\\s+to\\s+)?$`,
  'i',
);

/** "after twisting an ankle in ", "before crossing western Cuba on ", "despite missing six weeks in ":
 * a preposition of time or concession and a gerund, then (group 3) its phrase up to the timex with no
 * clause break in it. */
const GERUND_PHRASE_BEFORE =
  /\b(after|before|while|despite|since)\s+(?:[a-z]+ly\s+)?([a-z]{3,}ing)\b((?:(?!\s(?:and|but|or|when|while|before|until|which|who|that|where|as)\s)[^,.;:!?"“”()])*)$/i;
/** Words in "-ing" that are no gerund: times of day, seasons, nouns ("after morning prayers"). */
const NOT_GERUND_WORDS =
  'morning|evening|spring|during|thing|nothing|something|anything|everything|king|ring|string|wedding|building|meeting|ceiling|bring';
const NOT_GERUND = new RegExp(`^(?:${NOT_GERUND_WORDS})$`, 'i');
/** "opening night", "closing arguments", "closing time": an "-ing" word naming an occasion with the
 * noun after it, no gerund. */
const OCCASION_ING =
  /^(?:opening|closing)\s+(?:nights?|days?|weekend|ceremon(?:y|ies)|arguments|statements|remarks|bell|time|round|session)\b/i;
/** A future modal, in the rest of the sentence or the clause before: "will", "would", "shall", "'ll". */
const FUTURE_MODAL_AHEAD = /\b(?:will|would|shall)\b|['’]ll\b/i;

function computeTense(text: string, start: number, end: number): Tense {
  // "late Monday or early Tuesday", "on Saturday and Sunday": the second day shares the first's clause.
  const pair = DAY_PAIR_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (pair && DAY_NAMED_ANY.test(text.slice(start, end))) {
    const first = start - pair[0].length;
    return tenseAt(text, first, first + pair[1]!.length);
  }
  // "chemistry follows on Wednesday and the peace prize on Friday": a day in a conjunct with no verb
  // of its own shares the verb, and so the tense, of the day before the "and".
  const gapped = DAY_GAPPED_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  if (
    gapped &&
    DAY_NAMED_ANY.test(text.slice(start, end)) &&
    !tellsTense(gapped[2]!) &&
    !(gapped[2]!.match(WORD) ?? []).some(
      (x) =>
        BE_FORMS.has(x.toLowerCase()) ||
        PAST_BE.has(x.toLowerCase()) ||
        /^(?:had|has|have|to)$/i.test(x) ||
        sForm(x),
    )
  ) {
    const first = start - gapped[0].length;
    return tenseAt(text, first, first + gapped[1]!.length);
  }
  const dayNamed = DAY_NAMED.test(text.slice(start, end));
  // "Judging by the crowds on Saturday, that may prove cautious", "If Thursday is anything to go
  // by", "if the queues on Sunday are any guide": what a judgment goes by has been seen, whatever
  // the tense of the judgment.
  if (
    WEEKDAY_NAME.test(text.slice(start, end)) &&
    (JUDGING_BY_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ||
      (IF_MEASURE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) &&
        ANYTHING_TO_GO_BY_AFTER.test(text.slice(end, end + 50))))
  )
    return { tense: 'past', cue: 'judging by' };
  // "is doubtful after twisting an ankle in Wednesday's session", "still can't believe it after
  // beating the champion on Tuesday night": a time in a phrase of "after" and a gerund tells of what
  // was done before its clause's own time, gone by; not when that clause looks ahead ("will reopen
  // after completing repairs on Friday", "After clearing the site on Monday, crews will").
  // ("killed 11 people over the weekend before crossing western Cuba on Monday", "finished as top
  // scorer despite missing six weeks in the autumn": after "before", "while", "despite" or "since"
  // the gerund takes the past of the clause it hangs on, however far back its verb.)
  // (Not past an infinitive the phrase's own words look ahead with: "closed schools on Tuesday while
  // urging residents to stay indoors on Friday"; a purpose, "after beating him 7-4 to win the title
  // on Tuesday night", is none.)
  const gerund = GERUND_PHRASE_BEFORE.exec(clip(text.slice(Math.max(0, start - 110), start), true));
  const inner = gerund ? leftCue(text, start, LEFT_WORDS, gerund[2]!.length + gerund[3]!.length) : null;
  if (
    gerund &&
    !NOT_GERUND.test(gerund[2]!) &&
    !OCCASION_ING.test(gerund[2]! + gerund[3]!) &&
    !(inner && TO_INFINITIVE.test(inner.cue))
  ) {
    const at = start - gerund[0].length;
    const prep = gerund[1]!.toLowerCase();
    if (prep === 'after') {
      const main = leftCue(text, at);
      const ahead = main ? main.tense === 'future' : FUTURE_MODAL_AHEAD.test(restOfSentence(text, end, 200));
      if (!ahead) return { tense: 'past', cue: `after ${gerund[2]!}` };
    } else {
      const main = leftCue(text, at, FAR_LEFT_WORDS, FAR_LEFT_WINDOW);
      if (main?.tense === 'past' && !REPORTING.has(main.cue.toLowerCase()))
        return { tense: 'past', cue: `${main.cue} ... ${prep} ${gerund[2]!}` };
    }
  }
  // "A members-only preview on Friday evening sold out within hours": what sells out is still to
  // come when it does (not "by Monday had sold out its run").
  if (
    DAY_NAMED_ANY.test(text.slice(start, end)) &&
    /^\s+sold\s+out\b/i.test(text.slice(end, end + 12)) &&
    !/\bby\s+$/i.test(text.slice(Math.max(0, start - 4), start))
  )
    return { tense: 'future', cue: 'sold out' };
  // "It is 7.10am on Monday, the harbour is still dark", "It is a little after 2 a.m. Friday": a
  // feature opening on its scene, in the present, at a clock time on a day, was there before it was
  // published.
  const scene = SCENE_CLOCK_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (
    scene &&
    WEEKDAY_NAME.test(text.slice(start, end)) &&
    (scene[1] || CLOCK_IN.test(text.slice(start, end)))
  )
    return { tense: 'past', cue: 'it is' };
  // "the workforce they need between now and the end of September", said in May: whatever the
  // clause's tense, a span counted on from now ends at a time still to come.
  if (FROM_NOW_TO.test(text.slice(Math.max(0, start - 48), start)))
    return { tense: 'future', cue: 'from now' };
  // "600,000 fewer passengers than it had planned in the spring": the time a plan or a forecast
  // that something is compared with was made at has come, whatever the verb.
  if (THAN_PLANNED_IN.test(text.slice(Math.max(0, start - 60), start)))
    return { tense: 'past', cue: 'than planned' };
  // '"Ask me again in March," he said', '"You say see you in April"': what is asked for, or said
  // goodbye until, lies ahead, however far the clause's saying is in the past.
  if (ASK_ME_AT.test(text.slice(Math.max(0, start - 30), start))) return { tense: 'future', cue: 'ask me' };
  // "further strikes could follow in March if no deal is reached", "would halve rations from July
  // unless new funding arrived": a time a condition right after it is set on lies ahead, whatever
  // the tense of the clause that tells it (on the news set 116 of 118 such times not fixed by
  // their own words were ahead, from many writers). Not "if" as "whether" after a verb of asking.
  if (
    CONDITION_RIGHT_AFTER.test(text.slice(end, end + 80)) &&
    !ASKED_WHETHER_BEFORE.test(lastSentence(text.slice(Math.max(0, start - 60), start)))
  )
    return { tense: 'future', cue: text.slice(end, end + 10).match(/if|unless/i)![0] };
  // "Organizers moved the start of Sunday's final up an hour, to 1 p.m.", "have moved the procession
  // from 2pm to 5pm": the hour an event was moved to or from is the event's, whenever the moving was
  // told; the verb gives it no tense.
  if (
    CLOCK_SPAN.test(text.slice(start, end)) &&
    MOVED_HOUR_BEFORE.test(text.slice(Math.max(0, start - 90), start))
  )
    return { tense: 'none' };
  const before = text.slice(Math.max(0, start - 16), start);
  // "If the budget fails on Friday, the president is expected to ...", "Whatever happens on Sunday,
  // Walsh will ...": a condition in the plain present is set on a day still to come.
  if (dayNamed && presentCondition(text, start, end)) return { tense: 'future', cue: 'if' };
  // "Now they tell me maybe Tuesday, maybe later", '"They told us maybe Monday," she said': a day
  // guessed at is when something may yet happen, whatever the tense of the verb that tells the
  // guess (on the news set 11 of 11 such days lay ahead, from ten writers).
  // (Only when a verb of telling or promising gives the guess: "was last seen perhaps Sunday", "since
  // perhaps Friday" guess at a day gone.)
  if (
    /\b(?:maybe|perhaps|possibly)\s+$/i.test(before) &&
    GUESS_TOLD_BEFORE.test(text.slice(Math.max(0, start - 60), start)) &&
    (dayNamed || WEEKDAY_NAME.test(text.slice(start, end)) || /\bweekend\b/i.test(text.slice(start, end)))
  )
    return { tense: 'future', cue: 'maybe' };
  // "The election is in November", "the deadline is on 30 November": what a subject is at, in the
  // plain present, is a date set ahead. (Not "is in its third year": no date.)
  const copula = COPULA_BEFORE.exec(before);
  if (copula && !/^(?:this|last|next|that|the|early|late|mid)\b/i.test(text.slice(start, end)))
    return { tense: 'future', cue: copula[1]! };
  // "as early as Tuesday", "as soon as Friday": a bound on something still to come.
  const bound = EARLIEST_BOUND.exec(before);
  // "opened as early as 5 p.m. Thursday" reports a past bound: the verb right before decides.
  if (bound) {
    // ("could be held as soon as June" is a participle after "be": the modal decides, forwards.)
    const verb = PAST_RIGHT_BEFORE.exec(
      text.slice(Math.max(0, start - bound[0].length - 24), start - bound[0].length),
    );
    // (Not a noun in a past's form after its article or the noun it names: "expect a rate cut as
    // soon as March", as leftCue reads "a cut in September".)
    if (
      verb &&
      classify(verb[2]!) === 'past' &&
      !BE_FORMS.has(verb[1]?.toLowerCase() ?? '') &&
      !pastAsNoun(
        /([A-Za-z'’]+)\s+[A-Za-z]+\s+[A-Za-z]+\s*$/.exec(
          text.slice(Math.max(0, start - bound[0].length - 40), start - bound[0].length),
        )?.[1] ?? '',
        verb[1] ?? '',
        verb[2]!,
      )
    )
      return { tense: 'past', cue: verb[2]! };
    // ("began offering discounts as early as October": a past verb a few words back decides too.)
    // (Not "a strike that would have halted service as early as Thursday": a past undone.)
    const back = leftCue(text, start - bound[0].length, 5);
    if (
      back?.tense === 'past' &&
      !/\b(?:would|could|might|should|must|will)\s+have\s/i.test(
        text.slice(Math.max(0, start - bound[0].length - 60), start - bound[0].length),
      )
    )
      return { tense: 'past', cue: back.cue };
    return { tense: 'future', cue: bound[0].trim().replace(/\s+/g, ' ') };
  }
  // "gave a 70 percent chance of acceptable weather for Thursday", "issued a yellow warning for rain
  // covering Thursday", "customers booked through Sunday night", "more storms were possible
  // Saturday", "snow was possible in upstate New York Wednesday night", "more snow was likely over the
  // weekend", "Forecasters predicted scattered thunderstorms Wednesday afternoon": a forecast, a
  // warning or a booking is of a day still to come. (So is the day power is traded for: "Wholesale power for delivery on Thursday
  // rose 12 percent", said on the Wednesday. A company's "forecast revenue above estimates on
  // Wednesday" is no forecaster's.)
  if (
    (dayNamed || DAY_NAMED_ANY.test(text.slice(start, end))) &&
    FORECAST_BEFORE.test(clip(text.slice(Math.max(0, start - 90), start), true))
  )
    return { tense: 'future', cue: 'forecast' };
  if (dayNamed && PREMIUM_TO_BEFORE.test(text.slice(Math.max(0, start - 90), start)))
    return { tense: 'past', cue: 'premium to' };
  // ("now price about an 80% chance that the Fed will cut, up from 60% on Friday": the figure a
  // change is counted from was that of a day gone by.)
  const baseline = BASELINE_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  if (dayNamed && baseline) return { tense: 'past', cue: `${baseline[1]!.toLowerCase()} from` };
  // ("expects inflation to accelerate to 9 percent from 4.8 percent in January", "still expect to
  // raise rates this year, down from 15 in June", "expect conditions to improve, up from 28% in the
  // spring": so is a month's or a season's; on the news set, 75 of 75 such months and seasons were
  // gone by.)
  const monthOrSeason = monthOrSeasonAlone(text.slice(start, end));
  if (monthOrSeason && FIGURE_FROM_IN.test(text.slice(Math.max(0, start - 60), start)))
    return { tense: 'past', cue: 'from' };
  // ("close to the record for a cold-weather day set in January", "well short of the limit set by
  // the growers' committee in July", "Price increases taken in the spring will have a bigger
  // effect": a month or a season a thing was set, taken or published in, after the thing, is gone
  // by whatever the clause looks ahead to; on the news set 93 of 94 such, with no "will" or "would"
  // before them in the sentence: "will receive a credit on bills issued in April" is ahead.)
  if (
    monthOrSeason &&
    NOUN_PARTICIPLE_IN.test(text.slice(Math.max(0, start - 90), start)) &&
    !FUTURE_MODAL_AHEAD.test(clip(text.slice(Math.max(0, start - 240), start), true))
  )
    return { tense: 'past', cue: 'set in' };
  // ("It will be the third walkout this year, following a two-day stoppage in February", "warned
  // that the monsoon would be above normal, after an extreme heatwave in the spring": so is the
  // month or the season of what a thing comes after; on the news set 27 of 28 such, the other
  // "would close after a farewell tour beginning in February".)
  if (monthOrSeason && AFTER_EVENT_IN.test(text.slice(Math.max(0, start - 90), start)))
    return { tense: 'past', cue: 'after' };
  // ("the man may not walk again after the crash on Saturday", "will be completed on Monday after a
  // power failure on Sunday": so is the day of a mishap or a result a thing comes after, whatever
  // the modal before; on the news set 3 of 3 such days were past.)
  const mishap = dayNamed ? AFTER_MISHAP_ON.exec(text.slice(Math.max(0, start - 90), start)) : null;
  if (mishap) return { tense: 'past', cue: mishap[0].replace(/\s+(?:on\s+)?$/i, '').replace(/\s+/g, ' ') };
  // ("a 24 percent chance of a move in September", "more action is possible in April": so is a
  // month's or a season's, "another rate cut was likely in the spring"; and that of a move the market
  // sees or prices, "has gone from pricing a hike in June".)
  if (monthOrSeason) {
    const clause = clip(text.slice(Math.max(0, start - 90), start), true);
    if (FORECAST_MONTH_BEFORE.test(clause) || marketMoveBefore(clause))
      return { tense: 'future', cue: 'forecast' };
  }
  // "The government has declared Friday a public holiday": a day off is declared ahead of it.
  // (In the simple past the declaring is told as done: the day may have gone by.)
  if (
    dayNamed &&
    /\b(?:(?:has|have)\s+declared|declares|declaring)\s+$/i.test(
      text.slice(Math.max(0, start - 16), start),
    ) &&
    DAY_OFF_AFTER.test(text.slice(end, end + 40))
  )
    return { tense: 'future', cue: 'declared ... holiday' };
  // "Mrs Armstrong said her daughter's birthday is on Wednesday": what is on a named day, in the
  // present, is still to come, whoever says so.
  if (dayNamed && /\b(?:is|are)\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, start - 8), start)))
    return { tense: 'future', cue: 'is on' };
  // "Kickoff on Saturday is at 7:35 p.m.", "Racing on Friday begins at 13:30": the hour an event on
  // a named day is set for, in the plain present, is a schedule still ahead.
  if (dayNamed && /\bon\s+$/i.test(before) && HOUR_SET_AFTER.test(text.slice(end, end + 40)))
    return { tense: 'future', cue: 'is at' };
  // "There are two matches on Saturday": what there is on a named day is still to come.
  if (
    dayNamed &&
    /\bthere\s+(?:is|are)\s+(?:[\w'’-]+\s+){1,4}?on\s+$/i.test(text.slice(Math.max(0, start - 50), start))
  )
    return { tense: 'future', cue: 'there is' };
  // "A hearing is set for Friday", "Calling hours are Wednesday evening": a present schedule.
  const sched = SCHEDULE_BEFORE.exec(before);
  if (sched) return { tense: 'future', cue: sched[0].trim().replace(/\s+/g, ' ') };
  // "Data due on Thursday", "starting Monday", "an exhibition opening Saturday" (not "the opening
  // Saturday", a noun): a day set ahead. "this afternoon and Monday": a day after today's.
  if (
    // ("evacuations take effect at 8 a.m. Wednesday": a clock time on a named day too.)
    (dayNamed || WEEKDAY_NAME.test(text.slice(start, end))) &&
    // ("The data had been due on Friday but was held back": a plan that has passed.)
    !/\bhad\s+been\s+due\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, start - 24), start)) &&
    // ("take effect at 12:01 a.m. EST on Friday": the hour may stand between.)
    (/\b(?:due|starting|beginning|(?<!\b(?:the|its|their|an?)\s+)opening|effective|takes?\s+effect|comes?\s+into\s+force|go(?:es)?\s+into\s+effect|(?:that|which)\s+(?:begins|starts|opens))\s+(?:at\s+(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?|midnight|noon)\s+)?(?:on\s+|at\s+)?$/i.test(
      text.slice(Math.max(0, start - 48), start),
    ) ||
      /\b(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening))\s+(?:and|or|into|to|through)\s+$/i.test(
        text.slice(Math.max(0, start - 30), start),
      ))
  )
    return { tense: 'future', cue: 'set ahead' };
  // "Rival Hoshino, which reports results on Tuesday, cut its target": the news present of a
  // relative clause is a schedule.
  if (dayNamed && RELATIVE_PRESENT.test(text.slice(Math.max(0, start - 70), start)))
    return { tense: 'future', cue: 'relative present' };
  // "the financial year that ends in March": a period's end or start in the present is still ahead.
  if (
    /\b(?:in|on)\s+$/i.test(before) &&
    /\b(?:that|which)\s+(?:ends|begins|starts|closes|expires|finishes)\s+(?:in|on)\s+$/i.test(
      text.slice(Math.max(0, start - 40), start),
    )
  )
    return { tense: 'future', cue: 'relative present' };
  // "has called a general strike for Monday", "set a vote for Tuesday": a plan made for a day ahead.
  // ("were originally set for April" is a plan given up; "set the stage for September's cut" no
  // plan at all; "set my alarm for 3 a.m." a clock's.)
  const planBefore = text.slice(Math.max(0, start - 60), start);
  if (
    // (The cheap test first: the plan's "for" or "date of" stands right before the timex.)
    PLAN_LINK_BEFORE.test(before) &&
    PLANNED_FOR.test(planBefore) &&
    // ("A memorial service planned at the university for Saturday was canceled": the plan is the
    // subject's, and the clause's own verb after it has told its end.)
    !/^\s+(?:was|were)\b/i.test(text.slice(end, end + 6)) &&
    // (Nor a sanction: "The player was suspended for Sunday's match" is barred from a game, no plan.)
    !(/\bsuspended\s+for\s+$/i.test(planBefore) && /^['’]s\b/.test(text.slice(end, end + 3))) &&
    (dayNamed ||
      (!/\b(?:originally|initially|previously|first)\s+\w+\s+(?:\w+\s+){0,4}?for\s+(?:the\s+)?$/i.test(
        planBefore,
      ) &&
        !/\bset\s+(?:the|a)\s+(?:stage|scene|tone|pace)\s+for\s+$/i.test(
          text.slice(Math.max(0, start - 30), start),
        ) &&
        !/^['’]s\b/.test(text.slice(end, end + 3)) &&
        !/\d[:.]\d\d|\d\s*[ap]\.?m\b|noon|midnight/i.test(text.slice(start, end))))
  ) {
    // "The launch had been scheduled for Tuesday, but engineers halted the countdown", "the playoff
    // they had penciled in for Friday": a weekday's plan told in the past perfect was made, and
    // overtaken, before a past time; its day is the one gone. (Not in reported speech, where the
    // past perfect is a present perfect shifted back: "said talks had been arranged for Friday".)
    if (
      dayNamed &&
      PLAN_PAST_PERFECT.test(planBefore) &&
      !REPORTED_HAD.test(clauseBefore(text.slice(Math.max(0, start - 160), start)))
    )
      return { tense: 'past', cue: 'had planned for' };
    // "A celebrity panel, originally scheduled for Friday, has been moved to Sunday": a plan given up
    // tells no time of its own; the weekday is read as a bare one (the coming one a day or two
    // away, else the one gone).
    if (dayNamed && PLAN_GIVEN_UP.test(planBefore)) return { tense: 'none' };
    return { tense: 'future', cue: 'planned for' };
  }
  // (Not a quarter or a year: "bookings for the fourth quarter are running below a year earlier"
  // reports on the quarter in hand.)
  const booked = BOOKED_FOR.exec(planBefore);
  if (booked && !/quarter|half|year/i.test(text.slice(start, end))) {
    // "Inquiries for April were up 5% on a year earlier", "the outlook for March looked bleak": what
    // was asked about or foreseen for a month, told with a simple past right after it, was counted
    // before the month or during it; the month is the nearest one, behind or ahead ("Inquiries for
    // August were up 20%", said in June), as with no tense at all. (A past perfect is a reported
    // present perfect, the count still going on: "said enquiries for March had doubled".)
    const after = end + (RANGE_END_AFTER.exec(text.slice(end, end + 40))?.[0].length ?? 0);
    if (
      ASKED_AHEAD.test(booked[0]) &&
      !/^\s+had\b/i.test(text.slice(after, after + 5)) &&
      rightCue(text, after)?.tense === 'past'
    )
      return { tense: 'none' };
    return { tense: 'future', cue: booked[0].trim().replace(/\s+/g, ' ') };
  }
  // "the court ordered him to surrender his passport by Friday", "urged people to stay indoors through
  // Wednesday", "has asked Network Rail for a full written report by Friday": a directive's or a
  // request's deadline lies ahead of it.
  // ("the council hopes to have the main roads through the town centre cleared by Wednesday": so is a
  // plan's.) ("Pharmacies were told to pull the affected bottles from their shelves by Friday",
  // "residents were ordered to leave by noon Friday": so is a directive told in the passive, and a day
  // named after its hour.)
  // ("the town council has organised an open-top bus parade on Monday": a present perfect of
  // arranging takes no day for its time; the day is the thing arranged's, still to come.)
  // ("has declared a day of mourning on Friday", "has added a late show on Saturday": so is an event
  // announced or added; the explanation names the perfect.)
  const arranged = dayNamed
    ? (PERFECT_ARRANGED.exec(text.slice(Math.max(0, start - 90), start)) ??
      PERFECT_ANNOUNCED_EVENT.exec(text.slice(Math.max(0, start - 90), start)))
    : null;
  if (arranged) return { tense: 'future', cue: arranged[1]!.replace(/\s+/g, ' ') };
  // ("The coastguard has posted a storm notice for the bay from Friday evening", "parents have
  // arranged a bake sale for 4 p.m. Thursday", "the museum has issued tickets up to Saturday": nor
  // does any present perfect whose object is for a span from, up to or through the day; on the news
  // set 42 of 42 such days were ahead, or the day of publication.)
  // ("has hired seasonal workers to run a watering truck from June", "has booked ads through
  // mid-March": so is a month named alone, when the span is what the object is "for" or the verb
  // sets it up ahead; on the news set 5 of 5 such months were ahead or the month of publication.
  // Not a state kept or a deed done up to the month: "has kept rates on hold through March", "has
  // staged strikes from February". Not a season: "have stayed high through the autumn", said in
  // November, is the autumn under way.)
  const dayOrClockDay = dayNamed || CLOCK_DAY_NAMED.test(text.slice(start, end));
  const objectFor =
    dayOrClockDay || monthAlone(text.slice(start, end))
      ? perfectObjectFor(text.slice(Math.max(0, start - 90), start))
      : null;
  if (objectFor && (dayOrClockDay || objectFor.prep === 'for' || SET_UP_FOR_SPAN.test(objectFor.participle)))
    return { tense: 'future', cue: objectFor.cue };
  if (
    dayOrClockDay &&
    (DIRECTIVE_DEADLINE.test(text.slice(Math.max(0, start - 80), start)) ||
      REQUEST_DEADLINE.test(text.slice(Math.max(0, start - 80), start)) ||
      PLAN_DEADLINE.test(text.slice(Math.max(0, start - 100), start)))
  )
    return { tense: 'future', cue: 'deadline' };
  // ("The council wants the report finished by Friday", "we need a sponsor signed up by March",
  // "expects to have every line repaired by the end of March": what is wanted done by a day or a
  // month waits for it, whatever the tense of the wanting; on the news set 8 of 8 such days and
  // months were ahead, from eight writers. So is a decade wanted done by now: "Ministers want the
  // last pits closed before the end of the decade"; not one wanted in the past, which may be the
  // decade the story is told in: "In the 1980s ministers wanted the pits closed by the end of the
  // decade".)
  // (The cheap test first: "by" or "before" stands right before the timex.)
  if (/\b(?:by|before)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$/i.test(before)) {
    const decade = /\bdecade\b/i.test(text.slice(start, end));
    if (decade || dayOrClockDay || monthAlone(text.slice(start, end).replace(MONTH_PART_OF, ''))) {
      const wanted = WANTED_DONE_BY.exec(text.slice(Math.max(0, start - 100), start));
      if (
        wanted &&
        !(decade && /ed\b/.test(wanted[1]!)) &&
        isStateParticiple(wanted[3]!) &&
        (wanted[2] === '' || objectBefore(wanted[2]!.trim().split(/\s+/), 0, -1))
      )
        return { tense: 'future', cue: `${wanted[1]!.replace(/\s+/g, ' ')} ... ${wanted[4]!.toLowerCase()}` };
    }
  }
  // ("Kowal must report to prison by Jan. 7", "two more homes must be demolished before the end of
  // March": so is what must be done by then; not "must have".)
  // (The cheap test first: a bound stands right before the timex.)
  if (
    /\b(?:by|before|until|till|of)\s+$/i.test(before) &&
    MUST_DEADLINE.test(text.slice(Math.max(0, start - 80), start))
  )
    return { tense: 'future', cue: 'must ... by' };
  // ("walk away if the sale has not closed by Dec. 31", "a ban if reservoirs have not recovered by
  // spring": what has not yet been done by a time waits for it; on the news set the 6 such times were
  // all ahead or now; a clock time alone keeps the day it is read on, "if you haven't left by 2pm".)
  if (
    /\bby\s/i.test(before) &&
    !CLOCK_SPAN.test(text.slice(start, end)) &&
    PERFECT_NOT_BY.test(text.slice(Math.max(0, start - 80), start))
  )
    return { tense: 'future', cue: 'has not ... by' };
  // ("has promised a public meeting on Thursday evening", "all but promised a cut in September",
  // "passengers booked on sailings in May", "with a result expected on Friday morning": what is
  // promised, booked or expected is ahead; not the day of the promising, "promised on Monday".)
  if (PROMISED_BEFORE.test(text.slice(Math.max(0, start - 90), start)))
    return { tense: 'future', cue: 'promised' };
  // "set a deadline of Tuesday", "a deadline for Friday": a limit still ahead.
  if (/\bdeadline\s+(?:of|for)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 20), start)))
    return { tense: 'future', cue: 'deadline' };
  // "since Monday", "since Boxing Day": a start that has passed.
  if (SINCE_BEFORE.test(before)) return { tense: 'past', cue: 'since' };
  // "parking fines that date back to January", "a feud dating back to March", "fines dating from
  // January": what a thing dates back to has passed, whatever the tense around it ("will refund
  // fines that date back to January"). (Cheap: the 16 characters before the timex are tested for
  // "back to" or "dating from" first.)
  const datesBack = /\b(?:back\s+to|dating\s+from)\s+$/i.test(before)
    ? DATES_BACK_BEFORE.exec(text.slice(Math.max(0, start - 32), start))
    : null;
  if (datesBack) return { tense: 'past', cue: datesBack[1]!.replace(/\s+/g, ' ') };
  // "have fallen 40% since hitting a record in December": an event since which time has run.
  if (SINCE_EVENT_BEFORE.test(text.slice(Math.max(0, start - 60), start)))
    return { tense: 'past', cue: 'since' };
  // "grounded its fleet until Thursday", "could run into Sunday", "talks before the weekend": a
  // limit set from now is still ahead, whatever the tense of the verb that set it. ("Until Thursday,
  // they had not ..." opens its sentence: there the clause's verb decides, below.)
  // Days only: "well into the summer" of a past year is long gone.
  // ("did not alert retailers until Saturday": a negated past waits for a day that has come.)
  const limit =
    dayNamed &&
    !NEGATED_PAST.test(clauseBefore(text.slice(Math.max(0, start - 100), start))) &&
    !pastPerfect(text.slice(Math.max(0, start - 90), start)) &&
    !WAS_UNTIL.test(text.slice(Math.max(0, start - 30), start)) &&
    !PAST_CLAUSE_AFTER_LIMIT.test(text.slice(end, end + 40))
      ? LIMIT_BEFORE.exec(before)
      : null;
  // "He was watching the forecasts right up until Wednesday night", "said he had been reading in his
  // armchair until Monday evening": an activity in the past progressive went on up to the day.
  // (Not "said he was staying until Friday": a saying's past progressive may tell a plan.)
  if (limit && UNTIL.has(limit[1]!.toLowerCase()) && wentOnUntil(text.slice(Math.max(0, start - 90), start)))
    return { tense: 'past', cue: 'went on until' };
  // "at least 23 villages remained unreachable by land until Wednesday night": a past that lasted
  // up to the day is over.
  if (limit && UNTIL.has(limit[1]!.toLowerCase()) && lastedUntil(text.slice(Math.max(0, start - 70), start)))
    return { tense: 'past', cue: 'lasted until' };
  if (limit && !opensSentence(text, start - limit[0].length))
    return { tense: 'future', cue: limit[1]!.toLowerCase() };
  // "Authorities have declared Wednesday and Thursday public holidays": a present perfect takes no
  // day for its time, so a day right after one is what it acted on, not when.
  // "The FDA cleared the drug, to be sold as Renavia, late Tuesday": an infinitive set off by commas
  // is an aside; the verb before it governs the timex.
  const aside = PARENTHETICAL_TO.exec(text.slice(Math.max(0, start - 80), start));
  const near = PERFECT_RIGHT_BEFORE.test(text.slice(Math.max(0, start - 40), start))
    ? null
    : leftCue(text, aside ? start - aside[0].length : start);
  // "Trading in Asia may thin, with markets in mainland China closed from Thursday", "Trading is
  // expected to be thin next week, with Japanese markets closed on Monday": a participle in a phrase
  // opened by "with" has no tense of its own; the clause the phrase hangs on decides.
  const main = near?.tense === 'past' ? withPhraseClause(text, start, near) : undefined;
  const left = main === undefined ? near : main;
  // "London Road (inbound): closed from 7.30am to 1pm": a closure right after a listing's label is
  // a notice of a state, no verb with a time of its own.
  if (left && CLOSED_STATE.has(left.cue.toLowerCase())) {
    const label = LABEL_CLOSED.exec(text.slice(Math.max(0, start - 80), start));
    if (label && left.cue.toLowerCase() === label[1]!.toLowerCase()) return { tense: 'none' };
  }
  // "We were supposed to fly home on Thursday": a plan told in the past has no tense of its own; its
  // day may lie on either side of publication ("I was supposed to leave on Thursday", said on the
  // Tuesday before it).
  if (
    left?.cue.startsWith('supposed to ') &&
    PLAN_IN_PAST.exec(text.slice(Math.max(0, start - 120), start))?.[1]!.toLowerCase() === 'supposed'
  )
    return { tense: 'none' };
  // "... late Monday or early Tuesday, forecasters said": a closing attribution is the saying's time.
  // "With Prime Minister's Questions on Wednesday, the affair is likely to dominate the week": a
  // timex in an adjunct opening the sentence belongs to the main clause after the comma.
  const comma = /^\s*,\s*/.exec(text.slice(end, end + 4));
  const opening = opensSentence(text, start, true);
  // "On Friday morning, she said, she will be back at work": a sentence opening on its time and an
  // attribution set off by commas; the clause's verb comes after the attribution.
  const saidAside = comma && opening ? ATTRIBUTION_ASIDE_AFTER.exec(text.slice(end, end + 60)) : null;
  const adjunct =
    saidAside ?? (comma && OPENING_ADJUNCT.test(text.slice(Math.max(0, start - 80), start)) ? comma : null);
  const right =
    ATTRIBUTION_AFTER.test(text.slice(end, end + 90)) && !opening
      ? null
      : adjunct
        ? rightCue(text, end + adjunct[0].length, RIGHT_WORDS_OPENING)
        : rightCue(
            text,
            // ("In the first phase, from October through May, the drones made": after the range's end.)
            end + (RANGE_END_AFTER.exec(text.slice(end, end + 40))?.[0].length ?? 0),
            // "On Tuesday, more than 1,000 head teachers signed": a timex opening its sentence or clause
            // waits longer for the subject's verb.
            opening || CLAUSE_OPEN_BEFORE.test(text.slice(Math.max(0, start - 24), start))
              ? RIGHT_WORDS_OPENING
              : RIGHT_WORDS,
            text.slice(Math.max(0, start - 80), start),
          );
  // "did not alert retailers until Saturday": the negated past verb decides, not "until".
  if (
    left &&
    UNTIL.has(left.cue.toLowerCase()) &&
    NEGATED_PAST.test(clauseBefore(text.slice(Math.max(0, start - 100), start)))
  )
    return { tense: 'past', cue: 'not ... until' };
  if (left && UNTIL.has(left.cue.toLowerCase()) && pastPerfect(text.slice(Math.max(0, start - 90), start)))
    return { tense: 'past', cue: 'had ... until' };
  // "a debate that ran until late Saturday night": a past that lasted up to the day is over.
  if (left && UNTIL.has(left.cue.toLowerCase()) && lastedUntil(text.slice(Math.max(0, start - 70), start)))
    return { tense: 'past', cue: 'lasted until' };
  if (left && UNTIL.has(left.cue.toLowerCase()) && WAS_UNTIL.test(text.slice(Math.max(0, start - 30), start)))
    return { tense: 'past', cue: 'was, until' };
  // "Until Thursday, they had not called him a suspect": the clause's own verb decides, not "until".
  if (left && right && UNTIL.has(left.cue.toLowerCase()) && right.tense === 'past')
    return { tense: right.tense, cue: right.cue };
  // "Benitez, who is seeking a second term in November, praised the compromise", "Fed officials,
  // who raised rates in June, will announce": a timex inside a relative clause takes that clause's
  // verb, not the main clause's around it.
  // (A cue inside the clause is the nearest on the left already: it only has to win over the
  // main clause's verb after it.)
  const relative = relativeTense(text, start, end);
  if (relative && (!relative.own || (right && (!left || left.distance > right.distance + 4))))
    return { tense: relative.tense, cue: relative.cue };
  // "Whitcomb said Saturday looks best", "and Sunday ends with a summit finish": a day that is the
  // subject of a verb in the plain present, after a saying or at the head of its clause, is a day
  // still ahead.
  const subjectOf = DAY_ALONE.test(text.slice(start, end))
    ? DAY_SUBJECT_PRESENT.exec(text.slice(end, end + 24))
    : null;
  if (
    subjectOf &&
    ((left && left.distance <= 1 && REPORTING.has(left.cue.toLowerCase())) ||
      opening ||
      /(?:,|\band|\bbut)\s+$/i.test(text.slice(Math.max(0, start - 6), start)))
  )
    return { tense: 'future', cue: subjectOf[1]! };
  // "Diplomats said the January round would focus on ...": the timex sits in the reported clause,
  // whose own verb decides; "said on Tuesday", "said Tuesday" are the saying's time.
  if (
    left &&
    right &&
    REPORTING.has(left.cue.toLowerCase()) &&
    right.distance <= 2 &&
    REPORTED_SUBJECT.test(text.slice(Math.max(0, start - 30), start))
  )
    return { tense: right.tense, cue: right.cue };
  // "Union officials said further strike dates in April and May could not be ruled out", "analysts
  // said a weak January could push more chains over the edge": a timex in the subject of a reported
  // clause whose verb, a modal, follows it takes that modal's time ahead.
  const modal =
    left &&
    REPORTING.has(left.cue.toLowerCase()) &&
    // (Named times only: "In 2009 he said the next year would be hard" counts from 2009. And "the
    // weekend", which is always the publication's: "forecasters said the weekend should be dry".)
    (/\b[A-Z][a-z]/.test(text.slice(start, end)) || /^the\s+weekend$/i.test(text.slice(start, end)))
      ? reportedModal(text, start, end)
      : null;
  if (modal) return { tense: 'future', cue: modal };
  // "The changes, agreed at a cabinet meeting on Tuesday, will take effect": a participle phrase set
  // off by commas has its own time; the main clause's verb after it is not the timex's.
  if (
    left &&
    right &&
    /^\s*,/.test(text.slice(end, end + 3)) &&
    PARTICIPLE_PHRASE_BEFORE.test(text.slice(Math.max(0, start - 70), start))
  )
    return { tense: left.tense, cue: left.cue };
  // "... have met every year, and on Saturday a plaque will be unveiled": a timex opening a new
  // clause belongs to the verb after it.
  if (left && right && CLAUSE_OPEN_BEFORE.test(text.slice(Math.max(0, start - 24), start)))
    return { tense: right.tense, cue: right.cue };
  // "The mayor said she wants the water running by Memorial Day": a wish or a plan reported in the
  // present sets its deadline ahead, whatever the tense of the saying.
  if (
    left?.tense === 'past' &&
    REPORTING.has(left.cue.toLowerCase()) &&
    WISH_PRESENT_THEN_BY.test(text.slice(Math.max(0, start - 80), start))
  )
    return { tense: 'future', cue: 'by' };
  // "The prize for medicine was announced on Monday, chemistry follows on Wednesday", "it has been
  // louder than usual: is Diwali on Thursday or Friday?": a past verb before a clause break is
  // another clause's; a verb in the plain present after the break, with its subject and nothing
  // past between, is the day's own, a schedule still ahead.
  if (
    left?.tense === 'past' &&
    dayNamed &&
    right?.tense !== 'past' &&
    pastBeforeBreak(text, start, left.cue)
  ) {
    const present = presentCue(text, start, end);
    if (present) return { tense: 'future', cue: present };
  }
  // "planned to begin distributing fuel as soon as the guns fell silent on Friday", "would discuss
  // his future when the squad returned to Colombo on Monday": a past verb in a clause of time under a
  // plan or a "would" is the plan's own tense shifted back, still ahead.
  const leftWindow = text.slice(Math.max(0, start - LEFT_WINDOW), start);
  const leftAt = left?.tense === 'past' ? leftWindow.lastIndexOf(left.cue) : -1;
  if (leftAt >= 0 && BACKSHIFTED_WHEN.test(leftWindow.slice(0, leftAt)))
    return { tense: 'future', cue: 'when' };
  // The verb before a timex usually governs it; one right after it wins only when the left cue is
  // much further away ("ahead of the trip, the State Department on Sunday issued" is past).
  // ("Everyone assumed Benetti would crack on Friday, on the first summit finish. He didn't.": an
  // expectation the next sentence denies was of a day gone by.)
  if (left && (!right || left.distance <= right.distance + 4))
    return left.cue === 'would' && deniedNext(text, start, end)
      ? { tense: 'past', cue: 'would ... did not' }
      : { tense: left.tense, cue: left.cue };
  if (right) return { tense: right.tense, cue: right.cue };
  // "wind chills well below zero in parts of the Midwest by Friday": with no verb near, a day named
  // as a deadline is still ahead.
  // (So is one whose hour comes first: "pull back by midnight on Thursday", "by 5 p.m. Friday".)
  const byBefore = text.slice(Math.max(0, start - 30), start);
  const by = /\bby\s+(?:(?:midnight|noon|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?)\s+(?:on\s+)?)?$/i.exec(
    byBefore,
  );
  if (by && dayNamed) {
    // ("By Wednesday, more than 120 people, including volunteers from three counties, were combing
    // the area": a sentence opened by the deadline tells what was done by then.)
    if (opensSentence(text, start - byBefore.length + by.index)) {
      // ("By Tuesday night he could not stand": a "could" denied is a past one.)
      const words = restOfSentence(text, end, 200).match(WORD) ?? [];
      const past = words.find(
        (w, i) =>
          (classify(w, words[i + 1] ?? '') === 'past' && !REPORTING.has(w.toLowerCase())) ||
          /^couldn['’]t$/i.test(w) ||
          (/^could$/i.test(w) && /^(?:not|no|barely|hardly)$/i.test(words[i + 1] ?? '')),
      );
      if (past) return { tense: 'past', cue: past };
    }
    // ("Chan had tied his sampan to three mooring posts and a neighbour's trawler by Saturday
    // evening": a past verb further back in the clause had done it by then.)
    // (Not one that governs an infinitive: "a storm pushed up from the Southeast, threatening to bury
    // the mid-Atlantic under 2 feet of snow by Saturday night".)
    const farPast = leftCue(text, start, FAR_LEFT_WORDS, FAR_LEFT_WINDOW);
    if (
      farPast &&
      farPast.tense === 'past' &&
      !REPORTING.has(farPast.cue.toLowerCase()) &&
      !TO_INFINITIVE.test(text.slice(Math.max(0, text.lastIndexOf(farPast.cue, start)), start))
    )
      return { tense: 'past', cue: farPast.cue };
    return { tense: 'future', cue: 'by' };
  }
  // "Residents will vote on a separate bond proposal for a new high school gym in November": with
  // no verb near, a plan further back in the sentence still sets the time ahead.
  // (Months and coarser named outright: a day so far from its verb is more often the reporter's, and
  // "that year", "two days later" count from another time.)
  const farRead = !dayNamed && !FAR_PLAN_TIMEX.test(text.slice(start, end + 8));
  const far = farRead ? leftCue(text, start, FAR_LEFT_WORDS, FAR_LEFT_WINDOW) : null;
  if (far && (FAR_PLAN.test(far.cue) || BARE_SCHEDULED.has(far.cue.toLowerCase())))
    return { tense: far.tense, cue: far.cue };
  // "Gazprom has said it will halt supplies through the pipeline for three days of maintenance from
  // Wednesday": a day far from its verb takes it when that verb is "will" and nothing past stands
  // between.
  // (Not a day that names what happened: "after Monday's federal election", "a premium to its
  // closing price on Tuesday".)
  if (
    dayNamed &&
    !/^['’]s\b/.test(text.slice(end, end + 3)) &&
    !/\b(?:after|closing|close|since)\b[^.;,]{0,20}$/i.test(text.slice(Math.max(0, start - 30), start))
  ) {
    const farCue = leftCue(text, start, FAR_LEFT_WORDS, FAR_LEFT_WINDOW);
    if (farCue && farCue.tense === 'future' && /^(?:will|shall)$/i.test(farCue.cue))
      return { tense: 'future', cue: farCue.cue };
    // "Whitfield had ordered the mandatory evacuation of barrier islands and mobile home parks in
    // Escambia and Santa Rosa counties on Sunday": so does a past perfect, gone by, when no comma
    // or clause stands between (not "said that ... had").
    if (farCue?.tense === 'past' && pastPerfect(text.slice(Math.max(0, start - FAR_LEFT_WINDOW), start)))
      return { tense: 'past', cue: farCue.cue };
  }
  // "Janet Yellen testifies before Congress on Wednesday", "the company has a backup launch window
  // on Saturday": with no other cue, a named day in the plain present is a schedule, still ahead.
  if (dayNamed || WEEKDAY_NAME.test(text.slice(start, end)) || /\bweekend\b/i.test(text.slice(start, end))) {
    const present =
      presentCue(text, start, end) ??
      presentAfterOpening(text, start, end) ??
      presentAfterSubjectDay(text, start, end);
    if (present) return { tense: 'future', cue: present };
    // "Visitation will be held Monday evening at Mount Zion Baptist Church in Greenville, with the
    // funeral at 11 a.m. Tuesday": a phrase after a comma with no verb of its own ("with",
    // "followed by") takes the tense of the clause before it, however far its verb.
    const left = clip(text.slice(Math.max(0, start - LEFT_WINDOW), start), true);
    const phrase = ADDED_PHRASE_BEFORE.exec(left);
    if (phrase && (phrase[2]!.match(WORD) ?? []).every((w) => classify(w) === null && !MODAL_OR_TO.has(w))) {
      const main = leftCue(text, start - left.length + phrase.index);
      if (main?.tense === 'future') return { tense: 'future', cue: main.cue };
      // ("had rehearsed the day's movements over the past two months, including a full dress
      // rehearsal Sunday": what "including" lists is a part of what its clause told, in the past too.)
      if (main?.tense === 'past' && /^including$/i.test(phrase[1]!)) return { tense: 'past', cue: main.cue };
    }
    // "Join us on Saturday for the final", "Check your statement on Friday": a day in a clause that
    // opens on a request is still ahead; so is one a result sets up ("winning in straight sets,
    // setting up a meeting with the top seed in the final on Sunday").
    const clause = clip(text.slice(Math.max(0, start - LEFT_WINDOW), start), true);
    const ahead = IMPERATIVE_OPENING.exec(clause) ?? SETTING_UP.exec(clause);
    if (ahead) return { tense: 'future', cue: ahead[1]!.replace(/\s+/g, ' ') };
    // "giving the bank some good news before its policy meeting on Thursday", "four days of racing
    // before the second rest day on Monday": an event a clause with no verb near comes before, on a
    // named day, is still ahead of the clause (on the news set 6 of 6 such days, with no other cue,
    // were ahead).
    const eventBefore = EVENT_BEFORE_ON.exec(clause);
    if (eventBefore && dayNamed) return { tense: 'future', cue: eventBefore[1]!.replace(/\s+/g, ' ') };
  }
  // "The company reports interim results on Nov. 12": so is a date with no year in the plain present.
  // (Not the end of a range of days, "runs 12-14 July", whose first day is no date of its own.)
  const dateAlone = monthDayAlone(text.slice(start, end));
  if (dateAlone && !/\d\s*(?:-|–|to|and)\s*$/.test(before)) {
    const present = presentCue(text, start, end);
    if (present) return { tense: 'future', cue: present };
  }
  // "survivors of the flood, which swept the lower town and half the cattle of the valley into the
  // sea at about 4am on 9 April": with no cue near, a past verb further back in the clause (not a
  // saying, not one governing an infinitive) tells a date gone by.
  // (The same far cue as the plan's above, read once.)
  if (dateAlone) {
    const farPast = farRead ? far : leftCue(text, start, FAR_LEFT_WORDS, FAR_LEFT_WINDOW);
    if (farPast?.tense === 'past' && !REPORTING.has(farPast.cue.toLowerCase())) {
      // (Not past an infinitive or a participle of its own: "with the Games starting on July 24".)
      // (Nor across a comma, other than one in a number: "sold out all the seats within minutes, the
      // first of them on 20 September" names in an aside what is still ahead.)
      const between = text.slice(Math.max(0, text.lastIndexOf(farPast.cue, start)), start);
      if (!TO_INFINITIVE.test(between) && !OWN_PARTICIPLE.test(between) && !/,(?!\d)|[;:—–]/.test(between))
        return { tense: 'past', cue: farPast.cue };
    }
  }
  return { tense: 'none' };
}

/** A participle with a clause of its own ("with the Games starting"), not one naming a thing after a
 * determiner or a number ("the opening ceremony", "two fishing boats"), nor a word that only ends
 * like one (NOT_GERUND: "during", "morning", "nothing") or a name ("Beijing"). (What follows does
 * not tell a participle from a noun: "with the opening ceremony taking place".) */
const OWN_PARTICIPLE = new RegExp(
  String.raw`(?<!\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat|\d+|two|three|four|five|six)\s+)\b(?!(?:${NOT_GERUND_WORDS})\b)[a-z]{2,}ing\b`,
);

/** A month's day with no year ("Nov. 12", "15 February", "July 1st"), by the lexicon's month words. */
const monthDayAlone = (timex: string) => {
  const m =
    /^(?:(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]+)|([A-Z][a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?)$/.exec(
      timex,
    );
  return !!m && MONTHS[(m[2] ?? m[3])!.toLowerCase()] !== undefined;
};

/** A noun phrase opening its sentence, up to a day's "on": "A 42-km time trial around Nîmes on ",
 * "Headline slot on ". */
const SUBJECT_DAY_BEFORE =
  /(?:^|[.!?]["”’]?\s+|\n\s*)["“]?[A-Z][^\s,;:.!?"“”]*\s+((?:[^\s,;:.!?"“”]+\s+){0,6})on\s+(?:the\s+)?$/;
/**
 * The plain present of a sentence whose subject ends on its day: "A 42-km time trial around Nîmes
 * on Thursday favours Zubiaurre", "Headline slot on Sunday evening goes to Marlo Dunne". Not "is"
 * ("The attack on Sunday is the third this year" tells of a day gone by), nor a saying or a state
 * ("The rate rise on Tuesday tells you"), nor after a verb in the subject ("The measure approved on
 * Wednesday sets up").
 */
function presentAfterSubjectDay(text: string, start: number, end: number): string | null {
  const verb = /^\s+([a-z]+)\b/.exec(text.slice(end, end + 24))?.[1];
  if (!verb || !sForm(verb) || PRESENT_NOT_SCHEDULE.has(verb)) return null;
  const subject = SUBJECT_DAY_BEFORE.exec(text.slice(Math.max(0, start - 90), start));
  if (!subject) return null;
  const words = subject[1]!.match(WORD) ?? [];
  // (A noun of two words at least: "But on Saturday engineers found" opens on no subject.)
  return words.length > 0 &&
    words.every(
      (w) => classify(w) === null && !BE_FORMS.has(w.toLowerCase()) && !/^(?:has|have|had)$/i.test(w),
    )
    ? verb
    : null;
}

/** A phrase after a comma that adds to its clause: ", with an extra matinee on ", ", followed by the
 * fireworks at ", ", including a full dress rehearsal ". */
const ADDED_PHRASE_BEFORE = /,\s+(with|followed\s+by|preceded\s+by|including)\s+([^,.;:!?"“”()]*)$/i;

/** A clause opening on a request: "Join us ", "\"Ask me again after ", "and do join us on ". */
const IMPERATIVE_OPENING =
  /(?:^|[,;]\s*(?:and|but|so)?)\s*["“‘']?\s*(?:(?:do|please|so|now|then)\s+)?(join|ask|check|come|call|watch|tune\s+in|see|visit|bring|register|keep|wait|stay|phone|send|try)\b(?![-'’])[^.!?;]*$/i;

/** "before its policy meeting on ", "ahead of the final round at ": an event set on a day, that
 * something comes before (its determiner and up to five words of its own). Asked only when no verb
 * near the day gave it a tense. */
const EVENT_BEFORE_ON =
  /\b(before|ahead\s+of)\s+(?:the|its|their|his|her|a|an|this)\s+(?:[\w'’-]+\s+){0,5}?(?:on|at)\s+$/i;

/** "setting up a clash with ", "setting up an attempt ": what a result leads to. */
const SETTING_UP = /\b(setting\s+up)\s+(?:a|an|the)\b[^.!?;]*$/i;

/** Present forms that are no schedule: sayings and states of mind ("says Tuesday's vote was"). */
const PRESENT_NOT_SCHEDULE = new Set([
  'says',
  'tells',
  'claims',
  'believes',
  'thinks',
  'insists',
  'argues',
  'reports',
  'shows',
  'suggests',
  'remains',
  'seems',
  'appears',
  'means',
  'knows',
  'recalls',
  'remembers',
  'describes',
  'denies',
  'admits',
  'blames',
  'accuses',
  'comes',
  'follows',
  'marks',
]);
/** Words before a day that tie it to an event other than the present verb's ("is in hospital after
 * an attack on Sunday"). */
const EVENT_LINK = new Set([
  'after',
  'following',
  'since',
  'over',
  'about',
  'of',
  'from',
  'in',
  'during',
  'by',
  'despite',
]);
/** Of those, the ones that may name a place ("from Memorial Park", "in the town square"). */
const PLACE_LINK = new Set(['from', 'in']);
/** Whether `b` follows `a` in `text` with only a space between (no comma, no clause break). */
const nextWord = (text: string, a: string, b: string) => text.includes(`${a} ${b}`);
/** Past cues that are no past verb of their own, or are the present's form too ("cut", "let"). */
const PAST_CUE_NOT_VERB = new Set([
  'ago',
  'earlier',
  'yesterday',
  'been',
  'cut',
  'hit',
  'let',
  'quit',
  'beat',
  'hurt',
  'shut',
]);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'who', 'which', 'that', 'they', 'we', 'i', 'you']);

/**
 * A verb in the plain present (not a saying) governing the clause before a day: "Yellen testifies
 * before Congress on", "The parade steps off at 10 a.m.", "the company has a backup opportunity on".
 * Plural nouns look the same ("Trade talks on"), so the word must follow a subject (a name, a
 * pronoun, or a noun after a determiner) and the clause must hold no past form after the day.
 */
const CLOSED_STATE = new Set(['closed', 'shut', 'suspended', 'cancelled', 'canceled']);
/** A closure right after the label of a listing's line: "London Road (inbound): closed from ". */
const LABEL_CLOSED = new RegExp(
  `(?:^|\\n)[^\\n.:;!?]{1,60}:\\s+(${[...CLOSED_STATE].join('|')})\\b(?:[^\\n.:;!?]|\\.(?=\\d))*$`,
  'i',
);
const PLURAL_SCHEDULE_VERB = new Set([
  'open',
  'close',
  'reopen',
  'move',
  'go',
  'begin',
  'start',
  'resume',
  'return',
  'meet',
  'play',
  'face',
  'head',
  'leave',
  'arrive',
  'vote',
  'kick',
  'continue',
]);
/** The bare presents that make a clause after "who" a plural antecedent's schedule: its fixtures
 * (PLURAL_SCHEDULE_VERB) and the exams and deadlines people sit, take or complete ("Pupils, who sit
 * their exams from mid-May", "buyers who complete by 30 June"). Not a memory, an account or a habit
 * ("Residents, who remember the storm in October", "Farmers, who harvest their apples in October"). */
const WHO_SCHEDULE_VERB: ReadonlySet<string> = new Set([...PLURAL_SCHEDULE_VERB, 'sit', 'take', 'complete']);
/** What a company reports on a day set ahead: "interim results", "its fiscal 2023 earnings". */
const RESULTS_OBJECT = /^(?:[\w'’-]+\s+){0,4}(?:results|earnings|figures)(?:\s+on)?$/i;
/** Where the last clause break in `s` is (-1 if none): a comma (not one grouping a number's digits,
 * "2,000"), a semicolon, an opening bracket or a quotation mark. */
function lastClauseBreak(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i];
    if (c === ';' || c === '(' || c === '"' || (c === ',' && !/^\d{3}\b/.test(s.slice(i + 1, i + 5))))
      return i;
  }
  return -1;
}
/** Whether a past form after `prev` is an adjective: after "with" or an article or a possessive
 * ("with guided walks", "a restored print"), not a demonstrative ("that opened" is a verb). */
const attributiveAfter = (prev: string): boolean => {
  const p = prev.toLowerCase();
  return p === 'with' || (DETERMINERS.has(p) && !/^th(?:is|at|ese|ose)$/.test(p));
};
function presentCue(text: string, start: number, end: number): string | null {
  const raw = clip(text.slice(Math.max(0, start - LEFT_WINDOW), start), true);
  // "The Bank of England, which postponed its decision by a week, announces on": the subject before
  // an aside is the verb's (see SUBJECT_ASIDE), so the comma closing the aside cuts no clause.
  const unaside = withoutSubjectAside(text, start, raw);
  const clause = unaside === raw ? raw : unaside.replace(/,(?=[^,]*$)/, '');
  // (The comma of "2,000 residents" cuts no clause.)
  const cut = lastClauseBreak(clause);
  const words = clause.slice(cut + 1).match(WORD) ?? [];
  const rest = restOfSentence(text, end, RIGHT_WINDOW).split(/[,;]/)[0] ?? '';
  // ("The celebrations continue Sunday with guided walks", "opens Friday with a restored print": a
  // past form after "with" or an article is the noun's adjective, no verb of the clause.)
  const restWords = rest.match(WORD) ?? [];
  if (restWords.some((w, k) => classify(w) === 'past' && !attributiveAfter(restWords[k - 1] ?? '')))
    return null;
  // "The parade steps off from Memorial Park at 10 a.m. Sunday": before a clock time "at" the hour
  // is the verb's, so a place after "from" or "in" ties it to no other event.
  const atClock = /^\d/.test(text.slice(start, end)) && /\bat\s+$/i.test(clause);
  // (Up to twelve words back: "The Department of Agriculture releases its monthly World
  // Agricultural Supply and Demand Estimates on".)
  for (let i = words.length - 1; i >= 0 && words.length - i <= 12; i--) {
    const w = words[i]!;
    const lw = w.toLowerCase();
    const prevRaw = words[i - 1] ?? '';
    const prev = prevRaw.toLowerCase();
    // "U.S. markets are closed on Wednesday", "City offices are closed Monday": a closure set for a
    // day is a schedule; so is a passive in the plain present ("when the world rankings are
    // published on Thursday", "Investors are focused on Friday's payrolls data").
    if (
      (CLOSED_STATE.has(lw) || (/ed$/.test(lw) && classify(w) === 'past')) &&
      (prev === 'is' || prev === 'are')
    )
      return `${prev} ${lw}`;
    if (
      (EVENT_LINK.has(lw) && !(PLACE_LINK.has(lw) && atClock)) ||
      classify(w) === 'past' ||
      lw === 'not' ||
      lw === "n't"
    )
      return null;
    const next = words[i + 1]?.toLowerCase() ?? '';
    // "we're looking at flights on", "My mum's doing a roast on": a contracted "are", or an "'s"
    // before an "-ing" with its object (not the possessive of "the mayor's meeting on").
    const contracted =
      /^[a-z]+['’]re$/.test(lw) ||
      (/^[a-z]+['’]s$/.test(lw) &&
        /^[a-z]{2,}ing$/.test(next) &&
        DETERMINERS.has(words[i + 2]?.toLowerCase() ?? ''));
    if (lw === 'is' || lw === 'are' || lw === 'has' || lw === 'have' || contracted) {
      // "has left", "is expected", "have been": a perfect or a passive, not a schedule.
      if (isParticiple(next) || next === 'been' || next === 'said') return null;
      return w;
    }
    // "I hope they ride the 38 Tuesday morning", "we play Sunday": a plural pronoun's bare form.
    if (
      /^(?:i|we|you|they)$/.test(prev) &&
      w.length > 1 &&
      bareVerb(w) &&
      classify(w) === null &&
      !BARE_OR_PAST.has(lw)
    )
      return w;
    // "Clocks move forward an hour at 2 a.m. Sunday", "Online entries close on Wednesday": a plural
    // subject's plain present of a verb of schedules.
    if (PLURAL_SCHEDULE_VERB.has(lw) && /^[A-Za-z][a-z]{2,}[^s']s$/.test(prevRaw) && !DETERMINERS.has(prev))
      return w;
    // "chemistry follows on Wednesday", "GDP figures follow on Dec. 7": the next in a sequence, right
    // before its day (not "follows Monday's attack", "the findings follow a vote on").
    if (
      /^follows?$/.test(lw) &&
      /^(?:on)?$/.test(words.slice(i + 1).join(' ')) &&
      !/^['’]s\b/.test(text.slice(end, end + 3))
    )
      return w;
    // "The company reports interim results on Nov. 12": a company's results are a schedule, not a saying.
    const results = lw === 'reports' && RESULTS_OBJECT.test(words.slice(i + 1).join(' '));
    if (!/^[a-z]{2,}[^su's]s$/.test(w) || (PRESENT_NOT_SCHEDULE.has(lw) && !results)) continue;
    const subject =
      SUBJECT_PRONOUNS.has(prev) ||
      // A name not merely opening the sentence ("Trade talks"), or a run of capitals ("Janet Yellen").
      (/^[A-Z]/.test(prevRaw) && (i > 1 || /^[A-Z]/.test(words[i - 2] ?? '') || cut >= 0)) ||
      // ("grounding flights at two of the three airports on": after a count, a plural noun.)
      (/^[a-z]+$/.test(prevRaw) &&
        !DETERMINERS.has(prev) &&
        !countBefore(prevRaw) &&
        (DETERMINERS.has(words[i - 2]?.toLowerCase() ?? '') ||
          // ("the Macy's parade steps off"; not "Sydney's western suburbs on Tuesday night", where
          // the word after the possessive is an adjective and the "-s" word its noun.)
          (/['’]s$/.test(words[i - 2] ?? '') && !ADJECTIVE_ENDING.test(prev)))) ||
      ((i === words.length - 1 || i < words.length - 2) &&
        nounSubjectOpens(clause.slice(cut + 1), i, cut >= 0 || raw.length < LEFT_WINDOW));
    // ("Police ordered residents of the Haverton Hill areas to leave their homes on": after a past
    // verb an "-s" word is its object's noun.)
    if (subject && !words.slice(0, i).some((x) => classify(x) === 'past')) return w;
  }
  return null;
}

/** Whether the past cue `cue` left of `start` stands before the last clause break of its sentence
 * (a comma, a semicolon, a colon, a bracket or a quotation mark), with nothing past after the
 * break: the cue is another clause's. */
function pastBeforeBreak(text: string, start: number, cue: string): boolean {
  const clause = clip(text.slice(Math.max(0, start - LEFT_WINDOW), start), true);
  const cut = Math.max(lastClauseBreak(clause), clause.lastIndexOf(':'), clause.lastIndexOf('“'));
  const own = clause.slice(cut + 1);
  return cut >= 0 && !own.includes(cue) && !(own.match(WORD) ?? []).some((w) => classify(w) === 'past');
}

/** A day opening its sentence, with its preposition: "On Saturday", "Saturday". */
const DAY_OPENING_BEFORE = /(?:^|[.!?]["'’”)]*\s+|\n\s*)["“‘]?(?:On\s+)?$/;
/**
 * The plain present of a clause that a day opens: "On Saturday, after nine years of fundraising, it
 * opens to the public", "Saturday, South Jersey gets a world champion", "On Monday, organizers
 * expect more than 120 floats", "Wednesday we play". Asides between commas with no verb of their own
 * may stand between.
 */
function presentAfterOpening(text: string, start: number, end: number): string | null {
  if (!DAY_OPENING_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return null;
  let rest = restOfSentence(text, end, RIGHT_WINDOW * 2);
  for (let k = 0; k < 3; k++) {
    const aside = /^,\s+([^,]*),(?=\s)/.exec(rest);
    if (
      !aside ||
      !(aside[1]!.match(WORD) ?? []).every((w) => classify(w) === null && !BE_FORMS.has(w.toLowerCase()))
    )
      break;
    rest = rest.slice(aside[0].length - 1);
  }
  // (Not a listing's "9 p.m. Friday - Warming centers at ...".)
  if (!/^,?\s+["“‘]?[A-Za-z]/.test(rest)) return null;
  const comma = rest.startsWith(',');
  const words = (rest.split(/[,;:]/)[comma ? 1 : 0] ?? '').match(WORD) ?? [];
  const first = words[0] ?? '';
  // The subject: a pronoun; a noun of up to three words after a determiner; a run of names; a
  // plural noun alone.
  const lead = first.toLowerCase();
  // ("this changes", "that is": a demonstrative alone.)
  const pronoun = SUBJECT_PRONOUNS.has(lead) || (/^th(?:is|at)$/.test(lead) && isPresentVerb(words[1] ?? ''));
  // (With no comma after the day only a pronoun: "Thursday A sales tax." is a diary's heading.)
  if (!comma && !pronoun) return null;
  let v = 1;
  if (DETERMINERS.has(lead) && !pronoun) {
    while (v < 4 && !isPresentVerb(words[v + 1] ?? '') && !isPresentVerb(words[v] ?? '')) v++;
    v++;
  } else if (/^[A-Z]/.test(first) && !pronoun) while (v < 4 && /^[A-Z]/.test(words[v] ?? '')) v++;
  else if (!pronoun && !sForm(first)) return null;
  const subject = words.slice(0, v);
  const verb = words[v] ?? '';
  if (subject.some((w) => classify(w) !== null)) return null;
  const last = subject.at(-1)!.toLowerCase();
  // ("Early Sunday, a group of officers calling itself a council", "the leader of the dockworkers
  // urging": a word after a preposition or an article is a noun, not the subject's verb.)
  if (subjectPreposition(last) || (!pronoun && DETERMINERS.has(last))) return null;
  const plural = /^(?:they|we|you|i)$/.test(last) || (last !== 'this' && sForm(last));
  if (isPresentVerb(verb) && (!plural || verb === 'are')) {
    const next = words[v + 1] ?? '';
    return /^(?:is|are)$/.test(verb) && (isParticiple(next) || next === 'been') ? null : verb;
  }
  // ("Wednesday we play", "On Monday, organizers expect": a plural subject's bare form.)
  if (plural && bareVerb(verb) && classify(verb) !== 'past' && !SUBJECT_PRONOUNS.has(verb)) return verb;
  return null;
}
/** A preposition inside a subject's noun phrase ("a group of", "the head of", "a rise in"). */
const subjectPreposition = (w: string) => w === 'of' || w === 'to' || PREPOSITION_BEFORE_NOUN.test(w);
/** A lower-case word that may be a plural subject's plain verb: no "-ly", "-ed", "-ing" or "-s"
 * ending, no modal or "to", none of the words that are no verb after a subject. */
const bareVerb = (w: string) =>
  /^[a-z]+$/.test(w) && !/(?:ly|ed|ing|s)$/.test(w) && !MODAL_OR_TO.has(w) && !NOT_RELATIVE_VERB.test(w);
/** "is", "are", or a verb's "-s" form that is no saying ("opens", "gets", "changes"). */
const isPresentVerb = (w: string) => w === 'is' || w === 'are' || (sForm(w) && !PRESENT_NOT_SCHEDULE.has(w));

/** A determiner opening a clause and a noun of two to four words: "The state minimum wage ",
 * "A two-day tractor pull ". */
const NOUN_SUBJECT_OPENING = new RegExp(
  `(?:^|:)\\s*(?:${[...DETERMINERS].join('|')})\\s+(?:[a-z][a-z-]*\\s+){1,3}[a-z]+$`,
  'i',
);
/**
 * Whether words[i], an "-s" word, follows a noun of several words that opens its clause after a
 * determiner: "The state minimum wage rises to $8.75 on", "A two-day tractor pull fills". The
 * clause must open there (`opens`: a comma, a colon or a sentence end before it), so "In a letter
 * to students on" has none; a function word or a past form ends the noun; and a plural noun right
 * before the day's preposition ("The final two games on") has no object, so it is not taken.
 */
function nounSubjectOpens(segment: string, i: number, opens: boolean): boolean {
  const at = [...segment.matchAll(WORD)][i]?.index;
  const m = at === undefined ? null : NOUN_SUBJECT_OPENING.exec(segment.slice(0, at).trimEnd());
  return (
    !!m &&
    (opens || m.index > 0 || m[0].startsWith(':')) &&
    (m[0].match(WORD) ?? []).slice(1).every(
      (x, k, noun) =>
        classify(x) === null &&
        (!NOT_NOUN_BEFORE_PARTICIPLE.test(x.toLowerCase()) ||
          // ("A smaller program of lectures continues": an "of" inside the noun, between two words.)
          (x === 'of' && k > 0 && k < noun.length - 1)),
    )
  );
}

/** A relative pronoun and the verb of its clause: "whose" takes its noun ("whose son sits");
 * "which" and "that" may take a pronoun subject ("which they take"); adverbs may stand between. */
const RELATIVE_OPEN =
  /^(who|whose\s+[a-z]+|(?:which|that)(?:\s+(they|we|you|I))?)\s+(?:(?:[a-z]+ly|also|still|now|this\s+year)\s+)*([a-z]+)(?:\s+([a-z]+))?/;
const RELATIVE_PRONOUN = /\b(?:who|whose|which|that)\b/g;
/** A month or a weekday named in a timex ("June", "Sept. 14", "late Tuesday"). */
const MONTH_OR_DAY_NAMED =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/;
/** Words after a relative pronoun that are no verb of its clause. */
const NOT_RELATIVE_VERB =
  /^(?:in|on|at|by|for|from|with|to|of|as|and|or|but|the|a|an|this|that|these|those|his|her|its|their|our|my|your|is|are|was|were|be|been|has|have|had|do|does|did|not|never|would|could|should|might|may|can|must|will|shall)$/;

type Relative = Tense & { own: boolean };

/**
 * The tense of a relative clause holding a named month or weekday at text[start, end): the cue
 * inside the clause if there is one (`own`: "who raised rates in June" is past), else the plain
 * present of its verb, a schedule still ahead ("who turns two in June", "who is seeking a second
 * term in November", "which they take in November"). Null when the timex is in no such clause or
 * its verb tells nothing.
 *
 * @example relativeTense('His daughter, who turns two in June, was rescued.', 33, 37) // future, "turns"
 */
function relativeTense(text: string, start: number, end: number): Relative | null {
  if (!MONTH_OR_DAY_NAMED.test(text.slice(start, end))) return null;
  const clause = lastSentence(text.slice(Math.max(0, start - LEFT_WINDOW), start));
  let at = -1;
  for (const p of clause.matchAll(RELATIVE_PRONOUN)) at = p.index;
  if (at < 0) return null;
  const inside = clause.slice(at);
  if (/[,;:()"“”]/.test(inside)) return null;
  const m = RELATIVE_OPEN.exec(inside);
  if (!m) return null;
  const beforeRaw = (clause.slice(0, at).match(WORD) ?? []).at(-1) ?? '';
  const before = beforeRaw.toLowerCase();
  // ("said that sales in March", "forecast in October that": after a verb or a name "that" opens
  // a reported clause.)
  if (
    /^that/.test(m[1]!) &&
    (!/^[a-z]+$/.test(beforeRaw) ||
      classify(before) !== null ||
      REPORTING.has(before) ||
      TO_FUTURE.has(before) ||
      PRESENT_NOT_SCHEDULE.has(before) ||
      /^(?:so|such|now|given|than|believe|think|hope|expect|say|show|know|and|but|or)$/.test(before))
  )
    return null;
  const words = inside.match(WORD) ?? [];
  const n = words.filter((w, i) => !(/^[A-Z]/.test(w) && /^[A-Z]/.test(words[i + 1] ?? ''))).length - 1;
  const own = leftCue(text, start, n);
  if (own) return { tense: own.tense, cue: own.cue, own: true };
  // ("Marsh, who proposed the lease in February, says": right after "who" or "which" an "-ed" word that is
  // no past cue elsewhere, as it may be an adjective ("the proposed rules"), is its verb.)
  // (Not "who exceed", "which succeed": a present.)
  if (!m[2] && /^(?:who|which)$/.test(m[1]!) && /^[a-z]{3,}[^e]ed$/.test(m[3]!) && m[3] !== 'hundred')
    return { tense: 'past', cue: m[3]!, own: true };
  // ("which opens on Friday after a screening at the festival in October": the timex dates
  // another event; "that sales in March were": the clause's verb comes after it.)
  if (/\b(?:after|since|following|despite|during)\b/.test(inside)) return null;
  const rest = (
    text
      .slice(end, end + 40)
      .split(/[,.;:!?]/)[0]!
      .match(WORD) ?? []
  ).slice(0, 4);
  if (rest.some((w) => classify(w) !== null || MODAL_OR_TO.has(w) || BE_FORMS.has(w) || PAST_BE.has(w)))
    return null;
  const verb = m[3]!;
  const next = m[4] ?? '';
  // ("who is seeking", "that are building": a present in progress.)
  if (/^(?:is|are)$/.test(verb) && /^[a-z]{3,}ing$/.test(next))
    return { tense: 'future', cue: `${verb} ${next}`, own: false };
  if (NOT_RELATIVE_VERB.test(verb) || PRESENT_NOT_SCHEDULE.has(verb) || classify(verb) !== null) return null;
  // "who turns", "that opens"; after a pronoun subject the bare form too, "which they take"; and
  // after "who", whose plural antecedent takes it, a schedule's verb: "Pupils in year 11, who sit
  // their exams from mid-May, were the main worry" (see WHO_SCHEDULE_VERB).
  const pluralWho =
    m[1] === 'who' && WHO_SCHEDULE_VERB.has(verb) && !/^[a-z]{3,}ed$/.test(next) && classify(next) === null;
  if (sForm(verb) || ((m[2] || pluralWho) && !/(?:ing|ed|ly|s)$/.test(verb) && !BARE_OR_PAST.has(verb)))
    return { tense: 'future', cue: verb, own: false };
  return null;
}

type Cue = { tense: 'past' | 'future'; cue: string; distance: number };
/** Verbs of a present opinion after "I", "we", "you" or "they": "we think", "I suspect". */
const OPINION_NOW = new Set([
  'think',
  'believe',
  'reckon',
  'suspect',
  'guess',
  'doubt',
  'imagine',
  'assume',
  'know',
  'feel',
]);

/** Where the i-th word of `left` (as `left.match(WORD)` splits it) ends: read only in rare cases,
 * so the common path keeps the plain `match`, which allocates no match objects. */
function wordEnd(left: string, i: number): number {
  const re = new RegExp(WORD.source, WORD.flags);
  let m: RegExpExecArray | null = null;
  for (let k = 0; k <= i; k++) m = re.exec(left);
  return m ? m.index + m[0].length : left.length;
}

/** The nearest cue of tense before `start` in its clause, if any ("will pay more in council tax"). */
export function leftTense(text: string, start: number): Tense {
  const cue = leftCue(text, start);
  return cue ? { tense: cue.tense, cue: cue.cue } : { tense: 'none' };
}

function leftCue(text: string, start: number, maxWords = LEFT_WORDS, window = LEFT_WINDOW): Cue | null {
  // "Arctic air will follow, forecasters said, with wind chills ... by Friday": an attribution set
  // off by commas is the reporter's, not the clause's.
  // ("released on May 3, followed by families and language on Aug. 2": what follows in a sequence
  // has no tense of its own.)
  const clause = withoutClosedRelative(
    withoutDatedAside(
      withoutSubjectAside(text, start, clip(text.slice(Math.max(0, start - window), start), true)),
    ),
  ).replace(ATTRIBUTION, ',');
  const left = clause.includes('ed by') ? clause.replace(PARTICIPLE_BY_AFTER_COMMA, ', by') : clause;
  const words = left.match(WORD) ?? [];
  const yearTimex = /^\d{4}\b/.test(text.slice(start, start + 5));
  let distance = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    // A run of capitalised words is one name ("the Space Shuttle Columbia"): it counts as one word.
    if (!(/^[A-Z]/.test(w) && /^[A-Z]/.test(words[i + 1] ?? ''))) distance++;
    if (distance > maxWords) break;
    const prevRaw = words[i - 1] ?? '';
    const prev = prevRaw.toLowerCase();
    // "The rally was all about rates, and we think yields stabilise over the summer": a speaker's
    // own present opinion opens a clause of now; a cue told before it is not the time's.
    // (Not a filler set off by a comma, "We had a great time, you know, over the summer": it opens
    // no clause, and the time stays the past verb's.)
    if (
      OPINION_NOW.has(w.toLowerCase()) &&
      /^(?:i|we|you|they)$/.test(prev) &&
      !/^\s*,/.test(left.slice(wordEnd(left, i)))
    )
      break;
    // "I've got another interview Monday", "she has got a game on Saturday": "have got" is a
    // present "have", and what one has on a named day is ahead.
    // ("she's got a recital in March", "my daughter's got exams in June": "'s" before "got" is "has".)
    if (w.toLowerCase() === 'got' && /^(?:have|has|[a-z]+['’](?:ve|s))$/.test(prev))
      return { tense: 'future', cue: `${prevRaw} ${w}`, distance };
    // "the wettest July anyone here can remember and a dry September", "people will remember this
    // weekend as a false alarm": what is remembered has happened, whatever the modal before it.
    // (Not "will remember to vote on Thursday", a task ahead, nor "will recall 500,000 cars".)
    // ("'I'll remember Tuesday,' she said": a contracted "will" too. Not "I'll remember it in
    // November": after a pronoun object the time is the remembering's.)
    if (
      /^remember$/i.test(w) &&
      (MODAL_OR_TO.has(prev) || /^[a-z]+'ll$/.test(prev)) &&
      prev !== 'to' &&
      !/^(?:to|it|them|him|her|us|me|you)$/i.test(words[i + 1] ?? '')
    )
      return { tense: 'past', cue: `${prevRaw} ${w}`, distance };
    // "hopes to have moved into a larger unit by Christmas", "will have finished by March": a
    // perfect set ahead of now is done by a time still to come.
    // (Not "will have been surprised by the figures published on Tuesday": a guess about the past.)
    if (
      prev === 'have' &&
      isParticiple(w) &&
      w.toLowerCase() !== 'been' &&
      ((words[i - 2]?.toLowerCase() === 'to' && TO_FUTURE.has(words[i - 3]?.toLowerCase() ?? '')) ||
        /^(?:will|shall)$/i.test(words[i - 2] ?? ''))
    )
      return {
        tense: 'future',
        cue: words.slice(words[i - 2]?.toLowerCase() === 'to' ? i - 3 : i - 2, i + 1).join(' '),
        distance,
      };
    // "agreed to purchase [the unit for $22 million in] February": the intended act lies ahead, so the
    // infinitive carries the cue, one word nearer the timex than the verb that governs it.
    let govAt = i - 2;
    // ("agreed on Tuesday to stop fighting from dawn on Wednesday": the day of the agreeing stands
    // between the verb and its infinitive.)
    // ("voted on Thursday night to close the branch": with its part of the day.)
    if (prev === 'to' && /^(?:morning|afternoon|evening|night)$/i.test(words[govAt] ?? '')) govAt--;
    const dayBetween =
      prev === 'to' &&
      /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)$/.test(
        words[govAt]?.toLowerCase() ?? '',
      );
    if (dayBetween) govAt = words[govAt - 1]?.toLowerCase() === 'on' ? govAt - 2 : govAt - 1;
    // "urged both sides to return", "asked the court to rule": a directive with its object before "to".
    if (prev === 'to' && !TO_FUTURE.has(words[govAt]?.toLowerCase() ?? '')) {
      // ("expect the hot, dry weather to continue", "expect unsettled weather to arrive": an "-ed"
      // word before a word of the object describes it.)
      const k = [3, 4, 5, 6].find((n) => DIRECTIVE_WITH_OBJECT.has(words[i - n]?.toLowerCase() ?? ''));
      if (
        k &&
        words
          .slice(i - k + 1, i - 1)
          .every(
            (x, j, object) =>
              (classify(x) === null || (/ed$/i.test(x) && j < object.length - 1)) && x.toLowerCase() !== 'to',
          ) &&
        // ("Fishermen were ordered back to port on Monday": "back to" opens a place, no infinitive.)
        !(k === 3 && /^back$/i.test(words[i - 2] ?? ''))
      )
        govAt = i - k;
    }
    const gov = words[govAt]?.toLowerCase() ?? '';
    if (
      prev === 'to' &&
      (TO_FUTURE.has(gov) ||
        // ("expect unsettled weather to arrive"; not "expects profit of 290 million euros to 320
        // million", "expect up to 30mm of rain".)
        (DIRECTIVE_WITH_OBJECT.has(gov) && adjacent(left, ['to', w])) ||
        // ("Councillors voted on Monday to close the school in July": once the day of the vote is
        // named, a later time is the closing's; "voted to leave the EU in June" dates the vote.)
        (dayBetween && gov === 'voted') ||
        // ("A second crew was to start at 8 a.m. Sunday": a plan told in the past, as "would" tells
        // it; not "little sign of what was to come during Friday", what the story brought next, nor
        // "was to blame".)
        (PAST_BE.has(gov) && words[govAt - 1]?.toLowerCase() !== 'what' && w !== 'blame')) &&
      /^[a-z]+$/.test(w) &&
      !FUNCTION_AFTER_TO.has(w)
    ) {
      const aux = words[i - 3]?.toLowerCase();
      // ("have already been asked to accept lower prices from January": past an adverb.)
      const k = /^(?:already|now|also|just|since|recently|repeatedly)$/i.test(words[i - 4] ?? '') ? 5 : 4;
      const aux2 = words[i - k]?.toLowerCase();
      return {
        // ("had been due to expire" looks back; "have been told to prepare" still ahead; "were asked
        // to leave the bar ... on Saturday" is a past directive, done then.)
        // ("Hydrologists had expected the river to peak Thursday evening": an expectation in the
        // past perfect has gone by.) (Not an offer or an invitation reported with "said ... had", a
        // present perfect told back: "CEPA said it had offered to meet union leaders on Thursday".)
        tense:
          (aux === 'been' && aux2 !== 'have' && aux2 !== 'has') ||
          ((aux === 'had' || words[govAt - 1]?.toLowerCase() === 'had') &&
            !(OFFERED.has(gov) && REPORTED_HAD.test(clauseBefore(left)))) ||
          ((aux === 'was' || aux === 'were') && DIRECTIVE.has(gov))
            ? 'past'
            : 'future',
        cue: `${gov} to ${w}`,
        distance,
      };
    }
    // ("agreed to a truce": "to" before a noun phrase is no infinitive.)
    if (
      words[i + 1]?.toLowerCase() === 'to' &&
      TO_FUTURE.has(w.toLowerCase()) &&
      !DETERMINERS.has(words[i + 2]?.toLowerCase() ?? '') &&
      // ("Setting out the plans to MSPs": "to" before a name is no infinitive.)
      !/^[A-Z]/.test(words[i + 2] ?? '')
    ) {
      // "had been due to expire" looks back; "is due to expire" forward.
      return { tense: prev === 'been' || prev === 'had' ? 'past' : 'future', cue: w, distance };
    }
    // "scrubbed on Tuesday and rescheduled for Thursday", "postponed until Monday": a plan moved to
    // a day after the moving.
    // ("pushed back to July", "brought forward to Monday".)
    // ("moved the appointment up to Monday": an object of up to two words may stand before the particle.)
    const particle = [1, 2, 3].find(
      (j) =>
        /^(?:back|forward|up)$/i.test(words[i + j] ?? '') &&
        words.slice(i + 1, i + j).every((x) => classify(x) === null),
    );
    // ("postponed qualifying to Sunday morning", "delayed the vote until Monday": a short object may
    // stand between a verb of moving a plan and its "to", right before the new time. Not "pushed"
    // to a day's possessive, a level reached: "Buyers pushed the shares to Friday's high".)
    const objectBefore =
      particle === undefined &&
      RESCHEDULED.has(w.toLowerCase()) &&
      !(w.toLowerCase() === 'pushed' && /^[A-Za-z]+['’]s\b/.test(text.slice(start, start + 20)))
        ? [2, 3, 4].find(
            (j) =>
              i + j === words.length - 1 &&
              /^(?:until|till|to)$/i.test(words[i + j] ?? '') &&
              words
                .slice(i + 1, i + j)
                .every((x) => classify(x) === null && !/^(?:by|from|for|in|on|at)$/i.test(x)),
          )
        : undefined;
    const moved = particle === undefined ? (objectBefore ?? 1) : particle + 1;
    // ("moved to London in May" is no plan: "moved", "brought", "put" only with "back"/"forward"/"up".)
    // ("The final had been pushed back to 7.50pm on Saturday after rain delayed it": in the past
    // perfect the new time too has gone by.)
    // ("Playoff games scheduled for Friday night were moved to Tuesday": moved to a weekday, right
    // before it, is a plan too.)
    const movedToDay =
      /^(?:moved|switched|shifted)$/i.test(w) &&
      words.length === i + 2 &&
      /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.test(text.slice(start, start + 10));
    if (
      (RESCHEDULED.has(w.toLowerCase()) || (moved > 1 && /^(?:moved|brought|put)$/i.test(w)) || movedToDay) &&
      /^(?:for|until|till|to)$/i.test(words[i + moved] ?? '')
    )
      return {
        tense: prev === 'been' && gov === 'had' ? 'past' : 'future',
        cue: words.slice(i, i + moved + 1).join(' '),
        distance,
      };
    // "Regulars have been coming in this week to say goodbye": "coming" in a progressive is no
    // time to come; "been" before it decides. Nor after a verb of starting or going on ("When the
    // water began coming up Main Street at about midnight", "kept going until 6 a.m."): that verb
    // decides.
    if (/^(?:coming|going)$/i.test(w) && (prev === 'been' || BEGUN.test(prev))) continue;
    // "Organizers began planning in January": a plan begun is a past act.
    if (/^planning$/i.test(w) && BEGUN.test(prev)) return { tense: 'past', cue: `${prevRaw} ${w}`, distance };
    // "said it was considering closing two branches in December", "were already weighing a switch to
    // remote lessons on Friday": a plan weighed in the past progressive is of a time still ahead of
    // the weighing; the "was" tells when it was weighed, not when it falls (news 2 of 2 such bare
    // weekdays and months ahead, none behind).
    // (Only with what is weighed given as a plan, a gerund or a "to" ("considering closing", "weighing
    // a switch to"), and not with "when" or "as" after the time: "The company was weighing job cuts on
    // Friday when the offer arrived" tells what went on then, an activity in progress.)
    if (INTENDING.test(w) && intendedPlan(words.slice(i + 1), text.slice(start))) {
      const be = /^(?:already|still|also|now|actively|seriously)$/.test(prev)
        ? (words[i - 2] ?? '')
        : prevRaw;
      if (PAST_BE.has(be.toLowerCase())) return { tense: 'future', cue: `${be} ${w}`, distance };
    }
    // "the shop hopes to restock its shelves in time for Christmas", "the ferry resumed sailing in
    // time for the bank holiday": what a thing is readied in time for is still ahead of the readying,
    // whatever its tense (on the news set 14 of 14 such times ahead or on the day, none behind).
    // (Not when the readying is told in the past: "The repairs were finished in time for Saturday's
    // race", "The road reopened on Friday, just in time for the weekend": a deadline met has gone by
    // with the clause, whose own cue decides.) (A present perfect still reaches now: "she has had
    // trouble getting stock in time for Christmas".)
    if (w.toLowerCase() === 'time' && prev === 'in' && words[i + 1]?.toLowerCase() === 'for') {
      const at = left.toLowerCase().lastIndexOf('in time for');
      const outer = at > 0 ? leftCue(left, at, maxWords - distance, window) : null;
      if (outer?.tense === 'past' && !presentPerfect(left.slice(0, at), outer.cue))
        return { ...outer, distance: distance + outer.distance };
      return { tense: 'future', cue: 'in time for', distance };
    }
    // "has warned of further closures this weekend": a warning looks ahead of its telling.
    if (/^warn(?:s|ed|ing)?$/i.test(w) && words[i + 1]?.toLowerCase() === 'of')
      return { tense: 'future', cue: `${w} of`, distance };
    // "the festival, which runs from Friday to Sunday": a span set ahead ("refinery runs in the
    // fourth quarter" is a noun).
    // ("This allowance runs out on April 5": it expires then.)
    // ("needed nine runs from six balls": after a count, the noun.)
    if (
      /^runs$/i.test(w) &&
      /^(?:from|until|till|through|out)$/i.test(words[i + 1] ?? '') &&
      !countBefore(prevRaw)
    )
      return { tense: 'future', cue: `${w} ${words[i + 1]!}`, distance };
    // "had been due on Friday": a plan that has passed. ("was due at 5:40 a.m." may still be today's.)
    if (
      w.toLowerCase() === 'due' &&
      words[i + 1]?.toLowerCase() !== 'to' &&
      prev === 'been' &&
      words[i - 2]?.toLowerCase() === 'had'
    )
      return { tense: 'past', cue: `${prev} due`, distance };
    // "down from the 2% it forecast in March", "had forecast in July": the past of "forecast", when
    // the timex says when (a third person in the present would say "forecasts"; "has forecast snow
    // by Thursday night" dates the snow).
    // ("The company forecast on Wednesday that ...", "Veltrix forecast on Wednesday": so after a
    // singular subject, a name or a body.)
    // ("Quillfire Software forecast fiscal 2026 revenue below Wall Street estimates on Wednesday": a
    // forecast set against analysts' estimates is a company's outlook, given that day.)
    if (
      /^forecast$/i.test(w) &&
      (/^(?:it|he|she|had|has|have|company|group|bank|firm|government|ministry|agency|fund|board|airline|carrier|maker|retailer|insurer|chain)$/.test(
        prev,
      ) ||
        (i > 0 && /^[A-Z]/.test(prevRaw) && prev !== 'i')) &&
      (i === words.length - 1 ||
        (i === words.length - 2 && /^(?:in|on)$/i.test(words[i + 1]!)) ||
        AGAINST_ESTIMATES_ON.test(words.slice(i + 1).join(' ')))
    )
      return { tense: 'past', cue: `${prevRaw} ${w}`, distance };
    // "Economists polled by Reuters had forecast a 0.4% gain for March": a forecast in the past
    // perfect was made before, of a time now gone by.
    if (/^(?:forecast|predicted|projected|expected)$/i.test(w) && prev === 'had')
      return { tense: 'past', cue: `${prevRaw} ${w}`, distance };
    // "half an hour earlier than on Friday": a comparison, not a time gone by. (Nor "an earlier
    // version by late August", "15 minutes earlier each night": an adjective after a determiner or a
    // number, and a shift of minutes or hours.)
    if (
      /^(?:earlier|later)$/i.test(w) &&
      (words[i + 1]?.toLowerCase() === 'than' ||
        /^(?:an?|the|its|their|his|her)$/.test(prev) ||
        COUNT_WORD.test(prev) ||
        /^(?:minutes?|hours?)$/.test(prev))
    )
      continue;
    // "next to the embassy" is a place.
    if (w.toLowerCase() === 'next' && words[i + 1]?.toLowerCase() === 'to') continue;
    // "putting the mayor's supporters 12 votes ahead shortly before 6pm", "two points ahead at half
    // time": "ahead" after a count and its unit is a margin, no time to come; when the timex is in the
    // margin's own phrase, the clause's verb decides. (Digits are no words here: the count is read
    // from the text before the unit.)
    // (Not across a comma, a verb, a participle or a word opening another clause: in "The poll put
    // Labour 12 points ahead of the Tories, with voting on Thursday", "showed Ruiz 12 points ahead
    // going into Sunday's runoff" the past verb does not govern the day, and "ahead" stays the cue.)
    if (
      w.toLowerCase() === 'ahead' &&
      MARGIN_PHRASE_AFTER.test(left.slice(wordEnd(left, i))) &&
      MARGIN_BEFORE.test(left.slice(0, wordEnd(left, i))) &&
      words.slice(i + 1).every((x) => classify(x) === null && !/ing$/i.test(x) && !MARGIN_PHRASE_ENDS.test(x))
    )
      continue;
    // "Voss pulled ahead for the first time", "the parade went ahead on Sunday", "finished ahead of
    // Kowalski by 212 votes": "ahead" after a past verb is a lead or a going on, and the verb is past.
    // (Not "Shares rose ahead of Tuesday's vote", "The move came ahead of talks on Friday": before
    // what is still to come.)
    if (
      w.toLowerCase() === 'ahead' &&
      classify(prevRaw) === 'past' &&
      (words[i + 1]?.toLowerCase() !== 'of' || /^(?:finished|ended|stayed|remained|was|were)$/.test(prev))
    )
      return { tense: 'past', cue: `${prevRaw} ${w}`, distance };
    // "began as (previously) planned", "as expected": a comparison with the plan, not the clause's tense.
    // ("rose more than expected", "faster than forecast": the same comparison.)
    // ("fell more than economists expected in October", "faster than we expected in May": the
    // comparison's subject stands between.)
    if (
      AS_PLANNED.has(w.toLowerCase()) &&
      (prev === 'as' ||
        prev === 'than' ||
        words[i - 2]?.toLowerCase() === 'as' ||
        (words[i - 2]?.toLowerCase() === 'than' &&
          /^(?:[a-z]+s|we|they|I|you|he|she|many|most)$/.test(prevRaw)))
    )
      continue;
    // "Federated Department Stores", "Allied Signal": a capitalised "-ed" word inside a name is no verb.
    const inName = /^[A-Z]/.test(w) && (/^[A-Z]/.test(prevRaw) || /^[A-Z]/.test(words[i + 1] ?? ''));
    // "a crowded market", "its preferred stock": after a determiner an "-ed" word is an adjective.
    // ("a planned premiere on Friday was scaled back": "planned" too is an adjective there.)
    // ("cut its own forecast for the December quarter": "own" after a possessive is part of it.)
    // ("would post updated bus routes", "their only televised debate", "will keep its stores closed":
    // after a verb that a modal or "to" governs, after "only", "first" and the like behind a
    // determiner, or after an object of such a verb, an "-ed" word describes a noun.)
    const gov2 = words[i - 2]?.toLowerCase() ?? '';
    // ("waived fees for travelers to affected cities", "rain and scattered thunderstorms": after a
    // preposition or "and", an "-ed" word right before a bare noun describes it.)
    const next = words[i + 1] ?? '';
    const adjAfterPrep =
      /ed$/i.test(w) &&
      /^(?:to|of|in|for|with|from|and|or|on|at|by)$/.test(prev) &&
      (/^[a-z]+s$/.test(next) ||
        // ("waiting for planned treatment": a bare singular noun after a preposition's "-ed" word.)
        (/^(?:of|for|with)$/.test(prev) && /^[a-z]+(?:ment|tion|ance|ence|ing|ure|age)$/.test(next))) &&
      !DETERMINERS.has(next) &&
      adjacent(left, [w, next]);
    // ("a quiet drama that premiered on Monday": "that" after a noun and before an "-ed" word that a
    // preposition follows is the relative pronoun, and the word its clause's verb.)
    // ("a band of rain that crossed the region on Tuesday": so is one before its object's article or
    // possessive, which no adjective stands before.)
    const relativeThat =
      prev === 'that' &&
      /ed$/i.test(w) &&
      (/^(?:on|in|at|by|from|for|with|to|during|last|earlier|late|early)$/i.test(next) ||
        /^(?:a|an|the|its|his|her|their|our)$/.test(next)) &&
      /^[a-z]+$/.test(gov2) &&
      !classify(gov2) &&
      !REPORTING.has(gov2) &&
      adjacent(left, [gov2, prev, w, next]);
    // ("fountains that will run displays on Thursday night", "something that would be fixed soon":
    // a modal after a noun's "that" is the relative clause's, no word of a noun phrase; not "None
    // of that will happen", "thought this would be over", where the demonstrative is the subject.)
    const relativeModal =
      prev === 'that' &&
      MODALS.includes(w.toLowerCase()) &&
      /^[A-Za-z]+$/.test(gov2) &&
      classify(gov2) === null &&
      !REPORTING.has(gov2) &&
      !EVENT_LINK.has(gov2) &&
      !/^(?:to|on|at|for|with|and|or|but|so|now|is|are|all|than)$/.test(gov2) &&
      adjacent(left, [words[i - 2]!, prevRaw, w]);
    const resultAt = resultAfterObject(words, i, left);
    const adjective =
      ((adjAfterPrep ||
        (DETERMINERS.has(prev) && !relativeThat && !relativeModal) ||
        ((prev === 'own' || ADJECTIVE_LEAD.has(prev)) && DETERMINERS.has(gov2)) ||
        (/ed$/i.test(w) &&
          /^[a-z]+$/.test(prevRaw) &&
          !BE_FORMS.has(prev) &&
          !/^(?:have|has|had|been|not|never)$/.test(prev) &&
          MODAL_OR_TO.has(gov2) &&
          adjacent(left, words.slice(i - 2, i + 1))) ||
        (/ed$/i.test(w) &&
          DETERMINERS.has(gov2) &&
          // ("will replace a spacecraft launched in 2001": before a year, the participle's own past.)
          !yearTimex &&
          /^[a-z]+$/.test(words[i - 3] ?? '') &&
          MODAL_OR_TO.has(words[i - 4]?.toLowerCase() ?? '') &&
          adjacent(left, words.slice(i - 4, i + 1)))) &&
        // (An irregular past is a verb after a possessive or "this", "that"; after an article it is a
        // participle used as an adjective: "the bigger risk is a hung parliament in the autumn".)
        (!PAST_CUES.has(w.toLowerCase()) || /^(?:a|an|the)$/.test(prev))) ||
      // (Not so the state an object is left in: "expects to have the new plant built by".)
      resultAt >= 0;
    // ("expect to have every affected truck in this state fixed by": the object's words are the
    // object's, so the tense is read from the verb that governs it.)
    if (adjective && resultAt >= 0) {
      distance += i - resultAt - 1;
      i = resultAt + 1;
      continue;
    }
    // "a cooperation plan Friday", "the plans": the noun; "plans to", "plans a sale": the verb.
    // ("Setting out the plans to MSPs": after a determiner, the noun whatever follows.)
    // ("approved the housing plan on Monday": a determiner and a word of the noun before it.)
    const planNoun =
      /^plans?$/i.test(w) &&
      (!PLAN_VERB_NEXT.has(words[i + 1]?.toLowerCase() ?? '') ||
        DETERMINERS.has(prev) ||
        // (Not a plural subject's verb: "the unions plan on striking".)
        (DETERMINERS.has(words[i - 2]?.toLowerCase() ?? '') && /^[a-z]+[^s]$/.test(prevRaw)));
    // "down from a previous forecast of 360 million euros given in May", "its own forecast": after a
    // determiner, or an adjective after one, "forecast" is the noun. (A forecast for a time is still
    // of a time ahead: "watching the wind forecast for Thursday morning".)
    // ("cut its 2015 Brent forecast to $55 on Monday": up to three words of the noun phrase between.)
    // ("beating forecasts, on Thursday", "above forecasts": the plural as the object of a
    // comparison is the noun too.)
    // ("cut its sales forecast for fiscal 2024, blaming wet weather in early summer": past a comma,
    // the timex is no longer the forecast's.)
    // (Not before "to" and a verb: "With a snowstorm forecast to move in overnight" is what is
    // foretold; "cut its Brent forecast to $55" stays the noun.)
    // (The words keep letters only: the text says whether a word follows "to" right away.)
    const forecastTo =
      words[i + 1]?.toLowerCase() === 'to' &&
      /^[a-z]+$/.test(words[i + 2] ?? '') &&
      /^forecasts?$/i.test(w) &&
      FORECAST_TO_VERB.test(left);
    const forecastNoun =
      (/^forecasts$/i.test(w) && BEFORE_FORECASTS_NOUN.test(prev)) ||
      (/^forecasts?$/i.test(w) &&
        !forecastTo &&
        (words[i + 1]?.toLowerCase() !== 'for' || !FORECAST_FOR_REACHES.test(left)) &&
        [1, 2, 3].some(
          (k) =>
            DETERMINERS.has(words[i - k]?.toLowerCase() ?? '') &&
            words
              .slice(i - k + 1, i)
              .every((x) => classify(x) === null && !/^(?:to|will|would|is|are|was|were|be|been)$/i.test(x)),
        ));
    // "will cut the ribbon", "to put": an irregular past form after a modal or "to" is an infinitive.
    // ("Finance Minister Rui May told reporters": a capitalised "May" is a name, not a modal.)
    // ("will close early or shut altogether": so is one joined to a verb such a modal governs.)
    const infinitive =
      PAST_CUES.has(w.toLowerCase()) &&
      ((MODAL_OR_TO.has(prev) && !/^[A-Z]/.test(prevRaw)) ||
        ((prev === 'or' || prev === 'and') &&
          // (Only a past that is also a bare verb: in "an instruction urging them to keep working and
          // sent them home", "sent" is the sentence's own past.)
          BARE_OR_PAST.has(w.toLowerCase()) &&
          [2, 3, 4].some(
            (k) =>
              MODAL_OR_TO.has(words[i - k] ?? '') &&
              words.slice(i - k + 1, i - 1).every((x) => classify(x) === null),
          )));
    // "The Met Office is forecasting sunshine on Friday": a capital inside the sentence starts a name,
    // whatever its letters spell.
    const capitalised = /^[A-Z]/.test(w) && i > 0 && w !== 'I';
    // ("the previous round of forecasts in September": an "-s" word after "of" is a plural noun; so
    // is one after a count, "had won his last four starts, including the Derby on April 6", and one
    // right after an article or a possessive, "on both of my visits, including a quiet Wednesday".)
    // ("a rise in visits", "a rise in emergency visits for asthma", "Moscow's visits": after a
    // preposition, a possessive, or a preposition and a word of its own before a noun of events.)
    const pluralNoun =
      (prev === 'of' ||
        determinesNoun(prevRaw) ||
        countBefore(prevRaw) ||
        (PREPOSITION_BEFORE_NOUN.test(prev) &&
          EVENT_NOUN.test(singular(w)) &&
          adjacent(left, [prevRaw, w])) ||
        (EVENT_NOUN.test(singular(w)) &&
          PREPOSITION_BEFORE_NOUN.test(words[i - 2] ?? '') &&
          /^[a-z]+$/.test(prevRaw) &&
          classify(prevRaw) === null &&
          adjacent(left, [words[i - 2]!, prevRaw, w]))) &&
      /[^s]s$/i.test(w);
    const t =
      planNoun ||
      forecastNoun ||
      // "a cut in September", "a quarter-point rate cut by June", "a takeover bid in May": an
      // irregular past form after an article, a possessive or a noun it names is itself a noun (not
      // after "that": "inflation that hit a high in July").
      pastAsNoun(words[i - 2] ?? '', prev, w) ||
      infinitive ||
      capitalised ||
      pluralNoun ||
      (inName && !PAST_CUES.has(w.toLowerCase())) ||
      adjective ||
      planningAsNoun(words, i)
        ? null
        : classify(w, words[i + 1] ?? '');
    // "to be published" is future; a participle after "be"/"is" ("will be held", "is heard")
    // takes its tense from the auxiliary further left.
    // "Investors are now focused on January": an adverb between "be" and its participle ("will be
    // formally announced on Monday" too).
    // ("will stay closed on Monday", "remain shut": a state, like "be closed".)
    // ("will be printed and posted on Friday": a participle joined by "and" to one after a "be" that a
    // modal or "to" governs shares that "be"; not "is injured and missed the game", whose second verb
    // is a past of its own.)
    const be =
      BE_FORMS.has(prev) ||
      STAY.has(prev) ||
      ((prev === 'and' || prev === 'or') &&
        isParticiple(words[i - 2] ?? '') &&
        words[i - 3]?.toLowerCase() === 'be' &&
        MODAL_OR_TO.has(words[i - 4]?.toLowerCase() ?? '')) ||
      ((BE_ADVERBS.has(prev) || LY_ADVERB.test(prevRaw)) && BE_FORMS.has(words[i - 2]?.toLowerCase() ?? ''));
    // ("a rise backdated to 1 April", "raises retroactive to July 1": what a change is backdated to
    // has gone by, whatever the modal.)
    if (
      (w[0] === 'b' || w[0] === 'B' || w[0] === 'r' || w[0] === 'R') &&
      /^(?:back-?dated|retroactive(?:ly)?)$/i.test(w)
    )
      return { tense: 'past', cue: w, distance };
    // "Game 4 on Sunday, if needed", "unless delayed": a condition, not the clause's tense.
    if (t === 'past' && /^(?:if|unless|when|where)$/.test(prev) && /ed$/i.test(w)) continue;
    // "the conference, usually held in mid-December": a habit, no tense.
    if (t === 'past' && HABITUAL.has(prev) && isParticiple(w)) continue;
    // "Talks have been arranged for Wednesday", "the trial has been adjourned until Monday": a plan
    // made, for a day still ahead.
    if (prev === 'been' && /^(?:has|have)$/i.test(words[i - 2] ?? '') && SET_FOR.has(w.toLowerCase()))
      return { tense: 'future', cue: `${words[i - 2]!} been ${w}`, distance };
    if (t && be && isParticiple(w)) {
      if (prev === 'be' && words[i - 2]?.toLowerCase() === 'to')
        // ("applications had to be made by 15 February": an obligation the past held.)
        return /^had$/i.test(words[i - 3] ?? '')
          ? { tense: 'past', cue: `had to be ${w}`, distance }
          : { tense: 'future', cue: `to be ${w}`, distance };
      // "is scheduled for", "are expected on": a plan in the present looks ahead.
      if (t === 'future' && prev !== 'been' && prev !== 'being')
        return { tense: t, cue: `${prev} ${w}`, distance };
      continue;
    }
    // "within hours of going on sale in September": "going" looks ahead only in "going to".
    if (t === 'future' && w.toLowerCase() === 'going' && words[i + 1]?.toLowerCase() !== 'to') continue;
    // "the restrictions should have come in the spring": what should or could have happened looks back.
    // ("would have taken effect Jan. 1" may be a plan undone, still ahead.)
    if (
      t === 'future' &&
      /^(?:should|could|might|must)$/i.test(w) &&
      words[i + 1]?.toLowerCase() === 'have' &&
      /^(?:been|[a-z]+(?:ed|en|n|t)|come|gone|done|run|begun|met|held|made|taken|seen|won|lost)$/i.test(
        words[i + 2] ?? '',
      )
    )
      return { tense: 'past', cue: `${w} have`, distance };
    // "will see the new rate on bills mailed in October", "will have their budgets cut from
    // September": a participle right after a noun, in a clause a modal governs, is no finite past
    // (a reduced relative, or an object's complement): the modal gives the clause its time. So does
    // a present "is likely to", "are expected to", "is set to", as "will" does: "are likely to rise
    // in the rankings released Monday". (Not "is due to", which also names a cause: "the delay is
    // due to a shipment damaged Monday" tells what was done.)
    // (Not a year: "will pay under a deal signed in 2009": what was done in a year named for it is
    // done, our news annotators 9 of 9.)
    if (t === 'past' && isParticiple(w) && !yearTimex && reducedAfterModal(text, start, left, prevRaw, w))
      continue;
    // "Every hour wasted now is an hour the roofers lose in December", "every seat that sold is a fan
    // at the final in December": a participle that describes the subject, or a relative clause's
    // verb, before the clause's own present "is" or "are" is not the clause's tense; the present sets
    // the time ahead, as "The election is in November" does.
    if (t === 'past' && !yearTimex && isParticiple(w)) {
      const present = presentAfterSubjectParticiple(left, words, i);
      if (present) return { tense: 'future', cue: `${w} ... ${present}`, distance };
    }
    // ("The fight was originally scheduled for June but was postponed": the first plan has gone by.)
    if (t === 'future' && /^(?:originally|initially)$/i.test(prev))
      return { tense: 'past', cue: `${prevRaw} ${w}`, distance };
    // "Forecasters warned that more sleet was on the way by Thursday", "said a third hike was more
    // likely by June": what was said to be likely, or on its way, looks ahead.
    if (t === 'past' && PAST_BE.has(w.toLowerCase())) {
      const likely = likelihoodAfterBe(left, words, i);
      if (likely) return { tense: 'future', cue: `${w} ${likely}`, distance };
    }
    // ("the bank's published rate path implies one more cut by the end of the summer": a participle
    // between a possessive and its noun is the noun's adjective, no verb of the clause.)
    if (
      t === 'past' &&
      /^[a-z]+ed$/.test(w) &&
      /^[A-Za-z]+['’]s$/.test(prevRaw) &&
      // (Not a pronoun's "has": "it's raised prices", "she's signed".)
      !/^(?:it|he|she|that|what|who|there|here|where)['’]s$/i.test(prevRaw) &&
      /^[a-z]+$/.test(words[i + 1] ?? '') &&
      classify(words[i + 1]!) === null
    )
      continue;
    if (t) return { tense: t, cue: w, distance };
    // "A water main burst on Elm Street Monday night", "The thermometer read 104 degrees at 4 p.m.",
    // "she set off at dawn": a verb whose past and present are one word, after a singular subject
    // and without the present's "-s", is past. (Not a plan: "the hearing set for June 5".)
    if (sameFormPast(words, i)) return { tense: 'past', cue: `${prevRaw} ${w}`, distance };
    // "could make his debut on Sunday", "may vote on Friday": a possibility still ahead ("could not
    // be reached Friday", "may have left on Friday" look back).
    // ("Neither he nor his lawyer could be located Wednesday": negated, it looks back too.)
    // ("teachers may not be back for the start of term on Monday", "might not crest until Wednesday":
    // but a "may" or "might" denied is a guess at what is still to come; on the news set 17 of 17
    // such days were ahead.)
    if (
      // (Not "May": capitalised, it is the month.)
      (POSSIBLE.has(w) || w === 'Could' || w === 'Might') &&
      (!/^(?:not|have|n't|also)$/i.test(words[i + 1] ?? '') ||
        (/^(?:may|might)$/i.test(w) &&
          /^not$/i.test(words[i + 1]!) &&
          !/^have$/i.test(words[i + 2] ?? ''))) &&
      !words.slice(Math.max(0, i - 8), i).some((x) => NEGATORS.has(x.toLowerCase()))
    )
      return { tense: 'future', cue: w, distance };
    // ("the vote", "a visit", "its start": after a determiner the word is a noun.)
    // ("eight return crossings a day": after a number, a noun.)
    if (
      // ("his victory at the Welsh Open in February": a capital inside the sentence starts a name;
      // "Go in May or late September" opens it.)
      (BARE_SCHEDULED.has(w) ||
        (i === 0 &&
          BARE_SCHEDULED.has(w.toLowerCase()) &&
          !OPENING_NOUN_VERB_AFTER.test(text.slice(start, start + 90)))) &&
      !BEFORE_BARE_NOT_FUTURE.has(prev) &&
      // ("On my visit, on Saturday", "after Britain's vote on June 23": after a possessive too.)
      !DETERMINERS.has(prev) &&
      !determinesNoun(prevRaw) &&
      !COUNT_WORD.test(prev) &&
      // ("made his last visit in March", "survived a crucial budget vote on Wednesday night": so is it
      // after a determiner and a word or two of its own.)
      !nounAfterDeterminer(words, i, left) &&
      // ("kept three cooling centers open over the weekend": "open" the state a past verb left.)
      !(w === 'open' && words.slice(Math.max(0, i - 6), i).some((x) => KEPT_OPEN.has(x.toLowerCase()))) &&
      // ("high winds tore open its big top late Tuesday": "open" right after a past verb is its
      // particle; "the players who began play on Thursday" takes it as its object.)
      !(w === 'open' && classify(prev) === 'past') &&
      // (Not a participle after a determiner, an adjective: "the slated visit on Friday".)
      !(
        classify(prev) === 'past' &&
        !PAST_CUE_NOT_VERB.has(prev) &&
        !DETERMINERS.has(words[i - 2]?.toLowerCase() ?? '') &&
        nextWord(left, prevRaw, w)
      ) &&
      // ("last met face to face in August": an idiom, no verb.)
      !(words[i + 1]?.toLowerCase() === 'to' && words[i + 2]?.toLowerCase() === w.toLowerCase())
    )
      return { tense: 'future', cue: w, distance };
  }
  return null;
}

/** A day's own words after its first: a part of the day, a day of the month, a month, a year ("Friday
 * night", "Sunday 12 May", "May 2024"); from the shared lists. */
const DAYS_OWN_WORD = String.raw`\s+(?:${[...Object.keys(PARTS_OF_DAY), ...Object.keys(MONTHS)].join('|')}|\d{1,4}(?:st|nd|rd|th)?)\b\.?`;
/**
 * After a day that follows a sentence's opening word, that word's verb: "[Play on] Friday, the first
 * day, was delayed", "[Play on] Monday was abandoned at lunch": the opening word is the subject's
 * noun, no order ("Go in May or late September, and you may have ..."). Tested from the day's start:
 * its first word and up to two of its own (DAYS_OWN_WORD), then maybe one comma-closed aside that
 * opens with no subordinator or "and"/"or", then a form of be or have. No other words between: "Visit
 * in May when the gardens are at their best", "Travel on Sunday if you have to" are orders, their
 * "are" and "have" a clause of their own.
 */
const OPENING_NOUN_VERB_AFTER = new RegExp(
  String.raw`^[\w'’]+\.?(?:${DAYS_OWN_WORD}){0,2}` +
    String.raw`(?:,(?!\s*(?:when|if|while|as|because|and|or|once|unless|until|before|after|though|although|since|so)\b)[^,.;:!?]{1,40},)?` +
    String.raw`\s+(?:was|were|is|are|has|had|have)\b`,
  'i',
);

/**
 * Whether words[i], a word of schedules, is a noun after a determiner and one word of its own
 * ("his last visit", "forced a confidence vote in October") or, for a word that is mostly a noun,
 * two ("a crucial budget vote"). Not after a plan's word, "the slated visit in September", nor a
 * plural subject's verb, "the members vote on Friday", nor a verb after a noun phrase, "Fines for a
 * first offense begin Oct. 1". (No modal stands between a determiner and a verb, so the modals the
 * list of words before used to hold never matched.)
 */
function nounAfterDeterminer(words: string[], i: number, left: string): boolean {
  const w = words[i]!;
  const prevRaw = words[i - 1] ?? '';
  const prev = prevRaw.toLowerCase();
  // ("a no-confidence vote": a hyphenated modifier is one word of the noun.)
  const ownWord = (x: string) =>
    /^[a-z]+(?:-[a-z]+)*$/i.test(x) && !/s$/i.test(x) && !NOT_NOUN_ADJECTIVE.test(x);
  if (NOUN_AFTER.test(words[i - 2] ?? '') && ownWord(prev)) return true;
  const second = words[i - 2] ?? '';
  // ("after the FDA advisory committee vote in March": a longer run of modifiers, names among them.)
  const longer =
    EVENT_NOUN.test(w) &&
    [4, 5].some(
      (k) =>
        NOUN_AFTER.test(words[i - k] ?? '') &&
        words
          .slice(i - k + 1, i)
          .every(
            (x) =>
              /^[A-Za-z-]+$/.test(x) &&
              classify(x) === null &&
              !MODAL_OR_TO.has(x.toLowerCase()) &&
              !NOT_NOUN_ADJECTIVE.test(x) &&
              !/^(?:and|or|but|to|of|in|on|at|for|with|by|from)$/i.test(x),
          ) &&
        left.includes(words.slice(i - k, i + 1).join(' ')),
    );
  if (longer) return true;
  // ("the council's budget vote in December": a noun of events after a possessive and a word of its own.)
  if (EVENT_NOUN.test(w) && POSSESSIVE.test(second) && ownWord(prev) && adjacent(left, [second, prevRaw, w]))
    return true;
  return (
    EVENT_NOUN.test(w) &&
    NOUN_AFTER.test(words[i - 3] ?? '') &&
    /^[a-z-]+$/.test(second) &&
    ownWord(prev) &&
    !NOT_NOUN_ADJECTIVE.test(second) &&
    !MODAL_OR_TO.has(prev) &&
    // (Written together: "in the past month, travel to Crewe" is a clause after a comma.)
    left.includes(`${words[i - 3]} ${second} ${prevRaw} ${w}`)
  );
}

/** Prepositions after which a word of schedules in "-s" is a plural noun ("a rise in visits"). */
const PREPOSITION_BEFORE_NOUN = /^(?:in|on|at|for|from|with|by|into|about|over|during)$/;
/** Words of schedules that are nouns more often than verbs: "vote", "visit", "debate". */
const EVENT_NOUN = /^(?:vote|visit|debate|match|game|summit|trip|tour|launch)$/;
/** A plural's singular in lower case: "visits" -> "visit", "matches" -> "match", "launches" -> "launch". */
const singular = (w: string) => w.toLowerCase().replace(/(?<=ch|sh|x)es$|s$/, '');
/** Determiners before a noun and one word of its own ("his last visit", "a confidence vote"). */
const NOUN_AFTER = /^(?:a|an|the|his|her|its|their|our|my|your)$/i;
/** A noun's possessive, which determines the noun after it as an article does ("Britain's vote",
 * "the council's budget vote"); not a pronoun's "'s", which is "is" or "has" ("it's open"). */
const POSSESSIVE = /^(?!(?:it|he|she|that|there|what|who|here|where|let|this)['’]s$)[A-Za-z]+['’]s$/i;
/** Whether `word` determines a noun after it: an article, a possessive determiner, a noun's possessive. */
const determinesNoun = (word: string) => NOUN_AFTER.test(word) || POSSESSIVE.test(word);
/** A plan's word between such a determiner and a verb of schedules: the noun names a time ahead
 * (also as a hyphenated word's last part: "the long-planned visit", "a newly-scheduled vote"). */
const NOT_NOUN_ADJECTIVE =
  /^(?:[a-z]+-)*(?:slated|planned|scheduled|upcoming|proposed|expected|coming|next|promised|possible|likely)$/i;

/**
 * A sentence's subject, then a relative clause or an appositive set off by commas, closed before
 * the main verb ("The club, one of about 20 sanctioned by the association, races every four weeks
 * through September"): the aside's verb is not the main clause's. (Not an aside after a verb, nor
 * one followed by more of the clause around it: "the rate, which held at 9.1 percent, the same as
 * in August".)
 */
const SUBJECT_ASIDE = new RegExp(
  String.raw`^(\s*(?:[\w'’.-]+\s+){0,4}[\w'’.-]+),\s+(?:which|who|whose|one\s+of)\b[^,;:"“”()]*,(?=\s+(?!(?:${ASIDE_GOES_ON}|in|on|at|by|for|to|from|with|than)\b)[a-z])`,
);
const ASIDE_OPENING = /,\s+(?:which|who|whose|one\s+of)\b/;

/**
 * `clause`, the text right before `start`, with a subject's aside taken out (see SUBJECT_ASIDE).
 * The aside is looked for in the whole sentence, as the window may open inside it.
 */
function withoutSubjectAside(text: string, start: number, clause: string): string {
  const before = text.slice(Math.max(0, start - 300), start);
  if (!ASIDE_OPENING.test(before)) return clause;
  const sentence = lastSentence(before);
  const aside = SUBJECT_ASIDE.exec(sentence);
  if (!aside || sentence.length - aside[0].length > clause.length) return clause;
  return `${aside[1]},${sentence.slice(aside[0].length)}`;
}
/** ", followed by", ", capped by": a sequence after a comma, no verb of the sentence. (Not ",
 * approved by the cabinet on Tuesday", whose participle tells of a time of its own.) */
const PARTICIPLE_BY_AFTER_COMMA = new RegExp(String.raw`,\s+(?:${SEQUENCE})\s+by\b`, 'g');
/** The participles of a sequence: "followed by", "preceded by", "capped by", "topped by". */
const SEQUENCE_PARTICIPLE = new RegExp(`^(?:${SEQUENCE})$`);

/**
 * Verbs in the past that leave their object "open" ("kept the shelters open", "threw the doors
 * open"), and verbs of staying, after which "open" is a state ("stayed open on Wednesday"; "will
 * stay open" takes its time from "will").
 */
const KEPT_OPEN = new Set([
  ...['kept', 'left', 'held', 'propped', 'forced', 'pried', 'threw', 'flung', 'swung'],
  ...['stay', 'stays', 'stayed', 'remain', 'remains', 'remained'],
]);

/** Words a participle's noun cannot be: pronouns, auxiliaries, function words. */
const NOT_NOUN_BEFORE_PARTICIPLE =
  /^(?:he|she|it|they|we|you|i|who|which|that|what|there|have|has|had|be|been|being|is|are|was|were|not|never|also|and|or|but|if|when|as|than|to|of|in|on|at|by|for|with|from|into|[a-z]+ly)$/;
/** Whether `left` ends with a clause a future modal (or a present "is likely to", "are expected to",
 * "is set to"; not "is due to", also a cause's "due to") governs, the participle `w` right after
 * the noun `noun`, and nothing between that opens another clause or may end a sentence (a dot
 * before a capital: the sentence clip keeps "in June. The district closed" together, as "June"
 * might abbreviate; "No. 3" is no end). */
function reducedAfterModal(text: string, start: number, left: string, noun: string, w: string): boolean {
  if (!/^[a-z]{3,}$/.test(noun) || NOT_NOUN_BEFORE_PARTICIPLE.test(noun)) return false;
  const at = left.lastIndexOf(`${noun} ${w}`);
  if (at < 0) return false;
  // ("said Friday that trains would run faster thanks to track upgrades completed in the summer":
  // a future seen from a past telling leaves what is done to its participle.)
  const sentence = clip(text.slice(Math.max(0, start - 300), start), true);
  return (
    !/\b(?:said|told|announced|added|reported|stated)\b[^.;]*\bwould\b/i.test(sentence) &&
    /\b(?:will|would|shall|(?:is|are)\s+(?:likely|expected|set)\s+to)\s+(?!(?:[^,;:()"“”.]|\.(?!\s+[A-Z]))*\b(?:that|which|who|whom|when|where|after|before|because|while|and|but|since|until|if)\b)(?:[^,;:()"“”.]|\.(?!\s+[A-Z]))*$/i.test(
      left.slice(0, at),
    )
  );
}

/** A present "is" or "are" (or its denial) after a subject's participle and before the timex, with
 * no clause break between: "raised today is a pound in the fund in ". */
const PRESENT_AFTER_PARTICIPLE = /^[^,;:()"“”]*?\b(is|are|isn['’]t|aren['’]t)\b[^,;:()"“”]*$/i;
/**
 * The present "is" or "are" of a clause whose subject, a noun after a determiner, a participle (or a
 * relative clause's past) describes, when it stands between that word and the timex ("Every pound
 * raised today is a pound in the fund in December" gives "is"), else null. (Not an adjective after a
 * conjunction or an adverb: "because discounted fares are tied to September prices", "Until then,
 * boiled water is given out".)
 */
function presentAfterSubjectParticiple(left: string, words: string[], i: number): string | null {
  const n = /^(?:that|which)$/.test(words[i - 1] ?? '') ? i - 2 : i - 1;
  const noun = words[n] ?? '';
  const det = words[n - 1] ?? '';
  if (
    !/^[a-z]{3,}$/.test(noun) ||
    classify(noun) !== null ||
    !(determinesNoun(det) || QUANTIFIERS.has(det.toLowerCase()))
  )
    return null;
  const m = PRESENT_AFTER_PARTICIPLE.exec(left.slice(wordEnd(left, i)));
  return m ? m[1]! : null;
}

/** Whether `words` stand next to each other in `text`, with only spaces between. */
const adjacent = (text: string, words: string[]) => new RegExp(`\\b${words.join('\\s+')}\\b`).test(text);
/** Verbs that take an object and then the state it is to be left in: "have it picked up", "keep
 * some schools closed". */
const RESULT_VERB = new Set(['have', 'get', 'keep', 'leave']);
/** Words that open such an object (not an adverb: "may have first gained" is a perfect). */
const OBJECT_OPENING = new Set([
  ...DETERMINERS,
  ...QUANTIFIERS,
  'it',
  'them',
  'him',
  'me',
  'us',
  'everyone',
  'everything',
  'nearly',
  'almost',
]);
/** Words that open a clause of their own inside an object: its participle is that clause's. */
const CLAUSE_IN_OBJECT =
  /^(?:that|which|who|whom|whose|what|why|how|where|when|whether|had|has|was|were|is|are|if|after|because|since|as|once|until|while)$/i;
/** Prepositions that tie a noun of their own to an object: a participle after it is that noun's
 * ("the jobs of the workers sacked in March", "compensation for the crops destroyed"). */
const OF_LIKE = /^(?:of|for|from|on|about)$/i;
/** Parts and shares that, like a quantifier, take "of" before their noun ("half of the loans"). */
const PART_OF = new Set([...QUANTIFIERS, 'none', 'half', 'rest', 'bulk', 'part']);
/** A participle that can name the state an object is left in: "-ed" words and irregular ones
 * ("paid", "built", "shut", "done", "repaid"); no finite past of "be", "have" or "do". */
const isStateParticiple = (w: string) =>
  w.toLowerCase() === 'done' ||
  (!/^(?:was|were|had|did)$/i.test(w) &&
    (isParticiple(w) || (/^re[a-z]{3}/i.test(w) && PAST_CUES.has(w.slice(2).toLowerCase()))));
/**
 * Whether words[from] .. words[to - 1] (to -1: to the end) are one object that a participle after
 * them describes: opening on a pronoun, a determiner or a quantifier ("the prisoners", "every
 * affected truck in this state", "all of the bills"), with no verb form but an "-ed" word right after
 * the opening, no word that opens a clause ("that", "if", "after"), no "of", "for", "from", "on" or
 * "about" but a quantifier's or a part's "of" (not "the jobs of the workers", where the participle
 * is the workers'), and no second determiner but after a preposition (not "the loans the lenders",
 * a relative clause with no relative word).
 */
function objectBefore(words: string[], from: number, to: number): boolean {
  const end = to < 0 ? words.length : to;
  if (end <= from || !OBJECT_OPENING.has(words[from]!.toLowerCase())) return false;
  for (let j = from + 1; j < end; j++) {
    const x = words[j]!;
    const lx = x.toLowerCase();
    if (
      !/^[a-z]+$/i.test(x) ||
      BE_FORMS.has(lx) ||
      CLAUSE_IN_OBJECT.test(x) ||
      (OF_LIKE.test(x) && !(lx === 'of' && j === from + 1 && PART_OF.has(words[from]!.toLowerCase()))) ||
      (classify(x) !== null && !(j === from + 1 && /ed$/i.test(x))) ||
      ((DETERMINERS.has(lx) || QUANTIFIERS.has(lx)) &&
        !(words[j - 1] === 'of' || PREPOSITION_BEFORE_NOUN.test(words[j - 1]!)))
    )
      return false;
  }
  return true;
}
/**
 * Where words[i], a participle, is the state a verb governed by a modal or "to" leaves its object
 * in ("will have it picked up Tuesday", "might keep some schools closed on Monday", "expected to
 * have nearly everyone reconnected by Wednesday evening", "expect to have every affected truck in
 * this state fixed by the end of March", "expects to have the new plant built by March"), the index
 * of that verb, else -1. The object (one to six words, objectBefore's) stands between; the
 * participle has no tense of its own, so the modal decides.
 */
function resultAfterObject(words: string[], i: number, left: string): number {
  if (!isStateParticiple(words[i]!)) return -1;
  for (let v = i - 2; v >= Math.max(1, i - 7); v--) {
    if (
      !RESULT_VERB.has(words[v]!.toLowerCase()) ||
      !MODAL_OR_TO.has(words[v - 1]!.toLowerCase()) ||
      !objectBefore(words, v + 1, i)
    )
      continue;
    if (adjacent(left, words.slice(v - 1, i + 1))) return v;
  }
  return -1;
}

/**
 * A phrase after a date that renames it or counts to it, between commas: ", the first day of the
 * talks,", ", 42 years to the day after the storm came ashore,".
 */
const DAY_APPOSITIVE =
  /^\s*,\s+(?:(?:the|a|an|its|their)\s+[^,.;"“”]{0,50}\b(?:anniversary|holiday|day|eve|deadline|date)\b[^,.;"“”]{0,30}|(?:(?:exactly|almost|nearly|just|some)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+ty(?:-[a-z]+)?)\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:to\s+the\s+day\s+)?(?:after|since|before)\s+[^,.;"“”]{0,60}),/i;
/** A comma opening an aside that a timex ends: "The next change, on ", "The final, ". */
const TIMEX_ASIDE_BEFORE = /,\s+(?:(?:on|at|in|from|by)\s+)?(?:the\s+)?$/i;
/** A phrase opened by "with" that a timex stands in: ", with the bank holiday ". */
const WITH_PHRASE_BEFORE = /(?:^|[,;]\s*)with\s[^,.;:!?"“”]*$/i;
/** Words that make a finite clause of a phrase after "with" (", with officials who were "). */
const FINITE_IN_PHRASE = /^(?:is|are|was|were|am|has|have|had|did|does|do|who|which|that)$/i;

/**
 * The cue of the clause that a "with" phrase ending at `start` hangs on (null if it has none), when
 * `near`, the nearest cue on the left, is a participle in that phrase: ", with markets in mainland
 * China closed from ". Undefined when the phrase has a verb of its own (", with officials who were
 * ") or `near` stands before it.
 */
function withPhraseClause(text: string, start: number, near: Cue): Cue | null | undefined {
  const clause = clip(text.slice(Math.max(0, start - LEFT_WINDOW), start), true);
  const phrase = WITH_PHRASE_BEFORE.exec(clause);
  if (!phrase) return undefined;
  const words: string[] = phrase[0].match(WORD) ?? [];
  // (Counted as leftCue counts: a run of capitalised words is one.)
  const span = words.filter((w, i) => !(/^[A-Z]/.test(w) && /^[A-Z]/.test(words[i + 1] ?? ''))).length;
  if (
    near.distance >= span ||
    !words.includes(near.cue) ||
    !(isParticiple(near.cue) || CLOSED_STATE.has(near.cue.toLowerCase())) ||
    words.some((w) => FINITE_IN_PHRASE.test(w) || (MODAL_OR_TO.has(w.toLowerCase()) && w !== 'to'))
  )
    return undefined;
  return leftCue(text, start - clause.length + phrase.index);
}
/** The hour an event is set for, right after its day: " is at 7:35 p.m.", " begins at 13:30". */
const HOUR_SET_AFTER =
  /^\s+(?:is|are|begins|begin|starts|start|opens|open)\s+at\s+(?:about\s+|around\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|\b)|noon\b|midnight\b)/i;
/** A weekday alone, or with its part of the day. */
const DAY_ALONE = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;
/** A verb in the plain present right after a day that is its subject ("Saturday looks best"). */
const DAY_SUBJECT_PRESENT =
  /^\s+(is|looks|promises|brings|ends|starts|begins|offers|features|sees|marks|will)\s+(?!(?:be\s+)?(?:the\s+)?(?:first|last|only)\s+time\b)/i;
/** An indefinite noun phrase set off by a comma whose participle has its own complement: ", a job
 * expected to take", ", a move welcomed by", ", a plan designed to". */
const APPOSITIVE_PARTICIPLE_AFTER =
  /^\s*,\s+(?:a|an)\s+(?:[a-z][\w'’-]*\s+){1,3}?[a-z]+ed\s+(?:to|by|as|for|at)\s/i;
/** A subordinate clause set off by a comma: ", after ...", ", because ...", ", while ...", or a
 * condition, whose backshifted past is no tense of the timex's clause: "a meeting would be held at
 * 7pm on Monday, if conditions allowed", "would run until 6 a.m. on Sunday, unless the government
 * withdrew the bill". */
const SUBORDINATE_AFTER = /^\s*,\s+(?:after|before|because|while|although|though|since|as|if|unless)\s/i;

/**
 * The first tense cue after a timex (`before`: the text just before it, for the phrase the timex
 * stands in): "on Friday, officials said" -> past "said".
 */
function rightCue(text: string, end: number, maxWords = RIGHT_WORDS, before = ''): Cue | null {
  // A quotation ends the clause: in "... in December, with Christmas coming," said the chairman",
  // "said" is the reporter's verb, not the speaker's.
  // "The Fourth of July parade, which has followed the same route since the 1960s, will be
  // extended": a relative clause between the subject and its verb is not the clause's.
  const right = withoutDatedAside(restOfSentence(text, end, RIGHT_WINDOW + 80))
    .replace(/^([^,.;]{0,30}),\s+(?:which|who|when|where)\b[^,.;]*,/, '$1')
    // "On Saturday, the 50th anniversary of the landing, he will speak": a phrase that renames
    // the day is not the clause.
    .replace(DAY_APPOSITIVE, '')
    .slice(0, RIGHT_WINDOW)
    // A quotation mark closes the clause; so does a semicolon, "The first stamps go on sale at an
    // auction in Geneva in June; collectors have valued the sheet at": what follows tells another time.
    .replace(/(?:["”;]|'').*$/s, '');
  // "will come into force from Monday, after the region recorded its driest spring": a clause of
  // its own after the comma has its own time (after an opening timex the main clause follows it).
  if (maxWords !== RIGHT_WORDS_OPENING && SUBORDINATE_AFTER.test(right)) return null;
  // "will begin a survey of the girders on Wednesday, a job expected to take at least 10 days": a
  // noun phrase set off after the timex, with a participle of its own, renames what was done; its
  // participle is no verb of the clause.
  if (maxWords !== RIGHT_WORDS_OPENING && APPOSITIVE_PARTICIPLE_AFTER.test(right)) return null;
  const rwords = right.match(WORD) ?? [];
  const timexAside = TIMEX_ASIDE_BEFORE.test(before) && /^\s*,/.test(right);
  // ("with the morning high tide on Saturday expected around": words up to the next comma are still
  // in the phrase "with" opened before the timex.)
  const withWords = WITH_PHRASE_BEFORE.test(before) ? (right.split(/[,;:]/)[0]!.match(WORD) ?? []).length : 0;
  // After the timex only auxiliaries and past forms count: "On Friday, the government planned" is past.
  for (let i = 0; i < rwords.length && i < maxWords; i++) {
    const w = rwords[i]!.toLowerCase();
    // "on Saturday and were planning to drive": a past plan still points forward.
    const nextWord = rwords[i + 1]?.toLowerCase() ?? '';
    // "would raise the issue on Tuesday and had asked to meet": a verb after "and" heads another
    // clause (a plan after it still counts, above and below).
    // ("On Sunday, survivors, rescuers and their families will gather": after an opening timex, an
    // "and" before any verb joins the subject.)
    if (w === 'and' && maxWords === RIGHT_WORDS_OPENING) continue;
    if (
      /^(?:and|but)$/.test(w) &&
      !(PAST_BE.has(nextWord) && PLAN_AFTER_BE.has(rwords[i + 2]?.toLowerCase() ?? ''))
    )
      return null;
    // (A likelihood, "was likely", is likelihoodAfterBe's to read, below.)
    if (PAST_BE.has(w) && PLAN_AFTER_BE.has(nextWord) && nextWord !== 'likely')
      return { tense: 'future', cue: `${rwords[i]!} ${rwords[i + 1]!}`, distance: i + 1 };
    // ("a vote on Thursday was now the most likely course": so does a likelihood a word or two on.)
    if (PAST_BE.has(w)) {
      const likely = likelihoodAfterBe(right, rwords, i);
      if (likely) return { tense: 'future', cue: `${rwords[i]!} ${likely}`, distance: i + 1 };
    }
    // "The fourth quarter is going to be tough", "Friday is expected to bring rain".
    // (Not across a comma: "which had $310 million at the end of September, is scheduled to"; but
    // "The next change, on 9 December, is expected to": the comma closes the timex's own aside.)
    if (
      (w === 'is' || w === 'are') &&
      PLAN_AFTER_BE.has(nextWord) &&
      nextWord !== 'due' &&
      (!right.slice(0, right.search(/\b(?:is|are)\b/)).includes(',') || (i === 0 && timexAside))
    )
      return { tense: 'future', cue: `${rwords[i]!} ${rwords[i + 1]!}`, distance: i + 1 };
    // Here "planned", "expected" are past verbs of a new subject ("the government planned").
    const afterDeterminer = DETERMINERS.has(rwords[i - 1]?.toLowerCase() ?? '');
    const pastForm =
      PAST_CUES.has(w) ||
      DENIED_PAST.test(w) ||
      (w.length > 4 && w.endsWith('ed') && !afterDeterminer && (!NOT_PAST_ED.has(w) || FUTURE_CUES.has(w)));
    // ("on Saturday, before being transferred": a participle after "being" has no tense of its own;
    // nor has an infinitive, "from October to cut waiting lists", nor "compared with".)
    // ("on Saturday, is expected to": nor has a present passive's.)
    const afterBe =
      /^(?:being|be|been|to|is|are)$/i.test(rwords[i - 1] ?? '') ||
      (w === 'compared' && /^(?:with|to)$/i.test(rwords[i + 1] ?? ''));
    const t = /^[A-Z]/.test(rwords[i]!)
      ? null
      : MODAL_FUTURE.has(w)
        ? 'future'
        : pastForm && !afterBe
          ? 'past'
          : null;
    // "Polls close at 10pm on Thursday, with a result expected on Friday": a phrase after "with"
    // has no verb of its own, only participles.
    if (t === 'past' && (i < withWords || rwords.slice(0, i).some((x) => x.toLowerCase() === 'with')))
      continue;
    // "on Saturday and, if needed, Game 4": a condition.
    if (t === 'past' && /^(?:if|unless|when|where)$/.test(rwords[i - 1]?.toLowerCase() ?? '')) continue;
    // "will close from noon to 5 p.m. on Friday, as it did several times last month": a comparison
    // with the past, not the clause's tense.
    if (
      t === 'past' &&
      rwords[i - 2]?.toLowerCase() === 'as' &&
      /^(?:it|they|he|she|we|i)$/i.test(rwords[i - 1] ?? '')
    )
      continue;
    // "in September as planned", "rather than in December as originally planned": a participle
    // after "as" tells of the plan, not when the clause takes place.
    if (
      t === 'past' &&
      (rwords[i - 1]?.toLowerCase() === 'as' ||
        (rwords[i - 2]?.toLowerCase() === 'as' && /ly$/i.test(rwords[i - 1] ?? '')))
    )
      continue;
    // "at 11 a.m. Sunday, followed by a picnic": a participle phrase after a comma has no tense; nor
    // has one of a sequence right after the timex ("the ceremony at 9am followed by a breakfast").
    if (t === 'past' && i === 0 && nextWord === 'by' && (/^\s*,/.test(right) || SEQUENCE_PARTICIPLE.test(w)))
      continue;
    // "in the rankings published on Monday, the highest position held by a Briton": a participle
    // with its agent right after a noun describes the noun; it is no verb of the clause.
    if (t === 'past' && i > 0 && nextWord === 'by' && NOUNISH.test(rwords[i - 1]!) && isParticiple(w))
      continue;
    if (t) return { tense: t, cue: rwords[i]!, distance: i + 1 };
  }
  return null;
}
/** A word that may end a noun phrase (not a form of "be" or "have", a pronoun or an adverb). */
const NOUNISH =
  /^(?!(?:is|are|was|were|be|been|being|has|have|had|it|he|she|they|we|i|you|who|which|that|also|then|now|not)$)[a-z]{3,}(?<!ly)$/;

/** Whether `cue`, a past cue found in `left`, is the participle of a present perfect ("has had"). */
const presentPerfect = (left: string, cue: string) =>
  new RegExp(
    `\\b(?:has|have|[a-z]+['’]ve)\\s+(?:[a-z]+ly\\s+)?${cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`,
    'i',
  ).test(left);
/** A verb of starting, going on or stopping, before a gerund it governs ("began planning", "kept coming"). */
const BEGUN = /^(?:began|begun|started|stopped|finished|resumed|kept|continued)$/;
/** Progressives of a plan being weighed: "considering", "weighing", "mulling" ("planning" is a
 * future cue of its own, FUTURE_CUES). */
const INTENDING = /^(?:considering|weighing|contemplating|mulling)$/i;
/** Whether the words after a verb of weighing up to a timex give a plan (a gerund, or a "to": "closing
 * two branches", "a switch to remote lessons"), and the timex, `after`, is not followed by "when" or
 * "as" (a time something happened during the weighing). */
const intendedPlan = (object: string[], after: string) =>
  (/ing$/i.test(object[0] ?? '') || object.some((x) => x.toLowerCase() === 'to')) &&
  !/^[\w'’ -]{0,30}?,?\s(?:when|as)\s/i.test(after);
