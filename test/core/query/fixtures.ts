import type { Article } from '../../../src/core/types';

/** An empty article from `source`, published 17 October 2023: what filtering and grouping read. */
export const article = (id: string, source: string | null): Article => ({
  id,
  title: id,
  source,
  language: 'en',
  published: '2023-10-17',
  publishedDate: { value: '2023-10-17', granularity: 'day', source: 'manifest', confidence: 1 },
  file: `${id}.txt`,
  part: 1,
  text: '',
  paragraphs: [],
  sentences: [],
  warnings: [],
});
