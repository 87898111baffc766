import { describe, expect, it } from 'vitest';
import countries from 'world-countries';
import { format, resolveConfig } from 'prettier';
import { compactCountries } from '../../../src/core/actors/countries';

const JSON_PATH = new URL('../../../src/core/actors/countries.json', import.meta.url).pathname;

describe('compactCountries(countries)', () => {
  it('matches the committed countries.json (run with -u after upgrading world-countries)', async () => {
    const compact = compactCountries(countries);
    const json = JSON.stringify({
      source: 'world-countries (ODbL-1.0), reduced by compactCountries',
      countries: compact,
    });
    // Formatted as the repo's prettier would, so `npm run format` leaves the file as it is.
    const formatted = await format(json, { ...(await resolveConfig(JSON_PATH)), filepath: JSON_PATH });
    await expect(formatted).toMatchFileSnapshot('../../../src/core/actors/countries.json');
  });

  it.each([
    ['RU', 'Russia', ['Russian Federation'], ['Russian'], ['Moscow']],
    ['US', 'United States', ['United States of America'], ['American'], ['Washington D.C.', 'Washington']],
    ['CN', 'China', ["People's Republic of China"], ['Chinese'], ['Beijing']],
  ])('keeps names, demonyms and capitals of %s', (code, common, names, demonyms, capitals) => {
    const c = compactCountries(countries).find((x) => x[0] === code)!;
    expect(c[1]).toBe(common);
    expect(c[3]).toEqual(expect.arrayContaining(names));
    expect(c[4]).toEqual(demonyms);
    expect(c[5]).toEqual(capitals);
  });

  it('drops codes and non-Latin spellings', () => {
    const ru = compactCountries(countries).find((x) => x[0] === 'RU')!;
    expect(ru[3]).not.toContain('RU');
    expect(ru[3].some((n) => /[\u0400-\u04ff]/.test(n))).toBe(false);
  });
});
