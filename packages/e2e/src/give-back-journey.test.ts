import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe.ts';
import { openBrowser, phone, type TendBrowser } from './harness/browser.ts';
import { isTappable } from './harness/on-screen.ts';
import { startTend, type TendServer } from './harness/tend-server.ts';
import { PartsPages } from './pages/parts-pages.ts';
import { TendApp } from './pages/tend-app.ts';

const passphrase = 'what we write comes back';
const username = 'giving-back';

async function expectNoViolations(browser: TendBrowser, screen: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await browser.page.emulateMedia({ colorScheme });
    expect(await axeViolations(browser.page), `${screen} in ${colorScheme}`).toEqual([]);
  }
  await browser.page.emulateMedia({ colorScheme: 'light' });
}

/** Every word of the meeting the journey writes, as the person typed it. */
const words = {
  broughtForward: 'Mum’s message about the holidays',
  felt: 'Small, and braced for blame',
  needed: 'To hear that it is allowed to say no',
  offered: 'A hand on my chest and a slow breath',
  bothTrue: 'I love her, and I need my own Christmas',
  onWhom: 'my mother at twelve',
};

describe('everything a person writes comes back to them', () => {
  let server: TendServer;
  let first: TendBrowser;
  let second: TendBrowser | undefined;

  beforeAll(async () => {
    server = await startTend();
  });

  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    await server?.stop();
  });

  it('reads a meeting back, edits it, and lets it go on both devices', async () => {
    first = await openBrowser({ viewport: phone });
    const { page } = first;
    const app = new TendApp(page, server.url);
    const parts = new PartsPages(page);
    await app.open('/');
    await app.makeVault(passphrase);
    await app.addAccount(username, passphrase);
    await parts.createPart('The braced one');

    await page.getByRole('button', { name: 'Meet this part' }).click();
    await page.getByLabel('What brought it forward').fill(words.broughtForward);
    await parts.next();
    await page.getByLabel('What it felt').fill(words.felt);
    await page.getByLabel('What it needed').fill(words.needed);
    await parts.next();
    await page.getByLabel('I stayed with it with compassion').check();
    await parts.next();
    await page.getByLabel('In and out', { exact: true }).check();
    await parts.next();
    await page.getByLabel('What I offered it').fill(words.offered);
    await parts.next();
    await page.getByLabel('Intensity before').fill('8');
    await page.getByLabel('Intensity after').fill('4');
    await parts.next();
    await page.getByLabel('Both things that are true').fill(words.bothTrue);
    await parts.next();
    await page.getByLabel('Who I was seeing through this part').fill(words.onWhom);
    await page.getByLabel('Amount').fill('3');
    await page.getByLabel('Unit').selectOption('hours');
    await page.getByRole('button', { name: 'Save meeting' }).click();
    await parts.heading('The story of The braced one').waitFor();
    await page.getByText(`you wrote that it needed: “${words.needed}”`).waitFor();

    const inStory = page.getByRole('link', { name: new RegExp(words.offered) });
    await inStory.scrollIntoViewIfNeeded();
    expect(await isTappable(inStory)).toBe(true);
    await inStory.click();
    await parts.heading('A meeting with The braced one').waitFor();
    for (const written of Object.values(words)) await page.getByText(written, { exact: false }).waitFor();
    await page.getByText('I stayed with it with compassion').waitFor();
    await page.getByText('In and out').waitFor();
    await page.getByText('Before: 8 of 10. After: 4 of 10.').waitFor();
    await page.getByText('I recognised it after 3 hours.').waitFor();
    expect(await isTappable(page.getByRole('link', { name: 'Edit', exact: true }))).toBe(true);
    await expectNoViolations(first, 'a meeting');

    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await parts.heading('Edit this meeting').waitFor();
    await expect(page.getByLabel('What brought it forward').inputValue()).resolves.toBe(words.broughtForward);
    await expectNoViolations(first, 'edit a meeting');
    await page.getByLabel('What I offered it').fill('Time, and a walk by the river');
    const save = page.getByRole('button', { name: 'Save changes' });
    await save.scrollIntoViewIfNeeded();
    expect(await isTappable(save)).toBe(true);
    await save.click();
    await parts.heading('A meeting with The braced one').waitFor();
    await page.getByText('Time, and a walk by the river').waitFor();
    await page.getByText(words.bothTrue).waitFor();
    await page.getByRole('link', { name: 'Back to the story' }).click();
    await page.getByRole('link', { name: /Time, and a walk by the river/ }).waitFor();
    await expect(page.getByText(words.offered).count()).resolves.toBe(0);

    await app.syncNow();
    await page
      .getByText(/^Synced at /)
      .first()
      .waitFor({ timeout: 20_000 });
    await page.goBack();
    second = await openBrowser({ viewport: phone });
    const b = new TendApp(second.page, server.url);
    const partsB = new PartsPages(second.page);
    await b.open('/');
    await b.signIn(username, passphrase);
    await partsB.openPart('The braced one');
    await second.page.getByRole('link', { name: 'Its story' }).click();
    await second.page.getByRole('link', { name: /Time, and a walk by the river/ }).waitFor();

    await page.getByRole('link', { name: /Time, and a walk by the river/ }).click();
    const remove = page.getByRole('button', { name: 'Delete this meeting' });
    await remove.scrollIntoViewIfNeeded();
    expect(await isTappable(remove)).toBe(true);
    await remove.click();
    await page.getByRole('heading', { name: 'Delete this meeting?' }).waitFor();
    await expectNoViolations(first, 'delete a meeting, confirming');
    await page.getByRole('button', { name: 'Delete meeting' }).click();
    await parts.heading('The story of The braced one').waitFor();
    await page.getByText('No meetings yet.').waitFor();
    await app.syncNow();

    await expect
      .poll(
        async () => {
          await b.syncNow();
          await partsB.openPart('The braced one');
          await second?.page.getByRole('link', { name: 'Its story' }).click();
          await partsB.heading('The story of The braced one').waitFor();
          return second?.page.getByText('No meetings yet.').count();
        },
        { timeout: 30_000 },
      )
      .toBe(1);
  });
});
