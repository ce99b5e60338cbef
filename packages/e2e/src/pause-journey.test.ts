import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe.ts';
import { openBrowser, phone, type TendBrowser } from './harness/browser.ts';
import { tabTo } from './harness/keyboard.ts';
import { startTend, type TendServer } from './harness/tend-server.ts';
import { PartsPages } from './pages/parts-pages.ts';
import { PausePages } from './pages/pause-pages.ts';
import { TendApp } from './pages/tend-app.ts';

const passphrase = 'the tide comes back in';
const shots = process.env['TEND_SCREENSHOTS'];

async function expectNoViolations(browser: TendBrowser, screen: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await browser.page.emulateMedia({ colorScheme });
    if (shots)
      await browser.page.screenshot({ path: `${shots}/pause-${screen}-${colorScheme}.png`, fullPage: true });
    expect(
      await axeViolations(browser.page, { coloursOnly: colorScheme === 'dark' }),
      `${screen} in ${colorScheme}`,
    ).toEqual([]);
  }
  await browser.page.emulateMedia({ colorScheme: 'light' });
}

describe('pause when it hits', () => {
  let server: TendServer;
  const browsers: TendBrowser[] = [];

  beforeAll(async () => {
    server = await startTend();
  });

  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await server?.stop();
  });

  it('pauses from home in a few taps, fills every step, and finishes an abandoned pause later', async () => {
    const browser = await openBrowser({ viewport: phone });
    browsers.push(browser);
    const { page } = browser;
    const app = new TendApp(page, server.url);
    const pause = new PausePages(page);
    await app.open('/');
    await app.makeVault(passphrase);
    await new PartsPages(page).createPart('Little one');
    await app.goTo('Home');

    // Resources: add, edit, reorder and remove; Pause offers what is left.
    await page.getByRole('link', { name: 'Resources' }).click();
    await page.getByRole('heading', { level: 1, name: 'Resources' }).waitFor();
    await expectNoViolations(browser, 'resources-empty');
    await pause.addResource('Steadying words', 'This will pass');
    await pause.addResource('Someone to reach', 'Sam', '555 0100');
    await pause.addResource('A place', 'The park bench');
    await page.getByRole('button', { name: 'Edit Sam' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Sam, my sister');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'Add a resource' }).waitFor();
    await page.getByRole('button', { name: 'Move up Sam, my sister' }).click();
    await expect
      .poll(() => pause.resourceNames())
      .toEqual(['Sam, my sister', 'This will pass', 'The park bench']);
    await page.getByRole('button', { name: 'Move down This will pass' }).click();
    await expect
      .poll(() => pause.resourceNames())
      .toEqual(['Sam, my sister', 'The park bench', 'This will pass']);
    await page.getByRole('button', { name: 'Remove The park bench' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => pause.resourceNames()).toEqual(['Sam, my sister', 'This will pass']);
    await expectNoViolations(browser, 'resources');
    await app.goTo('Home');

    // Skipping everything optional: Pause, five skips, finish.
    pause.taps = 0;
    await pause.begin();
    for (let step = 0; step < 5; step += 1) await pause.leave(step, 'Skip');
    await pause.finish();
    expect(pause.taps).toBeLessThanOrEqual(8);
    await expect(pause.unfinishedOffer().count()).resolves.toBe(0);

    // Every field.
    await pause.begin();
    await expectNoViolations(browser, 'breathe');
    await pause.leave(0, 'Next');
    await page.getByLabel('How strong it is', { exact: true }).fill('8');
    await page.getByLabel('What happened').fill('A message went unanswered');
    await pause.chip('Little one').click();
    await page.getByLabel('Who is involved').fill('A friend');
    await expectNoViolations(browser, 'notice');
    await pause.leave(1, 'Next');
    await pause.chip('Water').click();
    await expect(pause.chip('Water').getAttribute('aria-pressed')).resolves.toBe('true');
    await expectNoViolations(browser, 'body');
    await pause.leave(2, 'Next');
    await pause.chip('Connection').click();
    await page.getByLabel('In my own words').fill('To know I matter');
    await expectNoViolations(browser, 'needs');
    await pause.leave(3, 'Next');
    await page.getByText('You do not have to hold this on your own.').waitFor();
    await expect(page.locator('.option-name').allTextContents()).resolves.toEqual([
      'Sam, my sister',
      'This will pass',
    ]);
    await page.getByLabel("What I'll do now").fill('Drink some water and wait an hour');
    await expectNoViolations(browser, 'options');
    await pause.leave(4, 'Next');
    await page.getByLabel('How strong it is now').fill('4');
    await page.getByLabel('I noticed the old one afterwards').check();
    await page.getByLabel('How long afterwards').fill('20');
    await page.getByLabel('Minutes', { exact: true }).check();
    await expectNoViolations(browser, 'afterwards');
    await pause.finish();
    await expect(pause.unfinishedOffer().count()).resolves.toBe(0);

    // Abandoned half-way: what was entered stays, and home offers to finish it after a reload.
    await pause.begin();
    await pause.leave(0, 'Skip');
    await page.getByLabel('What happened').fill('Raised voices next door');
    await pause.leave(1, 'Next');
    await pause.chip('Rest').click();
    await pause.tap('Done for now');
    await pause.unfinishedOffer().waitFor();
    await page.reload();
    await app.unlockIfLocked(passphrase);
    await expectNoViolations(browser, 'home-offer');
    await pause.unfinishedOffer().click();
    await pause.step(3).waitFor();
    await pause.leave(3, 'Skip');
    await pause.leave(4, 'Skip');
    await pause.finish();
    await expect(pause.unfinishedOffer().count()).resolves.toBe(0);
  });

  it("tells a pattern's story over months, and notes kindness moments this week", async () => {
    const browser = await openBrowser({ viewport: phone });
    browsers.push(browser);
    const { page } = browser;
    await page.clock.install({ time: new Date('2026-01-12T10:00:00') });
    const app = new TendApp(page, server.url);
    const pause = new PausePages(page);
    await app.open('/');
    await app.makeVault(passphrase);

    await expect(
      page.getByText('Kindness moments you note this week will gather here').isVisible(),
    ).resolves.toBe(true);
    await page.getByRole('button', { name: 'Drank water' }).click();
    await page.getByText('1 kindness moment this week.').waitFor();
    await page.getByLabel('A kindness in your own words').fill('Sat in the sun');
    await page.getByRole('button', { name: 'Note it' }).click();
    await page.getByText('2 kindness moments this week.').waitFor();
    await expectNoViolations(browser, 'home-kindness');

    await page.getByRole('link', { name: 'Patterns' }).click();
    await page.getByRole('heading', { level: 1, name: 'Patterns' }).waitFor();
    await expectNoViolations(browser, 'patterns-empty');
    await page.getByLabel('When…').fill('someone goes quiet');
    await page.getByLabel('I usually…').fill('assume they are leaving');
    await page.getByLabel("What I'm practising instead is…").fill('asking what is going on');
    await page.getByRole('button', { name: 'Name this pattern' }).click();
    const patternLink = page.getByRole('link', {
      name: 'When someone goes quiet, I usually assume they are leaving',
    });
    await patternLink.waitFor();
    await app.goTo('Home');

    await pause.taggedPause('The old response');
    await pause.taggedPause('The old response');
    await app.comeBackAt(new Date('2026-02-10T10:00:00'), passphrase);
    await pause.taggedPause('The new response I am practising');
    await pause.taggedPause('The old response');
    await app.comeBackAt(new Date('2026-03-09T10:00:00'), passphrase);
    await pause.taggedPause('The new response I am practising');
    await pause.taggedPause('I noticed the old one afterwards');

    await page.getByRole('link', { name: 'Patterns' }).click();
    await patternLink.click();
    await page.getByRole('heading', { level: 1, name: /When someone goes quiet/ }).waitFor();
    await page.getByRole('img', { name: /Month by month/ }).waitFor();
    const summary = (await page.locator('.pattern-summary').textContent()) ?? '';
    expect(summary).toMatch(/6/);
    expect(summary.toLowerCase()).toMatch(/march/);
    await expect(
      page.getByRole('img', { name: /Month by month/ }).getAttribute('aria-label'),
    ).resolves.toBeNull();
    const title = (await page.locator('.pattern-chart title').textContent()) ?? '';
    expect(title).toContain('January: new response 0, old response 2');
    expect(title).toContain('February: new response 1, old response 1');
    expect(title).toContain('March: new response 1, old response 0');
    await expect(page.getByText(/^A pause:/).count()).resolves.toBe(6);
    await expectNoViolations(browser, 'pattern');
  });

  it('pauses with the keyboard alone, and keeps the breath still under reduced motion', async () => {
    const browser = await openBrowser({ viewport: phone, reducedMotion: 'reduce' });
    browsers.push(browser);
    const { page } = browser;
    const app = new TendApp(page, server.url);
    const pause = new PausePages(page);
    await app.open('/');
    await app.makeVault(passphrase);

    await tabTo(page, 'Pause');
    await page.keyboard.press('Enter');
    await pause.step(0).waitFor();
    await tabTo(page, 'Start breathing guide');
    await page.keyboard.press('Enter');
    await page.getByText('Breathe in…').waitFor();
    const circle = page.locator('.breath-circle');
    // Still, not growing: the circle keeps one size while the words alone keep the rhythm.
    const still = 'matrix(0.8, 0, 0, 0.8, 0, 0)';
    const motion = () =>
      circle.evaluate((el) => ({
        transform: getComputedStyle(el).transform,
        running: el.getAnimations().length,
      }));
    await expect(motion()).resolves.toEqual({ transform: still, running: 0 });
    // The next phase is where a moving circle would change size: it has not, and nothing runs.
    await page.getByText('…and out…').waitFor();
    await expect(motion()).resolves.toEqual({ transform: still, running: 0 });
    await page.screenshot({ path: `${shots ?? '/tmp'}/pause-breath-reduced-motion.png` });

    for (let step = 0; step < 5; step += 1) {
      await tabTo(page, 'Skip');
      await page.keyboard.press('Enter');
      await pause.step(step + 1).waitFor();
    }
    await tabTo(page, 'Finish pause');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Write in your journal' }).waitFor();
  });
});
