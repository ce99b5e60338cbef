import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TendBrowser } from './harness/browser.ts';
import { tabTo } from './harness/keyboard.ts';
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
});
