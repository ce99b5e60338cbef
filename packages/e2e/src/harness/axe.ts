import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Runs axe on the page as it is and returns a readable list of violations (empty when clean). axe runs
 * in the page itself (`axe.run`, the builder's legacy mode) rather than in parts finished in a blank
 * page the builder opens for each check: Tend's pages have no frames from another origin, the one
 * thing that mode leaves out, and each check no longer opens and loads a page of its own.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true)
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
