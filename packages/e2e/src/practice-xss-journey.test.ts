import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TendBrowser } from './harness/browser.ts';
import { startTend, type TendServer } from './harness/tend-server.ts';
import { PartsPages } from './pages/parts-pages.ts';
import { PracticePages } from './pages/practice-pages.ts';
import { TendApp } from './pages/tend-app.ts';

const practitionerPassphrase = 'ivy over the old brick wall';
const clientPassphrase = 'a heron standing in the shallows';

// Every name and every word either person can write, written to run if it were ever treated as markup.
const clientName = '<img src=x onerror="window.__xss=1">';
const practitionerName = 'Robin <img src=x onerror=window.__xss=5>';
const practiceName = '"><svg onload=window.__xss=6>';
const entryTitle = '<script>window.__xss=2</script> "><svg onload=window.__xss=4>';
const entryLines = [
  '<script>window.__xss=2</script>',
  '<img src=x onerror=window.__xss=3>',
  'javascript:alert(1)',
  '"><svg onload=window.__xss=4>',
];
const entryBody = entryLines.join('\n');
const partName = '<a href="javascript:window.__xss=7">Inner critic</a>';
const sessionWords = '<img src=x onerror=window.__xss=8> javascript:alert(1)';
const reflection = '<img src=x onerror=window.__xss=9> <script>window.__xss=10</script> javascript:alert(1)';
const reply = '"><svg onload=window.__xss=11> <iframe src="javascript:alert(1)"></iframe>';

/** The same text, as Playwright compares it: runs of white space as one space. */
const plain = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Watched {
  readonly page: Page;
  readonly browser: TendBrowser;
  readonly dialogs: string[];
  readonly who: string;
}

function watch(browser: TendBrowser, who: string): Watched {
  const dialogs: string[] = [];
  browser.page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page: browser.page, browser, dialogs, who };
}

/** Nothing anyone wrote became an element, an attribute, a script that ran or a dialog. */
async function expectInert({ page, browser, dialogs, who }: Watched, screen: string): Promise<void> {
  const where = `${who}, ${screen}`;
  await expect(
    page.evaluate(() => typeof (window as { __xss?: unknown }).__xss),
    where,
  ).resolves.toBe('undefined');
  for (const selector of [
    'img[src="x"]',
    '[onerror]',
    '[onload]',
    'svg[onload]',
    'iframe',
    'a[href^="javascript:" i]',
    '[src^="javascript:" i]',
  ])
    await expect(page.locator(selector).count(), `${where}: ${selector}`).resolves.toBe(0);
  const scripts = await page.evaluate(
    () =>
      [...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('__xss')).length,
  );
  expect(scripts, `${where}: scripts`).toBe(0);
  expect(dialogs, `${where}: dialogs`).toEqual([]);
  // Even an element made and taken away again would have asked the server for its "x".
  const fetchedX = browser.requests.filter((r) => new URL(r.url).pathname.endsWith('/x'));
  expect(fetchedX, `${where}: requests for x`).toEqual([]);
}

/** A hostile string on screen as the very words written, in an element of its own. */
async function expectText(page: Page, text: string, within = page.locator('main')): Promise<void> {
  await within.getByText(plain(text), { exact: true }).first().waitFor({ timeout: 30_000 });
}

