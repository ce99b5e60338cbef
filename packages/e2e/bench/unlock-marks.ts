// What the unlock benchmarks wait for and read in the page: home shown, its first paint, and the
// unlock's phases from the page's performance marks.
import type { Page } from 'playwright-core';
import { pageMarks } from './page-marks.ts';

/**
 * Home of the open vault: the Lock button shows with it. (The locked screen has a "Write in your
 * journal" link of its own, for writing while locked, so that link alone does not say the vault is open.)
 */
export async function homeShown(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lock', exact: true }).waitFor({ timeout: 60_000 });
  await page.getByRole('link', { name: 'Write in your journal' }).waitFor({ timeout: 60_000 });
}

/** Marks `tend:home-painted` in the page at the first frame after home's Lock button appears. */
export function markHomePainted(page: Page): Promise<void> {
  return page.evaluate(() => {
    const shown = () =>
      [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Lock');
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      requestAnimationFrame(() => performance.mark('tend:home-painted'));
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

/** The unlock's phases from the page's marks, in ms (NaN where a mark is missing). */
export async function unlockPhases(page: Page): Promise<Record<string, number>> {
  const marks = await pageMarks(page);
  const at = (name: string) => marks[`tend:${name}`] ?? NaN;
  const start = at('unlock');
  return {
    'read the pages': at('records-read') - start,
    'Argon2id (key open)': at('key-open') - start,
    'decrypt after both': at('records-opened') - Math.max(at('records-read'), at('key-open')),
    'vault shown (opening)': at('session-shown') - start,
    'first paint of home': at('home-painted') - start,
    'whole vault open': at('records-opened') - start,
  };
}
