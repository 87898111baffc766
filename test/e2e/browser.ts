import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../src/cli/bench-browser';

/** One Chromium per test file; each test opens a fresh context (no shared cookies or history). */
export function useBrowser() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const baseUrl = inject('baseUrl');
  return {
    baseUrl,
    /** A new page in a new context, already at `baseUrl + path`. */
    async open(path = '', options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
      if (!browser) throw new Error('browser not launched');
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      const page = await context.newPage();
      await page.goto(new URL(path, baseUrl).href);
      return page;
    },
    get browser() {
      if (!browser) throw new Error('browser not launched');
      return browser;
    },
  };
}
