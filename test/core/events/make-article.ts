import type { Article, Paragraph, Sentence, Timex } from '../../../src/core/types';

/**
 * A hand-built article for event tests: one paragraph per line (lines starting with "CAPTION: "
 * are captions), sentences split after . ! ? followed by a space.
 */
export function makeArticle(id: string, text: string, published: string | null = '2023-10-17'): Article {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    const end = start + line.length;
    offset = end + 1;
    if (line.trim() === '') continue;
    paragraphs.push({ start, end, kind: line.startsWith('CAPTION: ') ? 'caption' : 'body' });
    const p = paragraphs.length - 1;
    let s = start;
    for (const m of line.matchAll(/[.!?](?=\s)/g)) {
      const e = start + m.index + 1;
      sentences.push({ start: s, end: e, paragraph: p });
      s = e + 1;
    }
    if (s < end) sentences.push({ start: s, end, paragraph: p });
  }
  return {
    id,
    title: id,
    source: null,
    language: 'en',
    published,
    publishedDate: {
      value: published,
      granularity: published ? 'day' : null,
      source: 'manifest',
      confidence: 1,
    },
    file: `${id}.txt`,
    part: 1,
    text,
    paragraphs,
    sentences,
    warnings: [],
  };
}

/** A timex on the first occurrence of `phrase` (or the n-th, 0-based) in the article. */
export function timexAt(
  article: Article,
  phrase: string,
  value: string,
  type: Timex['type'] = 'DATE',
  nth = 0,
): Timex {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = article.text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`"${phrase}" not in article`);
  return {
    id: `${article.id}:t${start}`,
    start,
    end: start + phrase.length,
    text: phrase,
    type,
    value,
    explanation: 'test',
  };
}
