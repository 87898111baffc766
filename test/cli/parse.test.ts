import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateCorpus } from '../../src/core/validate';

const ROOT = resolve(__dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'dateline-parse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Two made-up articles in a temp folder, one with a manifest entry.
writeFileSync(
  join(dir, 'a.txt'),
  'Talks Resume in Oslo\n\nPresident Anna Berg arrived in Oslo on Tuesday for talks.\n',
);
writeFileSync(
  join(dir, 'b.txt'),
  'OSLO, March 5, 2024 — Foreign Minister Tomas Novak met Anna Berg on Monday.\n',
);
const manifest = join(dir, 'manifest.json');
writeFileSync(
  manifest,
  JSON.stringify({
    articles: [{ file: 'a.txt', title: 'Talks Resume in Oslo', source: 'Wire', published: '2024-03-06' }],
  }),
);

const parse = (...args: string[]) =>
  spawnSync(TSX, [resolve(ROOT, 'src/cli/parse.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });

// Each case starts the CLI in a child process (tsx's start-up alone takes seconds on a loaded
// 2-core machine): a generous limit, so that a slow start is never read as a failure.
describe('npm run parse -- <files or folder> [--manifest] [--out]', { timeout: 30_000 }, () => {
  it('parses a folder with a manifest into one corpus document', () => {
    const run = parse(dir, '--manifest', manifest);
    expect(run.status).toBe(0);
    const { corpus, errors } = validateCorpus(JSON.parse(run.stdout));
    expect(errors).toEqual([]);
    expect(corpus!.articles.map((a) => [a.file, a.published, a.publishedDate.source])).toEqual([
      ['a.txt', '2024-03-06', 'manifest'],
      ['b.txt', corpus!.articles[1]!.published, corpus!.articles[1]!.publishedDate.source],
    ]);
    const oslo = corpus!.events.find((e) => e.articleId === corpus!.articles[0]!.id)!;
    expect(oslo).toMatchObject({ value: '2024-03-05', timex: { text: 'Tuesday' } });
    expect(corpus!.actors.map((a) => a.id)).toEqual(
      expect.arrayContaining(['person:anna-berg', 'person:tomas-novak']),
    );
  });

  it('parses files without a manifest: dates come from the text or stay unknown', () => {
    const run = parse(join(dir, 'a.txt'), join(dir, 'b.txt'));
    expect(run.status).toBe(0);
    const corpus = JSON.parse(run.stdout) as {
      articles: { published: string | null; publishedDate: { source: string } }[];
    };
    expect(corpus.articles[0]).toMatchObject({ published: null, publishedDate: { source: 'unknown' } });
    expect(corpus.articles[1]!.publishedDate.source).not.toBe('manifest');
  });

  it('reads - as pasted text from stdin: titled by its first line, as the app titles it', () => {
    const line = 'The council said on Tuesday that the harbour ferry would stop running in May.';
    const run = spawnSync(TSX, [resolve(ROOT, 'src/cli/parse.ts'), '-', join(dir, 'b.txt')], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      input: `${line}\n`,
    });
    expect(run.status).toBe(0);
    const { corpus } = validateCorpus(JSON.parse(run.stdout));
    expect(corpus!.articles.map((a) => [a.file, a.title])).toEqual([
      ['b.txt', 'b'],
      ['pasted-article.txt', line],
    ]);
  });

  it('writes --out and reports on stderr', () => {
    const out = join(dir, 'out.json');
    const run = parse(dir, '--out', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/out\.json: 2 articles, \d+ events/);
    expect(JSON.parse(readFileSync(out, 'utf8')).format).toBe('dateline-corpus');
  });

  it.each([
    [['/no/such/path'], /cannot read \/no\/such\/path: no such file or folder/],
    [[], /no input files or folder given/],
    [['--manifest'], /--manifest needs a file name/],
    [['x.txt', '--frobnicate'], /unknown option --frobnicate/],
    [[join(dir, 'a.txt'), '--out', '/no/such/dir/out.json'], /cannot write \/no\/such\/dir\/out\.json/],
  ])('%j -> exit 2 with a message', (args, message) => {
    const run = parse(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/usage: npm run parse/);
  });

  it('turns a broken manifest into a warning, not a crash', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ not json');
    const run = parse(join(dir, 'a.txt'), '--manifest', broken);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).warnings[0]).toMatch(/manifest broken\.json is not valid JSON/);
  });

  it('parses the bundled corpus folder', () => {
    const copy = join(dir, 'corpus');
    cpSync(resolve(ROOT, 'src/corpus'), copy, { recursive: true });
    const run = parse(copy, '--manifest', join(copy, 'manifest.json'));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).articles).toHaveLength(6);
  });
});
