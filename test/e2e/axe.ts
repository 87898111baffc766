import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Runs axe-core in the page; returns violations as readable strings (rule: target, ...). WCAG 2.2's
 * target size (AA: 24 by 24 CSS px, or that much space around it), off by default in axe, is on.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.addScriptTag({ path: axePath });
  const result = (await page.evaluate(
    'axe.run(document, { resultTypes: ["violations"], rules: { "target-size": { enabled: true } } })',
  )) as {
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
