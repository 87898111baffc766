import { stemmer } from 'stemmer';
import type { ActorMention, Article, Cluster, Event, Granularity } from '../types';
import { isoToMs, isoWeekStart, msToIsoDay, msToIsoWeek, valueToInterval } from '../time/interval';
import { CALENDAR_WORDS, DAY_NAMING_WORDS, IRREGULAR_VERBS, SAME_HAPPENING_WORDS, STOPWORDS } from './cues';

const IGNORED = new Set([...STOPWORDS, ...CALENDAR_WORDS]);

/**
 * How alike two reports must be to be merged. The score is the cosine of the two sentences'
 * content words weighted by rarity (tf-idf over the corpus's event sentences; for reports of one
 * day or a time in it, with the longer's length pivoted, see `longReport`), plus a little for
 * shared actors; the threshold rises as the dates get coarser (two reports of one clock time in a
 * story are nearly always one happening, two of one year seldom), when one date lies inside the
 * other, and steeply when the two articles do not tell the same story. Chosen on the development
 * half of test/fixtures/clusters (`npm run eval:cluster`): the best pair F1 at a pair precision of
 * 92% or more.
 */
export const CLUSTER_SCORING = {
  /** Threshold by the coarser date of the two. */
  threshold: {
    clock: 0.12,
    partOfDay: 0.14,
    day: 0.175,
    week: 0.195,
    month: 0.215,
    season: 0.215,
    year: 0.235,
    decade: 0.25,
  },
  /** Added to the threshold when one date lies inside the other ("Tuesday" and "this week"). */
  nested: 0.2,
  /**
   * Added instead when the coarser date is a day or a part of one ("at 10 a.m." and "Tuesday"):
   * a day holds few happenings of one story, a week or a month many.
   */
  nestedInDay: 0.15,
  /**
   * Added instead when the coarser date is a part of a day and the finer a clock time in it ("about
   * 11pm" and "Sunday night", "9:17 a.m." and "the morning of March 14"): a part of a day spans a few
   * hours and holds fewer happenings of a story than its day, and a writer who gives the hour and
   * one who gives the evening mostly tell one ("a 7 p.m. meeting", "last night, residents packed the
   * town hall"): nearly as little as for the same time. Not for a time that bounds something
   * ("by 6 a.m.", "until 10am", "after 8 p.m.") or stamps a live blog's post ("8.31pm: ..."): it
   * dates no happening of its own hour. Added too when the coarser date is a day and the clock
   * time names that day itself ("2 p.m. Wednesday", "about 9am yesterday" and "March 7"): its
   * writer dates the happening by its day as the other does, and tells the hour besides.
   */
  nestedInPart: 0.03,
  /** Added to the score when the two share a person or organisation. */
  sharedNamed: 0.05,
  /** Added to the score when they share any actor (countries included). */
  sharedActor: 0.05,
  /**
   * Added to the threshold unless the two articles tell the same story: the cosine of their
   * words and named persons and organisations (weighted by rarity over the articles) at least `story`.
   */
  otherStory: 0.6,
  story: 0.15,
  /**
   * Taken off the threshold of two reports of one month, season or year (not nested) when their
   * articles are close on one story (story cosine at least `closeStory`): in one story's coverage
   * a year or month told in like words mostly names its one earlier happening ("the 2009
   * agreement on the link"), where across stories a year holds many.
   */
  closeStoryRelief: 0.06,
  closeStory: 0.3,
  /**
   * Taken off the threshold of two reports of a date long past when their articles came out (its
   * period ended `backstoryDays` or more before the earlier of the two), when the articles tell one
   * story and came out at most `backstoryWindow` days apart, and neither report gives a figure. One
   * story's coverage tells its past in a few landmark happenings ("the 2009 agreement on the link",
   * "hijacked in August 2011"), where its days at hand hold many. A figure of a past period
   * ("revenue rose 5% in 2011") measures the period rather than telling a happening in it, and its
   * amount already ties two reports or keeps them apart.
   */
  backstoryRelief: 0.13,
  backstoryDays: 30,
  backstoryWindow: 10,
  /**
   * Taken off the threshold of two reports of one day, part of a day or clock time (the same
   * interval) when each is the only sentence of its article to date that day or a time in it, the
   * two articles tell one story and neither report gives a figure. A writer who dates one sentence
   * with a day of the story tells one happening of it ("the lower house approved the budget on
   * Thursday", "first passed the budget on Dec. 12"); where the day holds several, its writers date
   * several sentences with it. A figure's amount already ties two reports or keeps them apart.
   */
  loneDayRelief: 0.08,
  /**
   * How much of the longer report's length counts, for two reports of one day or a time in it: the
   * cosine divides by both lengths, and the pivoted score divides by the shorter's to the power
   * (2 - longReport) and the longer's to the power longReport (1 is the cosine). A wire's lead
   * tells a day's happening with its place, its toll and its sources ("A crowded tram came off
   * the rails at a busy junction in central Gothenburg on Tuesday evening, injuring 31 people"),
   * a later report in a few words ("after Tuesday's derailment at Brunnsparken"); the lead's extra
   * words are no sign of another happening. Dates coarser than a day keep the cosine: a month or
   * a year holds many happenings, and a long sentence about one of them shares words with others.
   */
  longReport: 0.8,
  /** Content words the two sentences must share. */
  minShared: 1,
};

export type ClusterScoring = typeof CLUSTER_SCORING;
type Band = keyof ClusterScoring['threshold'];

const BAND: Record<Granularity, Band> = {
  minute: 'clock',
  hour: 'clock',
  partOfDay: 'partOfDay',
  day: 'day',
  weekend: 'week',
  week: 'week',
  month: 'month',
  season: 'season',
  quarter: 'season',
  half: 'season',
  year: 'year',
  decade: 'decade',
  century: 'decade',
};
const BAND_ORDER: Band[] = ['clock', 'partOfDay', 'day', 'week', 'month', 'season', 'year', 'decade'];

/** The stem each word of a group of SAME_HAPPENING_WORDS is read as: its group's first word's. */
const SAME_STEM = new Map(
  SAME_HAPPENING_WORDS.flatMap((group) => group.map((w) => [stemmer(w), stemmer(group[0]!)] as const)),
);
/**
 * Each past form of IRREGULAR_VERBS and its verb's plain form, which it is stemmed as: whole words,
 * so that "founded" stays apart from "found" (of "find").
 */
