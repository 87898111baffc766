import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseCorpus, type Corpus, type Manifest } from '../core';

/**
 * Scoring event merging against story packs whose happenings are annotated by hand
 * (test/fixtures/clusters, see its README): which time expressions, in which articles, date the
 * same real-world happening.
 */

/** One annotated time expression: where it is in the plain text, and the happening it dates. */
export type GoldMention = { start: number; end: number; text: string; happening: string };

const TAG = /<E h="([^"]+)">([^<]*)<\/E>/g;

/**
 * The plain text of an annotated article and its mentions. Throws on markup it cannot read
 * (an unclosed or nested tag), naming the first place, so a broken gold file is never scored.
 *
 * @example readGold('Talks ended <E h="end">on Friday</E>.')
 * // { text: 'Talks ended on Friday.', mentions: [{ start: 12, end: 21, text: 'on Friday', happening: 'end' }] }
 */
export function readGold(markup: string): { text: string; mentions: GoldMention[] } {
  const mentions: GoldMention[] = [];
  let text = '';
  let last = 0;
  for (const m of markup.matchAll(TAG)) {
    text += markup.slice(last, m.index);
    mentions.push({ start: text.length, end: text.length + m[2]!.length, text: m[2]!, happening: m[1]! });
    text += m[2]!;
    last = m.index + m[0].length;
  }
  text += markup.slice(last);
  const stray = /<\/?E\b[^>]*>/.exec(text);
  if (stray)
    throw new Error(
      `unbalanced or nested tag ${stray[0]} near “${text.slice(stray.index, stray.index + 40)}”`,
    );
  return { text, mentions };
}

/**
 * Where a mention of the annotated file lies in the article text the pipeline made of it (which
 * may have lost a title line or furniture): its context searched for, narrowing until it is found
 * once. Null when it is gone.
 */
export function locate(source: string, mention: GoldMention, target: string): number | null {
  for (const pad of [60, 30, 15, 5, 0]) {
    const from = Math.max(0, mention.start - pad);
    const snippet = source.slice(from, mention.end + pad);
    const at = target.indexOf(snippet);
    if (at < 0) continue;
    if (pad > 0 && target.indexOf(snippet, at + 1) >= 0) continue;
    return at + (mention.start - from);
  }
  return null;
}

/** What the system gave: each event's article, the span of its time expression, and its cluster. */
export type SystemEvent = { articleId: string; start: number; end: number; cluster: string };
/** A gold mention placed in the system's article text. */
export type PlacedMention = { articleId: string; start: number; end: number; happening: string };

export type ClusterScore = {
  /** Pairs of articles reporting one happening (gold), and those the system put in one cluster. */
  goldPairs: number;
  recalledPairs: number;
  /** Pairs of events in one cluster (different articles), judged where both carry gold. */
  systemPairs: number;
  rightPairs: number;
  wrongPairs: number;
  /** Pairs with an event that dates no annotated happening (a time expression the gold leaves out). */
  unjudgedPairs: number;
  /** Gold mentions that became an event, and all gold mentions. */
  mentionsFound: number;
  mentions: number;
  /** Happenings reported by 2+ articles, and those whose reports all share one cluster. */
  sharedHappenings: number;
  wholeHappenings: number;
  /** The wrong merges and the missed pairs, for reading (happening ids and event texts). */
  wrong: { a: SystemEvent; b: SystemEvent; ha: string; hb: string }[];
  missed: { happening: string; a: string; b: string }[];
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Pairwise scores of a clustering against the gold happenings, at the level of article pairs:
 * articles A and B both reporting happening h make one gold pair, recalled when an event of A and
 * an event of B dating h share a cluster (a cluster holds one event per article, so an article
 * that tells h twice still counts once). A system pair is right when both events date the same
 * gold happening, wrong when they date different ones, unjudged when either dates none.
 */
export function scoreClusters(events: readonly SystemEvent[], gold: readonly PlacedMention[]): ClusterScore {
  const happeningOf = (e: SystemEvent) =>
    gold.find((g) => g.articleId === e.articleId && overlaps(g, e))?.happening ?? null;
  const labelled = events.map((e) => ({ e, h: happeningOf(e) }));

  // Gold: for each happening, the articles reporting it.
  const reporters = new Map<string, Set<string>>();
  for (const g of gold) {
    const set = reporters.get(g.happening) ?? new Set<string>();
    set.add(g.articleId);
    reporters.set(g.happening, set);
  }
  // System: for each happening and article, the clusters of the events dating it there.
  const clustersOf = new Map<string, Set<string>>();
  for (const { e, h } of labelled) {
    if (!h) continue;
    const key = `${h}\u0000${e.articleId}`;
    const set = clustersOf.get(key) ?? new Set<string>();
    set.add(e.cluster);
    clustersOf.set(key, set);
  }
  let goldPairs = 0;
  let recalledPairs = 0;
  let sharedHappenings = 0;
  let wholeHappenings = 0;
  const missed: ClusterScore['missed'] = [];
  for (const [h, arts] of reporters) {
    const list = [...arts].sort();
    if (list.length < 2) continue;
    sharedHappenings++;
    let whole = true;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        goldPairs++;
        const ca = clustersOf.get(`${h}\u0000${list[i]}`);
        const cb = clustersOf.get(`${h}\u0000${list[j]}`);
        if (ca && cb && [...ca].some((c) => cb.has(c))) recalledPairs++;
        else {
          whole = false;
          missed.push({ happening: h, a: list[i]!, b: list[j]! });
        }
      }
    if (whole) wholeHappenings++;
  }

  const byCluster = new Map<string, { e: SystemEvent; h: string | null }[]>();
  for (const x of labelled) {
    const list = byCluster.get(x.e.cluster) ?? [];
    list.push(x);
    byCluster.set(x.e.cluster, list);
  }
  let systemPairs = 0;
  let rightPairs = 0;
  let wrongPairs = 0;
  let unjudgedPairs = 0;
  const wrong: ClusterScore['wrong'] = [];
  for (const list of byCluster.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.e.articleId === b.e.articleId) continue;
        systemPairs++;
        if (!a.h || !b.h) unjudgedPairs++;
        else if (a.h === b.h) rightPairs++;
        else {
          wrongPairs++;
          wrong.push({ a: a.e, b: b.e, ha: a.h, hb: b.h });
        }
      }

  const found = gold.filter((g) => events.some((e) => e.articleId === g.articleId && overlaps(g, e)));
  return {
    goldPairs,
    recalledPairs,
    systemPairs,
    rightPairs,
    wrongPairs,
    unjudgedPairs,
    mentionsFound: found.length,
    mentions: gold.length,
    sharedHappenings,
    wholeHappenings,
    wrong,
    missed,
  };
}