/** The same, where the words open a line that goes on (a client's line on the practice home). */
async function expectLeadingText(page: Page, text: string, within = page.locator('main')): Promise<void> {
  const escaped = plain(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await within
    .getByText(new RegExp(`^${escaped}`))
    .first()
    .waitFor({ timeout: 30_000 });
}

describe('what people write in the practitioner space stays words', () => {
  let server: TendServer;
  const browsers: TendBrowser[] = [];

  beforeAll(async () => {
    server = await startTend();
  });

  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await server?.stop();
  });

  it('shows hostile names, entries, parts, reflections and replies as text on both sides', async () => {
    const pBrowser = await openBrowser();
    const cBrowser = await openBrowser();
    browsers.push(pBrowser, cBrowser);
    const practitioner = watch(pBrowser, 'practitioner');
    const client = watch(cBrowser, 'client');
    const pPage = practitioner.page;
    const cPage = client.page;
    const pApp = new TendApp(pPage, server.url);
    const cApp = new TendApp(cPage, server.url);
    const practice = new PracticePages(pPage);
    const mine = new PracticePages(cPage);
    const parts = new PartsPages(cPage);

    // 1. A practice whose name and practice are hostile; an invitation.
    await pApp.open('/');
    await pApp.makeVault(practitionerPassphrase);
    await pApp.addAccount('robin-xss', practitionerPassphrase);
    await practice.openPracticeHome();
    await practice.openPractice(practitionerName, practiceName, practitionerPassphrase);
    await expectText(pPage, `Clients see you as ${practitionerName}, ${practiceName}.`);
    await expectText(pPage, practitionerName);
    const code = await practice.invite();
    await expectInert(practitioner, 'practice home with an invitation');

    // 2. The client sees who it is from, and connects under a hostile name.
    await cApp.open('/');
    await cApp.makeVault(clientPassphrase);
    await cApp.addAccount('sam-xss', clientPassphrase);
    await mine.openMyPractitioner();
    await mine.previewInvitation(code);
    await cPage.getByRole('heading', { level: 2, name: `An invitation from ${practitionerName}` }).waitFor();
    await expect(mine.preview()).resolves.toMatchObject({
      Practitioner: practitionerName,
      Practice: practiceName,
    });
    await expectInert(client, 'invitation preview');
    await mine.confirmConnection(clientName, clientPassphrase);
    await expectText(cPage, practitionerName);
    await expectText(cPage, clientName);
    await expectInert(client, 'my practitioner, connected');

    // 3. A journal entry and a part, both hostile, shared as they are now.
    await cApp.writeEntry(entryTitle, entryBody);
    await mine.heading(entryTitle).waitFor();
    await mine.shareCurrentItem('snapshot');
    await expectInert(client, 'a shared journal entry');
    await parts.createPart(partName);
    await mine.shareCurrentItem('snapshot');
    await expectInert(client, 'a part shared as a summary');

    await mine.openMyPractitioner();
    const today = await cPage.evaluate(() =>
      new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
    );
    const shared = mine.region('What you share');
    await expectText(cPage, `${entryTitle}, ${today}`, shared);
    await expectText(cPage, partName, shared);
    await shared.getByRole('button', { name: `Stop sharing “${partName}”` }).waitFor();
    await expectInert(client, 'what you share');

    await mine.openSession();
    await mine.addToSession({ item: entryTitle, words: sessionWords });
    await mine.saveSession();
    await expect(cPage.getByLabel('My words about it').inputValue()).resolves.toBe(sessionWords);
    await expectInert(client, 'bring to session');

    // 4. The practitioner's home, the client's page and each shared document.
    await practice.openPracticeHome();
    const clients = practice.region('Clients');
    await expectLeadingText(pPage, clientName, clients);
    await clients
      .getByRole('link', { name: clientName })
      .getByText(/^Connected since /)
      .waitFor();
    await expectText(pPage, `Clients see you as ${practitionerName}, ${practiceName}.`);
    await expectInert(practitioner, 'practice home with a client');

    await clients.getByRole('link', { name: clientName }).click();
    await practice.heading(clientName).waitFor();
    const items = practice.region(`What ${clientName} shared`);
    await items.waitFor({ timeout: 30_000 });
    await practice.sharedItem(partName).waitFor({ timeout: 30_000 });
    const entry = practice.sharedItem(entryTitle);
    await expectText(pPage, entryTitle, entry);
    await expectText(pPage, entryBody, entry);
    await expect(entry.getByRole('definition').innerText()).resolves.toBe(entryBody);
    await expectText(pPage, partName, practice.sharedItem(partName));
    const session = practice.region(`What ${clientName} would like to bring to session`);
    await expectText(pPage, entryTitle, session);
    await expectText(pPage, sessionWords, session);
    await expect(pPage.title()).resolves.toBe(`${clientName} · Tend`);
    await expectInert(practitioner, 'client page');

    // 5. A hostile reflection, and a hostile reply to it.
    await practice.writeReflection(entryTitle, reflection);
    await expectText(pPage, reflection, entry);
    await expectInert(practitioner, 'client page with a reflection');

    await mine.openMyPractitioner();
    const note = mine.practitionerNote(reflection);
    await note.waitFor({ timeout: 30_000 });
    await expectText(cPage, reflection, note);
    await expect(note.textContent()).resolves.toContain(`about “${entryTitle}, ${today}”`);
    await cPage.getByRole('heading', { level: 2, name: `From ${practitionerName}`, exact: true }).waitFor();
    await expectInert(client, 'my practitioner with a reflection');
    await mine.replyTo(reflection, reply);
    await expectInert(client, 'my practitioner after replying');

    await practice.ownNote(reflection).getByText(reply, { exact: true }).waitFor({ timeout: 30_000 });
    await expectText(pPage, `${clientName} replied`, practice.ownNote(reflection));
    await expectInert(practitioner, 'client page with a reply');

    // 6. The client's record of each opening names the practitioner and the items, as words.
    await mine.openAccessLog();
    const opened = await mine.accessLogEntries(practitionerName);
    expect(opened.length).toBeGreaterThan(0);
    expect(opened.join(' ')).toContain(entryTitle);
    expect(opened.join(' ')).toContain(partName);
    await expectInert(client, 'who opened what');
  }, 420_000);
});
