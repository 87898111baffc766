import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { valueToInterval } from '../../src/core/time/interval';
import {
  CORPUS_FORMAT,
  CORPUS_VERSION,
  type Article,
  type Corpus,
  type Event,
  type Paragraph,
  type Sentence,
  type Timex,
} from '../../src/core/types';
import { ExplorerStoreProvider } from '../../src/state/context';
import { createExplorerStore, type ExplorerInit } from '../../src/state/store';

/** A date in a sentence: [text, value, alternatives?]. Marked in the sentence as [[text]]. */
type DateSpec = {
  value: string;
  explanation?: string;
  alternatives?: { value: string; explanation: string }[];
};
type SentenceSpec = {
  text: string;
  dates?: DateSpec[];
  actors?: string[];
  topics?: string[];
  cluster?: string;
};
type ParagraphSpec = { kind?: Paragraph['kind']; sentences: SentenceSpec[] };
type ArticleSpec = {
  id: string;
  title: string;
  source: string;
  published: string;
  paragraphs: ParagraphSpec[];
};

/** Builds a valid corpus from readable specs; "[[...]]" marks each temporal expression. */
export function buildCorpus(specs: ArticleSpec[]): Corpus {
  const corpus: Corpus = {
    format: CORPUS_FORMAT,
    version: CORPUS_VERSION,
    articles: [],
    timexes: [],
    events: [],
    actors: [
      { id: 'person:ana-lind', name: 'Ana Lind', kind: 'person', aliases: ['Lind'] },
      { id: 'person:omar-haddad', name: 'Omar Haddad', kind: 'person', aliases: [] },
      { id: 'country:NO', name: 'Norway', kind: 'country', aliases: [] },
      { id: 'country:PE', name: 'Peru', kind: 'country', aliases: [] },
      { id: 'org:un', name: 'United Nations', kind: 'organisation', aliases: ['UN'] },
    ],
    mentions: [],
    topics: [
      { id: 'diplomacy', label: 'Diplomacy' },
      { id: 'economy', label: 'Economy' },
    ],
    clusters: [],
    corrections: [],
    warnings: [],
  };
  const clusters = new Map<string, string[]>();
  for (const spec of specs) {
    let text = '';
    const paragraphs: Paragraph[] = [];
    const sentences: Sentence[] = [];
    let t = 0;
    spec.paragraphs.forEach((p, pi) => {
      if (pi > 0) text += '\n\n';
      const pStart = text.length;
      p.sentences.forEach((s, si) => {
        if (si > 0) text += ' ';
        const sStart = text.length;
        const pieces = s.text.split(/\[\[|\]\]/);
        const spans: { start: number; end: number; text: string }[] = [];
        pieces.forEach((piece, k) => {
          if (k % 2 === 1) spans.push({ start: text.length, end: text.length + piece.length, text: piece });
          text += piece;
        });
        const sentence = { start: sStart, end: text.length, paragraph: pi };
        sentences.push(sentence);
        spans.forEach((span, k) => {
          const d = s.dates?.[k] ?? { value: 'P1D' };
          const timex: Timex & { articleId: string } = {
            ...span,
            id: `${spec.id}:t${t++}`,
            articleId: spec.id,
            type: valueToInterval(d.value) ? 'DATE' : 'DURATION',
            value: d.value,
            anchor: { kind: 'dct' },
            explanation: d.explanation ?? `${span.text} -> ${d.value}`,
            ...(d.alternatives ? { alternatives: d.alternatives } : {}),
          };
          corpus.timexes.push(timex);
          const interval = valueToInterval(d.value);
          if (!interval) return;
          const cluster = s.cluster ?? `c:${spec.id}:${sentences.length - 1}:${k}`;
          const id = `${spec.id}-e${sentences.length - 1}-${k}`;
          const event: Event = {
            id,
            articleId: spec.id,
            type: 'DATE',
            value: d.value,
            ...interval,
            sentence: {
              start: sentence.start,
              end: sentence.end,
              index: sentences.length - 1,
              text: text.slice(sentence.start, sentence.end),
            },
            timex: { start: span.start, end: span.end, text: span.text, id: timex.id },
            actors: s.actors ?? [],
            topics: (s.topics ?? []).map((x) => ({ id: x, triggers: [] })),
            caption: p.kind === 'caption',
            cluster,
          };
          corpus.events.push(event);
          clusters.set(cluster, [...(clusters.get(cluster) ?? []), id]);
        });
      });
      paragraphs.push({ start: pStart, end: text.length, kind: p.kind ?? 'body' });
    });
    const article: Article = {
      id: spec.id,
      title: spec.title,
      source: spec.source,
      language: 'en',
      published: spec.published,
      publishedDate: { value: spec.published, granularity: 'day', source: 'manifest', confidence: 1 },
      file: `${spec.id}.txt`,
      part: 1,
      text,
      paragraphs,
      sentences,
      warnings: [],
    };
    corpus.articles.push(article);
  }
  const byId = new Map(corpus.events.map((e) => [e.id, e]));
  corpus.clusters = [...clusters].map(([id, events]) => ({
    id,
    events,
    value: byId.get(events[0]!)!.value,
    articles: [...new Set(events.map((e) => byId.get(e)!.articleId))],
  }));
  return corpus;
}

