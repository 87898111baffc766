import { describe, expect, it } from 'vitest';
import cityTimezones from 'city-timezones';
import { format, resolveConfig } from 'prettier';
import { compactCities, compactUsStates, type CityRecord } from '../../../src/core/actors/cities';

const JSON_PATH = new URL('../../../src/core/actors/cities.json', import.meta.url).pathname;
const records = cityTimezones.cityMapping as unknown as CityRecord[];

describe('compactCities(cityMapping) and compactUsStates(cityMapping)', () => {
  it('matches the committed cities.json (run with -u after upgrading city-timezones)', async () => {
    const json = JSON.stringify({
      source:
        'city-timezones (MIT; Natural Earth populated places), reduced by compactCities and compactUsStates',
      cities: compactCities(records),
      usStates: compactUsStates(records),
    });
    // Formatted as the repo's prettier would, so `npm run format` leaves the file as it is.
    const formatted = await format(json, { ...(await resolveConfig(JSON_PATH)), filepath: JSON_PATH });
    await expect(formatted).toMatchFileSnapshot('../../../src/core/actors/cities.json');
  });

  it('keeps big cities under both spellings and drops small ones and other scripts', () => {
    const names = compactCities([
      { city: 'Düsseldorf', city_ascii: 'Dusseldorf', pop: 1_220_000 },
      { city: 'Denver', city_ascii: 'Denver', pop: 1_930_799 },
      { city: 'Oklahoma City', city_ascii: 'Oklahoma City', pop: 660_475 },
      { city: 'Smalltown', city_ascii: 'Smalltown', pop: 4_000 },
      { city: 'Москва', city_ascii: 'Moskva', pop: 10_000_000 },
    ]);
    expect(names).toEqual(['Denver', 'Dusseldorf', 'Düsseldorf', 'Moskva', 'Oklahoma City']);
  });

  it('keeps the states of US places, once each, without the District of Columbia', () => {
    const states = compactUsStates([
      { city: 'Boise', city_ascii: 'Boise', pop: 235_000, iso2: 'US', province: 'Idaho' },
      { city: 'Pocatello', city_ascii: 'Pocatello', pop: 56_000, iso2: 'US', province: 'Idaho' },
      { city: 'Augusta', city_ascii: 'Augusta', pop: 19_000, iso2: 'US', province: 'Maine' },
      {
        city: 'Washington',
        city_ascii: 'Washington',
        pop: 5_000_000,
        iso2: 'US',
        province: 'District of Columbia',
      },
      { city: 'Toronto', city_ascii: 'Toronto', pop: 5_000_000, iso2: 'CA', province: 'Ontario' },
    ]);
    expect(states).toEqual(['Idaho', 'Maine']);
  });
});
