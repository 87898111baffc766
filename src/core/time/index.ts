/**
 * The temporal tagger: finds TIMEX3 expressions in news text and normalises them to TimeML values.
 * The pipeline reads like a table of contents:
 *   1. findCandidates  - the news-domain grammar (grammar.ts, word lists in lexicon.ts); each rule's
 *                        builder is also its false-positive filter ("May" the name, "a protest march",
 *                        ages, prices per period, "60 Minutes")
 *   2. selectSpans     - longest match wins; spans never overlap
 *   3. tenseAt         - verb cues around weekdays, months, seasons (tense.ts)
 *   4. resolveCandidate - TimeML value against the publication date or the narrative anchor,
 *                        with an explanation and alternatives (resolve.ts)
 *
 * chrono-node is not a candidate source: on TBAQ, its matches that this grammar does not already
 * cover were 11 gold timexes against 133 false ones ("march", "sat", "2 a"), and a second pass
 * would cost more than the whole grammar.
 */
import type { TaggedTimex } from '../types';
import {
  DAY_MS,
  dayOf,
  describeDay,
  fmtDay,
  fmtWeek,
  isoToDay,
  monthOf,
  weekdayOf,
  yearOf,
} from './calendar';
import { findCandidates, type Candidate } from './grammar';
import {
  anniversaryOf,
  inLead,
  lineStamp,
  opensLine,
  PRESENT_OR_AHEAD,
  resolveCandidate,
  quotationStart,
  seasonMonthBefore,
  SEASON_PLAN_BEFORE,
  DATED_BEFORE,
  SAID_BEFORE,
  TO_THE_POLLS_BEFORE,
  VOTE_SET_BEFORE,
  votingDay,
  valueToAnchor,
  weekdayDelta,
  type NarrativeAnchor,
  ONE_DAY,
  inModifier,
  type ResolveContext,
  type Resolved,
} from './resolve';
import { MODALS, MOVING_VERB, WEEKDAYS } from './lexicon';
import {
  MOVED_PASSIVE,
  opensSentence,
  PLAN_SET,
  PLUPERFECT_RE,
  PREMIUM_TO_BEFORE,
  REPORTING,
  lastSentence,
  sentenceAround,
  sentenceEndAt,
  sentencesBetween,
  tenseAt,
  WEEKDAY_NAME,
} from './tense';

/** "said Friday", "told reporters on Friday": the day of a saying. */

export { valueToInterval } from './interval';

export type TagOptions = {
  /** Publication date (YYYY-MM-DD) used to resolve relative expressions, or null when unknown. */
  reference: string | null;
  /**
   * The text's expressions from `findTimexSpans`, when the caller already has them: finding them
   * is most of the tagger's work and does not depend on the reference, so a text tagged twice
   * (without a date to infer one, then with it) is scanned once.
   */
  spans?: readonly Candidate[];
  /** Told every so often how far into the text the resolving has got (a character offset). */
  onProgress?: (at: number) => void;
};

/**
 * The temporal expressions of `text` before they are resolved: what `tagTimexes` finds whatever
 * the reference date. Never throws (an empty list when the grammar fails on odd input).
 *
 * @example findTimexSpans('He arrived on Tuesday.').map((c) => c.rule) // ['weekday']
 */
export function findTimexSpans(text: string): Candidate[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return selectSpans(findCandidates(text), text.length);
  } catch {
    return [];
  }
}

/**
 * Keep the longest candidates; among equals the earlier one, then the earlier rule. Sorted by start.
 *
 * @example selectSpans(findCandidates('early 2001'), 10).map((c) => c.rule) // ['year'] ("early 2001", not "2001")
 */