const PLAIN_FORM = new Map(IRREGULAR_VERBS.flatMap(([plain, ...forms]) => forms.map((w) => [w, plain!])));
const stems = new Map<string, string>();
const stem = (w: string) => {
  let s = stems.get(w);
  if (s === undefined) {
    const own = stemmer(PLAIN_FORM.get(w) ?? w);
    stems.set(w, (s = SAME_STEM.get(own) ?? own));
  }
  return s;
};

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const nonAscii = new Map<number, boolean>();
/** Whether a code point beyond ASCII is a letter or a digit (as `\p{L}` or `\p{N}`). */
function isWordCode(code: number): boolean {
  let yes = nonAscii.get(code);
  if (yes === undefined) nonAscii.set(code, (yes = LETTER_OR_DIGIT.test(String.fromCodePoint(code))));
  return yes;
}

/**
 * Each run of letters and digits of `text` at least `minLength` code units long, with its offset and
 * whether it is all ASCII digits: what `/[\p{L}\p{N}]+/gu` matches, without a match object per
 * word or a string for a shorter one (this reads every event's sentence and every article's lead).
 */
function eachWord(
  text: string,
  minLength: number,
  fn: (word: string, at: number, digits: boolean) => void,
): void {
  let from = -1;
  let digits = true;
  const end = (to: number) => {
    if (to - from >= minLength) fn(text.slice(from, to), from, digits);
    from = -1;
    digits = true;
  };
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      if (from < 0) from = i;
      i++;
    } else if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) {
      if (from < 0) from = i;
      digits = false;
      i++;
    } else if (code < 128) {
      if (from >= 0) end(i);
      i++;
    } else {
      const point = text.codePointAt(i)!;
      if (isWordCode(point)) {
        if (from < 0) from = i;
        if (!(point >= 48 && point <= 57)) digits = false;
      } else if (from >= 0) end(i);
      i += point > 0xffff ? 2 : 1;
    }
  }
  if (from >= 0) end(text.length);
}

/** Characters between a word and a span of the text (0 when they touch or overlap). */
const gap = (start: number, end: number, span: { start: number; end: number }) =>
  Math.max(0, span.start - end, start - span.end);

/**
 * Another date of an event's sentence, as it competes for the sentence's words. `clause` is where a
 * relative clause holding it opens, when that clause closes before the event's own date (see
 * relativeClauseStart); the words before the clause are then the event's too.
 */
type OtherDate = { start: number; end: number; clause?: number };

/**
 * Whether text[start, end) of the sentence goes with this event's date: not the date itself, and
 * no nearer to another date the sentence holds (`others`) than to it, unless that date lies in a
 * relative clause on the word ("The round of talks, which began this week, is expected to close
 * later today": the talks are the subject of both clauses, so both dates take them).
 */
function nearestToOwnDate(
  start: number,
  end: number,
  timex: { start: number; end: number },
  others: readonly OtherDate[],
): boolean {
  if (start < timex.end && timex.start < end) return false;
  const own = gap(start, end, timex);
  return !others.some((o) => gap(start, end, o) < own && !(o.clause !== undefined && end <= o.clause));
}

/**
 * A sentence's subject followed by a relative clause on "which", open up to the end of the text:
 * "The round of talks, which began in Geneva". "which" tells of a thing or a happening that the
 * main clause goes on to tell of; "who" tells of a doer, who does other things on other days.
 */
const SUBJECT_THEN_WHICH = /^[^,;:()"“”]+,\s+which\s[^,;:()"“”]*$/i;

/** Words that open a clause of its own between the relative clause and the main clause's date. */
const OTHER_CLAUSE = /^,\s*(?:and|but|or)\b|\b(?:since|after|before|when|while|until|because|following)\b/i;

/**
 * Where the relative clause holding `date` opens, when it hangs on the sentence's subject, is set
 * off by commas and closes before `own`, which the main clause tells ("The round of talks, which
 * began in Geneva this week, is expected to close later today": "this week" in the clause,
 * "today" after it); undefined otherwise (", and", "after", "since"... before `own`: another clause).
 */
function relativeClauseStart(
  sentence: { start: number; text: string },
  date: { start: number; end: number },
  own: { start: number },
): number | undefined {
  if (own.start < date.end) return undefined;
  const m = SUBJECT_THEN_WHICH.exec(sentence.text.slice(0, date.start - sentence.start));
  if (!m) return undefined;
  const close = sentence.text.indexOf(',', date.end - sentence.start);
  if (close < 0 || sentence.start + close >= own.start) return undefined;
  if (OTHER_CLAUSE.test(sentence.text.slice(close, own.start - sentence.start))) return undefined;
  return sentence.start + m[0].indexOf(',');
}

/** What may stand between a time and its day told together: "5:40 p.m. on Oct. 15", "Tuesday at 10 a.m.". */
const JOINING = /^\s*,?\s*(?:(?:on|at|of)\s+)?(?:the\s+)?$/i;

/**
 * Whether `time` (a clock time or a part of a day) lies in `day` (a day or a part of one) of the
 * same sentence and is told beside it, only a joining word between ("at about 5 a.m. on Sunday",
 * "before dawn on Nov. 13", "11pm on May 8"): the two date one happening, and the day takes the
 * sentence's words nearer the time as well. Other writers mostly give that happening its day ("was
 * detained early on Sunday"), and with the words split between the two, neither matched them.
 */
function isTimeToldIn(time: Event, day: Event): boolean {
  if (BAND[day.granularity] !== 'day' && BAND[day.granularity] !== 'partOfDay') return false;
  const band = BAND[time.granularity];
  if (band !== 'clock' && band !== 'partOfDay') return false;
  const [first, second] = time.timex.start < day.timex.start ? [time, day] : [day, time];
  if (second.timex.start < first.timex.end) return false;
  const { sentence } = day;
  if (
    !JOINING.test(sentence.text.slice(first.timex.end - sentence.start, second.timex.start - sentence.start))
  )
    return false;
  const start = isoToMs(time.start);
  const end = isoToMs(time.end);
  return (
    isoToMs(day.start) <= start &&
    end <= isoToMs(day.end) &&
    end - start < isoToMs(day.end) - isoToMs(day.start)
  );
}

/** "after" or "before" opening a clause of its own: "..., hours before the government defeated ...". */
const AFTER_OR_BEFORE = /\s(?:after|before)\s/i;

/** A date opening its sentence, at most a preposition before it: "In March, ...", "On Tuesday, ...". */
const DATE_FIRST = /^\W*(?:\p{L}+\s+)?$/u;

/**
 * The clause on "after" or "before" that follows an event's date, as offsets into the text, or
 * null: the clause tells another happening, which the event's happening came after or before
 * ("Mori told reporters yesterday evening after talks with Varela", "was sworn in on Thursday
 * morning, hours before the government defeated an opposition motion"). Its words are that
 * happening's, whether or not the sentence dates it; read as the event's, they tie its report to
 * other reports of that happening. It runs to the end of the sentence, or to its comma when the
 * date opens the sentence and the main clause follows ("In March, days after the court issued a
 * warrant, Xi visited Moscow").
 */
