import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TendBrowser } from './harness/browser.ts';
import { focusedName, tabTo } from './harness/keyboard.ts';
import { startTend, type TendServer } from './harness/tend-server.ts';

const passphrase = 'the kettle hums at dawn';

/** The same journey with the keyboard alone: Tab, typing, Enter and Space; never the mouse. */
describe('with the keyboard alone', () => {
  let server: TendServer;
  let browser: TendBrowser;

  beforeAll(async () => {
    server = await startTend();
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('makes a vault, writes an entry, finds it, locks, unlocks and reaches Support now', async () => {
    const { page } = browser;
    const keys = page.keyboard;
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();

    // One choice of a segmented control: the arrow keys move between its answers and choose as they go.
    await tabTo(page, "I'm here for my own healing");
    await keys.press('ArrowRight');
    await expect.poll(() => focusedName(page)).toBe("I'm a practitioner");
    await expect(page.getByRole('radio', { name: "I'm a practitioner" }).isChecked()).resolves.toBe(true);
    await keys.press('ArrowLeft');
    await expect(page.getByRole('radio', { name: "I'm here for my own healing" }).isChecked()).resolves.toBe(
      true,
    );

    await tabTo(page, 'Passphrase');
    await keys.type(passphrase);
    await tabTo(page, 'Confirm passphrase');
    await keys.type(passphrase);
    await keys.press('Enter');
    await page.getByRole('heading', { name: 'Your recovery code' }).waitFor({ timeout: 30_000 });
    await tabTo(page, 'I have kept my recovery code');
    await keys.press('Space');
    await tabTo(page, 'Continue');
    await keys.press('Enter');
    await page.getByRole('button', { name: 'Lock', exact: true }).waitFor();

    await tabTo(page, 'Journal');
    await keys.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Journal' }).waitFor();
    await tabTo(page, 'New entry');
    await keys.press('Enter');
    await tabTo(page, 'Title');
    await keys.type('Typed without a mouse');
    await tabTo(page, 'Entry');
    await keys.type('Every key pressed gently.');
    await tabTo(page, 'Save');
    await keys.press('Enter');
    await page.getByText('Saved', { exact: true }).waitFor();

    await tabTo(page, 'Journal');
    await keys.press('Enter');
    await tabTo(page, 'Search entries');
    await keys.type('gently');
    // Results draw a moment after the typing (a deferred render): wait for them.
    await expect.poll(() => page.getByRole('link', { name: /Typed without a mouse/ }).count()).toBe(1);

    await tabTo(page, 'Lock');
    await keys.press('Enter');
    await page.getByRole('heading', { name: 'Unlock your vault' }).waitFor();
    await tabTo(page, 'Passphrase');
    await keys.type(passphrase);
    await keys.press('Enter');
    await page.getByRole('button', { name: 'Lock', exact: true }).waitFor({ timeout: 30_000 });

    await tabTo(page, 'Support now');
    await keys.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Support now' }).waitFor();
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    expect(focused).toBe('H1');
  });

  it('keeps focus inside a dialog; Escape keeps the entry and gives focus back; Support now is in it', async () => {
    const { page } = browser;
    const keys = page.keyboard;
    await tabTo(page, 'Journal');
    await keys.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Journal' }).waitFor();
    await tabTo(page, /Typed without a mouse/);
    await keys.press('Enter');
    await page.getByRole('button', { name: 'Delete', exact: true }).waitFor();
    await tabTo(page, /^Delete$/);
    await keys.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Delete this entry?' });
    await dialog.waitFor();
    // The gentler answer has focus first, and neither Tab nor Shift+Tab leaves the dialog.
    await expect.poll(() => focusedName(page)).toBe('Keep it');
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await keys.press(key);
      const inside = await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null);
      expect(inside, `focus after ${key}`).toBe(true);
    }

    await keys.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => focusedName(page)).toBe('Delete');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Typed without a mouse' }).count(),
    ).resolves.toBe(1);

    // Support now from inside the dialog: the new page's heading takes focus, not the Delete left behind.
    await keys.press('Enter');
    await dialog.waitFor();
    await tabTo(page, 'Support now');
    await keys.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Support now' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });
});