export function selectSpans(cands: Candidate[], textLength: number): Candidate[] {
  const order: { c: Candidate; i: number }[] = [];
  for (let i = 0; i < cands.length; i++) order.push({ c: cands[i]!, i });
  order.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.c.start - b.c.start || a.i - b.i);
  // One byte per character marks what is taken: linear in the total span length, even on 5 MB inputs.
  const taken = new Uint8Array(textLength);
  const out: Candidate[] = [];
  for (const { c } of order) {
    let free = true;
    for (let k = c.start; k < c.end; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}

const QUARTER_ENDED =
  /\b(?:three\s+months|quarter|period)\s+(?:that\s+)?(?:ended|ending|ends|through|to)\s+$/i;

/** Where the quotation `at` lies in opens, or -1; -1 too in a paragraph longer than any news
 * paragraph, where counting its quote marks for every day named would cost the square of its length. */
function quoteOpening(text: string, at: number): number {
  const from = Math.max(0, at - 4000);
  if (from > 0 && !text.slice(from, at).includes('\n')) return -1;
  return quotationStart(text, at);
}

/** "Two days later", "a year earlier", "the next spring", "the following month". */
const COUNTS_ON = /\b(?:later|earlier|after|before)$|^(?:the\s+)?(?:next|following|previous|preceding)\b/i;

/** The parts of a day counted on to or named after "that": "the next morning", "that evening". */
const DAY_PARTS = 'morning|afternoon|evening|night';

/** A count in days or weeks, or a part of a day: "the following morning", "two weeks later". */
const DAY_OR_WEEK = new RegExp(String.raw`\b(?:days?|weeks?|weekend|${DAY_PARTS})\b`, 'i');

/** A count on in days or weeks, or to a part of the next day: "the next day", "two weeks later",
 * "the following evening". */
const COUNTS_AFTER = new RegExp(
  String.raw`^(?:the\s+)?(?:next|following)\s+(?:day|${DAY_PARTS})$|\b(?:days?|weeks?)\s+(?:later|after)$`,
  'i',
);

/** A morning counted on from the day before: "the next morning", "the following morning". */
const MORNING_AFTER = /^(?:the\s+)?(?:next|following)\s+morning$/i;
/** Whether `span`, told at `a`, is the morning after the day `base` the text named before it. */
const morningAfter = (span: string, a: NarrativeAnchor, base: NarrativeAnchor | undefined): boolean =>
  MORNING_AFTER.test(span) &&
  a.m !== undefined &&
  a.d !== undefined &&
  base?.m !== undefined &&
  base.d !== undefined &&
  dayOf(a.y, a.m, a.d) - dayOf(base.y, base.m, base.d) === DAY_MS;

const SMALL_HOURS = /\b(?:early|small|wee)\s+hours\b/i;

const QUARTER_ENDED_IN =
  /\b(?:three\s+months|quarter)\s+(?:that\s+)?(?:ended\s+in|ending\s+in|ends\s+in|through|to)\s+(?:the\s+end\s+of\s+)?$/i;

/** The quarter a day closes, when the text names a three-month period by it; else null. */
function quarterEnded(text: string, start: number, a: { m?: number; d?: number }): number | null {
  if (a.m === undefined || a.m % 3 !== 0) return null;
  // ("the three months through September": the month alone, after "through", "to" or "ended in".)
  if (a.d === undefined)
    return QUARTER_ENDED_IN.test(text.slice(Math.max(0, start - 40), start)) ? a.m / 3 : null;
  if (a.d !== new Date(Date.UTC(2001, a.m, 0)).getUTCDate()) return null;
  return QUARTER_ENDED.test(text.slice(Math.max(0, start - 40), start)) ? a.m / 3 : null;
}

/** "since the series began in", "since the industry group began tracking them in": a record's start. */
const SINCE_RECORDS_BEGAN =
  /\bsince\s+(?:[^\s,.;:!?()]+\s+){0,5}(?:began|started|begin|start|was\s+founded|were\s+first)\s+(?:[^\s,.;:!?()]+\s+){0,3}$/i;

/**
 * The date a short text is, written as a reader writes one ("17 October 2023", "Oct. 17, 2023",
 * "last Friday"), as a TimeML value read as in an article published on `reference`; null unless
 * the whole text is one date (a full stop after it aside). For a date corrected by hand, so a day
 * its month does not have ("30 February 2023", "2023-04-31") is null too: in an article the tagger
 * keeps the month of such a slip, but a reader who writes a day means one.
 *
 * @example dateOfWords('17 October 2023', null) // '2023-10-17'
 */
export function dateOfWords(text: string, reference: string | null): string | null {
  const words = text.trim().replace(/\.$/, '');
  const found = tagTimexes(words, { reference });
  const one = found.length === 1 ? found[0]! : null;
  if (!one || one.type !== 'DATE' || one.start !== 0 || one.end !== words.length) return null;
  return namesLostDay(words, one.value) ? null : one.value;
}

/**
 * Whether `text`, read as the month `value` ("2023-02"), also names a number that is not its year
 * or its month: the day the month does not have ("30" in "30 February 2023" or "2023-02-30").
 */
function namesLostDay(text: string, value: string): boolean {
  const month = /^(\d{4})-(\d\d)$/.exec(value);
  if (!month) return false;
  let monthSeen = false;
  for (const n of text.match(/\d+/g) ?? []) {
    if (n === month[1]) continue;
    if (!monthSeen && Number(n) === Number(month[2])) monthSeen = true;
    else return true;
  }
  return false;
}

/** How far after publication, in days, the first day a story names in its lead or before any other
 *  event's day is still the event it looks ahead to (see aheadDay): a preview may be written months
 *  ahead. */
const AHEAD_DAYS = 366;

/**
 * Every temporal expression in `text`, sorted by start and non-overlapping, with a TimeML value.
 * Relative expressions resolve against `reference`; with `reference: null` they stay
 * underspecified ("XXXX-WXX-2") rather than guessed.
 *
 * @example tagTimexes('He arrived on Tuesday.', { reference: '2023-10-17' })[0]
 * // { start: 14, end: 21, text: 'Tuesday', type: 'DATE', value: '2023-10-17', anchor: { kind: 'dct' }, ... }
 */
export function tagTimexes(text: string, opts: TagOptions): TaggedTimex[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const selected = opts?.spans ?? findTimexSpans(text);
  // The narrative anchor is settled lazily: whether a date sits in a future clause (and so does not
  // move the story, see below) costs a tense lookup, and few expressions ever read the anchor.
  let narr: NarrativeAnchor | null = null;
  let pending: { a: NarrativeAnchor; start: number; end: number }[] = [];
  // Where the candidate being resolved starts, and whether it counts on from a time the text named
  // ("two days later", "the next spring").
  let at = 0;
  let atEnd = 0;
  let countsOn = false;
  // The last time the text named that could move the story, a plan too ("a state funeral at 11 a.m.
  // on Monday"): once settled, one later than the anchor is a plan.
  let lastNamed: { a: NarrativeAnchor; start: number } | null = null;
  // Whether the text has named a day of something that happened or will, not only the day a saying
  // or a dateline was on ("organizers announced Friday"): a day farther than a week ahead named after
  // one is a later step of that story ("died in a crash on Wednesday. His funeral will be held on 2
  // April"), not the event a preview looks ahead to (see aheadDay).
  let eventDayNamed = false;
  const refYear = opts?.reference ? +opts.reference.slice(0, 4) : null;
  // (A year before publication is no plan, whatever the verb: "It opens in the summer of 1969".)
  const moves = (p: (typeof pending)[number]) =>
    (refYear !== null && p.a.y < refYear) || tenseAt(text, p.start, p.end).tense !== 'future';
  const settle = (): NarrativeAnchor | null => {
    for (let k = pending.length - 1; k >= 0; k--) {
      const p = pending[k]!;
      if (!moves(p)) continue;
      // (The day of a saying keeps the anchor before it, for the quotation that follows.)
      if (p.a.said) {
        let before = narr;
        for (let j = k - 1; j >= 0; j--)
          if (moves(pending[j]!)) {
            before = pending[j]!.a;
            break;
          }
        p.a.before = before;
      }
      narr = p.a;
      break;
    }
    pending = [];
    return narr;
  };
  const ctx: ResolveContext = {
    text,
    ref: isoToDay(opts?.reference ?? null),
    get narr() {
      const n = pending.length ? settle() : narr;
      // ("Ms Ferrando said on Monday. \"... Two days later the houses were gone.\"": inside a
      // quotation opened after the saying, the story goes on from the anchor before it.)
      // (Only for what counts on from a time: "weekly since March" in such a quotation is now's.)
      if (n?.said && n.before && n.end !== undefined && countsOn && quotationStart(text, at) > n.end)
        return n.before;
      // ("... will arrive on Tuesday morning ... The following day, he will tour a boatyard": a day
      // or a week a plan counts on from is that of the plan before it, which does not move the
      // story; not one named in a quotation the plan is not in.)
      if (
        countsOn &&
        lastNamed &&
        lastNamed.a.index > (n?.index ?? -1) &&
        lastNamed.a.d !== undefined &&
        DAY_OR_WEEK.test(text.slice(at, atEnd)) &&
        quotationStart(text, lastNamed.start) === quotationStart(text, at) &&
        tenseAt(text, at, atEnd).tense === 'future'
      )
        return lastNamed.a;
      return n;
    },
    lastQuarter: null,
    lastDay: null,
    lastMonth: null,
    lastWeek: null,
    lastEvening: null,
    speakerDay: null,
    lastDecade: null,
    opening: undefined,
    next: null,
  };
  const out: TaggedTimex[] = [];
  const from: Candidate[] = [];
  // The anchors the story moved to, by the index of their timex (see NarrativeAnchor.from).
  const namedAt = new Map<number, NarrativeAnchor>();
  // The day long past a story was told at when a quoted "today" was met, by the index of its timex.
  const storyDays = new Map<number, number>();
  let told = 0;
  for (let k = 0; k < selected.length; k++) {
    let c = selected[k]!;
    ctx.next = selected[k + 1] ?? null;
    at = c.start;
    atEnd = c.end;
    if (opts.onProgress && ++told % 512 === 0) opts.onProgress(at);
    countsOn = COUNTS_ON.test(text.slice(c.start, c.end));
    let r;
    // ("'Tonight I caught him.' The match, which began at 7.30pm": a day named in a quotation is the
    // speaker's; a clock time the narrative tells after it keeps the narrative's day.)
    const named = ctx.lastDay;
    if (named?.quote !== undefined && c.meaning.k === 'time' && quoteOpening(text, c.start) < 0)
      ctx.lastDay = named.outside ?? null;
    try {
      r = resolveCandidate(c, ctx);
      // "on Sunday the 18th" where no month near has a Sunday the 18th: the weekday alone.
      if (!r && c.meaning.k === 'dayOfMonth' && c.meaning.wd !== undefined) {
        const wd = /^\w+day\b/i.exec(text.slice(c.start, c.end));
        if (wd) {
          c = {
            start: c.start,
            end: c.start + wd[0].length,
            rule: 'weekday',
            meaning: { k: 'weekday', wd: c.meaning.wd },
          };
          atEnd = c.end;
          r = resolveCandidate(c, ctx);
        }
      }
    } catch {
      r = null;
    }
    ctx.lastDay = named;
    if (!r) continue;
    {
      const ev = /^(\d{4}-\d{2}-\d{2})T(?:EV|NI)$/.exec(r.value);
      if (ev) ctx.lastEvening = { day: isoToDay(ev[1]!)!, end: c.end };
    }
    // "worked through the night", "by dawn": the edge of the day in hand does not move the story.
    // (Dawn after an evening or a night is the next day's: "open at 9 p.m. Thursday ... until dawn".
    // Not "by dawn tomorrow": the day word names the day, as "tomorrow" alone does.)
    if (c.rule === 'theNight' || (c.rule === 'dawnDusk' && c.meaning.k !== 'deictic')) {
      const late = ctx.lastDay && (ctx.lastDay.late || (ctx.lastDay.h ?? 0) >= 18);
      const day = c.rule === 'dawnDusk' && late ? /^(\d{4}-\d{2}-\d{2})TMO$/.exec(r.value) : null;
      const value = day ? `${fmtDay(isoToDay(day[1]!)! + DAY_MS)}TMO` : r.value;
      r = day
        ? {
            ...r,
            value,
            explanation: `${text.slice(c.start, c.end)} -> ${value}: the morning after the evening or night the text last named`,
            aside: true,
          }
        : { ...r, aside: true };
      // ("Power failed on Tuesday afternoon ... Crews worked through the night and restored power by
      // 6 a.m.": the night after an afternoon the text named makes that day late, so the morning hours
      // told after it are the next day's. Not after a day named alone: "Temperatures dropped during
      // the night. Challenger lifted off at 11:38 a.m." on the day of the launch.)
      if (
        c.rule === 'theNight' &&
        ctx.lastDay?.afternoon &&
        /T(?:EV|NI)$/.test(r.value) &&
        isoToDay(r.value.slice(0, 10)) === ctx.lastDay.day
      )
        ctx.lastDay = { ...ctx.lastDay, late: true };
    }
    // Nor does election night: the landmark a count or a recount is told against ("five fewer than
    // the margin reported on election night"), not the day the story goes on at.
    if (c.rule === 'electionNight') r = { ...r, aside: true };
    let index = out.length;
    const shifted =
      dayBeforeAfter(text, c.start, r) ??
      countedFromDay(text, out[index - 1], c, r, ctx.ref) ??
      dayWeek(text, c, r, ctx.ref);
    if (shifted) {
      // "a week from Friday": the length before the day is part of the one expression.
      if (shifted.start < (out[index - 1]?.end ?? -1)) {
        out.pop();
        from.pop();
        index--;
      }
      c = { ...c, start: shifted.start, end: shifted.end ?? c.end };
      r = shifted.r;
    }
    const prev = out[index - 1];
    // "from 26 June to 9 July 2017": the start takes the year the end names.
    // So does "between April and June of that year": an end that names its year in words.
    if (
      prev &&
      prev.anchor?.kind === 'dct' &&
      (r.anchor.kind === 'none' ||
        (r.anchor.kind === 'timex' && OWN_YEAR_WORDS.test(text.slice(c.start, c.end))))
    )
      rangeStartYear(text, prev, c, r);
    // (Only against the publication date: in a narrative the start's year is itself a guess.)
    if (prev && prev.anchor?.kind !== 'timex' && r.anchor.kind === 'dct')
      r =
        weekdayRangeHoldingToday(text, prev, c, r, ctx.ref) ??
        monthRangeHoldingToday(text, prev, c, r, ctx.ref) ??
        rangeEnd(text, prev, index - 1, c, r, ctx.ref) ??
        weekdayRange(text, prev, c, r) ??
        monthPair(text, prev, c, r, ctx.ref) ??
        r;
    r = pastCountedOn(text, out, c, r, ctx.ref) ?? r;
    // "the rest of the week": the period's remainder is told as the period, span and all.
    const start = restOfStart(text, c);
    const t: TaggedTimex = {
      start,
      end: c.end,
      text: text.slice(start, c.end),
      type: r.type,
      value: r.value,
      anchor: r.anchor,
      explanation: start === c.start ? r.explanation : `${text.slice(start, c.start)}${r.explanation}`,
    };
    if (c.mod) t.mod = c.mod;
    if (r.quant) t.quant = r.quant;
    if (r.freq) t.freq = r.freq;
    if (r.alternatives) t.alternatives = r.alternatives;
    out.push(t);
    from.push(c);
    if (r.type === 'DATE' || r.type === 'TIME') {
      const a = valueToAnchor(r.value, index);
      // The story's time moves with what happened, not with plans: after "On 10 March 1975 ... a
      // campaign planned for 1976", "on 11 March" is still 1975's; after "collisions are planned for
      // March", "on the 15th" is not March's. (Days still count for clock times: "The vote is set for
      // Friday. Polls open at 7 a.m.")
      // Nor, in a history told without a publication date, with a far year in passing ("documents
      // found in 2004", "the largest battle since 1813") in the middle of a sentence: a chapter that
      // moves the story starts with it ("In 1975, ..."). (Dated news leaves the present for a far
      // year mid-sentence: "It opens in the summer of 1969, when ... A decade later ...")
      // Nor with a bound: "its weakest level since September 2010" does not move the story there.
      // (Unless the sentence goes on to tell what happened then: "migrants by sea since 2014, when
      // its navy ran a mission that was scaled back the following year", as "since Monday night,
      // when" keeps that day's story below.)
      const aside =
        a !== null &&
        ((a.m === undefined &&
          ctx.narr?.m !== undefined &&
          Math.abs(a.y - ctx.narr.y) > 10 &&
          ctx.ref === null &&
          !opensSentence(text, c.start, true)) ||
          (/\bsince\s+$/i.test(text.slice(Math.max(0, c.start - 6), c.start)) &&
            !/^\s*,\s*when\b/i.test(text.slice(c.end, c.end + 8))) ||
          // ("the highest since the series began in 2003", "since records began in 1911": the start of a
          // record is a bound too. Not "since a coup in October 2021, which ended ... two years
          // earlier": an event the sentence goes on to tell.)
          SINCE_RECORDS_BEGAN.test(text.slice(Math.max(0, c.start - 80), c.start)) ||
          // Nor with the base of a comparison: "down from a revised 10.8 percent in September".
          COMPARISON_BASE.test(text.slice(Math.max(0, c.start - 50), c.start)) ||
          // Nor with the day a pay rise or a ban is backdated to: "offered a 6.5% rise backdated to
          // 1 July, and voting opened the following morning" is the morning after the offer.
          backdatedTo(text, c.start, c.end) ||
          // Nor with the day a record now beaten was set: "The reading beats the previous record,
          // set on 9 August 2003. It came on the same day that ..." is the reading's day.
          formerRecordSet(text, c.start) ||
          r.aside === true ||
          // Nor with a day of birth: "The mill burned in June 1950 ... The owner's son, born on 2 May
          // 1930, had left the night before" is the night before the fire. (A year of birth may be
          // counted on from: "born in 1930 ... a decade earlier".)
          (a.d !== undefined && bornOn(text, c.start)) ||
          flashback(text.slice(c.start, c.end), r, out));
      if (a && r.anchor.kind === 'none') ctx.namedYear = { index, y: a.y, end: c.end };
      if (ctx.opening === undefined && (r.type === 'DATE' || r.type === 'TIME'))
        ctx.opening =
          a &&
          a.m !== undefined &&
          r.anchor.kind === 'none' &&
          !inModifier(lastSentence(text.slice(Math.max(0, c.start - 200), c.start)))
            ? { index, y: a.y, m: a.m, d: a.d }
            : null;
      // (Any decade: "the 1960s", and "this decade" too, which the next "the decade" is then.)
      if (r.value.length === 3 && /^\d{3}$/.test(r.value))
        ctx.lastDecade = { index, dec: +r.value, end: c.end };
      // ('"Twenty-two trips today," she wrote on March 9': a "today" quoted is the speaker's day,
      // which the attribution may yet put back in the story's time; it does not end that time.)
      const quotedToday =
        c.meaning.k === 'deictic' && r.anchor.kind === 'dct' && quotationStart(text, c.start) >= 0;
      // (A saying's day, "she said on Thursday": read once here for pastStory, the saying day below
      // and the day's anchor.)
      const said = SAID_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start));
      if (a && ctx.ref !== null && !quotedToday) pastStory(ctx, a, index, c, aside, r.anchor.kind, said);
      else if (quotedToday && ctx.pastDay) storyDays.set(index, ctx.pastDay.index);
      // (The latest fiscal year named, up to next year's: the one under way, or the last one told.)
      if (
        a &&
        c.meaning.k === 'year' &&
        c.meaning.fiscal &&
        (refYear === null || a.y <= refYear + 1) &&
        (!ctx.fiscalYear || a.y >= ctx.fiscalYear.y)
      )
        ctx.fiscalYear = { index, y: a.y };
      if (a && !aside) {
        // ("The next day", "two weeks later": a day counted on from a day the text named keeps the
        // day the count started from.)
        const base =
          r.anchor.kind === 'timex' && COUNTS_AFTER.test(text.slice(c.start, c.end))
            ? namedAt.get(r.anchor.index)
            : undefined;
        // (A season's anchor keeps the last month or day named before it, for counts of months.)
        const monthBefore =
          a.startMonth !== undefined
            ? seasonMonthBefore(
                a,
                settle(),
                SEASON_PLAN_BEFORE.test(text.slice(Math.max(0, c.start - 14), c.start)),
              )
            : undefined;
        pending.push({
          a: {
            ...a,
            end: c.end,
            explicit: r.anchor.kind === 'none',
            said: said || undefined,
            // ("the next morning", told after a day: days counted on from it count from that day,
            // as from the small hours after its evening; see nightsDay.)
            nightAfter: r.nightAfter || morningAfter(text.slice(c.start, c.end), a, base) || undefined,
            from: base?.d !== undefined ? (base.from ?? base) : undefined,
            monthBefore,
          },
          start: c.start,
          end: c.end,
        });
        lastNamed = { a: pending[pending.length - 1]!.a, start: c.start };
        namedAt.set(index, lastNamed.a);
      }
      // Only quarters the text names become the comparison base ("a year earlier" must not chain).
      const namesQuarter =
        c.meaning.k === 'quarter' || (c.meaning.k === 'period' && c.meaning.unit === 'quarter');
      // "the three months through Dec. 31", "the quarter ended June 30": a quarter named by its last day.
      // A quarter the text already named keeps its name: fiscal quarters end on other days.
      const endQ = a ? quarterEnded(text, c.start, a) : null;
      // (In a text that already named its quarter, "in the three months through June" still names
      // one for "a year earlier" in its sentence, though not the quarter being reported.)
      // (Not "the quarter ended Sept. 30" after "the fiscal first quarter": the same quarter by name.)
      if (endQ && ctx.reportQuarter && THREE_MONTHS_TO.test(text.slice(Math.max(0, c.start - 30), c.start)))
        ctx.closedQuarter = { index, y: a!.y, q: endQ };
      if (
        endQ &&
        !ctx.reportQuarter &&
        (ctx.ref === null ||
          (a!.y >= new Date(ctx.ref).getUTCFullYear() - 1 &&
            // (A quarter named by its month alone is reported once it is over, not forecast: "revenue
            // for the quarter ending in March", said in January.)
            (a!.d !== undefined || Date.UTC(a!.y, a!.m!, 1) <= ctx.ref)))
      ) {
        ctx.lastQuarter = { index, y: a!.y, q: endQ };
        ctx.reportQuarter = ctx.lastQuarter;
      } else if (a?.q !== undefined && namesQuarter && !aside) {
        ctx.lastQuarter = {
          index,
          y: a.y,
          q: a.q,
          ...(c.meaning.k === 'quarter' && c.meaning.elided !== undefined
            ? { elided: c.meaning.elided }
            : {}),
        };
        // (A quarter still under way is forecast, not reported: "projected sales for the current quarter".)
        // (The fourth quarter is reported in the new year: "the holiday quarter, which ended Dec. 31".)
        if (
          !ctx.reportQuarter &&
          (ctx.ref === null ||
            (Date.UTC(a.y, a.q * 3, 1) <= ctx.ref &&
              (a.y === new Date(ctx.ref).getUTCFullYear() || ctx.ref < Date.UTC(a.y, a.q * 3 + 3, 1))))
        )
          ctx.reportQuarter = ctx.lastQuarter;
      }
      // ("Thursday's rout": a day used as a modifier is the day of clock times in its sentence only.)
      // ("... for about six hours Thursday after an error, the company said Friday. The outage began
      // at about 10:40 a.m.": the day of the saying, after the event's day in its sentence, is not
      // the day the story is on.)
      // (The event's day just before the saying's: "next Tuesday ..., the speaker said on Tuesday"
      // is a plan, and the story stays on the day of the saying.)
      const sayingDay =
        a?.d !== undefined &&
        ctx.lastDay !== null &&
        said &&
        sentencesBetween(text, ctx.lastDay.end, c.start) === 0 &&
        ctx.lastDay.day < Date.UTC(a.y, a.m! - 1, a.d) &&
        Date.UTC(a.y, a.m! - 1, a.d) - ctx.lastDay.day <= 3 * DAY_MS;
      if (a?.m !== undefined && a.d === undefined && c.meaning.k === 'date')
        ctx.lastMonth = { index, y: a.y, m: a.m, start: c.start, end: c.end };
      if (a?.monday !== undefined && /^\d{4}-W\d\d$/.test(t.value))
        ctx.lastWeek = { index, y: a.y, monday: a.monday, end: c.end };
      if (
        ctx.firstMonth === undefined &&
        a?.m !== undefined &&
        a.d === undefined &&
        /^\d{4}-\d{2}$/.test(t.value)
      )
        ctx.firstMonth = { index, y: a.y, m: a.m };
      if (
        ctx.reportMonth === undefined &&
        ctx.ref !== null &&
        a?.m !== undefined &&
        a.d === undefined &&
        a.q === undefined &&
        /^\d{4}-\d{2}$/.test(t.value) &&
        Date.UTC(a.y, a.m, 1) <= ctx.ref &&
        ctx.ref - Date.UTC(a.y, a.m, 1) < 62 * DAY_MS
      )
        ctx.reportMonth = { index, y: a.y, m: a.m };
      // ("the early hours of Sunday": the small hours of that day, not the night before the next.)
      // ("MPs voted on Tuesday afternoon to back the motion, which was tabled on 19 February": the
      // day in a clause set off about something else is not the day the story goes on at.)
      const inRelative =
        ctx.lastDay != null &&
        sentencesBetween(text, ctx.lastDay.end, c.start) === 0 &&
        RELATIVE_BEFORE.test(text.slice(Math.max(ctx.lastDay.end, c.start - 120), c.start));
      if (a?.d !== undefined && r.aside !== true && !sayingDay && !inRelative) {
        const small = SMALL_HOURS.test(t.text);
        const day = Date.UTC(a.y, a.m! - 1, a.d);
        // (An evening or a night, "Friday night"; so is an eve: "New Year's Eve events ... officers
        // will stay on patrol until 2 a.m.")
        const evening = (/T(?:EV|NI)$/.test(r.value) && !small) || /\bEve$/i.test(t.text);
        // ("pay talks collapsed late Tuesday. The stoppage began at 6 a.m.": the morning after.)
        const lateDay =
          c.mod === 'END' && a.h === undefined && /^late\s/i.test(t.text) && WEEKDAY_NAME.test(t.text);
        // ("If storms force a postponement, the show will move to Wednesday night": a fallback, the day
        // of no clock time told after it.)
        const contingent = CONTINGENCY_BEFORE.test(
          lastSentence(text.slice(Math.max(0, c.start - 240), c.start)),
        );
        // (The first day from publication to a year on the text names: the day of the event it
        // looks ahead to, publication day included; not a fallback. A preview is often written weeks
        // ahead: "The regatta returns on Saturday, June 8 ... Racing starts at 11 a.m.", in a story
        // of May; news golds: 9 fixed, 1 broken, where the week's bound left such hours on the
        // publication day. Beyond the week only a day named in the lead or before any other event's
        // day, the story's own event: "His funeral will be held on 2 April", told after the crash, is
        // no preview's; and only a schedule's verb reaches it: see resolve.)
        // (The publication day named only as the day of a report, told in the past or in a dateline,
        // "ROTTERDAM, Nov 13 (Reuters)", "the manager said on Monday", gives way to a later day ahead:
        // "heading into game seven on Thursday ... Game seven starts at 3 p.m.")
        // (Read once: both the day ahead and the lead day ask it, only of a day in the week up to
        // publication, the only days a dateline can name.)
        const dateline =
          ctx.ref !== null && day <= ctx.ref && ctx.ref - day <= 7 * DAY_MS && datelineDay(text, c);
        if (
          (ctx.aheadDay === undefined || (ctx.aheadDay?.reported && day > ctx.aheadDay.day)) &&
          ctx.ref !== null &&
          day >= ctx.ref &&
          (day - ctx.ref <= 7 * DAY_MS ||
            (day - ctx.ref <= AHEAD_DAYS * DAY_MS && (inLead(text, c.start) || !eventDayNamed))) &&
          !contingent
        )
          ctx.aheadDay =
            day === ctx.ref && (tenseAt(text, c.start, c.end).tense === 'past' || dateline)
              ? { index, day, reported: true }
              : { index, day, afterReport: ctx.aheadDay?.reported };
        if (!said && !dateline) eventDayNamed = true;
        // (Not the end of a period: "the third quarter, which ended yesterday"; nor the day of a
        // price an offer is measured against: "a 29 percent premium to its closing price on Friday,
        // the companies said in a statement Monday"; nor a dateline's date, the day of writing:
        // "SHANGHAI, Jan 1 (Reuters) - A fire that broke out late Sunday ... The blaze started at
        // about 10:40 p.m." is Sunday's night.)
        if (
          ctx.leadDay === undefined &&
          ctx.ref !== null &&
          day <= ctx.ref &&
          ctx.ref - day <= 7 * DAY_MS &&
          !PERIOD_BOUND_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)) &&
          !PREMIUM_TO_BEFORE.test(text.slice(Math.max(0, c.start - 90), c.start)) &&
          !dateline
        )
          ctx.leadDay = {
            index,
            day,
            early: small || (a.h !== undefined && a.h < 6) || undefined,
            late: evening || lateDay || (a.h !== undefined && a.h >= 18) || undefined,
          };
        ctx.firstDay ??= { index, day };
        if (DATED_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start))) ctx.letterDay = { index, day };
        if (
          ctx.pollDay == null &&
          (/^election\s+day$/i.test(t.text) ||
            TO_THE_POLLS_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start)) ||
            (ctx.ref !== null &&
              day > ctx.ref &&
              VOTE_SET_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start))))
        )
          ctx.pollDay = { index, day };
        if (ctx.firstPastDay == null && ctx.ref !== null && day < ctx.ref - 7 * DAY_MS)
          ctx.firstPastDay = { index, day };
        if (a.h === undefined && headingLine(text, c.start, c.end)) ctx.headingDay = { index, day };
        if (ctx.anniversaryDay == null && anniversaryOf(day, ctx.ref)) ctx.anniversaryDay = { index, day };
        // ("exploded at 1:23 a.m. on April 26, 1986 ... an hour later": the day of the clock time
        // just before it keeps that clock time.)
        // (That time is set to this day only after the loop, see dayAfterTime.)
        const before = out[index - 1];
        const hm =
          a.h === undefined && before && /^\s+on\s+$/i.test(text.slice(before.end, c.start))
            ? CLOCK_VALUE.exec(before.value)
            : null;
        const h = hm ? +hm[1]! : a.h;
        const min = hm ? +hm[2]! : a.min;
        if (h !== undefined && min !== undefined) {
          ctx.lastClock = { index, day, start: c.start, end: c.end, h, min };
          // (A clock time that opens its line, written with its digits, is a live blog's time stamp.)
          if (/^\d/.test(t.text) && opensLine(text, c.start)) ctx.lastStamp = ctx.lastClock;
        }
        // (A speaker's "tonight" the tagger moved to the night of the event the story reports, and
        // let move the story (see eventNight), is the story's own night: "'Tonight I caught him.' The
        // match, which began at 7.30pm" tells on from it, as from a day named outside quotes.)
        const eventDay = c.meaning.k === 'deictic' && r.anchor.kind === 'timex';
        const quote = eventDay ? -1 : quoteOpening(text, c.start);
        const prevDay = ctx.lastDay;
        ctx.lastDay = {
          index,
          day,
          quote: quote >= 0 ? quote : undefined,
          outside: quote >= 0 ? (prevDay?.quote !== undefined ? prevDay.outside : prevDay) : undefined,
          end: c.end,
          h,
          min,
          modifier: /^['’]s\b/.test(text.slice(c.end, c.end + 3)) || undefined,
          // (Not "since Monday night, when a southerly front hit the fleet": the story of that day.)
          since:
            (h === undefined &&
              SINCE_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start)) &&
              !/^\s*,\s*when\b/i.test(text.slice(c.end, c.end + 8))) ||
            undefined,
          said: said || undefined,
          from: namedAt.get(index)?.from,
          prior: prevDay ? { index: prevDay.index, day: prevDay.day, end: prevDay.end } : undefined,
          // (A day, not a night or an hour: "The protesters, who had camped beside the road
          // overnight, linked arms shortly after 6 a.m." is the story's night.)
          aside:
            (/^\d{4}-\d{2}-\d{2}$/.test(r.value) &&
              RELATIVE_ASIDE_BEFORE.test(lastSentence(text.slice(Math.max(0, c.start - 200), c.start)))) ||
            undefined,
          contingent: contingent || undefined,
          // (A day, not a part of one: "intensify through the evening" is still that day's.)
          bound:
            ((WEEKDAY_NAME.test(t.text) || /\d/.test(t.text)) &&
              LIMIT_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))) ||
            undefined,
          // (Not "early Saturday afternoon", "the early evening": the start of a later part of the day.)
          early:
            (c.mod === 'START' &&
              a.h === undefined &&
              /^early\b/i.test(t.text) &&
              !/T(?:AF|EV|NI)$/.test(r.value)) ||
            small ||
            undefined,
          late: evening || undefined,
          afternoon: /TAF$/.test(r.value) || (h !== undefined && h >= 12 && h < 18) || undefined,
          morning: /TMO$/.test(r.value) || (h !== undefined && h >= 6 && h < 12) || undefined,
          lateDay: lateDay || undefined,
          vote: (h === undefined && votingDay(text, c)) || undefined,
          // (Or the same day again: "On Monday, Dec. 8 ... that day"; not "the next morning".)
          weekday:
            WEEKDAY_NAME.test(t.text) ||
            (ctx.lastDay?.weekday === true && ctx.lastDay.day === day && r.anchor.kind === 'timex') ||
            undefined,
          // (Or an hour of that day: "on Friday 11 April, from 10pm until 5am on Saturday".)
          dated:
            (h === undefined && WEEKDAY_NAME.test(t.text) && /\d/.test(t.text)) ||
            (ctx.lastDay?.dated === true && ctx.lastDay.day === day && r.anchor.kind === 'timex') ||
            undefined,
          // ("the Sunday after Thanksgiving" is a weekday beside a holiday, no holiday of its own.)
          holiday: c.meaning.k === 'holiday' && c.meaning.wdNext === undefined ? c.meaning.name : undefined,
        };
        // (Nor a birth date: "the mill burned on 4 June 1950 ... Her son, born on 2 May 1930, heard the
        // alarm at 3am" is the fire's night, the day the story is at, not the birthday.)
        // (Nor the day a rise is backdated to: "a 5% rise backdated to 1 September. The settlement
        // came on the same day that teachers walked out" is the settlement's day.)
        if (bornOn(text, c.start) || backdatedTo(text, c.start, c.end) || formerRecordSet(text, c.start))
          ctx.lastDay = prevDay;
      }
    }
  }
  dayAfterTime(text, out, from);
  countedToNamedDay(text, out, from);
  rangeStartHour(text, out, from);
  rangeEndDay(text, out);
  eveningHour(text, out, from);
  dayPartHour(text, out, from);
  stampsOverMidnight(text, out, from);
  bracketedTime(text, out, from);
  overnightSpan(text, out);
  rangeStartDay(text, out, from);
  quotedDeictics(text, out, from, ctx.ref, storyDays);
  listedWeekdays(text, out);
  holidayInApposition(text, out, from);
  return out;
}

