import { describe, expect, it, vi } from 'vitest';
import { parseCorpus } from '../../../src/core/pipeline';

// A tagger that fails on one text, as a rule with a bug would: the rest must not suffer.
vi.mock('../../../src/core/time', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/core/time')>();
  return {
    ...real,
    tagTimexes: (text: string, opts: Parameters<typeof real.tagTimexes>[1]) => {
      if (text.includes('Ostrava')) throw new Error('rule "quarter" failed');
      return real.tagTimexes(text, opts);
    },
  };
});

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe('parseCorpus when the tagger fails on one article', () => {
  const corpus = parseCorpus(
    [
      file('a.txt', 'Talks resume\n\nNegotiators met in Oslo on Tuesday and will meet again on Friday.'),
      file('b.txt', 'Plant closes\n\nThe Ostrava plant closed on Monday after 40 years.'),
    ],
    {
      articles: [
        { file: 'a.txt', title: 'Talks resume', published: '2023-10-18' },
        { file: 'b.txt', title: 'Plant closes', published: '2023-10-18' },
      ],
    },
  );
  const byTitle = (t: string) => corpus.articles.find((a) => a.title === t)!;

  it('keeps that article, with its text and a warning that names the failure', () => {
    const b = byTitle('Plant closes');
    expect(b.text).toContain('The Ostrava plant closed on Monday');
    expect(b.warnings).toContainEqual(
      expect.stringMatching(/dates could not be read \(rule "quarter" failed\)/),
    );
    expect(corpus.timexes.filter((t) => t.articleId === b.id)).toEqual([]);
  });

  it('still dates the other articles', () => {
    const a = byTitle('Talks resume');
    expect(corpus.events.filter((e) => e.articleId === a.id).map((e) => e.value)).toEqual([
      '2023-10-17',
      '2023-10-20',
    ]);
  });
});
