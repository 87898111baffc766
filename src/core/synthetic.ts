import { isoWeekStart, msToIsoDay, msToIsoWeek, valueToInterval } from './time/interval';
import {
  CORPUS_FORMAT,
  CORPUS_VERSION,
  type Actor,
  type ActorKind,
  type ActorMention,
  type Article,
  type Cluster,
  type Corpus,
  type Event,
  type Granularity,
  type Paragraph,
  type TopicAssignment,
  type Sentence,
} from './types';
import {
  COUNTRY_SUFFIXES,
  FILLERS,
  MONTHS,
  ORG_PATTERNS,
  ORG_WORDS,
  SOURCES,
  SYLLABLES,
  TOPICS,
  VERBS,
} from './synthetic-words';

export type SyntheticOptions = {
  events: number;
  seed?: number;
  /** First publication day; articles spread over `years` from it. */
  start?: string;
  years?: number;
};

const DAY = 86_400_000;

/** mulberry32: tiny, fast, and the same sequence in every engine. */
function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}

type Random = ReturnType<typeof createRandom>;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function makeName(r: Random, syllables: number): string {
  let s = '';
  for (let i = 0; i < syllables; i++) s += r.pick(SYLLABLES);
  return capital(s);
}

function makeActors(r: Random): Actor[] {
  const actors: Actor[] = [];
  const seen = new Set<string>();
  const add = (kind: ActorKind, name: string, id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    actors.push({ id, name, kind, aliases: [] });
  };
  while (actors.length < 20) {
    const name = `${makeName(r, 2)} ${makeName(r, 2)}`;
    add('person', name, `person:${slug(name)}`);
  }
  while (actors.length < 35) {
    const name = makeName(r, 2) + r.pick(COUNTRY_SUFFIXES);
    add('country', name, `country:${name.slice(0, 2).toUpperCase()}${actors.length}`);
  }
  while (actors.length < 50) {
    const name = r.pick(ORG_PATTERNS).replace('{}', r.pick(ORG_WORDS) + ' ' + makeName(r, 1));
    add('organisation', name, `org:${slug(name)}`);
  }
  return actors;
}

type Reading = { value: string; text: string; granularity: Granularity };

/** A date near `ms` written at a random granularity, with the words a reporter would use. */
function makeReading(r: Random, ms: number): Reading {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const roll = r.next();
  if (roll < 0.6) {
    return { value: msToIsoDay(ms), text: `on ${d.getUTCDate()} ${MONTHS[m]} ${y}`, granularity: 'day' };
  }
  if (roll < 0.75) {
    const { year, week } = msToIsoWeek(ms);
    const monday = new Date(isoWeekStart(year, week));
    return {
      value: `${year}-W${String(week).padStart(2, '0')}`,
      text: `in the week of ${monday.getUTCDate()} ${MONTHS[monday.getUTCMonth()]} ${monday.getUTCFullYear()}`,
      granularity: 'week',
    };
  }
  if (roll < 0.93) {
    return {
      value: `${y}-${String(m + 1).padStart(2, '0')}`,
      text: `in ${MONTHS[m]} ${y}`,
      granularity: 'month',
    };
  }
  return { value: String(y), text: `in ${y}`, granularity: 'year' };
}

type Planned = {
  cluster: number;
  clusterId: string;
  reading: Reading;
  explanation: string;
  actors: string[];
  topics: number[];
  assignments: TopicAssignment[];
};

/** Shared by every synthetic timex: the values are absolute, so nothing anchors them. */
const NO_ANCHOR = { kind: 'none' } as const;

/**
 * A deterministic synthetic corpus, valid per types.ts, for tests and benchmarks: articles over a few
 * years, events at day/week/month/year granularity, stories reported by 1-4 sources, 50 invented
 * actors and 10 topics.
 *
 * @example generateCorpus({ events: 1000, seed: 1 }).events.length // 1000
 */
