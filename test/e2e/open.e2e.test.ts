import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { useBrowser } from './browser';
import { LIBRARY, PIER } from '../fixtures/made-up-articles';

const BAKERY =
  'The Elm Street bakery will close for good on Friday, its owners announced. They opened the shop in 1998.';

async function ready(page: Page) {
  await page.getByRole('region', { name: 'Timeline' }).waitFor({ timeout: 20_000 });
  await page.getByRole('grid', { name: 'Events' }).waitFor();
}

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Open your own articles' });
const keptOf = (page: Page) => dialogOf(page).getByRole('list', { name: 'Kept in this browser' });

/** The keys kept in the page's IndexedDB (store "collections"). */
const keptKeys = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('dateline');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('collections')) {
            db.close();
            resolve([]);
            return;
          }
          const keys = db.transaction('collections').objectStore('collections').getAllKeys();
          keys.onsuccess = () => {
            db.close();
            resolve(keys.result.map(String));
          };
        };
      }),
  );

/** Presses Tab until the focused control's name matches: the control is on the keyboard path. */
async function tabTo(page: Page, name: RegExp, presses = 40) {
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute('aria-label') ?? el?.textContent ?? '';
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

describe('Open your own articles, in Chromium', () => {
  const b = useBrowser();

  it('opens files in the real dialog, parses them in the worker, and keeps them across a reload', async () => {
    const errors: string[] = [];
    const page = await b.open();
    page.on('pageerror', (e) => errors.push(e.message));
    await ready(page);
    // The worker that parsed the bundled articles is kept, warm, for the next parse.
    expect(page.workers()).toHaveLength(1);
    const [warm] = page.workers();
    let started = 0;
    page.on('worker', () => started++);

    const button = page.getByRole('button', { name: 'Open articles' });
    await button.click();
    const dialog = dialogOf(page);
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // A native modal: Escape closes it and focus goes back to the button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);

    await button.click();
    await dialog.getByLabel('Article files').setInputFiles([
      { name: 'pier.txt', mimeType: 'text/plain', buffer: Buffer.from(PIER) },
      { name: 'library.txt', mimeType: 'text/plain', buffer: Buffer.from(LIBRARY) },
    ]);
    expect(await dialog.getByRole('list', { name: 'Chosen files' }).getByRole('listitem').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();

    const story = page
      .getByRole('grid', { name: 'Events' })
      .getByRole('gridcell', { name: /harbour council voted/ });
    await story.waitFor({ timeout: 20_000 });
    expect(await story.textContent()).toContain('Mon 4 Mar 2024');
    expect(await page.getByText(/^2 articles from 1 source/).count()).toBe(1);
    // Parsed in that same worker: none was started, and it is kept again.
    expect(started).toBe(0);
    expect(page.workers()).toEqual([warm]);
    const local = new URL(page.url()).searchParams.get('local');
    expect(local).toMatch(/^[0-9a-f]{16}$/);

    // IndexedDB keeps the collection: a reload shows it again.
    await page.reload();
    await ready(page);
    await story.waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).searchParams.get('local')).toBe(local);
    expect(await page.getByText(/^2 articles from 1 source/).count()).toBe(1);

    // A second collection: a pasted article with its title and day.
    await button.click();
    await dialog.getByRole('textbox', { name: 'Or paste an article' }).fill(BAKERY);
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Elm Street bakery to close');
    await dialog.getByLabel('Publication date').fill('2024-05-15');
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await page
      .getByRole('grid', { name: 'Events' })
      .getByRole('gridcell', { name: /bakery will close/ })
      .waitFor();
    const second = new URL(page.url()).searchParams.get('local');
    expect(second).not.toBe(local);

    // Both are listed, newest first; the one on screen is marked and has no Open.
    await button.click();
    const kept = keptOf(page);
    await kept.waitFor();
    const rows = kept.getByRole('listitem');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toMatch(
      /^Elm Street bakery to close1 article · .* · on screenForget$/,
    );
    expect(await rows.nth(1).textContent()).toMatch(
      /^Library reopens after flood repairs; Harbour council backs new ferry pier2 articles · \d+ bytes · opened .*OpenForget$/,
    );
    expect(await axeViolations(page)).toEqual([]);

    // By keyboard: Tab to the first collection's Open, Enter; it comes back as a new entry.
    await tabTo(page, /^Open .*Harbour council backs new ferry pier/);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await story.waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).searchParams.get('local')).toBe(local);
    await page.goBack();
    await page
      .getByRole('grid', { name: 'Events' })
      .getByRole('gridcell', { name: /bakery will close/ })
      .waitFor();
    expect(new URL(page.url()).searchParams.get('local')).toBe(second);
    await page.goForward();
    await story.waitFor({ timeout: 20_000 });

    // Forget the bakery (not on screen), by keyboard, after the browser's confirm.
    page.once('dialog', (d) => void d.accept());
    await button.focus();
    await page.keyboard.press('Enter');
    await kept.waitFor();
    await tabTo(page, /^Forget Elm Street bakery to close$/);
    await page.keyboard.press('Enter');
    await dialog
      .getByRole('status')
      .getByText(/forgotten in this browser/)
      .waitFor();
    // The status can be said a frame before the list drops the row: wait for the list.
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.nth(0).textContent()).toMatch(/Harbour council backs new ferry pier.*on screen/);
    expect(await keptKeys(page)).toEqual([local]);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Kept in this browser');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('lists a collection kept before the list existed, and opens it from there', async () => {
    const page = await b.open();
    await ready(page);
    // A row as the app wrote it before summaries (database version 1).
    await page.evaluate(
      (text) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('dateline', 1);
          request.onupgradeneeded = () => request.result.createObjectStore('collections', { keyPath: 'key' });
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction('collections', 'readwrite');
            tx.objectStore('collections').put({
              key: '0123456789abcdef',
              savedAt: '2024-03-04T09:00:00.000Z',
              input: {
                files: [{ name: 'pier.txt', bytes: new TextEncoder().encode(text) }],
                pasted: null,
                published: null,
              },
            });
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
          };
        }),
      PIER,
    );
    await page.getByRole('button', { name: 'Open articles' }).click();
    const kept = keptOf(page);
    await kept.waitFor();
    expect(await kept.getByRole('listitem').textContent()).toMatch(
      /^pier\.txt1 file · \d+ bytes · opened Mon 4 Mar 2024/,
    );
    await kept.getByRole('button', { name: 'Open pier.txt' }).click();
    await page
      .getByRole('grid', { name: 'Events' })
      .getByRole('gridcell', { name: /harbour council voted/ })
      .waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).searchParams.get('local')).toBe('0123456789abcdef');
    // Its summary is kept from now on.
    const summarized = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const request = indexedDB.open('dateline');
          request.onsuccess = () => {
            const keys = request.result.transaction('summaries').objectStore('summaries').getAllKeys();
            keys.onsuccess = () => {
              request.result.close();
              resolve(keys.result.map(String));
            };
          };
        }),
    );
    expect(summarized).toEqual(['0123456789abcdef']);
  });

  it('Escape stops a long read: the (warm) worker ends, the dialog keeps the file, nothing is kept', async () => {
    const page = await b.open();
    await ready(page);
    // The warm worker kept from the bundled parse takes the job.
    expect(page.workers()).toHaveLength(1);
    const [worker] = page.workers();
    const ended = new Promise((done) => worker!.once('close', done));
    await page.getByRole('button', { name: 'Open articles' }).click();
    const dialog = dialogOf(page);
    // About 4 MB: a few seconds of parsing, even in the warm worker.
    const big = Array.from({ length: 16_000 }, () => PIER).join('\n\n');
    await dialog
      .getByLabel('Article files')
      .setInputFiles([{ name: 'archive.txt', mimeType: 'text/plain', buffer: Buffer.from(big) }]);
    const sent = () => performance.getEntriesByName('dateline:parse-sent').length;
    const before = await page.evaluate(sent);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await dialog
      .getByRole('status')
      .getByText(/^Reading archive\.txt/)
      .waitFor();
    // Escape once the worker has the job (before it, the read stops with no worker involved).
    await page.waitForFunction(`performance.getEntriesByName('dateline:parse-sent').length > ${before}`);
    await page.keyboard.press('Escape');
    await dialog
      .getByRole('status')
      .getByText(/^Reading cancelled/)
      .waitFor();
    await ended;
    expect(page.workers()).toEqual([]);
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('list', { name: 'Chosen files' }).textContent()).toMatch(/^archive\.txt/);
    expect(await keptKeys(page)).toEqual([]);
    expect(new URL(page.url()).searchParams.get('local')).toBeNull();
    expect(await axeViolations(page)).toEqual([]);

    // The dialog reads again at once: a small file in place of the big one.
    await dialog.getByRole('button', { name: 'Remove archive.txt' }).click();
    await dialog
      .getByLabel('Article files')
      .setInputFiles([{ name: 'pier.txt', mimeType: 'text/plain', buffer: Buffer.from(PIER) }]);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await page
      .getByRole('grid', { name: 'Events' })
      .getByRole('gridcell', { name: /harbour council voted/ })
      .waitFor({ timeout: 20_000 });
    expect(await keptKeys(page)).toHaveLength(1);
    // A new worker read it, and is kept warm in turn.
    expect(page.workers()).toHaveLength(1);
  }, 60_000); // (a 4 MB read and a second one: more than the default 30 s on a loaded 2-core machine)

  it.each([['narrow 360 px, dark', { viewport: { width: 360, height: 740 }, colorScheme: 'dark' as const }]])(
    'the dialog has no axe violations (%s) and fits the screen',
    async (_, options) => {
      const page = await b.open('', options);
      await ready(page);
      await page.getByRole('button', { name: 'Open articles' }).click();
      const dialog = dialogOf(page);
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Open', exact: true }).click();
      await dialog.getByRole('alert').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      const box = await dialog.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
      // Nothing inside scrolls sideways.
      expect(await dialog.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);

      // With a collection kept: its row in the list, long title and all, still fits.
      await dialog.getByRole('textbox', { name: 'Or paste an article' }).fill(BAKERY);
      await dialog
        .getByRole('textbox', { name: 'Title' })
        .fill('Elm Street bakery, open since 1998, will close for good on Friday, its owners announced');
      await dialog.getByRole('button', { name: 'Open', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('button', { name: 'Open articles' }).click();
      await keptOf(page).getByRole('listitem').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await dialog.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    },
  );

  it('works offline once loaded: the dialog and its reader are fetched while the page is idle', async () => {
    const page = await b.open();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await ready(page);
    // Without hovering or focusing the button, the lazy chunks arrive once the page is idle.
    await page.waitForFunction(
      () => {
        const names = performance.getEntriesByType('resource').map((r) => r.name);
        return names.some((n) => /OpenArticlesDialog-/.test(n)) && names.some((n) => /\/open-/.test(n));
      },
      undefined,
      { timeout: 15_000 },
    );
    await page.context().setOffline(true);
    await page.getByRole('button', { name: 'Open articles' }).click();
    const dialog = dialogOf(page);
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: 'Or paste an article' }).fill(BAKERY);
    await dialog.getByLabel('Publication date').fill('2024-05-15');
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await page
      .getByRole('grid', { name: 'Events' })
      .getByRole('gridcell', { name: /bakery will close/ })
      .waitFor({ timeout: 20_000 });
    expect(errors).toEqual([]);
  });

  it('a dialog chunk that fails to load says so in place, with a retry, and the explorer stays', async () => {
    const context = await b.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // As after a redeploy: the chunk's old name is gone from the server.
    const missing = '**/assets/OpenArticlesDialog-*.js';
    await page.route(missing, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(b.baseUrl);
    await ready(page);
    await page.getByRole('button', { name: 'Open articles' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'dialog could not be loaded' });
    await alert.waitFor();
    expect(await page.getByText('Something went wrong').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Timeline' }).isVisible()).toBe(true);

    await page.unroute(missing);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await dialogOf(page).waitFor();
    expect(await alert.count()).toBe(0);
  });

  it.each([375, 320])(
    'at %i px on a phone, the page does not scroll sideways and the dialog fits',
    async (width) => {
      const page = await b.open('', { viewport: { width, height: 667 }, isMobile: true, hasTouch: true });
      await ready(page);
      // The bundled corpus has stories with several sources, whose rows once widened the page.
      await page
        .getByText(/\d sources:/)
        .first()
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.getByRole('button', { name: 'Open articles' }).click();
      const dialog = dialogOf(page);
      await dialog.waitFor();
      const box = await dialog.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    },
  );
});
