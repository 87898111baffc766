import data from './countries.json';
import type { CompactCountry } from './countries';
import { AMBIGUOUS_PLACES, COUNTRY_ABBREVIATIONS, NOT_COUNTRY_NAMES, SEATS_OF_GOVERNMENT } from './lexicon';

const NOT_COUNTRY = new Set(NOT_COUNTRY_NAMES);
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
  /** First words of the phrases: most tokens start none, and are rejected with one lookup. */
  firstWords: Set<string>;
  ambiguous: Set<string>;
  /** Capitals (normalised): a name word beside one makes another name ("Real Madrid"). */
  capitals: Set<string>;
  /** Countries' own names (normalised), not their demonyms, capitals or seats: "canada", "new zealand". */
  countryNames: Set<string>;
  /** Demonyms (normalised): "british", "chinese", "new zealander". */
  demonyms: Set<string>;
};

const COUNTRIES = data.countries as CompactCountry[];

/**
 * Build the country gazetteer from countries.json (the `world-countries` package reduced to
 * names, alternative spellings, English demonyms and capitals by compactCountries) plus the
 * seats-of-government list. Built once, on first use.
 *
 * @example createGazetteer().places.get('kremlin') // 'RU'
 */
export function createGazetteer(countries: readonly CompactCountry[] = COUNTRIES): Gazetteer {
  const places = new Map<string, string>();
  const names = new Map<string, string>();
  const add = (phrase: string, code: string) => {
    const key = normalizePhrase(phrase);
    if (key && !places.has(key) && !NOT_COUNTRY.has(key)) places.set(key, code);
  };
  // Common names first, so a phrase shared by two entries goes to the country it names.
  for (const [code, common] of countries) {
    names.set(code, common);
    add(common, code);
  }
  // Independent states first: "American" is the United States, not American Samoa.
  const ordered = [...countries].sort((a, b) => b[2] - a[2]);
  const capitalKeys = new Set<string>();
  const countryNames = new Set<string>();
  const demonymKeys = new Set<string>();
  for (const [code, common, , other, demonyms, capitals] of ordered) {
    for (const phrase of [...other, ...demonyms, ...capitals]) add(phrase, code);
    for (const d of demonyms) demonymKeys.add(normalizePhrase(d));
    for (const c of capitals) capitalKeys.add(normalizePhrase(c));
    for (const name of [common, ...other])
      if (places.get(normalizePhrase(name)) === code) countryNames.add(normalizePhrase(name));
  }
  for (const [phrase, code] of Object.entries(SEATS_OF_GOVERNMENT)) places.set(normalizePhrase(phrase), code);
  let maxTokens = 1;
  const firstWords = new Set<string>();
  for (const key of places.keys()) {
    const words = key.split(' ');
    maxTokens = Math.max(maxTokens, words.length);
    firstWords.add(words[0]!);
  }
  return {
    places,
    abbreviations: new Map(Object.entries(COUNTRY_ABBREVIATIONS)),
    names,
    maxTokens,
    firstWords,
    ambiguous: new Set(AMBIGUOUS_PLACES),
    capitals: capitalKeys,
    countryNames,
    demonyms: demonymKeys,
  };
}

let shared: Gazetteer | null = null;
/**
 * The gazetteer, built on first use and then shared.
 *
 * @example getGazetteer().names.get('UA') // 'Ukraine'
 */
export function getGazetteer(): Gazetteer {
  shared ??= createGazetteer();
  return shared;
}
