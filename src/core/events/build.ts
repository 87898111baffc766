import type { ActorMention, Article, Event, Span, Timex, TopicAssignment } from '../types';
import { shortHash } from '../hash';
import { overlapsAny } from '../actors/credits';
import { assignTopics } from '../topics/assign';
import { TOPICS } from '../topics/vocabulary';
import { valueToInterval } from '../time/interval';
import { DETERMINERS, EVENT_NOUNS } from './cues';

const EVENT_NOUN = new Set(EVENT_NOUNS);
// A dateline: a place in capitals (and maybe a region) at the start of a line, the date, then a
// dash or an agency in parentheses.
const DATELINE_LEAD = /^\s*\p{Lu}[\p{Lu}\s.'’-]{1,30},\s*(?:\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?,\s*)?$/u;
const DATELINE_TAIL = /^\s*(?:\([^)\n]{1,30}\)\s*)?[—–-]/u;
const DETERMINER = new Set(DETERMINERS);

/**
 * Why a timex does not make an event, or null when it does (see buildEvents for the rules).
 *
 * @example skipReason(article, { ...timex, type: 'DURATION', value: 'P18M' }, []) // 'a DURATION, not a point in time'
 */
export function skipReason(article: Article, timex: Timex, credits: readonly Span[]): string | null {
  if (timex.type !== 'DATE' && timex.type !== 'TIME') return `a ${timex.type}, not a point in time`;
  if (!valueToInterval(timex.value)) return `value ${timex.value} has no interval`;
  if (overlapsAny(credits, timex.start, timex.end)) return 'inside a credit or byline';
  // "OSLO, March 8, 2024 — ...": the dateline dates the report, not something that happened.
  const lineStart = article.text.lastIndexOf('\n', timex.start - 1) + 1;
  const lead = article.text.slice(lineStart, timex.start);
  if (DATELINE_LEAD.test(lead) && DATELINE_TAIL.test(article.text.slice(timex.end, timex.end + 30)))
    return 'a dateline';
  // The tagger may or may not include a possessive "’s" in the timex text.
  const after = (/['’]s$/.test(timex.text) ? '’s' : '') + article.text.slice(timex.end, timex.end + 40);
  const before = article.text.slice(Math.max(0, timex.start - 12), timex.start);
  // "last year’s total": a possessive date modifying a noun phrase with no event noun in its
  // first three words ("Friday’s meeting", "last Monday’s appeals court hearing" are kept). A
  // named day's noun is a happening of that day whatever the word ("last Friday’s grounding",
  // "Tuesday’s evening rush hour"), where a month's or year's is mostly a total ("December’s
  // figures"); "today’s" is mostly the present ("today’s economy").
  const possessive = /^['’]s?\s+/u.exec(after);
  if (possessive && !isNamedDay(timex) && !hasEventNoun(after.slice(possessive[0].length)))
    return 'a date modifying a noun';
  // "the 2023 budget": a bare year between a determiner and a noun phrase without an event noun
  // ("the 2010 stadium roof collapse" is kept).
  const det = /(\p{L}+)\s+$/u.exec(before);
  if (
    /^\d{4}$/.test(timex.text) &&
    det &&
    DETERMINER.has(det[1]!.toLowerCase()) &&
    /^\s+\p{Ll}/u.test(after)
  ) {
    if (!hasEventNoun(after)) return 'a year modifying a noun';
  }
  return null;
}

/**
 * A sentence of someone's birth or upbringing ("Beaumont was born in Quebec in 1961", "grew up in
 * Turin"): an aside on a person, not a step of the story, so it does not take the story's topic,
 * and its words name only the story's ("Vold, a former nurse, was born in 1971" is no health event
 * in a story of politics; "a baby was born in the rubble" is one of the earthquake's).
 * (Not when a relative clause tells it beside a step: "The director, who grew up in Lunenburg,
 * told the audience ...".)
 */
const LIFE_STORY = /\b(?<!who )(?:was|were) born\b|\b(?<!who )grew up\b/i;

/**
 * A service stopped or brought back: "More than 400 schools were closed on Wednesday", "Rail
 * services were suspended until Saturday", "35,000 homes were without power". In a story of a
 * storm, a flood, a war or an attack, the story's happening is what stopped them, and the
 * sentence is news of it as well as of the schools, though it rarely names it again.
 */
const DISRUPTED =
  /\b(?:closed|shut|suspended|cancell?ed|halted|called off|postponed|evacuated|stranded|without power|rescued|reopened|resumed|sheltering|delayed|disrupted|cut off|blackouts?)\b/i;
/** The topics of services a happening stops (`DISRUPTED`): ways, schools, power. */
const SERVICES = new Set(['infrastructure', 'education', 'energy']);
/** The topics of happenings that stop services. */
const HAPPENINGS = new Set(['disaster', 'weather', 'conflict', 'terrorism']);

/** "since " right before a date (the count of times or years runs from it). */
const SINCE_BEFORE = /\bsince\s+$/i;

/** A date of one day or a time in it, not told as "today" or "tonight" ("Tuesday", "last Friday", "Oct. 17"). */
const isNamedDay = (timex: Timex) =>
  /^\d{4}-\d{2}-\d{2}/.test(timex.value) && !/^(?:today|tonight)$/i.test(timex.text.replace(/['’]s$/, ''));

/** Is one of the first three words (up to punctuation) an event noun? */
function hasEventNoun(text: string): boolean {
  const phrase = /^[\s\p{L}-]*/u.exec(text.toLowerCase())![0];
  const words = phrase.match(/[\p{L}-]+/gu) ?? [];
  return words.slice(0, 3).some((w) => EVENT_NOUN.has(w) || EVENT_NOUN.has(w.replace(/s$/, '')));
}

/** The index of the sentence holding offset `at`, by binary search; -1 if none. */
function sentenceAt(article: Article, at: number): number {
  const list = article.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Normalised sentence text for ids: case, spacing and quote styles do not change the id.
 *
 * @example normalizeForId('He said “No”  today.') // 'he said "no" today.'
 */
export const normalizeForId = (text: string) =>
  text
    .toLowerCase()
    .replace(/[‘’“”]|\s{2,}|[^\S ]/g, (ch) =>
      ch === '‘' || ch === '’' ? "'" : ch === '“' || ch === '”' ? '"' : ' ',
    )
    .trim();

/**
 * The content-derived id of an event: a hash of the article id, the normalised sentence, the
 * timex text and the tagger's value. No index or corpus order enters, so deep links survive
 * re-parsing and adding articles.
 *
 * @example eventId('talks-resume-in-oslo-k3x9', 'Ms. Berg arrived on Friday.', 'Friday', '2024-03-08')
 * // 'e-' followed by 10 base-36 characters
 */
export function eventId(articleId: string, sentence: string, timexText: string, value: string): string {
  return `e-${shortHash(`${articleId}\u0000${normalizeForId(sentence)}\u0000${timexText}\u0000${value}`, 10)}`;
}

/**
 * One event for each DATE or TIME timex that anchors something in its sentence. Skipped:
 * durations and sets, values without an interval (PRESENT_REF, XXXX-...), timexes in credits or
 * bylines, and dates that only modify a noun (see skipReason). Actors are the ones mentioned in
 * the same sentence, plus, for a sentence opening with "He"/"She" and naming no person, the one
 * person named in the sentence before; topics come from the sentence's words. `cluster` is left empty for
 * clusterEvents. `value` is the timex's (possibly corrected) value; ids use `idValue` when given,
 * so a hand correction keeps the event's id.
 *
 * @example buildEvents(article, timexes, mentions, credits).map((e) => e.value) // ['2023-10-17']
 */
export function buildEvents(
  article: Article,
  timexes: readonly Timex[],
  mentions: readonly ActorMention[],
  credits: readonly Span[],
  idValue: (t: Timex) => string = (t) => t.correction?.original ?? t.value,
  /** Told the share of the article's dates gone through, from 0 to 1, as it goes (a progress bar). */
  onProgress?: (done: number) => void,
): Event[] {
  const events: Event[] = [];
  const inSpan = mentionsBySpan(mentions);
  const seen = new Map<string, number>();
  // Several dates in one sentence share its topics.
  const topicCache = new Map<string, ReturnType<typeof assignTopics>>();
  // The topics of the article's story settle a word of several topics in one sentence ("The
  // strike began"), let a common word count for its topic ("the government", "police"), and are
  // the topics of a sentence that names none of its own ("Talks resumed on Wednesday.").
  let story: TopicAssignment[] | undefined;
  const topicsOf = (text: string) => {
    let topics = topicCache.get(text);
    if (!topics) {
      story ??= storyTopics(article);
      topics = assignTopics(text, undefined, story);
      // (Of a life story, only what its words say of the story: "a baby was born in the rubble".)
      if (LIFE_STORY.test(text)) topics = topics.filter((t) => story!.some((s) => s.id === t.id));
      // (Taken from the story, a topic has no words of the sentence to show.)
      else if (topics.length === 0 && story.length > 0) topics = [{ id: story[0]!.id, triggers: [] }];
      // (A service stopped takes the happening of its story that stopped it: see DISRUPTED.)
      else if (topics.some((t) => SERVICES.has(t.id)) && DISRUPTED.test(text))
        for (const s of story)
          if (HAPPENINGS.has(s.id) && !topics.some((t) => t.id === s.id))
            topics = [...topics, { id: s.id, triggers: [] }];
      topicCache.set(text, topics);
    }
    return topics;
  };
  const kept = timexes.filter((t) => !skipReason(article, t, credits));
  // "the third time they have met since 2022", said of Wednesday's meeting: a date a count runs
  // from ("since") is no happening of the sentence when another date of it makes one.
  // (Arrays filled by push, as the other arrays the stages pass on: `map` makes packed arrays in the
  // interpreter and holey ones in optimised code, and code that reads both is compiled twice.)
  const sentenceOf: number[] = [];
  const counted: boolean[] = [];
  for (const t of kept) {
    sentenceOf.push(sentenceAt(article, t.start));
    counted.push(SINCE_BEFORE.test(article.text.slice(Math.max(0, t.start - 12), t.start)));
  }
  for (const [k, timex] of kept.entries()) {
    if (onProgress && k % 256 === 255) onProgress(k / kept.length);
    if (
      counted[k] &&
      kept.some((_, j) => j !== k && !counted[j] && sentenceOf[j] === sentenceOf[k] && sentenceOf[k]! >= 0)
    )
      continue;
    const interval = valueToInterval(timex.value)!;
    const index = sentenceOf[k]!;
    const span = index >= 0 ? article.sentences[index]! : lineAround(article.text, timex.start);
    const text = article.text.slice(span.start, span.end);
    let id = eventId(article.id, text, timex.text, idValue(timex));
    // The same sentence twice (a repeated caption) with the same date: suffix in text order.
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n > 1) id = `${id}-${n}`;
    const actors: string[] = [];
    for (const m of inSpan(span)) if (!actors.includes(m.actorId)) actors.push(m.actorId);
    const resolved = index > 0 ? pronounPerson(article, index, text, actors, inSpan) : null;
    if (resolved) actors.push(resolved);
    const paragraph = index >= 0 ? article.paragraphs[article.sentences[index]!.paragraph] : undefined;
    events.push({
      id,
      articleId: article.id,
      type: timex.type as 'DATE' | 'TIME',
      value: timex.value,
      start: interval.start,
      end: interval.end,
      granularity: interval.granularity,
      sentence: { start: span.start, end: span.end, text, index },
      timex: { start: timex.start, end: timex.end, text: timex.text, id: timex.id },
      actors,
      topics: topicsOf(text),
      caption: paragraph?.kind === 'caption',
      cluster: '',
    });
  }
  return events;
}

/**
 * "He"/"She" opening a sentence that names no person refers to the one person named in the
 * sentence before ("Novak left. He said ..."). Only then: with no person or two persons before,
 * nothing is guessed.
 */
function pronounPerson(
  article: Article,
  index: number,
  text: string,
  actors: string[],
  inSpan: (span: Span) => ActorMention[],
): string | null {
  if (!/^\W{0,2}(?:He|She)\b/.test(text) || actors.some((a) => a.startsWith('person:'))) return null;
  const prev = article.sentences[index - 1]!;
  const people = new Set(
    inSpan(prev)
      .filter((m) => m.actorId.startsWith('person:'))
      .map((m) => m.actorId),
  );
  return people.size === 1 ? [...people][0]! : null;
}

/**
 * The mentions lying inside a span, in their given order, found by binary search over their starts.
 * Scanning every mention of the article for each event grows with their product: for one 2 MB
 * article (35,000 events, 24,000 mentions) it was most of the events stage.
 */
function mentionsBySpan(mentions: readonly ActorMention[]): (span: Span) => ActorMention[] {
  const order: number[] = [];
  for (let i = 0; i < mentions.length; i++) order.push(i);
  order.sort((a, b) => mentions[a]!.start - mentions[b]!.start || a - b);
  return (span) => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[order[mid]!]!.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let k = lo; k < order.length && mentions[order[k]!]!.start <= span.end; k++)
      if (mentions[order[k]!]!.end <= span.end) found.push(order[k]!);
    found.sort((a, b) => a - b);
    const inside: ActorMention[] = [];
    for (const i of found) inside.push(mentions[i]!);
    return inside;
  };
}

/** Fallback when no sentence holds the offset: the line around it. */
function lineAround(text: string, at: number): Span {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

/**
 * The topics an article's story is about: those the most different words of the article name
 * (its headline's count twice), at most two, each named by at least STORY_MIN words and by at least
 * STORY_SHARE as many as the first; with the words that named them. One pass over the article.
 */
function storyTopics(article: Article): TopicAssignment[] {
  const count = new Map<string, { n: number; triggers: Set<string> }>();
  // (Common words count here too: "visit", "talks" and "summit" make a diplomatic story.)
  const add = (text: string, weight: number) => {
    for (const t of assignTopics(text, undefined, EVERY_TOPIC)) {
      const c = count.get(t.id) ?? { n: 0, triggers: new Set<string>() };
      c.n += weight * t.triggers.length;
      for (const w of t.triggers) c.triggers.add(w);
      count.set(t.id, c);
    }
  };
  add(article.title, 2);
  add(article.text, 1);
  const ranked = [...count].sort((a, b) => b[1].n - a[1].n);
  const top = ranked[0]?.[1].n ?? 0;
  const story: TopicAssignment[] = [];
  for (const [id, c] of ranked.slice(0, 2))
    if (c.n >= STORY_MIN && c.n >= STORY_SHARE * top) story.push({ id, triggers: [...c.triggers] });
  return story;
}
const STORY_MIN = 4;
const STORY_SHARE = 0.6;
/** A context naming every topic, so that a common word counts for its own ("visit", "government"). */
const EVERY_TOPIC: TopicAssignment[] = TOPICS.map((t) => ({ id: t.id, triggers: [''] }));
