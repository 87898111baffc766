/** One place of the `city-timezones` package (Natural Earth's populated places), as it ships. */
export type CityRecord = { city: string; city_ascii: string; pop: number; iso2?: string; province?: string };

/** Cities at least this big: the ones sports teams and companies take their names from. */
export const CITY_MIN_POPULATION = 100_000;

/**
 * Reduce `city-timezones`' 7,300 populated places to the sorted names, in Latin script and of four
 * letters or more, of those with at least CITY_MIN_POPULATION people (the name as written and
 * without accents: "Düsseldorf", "Dusseldorf"). cities.json is this function's output, checked
 * against the installed package by test/core/actors/cities.test.ts.
 *
 * @example compactCities([{ city: 'Dortmund', city_ascii: 'Dortmund', pop: 588462 }]) // ['Dortmund']
 */
export function compactCities(list: readonly CityRecord[]): string[] {
  const names = new Set<string>();
  for (const c of list)
    if (c.pop >= CITY_MIN_POPULATION)
      for (const name of [c.city, c.city_ascii])
        if (name.length >= 4 && /^[\p{Script=Latin}\s'’.-]+$/u.test(name)) names.add(name);
  return [...names].sort();
}

/**
 * The states of the United States, from the provinces `city-timezones` gives its US places (the
 * District of Columbia aside), sorted. cities.json keeps them beside the cities.
 *
 * @example compactUsStates([{ city: 'Boise', city_ascii: 'Boise', pop: 200000, iso2: 'US', province: 'Idaho' }]) // ['Idaho']
 */
export function compactUsStates(list: readonly CityRecord[]): string[] {
  const states = new Set<string>();
  for (const c of list)
    if (c.iso2 === 'US' && c.province && c.province !== 'District of Columbia') states.add(c.province);
  return [...states].sort();
}
