import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HARNESS_PAGE } from '../../src/cli/bench-browser';
import { axeViolations } from './axe';
import { useBrowser } from './browser';

// The Timeline alone (test/e2e/harness) over a synthetic corpus: real wheel, drag, click and keys.
async function domainOf(page: Page): Promise<[number, number]> {
  const text = (await page.getByTestId('domain').textContent()) ?? '';
  const [a, b] = text.split(' ').map((s) => Date.parse(s));
  return [a!, b!];
}

describe('Timeline in Chromium', () => {
  const b = useBrowser();
  const open = async (query = 'events=1000') => {
    const page = await b.open(`${HARNESS_PAGE}?${query}`);
    await page.getByRole('region', { name: 'Timeline' }).waitFor();
    return page;
  };

  it('wheel zooms in around the pointer and reports the window', async () => {
    const page = await open();
    const before = await domainOf(page);
    const box = (await page.locator('.dl-timeline__plot').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
    await expect
      .poll(async () => (await domainOf(page))[1] - (await domainOf(page))[0])
      .toBeLessThan((before[1] - before[0]) / 2);
    const after = await domainOf(page);
    const centre = (before[0] + before[1]) / 2;
    expect(after[0]).toBeLessThan(centre);
    expect(after[1]).toBeGreaterThan(centre);
  });

  it('drag pans the window without changing its width', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const before = await domainOf(page);
    const box = (await page.locator('.dl-timeline__plot').boundingBox())!;
    const y = box.y + box.height - 10; // on the axis, not on a mark
    await page.mouse.move(box.x + 600, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 600 - i * 30, y);
    await page.mouse.up();
    await expect.poll(async () => (await domainOf(page))[0]).toBeGreaterThan(before[0]);
    const after = await domainOf(page);
    expect(after[1] - after[0]).toBeCloseTo(before[1] - before[0], -3);
  });

  it('keyboard: one tab stop, arrows in time order, Enter selects', async () => {
    const page = await open();
    const marks = page.getByRole('listbox', { name: 'Timeline events' });
    await page.getByRole('combobox', { name: 'Lanes' }).focus();
    await page.keyboard.press('Tab');
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('[aria-label="Timeline events"]') !== null),
      )
      .toBe(true);
    await page.keyboard.press('Home');
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t = await page.evaluate(() => Number((document.activeElement as HTMLElement).dataset.t));
      const name = await page.evaluate(
        () =>
          document.activeElement?.getAttribute('aria-label') ??
          document.activeElement?.getAttribute('title') ??
          '',
      );
      expect(name).toMatch(
        /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Week|Weekend|January|February|March|April|May|June|July|August|September|October|November|December|Q\d|H\d|\d{4})/,
      );
      times.push(t);
      await page.keyboard.press('ArrowRight');
    }
    expect([...times].sort((x, y) => x - y)).toEqual(times);
    expect(new Set(times).size).toBeGreaterThan(1);
    const focusedName = await page.evaluate(
      () =>
        document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.getAttribute('title'),
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('selected').textContent()).not.toBe('');
    // The selected mark is the focused one, and it is inside the visible window.
    const selected = marks.getByRole('option', { selected: true });
    expect((await selected.getAttribute('aria-label')) ?? (await selected.getAttribute('title'))).toBe(
      focusedName,
    );
    const box = (await selected.boundingBox())!;
    const plot = (await page.locator('.dl-timeline__plot').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(plot.x - 1);
    expect(box.x).toBeLessThanOrEqual(plot.x + plot.width);
  });

  it('touch: a two-finger pinch zooms in and a one-finger swipe pans', async () => {
    const page = await b.open(`${HARNESS_PAGE}?events=1000`, { hasTouch: true });
    await page.getByRole('region', { name: 'Timeline' }).waitFor();
    const box = (await page.locator('.dl-timeline__plot').boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const y = box.y + box.height - 12;
    const cx = box.x + box.width / 2;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', xs: number[]) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: xs.map((x, id) => ({ x, y, id })),
      });
    const before = await domainOf(page);
    await touch('touchStart', [cx - 40, cx + 40]);
    for (let i = 1; i <= 8; i++) await touch('touchMove', [cx - 40 - i * 20, cx + 40 + i * 20]);
    await touch('touchEnd', []);
    await expect
      .poll(async () => (await domainOf(page))[1] - (await domainOf(page))[0])
      .toBeLessThan((before[1] - before[0]) / 2);
    const zoomed = await domainOf(page);
    await touch('touchStart', [cx]);
    for (let i = 1; i <= 8; i++) await touch('touchMove', [cx - i * 25]);
    await touch('touchEnd', []);
    await expect.poll(async () => (await domainOf(page))[0]).toBeGreaterThan(zoomed[0]);
  });

  it('clicking the overview jumps the window there', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const before = await domainOf(page);
    const strip = (await page.locator('.dl-overview svg').boundingBox())!;
    await page.mouse.click(strip.x + strip.width * 0.9, strip.y + strip.height / 2);
    await expect.poll(async () => (await domainOf(page))[0]).toBeGreaterThan(before[1]);
  });

  it('clicking a bin zooms the window to its period', async () => {
    const page = await open();
    const before = await domainOf(page);
    const bins = page.getByRole('toolbar', { name: 'Event counts' }).getByRole('button', {
      name: /^\d+ events?, /,
    });
    await expect.poll(() => bins.count()).toBeGreaterThan(1);
    const bin = bins.nth(1);
    const box = (await bin.boundingBox())!;
    const plot = (await page.locator('.dl-timeline__plot').boundingBox())!;
    // The bin's middle as a date, through the window shown before the click.
    const t = before[0] + ((box.x + box.width / 2 - plot.x) / plot.width) * (before[1] - before[0]);
    await bin.click();
    await expect
      .poll(async () => (await domainOf(page))[1] - (await domainOf(page))[0])
      .toBeLessThan((before[1] - before[0]) / 4);
    const after = await domainOf(page);
    expect(after[0]).toBeLessThan(t);
    expect(after[1]).toBeGreaterThan(t);
  });

  it.each([
    ['light', 1280],
    ['dark', 1280],
    ['light', 360],
  ] as const)('has no axe violations (%s, %d px)', async (scheme, width) => {
    const page = await b.open(`${HARNESS_PAGE}?events=1000`, {
      viewport: { width, height: 800 },
      colorScheme: scheme,
    });
    await page.getByRole('region', { name: 'Timeline' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });
});
