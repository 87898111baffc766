import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

// The page's live regions, as index.html has them from load (empty), fresh for each test.
const page = new DOMParser().parseFromString(
  readFileSync(resolve(__dirname, '../index.html'), 'utf8'),
  'text/html',
);
const liveRegions = Array.from(page.querySelectorAll('[id^="announcer-"]'));

beforeEach(() => {
  for (const region of liveRegions) document.body.append(document.importNode(region, true));
});

afterEach(() => {
  cleanup();
  for (const region of liveRegions) document.getElementById(region.id)?.remove();
});
