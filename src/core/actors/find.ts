import type { ActorKind, Span } from '../types';
import { overlapsAny } from './credits';
import { getGazetteer, type Gazetteer } from './gazetteer';
import {
  APPOSITIVE_ROLES,
  KNOWN_ORGANISATIONS,
  PLACES_NEEDING_COUNTRY,
  ROYAL_TITLES,
  NAME_CONNECTORS,
  NON_BODY_CUES,
  NOT_NAMES,
  NOT_PERSON_WORDS,
  FIRM_CUES,
  HEADLINE_INFINITIVES,
  ORG_CUES,
  ORG_CUES_FIRST,
  ORG_HEADS,
  ORG_DESCRIPTORS_AFTER,
  BAND_NOUNS,
  TRADES_OF_PERSONS,
  ORG_PLURALS,
  ORG_DESCRIPTORS_BEFORE,
  PLACE_PREFIXES,
  COUNTRY_DESCRIBERS,
  DOTTED_TITLES,
  NAME_PARTICLES,
  MONTHS_AS_NAMES,
  APPOSITION_OPENERS,
  PLURAL_TITLES,
  ROLES_BEFORE_NAME,
  GIVEN_NAMES,
  PARTY_MEMBERS,
  PERSON_TITLES,
  SPEECH_VERBS,
  SPORTS_WORDS,
  CLUB_WORDS,
  SPORT_BODY_WORDS,
  CLUB_TOWN_WORDS,
  NOT_TEAM_WORDS,
  NOT_TEAM_PLURALS,
  NOT_BODY_HEADS,
  SPORTS_ACTIONS,
  COMPANY_POSSESSIONS,
  COMPANY_ROLES,
  ROLES_AT_COMPANY,
  ROLES_AT_INSTITUTION,
  ORG_APPOSITION_NOUNS,
  ACTING_VERBS,
  TOPIC_WORDS,
  STATE_BODY_HOLDERS,
  STATES_WITHOUT_PARLIAMENT,
  US_POLITICS,
  US_STATES_NOT_CUES,
} from './lexicon';
import cityData from './cities.json';
import { HOLIDAYS } from '../time/lexicon';
import { foldAccents } from '../hash';
import { normalizePhrase, tokenize, type Token } from './tokens';

/**
 * One possible actor mention in one article, before names are merged across articles.
 * `key` is the country code for countries and the normalised name for persons and organisations.
 */
export type ActorCandidate = Span & {
  text: string;
  kind: ActorKind;
  key: string;
  /** Evidence of kind beyond capitalisation: a title, a verb of saying, an apposition, a cue word. */
  cued: boolean;
  /** Acronym defined right after the name: "Global Maritime Institute (GMI)". */
  acronym?: string;
  /** The name as an all-caps acronym, to be linked to a defined long form. */
  isAcronym?: boolean;
  /** The full name when known from a list ("AFP" -> "Agence France-Presse"). */
  canonical?: string;
  /** A body's head word named alone ("the Treasury"): it joins no longer name of another text. */
  alone?: boolean;
};

/**
 * A candidate with every field, in one order, the optional ones unset: candidates made by
 * different rules and given an acronym, a canonical name or `alone` later keep one shape (hidden
 * class), so the rules reading them all are compiled once, not again for each new shape.
 */
function actorCandidate(
  c: Omit<ActorCandidate, 'acronym' | 'isAcronym' | 'canonical' | 'alone'> & Partial<ActorCandidate>,
): ActorCandidate {
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    kind: c.kind,
    key: c.key,
    cued: c.cued,
    acronym: c.acronym,
    isAcronym: c.isAcronym,
    canonical: c.canonical,
    alone: c.alone,
  };
}

const set = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
const TITLE_PHRASES = PERSON_TITLES.map((t) => t.split(' '));
const MAX_TITLE = Math.max(...TITLE_PHRASES.map((t) => t.length));
// First words of multi-word entries: most tokens start nothing, and are rejected with one lookup.
const TITLE_FIRST = new Set(TITLE_PHRASES.map((t) => t[0]!));
const DOTTED = set(DOTTED_TITLES);
const TITLE_LAST = new Set(TITLE_PHRASES.map((t) => t[t.length - 1]!));
const TITLES = new Set(PERSON_TITLES);
const ROLES = set(APPOSITIVE_ROLES);
const SPEECH = set(SPEECH_VERBS);
const ORG = set(ORG_CUES);
const ORG_HEAD = set(ORG_HEADS);
const FIRM = set(FIRM_CUES);
const TO_DO = set(HEADLINE_INFINITIVES);
const ORG_FIRST = set(ORG_CUES_FIRST);
const ORG_BEFORE = set(ORG_DESCRIPTORS_BEFORE);
const ORG_AFTER = set(ORG_DESCRIPTORS_AFTER);
const BAND = set(BAND_NOUNS);
const PERSON_TRADE = set(TRADES_OF_PERSONS);
const ORG_PLURAL = set(ORG_PLURALS);
/** The token a list of organisations' names goes on at, after a comma (orgList), or -1. */
let listNext = -1;
const NON_BODY = set(NON_BODY_CUES);
const STOP = set(NOT_NAMES);
const NOT_PERSON = set(NOT_PERSON_WORDS);
const CONNECTORS = set(NAME_CONNECTORS);
const PREFIX = set(PLACE_PREFIXES);
const DESCRIBES_COUNTRY = set(COUNTRY_DESCRIBERS);
const ADJECTIVE_ENDING = /(?:[^l]al|ic|ian|ern|ist)$/;
const PARTICLES = set(NAME_PARTICLES);
const NEEDS_COUNTRY = set(PLACES_NEEDING_COUNTRY);
/** The places of PLACES_NEEDING_COUNTRY the text being read has named so far (findActorCandidates).
 *  A Set: an array's first push changed its map and threw findActorCandidates's optimised code away. */
const uncorroborated = new Set<ActorCandidate>();
const ROYAL = set(ROYAL_TITLES);
const REGNAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)$/;
const MONTH_SURNAMES = set(MONTHS_AS_NAMES);
const APPOSITION_START = set(APPOSITION_OPENERS);
const PLURAL = set(PLURAL_TITLES);
let given: Set<string> | undefined;
/** Whether a word is a common given name (accents aside): GIVEN_NAMES. */
const isGivenName = (t: Token) =>
  (given ??= new Set(GIVEN_NAMES.trim().split(/\s+/))).has(
    /^[a-z]+$/.test(t.norm) ? t.norm : foldAccents(t.norm),
  );
const ROLE_BEFORE = set(ROLES_BEFORE_NAME);
const PARTY_GROUPS = set(PARTY_MEMBERS);
const KNOWN = new Map<string, string>();
for (const o of KNOWN_ORGANISATIONS) for (const n of [o.name, ...o.aliases]) KNOWN.set(n, o.name);
const MAX_KNOWN = 4;
const KNOWN_FIRST = new Set([...KNOWN.keys()].map((k) => k.split(' ')[0]!));

const CITIES = new Set(cityData.cities.map((c) => normalizePhrase(c)));
const MAX_CITY = 3;
const SPORTS = set(SPORTS_WORDS);
const CLUB = set(CLUB_WORDS);
const SPORT_BODY = set(SPORT_BODY_WORDS);
/** Nations inside a state that name bodies as countries do: "Police Scotland", "Sport England". */
const NATION = set(['England', 'Scotland', 'Wales']);
const CLUB_TOWN = set(CLUB_TOWN_WORDS);
const NOT_TEAM = set(NOT_TEAM_WORDS);
const NOT_TEAM_PLURAL = set(NOT_TEAM_PLURALS);
const NOT_BODY_HEAD = set(NOT_BODY_HEADS);
const PLAYED = set(SPORTS_ACTIONS);
const POSSESSIONS = set(COMPANY_POSSESSIONS);
const COMPANY_ROLE = set(COMPANY_ROLES);
const AT_COMPANY = set([...ROLES_AT_COMPANY, ...ROLES_AT_INSTITUTION]);
const APPOSED = set(ORG_APPOSITION_NOUNS);
const ACTING = set(ACTING_VERBS);
const TOPIC = set(TOPIC_WORDS);
/** The organisations the text being read names by the words around them (orgEvidence). */
const evidenced: ActorCandidate[] = [];
/** A score: "2-1", "112-104". */
const SCORE = /(?<![\d-])\d{1,3}[-–]\d{1,3}(?![\d-])/;
/** Whether the text being read is a sports report (findActorCandidates). */
let sportsReport = false;
/** Whether the text being read cites the press (PRESS). */
let citesPress = false;
/** The text being read (findActorCandidates), for rules that look at its lines. */
let reading = '';
/** The teams the text being read names by their city: the words of the name and of the city. */
const teamsFound: { name: string[]; city: string[] }[] = [];

/** A single capital letter: an initial, or a part of "R&D", "AT&T". */
const isInitial = (t: Token) => /^\p{Lu}\.?$/u.test(t.text);
const bare = (t: Token) => (t.norm[t.norm.length - 1] === '.' ? t.norm.slice(0, -1) : t.norm);
const isAllCaps = (t: Token) => /^[\p{Lu}\d.&-]{2,}$/u.test(t.text) && /\p{Lu}.*\p{Lu}/u.test(t.text);
// Tokens in one run are separated by plain spaces only: punctuation or a line break ends a name.
// (Most gaps are one space: that is settled without the pattern.)
const joined = (t: Token) => t.gap === ' ' || /^[ \t\u00a0]+$/.test(t.gap);
/**
 * The token at `k`, or undefined past either end of the text. (For the rules that look past a
 * name, which a name at the end of a text takes out of bounds: read as `tokens[k]`, such a read
 * makes V8 throw away the compiled code of the rule and of each function it was compiled into.)
 */
const tokenAt = (tokens: Token[], k: number): Token | undefined =>
  k >= 0 && k < tokens.length ? tokens[k] : undefined;
