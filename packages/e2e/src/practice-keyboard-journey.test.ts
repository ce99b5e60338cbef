import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TendBrowser } from './harness/browser.ts';
import { startTend, type TendServer } from './harness/tend-server.ts';
import { KeyboardOnly } from './pages/practice-keys.ts';
import { PracticePages } from './pages/practice-pages.ts';
import { TendApp } from './pages/tend-app.ts';

const practitionerPassphrase = 'moss on the north side of the wall';
const clientPassphrase = 'a kettle left to cool by the window';
const practitionerName = 'Robin Ash';
const practiceName = 'Riverside Counselling';
const clientName = 'Sam';
const entryTitle = 'The bus home';
const entryBody = 'I noticed my shoulders drop when the doors closed.';
const ownWords = 'Why the quiet after work feels so heavy';
const reflection = 'That moment the doors closed sounds like a small landing.';
const reply = 'It was. I would like to find more of those.';
const privateNote = 'Ask about the quiet after work next time.';
const codePattern = /^TEND-[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/;

/** The practitioner space with the keyboard alone, from both sides: Tab, Shift+Tab, typing, Enter, Space. */
describe('the practitioner space with the keyboard alone', () => {
  let server: TendServer;
  const browsers: TendBrowser[] = [];

  beforeAll(async () => {
    server = await startTend();
  });

  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await server?.stop();
  });

  it('comes in as a practitioner, invites, connects, shares, brings words to session, reflects and replies', async () => {
    const practitioner = await openBrowser();
    const client = await openBrowser();
    browsers.push(practitioner, client);
    const pPage = practitioner.page;
    const cPage = client.page;
    const pApp = new TendApp(pPage, server.url);
    const cApp = new TendApp(cPage, server.url);
    const practice = new PracticePages(pPage);
    const mine = new PracticePages(cPage);
    const pKeys = new KeyboardOnly(pPage);
    const cKeys = new KeyboardOnly(cPage);

    try {
      // Setup that is not about the practice: the client's vault and account.
      await cApp.open('/');
      await cApp.makeVault(clientPassphrase);
      await cApp.addAccount('sam-keys', clientPassphrase);

      // 1. A new practitioner starts from the welcome as a practitioner, and never visits Settings: the
      // vault, its recovery code, then the practice and its account in one step, then an invitation.
      await pApp.open('/');
      await pKeys.to("I'm here for my own healing");
      await pKeys.press('ArrowRight');
      await pPage.getByText('Your recovery code is the one way back into that vault').waitFor();
      await pKeys.write('Passphrase', practitionerPassphrase);
      await pKeys.write('Confirm passphrase', practitionerPassphrase);
      await pKeys.activate('Make a vault');
      await pPage.getByRole('heading', { name: 'Your recovery code' }).waitFor({ timeout: 30_000 });
      await pKeys.activate('I have kept my recovery code somewhere safe', 'Space');
      await pKeys.activate('Continue');
      await practice.heading('Your practice').waitFor({ timeout: 30_000 });
      await pKeys.expectFocusKept('keeping the recovery code');
      await pPage.getByRole('heading', { name: 'Open a practice' }).waitFor({ timeout: 30_000 });
      await pKeys.write('Your name as clients will see it', practitionerName);
      await pKeys.write('Your practice (optional)', practiceName);
      await pKeys.write('Username', 'robin-keys');
      await pKeys.write('Passphrase', practitionerPassphrase);
      await pKeys.press('Enter');
      await practice.region('Clients').waitFor({ timeout: 30_000 });
      await pPage.getByText(`Clients see you as ${practitionerName}, ${practiceName}.`).waitFor();
      await pKeys.expectFocusKept('opening the practice');

      await pKeys.activate('Invite someone');
      const codeLine = practice.region('Invite someone').getByText(codePattern);
      await codeLine.waitFor({ timeout: 30_000 });
      await pKeys.expectFocusKept('making an invitation');
      const code = ((await codeLine.textContent()) ?? '').trim();
      expect(code).toMatch(codePattern);

      // 2. The client connects with the code.
      await cKeys.activate(/^Settings$/);
      await mine.heading('Settings').waitFor();
      await cKeys.activate(/^Practice\b/);
      await mine.heading(/^Practice$/).waitFor();
      await cKeys.activate(/^My practitioner$/);
      await mine.heading('My practitioner').waitFor();
      await cKeys.expectFocusKept('following the link to My practitioner');
      await cPage.getByRole('heading', { name: 'I have an invitation code' }).waitFor({ timeout: 30_000 });
      await cKeys.write('Invitation code', code);
      await cKeys.press('Enter');
      await cPage
        .getByRole('heading', { level: 2, name: `An invitation from ${practitionerName}` })
        .waitFor({ timeout: 30_000 });
      await cKeys.expectFocusKept('asking who the invitation is from');
      await cKeys.write('How should they see your name?', clientName);
      await cKeys.write('Passphrase', clientPassphrase);
      await cKeys.press('Enter');
      await cPage
        .getByText('You are connected. Nothing is shared until you choose.')
        .waitFor({ timeout: 30_000 });
      await cPage.getByText(`You are connected with ${practitionerName}, ${practiceName}, since`).waitFor();
      await cKeys.expectFocusKept('connecting');

      // 3. The client writes a journal entry and shares it, as it is now, from its own page.
      await cKeys.back(/^Journal$/);
      await cKeys.press('Enter');
      await mine.heading('Journal').waitFor();
      await cKeys.activate('New entry');
      await mine.heading('New entry').waitFor();
      await cKeys.write('Title', entryTitle);
      await cKeys.write('Entry', entryBody);
      await cKeys.activate('Save');
      await mine.heading(entryTitle).waitFor();
      await cPage.getByText('Saved', { exact: true }).waitFor();
      await cKeys.expectFocusKept('saving the entry');
      const shareControl = cPage.getByRole('region', { name: 'Share with my practitioner' });
      await shareControl.getByText(`${practitionerName} will see this entry and nothing else.`).waitFor();
      await cKeys.activate('As it is now', 'Space');
      await shareControl.getByRole('region', { name: `What ${practitionerName} will see` }).waitFor();
      await shareControl.getByText(entryBody).waitFor();
      await cKeys.expectFocusKept('opening the moment to look');
      await cKeys.activate(/^Share$/);
      await shareControl.getByText(`Shared with ${practitionerName}.`).waitFor({ timeout: 30_000 });
      await shareControl.getByRole('button', { name: 'Stop sharing' }).waitFor();
      await cKeys.expectFocusKept('sharing the entry');

      // 4. Bring to session, in the client's own words.
      await cKeys.activate(/^Settings$/);
      await mine.heading('Settings').waitFor();
      await cKeys.activate(/^Practice\b/);
      await mine.heading(/^Practice$/).waitFor();
      await cKeys.activate(/^My practitioner$/);
      await mine.heading('My practitioner').waitFor();
      await mine.sharedList().filter({ hasText: entryTitle }).waitFor({ timeout: 30_000 });
      await cKeys.activate('Bring to session');
      await mine.heading('Bring to session').waitFor();
      await cKeys.expectFocusKept('following the link to Bring to session');
      await cKeys.write('In my own words', ownWords);
      await cKeys.activate('Add to the list');
      await cPage.getByLabel('Point 1', { exact: true }).waitFor();
      await expect(cPage.getByLabel('Point 1', { exact: true }).inputValue()).resolves.toBe(ownWords);
      await cKeys.expectFocusKept('adding to the list');
      await cKeys.activate('Save');
      await cPage.getByText(`Saved. ${practitionerName} can see this list.`).waitFor({ timeout: 30_000 });
      await cKeys.expectFocusKept('saving the list');

      // 5. The practitioner opens the client from the practice's own place in the navigation, and writes
      // a reflection on the shared entry and a private note of their own.
      await pKeys.back(/^Home$/);
      await pKeys.press('Enter');
      await pPage.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Your practice' }).waitFor();
      await pKeys.back(/^Practice$/);
      await pKeys.press('Enter');
      await practice.heading('Your practice').waitFor();
      await practice.clientLink(clientName).waitFor({ timeout: 30_000 });
      await pKeys.activate(clientName);
      await practice.heading(clientName).waitFor();
      await pKeys.expectFocusKept('opening the client');
      await practice.region(`What ${clientName} shared`).waitFor({ timeout: 30_000 });
      await expect(practice.sessionList(clientName).allTextContents()).resolves.toEqual([
        `${ownWords}Mark as talked about`,
      ]);
      const item = practice.sharedItem(entryTitle);
      await item.getByText(entryBody).waitFor();
      await pKeys.activate('Write a reflection', 'Space');
      await item.getByLabel('Your reflection').waitFor();
      await pKeys.expectFocusKept('opening the reflection form');
      await pKeys.write('Your reflection', reflection);
      await pKeys.activate('Share this reflection');
      await item.getByText('Shared with them', { exact: true }).waitFor({ timeout: 30_000 });
      await item.getByRole('listitem').filter({ hasText: reflection }).waitFor();
      await pKeys.expectFocusKept('sharing the reflection');
      await pKeys.write('A private note', privateNote);
      await pKeys.activate('Keep this note');
      await practice.privateNote(privateNote).waitFor();
      await pKeys.expectFocusKept('keeping a private note');

      // 6. The client reads the reflection and replies.
      await cKeys.activate('Back to my practitioner');
      await mine.heading('My practitioner').waitFor();
      await mine.practitionerNote(reflection).waitFor({ timeout: 30_000 });
      await expect(mine.practitionerNote(reflection).textContent()).resolves.toContain(
        `about “${entryTitle}, `,
      );
      await cKeys.write('Reply (optional)', reply);
      await cKeys.activate('Send reply');
      await mine.practitionerNote(reflection).getByText('Sent', { exact: true }).waitFor({ timeout: 30_000 });
      await cKeys.expectFocusKept('sending the reply');
      await mine.practitionerNote(reflection).getByRole('button', { name: 'Update my reply' }).waitFor();

      // The practitioner's open page shows the reply; the connection stays open on both sides.
      await practice.ownNote(reflection).getByText(reply).waitFor({ timeout: 30_000 });
      await expect(practice.ownNote(reflection).textContent()).resolves.toContain(`${clientName} replied`);
      await expect(practice.connectionEnded().count()).resolves.toBe(0);
      await expect(cPage.getByRole('heading', { name: 'End this connection' }).count()).resolves.toBe(1);
    } catch (error) {
      await pPage.screenshot({ path: '/tmp/practice-keyboard-practitioner.png', fullPage: true });
      await cPage.screenshot({ path: '/tmp/practice-keyboard-client.png', fullPage: true });
      const tail = (log: string[]) => log.slice(-12).join('\n  ');
      throw new Error(
        `${error instanceof Error ? error.message : String(error)}\n` +
          `practitioner's last steps:\n  ${tail(pKeys.log)}\nclient's last steps:\n  ${tail(cKeys.log)}`,
        { cause: error },
      );
    }
  }, 420_000);
});
