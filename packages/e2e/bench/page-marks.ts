import type { Page } from 'playwright-core';

/** The page's `performance.mark`s by name, in ms since the page started. */
export function pageMarks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  );
}

/**
 * A sign-in's phases from the page's marks, in ms from the Sign in click (NaN where one is missing):
 * the key open (Argon2id included), then everything pulled, checked against the manifest and the
 * manifest pushed.
 */
export async function signInPhases(page: Page): Promise<Record<string, number>> {
  const marks = await pageMarks(page);
  const start = marks['tend:sign-in'] ?? NaN;
  return {
    'key open (Argon2id)': (marks['tend:signed-in'] ?? NaN) - start,
    'pulled and checked': (marks['tend:synced'] ?? NaN) - start,
  };
}