function laterClause({ sentence, timex }: Event): { start: number; end: number } | null {
  const from = timex.end - sentence.start;
  const at = sentence.text.slice(from).search(AFTER_OR_BEFORE);
  if (at < 0) return null;
  const start = from + at;
  const comma = DATE_FIRST.test(sentence.text.slice(0, timex.start - sentence.start))
    ? sentence.text.indexOf(',', start)
    : -1;
  return { start: sentence.start + start, end: comma < 0 ? Infinity : sentence.start + comma };
}

/** Calls `fn` with each content word of an event's sentence, unstemmed (see contentWords). */
function eachContentWord(event: Event, others: readonly OtherDate[], fn: (word: string) => void): void {
  const { sentence, timex } = event;
  const clause = laterClause(event);
  eachWord(sentence.text.toLowerCase(), 2, (w, at) => {
    if (IGNORED.has(w)) return;
    const start = sentence.start + at;
    if (clause && clause.start <= start && start < clause.end) return;
    if (nearestToOwnDate(start, start + w.length, timex, others)) fn(w);
  });
}

/** A number with a decimal part or a magnitude: "4.3%", "1.2 million", "£47m", "6.25 per cent". */
const AMOUNT =
  /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(%|per ?cent\b|percent\b|million\b|billion\b|trillion\b|thousand\b|m\b|bn\b))?/giu;
const MAGNITUDE: Record<string, number> = {
  million: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
  thousand: 1e3,
};

/**
 * Calls `fn` with each amount of an event's sentence as one term ("4.3%" -> "#4.3%", "£47m" and
 * "47 million" -> "#47000000"), where its words alone say little ("4" and "3" are too short to
 * count, "million" is common): two reports giving the same figure likely report one happening.
 * Whole numbers without a unit are words already. The same nearest-date rule as for words.
 */
function eachAmount(event: Event, others: readonly OtherDate[], fn: (term: string) => void): void {
  const { sentence, timex } = event;
  // Most sentences have no digit: skip them without the regular expression.
  if (!/\d/.test(sentence.text)) return;
  for (const m of sentence.text.matchAll(AMOUNT)) {
    const unit = m[3]?.toLowerCase();
    if (m[2] === undefined && unit === undefined) continue;
    const start = sentence.start + m.index;
    if (!nearestToOwnDate(start, start + m[0].length, timex, others)) continue;
    const value = Number(`${m[1]!.replace(/,/g, '')}.${m[2] ?? '0'}`);
    const percent = unit !== undefined && /^(?:%|per)/.test(unit);
    const scaled = percent || unit === undefined ? value : value * MAGNITUDE[unit]!;
    fn(`#${Number(scaled.toPrecision(12))}${percent ? '%' : ''}`);
  }
}

/**
 * Content words of an event's sentence, stemmed (Porter; the words of one happening in
 * SAME_HAPPENING_WORDS as one stem, events/cues.ts), without the date itself, function
 * words and calendar words (events/cues.ts). Where the sentence dates other events too (`others`,
 * their timex spans), only the words nearer this event's date than theirs: "Shares fell on
 * Wednesday after the recall announced on Tuesday" gives Wednesday the shares and Tuesday the recall.
 * Nor the words of a clause on "after" or "before" past the date, which tell another happening (see
 * laterClause).
 *
 * @example contentWords(event) // Set { 'berg', 'arriv', 'oslo' } for "Berg arrived in Oslo on Friday."
 */
export function contentWords(
  event: Event,
  others: readonly { start: number; end: number }[] = [],
): Set<string> {
  const out = new Set<string>();
  eachContentWord(event, others, (w) => out.add(stem(w)));
  return out;
}

/**
 * Small integer ids for stems and other terms, and each document's terms as a list of ids in the
 * order first met, without repeats: the clustering compares thousands of such lists.
 */
class Terms {
  private readonly ids = new Map<string, number>();
  /** Word to stem id; -1 for function and calendar words. */
  private readonly ofWord = new Map<string, number>([...IGNORED].map((w) => [w, -1]));
  private seen = new Int32Array(1024);
  private doc = 0;

  get size(): number {
    return this.ids.size;
  }

  /** The id of a term (a stem, or a name such as "@person:…"). */
  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      this.ids.set(term, (id = this.ids.size));
      if (id >= this.seen.length) {
        const grown = new Int32Array(this.seen.length * 2);
        grown.set(this.seen);
        this.seen = grown;
      }
    }
    return id;
  }

  /** The id of a word's stem, or -1 for a function or calendar word. */
  wordId(word: string): number {
    let id = this.ofWord.get(word);
    if (id === undefined) this.ofWord.set(word, (id = this.id(stem(word))));
    return id;
  }

  /** A new document's list; `add` appends an id once. Lists are filled one at a time. */
  list(): TermList {
    return new TermList(this, ++this.doc);
  }

  /** Marks `id` as in document `doc`; false when it was already. */
  mark(id: number, doc: number): boolean {
    if (this.seen[id] === doc) return false;
    this.seen[id] = doc;
    return true;
  }
}

/** One document's term ids, in the order first met, without repeats (see Terms.list). */
class TermList {
  readonly ids: number[] = [];
  constructor(
    private readonly terms: Terms,
    private readonly doc: number,
  ) {}

  add(id: number): void {
    if (this.terms.mark(id, this.doc)) this.ids.push(id);
  }
}

/**
 * Words before a date that make it a bound of something: "by 6 a.m.", "until 10am on Friday", "from
 * 5 to 7:30 p.m." (not "shortly before midnight", "just after 2am": those tell a time).
 */
const BOUND_BEFORE =
  /\b(?:by|until|till|since|from|from\s+\S+(?:\s+\S+)?\s+to|(?<!\b(?:shortly|just|soon|right|minutes|moments)\s+)(?:after|before))\s+(?:(?:about|around|approximately)\s+)?$/i;

/**
 * Whether an event's date bounds something ("by 6 a.m.", "until 10am") or is a clock time opening
 * its sentence, which stamps a live blog's post or heads a timeline's entry ("07:40 IST: Heavy rain
 * in Puri", "11.40 The Met Office ..."), rather than telling when its sentence's happening took place.
 *
 * @example isEdge(event) // true for "Power was back by 6 a.m."
 */
function isEdge(e: Event): boolean {
  const at = e.timex.start - e.sentence.start;
  const before = e.sentence.text.slice(Math.max(0, at - 30), at);
  if (BOUND_BEFORE.test(before)) return true;
  return BAND[e.granularity] === 'clock' && /^\W*$/.test(before);
}

