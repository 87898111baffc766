import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe-core in the page; returns violations as readable strings (rule: target, ...). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.addScriptTag({ path: axePath });
  const result = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as {
    violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
  };
  return result.violations.map(
    (v) =>
      `${v.id} (${v.help}): ${v.nodes
        .map((n) => JSON.stringify(n.target))
        .slice(0, 5)
        .join(', ')}`,
  );
}
