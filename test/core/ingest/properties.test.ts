import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, ingestFile, splitSentences } from '../../../src/core/ingest';
import type { Sentence, Span } from '../../../src/core/types';

// Pieces that exercise the rules: abbreviations, quotes, furniture, markup, emoji, odd spaces.
const piece = fc.constantFrom(
  'Mr. ',
  'U.S. ',
  'Oct. 18',
  'a.m. ',
  '“Yes,” he said. ',
  '.” ',
  '? ',
  '...',
  '…',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u00a0',
  '(Reuters)',
  'Credit…A/B',
  'FILE PHOTO: ',
  'Read more...',
  'TT',
  '<p>',
  '</p>',
  '&amp;',
  '&#x1F600;',
  '🎉',
  '\ud83d',
  '\u0000',
  '\ufeff',
  'The End',
  'Related Articles',
  'Some words here. ',
  'He left.',
);
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((a) => a.join('')),
);

function expectSentencesWellFormed(t: string, sentences: Sentence[], paragraphs: Span[]) {
  let previousEnd = 0;
  for (const s of sentences) {
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(t.length);
    expect(t.slice(s.start, s.end)).toBe(t.slice(s.start, s.end).trim());
    const p = paragraphs[s.paragraph];
    if (p) {
      expect(s.start).toBeGreaterThanOrEqual(p.start);
      expect(s.end).toBeLessThanOrEqual(p.end);
    }
    previousEnd = s.end;
  }
}

describe('splitSentences(text, paragraphs) properties', () => {
  it('never throws; sentences are sorted, disjoint, trimmed, non-empty, inside their paragraph', () => {
    fc.assert(
      fc.property(text, (t) => {
        const paragraphs: Span[] = [];
        // Without paragraphs, each non-empty line is one.
        t.split('\n').reduce((start, line) => {
          if (line) paragraphs.push({ start, end: start + line.length });
          return start + line.length + 1;
        }, 0);
        expectSentencesWellFormed(t, splitSentences(t), paragraphs);
        const given = paragraphs.map((p) => ({ ...p, kind: 'body' as const }));
        expectSentencesWellFormed(t, splitSentences(t, given), given);
      }),
      { numRuns: 500 },
    );
  });
});

describe('ingestFile(file) properties', () => {
  it('never throws on arbitrary text; spans are non-empty and inside the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const articles = ingestFile({ name: 'x.txt', text: t });
        expect(articles.length).toBeGreaterThanOrEqual(1);
        for (const a of articles) {
          let end = 0;
          for (const p of a.paragraphs) {
            expect(p.start).toBeGreaterThanOrEqual(end);
            expect(p.end).toBeGreaterThan(p.start);
            end = p.end;
          }
          expect(end).toBe(a.text.length);
          expect(a.paragraphs.map((p) => a.text.slice(p.start, p.end)).join('\n\n')).toBe(a.text);
          expectSentencesWellFormed(a.text, a.sentences, a.paragraphs);
          for (const c of a.credits) {
            expect(c.end).toBeGreaterThan(c.start);
            expect(
              a.paragraphs.some((p) => p.kind === 'caption' && p.start <= c.start && c.end <= p.end),
            ).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary manifest entries', () => {
    const entry = fc.record(
      {
        file: fc.constant('x.txt'),
        part: fc.oneof(fc.integer({ min: -3, max: 1e9 }), fc.double()),
        title: fc.oneof(text, fc.constantFrom('Some words here', 'The End', 'Related Articles')),
      },
      { requiredKeys: ['file'] },
    );
    fc.assert(
      fc.property(text, fc.array(entry, { maxLength: 4 }), (t, entries) => {
        const articles = ingestFile({ name: 'x.txt', text: t }, entries);
        expect(articles.length).toBeGreaterThanOrEqual(1);
        expect(articles[0]!.part).toBe(1);
        articles.forEach((a, i) => i > 0 && expect(a.part).toBeGreaterThan(articles[i - 1]!.part));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expect(typeof decodeText(bytes).text).toBe('string');
        const articles = ingestFile({ name: 'x.bin', bytes });
        for (const a of articles)
          for (const s of a.sentences) expect(s.end).toBeLessThanOrEqual(a.text.length);
      }),
      { numRuns: 300 },
    );
  });
});
