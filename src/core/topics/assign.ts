import type { Topic, TopicAssignment } from '../types';
import { IDIOMS, TOPICS, type TopicEntry } from './vocabulary';

type Trigger = {
  topic: string;
  words: string[];
  lowerOnly: boolean;
  weak: boolean;
  placeFirst: boolean;
  titled: boolean;
  place: boolean;
};
/** A trigger found in the text: `n` words from word `at`; `setting`: a place after "at", "in"... */
type Match = { at: number; n: number; topic: string; surface: string; weak: boolean; setting: boolean };
/** The topic of an idiom's phrase (IDIOMS): it names none. */
const IDIOM = '';

/** Candidate lemmas of a lower-case word: itself and simple plural/past/progressive stems. */
function lemmas(word: string): string[] {
  const out = [word];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  if (word.endsWith('ied')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed')) out.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith('ing')) out.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  // Doubled consonant: "planned" -> "plan".
  if (/(?:ed|ing)$/.test(word) && /([b-df-hj-np-tv-z])\1(?:ed|ing)$/.test(word))
    out.push(word.replace(/([b-df-hj-np-tv-z])\1(?:ed|ing)$/, '$1'));
  return out;
}

export type TopicMatcher = {
  topics: Topic[];
  /** First word (lemma) -> triggers starting with it. */
  index: Map<string, Trigger[]>;
  /** Word as written -> triggers its lemmas start; filled as words are met (news repeats words). */
  memo: Map<string, Trigger[]>;
  /** The most words of a trigger. */
  longest: number;
  /** Topic -> the broader topic it narrows (TopicEntry.narrows). */
  broader: Map<string, string>;
  /** Topic -> the topic its roles serve and the triggers that name them (TopicEntry.roles). */
  roles: Map<string, { of: string; triggers: Set<string> }>;
};

const NONE: Trigger[] = [];
const NO_TOPICS: string[] = [];
/** "44c", "5c" (lower-cased), "104f": a number of degrees and its scale. ("5f" is rarely a heat.) */
const TEMPERATURE = /^(?:\d{1,3}(c)|\d{2,3}(f))$/;
const MEMO_LIMIT = 100_000;

function triggersOf(word: string, matcher: TopicMatcher): Trigger[] {
  const known = matcher.memo.get(word);
  if (known) return known;
  // A temperature as news writes it, "44C" or "104F", names its scale.
  const scale = TEMPERATURE.exec(word);
  if (scale) return triggersOf(scale[1] ? 'celsius' : 'fahrenheit', matcher);
  // A possessive names what its word names: "the union's offer", "the hospital's director" (and
  // starts the phrases written with it: "people's party").
  if (word.endsWith("'s") && word.length > 3) {
    const own = triggersOf(word.slice(0, -2), matcher);
    const written = matcher.index.get(word);
    const hits = written ? [...written, ...own] : own;
    if (matcher.memo.size < MEMO_LIMIT) matcher.memo.set(word, hits);
    return hits;
  }
  // A word that is a trigger as written is read as that alone in its topic: "sports" (a common
  // word of sport) does not also count as "sport".
  const exact = matcher.index.get(word) ?? NONE;
  const own = (t: Trigger) =>
    t.words.length === 1 && exact.some((e) => e.topic === t.topic && e.words.length === 1);
  let hits = exact.length ? [...exact] : NONE;
  for (const lemma of lemmas(word).slice(1)) {
    const list = matcher.index.get(lemma)?.filter((t) => !own(t));
    if (list?.length) hits = hits === NONE ? list : [...hits, ...list];
  }
  if (matcher.memo.size < MEMO_LIMIT) matcher.memo.set(word, hits);
  return hits;
}

/**
 * Index a topic vocabulary for assignTopics, with the idioms whose words name no topic.
 *
 * @example createTopicMatcher().topics.length // 18
 */
export function createTopicMatcher(
  vocabulary: readonly TopicEntry[] = TOPICS,
  idioms: readonly string[] = IDIOMS,
): TopicMatcher {
  const index = new Map<string, Trigger[]>();
  let longest = 1;
  type Flags = Pick<Trigger, 'lowerOnly' | 'weak' | 'placeFirst' | 'titled' | 'place'>;
  const plain: Flags = { lowerOnly: false, weak: false, placeFirst: false, titled: false, place: false };
  const add = (trigger: string, topic: string, flags: Flags = plain) => {
    const words = trigger.split(/\s+/);
    const list = index.get(words[0]!) ?? [];
    list.push({ topic, words, ...flags });
    index.set(words[0]!, list);
    longest = Math.max(longest, words.length);
  };
  for (const entry of vocabulary) {
    const lowerOnly = new Set(entry.lowerOnly ?? []);
    const weak = new Set(entry.weak ?? []);
    const placeFirst = new Set(entry.placeFirst ?? []);
    const titled = new Set(entry.titled ?? []);
    const places = new Set(entry.places ?? []);
    for (const t of entry.triggers)
      add(t, entry.id, {
        lowerOnly: lowerOnly.has(t),
        weak: weak.has(t),
        placeFirst: placeFirst.has(t),
        titled: titled.has(t),
        place: places.has(t),
      });
  }
  for (const idiom of idioms) add(idiom, IDIOM);
  const topics = vocabulary.map(({ id, label, iptc, description }) => ({ id, label, iptc, description }));
  const broader = new Map(vocabulary.flatMap((e) => (e.narrows ? [[e.id, e.narrows] as const] : [])));
  const roles = new Map(
    vocabulary.flatMap((e) =>
      e.roles ? [[e.id, { of: e.roles.of, triggers: new Set(e.roles.triggers) }] as const] : [],
    ),
  );
  return { topics, index, memo: new Map(), longest, broader, roles };
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** Words that put what follows as the scene of a happening: "at the port", "near the airport". */
const AT_PLACE = new Set(['at', 'in', 'near', 'outside', 'inside', 'beside', 'behind', 'around', 'aboard']);
/** How many words before a place its preposition may stand ("at Hollin Cross railway station"). */
const AT_PLACE_SPAN = 4;
/** The words of a past role (looked for before the pattern, which is slower). */
const PAST = ['former', 'retired', 'one-time', 'onetime'];
/** ", a former nurse," after a name: what the person once was (not "the former mayor", the role). */
const FORMER_ROLE =
  /(?<=\p{Lu}[\p{L}'’.-]*,\s+)an?\s+(?:former|retired|one-time|onetime)\s+[^,;:()"“”]{1,60}(?=,)/gu;
let shared: TopicMatcher | null = null;

/**
 * The topics a piece of text is about, each with the words that triggered it, in vocabulary
 * order. Words match whole (word boundaries), case-insensitively, with simple inflections
 * ("sanctions" -> sanction, "invaded" -> invade); multi-word triggers match as phrases. A word
 * of several topics ("strike") counts for those the rest of the text speaks of, else those of
 * `context` (the topics of the whole article, or a function giving them when needed), else for
 * all.
 *
 * @example assignTopics('The court issued an arrest warrant.')
 * // [{ id: 'justice', triggers: ['court', 'arrest warrant'] }]
 */
export function assignTopics(
  text: string,
  matcher: TopicMatcher = (shared ??= createTopicMatcher()),
  context?: readonly TopicAssignment[] | (() => readonly TopicAssignment[]),
): TopicAssignment[] {
  // A person's past, told beside the name, is no happening of the text: "Its chairman, Gordon Vail,
  // a former rugby international, joined the board" is no sport. (Blanked, so words keep places.)
  let lower = text.toLowerCase();
  if (PAST.some((w) => lower.includes(w))) {
    text = text.replace(FORMER_ROLE, (m) => ' '.repeat(m.length));
    lower = text.toLowerCase();
  }
  const words = lower.match(WORD) ?? [];
  if (lower.includes('’')) for (let i = 0; i < words.length; i++) words[i] = words[i]!.replace(/’/g, "'");
  const matches = matchesIn(text, words, matcher);
  const found = new Map<string, string[]>();
  // Topic -> its triggers found that are not weak (see TopicEntry.weak).
  const strong = new Map<string, string[]>();
  // Topics named by a word other than a place set as a scene (see TopicEntry.places).
  const grounded = new Set<string>();
  // (Most sentences have no scene.)
  let scened = false;
  // Words that matched triggers of several topics ("strike"), with those topics: read below.
  let several: Map<string, Set<string>> | null = null;
  // (Phrases in text order, and the first that may still cover the word read.)
  const phrases = matches.filter((m) => m.n > 1);
  let from = 0;
  let first = 0;
  for (let k = 0; k <= matches.length; k++) {
    // The matches of one word are read together, to find a word of several topics.
    if (k < matches.length && matches[k]!.at === matches[first]!.at) continue;
    const matched: Match[] = [];
    const at = matches[first]?.at ?? 0;
    while (from < phrases.length && phrases[from]!.at + matcher.longest <= at) from++;
    for (const m of matches.slice(first, k)) {
      if (m.topic === IDIOM || outvoted(m, phrases, from)) continue;
      const list = found.get(m.topic) ?? [];
      if (!list.includes(m.surface)) list.push(m.surface);
      found.set(m.topic, list);
      if (m.setting) scened = true;
      else grounded.add(m.topic);
      if (!m.weak) {
        const own = strong.get(m.topic);
        if (own) own.push(m.surface);
        else strong.set(m.topic, [m.surface]);
      }
      matched.push(m);
    }
    first = k;
    // (A phrase of several topics names them all: "war crimes", "trade talks", "fossil fuels".)
    for (const { surface, topic, n } of matched.length > 1 ? matched : []) {
      if (n > 1 || !matched.some((m) => m.surface === surface && m.topic !== topic)) continue;
      several ??= new Map();
      several.set(surface, (several.get(surface) ?? new Set()).add(topic));
    }
  }
  // A word that triggers several topics counts for those the rest of the text also speaks of:
  // "the strike" beside "union" and "pay" is a walkout, beside "troops" an attack; else for those
  // the context (the whole article) speaks of; else for all.
  for (const [surface, topics] of several ?? []) {
    // (A common word backs no sense: "killed" beside "bomb" is no sign of war rather than terror.
    // Nor does a word torn between the same topics: "mediators" and "negotiations" do not back
    // each other's diplomacy beside "labour relations"; "bombing" still backs the war of "strike".)
    const torn = (w: string) => sameTopics(several!.get(w), topics);
    let backed = [...topics].filter((t) => strong.get(t)?.some((w) => w !== surface && !torn(w)));
    if (backed.length === 0 && context) {
      const around = typeof context === 'function' ? context() : context;
      backed = [...topics].filter((t) =>
        around.some((c) => c.id === t && c.triggers.some((w) => w !== surface)),
      );
    }
    if (backed.length === 0) continue;
    // (Of a topic and one it narrows, the narrower: a bombing beside "terrorist" is terror.)
    backed = backed.filter((t) => !backed.some((n) => matcher.broader.get(n) === t));
    for (const t of topics) {
      if (backed.includes(t)) continue;
      const rest = found.get(t)!.filter((w) => w !== surface);
      if (rest.length) found.set(t, rest);
      else found.delete(t);
    }
  }
  // Weak triggers alone name their topic only if the context does (which took a strong one).
  for (const t of [...found.keys()]) {
    if (strong.has(t)) continue;
    const around = typeof context === 'function' ? context() : context;
    if (!around?.some((c) => c.id === t)) found.delete(t);
  }
  // Roles serve the topic the sentence names by a word of its own: "President Ilves arrived for a
  // state visit" is diplomacy, not politics ("opposition lawmakers criticised the deal" is both).
  if (found.size > 1)
    for (const [t, role] of matcher.roles) {
      const words = found.get(t);
      if (!words || !found.has(role.of) || !strong.has(role.of)) continue;
      if (words.every((w) => role.triggers.has(w) || lemmas(w).some((l) => role.triggers.has(l))))
        found.delete(t);
    }
  // A place set as the scene names its topic only where the sentence names no other, or in a
  // story of that topic: "three people were stabbed at the railway station" is no transport news,
  // "flights at the airport were cancelled" is (by "flights"), and so is "a dispute at the port"
  // in a story of a port.
  let scenes = scened ? [...found.keys()].filter((t) => !grounded.has(t)) : NO_TOPICS;
  if (scenes.length > 0 && scenes.length < found.size) {
    const around = typeof context === 'function' ? context() : context;
    if (around) scenes = scenes.filter((t) => !around.some((c) => c.id === t));
    for (const t of scenes) found.delete(t);
  }
  // (Filled by push: see buildEvents.)
  const assigned: TopicAssignment[] = [];
  for (const t of matcher.topics) {
    const triggers = found.get(t.id);
    if (triggers) assigned.push({ id: t.id, triggers });
  }
  return assigned;
}

/**
 * The triggers of `matcher` that the words hold, in text order, with how each reads where it
 * stands. (A function of its own, apart from assignTopics: V8 compiles a function again whenever
 * a test in it first runs after the function was optimised, as the tests of capitals here do late
 * in a corpus, and this part alone costs less to compile again.)
 */
function matchesIn(text: string, words: string[], matcher: TopicMatcher): Match[] {
  // The words as written, only when a trigger must be in lower case (read on first need).
  let written: string[] | null = null;
  const capitalised = (i: number) => {
    written ??= text.match(WORD) ?? [];
    // (Where lower-casing moved a word boundary, "İ", the words no longer line up: read as lower.)
    const w = written.length === words.length ? written[i]! : '';
    return w !== w.toLowerCase();
  };
  const matches: Match[] = [];
  for (let i = 0; i < words.length; i++) {
    const triggers = triggersOf(words[i]!, matcher);
    if (triggers.length === 0) continue;
    for (const trigger of triggers) {
      const n = trigger.words.length;
      if (n > 1 && !phraseAt(words, i, trigger.words)) continue;
      // (A sentence's first word may be capitalised: "Rain is forecast for Monday".)
      if (trigger.lowerOnly && i > 0 && capitalised(i)) continue;
      // ("Port Moresby", "the University of Port Sorel": a town; "the Amara Port Workers' Union"
      // is a port's.)
      const named = trigger.placeFirst && i > 0 && i + 1 < words.length;
      if (named && capitalised(i) && capitalised(i + 1) && !capitalised(i - 1)) continue;
      const surface = n === 1 ? words[i]! : words.slice(i, i + n).join(' ');
      // ("Education Minister Paul Ferrier": a title before a name.)
      const title = trigger.titled && i + 1 < words.length && capitalised(i) && capitalised(i + 1);
      const setting = trigger.place && atPlace(words, i);
      matches.push({ at: i, n, topic: trigger.topic, surface, weak: trigger.weak && !title, setting });
    }
  }
  return matches;
}

/** Does a preposition of place stand a few words before word `i` ("at the main railway")? */
function atPlace(words: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - AT_PLACE_SPAN); k--) if (AT_PLACE.has(words[k]!)) return true;
  return false;
}

/**
 * Is a match inside a longer one? The longer tells the sense of its words: "a lightning strike" is
 * weather's, neither an attack nor a walkout; "a price war" is the economy's; "a war of words" (an
 * idiom) is no topic's; "an arrest warrant" is one trigger of justice, not three.
 */
function outvoted(m: Match, phrases: readonly Match[], from: number): boolean {
  for (let j = from; j < phrases.length && phrases[j]!.at <= m.at; j++) {
    const p = phrases[j]!;
    if (p.n > m.n && p.at + p.n >= m.at + m.n) return true;
  }
  return false;
}

/** Are these the same topics? (`a` may be missing.) */
function sameTopics(a: ReadonlySet<string> | undefined, b: ReadonlySet<string>): boolean {
  if (!a || a.size !== b.size) return false;
  for (const t of a) if (!b.has(t)) return false;
  return true;
}

/** Do the words from i on spell the phrase (the last word may be inflected)? */
function phraseAt(words: string[], i: number, phrase: string[]): boolean {
  for (let k = 1; k < phrase.length; k++) {
    const w = words[i + k];
    if (w === undefined) return false;
    if (k === phrase.length - 1 ? !lemmas(w).includes(phrase[k]!) : w !== phrase[k]) return false;
  }
  return true;
}
