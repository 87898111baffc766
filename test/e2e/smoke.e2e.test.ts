import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { HARNESS_PAGE } from '../../src/cli/bench-browser';
import { useBrowser } from './browser';

describe('the built app', () => {
  const b = useBrowser();

  it('loads with a title and a heading, without page errors', async () => {
    const errors: string[] = [];
    const page = await b.open();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.reload();
    expect(await page.title()).toBe('Dateline');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('shows its name and that it is loading before its code has run', async () => {
    const context = await b.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      // The app's code never comes: what the page shows until it runs.
      await page.route(/\/assets\/[^/]+\.js$/, (route) => route.abort());
      await page.goto(b.baseUrl, { waitUntil: 'commit' });
      await expect
        .poll(() => page.getByRole('status').textContent(), { timeout: 10_000 })
        .toBe('Loading and reading the articles…');
      expect(await page.getByRole('heading', { level: 1, name: 'Dateline' }).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('marks the JS the page loads at once, and only that, to be compiled as it downloads', async () => {
    const outDir = inject('outDir');
    const hinted = (code: string) => /^\/\/# allFunctionsCalledOnLoad$/m.test(code);
    const html = await readFile(join(outDir, 'index.html'), 'utf8');
    const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(initial.length).toBeGreaterThan(0);
    for (const file of initial) expect(hinted(await readFile(join(outDir, file), 'utf8')), file).toBe(true);
    // The parser and the reader of opened articles are imported later, when needed.
    const later = (await readdir(join(outDir, 'assets'))).filter((f) => /^(pipeline|open)-.*\.js$/.test(f));
    expect(later.length).toBe(2);
    for (const file of later)
      expect(hinted(await readFile(join(outDir, 'assets', file), 'utf8')), file).toBe(false);
    // Nor any other chunk it loads later: each is one a lazy import names. A piece two of those
    // share (hinted, since no import names it) costs a request of its own when they load. (The
    // tests' timeline page, built beside the app, loads its own at once.)
    const harness = await readFile(join(outDir, HARNESS_PAGE), 'utf8');
    const atOnce = new Set([
      ...initial,
      ...[...harness.matchAll(/(?:src|href)="[./]*\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!),
    ]);
    const js = (await readdir(join(outDir, 'assets'))).filter((f) => f.endsWith('.js'));
    const hintedLater: string[] = [];
    for (const file of js)
      if (!atOnce.has(`assets/${file}`) && hinted(await readFile(join(outDir, 'assets', file), 'utf8')))
        hintedLater.push(file);
    expect(hintedLater).toEqual([]);
  });
});
