import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe.ts';
import { openBrowser, phone, type TendBrowser } from './harness/browser.ts';
import { expectOnScreen } from './harness/on-screen.ts';
import { startTend, type TendServer } from './harness/tend-server.ts';
import { PausePages } from './pages/pause-pages.ts';
import { TendApp } from './pages/tend-app.ts';

const passphrase = 'the kettle sings before the rain';

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(
      await axeViolations(page, { coloursOnly: colorScheme === 'dark' }),
      `${screen} in ${colorScheme}`,
    ).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The first moments of need on a phone: Support now before any setting, and Pause that leaves no trace. */
describe('the moment of need', () => {
  let server: TendServer;
  const browsers: TendBrowser[] = [];

  beforeAll(async () => {
    server = await startTend();
  });

  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await server?.stop();
  });

  async function phoneIn(locale: string, timezoneId: string): Promise<{ page: Page; app: TendApp }> {
    const browser = await openBrowser({ viewport: phone, isPhone: true, locale, timezoneId });
    browsers.push(browser);
    return { page: browser.page, app: new TendApp(browser.page, server.url) };
  }

  it('fresh profile: Support now shows a number to call in one tap, with no setting made', async () => {
    const { page, app } = await phoneIn('en-GB', 'Europe/London');
    await app.open('/');
    await app.heading().waitFor();
    await page.getByRole('button', { name: 'Support now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Support now' }).waitFor();
    const call = page.getByRole('link', { name: 'Call 999' });
    await expectOnScreen(call, 'Call 999');
    await expect(call.getAttribute('href')).resolves.toBe('tel:999');
    await expectOnScreen(page.getByRole('link', { name: 'Call 116 123' }), 'Samaritans', { scroll: true });
    await page.getByText('Suggested from this device’s time zone.', { exact: false }).waitFor();
    await expect(page.getByLabel('Your region').inputValue()).resolves.toBe('GB');
    await expectNoViolations(page, 'support now, suggested');

    // Changing it is one step, and it is the person's choice from then on.
    await page.getByLabel('Your region').selectOption({ label: 'Ireland' });
    await expectOnScreen(page.getByRole('link', { name: 'Call 112' }), 'Call 112');
    await page.getByText('It stays on this device.', { exact: true }).waitFor();
  });

  it('where no region fits, shows common emergency numbers and the directory as a link', async () => {
    const { page, app } = await phoneIn('en-US', 'Asia/Tokyo');
    await app.open('/support');
    await page.getByRole('heading', { level: 1, name: 'Support now' }).waitFor();
    await expectOnScreen(page.locator('a[href^="tel:"]').first(), 'the first common emergency number');
    for (const number of ['112', '911', '999', '000', '111', '119'])
      await expect(page.getByRole('link', { name: `Call ${number}` }).count()).resolves.toBe(1);
    const directory = page.getByRole('link', { name: 'Open findahelpline.com' });
    await expect(directory.getAttribute('href')).resolves.toBe('https://findahelpline.com');
    await expectNoViolations(page, 'support now, somewhere else');
  });

  it('opening Pause and leaving at once leaves nothing; a pause left with answers can be let go', async () => {
    const { page, app } = await phoneIn('en-GB', 'Europe/London');
    const pause = new PausePages(page);
    await app.open('/');
    await app.makeVault(passphrase);

    await pause.begin();
    await pause.tap('Done for now');
    await page.getByRole('link', { name: 'Write in your journal' }).waitFor();
    await pause.begin();
    await page.getByRole('link', { name: 'Tend, home' }).click();
    await page.getByRole('link', { name: 'Write in your journal' }).waitFor();
    await page.reload();
    await app.unlockIfLocked(passphrase);
    await expect(pause.openPauseCard().count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('link', { name: 'Past pauses' }).click();
    await page.getByText('No pauses yet.', { exact: false }).waitFor();

    await pause.begin();
    await pause.leave(0, 'Skip');
    await page.getByLabel('What happened').fill('A door slammed upstairs');
    await pause.leave(1, 'Next');
    await pause.tap('Done for now');
    await pause.openPauseCard().waitFor();
    await expectOnScreen(pause.unfinishedOffer(), 'Finish your pause', { scroll: true });
    await expectNoViolations(page, 'home with a pause left open');
    await pause.tap('Let this one go');
    await page.getByRole('dialog', { name: 'Let this pause go?' }).waitFor();
    await expectNoViolations(page, 'letting a pause go');
    await pause.tap('Keep it');
    await pause.openPauseCard().waitFor();
    await pause.letGo();
    await page.reload();
    await app.unlockIfLocked(passphrase);
    await expect(pause.openPauseCard().count()).resolves.toBe(0);

    // Kept for later: home stops offering it, and it waits in Past pauses, ready to finish.
    await pause.begin();
    await pause.leave(0, 'Skip');
    await page.getByLabel('How strong it is', { exact: true }).fill('7');
    await pause.tap('Done for now');
    await pause.tap('Keep it for later');
    await pause.openPauseCard().waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('link', { name: 'Past pauses' }).click();
    await page.getByRole('link', { name: /Not finished: open it to finish/ }).click();
    await pause.step(2).waitFor();
    await expectNoViolations(page, 'a pause come back to');
  });

  it('counts the taps from home to a finished pause, and lists it to read back', async () => {
    const { page, app } = await phoneIn('en-GB', 'Europe/London');
    const pause = new PausePages(page);
    await app.open('/');
    await app.makeVault(passphrase);

    pause.taps = 0;
    await pause.begin();
    for (let step = 0; step < 5; step += 1) await pause.leave(step, 'Skip');
    await pause.finish();
    // Pause, five skips and Finish: seven taps, none of them typing.
    expect(pause.taps).toBe(7);

    pause.taps = 0;
    await pause.begin();
    await pause.leave(0, 'Skip');
    await page.getByLabel('What happened').fill('A sharp word at work');
    await pause.leave(1, 'Next');
    await pause.chip('Water').click();
    pause.taps += 1;
    await pause.leave(2, 'Next');
    await pause.leave(3, 'Skip');
    await pause.leave(4, 'Skip');
    await pause.finish();
    expect(pause.taps).toBe(8);

    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('link', { name: 'Past pauses' }).click();
    await page.getByRole('heading', { level: 1, name: 'Past pauses' }).waitFor();
    await expect(page.getByRole('link', { name: /Finished/ }).count()).resolves.toBe(2);
    await expectNoViolations(page, 'past pauses');
    await page.getByRole('link', { name: /A sharp word at work/ }).click();
    await page.getByRole('heading', { level: 1, name: 'A past pause' }).waitFor();
    await page.getByText('Water', { exact: true }).waitFor();
    await expectNoViolations(page, 'a past pause');
  });

  it('keeps Support now reachable while a dialog is open', async () => {
    const { page, app } = await phoneIn('en-GB', 'Europe/London');
    await app.open('/');
    await app.makeVault(passphrase);
    await app.writeEntry('A heavy day', 'Some words.');
    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this entry?' });
    await dialog.waitFor();
    await expectOnScreen(dialog.getByRole('link', { name: 'Support now' }), 'Support now in a dialog');
    await expectNoViolations(page, 'a dialog with Support now');
    await dialog.getByRole('link', { name: 'Support now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Support now' }).waitFor();
    await expectOnScreen(page.getByRole('link', { name: 'Call 999' }), 'Call 999 after a dialog');
  });
});
