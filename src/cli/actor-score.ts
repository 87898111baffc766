import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseCorpus, type ActorKind, type Corpus } from '../core';
import { foldAccents } from '../core/hash';

/**
 * Scoring actor extraction against articles annotated by hand (test/fixtures/actors, see its
 * README): which persons, organisations and countries each article names, and by which surface
 * forms. What a reader filters by is an article's actors, so they are scored per article.
 */

export type GoldActor = {
  name: string;
  kind: ActorKind;
  mentions: string[];
  /** A country named only as a place ("in Paris", a dateline): neither right nor wrong if found. */
  placeOnly?: boolean;
  /** A territory or constituent country (Scotland, Taiwan): counted as a country. */
  territory?: boolean;
  /** An agency named only in a dateline or credit: neither right nor wrong if found. */
  creditOnly?: boolean;
};

/** One annotated set: its folder name, articles (file name -> text) and gold actors by file. */
export type ActorSet = {
  name: string;
  files: { name: string; text: string }[];
  gold: Map<string, GoldActor[]>;
};

/** What the system gave for one article: each actor with the surface forms of its mentions there. */
export type SystemActor = { id: string; name: string; kind: ActorKind; surfaces: string[] };

export type ActorMatch = { gold: GoldActor; system: SystemActor };
export type ArticleScore = {
  file: string;
  matched: ActorMatch[];
  /** Gold actors found under another kind (counted as missed and as spurious). */
  wrongKind: ActorMatch[];
  missed: GoldActor[];
  spurious: SystemActor[];
  /** Found where the gold says neither right nor wrong (places only, credits only). */
  neutral: ActorMatch[];
  /** Matches made only by a boundary overlap (no form in common). */
  boundary: number;
  /** Gold surface forms of matched actors, and how many the system linked to them. */
  surfaces: number;
  surfacesFound: number;
};

const KINDS: readonly ActorKind[] = ['person', 'organisation', 'country'];

/**
 * A surface form as compared: case, accents, a leading "the" or honorific ("Mr. Lecornu" is
 * "Lecornu": a mention's span leaves its title out), a possessive and dots aside.
 */