/** A story pack: a folder of annotated articles and their manifest. */
export type Pack = {
  name: string;
  manifest: Manifest;
  files: { name: string; text: string; gold: GoldMention[] }[];
};

/**
 * The packs under `dir` (each sub-folder with a manifest.json), optionally only those whose name
 * starts with one of `prefixes`. File names are prefixed with the pack's name ("ca1-a1.txt").
 */
export function readPacks(dir: string, prefixes?: readonly string[]): Pack[] {
  const packs: Pack[] = [];
  for (const name of readdirSync(dir).sort()) {
    const folder = path.join(dir, name);
    if (!statSync(folder).isDirectory()) continue;
    if (prefixes && !prefixes.some((p) => name.startsWith(p))) continue;
    const manifest = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as Manifest;
    const files = manifest.articles.map((entry) => {
      const markup = readFileSync(path.join(folder, entry.file), 'utf8');
      try {
        const { text, mentions } = readGold(markup);
        return { name: `${name}-${entry.file}`, text, gold: mentions };
      } catch (error) {
        throw new Error(`${name}/${entry.file}: ${(error as Error).message}`);
      }
    });
    packs.push({
      name,
      manifest: { articles: manifest.articles.map((e) => ({ ...e, file: `${name}-${e.file}` })) },
      files,
    });
  }
  return packs;
}

/**
 * Parses the packs together as one corpus (as the app opens a collection: the manifests' titles,
 * sources and dates) and scores its clusters. Happening ids are qualified by pack.
 */
export function scorePacks(packs: readonly Pack[]): {
  corpus: Corpus;
  events: SystemEvent[];
  placed: PlacedMention[];
  lost: number;
  score: ClusterScore;
  ms: number;
} {
  const files = packs.flatMap((p) => p.files.map((f) => ({ name: f.name, text: f.text })));
  const manifest: Manifest = { articles: packs.flatMap((p) => p.manifest.articles) };
  const started = performance.now();
  const corpus = parseCorpus(files, manifest);
  const ms = performance.now() - started;
  const sources = new Map(
    packs.flatMap((p) => p.files.map((f) => [f.name, { file: f, pack: p.name }] as const)),
  );
  const placed: PlacedMention[] = [];
  let lost = 0;
  for (const article of corpus.articles) {
    const source = sources.get(article.file);
    if (!source) continue;
    for (const g of source.file.gold) {
      const at = locate(source.file.text, g, article.text);
      if (at === null) lost++;
      else
        placed.push({
          articleId: article.id,
          start: at,
          end: at + g.text.length,
          happening: `${source.pack}/${g.happening}`,
        });
    }
  }
  const events = corpus.events.map((e) => ({
    articleId: e.articleId,
    start: e.timex.start,
    end: e.timex.end,
    cluster: e.cluster,
  }));
  return { corpus, events, placed, lost, score: scoreClusters(events, placed), ms };
}
