import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestFile, foldKey } from '../../../src/core/ingest';
import type { Manifest } from '../../../src/core/types';

const dir = new URL('../../../src/corpus/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as Manifest;
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const read = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, dir))) });
const entriesOf = (name: string) => manifest.articles.filter((e) => e.file === name);
const paragraphTexts = (a: { text: string; paragraphs: { start: number; end: number }[] }) =>
  a.paragraphs.map((p) => a.text.slice(p.start, p.end));

describe('ingestFile over the bundled corpus', () => {
  const all = files.flatMap((name) => ingestFile(read(name), entriesOf(name)).map((a) => ({ name, a })));

  it('finds one article per manifest entry, titled as the manifest says', () => {
    expect(all.map(({ name, a }) => [name, a.part, a.title])).toEqual(
      manifest.articles.map((e) => [e.file, e.part ?? 1, e.title]),
    );
  });

  it.each(all.map(({ name, a }) => [`${name}#${a.part}`, a] as const))(
    '%s: no paragraph repeats another',
    (_, a) => {
      const keys = paragraphTexts(a).map(foldKey);
      expect(new Set(keys).size).toBe(keys.length);
    },
  );

  it.each(all.map(({ name, a }) => [`${name}#${a.part}`, a] as const))(
    '%s: no furniture-like short line survives',
    (_, a) => {
      for (const p of a.paragraphs) {
        const t = a.text.slice(p.start, p.end);
        const words = t.split(/\s+/).length;
        if (p.kind === 'heading') expect(words, t).toBeGreaterThanOrEqual(2);
        else expect(words, t).toBeGreaterThanOrEqual(3);
        expect(t, t).not.toMatch(/(\.\.\.|…)$/);
        if (p.kind !== 'body') expect(t, t).not.toMatch(/^[\p{Lu}\s]+$/u); // no all-caps labels
      }
    },
  );

  it.each(all.map(({ name, a }) => [`${name}#${a.part}`, a] as const))(
    '%s: the title is not repeated in the text, every caption appears once',
    (_, a) => {
      expect(foldKey(a.text).startsWith(foldKey(a.title))).toBe(false);
      for (const p of a.paragraphs.filter((q) => q.kind === 'caption')) {
        const caption = a.text.slice(p.start, p.end);
        expect(a.text.split(caption).length - 1, caption).toBe(1);
      }
    },
  );

  it('keeps the section headings between body paragraphs', () => {
    const headings = all.flatMap(({ a }) =>
      a.paragraphs.filter((p) => p.kind === 'heading').map((p) => a.text.slice(p.start, p.end)),
    );
    expect(headings).toEqual(
      expect.arrayContaining(['Tunnels as a Bargaining Tool', 'Deepening bilateral exchanges']),
    );
    for (const { a } of all) {
      a.paragraphs.forEach((p, i) => {
        if (p.kind !== 'heading') return;
        expect(a.paragraphs.slice(0, i).some((q) => q.kind === 'body')).toBe(true);
        expect(a.paragraphs.slice(i + 1).some((q) => q.kind === 'body')).toBe(true);
      });
    }
  });

  it('marks captions (credited or duplicated) and exposes their credits', () => {
    const captions = all.reduce((n, { a }) => n + a.paragraphs.filter((p) => p.kind === 'caption').length, 0);
    const credits = all.flatMap(({ a }) => a.credits.map((c) => a.text.slice(c.start, c.end)));
    expect(captions).toBeGreaterThanOrEqual(7);
    for (const c of credits) expect(c).toMatch(/^(\(|Credit|[\p{Lu}])/u);
    expect(credits.some((c) => c.startsWith('Credit'))).toBe(true);
  });

  it('keeps the "contributed reporting" credit line as the last body paragraph', () => {
    const withLine = all.filter(({ a }) => /contributed reporting\.$/.test(a.text));
    expect(withLine.length).toBeGreaterThan(0);
  });

  describe('the file holding two articles', () => {
    const twoPart = files.filter((f) => entriesOf(f).length === 2);
    it.each(twoPart)('%s splits at the same boundary with and without the manifest', (name) => {
      const withManifest = ingestFile(read(name), entriesOf(name));
      const without = ingestFile(read(name));
      expect(withManifest).toHaveLength(2);
      expect(without).toHaveLength(2);
      expect(without.map((a) => a.text)).toEqual(withManifest.map((a) => a.text));
      expect(without.map((a) => foldKey(a.title))).toEqual(
        entriesOf(name).map((e) => foldKey(e.title ?? '')),
      );
    });
    it('has at least one such file', () => expect(twoPart.length).toBeGreaterThan(0));
  });

  it('matches the reviewed outline (paragraph kinds and openings) in __golden__', async () => {
    // Plain text, one line per paragraph: easy to review in a diff, and not reformatted by Prettier.
    const outline = all.flatMap(({ name, a }) => [
      `${name} #${a.part} ${a.title} | ${a.sentences.length} sentences | credits: ${a.credits.map((c) => a.text.slice(c.start, c.end)).join('; ')}`,
      ...a.paragraphs.map((p) => `  ${p.kind}: ${a.text.slice(p.start, Math.min(p.end, p.start + 70))}`),
    ]);
    await expect(outline.join('\n') + '\n').toMatchFileSnapshot('./__golden__/corpus-outline.txt');
  });

  it('splits no single-article file when no manifest is given', () => {
    for (const name of files.filter((f) => entriesOf(f).length === 1))
      expect(ingestFile(read(name))).toHaveLength(1);
  });
});
