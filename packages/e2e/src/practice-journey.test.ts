import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { axeViolations } from './harness/axe.ts';
import { openBrowser, phone, type TendBrowser } from './harness/browser.ts';
import { expectOnScreen } from './harness/on-screen.ts';
import { startTend, type TendServer } from './harness/tend-server.ts';
import { PartsPages } from './pages/parts-pages.ts';
import { PausePages } from './pages/pause-pages.ts';
import { PracticePages } from './pages/practice-pages.ts';
import { TendApp } from './pages/tend-app.ts';

const practitionerPassphrase = 'a lantern by the open door';
const clientPassphrase = 'rain on the roof at night';
const practitionerName = 'Robin Ash';
const practiceName = 'Riverside Counselling';
const clientName = 'Sam';
const shots = process.env['TEND_SCREENSHOTS'] ?? '/tmp';
const recordsPath = '/api/v1/shares/records';
const privateNote = 'Anniversary of the loss is next week; go gently with the critic work.';

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

/** The practitioner's fetches of shared material: each one is an access the client's log must show. */
function recordFetches(browser: TendBrowser): number {
  return browser.requests.filter((r) => r.method === 'GET' && new URL(r.url).pathname === recordsPath).length;
}

describe('the practitioner space', () => {
  let server: TendServer;
  const browsers: TendBrowser[] = [];

  beforeAll(async () => {
    server = await startTend();
  });

  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await server?.stop();
  });

  it('connects a client with a practitioner, shares, reflects, replies, unshares and ends', async () => {
    const practitioner = await openBrowser();
    const client = await openBrowser({ viewport: phone });
    browsers.push(practitioner, client);
    const pApp = new TendApp(practitioner.page, server.url);
    const cApp = new TendApp(client.page, server.url);
    const practice = new PracticePages(practitioner.page);
    const mine = new PracticePages(client.page);
    const parts = new PartsPages(client.page);
    const pause = new PausePages(client.page);
    const cPage = client.page;
    const pPage = practitioner.page;
    const crisisOffer = cPage.getByRole('status').filter({ hasText: 'This sounds very heavy.' });
    const expectCrisisOffer = async (field: Locator, what: string) => {
      await field.fill("I don't want to be here anymore.");
      await expectOnScreen(crisisOffer, `the crisis offer over ${what}`);
      await crisisOffer.getByRole('button', { name: 'Not now' }).click();
      await field.fill('');
    };

    // 1. The practitioner comes in as a practitioner from the welcome: a vault, its recovery code, then
    // the practice and its account in one step, and an invitation, without visiting Settings.
    await pApp.open('/');
    await practice.chooseToComeInAsPractitioner();
    await expectNoViolations(practitioner, 'welcome, as a practitioner');
    await pApp.makeVault(practitionerPassphrase);
    await practice.heading('Your practice').waitFor({ timeout: 30_000 });
    await expectNoViolations(practitioner, 'practice home, no practice or account yet');
    const openButton = await practice.openPracticeWithAccount(
      practitionerName,
      practiceName,
      'robin-ash',
      practitionerPassphrase,
    );
    await expectOnScreen(openButton, 'Open a practice', { scroll: true });
    await openButton.click();
    await practice.region('Clients').waitFor({ timeout: 30_000 });
    await expectOnScreen(
      pPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' }),
      'the practice in the navigation',
    );
    await pPage.getByText(`Clients see you as ${practitionerName}, ${practiceName}.`).waitFor();
    await pPage.getByText('No clients yet.', { exact: false }).waitFor();
    const code = await practice.invite();
    expect(code).toMatch(/^TEND-/);
    await expectNoViolations(practitioner, 'practice home with an invitation');

    // 2. The client meets a part, then connects with the code.
    await cApp.open('/');
    await cApp.makeVault(clientPassphrase);
    await cApp.addAccount('sam-client', clientPassphrase);
    await parts.createPart('Inner critic');
    await parts.meet('Inner critic', 'A sharp email at work', ['I stayed with it with compassion']);
    await parts.stopHere('Inner critic');
    // With no practitioner, no item offers to share anything.
    await expect(client.page.getByText(/^Share with /).count()).resolves.toBe(0);

    await mine.openMyPractitioner();
    await cPage.getByRole('heading', { name: 'I have an invitation code' }).waitFor();
    await expectNoViolations(client, 'my practitioner, not connected');
    await mine.previewInvitation(code);
    await expect(mine.preview()).resolves.toMatchObject({
      Practitioner: practitionerName,
      Practice: practiceName,
    });
    await expectNoViolations(client, 'connect preview');
    await mine.confirmConnection(clientName, clientPassphrase);
    await cPage.getByText(`You are connected with ${practitionerName}, ${practiceName}, since`).waitFor();
    await expectNoViolations(client, 'my practitioner, connected');

    // 3. A pause, the quick way, shared as it is now from its last step; the meeting kept updated.
    await pause.begin();
    await pause.leave(0, 'Skip');
    await cPage.getByLabel('What happened').fill('A door slammed downstairs');
    await pause.leave(1, 'Next');
    for (let step = 2; step < 5; step += 1) await pause.leave(step, 'Skip');
    // A moment to look first: exactly what the practitioner will read, with Share and Not now in reach.
    const preview = await mine.previewShare('snapshot');
    await preview.getByText('A door slammed downstairs').waitFor();
    await expectOnScreen(preview.getByRole('button', { name: 'Not now' }), 'Not now', { scroll: true });
    await preview.getByRole('button', { name: 'Not now' }).click();
    await expect(cPage.getByRole('button', { name: 'Stop sharing' }).count()).resolves.toBe(0);
    const again = await mine.previewShare('snapshot');
    await expectNoViolations(client, 'the moment to look before sharing');
    const shareButton = again.getByRole('button', { name: 'Share', exact: true });
    await expectOnScreen(shareButton, 'Share', { scroll: true });
    await shareButton.click();
    await cPage.getByText(`Shared with ${practitionerName}.`).waitFor();
    await pause.finish();

    await parts.openPart('Inner critic');
    await cPage.getByRole('link', { name: 'Its story' }).click();
    await parts.heading('The story of Inner critic').waitFor();
    const meetingLine = cPage.getByRole('region', { name: 'Every meeting' }).getByRole('listitem').first();
    await mine.shareCurrentItem('live', meetingLine);
    await meetingLine.getByText('(kept updated)').waitFor();

    await mine.openMyPractitioner();
    await expect(mine.sharedList().allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Meeting with Inner critic, .*Kept updated · shared /),
      expect.stringMatching(/^A pause, .*As it was then · shared /),
    ]);

    // 4. Bring to session: the meeting and the client's own words.
    await mine.openSession();
    await expectNoViolations(client, 'bring to session, empty');
    // Crisis words in the session list bring the offer of Support now where the client can see it.
    await expectCrisisOffer(cPage.getByLabel('In my own words'), 'the session list');
    await mine.addToSession({ item: 'Meeting with Inner critic', words: 'How loud it got this week' });
    await mine.addToSession({ words: 'Sleeping badly since Sunday' });
    await mine.saveSession();
    await expectNoViolations(client, 'bring to session');

    // 5. The practitioner sees what is new, opens the client and writes back.
    await practice.openPracticeHome();
    await practice.clientLink(clientName).getByText('New since you last looked').waitFor();
    await expect(practice.clientLink(clientName).textContent()).resolves.toContain('Not opened yet');
    await expectNoViolations(practitioner, 'practice home with a client');
    await practice.openClient(clientName);
    await expect(practice.sessionList(clientName).allTextContents()).resolves.toEqual([
      'Meeting with Inner criticHow loud it got this weekMark as talked about',
      'Sleeping badly since SundayMark as talked about',
    ]);
    const meeting = practice.sharedItem('Meeting with Inner critic');
    await meeting.getByText('A sharp email at work').waitFor();
    await meeting.getByText('I stayed with it with compassion').waitFor();
    await meeting.getByText(/kept updated, last changed/).waitFor();
    const sharedPause = practice.sharedItem('A pause');
    await sharedPause.getByText('A door slammed downstairs').waitFor();
    await sharedPause.getByText(/ · shared /).waitFor();

    // A private note is the practitioner's own record: no shared write, no fetch the client's log shows.
    const sharedWrites = () =>
      practitioner.requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname === recordsPath)
        .length;
    const [writesBefore, fetchesBefore] = [sharedWrites(), recordFetches(practitioner)];
    await practice.writePrivateNote(privateNote);
    await practice.writePrivateNote('A note written in haste');
    await practice.changePrivateNote('A note written in haste', 'A note written in haste, to be taken back');
    await practice.deletePrivateNote('A note written in haste, to be taken back');
    await pPage.getByText(`Only you can read these. ${clientName} cannot see them`).waitFor();
    expect([sharedWrites(), recordFetches(practitioner)]).toEqual([writesBefore, fetchesBefore]);
    await expectNoViolations(practitioner, 'client page');

    const reflection = 'It sounds like staying with it took real steadiness.';
    const suggestion = 'Three slow breaths before opening email';
    await practice.writeReflection('Meeting with Inner critic', reflection);
    await practice.suggestPractice(suggestion, 'Only if it feels right for you.');
    // Session preparation both ways: a point of the client's list marked talked about.
    await practice.markTalkedAbout(clientName, 'Sleeping badly since Sunday');
    await meeting.scrollIntoViewIfNeeded();
    await pPage.screenshot({ path: `${shots}/practice-client-page.png` });

    // 6. The client reads both, replies and accepts; the practitioner's open page shows it.
    await mine.openMyPractitioner();
    await mine.practitionerNote(reflection).waitFor({ timeout: 30_000 });
    await expect(mine.practitionerNote(reflection).textContent()).resolves.toMatch(
      /^A reflection · .* · about “Meeting with Inner critic, /,
    );
    await mine.practitionerNote(suggestion).getByText('Only if it feels right for you.').waitFor();
    await expectNoViolations(client, 'my practitioner, with reflection and suggestion');
    await expectCrisisOffer(
      mine.practitionerNote(reflection).getByLabel('Reply (optional)'),
      'a reply to a practitioner',
    );
    await mine.replyTo(reflection, 'Thank you. It did not feel steady at the time.');
    await mine.decide(suggestion, 'accept');
    await mine.practitionerNote(suggestion).scrollIntoViewIfNeeded();
    await cPage.screenshot({ path: `${shots}/practice-my-practitioner-phone.png` });
    await mine.openSession();
    const talkedAbout = cPage.getByRole('listitem').filter({ hasText: 'Sleeping badly since Sunday' });
    await talkedAbout
      .getByText(`${practitionerName} marked this as talked about.`)
      .waitFor({ timeout: 30_000 });
    await expect(cPage.getByText(`${practitionerName} marked this as talked about.`).count()).resolves.toBe(
      1,
    );
    await expectNoViolations(client, 'bring to session, with a point talked about');

    await practice
      .ownNote(reflection)
      .getByText('Thank you. It did not feel steady at the time.')
      .waitFor({ timeout: 30_000 });
    await practice.ownNote(suggestion).getByText('They will try this.').waitFor({ timeout: 30_000 });
    await expect(practice.ownNote(reflection).textContent()).resolves.toContain(`${clientName} replied`);

    await mine.openMyPractitioner();
    await mine.openAccessLog();
    const first = (await mine.accessLogEntries(practitionerName)).at(-1) ?? '';
    for (const name of [/A pause, /, /Meeting with Inner critic, /, /your list for the session/i])
      expect(first).toMatch(name);
    await expectNoViolations(client, 'who opened what');

    // 7. Renaming the part changes the meeting kept updated; the pause stops being shared.
    await parts.openPart('Inner critic');
    await cPage.getByRole('link', { name: 'Edit' }).click();
    await parts.heading('Edit Inner critic').waitFor();
    await cPage.getByLabel('Name', { exact: true }).fill('The critic');
    await cPage.getByRole('button', { name: 'Save changes' }).click();
    await parts.heading('The critic').waitFor();
    await practice.sharedItem('Meeting with The critic').waitFor({ timeout: 30_000 });

    await mine.openMyPractitioner();
    await mine.stopSharing(/^A pause/);
    await expect(mine.sharedList().allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Meeting with The critic, /),
    ]);
    await pPage.reload();
    await pApp.unlockIfLocked(practitionerPassphrase);
    await practice.heading(clientName).waitFor();
    await practice.sharedItem('Meeting with The critic').waitFor({ timeout: 30_000 });
    await expect(practice.sharedItem('A pause').count()).resolves.toBe(0);
    await expect(pPage.getByText('A door slammed downstairs').count()).resolves.toBe(0);

    // 8. The client ends the connection while the practitioner's page is open.
    const shareId = decodeURIComponent(new URL(pPage.url()).pathname.split('/').at(-1) ?? '');
    expect(shareId).not.toBe('');
    await mine.endConnection(practitionerName);
    await practice.connectionEnded().waitFor({ timeout: 10_000 });
    await expect(pPage.getByText('Meeting with The critic').count()).resolves.toBe(0);
    const refused = await pPage.evaluate(
      async (url) => {
        const response = await fetch(url, { credentials: 'include' });
        return response.status;
      },
      `${recordsPath}?shareId=${encodeURIComponent(shareId)}`,
    );
    expect(refused).toBe(404);
    // The practitioner's private note is theirs: still there once everything shared has gone.
    await practice.privateNote(privateNote).waitFor();
    await expectNoViolations(client, 'my practitioner, ended');
    await expectNoViolations(practitioner, 'client page, ended');
    await pPage.getByRole('link', { name: 'All clients' }).click();
    await practice.heading('Your practice').waitFor();
    const ended = practice.region('Ended connections');
    await ended.getByText(`${clientName} ended the connection on `).waitFor({ timeout: 30_000 });
    await expect(ended.textContent()).resolves.toContain('what you read stays with you.');
    await ended.getByRole('link', { name: `Your private note about ${clientName}` }).waitFor();
    await expectNoViolations(practitioner, 'practice home with an ended connection');
    await ended.getByRole('button', { name: 'Put this notice away' }).click();
    await ended.getByText(`${clientName} ended the connection on `).waitFor({ state: 'detached' });
    await ended.getByRole('link', { name: `Your private note about ${clientName}` }).waitFor();
    await expect(cPage.getByText(privateNote).count()).resolves.toBe(0);

    // 9. Every opening is in the client's record, and the record holds together.
    await cApp.open('/practitioner/log');
    await cApp.unlockIfLocked(clientPassphrase);
    await mine.heading('Who opened what').waitFor();
    const entries = await mine.accessLogEntries(practitionerName);
    // Counted only now, so a fetch still being reported when the connection ended is counted too;
    // the one refused above is the only fetch the log does not hold.
    // On a busy machine the browser's report of a request can reach the test after the server has
    // logged it and the log was read, so the count is waited for (bounded), never loosened.
    await expect.poll(() => recordFetches(practitioner) - 1, { timeout: 30_000 }).toBe(entries.length);
    expect(entries.length).toBeGreaterThanOrEqual(4);
    // Several fetches a few minutes apart read as one viewing session, each entry still behind it.
    const sessions = await mine.accessLogSessions(practitionerName);
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.length).toBeLessThan(entries.length);
    expect(sessions[0]).toMatch(
      new RegExp(`^${practitionerName} opened .* on \\w+day \\d+ \\w+(, \\d\\d:\\d\\d–| at )`),
    );
    await cPage.getByText('This record is intact: nothing in it was changed after it was written.').waitFor();
    await expectNoViolations(client, 'who opened what, ended');

    // 10. Nothing from either browser went anywhere but Tend's own origin.
    const origin = new URL(server.url).origin;
    for (const browser of [practitioner, client]) {
      const elsewhere = browser.requests
        .map((r) => r.url)
        .filter(
          (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
        );
      expect(elsewhere).toEqual([]);
    }
  }, 420_000);
});
