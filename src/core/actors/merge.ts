import type { Actor, ActorKind, ActorMention } from '../types';
import { foldAccents, shortHash, slugify } from '../hash';
import type { ActorCandidate } from './find';
import { getGazetteer, type Gazetteer } from './gazetteer';
import { ORG_CUES } from './lexicon';

export type ArticleCandidates = { articleId: string; candidates: ActorCandidate[] };
/** A candidate in its article; `rank` is the article's place in id order (one per distinct id). */
type Member = { articleId: string; rank: number; c: ActorCandidate };

type Entity = {
  kind: ActorKind;
  tokens: Set<string>;
  /** Longest normalised key: the id is derived from it. */
  key: string;
  members: Member[];
  articles: Set<string>;
  cued: boolean;
  acronyms: Set<string>;
};

// Matching ignores accents and Arabic articles, so "Nasr Brigades" joins "Abu al-Nasr Brigades".
// (Filled by push: `map` and `filter` make packed arrays in the interpreter and holey ones in
// optimised code, and groupNames, reading both, was deoptimised and compiled again.)
const matchTokens = (key: string): string[] => {
  const tokens: string[] = [];
  for (const w of foldAccents(key).split(' ')) {
    const token = w.replace(/^(?:al|el)[-‐]/, '');
    if (token.length > 0) tokens.push(token);
  }
  return tokens;
};

const isSubset = (a: string[], b: Set<string>) => a.every((w) => b.has(w));

/**
 * Merge per-article candidates into corpus actors and mentions. Countries merge by ISO code.
 * Persons and organisations merge by token subset ("Novak" ⊂ "Tomas J. Novak"; "Li" ⊂
 * "Li Weiming"): longer names first, then short forms join the one entity that contains them,
 * preferring entities named in the same article. A person is kept only if at least one mention
 * carries evidence (a title, a verb of saying, an apposition); an acronym only if it was defined.
 *
 * @example mergeActors([{ articleId: 'a', candidates: findActorCandidates('Mr. Novak met Tomas Novak.') }])
 *   .actors // [{ id: 'person:tomas-novak', name: 'Tomas Novak', kind: 'person', aliases: ['Novak'] }]
 */