// The norms or surfaces of tokens[from, to) joined by spaces (what `slice`, `map` and `join` give),
// with no array in between: `map` makes packed arrays in the interpreter and holey ones in optimised
// code, and the code reading both is compiled twice.
function joinedField(tokens: Token[], from: number, to: number, field: 'norm' | 'text'): string {
  const end = Math.min(to, tokens.length);
  if (from >= end) return '';
  let s = tokens[from]![field];
  for (let k = from + 1; k < end; k++) s += ' ' + tokens[k]![field];
  return s;
}
const normsJoined = (tokens: Token[], from: number, to: number) => joinedField(tokens, from, to, 'norm');
const textsJoined = (tokens: Token[], from: number, to: number) => joinedField(tokens, from, to, 'text');
// Place names may hold a possessive: "People’s Republic of China".
const joinedLoose = (t: Token) => /^(?:['’]s)?[ \t\u00a0]+$/.test(t.gap);
// An apposition's modifiers may hold a plural possessive too: ", the other teachers' union,".
const joinedModifier = (t: Token) => /^(?:['’]s?)?[ \t\u00a0]+$/.test(t.gap);
const sentenceInitial = (t: Token) => /(?:^|[.!?:;"“‘(`'\n]\s*)$/.test(t.gap) || t.start === 0;

/**
 * Find candidate actor mentions in an article: countries (names, demonyms, capitals, seats of
 * government), organisations (cue words, known names, defined acronyms) and persons (capitalised
 * names with a title, a verb of saying or an apposition as evidence). Spans in `exclude` (credits,
 * bylines) are skipped. Candidates are merged into actors by mergeActors.
 *
 * @example findActorCandidates('Kenyan President Anna Berg said ...').map((c) => c.text)
 * // ['Kenyan', 'Anna Berg']
 */
export function findActorCandidates(
  text: string,
  exclude: readonly Span[] = [],
  gazetteer: Gazetteer = getGazetteer(),
): ActorCandidate[] {
  uncorroborated.clear();
  evidenced.length = 0;
  const tokens = tokenize(text);
  const lowerWords = new Set<string>();
  for (const t of tokens) if (!t.cap) lowerWords.add(t.norm);
  sportsReport = isSportsReport(text, lowerWords);
  citesPress = PRESS.test(text);
  reading = text;
  teamsFound.length = 0;
  listNext = -1;
  const out: ActorCandidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.cap || overlapsAny(exclude, t.start, t.end)) {
      i++;
      continue;
    }
    // A run: capitalised tokens (and inner connectors) separated by spaces only.
    let j = i + 1;
    while (
      j < tokens.length &&
      joined(tokens[j]!) &&
      !overlapsAny(exclude, tokens[j]!.start, tokens[j]!.end)
    ) {
      const u = tokens[j]!;
      if (u.cap || (CONNECTORS.has(u.norm) && capAhead(tokens, j + 1))) j++;
      // A number inside a title that opens with an article: "Il Sole 24 Ore", "Le 1 Hebdo".
      else if (/^\d+$/.test(u.text) && j - i >= 2 && TITLE_ARTICLE.test(t.norm) && capAhead(tokens, j + 1))
        j++;
      else break;
    }
    // Through a possessive into an organisation's name: "the Workers' Party", "People's Party",
    // "Tottenham Hotspur Supporters' Trust" (not "Amazon's Andy Jassy").
    while (
      j < tokens.length &&
      tokens[j]!.cap &&
      afterPossessive(tokens[j]!) &&
      (pluralOwner(tokens[j - 1]!, tokens[j]!) || officeOf(tokens, j)) &&
      cueWithin(tokens, j, 3)
    ) {
      j++;
      while (j < tokens.length && tokens[j]!.cap && joined(tokens[j]!)) j++;
    }
    i = readRun(text, tokens, i, j, gazetteer, lowerWords, out);
  }
  if (teamsFound.length > 0) teamShortForms(tokens, out);
  longFormsOfAcronyms(text, tokens, out);
  chambersInPlaces(text, tokens, out, gazetteer);
  initialsOfNames(out);
  confirmBySurname(text, out);
  actingAlone(text, tokens, out, gazetteer);
  intercapped(tokens, out, gazetteer);
  webNames(out);
  ownersOfPeople(text, out);
  if (sportsReport) {
    teamByRole(text, tokens, out, gazetteer);
    teamsByResult(text, tokens, out, gazetteer);
    teamsByAgreement(text, tokens, out, gazetteer);
  } else if (POLITICS.some((w) => lowerWords.has(w))) partyLabels(tokens, out, gazetteer);
  joinedToOrg(tokens, out, gazetteer);
  firstWordOfOrg(tokens, out, gazetteer);
  bodiesByHead(tokens, out);
  bodiesOfItsCountry(tokens, out, gazetteer);
  joinedToPerson(text, out);
  surnameParticles(text, tokens, out);
  remitLists(text, tokens, out, gazetteer);
  if (evidenced.length > 0) linkEvidenced(out);
  // A capital whose name is more often another place or a person ("Hamilton", "Kingston",
  // "Victoria") counts only where the text names its country in another way too.
  // (segment notes such places as it reads them; most texts have none.)
  if (uncorroborated.size === 0) return out;
  const doubtful = new Set(uncorroborated);
  uncorroborated.clear();
  const named = new Set<string>();
  for (const c of out) if (c.kind === 'country' && !doubtful.has(c)) named.add(c.key);
  return out.filter((c) => !doubtful.has(c) || named.has(c.key));
}

/** Public services named after a nation of Britain: "Police Scotland", "Sport England". */
const NATION_SERVICE = /^(?:police|sport|transport|health|education|forestry|water|heritage)$/;

/** A ministry's name, up to the "of" or "for" that opens its remit: "the Department for". */
const MINISTRY = /\b(?:Department|Ministry)\s+(?:of|for)\s/;

/**
 * "the Department for Fisheries, Forests and Water Supply", "the Ministry of Mines, Energy and
 * Transport": a ministry's name lists its remit with commas and "and", where other names end. The
 * list runs on from the name read up to its first comma: items of one to three capitalised words
 * that no given name, place or title opens, the last after "and"; what was read inside it joins
 * the ministry's name. (Not "the Ministry of Defence, Britain and France": places.)
 */
function remitLists(text: string, tokens: Token[], out: ActorCandidate[], gz: Gazetteer): void {
  const inside: Span[] = [];
  for (const c of out) {
    if (c.kind !== 'organisation' || text.charCodeAt(c.end) !== 44 || !MINISTRY.test(c.text)) continue;
    let k = tokens.findIndex((t) => t.start >= c.end);
    let items = 0;
    let end = -1;
    while (k >= 0 && k < tokens.length) {
      const and = tokens[k]!.norm === 'and' && items > 0 && /^,?[ \t]+$/.test(tokens[k]!.gap);
      if (!and && !/^,[ \t]+$/.test(tokens[k]!.gap)) break;
      const from = and ? k + 1 : k;
      let to = from;
      while (to < tokens.length && tokens[to]!.cap && (to === from || joined(tokens[to]!))) to++;
      if (to === from || to - from > 3 || !nameable(tokens, from, to, gz)) break;
      if (and) {
        end = tokens[to - 1]!.end;
        break;
      }
      items++;
      k = to;
    }
    if (end < 0) continue;
    inside.push({ start: c.end, end });
    c.text = text.slice(c.start, end);
    c.key = normalizePhrase(c.text);
    c.end = end;
  }
  if (inside.length === 0) return;
  let n = 0;
  for (const c of out) if (!inside.some((s) => c.start >= s.start && c.end <= s.end)) out[n++] = c;
  out.length = n;
}

/**
 * "Harry Kane scored twice ... Kane equalised": a full name without other evidence whose last
 * word the text later uses alone is a person's, the way news refers to people. A word the text
 * ever writes after "the", "at" or "in", or before a role, is a team's or a place's: "the
 * Thunder", "at Leverkusen", "Lakers coach JJ Redick", "Leverkusen's managing director".
 */
function confirmBySurname(text: string, out: ActorCandidate[]): void {
  const lastAlone = new Map<string, number>();
  const notSurname = new Set<string>();
  for (const c of out) {
    if (c.kind !== 'person' || c.key.includes(' ')) continue;
    const before = text.slice(Math.max(0, c.start - 5), c.start);
    const role = /^(?:['’]s?)?\s+(?:\p{Ll}+\s+)?(\p{Ll}+)/u.exec(text.slice(c.end, c.end + 40));
    if (/\b(?:the|at|in)\s+$/i.test(before) || (role && (ROLES.has(role[1]!) || TITLES.has(role[1]!))))
      notSurname.add(c.key);
    else lastAlone.set(c.key, c.start);
  }
  if (lastAlone.size === 0) return;
  for (const c of out) {
    if (c.kind !== 'person' || c.cued || !c.key.includes(' ')) continue;
    const last = c.key.slice(c.key.lastIndexOf(' ') + 1);
    const at = lastAlone.get(last);
    if (at !== undefined && at > c.end && !notSurname.has(last)) c.cued = true;
  }
}

/**
 * "... and Heathrow said most passengers faced delays", "partner Komeito quit the alliance": a
 * lone name word inside a sentence, before a verb a body acts by (ACTING_VERBS), is an
 * organisation's where the text gives it no person's evidence: no title or apposition of its own,
 * no full name of a person that holds it ("Rosa Ibarra-Quintero ... Quintero said"), no given name,
 * place or title. News names a person in full before it uses a surname alone, so a word that never
 * belongs to a person's name is a company's or a body's. At a sentence's start, where any word is
 * capitalised ("Analysts said"), only a word the text capitalises inside a sentence too: "Heathrow
 * said ... a strike at Heathrow" (a lone "Eskom said" stays unread).
 */
function actingAlone(text: string, tokens: Token[], out: ActorCandidate[], gz: Gazetteer): void {
  for (const [c, k] of loneNames(tokens, out)) {
    const t = tokens[k]!;
    const verb = tokens[k + 1];
    if (t.end !== c.end || !verb || verb.cap || !joined(verb)) continue;
    if (!ACTING.has(verb.norm) && !(citesPress && SOURCE_VERBS.has(verb.norm))) continue;
    const prev = tokens[k - 1];
    if (/[-‐]$/.test(t.gap) || (prev?.cap && joined(t))) continue;
    // At a sentence's start any word is capitalised ("Analysts said"): a name there needs the
    // text to write it capitalised inside a sentence too ("Heathrow said ... flights at Heathrow"),
    // or, in a text that cites the press, to be a source's name before what a source does
    // ("Kommersant said", "Vedomosti reported").
    if (sentenceInitial(t) && !capitalisedInside(text, t) && !pressSource(t, verb)) continue;
    if (!nameable(tokens, k, k + 1, gz)) continue;
    makeOrg(c);
  }
}

/**
 * A word joined from two capitalised words, the way brands are coined ("YouGov", "PitchBook",
 * "ScotRail"), not a surname's prefix ("MacKinnon", "FitzGerald", "VanVleet") nor a given name's
 * of two letters ("LeBron", "DeAndre").
 */
const INTERCAPPED = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u;
const SURNAME_PREFIX = /^(?:Mac|Fitz|Van|Von|Della|Del)\p{Lu}/u;

/**
 * "Shares in PitchBook rose", "a YouGov poll": a lone name with no person's evidence that is one
 * word joined from two capitalised ones is a company's or a service's name: people's names are
 * not coined so (INTERCAPPED).
 */
function intercapped(tokens: Token[], out: ActorCandidate[], gz: Gazetteer): void {
  const coined: [ActorCandidate, number][] = [];
  for (const [c, k] of loneNames(tokens, out)) {
    const t = tokens[k]!;
    if (t.start === c.start && t.end === c.end && INTERCAPPED.test(t.text) && !SURNAME_PREFIX.test(t.text))
      coined.push([c, k]);
  }
  // (A name the text once writes as a product's is one in all its mentions: "the PlayStation 4 ...
  // on PlayStation and Xbox".)
  const products = new Set<string>();
  for (const [c, k] of coined) if (isProduct(tokens, k, out, gz)) products.add(c.key);
  for (const [c] of coined) if (!products.has(c.key)) makeOrg(c);
}

/**
 * "Halvex Unie's Tomas Novak says", "Vantor's Anna Berg": a name without a person's evidence,
 * owning a person named in full with evidence of their own, is the body they speak or work for
 * (a person owns a relative by a noun: "Novak's wife Anna").
 */
function ownersOfPeople(text: string, out: ActorCandidate[]): void {
  for (let n = 0; n + 1 < out.length; n++) {
    const c = out[n]!;
    const d = out[n + 1]!;
    if (c.kind !== 'person' || c.cued || d.kind !== 'person' || !d.cued || !d.key.includes(' ')) continue;
    // (Not the last word of a name read apart from it: "Halvex Sport's Anna Berg".)
    // (n > 0 first: reading out[-1] is out of bounds, and V8 compiled findActorCandidates again.)
    const prev = n > 0 ? out[n - 1] : undefined;
    if (prev && prev.end < c.start && /^[ \t]+$/.test(text.slice(prev.end, c.start))) continue;
    if (/^['’]s?[ \t]+$/.test(text.slice(c.end, d.start))) makeOrg(c);
  }
}

/** A web address's name: "Tellnet.com", "Halvex.org". */
const WEB_NAME = /^\p{Lu}[\p{L}\d-]*\.(?:com|org|net|io)$/u;

/**
 * "commentating for Tellnet.com": a name written as a web address is a company's or a site's, as
 * no person's is.
 */
function webNames(out: ActorCandidate[]): void {
  for (const c of out) if (c.kind === 'person' && !c.cued && WEB_NAME.test(c.text)) makeOrg(c);
}

/** A possessive determiner: what follows belongs to someone ("its InfiniBand switches"). */
const OWNER = /^(?:its|their|his|her|my|our|your)$/;

/**
 * Whether the coined name at token `k` names a product rather than its maker: one that belongs to
 * someone ("its InfiniBand switches", "Kestrel's WarmWave heaters", "my LinkedIn profile") or
 * carries a model's number ("PlayStation 4", "WarmWave 1500"). A firm is named on its own, or
 * after the place it is in ("Japan's SoftBank", "Scotland's ScotRail").
 */
function isProduct(tokens: Token[], k: number, out: ActorCandidate[], gz: Gazetteer): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (joined(t) && prev && !prev.cap && OWNER.test(prev.norm)) return true;
  if (
    /^['’]s?[ \t]+$/.test(t.gap) &&
    prev?.cap &&
    !gz.places.has(prev.norm) &&
    !CITIES.has(prev.norm) &&
    !out.some((c) => c.kind === 'country' && c.end === prev.end)
  )
    return true;
  return next !== undefined && joined(next) && /^\d/.test(next.text);
}

/**
 * Words that show a text cites the press: "the state news agency", "the business daily", "the
 * newspaper", "the RBC news site", "the radio station". (Not "daily" alone: "daily flights".)
 */
const PRESS =
  /\b(?:news\s+agenc(?:y|ies)|newspapers?|(?:the|a|business|financial|economic|national|regional|evening|morning)\s+daily\b|dailies|tabloids?|broadsheets?|news\s+(?:site|website|outlet|portal|channel)|broadcasters?|radio\s+station)/i;
/** What a source does, after its name: "Kommersant said", "Nikkei reported". */
const SOURCE_VERBS = new Set(['said', 'says', 'reported', 'reports', 'wrote', 'writes']);

/**
 * Whether a lone capitalised word opening a sentence may be a newspaper's or an agency's name
 * before what a source does, in a text that cites the press: "Kommersant said", not "Analysts
 * said" (a plural noun), "Police said" (a word that is never a name: NOT_NAMES, checked by the
 * caller).
 */
const pressSource = (t: Token, verb: Token) => citesPress && SOURCE_VERBS.has(verb.norm) && sourceWord(t);

/** A word that may be a title's, not a plural noun's: "Kommersant", "Aftenposten", not "Witnesses". */
const sourceWord = (t: Token) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !/s$/.test(t.norm);

/** A team's people and followers, after its name in a sports report: "Vale defender Luka Brenner". */
const TEAM_ROLE =
  /^(?:coach|manager|boss|goalkeeper|keeper|striker|midfielder|defender|winger|forward|full-back|captain|skipper|fans|supporters)$/;
/** Words before a player's role that say where the player is from or what is played: "Welsh defender", "Test captain". */
const NOT_TEAM_BY_ROLE = /^(?:english|scottish|welsh|catalan|basque|test)$/;

/**
 * "Kestrel goalkeeper Ruben Castell", "Vale captain Graham Tuite", "Kestrel fans": in a sports
 * report, a lone name with no person's evidence right before one of a team's roles and a name (or
 * its fans) is the team's, as a person's name is never written so. At a sentence's start only a
 * word the text capitalises inside a sentence too ("Veteran goalkeeper X" is no team). The role a
 * person is named to counts as well: "replaced Erik ten Hag as Leverkusen coach".
 */
function teamByRole(text: string, tokens: Token[], out: ActorCandidate[], gz: Gazetteer): void {
  for (const [c, k] of loneNames(tokens, out, true)) {
    const t = tokens[k]!;
    const role = tokens[k + 1];
    if (t.end !== c.end || !role || role.cap || !joined(role) || !TEAM_ROLE.test(role.norm)) continue;
    const next = tokens[k + 2];
    const asRole = tokens[k - 1]?.norm === 'as' && !tokens[k - 1]!.cap;
    if (!/^(?:fans|supporters)$/.test(role.norm) && !(next?.cap && joined(next)) && !asRole) continue;
    if (/[-‐]$/.test(t.gap) || (tokens[k - 1]?.cap && joined(t))) continue;
    if (sentenceInitial(t) && !capitalisedInside(text, t)) continue;
    if (NOT_TEAM_BY_ROLE.test(t.norm) || !nameable(tokens, k, k + 1, gz)) continue;
    makeOrg(c);
    teamInFull(out, c.key);
  }
}

/**
 * Words before a side a result names: "drew with", "lost to", "at home to", "a 2-1 win over", a
 * score ("drew 1-1 with"). Not "at", which names a ground as often as a side: "won 51-22 at
 * Twickenham", "her win at Wimbledon".
 */
const RESULT_BEFORE =
  /(?:\d[-–]\d{1,3}\s+(?:with|against|to|over)|\b(?:(?:drew|draw|draws|drawing)\s+(?:with|against)|(?:lost|lose|loses|losing|fell|defeat|defeats|loss)\s+(?:to|against)|(?:at\s+home|away)\s+to|(?:win|wins|victory|victories)\s+(?:over|against)))\s+$/;
/** A verb of a result, with its score: "beat", "won 2-1", "drew 1-1 with". */
const RESULT_VERB =
  /^(?:beat|beats|defeated|edged|thrashed|routed|hammered|overcame|stunned|won|wins|drew|draws|lost|loses)$/;
/** A score, not a set of a match in sets ("6-4, 3-6"): "2-1", "112-104". */
const ONE_SCORE =
  /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\d{1,3}[-–]\d{1,3}(?![\d-])(?!\s*(?:\(\d+\))?[,;]?\s+\d{1,2}[-–]\d)/u;

/**
 * "Villarreal beat Girona 2-1", "Sevilla drew with Osasuna", "at home to Burnley": in a sports
 * report, a lone name with no person's evidence that a result names as a side is a team's: the
 * subject of a verb of a result that a score follows within its clause, or the object of "drew
 * with", "lost to", "at home to", "a win over". News names a player in full before it uses the
 * surname ("Carlos Alcaraz ... Alcaraz beat Sinner"), which loneNames leaves out; a score of a
 * match in sets ("6-4, 3-6") is a player's.
 */
function teamsByResult(text: string, tokens: Token[], out: ActorCandidate[], gz: Gazetteer): void {
  const sides: [ActorCandidate, number][] = [];
  for (const [c, k] of loneNames(tokens, out)) {
    const t = tokens[k]!;
    if (t.end !== c.end || /[-‐]$/.test(t.gap) || (tokens[k - 1]?.cap && joined(t))) continue;
    if ((tokens[k + 1]?.cap && joined(tokens[k + 1]!)) || !nameWords(tokens, k, k + 1, gz)) continue;
    // (Or in a clause about the side: "Barcelona, who beat Sevilla 3-0, remain top".)
    const who = tokens[k + 1]?.norm === 'who' && /^,?\s+$/.test(tokens[k + 1]!.gap) ? 1 : 0;
    const verb = tokens[k + 1 + who];
    const acts = verb !== undefined && !verb.cap && joined(verb) && RESULT_VERB.test(verb.norm);
    // (A sentence may open with the side, "Arsenal beat Chelsea 2-1"; not a place the subject is
    // from, "Anna Berg's rink from Lunden beat Team Orr 7-5".)
    const placed = /^(?:from|in|of|near)$/.test(tokens[k - 1]?.norm ?? '');
    const subject =
      acts && !placed && ONE_SCORE.test(text.slice(verb.end, verb.end + 40).replace(RESULT_PREP, ' '));
    if (!subject && sentenceInitial(t) && !capitalisedInside(text, t)) {
      if (acts) sides.push([c, k + 1 + who]);
      continue;
    }
    const object =
      RESULT_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start)) ||
      (k > 0 && RESULT_VERB.test(tokens[k - 1]!.norm) && ONE_SCORE.test(text.slice(t.end, t.end + 40)));
    if (subject || object) makeOrg(c);
    else if (acts) sides.push([c, k + 1 + who]);
  }
  // The other side of a result a team is in is a team too: "Girona lost to Osasuna".
  for (const [c, v] of sides) {
    const verb = tokens[v]!;
    let o = v + 1;
    if (tokens[o] && !tokens[o]!.cap && /^(?:with|at|against|to|over)$/.test(tokens[o]!.norm)) o++;
    const other = tokens[o];
    if (other?.cap && out.some((x) => x.kind === 'organisation' && x.start === other.start) && joined(verb))
      makeOrg(c);
  }
}

/**
 * What follows a team's name, not a person's or a place's: a plural verb (news writes a side as
 * its players, "Harbridge are expected", "Ashford, who were promoted"), or what befalls only a
 * side ("Northgate's relegation").
 */
const SIDE_AFTER = /^(?:,?\s+who)?\s+(?:are|were|have|remain)\s|^['’]s?\s+(?:relegation|promotion)\b/;
/** Words before a name that make its plural verb no sign of a side: "let Smith have the ball". */
const NOT_SUBJECT = /^(?:let|lets|make|makes|made|help|helps|helped|see|saw|watch|watched|have|has|had)$/;

/**
 * "Harbridge are expected to offer him terms", "Ashford, who were promoted", "Northgate's
 * relegation": in a sports report, a lone name with no
 * person's evidence that takes a plural verb or is relegated or promoted is a side's. At a
 * sentence's start only a word the text capitalises inside a sentence too.
 */
function teamsByAgreement(text: string, tokens: Token[], out: ActorCandidate[], gz: Gazetteer): void {
  for (const [c, k] of loneNames(tokens, out)) {
    const t = tokens[k]!;
    if (t.end !== c.end || /[-‐]$/.test(t.gap) || (tokens[k - 1]?.cap && joined(t))) continue;
    if ((tokens[k + 1]?.cap && joined(tokens[k + 1]!)) || !nameWords(tokens, k, k + 1, gz)) continue;
    if (!SIDE_AFTER.test(text.slice(t.end, t.end + 24)) || !/^\p{Lu}\p{L}+$/u.test(t.text)) continue;
    // (Not a name of a list, "Leicestershire and Rutland are", but a clause's ", and Wexham are";
    // nor an event, "the Series are".)
    const prev = tokens[k - 1];
    const listed = prev !== undefined && /^(?:and|or|of)$/.test(prev.norm) && !/^,/.test(prev.gap);
    if (listed || NOT_SUBJECT.test(prev?.norm ?? '') || NOT_TEAM_PLURAL.has(t.norm)) continue;
    // (Nor a plural noun the text writes in lower case too: "— Polls are closed ... the polls".)
    if (tokens.some((u) => !u.cap && u.norm === t.norm)) continue;
    if (sentenceInitial(t) && !capitalisedInside(text, t)) continue;
    makeOrg(c);
  }
}

/** The word after a verb of a result, before the other side: "drew 1-1 with", "lost 2-0 to". */
const RESULT_PREP = /^\s+(?:with|at|against|to|over)\s+/;

/**
 * "Bayer Leverkusen ... Leverkusen coach Kasper Hjulmand": a team's word shown by its role is the
 * first or last word of the team's full name where the text writes one of two words without a
 * person's evidence ("Bayern Munich came from behind"), so that name is the team's too.
 */
function teamInFull(out: ActorCandidate[], word: string): void {
  for (const c of out) {
    if (c.kind !== 'person' || c.cued) continue;
    const words = c.key.split(' ');
    if (words.length === 2 && (words[0] === word || words[1] === word)) makeOrg(c);
  }
}

/** Words of a text about elections and parliaments, where "the Greens" names a party. */
const POLITICS = [
  'election',
  'elections',
  'vote',
  'votes',
  'voters',
  'ballot',
  'seats',
  'coalition',
  'parliament',
];

/**
 * Words of a sentence about what parties do, one of which a party's label needs beside it: "the
 * Greens won 14 seats", "a coalition with the Progressives", "the Liberals' leader".
 */
const PARTY_CONTEXT = new Set([
  ...POLITICS,
  'ballots',
  'referendum',
  'constituency',
  'elected',
  'party',
  'parties',
  'leader',
  'leaders',
  'leadership',
  'candidate',
  'candidates',
  'campaign',
  'campaigned',
  'poll',
  'polls',
  'polling',
  'mps',
  'lawmakers',
  'deputies',
  'senators',
  'councillors',
  'minister',
  'ministers',
  'government',
  'governing',
  'president',
  'mayor',
  'opposition',
  'alliance',
  'majority',
  'manifesto',
  'voted',
  'won',
  'lost',
  'win',
  'seat',
  'cabinet',
  'chancellor',
  'premier',
]);

const COUNT = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;

/** Whether token `t` opens a sentence: after a full stop, a question or an exclamation mark, or a line break. */
const opensSentence = (t: Token) => t.start === 0 || /[.!?]["”’)]?\s+$|\n\s*$/.test(t.gap);

/**
 * Whether a sentence in which the text writes the label tokens[k] after "the" has a word of what
 * parties do (PARTY_CONTEXT), "the Greens filed an objection ... the Greens won 14 seats", or
 * the text counts the label's members: "the three Greens".
 */
function partySentence(tokens: Token[], k: number): boolean {
  const label = tokens[k]!.text;
  let from = 0;
  let party = false;
  let holds = false;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (!t || opensSentence(t)) {
      if (party && holds) return true;
      if (!t) return false;
      from = i;
      party = holds = false;
    }
    // (Members counted are a party's: "That leaves the three Greens".)
    if (t.text === label && i > from && COUNT.test(tokens[i - 1]!.norm)) return true;
    if (t.text === label && tokens[i - 1]?.norm === 'the' && i > from) holds = true;
    else if (!t.cap && PARTY_CONTEXT.has(t.norm)) party = true;
  }
  return false;
}

/**
 * "the Greens won their best result", "a coalition with the Progressives": in a text about
 * elections or a parliament, a lone capitalised plural after "the" with no person's evidence is a
 * party's label, as news names parties by their members, where its sentence tells what a party
 * does ("won 14 seats", "a coalition with", "the Greens' leader": not "the Thames froze solid",
 * "a storm battered the Carolinas"). Not a place ("the Netherlands"), a family the text names a
 * person of ("the Clintons" beside "Hillary Clinton"), an event or a title. Its name in full,
 * where the text gives one ("the Socialist Party"), takes the label.
 */
function partyLabels(tokens: Token[], out: ActorCandidate[], gz: Gazetteer): void {
  let surnames: Set<string> | undefined;
  for (const [c, k] of loneNames(tokens, out)) {
    const t = tokens[k]!;
    const the = tokens[k - 1];
    if (t.end !== c.end || !the || the.norm !== 'the' || !joined(t) || (the.cap && !sentenceInitial(the)))
      continue;
    if (!/^\p{Lu}\p{Ll}+[^su]s$/u.test(t.text) || NOT_TEAM_PLURAL.has(t.norm)) continue;
    // (Not the first word of a longer name, "the Nurses' Guild", "the Friends of the Rialto", nor a
    // place, "fishing in the Adirondacks", "the Americans".)
    const next = tokens[k + 1];
    if (next?.cap && (joined(next) || afterPossessive(next))) continue;
    if (next && !next.cap && joined(next) && CONNECTORS.has(next.norm) && capAhead(tokens, k + 2)) continue;
    // (Nor inside a name, "Eastbridge Against the Cuts".)
    const before = tokens[k - 2];
    if (
      before &&
      ((before.cap && joined(the)) ||
        /^(?:in|at|on|near|across|into|around|throughout|along|outside)$/.test(before.norm))
    )
      continue;
    if (gz.places.has(t.norm.slice(0, -1)) || isGivenName(t) || !nameable(tokens, k, k + 1, gz)) continue;
    if (!partySentence(tokens, k)) continue;
    surnames ??= personWords(out);
    if (surnames.has(t.norm.slice(0, -1)) || surnames.has(t.norm.slice(0, -2))) continue;
    makeOrg(c);
    // The party's name in full, where the text gives it, takes the label: "the Socialist Party".
    const party = out.find(
      (o) =>
        o.kind === 'organisation' &&
        /\bpart(?:y|ies)$/.test(o.key) &&
        o.key.split(' ').includes(t.norm.slice(0, -1)),
    );
    if (party) c.key = party.key;
  }
}

/**
 * The lone names read as persons' with no evidence of it (no cue, one word, no part of a person's
 * full name), each with the token it starts at. Read as the caller goes: a name it makes an
 * organisation's is passed over after. With `evidencedOnly`, a full name counts only where it has
 * a person's evidence ("Bayern Munich came from behind" leaves "Bayern" lone).
 */
function* loneNames(
  tokens: Token[],
  out: ActorCandidate[],
  evidencedOnly = false,
): Generator<[ActorCandidate, number]> {
  const taken = personWords(out, evidencedOnly);
  let k = 0;
  for (const c of out) {
    if (c.kind !== 'person' || c.cued || c.key.includes(' ') || taken.has(c.key)) continue;
    // (Candidates come in text order, mostly: the search goes on from the last one.)
    if (tokens[k] && tokens[k]!.start > c.start) k = 0;
    while (k < tokens.length && tokens[k]!.start < c.start) k++;
    if (tokens[k]?.start === c.start) yield [c, k];
  }
}

/** A lone name the words around it show to be an organisation's. */
function makeOrg(c: ActorCandidate): void {
  c.kind = 'organisation';
  c.cued = true;
  evidenced.push(c);
}

/** The words of persons' names, and of hyphenated names of any kind ("A.P. Moller-Maersk"). */
function personWords(out: ActorCandidate[], evidencedOnly = false): Set<string> {
  const taken = new Set<string>();
  for (const c of out) {
    if (c.kind === 'person' && (c.cued || (!evidencedOnly && c.key.includes(' '))))
      for (const w of c.key.split(/[ -]/)) taken.add(w);
    else if (c.key.includes('-')) for (const w of c.key.split(/[ -]/)) taken.add(w);
  }
  return taken;
}

/**
 * "Deutsche Bank and Commerzbank", "Goldman Sachs, Citigroup and Barclays": a lone name listed
 * after an organisation's name of two words or more, by "and" or by a comma in a list that "and"
 * closes, is an organisation's too, where no person's name holds it and it is no place, title or
 * given name. (Two lone names, "Marks and Spencer", may be one company's: they are left as they
 * are; the other way round, "Mahindra and Tata Motors", a run reads as one name.)
 */
function joinedToOrg(tokens: Token[], out: ActorCandidate[], gz: Gazetteer): void {
  // The ends of the list's organisations so far: a name listed after one of them joins it.
  // (And a known one's, of one word: "Apple and Vantor", "Vantor and Apple".)
  const listed = new Set<number>();
  const known = new Set<number>();
  for (const c of out)
    if (c.kind === 'organisation' && (c.key.includes(' ') || c.canonical !== undefined)) {
      listed.add(c.end);
      known.add(c.start);
    }
  if (listed.size === 0) return;
  namedBeforeOrg(tokens, out, gz);
  for (const [c, k] of loneNames(tokens, out)) {
    if (!nameable(tokens, k, k + 1, gz)) continue;
    const t = tokens[k]!;
    const and = tokens[k - 1];
    const prev =
      and && isAnd(and) && joined(t)
        ? tokens[k - 2]
        : /^,\s+$/.test(t.gap) && closedByAnd(tokens, k)
          ? tokens[k - 1]
          : undefined;
    // (Before "and" and a known firm's name of one word, that list's last: "Vantor and Apple,".)
    const next = tokenAt(tokens, k + 1);
    const after =
      next && isAnd(next) && joined(next) && !sentenceInitial(t) ? tokenAt(tokens, k + 2) : undefined;
    const beforeKnown =
      after !== undefined &&
      joined(after) &&
      known.has(after.start) &&
      !tokenAt(tokens, k + 3)?.cap &&
      !(tokens[k - 1]?.cap && joined(t));
    if (!(prev && listed.has(prev.end)) && !beforeKnown) continue;
    makeOrg(c);
    listed.add(c.end);
  }
}

/**
 * "Standard Chartered and Lloyds Banking Group": a name of two words or more without a person's
 * evidence, right before "and" and a firm's name of three words or more that ends in its cue word,
 * is a firm's too: twoNames has read the two as a pair of names, and a person's name would carry
 * a given name, a title or a verb of its own ("Todd Boehly and Clearlake Capital").
 */
function namedBeforeOrg(tokens: Token[], out: ActorCandidate[], gz: Gazetteer): void {
  const firms = new Set<number>();
  for (const c of out)
    if (c.kind === 'organisation' && c.cued && c.key.split(' ').length >= 3) firms.add(c.start);
  let k = 0;
  for (const c of out) {
    if (c.kind !== 'person' || c.cued || !c.key.includes(' ')) continue;
    if (tokens[k] && tokens[k]!.start > c.start) k = 0;
    while (k < tokens.length && tokens[k]!.start < c.start) k++;
    let end = k;
    while (end < tokens.length && tokens[end]!.start < c.end) end++;
    const and = tokenAt(tokens, end);
    if (tokens[k]?.start !== c.start || !and || !isAnd(and) || !joined(and)) continue;
    if (!firms.has(tokens[end + 1]?.start ?? -1) || !nameable(tokens, k, end, gz)) continue;
    makeOrg(c);
  }
}

/**
 * "Fenmore Industries ... Fenmore said": a lone name with no person's evidence that opens a
 * firm's name of two words or more the text gives (one that ends in a trade or a legal form:
 * "Zijin Mining Group", "Quantrel Inc") is its short form, the way news shortens a firm's name
 * after giving it in full.
 * Not a place, title or given name, nor a surname the text gives a person with evidence
 * (linkEvidenced): "Harwell Foods ... its founder, Oswin Harwell ... Harwell said".
 */
function firstWordOfOrg(tokens: Token[], out: ActorCandidate[], gz: Gazetteer): void {
  // The first word of each name, and the names it opens; the other words of names.
  const opens = new Map<string, string>();
  const inside = new Set<string>();
  for (const c of out) {
    if (c.kind !== 'organisation' || !c.cued || c.isAcronym || !c.key.includes(' ')) continue;
    const [first, ...rest] = c.key.split(' ');
    // (A firm's name, by its trade or legal form: a place opens a body's, "Millbrook City Council".)
    const last = rest[rest.length - 1]!.replace(/\.$/, '');
    const firm = ORG_HEAD.has(last) || FIRM.has(last) || LEGAL_FORM.test(last) || last === 'group';
    opens.set(first!, opens.has(first!) && opens.get(first!) !== c.key ? '' : firm ? c.key : '');
    for (const w of rest) inside.add(w);
  }
  if (opens.size === 0) return;
  let placed: Set<string> | undefined;
  for (const [c, k] of loneNames(tokens, out)) {
    // (Not a word that opens two names, "Commerce Ministry" and "Commerce Department", that
    // names a place inside another, "Salford Royal Hospital" and "University of Salford", or
    // an adjective, "Electoral councillor".)
    if (!opens.get(c.key) || inside.has(c.key) || ADJECTIVE_ENDING.test(c.key) || DEMONYM_ENDING.test(c.key))
      continue;
    if (c.end !== tokens[k]!.end || !nameable(tokens, k, k + 1, gz)) continue;
    // (Nor a place that names a body, which the text writes as a place too: "Millbrook City
    // Council ... a budget gap in Millbrook", "the state of Assam", "launches from the Cape".)
    placed ??= placeWords(tokens);
    if (!placed.has(c.key)) makeOrg(c);
  }
}

/**
 * Whether a title opens at token `at` and a capitalised name follows it: "President Ursula von der
 * Leyen", "Vice-President Teresa Ribera", "Chief Executive Dara Quill".
 */
function titleAt(tokens: Token[], at: number): boolean {
  let phrase = '';
  for (let n = 0; n < MAX_TITLE && at + n < tokens.length; n++) {
    const t = tokens[at + n]!;
    if (n > 0 && !joined(t)) return false;
    phrase = n === 0 ? bare(t) : `${phrase} ${bare(t)}`;
    const name = tokens[at + n + 1];
    if (TITLES.has(phrase) && name?.cap && joined(name) && !TITLES.has(bare(name))) return true;
  }
  return false;
}

/** Heads that name one body of a state alone after "the": "the Treasury", "the Army", "the Navy". */
const STATE_HEADS = new Set(['treasury', 'army', 'navy']);
/** The word of the level of a state a head serves, before it: "the National Treasury". */
const LEVEL = /^(?:National|Federal|State)$/;
/** Cue words that name no body alone, even capitalised: a firm's legal form, a word of the press. */
const NOT_HEAD =
  /^(?:co|inc|ltd|corp|plc|llc|llp|pty|pte|bhd|ag|gmbh|kgaa|sa|nv|bv|ab|asa|oyj|spa|limited|nations|times|post|news|press)$/;

/**
 * "the European Commission ... the Commission said", "the International Monetary Fund ... the
 * Fund", "a Commission official": a body's cue word alone, capitalised after "the" (or after "a"
 * before one who speaks for it), is the short form of the one body the text names in full with
 * that word, and takes its key, as news shortens a body's name once it has given it. Where the
 * text names no such body, or two ("the Bank of England and the European Central Bank ... the
 * Bank"), the word names nothing, but for the heads of a state's bodies that news names alone
 * (STATE_HEADS: "The Treasury declined to comment", "the U.S. Treasury said").
 */
function bodiesByHead(tokens: Token[], out: ActorCandidate[]): void {
  // (The bodies the text names in full, gathered at the first head that needs them.)
  const named: { bodies?: ActorCandidate[] } = {};
  // Few tokens are a body's head word: the loop only looks for them, and bodyByHead reads each
  // one found. (Kept out of the loop, the reading's many rarely taken turns no longer make V8
  // recompile the loop each time a text first takes one.)
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (
      t.cap &&
      (ORG.has(t.norm) || STATE_HEADS.has(t.norm)) &&
      !NON_BODY.has(t.norm) &&
      !NOT_HEAD.test(t.norm)
    )
      bodyByHead(tokens, k, out, named);
  }
}

/** The body the head word at `k` names alone, put into `out` in its place (see bodiesByHead). */
function bodyByHead(
  tokens: Token[],
  k: number,
  out: ActorCandidate[],
  named: { bodies?: ActorCandidate[] },
): void {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  // ("Commission President Ursula von der Leyen": before a title and the name it gives, the
  // word is the body the person heads.)
  const heads = next !== undefined && joined(next) && next.cap && titleAt(tokens, k + 1);
  if (next && joined(next) && (next.cap || next.norm === 'of' || next.norm === 'for') && !heads) return;
  if (!heads && (!joined(t) || /[-‐]/.test(next?.gap ?? ''))) return;
  // "the Treasury", "the U.S. Treasury" (a country's name between), "a Commission official",
  // "the National Treasury" (a state's head with the word of its level).
  let b = k - 1;
  const level = STATE_HEADS.has(t.norm) && LEVEL.test(tokens[b]!.text) && joined(t);
  if (level) b--;
  else if (b >= 1 && out.some((c) => c.kind === 'country' && c.end === tokens[b]!.end)) b--;
  const before = tokens[b]!;
  const article =
    heads ||
    before.norm === 'the' ||
    ((before.norm === 'a' || before.norm === 'an') && next && BODY_PEOPLE.test(next.norm));
  if (!article) return;
  const first = level ? tokens[k - 1]! : t;
  const at = out.findIndex((c) => c.start < t.end && c.end > first.start);
  const there = at >= 0 ? out[at]! : undefined;
  if (there && (there.kind !== 'person' || there.cued || there.start !== first.start || there.end !== t.end))
    return;
  named.bodies ??= out.filter(
    (c) => c.kind === 'organisation' && c.cued && !c.isAcronym && c.key.includes(' '),
  );
  const owners = new Set<string>();
  for (const c of named.bodies) if (c.key.split(' ').includes(t.norm)) owners.add(c.key);
  // (A name inside a longer one is the same body, and the shorter its name: "Bank of England",
  // "Two Bank of England policymakers".)
  for (const o of owners) for (const p of owners) if (o !== p && holdsName(o, p)) owners.delete(o);
  // (Alone, a state's head after "in" is where someone was, not who acted: "served in the Navy".)
  const alone =
    owners.size === 0 &&
    !heads &&
    STATE_HEADS.has(t.norm) &&
    !/^(?:in|into)$/.test(tokens[b - 1]?.norm ?? '');
  const key = level ? `${first.norm} ${t.norm}` : owners.size === 1 ? [...owners][0]! : alone ? t.norm : '';
  if (!key) return;
  const c = actorCandidate({
    start: first.start,
    end: t.end,
    text: level ? `${first.text} ${t.text}` : t.text,
    kind: 'organisation',
    key,
    cued: true,
  });
  if (alone && !level && owners.size === 0) c.alone = true;
  if (there) out[at] = c;
  else {
    const after = out.findIndex((o) => o.start > t.start);
    out.splice(after < 0 ? out.length : after, 0, c);
  }
  if (level) named.bodies = undefined;
}

/** Whether name `a` holds every word of name `b`, and more. */
function holdsName(a: string, b: string): boolean {
  const words = a.split(' ');
  return words.length > b.split(' ').length && b.split(' ').every((w) => words.includes(w));
}

const US_WORDS = set(US_POLITICS);
// (The states from the city-timezones data cities.json keeps, but those named like a country or
// the capital.)
const US_STATE = new Set(
  cityData.usStates.map((s) => normalizePhrase(s)).filter((s) => !US_STATES_NOT_CUES.includes(s)),
);
/**
 * A state's own legislature, lawmakers and offices after its name or "state": "the Iowa Senate",
 * "the state House", "Ohio lawmakers", "state Rep. Ann Kole", "Missouri Treasurer".
 */
const STATE_CHAMBER =
  /^(?:senate|house|assembly|legislature|capitol|statehouse|lawmakers|legislators|senators?|rep|sen|representative|constitution|treasurer|auditor|governor)$/;
/** Words of a state's legislature alone: "both chambers of the Legislature", "the 14th Senate District". */
const STATE_LEGISLATURE = /^(?:legislature|statehouse|district)$/;

/**
 * Whether a text names the US's federal legislature by its politics where it may name no other
 * form of the US: one of the two parties or the Capitol, or a state, capitalised ("Republicans",
 * "Ohio"; not a party of another country named with a word before: "Ostland Democrats"), and no
 * state's own legislature ("the Iowa Senate", "the state Senate", "the Legislature", "the 14th
 * Senate District"), which most news on a "Senate" and a state's parties is about.
 */
function namesUsLegislature(tokens: Token[]): boolean {
  let named = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    const state = US_STATE.has(t.norm) ? 1 : next && US_STATE.has(`${t.norm} ${next.norm}`) ? 2 : 0;
    const after = tokens[k + Math.max(1, state)];
    const chamber = after && joined(after) && STATE_CHAMBER.test(after.norm);
    if (t.cap && STATE_LEGISLATURE.test(t.norm)) return false;
    if (t.norm === 'state' && !t.cap && chamber) return false;
    if (!t.cap) continue;
    if (state > 0) {
      if (chamber) return false;
      named = true;
    } else if (US_WORDS.has(t.norm) && !(tokens[k - 1]?.cap && joined(t))) named = true;
  }
  return named;
}

/** A state's bodies that news names by their word alone, each country having its own. */
const STATE_BODIES = new Set([...STATE_HEADS, 'senate', 'parliament', 'congress']);
/** Those of them that a text on American politics means as the US's without naming it. */
const LEGISLATURES = new Set(['senate', 'congress']);

/**
 * "The Treasury declined to comment", "the Army said", "the Senate voted": a state's body named by
 * its word alone is the body of the country the text writes before that word ("the U.S. Treasury
 * ... the Treasury said") or, failing that, of the one country the text names by its name or
 * capital that has such a body (a text on a vote in the Senate that names only London and
 * Washington means the US one: Britain has no Senate), else of the one such country its
 * demonyms name ("American lawmakers"), and takes that country's name in its key: the Treasury
 * of a text about Britain is not that of one about the United States. Where no country stands out
 * it stays a body of its word alone, which joins no body of another text (see mergeActors).
 */
function bodiesOfItsCountry(tokens: Token[], out: ActorCandidate[], gz: Gazetteer): void {
  const bodies = out.filter(
    (c) =>
      c.kind === 'organisation' &&
      STATE_BODIES.has(c.key) &&
      (!c.canonical || normalizePhrase(c.canonical) === c.key),
  );
  if (bodies.length === 0) return;
  // (A body the text names with its country too is that one: "the U.S. Senate ... the Senate
  // voted", "the British Army ... the Army said"; not "the Treasury Committee".)
  const inFull = new Map<string, ActorCandidate>();
  for (const c of out) {
    const words = c.text.split(' ');
    const word = normalizePhrase(words.pop()!);
    if (c.kind !== 'organisation' || words.length === 0 || !STATE_BODIES.has(word)) continue;
    const rest = words.join(' ');
    if (gz.places.has(normalizePhrase(rest)) || gz.abbreviations.has(rest)) inFull.set(word, c);
  }
  // The countries the text names by a name, a capital or a seat (a demonym often only describes:
  // "Chinese visitors").
  const named = new Set<string>();
  const described = new Set<string>();
  const before = new Map<string, string>();
  let k = 0;
  for (const c of out) {
    if (c.kind !== 'country') continue;
    const phrase = normalizePhrase(c.text);
    if (!gz.demonyms.has(phrase) || gz.countryNames.has(phrase)) named.add(c.key);
    else described.add(c.key);
    while (k < tokens.length && tokens[k]!.start < c.end) k++;
    const next = tokens[k];
    if (next && next.cap && joined(next) && STATE_BODIES.has(next.norm)) before.set(next.norm, c.key);
  }
  // (A text on American politics names the US by its parties, its Capitol or a state, where it
  // may name no other form of it: "KYIV — The Senate voted ... Republicans had held it up".)
  let federal: boolean | undefined;
  const namedFor = (word: string) => {
    if (named.has('US') || !LEGISLATURES.has(word)) return named;
    federal ??= namesUsLegislature(tokens);
    return federal ? new Set([...named, 'US']) : named;
  };
  const holds = (word: string, code: string) =>
    word === 'parliament'
      ? !STATES_WITHOUT_PARLIAMENT.includes(code)
      : (STATE_BODY_HOLDERS[word]?.includes(code) ?? true);
  // (Of the countries named, the one that has such a body; a demonym's only where none has.)
  const onlyHolder = (word: string) => {
    const holders = [...namedFor(word)].filter((code) => holds(word, code));
    const told = holders.length > 0 ? holders : [...described].filter((code) => holds(word, code));
    return told.length === 1 ? told[0]! : '';
  };
  // (Of several, the one named last before it: "in Manila ... the Senate".)
  const nearestHolder = (body: ActorCandidate) => {
    let code = '';
    for (const c of out)
      if (c.start < body.start && c.kind === 'country' && named.has(c.key) && holds(body.key, c.key))
        code = c.key;
    return code;
  };
  for (const c of bodies) {
    const full = inFull.get(c.key);
    if (full) {
      c.key = full.key;
      c.canonical = full.canonical;
      continue;
    }
    // (Named by its word alone, it joins no body of another text, of its country or not.)
    c.alone = true;
    const code = before.get(c.key) ?? (onlyHolder(c.key) || nearestHolder(c));
    const country = gz.names.get(code);
    if (!country) continue;
    c.canonical = `${c.key[0]!.toUpperCase()}${c.key.slice(1)} (${country})`;
    c.key = `${c.key} ${code.toLowerCase()}`;
  }
}

/**
 * "Caroline van der Plas ... Van der Plas said", "Alex de Minaur ... de Minaur won": a surname
 * alone keeps the particles the text gives it in a person's full name, capitalised or not, so the
 * mention spans the surname as written.
 */
function surnameParticles(text: string, tokens: Token[], out: ActorCandidate[]): void {
  const full = new Set<string>();
  for (const c of out) {
    if (c.kind !== 'person' || !c.key.includes(' ')) continue;
    const words = c.key.split(' ');
    let k = words.length - 1;
    while (k > 1 && PARTICLES.has(words[k - 1]!)) k--;
    for (let j = k; j < words.length - 1; j++) full.add(words.slice(j).join(' '));
  }
  if (full.size === 0) return;
  let k = 0;
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (c.kind !== 'person' || c.key.includes(' ')) continue;
    if (tokens[k] && tokens[k]!.start > c.start) k = 0;
    while (k < tokens.length && tokens[k]!.start < c.start) k++;
    if (tokens[k]?.start !== c.start) continue;
    let from = k;
    while (from > 0 && from > k - 3 && PARTICLES.has(tokens[from - 1]!.norm) && joined(tokens[from]!)) from--;
    if (from === k) continue;
    // (Only as a full name of the text writes them: "Van der Plas" for "Caroline van der Plas".)
    for (let f = from; f < k; f++) {
      const words = normsJoined(tokens, f, k + 1);
      if (!full.has(words)) continue;
      // A new candidate, not this one's start moved: the first write to a field of candidates,
      // late in a first run, makes V8 throw away the compiled code of every function that reads
      // candidates (six of them recompiled in a cold parse of the bench's texts).
      const start = tokens[f]!.start;
      out[i] = actorCandidate({ ...c, start, text: text.slice(start, c.end) });
      break;
    }
  }
}

/** Endings of words that say where someone or something is from: "European", "Japanese", "Soviet". */
const DEMONYM_ENDING = /(?:ean|ese|ish|iet)$/;

/** The capitalised words the text writes alone after a preposition of place, "the" aside: "in Millbrook". */
function placeWords(tokens: Token[]): Set<string> {
  const words = new Set<string>();
  // (The last place read: a name listed after it is one too, "in Zelmar, Osvik and Quorran".)
  let last = -1;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    // (Alone: "shares of Zorvik Mining Group" is no place's.)
    if (!t.cap || (tokens[k + 1]?.cap && joined(tokens[k + 1]!))) continue;
    const p = tokens[k - 1]!.norm === 'the' ? tokens[k - 2] : tokens[k - 1];
    const listed = /^,\s+$/.test(t.gap) ? last === k - 1 : isAnd(tokens[k - 1]!) && last === k - 2;
    if (listed || (p && !p.cap && PLACE_BEFORE.test(p.norm))) {
      words.add(t.norm);
      last = k;
    }
  }
  return words;
}

/**
 * "David Baker, Demis Hassabis and John Jumper", "founded by Ana Lucía Ferreyra and Devin Okoro":
 * a full name without other evidence listed beside a person's name that has some is a person's
 * too; and so is one a relative clause of persons follows ("Xabi Alonso, who coached ..."), or
 * " as" and a person's title ("named X as chief executive"), or set off after a noun of persons.
 * Only names of two or three words, each capitalised, with no organisation's word.
 */
function joinedToPerson(text: string, out: ActorCandidate[]): void {
  const plain = (c: ActorCandidate) =>
    c.kind === 'person' &&
    !c.cued &&
    /^\p{Lu}[\p{L}’'-]+(?: (?:\p{Ll}{1,3} )?\p{Lu}[\p{L}’'-]+){1,2}$/u.test(c.text) &&
    !c.key.split(' ').some((w) => ORG.has(w));
  const person = (c: ActorCandidate | undefined) => c !== undefined && c.kind === 'person' && c.cued;
  const byStart = out.filter((c) => c.kind === 'person').sort((a, b) => a.start - b.start);
  // Two passes, so a list read left to right passes its evidence both ways.
  for (let pass = 0; pass < 2; pass++) {
    for (let n = 0; n < byStart.length; n++) {
      const c = byStart[n]!;
      if (!plain(c)) continue;
      const prev = byStart[n - 1];
      const next = byStart[n + 1];
      const listedAfter = person(prev) && LIST_GAP.test(text.slice(prev!.end, c.start));
      const listedBefore = person(next) && LIST_GAP.test(text.slice(c.end, next!.start));
      const described = /^,\s+who\s/.test(text.slice(c.end, c.end + 8)) || asRole(text, c.end);
      if (listedAfter || listedBefore || described || namedPerson(text, c)) c.cued = true;
    }
  }
}

/** Kin: who a person is to another ("his widow", "Tane Kupe's son"). */
const KIN = 'son|daughter|wife|husband|brother|sister|father|mother|widow|widower';
/** A noun that names a person, closing the phrase a name is set off after: "Africa's richest man, X,". */
const PERSON_NOUN = new RegExp(`\\b(?:man|woman|${KIN}|counterpart|opposite number)\\s*,\\s+$`);

/** A name set off by commas after a noun of persons: "His opposite number, Dean Maltby, praised". */
const namedPerson = (text: string, c: ActorCandidate) =>
  PERSON_NOUN.test(text.slice(Math.max(0, c.start - 20), c.start)) &&
  /^\s*[,.;]/.test(text.slice(c.end, c.end + 2));

/** Roles a firm is named to as often as a person: "hired Harcourt Lyle as adviser". */
const FIRM_ROLES =
  /^(?:advis[eo]rs?|auditors?|administrators?|brokers?|consultants?|trustees?|receivers?|managers?|agents?|counsel|sponsors?|partners?|operators?|contractors?|suppliers?|underwriters?)$/;

/** " as Leverkusen coach", " as chief executive": a person's role after the name. */
function asRole(text: string, end: number): boolean {
  const m = /^ as (?:(?:the|its|their|his|her) )?(?:\p{Lu}[\p{L}.-]* ){0,3}(\p{Ll}+)(?: (\p{Ll}+))?\b/u.exec(
    text.slice(end, end + 60),
  );
  if (!m) return false;
  const one = m[1]!;
  if (FIRM_ROLES.test(one) || FIRM_ROLES.test(m[2] ?? '')) return false;
  const two = m[2] === undefined ? '' : `${one} ${m[2]}`;
  return TITLES.has(one) || TITLES.has(two);
}

/** What separates two names of one list: ", ", " and ", ", and ". */
const LIST_GAP = /^(?:,\s+(?:and\s+)?|\s+and\s+)$/;

/** Whether the list item at token `k` is followed by more names and then "and" another: "X, Y and Z". */
function closedByAnd(tokens: Token[], k: number): boolean {
  let j = k + 1;
  for (let items = 0; items < 8; items++) {
    while (tokenAt(tokens, j)?.cap && joined(tokens[j]!)) j++;
    const next = tokenAt(tokens, j);
    if (!next) return false;
    if (isAnd(next) && joined(next)) return tokens[j + 1]?.cap === true && joined(tokens[j + 1]!);
    if (!next.cap || !/^,\s+$/.test(next.gap)) return false;
    j++;
  }
  return false;
}

/**
 * A plural owner, as organisations' names have them: "Workers' Party", "Supporters' Trust",
 * "People's Party", "Children's Hospital" (not "Modi's Bharatiya Janata Party", "the Commerce
 * Department's Bureau").
 */
const pluralOwner = (owner: Token, next: Token) =>
  owner.cap &&
  (/^['’][ \t\u00a0]+$/.test(next.gap)
    ? /s$/.test(owner.norm)
    : /^(?:people|children|women|men)$/.test(owner.norm));

/**
 * An office named by the title of the one who holds it: "the Information Commissioner's Office",
 * "the Prosecutor General's Office", "the District Attorney's Office" (token `k` is "Office").
 */
const officeOf = (tokens: Token[], k: number) =>
  tokens[k]!.norm === 'office' && /^['’]s\s$/.test(tokens[k]!.gap) && TITLE_LAST.has(tokens[k - 1]!.norm);

/** An organisation cue word among the `n` joined capitalised tokens from `k`. */
function cueWithin(tokens: Token[], k: number, n: number): boolean {
  for (let i = k; i < Math.min(tokens.length, k + n); i++) {
    const t = tokens[i]!;
    if (!t.cap || (i > k && !joined(t))) return false;
    if (ORG.has(t.norm)) return true;
  }
  return false;
}

/** A capitalised token next, maybe after one more connector ("Bank of the Congo"). */
function capAhead(tokens: Token[], k: number): boolean {
  const next = tokenAt(tokens, k);
  if (!next || !joined(next)) return false;
  if (next.cap) return true;
  const after = tokenAt(tokens, k + 1);
  return CONNECTORS.has(next.norm) && after !== undefined && after.cap && joined(after);
}

/**
 * Whether the word before token `at` is a noun that says the name from `at` is an organisation's:
 * "shipping group Maersk", "investment bank Harcourt Lyle", or one that opens a sentence and never
 * a name ("Drugmaker Halvex said"). Not before a title: "the central bank Governor Anna Berg".
 */
function describesOrg(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1]!;
  // ("the radio station France Inter", not "the railway station Gare du Nord".)
  const station = before.norm === 'station' && /^(?:radio|television|tv)$/.test(tokens[at - 2]?.norm ?? '');
  if ((!ORG_BEFORE.has(before.norm) && !station) || matchTitle(tokens, at, tokens.length) > 0) return false;
  // ("the Bristol duo Pale Harbour", not "the trio Jane Hart, Ola Berg and ...": players named.)
  // (Nor "the DJ and broadcaster Jamie Hale": a trade of persons before a given name.)
  if ((BAND.has(before.norm) || PERSON_TRADE.has(before.norm)) && isGivenName(tokens[at]!)) return false;
  return !before.cap || (sentenceInitial(before) && STOP.has(before.norm));
}

/** A number in a series, written in figures: "5th", "12th", "1st", "22nd". */
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;

/** Read one run of capitalised tokens; returns the index of the first token not consumed. */
function readRun(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  gz: Gazetteer,
  lowerWords: Set<string>,
  out: ActorCandidate[],
): number {
  let start = from;
  // Drop leading function words ("The", "Despite") and, at a sentence start, ordinary words that
  // appear in lower case elsewhere in the text ("Officials said").
  while (start < to) {
    const t = tokens[start]!;
    // (A month is a given name after a title, before a surname: "arbiter April Tenby".)
    const isStop = (STOP.has(bare(t)) && !monthGiven(tokens, start, to, false)) || !t.cap;
    // Sentence-initial adverbs and participles ("Clearly", "Speaking") are never names either.
    // (Unless a name opens with it: "World Bank", "New Zealand", "Downing Street".)
    const adverb = /^\p{Lu}\p{Ll}{2,}(?:ly|ing)$/u.test(t.text);
    const isCommon =
      sentenceInitial(t) &&
      (lowerWords.has(t.norm) || adverb) &&
      !gz.places.has(t.norm) &&
      !TITLES.has(bare(t)) &&
      !opensName(tokens, start, to, gz, !adverb) &&
      // ("Police Scotland believe", where "police" is written in lower case too: a word of a
      // public service before one of the nations' names that ends the run names a body, see
      // bodyOfCountry; not "Overall Scotland did well".)
      !(
        NATION_SERVICE.test(t.norm) &&
        start + 2 === to &&
        NATION.has(tokens[start + 1]!.norm) &&
        bodyOfCountry(text, tokens, [start], start + 1, 1, to, gz)
      );
    // ("Dravenick to Buy Osvik": a headline's verb after "to", before the name.)
    const toDo =
      start + 1 < to &&
      TO_DO.has(t.norm) &&
      tokens[start - 1]?.norm === 'to' &&
      !tokens[start - 1]!.cap &&
      joined(t) &&
      titleCaseLine(text, t.start);
    // ("Chief executive Anna Berg said": a title of words in lower case after its capitalised
    // first, before the name, opening a sentence.)
    const titleOpens =
      start + 1 === to && sentenceInitial(t) && TITLE_FIRST.has(bare(t)) && titleAt(tokens, start);
    if (!isStop && !isCommon && !toDo && !titleOpens) break;
    start++;
  }
  if (start >= to) return to;
  // Names joined by an ampersand are a firm's: "Johnson & Johnson", "Marks & Spencer", "Kirkland &
  // Ellis" (not initials, "R&D", nor a place, "Trinidad & Tobago").
  const amp = withAmpersand(tokens, to);
  if (amp > to && !isInitial(tokens[to - 1]!) && !isInitial(tokens[to]!)) {
    let from = to - 1;
    while (from > start && tokens[from - 1]!.cap) from--;
    const words = tokens.slice(from, amp).map((t) => t.norm);
    if (!gz.places.has(words.join(' ')) && !gz.places.has(words.join(' and '))) {
      // (What comes before "of" is read on its own: "Shares of Marks & Spencer".)
      let left = from;
      while (left > start && !tokens[left - 1]!.cap) left--;
      if (left > start) readRun(text, tokens, start, left, gz, lowerWords, out);
      emitOrg(text, tokens, from, amp, out);
      return amp;
    }
  }
  const whole = tokens.slice(start, to);
  const wholeKey = normsJoined(tokens, start, to);
  const known = KNOWN_FIRST.has(whole[0]!.text) && KNOWN.has(textsJoined(tokens, start, to));
  if (!gz.places.has(wholeKey) && !known) {
    // "shipping group Maersk", "the FNV union": a noun beside the name says what it names.
    // (Not a word that only opens the sentence: "Local union officials said".)
    const before = tokens[start - 1];
    const after = tokens[to];
    const lone = whole.length === 1 && sentenceInitial(whole[0]!) && !isAllCaps(whole[0]!);
    const ship = before?.norm === 'carrier' && tokens[start - 2]?.norm === 'aircraft';
    // "Brussels Airport said it had asked airlines": the body that runs a place says what only a
    // body says of itself (the place alone is none: "Flights at Brussels Airport").
    if (
      whole.length >= 2 &&
      RUN_PLACES.test(whole[whole.length - 1]!.norm) &&
      after &&
      FIRM_SAYS.test(text.slice(after.start, after.start + 48))
    ) {
      emitOrg(text, tokens, start, to, out);
      return to;
    }
    // "rival grocers Brackenfield and Orla Markets", "companies including Ocado, Symbotic and
    // AutoStore": a plural noun of companies before a list says each of its names is one.
    const items = orgList(tokens, start, to, gz);
    if (items) {
      for (const [a, b] of items) {
        const n = out.length;
        emitOrg(text, tokens, a, b, out);
        if (out.length > n && b === a + 1) evidenced.push(out[n]!);
      }
      listNext = items.length > 1 ? -1 : to;
      return to;
    }
    if (before && joined(whole[0]!) && describesOrg(tokens, start) && !ship) {
      let end = withAmpersand(tokens, to);
      // (A compound of two names is one firm's after its noun: "the champagne house Vallard-Roux".)
      while (end === to && tokens[end]?.cap && /^[-‐]$/.test(tokens[end]!.gap)) end = ++to;
      const n = out.length;
      emitOrg(text, tokens, start, end, out);
      // (A name of one word links its other mentions, unless it is a person's surname: see
      // linkEvidenced.)
      if (out.length > n && end === start + 1) evidenced.push(out[n]!);
      return end;
    }
    // (A feast's party is none: "the Halloween party".)
    const feast = after?.norm === 'party' && wholeKey.replace(/’/g, "'") in HOLIDAYS;
    if (after && !after.cap && joined(after) && ORG_AFTER.has(after.norm) && !lone && !feast) {
      // "the National party" names the party; "the FNV union" is FNV.
      emitOrg(text, tokens, start, after.norm === 'party' ? to + 1 : to, out);
      return to;
    }
    // In a sports report, a city with a name before or after it is a team ("Denver Nuggets",
    // "Bayern Munich"), unless the name has a person's evidence ("quarterback Lamar Jackson").
    const team = sportsReport ? teamSplit(tokens, start, to, gz) : null;
    if (team && playsAsTeam(text, tokens, start, to)) return readTeam(text, tokens, start, to, gz, out, team);
    // In a sports report, two or three name words after "the" that end in a plural are a team's
    // ("the Golden State Warriors", "the Brooklyn Nets"), unless a person's evidence says otherwise.
    if (sportsReport && pluralTeam(tokens, start, to, gz))
      return readTeam(text, tokens, start, to, gz, out, {
        city: whole.slice(0, -1).map((t) => t.norm),
        name: [whole[whole.length - 1]!.norm],
      });
    // In a sports report, a club's name after "and" or "for" is one of its own, and so is what
    // comes before: "Kestrel Athletic and Harlow Town" (a town's word beside another club's name
    // is a club's too), "Wins for Ashworth Rovers".
    const club = sportsReport ? clubAfterConnector(text, tokens, start, to, gz) : -1;
    if (club > start) {
      readRun(text, tokens, start, club - 1, gz, lowerWords, out);
      return readTeam(text, tokens, club, to, gz, out, {
        city: tokens.slice(club, to - 1).map((t) => t.norm),
        name: [whole[whole.length - 1]!.norm],
      });
    }
    // In a sports report, a name that ends in a club's word is a team's ("Hallam Rovers"; a town's
    // word, "Eastwick City", only where the text writes it as a team's).
    if (sportsReport && clubTeam(text, tokens, start, to, gz))
      return readTeam(text, tokens, start, to, gz, out, {
        city: whole.slice(0, -1).map((t) => t.norm),
        name: [whole[whole.length - 1]!.norm],
      });
    const org = orgSpan(tokens, start, to, gz);
    // ("Athens-based Kallistos Maritime": the place it is in is no part of the name.)
    if (org && org.from === start && org.to - org.from > 1 && PLACED.test(tokens[start]!.norm))
      org.from = ++start;
    if (org) {
      // (What comes before "and" or "of" is read as a run of its own: it may hold an organisation
      // or a person too.)
      let left = org.from;
      while (left > start && !tokens[left - 1]!.cap && /^(?:and|of|the)$/.test(tokens[left - 1]!.norm))
        left--;
      if (left < org.from) readRun(text, tokens, start, left, gz, lowerWords, out);
      else if (org.from > start) segment(text, tokens, start, org.from, gz, out);
      emitOrg(text, tokens, org.from, org.to, out);
      // The rest of the run: "Transport Ministry and Deputy Minister Anna Berg".
      return org.to < to ? readRun(text, tokens, org.to, to, gz, lowerWords, out) : to;
    }
    // A name of two words or more that defines its initials is a body's, with or without a cue
    // word: "Communications Workers of America (CWA)", "Rashtriya Janata Dal (RJD)" (not a
    // measure, a law or a time: "Retail Prices Index (RPI)", "British Summer Time (BST)").
    const head = whole[whole.length - 1]!;
    if (whole.length >= 2 && !NOT_BODY_HEAD.has(bare(head)) && acronymAfter(text, head.end, whole)) {
      emitOrg(text, tokens, start, to, out);
      return to;
    }
    // "state-owned Codelco", "an analyst at Recorded Future", "Euroclear's chief executive": the
    // words around a name may say it is a company's or a body's.
    const evidence = orgEvidence(text, tokens, start, to, gz);
    // (A source cited by a person's surname is the person: "Marine Le Pen ... Le Pen reported";
    // and so is one who says what a firm would: "Alex de Minaur ... Minaur said it would".)
    if (
      evidence &&
      !((evidence.cited || evidence.verb) && surnameOfPerson(out, normsJoined(tokens, start, to)))
    ) {
      if (evidence.cited && readSources(text, tokens, evidence.from, to, gz, out)) return to;
      return readEvidenced(text, tokens, evidence, to, gz, out);
    }
  }
  return segment(text, tokens, start, to, gz, out);
}

/**
 * A sports report: two of its words in lower case ("coach", "striker", "playoffs"...), or one and a
 * score ("won 2-1").
 */
function isSportsReport(text: string, lowerWords: Set<string>): boolean {
  let n = 0;
  for (const w of SPORTS) if (lowerWords.has(w) && ++n >= 2) return true;
  return n === 1 && SCORE.test(text);
}

/** Whether tokens[at, at + len) name a city (not one that is also a given name: "Florence"). */
function cityAt(tokens: Token[], at: number, len: number): boolean {
  if (len === 1 && isGivenName(tokens[at]!)) return false;
  return CITIES.has(normsJoined(tokens, at, at + len));
}

/** Capitalised words that can be a team's name beside its city: no place, title or given name. */
function teamWords(tokens: Token[], from: number, to: number, gz: Gazetteer): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const w = bare(t);
    if (!t.cap || NOT_TEAM.has(w) || STOP.has(w) || TITLES.has(w) || gz.places.has(t.norm)) return false;
    if (CITIES.has(t.norm) || isGivenName(t) || PREFIX.has(w)) return false;
  }
  return true;
}

/**
 * The run tokens[from, to) as a team named by its city, split into the city's words and the rest:
 * the city and one or two words ("Denver Nuggets", "Oklahoma City Thunder"), or one word and the
 * city ("Bayern Munich", "Real Madrid", "RB Leipzig"); null when it is no such name.
 */
function teamSplit(
  tokens: Token[],
  from: number,
  to: number,
  gz: Gazetteer,
): { name: string[]; city: string[] } | null {
  const n = to - from;
  if (n < 2 || n > MAX_CITY + 2 || (n <= MAX_CITY && cityAt(tokens, from, n))) return null;
  const norms = (a: number, b: number) => tokens.slice(a, b).map((t) => t.norm);
  for (let len = Math.min(MAX_CITY, n - 1); len >= 1; len--) {
    if (n - len <= 2 && cityAt(tokens, from, len) && teamWords(tokens, from + len, to, gz))
      return { city: norms(from, from + len), name: norms(from + len, to) };
    if (n - len === 1 && cityAt(tokens, to - len, len) && teamWords(tokens, from, to - len, gz))
      return { city: norms(to - len, to), name: norms(from, to - len) };
  }
  return null;
}

/**
 * The run tokens[from, to) as a team (`team` its city's words and the rest), unless read as names
 * it gives a person by a person's evidence ("quarterback Lamar Jackson"); the team is remembered
 * for its short forms. Returns the index of the first token not consumed.
 */
function readTeam(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  gz: Gazetteer,
  out: ActorCandidate[],
  team: { name: string[]; city: string[] },
): number {
  const read: ActorCandidate[] = [];
  const end = segment(text, tokens, from, to, gz, read);
  if (read.some((c) => c.kind === 'person' && c.cued)) {
    out.push(...read);
    return end;
  }
  emitOrg(text, tokens, from, to, out);
  teamsFound.push(team);
  return to;
}

/**
 * Whether tokens[from, to) are two or three words of a name after a lower-case "the", the last a
 * plural ("the Golden State Warriors"): not an event, an award, an era or a place ("the
 * Commonwealth Games", "the Golden Globes", "the Middle Ages"), a title, a given name or a
 * country's word ("the Argentine Mariano Salas").
 */
function pluralTeam(tokens: Token[], from: number, to: number, gz: Gazetteer): boolean {
  const n = to - from;
  const before = tokens[from - 1];
  // ("The Kowhai Falcons reached the final": a sentence may open with it.)
  const the = before?.text === 'the' || (before?.text === 'The' && sentenceInitial(before));
  if (n < 2 || n > 3 || !the || !joined(tokens[from]!)) return false;
  const last = tokens[to - 1]!;
  if (!/^\p{Lu}\p{Ll}+[^su]s$/u.test(last.text) || NOT_TEAM_PLURAL.has(last.norm) || NOT_TEAM.has(last.norm))
    return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (
      !/^\p{Lu}[\p{Ll}\p{Lu}]*$/u.test(t.text) ||
      STOP.has(bare(t)) ||
      TITLES.has(bare(t)) ||
      isGivenName(t) ||
      gz.places.has(t.norm)
    )
      return false;
  }
  return true;
}