/** Between a day and the holiday in apposition to it: "Sept. 16, ", "Monday, which is India's ". */
const DAY_THEN_HOLIDAY =
  /^,\s+(?:(?:which|that)\s+(?:is|was|will\s+be)\s+)?(?:[A-Z][\w.]*(?:['’]s)?\s+){0,2}$/;
/** Between a holiday and the day it falls on: ", which falls on ", " falls on " (not " on ", which
 * may be the verb's: "close for Christmas on Wednesday 20 December"). */
const HOLIDAY_THEN_DAY =
  /^(?:,?\s+(?:which|that)\s+(?:falls|fell|is|was)(?:\s+on)?|\s+(?:falls|fell)\s+on)\s+$/i;

/**
 * "Sept. 16, Mexican Independence Day", "on Monday, which is India's Independence Day", "the
 * national holiday for Independence Day, which falls on Friday": a holiday the text sets beside a
 * day it names is that day (the holiday's name is another country's, or the day it is kept), not
 * the calendar's usual one. Changes `out` in place.
 */
function holidayInApposition(text: string, out: TaggedTimex[], from: Candidate[]): void {
  // (A day named by its weekday or its number, resolved to a calendar day.)
  const names = (d: TaggedTimex | undefined) =>
    d !== undefined && (WEEKDAY_NAME.test(d.text) || /\d/.test(d.text)) && /^\d{4}-\d{2}-\d{2}/.test(d.value);
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    if (from[i]!.rule !== 'holiday' || !/^\d{4}-\d{2}-\d{2}$/.test(t.value)) continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    // (In apposition only: the holiday closes its phrase, not "On Monday, Independence Day parades".)
    const before =
      names(prev) &&
      from[i - 1]!.rule !== 'holiday' &&
      DAY_THEN_HOLIDAY.test(text.slice(prev!.end, t.start)) &&
      /^\s*(?:[,.;:!?)]|$)/.test(text.slice(t.end, t.end + 2))
        ? prev!
        : null;
    const day =
      before ?? (names(next) && HOLIDAY_THEN_DAY.test(text.slice(t.end, next!.start)) ? next! : null);
    if (!day || day.value.slice(0, 10) === t.value) continue;
    t.alternatives = [{ value: t.value, explanation: t.explanation ?? `${t.text} -> ${t.value}` }];
    t.value = day.value.slice(0, 10);
    t.anchor = { kind: 'timex', index: out.indexOf(day) };
    t.explanation = `${t.text} -> ${t.value}: the day the text sets beside it (${day.text})`;
  }
}

/** Days or weeks counted on from a day the text named: "the next morning", "the day before", "two
 * days later", "a week later". */
const COUNTED_DAYS = new RegExp(
  String.raw`^(?:the\s+(?:(?:next|following|previous|preceding)\s+(?:day|${DAY_PARTS})|(?:day|night|evening|morning)\s+(?:before|after))|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?)\s+(?:later|earlier))$`,
  'i',
);
/** A part of the day a day named before: "that morning", "earlier that evening", "later that night". */
const THAT_PART_OF_DAY = new RegExp(String.raw`^(?:(?:earlier|later)\s+)?that\s+(?:${DAY_PARTS})$`, 'i');

/** Years counted on: "Thirty-three years later", "a decade later", "half a century later". */
const YEARS_LATER = /\b(?:years?|decades?|centur(?:y|ies))\s+later$/i;

/**
 * "The bank said in a filing Tuesday. Its security team confirmed the breach four days later",
 * "... expected to report results by Wednesday. Pruitt said the turkey had been cooked the day
 * before": what happened, told in the past, a number of days on from a day the text named, cannot
 * fall after publication; counted from the day last named (a saying's, a plan's, a deadline's) it
 * would, so it is counted from the latest day named before that which keeps it in the past.
 * So is a part of the day named, counted no days on: "The mill burned down on 12 October. Its
 * owners will meet insurers on Friday. The guard said he had felt unwell that evening" is the evening
 * of 12 October, told as an aside that does not move the story (news 2 fixed, none lost, of 5 such).
 * So are years counted on from publication, for want of a time that moves the story (a bound such
 * as "since 1987" does not): "has met every Wednesday since the autumn of 1987 ... Thirty-three
 * years later, the record was threatened" counts from the latest year the text named.
 */
function pastCountedOn(
  text: string,
  out: TaggedTimex[],
  c: Candidate,
  r: Resolved,
  ref: number | null,
): Resolved | null {
  if (ref === null) return null;
  const span = text.slice(c.start, c.end);
  // The same count from an earlier time, or null where it too would pass publication.
  let recount: (value: string) => string | null;
  let last = out.length - 1;
  let what: string;
  const thatPart = r.anchor.kind === 'timex' && THAT_PART_OF_DAY.test(span);
  if (r.anchor.kind === 'timex' && (thatPart || COUNTED_DAYS.test(span))) {
    const day = isoToDay(r.value);
    const from = isoToDay(out[r.anchor.index]?.value ?? null);
    if (day === null || from === null || day <= ref || (day === from && !thatPart)) return null;
    // (Not what is arranged for a day: "A second performance has been added for the following
    // afternoon".)
    if (/\bfor\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start))) return null;
    last = r.anchor.index - 1;
    what = `the latest day named before ${out[r.anchor.index]!.text}`;
    recount = (value) => {
      const base = isoToDay(value);
      return base === null || base + (day - from) > ref
        ? null
        : fmtDay(base + (day - from)) + r.value.slice(10);
    };
  } else if (r.anchor.kind === 'dct' && /^\d{4}$/.test(r.value) && YEARS_LATER.test(span)) {
    const refY = yearOf(ref);
    const n = +r.value - refY;
    if (n <= 0) return null;
    what = 'the latest year named';
    recount = (value) => {
      const y = /^(\d{4})(?:-|$)/.exec(value);
      return !y || +y[1]! + n > refY ? null : String(+y[1]! + n);
    };
  } else return null;
  const tense = tenseAt(text, c.start, c.end);
  if (tense.tense !== 'past') return null;
  // (Not a part of the day a plan told in the past is for: "Results are due on Thursday, and officials
  // said they had arranged a briefing that afternoon" is Thursday's afternoon.)
  if (thatPart && tense.cue && PLAN_SET.has(tense.cue.slice(tense.cue.lastIndexOf(' ') + 1).toLowerCase()))
    return null;
  for (let j = last; j >= 0; j--) {
    const value = recount(out[j]!.value);
    if (value === null) continue;
    return {
      ...r,
      value,
      anchor: { kind: 'timex', index: j },
      // (Only a part of the day gains `aside`: written on every count, the key gave these results a
      // shape of their own, and the tagger's hot loops took about 9% more instructions.)
      ...(thatPart ? { aside: true } : {}),
      explanation: `${span} -> ${value}: ${thatPart ? 'on' : 'counted from'} ${out[j]!.text}, ${what} that keeps what happened before publication (${describeDay(ref)})`,
    };
  }
  return null;
}

/**
 * "every Monday, Wednesday and Friday", "every Tuesday and Saturday": weekdays listed after one
 * that recurs recur too; each is that weekday of every week, not a day of the publication's.
 */
function listedWeekdays(text: string, out: TaggedTimex[]): void {
  for (let i = 1; i < out.length; i++) {
    const t = out[i]!;
    const prev = out[i - 1]!;
    if (prev.type !== 'SET' || !/^XXXX-WXX-\d$/.test(prev.value)) continue;
    const n = WEEKDAYS[t.text.toLowerCase()];
    if (n === undefined || !/^(?:,\s+|,?\s+(?:and|or)\s+)$/.test(text.slice(prev.end, t.start))) continue;
    t.alternatives = [{ value: t.value, explanation: t.explanation ?? `${t.text} -> ${t.value}` }];
    t.type = 'SET';
    t.value = `XXXX-WXX-${n}`;
    t.anchor = { kind: 'none' };
    t.explanation = `${t.text} -> ${t.value}: a recurring time, listed with ${prev.text}`;
    if (prev.quant) t.quant = prev.quant;
  }
}

/**
 * "'The stage tomorrow has the climb,' he said last night", "'Today the law has caught up with
 * them,' she said on Thursday", "An RSF spokesman said on Monday night that the group was ready
 * to sign 'today'": inside a quotation, "today", "tonight", "tomorrow" and "yesterday" are the
 * speaker's, counted from the day the attribution names, outside the quotation in the same
 * sentence, when that is not the day of publication (or, well before it, in an earlier sentence of
 * the paragraph: see sayingBefore).
 * So is a weekday, from a saying's day before publication: '"Sunday. No water since Thursday," he
 * wrote on 14 March 1886' is a diary's entry for that Sunday, and the Thursday before it; the
 * weekday keeps the side of that day its clause put it on (from publication, "since" put it behind).
 */
function quotedDeictics(
  text: string,
  out: TaggedTimex[],
  from: Candidate[],
  ref: number | null,
  storyDays: Map<number, number>,
): void {
  if (ref === null) return;
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    const m = from[i]!.meaning;
    const wd = m.k === 'weekday' && m.rel === undefined ? m.wd : null;
    const offset = m.k === 'deictic' && !m.overnight && Math.abs(m.offset) <= 1 ? m.offset : null;
    if ((wd === null && offset === null) || t.anchor?.kind !== 'dct') continue;
    const open = quotationStart(text, t.start);
    if (open < 0) continue;
    let saying = attributionDay(text, out, i, open);
    if (saying < 0 && offset !== null) saying = sayingBefore(text, out, i, open, ref);
    const k = saying >= 0 ? saying : storyDayQuoted(text, out, i, open, ref, storyDays);
    if (k < 0) continue;
    const day = isoToDay(out[k]!.value.slice(0, 10));
    if (day === null || day === ref) continue;
    // (A weekday from a saying before publication; one still to come is left to publication's.)
    if (wd !== null && day > ref) continue;
    // (The weekday on or before that day when publication's put it behind, on or after when ahead.)
    const at =
      wd !== null
        ? day + weekdayDelta(day, wd, isoToDay(t.value)! < ref ? 'past' : 'future') * DAY_MS
        : day + (offset ?? 0) * DAY_MS;
    const value = fmtDay(at) + t.value.slice(10);
    if (value === t.value) continue;
    const said = out[k]!.text;
    const rel =
      at === day
        ? 'the day'
        : wd !== null
          ? `the ${t.text} ${at < day ? 'before' : 'after'}`
          : at < day
            ? 'the day before'
            : 'the day after';
    t.alternatives = [{ value: t.value, explanation: `${t.text} -> ${t.value}: counted from publication` }];
    t.value = value;
    t.anchor = { kind: 'timex', index: k };
    t.explanation =
      saying >= 0
        ? `${t.text} -> ${describeDay(at)}: said in a quotation, ${rel} the speaker spoke (${said})`
        : `${t.text} -> ${describeDay(at)}: said in a quotation in a story told at a day long past, ${rel} the story is at (${said})`;
  }
}

