import type { Article, Corpus } from '../core/types';

/**
 * A parsed corpus crosses from the worker to the page a slice at a time. The page's thread copies
 * each message in one piece: the 300,000 events of an 18 MB file, sent whole, held it for about
 * 11 s (their copy and the garbage it left); a slice takes a few tens of milliseconds, and the page
 * draws and answers between slices.
 */
export const SLICE = 2_000;

/** The corpus's lists that grow with the text, sent in slices. */
const LISTS = ['events', 'timexes', 'mentions', 'clusters'] as const;
/** An article's lists that grow with its text (a one-article 18 MB file has ~900,000 sentences). */
const ARTICLE_LISTS = ['sentences', 'paragraphs'] as const;

/** A slice of one of the corpus's lists, or of one article's (`article` is its index). */
export type CorpusSlice =
  | { list: (typeof LISTS)[number]; items: unknown[] }
  | { list: (typeof ARTICLE_LISTS)[number]; article: number; items: unknown[] };

/**
 * The messages that carry `corpus`: its long lists in slices of at most `size` items, in order, then
 * the rest of it (those lists empty), which `createCorpusAssembler().finish` fills back.
 *
 * @example [...corpusInSlices(corpus)].length // ceil(events / 2000) + ceil(timexes / 2000) + ... for each long list
 */
export function* corpusInSlices(corpus: Corpus, size = SLICE): Generator<CorpusSlice, Corpus> {
  for (const list of LISTS) {
    const items: unknown[] = corpus[list];
    for (let i = 0; i < items.length; i += size) yield { list, items: items.slice(i, i + size) };
  }
  for (const [article, a] of corpus.articles.entries())
    for (const list of ARTICLE_LISTS) {
      const items: unknown[] = a[list];
      for (let i = 0; i < items.length; i += size) yield { list, article, items: items.slice(i, i + size) };
    }
  const articles: Article[] = corpus.articles.map((a) => ({ ...a, sentences: [], paragraphs: [] }));
  return { ...corpus, articles, events: [], timexes: [], mentions: [], clusters: [] };
}

/** Collects the slices of `corpusInSlices` on the page's side, and puts the corpus back together. */
export function createCorpusAssembler() {
  const lists: Record<(typeof LISTS)[number], unknown[]> = {
    events: [],
    timexes: [],
    mentions: [],
    clusters: [],
  };
  const perArticle = new Map<number, Record<(typeof ARTICLE_LISTS)[number], unknown[]>>();
  return {
    add(slice: CorpusSlice) {
      let into: unknown[];
      if ('article' in slice) {
        let own = perArticle.get(slice.article);
        if (!own) perArticle.set(slice.article, (own = { sentences: [], paragraphs: [] }));
        into = own[slice.list];
      } else into = lists[slice.list];
      for (const item of slice.items) into.push(item);
    },
    /** The corpus whose lists came in slices, whole again. */
    finish(rest: Corpus): Corpus {
      return {
        ...rest,
        articles: rest.articles.map((a, i) => {
          const own = perArticle.get(i);
          return own
            ? {
                ...a,
                sentences: own.sentences as Article['sentences'],
                paragraphs: own.paragraphs as Article['paragraphs'],
              }
            : a;
        }),
        events: lists.events as Corpus['events'],
        timexes: lists.timexes as Corpus['timexes'],
        mentions: lists.mentions as Corpus['mentions'],
        clusters: lists.clusters as Corpus['clusters'],
      };
    },
  };
}