/**
 * Whether tokens[from, to) are one or two name words and a club's last word (CLUB_WORDS): "Hallam
 * Rovers", "Northgate Athletic"; with a town's word, where the text writes it as a team's too
 * ("beat Eastwick City 3-1"). Not a city's own name ("Mexico City", "Kansas City").
 */
function clubTeam(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  gz: Gazetteer,
  listed = false,
): boolean {
  const n = to - from;
  if (n < 2 || n > 3) return false;
  const last = tokens[to - 1]!.norm;
  const town = CLUB_TOWN.has(last);
  if ((!town && !CLUB.has(last)) || cityAt(tokens, from, n)) return false;
  return teamWords(tokens, from, to - 1, gz) && (!town || listed || playsAsTeam(text, tokens, from, to));
}

/**
 * Where a club's name (clubTeam) ends the run tokens[from, to) after "and" or "for": the index of
 * its first word, or -1. A town's word ("Harlow Town") counts where the words before "and" end in
 * a club's word too ("Kestrel Athletic and Harlow Town").
 */
function clubAfterConnector(text: string, tokens: Token[], from: number, to: number, gz: Gazetteer): number {
  for (let k = Math.max(from + 1, to - 4); k < to - 2; k++) {
    const t = tokens[k]!;
    if (t.cap || (t.norm !== 'and' && t.norm !== 'for')) continue;
    if (clubTeam(text, tokens, k + 1, to, gz)) return k + 1;
    const before = tokens[k - 1]!.norm;
    const sibling = t.norm === 'and' && (CLUB.has(before) || CLUB_TOWN.has(before) || before === 'united');
    if (sibling && CLUB_TOWN.has(tokens[to - 1]!.norm) && clubTeam(text, tokens, k + 1, to, gz, true))
      return k + 1;
  }
  return -1;
}

