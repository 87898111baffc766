import type { Country } from 'world-countries';

/**
 * One country as the gazetteer needs it: [code, common name, independent (1/0), other names,
 * demonyms, capitals]. A tuple keeps countries.json small (about 1/30 of the package's JSON).
 */
export type CompactCountry = [
  code: string,
  common: string,
  independent: 0 | 1,
  names: string[],
  demonyms: string[],
  capitals: string[],
];

// Alternative spellings worth matching: Latin script, not codes, not "Palestine, State of".
const usableSpelling = (s: string) =>
  /^[\p{Script=Latin}\s'’.\-()]+$/u.test(s) && !s.includes(',') && s.length >= 4 && s !== s.toUpperCase();

const unique = (list: string[], exclude: string) => [...new Set(list)].filter((s) => s && s !== exclude);

/**
 * Reduce the `world-countries` records to the fields the gazetteer reads: official name and
 * usable alternative spellings, English demonyms, capitals (with "Washington D.C." also as
 * "Washington"). countries.json is this function's output, checked against the installed package
 * by test/core/actors/countries.test.ts; translations, borders, currencies... are dropped.
 *
 * @example compactCountries([russia])[0] // ['RU', 'Russia', 1, ['Russian Federation'], ['Russian'], ['Moscow']]
 */
export function compactCountries(list: readonly Country[]): CompactCountry[] {
  return [...list]
    .sort((a, b) => (a.cca2 < b.cca2 ? -1 : 1))
    .map((c) => {
      const eng = c.demonyms['eng'];
      const common = c.name.common;
      return [
        c.cca2,
        common,
        c.independent ? 1 : 0,
        unique([c.name.official, ...c.altSpellings.filter(usableSpelling)], common),
        unique(eng ? [eng.m, eng.f] : [], ''),
        unique(
          c.capital.flatMap((cap) => [cap, cap.replace(/\s+D\.C\.$/, '')]),
          '',
        ),
      ];
    });
}