export function generateCorpus(options: SyntheticOptions): Corpus {
  const total = Math.max(0, Math.floor(options.events));
  const r = createRandom(options.seed ?? 1);
  const startMs = Date.parse(`${options.start ?? '2021-01-01'}T00:00:00Z`);
  const spanDays = Math.round((options.years ?? 3) * 365);
  const actors = makeActors(r);
  const topics = TOPICS.map(({ id, label }) => ({ id, label }));

  // Articles in publication order; a story is reported by neighbouring articles of other outlets.
  const articleCount = Math.max(1, Math.min(total || 1, Math.round(Math.sqrt(total) * 3)));
  const published = Array.from({ length: articleCount }, () => startMs + r.int(spanDays) * DAY).sort(
    (a, b) => a - b,
  );
  const sources = published.map(() => r.pick(SOURCES));
  const plans: Planned[][] = published.map(() => []);
  const clusterMembers: number[][] = [];
  const planOf: Planned[] = [];
  let planned = 0;
  while (planned < total) {
    const size = Math.min(total - planned, 1 + Math.floor(r.next() ** 2 * 4));
    const first = r.int(articleCount);
    const members = [first];
    for (let step = 1; members.length < size && step < 12; step++) {
      const i = Math.min(articleCount - 1, first + step);
      if (!members.includes(i) && sources[i] !== sources[first]) members.push(i);
      if (i === articleCount - 1) break;
    }
    const cluster = clusterMembers.length;
    clusterMembers.push(members);
    const reading = makeReading(r, published[first]! - r.int(30) * DAY);
    const cast = [r.pick(actors).id, r.pick(actors).id].filter((a, i, xs) => xs.indexOf(a) === i);
    const topicIds = r.next() < 0.3 ? [r.int(topics.length), r.int(topics.length)] : [r.int(topics.length)];
    // One plan object per story, shared by its sources: 100k events stay cheap to allocate.
    const topicSet = [...new Set(topicIds)];
    const plan: Planned = {
      cluster,
      clusterId: `c-${String(cluster).padStart(6, '0')}`,
      reading,
      explanation: `${reading.text} -> ${reading.value}: an absolute date`,
      actors: cast,
      topics: topicSet,
      assignments: topicSet.map((t) => ({ id: TOPICS[t]!.id, triggers: [TOPICS[t]!.phrase] })),
    };
    planOf.push(plan);
    for (const a of members) plans[a]!.push(plan);
    planned += members.length;
  }

  const actorById = new Map(actors.map((a) => [a.id, a]));
  const articles: Article[] = [];
  const timexes: Corpus['timexes'] = [];
  const events: Event[] = [];
  const mentions: ActorMention[] = [];
  const eventsOfCluster: string[][] = clusterMembers.map(() => []);
  for (let ai = 0; ai < articleCount; ai++) {
    const id = `syn-${String(ai).padStart(5, '0')}`;
    const title = `Report ${ai + 1} from ${sources[ai]}`;
    const paragraphs: Paragraph[] = [];
    const sentences: Sentence[] = [];
    let text = '';
    let timexIndex = 0;
    const open = () => ({ start: text.length });
    const closeParagraph = (start: number, kind: Paragraph['kind']) => {
      paragraphs.push({ start, end: text.length, kind });
      text += '\n\n';
    };
    let p = open();
    text += title;
    sentences.push({ start: p.start, end: text.length, paragraph: 0 });
    closeParagraph(p.start, 'heading');
    const list = plans[ai]!;
    for (let i = 0; i < list.length; i += 3) {
      p = open();
      const paragraph = paragraphs.length;
      for (const plan of list.slice(i, i + 3)) {
        if (text.length > p.start) text += ' ';
        // Built apart and appended once: slicing a growing string would flatten it every time.
        const sStart = text.length;
        const subject = actorById.get(plan.actors[0]!);
        const object = plan.actors[1] === undefined ? undefined : actorById.get(plan.actors[1]);
        const topic = TOPICS[plan.topics[0]!]!;
        const objectName = object ? object.name : 'reporters';
        const head = `${subject!.name} ${r.pick(VERBS)} ${objectName} over ${topic.phrase} `;
        const sentenceText = `${head}${plan.reading.text}.`;
        text += sentenceText;
        const subjectAt = sStart;
        const objectAt = sStart + head.indexOf(` ${objectName} `) + 1;
        const tStart = sStart + head.length;
        const sentence = { start: sStart, end: text.length, paragraph };
        sentences.push(sentence);
        const timexId = `${id}:t${timexIndex++}`;
        const tSpan = { start: tStart, end: tStart + plan.reading.text.length };
        timexes.push({
          start: tStart,
          end: tSpan.end,
          id: timexId,
          articleId: id,
          text: plan.reading.text,
          type: 'DATE',
          value: plan.reading.value,
          anchor: NO_ANCHOR,
          explanation: plan.explanation,
        });
        mentions.push({
          start: subjectAt,
          end: subjectAt + subject!.name.length,
          articleId: id,
          actorId: subject!.id,
          text: subject!.name,
        });
        if (object)
          mentions.push({
            start: objectAt,
            end: objectAt + object.name.length,
            articleId: id,
            actorId: object.id,
            text: object.name,
          });
        const interval = valueToInterval(plan.reading.value)!;
        const eventId = `ev-${String(events.length).padStart(6, '0')}`;
        events.push({
          id: eventId,
          articleId: id,
          type: 'DATE',
          value: plan.reading.value,
          start: interval.start,
          end: interval.end,
          granularity: plan.reading.granularity,
          sentence: {
            start: sStart,
            end: sentence.end,
            text: sentenceText,
            index: sentences.length - 1,
          },
          timex: { start: tStart, end: tSpan.end, text: plan.reading.text, id: timexId },
          actors: plan.actors,
          topics: plan.assignments,
          caption: false,
          cluster: plan.clusterId,
        });
        eventsOfCluster[plan.cluster]!.push(eventId);
      }
      if (r.next() < 0.3) {
        text += ' ';
        const fStart = text.length;
        text += r.pick(FILLERS);
        sentences.push({ start: fStart, end: text.length, paragraph });
      }
      closeParagraph(p.start, 'body');
    }
    text = text.replace(/\n\n$/, '');
    const day = msToIsoDay(published[ai]!);
    articles.push({
      id,
      title,
      source: sources[ai]!,
      language: 'en',
      published: day,
      publishedDate: { value: day, granularity: 'day', source: 'manifest', confidence: 1 },
      file: `synthetic-${String(ai).padStart(5, '0')}.txt`,
      part: 1,
      text,
      paragraphs,
      sentences,
      warnings: [],
    });
  }
  const clusters: Cluster[] = clusterMembers.map((members, c) => ({
    id: planOf[c]!.clusterId,
    events: eventsOfCluster[c]!,
    value: planOf[c]!.reading.value,
    articles: members.map((a) => `syn-${String(a).padStart(5, '0')}`),
  }));
  return {
    format: CORPUS_FORMAT,
    version: CORPUS_VERSION,
    articles,
    timexes,
    events,
    actors,
    mentions,
    topics,
    clusters,
    corrections: [],
    warnings: [],
  };
}