/**
 * A team's name without its city, or its city alone, is the team where a sports report writes it
 * on its own: "the Lakers", "Bayern", "Dortmund coach" (not a city after "in", "at", "from", "to"
 * or "near": "the game in Denver", nor in capitals, as datelines write it).
 */
function teamShortForms(tokens: Token[], out: ActorCandidate[]): void {
  // (A bare name read as a person's without evidence gives way: "Thunder" in "the Thunder".)
  const taken = (start: number, end: number) =>
    out.some((c) => c.start < end && start < c.end && (c.kind !== 'person' || c.cued));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    // (Not inside a longer name; "The Nuggets" opening a sentence is the team.)
    if (!t.cap || (prev?.cap && joined(t) && !STOP.has(bare(prev)))) continue;
    for (const team of teamsFound)
      for (const [words, isCity] of [
        [team.name, false],
        [team.city, true],
      ] as const) {
        const n = words.length;
        if (n === 0 || !words.every((w, i) => tokens[k + i]?.norm === w && tokens[k + i]!.cap)) continue;
        const after = tokens[k + n];
        if (after?.cap && joined(after)) continue;
        // (Nor a dateline's city: "PROVIDENCE, R.I. (AP) --".)
        if (isCity && (/^(?:in|at|from|to|near)$/.test(tokens[k - 1]?.norm ?? '') || isAllCaps(t))) continue;
        const last = tokens[k + n - 1]!;
        if (taken(t.start, last.end)) continue;
        for (let i = out.length - 1; i >= 0; i--)
          if (out[i]!.start < last.end && t.start < out[i]!.end) out.splice(i, 1);
        out.push(
          actorCandidate({
            start: t.start,
            end: last.end,
            text: tokens
              .slice(k, k + n)
              .map((x) => x.text)
              .join(' '),
            kind: 'organisation',
            key: words.join(' '),
            cued: false,
          }),
        );
      }
  }
}

/**
 * Words before a team's name: "the Denver Nuggets", "beat Borussia Dortmund", "against ...", a
 * score ("drew 1-1 with VfB Stuttgart").
 */
const TEAM_BEFORE =
  /(?:\d\s+(?:with|against|at|to)|\b(?:the|beat|beats|beating|routed|against|over|host|hosts|hosted|hosting|face|faces|faced|facing|visit|visits|visited|visiting|joined|joins|join))\s+$/i;
/**
 * Words after it: a score, a result, a plural verb ("Real Madrid have"), one of its people ("Miami
 * Heat forward").
 */