/**
 * The index in `out` of the day a saying was named on in an earlier sentence of the quotation's
 * paragraph, with no other day outside quotation marks between, or -1: 'Speaking to reporters on
 * Thursday, she admitted to nerves. "I have rehearsed twice," she said. "But tomorrow I walk the
 * route."', 'The governor told reporters that evening that all 19 men were alive. "We will have them
 * out tomorrow," she said.' Only a day two to seven days before publication: a saying the day before
 * it leaves the news golds split on whose "today" it is (4 of 10 the speaker's). The day follows a
 * saying's verb (ATTRIBUTION_BEFORE) or an occasion of saying with its preposition ("at a news
 * conference on", not "had a job interview on": SAYING_OCCASION_BEFORE), and every attribution
 * since is the same speaker's (sameSpeakerSince).
 */
function sayingBefore(text: string, out: TaggedTimex[], i: number, open: number, ref: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const d = out[j]!;
    if (d.end > open) continue;
    const between = text.slice(d.end, open);
    if (between.length > 400 || between.includes('\n')) return -1;
    // (The speaker's own days, in the quotations between, are passed over: "twice this week".)
    if (quotationStart(text, d.start) >= 0) continue;
    const day = DAY_VALUE.test(d.value) ? isoToDay(d.value.slice(0, 10)) : null;
    if (day === null || day > ref - 2 * DAY_MS || day < ref - 7 * DAY_MS) return -1;
    if (sentencesBetween(text, d.end, open) === 0) return -1;
    // (Not a saying that closes a quotation of its own, which goes on only from a day that ends its
    // sentence: see continuedAttribution.)
    const lead = text.slice(Math.max(0, d.start - 80), d.start);
    if (QUOTE_IN_SENTENCE.test(lead)) return -1;
    if (!ATTRIBUTION_BEFORE.test(lead) && !SAYING_OCCASION_BEFORE.test(lead)) return -1;
    return sameSpeakerSince(text, d.start, d.end, out[i]!.end) ? j : -1;
  }
  return -1;
}

/**
 * Whether every saying told outside quotation marks from the day at [dayStart, dayEnd) to the end
 * of the sentence where the quotation holding `at` closes is the same speaker's as the saying of
 * that day: a bare pronoun ("she said") or a speaker whose head word its sentence names ("the
 * chief executive said on Tuesday ... '...,' the chief executive said"). Not another's: 'The
 * president gave a speech on Monday. "It was a disaster," a rival said. "Tomorrow ..."', '"...,"
 * captain Tom Reed told the Herald', 'said Ana Ruiz, 54'. A quotation with no attribution of its
 * own is the last speaker's.
 */
