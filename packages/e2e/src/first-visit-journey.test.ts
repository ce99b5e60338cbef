import type { Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, phone, type TendBrowser } from './harness/browser.ts';
import { startTend, type TendServer } from './harness/tend-server.ts';

const passphrase = 'quiet harbour evening light';

/**
 * Holds the app's script back until `release` is called: the page then shows index.html as it is,
 * with nothing of the app, for as long as a slow phone would.
 */
async function holdTheApp(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Whether React has taken the element over (it keeps its props on the element). */
function isReacts(page: Page, label: string): Promise<boolean> {
  return page
    .getByLabel(label, { exact: true })
    .evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactProps')));
}

describe('a first visit before the app has loaded', () => {
  let server: TendServer;
  let browser: TendBrowser | null = null;

  beforeAll(async () => {
    server = await startTend();
  });

  afterEach(async () => {
    await browser?.close();
    browser = null;
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('shows the welcome form at once, and keeps what was typed, the focus and the caret when the app takes over', async () => {
    browser = await openBrowser({ viewport: phone, isPhone: true });
    const page = browser.page;
    const release = await holdTheApp(page);
    await page.goto(`${server.url}/`, { waitUntil: 'commit' });

    const first = page.getByLabel('Passphrase', { exact: true });
    const second = page.getByLabel('Confirm passphrase', { exact: true });
    await page.getByLabel("I'm a practitioner").check();
    await first.fill(passphrase);
    await second.fill('quiet harbour');
    await second.press('ArrowLeft');
    await second.press('ArrowLeft');
    expect(await isReacts(page, 'Passphrase')).toBe(false);

    release();
    await expect.poll(() => isReacts(page, 'Confirm passphrase'), { timeout: 30_000 }).toBe(true);
    await expect(first.inputValue()).resolves.toBe(passphrase);
    await expect(second.inputValue()).resolves.toBe('quiet harbour');
    await expect(page.getByLabel("I'm a practitioner").isChecked()).resolves.toBe(true);
    // The app's welcome now says why a practitioner keeps a recovery code: React has the choice too.
    await page.getByText('Your recovery code is the one way back').waitFor();
    const caret = await second.evaluate((element: HTMLInputElement) => ({
      isFocused: document.activeElement === element,
      at: element.selectionStart,
    }));
    expect(caret).toEqual({ isFocused: true, at: 'quiet harbour'.length - 2 });
    // Typing goes on where it was.
    await page.keyboard.type('XY');
    await expect(second.inputValue()).resolves.toBe('quiet harboXYur');
  });

  it('makes the vault when the form was sent before the app had loaded', async () => {
    browser = await openBrowser({ viewport: phone, isPhone: true });
    const page = browser.page;
    const release = await holdTheApp(page);
    await page.goto(`${server.url}/`, { waitUntil: 'commit' });

    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('Confirm passphrase', { exact: true }).fill(passphrase);
    await page.getByRole('button', { name: 'Make a vault' }).click();
    // Not sent anywhere: the page is still the one typed into (a form sent would have reloaded it).
    await expect(page.getByLabel('Passphrase', { exact: true }).inputValue()).resolves.toBe(passphrase);
    expect(page.url()).toBe(`${server.url}/`);

    release();
    await page.getByRole('heading', { name: 'Your recovery code' }).waitFor({ timeout: 30_000 });
    expect(page.url()).toBe(`${server.url}/`);
  });

  it("speaks the browser's language in the frame before the app has loaded", async () => {
    browser = await openBrowser({ viewport: phone, isPhone: true, locale: 'de-DE' });
    const page = browser.page;
    const release = await holdTheApp(page);
    await page.goto(`${server.url}/`, { waitUntil: 'commit' });
    await page.getByText('Einen Moment…').waitFor();
    await page.getByText('Hilfe jetzt').waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    await expect(page.getByLabel('Tend, Startseite').count()).resolves.toBe(1);
    // German waits for its words behind "One moment…": the English welcome stays hidden.
    expect(await page.getByLabel('Passphrase', { exact: true }).isVisible()).toBe(false);
    release();
  });

  it('shows "One moment…", not the welcome, to a device that has held a vault', async () => {
    browser = await openBrowser({ viewport: phone, isPhone: true });
    const page = browser.page;
    await browser.context.addInitScript(() => localStorage.setItem('tend.vault-here', '1'));
    const release = await holdTheApp(page);
    await page.goto(`${server.url}/`, { waitUntil: 'commit' });
    await page.getByText('One moment…').waitFor();
    expect(await page.getByLabel('Passphrase', { exact: true }).isVisible()).toBe(false);
    release();
  });
});