const DAY_NAMING = new Set(DAY_NAMING_WORDS);

/**
 * Whether a clock time's own words name its day (see CLUSTER_SCORING.nestedInPart).
 *
 * @example namesItsDay(event) // true for "The meeting began at 2 p.m. Wednesday", false for "at 2 p.m."
 */
function namesItsDay(e: Event): boolean {
  let named = false;
  eachWord(e.timex.text.toLowerCase(), 2, (w) => {
    if (DAY_NAMING.has(w)) named = true;
  });
  return named;
}

/** A sentence whose subject is a personal pronoun at its start ("He said", "She was arrested"). */
const PRONOUN_OPENING = /^\W{0,2}(?:He|She)\b/;

/**
 * The name an event's opening "He" or "She" stands for, as its article last wrote it before the
 * sentence, or null: "Opposition leader Irena Voss ... She was arrested at her home before dawn"
 * gives "Irena Voss". The person is the one the events stage resolved the pronoun to (the event's
 * person when its sentence names none, see events/build.ts). Reports of one happening share
 * its doer's name more surely than their verbs, and a writer who has just named the doer writes
 * "she" where another writes the name.
 */
function antecedentFinder(mentions: readonly ActorMention[] | undefined): (e: Event) => string | null {
  // Each article's person mentions in text order.
  const people = new Map<string, ActorMention[]>();
  for (const m of mentions ?? []) {
    if (!m.actorId.startsWith('person:')) continue;
    const list = people.get(m.articleId);
    if (list) list.push(m);
    else people.set(m.articleId, [m]);
  }
  for (const list of people.values()) list.sort((a, b) => a.start - b.start);
  return (e) => {
    if (!PRONOUN_OPENING.test(e.sentence.text)) return null;
    const named = people.get(e.articleId);
    const person = e.actors.find((a) => a.startsWith('person:'));
    if (!named || person === undefined) return null;
    // The first mention at or after the sentence's start: none may lie in the sentence.
    let lo = 0;
    let hi = named.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (named[mid]!.start < e.sentence.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < named.length && named[lo]!.start < e.sentence.end) return null;
    for (let k = lo - 1; k >= 0; k--) if (named[k]!.actorId === person) return named[k]!.text;
    return null;
  };
}

/** Characters of an article read for its story: the headline and lead name who and what it is about. */
const STORY_LEAD = 2000;
/** The fewest articles a corpus is taken to hold when weighing words for stories. */
const STORY_BACKGROUND = 50;
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const DAY = 86_400_000;
/** Two clock times at most this many minutes apart may date one happening. */
const NEAR_MINUTES = 60;

/** The key of an interval, as events carry it. */
const keyOf = (start: string, end: string) => `${start}|${end}`;

/**
 * The calendar periods an event's date lies in, besides its own interval, as interval keys: a
 * clock time or part of day lies in its day, a day in its ISO week and month (and a Saturday or
 * Sunday in its weekend), an evening in that night, a weekend in its week, a month, season or
 * quarter in its year. "Tuesday" and "this week", "Saturday" and "last weekend", "March 2021" and
 * "2021" may report one happening; "2023" and "Tuesday" are not compared. A clock time that is an
 * `edge` (see isEdge) lies only in the parts of the day it falls in, not in one it opens just before.
 */
function containers(e: Event, edge: boolean): string[] {
  const band = BAND[e.granularity];
  if (band === 'month' || band === 'season') {
    const year = e.start.slice(0, 4);
    return /^\d{4}$/.test(year) && e.end <= `${Number(year) + 1}-01-01`
      ? [keyOf(`${year}-01-01`, `${Number(year) + 1}-01-01`)]
      : [];
  }
  if (band !== 'clock' && band !== 'partOfDay' && band !== 'day' && e.granularity !== 'weekend') return [];
  const dayMs = isoToMs(e.start.slice(0, 10));
  if (!Number.isFinite(dayMs)) return [];
  const { year, week } = msToIsoWeek(dayMs);
  const monday = isoWeekStart(year, week);
  const weekKey = keyOf(msToIsoDay(monday), msToIsoDay(monday + 7 * DAY));
  if (e.granularity === 'weekend') return [weekKey];
  const d = new Date(dayMs);
  const monthKey = keyOf(
    msToIsoDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)),
    msToIsoDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)),
  );
  const out = [weekKey, monthKey];
  // Saturday and Sunday lie in their weekend (the tagger's "the weekend": Saturday and Sunday).
  if (dayMs >= monday + 5 * DAY) out.push(keyOf(msToIsoDay(monday + 5 * DAY), msToIsoDay(monday + 7 * DAY)));
  if (band !== 'day') out.unshift(keyOf(msToIsoDay(dayMs), msToIsoDay(dayMs + DAY)));
  if (band === 'clock') out.unshift(...partsOfDay(isoToMs(e.start), dayMs, edge ? 0 : NEAR_MINUTES));
  if (e.value.endsWith('TEV')) out.push(...overlappingNight(e.value));
  return out;
}

/**
 * The night of the day an evening is of: the two overlap (after 8 p.m.), and writers name one
 * time "Monday evening" and "Monday night".
 */
function overlappingNight(value: string): string[] {
  const span = valueToInterval(value.replace(/TEV$/, 'TNI'));
  return span ? [keyOf(span.start, span.end)] : [];
}

/**
 * The parts of the day a clock time lies in, as interval keys: "6 p.m." in that evening, "shortly
 * before midnight" in that night, "12:15" in the afternoon and at midday; and those starting at most
 * `early` minutes after it: writers round a time to the part of the day it opens, "a 7 p.m.
 * meeting" told as "last night", "the 5 p.m. call" as "Tuesday evening" (two clock times up to
 * NEAR_MINUTES apart may likewise date one happening).
 */
function partsOfDay(at: number, dayMs: number, early: number): string[] {
  const out: string[] = [];
  for (const day of [dayMs - DAY, dayMs])
    for (const part of ['MO', 'MI', 'AF', 'EV', 'NI']) {
      const span = valueToInterval(`${msToIsoDay(day)}T${part}`);
      if (span && isoToMs(span.start) - early * 60_000 <= at && at < isoToMs(span.end))
        out.push(keyOf(span.start, span.end));
    }
  return out;
}

/**
 * Squared inverse document frequency of each term of `docs` (lists of term ids below `size`) among
 * `n` documents, log(1 + n / df), and 0 for terms in more than `maxDf` of them.
 */