export function normalSurface(s: string): string {
  return foldAccents(s)
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/^the\s+/, '')
    .replace(/^(?:mr|mrs|ms|miss|dr|prof)\.?\s+/, '')
    .replace(/\./g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Whether one form holds the other at word boundaries ("U.S. Commerce Department", "Commerce Department"). */
const holds = (a: string, b: string) => a.length > b.length && ` ${a} `.includes(` ${b} `);

/**
 * Pair the system's actors of one article with the gold's: an actor matches a gold actor of its
 * kind that shares a surface form (or name) with it, the one sharing most forms first; failing
 * that, one whose form holds or is held in one of its own (a boundary error: "Nordvik Systems" for
 * "Nordvik Systems AB"), counted in `boundary`. A system actor sharing a form with a gold actor of
 * another kind is a wrong kind.
 *
 * @example scoreArticle('a.txt', [{ name: 'Andy Jassy', kind: 'person', mentions: ['Andy Jassy', 'Jassy'] }],
 *   [{ id: 'person:andy-jassy', name: 'Andy Jassy', kind: 'person', surfaces: ['Jassy'] }]).matched.length // 1
 */
export function scoreArticle(
  file: string,
  gold: readonly GoldActor[],
  system: readonly SystemActor[],
): ArticleScore {
  const goldForms = gold.map((g) => new Set([g.name, ...g.mentions].map(normalSurface)));
  const systemForms = system.map((s) => new Set([s.name, ...s.surfaces].map(normalSurface)));
  // Exact forms in common count 1 each; a boundary overlap alone counts 0.5.
  const shared = (gi: number, si: number) => {
    let n = 0;
    for (const f of systemForms[si]!) if (goldForms[gi]!.has(f)) n++;
    if (n > 0) return n;
    for (const f of systemForms[si]!)
      for (const g of goldForms[gi]!) if (holds(f, g) || holds(g, f)) return 0.5;
    return 0;
  };
  const pairs: { gi: number; si: number; n: number; sameKind: boolean }[] = [];
  gold.forEach((g, gi) =>
    system.forEach((s, si) => {
      const n = shared(gi, si);
      if (n > 0) pairs.push({ gi, si, n, sameKind: g.kind === s.kind });
    }),
  );
  pairs.sort((a, b) => Number(b.sameKind) - Number(a.sameKind) || b.n - a.n || a.gi - b.gi || a.si - b.si);
  const goldUsed = new Set<number>();
  const systemUsed = new Set<number>();
  const score: ArticleScore = {
    file,
    matched: [],
    wrongKind: [],
    missed: [],
    spurious: [],
    neutral: [],
    boundary: 0,
    surfaces: 0,
    surfacesFound: 0,
  };
  for (const p of pairs) {
    if (goldUsed.has(p.gi) || systemUsed.has(p.si)) continue;
    goldUsed.add(p.gi);
    systemUsed.add(p.si);
    const g = gold[p.gi]!;
    const s = system[p.si]!;
    if (g.placeOnly || g.creditOnly) score.neutral.push({ gold: g, system: s });
    else if (!p.sameKind) score.wrongKind.push({ gold: g, system: s });
    else {
      score.matched.push({ gold: g, system: s });
      if (p.n < 1) score.boundary++;
      const forms = new Set(g.mentions.map(normalSurface));
      score.surfaces += forms.size;
      for (const f of forms) if (systemForms[p.si]!.has(f)) score.surfacesFound++;
    }
  }
  gold.forEach((g, gi) => {
    if (!goldUsed.has(gi) && !g.placeOnly && !g.creditOnly) score.missed.push(g);
  });
  system.forEach((s, si) => {
    if (!systemUsed.has(si)) score.spurious.push(s);
  });
  return score;
}

/** Reads `<dir>/<set>/gold.json` and its articles; `only` limits the sets read. */
export function readActorSets(dir: string, only?: readonly string[]): ActorSet[] {
  const sets: ActorSet[] = [];
  for (const name of readdirSync(dir).sort()) {
    const folder = path.join(dir, name);
    if (!statSync(folder).isDirectory() || (only && !only.includes(name))) continue;
    const raw = JSON.parse(readFileSync(path.join(folder, 'gold.json'), 'utf8')) as Record<
      string,
      GoldActor[]
    >;
    const gold = new Map(Object.entries(raw));
    const files = [...gold.keys()].sort().map((file) => ({
      name: `${name}-${file}`,
      text: readFileSync(path.join(folder, file), 'utf8'),
    }));
    for (const [file, actors] of gold)
      for (const a of actors) {
        if (!KINDS.includes(a.kind)) throw new Error(`${name}/${file}: unknown kind ${a.kind} for ${a.name}`);
      }
    sets.push({ name, files, gold: new Map([...gold].map(([f, a]) => [`${name}-${f}`, a])) });
  }
  return sets;
}

/** Each article's actors as the system gave them, by file name. */
export function systemActors(corpus: Corpus): Map<string, SystemActor[]> {
  const byId = new Map(corpus.actors.map((a) => [a.id, a]));
  const file = new Map(corpus.articles.map((a) => [a.id, a.file]));
  const out = new Map<string, Map<string, SystemActor>>();
  for (const m of corpus.mentions) {
    const name = file.get(m.articleId);
    const actor = byId.get(m.actorId);
    if (!name || !actor) continue;
    const inArticle = out.get(name) ?? new Map<string, SystemActor>();
    out.set(name, inArticle);
    const s = inArticle.get(actor.id) ?? { id: actor.id, name: actor.name, kind: actor.kind, surfaces: [] };
    inArticle.set(actor.id, s);
    if (!s.surfaces.includes(m.text)) s.surfaces.push(m.text);
  }
  return new Map([...out].map(([k, v]) => [k, [...v.values()]]));
}

export type SetScore = { articles: ArticleScore[]; ms: number };

/** Parse each set as one corpus (as the app opens a collection) and score every article. */
export function scoreSets(sets: readonly ActorSet[]): SetScore {
  const articles: ArticleScore[] = [];
  let ms = 0;
  for (const set of sets) {
    const started = performance.now();
    const corpus = parseCorpus(set.files);
    ms += performance.now() - started;
    const found = systemActors(corpus);
    for (const f of set.files)
      articles.push(scoreArticle(f.name, set.gold.get(f.name) ?? [], found.get(f.name) ?? []));
  }
  return { articles, ms };
}

/** Precision, recall and F1 by kind and overall, from article scores. */
export function summarise(articles: readonly ArticleScore[]) {
  const row = (kind?: ActorKind) => {
    const k = (a: { kind: ActorKind }) => kind === undefined || a.kind === kind;
    let tp = 0;
    let fn = 0;
    let fp = 0;
    for (const a of articles) {
      tp += a.matched.filter((m) => k(m.gold)).length;
      fn += a.missed.filter(k).length + a.wrongKind.filter((m) => k(m.gold)).length;
      fp += a.spurious.filter(k).length + a.wrongKind.filter((m) => k(m.system)).length;
    }
    const p = tp / Math.max(1, tp + fp);
    const r = tp / Math.max(1, tp + fn);
    return { tp, fp, fn, p: 100 * p, r: 100 * r, f1: p + r ? (200 * p * r) / (p + r) : 0 };
  };
  return {
    all: row(),
    person: row('person'),
    organisation: row('organisation'),
    country: row('country'),
    surfaces: articles.reduce((n, a) => n + a.surfaces, 0),
    surfacesFound: articles.reduce((n, a) => n + a.surfacesFound, 0),
    neutral: articles.reduce((n, a) => n + a.neutral.length, 0),
    boundary: articles.reduce((n, a) => n + a.boundary, 0),
  };
}
