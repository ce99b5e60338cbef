import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, phone, type TendBrowser } from './harness/browser.ts';
import { expectOnScreen } from './harness/on-screen.ts';
import { startTend, type TendServer } from './harness/tend-server.ts';
import { TendApp } from './pages/tend-app.ts';

const passphrase = 'a slow walk by the river';

/** A newcomer on a phone: home offers a short tour once; taken or put aside, it is not offered again. */
describe('the first-run tour', () => {
  let server: TendServer;
  let browser: TendBrowser;

  beforeAll(async () => {
    server = await startTend();
    browser = await openBrowser({ viewport: phone, isPhone: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('walks through parts, Pause and privacy, back and forth, and is not offered again', async () => {
    const app = new TendApp(browser.page, server.url);
    const { page } = browser;
    await app.open();
    await app.makeVault(passphrase);

    const offer = page.getByRole('region', { name: 'New to Tend?' });
    await offer.waitFor();
    await offer.getByRole('link', { name: 'Take the tour' }).click();

    const next = page.getByRole('button', { name: 'Next' });
    await page.getByRole('heading', { level: 1, name: 'Parts of you' }).waitFor();
    await expect.poll(() => page.getByText('1 of 3').isVisible()).toBe(true);
    await expectOnScreen(next, 'Next on the first page');
    await expectOnScreen(page.getByRole('button', { name: 'Skip the tour' }), 'Skip the tour');
    await next.click();
    await page.getByRole('heading', { level: 1, name: 'Pause, when something hits hard' }).waitFor();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('heading', { level: 1, name: 'Parts of you' }).waitFor();
    await next.click();
    await next.click();
    await page.getByRole('heading', { level: 1, name: 'Only you can read it' }).waitFor();
    const begin = page.getByRole('button', { name: 'Begin' });
    await expectOnScreen(begin, 'Begin on the last page');
    await begin.click();

    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Only you can read it' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => offer.count()).toBe(0);

    // Kept on the device: after locking and unlocking, home still does not offer it.
    await app.lock();
    await app.unlock(passphrase);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await offer.count()).toBe(0);

    // Taken once, it is still there for later: About Tend links to it (moved to within the open app,
    // as its own links do, so the vault stays open).
    await page.evaluate(() => {
      history.pushState(null, '', '/about');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.getByRole('link', { name: 'Take the short tour' }).click();
    await page.getByRole('heading', { level: 1, name: 'Parts of you' }).waitFor();
  });

  it('can be put aside from home with "Not now"', async () => {
    const second = await openBrowser({ viewport: phone, isPhone: true });
    try {
      const app = new TendApp(second.page, server.url);
      await app.open();
      await app.makeVault(passphrase);
      const offer = second.page.getByRole('region', { name: 'New to Tend?' });
      await offer.waitFor();
      await offer.getByRole('button', { name: 'Not now' }).click();
      await expect.poll(() => offer.count()).toBe(0);
    } finally {
      await second.close();
    }
  });
});