/** Three invented reports; two outlets report the same summit (one cluster). */
export const sampleCorpus = () =>
  buildCorpus([
    {
      id: 'wire-1',
      title: 'Lind meets Haddad in Oslo',
      source: 'Wire One',
      published: '2023-10-17',
      paragraphs: [
        { kind: 'heading', sentences: [{ text: 'Summit talks' }] },
        {
          sentences: [
            {
              text: 'Ana Lind met Omar Haddad in Oslo on [[Tuesday]].',
              dates: [
                {
                  value: '2023-10-17',
                  explanation: 'Tuesday -> Tue 17 Oct 2023: the Tuesday of the publication week',
                  alternatives: [{ value: '2023-10-24', explanation: 'the next Tuesday' }],
                },
              ],
              actors: ['person:ana-lind', 'person:omar-haddad', 'country:NO'],
              topics: ['diplomacy'],
              cluster: 'summit',
            },
            { text: 'The meeting lasted [[two hours]].' },
            {
              text: 'Trade between the two grew in [[September]].',
              dates: [{ value: '2023-09' }],
              actors: ['country:NO', 'country:PE'],
              topics: ['economy'],
            },
          ],
        },
        { kind: 'caption', sentences: [{ text: 'Lind and Haddad shake hands.' }] },
      ],
    },
    {
      id: 'paper-2',
      title: 'Haddad visits Norway',
      source: 'Paper Two',
      published: '2023-10-18',
      paragraphs: [
        {
          sentences: [
            {
              text: 'Omar Haddad arrived in Norway on [[17 October]].',
              dates: [{ value: '2023-10-17' }],
              actors: ['person:omar-haddad', 'country:NO'],
              topics: ['diplomacy'],
              cluster: 'summit',
            },
            {
              text: 'The United Nations will review the deal in [[2024]].',
              dates: [{ value: '2024' }],
              actors: ['org:un'],
              topics: ['diplomacy'],
            },
          ],
        },
      ],
    },
    {
      id: 'daily-3',
      title: 'Peru markets',
      source: 'Daily Three',
      published: '2023-08-02',
      paragraphs: [
        {
          sentences: [
            {
              text: 'Peru cut rates on [[1 August 2023]].',
              dates: [{ value: '2023-08-01' }],
              actors: ['country:PE'],
              topics: ['economy'],
            },
          ],
        },
      ],
    },
  ]);

export function renderWithStore(ui: ReactNode, init: ExplorerInit) {
  const store = createExplorerStore(init);
  const result = render(<ExplorerStoreProvider store={store}>{ui}</ExplorerStoreProvider>);
  return { store, ...result };
}

/**
 * What the page's live region of that politeness says now (index.html has it from load, empty;
 * test/setup-dom.ts puts it in each test's page).
 */
export const announced = (politeness: 'polite' | 'assertive' = 'polite') =>
  document.getElementById(`announcer-${politeness}`)?.textContent ?? null;
