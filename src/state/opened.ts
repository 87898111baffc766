import type { Corpus } from '../core/types';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What a reader is told once a collection opens: how many articles, and how their dates were
 * found, so an undated article is not mistaken for one without events. The store says it again of
 * the corpus as it becomes (a publication date set by hand), so the notice never keeps telling the
 * reader to set a date that is set, or that there are no dated events once there are.
 *
 * @example describeOpened(corpus) // 'Opened 3 articles (1 dated from the text, 1 without a date: set it in the article panel).'
 */
export function describeOpened(corpus: Pick<Corpus, 'articles' | 'events'>): string {
  const fromText = corpus.articles.filter(
    (a) => a.publishedDate.source === 'dateline' || a.publishedDate.source === 'inferred',
  ).length;
  const undated = corpus.articles.filter((a) => a.publishedDate.value === null).length;
  const how = [
    fromText ? `${fromText} dated from the text` : '',
    undated ? `${undated} without a date: set it in the article panel` : '',
  ].filter(Boolean);
  const events = corpus.events.length ? '' : ' No dated events were found in them.';
  return `Opened ${plural(corpus.articles.length, 'article')}${how.length ? ` (${how.join(', ')})` : ''}.${events}`;
}
