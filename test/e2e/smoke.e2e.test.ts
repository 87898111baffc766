import { describe, expect, it } from 'vitest';
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
});
