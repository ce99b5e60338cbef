import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe.ts';
import { openBrowser, phone, type TendBrowser } from './harness/browser.ts';
import { expectOnScreen } from './harness/on-screen.ts';
import { startTend, type TendServer } from './harness/tend-server.ts';
import { accountPages, settingsLink, settingsSections, TendApp } from './pages/tend-app.ts';

const passphrase = 'a slow walk under tall trees';

/** Each screen a person can reach, checked by axe in light and in dark. */
describe('every screen, light and dark, has no axe violations', () => {
  let server: TendServer;
  let browser: TendBrowser;
  let app: TendApp;

  beforeAll(async () => {
    server = await startTend();
    browser = await openBrowser({ viewport: phone });
    app = new TendApp(browser.page, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function check(screen: string): Promise<void> {
    for (const colorScheme of ['light', 'dark'] as const) {
      await browser.page.emulateMedia({ colorScheme });
      const violations = await axeViolations(browser.page);
      expect(violations, `${screen} in ${colorScheme}`).toEqual([]);
    }
  }

  it('before a vault exists', async () => {
    await app.open('/');
    await app.heading().waitFor();
    await check('welcome');
    await app.openSupport();
    await check('support now (no vault)');
    await app.open('/');
    await browser.page.getByRole('button', { name: 'I already have an account' }).click();
    await check('sign in');
  });

  it('with a vault, unlocked and locked', async () => {
    await app.open('/');
    await browser.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await browser.page.getByLabel('Confirm passphrase', { exact: true }).fill(passphrase);
    await browser.page.getByRole('button', { name: 'Make a vault' }).click();
    await browser.page.getByRole('heading', { name: 'Your recovery code' }).waitFor({ timeout: 30_000 });
    await check('recovery kit');
    await browser.page.getByLabel('I have kept my recovery code somewhere safe').check();
    await browser.page.getByRole('button', { name: 'Continue' }).click();
    await browser.page.getByRole('button', { name: 'Lock', exact: true }).waitFor();
    await check('home');
    await app.writeEntry('A title', 'Some words for the entry.');
    await check('an entry');
    await app.goTo('Journal');
    await check('journal');
    await browser.page.getByRole('button', { name: 'New entry' }).click();
    await app.heading().waitFor();
    await check('new entry');
    await app.goTo('Settings');
    await check('settings');
    // On a phone the whole index is on screen at once, its last section included: no wall of text.
    await expectOnScreen(browser.page.getByRole('link', { name: settingsLink('About') }), 'Settings › About');
    for (const section of settingsSections) {
      await app.openSettings(section);
      await check(`settings › ${section}`);
    }
    for (const page of accountPages) {
      await app.openAccountPage(page);
      await check(`settings › account and devices › ${page}`);
    }
    await app.goTo('Home');
    await browser.page.getByRole('link', { name: 'Looking back' }).click();
    await app.heading().filter({ hasText: 'Looking back' }).waitFor();
    await check('looking back');
    await browser.page
      .getByRole('list', { name: 'At a glance' })
      .getByRole('link', { name: /^Kindness/ })
      .click();
    await app.heading().filter({ hasText: 'Kindness moments' }).waitFor();
    await check('looking back › kindness moments');
    await app.openSupport();
    await check('support now');
    await app.goTo('Home');
    await app.lock();
    await check('unlock');
    await browser.page.getByRole('button', { name: 'Use my recovery code' }).click();
    await check('recover');
    await app.open('/about');
    await app.heading().waitFor();
    await check('about');
  });

  it('writing while locked, and what came in after unlocking', async () => {
    const { page } = browser;
    for (const [path, screen] of [
      ['/pause', 'pause while locked'],
      ['/journal/new', 'new entry while locked'],
      ['/kindness', 'kindness moment while locked'],
    ] as const) {
      await app.open(path);
      await page.getByText('Your vault is locked. What you write here is sealed').waitFor();
      await check(screen);
    }
    await page.getByLabel('A kindness in your own words').fill('Sat in the sun for a minute');
    await page.getByRole('button', { name: 'Note it' }).click();
    await page.getByText(/^Noted: /).waitFor();
    await app.open('/');
    await page.getByText(/while locked (is|are) waiting to be added/).waitFor();
    await check('unlock, with something waiting');
    await app.unlock(passphrase);
    await page.getByText(/wrote while your vault was locked (is|are) in it now/).waitFor();
    await check('home, with what came in');
  });
});
