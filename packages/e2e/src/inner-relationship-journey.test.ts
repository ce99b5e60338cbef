import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe.ts';
import { openBrowser, phone, type TendBrowser } from './harness/browser.ts';
import { tabTo } from './harness/keyboard.ts';
import { startTend, type TendServer } from './harness/tend-server.ts';
import { PartsPages } from './pages/parts-pages.ts';
import { TendApp } from './pages/tend-app.ts';

const passphrase = 'moss grows on the north side';
const dayOne = new Date('2026-03-28T10:00:00');
const weekLater = new Date('2026-04-04T10:00:00');

async function expectNoViolations(browser: TendBrowser, screen: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await browser.page.emulateMedia({ colorScheme });
    expect(
      await axeViolations(browser.page, { coloursOnly: colorScheme === 'dark' }),
      `${screen} in ${colorScheme}`,
    ).toEqual([]);
  }
  await browser.page.emulateMedia({ colorScheme: 'light' });
}

describe('the inner relationship', () => {
  let server: TendServer;
  let browser: TendBrowser;

  beforeAll(async () => {
    server = await startTend();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('meets a part twice, reads its story, arranges the map and returns to a grief', async () => {
    browser = await openBrowser({ viewport: phone });
    const { page } = browser;
    await page.clock.install({ time: dayOne });
    const app = new TendApp(page, server.url);
    const parts = new PartsPages(page);
    await app.open('/');
    await app.makeVault(passphrase);
    expect(await page.evaluate(() => new Date(Date.now()).getDate())).toBe(28);

    await parts.openParts();
    await expectNoViolations(browser, 'parts, empty');
    await page.getByRole('button', { name: 'New part' }).click();
    await expectNoViolations(browser, 'new part');
    await parts.createPart('Inner critic');
    await parts.createPart('Little one');
    await expectNoViolations(browser, 'a part');
    await page.getByRole('link', { name: 'Edit' }).click();
    await parts.heading('Edit Little one').waitFor();
    await expectNoViolations(browser, 'edit a part');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await parts.heading('Little one').waitFor();

    await page.getByLabel('This part…').selectOption({ label: 'Protects' });
    await page.getByLabel('Other part', { exact: true }).selectOption({ label: 'Inner critic' });
    await page.getByRole('button', { name: 'Add link' }).click();
    await page.getByText('Little one protects Inner critic').waitFor();

    await parts.meet('Inner critic', 'A sharp email at work', ['It ran the show']);
    await expectNoViolations(browser, 'meeting, stances step');
    await page.getByRole('link', { name: 'Take a breath' }).click();
    await parts.heading('Support now').waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'How I related to it' }).waitFor();
    await expect(page.getByLabel('It ran the show', { exact: true }).isChecked()).resolves.toBe(true);
    await parts.stopHere('Inner critic');

    await app.comeBackAt(weekLater, passphrase);
    expect(await page.evaluate(() => new Date(Date.now()).getDate())).toBe(4);
    await parts.meet('Inner critic', 'The same kind of email', ['I stayed with it with compassion']);
    await parts.next();
    await page.getByLabel('Present', { exact: true }).check();
    await parts.next();
    await parts.next();
    await page.getByLabel('Intensity before').fill('7');
    await page.getByLabel('Intensity after').fill('4');
    await expect(page.getByText('7 of 10').isVisible()).resolves.toBe(true);
    await expectNoViolations(browser, 'meeting, intensity step');
    await parts.next();
    await parts.next();
    await page.getByLabel('Who I was seeing through this part').fill('my father');
    await page.getByLabel('Amount').fill('2');
    await page.getByLabel('Unit').selectOption('hours');
    await expectNoViolations(browser, 'meeting, projection step');
    await page.getByRole('button', { name: 'Save meeting' }).click();
    await parts.heading('The story of Inner critic').waitFor();

    const summary = await page.locator('.story-summary').textContent();
    expect(summary).toContain('You have met this part 2 times, across 2 months.');
    expect(summary).toContain(
      'In April you mostly stayed with this part with compassion; in March it more often ran the show.',
    );
    const meetings = page.getByRole('region', { name: 'Every meeting' }).getByRole('listitem');
    await expect(meetings.allTextContents()).resolves.toEqual([
      expect.stringMatching(/4 April 2026.*Stayed with compassion · Present · Intensity 7 → 4/),
      expect.stringMatching(/28 March 2026.*It ran the show/),
    ]);
    await page.getByRole('img', { name: /^How you related to this part, month by month/ }).waitFor();
    // Presence over time is a picture too, whose name says it in words: only April's meeting noted it.
    await page
      .getByRole('img', {
        name: /^How present you were, month by month: March, none noted; April, Present 1\.$/,
      })
      .waitFor();
    await expectNoViolations(browser, 'story');

    await parts.openMap();
    await expectNoViolations(browser, 'parts map');
    const node = parts.mapNode('Little one');
    const before = await node.getAttribute('transform');
    await node.focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown']) await page.keyboard.press(key);
    await page.keyboard.press('Enter');
    await page.getByText('Little one is kept in its new place.').waitFor();
    const after = await node.getAttribute('transform');
    expect(after).not.toBe(before);
    await page.getByText('Little one protects Inner critic').waitFor();
    const critic = await parts.mapNode('Inner critic').boundingBox();
    if (!critic) throw new Error('the map shows no Inner critic');
    await page.mouse.move(critic.x + critic.width / 2, critic.y + 10);
    await page.mouse.down();
    await page.mouse.move(critic.x + critic.width / 2 + 40, critic.y + 50, { steps: 5 });
    await page.mouse.up();
    await page.getByText('Inner critic is kept in its new place.').waitFor();
    await page.reload();
    await app.unlockIfLocked(passphrase);
    await parts.openMap();
    await expect(parts.mapNode('Little one').getAttribute('transform')).resolves.toBe(after);

    await app.goTo('Home');
    await page.getByRole('link', { name: 'Meet a part' }).click();
    await parts.heading('Meet a part').waitFor();
    await expectNoViolations(browser, 'meet a part, choosing the part');
    await parts.openParts();
    await expectNoViolations(browser, 'parts list');
    await parts.openGrief();
    await expectNoViolations(browser, 'grief list');
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByLabel('A role I am putting down').check();
    await page.getByLabel('Title').fill('The peacemaker');
    await page.getByLabel('A part it belongs with (optional)').selectOption({ label: 'Little one' });
    await page.getByLabel('First words').fill('I kept everyone calm for years.');
    await expectNoViolations(browser, 'begin a grief');
    await page.getByRole('button', { name: 'Begin' }).click();
    await parts.heading('The peacemaker').waitFor();
    await app.goTo('Home');
    await parts.openGrief();
    await page.getByRole('link', { name: /The peacemaker/ }).click();
    await page.getByLabel('What is here now').fill('Today it feels softer.');
    await page.getByRole('button', { name: 'Add to this' }).click();
    await page.getByText('Added', { exact: true }).waitFor();
    await page.getByText('I kept everyone calm for years.').waitFor();
    await page.getByText('Today it feels softer.').waitFor();
    await expectNoViolations(browser, 'a grief');

    await parts.openPart('Little one');
    await page.getByRole('button', { name: 'Archive this part' }).click();
    await page.getByText('This part is archived. Its words, links and meetings are all kept.').waitFor();
    await parts.openParts();
    await expect(page.getByRole('link', { name: /^Little one/ }).count()).resolves.toBe(0);
    await page.getByLabel('Show archived parts').check();
    await page.getByRole('link', { name: /^Little one/ }).click();
    await page.getByRole('button', { name: 'Restore this part' }).click();
    await page.getByRole('button', { name: 'Archive this part' }).waitFor();
    await browser.close();
  });

  it('creates a part and meets it with the keyboard alone', async () => {
    browser = await openBrowser({ viewport: phone });
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

    await tabTo(page, 'Parts');
    await keys.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Parts' }).waitFor();
    await tabTo(page, 'New part');
    await keys.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'New part' }).waitFor();
    await tabTo(page, 'Name');
    await keys.type('The watcher');
    await tabTo(page, 'Save part');
    await keys.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'The watcher' }).waitFor();
    await tabTo(page, 'Meet this part');
    await keys.press('Enter');
    await page.getByRole('heading', { name: 'What brought it forward' }).waitFor();
    await tabTo(page, 'What brought it forward');
    await keys.type('A quiet evening');
    await keys.press('Tab');
    await tabTo(page, 'Next');
    await keys.press('Enter');
    await page.getByRole('heading', { name: 'What it felt and needed' }).waitFor();
    await tabTo(page, 'Skip');
    await keys.press('Enter');
    await page.getByRole('heading', { name: 'How I related to it' }).waitFor();
    await tabTo(page, 'I stayed with it with compassion');
    await keys.press('Space');
    await tabTo(page, 'Stop here');
    await keys.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'The story of The watcher' }).waitFor();
    await expect(page.getByText('Stayed with compassion', { exact: true }).count()).resolves.toBeGreaterThan(
      0,
    );
    await expect(page.locator('.story-summary').textContent()).resolves.toContain(
      'You have met this part once.',
    );
  });
});
