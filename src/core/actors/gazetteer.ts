import countries from 'world-countries';
import { AMBIGUOUS_PLACES, COUNTRY_ABBREVIATIONS, SEATS_OF_GOVERNMENT } from './lexicon';
import { normalizePhrase } from './tokens';

/** Country names, demonyms, capitals and seats of government, keyed by normalised phrase. */
export type Gazetteer = {
  /** Normalised phrase ("russian", "the kremlin" -> "kremlin") -> ISO 3166-1 alpha-2 code. */
  places: Map<string, string>;
  /** All-caps abbreviations matched exactly as written ("US", "U.K."). */
  abbreviations: Map<string, string>;
  /** Code -> common English name ("RU" -> "Russia"). */
  names: Map<string, string>;
  /** Longest phrase length in tokens, to bound the greedy match. */
  maxTokens: number;
  ambiguous: Set<string>;
};

// Alternative spellings worth matching: Latin script, not codes, not "Palestine, State of".
const usableSpelling = (s: string) =>
  /^[\p{Script=Latin}\s'’.\-()]+$/u.test(s) && !s.includes(',') && s.length >= 4 && s !== s.toUpperCase();

/**
 * Build the country gazetteer from the `world-countries` package, keeping only the fields needed
 * (names, alternative spellings, English demonyms, capitals) plus the seats-of-government list.
 * Built once at module load; the package's other fields (translations, borders...) are dropped.
 *
 * @example createGazetteer().places.get('kremlin') // 'RU'
 */
export function createGazetteer(): Gazetteer {
  const places = new Map<string, string>();
  const names = new Map<string, string>();
  const add = (phrase: string, code: string) => {
    const key = normalizePhrase(phrase);
    if (key && !places.has(key)) places.set(key, code);
  };
  // Common names first, so a phrase shared by two entries goes to the country it names.
  for (const c of countries) {
    names.set(c.cca2, c.name.common);
    add(c.name.common, c.cca2);
  }
  // Independent states first: "American" is the United States, not American Samoa.
  const ordered = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const c of ordered) {
    add(c.name.official, c.cca2);
    for (const s of c.altSpellings) if (usableSpelling(s)) add(s, c.cca2);
    const eng = c.demonyms['eng'];
    if (eng) {
      add(eng.m, c.cca2);
      add(eng.f, c.cca2);
    }
    for (const capital of c.capital) {
      add(capital, c.cca2);
      add(capital.replace(/\s+D\.C\.$/, ''), c.cca2);
    }
  }
  for (const [phrase, code] of Object.entries(SEATS_OF_GOVERNMENT)) places.set(normalizePhrase(phrase), code);
  let maxTokens = 1;
  for (const key of places.keys()) maxTokens = Math.max(maxTokens, key.split(' ').length);
  return {
    places,
    abbreviations: new Map(Object.entries(COUNTRY_ABBREVIATIONS)),
    names,
    maxTokens,
    ambiguous: new Set(AMBIGUOUS_PLACES),
  };
}

let shared: Gazetteer | null = null;
/** The gazetteer, built on first use and then shared. */
export function getGazetteer(): Gazetteer {
  shared ??= createGazetteer();
  return shared;
}