export function mergeActors(
  input: ArticleCandidates[],
  gazetteer: Gazetteer = getGazetteer(),
): { actors: Actor[]; mentions: ActorMention[] } {
  const sorted = [...input].sort((a, b) =>
    a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0,
  );
  // One pass splits the candidates by kind; acronyms wait for the long forms that define them.
  const countries: Member[] = [];
  const names = { organisation: [] as Member[], person: [] as Member[] };
  const acronyms: Member[] = [];
  let rank = -1;
  let previous: string | undefined;
  for (const { articleId, candidates } of sorted) {
    if (articleId !== previous) rank++;
    previous = articleId;
    for (const c of candidates) {
      const m = { articleId, rank, c };
      if (c.kind === 'country') countries.push(m);
      else if (!c.isAcronym) names[c.kind].push(m);
      else if (c.kind === 'organisation') acronyms.push(m);
    }
  }
  if (acronyms.some((m) => m.c.cued)) standAlone(acronyms, names.organisation);
  const resolved: (Member & { actorId: string })[] = [];
  const actors = new Map<string, Actor>();
  const surfaces = new Map<string, Map<string, number>>();
  const note = (id: string, text: string) => {
    const m = surfaces.get(id) ?? new Map<string, number>();
    m.set(text, (m.get(text) ?? 0) + 1);
    surfaces.set(id, m);
  };

  // Countries: one actor per ISO code.
  for (const m of countries) {
    const id = `country:${m.c.key}`;
    if (!actors.has(id))
      actors.set(id, { id, name: gazetteer.names.get(m.c.key) ?? m.c.key, kind: 'country', aliases: [] });
    resolved.push({ articleId: m.articleId, rank: m.rank, c: m.c, actorId: id });
    note(id, m.c.text);
  }

  for (const kind of ['organisation', 'person'] as const) {
    const entities = groupNames(names[kind]);
    // Acronyms: "(GMI)" defined after a long form, then "GMI" alone, in this article or another.
    if (kind === 'organisation') {
      const byAcronym = new Map<string, Entity[]>();
      for (const e of entities)
        for (const a of e.acronyms) byAcronym.set(a, [...(byAcronym.get(a) ?? []), e]);
      for (const m of acronyms) {
        const owners = byAcronym.get(m.c.text) ?? [];
        const local = owners.filter((e) => e.articles.has(m.articleId));
        const owner = local.length === 1 ? local[0] : owners.length === 1 ? owners[0] : undefined;
        if (owner) owner.members.push(m);
      }
    }
    for (const e of entities) {
      if (!e.cued) continue;
      const prefix = kind === 'person' ? 'person' : 'org';
      const id = `${prefix}:${slugify(e.key, 60)}`;
      const actor = actors.get(id) ?? { id, name: '', kind, aliases: [] };
      actors.set(id, actor);
      for (const m of e.members) {
        resolved.push({ articleId: m.articleId, rank: m.rank, c: m.c, actorId: id });
        note(id, m.c.text);
      }
    }
  }

  const listed = new Map<string, string>();
  for (const r of resolved) if (r.c.canonical) listed.set(r.actorId, r.c.canonical);
  for (const actor of actors.values()) {
    const forms = [...(surfaces.get(actor.id)?.keys() ?? [])];
    if (actor.kind !== 'country') actor.name = listed.get(actor.id) ?? canonicalName(forms);
    actor.aliases = forms.filter((f) => f !== actor.name).sort();
  }
  // By article, then offset: articles by rank, so the sort compares numbers rather than ids.
  const mentions: ActorMention[] = resolved
    .sort((a, b) => a.rank - b.rank || a.c.start - b.c.start)
    .map(({ articleId, c, actorId }) => ({ articleId, actorId, start: c.start, end: c.end, text: c.text }));
  const list = [...actors.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { actors: list, mentions };
}

/** The longest full form: most words, then most characters ("Tomas J. Novak"). */
function canonicalName(forms: string[]): string {
  const clean = forms.map((f) => f.replace(/^the\s+/i, ''));
  return (
    clean.sort(
      (a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length || (a < b ? -1 : 1),
    )[0] ?? ''
  );
}

/** Words that add a body of its own to a known name: "European Union Chamber of Commerce". */
const BODY_WORDS = new Set(ORG_CUES);
/** Words that only give a firm's legal form or whole group: "Goldman Sachs Group Inc". */
const FIRM_FORM =
  /^(?:group|holdings?|company|companies|corporation|corp|inc|ltd|plc|co|llc|ag|sa|nv|se|gmbh)\.?$/;

/**
 * Whether the entity `e`, whose name holds a known organisation's name (`tokens`, read from a
 * list of known names: `canonical`), names another body with a cue word of its own ("the European
 * Union Chamber of Commerce in China" is not the European Union; "the United Nations Security
 * Council" is not the United Nations), not the same one with its legal form ("Goldman Sachs Group").
 */
function bodyWithin(e: Entity, tokens: string[], group: Member[]): boolean {
  if (e.kind !== 'organisation' || !group.some((m) => m.c.canonical)) return false;
  const own = new Set(tokens);
  return [...e.tokens].some((w) => !own.has(w) && BODY_WORDS.has(w) && !FIRM_FORM.test(w));
}

/** A body named by its word alone that its text gave a country: "the Senate" keyed "senate fr". */
const isCountrysBody = (e: Entity) => e.tokens.size === 2 && e.members.every((m) => m.c.alone);

/**
 * Of two persons of one article who share a surname, the one its surname alone means: of those the
 * article has named before it, the one named first, as news names its subject first and a
 * relative or namesake by a given name after ("Tordis Askvik ... her son, Ketil Askvik, said ...
 * Askvik took over the firm in 1958").
 */
function firstNamed(local: Entity[], m: Member): Entity | undefined {
  let first: Entity | undefined;
  let at = m.c.start;
  for (const e of local)
    for (const x of e.members)
      if (x.articleId === m.articleId && x.c.cued && x.c.start < at) [first, at] = [e, x.c.start];
  return first;
}

/**
 * Whether `e` names a firm in full, with its legal form, opening with `word`: "Halvex Mining Plc"
 * for "Halvex". (firstNamed serves such firms too: news shortens a firm's name to its first word
 * and means by it the firm it named first, "Halvex Mining Plc ... its unit Halvex Ghana Ltd ...
 * Halvex said", not one that holds the word later, "a unit of Kessel Halvex Group", nor a part
 * named by the word, "data from Halvex Analytics ... Halvex said".)
 */
function firmOpenedBy(e: Entity, word: string): boolean {
  const words = matchTokens(e.key);
  return words.length > 1 && words[0] === word && FIRM_FORM.test(words[words.length - 1]!);
}

function groupNames(members: Member[]): Entity[] {
  const byKey = new Map<string, Member[]>();
  for (const m of members) {
    const list = byKey.get(m.c.key);
    if (list) list.push(m);
    else byKey.set(m.c.key, [m]);
  }
  const keys = [...byKey.keys()].map((key) => ({ key, tokens: matchTokens(key) }));
  const multi = keys
    .filter((k) => k.tokens.length > 1)
    .sort((a, b) => b.tokens.length - a.tokens.length || (a.key < b.key ? -1 : 1));
  const single = keys.filter((k) => k.tokens.length === 1).sort((a, b) => (a.key < b.key ? -1 : 1));
  const entities: Entity[] = [];
  const addTo = (e: Entity, m: Member) => {
    e.members.push(m);
    e.articles.add(m.articleId);
    e.cued ||= m.c.cued;
    if (m.c.acronym) e.acronyms.add(m.c.acronym);
  };
  // Token -> entities whose name holds it: subset tests only look at entities sharing a word.
  const byToken = new Map<string, Entity[]>();
  const create = (key: string, tokens: string[], kind: ActorKind): Entity => {
    const e: Entity = {
      kind,
      tokens: new Set(tokens),
      key,
      members: [],
      articles: new Set(),
      cued: false,
      acronyms: new Set(),
    };
    entities.push(e);
    for (const t of e.tokens) {
      const list = byToken.get(t);
      if (list) list.push(e);
      else byToken.set(t, [e]);
    }
    return e;
  };
  const containing = (tokens: string[]) =>
    (byToken.get(tokens[0]!) ?? []).filter((e) => isSubset(tokens, e.tokens));
  for (const { key, tokens } of multi) {
    const group = byKey.get(key)!;
    const supersets = containing(tokens).filter((e) => !bodyWithin(e, tokens, group));
    const target = supersets.length === 1 ? supersets[0]! : create(key, tokens, group[0]!.c.kind);
    for (const m of group) addTo(target, m);
  }
  // Short forms attach mention by mention, to the one confirmed entity that contains them.
  const leftovers = new Map<string, Entity>();
  for (const { key, tokens } of single) {
    // The full names holding this word are known before the short forms attach: only their
    // confirmation changes from mention to mention.
    const full = containing(tokens).filter((e) => e.tokens.size > 1);
    for (const m of byKey.get(key)!) {
      // Confirmed full names first; a mention with its own evidence ("Mr. Novak") may also
      // confirm a full name seen without any ("Tomas Novak").
      // (A body's head word named alone, "the Treasury", is a body of its text's own country: it
      // joins no "National Treasury" of another; where its text names none of its countries, the
      // one country's such body the other texts name, as a short name joins the one full name.)
      const confirmedOwners = m.c.alone ? full.filter(isCountrysBody) : full.filter((e) => e.cued);
      const owners = confirmedOwners.length > 0 || !m.c.cued || m.c.alone ? confirmedOwners : full;
      const local = owners.filter((e) => e.articles.has(m.articleId));
      const owner =
        local.length === 1
          ? local[0]
          : local.length === 0 && owners.length === 1
            ? owners[0]
            : m.c.kind === 'person' && local.length > 1
              ? firstNamed(local, m)
              : local.length > 1
                ? firstNamed(
                    local.filter((e) => firmOpenedBy(e, tokens[0]!)),
                    m,
                  )
                : undefined;
      if (owner) {
        addTo(owner, m);
        continue;
      }
      // (A body's head word alone in a text that names none of its countries is that text's own:
      // the Senate of one text is not taken for the Senate of another.)
      const own = m.c.alone ? `${key} ${shortHash(m.articleId, 6)}` : key;
      const e = leftovers.get(own) ?? create(own, tokens, m.c.kind);
      leftovers.set(own, e);
      addTo(e, m);
    }
  }
  return entities;
}

/**
 * Acronyms that the words around them show to be an organisation's ("the Paris transit authority,
 * RATP, said") name one of their own, with their other mentions in the same article, where no
 * long form defines them: they move from `acronyms` to `organisations`.
 */
function standAlone(acronyms: Member[], organisations: Member[]): void {
  const defined = new Set<string>();
  for (const m of organisations) if (m.c.acronym) defined.add(m.c.acronym);
  const shown = new Set<string>();
  for (const m of acronyms) if (m.c.cued && !defined.has(m.c.text)) shown.add(`${m.articleId} ${m.c.text}`);
  const kept = acronyms.filter((m) => !shown.has(`${m.articleId} ${m.c.text}`));
  for (const m of acronyms) if (shown.has(`${m.articleId} ${m.c.text}`)) organisations.push(m);
  acronyms.splice(0, acronyms.length, ...kept);
}