function sameSpeakerSince(text: string, dayStart: number, dayEnd: number, at: number): boolean {
  const closes = text.slice(at, at + 600).search(/["”]/);
  if (closes < 0) return false;
  const after = at + closes + 1;
  const tail = SENTENCE_REST.exec(text.slice(after, after + 200))?.[0] ?? '';
  const told = text.slice(dayEnd, after + tail.length).replace(QUOTED_WORDS, ' | ');
  const own = sentenceAround(text, dayStart, dayEnd).toLowerCase().split(NON_WORD);
  for (const clause of told.split(CLAUSE_BREAK)) {
    const m = SPEAKER_SAYING.exec(clause);
    if (!m) continue;
    const who = (m[1]!.replace(AUX_TAIL, '').trim() || m[2]!.trim()).toLowerCase();
    const head = who.split(NON_WORD).pop() ?? '';
    if (who === head && BARE_PRONOUN.test(head)) continue;
    if (!head || !own.includes(head)) return false;
  }
  return true;
}
/** The rest of a sentence, to its end or the next quotation. */
const SENTENCE_REST = /^[^.!?"“”\n]*/;
/** A quotation, its words replaced when a saying's speaker is looked for. */
const QUOTED_WORDS = /"[^"\n]*"|“[^”\n]*”/g;
const CLAUSE_BREAK = /[,.;:!?|]/;
const NON_WORD = /[^\w'’-]+/;
/** A saying in a clause: its speaker before the verb ("one trader said"), or after ("said Ana Ruiz"). */
const SPEAKER_SAYING =
  /^(.*?)\b(?:said|says|told|tells|added|adds|wrote|writes|asked|explained|insisted|recalled|admitted|replied)\b(.*)$/i;
/** What may come between a speaker and the saying's verb: "he had told", "she later said". */
const AUX_TAIL = /(?:\s+(?:had|has|have|also|later|then|again|once|earlier))+\s*$/i;
const BARE_PRONOUN = /^(?:he|she|they|we|i)$/;
/** A quote mark earlier in the sentence that ends the text. */
const QUOTE_IN_SENTENCE = /["“”][^.!?]*$/;

/** A saying in the present right after a quotation's close: '," its manager says', '," says Ms Okafor'. */
const PRESENT_SAYING = 'says|tells|adds|explains|recalls|insists|admits|writes';
const PRESENT_ATTRIBUTION_AFTER = new RegExp(String.raw`^\s*(?:[\w'’.-]+\s+){0,4}(?:${PRESENT_SAYING})\b`);
/** The same before a quotation's opening, in its sentence: 'its manager says: ', 'she tells visitors, '. */
const PRESENT_ATTRIBUTION_BEFORE = new RegExp(
  String.raw`\b(?:${PRESENT_SAYING})(?:(?<=tells)(?:\s+[\w'’-]+){0,2})?\s*[:,]?\s*$`,
);
/**
 * The index in `out` of the day long past a story is told at (storyDays, see pastStory) for a
 * quotation that names no day of its saying, or -1: 'On the evening of the blockade the chairman
 * climbed on to a crane. "We will not be back tomorrow," he said': the quotation is told in the
 * story when the time the text last named before it is a day long past, in its paragraph, at most a
 * sentence before the quotation opens. (Not a speaker of the present between: "who searched for
 * survivors that night. He runs a small firm now. 'If it happened again tomorrow ...'".)
 */
function storyDayQuoted(
  text: string,
  out: TaggedTimex[],
  i: number,
  open: number,
  ref: number,
  storyDays: Map<number, number>,
): number {
  const k = storyDays.get(i);
  const last = out[i - 1];
  if (k === undefined || !last || last.end > open || !DAY_VALUE.test(last.value)) return -1;
  // (Not a quotation told in the present: '"If the order comes tomorrow, we can hire 50 people," its
  // manager says' speaks now, after the story's day.)
  const close = text.slice(out[i]!.end).search(/["”]/);
  if (
    PRESENT_ATTRIBUTION_BEFORE.test(text.slice(Math.max(0, open - 40), open)) ||
    (close >= 0 &&
      PRESENT_ATTRIBUTION_AFTER.test(text.slice(out[i]!.end + close + 1, out[i]!.end + close + 60)))
  )
    return -1;
  const day = isoToDay(last.value.slice(0, 10));
  if (day === null || day >= ref - 2 * 365 * DAY_MS || text.slice(last.end, open).includes('\n')) return -1;
  return sentencesBetween(text, last.end, open) <= 1 ? k : -1;
}

/**
 * The index in `out` of the day a quotation's attribution names, or -1: after the quotation that
 * holds out[i] ("...,' he said last night", "...,' Castellano said at a news conference Monday
 * afternoon") or before it, in the same sentence ("said on Monday night that the group was ready to
 * sign 'today'", "Speaking outside the court on Thursday, the chief executive said: 'Today ...'").
 */
function attributionDay(text: string, out: TaggedTimex[], i: number, open: number): number {
  const t = out[i]!;
  const rest = text.slice(t.end);
  const close = rest.search(/["”]/);
  if (close >= 0 && !rest.slice(0, close).includes('\n')) {
    const from = t.end + close + 1;
    for (let j = i + 1; j < out.length && out[j]!.start < from + 160; j++) {
      if (out[j]!.start < from) continue;
      const between = text.slice(from, out[j]!.start);
      if (!between.includes('\n') && ATTRIBUTION_AFTER.test(between) && DAY_VALUE.test(out[j]!.value))
        return j;
      break;
    }
  }
  for (let j = i - 1; j >= 0; j--) {
    const d = out[j]!;
    if (d.end > open) continue;
    const between = text.slice(d.end, open);
    if (between.length > 120 || /[.!?;\n"“”]/.test(between)) return continuedAttribution(text, out, j, open);
    const lead = text.slice(Math.max(0, d.start - 80), d.start);
    return DAY_VALUE.test(d.value) && ATTRIBUTION_BEFORE.test(lead) ? j : -1;
  }
  return -1;
}

/**
 * A quotation that goes on after its attribution: '"Tonight I'm going to sleep," he said Sunday
 * night. "Tomorrow, maybe I'll realize what happened."' The day that ends the attribution of the
 * paragraph's previous quotation, right before this one opens, is this one's saying too. Returns
 * the index of out[j] when it is that day, or -1.
 */
function continuedAttribution(text: string, out: TaggedTimex[], j: number, open: number): number {
  const d = out[j]!;
  if (!DAY_VALUE.test(d.value) || !ATTRIBUTION_ENDS.test(text.slice(d.end, open))) return -1;
  const close = Math.max(text.lastIndexOf('"', d.start - 1), text.lastIndexOf('”', d.start - 1));
  if (close < 0 || text.slice(close, d.start).includes('\n')) return -1;
  return ATTRIBUTION_AFTER.test(text.slice(close + 1, d.start)) ? j : -1;
}
/** A day, with or without a time or a part of the day: "2024-04-01", "2024-04-01TNI". */
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}(?:T|$)/;
/** Right before the day a saying names, after its verb: "on ", "late ", "early ", "at " (or nothing). */
const SAYING_DAY_LEAD = String.raw`(?:(?:on|at|late|early)\s+)?$`;
/** What may follow a saying and come before or after the day it names, the place or the manner of
 * it, with no word that opens reported words or a time ahead: ', clutching the trophy at her news
 * conference', ' by phone' (not ', adding that', ' to reporters before the vote'; nor "after", whose
 * day before the saying's own is another time's: "said, after the storm on Monday"); nor a noun
 * the tail's object is about, whose day is its own event's, not the saying's ('during a speech
 * about the crash of October 19, 1987', 'as residents marked the anniversary of the flood on',
 * 'from the street where her son was shot on', 'with victims who were hurt on'). A gesture is a
 * manner too, any participle in -ing: ', shrugging', ', nodding' (not "following", "including",
 * "according"). A relative
 * "which" is left in: set off after the tail's own noun it dates the saying's occasion ('in the
 * address, which was broadcast at 10 p.m.'). */
const ATTRIBUTION_TAIL = String.raw`,?\s+(?:on|at|in|as|during|outside|from|by|while|(?!following|including|according)[a-z]{3,}ing)\b(?:(?!\b(?:that|to|${MODALS.join('|')}|until|by|since|when|if|because|before|next|last|this|of|about|where|who|whose|marking|anniversary)\b)[^.;!?"“”\n]){0,70}?`;
/** From a quotation's close to the day its saying names: ',' he said ', '," Castellano said at a news conference ',
 * '," he wrote to his mother on ' (a letter is its writer's saying), '," she said by phone on '. */
const ATTRIBUTION_AFTER = new RegExp(
  String.raw`^[,.!?]?\s*(?:(?:[A-Z][\w.'’-]*|he|she|they|we|I|it|the|a|an|her|his|their|its|[a-z]+(?:man|woman|person|er|or|ist|ent))\s+){0,5}(?:said|says|told(?:\s+[\w'’-]+){1,3}?|added|wrote(?:\s+to(?:\s+[\w'’-]+){1,3}?)?|tweeted|posted|insisted|declared)(?:${ATTRIBUTION_TAIL})?\s+${SAYING_DAY_LEAD}`,
);
/** From the day a saying names to the quotation that goes on after it: '. ', ' after a light practice session. '
 * (after the saying's day, "after" tells when in it the saying came). */
const ATTRIBUTION_ENDS = new RegExp(
  String.raw`^(?:${ATTRIBUTION_TAIL}|,?\s+after\s[^.;!?"“”\n]{0,60}?)?[.,]?\s*$`,
);
/** Before the day of a saying that opens a quotation later in its sentence: "said ", "told supporters late ", "Speaking outside the court on ",
 * "In one letter, dated " (the day a letter was written). */
const ATTRIBUTION_BEFORE = new RegExp(
  String.raw`\b(?:said|says|told(?:\s+[\w'’-]+){0,3}|wrote|dated|added|announced|insisted|declared|speaking(?:\s+[^.;!?"“”\n]{0,40})?)\s+${SAYING_DAY_LEAD}`,
  'i',
);
/** Before the day of an occasion of saying, named without its verb but with its preposition: "at a
 * news conference ", "On a conference call with analysts on ", "in a telephone interview on ", "in a
 * statement late " (not "She had a job interview on "). */
const SAYING_OCCASION_BEFORE = new RegExp(
  String.raw`\b(?:in|at|on|during)\s+(?:(?:a|an|the|his|her|their|its|[\w'’-]+['’]s)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:news|press)\s+conference|briefing|conference\s+call|interview|statement|letter|speech)(?:\s+(?:to|with|in|at)\s[^.;!?"“”\n]{0,25}?)?\s+${SAYING_DAY_LEAD}`,
  'i',
);

/** "born on ", "Born in Winsford on ", "born in Cork, Ireland, in ": a birth date, at which no story is told.
 * (Case-sensitive: the place's words are capitalised, not "Born in Texas, he arrived on ".) */
const BORN_BEFORE = /\b[Bb]orn\s+(?:in\s+[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){0,3},?\s+)?(?:on\s+|in\s+)?$/;
/** Whether the time at `start` is a birth date ("was born on May 2, 1930"): a time no story is told
 * at, and no day a later "that night", "the next morning" or "six hours later" counts from. */
const bornOn = (text: string, start: number) => BORN_BEFORE.test(text.slice(Math.max(0, start - 60), start));

/** "a 5% rise backdated to ", "a ban back-dated to ", "retroactive to ": the day a term counts from. */
const BACKDATED_TO = /\b(?:back-?dated|retroactive(?:ly)?)\s+to\s+$/i;
/** What tells, right after a day, what happened on it: "when", "on which" (a comma or not), ", the
 * day", ", the date" ("backdated to 3 March, the date of his failed test", "the date on which"). */
const TOLD_WHAT_HAPPENED_AFTER = /^\s*(?:,\s*)?(?:when|on\s+which)\b|^\s*,\s*the\s+(?:day|date)\b/i;
/** Whether the time at `start` is the day a pay rise or a ban is backdated to ("offered 6.5% backdated
 * to 1 July"): a day set after the fact, at which no story is told, unless what follows it tells what
 * happened then (TOLD_WHAT_HAPPENED_AFTER: "backdated to 1 April, the day she joined", "to 3 March
 * 2024 when he was first suspended"): then it is a day of the story, and "two days later" counts
 * from it. */
const backdatedTo = (text: string, start: number, end: number) =>
  BACKDATED_TO.test(text.slice(Math.max(0, start - 24), start)) &&
  !TOLD_WHAT_HAPPENED_AFTER.test(text.slice(end, end + 16));
/** "the previous record of 32.9C, set at Greycrook on ", "the old high set in ": when a record now
 * beaten was set. "set" is the former record's own participle, within its noun phrase: no "and",
 * "but", "then", "while", "new" or "another" between them ("broke the old record ... and set a new
 * best in Paris on " is the new record's day), and no article after it ("set a", "set the"). (A
 * point between digits is no sentence's end: "32.9C".) */
const FORMER_RECORD_SET =
  /\b(?:previous|old|former|earlier)\s+(?:[\w-]+\s+){0,2}?(?:record|high|low|best|mark)\b(?:(?!\b(?:and|but|then|while|new|another)\b)(?:[^.;!?"“”]|\.\d)){0,60}?\bset\b(?!\s+(?:a|an|another|the|its|his|her|their)\b)[^.;!?"“”]{0,60}\b(?:on|in)\s+$/i;
/** Whether the time at `start` is when a record now beaten was set: no day the story is at. */
const formerRecordSet = (text: string, start: number) =>
  FORMER_RECORD_SET.test(text.slice(Math.max(0, start - 140), start));

/**
 * Keeps ctx.pastDay, the day long past a story is told at: a day named more than two years before
 * publication ("On the night of Nov. 9, 1989"), until the text names a time within two years of
 * publication ("said this week", "in March 2022"). Not a birth date, nor a date used as a modifier
 * ("the Dec. 21, 1988, bombing of Pan Am Flight 103"): a story is not told at those.
 * And ctx.storyTime, the last time long past the story was told at, a year or a season too ("in
 * the winter of 1944"), which the present days between ("she said on Saturday") do not end.
 */
function pastStory(
  ctx: ResolveContext,
  a: NarrativeAnchor,
  index: number,
  c: { start: number; end: number },
  aside: boolean,
  kind: 'none' | 'dct' | 'timex',
  said: boolean,
): void {
  const ref = ctx.ref!;
  const when =
    a.d !== undefined
      ? Date.UTC(a.y, a.m! - 1, a.d)
      : (a.monday ?? Date.UTC(a.y, (a.m ?? a.startMonth ?? 7) - 1, 1));
  const told =
    when < ref - 2 * 365 * DAY_MS &&
    !aside &&
    !/\bthe\s+$/i.test(ctx.text.slice(Math.max(0, c.start - 5), c.start)) &&
    !bornOn(ctx.text, c.start) &&
    !RECORD_SET_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 40), c.start));
  // (A time near publication named with its year ends the story's time: "on Oct. 20, 2009". A story
  // is not told at a time counted from publication: "who switched from singles seven years ago".)
  // (Nor at the time of a later telling: "he told an interviewer in 2013", "said in a 2013 interview";
  // like the present's, such a time is passed over, see storyOverPresent.)
  const telling =
    TOLD_IN_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 40), c.start)) ||
    INTERVIEW_AFTER.test(ctx.text.slice(c.end, c.end + 16));
  if (telling) (ctx.tellings ??= new Set()).add(index);
  else if (kind === 'none' && Math.abs(when - ref) < 2 * 365 * DAY_MS) ctx.storyTime = null;
  else if (told && kind !== 'dct') {
    // (`a` has its index already: written again into the copy, it would make the field mutable in
    // every anchor's hidden class, and V8 then throws away the tagTimexes it was compiling.)
    ctx.storyTime = { ...a, end: c.end };
    ctx.storyTimes = (ctx.storyTimes ?? 0) + 1;
  }
  if (Math.abs(when - ref) < 2 * 365 * DAY_MS) {
    // ("The sirens went off on July 16, 1993. 'I didn't believe it,' she said on Thursday. The rain
    // had started in April": the day of a saying near publication is when a witness speaks, not
    // where the story goes on; the story long past takes up again after the saying's sentence when
    // the telling goes back to it.)
    const past = ctx.pastDay;
    const stop = past && said ? sentenceEndAt(ctx.text, c.end) : -1;
    ctx.pastDay =
      past && stop >= 0 && tellingGoesBack(ctx.text, stop)
        ? { index: past.index, day: past.day, end: stop + 1 }
        : null;
  } else if (a.d !== undefined && told) ctx.pastDay = { index, day: when, end: c.end };
}

/** How far a quotation going on after a saying is read for its end. */
const QUOTE_REACH = 800;
/** Closing quotes and spaces between one sentence and the next. */
const BETWEEN_SENTENCES = /["”’)]*\s*/y;

/** Where the sentence after the stop at `at` starts. */
function nextSentenceStart(text: string, at: number): number {
  BETWEEN_SENTENCES.lastIndex = at + 1;
  BETWEEN_SENTENCES.exec(text);
  return BETWEEN_SENTENCES.lastIndex;
}

/**
 * Whether the first sentence after the one ending at `stop`, past the quotation going on, goes
 * back to the story long past: it is told in the past perfect with no present or present perfect
 * in it ("The rain had started in April"). A simple past ("The county bought the land in
 * February") or a pluperfect that reaches the present ("had passed a bill in February, but the
 * governor has not signed it") is this year's news.
 */
function tellingGoesBack(text: string, stop: number): boolean {
  let from = nextSentenceStart(text, stop);
  // ('she said on Thursday. "And I still didn't believe it."': still the witness speaking.)
  const open = text[from];
  if (open === '"' || open === '“') {
    const close = text.indexOf(open === '"' ? '"' : '”', from + 1);
    if (close < 0 || close - from > QUOTE_REACH) return false;
    from = nextSentenceStart(text, close);
  }
  const sentence = text.slice(from, sentenceEndAt(text, from));
  return PLUPERFECT_RE.test(sentence) && !PRESENT_OR_AHEAD.test(sentence);
}

/** "The record was set on ", "a record set in ": the day of a record, a bound the story is not told at. */
const RECORD_SET_BEFORE = /\brecords?\s+(?:(?:was|were|had\s+been)\s+)?set\s+(?:on\s+|in\s+)?$/i;

/** "he told an interviewer in ", "she said in ", "recalled in ": the time of a saying. */
const TOLD_IN_BEFORE = /\b(?:said|says|told(?:\s+[\w'’-]+){0,2}|wrote|recalled)\s+in\s+$/i;
/** "[in a 2013] interview": the time of a saying, named as a modifier. */
const INTERVIEW_AFTER = /^\s+(?:interview|documentary|memoir)\b/i;

/**
 * Whether the timex at [start, end) is a line of its own, a heading: "Saturday, March 14",
 * "Friday 5 July 2019".
 */
function headingLine(text: string, start: number, end: number): boolean {
  if (!/^[ \t]*:?[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 8))) return false;
  return opensLine(text, start);
}

/** Inside a relative clause set off by a comma: "Gatwick, which had reopened on ". */
const RELATIVE_ASIDE_BEFORE = /,\s+(?:which|who|whose)\s[^,;:()]*$/i;
/**
 * A condition opening the sentence, then what will or would happen if it holds, up to a day: "If
 * storms force a postponement, the show will move to ", "If weather forces a delay, the next attempt
 * would be " (the day named after it is a fallback that may never come; see ResolveContext.lastDay).
 * Not a condition without a modal after it: "If Sunday belonged to the children, bank holiday Monday
 * belonged to everyone else".
 */
const CONTINGENCY_BEFORE =
  /^["“]?(?:If|Unless|Should)\b[^,;:.!?]*,\s+[^;:.!?]*\b(?:will|would|could|might|may)\b[^;:.!?]*$/;
/** "since ", "since early ": the day a span running on to now began (see ResolveContext.lastDay). */
const SINCE_BEFORE = /\bsince\s+(?:(?:early|late)\s+)?(?:on\s+)?$/i;

/** "until at least ", "through ", "by ": a day named as the limit of what runs up to it. */
const LIMIT_BEFORE = /\b(?:until|till|through|thru|by)\s+(?:at\s+least\s+)?(?:(?:early|late)\s+)?$/i;

/** "which ended ", "through ", "since ": a day that bounds a period rather than an event's. */
const PERIOD_BOUND_BEFORE = /\b(?:ended|ending|ends|through|thru|to|until|till|since)\s+(?:on\s+)?$/i;

/** "the three months through ", "three months to ": a calendar quarter named by its last month. */
const THREE_MONTHS_TO = /\bthree\s+months\s+(?:through|to|ended|ending)\s+$/i;

/**
 * "between 6:30 and 9 p.m.", "from 9:30 to 5 p.m.", "from 10.30 until 2am": the start of a range of
 * hours written without a.m. or p.m. takes the half of the day that puts it less than twelve hours
 * before its end.
 */
function rangeStartHour(text: string, out: TaggedTimex[], from: Candidate[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const t = out[i]!;
    const end = out[i + 1]!;
    const m = from[i]!.meaning;
    if (t.type !== 'TIME' || !RANGE_START_RULES.has(from[i]!.rule) || m.k !== 'time' || m.h < 1 || m.h > 12)
      continue;
    const eh = endsHourRange(text, out, i) ? /T(\d{2}):(\d{2})/.exec(end.value) : null;
    if (!eh) continue;
    const endMin = +eh[1]! * 60 + +eh[2]!;
    const min = (m.h % 12) * 60 + (m.min ?? 0);
    // The afternoon when the morning reading lies twelve hours or more before the end, or after it
    // (the evening before, for "to 2am").
    const pm = min + 720 < endMin || min >= endMin;
    const h = (m.h % 12) + (pm ? 12 : 0);
    const value = withHour(t.value, h);
    if (value === t.value) continue;
    t.value = value;
    t.explanation = `${t.text} -> ${value}: the start of a range of hours ending ${end.text}`;
  }
}

/** The rules of a range's start that may leave out a.m. or p.m.: "from 9:30 to 5 p.m.", "from 5 to 8 p.m.". */
const RANGE_START_RULES = new Set(['clock24', 'bareHour']);

/**
 * "every Saturday ..., beginning this weekend, from 9 a.m. to 1 p.m.", "on Friday between 2 p.m.
 * and 4 p.m.": the end of a range of hours on one day, named with no day of its own, is on the
 * start's day (a recurring one too). Not an end at or before the start: "from 10 p.m. to 2 a.m."
 * ends the next day.
 */
function rangeEndDay(text: string, out: TaggedTimex[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const t = out[i]!;
    const end = out[i + 1]!;
    if (t.type !== 'TIME' || end.type !== 'TIME') continue;
    if (!/^\s*(?:to|and|until|till|-|–)\s*$/i.test(text.slice(t.end, end.start))) continue;
    const a = DAY_CLOCK_VALUE.exec(t.value);
    const b = DAY_CLOCK_VALUE.exec(end.value);
    if (!a || !b || a[1] === b[1] || !/^[\d\s.:]+(?:[ap]\.?\s?m\.?)?$/i.test(end.text)) continue;
    if (+b[2]! * 60 + +b[3]! <= +a[2]! * 60 + +a[3]!) continue;
    end.value = `${a[1]}T${b[2]}:${b[3]}`;
    end.explanation = `${end.text} -> ${end.value}: the end of a range of hours on the day of its start, ${t.text}`;
    if (t.anchor) end.anchor = { kind: 'timex', index: i };
    delete end.alternatives;
  }
}

/** Whether `out[i]` starts a range of hours whose end writes a.m. or p.m. ("from 9:30 to 5 p.m."). */
function endsHourRange(text: string, out: TaggedTimex[], i: number): boolean {
  const t = out[i]!;
  const end = out[i + 1];
  return (
    end !== undefined &&
    end.type === 'TIME' &&
    /^\s*(?:to|and|until|till|-|–)\s*$/i.test(text.slice(t.end, end.start)) &&
    /T\d{2}:\d{2}/.test(end.value) &&
    /\b[ap]\.?\s?m\b/i.test(end.text)
  );
}

/** ", on ", " on ", ", in ": a date set after a counted time in apposition. */
const APPOSED_DATE = /^\s*,?\s+(?:on|in)\s+$/i;

/** How much of a value each unit of a counted time keeps: a week, like a day, lands on a day. */
const UNIT_VALUE: Record<string, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}/,
  week: /^\d{4}-\d{2}-\d{2}/,
  month: /^\d{4}-\d{2}(?!-W)/,
  year: /^\d{4}(?!-W)/,
};

/**
 * "reached New York three days later, on the evening of April 18", "a runoff two weeks later, on
 * 30 May": a time counted on or back from one the text named, with the date it fell on set after it
 * in apposition, is that date (at the counted unit's grain: "11 months later, on Oct. 3, 1990" is
 * October 1990), whichever day the count started from.
 */
function countedToNamedDay(text: string, out: TaggedTimex[], from: Candidate[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const t = out[i]!;
    const named = out[i + 1]!;
    const m = from[i]!.meaning;
    if (t.type !== 'DATE' || !COUNTS_ON.test(t.text)) continue;
    if (!(
      (m.k === 'offset' && m.narrative) ||
      (m.k === 'period' && m.the && m.rel !== 'same' && m.rel !== 'that')
    ))
      continue;
    // ("the following week, on Oct. 25" is still that week.)
    const grain = m.k === 'period' && m.unit === 'week' ? undefined : UNIT_VALUE[m.unit];
    if (!grain || !APPOSED_DATE.test(text.slice(t.end, named.start))) continue;
    const value = grain.exec(named.value)?.[0];
    if (!value || value === t.value) continue;
    // (A date that names its year, or one in the year the count reached: "A few months later, in
    // November" after a story of 1966 is no November of the publication year.)
    const y = /^\d{4}/.exec(t.value)?.[0];
    if (named.anchor?.kind !== 'none' && (y === undefined || Math.abs(+y - +value.slice(0, 4)) > 1)) continue;
    t.value = value;
    t.anchor = { kind: 'timex', index: i + 1 };
    t.explanation = `${t.text} -> ${value}: the date set after it in apposition (${named.text})`;
    delete t.alternatives;
  }
}

/**
 * "The closing set, which began at 9:45 p.m. and ran until 11:20", "Gates open at 5:30 p.m. The
 * opening act goes on at 7:15": an hour written without a.m. or p.m. soon after an evening hour
 * that was, and a few hours from it, is of the evening too. (Not "from 10 p.m. to 6:00": twelve
 * hours on, 18:00 would lie before the start; the morning after is meant.)
 */
function eveningHour(text: string, out: TaggedTimex[], from: Candidate[]): void {
  for (let i = 1; i < out.length; i++) {
    const t = out[i]!;
    const m = from[i]!.meaning;
    if (t.type !== 'TIME' || from[i]!.rule !== 'clock24' || m.k !== 'time' || m.h < 1 || m.h > 11) continue;
    // (The start of a range of hours takes its half of the day from the range's end: rangeStartHour.)
    if (endsHourRange(text, out, i)) continue;
    const prev = out
      .slice(Math.max(0, i - 3), i)
      .reverse()
      .find((p) => p.type === 'TIME');
    const ph = prev && /T(\d{2}):\d{2}/.exec(prev.value);
    if (!prev || !ph || !/\bp\.?\s?m\b/i.test(prev.text) || sentencesBetween(text, prev.end, t.start) > 1)
      continue;
    const gap = m.h + 12 - +ph[1]!;
    if (gap < -3 || gap > 6) continue;
    t.value = withHour(t.value, m.h + 12);
    t.explanation = `${t.text} -> ${t.value}: an hour of the evening, a few hours from ${prev.text} just before`;
  }
}

/**
 * "a meeting at the library tonight at 7:30", "I spent last Thursday afternoon in the library, and by
 * 5 o'clock there was not a free chair": an hour written without a.m. or p.m., in the sentence of
 * the afternoon, evening or night of its own day just named, is of that part of the day (from 1 to
 * 6 in an afternoon, from 5 in an evening or a night).
 */
function dayPartHour(text: string, out: TaggedTimex[], from: Candidate[]): void {
  for (let i = 1; i < out.length; i++) {
    const t = out[i]!;
    const m = from[i]!.meaning;
    if (t.type !== 'TIME' || !BARE_HOUR_RULES.has(from[i]!.rule) || m.k !== 'time') continue;
    if (MERIDIEM_OR_PART.test(t.text) || /^0/.test(t.text)) continue;
    const hm = /^(\d{4}-\d{2}-\d{2})T(\d{2})/.exec(t.value);
    const prev = out[i - 1]!;
    const pm = /^(\d{4}-\d{2}-\d{2})T(AF|EV|NI)$/.exec(prev.value);
    if (!hm || !pm || hm[1] !== pm[1] || sentencesBetween(text, prev.end, t.start) > 0) continue;
    const h = +hm[2]!;
    if (h < 1 || h > 11 || (pm[2] === 'AF' ? h > 6 : h < 5)) continue;
    t.value = withHour(t.value, h + 12);
    t.explanation = `${t.text} -> ${t.value}: an hour of ${prev.text}, named just before`;
  }
}
/**
 * "11.10pm: Verification has begun ... 12.20am: Counting is under way ... 2.40am: The result": a
 * live blog's time stamps run through the night, earliest first or latest first, and the latest is
 * on the day it is published; going back from it, each time the stamps cross midnight (an hour of
 * the morning, then one of the afternoon or evening before it) is a day further back. Times told
 * from a stamp so moved move with it.
 */
function stampsOverMidnight(text: string, out: TaggedTimex[], from: Candidate[]): void {
  const stamps: { i: number; at: number }[] = [];
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    const m = from[i]!.meaning;
    const hm = CLOCK_VALUE.exec(t.value);
    if (t.type !== 'TIME' || t.anchor?.kind !== 'dct' || m.k !== 'time' || !hm) continue;
    // (Not a stamp that names its own day: "10:15 p.m. Friday".)
    if (m.wd !== undefined || m.dd !== undefined || m.dayWord !== undefined) continue;
    if (m.stamp || lineStamp(text, from[i]!)) stamps.push({ i, at: +hm[1]! * 60 + +hm[2]! });
  }
  if (stamps.length < 3) return;
  let later = 0;
  let earlier = 0;
  for (let k = 1; k < stamps.length; k++) {
    if (stamps[k]!.at > stamps[k - 1]!.at) later++;
    else if (stamps[k]!.at < stamps[k - 1]!.at) earlier++;
  }
  // From the latest stamp back in time.
  const back = earlier > later ? stamps : [...stamps].reverse();
  const moved = new Map<number, number>();
  let days = 0;
  for (let k = 1; k < back.length; k++) {
    const after = back[k - 1]!.at;
    const before = back[k]!.at;
    if (before > after && after < 12 * 60 && before >= 12 * 60) days++;
    if (days > 0) moved.set(back[k]!.i, days);
  }
  if (moved.size === 0) return;
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    const a = t.anchor;
    const days = moved.get(i) ?? (a?.kind === 'timex' ? moved.get(a.index) : undefined);
    const day = /^\d{4}-\d{2}-\d{2}/.exec(t.value);
    if (days === undefined || !day) continue;
    if (!moved.has(i)) moved.set(i, days);
    t.value = fmtDay(isoToDay(day[0])! - days * DAY_MS) + t.value.slice(10);
    t.explanation = `${t.text} -> ${t.value}: ${a?.kind === 'dct' ? "a live blog's time stamp" : "told from a live blog's time stamp"}, ${days} day(s) before the latest stamp, across midnight`;
  }
}

/** The rules of hours that may be written without a.m. or p.m.: "7:30", "5 o'clock", "half seven". */
const BARE_HOUR_RULES = new Set(['clock24', 'oclock', 'wordClock']);
/** A half of the day or a part of it written in the time itself: "7 p.m.", "six in the morning". */
const MERIDIEM_OR_PART = /\b[ap]\.?\s?m\b|\d[ap]m\b|morning|afternoon|evening|night|noon|midnight/i;

/**
 * "at 3 a.m. Thursday (0000 GMT)": the same moment in another zone, in brackets after a time that
 * names its day, is on that day (the zones of news reports are hours apart, not days).
 */
function bracketedTime(text: string, out: TaggedTimex[], from: Candidate[]): void {
  for (let i = 1; i < out.length; i++) {
    const t = out[i]!;
    const prev = out[i - 1]!;
    const m = from[i]!.meaning;
    if (t.type !== 'TIME' || prev.type !== 'TIME' || m.k !== 'time') continue;
    if (m.mo !== undefined || m.dayWord !== undefined || m.wd !== undefined) continue;
    if (!/^\s*\($/.test(text.slice(prev.end, t.start))) continue;
    // ("(2100 GMT on Saturday)": a day of its own in the brackets.)
    const own = out[i + 1];
    if (own?.type === 'DATE' && /^\s*(?:on\s+)?$/i.test(text.slice(t.end, own.start))) continue;
    const first = /^(\d{4}-\d{2}-\d{2})T(\d{2})/.exec(prev.value);
    const hour = /^(?:\d{4}-\d{2}-\d{2}|XXXX-XX-XX)T(\d{2})/.exec(t.value);
    if (!first || !hour || !/^\d{4}-\d{2}-\d{2}T/.test(t.value)) continue;
    // ("at 10:12 p.m. EDT (0212 GMT)": more than twelve hours apart, the other zone is on the next
    // day, or on the day before.)
    const gap = +first[2]! - +hour[1]!;
    const shift = gap > 12 ? 1 : gap < -12 ? -1 : 0;
    const day = shift === 0 ? first[1]! : fmtDay(isoToDay(first[1]!)! + shift * DAY_MS);
    if (t.value.startsWith(day)) continue;
    t.value = day + t.value.slice(10);
    t.anchor = { kind: 'timex', index: i - 1 };
    t.explanation = `${t.text} -> ${t.value}: the time before it (${prev.text}) given in another zone, ${shift === 0 ? 'on its day' : shift > 0 ? 'where it is the next day' : 'where it is the day before'}`;
  }
}

/**
 * Where a timex "the week", "the year" or "the decade" starts when "the rest of" comes before it: the
 * remainder is written with the period it is of ("the rest of the week", as our annotators span it
 * 21 times of the 27 they tag). Not "the rest of the day" or "of the season", which they leave untagged.
 */
function restOfStart(text: string, c: Candidate): number {
  if (!/^the\s+(?:week|year|decade)$/i.test(text.slice(c.start, c.end))) return c.start;
  const lead = /\bthe\s+rest\s+of\s+$/i.exec(text.slice(Math.max(0, c.start - 16), c.start));
  return lead ? c.start - lead[0].length : c.start;
}
/**
 * A span of hours that runs past midnight ("between 10 p.m. and 4 a.m."): on a given night its end
 * falls on the next day; in a rule for every night ("Residents must stay indoors from 8 p.m. to
 * 5 a.m.", "bars under-18s from the streets between 10 p.m. and 5 a.m.") its hours are of no one day.
 */
function overnightSpan(text: string, out: TaggedTimex[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.type !== 'TIME' || b.type !== 'TIME') continue;
    if (!RANGE_JOIN.test(text.slice(a.end, b.start))) continue;
    if (!RANGE_OPEN.test(text.slice(Math.max(0, a.start - 13), a.start))) continue;
    const ha = CLOCK_VALUE.exec(a.value);
    const hb = CLOCK_VALUE.exec(b.value);
    if (!ha || !hb || +hb[1]! >= +ha[1]!) continue;
    // ("moved the fireworks show from 7 p.m. to 6 p.m.": the old hour and the new one, on one day.)
    if (MOVED_FROM.test(lastSentence(text.slice(Math.max(0, a.start - 120), a.start)))) continue;
    if (!nightlyRule(sentenceAround(text, a.start, b.end), a.text)) {
      const da = /^(\d{4}-\d{2}-\d{2})T/.exec(a.value);
      if (da && b.value.startsWith(da[1]!) && b.anchor?.kind !== 'dct') {
        const next = fmtDay(isoToDay(da[1]!)! + DAY_MS);
        b.value = next + b.value.slice(10);
        b.explanation = `${b.text} -> ${b.value}: the end of a span from ${a.text}, past midnight`;
      }
      continue;
    }
    // ("a curfew from midnight until 6 a.m. Tuesday" is one night's.)
    if (ONE_DAY.test(`${a.text} ${b.text}`)) continue;
    for (const t of [a, b]) {
      t.value = `XXXX-XX-XX${t.value.slice(t.value.indexOf('T'))}`;
      t.anchor = { kind: 'none' };
      t.explanation = `${t.text} -> ${t.value}: an hour of a rule for every night, on no one day`;
    }
  }
}

/** A TIME value's hour and minute ("2023-10-17T06:30": 06, 30). */
const CLOCK_VALUE = /T(\d{2}):(\d{2})$/;
/** A TIME value's day (or XXXX-XX-XX), hour and minute. */
const DAY_CLOCK_VALUE = /^(\d{4}-\d{2}-\d{2}|XXXX-XX-XX)T(\d{2}):(\d{2})$/;

/**
 * "the heaviest snow between midnight and 6 a.m. Sunday", "the airport will close from 3pm until
 * 8am Saturday": the start of a range of hours with no day of its own is on the day its end names,
 * or the day before when it is not earlier in the day than the end. Midnight opening a range is the
 * one that begins its end's day ("between midnight and 4 a.m.": 00:00, not the 24:00 before).
 */
function rangeStartDay(text: string, out: TaggedTimex[], from: Candidate[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    const m = from[i]!.meaning;
    if (a.type !== 'TIME' || b.type !== 'TIME' || m.k !== 'time') continue;
    if (m.dayWord || m.wd !== undefined || m.mo !== undefined) continue;
    if (!RANGE_JOIN.test(text.slice(a.end, b.start))) continue;
    if (!RANGE_OPEN.test(text.slice(Math.max(0, a.start - 13), a.start))) continue;
    if (MOVED_FROM.test(lastSentence(text.slice(Math.max(0, a.start - 120), a.start)))) continue;
    const ha = CLOCK_VALUE.exec(a.value);
    const hb = DAY_CLOCK_VALUE.exec(b.value);
    if (!ha || !hb) continue;
    const midnight = ha[1] === '24';
    if (!midnight && !namesOwnDay(text, out, from, i + 1)) continue;
    let day = hb[1]!;
    // (Not a start already dated after its end's day: "on Friday 11 April, from 10pm until 5am on
    // Saturday" leaves the end the doubtful one.)
    if (a.value.slice(0, 10) > day) continue;
    if (!midnight && +ha[1]! * 60 + +ha[2]! >= +hb[2]! * 60 + +hb[3]! && day !== 'XXXX-XX-XX')
      day = fmtDay(isoToDay(day)! - DAY_MS);
    const value = `${day}T${midnight ? '00:00' : `${ha[1]}:${ha[2]}`}`;
    if (value === a.value) continue;
    a.value = value;
    a.anchor = b.anchor?.kind === 'none' ? { kind: 'none' } : { kind: 'timex', index: i + 1 };
    a.explanation = `${a.text} -> ${value}: the start of a range of hours ending ${b.text}, on its day`;
    delete a.alternatives;
  }
}

/** Whether the clock time `out[i]` names its day, in its span ("6 a.m. Sunday") or right after ("noon on Tuesday"). */
function namesOwnDay(text: string, out: TaggedTimex[], from: Candidate[], i: number): boolean {
  const m = from[i]!.meaning;
  if (m.k === 'time' && (m.dayWord || m.wd !== undefined || m.mo !== undefined)) return true;
  const next = out[i + 1];
  return (
    next !== undefined && next.type === 'DATE' && /^\s+on\s+$/i.test(text.slice(out[i]!.end, next.start))
  );
}

/**
 * What makes a span of hours a rule for every night: "must", "bars", "banned". Not the word "curfew"
 * alone: "imposed a curfew from 6 p.m. until 6 a.m." is news of the night it begins (our news
 * annotators date 4 of 4 such hours), while "the curfew bars minors between 10 p.m. and 5 a.m." is
 * the rule.
 */
const NIGHTLY_RULE =
  /\b(?:must|may\s+not|cannot|can't|banned|bans?|bars?|barred|prohibit(?:s|ed)?|forbid(?:s|den)?|not\s+allowed|required?|requires)\b/i;
/**
 * Whether the span of hours starting at `first` in `sentence` is a rule for every night
 * (NIGHTLY_RULE), or a curfew's standing hours: "extended the curfew, which runs from 8 p.m. to
 * 6 a.m., for another week", "the curfew remains from 10 p.m. to 5 a.m.". A curfew a one-time verb
 * starts is news of the night it begins ("imposed a curfew from 6 p.m. until 6 a.m.", "declared an
 * emergency and ordered a curfew"), unless the hours' own clause is told in the present ("imposed a
 * curfew that runs from 8 p.m. to 6 a.m.").
 */
function nightlyRule(sentence: string, first: string): boolean {
  if (NIGHTLY_RULE.test(sentence)) return true;
  const at = sentence.indexOf(first);
  const lead = sentence.slice(0, at < 0 ? sentence.length : at);
  if (!CURFEW.test(lead)) return false;
  return PRESENT_HOURS_BEFORE.test(lead) || !CURFEW_STARTED.test(lead);
}
/** "curfew", "curfews". */
const CURFEW = /\bcurfews?\b/i;
/** A verb of a one-time start before "curfew": "imposed a curfew", "ordered a dusk-to-dawn curfew". */
const CURFEW_STARTED =
  /\b(?:impos(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|order(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|set|sets|setting)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?curfews?\b/i;
/** The hours' own clause in the present, right before them: "which runs from ", "is in effect between ". */
const PRESENT_HOURS_BEFORE =
  /\b(?:runs|lasts|applies|remains|stays|is\s+in\s+(?:effect|force|place))\s+(?:each\s+night\s+|nightly\s+)?(?:from|between)\s+$/i;

/** Inside a clause set off by a comma and "which" or "who", up to the timex: ", which was tabled on ". */
const RELATIVE_BEFORE = /,\s*(?:which|who)\b[^,;.!?()"“”]*$/i;
/** "from a revised 10.8 percent in", "up from 55.2 in": a figure a later one is compared with. */
const COMPARISON_BASE =
  /\bfrom\s+(?:an?\s+)?(?:revised\s+|upwardly\s+revised\s+|downwardly\s+revised\s+)?[$€£]?[\d.,]+\s*(?:%|percent|per\s+cent|points?|billion|million|trillion)?\s+in\s+$/i;
/** An end of a range that names its year in words: "June of that year", "March of the same year". */
const OWN_YEAR_WORDS = /\bof\s+(?:that|the\s+same|the\s+following|the\s+next|the\s+previous)\s+year$/i;
const RANGE_OPEN = /\b(?:from|between)\s+(?:the\s+)?$/i;
const RANGE_JOIN = /^\s*(?:to|until|till|through|thru|and|[-–])\s*$/i;
/** A thing moved to another hour, right before the hour it had: "moved the procession from ",
 * "would be brought forward from ", "her pickup had changed from ". */
const MOVED_FROM = new RegExp(`${MOVING_VERB}[^.;:]{0,60}?\\bfrom\\s+$`, 'i');

/**
 * A look back from the story's time ("repeating their successes from the previous year", "a year
 * earlier", "two months before"): the story does not move there, so the dates after it keep the
 * story's year.
 */
function flashback(span: string, r: Resolved, out: TaggedTimex[]): boolean {
  if (r.anchor.kind !== 'timex' || !/\b(?:previous|preceding|prior|earlier|before)\b/i.test(span))
    return false;
  const base = out[r.anchor.index];
  return base !== undefined && r.value < base.value;
}

/** Whether the expression at `start` ends a range that `prev` opens: "from <prev> to <here>". */
function closesRange(text: string, prev: TaggedTimex, start: number): boolean {
  return (
    RANGE_JOIN.test(text.slice(prev.end, start)) &&
    RANGE_OPEN.test(text.slice(Math.max(0, prev.start - 14), prev.start))
  );
}

/**
 * "from late August to mid-May", "between December and February", "from Nov. 28 until Jan. 3": a
 * range ends after it starts, so a month or day with no year of its own is the first one after the
 * start. Null when `r` is not the end of such a range or needs no change.
 */
function rangeEnd(
  text: string,
  prev: TaggedTimex,
  prevIndex: number,
  c: { start: number; end: number },
  r: Resolved,
  ref: number | null,
): Resolved | null {
  const from = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(prev.value);
  const to = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(r.value);
  if (!from || !to || r.type !== 'DATE' || WEEKDAY_NAME.test(text.slice(c.start, c.end))) return null;
  // (Nor one that names its year, or is counted from publication: "between January 2015 and
  // February this year", "from July 2022 through last month".)
  if (/\b(?:this|last|next)\s+(?:year|month)\b/i.test(text.slice(c.start, c.end))) return null;
  if (!closesRange(text, prev, c.start)) return null;
  const months = (m: RegExpExecArray, yy: number) => yy * 12 + +m[2]!;
  let y0 = +from[1]!;
  // The first year that puts the end after the start. The same month may close a range of days, and
  // a month closes a range that starts on one of its days ("from Tuesday through the end of
  // January", said on 3 January); a month after a month of the same name is the next year's.
  let y = y0;
  const endsAfterStart = (yy: number) => {
    const dm = months(to, yy) - months(from, y0);
    if (dm !== 0) return dm > 0;
    return to[3] ? +to[3] >= (from[3] ? +from[3] : 0) : from[3] !== undefined;
  };
  while (!endsAfterStart(y)) y++;
  // "raised rates between August 2022 and April", "built between August 2012 and January": a start
  // that names its year leaves the end's year out because it is the publication's; a range that
  // runs up to a month gone by this year stays there, when it spans at most three years.
  // (Not "from Boxing Day 1962 until early March": sixty years is no range but a story's winter.)
  if (
    ref !== null &&
    /\b\d{4}\b/.test(prev.text) &&
    +to[1]! > y &&
    months(to, +to[1]!) <= yearOf(ref) * 12 + monthOf(ref) &&
    months(to, +to[1]!) - months(from, y0) <= 36
  )
    return null;
  // "there were 26 outbreaks between November and March", said in December: a range of months told
  // in the past has ended, so it is the one before the months still to come.
  if (
    ref !== null &&
    !from[3] &&
    !to[3] &&
    prev.anchor?.kind === 'dct' &&
    y * 12 + +to[2]! > yearOf(ref) * 12 + monthOf(ref) &&
    toldOver(text, prev.start, prev.end)
  ) {
    y0--;
    y--;
    prev.value = `${String(y0).padStart(4, '0')}${prev.value.slice(4)}`;
    prev.explanation = `${prev.text} -> ${prev.value}: the start of a range of months told in the past, over before publication`;
    delete prev.alternatives;
  }
  if (y === +to[1]!) return null;
  const value = `${String(y).padStart(4, '0')}${r.value.slice(4)}`;
  return {
    ...r,
    value,
    anchor: { kind: 'timex', index: prevIndex },
    alternatives: undefined,
    explanation: `${text.slice(c.start, c.end)} -> ${value}: no year is given: the first one after the start of the range, ${prev.text} (${prev.value})`,
  };
}

/** Whether the clause of a timex tells a simple past of its own: not a saying of what is ahead ("he
 * said fares between October and December were likely to fall"), not a present perfect that runs
 * on ("the board has crammed seven Tests in between May and the middle of August"). */
function toldOver(text: string, start: number, end: number): boolean {
  const t = tenseAt(text, start, end);
  const cue = t.cue?.toLowerCase();
  if (t.tense !== 'past' || !cue || REPORTING.has(cue) || FORESEEING.has(cue)) return false;
  const clause = text
    .slice(Math.max(0, start - 120), start)
    .split(/[.!?;]\s/)
    .pop()!;
  return !/\b(?:has|have|had|[’']s\s+been|[’']ve)\b/i.test(clause);
}
/** Past verbs that look ahead, besides the verbs of saying. */
const FORESEEING = new Set(['predicted', 'forecast', 'expected']);

/**
 * "from 26 June to 9 July 2017", "between 28 December and 3 January 2018": a yearless start of a
 * range whose end names its year lies in that year, or the one before when its month and day come
 * later. Changes `prev` in place.
 */
function rangeStartYear(text: string, prev: TaggedTimex, c: { start: number }, r: Resolved): void {
  const from = /^(\d{4})(-\d{2}(?:-\d{2})?)$/.exec(prev.value);
  const to = /^(\d{4})(-\d{2}(?:-\d{2})?)$/.exec(r.value);
  if (!from || !to || r.type !== 'DATE' || !closesRange(text, prev, c.start)) return;
  const y = +to[1]! - (from[2]! > to[2]! ? 1 : 0);
  if (y === +from[1]!) return;
  prev.value = `${y}${from[2]!}`;
  prev.explanation = `${prev.text} -> ${prev.value}: the year of the end of the range it starts (${r.value})`;
  prev.alternatives = undefined;
}

/**
 * "60,000 visitors between Friday and Sunday", said on a Saturday: a range of weekdays that has
 * begun and holds the publication day is this week's, whatever each end was read as alone. Moves
 * `prev` to the start in place; returns the end's new reading, or null.
 */
function weekdayRangeHoldingToday(
  text: string,
  prev: TaggedTimex,
  c: { start: number; end: number },
  r: Resolved,
  ref: number | null,
): Resolved | null {
  const endText = text.slice(c.start, c.end);
  if (ref !== null && !WEEKDAY_NAME.test(endText)) return countedWindowHoldingToday(text, prev, c, r, ref);
  if (
    ref === null ||
    !BARE_WEEKDAY.test(prev.text) ||
    !BARE_WEEKDAY.test(endText) ||
    !/^\d{4}-\d{2}-\d{2}(?:T|$)/.test(prev.value) ||
    !/^\d{4}-\d{2}-\d{2}(?:T|$)/.test(r.value) ||
    !closesRange(text, prev, c.start)
  )
    return null;
  const from = weekdayNumber(prev.text);
  const to = weekdayNumber(endText);
  const today = weekdayOf(ref);
  // (Across the end of a week too: "between Friday and Tuesday", said on a Saturday.)
  const begun = (today - from + 7) % 7;
  const ahead = (to - today + 7) % 7;
  if (!(begun > 0 && begun + ahead < 7)) return null;
  // (Not a plan with "will": "the bridge will close from Monday to Friday", said on a Wednesday, is
  // next week's.)
  if (plannedBefore(text, prev.start)) return null;
  const start = ref - begun * DAY_MS;
  const day = ref + ahead * DAY_MS;
  if (isoToDay(prev.value) === start && isoToDay(r.value) === day) return null;
  prev.value = fmtDay(start) + prev.value.slice(10);
  prev.explanation = `${prev.text} -> ${describeDay(start)}: the start of a range that holds the publication day`;
  prev.alternatives = undefined;
  return {
    ...r,
    value: fmtDay(day) + r.value.slice(10),
    alternatives: undefined,
    explanation: `${endText} -> ${describeDay(day)}: the end of a range that holds the publication day (${prev.text} to it)`,
  };
}

/**
 * "will travel between Saturday and New Year's Day", "expects to screen 40 million people between
 * Thursday and Jan. 2", said on the Tuesday before Christmas: a window counted "between" a bare weekday
 * and a day ahead of publication, less than two weeks on, that the weekday just gone would open, has
 * begun; the weekday is the one just gone, even in a plan that counts it. (Not "from Tuesday until
 * Jan. 3": what runs "from" a day starts then.) Moves `prev` in place; returns null.
 */
function countedWindowHoldingToday(
  text: string,
  prev: TaggedTimex,
  c: { start: number; end: number },
  r: Resolved,
  ref: number,
): null {
  const end = isoToDay(r.value);
  if (
    end === null ||
    !/^\d{4}-\d{2}-\d{2}$/.test(r.value) ||
    end <= ref ||
    end - ref > 14 * DAY_MS ||
    !BARE_WEEKDAY.test(prev.text) ||
    !/^\d{4}-\d{2}-\d{2}(?:T|$)/.test(prev.value) ||
    !/\bbetween\s+$/i.test(text.slice(Math.max(0, prev.start - 9), prev.start)) ||
    !/^\s+and\s+$/i.test(text.slice(prev.end, c.start))
  )
    return null;
  // (A plan with "will" counts its window only with a count before it, "2 million drivers will take
  // to the roads between Friday and ...", "a record number of people would travel": not "Roads will
  // be closed between Friday and Jan. 2", a coming closure.)
  const lead = text
    .slice(Math.max(0, prev.start - 120), prev.start)
    .split(/[.;!?]\s/)
    .pop()!;
  if (plannedBefore(text, prev.start) && !/\d|\b(?:hundreds|thousands|millions|number\s+of)\b/i.test(lead))
    return null;
  const begun = (weekdayOf(ref) - weekdayNumber(prev.text) + 7) % 7;
  const start = ref - begun * DAY_MS;
  if (begun === 0 || isoToDay(prev.value) === start) return null;
  prev.value = fmtDay(start) + prev.value.slice(10);
  prev.explanation = `${prev.text} -> ${describeDay(start)}: the start of a window counted up to ${text.slice(c.start, c.end)} (${r.value}), the one just gone: the window holds the publication day`;
  prev.alternatives = undefined;
  return null;
}

/** A plan with "will" (or "shall", "would") earlier in the sentence before `at`. */
const plannedBefore = (text: string, at: number) =>
  /\b(?:will|shall|would)\b[^.;!?]*$/i.test(text.slice(Math.max(0, at - 120), at));

/**
 * "Arizona's monsoon season, which runs from mid-June through September", said in August: a range of
 * months with no year that holds the publication month is the one under way. Moves `prev` to the
 * start in place; returns the end's new reading, or null.
 */
function monthRangeHoldingToday(
  text: string,
  prev: TaggedTimex,
  c: { start: number; end: number },
  r: Resolved,
  ref: number | null,
): Resolved | null {
  const from = /^(\d{4})-(\d{2})$/.exec(prev.value);
  const to = /^(\d{4})-(\d{2})$/.exec(r.value);
  if (ref === null || !from || !to || /\d/.test(prev.text + text.slice(c.start, c.end))) return null;
  if (!closesRange(text, prev, c.start)) return null;
  const a = +from[2]!;
  const b = +to[2]!;
  const m = monthOf(ref);
  const y = yearOf(ref);
  const [ya, yb] = a <= b ? (a <= m && m <= b ? [y, y] : []) : m >= a ? [y, y + 1] : m <= b ? [y - 1, y] : [];
  if (ya === undefined || yb === undefined) return null;
  if (+from[1]! === ya && +to[1]! === yb) return null;
  if (plannedBefore(text, prev.start)) return null;
  if (toldOver(text, prev.start, prev.end)) return null;
  prev.value = `${ya}-${from[2]!}`;
  prev.explanation = `${prev.text} -> ${prev.value}: the start of a range of months that holds the publication date`;
  prev.alternatives = undefined;
  const value = `${yb}-${to[2]!}`;
  return {
    ...r,
    value,
    alternatives: undefined,
    explanation: `${text.slice(c.start, c.end)} -> ${value}: the end of a range of months that holds the publication date (${prev.text} to it)`,
  };
}

/** 1 (Monday) to 7 (Sunday) for the weekday a text names. */
const weekdayNumber = (s: string) => WEEKDAYS[WEEKDAY_NAME.exec(s)![0].toLowerCase()]!;
const BARE_WEEKDAY =
  /^(?:(?:early|late)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;

/**
 * "from 6 p.m. Thursday until noon Saturday", "between Friday and Monday": days named by weekday
 * lie less than a week apart, the end after the start. Each was read on its own (the end after
 * "until" looks ahead; the start may have been taken as last week's), so the start moves to the
 * week of the end, and an end before its start to the week after. Changes `prev` in place; returns
 * the end's new reading, or null. (A start that names its day of the month stays; a bare start
 * before an end fixed by its own words moves back to the week of the end.)
 */
function weekdayRange(
  text: string,
  prev: TaggedTimex,
  c: { start: number; end: number },
  r: Resolved,
): Resolved | null {
  const a = isoToDay(prev.value);
  const b = isoToDay(r.value);
  if (
    a === null ||
    b === null ||
    !/^\d{4}-\d{2}-\d{2}(?:T|$)/.test(prev.value) ||
    !/^\d{4}-\d{2}-\d{2}(?:T|$)/.test(r.value)
  )
    return null;
  if (!WEEKDAY_NAME.test(prev.text) || !WEEKDAY_NAME.test(text.slice(c.start, c.end))) return null;
  // ("lantern tours on Thursday and Friday": two bare weekdays named together run in order too.)
  // (In the order of the week only: "statements made Friday and Thursday" lists back in time.)
  const pair =
    /^\s*(?:and|or)\s*$/i.test(text.slice(prev.end, c.start)) &&
    BARE_WEEKDAY.test(prev.text) &&
    BARE_WEEKDAY.test(text.slice(c.start, c.end)) &&
    weekdayNumber(prev.text) < weekdayNumber(text.slice(c.start, c.end));
  // ("Tuesday through next Monday": "through" joins a range with no "from" before it.)
  const through = /^\s*(?:through|thru)\s*$/i.test(text.slice(prev.end, c.start));
  if (!pair && !through && !closesRange(text, prev, c.start)) return null;
  const week = 7 * DAY_MS;
  // A day of the month, or "next", "last" or "this", fixes its end of the range: "from Friday 21
  // March to Sunday 13 April" runs over three weeks; in "Tuesday through next Monday" the start
  // is the one before the end.
  const endText = text.slice(c.start, c.end);
  const fixed = (s: string) => /\d/.test(s) || /^(?:next|last|this)\s/i.test(s);
  if (b < a && fixed(endText) && !fixed(prev.text)) {
    const day = a - Math.ceil((a - b) / week) * week;
    prev.value = fmtDay(day) + prev.value.slice(10);
    prev.explanation = `${prev.text} -> ${describeDay(day)}: the start of a range that ends ${endText} (${r.value}), the last such day before it`;
    delete prev.alternatives;
    return null;
  }
  if (b < a) {
    const day = b + Math.ceil((a - b) / week) * week;
    const value = fmtDay(day) + r.value.slice(10);
    return {
      ...r,
      value,
      alternatives: undefined,
      explanation: `${text.slice(c.start, c.end)} -> ${describeDay(day)}: the first after the start of the range, ${prev.text} (${prev.value})`,
    };
  }
  if (b - a >= week && !fixed(prev.text)) {
    const day = a + Math.floor((b - a) / week) * week;
    prev.value = fmtDay(day) + prev.value.slice(10);
    prev.explanation = `${prev.text} -> ${describeDay(day)}: the start of a range that ends ${endText} (${r.value}), less than a week before it`;
    delete prev.alternatives;
  }
  return null;
}

/**
 * "sales in November and December" said on Dec. 2, "more action is possible in April and May": two
 * months in a row named together are neighbours (each was read on its own: a future clause put
 * November a year ahead, "warned" put May a year back). The one that is the month of publication
 * fixes the other's year, as does a second that names its own ("January and February of last
 * year"); otherwise the second follows the first. Changes `prev` in place or
 * returns the second month's new reading; null if nothing changes.
 */
function monthPair(
  text: string,
  prev: TaggedTimex,
  c: { start: number; end: number },
  r: Resolved,
  ref: number | null,
): Resolved | null {
  const a = /^(\d{4})-(\d{2})$/.exec(prev.value);
  const b = /^(\d{4})-(\d{2})$/.exec(r.value);
  if (!a || !b || ref === null || !/^\s*(?:and|or|[-–])\s*$/i.test(text.slice(prev.end, c.start)))
    return null;
  const [ya, ma, yb, mb] = [+a[1]!, +a[2]!, +b[1]!, +b[2]!];
  if (!(mb === ma + 1 || (ma === 12 && mb === 1))) return null;
  const gap = yb * 12 + mb - (ya * 12 + ma);
  if (gap === 1) return null;
  const current = (y: number, m: number) => y === yearOf(ref) && m === monthOf(ref);
  if (current(yb, mb)) {
    const y = ma === 12 ? yb - 1 : yb;
    prev.value = `${String(y).padStart(4, '0')}-${a[2]}`;
    prev.explanation = `${prev.text} -> ${prev.value}: the month before ${text.slice(c.start, c.end)} (${r.value}), named with it`;
    delete prev.alternatives;
    return null;
  }
  // ("more action is possible in April and May": the month after the first of a pair, whatever
  // cue reached the first alone; not "January and February of last year", which names its own.)
  // ("in late June or early July": the edges of the months are theirs.)
  const bare = /^(?:(?:early|mid|late)[\s-]+)?[A-Za-z]+\.?$/;
  if (!bare.test(text.slice(c.start, c.end))) {
    // ("launched in January and February of last year": the year the second names is the first's.)
    if (bare.test(prev.text)) {
      prev.value = `${String(ma === 12 ? yb - 1 : yb).padStart(4, '0')}-${a[2]}`;
      prev.explanation = `${prev.text} -> ${prev.value}: the month before ${text.slice(c.start, c.end)} (${r.value}), named with it`;
      delete prev.alternatives;
    }
    return null;
  }
  const value = `${String(mb === 1 ? ya + 1 : ya).padStart(4, '0')}-${b[2]}`;
  return {
    ...r,
    value,
    alternatives: undefined,
    explanation: `${text.slice(c.start, c.end)} -> ${value}: the month after ${prev.text} (${prev.value}), named with it`,
  };
}

/** A timex widened to the words around it ("a week from Friday"), with its new value. */
type Shift = { start: number; end?: number; r: Resolved };

const LENGTH_BEFORE =
  /\b(?:for|lasting|lasts|lasted|last|over|of|spanning|within|run|runs|spend|spent|take|took|takes)\s+$/i;
const COUNT_FROM = /^(?:an?|one|two|three|four|five|six|\d{1,2})\s+(?:(?:day|week)s?|fortnight)$/i;
/** "a week today", "a fortnight tomorrow", "a week on Sunday": British for a week from that day. */
const COUNT_ON_DAY = /^\s+(?:on\s+)?$/i;
const ON_DAY_NAMED = /^(?:today|tomorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/;

/**
 * "a week from Friday", "two weeks from Monday", "10 days from Jan. 3": a day counted on from a
 * named day, as one expression. Counting on from a weekday looks ahead, so the weekday is the
 * coming one. Null unless `prev` is such a length right before "from" and `r` a calendar day.
 */
function countedFromDay(
  text: string,
  prev: TaggedTimex | undefined,
  c: { start: number; end: number },
  r: Resolved,
  ref: number | null,
): Shift | null {
  if (!prev || prev.type !== 'DURATION' || r.type !== 'DATE' || !/^\d{4}-\d{2}-\d{2}$/.test(r.value))
    return null;
  const between = text.slice(prev.end, c.start);
  const named = text.slice(c.start, c.end);
  // ("a week on Sunday" and "a week today", not "a week Sunday": that is a length and a day.)
  // ("the second time in three days on Friday": a length after a preposition is no count on.)
  const british =
    COUNT_ON_DAY.test(between) &&
    ON_DAY_NAMED.test(named) &&
    (/on/i.test(between) || !WEEKDAY_NAME.test(named)) &&
    !/\b(?:in|of|over|within|during|after|than|every|per)\s+$/i.test(
      text.slice(Math.max(0, prev.start - 10), prev.start),
    );
  if (!british && !/^\s+from\s+$/i.test(between)) return null;
  // "strike for three days from Wednesday", "lasting 64 days from November 21": a length that starts then.
  if (LENGTH_BEFORE.test(text.slice(Math.max(0, prev.start - 12), prev.start))) return null;
  const unit = COUNT_FROM.exec(prev.text);
  const n = /^P(\d+)([DW])$/.exec(prev.value);
  if (!unit || !n) return null;
  let base = isoToDay(r.value)!;
  if (WEEKDAY_NAME.test(named) && ref !== null && base < ref) base += 7 * DAY_MS;
  const day = base + +n[1]! * (n[2] === 'W' ? 7 : 1) * DAY_MS;
  return {
    start: prev.start,
    r: {
      ...r,
      value: fmtDay(day),
      alternatives: undefined,
      explanation: `${text.slice(prev.start, c.end)} -> ${describeDay(day)}: ${prev.text} after ${named}, ${describeDay(base)}`,
    },
  };
}

/**
 * "Friday week", "on Saturday week", "tomorrow week": British for a week after the coming such
 * day, as one expression. Null unless `r` is a calendar day named by a bare weekday or "tomorrow"
 * with "week" right after it ("Friday week's final" too; not "Monday weekend", "Friday week-long").
 */
function dayWeek(
  text: string,
  c: { start: number; end: number },
  r: Resolved,
  ref: number | null,
): Shift | null {
  if (r.type !== 'DATE' || !/^\d{4}-\d{2}-\d{2}$/.test(r.value)) return null;
  const named = text.slice(c.start, c.end);
  if (named === 'today' || !ON_DAY_NAMED.test(named)) return null;
  const after = /^\s+week\b(?![-\w])/.exec(text.slice(c.end, c.end + 8));
  if (!after) return null;
  let base = isoToDay(r.value)!;
  if (ref !== null && base < ref) base += 7 * DAY_MS;
  const day = base + 7 * DAY_MS;
  return {
    start: c.start,
    end: c.end + after[0].length,
    r: {
      ...r,
      value: fmtDay(day),
      alternatives: undefined,
      explanation: `${named} week -> ${describeDay(day)}: a week after ${named}, ${describeDay(base)}`,
    },
  };
}

const DAY_BEFORE_AFTER =
  /\b(?<lead>(?:the|a)\s+)?(?<unit>day|week(?:end)?)\s+(?<side>before|after)\s+(?:the\s+)?$/i;
/** "Sept. 7, ", "on Monday, ", "4 November, ": a day named just before, then a comma. */
const DAY_NAMED_BEFORE_COMMA =
  /(?:\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),\s*$/;
/** What may stand before a bare "day before": not "the last distribution day before Christmas". */
const BARE_DAY_LEAD = /(?:^|[.!?,;:(—–-]\s*|\b(?:on|by|until|from|since)\s+)$/i;

/**
 * "the day before Thanksgiving", "the day after the March 3 vote", "the week before Christmas",
 * "the weekend after Easter": one day, week or weekend from a day the text names, as one expression
 * (TimeML tags "the day before yesterday" whole; our news annotators tag "the week before
 * Christmas" and "the weekend before Christmas" whole, 7 of 7). A week is the seven days before or
 * after it, the ISO week holding most of them; a weekend the last one that ends before it or the
 * first that starts after it. ("a week before Christmas" stays a length and a day: the news set
 * writes it both ways.) Null when `text` has no such words before `start` or `r` is not a calendar
 * day.
 */
function dayBeforeAfter(text: string, start: number, r: Resolved): Shift | null {
  if (r.type !== 'DATE' || !/^\d{4}-\d{2}-\d{2}$/.test(r.value)) return null;
  const window = text.slice(Math.max(0, start - 28), start);
  const m = DAY_BEFORE_AFTER.exec(window);
  if (!m) return null;
  const unit = m.groups!.unit!.toLowerCase();
  const lead = text.slice(Math.max(0, start - 60), start - m[0].length);
  if (unit === 'day' ? !m.groups!.lead && !BARE_DAY_LEAD.test(lead) : !/^the\s/i.test(m.groups!.lead ?? ''))
    return null;
  // ("Sept. 7, the day after Labor Day": in apposition to the day it names, the holiday is its own
  // expression, as the news set writes it.)
  if (DAY_NAMED_BEFORE_COMMA.test(lead)) return null;
  const side = m.groups!.side!.toLowerCase();
  const base = isoToDay(r.value)!;
  const back = side === 'before';
  let value: string;
  let what: string;
  if (unit === 'day') {
    const day = base + (back ? -DAY_MS : DAY_MS);
    value = fmtDay(day);
    what = describeDay(day);
  } else if (unit === 'week') {
    value = fmtWeek(base + (back ? -4 : 4) * DAY_MS);
    what = value;
  } else {
    // The Saturday of that weekend: on or before two days back, or on or after the next day.
    const from = base + (back ? -2 : 1) * DAY_MS;
    const sat = back
      ? from - ((weekdayOf(from) + 1) % 7) * DAY_MS
      : from + ((13 - weekdayOf(from)) % 7) * DAY_MS;
    value = `${fmtWeek(sat)}-WE`;
    what = `the weekend of ${describeDay(sat)}`;
  }
  const arrow = r.explanation.indexOf(' -> ');
  const inner = arrow > 0 ? r.explanation.slice(0, arrow) : r.value;
  const why = arrow > 0 ? r.explanation.slice(arrow + 4) : r.value;
  return {
    start: start - m[0].length,
    r: {
      ...r,
      value,
      alternatives: undefined,
      explanation: `${text.slice(start - m[0].length, start)}${inner} -> ${what}: the ${unit} ${side} ${inner}, ${why.replace(/: /, ' (')})`,
    },
  };
}

/**
 * "starting at 6:14 p.m. on New Year's Day", "at 9:45 a.m. in New York on Thursday", "at 5 p.m. in
 * Sao Paulo yesterday", "10:35 a.m. (0735 GMT) Friday": a clock time without a day of its own takes
 * the day that closes its clause.
 */
/** A clock time that names no day of its own: no month, no day word, no weekday ("at 9 p.m."). */
const clockWithoutDay = (m: Candidate['meaning']): boolean =>
  m.k === 'time' && m.mo === undefined && m.dayWord === undefined && m.wd === undefined;

function dayAfterTime(text: string, out: TaggedTimex[], from: Candidate[]): void {
  for (let i = 0; i < out.length; i++) {
    const m = from[i]!.meaning;
    // (So does a part of the day in hand: "at dawn on Nov. 24", "late in the evening on Nov. 20".)
    const podInHand = m.k === 'period' && m.unit.startsWith('day:') && m.rel === 'same';
    if (!podInHand && !clockWithoutDay(m)) continue;
    // The day may follow another time in brackets: "10:35 a.m. (0735 GMT) Friday", or the time
    // that closes a span or a pair: "between 10 a.m. and 4 p.m. on Thursday", "open at 7am and
    // close at 7pm on Sunday".
    let j = i + 1;
    while (
      j < out.length &&
      out[j]!.type === 'TIME' &&
      (/^\s*\($/.test(text.slice(out[j - 1]!.end, out[j]!.start)) ||
        (from[j]!.meaning.k === 'time' &&
          TIME_PAIR.test(text.slice(out[j - 1]!.end, out[j]!.start)) &&
          /T\d/.test(out[j]!.value) &&
          clockOf(out[j]!.value) > clockOf(out[j - 1]!.value)))
    )
      j++;
    // ("open Wednesday from 9 a.m. to 6 p.m. and closed on Thanksgiving", "will be announced the
    // following day at noon": a clock time right after its day, or a span of them, is on that day,
    // not on one a later clause names, nor on the day of a saying before it.)
    const before = out[i - 1];
    if (
      before &&
      m.k === 'time' &&
      before.type === 'DATE' &&
      /^\d{4}-\d{2}-\d{2}$/.test(before.value) &&
      DAY_BEFORE_TIME.test(text.slice(before.end, out[i]!.start))
    ) {
      for (let k = i; k < j; k++) {
        const t = out[k]!;
        // (Not a time that names its own day: "on Friday at 9 p.m. ET (0200 GMT Saturday)".)
        if (!clockWithoutDay(from[k]!.meaning)) continue;
        if (!/^\d{4}-\d{2}-\d{2}T\d/.test(t.value) || t.value.startsWith(before.value)) continue;
        t.value = before.value + t.value.slice(10);
        t.anchor = { kind: 'timex', index: i - 1 };
        t.explanation = `${t.text} -> ${t.value}: ${clockOf(t.value).slice(1)} on the day named right before it (${before.text})`;
      }
      i = j - 1;
      continue;
    }
    // ("between 2 p.m. and 7 p.m. Wednesday": the time that closes the pair names its own day.)
    const last = from[j - 1]!.meaning;
    const closing =
      j > i + 1 &&
      last.k === 'time' &&
      !/\(/.test(text.slice(out[i]!.end, out[j - 1]!.start)) &&
      (last.wd !== undefined || last.dayWord !== undefined || last.mo !== undefined) &&
      /^\d{4}-\d{2}-\d{2}T/.test(out[j - 1]!.value);
    if (closing) {
      const t = out[i]!;
      const day = out[j - 1]!.value.slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}T/.test(t.value) || t.value.startsWith(day)) continue;
      t.value = day + t.value.slice(10);
      t.anchor = { kind: 'timex', index: j - 1 };
      t.explanation = `${t.text} -> ${t.value}: ${clockOf(t.value).slice(1)} on the day of the time that closes its span (${out[j - 1]!.text})`;
      continue;
    }
    const next = out[j];
    if (!next) continue;
    const gap = text.slice(out[j - 1]!.end, next.start);
    // (A part of a day after "on", or right after it, names the day: "at 9 p.m. on Christmas night",
    // "5 o'clock Saturday afternoon".)
    const part = /^(\d{4}-\d{2}-\d{2})T(?:MO|MI|AF|EV|NI)$/.exec(next.value)?.[1];
    // ("The 07:10 ferry from the mainland ran aground off the north pier on the morning of 4 June":
    // an hour that names a thing, a service or a show, after "the", takes the day its clause goes on
    // to name after "on", however far.)
    const namesThing =
      m.k === 'time' &&
      j === i + 1 &&
      /\bthe\s+$/i.test(text.slice(Math.max(0, out[i]!.start - 4), out[i]!.start)) &&
      THING_TO_DAY.test(gap) &&
      // (Not a slot the clause moves: "The 10 p.m. news bulletin was moved to a new slot on Monday",
      // "was pushed back to a later slot on Monday" tell the day it was moved, not a day it ran.)
      !MOVED_PASSIVE.test(gap);
    const named =
      next.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(next.value)
        ? next.value
        : part && (partNamesDay(gap, next.text) || namesThing)
          ? part
          : null;
    if (!named) continue;
    // (Not across a line: a live blog's "2pm" stamp, then "Yesterday's rain has gone".)
    if ((!DAY_AFTER_TIME.test(gap) && !PLACE_BEFORE_DAY.test(gap) && !namesThing) || gap.includes('\n'))
      continue;
    // (Not a day inside the brackets: "10 a.m. local time (2100 GMT on Saturday)" is the other
    // zone's day, and the local time may be on the next.)
    if (j > i + 1 && /^\s*\($/.test(text.slice(out[j - 2]!.end, out[j - 1]!.start)) && !gap.startsWith(')'))
      continue;
    const t = out[i]!;
    const clock = t.value.slice(t.value.indexOf('T'));
    if (!clock.startsWith('T')) continue;
    // ("a hearing that stretched past midnight on Friday": the small hours after that Friday. Not
    // "struck just after midnight on 14 November": a moment of that day's small hours.)
    const after =
      clock === 'T00:00' &&
      /^midnight\b/i.test(t.text) &&
      /\bpast\s+$/i.test(text.slice(Math.max(0, t.start - 6), t.start));
    t.value = (after ? fmtDay(isoToDay(named)! + DAY_MS) : named) + clock;
    t.anchor = { kind: 'timex', index: j };
    t.explanation = after
      ? `${t.text} -> ${t.value}: the midnight that ended the day named after it (${next.text}), at the start of the next`
      : podInHand
        ? `${t.text} -> ${t.value}: that part of the day named after it (${next.text})`
        : `${t.text} -> ${t.value}: ${clock.slice(1)} on the day named after it (${next.text})`;
  }
}

/**
 * Whether a part of a day after a clock time names the time's day: after "on", or right after it
 * when it names its own day ("Saturday afternoon"; not "6.15am the next morning", counted from it).
 */
const partNamesDay = (gap: string, part: string): boolean =>
  /^\s+on\s+$/.test(gap) || (/^\s+$/.test(gap) && !/^the\b/i.test(part));

/** "T21:00" of a time's value, to order two times of one day ("9 p.m. - 5 a.m." is two days). */
const clockOf = (value: string): string => value.slice(value.indexOf('T'));

/**
 * A time's value with its hour set to `h`.
 *
 * @example withHour('2023-10-17T07:30', 19) // '2023-10-17T19:30'
 */
function withHour(value: string, h: number): string {
  const at = value.indexOf('T');
  return `${value.slice(0, at)}T${String(h).padStart(2, '0')}${value.slice(at + 3)}`;
}
/** Between the two times of a span or a pair: "and", "to", "until", "-", "and close at". */
const TIME_PAIR = /^\s*(?:-|–|to|until|till|through|and(?:\s+(?:close|end|finish|run)s?\s+at)?|or)\s*$/i;
/** What may stand between a time and its day: "on", a place and "on", or a closing bracket. */
/** "Wednesday from ", "the following day at ": between a day and its clock time. */
const DAY_BEFORE_TIME = /^,?\s+(?:at|from)\s+(?:about\s+|around\s+)?$/i;
const DAY_AFTER_TIME = /^\)?(?:[^.;!?(),]{0,30}\bon\s+(?:the\s+)?|\s*)$/i;
/** " ferry from the mainland ran aground off the north pier on the ": after an hour that
 * names a thing, its noun, its clause and "on" before the day (no break of the clause between). */
const THING_TO_DAY = /^\s+[a-z][^.;!?(),:"“”]{0,140}\bon\s+(?:the\s+)?$/;
/** "at 5 p.m. in Sao Paulo yesterday", "at 4 p.m. in New York Friday": a market's city, then the day. */
const PLACE_BEFORE_DAY = /^\s+in\s+(?:[A-Z][\w.'’-]*\s+){1,3}$/;

/** How far into a text a dateline's date can start. */
const DATELINE_REACH = 200;

/** Whether the day at `c` opens the text as its dateline: "ROTTERDAM, Nov 13 (Reuters) -". */
function datelineDay(text: string, c: { start: number; end: number }): boolean {
  // (A dateline opens the text: only its first line's first words are read.)
  return (
    c.start < DATELINE_REACH &&
    !/[.!?]\s/.test(text.slice(0, c.start)) &&
    /^[\s,\d]*(?:\([A-Z]|[-–—])/.test(text.slice(c.end, c.end + 20))
  );
}