function rarity(docs: Iterable<readonly number[]>, size: number, n: number, maxDf = Infinity): Float64Array {
  const df = new Int32Array(size);
  for (const ids of docs) for (const id of ids) df[id]!++;
  const weight = new Float64Array(size);
  for (let id = 0; id < size; id++) {
    const k = df[id]!;
    if (k > 0 && k <= maxDf) weight[id] = Math.log(1 + n / k) ** 2;
  }
  return weight;
}

/** The length of a document's vector under `weight` (squared weights). */
function lengthOf(ids: readonly number[], weight: Float64Array): number {
  let sum = 0;
  for (const id of ids) sum += weight[id]!;
  return Math.sqrt(sum);
}

/** Actors two events share: whether any, and whether one is a person or organisation. */
function sharedActors(a: Event, b: Event): { any: boolean; named: boolean } {
  let any = false;
  for (const x of a.actors)
    if (b.actors.includes(x)) {
      any = true;
      if (!x.startsWith('country:')) return { any, named: true };
    }
  return { any, named: false };
}

/** The clock band, and the bands the scoring of a pair tells apart. */
const CLOCK = BAND_ORDER.indexOf('clock');
const PART = BAND_ORDER.indexOf('partOfDay');
const DAY_BAND = BAND_ORDER.indexOf('day');
const MONTH = BAND_ORDER.indexOf('month');
const YEAR = BAND_ORDER.indexOf('year');

/**
 * How alike two articles' stories are: the cosine of their lead words and the persons and
 * organisations they name, weighted by rarity over the articles (see clusterEvents), kept by pair.
 */
class Stories {
  private readonly cache = new Map<number, number>();
  private readonly marks: Int32Array;
  private mark = 0;

  constructor(
    private readonly words: readonly number[][],
    private readonly weight: Float64Array,
    private readonly norm: readonly number[],
    termCount: number,
  ) {
    this.marks = new Int32Array(termCount);
  }

  /** The story cosine of articles `a` and `b` (indexes; 0 when either is unknown, -1). */
  cos(a: number, b: number): number {
    if (a < 0 || b < 0) return 0;
    const n = this.words.length;
    const key = a < b ? a * n + b : b * n + a;
    let v = this.cache.get(key);
    if (v === undefined) {
      const x = this.words[a]!;
      const y = this.words[b]!;
      // Over the shorter list, in its order (the longer one marked for lookup).
      const short = x.length < y.length ? x : y;
      const long = x.length < y.length ? y : x;
      const mark = ++this.mark;
      const marks = this.marks;
      for (const id of long) marks[id] = mark;
      let dotp = 0;
      for (const id of short) if (marks[id] === mark) dotp += this.weight[id]!;
      this.cache.set(key, (v = dotp / (this.norm[a]! * this.norm[b]! || 1)));
    }
    return v;
  }
}

/** Each event's terms, dates and article as clusterEvents reads them, by the event's index. */
type EventTable = {
  byId: readonly Event[];
  words: number[][];
  weight: Float64Array;
  norm: number[];
  ownKey: number[];
  around: number[][];
  band: Int8Array;
  minute: Float64Array;
  endMs: Float64Array;
  widthMs: Float64Array;
  publishedMs: Float64Array;
  givesFigure: Uint8Array;
  lone: Uint8Array;
  edge: Uint8Array;
  dayNamed: Uint8Array;
  articleOf: Int32Array;
};

/**
 * The comparing of one corpus's events, block by block: what it reads and the pairs it keeps.
 * One object of one shape, and the per-block and per-pair work in small functions of their own,
 * so that the engine keeps them optimised from one corpus to the next.
 */
class Comparison {
  readonly byId: readonly Event[];
  readonly words: number[][];
  readonly weight: Float64Array;
  readonly norm: number[];
  readonly ownKey: number[];
  readonly around: number[][];
  readonly band: Int8Array;
  readonly minute: Float64Array;
  readonly endMs: Float64Array;
  readonly widthMs: Float64Array;
  readonly publishedMs: Float64Array;
  readonly givesFigure: Uint8Array;
  readonly lone: Uint8Array;
  readonly edge: Uint8Array;
  readonly dayNamed: Uint8Array;
  readonly articleOf: Int32Array;
  /** Pairs that score above their threshold, by how far. */
  readonly pairs: { a: number; b: number; score: number }[] = [];
  /** Shared weight and shared words of each event with the owner being scored. */
  readonly dot: Float64Array;
  readonly sharedCount: Int32Array;
  readonly touched: number[] = [];
  /** Postings of the block being scored, by term id (reused from block to block). */
  readonly postings: number[][] = [];
  readonly used: number[] = [];
  /** Events compared as owners so far (each event owns one block), for the progress. */
  compared = 0;

  constructor(
    t: EventTable,
    readonly stories: Stories,
    readonly scoring: ClusterScoring,
    readonly onProgress: ((done: number) => void) | undefined,
  ) {
    this.byId = t.byId;
    this.words = t.words;
    this.weight = t.weight;
    this.norm = t.norm;
    this.ownKey = t.ownKey;
    this.around = t.around;
    this.band = t.band;
    this.minute = t.minute;
    this.endMs = t.endMs;
    this.widthMs = t.widthMs;
    this.publishedMs = t.publishedMs;
    this.givesFigure = t.givesFigure;
    this.lone = t.lone;
    this.edge = t.edge;
    this.dayNamed = t.dayNamed;
    this.articleOf = t.articleOf;
    this.dot = new Float64Array(t.byId.length);
    this.sharedCount = new Int32Array(t.byId.length);
  }
}

/** Whether the coarser of two reports' dates is wider than a day. */
const coarserThanDay = (band: Int8Array, i: number, j: number) => Math.max(band[i]!, band[j]!) > DAY_BAND;

/** Two articles on one story: alike in wording and in whom they name. */
const sameStory = (c: Comparison, a: number, b: number) => c.stories.cos(a, b) >= c.scoring.story;
const nearClock = (c: Comparison, i: number, j: number) =>
  Math.abs(c.minute[i]! - c.minute[j]!) <= NEAR_MINUTES;
/** One time: the same interval, clock times close together, or an evening and the night of its day. */
const sameTime = (c: Comparison, i: number, j: number) =>
  c.ownKey[i] === c.ownKey[j] || nearClock(c, i, j) || (c.band[i] === PART && c.band[j] === PART);

/**
 * Two reports of a date long past in articles that came out close together (see
 * CLUSTER_SCORING.backstoryRelief): the wider date's end lies `backstoryDays` before the earlier
 * article. False when either article's day is unknown.
 */
function backstory(c: Comparison, i: number, j: number): boolean {
  const { publishedMs, scoring } = c;
  const first = Math.min(publishedMs[i]!, publishedMs[j]!);
  const end = c.endMs[c.widthMs[i]! >= c.widthMs[j]! ? i : j]!;
  return (
    first - end >= scoring.backstoryDays * DAY &&
    Math.abs(publishedMs[i]! - publishedMs[j]!) <= scoring.backstoryWindow * DAY
  );
}

