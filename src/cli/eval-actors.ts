/**
 * Score actor extraction (persons, organisations, countries) against articles annotated by hand:
 * test/fixtures/actors (see its README).
 *
 *   npm run eval:actors [-- --dir test/fixtures/actors] [-- --half dev|held|blind] [-- --errors]
 *
 * Each set's articles are parsed together as one corpus, the way the app opens a collection. An
 * article's actors are those with a mention in it; one is right when the gold lists an actor of
 * its kind with a surface form in common (failing that, a form holding the other, as a boundary
 * error). Countries the gold marks as places only, and agencies named only in a credit, count
 * neither way. `--errors` lists, by article, what was missed, what
 * was found that the gold does not list, and what was found under another kind (not for the blind
 * set unless `--unblind` is given).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalSurface, readActorSets, scoreSets, summarise } from './actor-score';
import { arg, half } from './args';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The development sets, the sets held out at first (no longer blind: test/fixtures/actors/README.md),
 * and the set written blind at the latest stop, whose errors `--errors` keeps hidden unless `--unblind` is
 * given too.
 */
const HALVES: Record<'dev' | 'held' | 'blind', string[]> = {
  dev: ['aa', 'af', 'ag', 'ah', 'ai', 'aj', 'ak'],
  held: ['ab', 'ac', 'ad', 'ae'],
  blind: ['al'],
};

const fmt = (n: number) => n.toFixed(1);

/** The gold forms no mention of the matched actor has, compared as the scorer compares them. */
function unlinkedForms(gold: readonly string[], found: readonly string[]): string[] {
  const have = new Set(found.map(normalSurface));
  return gold.filter((g) => !have.has(normalSurface(g)));
}

function main(): number {
  const dir = path.resolve(arg('--dir') ?? path.join(repoRoot, 'test/fixtures/actors'));
  const sets = readActorSets(dir, half(HALVES));
  if (sets.length === 0) throw new Error(`no annotated sets under ${dir}`);
  const { articles, ms } = scoreSets(sets);
  const s = summarise(articles);
  console.log(`sets=${sets.length} articles=${articles.length} | parse ${ms.toFixed(0)} ms`);
  for (const [label, r] of [
    ['all', s.all],
    ['person', s.person],
    ['organisation', s.organisation],
    ['country', s.country],
  ] as const)
    console.log(
      `${label.padEnd(12)} P/R/F1 ${fmt(r.p)}/${fmt(r.r)}/${fmt(r.f1)} (${r.tp} right, ${r.fp} spurious, ${r.fn} missed)`,
    );
  console.log(
    `surface forms of found actors linked: ${s.surfacesFound} of ${s.surfaces} ` +
      `(${fmt((100 * s.surfacesFound) / Math.max(1, s.surfaces))}%) | right by a boundary overlap only: ${s.boundary} | places/credits found (not counted): ${s.neutral}`,
  );
  if (process.argv.includes('--errors')) {
    const hidden = process.argv.includes('--unblind') ? [] : HALVES.blind;
    const shown = articles.filter((a) => !hidden.some((set) => a.file.startsWith(`${set}-`)));
    if (shown.length < articles.length)
      console.log(
        `(errors of the blind set${hidden.length > 1 ? 's' : ''} ${hidden.join(', ')} not listed: add --unblind to list them)`,
      );
    for (const a of shown) {
      const lines = [
        ...a.missed.map((g) => `  MISSED   ${g.kind} ${g.name} [${g.mentions.join(' | ')}]`),
        ...a.spurious.map((x) => `  SPURIOUS ${x.kind} ${x.name} [${x.surfaces.join(' | ')}]`),
        ...a.wrongKind.map(
          (m) =>
            `  KIND     ${m.gold.name}: ${m.gold.kind}, found as ${m.system.kind} [${m.system.surfaces.join(' | ')}]`,
        ),
        ...a.matched
          .map((m) => ({ m, unlinked: unlinkedForms(m.gold.mentions, m.system.surfaces) }))
          .filter(({ unlinked }) => unlinked.length > 0)
          .map(({ m, unlinked }) => `  FORMS    ${m.gold.name}: unlinked ${unlinked.join(' | ')}`),
      ];
      if (lines.length) console.log(`${a.file}\n${lines.join('\n')}`);
    }
  }
  return 0;
}

process.exitCode = main();