export type SyntheticTextOptions = {
  /** Length to reach, in UTF-16 code units (the text is ASCII, so also bytes). */
  chars: number;
  seed?: number;
};

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const RELATIVE = ['last week', 'next week', 'this week', 'next month', 'last year', 'earlier this year'];
const NEWS_VERBS = [
  'met officials',
  'announced a review',
  'signed an agreement',
  'warned of delays',
  'opened talks',
  'raised interest rates',
  'approved the budget',
  'held a press conference',
];
const PLAIN = [
  'Officials declined to comment further.',
  'The talks had been planned for some time.',
  'Reporters were not allowed inside the building.',
  'The figures have not been independently verified.',
  'Both sides said the discussions were constructive.',
];

/**
 * A long plain-text news file for benchmarks and tests: a headline, a dateline ("GENEVA, Oct. 3,
 * 2023 - ") and paragraphs of invented news sentences, most of them dated (weekdays, months, full
 * dates, "last week"), as a year of a wire feed pasted into one file would be. The same options
 * always give the same text.
 *
 * @example generateNewsText({ chars: 18_000_000 }).length // 18,000,000 (18 MB of ASCII)
 */
export function generateNewsText(options: SyntheticTextOptions): string {
  const r = createRandom(options.seed ?? 1);
  const actors = makeActors(r);
  const parts: string[] = ['Wire digest\n\nGENEVA, Oct. 3, 2023 - '];
  let length = parts[0]!.length;
  const when = () => {
    const roll = r.next();
    if (roll < 0.4) return `on ${r.pick(WEEKDAYS)}`;
    if (roll < 0.6) return `in ${r.pick(MONTHS)}`;
    if (roll < 0.8) return `on ${1 + r.int(28)} ${r.pick(MONTHS)} ${2019 + r.int(6)}`;
    return r.pick(RELATIVE);
  };
  while (length < options.chars) {
    const sentences: string[] = [];
    for (let n = 3 + r.int(6); n > 0; n--) {
      if (r.next() < 0.2) sentences.push(r.pick(PLAIN));
      else sentences.push(`${r.pick(actors).name} ${r.pick(NEWS_VERBS)} ${when()}.`);
    }
    const paragraph = `${sentences.join(' ')}\n\n`;
    parts.push(paragraph);
    length += paragraph.length;
  }
  return parts.join('').slice(0, options.chars).trimEnd().padEnd(options.chars, '.');
}