/** Two reports free of figures of a date long past in one story's coverage (see backstory). */
const pastOfOneStory = (c: Comparison, i: number, j: number) =>
  !c.givesFigure[i] &&
  !c.givesFigure[j] &&
  backstory(c, i, j) &&
  sameStory(c, c.articleOf[i]!, c.articleOf[j]!);

/**
 * Scores the pairs of one block: its owners with each other and with its guests. Only pairs
 * sharing a content word can score above zero: the shared weight is counted through an inverted
 * index of the block instead of comparing every pair. Only the owners' words are indexed (a
 * month's few owners need not index the words of every day in it).
 */
function compareBlock(
  c: Comparison,
  { owners, guests }: { owners: number[]; guests: number[] },
  blockId: number,
): void {
  if (owners.length === 0 || owners.length + guests.length < 2) {
    c.compared += owners.length;
    return;
  }
  const { words, postings, used } = c;
  for (const i of owners)
    for (const w of words[i]!) {
      const posting = (postings[w] ??= []);
      if (posting.length === 0) used.push(w);
      posting.push(i);
    }
  for (const i of guests)
    for (const w of words[i]!) {
      const posting = postings[w];
      if (posting?.length) posting.push(i);
    }
  for (const i of owners) {
    if (c.onProgress && ++c.compared % 256 === 0) c.onProgress(c.compared / c.byId.length);
    shareWords(c, i, blockId);
    const { touched, dot, sharedCount } = c;
    for (const j of touched) {
      const shared = dot[j]!;
      const count = sharedCount[j]!;
      dot[j] = 0;
      sharedCount[j] = 0;
      scorePair(c, i, j, shared, count);
    }
    touched.length = 0;
  }
  for (const w of used) postings[w]!.length = 0;
  used.length = 0;
}

/**
 * Counts, for owner `i` of block `blockId`, the weight and number of words each other event of the
 * block shares with it (c.dot, c.sharedCount, the events met in c.touched). Owner pairs once (i <
 * j); owner-guest pairs from the owner's side. Two reports of one article never merge: skipped
 * before scoring (one long article is all such pairs).
 */
function shareWords(c: Comparison, i: number, blockId: number): void {
  const { weight, postings, ownKey, articleOf, touched, dot, sharedCount } = c;
  const own = articleOf[i]!;
  for (const w of c.words[i]!) {
    const x = weight[w]!;
    for (const j of postings[w]!) {
      if (j === i || (ownKey[j] === blockId && j < i) || (own >= 0 && articleOf[j] === own)) continue;
      if (sharedCount[j] === 0) touched.push(j);
      dot[j]! += x;
      sharedCount[j]!++;
    }
  }
}

/** Scores events `i` and `j`, sharing `count` words of weight `shared`, and keeps them if they pass. */
function scorePair(c: Comparison, i: number, j: number, shared: number, count: number): void {
  const { scoring, band, articleOf } = c;
  const a = c.byId[i]!;
  const b = c.byId[j]!;
  if (a.articleId === b.articleId || count < scoring.minShared) return;
  const nested = !sameTime(c, i, j);
  // A long report tells its happening at length (who, where, how many) without telling it less:
  // of two reports of one day or a time in it, the longer weighs less than its full length.
  const ni = c.norm[i]!;
  const nj = c.norm[j]!;
  const longer = coarserThanDay(band, i, j) ? 1 : scoring.longReport;
  let score =
    longer === 1
      ? shared / (ni * nj)
      : shared / (Math.min(ni, nj) ** (2 - longer) * Math.max(ni, nj) ** longer);
  const actors = sharedActors(a, b);
  // A month and its year are far apart in precision: only the same person or body in
  // both reports ties them ("Costa was arrested in March 2021" and "... in 2021"), or one
  // story's coverage telling its past ("the trial opened in January 2024" and "... in 2024").
  const coarser = Math.max(band[i]!, band[j]!);
  if (nested && coarser >= YEAR && !actors.named && !pastOfOneStory(c, i, j)) return;
  if (actors.named) score += scoring.sharedNamed;
  if (actors.any) score += scoring.sharedActor;
  let threshold =
    scoring.threshold[BAND_ORDER[coarser]!] +
    (!nested
      ? 0
      : (coarser === PART && !c.edge[i] && !c.edge[j]) ||
          (coarser === DAY_BAND && (c.dayNamed[i] || c.dayNamed[j]))
        ? scoring.nestedInPart
        : coarser <= DAY_BAND
          ? scoring.nestedInDay
          : scoring.nested);
  // Articles on different stories need more (comparing two articles costs more, so only
  // where it can decide).
  if (
    score >= threshold &&
    score < threshold + scoring.otherStory &&
    !sameStory(c, articleOf[i]!, articleOf[j]!)
  )
    threshold += scoring.otherStory;
  // Articles close on one story need less for one month or year, and articles of one story
  // for a date long past (again only where it decides).
  else if (score < threshold) {
    let relief = 0;
    if (
      !nested &&
      band[i]! >= MONTH &&
      score >= threshold - scoring.closeStoryRelief &&
      c.stories.cos(articleOf[i]!, articleOf[j]!) >= scoring.closeStory
    )
      relief = scoring.closeStoryRelief;
    if (
      relief < scoring.backstoryRelief &&
      score >= threshold - scoring.backstoryRelief &&
      pastOfOneStory(c, i, j)
    )
      relief = scoring.backstoryRelief;
    if (
      relief < scoring.loneDayRelief &&
      !nested &&
      coarser <= DAY_BAND &&
      score >= threshold - scoring.loneDayRelief &&
      c.lone[i] &&
      c.lone[j] &&
      !c.givesFigure[i] &&
      !c.givesFigure[j] &&
      sameStory(c, articleOf[i]!, articleOf[j]!)
    )
      relief = scoring.loneDayRelief;
    threshold -= relief;
  }
  if (score >= threshold) c.pairs.push({ a: Math.min(i, j), b: Math.max(i, j), score: score - threshold });
}

/**
 * Blocks of comparable events: by interval key, each event as the owner of its own interval (and
 * of its hour, for a clock time) and a guest in the periods it lies in (and the hour before).
 * Owners compare with owners and guests, guests not with each other.
 */
