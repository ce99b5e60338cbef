import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe.ts';
import { openBrowser, phone, type TendBrowser } from './harness/browser.ts';
import { tabTo } from './harness/keyboard.ts';
import { startTend, type TendServer } from './harness/tend-server.ts';
import { PartsPages } from './pages/parts-pages.ts';
import { RelationshipsPages } from './pages/relationships-pages.ts';
import { TendApp } from './pages/tend-app.ts';

const passphrase = 'the river keeps its own time';
// Four evenings two weeks apart, across February and March.
const firstEvening = new Date('2026-02-02T19:00:00');
const laterEvenings = ['2026-02-16', '2026-03-02', '2026-03-16'].map((d) => new Date(`${d}T19:00:00`));

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

describe('relationships', () => {
  let server: TendServer;
  let browser: TendBrowser;

  beforeAll(async () => {
    server = await startTend();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('adds people, checks in over two months, reads the web and each page, changes a path', async () => {
    browser = await openBrowser({ viewport: phone });
    const { page } = browser;
    await page.clock.install({ time: firstEvening });
    const app = new TendApp(page, server.url);
    const people = new RelationshipsPages(page);
    await app.open('/');
    await app.makeVault(passphrase);
    await new PartsPages(page).createPart('Little one');

    await people.openPeople();
    await expectNoViolations(browser, 'people, empty');
    await page.getByRole('link', { name: 'Add someone' }).click();
    await people.heading('Add someone').waitFor();
    await expectNoViolations(browser, 'add someone');
    await people.addPerson('Sam', 'Evolving');
    await people.addPerson('Rowan', 'Not sure');
    await people.addPerson('Alex');

    // The first check-in with Sam is made with the keyboard alone.
    await people.openPerson('Sam');
    await tabTo(page, 'Check in');
    await page.keyboard.press('Enter');
    await people.heading('Check in: Sam').waitFor();
    await expectNoViolations(browser, 'check-in');
    await tabTo(page, 'Depleted');
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
    await tabTo(page, 'Save');
    await page.keyboard.press('Enter');
    await people.heading('Sam').waitFor();
    await page.getByText('You have checked in once after time together.').waitFor();

    await people.checkIn('Rowan', { afterwards: 'Depleted', abandonedMyself: 'Yes' });
    for (const evening of laterEvenings) {
      // Two weeks pass in a moment, which looks like idleness: the vault locks, as it should.
      await app.comeBackAt(evening, passphrase);
      await people.checkIn('Sam', {
        afterwards: 'Nourished',
        seen: 'Mostly',
        heldBoundary: 'Did not need to',
      });
      await people.checkIn('Rowan', { afterwards: 'A little depleted', heldBoundary: 'Yes' });
    }
    // With nothing filled in, a check-in still saves.
    await people.checkIn('Alex', {});
    await people.checkIn('Alex', { day: '2026-03-10', note: 'A long walk by the canal.' });
    const alexHistory = page
      .getByRole('region', { name: 'How time together has felt' })
      .getByRole('listitem');
    await expect(alexHistory.allTextContents()).resolves.toEqual([
      expect.stringMatching(/^16 March 2026Checked in, with nothing more noted$/),
      expect.stringMatching(/^10 March 2026Checked in, with nothing more notedA long walk by the canal\.$/),
    ]);

    await people.openWeb();
    const web = page.getByRole('region', { name: 'In words' }).getByRole('listitem');
    await expect(web.allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Alex: not enough check-ins to say/),
      expect.stringMatching(/^Rowan: depleting lately.*depleted 4 of the 4 times.*Path: not sure/),
      expect.stringMatching(/^Sam: nourishing lately.*nourished 4 of the 4 times.*Path: evolving/),
    ]);
    await page.getByRole('img', { name: /The people around you/ }).waitFor();
    await expectNoViolations(browser, 'the web');

    await people.openPerson('Sam');
    const samSummary = await page.locator('.story-summary').textContent();
    expect(samSummary).toContain('You have checked in 4 times after time together, across 2 months.');
    await page.getByRole('img', { name: /How time together left you, month by month/ }).waitFor();
    await expect(page.getByRole('heading', { name: 'A few questions, if they help' }).count()).resolves.toBe(
      0,
    );

    await people.openPerson('Rowan');
    await page.getByRole('heading', { name: 'A few questions, if they help' }).waitFor();
    await page.getByText('What boundary might help you with this person?').waitFor();
    await expect(page.locator('main').textContent()).resolves.not.toMatch(
      /\bend (it|this)\b|\bleave them\b/i,
    );
    const rowanSummary = await page.locator('.story-summary').textContent();
    expect(rowanSummary).toContain('You held a boundary 3 times, and noticed abandoning yourself');
    await page.getByRole('img', { name: /Boundaries held and abandoning yourself/ }).waitFor();
    await expectNoViolations(browser, 'a relationship that keeps depleting');

    await page.getByText('Change the path').click();
    await page.getByLabel('Staying while I change my boundaries', { exact: true }).check();
    await page.getByLabel('What moved (optional)').fill('I said no to Sunday calls.');
    await page.getByRole('button', { name: 'Save path' }).click();
    await page.getByText('The path is saved, and the earlier one stays in its history.').waitFor();
    const history = page.getByRole('region', { name: 'The path I see now' }).locator('ol li');
    await expect(history.allTextContents()).resolves.toEqual([
      expect.stringMatching(/2 February 2026: Not sure/),
      expect.stringMatching(
        /16 March 2026: Staying while I change my boundaries · I said no to Sunday calls\./,
      ),
    ]);

    await page.getByLabel('A boundary I am practising').fill('I take a breath before answering');
    await page.getByRole('button', { name: 'Add boundary' }).click();
    await page.getByText('I take a breath before answering').waitFor();
    await page.getByRole('button', { name: 'Reword: I take a breath before answering' }).click();
    await page.getByLabel('This boundary').fill('I take a breath before I answer');
    await page.getByRole('button', { name: 'Save boundary' }).click();
    await page.getByText('I take a breath before I answer').waitFor();
    await expectNoViolations(browser, 'a relationship with a boundary');

    await page.getByRole('link', { name: 'Begin a grief' }).click();
    await people.heading('Begin a grief').waitFor();
    await page.getByLabel('A relationship that may not evolve').check();
    await page.getByLabel('A relationship it belongs with (optional)').selectOption({ label: 'Rowan' });
    await page.getByLabel('First words').fill('The closeness we had as children.');
    await page.getByRole('button', { name: 'Begin' }).click();
    await people.heading('A relationship that may not evolve').waitFor();
    await people.openPerson('Rowan');
    await page
      .getByRole('region', { name: 'Grief' })
      .getByRole('link', { name: 'A relationship that may not evolve' })
      .waitFor();

    await people.openPerson('Sam');
    await page.getByRole('link', { name: 'Edit' }).click();
    await people.heading('Edit Sam').waitFor();
    await page.getByText('Parts that show up with them').click();
    await page.getByLabel('Little one', { exact: true }).check();
    await page.getByText('Roles and fears').click();
    await page.getByLabel('The peacemaker', { exact: true }).check();
    await page.getByLabel('I am putting down the peacemaker').check();
    await page.getByLabel('If I speak up, will they stay?').check();
    await expectNoViolations(browser, 'edit a relationship');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await people.heading('Sam').waitFor();
    await page.getByRole('link', { name: 'Little one' }).waitFor();
    await page.getByText('The peacemaker · putting this down').waitFor();
    await page.getByText('If I speak up, will they stay?').waitFor();
    await expectNoViolations(browser, 'a relationship');
    await people.openPeople();
    await expectNoViolations(browser, 'people');
  });
});
