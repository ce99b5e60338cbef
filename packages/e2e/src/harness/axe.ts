import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core's own script, read once; it is put into a page once per document (see below). */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG rules the journeys hold every screen to. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The rules among the checked WCAG ones whose outcome depends on colours: the only ones a change of
 * colour scheme can turn. Tend's dark scheme changes colours and nothing else (every colour role is one
 * `light-dark()` in styles/base.css), so a page already checked in full in light needs only these in dark.
 * The accessibility test still runs every rule in both, on its screens.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe on the page as it is and returns a readable list of violations (empty when clean); with
 * `coloursOnly`, only the rules that depend on colours. axe runs in the page itself (`axe.run`), put in
 * once per document: Tend moves between screens without loading a new document, so the ~0.5 MB script
 * is not parsed again for every check, as a builder that injects it each time (twice, in fact) does.
 * Tend's pages have no frames, so `axe.run` on the document sees everything there is.
 */
export async function axeViolations(page: Page, options: { coloursOnly?: boolean } = {}): Promise<string[]> {
  const run: RunOptions = options.coloursOnly
    ? { runOnly: { type: 'rule', values: colourRules } }
    : { runOnly: { type: 'tag', values: wcagTags } };
  const hasAxe = await page.evaluate(
    () => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function',
  );
  if (!hasAxe) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (runOptions) => {
    const { axe } = window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } };
    // A dialog or a screen still fading in is checked as it will stay, not half-transparent.
    const running = document
      .getAnimations()
      .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime));
    // A cancelled animation rejects its `finished`; it is over all the same, which is all this waits for.
    await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
    const results = await axe.run(document, runOptions);
    // Only what the list needs crosses back: the passes and the rest stay in the page.
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, run);
  return violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.targets.join(', ')}`);
}