function blocksOf(
  keyCount: number,
  ownKey: readonly number[],
  hours: readonly (number[] | null)[],
  around: readonly number[][],
): { owners: number[]; guests: number[] }[] {
  const blocks: { owners: number[]; guests: number[] }[] = Array.from({ length: keyCount }, () => ({
    owners: [],
    guests: [],
  }));
  for (let i = 0; i < ownKey.length; i++) {
    blocks[ownKey[i]!]!.owners.push(i);
    const hour = hours[i];
    if (hour) {
      blocks[hour[0]!]!.owners.push(i);
      blocks[hour[1]!]!.guests.push(i);
    }
    for (const key of around[i]!) blocks[key]!.guests.push(i);
  }
  return blocks;
}

/** The persons and organisations each article names, as "@" terms (countries left out). */
function namedIn(
  articleIndex: ReadonlyMap<string, number>,
  mentions: readonly { articleId: string; actorId: string }[],
): Map<string, Set<string>> {
  const named = new Map<string, Set<string>>();
  for (const { articleId, actorId } of mentions) {
    if (actorId.startsWith('country:') || !articleIndex.has(articleId)) continue;
    let set = named.get(articleId);
    if (!set) named.set(articleId, (set = new Set()));
    set.add(`@${actorId}`);
  }
  return named;
}

/** An article's story terms: the content words of its lead, then the names it names. */
function storyTerms(terms: Terms, text: string, named: ReadonlySet<string> | undefined): number[] {
  const list = terms.list();
  eachWord(text.slice(0, STORY_LEAD).toLowerCase(), 3, (w, _, digits) => {
    if (digits) return;
    const id = terms.wordId(w);
    if (id >= 0) list.add(id);
  });
  if (named) for (const name of named) list.add(terms.id(name));
  return list.ids;
}

/** Two dates that may go in one cluster: the same, close clock times, or one inside the other. */
const compatible = (c: Comparison, i: number, j: number) =>
  nearClock(c, i, j) ||
  c.ownKey[i] === c.ownKey[j] ||
  c.around[i]!.includes(c.ownKey[j]!) ||
  c.around[j]!.includes(c.ownKey[i]!);

/**
 * Merges the scored pairs, best first (ties by ids, which order byId, so the input order never
 * matters), into groups of event indexes by their root: never two events of one article, and every
 * two dates of a group compatible.
 */
function mergePairs(c: Comparison): Map<number, number[]> {
  const { byId, pairs } = c;
  const n = byId.length;
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const members = new Map<number, number[]>(byId.map((_, i) => [i, [i]]));
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    parent[i] = root;
    return root;
  };
  for (const { a, b } of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const ma = members.get(ra)!;
    const mb = members.get(rb)!;
    const articlesA = new Set(ma.map((i) => byId[i]!.articleId));
    if (mb.some((i) => articlesA.has(byId[i]!.articleId))) continue; // one event per article
    if (!mb.every((j) => ma.every((i) => compatible(c, i, j)))) continue; // dates the same or nested
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    parent[child] = root;
    members.get(root)!.push(...members.get(child)!);
    members.delete(child);
  }
  return members;
}

const precision = (e: Event) => BAND_ORDER.indexOf(BAND[e.granularity]);
const width = (e: Event) => isoToMs(e.end) - isoToMs(e.start);

/**
 * The clusters of the merged groups, by id, and each event's cluster id. A cluster lists its most
 * precise report first (its date places the story), then the earliest published; its id comes
 * from that first event's id.
 */
function clustersOf(
  members: ReadonlyMap<number, number[]>,
  byId: readonly Event[],
  published: ReadonlyMap<string, string>,
): { clusterOf: Map<string, string>; clusters: Cluster[] } {
  const clusterOf = new Map<string, string>();
  const clusters: Cluster[] = [];
  for (const list of members.values()) {
    const ordered = list
      .map((i) => byId[i]!)
      .sort(
        (x, y) =>
          precision(x) - precision(y) ||
          width(x) - width(y) ||
          published.get(x.articleId)!.localeCompare(published.get(y.articleId)!) ||
          x.articleId.localeCompare(y.articleId) ||
          x.sentence.start - y.sentence.start,
      );
    const id = `c-${ordered[0]!.id.slice(2)}`;
    for (const e of ordered) clusterOf.set(e.id, id);
    clusters.push({
      id,
      events: ordered.map((e) => e.id),
      value: ordered[0]!.value,
      articles: [...new Set(ordered.map((e) => e.articleId))],
    });
  }
  clusters.sort((a, b) => compareIds(a.id, b.id));
  return { clusterOf, clusters };
}

/**
 * Group events that report the same happening in different articles. Two events are compared
 * when their dates are the same interval or one lies in the other (a time in its day, a day in its
 * week or month, a month in its year); pairs from different articles are scored by wording (tf-idf cosine of content
 * words) and shared actors against a threshold that rises as the dates get coarser. The best pairs
 * merge first; a cluster never holds two events of one article, and every two of its dates are
 * the same or nested. Every event gets a cluster (a singleton if nothing matches). A cluster lists
 * its most precise report first (its date places the story), then the earliest published; its id
 * comes from that first event's id. The order of the input does not change the result.
 *
 * @example clusterEvents(events, articles).clusters.filter((c) => c.articles.length > 1)
 * // [{ id: 'c-3t765n…', events: ['e-3t765n…', 'e-…', 'e-…'], value: '2023-10-17', articles: ['wire-…', 'paper-…', 'radio-…'] }]
 */