const TEAM_AFTER =
  /^(?:['’]s?)?\s+(?:\d|(?:drew|beat|routed|defeated|have|are|were|forward|guard|center|centre|coach|manager|striker|midfielder|defender|goalkeeper|captain|quarterback|pitcher|fans|supporters|players|squad)\b)/i;

/**
 * Whether the text writes the name tokens[from, to) the way it writes a team somewhere: after "the"
 * or a verb of playing, or before a score, a result or a player's role. A person named after a city
 * ("Austin Reaves missed his shot") is written in none of these ways.
 */
function playsAsTeam(text: string, tokens: Token[], from: number, to: number): boolean {
  const name = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (TEAM_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return true;
    if (TEAM_AFTER.test(text.slice(at + name.length, at + name.length + 16))) return true;
  }
  return false;
}

/**
 * Whether a name opens at token `at` of a run, so that its first word is part of it even where
 * the text uses that word in lower case too ("the world economy", "new homes"): a place ("New
 * Zealand"), a known organisation or a title ("Chief Executive Tim Cook"); with `cued`, also an
 * organisation named by a cue word right after the word or by the word itself ("World Bank
 * President Ajay Banga", "Bank of Japan"), but not across "of" ("Members of the Transport Staff
 * Association").
 */
function opensName(tokens: Token[], at: number, to: number, gz: Gazetteer, cued: boolean): boolean {
  let phrase = tokens[at]!.norm;
  let words = tokens[at]!.text;
  for (let k = at + 1; k < Math.min(to, at + MAX_KNOWN); k++) {
    phrase = `${phrase} ${tokens[k]!.norm}`;
    words = `${words} ${tokens[k]!.text}`;
    if (gz.places.has(phrase) || KNOWN.has(words) || TITLES.has(phrase)) return true;
  }
  if (!cued || !(ORG.has(tokens[at]!.norm) || tokens[at + 1]?.cap)) return false;
  return orgSpan(tokens, at, to, gz)?.from === at;
}

/** The end of a name that goes on after an ampersand: "Harlow & Finch", "Hale & Brandt". */
function withAmpersand(tokens: Token[], to: number): number {
  let end = to;
  while (tokens[end]?.cap && /^\s?&\s?$/.test(tokens[end]!.gap)) {
    end++;
    while (tokens[end]?.cap && joined(tokens[end]!)) end++;
  }
  return end;
}

/** A German compound that ends in a body's noun: "Wahlgruppe", "Bundesverband", "Kartellamt". */
const COMPOUND_BODY =
  /^\p{L}{3,}(?:gruppe|verband|partei|ministerium|gesellschaft|stiftung|kammer|agentur|institut|gewerkschaft|\p{L}amt)$/u;

/** If the run holds an organisation cue word, the organisation's first token. */
function orgSpan(
  tokens: Token[],
  from: number,
  to: number,
  gz: Gazetteer,
): { from: number; to: number } | null {
  // ("the Premier League": a title's word after "the" and before a cue word that ends the run
  // opens the body's name; a person's title takes no "the" before a name.)
  if (
    to - from === 2 &&
    tokens[from - 1]?.norm === 'the' &&
    joined(tokens[from]!) &&
    joined(tokens[from + 1]!) &&
    TITLES.has(bare(tokens[from]!)) &&
    ORG.has(tokens[from + 1]!.norm) &&
    !NOT_BODY_HEAD.has(tokens[from + 1]!.norm)
  )
    return { from, to };
  // The last cue word first; one that names nothing alone gives way to one before it, whose
  // complement may hold it: "Independent Office for Police Conduct".
  for (let k = to - 1; k >= from; k--) {
    const t = tokens[k]!;
    // ("Nordvik Shipping AS": a Norwegian or Danish firm's legal form, in capitals, not the word "as".)
    // ("Wahlgruppe Nordost", "Bundesverband Deutscher Banken", "Linkspartei": German joins its
    // noun to the words before it.)
    const compound = COMPOUND_BODY.test(t.norm);
    const cues =
      ORG.has(t.norm) ||
      (compound && k > from) ||
      (ORG_HEAD.has(t.norm) && headsName(tokens, from, to, k)) ||
      (t.text === 'AS' && k === to - 1 && k > from);
    // "Partido dos Trabalhadores", "Banco de España": the name runs on to the run's end.
    // (Not in a headline in title case: "Banca Vellano Slumps Before Verdict".)
    if (
      t.cap &&
      !cues &&
      (ORG_FIRST.has(t.norm) || compound) &&
      k + 1 < to &&
      !titleCaseLine(reading, t.start)
    ) {
      let last = k + 1;
      // (Not on into an English complement: "Wahlgruppe Nordost for the broadcaster".)
      while (
        last < to &&
        !(tokens[last]!.cap && TITLES.has(bare(tokens[last]!))) &&
        !isAnd(tokens[last]!) &&
        tokens[last]!.norm !== 'for'
      )
        last++;
      while (last > k + 1 && !tokens[last - 1]!.cap) last--;
      if (last > k + 1) return { from: k, to: last };
    }
    if (!t.cap || !cues || endsPlace(tokens, from, k, gz) || inTitle(tokens, from, to, k)) continue;
    const span = spanAtCue(tokens, from, to, k, gz);
    if (span) return span;
  }
  return null;
}

/** The organisation's name around its cue word tokens[cue], inside tokens[from, to), or null. */
function spanAtCue(
  tokens: Token[],
  from: number,
  to: number,
  cue: number,
  gz: Gazetteer,
): { from: number; to: number } | null {
  let first = cue;
  // Walk back over name words and "of"/"and"/"the" ("University of California Press", "Bread and
  // Peace Forum"); stop at titles, so "President of the Council" keeps its person, and at "for".
  // Not back over an "and" that ends a titled person ("President Anna Berg and Central Bank
  // Governor ..."), nor one right before a cue word with its complement: "the Ministry of Health
  // and Bank of Greece" is two names.
  const opensName =
    first > from && isAnd(tokens[first - 1]!) && tokens[cue + 1]?.norm === 'of' && !tokens[cue + 1]!.cap;
  // ("Prosecutor General's Office": the title that owns the office is part of its name.)
  const owned = cue > from && officeOf(tokens, cue);
  while (!opensName && first > from) {
    const prev = tokens[first - 1]!;
    if (owned && prev.cap && TITLES.has(bare(prev)) && !STOP.has(bare(prev))) {
      first--;
      continue;
    }
    const inner = !prev.cap && (prev.norm === 'of' || prev.norm === 'and' || prev.norm === 'the');
    // ("Leeds General Infirmary", "the UN General Assembly": "General" before the cue word is no title.)
    const general = prev.norm === 'general' && first === cue;
    if ((TITLES.has(bare(prev)) && !general) || (!prev.cap && !inner) || (prev.cap && STOP.has(bare(prev))))
      break;
    if (isAnd(prev) && titledBefore(tokens, from, first - 1)) break;
    // "Lufthansa and British Airways": a known name before "and" is a name of its own.
    if (isAnd(prev) && first - 2 >= from && knownEndsAt(tokens, from, first - 2)) break;
    // "SK Group and Hyundai Motor Group": a name of two words or more that ends in a cue word of
    // its own before "and" is another name. ("Bread and Peace Forum" is one.)
    if (
      isAnd(prev) &&
      first - 3 >= from &&
      ORG.has(tokens[first - 2]!.norm) &&
      tokens[first - 2]!.cap &&
      tokens[first - 3]!.cap
    )
      break;
    if (isAnd(prev) && twoNames(tokens, from, first - 1, cue, gz)) break;
    // "the Bank of England and the European Central Bank": "and the" opens another name.
    if (prev.norm === 'the' && !prev.cap && tokens[first - 2] && isAnd(tokens[first - 2]!)) break;
    // Back over "of" only into a name that is an organisation's or a place's itself ("Catholic
    // University of America School of Nursing", "University of California Press"): "Helen Marsh
    // of the University of Surrey" and "Alan Whitford of Duke University" are a person and where
    // they work.
    if (!prev.cap && prev.norm === 'of' && !nameBeforeHolds(tokens, from, first - 1, gz)) break;
    first--;
  }
  while (first < cue && !tokens[first]!.cap) first++;
  // Forward only through "of"/"for" complements: "Council of Economic Advisers".
  let last = cue + 1;
  const next = tokens[last];
  if (next && !next.cap && (next.norm === 'of' || next.norm === 'for')) {
    let j = last;
    while (
      j < to &&
      !(tokens[j]!.cap && TITLES.has(bare(tokens[j]!))) &&
      (tokens[j]!.cap || ['of', 'for', 'the', 'and'].includes(tokens[j]!.norm))
    )
      j++;
    while (j > last && !tokens[j - 1]!.cap) j--;
    last = j;
  }
  if (first === cue && last === cue + 1) return null; // a lone cue word ("Court") names nothing
  return { from: first, to: last };
}

const isAnd = (t: Token) => !t.cap && t.norm === 'and';

/**
 * Whether the "and" at token `and`, inside a name that ends in the cue word tokens[cue], joins
 * two names, not two words of one: "Standard Chartered and Lloyds Banking Group", "Santander UK
 * and Nationwide Building Society". Either side is a name of two words or more (the right one
 * before its cue word) and the left one opens with no qualifier that may govern both ("National
 * Geology and Mining Service", "Nigerian Midstream and Downstream Petroleum Regulatory
 * Authority", "Human Environment and Transport Inspectorate": one word before the cue), or a
 * person's full name is the left one ("Todd Boehly and Clearlake Capital"); or the
 * text writes one side alone elsewhere ("Metro Bank and Shawbrook Group ... Shawbrook said").
 */
function twoNames(tokens: Token[], from: number, and: number, cue: number, gz: Gazetteer): boolean {
  let left = and;
  while (left > from && tokens[left - 1]!.cap && !TITLES.has(bare(tokens[left - 1]!))) left--;
  if (left === and) return false;
  const before = tokens[left - 1];
  // (Not inside a complement: "Alliance of Motion Picture and Television Producers".)
  if (before && !before.cap && /^(?:of|for)$/.test(before.norm)) return false;
  // A surname after its particles ends a person's name, which is no word of a body's: "Ursula
  // von der Leyen and Council President Antonio Costa", "Alex de Minaur and Tennis Australia".
  if (left - 2 >= from && before && !before.cap && PARTICLES.has(before.norm)) return true;
  // (A country before the name is none of its words: "the U.S. Chemical Safety and Hazard
  // Investigation Board".)
  let opens = left;
  while (opens < and - 1 && (gz.places.has(tokens[opens]!.norm) || gz.abbreviations.has(tokens[opens]!.text)))
    opens++;
  const opener = tokens[opens]!.norm;
  const qualified =
    ADJECTIVE_ENDING.test(opener) ||
    DEMONYM_ENDING.test(opener) ||
    gz.places.has(opener) ||
    PLACED.test(opener);
  const words = and - opens;
  const right = cue - and - 1;
  if (words >= 2 && right >= 2 && !qualified) return true;
  // ("Herbert Art Gallery and Museum": a body's words are no person's.)
  let cued = false;
  for (let k = opens; k < and; k++) cued ||= ORG.has(tokens[k]!.norm) || ORG_HEAD.has(tokens[k]!.norm);
  // (The right one may be the cue word alone where a title follows it: "Anna Berg and Council
  // President Tom Hale".)
  const titled = right >= 1 || (tokens[cue + 1]?.cap === true && TITLES.has(bare(tokens[cue + 1]!)));
  if (words >= 2 && titled && isGivenName(tokens[opens]!) && !cued) return true;
  // (Either side of two words or more: one word alone is often a place, "Devon and Cornwall
  // Police", "the Millhaven and Lake Erie Railway".)
  return (
    (words >= 2 && !qualified && writtenAlone(tokens, opens, and)) ||
    (right >= 2 && writtenAlone(tokens, and + 1, cue + 1))
  );
}

/**
 * Whether the text being read writes the words of tokens[from, to) elsewhere as a name of their
 * own, inside a sentence: not beside another capitalised word, "and" or "of".
 */
function writtenAlone(tokens: Token[], from: number, to: number): boolean {
  const name = textsJoined(tokens, from, to);
  for (let at = reading.indexOf(name); at >= 0; at = reading.indexOf(name, at + 1)) {
    if (at === tokens[from]!.start) continue;
    const before = reading.slice(Math.max(0, at - 30), at);
    const after = reading.slice(at + name.length, at + name.length + 30);
    if (/[\p{L}\p{N}&-]$/u.test(before) || /^[\p{L}\p{N}&-]/u.test(after)) continue;
    if (/(?:^|[.!?:;"“‘(\n]\s*)$/.test(before)) continue;
    if (/\p{Lu}[\p{L}.'’-]*\s$|\b(?:and|of|for|the)\s$/u.test(before)) continue;
    if (/^(?:['’]s)?\s+(?:\p{Lu}|(?:and|of|for|&)\s)/u.test(after)) continue;
    return true;
  }
  return false;
}

/**
 * The names of the run tokens[from, to), split at "and", where a plural noun of companies opens
 * their list ("rival grocers Brackenfield and Orla Markets", "companies such as Ocado and
 * Symbotic"), the list goes on after a comma ("companies including Ocado, Symbotic and
 * AutoStore"), or the next sentence counts it as companies (countedAfter); null where it is no
 * such list or a name could be a person's or a place's.
 */
function orgList(tokens: Token[], from: number, to: number, gz: Gazetteer): [number, number][] | null {
  const first = tokens[from]!;
  const word = tokens[from - 1];
  const goesOn =
    word !== undefined &&
    ((from === listNext && /^,\s+$/.test(first.gap)) ||
      (from - 1 === listNext && isAnd(word) && /^,\s+$/.test(word.gap) && joined(first)));
  if (!goesOn && !nounBeforeList(tokens, from) && !countedAfter(tokens, from, to)) return null;
  const items: [number, number][] = [];
  let a = from;
  for (let j = from; j <= to; j++) {
    if (j < to && tokens[j]!.cap) continue;
    if (j < to && !isAnd(tokens[j]!)) return null;
    if (j === a || !nameable(tokens, a, j, gz)) return null;
    items.push([a, j]);
    a = j + 1;
  }
  return items;
}

/** Whether a plural noun of companies opens the list at token `from`: "rival grocers", "banks such as". */
function nounBeforeList(tokens: Token[], from: number): boolean {
  let k = from - 1;
  const word = tokens[k];
  if (!word || word.cap || !joined(tokens[from]!)) return false;
  if (word.norm === 'including' || word.norm === 'like') k--;
  else if (word.norm === 'as' && tokens[k - 1]?.norm === 'such') k -= 2;
  const noun = tokens[k];
  // ("Banks such as Halden": a sentence may open with the noun.)
  return (
    noun !== undefined &&
    (!noun.cap || sentenceInitial(noun)) &&
    ORG_PLURAL.has(noun.norm) &&
    joined(tokens[k + 1]!)
  );
}

/** Counts written as words, from two: "the two discounters". */
const COUNT_WORDS = ['two', 'three', 'four', 'five', 'six'];

/**
 * Whether the run tokens[from, to), names joined by "and" that open a sentence, is counted by the
 * next sentence's subject as companies: "Aldi and Lidl have been the biggest winners. The two
 * German-owned discounters now hold 19.6%" (the count, up to three words, then a plural noun of
 * companies; not "Anna Berg and Tomas Novak met. The two ministers", a noun of persons).
 */
function countedAfter(tokens: Token[], from: number, to: number): boolean {
  if (!sentenceInitial(tokens[from]!)) return false;
  let names = 1;
  for (let k = from; k < to; k++) if (isAnd(tokens[k]!)) names++;
  if (names < 2) return false;
  let k = to;
  // (Indices checked against the length, not read past it: a read out of bounds had V8 compile
  // orgList, which inlines this, again.)
  while (k < to + 40 && k < tokens.length && !opensSentence(tokens[k]!)) k++;
  if (k >= tokens.length || tokens[k]!.norm !== 'the') return false;
  if (COUNT_WORDS.indexOf(k + 1 < tokens.length ? tokens[k + 1]!.norm : '') + 2 !== names) return false;
  for (let n = k + 2; n <= k + 5 && n < tokens.length && joined(tokens[n]!); n++)
    if (!tokens[n]!.cap && ORG_PLURAL.has(tokens[n]!.norm)) return true;
  return false;
}

/**
 * Whether token `k` ends a name in the run tokens[from, to) after another word, and is no
 * complement after "of" or "for": "Hanseong Electronics and the firm Lumitek", not "Federation of
 * Logistics and Purchasing", "Institute for Supply Management", "Water of Leith".
 */
function headsName(tokens: Token[], from: number, to: number, k: number): boolean {
  if (k === from || (k + 1 < to && tokens[k + 1]!.cap)) return false;
  for (let i = from + 1; i < k; i++)
    if (!tokens[i]!.cap && /^(?:of|for)$/.test(tokens[i]!.norm)) return false;
  return true;
}

/** Whether token `k` is a word of a title that opens up to two words before it: "Chief Cabinet Secretary". */
function inTitle(tokens: Token[], from: number, to: number, k: number): boolean {
  for (let s = Math.max(from, k - 2); s < k; s++) if (matchTitle(tokens, s, to) > k - s) return true;
  return false;
}

/** Whether a known organisation's name ends at token `k` ("Lufthansa", "Goldman Sachs"). */
function knownEndsAt(tokens: Token[], from: number, k: number): boolean {
  let phrase = tokens[k]!.text;
  for (let start = k; start >= Math.max(from, k - MAX_KNOWN + 1); start--) {
    if (start < k) phrase = `${tokens[start]!.text} ${phrase}`;
    if (KNOWN.has(phrase)) return true;
  }
  return false;
}

/**
 * Whether the capitalised words right before token `at` belong to an organisation's name: one
 * word ("House of Delegates", "Friends of the Library"), or words holding an organisation cue or
 * a place. Two or more words without either are a person's name ("Helen Marsh of the ...").
 */
function nameBeforeHolds(tokens: Token[], from: number, at: number, gz: Gazetteer): boolean {
  let words = 0;
  for (let k = at - 1; k >= from && tokens[k]!.cap && !TITLES.has(bare(tokens[k]!)); k--) {
    if (ORG.has(tokens[k]!.norm) || gz.places.has(tokens[k]!.norm)) return true;
    words++;
  }
  return words < 2;
}

/** Whether the capitalised words right before token `at` follow a title ("President Anna Berg"). */
function titledBefore(tokens: Token[], from: number, at: number): boolean {
  let k = at - 1;
  while (k >= from && tokens[k]!.cap && !TITLES.has(bare(tokens[k]!))) k--;
  return k >= from && k < at - 1 && TITLES.has(bare(tokens[k]!));
}

/** Is token k the last word of a place name ("Russian Federation", "United Nations" is not)? */
function endsPlace(tokens: Token[], from: number, k: number, gz: Gazetteer): boolean {
  let phrase = tokens[k]!.norm;
  for (let len = 2; len <= 4 && k - len + 1 >= from; len++) {
    phrase = `${tokens[k - len + 1]!.norm} ${phrase}`;
    if (gz.places.has(phrase)) return true;
  }
  return false;
}

function emitOrg(text: string, tokens: Token[], from: number, to: number, out: ActorCandidate[]) {
  // ("the 4th Zelwyn Circuit Court of Appeals", "the 12th Motorised Brigade": its number in a series
  // of such bodies opens its name, after "the"; not a firm's, "the 18th Kiln & Glaze fair".)
  if (
    from >= 2 &&
    ORDINAL.test(tokens[from - 1]!.text) &&
    joined(tokens[from]!) &&
    tokens[from - 2]!.norm === 'the' &&
    tokens.slice(from, to).some((t) => ORG.has(t.norm))
  )
    from--;
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const name = text.slice(first.start, last.end);
  // (Array.from, not map: one elements kind for the array, optimised or not; see cleanPart.)
  const words = Array.from(tokens.slice(from, to), (t) => t.norm);
  if (words.some((w) => NON_BODY.has(w)) && !words.some((w) => ORG.has(w) && !NON_BODY.has(w))) return;
  out.push(
    actorCandidate({
      start: first.start,
      end: last.end,
      text: name,
      kind: 'organisation',
      key: words.join(' '),
      cued: true,
      acronym:
        acronymAfter(text, last.end, tokens.slice(from, to)) ?? initialsInItsTongue(text, last.end, words),
    }),
  );
}

/**
 * "the General Confederation of Labour (CGT)", "the Human Environment and Transport Inspectorate
 * (ILT)": initials in brackets right after a body's name of three words or more with a cue word
 * are its own, spelt from the name in its own language, though the English one does not spell
 * them (not a country's: "Acme Holdings (UK)").
 */
function initialsInItsTongue(text: string, end: number, words: string[]): string | undefined {
  if (text[end] !== ' ' && text[end] !== '(' && text[end] !== ',') return undefined;
  const m = definedAfter(text, end, 3);
  if (!m || words.length < 3 || !words.some((w) => ORG.has(w))) return undefined;
  return getGazetteer().places.has(m[1]!.toLowerCase()) ? undefined : m[1];
}

/** A chamber of commerce's name, which may end in the place it serves: "... in Shanghai". */
const CHAMBER = /(?:^| )chambers? of commerce(?: and industry)?$/;

/**
 * "The American Chamber of Commerce in Shanghai", "the German Chamber of Commerce in China": a
 * chamber of commerce named for the country of its members takes the country or city it serves
 * after "in" into its name (the place is no mention of its own there, as in "Bank of Japan").
 */
function chambersInPlaces(text: string, tokens: Token[], out: ActorCandidate[], gz: Gazetteer): void {
  const held: Span[] = [];
  for (const c of out) {
    if (c.kind !== 'organisation' || !CHAMBER.test(c.key)) continue;
    let k = 0;
    while (k < tokens.length && tokens[k]!.start < c.end) k++;
    const on = tokens[k];
    if (!on || on.norm !== 'in' || on.gap !== ' ' || !tokens[k + 1]?.cap || !joined(tokens[k + 1]!)) continue;
    let len = matchPlace(tokens, k + 1, tokens.length, gz)?.len ?? 0;
    for (let n = MAX_CITY; len === 0 && n >= 1; n--) if (cityAt(tokens, k + 1, n)) len = n;
    if (len === 0) continue;
    held.push({ start: on.start, end: tokens[k + len]!.end });
    c.end = tokens[k + len]!.end;
    c.text = text.slice(c.start, c.end);
    c.key = `${c.key} in ${normsJoined(tokens, k + 1, k + 1 + len)}`;
  }
  if (held.length === 0) return;
  let n = 0;
  for (const c of out) if (!held.some((h) => c.start >= h.start && c.end <= h.end)) out[n++] = c;
  out.length = n;
}

/** Lower-case words inside a long form: "Force in Lebanon", "Majlis-e-Ittehadul", "de l'Automobile". */
const LONG_FORM_JOINERS = new Set([...CONNECTORS, 'in', 'on', 'at', 'to', 'et', 'y', 'e', 'und', 'für']);
/** An elided article before a name word: "l'Automobile", "d'Italia". */
const ELIDED = /^[ld]['’]\p{Lu}/u;

/**
 * The long form before an acronym in brackets that no name read so far defines, through the
 * lower-case words long forms have inside them: "the United Nations Interim Force in Lebanon
 * (UNIFIL)", "the All India Majlis-e-Ittehadul Muslimeen (AIMIM)", "the Fédération Internationale
 * de l'Automobile (FIA)". The nearest start that spells the acronym wins; the names read inside
 * the long form give way to it.
 */
function longFormsOfAcronyms(text: string, tokens: Token[], out: ActorCandidate[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const acr = tokens[k]!;
    // (Most tokens fail the first, cheap test.)
    if (acr.gap[acr.gap.length - 1] !== '(' || !/^\s?\($/.test(acr.gap) || !/^\p{Lu}{2,8}$/u.test(acr.text))
      continue;
    if (!/^\)/.test(text.slice(acr.end, acr.end + 1))) continue;
    if (out.some((c) => c.acronym === acr.text && c.end === tokens[k - 1]!.end)) continue;
    const words: string[] = [];
    let from = -1;
    for (let j = k - 1; j >= 0 && k - j <= 12; j--) {
      const t = tokens[j]!;
      if (j < k - 1 && !joined(tokens[j + 1]!)) break;
      const elided = ELIDED.test(t.text);
      if (!t.cap && !elided && !LONG_FORM_JOINERS.has(t.norm)) break;
      // (A joiner may give a letter too: "Interim Force in Lebanon (UNIFIL)".)
      words.unshift((elided ? t.text.slice(2) : t.text).toUpperCase());
      if (!t.cap || k - j < 3 || isGivenName(t)) continue;
      if (words[0]![0] === acr.text[0] && spells(words, acr.text, 1, 0, 1, 1, new Set())) {
        from = j;
        break;
      }
    }
    if (from < 0 || NOT_BODY_HEAD.has(bare(tokens[k - 1]!))) continue;
    const start = tokens[from]!.start;
    const end = tokens[k - 1]!.end;
    for (let n = out.length - 1; n >= 0; n--)
      if (!out[n]!.isAcronym && out[n]!.start < end && out[n]!.end > start) out.splice(n, 1);
    const n = out.length;
    emitOrg(text, tokens, from, k, out);
    if (out.length > n) out[n]!.acronym = acr.text;
  }
}

/**
 * An acronym the text writes without defining it, spelt by one organisation's name written in
 * full there ("The Independent Office for Police Conduct ... The IOPC said", "the Ministry of
 * Commerce ... MOFCOM spokeswoman"): the name defines it. Not one of two letters, which too many
 * names spell, nor one two names spell.
 */
function initialsOfNames(out: ActorCandidate[]): void {
  const open = new Set<string>();
  for (const c of out) if (c.isAcronym && c.text.length >= 3) open.add(c.text);
  if (open.size === 0) return;
  for (const c of out) if (c.acronym) open.delete(c.acronym);
  for (const acronym of open) {
    const owners = out.filter(
      (c) => c.kind === 'organisation' && !c.isAcronym && !c.acronym && spelt(c.text, acronym),
    );
    if (owners.length > 0 && owners.every((c) => c.key === owners[0]!.key))
      for (const c of owners) c.acronym = acronym;
  }
}

/** The legal forms that end firms' names, which their initials leave out: "Electronic Data Systems Corp" (EDS). */
const LEGAL_FORM = /^(?:corp|corporation|inc|ltd|co|plc|llc|ag|sa|nv)\.?$/i;

/**
 * Whether a name of two words or more spells an acronym as acronymAfter reads one, each of its
 * capitalised words but a legal form giving the letter it opens with ("Humberside Fire and Rescue
 * Service" is no "HSE"), and the acronym has two different letters at least ("AAA" is no "American Airlines").
 */
/** Words that say initials stand for the name before them: "or", "known as", "known by its initials". */
const DEFINES = String.raw`(?:or|known\s+as|known\s+by\s+its\s+(?:\p{L}+\s+)?(?:initials|acronym|abbreviation))`;
/** Initials of `min` letters or more in parentheses, then in words, right after a name. */
const DEFINED = new Map(
  [2, 3].map((min) => [
    min,
    [
      new RegExp(String.raw`^\s?\((\p{Lu}{${min},8})\)`, 'u'),
      new RegExp(String.raw`^,\s+${DEFINES}\s+(?:the\s+)?(\p{Lu}{${min},8})(?![\p{L}\p{N}'’&-])`, 'u'),
    ],
  ]),
);

/**
 * Initials a name defines right after it, in parentheses or in words: "(GMI)", ", or FSK,", ",
 * known as the BTA,", ", known by its own initials ILB" (group 1), of `min` letters or more.
 */
function definedAfter(text: string, end: number, min: 2 | 3): RegExpExecArray | null {
  const after = text.slice(end, end + 60);
  const [inParentheses, inWords] = DEFINED.get(min)!;
  return inParentheses!.exec(after) ?? inWords!.exec(after);
}

function spelt(name: string, acronym: string): boolean {
  const written = name
    .replace(/^the\s+/i, '')
    .split(/\s+/)
    .map((w) => w.replace(/^(?:al|el)[-‐]/i, ''));
  if (written.length < 2 || written[0]![0]!.toUpperCase() !== acronym[0] || new Set(acronym).size < 2)
    return false;
  let at = 0;
  for (const w of written) {
    if (!/^\p{Lu}/u.test(w) || LEGAL_FORM.test(w)) continue;
    at = acronym.indexOf(w[0]!, at) + 1;
    if (at === 0) return false;
  }
  const words = written.map((w) => w.toUpperCase());
  return spells(words, acronym, 1, 0, 1, 1, new Set());
}

/**
 * "(GMI)" right after a name that spells it: the acronym's first letter opens the name, and each
 * other letter opens one of its later words or goes on within the word the letter before it came
 * from ("Nigeria Union of Petroleum and Natural Gas Workers (NUPENG)", "Alliance of Small Island
 * States (AOSIS)"), with at least half of its letters opening words.
 */
function acronymAfter(text: string, end: number, name: Token[]): string | undefined {
  const m = definedAfter(text, end, 2);
  if (!m) return undefined;
  // (Array.from, not map, as in emitOrg.)
  const words = Array.from(name, (t) => t.text.replace(/^(?:al|el)[-‐]/i, '').toUpperCase());
  const acronym = m[1]!;
  return words[0]?.[0] === acronym[0] && spells(words, acronym, 1, 0, 1, 1, new Set()) ? acronym : undefined;
}

/**
 * Whether acronym[a..] can be read from `words`: inside word `w` after letter `c`, or from the
 * first letter of a later word. `openers` counts the letters that opened words so far; `failed`
 * holds the states already tried, so a long name is not searched again and again.
 */
function spells(
  words: string[],
  acronym: string,
  a: number,
  w: number,
  c: number,
  openers: number,
  failed: Set<number>,
): boolean {
  if (a === acronym.length) return openers * 2 >= acronym.length;
  const state = ((a * 64 + w) * 64 + Math.min(c, 63)) * 16 + openers;
  if (failed.has(state)) return false;
  const ch = acronym[a]!;
  // Within the current word.
  const inWord = words[w]!.indexOf(ch, c);
  if (inWord >= 0 && spells(words, acronym, a + 1, w, inWord + 1, openers, failed)) return true;
  // The first letter of a later word.
  for (let v = w + 1; v < words.length; v++)
    if (words[v]![0] === ch && spells(words, acronym, a + 1, v, 1, openers + 1, failed)) return true;
  failed.add(state);
  return false;
}

function matchTitle(tokens: Token[], at: number, to: number): number {
  const first = tokens[at]!;
  if (!TITLE_FIRST.has(bare(first))) return 0;
  const phrases = prefixPhrases(tokens, at, Math.min(MAX_TITLE, to - at), bare);
  for (let len = phrases.length; len >= 1; len--) {
    const phrase = phrases[len - 1]!;
    // "Sen." is a title, "Hun Sen" a name: short abbreviations count only with their dot.
    if (len === 1 && DOTTED.has(phrase) && !first.text.endsWith('.')) continue;
    if (TITLES.has(phrase)) return len;
  }
  return 0;
}

/** The phrases of the first 1..max tokens from `at`, each word given by `word`: ["Bank", "Bank of"]. */
function prefixPhrases(tokens: Token[], at: number, max: number, word: (t: Token) => string): string[] {
  const phrases: string[] = [];
  let phrase = '';
  for (let len = 1; len <= max; len++) {
    phrase = len === 1 ? word(tokens[at]!) : `${phrase} ${word(tokens[at + len - 1]!)}`;
    phrases.push(phrase);
  }
  return phrases;
}

function matchPlace(
  tokens: Token[],
  at: number,
  to: number,
  gz: Gazetteer,
): { len: number; code: string } | null {
  const t = tokens[at]!;
  const abbr = gz.abbreviations.get(t.text);
  if (abbr) return { len: 1, code: abbr };
  if (!gz.firstWords.has(t.norm)) return null;
  let extent = at + 1;
  while (
    extent < tokens.length &&
    extent - at < gz.maxTokens &&
    joinedLoose(tokens[extent]!) &&
    (tokens[extent]!.cap || CONNECTORS.has(tokens[extent]!.norm))
  )
    extent++;
  const keys = prefixPhrases(tokens, at, Math.min(gz.maxTokens, Math.max(to, extent) - at), (u) => u.norm);
  for (let len = keys.length; len >= 1; len--) {
    if (!tokens[at + len - 1]!.cap) continue;
    const key = keys[len - 1]!;
    const code = gz.places.get(key);
    if (!code) continue;
    // "New Mexico", "Northern Ireland": a compass or "New" prefix makes another place.
    const before = tokens[at - 1];
    if (before && before.cap && joined(t) && PREFIX.has(before.norm)) return null;
    // "Real Madrid", "Union Berlin", "Brussels Airport": a capital inside another name. (Not
    // "Moscow Mayor ...": a title; not "Putin Visits Beijing" in a headline, a verb in -s.)
    if (gz.capitals.has(key) && len === 1) {
      const after = tokens[at + 1];
      const inside =
        (before !== undefined &&
          joined(t) &&
          before.cap &&
          isNameLike(before, gz) &&
          !before.norm.endsWith('s')) ||
        (after !== undefined &&
          joined(after) &&
          after.cap &&
          NOT_PERSON.has(after.norm) &&
          !gz.places.has(after.norm));
      if (inside) return null;
    }
    if (gz.ambiguous.has(key)) {
      const after = tokenAt(tokens, at + len);
      const nameBefore = before !== undefined && joined(t) && isNameLike(before, gz);
      const nameAfter = after !== undefined && joined(after) && isNameLike(after, gz);
      // "Georgia Smith", "Michael Jordan", "President Jordan": a person, not the country.
      if (nameBefore || nameAfter || (before && joined(t) && TITLES.has(bare(before)))) return null;
    }
    return { len, code };
  }
  return null;
}

/** A capitalised token that is neither a place, title, organisation cue nor function word. */
function isNameLike(t: Token, gz: Gazetteer): boolean {
  if (!t.cap) return false;
  const b = bare(t);
  return !gz.places.has(t.norm) && !TITLES.has(b) && !STOP.has(b) && !ORG.has(b);
}

function matchKnown(tokens: Token[], at: number, to: number): number {
  if (!KNOWN_FIRST.has(tokens[at]!.text)) return 0;
  const phrases = prefixPhrases(tokens, at, Math.min(MAX_KNOWN, to - at), (t) => t.text);
  for (let len = phrases.length; len >= 1; len--)
    if (KNOWN.has(phrases[len - 1]!)) return len === 1 && notTheBody(tokens, at) ? 0 : len;
  return 0;
}

/**
 * A place, a bill or a term named after a body ("Parliament House", "Senate Bill 9", "a hung
 * Parliament"), or a party's members in it, one name ("Senate Republicans").
 */
const NAMED_AFTER = /^(?:house|square|hill|street|building|buildings|bill|chamber)$/;
const NOT_THE_BODY = /^(?:hung|this|next|last|previous)$/;
const notTheBody = (tokens: Token[], at: number) =>
  (tokens[at + 1]?.cap === true &&
    joined(tokens[at + 1]!) &&
    (NAMED_AFTER.test(tokens[at + 1]!.norm) || PARTY_GROUPS.has(tokens[at + 1]!.norm))) ||
  (tokens[at - 1]?.cap === false && joined(tokens[at]!) && NOT_THE_BODY.test(tokens[at - 1]!.norm));

/** Split a run without an organisation cue into places, known organisations and names. */
function segment(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  gz: Gazetteer,
  out: ActorCandidate[],
): number {
  let chunk: number[] = [];
  let titled = titleBefore(tokens, from);
  let chunkTitled = false;
  // The last word of a title written in the run ("Prince" of "Crown Prince"), and of the chunk's.
  let titleWord = -1;
  let chunkTitleWord = -1;
  const flush = (atRunEnd: boolean) => {
    if (chunk.length > 0) emitName(text, tokens, chunk, chunkTitled, atRunEnd, to, out, chunkTitleWord);
    chunk = [];
  };
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    // ("Martin Luther King Jr.", "Stephen King": a royal title right after a name is its surname;
    // "General Electric" is a known name before "General" is a title.)
    // ("Labour Minister Eleni Vassilaki": a portfolio's minister, not the party; "Labour MP" is.)
    const portfolio =
      tokens[i + 1]?.cap === true &&
      joined(tokens[i + 1]!) &&
      /^(?:minister|secretary)$/.test(tokens[i + 1]!.norm);
    const known = portfolio ? 0 : matchKnown(tokens, i, to);
    const title = known > 0 || (chunk.length > 0 && ROYAL.has(t.norm)) ? 0 : matchTitle(tokens, i, to);
    if (
      title > 0 &&
      !(
        chunk.length === 0 &&
        i + title === to &&
        !titled &&
        title === 1 &&
        !/\.$/.test(t.text) &&
        sentenceInitial(t)
      )
    ) {
      // "Deputy Shipping Minister", "Detective Chief Inspector": one word between two titles is
      // part of the title, no name.
      if (chunk.length === 1 && chunkTitleWord === chunk[0]! - 1 && chunk[0] === i - 1) chunk = [];
      flush(false);
      titled = true;
      titleWord = i + title - 1;
      i += title;
      continue;
    }
    // "Social Democrats", "Senate Republicans", "Progressive Conservatives": a party's members
    // named with more words before them are a group of their own.
    if (known === 1 && chunk.length > 0 && chunk[chunk.length - 1] === i - 1 && PARTY_GROUPS.has(t.norm)) {
      emitOrg(text, tokens, chunk[0]!, i + 1, out);
      chunk = [];
      titled = false;
      i++;
      continue;
    }
    if (known > 0) {
      flush(false);
      const last = tokens[i + known - 1]!;
      const name = KNOWN.get(textsJoined(tokens, i, i + known))!;
      out.push(
        actorCandidate({
          start: t.start,
          end: last.end,
          text: text.slice(t.start, last.end),
          kind: 'organisation',
          key: normalizePhrase(name),
          cued: true,
          canonical: name,
        }),
      );
      titled = false;
      i += known;
      continue;
    }
    const place = matchPlace(tokens, i, to, gz);
    if (place && bodyOfCountry(text, tokens, chunk, i, place.len, to, gz)) {
      // "Health Canada", "Reform UK", "Cricket Australia": the country names a body, not itself.
      emitOrg(text, tokens, chunk[0]!, i + place.len, out);
      chunk = [];
      titled = false;
      i += place.len;
      continue;
    }
    if (place && chunk.length === 0 && sportBodyOf(text, tokens, i, place.len, to, gz)) {
      // "New Zealand Cricket", "USA Swimming": the body that runs a sport in the country.
      emitOrg(text, tokens, i, to, out);
      titled = false;
      i = to;
      continue;
    }
    if (place) {
      flush(false);
      const last = tokens[i + place.len - 1]!;
      const candidate = actorCandidate({
        start: t.start,
        end: last.end,
        text: text.slice(t.start, last.end),
        kind: 'country',
        key: place.code,
        cued: true,
      });
      out.push(candidate);
      if (place.len === 1 && NEEDS_COUNTRY.has(t.norm)) uncorroborated.add(candidate);
      titled = false;
      i += place.len;
      if (i > to) return i; // a place name ran on past a possessive
      continue;
    }
    const b = bare(t);
    // Particles inside a person's name: "Philippe de Vries", "Bandar bin Sultan".
    // ("Ursula von der Leyen", "Rogelio Ramírez de la O": two particles.)
    const nextName = PARTICLES.has(tokens[i + 1]?.norm ?? '') && !tokens[i + 1]!.cap ? i + 2 : i + 1;
    const particle =
      !t.cap &&
      chunk.length > 0 &&
      PARTICLES.has(t.norm) &&
      nextName < to &&
      tokens[nextName]!.cap &&
      !TITLES.has(bare(tokens[nextName]!));
    if (particle) {
      chunk.push(i);
      i++;
      continue;
    }
    // "Theresa May", "Brian June": a month after a first name is a surname unless a day follows.
    // And a given name after a title, before a surname: "arbiter April Tenby", "Judge June Halloran".
    const monthName =
      (chunk.length > 0 && MONTH_SURNAMES.has(b) && !/^\d/.test(tokens[i + 1]?.text ?? '')) ||
      (chunk.length === 0 && monthGiven(tokens, i, to, titled));
    if (monthName) {
      if (chunk.length === 0) {
        chunkTitled = true;
        chunkTitleWord = titled && titleWord === i - 1 ? titleWord : -1;
      }
      chunk.push(i);
      i++;
      continue;
    }
    // "A." in "Richard A. Smith" is an initial, not the article "A"; "Can" in "Emre Can Yilmaz"
    // a name between a given name and a surname, not a verb.
    if (!t.cap || (STOP.has(b) && !/^\p{Lu}\.$/u.test(t.text) && !middleName(tokens, chunk, i, to))) {
      flush(false);
      titled = false;
      i++;
      continue;
    }
    if (chunk.length === 0) {
      chunkTitled = titled;
      chunkTitleWord = titled && titleWord === i - 1 ? titleWord : -1;
    }
    chunk.push(i);
    i++;
  }
  flush(true);
  return to;
}

/**
 * Whether the name words of `chunk`, right before a country's own name that ends the run, make a
 * body with it: "Health Canada", "Reform UK", "Cricket Australia", "Team USA", "Police Scotland". Not a person's name
 * ("Tom Holland": a given name), not a title or title-case headline ("Floods Hit Pakistan"),
 * not a demonym or capital ("Air Canadian", "Real Madrid" is read elsewhere).
 */
function bodyOfCountry(
  text: string,
  tokens: Token[],
  chunk: number[],
  at: number,
  len: number,
  to: number,
  gz: Gazetteer,
): boolean {
  if (chunk.length === 0 || chunk.length > 3 || at + len !== to || chunk[chunk.length - 1] !== at - 1)
    return false;
  const country = tokens.slice(at, at + len);
  if (!joined(country[0]!) || !(ownCountryName(country, gz) || (len === 1 && NATION.has(country[0]!.norm))))
    return false;
  const words = chunk.map((k) => tokens[k]!);
  if (
    words.some(isGivenName) ||
    DESCRIBES_COUNTRY.has(words[0]!.norm) ||
    ADJECTIVE_ENDING.test(words[0]!.norm) ||
    words.some((t) => !/^\p{Lu}\p{Ll}+$/u.test(t.text) || TITLES.has(bare(t)) || PREFIX.has(t.norm))
  )
    return false;
  if (words.slice(1).some((t) => !joined(t))) return false;
  return !titleCaseLine(text, words[0]!.start);
}

/**
 * Whether the run ends in a country's own name, tokens[at, at + len), and a sport's word after it
 * (SPORT_BODY_WORDS), outside a title-case headline: "New Zealand Cricket", "USA Swimming".
 */
function sportBodyOf(
  text: string,
  tokens: Token[],
  at: number,
  len: number,
  to: number,
  gz: Gazetteer,
): boolean {
  const word = tokens[at + len];
  if (at + len + 1 !== to || !word || !joined(word) || !SPORT_BODY.has(word.norm)) return false;
  const country = tokens.slice(at, at + len);
  return ownCountryName(country, gz) && !titleCaseLine(text, country[0]!.start);
}

/** Whether the tokens are a country's own name, or the abbreviation of one ("USA", "UK"). */
const ownCountryName = (country: Token[], gz: Gazetteer) =>
  gz.countryNames.has(normalizePhrase(country.map((t) => t.text).join(' '))) ||
  (country.length === 1 && gz.abbreviations.has(country[0]!.text));

/**
 * Whether the line holding `at` is a headline in title case: most of its longer words capitalised,
 * and no full stop at its end (a short sentence of names ends with one).
 */
function titleCaseLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  const line = text.slice(start, end).trimEnd();
  if (/[.!?]["”’]?$/.test(line)) return false;
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 3 && caps >= 0.6 * words.length;
}

/**
 * Whether the capitalised word at `k`, one of those that open sentences or say what is not a name
 * (NOT_NAMES), is a middle name: inside a sentence, after a given name that opens the chunk and
 * before a surname, where only a name is capitalised ("Emre Can Yilmaz", "Ayse Gul Oztan").
 */
function middleName(tokens: Token[], chunk: number[], k: number, to: number): boolean {
  const t = tokens[k]!;
  const next = tokenAt(tokens, k + 1);
  return (
    chunk.length === 1 &&
    isGivenName(tokens[chunk[0]!]!) &&
    !sentenceInitial(tokens[chunk[0]!]!) &&
    /^\p{Lu}\p{Ll}{1,5}$/u.test(t.text) &&
    !TITLES.has(t.norm) &&
    !MONTH_SURNAMES.has(t.norm) &&
    !/^(?:the|a|an|of|and|or|on|in|at|to|for|by|with|from|as)$/.test(t.norm) &&
    k + 1 < to &&
    next !== undefined &&
    /^\p{Lu}\p{Ll}/u.test(next.text) &&
    !STOP.has(bare(next)) &&
    !TITLES.has(bare(next))
  );
}

/**
 * Whether the month's name at `k` is a given name: after a title (`titled`, or a lower-case one
 * just before it), before a surname inside the run: "arbiter April Tenby", "Judge June Halloran" (not
 * "in April", "since May Day").
 */
function monthGiven(tokens: Token[], k: number, to: number, titled: boolean): boolean {
  const next = tokenAt(tokens, k + 1);
  return (
    MONTH_SURNAMES.has(bare(tokens[k]!)) &&
    k + 1 < to &&
    next !== undefined &&
    /^\p{Lu}\p{Ll}/u.test(next.text) &&
    !MONTH_SURNAMES.has(next.norm) &&
    !STOP.has(bare(next)) &&
    (titled || titleBefore(tokens, k))
  );
}

/** A lower-case title just before the run: "leader Anna Berg", "Norway’s envoy, Tomas Novak". */
function titleBefore(tokens: Token[], at: number): boolean {
  const first = tokens[at];
  if (!first || !/^(?:[ \t\u00a0]+|,\s)$/.test(first.gap)) return false;
  const prev = tokens[at - 1];
  if (prev && !prev.cap && ROLE_BEFORE.has(prev.norm)) return true;
  if (!prev || !TITLE_LAST.has(bare(prev))) return false;
  for (let len = 1; len <= MAX_TITLE && at - len >= 0; len++) {
    const slice = tokens.slice(at - len, at);
    if (slice.slice(1).some((t) => !joined(t))) break;
    let phrase = bare(slice[0]!);
    for (let k = 1; k < slice.length; k++) phrase += ' ' + bare(slice[k]!);
    if (TITLES.has(phrase)) return true;
  }
  return false;
}

function emitName(
  text: string,
  tokens: Token[],
  chunk: number[],
  titled: boolean,
  atRunEnd: boolean,
  runEnd: number,
  out: ActorCandidate[],
  titleWord: number,
) {
  // "Queen Elizabeth II", "Pope Benedict XVI": a regnal number is part of the name.
  const lastWord = tokens[chunk[chunk.length - 1]!]!.text;
  const regnal = chunk.length > 1 && lastWord.length <= 5 && REGNAL.test(lastWord);
  // "Prince William", "King Charles", "Pope Francis": a sovereign's or pope's one name keeps the
  // title ("William" alone names no one).
  // (Not "Martin Luther King Jr.", "the Princess Royal", "Queen Consort".)
  const royal =
    titleWord >= 0 &&
    chunk.length === (regnal ? 2 : 1) &&
    ROYAL.has(tokens[titleWord]!.norm) &&
    /^\p{Lu}\p{Ll}+$/u.test(tokens[chunk[0]!]!.text) &&
    !/^(?:royal|consort|regent|mother)$/.test(tokens[chunk[0]!]!.norm);
  const parts: Token[] = [];
  if (royal) parts.push(tokens[titleWord]!);
  for (const k of chunk) parts.push(tokens[k]!);
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const surface = text.slice(first.start, last.end);
  if (!regnal && parts.every(isAllCaps)) {
    if (parts.length === 1 && /^\p{Lu}{2,8}$/u.test(first.text)) {
      out.push(
        actorCandidate({
          start: first.start,
          end: last.end,
          text: surface,
          kind: 'organisation',
          key: first.norm,
          cued: false,
          isAcronym: true,
        }),
      );
    }
    return;
  }
  // (A title before two capitals and a surname makes them a person's initials: "coach JJ Redick".)
  const initials =
    titled && parts.length === 2 && /^\p{Lu}{2}$/u.test(first.text) && /^\p{Lu}\p{Ll}/u.test(last.text);
  if (
    parts.some(
      (t, k) =>
        (NOT_PERSON.has(bare(t)) && !(royal && k === 0)) ||
        /\d/.test(t.text) ||
        (isAllCaps(t) &&
          !(regnal && k === parts.length - 1) &&
          !(initials && k === 0) &&
          !(k < parts.length - 1 && DOTTED_INITIALS.test(t.text) && /^\p{Lu}\p{Ll}/u.test(last.text))),
    )
  )
    return;
  const next = tokens[runEnd];
  const nextJoined = next !== undefined && /^[ \t\u00a0]+$/.test(next.gap);
  // (Not a name after another's "of", whose verb it is: "Dr Anna Berg of Kestova du Monde said".)
  const ofName = tokens[chunk[0]! - 1]?.norm === 'of' && tokens[chunk[0]! - 2]?.cap === true;
  const said = atRunEnd && nextJoined && SPEECH.has(next.norm) && !ofName;
  const appositive = atRunEnd && appositionAfter(tokens, runEnd);
  // In a sports report, a name before a verb of play, or before "had" and a count, is a player's:
  // "Shai Gilgeous-Alexander scored 41 points", "Jalen Williams had 18 points" (not a team's
  // named by its city: "Golden State scored").
  // And a name before what only a player does ("had given Dortmund the lead", "took five
  // wickets", "was sent off", "came off the bench") or after a move of play ("a late header
  // from", "set up by").
  const played =
    sportsReport &&
    ((atRunEnd &&
      nextJoined &&
      (PLAYED.has(next.norm) ||
        (next.norm === 'had' && /^\d/.test(tokens[runEnd + 1]?.text ?? '')) ||
        // ("Tomas Veldt also scored", "Ilse Marken and Tomas Veldt both scored".)
        (/^(?:also|both|then|later|again)$/.test(next.norm) && PLAYED.has(tokens[runEnd + 1]?.norm ?? '')) ||
        PLAYER_AFTER.test(text.slice(last.end, last.end + 48)))) ||
      PLAYER_BEFORE.test(text.slice(Math.max(0, first.start - 40), first.start)) ||
      playedInList(text, tokens, chunk[0]!, last.end)) &&
    // (A team does what it does as "its" or "their", a player as "his" or "her", named after a
    // city or not: "Austin Reaves missed his third game".)
    (!parts.some((t) => CITIES.has(t.norm)) || HIS_OR_HER.test(text.slice(last.end, last.end + 32)));
  // A side in a match won in sets is a player, named after a city or not: "Mirra Andreeva beat
  // Madison Keys 6-4, 6-2".
  const inSets =
    sportsReport &&
    ((atRunEnd && WON_IN_SETS.test(text.slice(last.end, last.end + 64))) ||
      (BEATEN.test(text.slice(Math.max(0, first.start - 16), first.start)) &&
        IN_SETS.test(text.slice(last.end, last.end + 24))));
  const prev = tokens[(royal ? titleWord : chunk[0]!) - 1];
  // (Not across a sentence's end: "... she said. Radio Kestova, a broadcaster, reported".)
  const saidBefore =
    prev !== undefined &&
    /^(?:said|says|according)$/.test(prev.norm) &&
    joined(tokens[royal ? titleWord : chunk[0]!]!) &&
    atRunEnd &&
    (next === undefined || /^[,.;]/.test(next.gap.trimStart()));
  // "Helen Marsh of the University of Surrey": a name the run's organisation was split from at
  // "of" (see orgSpan) is a person's, with where they work.
  // (Not "the Great Storm of 1987", "the Dust Bowl of the 1930s": what follows is no name.)
  const ofWhat = tokens[runEnd + 1]?.norm === 'the' ? tokens[runEnd + 2] : tokens[runEnd + 1];
  const affiliated =
    atRunEnd &&
    next !== undefined &&
    !next.cap &&
    next.norm === 'of' &&
    nextJoined &&
    ofWhat !== undefined &&
    ofWhat.cap &&
    /^\p{Lu}\p{Ll}/u.test(ofWhat.text);
  // "Tane Kupe died on Monday", "... was sentenced to five years", "Tane Kupe's widow": what
  // happens only to people (no firm is born, jailed or widowed; a firm pleads guilty, is charged,
  // appointed or has lawyers, so those are not here).
  const lived = atRunEnd && PERSON_FATE.test(text.slice(last.end, last.end + 40));
  // "A Halvex spokeswoman in Oslo, Ana Berg, said", "Ana Berg, speaking for the union, said": a
  // name set off by commas as the one who speaks (not after a body's noun: "its management
  // company, Brisa Talent, said").
  const setOff =
    atRunEnd &&
    !APPOSED.has(tokens[chunk[0]! - 1]?.norm ?? '') &&
    !OWNER_OR_FIRM.test(tokens[chunk[0]! - 1]?.norm ?? '') &&
    (/,[ \t]+$/.test(first.gap) || sentenceInitial(first)) &&
    SET_OFF_SAYING.test(text.slice(last.end, last.end + 80)) &&
    (/,[ \t]+$/.test(first.gap) || /^,\s+\p{Ll}+ing\s/u.test(text.slice(last.end, last.end + 24)));
  const name: string[] = [];
  for (const t of parts) if (!/^\p{Lu}\.$/u.test(t.text)) name.push(t.norm);
  // A lone capitalised word before "said" is as often a company ("Acme said") or a body
  // ("Court said") as a person: alone it needs a title or an apposition. It still joins a
  // confirmed full name ("Novak said" -> Tomas Novak) when merged.
  const single = name.length === 1;
  if (single && ORG.has(name[0]!)) return;
  // "Charles de Gaulle airport", "John Lennon stadium": a name before a place's word names the
  // place, which a given name alone does not make a person.
  const placeNamed = atRunEnd && nextJoined && !next.cap && NOT_TEAM.has(next.norm);
  out.push(
    actorCandidate({
      start: first.start,
      end: last.end,
      text: surface,
      kind: 'person',
      key: name.join(' '),
      cued:
        titled ||
        appositive ||
        (!single && (said || saidBefore || affiliated || played || inSets || lived || setOff)) ||
        // ("K. C. Kavanur": two initials or more, each with its dot, stand for given names. Not
        // "J.P. Morgan": initials run together name firms too.)
        (parts.length > 2 &&
          !royal &&
          !placeNamed &&
          parts.slice(0, -1).every((t) => /^\p{Lu}\.$/u.test(t.text)) &&
          /^\p{Lu}\p{Ll}/u.test(last.text)) ||
        (!single &&
          parts.length <= 4 &&
          !royal &&
          !placeNamed &&
          isGivenName(parts[0]!) &&
          // (Past its particles: "Anna von Berg".)
          /^\p{Lu}\p{Ll}/u.test(parts.find((p, k) => k > 0 && !PARTICLES.has(p.norm))?.text ?? '')) ||
        inTitledList(tokens, royal ? titleWord : chunk[0]!),
      acronym: acronymAfter(text, last.end, parts),
    }),
  );
}

/** Initials written with dots, before a surname: "J.P." in "J.P. Kamara", "A.K." in "A.K. Rao". */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
/** Nouns of those who may be firms as well as people: "the developer, Quayside Holmes, said". */
const OWNER_OR_FIRM =
  /^(?:developer|owner|operator|buyer|seller|bidder|supplier|contractor|builder|landlord|sponsor|partner|employer|client|tenant)s?$/;
/**
 * A comma, then a verb of saying, or a clause opened by a participle and closed by a comma before
 * one: ", said", ", speaking for the union, said".
 */
const SET_OFF_SAYING = /^,\s+(?:\p{Ll}+ing\b(?:[^,.;:"“”]|\.(?=\S)){1,60},\s+)?(?:said|says|told|added)\b/u;
/** What, in a sports report, follows only a player's name (not a team's: "beat", "won"). */
const PLAYER_AFTER =
  /^\s+(?:(?:added|adding|contributed|chipped\s+in\s+with)\s+\d|(?:had\s+)?(?:given|gave|put)\s+(?:\p{Lu}\p{L}*\s+){1,3}(?:the\s+lead|ahead)\b|(?:doubled|extended|restored|halved)\s+the\s+(?:lead|advantage|deficit)|finished\s+with\s+\d|(?:missed|sat\s+out)\s+(?:his|her)\s+|(?:was|were)\s+(?:sent\s+off|booked|substituted|stretchered)|hit\s+the\s+(?:post|bar|crossbar|woodwork)|made\s+\d+\s+(?:saves|runs|off|not\s+out)|took\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+wickets|came\s+off\s+the\s+bench|set\s+up\s+(?:the|a|his|her)\s|crossed\s+for|drove\s+in\s|(?:shot|carded)\s+(?:a\s+)?\d\d\b|(?:birdied|bogeyed|eagled)\s)/u;
/** A verb and a person's possessive right after a name: "missed his", "scored her". */
const HIS_OR_HER = /^\s+(?:\p{Ll}+\s+){1,2}(?:his|her)\s/u;
/** Verbs of a result, before the side beaten. */
const BEAT = String.raw`(?:beat|beats|defeated|edged|overcame|stunned|upset|ousted|outlasted)`;
/** A score of a match in sets: "6-4, 6-2", "7-6 (5), 6-3". */
const SETS = String.raw`\d[-–]\d(?:\s*\(\d+\))?,\s+\d[-–]\d`;
/** A score in sets right after a name, and a verb of a result right before one. */
const IN_SETS = new RegExp(String.raw`^\s+${SETS}`);
const BEATEN = new RegExp(String.raw`\b${BEAT}\s+$`);
/** A result won in sets, after the winner's name: "beat Madison Keys 6-4, 6-2" (sides win no sets). */
const WON_IN_SETS = new RegExp(String.raw`^\s+${BEAT}\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}${SETS}`, 'u');
/** What, in a sports report, comes before only a player's name: "a late header from". */
const PLAYER_BEFORE =
  /(?:\b(?:header|cross|pass|shot|strike|free[ -]kick|corner|volley|effort|assist|brace|hat-trick|finish|save|tackle|goal|try|trie)s?\s+(?:from|by)|\bscorers\s+(?:were|are)|\b(?:set\s+up|saved|fouled|tackled|assisted|denied)\s+by)\s+$/iu;

/** What follows only a person's name: a fate, a life's step, kin. */
const PERSON_FATE = new RegExp(
  `^(?:['’]s?\\s+(?:${KIN}|girlfriend|boyfriend|fianc[eé]e?)\\b` +
    '|\\s+(?:(?:was|is|had been|has been)\\s+(?:born|sentenced|jailed|arrested|convicted|acquitted|elected|re-elected|knighted|killed|shot|stabbed|injured|wounded|hospitali[sz]ed|detained|imprisoned|executed|murdered|buried|widowed)' +
    '|died|dies|resigned|resigns|stepped down|steps down|married|tweeted|testified|graduated)\\b)',
  'u',
);

/** The gap after a possessive: "Amazon's chief", "Norris' teammate". */
const afterPossessive = (t: Token) => /^['’]s?[ \t\u00a0]+$/.test(t.gap);

/**
 * ", a senior fellow at ...", ", director of ...", ", Amazon's chief executive,", ", 45," or ", a
 * 44-year-old firefighter," right after the name.
 */
function appositionAfter(tokens: Token[], k: number): boolean {
  const first = tokens[k];
  if (!first || !/^,\s+$/.test(first.gap)) return false;
  // An age: "Fatima Haidar, 52, said", "Luis Soto, 41; Pablo Tapia, 29; and ...".
  if (/^\d{1,3}$/.test(first.text) && Number(first.text) <= 120) {
    const next = tokens[k + 1];
    return next === undefined || /^\s*[,;.)]/.test(next.gap);
  }
  // ", a senior fellow", ", director of", ", the former minister", ", the central bank's
  // governor", ", the U.N. humanitarian chief": a role noun, reached through a determiner,
  // modifiers, an age ("a 44-year-old former firefighter") or a possessive name only. ", N.Y.
  // chatting with his wife" or ", GM Chairman ..." are not.
  for (let n = 0; n < 6; n++) {
    const t = tokenAt(tokens, k + n);
    if (!t) return false;
    if (n > 0 && !joined(t) && !afterPossessive(t)) return false;
    if (/^\d{1,3}-year-old$/.test(t.norm)) return true;
    if (t.cap) {
      // A name only as the owner of the role ("Nvidia's", "Britain's") or an initialism ("U.N.").
      const after = tokenAt(tokens, k + n + 1);
      const owner = after !== undefined && afterPossessive(after);
      if (!owner && !(isAllCaps(t) && n > 0)) return false;
      continue;
    }
    if (n === 0 && !ROLES.has(t.norm) && !APPOSITION_START.has(t.norm)) return false;
    if (ROLES.has(t.norm)) return true;
  }
  return false;
}

/**
 * Whether the name at token `at` is one of a list after a plural title: "Justices Clarence
 * Thomas, Samuel Alito and Amy Coney Barrett" (each name after the first; the first is titled).
 */
function inTitledList(tokens: Token[], at: number): boolean {
  return earlierInList(tokens, at).some((s) => {
    const before = tokenAt(tokens, s - 1);
    // (The previous name may itself have opened with the title: "Justices Clarence Thomas".)
    return (
      (before !== undefined && joined(tokens[s]!) && PLURAL.has(before.norm)) || PLURAL.has(tokens[s]!.norm)
    );
  });
}

/**
 * In a sports report, a name in a list of players: one after a move of play ("goals from Tane
 * Kupe, Mere Rota and Ari Soltan"), or in a count's list with its count and no verb
 * ("Kalvis Ozols had 20 points, Davon Pryce 18 and Rhett Colley 15").
 */
function playedInList(text: string, tokens: Token[], at: number, end: number): boolean {
  const opener = firstOfList(tokens, at);
  if (
    opener >= 0 &&
    PLAYER_BEFORE.test(text.slice(Math.max(0, tokens[opener]!.start - 40), tokens[opener]!.start))
  )
    return true;
  if (!COUNT_AFTER.test(text.slice(end, end + 16))) return false;
  const before = text.slice(0, tokens[at]!.start);
  const sentence = before.slice(Math.max(0, before.lastIndexOf('. '), before.length - 160));
  return /(?:,|\band)\s+$/.test(before) && COUNTED.test(sentence);
}

/** A bare count after a name, and a list's next item or its end: "Davon Pryce 18 and". */
const COUNT_AFTER = /^\s+\d{1,3}(?:,|\s+and\b|[.;])/;
/** A player's count earlier in the sentence: "had 20 points", "scored 3 goals". */
const COUNTED = /\b\d{1,3}\s+(?:points|rebounds|assists|goals|runs|saves|wickets|tackles)\b/;

/**
 * The first word of the first name of a list that the name at `at` ends ("X, Y and Z" of Z or Y):
 * names of one to four words, each after ", " or "and"; -1 when the name is no later item of one.
 */
function firstOfList(tokens: Token[], at: number): number {
  return earlierInList(tokens, at).pop() ?? -1;
}

/**
 * The first words of the names before the one at `at` in its list, nearest first ("X, Y and Z" of
 * Z: Y's, then X's): names of one to four capitalised words, each after ", " or (", ") "and ", at
 * most eight.
 */
function earlierInList(tokens: Token[], at: number): number[] {
  const starts: number[] = [];
  let k = at;
  while (starts.length < 8) {
    // The separator before the name: ", " or (", ") "and ".
    let p = k - 1;
    const and = tokens[p];
    if (and && !and.cap && and.norm === 'and' && joined(tokens[k]!) && /^,?[ \t\u00a0]+$/.test(and.gap)) p--;
    else if (!/^,[ \t\u00a0]+$/.test(tokens[k]!.gap)) break;
    // Back over the previous name (one to four words) to its first word.
    let s = p;
    while (s > 0 && p - s < 4 && tokens[s - 1]!.cap && joined(tokens[s]!)) s--;
    if (s < 0 || !tokens[s]?.cap) break;
    starts.push(s);
    k = s;
  }
  return starts;
}

/** Places a body of the same name runs: "Brussels Airport", "Leeds General Infirmary". */
const RUN_PLACES = /^(?:airport|port|hospital|infirmary|zoo)$/;

/** A word that joins a place to what is there: "Lagos-based", "London-listed", "state-owned". */
const PLACED = /^\p{L}+-(?:based|listed|owned|headquartered)$/u;
const OWNED = /^\p{L}+-(?:owned|listed)$/u;
/** A stock exchange's ticker right after a name: "(NYSE: VNT)", "(LSE: HLD.L)". */
const TICKER = /^\s?\(\p{Lu}[\p{L}]{1,8}:\s?[\p{Lu}\d.]{1,8}\)/u;
/**
 * What a firm says of itself or reports, at a sentence's start, where a common word may be
 * capitalised: "said it would", "said its", "reported a loss" (not "History says it rarely lasts",
 * nor "said it was", which a person says of anything).
 */
const FIRM_SAYS =
  /^(?:(?:said|says|announced|confirmed)\s+(?:its\s|it\s+(?:would|will|had|has|plans|planned|expects|expected|intends)\b)|(?:reported|reports|posted|posts)\s)/;
/** The ending of a plural noun: "Insurers", "Officials" (not "Adidas", "Lexis"). */
const PLURAL_ENDING = /(?<![aiu])s$/;
/** A firm's shares trading, after its name: "shares fell 5%", "stock closed higher", "shares, listed on". */
const SHARES_TRADE =
  /^(?:shares|stock)(?:,\s+(?:listed|traded)\b|\s+(?:fell|rose|jumped|slipped|climbed|dropped|gained|lost|surged|soared|tumbled|plunged|sank|slid|rallied|edged|closed|ended|traded|opened|were|was|have|had|are)\b)/;
/**
 * Shares moving or listed, before "on" and the market they trade on: "fell 7.4% to $41.20 on the",
 * "rose 2 per cent on", "traded on", "made its debut on".
 */
const TRADED_ON =
  /(?:\d\s?(?:%|per\s?cent|percent)(?:\s+to\s+\S+)?|\b(?:traded|trading|trades|debut|debuted|floated))\s+on\s+(?:the\s+)?$/;
/** Words of someone's work before "at" and where it is: "worked for five years at", "a stint at". */
const WORKED_AT =
  /\b(?:worked|works|working|employed|stint|spell|internship|interned)(?:\s+(?:for|as)(?:\s+[\p{Ll}\d-]+){1,3})?\s+at\s+$/u;
/** Results a company reports: "Vantor reported a profit", "posted record sales". */
const RESULTS =
  /^(?:reported|reports|posted|posts)(?:\s+\p{Ll}+){0,3}?\s+(?:profits?|loss|losses|revenues?|sales|earnings)\b/u;
/** What a company says it will do: "said it would", "says it has", "announced it plans". */
const SAID_IT = /^(?:said|says|announced|confirmed)\s+(?:it|its)\s/;
/**
 * What befalls or what does only a firm, right after its name: "Vantor filed for bankruptcy",
 * ", which employs 300 people", ", whose founder was jailed", ", owned by Halden Group", ", a unit
 * of Vantor". (Not ", which supplies", ", which operates": reservoirs, ports.)
 */
const FIRM_FATE =
  /^(?:\s+(?:filed|files)\s+for\s+(?:bankruptcy|administration|insolvency|chapter\s11)|\s+(?:went|goes|collapsed|entered|enters)\s+into\s+(?:administration|receivership|liquidation)|,\s+which\s+(?:employs|makes|manufactures|sells|builds)\s|,\s+whose\s+(?:shares|stock|parent|owners?|chief\s+executive|(?:co-)?founders?)\b|,\s+(?:a|the)\s+(?:\p{Ll}+\s+)?(?:unit|division)\s+of\s)/iu;
/** An owner, after a comma right after a name: ", owned by", ", majority-owned by". */
const OWNED_BY = /^,\s+(?:(?:majority|wholly|jointly|partly|privately|state)[-\s])?owned\s+by\s/;
/** Words that end a clause before the next one's subject: "Halvex fell 8% and Tellvane lost 7%". */
const PRICE_SUBJECT_AFTER = /^(?:and|while|but|whereas|as)$/;
/** Nouns of a place, before "of" and its name: "the town of Lysekor". */
const PLACE_NOUN = /^(?:town|city|village|port|region|province|county|district|state|island|municipality)$/;
/**
 * A price that moves by a share of itself, right after a name: "Tellvane fell 4%", "rose 2.5 per
 * cent". What moves so is a company's shares, named by the company (see aroundName).
 */
const PRICE_MOVE =
  /^\s+(?:fell|rose|jumped|slipped|climbed|dropped|gained|lost|surged|soared|tumbled|plunged|sank|slid|rallied|edged\s+(?:up|down|higher|lower))\s+(?:by\s+)?(?:about\s+|almost\s+|nearly\s+|more\s+than\s+)?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)/u;
const COMPANY_VERBS = new Set([
  'said',
  'says',
  'announced',
  'confirmed',
  'reported',
  'reports',
  'posted',
  'posts',
]);
/** The people who speak or act for a body, after its initials: "NTSB investigators". */
const BODY_PEOPLE = /^(?:spokes(?:man|woman|person)|officials?|investigators|inspectors|negotiators)$/;
/** A part of a company, after its name: "the company's Innovative Medicine unit". */
const OWNED_PART = /^(?:unit|division|subsidiary|arm|brand|business)$/;
/**
 * What a newspaper or a news agency does with what others say, right after its name: "Dagens
 * Nyheter reported that", "Frankfurter Rundschau quoted", "Interfax, citing a source". (Not what
 * a firm reports: "reported a loss", read by RESULTS.)
 */
const CITES =
  /^(?:,\s+citing\s|\s+(?:both\s+|all\s+)?(?:reported|quoted|cited)\b(?!\s+(?:a|an|its|record|higher|lower)\s))/u;
/** A noun of the press after a name and "the" before it: "the Nikkei business daily". */
const PRESS_AFTER =
  /^\s+(?:(?:business|financial|economic|national|regional|state|state-run|state-owned|online|evening|morning)\s+)?(?:daily|newspaper|news\s+agency|news\s+site|news\s+website|tabloid|broadsheet|weekly|magazine|broadcaster)\b/;
/**
 * The definite articles that open the titles of newspapers, broadcasters and agencies in other
 * languages ("Le Figaro", "El País", "La Repubblica", "Die Welt", "O Globo"); a person's
 * surname takes none of them but "Le" and "La" ("Le Pen", "La Russa"), which a given name or a
 * title then comes before.
 */
const TITLE_ARTICLE = /^(?:le|la|les|el|il|lo|der|die|het|o)$/;
/** "Daily" and "weekly", which may say how often as well as name a paper: "the Covid daily briefing". */
const PERIODICAL = /^(?:daily|weekly)$/;
/**
 * What follows a paper's name, not a noun a "daily" describes: what a paper does ("the Nikkei
 * daily reported"), a function word ("in the Asahi weekly that", "the Nikkei daily on Monday").
 */
const PAPER_NEXT =
  /^(?:said|says|reported|reports|wrote|writes|quoted|cited|citing|added|published|has|had|is|was|would|will|also|that|which|and|or|but|in|on|of|for|to|at|by|as|with|from|last|this|earlier)$/;
/**
 * "the Brexit weekly", "the Covid daily briefing": a "daily" or a "weekly" right after the name
 * that is a topic's word, not a paper's name, or that is an adjective before a noun, says how
 * often (a column, a briefing, a section), and names no paper. A topic's word is one news
 * capitalises but no body is named by (TOPIC_WORDS), or one the text writes after a prefix of
 * stance or time ("post-Brexit", "anti-Covid").
 */
function topicBeforePeriodical(text: string, tokens: Token[], from: number, to: number): boolean {
  const noun = tokens[to];
  if (!noun || !PERIODICAL.test(noun.norm)) return false;
  const next = tokens[to + 1];
  if (next && !next.cap && joined(next) && /^\p{Ll}/u.test(next.text) && !PAPER_NEXT.test(next.norm))
    return true;
  if (to - from !== 1) return false;
  const word = tokens[from]!.norm;
  if (TOPIC.has(word)) return true;
  const at = text.toLowerCase().indexOf(`-${word}`);
  return at > 0 && /(?:^|\W)(?:post|pre|anti|pro)$/.test(text.slice(Math.max(0, at - 5), at).toLowerCase());
}

/**
 * A sum of millions a name is fined, right after it: " 540 million kronor", " £4.2m", " $1.5
 * billion" (what a regulator fines a firm; a person's fine is smaller: "fined Mourinho £50,000").
 */
const FINE = /^\s+[$£€¥]?\s?\d[\d,.]*(?:\s+(?:million|billion|mln|bln)\b|(?:m|bn)\b)/u;
/** Prepositions of place before a name, which make it a place's or a venue's: "in Ohio", "at Kellner Arena". */
const PLACE_BEFORE = /^(?:in|at|near|on|from|across|of|outside|around|throughout|into|to)$/;
/** Words before a source's name: "told Le Figaro", "according to El País", "an interview with". */
const SOURCE_BEFORE = /\b(?:told|according\s+to|interview\s+with|(?:quoted|reported|cited)\s+by)\s+$/i;

/** The lower-case phrase of one or two tokens from `k`, as long lists write theirs. */
function phraseAt(tokens: Token[], k: number, words: Set<string>): number {
  const t = tokens[k];
  if (!t || t.cap) return 0;
  const next = tokens[k + 1];
  if (next && !next.cap && joined(next) && words.has(`${t.norm} ${next.norm}`)) return 2;
  return words.has(t.norm) ? 1 : 0;
}

/** Whether `name` ends a longer name of a person read before: "Marine Le Pen" for "Le Pen". */
function surnameOfPerson(out: ActorCandidate[], name: string): boolean {
  return out.some((c) => c.kind === 'person' && c.key.endsWith(` ${name}`) && c.key !== name);
}

/**
 * Evidence in the words around tokens[from, to) that they name an organisation, not a person or a
 * place (see aroundName). Returns where the name starts (after "Lagos-based") and whether the
 * evidence is an apposition, or null. A name of one word that only opens sentences needs the
 * text to write it capitalised inside one too, or evidence no other word there has (ownerOrApposed):
 * "Company founder Anna Berg" is no company's.
 */
function orgEvidence(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  gz: Gazetteer,
): { from: number; apposed: boolean; verb: boolean; object: boolean; cited: boolean } | null {
  // "Lagos-based SBM Intelligence": the place it is in, joined to the name.
  if (from + 1 < to && PLACED.test(tokens[from]!.norm) && joined(tokens[from + 1]!))
    return nameable(tokens, from + 1, to, gz)
      ? { from: from + 1, apposed: false, verb: false, object: false, cited: false }
      : null;
  const found = aroundName(text, tokens, from, to);
  if (!found || !nameable(tokens, from, to, gz)) return null;
  const first = tokens[from]!;
  // (Capitals all through are no sentence's: "KPMG said it would".)
  if (
    to - from === 1 &&
    sentenceInitial(first) &&
    !isAllCaps(first) &&
    !capitalisedInside(text, first) &&
    !ownerOrApposed(tokens, to) &&
    // ("Talvera, owned by Halden,", "Korvix, whose founder": a clause no opening word takes.)
    !(
      found === 'other' &&
      /^,\s/.test(text.slice(first.end, first.end + 2)) &&
      (FIRM_FATE.test(text.slice(first.end, first.end + 40)) ||
        OWNED_BY.test(text.slice(first.end, first.end + 40)))
    ) &&
    // ("Interfax, citing a source, said", "Aftenposten quoted": a source cited, unless a plural
    // noun's, "Officials, citing security".)
    !(found === 'cited' && sourceWord(first)) &&
    // ("Adidas said it was seeking", "Northline reported a loss": what only a firm says or
    // reports, by one that is no plural noun's, "Officials said it", "Insurers said its".)
    !(
      found === 'verb' &&
      !PLURAL_ENDING.test(first.norm) &&
      !/["“‘]\s*$/.test(first.gap) &&
      FIRM_SAYS.test(text.slice(tokens[to]!.start, tokens[to]!.start + 48))
    )
  )
    return null;
  return {
    from,
    apposed: found === 'apposed',
    verb: found === 'verb',
    object: found === 'object',
    cited: found === 'cited',
  };
}

/**
 * Evidence after a name at a sentence's start that no word capitalised there only for its place
 * has: what a company owns ("Tesco's shares fell"; not "Investors' shares") or an apposition with
 * a word before its noun, closed by a comma right after it ("Ofwat, the water regulator, said";
 * not "Meanwhile, the bank said", "Still, the bank, which ...", where the noun heads the clause).
 */
function ownerOrApposed(tokens: Token[], to: number): boolean {
  const after = tokens[to];
  if (!after) return false;
  if (afterPossessive(after)) return /^['’]s/.test(after.gap) && phraseAt(tokens, to, POSSESSIONS) > 0;
  if (!apposedOrg(tokens, to)) return false;
  for (let k = to + 2; k <= to + 6 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (/^,\s/.test(t.gap)) {
      const noun = tokens[k - 1]!;
      return k - 1 > to + 1 && !noun.cap && APPOSED.has(noun.norm) && !/^(?:which|who|whose)$/.test(t.norm);
    }
    if (!joinedModifier(t)) return false;
  }
  return false;
}

/** Whether the text writes `name` as a place, after "in": "the recount in Kesworth". */
function placeIn(text: string, name: string): boolean {
  const phrase = ` in ${name}`;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1))
    if (!/[\p{L}\p{N}]/u.test(text[at + phrase.length] ?? '')) return true;
  return false;
}

/**
 * The words around tokens[from, to) that say they name an organisation: words a person's name
 * never has around it ("state-owned Codelco", "an analyst at Recorded Future", "Euroclear's chief
 * executive", "Codelco chairman Máximo Pacheco", "shares of Vantor", "(NYSE: VNT)", ", the Belgian
 * clearing house", "his gallery, White Cube,"), or, for a name of one word, words a person's has
 * now and then ("Rival Vantor", "Vantor said it would"). `apposed` for an apposition,
 * `verb` for what it says or reports.
 */
function aroundName(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
): 'apposed' | 'verb' | 'object' | 'cited' | 'other' | null {
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const before = tokens[from - 1];
  const after = tokens[to];
  // (Most names have none of these words around them: each test first looks at one word.)
  const rest = (n: number) => text.slice(last.end, last.end + n);
  // (Read within the text: a read past its end, for a name that ends it, makes optimised code
  // start again.)
  const open = last.end < text.length && text.charCodeAt(last.end) === 32 ? last.end + 1 : last.end;
  if (open < text.length && text.charCodeAt(open) === 40 && TICKER.test(rest(24))) return 'other';
  // (The words before the name, those after it, and what follows it are each read in a function of
  // their own: V8 compiles a function again whenever a test in it first runs after the function
  // was optimised, as rare tests here do late in a corpus, and a small function costs less to
  // compile again than the whole of this one.)
  if (before && !before.cap && joined(first)) {
    const found = orgWordsBefore(text, tokens, from, to);
    if (found) return found;
  }
  // "his gallery, White Cube, which", "the Paris transit authority, RATP, said".
  if (
    before &&
    !before.cap &&
    APPOSED.has(before.norm) &&
    /^,\s+$/.test(first.gap) &&
    /^(?:,\s+\p{Ll}|[.;])/u.test(rest(4))
  )
    return 'apposed';
  if (after) {
    const found = orgWordsAfter(text, tokens, from, to);
    if (found) return found;
  }
  return sourceOrFirmAround(text, tokens, from, to);
}

/** The words just before a name that say it names an organisation (see aroundName): "state-owned
 * Codelco", "shares of Vantor", "an analyst at Recorded Future". The word before is in lower case. */
function orgWordsBefore(text: string, tokens: Token[], from: number, to: number): 'object' | 'other' | null {
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const before = tokens[from - 1]!;
  const before2 = tokens[from - 2];
  const after = tokens[to];
  const rest = (n: number) => text.slice(last.end, last.end + n);
  // "state-owned Codelco", "shares of Vantor", "an analyst at Recorded Future".
  if (OWNED.test(before.norm)) return 'other';
  // "fell 7.4% to $41.20 on the Kessex", "rose 2 per cent on Nordbourse": where shares trade.
  // (Not a day, nor a headline's cause: "rose 2% on Boxing Day", "Profit Jumps 31% on Strong Sales".)
  if (
    (before.norm === 'on' || (before.norm === 'the' && before2?.norm === 'on')) &&
    TRADED_ON.test(text.slice(Math.max(0, first.start - 48), first.start)) &&
    !(normsJoined(tokens, from, to) in HOLIDAYS) &&
    !/^(?:day|eve|year)$/.test(last.norm) &&
    !titleCaseLine(text, first.start)
  )
    return 'other';
  // (And "the takeover of Vantor", "shareholders in Vantor", "agreed to acquire Vantor".)
  const of =
    (/^(?:of|in)$/.test(before.norm) &&
      /^(?:shares|stock|stake|takeover|acquisition|shareholders)$/.test(before2?.norm ?? '')) ||
    /^acquir(?:e|es|ed|ing)$/.test(before.norm) ||
    // (And "the merger with Vistara", "merged with Vantor": firms merge.)
    (before.norm === 'with' && /^(?:merger|merge|merged|merging)$/.test(before2?.norm ?? ''));
  // (Or with "the": "experts at the Rijksmuseum"; not a place the text writes after "in" too:
  // "staff at Kesworth leisure centre ... the recount in Kesworth".)
  const at =
    ((before.norm === 'at' && before2 !== undefined && AT_COMPANY.has(before2.norm)) ||
      (before.norm === 'the' && before2?.norm === 'at' && AT_COMPANY.has(tokens[from - 3]?.norm ?? ''))) &&
    !placeIn(text, text.slice(first.start, last.end));
  const spokes = before.norm === 'for' && /^spokes(?:man|woman|person)$/.test(before2?.norm ?? '');
  // "worked for five years at Vellum", "a stint at Harcourt Lyle": where someone works.
  const works =
    before.norm === 'at' &&
    WORKED_AT.test(text.slice(Math.max(0, first.start - 40), first.start)) &&
    !placeIn(text, text.slice(first.start, last.end));
  // "told the Daily Nation", "according to the Kyiv Independent": a person takes no "the".
  const source =
    before.norm === 'the' &&
    (before2?.norm === 'told' || (before2?.norm === 'to' && tokens[from - 3]?.norm === 'according'));
  // (Not a measure: "according to the Freightos Baltic Index".)
  if (
    source &&
    !NOT_BODY_HEAD.has(bare(last)) &&
    !(after && afterPossessive(after)) &&
    !topicBeforePeriodical(text, tokens, from, to)
  )
    return 'other';
  // "the chief executive of Art Recovery International", "a group calling itself Akira".
  // (And "Viktor Orlovsky, head of Donskoy Agroholding".)
  const head =
    before.norm === 'of' &&
    before2 !== undefined &&
    (roleEndsAt(tokens, from - 2) || before2.norm === 'head');
  const called =
    /^(?:called|named|itself)$/.test(before.norm) &&
    APPOSED.has(tokens[before.norm === 'itself' ? from - 3 : from - 2]?.norm ?? '');
  // "the watchdog fined Nordlandsbanken 540 million kronor": what a regulator fines a firm.
  const fined = before.norm === 'fined' && FINE.test(rest(24));
  if ((of || at || works || spokes || head || called || fined) && !(after && afterPossessive(after)))
    return called ? 'other' : 'object';
  return null;
}

/** The words just after a name that say it names an organisation (see aroundName): "Euroclear's chief
 * executive", "Dunmore shares fell 5%", "Codelco chairman Máximo Pacheco". */
function orgWordsAfter(text: string, tokens: Token[], from: number, to: number): 'apposed' | 'other' | null {
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const before = tokens[from - 1];
  const after = tokens[to]!;
  const rest = (n: number) => text.slice(last.end, last.end + n);
  // "Euroclear's chief executive", "Vantor's shares".
  if (afterPossessive(after) && phraseAt(tokens, to, POSSESSIONS) > 0) return 'other';
  // "Dunmore shares fell 5%", "Nordvik shares, listed on Nasdaq Stockholm,": its shares trade.
  // (Not a market's adjective: "Asian shares slipped", "European shares rose", "its Hong
  // Kong-listed shares".)
  if (
    (after.norm === 'shares' || after.norm === 'stock') &&
    joined(after) &&
    SHARES_TRADE.test(text.slice(after.start, after.start + 40)) &&
    !ADJECTIVE_ENDING.test(last.norm) &&
    !DEMONYM_ENDING.test(last.norm) &&
    !PLACED.test(last.norm)
  )
    return 'other';
  // "Brackmere dropped 3.9% and Tellvane fell 4%": a price moving by a share of itself is a
  // traded company's, named as the subject of a clause after another. (Not a commodity or an
  // index opening a sentence, "Brent rose 1%", nor what is counted in a place or a time,
  // "imports into Europe rose 60%", "spending on Christmas Day rose 28%", nor an index, written
  // in capitals, after "the" or a country's possessive: "the Topix fell 1%", "Japan's Topix
  // slipped", "the DAX rose".)
  if (
    to - from === 1 &&
    before !== undefined &&
    (/,\s*$/.test(first.gap) || PRICE_SUBJECT_AFTER.test(before.norm)) &&
    !isAllCaps(first) &&
    last.norm !== 'index' &&
    !after.cap &&
    PRICE_MOVE.test(rest(48)) &&
    !ADJECTIVE_ENDING.test(last.norm) &&
    !DEMONYM_ENDING.test(last.norm)
  )
    return 'other';
  // "Codelco chairman Máximo Pacheco".
  const role = joined(after) ? phraseAt(tokens, to, COMPANY_ROLE) : 0;
  if (role > 0 && tokens[to + role]?.cap && joined(tokens[to + role]!)) return 'other';
  // "MOFCOM spokeswoman He Yadong", "NTSB investigators said": initials before a body's people.
  if (to - from === 1 && isAllCaps(first) && !after.cap && joined(after) && BODY_PEOPLE.test(after.norm))
    return 'other';
  // "A Treasury spokesperson said", "a Tesco spokesman": an article before the name makes it
  // the spokesperson's body, not a person's name.
  if (
    to - from === 1 &&
    before !== undefined &&
    /^(?:a|the)$/.test(before.norm) &&
    joined(first) &&
    !after.cap &&
    joined(after) &&
    /^spokes(?:man|woman|person)$/.test(after.norm)
  )
    return 'other';
  if (apposedOrg(tokens, to)) return 'apposed';
  // "the foreign minister and Forza Italia leader,": a name of two words before "leader" that
  // no holder's name follows is a party's (not "the Catalan leader": an adjective's ending).
  if (
    to - from > 1 &&
    after.norm === 'leader' &&
    !after.cap &&
    joined(after) &&
    /^(?:,|\.|\s+(?:and|said|says|told)\b)/.test(text.slice(after.end, after.end + 6)) &&
    !ADJECTIVE_ENDING.test(last.norm)
  )
    return 'other';
  // "the company's Innovative Medicine unit", "its Vantor Labs subsidiary".
  const owned =
    before !== undefined &&
    !before.cap &&
    (before.norm === 'its' || (afterPossessive(first) && APPOSED.has(before.norm)));
  if (owned && !after.cap && joined(after) && OWNED_PART.test(after.norm)) return 'other';
  return null;
}

/** What follows a name, or a list it ends, that makes it a source cited or a firm (see aroundName):
 * "Dagens Nyheter reported that", "according to Kestmark", "Vantor filed for bankruptcy". */
function sourceOrFirmAround(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
): 'verb' | 'cited' | 'other' | null {
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const before = tokens[from - 1];
  const before2 = tokens[from - 2];
  const after = tokens[to];
  const rest = (n: number) => text.slice(last.end, last.end + n);
  // "the Nikkei business daily", "the Asahi newspaper", "the Interfax news agency".
  if (
    before?.norm === 'the' &&
    joined(first) &&
    PRESS_AFTER.test(rest(40)) &&
    !topicBeforePeriodical(text, tokens, from, to)
  )
    return 'other';
  if (sportsReport && playsFor(tokens, from, to)) return 'other';
  // "Dagens Nyheter reported that", "Interfax, citing a source,": a source cited; "told Le
  // Figaro", "according to El País": a title in another language, cited.
  // (Not a place or a venue: "a parent in Ohio reported", "a show at Kellner Arena, citing".)
  const placed = before !== undefined && !before.cap && PLACE_BEFORE.test(before.norm);
  // (And each name of a list of sources: "De Volkskrant and NRC both reported", "Kathimerini, Ta
  // Nea and Proto Thema reported".)
  const end = tokens[listEnd(tokens, to) - 1]!.end;
  const cites = text.slice(end, end + 24);
  if (CITES.test(cites) && !placed && !RESULTS.test(text.slice(end + 1, end + 48))) return 'cited';
  // (And a title with a connector inside: "according to Corriere della Sera", "told Folha de
  // S.Paulo"; a person's name so written opens with a given name, see nameable.)
  if (
    to - from > 1 &&
    (TITLE_ARTICLE.test(first.norm) || tokens.slice(from + 1, to - 1).some((t) => !t.cap)) &&
    SOURCE_BEFORE.test(text.slice(Math.max(0, first.start - 24), first.start))
  )
    return 'cited';
  // (And one word: "according to Kestmark"; a surname the text gives a person stays the
  // person's, see linkEvidenced.)
  if (
    to - from === 1 &&
    before?.norm === 'to' &&
    before2?.norm === 'according' &&
    joined(first) &&
    /^\p{Lu}\p{Ll}+$/u.test(first.text)
  )
    return 'cited';
  // "Vantor filed for bankruptcy", ", which employs 300 people", ", whose shares fell".
  // (Not a place the clause may belong to: "based in the town of Lysekor, whose chief executive".)
  if (
    after &&
    /^[,\s]/.test(text[last.end] ?? '') &&
    FIRM_FATE.test(rest(40)) &&
    !(before?.norm === 'of' && PLACE_NOUN.test(before2?.norm ?? ''))
  )
    return 'other';
  // "Talvera, owned by Halden,": a firm's owner; not a thing's, which news writes after "the": "the
  // tanker Marla Bay, owned by", "The Kell Bridge, owned by".
  if (
    after &&
    OWNED_BY.test(rest(40)) &&
    before?.norm !== 'the' &&
    before2?.norm !== 'the' &&
    !(before?.norm === 'of' && PLACE_NOUN.test(before2?.norm ?? ''))
  )
    return 'other';
  const said = after && joined(after) ? text.slice(after.start, after.start + 48) : '';
  // "Vorn Telsa reported a loss": results are a firm's whatever its name's length.
  if (to - from > 1) return RESULTS.test(said) ? 'verb' : null;
  // "Rival Vantor", "rival Halden"; "Vantor said it would", "Vantor reported a profit".
  if (before && before.norm === 'rival' && joined(first)) return 'other';
  if (!said || !COMPANY_VERBS.has(after!.norm)) return null;
  if (SAID_IT.test(said) || RESULTS.test(said)) return 'verb';
  return null;
}

/**
 * "De Volkskrant and NRC both reported", "Ta Nea and Proto Thema reported": names joined by "and"
 * into one run before what sources do are one source each, read as organisations (a known name, a
 * person's or a place's by their own rules: "Anna Berg and Tomas Novak reported"). Returns false
 * where the run holds no "and".
 */
function readSources(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  gz: Gazetteer,
  out: ActorCandidate[],
): boolean {
  const parts: [number, number][] = [];
  let a = from;
  for (let k = from + 1; k < to - 1; k++)
    if (isAnd(tokens[k]!)) {
      parts.push([a, k]);
      a = k + 1;
    }
  if (parts.length === 0) return false;
  parts.push([a, to]);
  for (const [a, b] of parts) {
    if (!nameable(tokens, a, b, gz) || KNOWN.has(textsJoined(tokens, a, b))) {
      segment(text, tokens, a, b, gz, out);
      continue;
    }
    const n = out.length;
    emitOrg(text, tokens, a, b, out);
    if (out.length > n && b === a + 1) evidenced.push(out[n]!);
  }
  return true;
}

/**
 * The end of a list of names that goes on from token `to`, closed by "and": ", Ta Nea and Proto
 * Thema" after "Kathimerini" (the index of the first token after it), or `to` if none does.
 */
function listEnd(tokens: Token[], to: number): number {
  let j = to;
  for (let items = 0; items < 6; items++) {
    const sep = tokens[j];
    if (!sep) return to;
    const and = isAnd(sep) && /^,?[ \t\u00a0]+$/.test(sep.gap);
    if (!and && !(sep.cap && /^,[ \t\u00a0]+$/.test(sep.gap))) return items > 0 ? j : to;
    let k = and ? j + 1 : j;
    if (!tokens[k]?.cap || (and && !joined(tokens[k]!))) return to;
    k++;
    while (
      tokens[k] &&
      joined(tokens[k]!) &&
      (tokens[k]!.cap || (CONNECTORS.has(tokens[k]!.norm) && capAhead(tokens, k + 1)))
    )
      k++;
    if (and) return k;
    j = k;
  }
  return to;
}

/** Whether a company's role (COMPANY_ROLES) ends at token `k`: "director", "chief executive". */
function roleEndsAt(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.cap) return false;
  const prev = tokens[k - 1];
  return (
    COMPANY_ROLE.has(t.norm) ||
    (prev !== undefined && !prev.cap && COMPANY_ROLE.has(`${prev.norm} ${t.norm}`))
  );
}

/**
 * Whether tokens[from, to) can be an organisation's name read from the words around it: no
 * title, function word, city, given name first ("Anna Berg", but "Orla Markets": a trade's word
 * ends it) or initial.
 */
function nameable(tokens: Token[], from: number, to: number, gz: Gazetteer): boolean {
  return nameWords(tokens, from, to, gz) && !cityAt(tokens, from, to - from);
}

/** nameable, but a city's name too: a team's, where a result names it as a side ("Leeds beat Derby 2-0"). */
function nameWords(tokens: Token[], from: number, to: number, gz: Gazetteer): boolean {
  const last = tokens[to - 1]!.norm;
  if (isGivenName(tokens[from]!) && !(to - from > 1 && (ORG_HEAD.has(last) || ORG.has(last)))) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    // A title's article, a connector or a number inside the name: "O Globo", "Folha de S.Paulo",
    // "Il Sole 24 Ore".
    if (k === from && k + 1 < to && TITLE_ARTICLE.test(t.norm)) continue;
    if (k > from && k + 1 < to && !t.cap && (CONNECTORS.has(t.norm) || /^\d+$/.test(t.text))) continue;
    const w = bare(t);
    if (!t.cap || STOP.has(w) || TITLES.has(w) || gz.places.has(t.norm) || isInitial(t)) return false;
  }
  return true;
}

/**
 * ", the Belgian clearing house,", ", a website that tracks ...": an apposition right after the
 * name whose head is an organisation's noun, reached through a determiner and up to four
 * modifiers (not ", a party member", ", the group's leader": a role or a possessive after it).
 */
function apposedOrg(tokens: Token[], k: number): boolean {
  const det = tokens[k];
  if (!det || !/^,\s+$/.test(det.gap)) return false;
  // (Or a name's possessive for its determiner: ", France's largest union,", ", South Africa's
  // biggest lender,".)
  let owner = k;
  while (det.cap && tokens[owner + 1]?.cap && joined(tokens[owner + 1]!)) owner++;
  const owned = det.cap && /^['’]s[ \t\u00a0]+$/.test(tokens[owner + 1]?.gap ?? '');
  if (owned) k = owner;
  else if (!/^(?:a|an|the)$/.test(det.norm) || det.cap) return false;
  for (let n = 1; n <= 5; n++) {
    const t = tokens[k + n];
    // (Through a possessive among the modifiers: ", the UK's largest water company,", ", the
    // local patients' watchdog,".)
    if (!t || !(n > 1 || owned ? joinedModifier(t) : joined(t))) return false;
    if (t.cap) continue;
    if (!APPOSED.has(t.norm)) continue;
    const next = tokens[k + n + 1];
    if (!next || !joined(next)) return next === undefined || !afterPossessive(next);
    // (", the startup Garnier co-founded": a clause after the noun may open with a name.)
    return next.cap || (!ROLES.has(next.norm) && !TITLES.has(next.norm) && !ROLE_BEFORE.has(next.norm));
  }
  return false;
}

/**
 * The name tokens[evidence.from, to) as an organisation, unless read as names it gives a person
 * by a person's evidence or holds a place. Returns the index of the first token not consumed.
 */
function readEvidenced(
  text: string,
  tokens: Token[],
  evidence: { from: number; apposed: boolean; verb: boolean; object: boolean; cited: boolean },
  to: number,
  gz: Gazetteer,
  out: ActorCandidate[],
): number {
  const read: ActorCandidate[] = [];
  const end = segment(text, tokens, evidence.from, to, gz, read);
  // (An acronym read alone waits for a long form that defines it; with this evidence it is an
  // organisation's where none does, "Shares in BHP rose", "KPMG's chairman": see mergeActors.
  // Not by the verb after it alone, which a role's initials have too: "The CFO said it would".)
  if (read.length === 1 && read[0]!.isAcronym && !evidence.verb) {
    read[0]!.cued = true;
    out.push(read[0]!);
    return end;
  }
  // "Analysts at Fenwick Stoll said": the verb after a name that a noun before holds is the
  // noun's, no evidence of a person.
  const whole =
    read.length === 1 &&
    read[0]!.start === tokens[evidence.from]!.start &&
    read[0]!.end === tokens[to - 1]!.end;
  const nounSaid =
    evidence.object &&
    whole &&
    tokens[to] !== undefined &&
    joined(tokens[to]!) &&
    SPEECH.has(tokens[to]!.norm);
  // (A source cited whole is no person for "according to" before it: "According to Corriere
  // della Sera," is the daily; nameable has ruled out a given name or a title.)
  const citedWhole = evidence.cited && whole && read[0]!.kind === 'person';
  if (!nounSaid && !citedWhole && read.some((c) => c.kind !== 'person' || c.cued)) {
    out.push(...read);
    return end;
  }
  // ("said Pandit Mohan Trivedi of the Varna Vidya Parishad, a body of scholars": a person's "of the" a body,
  // the apposition the body's; not a place's, "the company, Ostby Foods of Marlow,".)
  let from = evidence.from;
  let of = to - 1;
  while (evidence.apposed && of > from && (tokens[of]!.cap || tokens[of]!.norm !== 'of')) of--;
  if (evidence.apposed && of > from) {
    const person: ActorCandidate[] = [];
    segment(text, tokens, from, of, gz, person);
    let body = of + 1;
    while (body < to && !tokens[body]!.cap) body++;
    if (person.some((c) => c.kind === 'person' && c.cued) && tokens[of + 1]!.norm === 'the') {
      out.push(...person);
      from = body;
    }
  }
  const n = out.length;
  emitOrg(text, tokens, from, to, out);
  if (out.length > n) evidenced.push(out[n]!);
  return to;
}

/**
 * The organisations named by the words around them (orgEvidence) take the text's other mentions
 * of the same name ("Codelco said ... state-owned Codelco"), unless the name is a person's
 * surname the text writes with its evidence ("Pierre Garnier ... the startup Garnier founded").
 */
function linkEvidenced(out: ActorCandidate[]): void {
  const personWords = new Set<string>();
  for (const c of out)
    if (c.kind === 'person' && c.cued) for (const w of c.key.split(' ')) personWords.add(w);
  const keys = new Set<string>();
  for (const c of evidenced) {
    if (personWords.has(c.key)) {
      c.kind = 'person';
      c.cued = false;
    } else keys.add(c.key);
  }
  evidenced.length = 0;
  if (keys.size === 0) return;
  for (const c of out)
    if (c.kind === 'person' && !c.cued && keys.has(c.key)) {
      c.kind = 'organisation';
      c.cued = true;
    }
}

/** Whether the text writes the word of token `t` capitalised inside a sentence too. */
function capitalisedInside(text: string, t: Token): boolean {
  for (let at = text.indexOf(t.text); at >= 0; at = text.indexOf(t.text, at + 1)) {
    if (at === t.start) continue;
    if (/[\p{L}\p{N}]/u.test(text[at + t.text.length] ?? '')) continue;
    if (!/(?:^|[.!?:;"“‘(\n]\s*)$/.test(text.slice(Math.max(0, at - 4), at))) return true;
  }
  return false;
}

/**
 * Places in a result and verbs of playing, before "for" and a team: "sixth for Mercedes"; and a
 * player's move between clubs, before "from" or "to" and a team: "joined from Halden", "his move
 * to Velmora".
 */
const FOR_TEAM =
  /(?:\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|played|plays|playing|signed|signs|scored|scores|drove|drives|driving|raced|races|racing|debut|appearances?)(?:\s+\p{Ll}+)?\s+for\s+|\b(?:joined|joins|signed|signs|arrived|arrives|recruited|loaned|bought)\s+from\s+|\b(?:move|moved|transfer|transferred|switch|switched|loan|loaned|sold)\s+to\s+)$/u;

/**
 * In a sports report, the words around a name that write it as a team's: "Williams driver Carlos
 * Sainz", "the McLaren team", "finished fourth for Red Bull", "played for Halden", "joined from
 * Halden".
 */
function playsFor(tokens: Token[], from: number, to: number): boolean {
  const after = tokens[to];
  if (after && !after.cap && joined(after) && /^(?:driver|drivers|team|teams|car|cars)$/.test(after.norm))
    return true;
  const before = tokens[from - 1];
  if (!before || !/^(?:for|from|to)$/.test(before.norm) || before.cap) return false;
  let gap = '';
  for (let k = from - 1; k >= Math.max(0, from - 4); k--) gap = `${tokens[k]!.gap}${tokens[k]!.text}${gap}`;
  return FOR_TEAM.test(`${gap} `);
}
