import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyCorrection, parseCorpus } from '../../../src/core/pipeline';
import type { Corpus } from '../../../src/core/types';
import { validateCorpus } from '../../../src/core/validate';
import { format, resolveConfig } from 'prettier';
import { bundledCorpus } from './corpus-files';
import { generateNewsText } from '../../../src/core/synthetic';

const GOLDEN = new URL('../__golden__/corpus.json', import.meta.url).pathname;

const { files, manifest } = bundledCorpus();
const corpus = parseCorpus(files, manifest);
const article = (titleStart: string) => corpus.articles.find((a) => a.title.startsWith(titleStart))!;

/**
 * What the golden file holds: everything a reviewer checks (articles without their text, every
 * event with its sentence, actors, clusters of several sources, warnings), not the full corpus.
 */
function reviewView(c: Corpus) {
  return {
    articles: c.articles.map((a) => ({
      id: a.id,
      title: a.title,
      published: a.published,
      publishedDate: a.publishedDate.source,
      paragraphs: a.paragraphs.length,
      sentences: a.sentences.length,
    })),
    events: c.events.map((e) => ({
      id: e.id,
      article: e.articleId,
      value: e.value,
      timex: e.timex.text,
      sentence: e.sentence.text,
      actors: e.actors,
      topics: e.topics.map((t) => `${t.id}: ${t.triggers.join(', ')}`),
      caption: e.caption,
      cluster: e.cluster,
    })),
    actors: c.actors.map(
      (a) =>
        `${a.id} | ${a.name} | ${a.aliases.join(', ')} | ${c.mentions.filter((m) => m.actorId === a.id).length}`,
    ),
    clusters: c.clusters.filter((k) => k.events.length > 1),
    warnings: c.warnings,
  };
}

