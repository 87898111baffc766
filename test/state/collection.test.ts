import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/core/pipeline';
import type { Article } from '../../src/core/types';
import {
  collectionKey,
  collectionKeyInSteps,
  describeFileWarnings,
  describeLongArticles,
  describeOpened,
  formatBytes,
  keptName,
  MAX_FILE_BYTES,
  prepareCollection,
  summarizeCollection,
  type CollectionInput,
} from '../../src/state/collection';

const bytes = (text: string) => new TextEncoder().encode(text);
const file = (name: string, text: string) => ({ name, bytes: bytes(text) });
const input = (over: Partial<CollectionInput>): CollectionInput => ({
  files: [],
  pasted: null,
  published: null,
  ...over,
});
const corpusJson = JSON.stringify({ format: 'dateline-corpus', version: 1, articles: [] });
const errorsOf = (i: CollectionInput) => {
  const r = prepareCollection(i);
  return r.ok ? [] : r.errors;
};

describe('prepareCollection(input)', () => {
  it('asks for something when nothing was chosen or the pasted text is blank', () => {
    expect(errorsOf(input({}))).toEqual(['Choose files or paste an article first.']);
    expect(errorsOf(input({ pasted: { text: '  \n', title: 'Empty' } }))).toEqual([
      'Choose files or paste an article first.',
    ]);
  });

  it('reads article files as bytes and the pasted text under its own name, with its title', () => {
    const r = prepareCollection(
      input({
        files: [file('mill.txt', 'The mill closed on Friday.')],
        pasted: { text: 'Orchard sale\n\nThe orchard sold on Monday.', title: 'Orchard sale' },
        published: '2024-04-12',
      }),
    );
    expect(r).toMatchObject({
      ok: true,
      value: {
        kind: 'files',
        files: [
          { name: 'mill.txt', bytes: bytes('The mill closed on Friday.') },
          { name: 'pasted-article.txt', text: 'Orchard sale\n\nThe orchard sold on Monday.', pasted: true },
        ],
        manifest: { articles: [{ file: 'pasted-article.txt', title: 'Orchard sale' }] },
        published: '2024-04-12',
        warnings: [],
      },
    });
  });

  it('uses manifest.json as the manifest and says which files it lists that were not chosen', () => {
    const manifest = { articles: [{ file: 'mill.txt', published: '2024-04-12' }, { file: 'gone.txt' }] };
    const r = prepareCollection(
      input({
        files: [file('mill.txt', 'The mill closed.'), file('manifest.json', JSON.stringify(manifest))],
      }),
    );
    expect(r.ok && r.value.kind === 'files' && r.value.manifest).toEqual(manifest);
    expect(r.ok && r.value.kind === 'files' && r.value.files.map((f) => f.name)).toEqual(['mill.txt']);
    expect(r.ok && r.value.kind === 'files' && r.value.warnings).toEqual([
      'manifest.json lists a file that was not chosen: gone.txt.',
    ]);
  });

  it('opens a Dateline corpus JSON as it is, alone', () => {
    expect(prepareCollection(input({ files: [file('mine.json', corpusJson)] }))).toEqual({
      ok: true,
      value: { kind: 'corpus', name: 'mine.json', json: JSON.parse(corpusJson) },
    });
    expect(errorsOf(input({ files: [file('mine.json', corpusJson), file('a.txt', 'Hi.')] }))).toEqual([
      '“mine.json” is a Dateline corpus: open it on its own, without other files or pasted text.',
    ]);
  });

  it.each<[string, CollectionInput, RegExp]>([
    [
      'other JSON',
      input({ files: [file('a.txt', 'Hi.'), file('data.json', '{"rows": [1, 2]}')] }),
      /^“data\.json” is JSON but not a Dateline corpus .* it was not opened/,
    ],
    ['broken JSON', input({ files: [file('data.json', '{"rows": ')] }), /^“data\.json” is not valid JSON/],
    [
      'a manifest under another name',
      input({ files: [file('a.txt', 'Hi.'), file('dates.json', '{"articles": [{"file": "a.txt"}]}')] }),
      /^“dates\.json” looks like a manifest; name it manifest\.json/,
    ],
    [
      'a manifest.json that is not one',
      input({ files: [file('a.txt', 'Hi.'), file('manifest.json', '[1]')] }),
      /^“manifest\.json” is not a manifest/,
    ],
    [
      'a manifest alone',
      input({ files: [file('manifest.json', '{"articles": []}')] }),
      /no article files were chosen/,
    ],
    [
      'a file over the limit',
      input({ files: [{ name: 'huge.txt', bytes: new Uint8Array(MAX_FILE_BYTES + 1) }] }),
      /^“huge\.txt” is 20\.0 MB; files over 20\.0 MB are not opened/,
    ],
    [
      'a date that is no day',
      input({ pasted: { text: 'Hi.', title: '' }, published: '2024-13' }),
      /not a day/,
    ],
  ])('refuses %s, naming the file', (_name, given, message) => {
    const errors = errorsOf(given);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('parses any other text file, whatever its name says', () => {
    const r = prepareCollection(
      input({ files: [file('notes.log', 'Seoul, Oct. 3 (Wire) -- Talks began.')] }),
    );
    expect(r.ok && r.value.kind === 'files' && r.value.files[0]!.name).toBe('notes.log');
  });

  // What the audit chose: an empty file, random bytes, a PNG, a PDF, a Word file.
  const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);
  it.each([
    ['empty.txt', new Uint8Array(0), /“empty\.txt” is empty/],
    ['blank.txt', bytes('  \n\n '), /“blank\.txt” is empty/],
    ['binary.txt', random, /“binary\.txt” is a binary file/],
    ['image.png', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), /binary file/],
    ['story.pdf', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /“story\.pdf” is a PDF file.*save it as plain text/],
    ['story.docx', Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0), /“story\.docx” is a Word document/],
    ['utf16.txt', Uint8Array.of(0xff, 0xfe, 0x41, 0, 0x42, 0), /UTF-16/],
  ])('refuses %s, naming it and saying why', (name, content, message) => {
    const errors = errorsOf(input({ files: [{ name, bytes: content }, file('good.txt', 'Text.')] }));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('reads Latin-1 and other non-UTF-8 text (a few odd bytes are not binary)', () => {
    const latin1 = Uint8Array.from(
      [...'Caf', 0xe9, ...' in Z', 0xfc, ...'rich, le 3 octobre.'].map((c) =>
        typeof c === 'number' ? c : c.charCodeAt(0),
      ),
    );
    expect(prepareCollection(input({ files: [{ name: 'fr.txt', bytes: latin1 }] })).ok).toBe(true);
  });
});

describe('collectionKey(input)', () => {
  const a = input({ files: [file('b.txt', 'Two.'), file('a.txt', 'One.')], published: '2024-01-02' });

  it('is 16 hex digits, the same for the same content in any order', () => {
    expect(collectionKey(a)).toMatch(/^[0-9a-f]{16}$/);
    expect(collectionKey({ ...a, files: [...a.files].reverse() })).toBe(collectionKey(a));
  });

  it.each<[string, CollectionInput]>([
    ['another text', { ...a, files: [file('a.txt', 'One!'), a.files[0]!] }],
    ['another name', { ...a, files: [file('c.txt', 'One.'), a.files[0]!] }],
    ['another date', { ...a, published: null }],
    ['a pasted title', { ...a, pasted: { text: '', title: 'x' } }],
  ])('changes with %s', (_name, other) => {
    expect(collectionKey(other)).not.toBe(collectionKey(a));
  });

  it('is the same when worked out in steps, over files of several megabytes', async () => {
    const big = new Uint8Array(3 * 1024 * 1024 + 17).map((_, i) => (i * 31) % 251);
    const several = input({ files: [{ name: 'big.txt', bytes: big }, file('a.txt', 'One.')] });
    expect(await collectionKeyInSteps(several)).toBe(collectionKey(several));
    expect(await collectionKeyInSteps(a)).toBe(collectionKey(a));
  });

  it('tells apart a name and text split differently', () => {
    expect(collectionKey(input({ files: [file('ab', 'c')] }))).not.toBe(
      collectionKey(input({ files: [file('a', 'bc')] })),
    );
  });
});

describe('describeOpened(corpus) and describeFileWarnings(corpus)', () => {
  const art = (source: Article['publishedDate']['source'], value: string | null, warnings: string[] = []) =>
    ({
      file: `${source}.txt`,
      part: 1,
      warnings,
      publishedDate: { value, source, granularity: value ? 'day' : null, confidence: value ? 1 : 0 },
    }) as unknown as Article;

  it('counts the articles and how their dates were found', () => {
    const articles = [art('manifest', '2024-01-02'), art('inferred', '2024-01-03'), art('unknown', null)];
    expect(describeOpened({ articles, events: [{}] as never })).toBe(
      'Opened 3 articles (1 dated from the text, 1 without a date: set it in the article panel).',
    );
    expect(describeOpened({ articles: [art('user', '2024-01-02')], events: [] })).toBe(
      'Opened 1 article. No dated events were found in them.',
    );
  });

  it('lists the files read with warnings', () => {
    expect(describeFileWarnings({ articles: [art('manifest', '2024-01-02')] })).toBeNull();
    expect(describeFileWarnings({ articles: [art('unknown', null, ['empty file: no text found'])] })).toBe(
      'Read with warnings: unknown.txt: empty file: no text found.',
    );
  });
});

describe('describeLongArticles(corpus)', () => {
  const article = (chars: number, sentences: number) =>
    ({
      file: 'feed.txt',
      part: 1,
      text: 'x'.repeat(chars),
      sentences: new Array(sentences),
    }) as unknown as Article;

  it('says an article of megabytes is probably many, and how to split them, without splitting it', () => {
    expect(describeLongArticles({ articles: [article(18_000_000, 416_403)] })).toBe(
      '“feed.txt” was read as one article of 17.2 MB (416,403 sentences): if it holds many articles, they are split only where a boundary shows (a repeated headline, or blank lines and then a headline), so open them as separate files or mark where each begins. The article panel shows a long article a part at a time.',
    );
  });

  it('says nothing of a long feature', () => {
    expect(describeLongArticles({ articles: [article(200_000, 2_000)] })).toBeNull();
  });
});

describe('formatBytes(n)', () => {
  it.each([
    [1, '1 byte'],
    [800, '800 bytes'],
    [12_700, '12.4 KB'],
    [3 * 1024 * 1024, '3.0 MB'],
  ])('%d -> %s', (n, text) => expect(formatBytes(n)).toBe(text));
});

describe('summarizeCollection(input, corpus?)', () => {
  const mill = file('mill.txt', 'The mill closed on Friday.');
  const orchard = file('orchard.txt', 'Orchard sale\n\nThe orchard sold on Monday.');
  const manifest = file(
    'manifest.json',
    JSON.stringify({ articles: [{ file: 'mill.txt', title: 'Mill closes after 90 years' }] }),
  );
  const pasted = { text: '  Bakery to close\nThe bakery will close on Friday.', title: '' };

  it('counts and names the parsed articles, and sizes what is kept', () => {
    const corpus = {
      articles: [
        { title: 'Mill closes' },
        { title: 'Orchard sale' },
        { title: 'A' },
        { title: 'B' },
      ] as Article[],
    };
    expect(summarizeCollection(input({ files: [mill, orchard, manifest], pasted }), corpus)).toEqual({
      titles: ['Mill closes', 'Orchard sale', 'A'],
      articles: 4,
      files: 3,
      bytes: mill.bytes.length + orchard.bytes.length + manifest.bytes.length + pasted.text.length,
    });
  });

  it('without the corpus (kept before summaries were), names files by the manifest, the pasted text by its first line', () => {
    expect(summarizeCollection(input({ files: [orchard, mill, manifest], pasted }))).toEqual({
      titles: ['orchard.txt', 'Mill closes after 90 years', 'Bakery to close'],
      articles: null,
      files: 3,
      bytes: orchard.bytes.length + mill.bytes.length + manifest.bytes.length + pasted.text.length,
    });
    expect(summarizeCollection(input({ files: [file('manifest.json', '{oops'), mill] })).titles).toEqual([
      'mill.txt',
    ]);
  });

  it('clips a long title and counts the bytes of the text as UTF-8', () => {
    const s = summarizeCollection(input({ pasted: { text: 'é'.repeat(100), title: '' } }));
    expect(s.titles[0]).toHaveLength(80);
    expect(s.titles[0]!.endsWith('…')).toBe(true);
    expect(s.bytes).toBe(200);
  });
});

describe('prepareCollection(input) then parseCorpus: the pasted text’s title', () => {
  /** The pasted text opened as the app opens it: prepared, then parsed (the worker runs parseCorpus). */
  const open = (text: string, title = '', files: { name: string; bytes: Uint8Array }[] = []) => {
    const r = prepareCollection(input({ files, pasted: { text, title } }));
    if (!r.ok || r.value.kind !== 'files') throw new Error('not prepared');
    return parseCorpus(r.value.files, r.value.manifest).articles;
  };
  const line = 'The council said on Tuesday that the harbour ferry would stop running in May.';

  it('titles one pasted line by itself, and keeps the id and date its file name gave', () => {
    const [article] = open(line);
    expect(article!.title).toBe(line);
    expect(article!.text).toBe(line);
    expect(article!.warnings.join()).not.toMatch(/file name/);
    // The same text as a file is titled after the file, with the same id (kept corrections and links apply).
    const [asFile] = parseCorpus([{ name: 'pasted-article.txt', text: line }]).articles;
    expect(asFile!.title).toBe('pasted article');
    expect(article!.id).toBe(asFile!.id);
    expect(article!.publishedDate).toEqual(asFile!.publishedDate);
  });

  it('leaves a title the reader gave, and the files opened beside the text', () => {
    expect(open(line, 'Ferry stops').map((a) => a.title)).toEqual(['Ferry stops']);
    const titles = open(line, '', [file('mill.txt', 'The mill closed on Friday.')]).map((a) => a.title);
    expect(titles).toEqual(['mill', line]);
  });
});

describe('keptName(summary)', () => {
  it.each([
    [
      { titles: ['Pier', 'Library', 'Mill'], articles: 5, files: 3, bytes: 9 },
      'Pier; Library; Mill and 2 more',
    ],
    [{ titles: ['Pier'], articles: 1, files: 1, bytes: 9 }, 'Pier'],
    [{ titles: ['a.txt', 'b.txt'], articles: null, files: 4, bytes: 9 }, 'a.txt; b.txt and 2 more'],
    [{ titles: [], articles: 2, files: 1, bytes: 9 }, '2 articles'],
  ])('%j -> %j', (summary, name) => {
    expect(keptName(summary)).toBe(name);
  });
});
