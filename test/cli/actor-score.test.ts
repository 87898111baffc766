import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  normalSurface,
  readActorSets,
  scoreArticle,
  scoreSets,
  summarise,
  type GoldActor,
  type SystemActor,
} from '../../src/cli/actor-score';

const gold = (
  name: string,
  kind: GoldActor['kind'],
  mentions: string[],
  extra: Partial<GoldActor> = {},
): GoldActor => ({
  name,
  kind,
  mentions,
  ...extra,
});
const found = (name: string, kind: SystemActor['kind'], surfaces: string[]): SystemActor => ({
  id: `${kind}:${name}`,
  name,
  kind,
  surfaces,
});

describe('normalSurface', () => {
  it('compares forms without case, accents, a leading "the", a possessive or dots', () => {
    expect(normalSurface('The Kremlin’s')).toBe('kremlin');
    expect(normalSurface('Mr. Pouyanné')).toBe('pouyanne');
    expect(normalSurface('U.S.')).toBe('us');
  });
});

describe('scoreArticle', () => {
  it('matches an actor by any shared form and counts the gold forms it linked', () => {
    const s = scoreArticle(
      'a',
      [
        gold('Andy Jassy', 'person', ['Andy Jassy', 'Jassy', 'Mr. Jassy']),
        gold('Amazon', 'organisation', ['Amazon']),
      ],
      [found('Andy Jassy', 'person', ['Andy Jassy', 'Jassy']), found('Acme', 'organisation', ['Acme'])],
    );
    expect(s.matched.map((m) => m.gold.name)).toEqual(['Andy Jassy']);
    // 'Mr. Jassy' is 'Jassy' (a mention's span leaves the title out); 'Andy Jassy' and 'Jassy' are found.
    expect([s.surfaces, s.surfacesFound]).toEqual([2, 2]);
    expect(s.missed.map((g) => g.name)).toEqual(['Amazon']);
    expect(s.spurious.map((x) => x.name)).toEqual(['Acme']);
  });

  it('counts an actor found under another kind as a wrong kind, not a match', () => {
    const s = scoreArticle(
      'a',
      [gold('Hyundai Motor', 'organisation', ['Hyundai Motor'])],
      [found('Hyundai Motor', 'person', ['Hyundai Motor'])],
    );
    expect(s.matched).toEqual([]);
    expect(s.wrongKind).toHaveLength(1);
    const sum = summarise([s]);
    expect([sum.organisation.fn, sum.person.fp, sum.all.tp]).toEqual([1, 1, 0]);
  });

  it('prefers the same kind when a form is shared by two gold actors', () => {
    const s = scoreArticle(
      'a',
      [gold('Jordan', 'country', ['Jordan']), gold('Michael Jordan', 'person', ['Michael Jordan', 'Jordan'])],
      [found('Michael Jordan', 'person', ['Jordan'])],
    );
    expect(s.matched.map((m) => m.gold.name)).toEqual(['Michael Jordan']);
    expect(s.missed.map((g) => g.name)).toEqual(['Jordan']);
  });

  it('counts countries named only as places, and credit-only agencies, neither way', () => {
    const s = scoreArticle(
      'a',
      [
        gold('France', 'country', ['Paris'], { placeOnly: true }),
        gold('Reuters', 'organisation', ['Reuters'], { creditOnly: true }),
      ],
      [found('France', 'country', ['Paris'])],
    );
    expect([s.matched.length, s.spurious.length, s.missed.length, s.neutral.length]).toEqual([0, 0, 0, 1]);
  });
});

describe('readActorSets and scoreSets', () => {
  it('parses a set as one corpus and scores each article against its gold', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'actors-'));
    mkdirSync(path.join(dir, 'zz'));
    writeFileSync(
      path.join(dir, 'zz', 'zz01.txt'),
      'Talks resume\n\nForeign Minister Anna Lindqvist said on Monday that Norway would host the talks.\n',
    );
    writeFileSync(
      path.join(dir, 'zz', 'gold.json'),
      JSON.stringify({
        'zz01.txt': [
          { name: 'Anna Lindqvist', kind: 'person', mentions: ['Anna Lindqvist'] },
          { name: 'Norway', kind: 'country', mentions: ['Norway'] },
        ],
      }),
    );
    const sets = readActorSets(dir);
    expect(sets.map((s) => s.files.map((f) => f.name))).toEqual([['zz-zz01.txt']]);
    const { articles } = scoreSets(sets);
    expect(articles[0]!.matched.map((m) => m.gold.name).sort()).toEqual(['Anna Lindqvist', 'Norway']);
    expect(summarise(articles).all.f1).toBe(100);
  });

  it('refuses a gold file with an unknown kind', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'actors-'));
    mkdirSync(path.join(dir, 'zz'));
    writeFileSync(path.join(dir, 'zz', 'zz01.txt'), 'Text');
    writeFileSync(
      path.join(dir, 'zz', 'gold.json'),
      JSON.stringify({ 'zz01.txt': [{ name: 'X', kind: 'place', mentions: [] }] }),
    );
    expect(() => readActorSets(dir)).toThrow(/unknown kind place for X/);
  });
});

describe('scoreArticle: boundaries', () => {
  it('matches a name found with a word more or less, and counts it as a boundary match', () => {
    const s = scoreArticle(
      'a',
      [
        gold('Commerce Department', 'organisation', ['Commerce Department']),
        gold('Nordvik Systems AB', 'organisation', ['Nordvik Systems AB']),
      ],
      [
        found('U.S. Commerce Department', 'organisation', ['U.S. Commerce Department']),
        found('Nordvik Systems', 'organisation', ['Nordvik Systems']),
      ],
    );
    expect(s.matched).toHaveLength(2);
    expect(s.boundary).toBe(2);
  });

  it('does not match a form inside another word', () => {
    const s = scoreArticle(
      'a',
      [gold('Bayer', 'organisation', ['Bayer'])],
      [found('Bayern', 'organisation', ['Bayern'])],
    );
    expect(s.matched).toEqual([]);
  });
});