describe('parseCorpus(files, manifest)', () => {
  it('matches the reviewed golden file on the bundled corpus', async () => {
    // Formatted as the repo's prettier would, so `npm run format` leaves the golden file as it is.
    const formatted = await format(JSON.stringify(reviewView(corpus)), {
      ...(await resolveConfig(GOLDEN)),
      filepath: GOLDEN,
    });
    await expect(formatted).toMatchFileSnapshot('../__golden__/corpus.json');
  });

  it('returns the corpus format with every section', () => {
    expect(corpus).toMatchObject({ format: 'dateline-corpus', version: 1 });
    expect(corpus.articles).toHaveLength(6);
    expect(corpus.topics.length).toBeGreaterThanOrEqual(10);
    expect(corpus.corrections).toEqual([]);
  });

  it('passes validateCorpus unchanged after a JSON round trip', () => {
    const json = JSON.parse(JSON.stringify(corpus)) as unknown;
    const result = validateCorpus(json);
    expect(result.errors).toEqual([]);
    expect(result.corpus).toEqual(json);
  });

  it('takes publication dates from the manifest', () => {
    expect(article('Putin Visits China').publishedDate).toMatchObject({
      value: '2023-10-17',
      source: 'manifest',
      confidence: 1,
    });
  });

  it('makes the arrival in Beijing on 17 October one cluster of three sources', () => {
    const arrival = corpus.clusters.filter(
      (c) =>
        c.value === '2023-10-17' &&
        c.events.some((id) => /arriv/i.test(corpus.events.find((e) => e.id === id)!.sentence.text)),
    );
    expect(arrival).toHaveLength(1);
    expect(arrival[0]!.articles).toHaveLength(3);
    for (const id of arrival[0]!.events)
      expect(corpus.events.find((e) => e.id === id)!.actors).toContain('person:vladimir-putin');
  });

  it('merges the forms of one name across articles', () => {
    const putin = corpus.actors.find((a) => a.id === 'person:vladimir-putin')!;
    expect(putin.aliases).toEqual(expect.arrayContaining(['Putin', 'Vladimir Putin']));
    const articlesNamingPutin = new Set(
      corpus.mentions.filter((m) => m.actorId === putin.id).map((m) => m.articleId),
    );
    expect(articlesNamingPutin.size).toBe(5);
    expect(
      corpus.actors.filter(
        (a) => a.kind === 'person' && /Kovalenko|Maishev|Bobylev|Olivia Wang/.test(a.name),
      ),
    ).toEqual([]);
  });

  it('keeps article and event ids when the corpus is parsed again or an article is added', () => {
    const without = parseCorpus(
      files.filter((f) => !f.name.startsWith('004')),
      manifest,
    );
    const again = parseCorpus(files, manifest);
    expect(again.events.map((e) => e.id)).toEqual(corpus.events.map((e) => e.id));
    const kept = new Set(without.articles.map((a) => a.id));
    expect(corpus.articles.filter((a) => kept.has(a.id))).toHaveLength(without.articles.length);
    expect(corpus.events.filter((e) => kept.has(e.articleId)).map((e) => e.id)).toEqual(
      without.events.map((e) => e.id),
    );
  });

  it('parses without a manifest: dates from the text or unknown, relative dates then left unresolved', () => {
    const bare = parseCorpus(files);
    expect(bare.articles.length).toBeGreaterThanOrEqual(5);
    for (const a of bare.articles) {
      expect(['dateline', 'inferred', 'unknown']).toContain(a.publishedDate.source);
      if (a.published === null) {
        // No reference date: no event may come from a weekday or "last month" resolved against "now".
        const relative = bare.timexes.filter((t) => t.articleId === a.id && t.anchor?.kind === 'dct');
        expect(relative).toEqual([]);
      }
    }
  });

  it('reads the publication day from the article address when the manifest gives no date', () => {
    const text = 'Talks resumed on Tuesday, officials said.\n\nNo date is written in this story.';
    const dated = parseCorpus([{ name: 'a.txt', text }], {
      articles: [
        { file: 'a.txt', title: 'Talks resume', url: 'https://news.example/2023/10/17/talks-resume' },
      ],
    });
    expect(dated.articles[0]!.published).toBe('2023-10-17');
    const bare = parseCorpus([{ name: 'a.txt', text }], {
      articles: [{ file: 'a.txt', title: 'Talks resume' }],
    });
    expect(bare.articles[0]!.published).toBeNull();
  });

  it('dates a file without a manifest from the stamp or byline above its text', () => {
    // Lines ingest takes off above the text; inference reads them as the top of the page.
    const body = '\n\nTalks resumed in Oslo on Tuesday, officials said. No year is written here.';
    const heads = [
      'Talks resume in Oslo\nBy Jane Doe\nPublished October 17, 2023 at 5:12 a.m. ET',
      'Talks resume in Oslo\nBy Jane Doe | Oct. 17, 2023',
      'Talks resume in Oslo\nTue 17 Oct 2023 10.32 BST',
      'Talks resume in Oslo\nUpdated 3:45 PM EDT, Tue October 17, 2023',
      'Talks resume in Oslo\n2023-10-17T05:12:00Z',
      // A copied page glues the time to the year.
      'Talks resume in Oslo\nBy Jane Doe, Reuters\nOctober 17, 20239:12 AM GMT+8Updated 2 hours ago',
    ];
    for (const head of heads) {
      const [a] = parseCorpus([{ name: 'a.txt', text: head + body }]).articles;
      expect([head, a!.title, a!.published, a!.publishedDate.source]).toEqual([
        head,
        'Talks resume in Oslo',
        '2023-10-17',
        'dateline',
      ]);
      expect(a!.text).not.toContain('2023');
    }
    // The evidence names the line for what it is.
    const evidence = (head: string) =>
      parseCorpus([{ name: 'a.txt', text: head + body }]).articles[0]!.publishedDate.evidence;
    expect(evidence(heads[0]!)).toMatch(/^date stamp 'October 17, 2023'/);
    expect(evidence(heads[1]!)).toMatch(/^byline date 'Oct. 17, 2023'/);
  });

  it("keeps an obituary's closing life-span line, and dates the article by it", () => {
    const text = [
      'Ada Holm obituary',
      'Ada Holm, who has died aged 84, built the first tide gauges on the Skagerrak coast.',
      'She died at home on Thursday. A funeral will be held on Friday.',
      'Ada Maria Holm, engineer, born 3 June 1928; died 11 April 2013',
    ].join('\n\n');
    const c = parseCorpus([{ name: 'a.txt', text }]);
    const a = c.articles[0]!;
    expect(a.text).toMatch(/born 3 June 1928; died 11 April 2013$/);
    expect(c.timexes.map((t) => t.value)).toEqual(expect.arrayContaining(['1928-06-03', '2013-04-11']));
    expect(a.published).toBe('2013-04-11');
  });

  it('never throws and keeps every span inside its article text', () => {
    const text = fc.string({
      unit: fc.constantFrom(...'Ab Mr. Putin said on Tuesday, March 5, 2023 (ICC) “’\n\n—é…/'.split('')),
      maxLength: 300,
    });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        const c = parseCorpus(texts.map((t, i) => ({ name: `f${i}.txt`, text: t })));
        const length = new Map(c.articles.map((a) => [a.id, a.text.length]));
        const inside = (id: string, s: { start: number; end: number }) =>
          s.start >= 0 && s.start <= s.end && s.end <= length.get(id)!;
        for (const a of c.articles)
          for (const s of [...a.sentences, ...a.paragraphs]) expect(inside(a.id, s)).toBe(true);
        for (const t of c.timexes) expect(inside(t.articleId, t)).toBe(true);
        for (const m of c.mentions) expect(inside(m.articleId, m)).toBe(true);
        for (const e of c.events)
          expect(inside(e.articleId, e.sentence) && inside(e.articleId, e.timex)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('survives bytes that are not UTF-8 and empty files', () => {
    const c = parseCorpus([
      { name: 'bad.txt', bytes: new Uint8Array([0xff, 0xfe, 0x41, 0x80, 0x0a]) },
      { name: 'empty.txt', text: '' },
    ]);
    expect(c.format).toBe('dateline-corpus');
    expect(c.warnings.length).toBeGreaterThan(0);
  });
});

describe('applyCorrection(corpus, correction)', () => {
  const event = corpus.events.find((e) => e.timex.text === 'Tuesday' && e.value === '2023-10-17')!;
  const correction = {
    articleId: event.articleId,
    start: event.timex.start,
    end: event.timex.end,
    text: 'Tuesday',
    value: '2023-10-24',
    note: 'test',
  };
  const corrected = applyCorrection(corpus, correction);

  it('re-derives the event from the corrected timex and keeps its id', () => {
    const after = corrected.events.find((e) => e.id === event.id)!;
    expect(after).toMatchObject({
      value: '2023-10-24',
      start: '2023-10-24',
      end: '2023-10-25',
      granularity: 'day',
    });
    expect(corrected.timexes.find((t) => t.id === event.timex.id)).toMatchObject({
      value: '2023-10-24',
      correction: { original: '2023-10-17', note: 'test' },
    });
    expect(corrected.corrections).toEqual([correction]);
  });

  it('moves the event out of its old cluster', () => {
    const cluster = corrected.clusters.find((c) => c.events.includes(event.id))!;
    expect(cluster.value).toBe('2023-10-24');
    expect(cluster.events).toEqual([event.id]);
    expect(corpus.clusters.find((c) => c.id === event.cluster)!.events.length).toBeGreaterThan(1);
  });

  it('is pure and matches a parse with the correction', () => {
    expect(corpus.events.find((e) => e.id === event.id)!.value).toBe('2023-10-17');
    const reparsed = parseCorpus(files, manifest, { corrections: [correction] });
    expect(reparsed.events).toEqual(corrected.events);
    expect(reparsed.clusters).toEqual(corrected.clusters);
  });

  it('keeps but does not apply a correction whose text no longer matches', () => {
    const stale = applyCorrection(corpus, { ...correction, text: 'Monday' });
    expect(stale.events).toEqual(corpus.events);
    expect(stale.corrections).toHaveLength(1);
    expect(stale.warnings.at(-1)).toMatch(/does not match the text any more; not applied/);
  });

  it('drops the event when the corrected value has no interval', () => {
    const none = applyCorrection(corpus, { ...correction, value: 'PRESENT_REF' });
    expect(none.events.find((e) => e.id === event.id)).toBeUndefined();
  });
});

describe('applyCorrection(corpus, {kind: "published"}): a publication date set by hand', () => {
  // Without a manifest, an article whose text gives no year keeps its date unknown and its
  // relative dates unresolved; the reader sets the day.
  const bare = parseCorpus(files);
  const undated = bare.articles.find((a) => a.published === null)!;
  const day = '2023-10-18';
  const published = {
    articleId: undated.id,
    start: 0,
    end: 0,
    text: '',
    value: day,
    kind: 'published' as const,
  };
  const dated = applyCorrection(bare, published);
  const after = dated.articles.find((a) => a.id === undated.id)!;

  it('dates the article, set by hand', () => {
    expect(after.published).toBe(day);
    expect(after.publishedDate).toMatchObject({
      value: day,
      granularity: 'day',
      source: 'user',
      confidence: 1,
    });
    expect(dated.corrections).toEqual([published]);
  });

  it("reads the article's relative dates against it", () => {
    const before = bare.timexes.filter((t) => t.articleId === undated.id && t.anchor?.kind === 'dct');
    const now = dated.timexes.filter((t) => t.articleId === undated.id && t.anchor?.kind === 'dct');
    expect(before).toEqual([]);
    expect(now.length).toBeGreaterThan(0);
    expect(dated.events.filter((e) => e.articleId === undated.id).length).toBeGreaterThan(
      bare.events.filter((e) => e.articleId === undated.id).length,
    );
  });

  it('reads as the same article dated by the manifest, and as a parse with the correction', () => {
    const entries = manifest.articles.map((e) =>
      e.file === undated.file && (e.part ?? 1) === undated.part ? { ...e, published: day } : e,
    );
    const withManifest = parseCorpus(files, { ...manifest, articles: entries });
    const same = withManifest.articles.find((a) => a.file === undated.file && a.part === undated.part)!;
    const values = (c: Corpus, id: string) =>
      c.timexes.filter((t) => t.articleId === id).map((t) => [t.start, t.text, t.value]);
    expect(values(dated, undated.id)).toEqual(values(withManifest, same.id));
    const reparsed = parseCorpus(files, undefined, { corrections: [published] });
    expect(reparsed.events).toEqual(dated.events);
  });

  it("keeps the article's own date corrections on top of the new reading", () => {
    const t = dated.timexes.find((x) => x.articleId === undated.id && x.anchor?.kind === 'dct')!;
    const fix = { articleId: undated.id, start: t.start, end: t.end, text: t.text, value: '2020-01-01' };
    const both = applyCorrection(applyCorrection(bare, fix), published);
    expect(both.timexes.find((x) => x.id === t.id)).toMatchObject({ value: '2020-01-01' });
    expect(both.corrections).toHaveLength(2);
  });

  it('keeps but does not apply a value that is no day', () => {
    const bad = applyCorrection(bare, { ...published, value: '2023-10' });
    expect(bad.articles.find((a) => a.id === undated.id)!.published).toBeNull();
    expect(bad.warnings.at(-1)).toMatch(/is not a day \(YYYY-MM-DD\); not applied/);
    expect(bad.corrections).toHaveLength(1);
  });
});

describe('parseCorpus(files, manifest, {published}): a day the reader gives for undated articles', () => {
  const text = 'Pier repairs began on Tuesday, the harbour office said.\n\nThe work should last a month.';
  const files = [
    { name: 'pier.txt', text },
    { name: 'ferry.txt', text: 'Ferry fares rise on Monday, the operator said.' },
  ];
  const manifest = { articles: [{ file: 'ferry.txt', title: 'Ferry fares', published: '2024-02-02' }] };

  it('dates the articles the manifest does not date, and reads their relative dates against it', () => {
    const corpus = parseCorpus(files, manifest, { published: '2024-05-08' });
    const pier = corpus.articles.find((a) => a.file === 'pier.txt')!;
    expect(pier.published).toBe('2024-05-08');
    expect(pier.publishedDate).toMatchObject({ source: 'user', granularity: 'day', confidence: 1 });
    // Tuesday of the week of Wednesday 8 May 2024.
    expect(corpus.events.find((e) => e.articleId === pier.id)?.value).toBe('2024-05-07');
  });

  it('leaves a manifest date as it is', () => {
    const corpus = parseCorpus(files, manifest, { published: '2024-05-08' });
    expect(corpus.articles.find((a) => a.file === 'ferry.txt')!.publishedDate).toMatchObject({
      value: '2024-02-02',
      source: 'manifest',
    });
  });

  it('changes nothing when not given, and warns about a value that is no day', () => {
    expect(parseCorpus(files, manifest, { published: null })).toEqual(parseCorpus(files, manifest));
    const bad = parseCorpus(files, manifest, { published: '2024-13' });
    const pier = bad.articles.find((a) => a.file === 'pier.txt')!;
    expect(pier.publishedDate.source).not.toBe('user');
    expect(pier.warnings.join(' ')).toMatch(/"2024-13", is not a day/);
  });
});

describe('parseCorpus(files, manifest, {onProgress})', () => {
  it('tells the share done as it goes, never going back, up to 1', () => {
    const shares: number[] = [];
    const text = generateNewsText({ chars: 150_000, seed: 3 });
    const corpus = parseCorpus(
      [
        { name: 'feed.txt', text },
        { name: 'short.txt', text: 'OSLO, March 8, 2024 — Berg arrived on Friday.' },
      ],
      undefined,
      { onProgress: (done) => shares.push(done) },
    );
    expect(corpus.events.length).toBeGreaterThan(2000);
    expect(shares.every((s, i) => i === 0 || s >= shares[i - 1]!)).toBe(true);
    expect(shares[shares.length - 1]).toBe(1);
    // One long article is not one step: resolving its dates reports on the way through the text.
    const during = shares.filter((s) => s > 0.2 && s < 0.6);
    expect(new Set(during).size).toBeGreaterThan(3);
  }, 60_000);

  it('moves on through the stages across the corpus too (events, clusters), not only per article', () => {
    const shares: number[] = [];
    const text = generateNewsText({ chars: 150_000, seed: 4 });
    parseCorpus([{ name: 'feed.txt', text }], undefined, { onProgress: (done) => shares.push(done) });
    // The per-article stages end at about 0.58: building the events and clustering them report
    // on their way through the article's dates, not once each at their end.
    const building = shares.filter((s) => s > 0.6 && s < 0.75);
    const clustering = shares.filter((s) => s > 0.76 && s < 1);
    expect(new Set(building).size).toBeGreaterThan(3);
    expect(new Set(clustering).size).toBeGreaterThan(3);
  }, 60_000);
});