export function clusterEvents(
  events: readonly Event[],
  articles: readonly Pick<Article, 'id' | 'published' | 'text'>[],
  {
    mentions,
    scoring = CLUSTER_SCORING,
    onProgress,
  }: {
    mentions?: readonly ActorMention[];
    scoring?: ClusterScoring;
    /** Told the share of the comparing done, from 0 to 1, as it goes (a progress bar). */
    onProgress?: (done: number) => void;
  } = {},
): { events: Event[]; clusters: Cluster[] } {
  const published = new Map(articles.map((a) => [a.id, a.published ?? '9999']));
  const byId = [...events].sort((a, b) => compareIds(a.id, b.id));
  const n = byId.length;
  const terms = new Terms();
  // The dates of each sentence's events, so that each takes the words nearest it.
  const datesOf = new Map<string, Event[]>();
  const sentenceKey = byId.map((e) => `${e.articleId}\u0000${e.sentence.start}`);
  byId.forEach((e, i) => {
    const list = datesOf.get(sentenceKey[i]!);
    if (list) list.push(e);
    else datesOf.set(sentenceKey[i]!, [e]);
  });
  // Whether each report gives a figure (an amount term among its words).
  const givesFigure = new Uint8Array(n);
  const antecedentOf = antecedentFinder(mentions);
  let words = byId.map((e, i) => {
    const dates = datesOf.get(sentenceKey[i]!)!;
    const list = terms.list();
    // A day takes the words nearer a time in it told beside it too (see isTimeToldIn).
    // (Filled by push: `[]`, `filter` and `map` give arrays of different kinds, in the interpreter
    // and in optimised code, and nearestToOwnDate, reading them all, was deoptimised and compiled again.)
    const others: OtherDate[] = [];
    if (dates.length > 1)
      for (const d of dates) {
        if (d.timex === e.timex || isTimeToldIn(d, e)) continue;
        const { start, end } = d.timex;
        others.push({ start, end, clause: relativeClauseStart(e.sentence, { start, end }, e.timex) });
      }
    eachContentWord(e, others, (w) => list.add(terms.wordId(w)));
    // An opening "He" or "She" read as the name it stands for (see antecedentFinder), when the
    // subject goes with this date.
    const name = antecedentOf(e);
    if (name !== null && nearestToOwnDate(e.sentence.start, e.sentence.start + 1, e.timex, others))
      eachWord(name.toLowerCase(), 2, (w) => {
        const id = terms.wordId(w);
        if (id >= 0) list.add(id);
      });
    eachAmount(e, others, (term) => {
      list.add(terms.id(term));
      givesFigure[i] = 1;
    });
    return list.ids;
  });
  // Interval keys as numbers: each event's own interval and the periods it lies in.
  const keyIds = new Map<string, number>();
  const keyId = (key: string) => {
    let id = keyIds.get(key);
    if (id === undefined) keyIds.set(key, (id = keyIds.size));
    return id;
  };
  const ownKey = byId.map((e) => keyId(keyOf(e.start, e.end)));
  const edge = Uint8Array.from(byId, (e) => (isEdge(e) ? 1 : 0));
  // Clock times that name their day, not bounds (see CLUSTER_SCORING.nestedInPart).
  const dayNamed = Uint8Array.from(byId, (e, i) =>
    BAND[e.granularity] === 'clock' && !edge[i] && namesItsDay(e) ? 1 : 0,
  );
  const around = byId.map((e, i) => containers(e, edge[i] === 1).map(keyId));
  const band = Int8Array.from(byId, (e) => BAND_ORDER.indexOf(BAND[e.granularity]));
  // Clock times as minutes, and the hour they fall in as a key of its own: two reports of one
  // happening give its time to the hour or the quarter ("at 12:15", "shortly after noon").
  const minute = Float64Array.from(byId, (e, i) => (band[i] === CLOCK ? isoToMs(e.start) / 60_000 : NaN));
  const hourKey = (i: number, back: number) => keyId(`hour|${Math.floor(minute[i]! / NEAR_MINUTES) - back}`);
  const hours = byId.map((_, i) => (Number.isFinite(minute[i]!) ? [hourKey(i, 0), hourKey(i, 1)] : null));
  // Each date's end and width, and its article's publication day (NaN when unknown), in ms.
  const endMs = Float64Array.from(byId, (e) => isoToMs(e.end));
  const widthMs = Float64Array.from(byId, (e, i) => endMs[i]! - isoToMs(e.start));
  const publishedMs = Float64Array.from(byId, (e) => isoToMs(published.get(e.articleId)!));
  // Whether each report of a day or a time in one is the only sentence of its article to date
  // that day or a time in it: the sentence's start by article and day, or -1 for several.
  const dayKey = byId.map((e, i) =>
    band[i]! <= DAY_BAND ? `${e.articleId}\u0000${e.start.slice(0, 10)}` : '',
  );
  const sentenceDating = new Map<string, number>();
  byId.forEach((e, i) => {
    const key = dayKey[i]!;
    if (!key) return;
    const at = sentenceDating.get(key);
    if (at === undefined) sentenceDating.set(key, e.sentence.start);
    else if (at !== e.sentence.start) sentenceDating.set(key, -1);
  });
  const lone = Uint8Array.from(dayKey, (key) => (key && sentenceDating.get(key)! >= 0 ? 1 : 0));

  // Rarity of each word over the distinct event sentences (one article's repeats count once).
  const sentenceWords = new Map<string, number[]>();
  byId.forEach((_, i) => {
    if (!sentenceWords.has(sentenceKey[i]!)) sentenceWords.set(sentenceKey[i]!, words[i]!);
  });
  // Words in more than 2% of a large corpus's sentences ("company", "percent") are its own
  // function words: they tell no happening from another, and comparing through them costs most.
  const weight = rarity(
    sentenceWords.values(),
    terms.size,
    sentenceWords.size,
    Math.max(50, sentenceWords.size * 0.02),
  );
  words = words.map((ids) => ids.filter((id) => weight[id]! > 0));
  const norm = words.map((ids) => lengthOf(ids, weight));

  // Blocks of comparable events: by interval key, each event as the owner of its own interval and
  // a guest in the periods it lies in. Owners compare with owners and guests, guests not with each other.
  const blocks = blocksOf(keyIds.size, ownKey, hours, around);
  // Each article's story: the content words of its lead and the persons and organisations it
  // names (its mentions, else its events' actors), weighted by rarity over the articles: two
  // articles naming the same rare company tell one story more surely than two naming Reuters.
  const storyText = new Map(articles.map((a) => [a.id, a.text]));
  const articleIndex = new Map([...storyText.keys()].map((id, k) => [id, k]));
  const named = namedIn(
    articleIndex,
    mentions ?? byId.flatMap((e) => e.actors.map((actorId) => ({ articleId: e.articleId, actorId }))),
  );
  const storyWords: number[][] = [];
  for (const [articleId, text] of storyText) storyWords.push(storyTerms(terms, text, named.get(articleId)));
  // A handful of articles cannot tell a story's own words from common ones: weigh words as if the
  // corpus held at least STORY_BACKGROUND articles, so that articles on one story stay alike.
  const aweight = rarity(storyWords, terms.size, Math.max(articleIndex.size, STORY_BACKGROUND));
  const anorm = storyWords.map((ids) => lengthOf(ids, aweight));
  const articleOf = Int32Array.from(byId, (e) => articleIndex.get(e.articleId) ?? -1);
  const stories = new Stories(storyWords, aweight, anorm, terms.size);
  const c = new Comparison(
    {
      byId,
      words,
      weight,
      norm,
      ownKey,
      around,
      band,
      minute,
      endMs,
      widthMs,
      publishedMs,
      givesFigure,
      lone,
      edge,
      dayNamed,
      articleOf,
    },
    stories,
    scoring,
    onProgress,
  );
  for (let blockId = 0; blockId < blocks.length; blockId++) compareBlock(c, blocks[blockId]!, blockId);
  const members = mergePairs(c);
  const { clusterOf, clusters } = clustersOf(members, byId, published);
  return { events: events.map((e) => ({ ...e, cluster: clusterOf.get(e.id) ?? '' })), clusters };
}
