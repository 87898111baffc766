import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { useBrowser } from './browser';
import { LIBRARY, PIER } from '../fixtures/made-up-articles';

async function ready(page: Page) {
  await page.getByRole('region', { name: 'Timeline' }).waitFor({ timeout: 20_000 });
  await page.getByRole('list', { name: 'Events' }).waitFor();
}

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Open your own articles' });

describe('Open your own articles, in Chromium', () => {
  const b = useBrowser();

  it('opens files in the real dialog, parses them in the worker, and keeps them across a reload', async () => {
    const errors: string[] = [];
    const page = await b.open();
    page.on('pageerror', (e) => errors.push(e.message));
    await ready(page);

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
    await dialog.getByRole('button', { name: 'Open' }).click();

    const story = page
      .getByRole('list', { name: 'Events' })
      .getByRole('button', { name: /harbour council voted/ });
    await story.waitFor({ timeout: 20_000 });
    expect(await story.textContent()).toContain('Mon 4 Mar 2024');
    expect(await page.getByText(/^2 articles from 1 source/).count()).toBe(1);
    const local = new URL(page.url()).searchParams.get('local');
    expect(local).toMatch(/^[0-9a-f]{16}$/);

    // IndexedDB keeps the collection: a reload shows it again.
    await page.reload();
    await ready(page);
    await story.waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).searchParams.get('local')).toBe(local);
    expect(await page.getByText(/^2 articles from 1 source/).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it.each([['narrow 360 px, dark', { viewport: { width: 360, height: 740 }, colorScheme: 'dark' as const }]])(
    'the dialog has no axe violations (%s) and fits the screen',
    async (_, options) => {
      const page = await b.open('', options);
      await ready(page);
      await page.getByRole('button', { name: 'Open articles' }).click();
      const dialog = dialogOf(page);
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Open' }).click();
      await dialog.getByRole('alert').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      const box = await dialog.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
      // Nothing inside scrolls sideways.
      expect(await dialog.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    },
  );
});
