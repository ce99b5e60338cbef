import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReadableKind, readVaultExport } from '@tend/core';
import { strFromU8, unzipSync } from 'fflate';
import { axeViolations } from './harness/axe.ts';
import { openBrowser, phone, type TendBrowser } from './harness/browser.ts';
import { pdfText } from './harness/pdf-text.ts';
import { startTend, type TendServer } from './harness/tend-server.ts';
import { DataPages } from './pages/data-pages.ts';
import { sessionVaultJson } from './pages/session-vault.ts';
import { TendApp } from './pages/tend-app.ts';

const passphrase = 'slow tide under the pier';
const backupPassphrase = 'three herons at dusk';
const dir = mkdtempSync(join(tmpdir(), 'tend-your-data-'));
const shots = process.env['TEND_SCREENSHOTS'];

/** A Daylio export as its CSV format documents it: quoted commas, a note over two lines, a broken date. */
const daylio = [
  'full_date,date,weekday,time,mood,activities,note_title,note',
  '2019-05-02,May 2,Thursday,8:15 PM,good,"water | walk","Lighthouse","Wind, salt, and a long look at the sea.',
  'I did not rush home."',
  '2021-09-14,September 14,Tuesday,07:30,meh,sleep,,"<b>Slept</b> badly; kind to myself anyway"',
  '2024-02-29,February 29,Thursday,12:00,rad,friends,,"Leap day with Ana, 夕方の散歩"',
  '2024-02-30,February 30,Friday,12:00,good,,,"a day that never was"',
].join('\n');

/** One server for the whole file: each group's browser is a fresh profile of its own, sharing nothing. */
let server: TendServer;

beforeAll(async () => {
  server = await startTend();
});

afterAll(async () => {
  await server?.stop();
});

describe('your data travels with you', () => {
  let first: TendBrowser;
  let second: TendBrowser;
  let a: TendApp;
  let backupFile = '';

  beforeAll(async () => {
    first = await openBrowser({ viewport: phone });
    a = new TendApp(first.page, server.url);
    await a.open('/');
    await a.makeVault(passphrase);
    await a.writeEntry('By the harbour', 'The gulls were loud and I stayed with the tired part of me.');
    await a.writeEntry('Evening', 'Water, a short walk, and an early night.');
  });

  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('downloads an encrypted backup in the age format, with nothing readable in it', async () => {
    const backup = await new DataPages(a).downloadBackup(passphrase, backupPassphrase);
    expect(backup.name).toMatch(/^tend-backup-\d{4}-\d{2}-\d{2}\.json\.age$/);
    const text = new TextDecoder('latin1').decode(backup.bytes);
    expect(text).toMatch(/^age-encryption\.org\/v1\n-> scrypt \S+ 16\n/);
    expect(text).not.toContain('gulls');
    // The scrypt work ran in the backup's own module worker, not on the page's thread.
    const scripts = await first.page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    expect(scripts.filter((path) => /\/age-worker-[\w-]+\.js$/.test(path))).toHaveLength(1);
    expect(await axeViolations(first.page), 'settings, your data').toEqual([]);
    backupFile = join(dir, backup.name);
    writeFileSync(backupFile, backup.bytes);
  });

  it('refuses a wrong passphrase on a fresh vault with nothing imported, then imports it whole', async () => {
    second = await openBrowser({ viewport: phone });
    const b = new TendApp(second.page, server.url);
    const data = new DataPages(b);
    await b.open('/');
    await b.makeVault(passphrase);
    await data.importBackup(backupFile, 'three herons at dawn');
    await data.expectOnScreen(
      second.page.getByText('That passphrase did not open this backup.', { exact: false }),
    );
    const empty = readVaultExport(await b.exportVault(passphrase));
    expect(empty.ok && empty.objects).toEqual([]);

    await data.importBackup(backupFile, backupPassphrase);
    await data.expectOnScreen(second.page.getByText('2 items came in from the file.'));
    const original = readVaultExport(await a.exportVault(passphrase));
    const imported = readVaultExport(await b.exportVault(passphrase));
    expect(original.ok && original.objects.length).toBe(2);
    expect(imported.ok && original.ok && imported.objects).toEqual(original.ok && original.objects);
  });

  it('brings in a Daylio file after a preview, finds its entries in the journal and search, and adds nothing twice', async () => {
    const file = join(dir, 'daylio_export_2024_03_01.csv');
    writeFileSync(file, daylio);
    const data = new DataPages(a);
    expect(await data.readDaylio(file)).toEqual([
      '3 entries from 2019–2024 and 3 kindness moments will be added.',
      '1 row could not be read: row 5 (no date Tend could read).',
    ]);
    // The person decides that sleep was not a kindness moment that day.
    await first.page.getByLabel('sleep', { exact: true }).selectOption({ label: 'Not a kindness moment' });
    await first.page.getByText('3 entries from 2019–2024 and 2 kindness moments will be added.').waitFor();
    expect(await axeViolations(first.page), 'bring in, preview').toEqual([]);
    if (shots) await first.page.screenshot({ path: `${shots}/bring-in-preview.png`, fullPage: true });
    await data.addPreviewed();
    await first.page.getByRole('link', { name: 'See them in your journal' }).click();
    const found = await a.findEntry('Lighthouse');
    await expect.poll(() => found.count(), { timeout: 30_000 }).toBe(1);
    await found.click();
    await first.page.getByText('I did not rush home.', { exact: false }).waitFor();
    // HTML in a note is shown as the characters it is, never rendered.
    const html = await a.findEntry('kind to myself');
    await expect.poll(() => html.count(), { timeout: 30_000 }).toBe(1);
    await html.click();
    // The entry's own text, not its title in the list of entries written around it on a wide screen.
    const entryText = first.page.getByRole('textbox', { name: 'Entry' });
    await expect.poll(() => entryText.inputValue(), { timeout: 30_000 }).toContain('<b>Slept</b> badly');
    expect(await first.page.locator('main b').count()).toBe(0);

    expect(await data.readDaylio(file)).toEqual([
      // Sleep is suggested again; only it is new, since it was left out the first time.
      '1 kindness moment will be added.',
      '5 items are already in your vault and will stay as they are.',
      '1 row could not be read: row 5 (no date Tend could read).',
    ]);

    // Deleting a brought-in entry is the person's decision: bringing the same file in again leaves it out.
    await (await a.findEntry('Lighthouse')).click();
    await first.page.getByRole('button', { name: 'Delete', exact: true }).click();
    await first.page.getByRole('button', { name: 'Delete entry' }).click();
    await first.page.getByRole('heading', { level: 1, name: 'Journal' }).waitFor();
    expect(await data.readDaylio(file)).toEqual([
      '1 kindness moment will be added.',
      '4 items are already in your vault and will stay as they are.',
      '1 entry you deleted is left out.',
      '1 row could not be read: row 5 (no date Tend could read).',
    ]);
    await data.addPreviewed();
    // "walk" is in the deleted entry's activities and in an entry written here: once that one is
    // found, the search has run, and the deleted one is not back.
    await a.findEntry('walk');
    await expect
      .poll(() => first.page.getByRole('link', { name: /Evening/ }).count(), { timeout: 30_000 })
      .toBe(1);
    expect(await first.page.getByRole('link', { name: /Lighthouse/ }).count()).toBe(0);
  });

  it('makes a page for a session: Markdown with their words, a print page with pictures, and a PDF that reads', async () => {
    await a.writeEntry('Before the session', 'I want to talk about the tired part and the harbour.');
    // A part met twice, a person checked in with twice, and a list kept for a practitioner.
    const vaultFile = join(dir, 'session-vault.json');
    writeFileSync(vaultFile, sessionVaultJson(Date.now()));
    await a.importVault(vaultFile);
    await first.page.getByText(/items came in from the file/).waitFor();
    const data = new DataPages(a);
    await data.openForSession();
    const page = first.page;
    const doc = page.getByRole('region', { name: 'For my session' });
    for (const title of ['By the harbour', 'Evening', 'Before the session']) {
      await doc.getByRole('heading', { name: title }).waitFor();
    }
    const list = doc.getByRole('region', { name: 'What I would like to bring' });
    await list.getByRole('heading', { name: 'For my session with Robin Ash' }).waitFor();
    await list.getByText('The harbour dream, and sleep').waitFor();
    const pictures = doc.getByRole('region', { name: 'Pictures of these days' });
    const part = pictures.getByRole('article', { name: 'How you related to The tired one' });
    await part.getByText('You have met this part 2 times', { exact: false }).waitFor();
    expect(await part.getByRole('img').count()).toBe(1);
    const ana = pictures.getByRole('article', { name: 'Time with Ana' });
    // Nourished and depleted, boundaries, and one picture for each quality that was noted.
    expect(await ana.getByRole('img').count()).toBe(3);
    await ana.getByText('you mostly felt seen with Ana (2 of 2 times noted)', { exact: false }).waitFor();
    expect(await axeViolations(page), 'for my session').toEqual([]);

    const markdown = await data.download('Download Markdown');
    expect(markdown.name).toMatch(/^for-my-session-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.md$/);
    const text = new TextDecoder().decode(markdown.bytes);
    expect(text).toMatch(/^# For my session\n\nPrivate · /);
    for (const words of [
      'stayed with the tired part',
      'an early night',
      'talk about the tired part',
      '### For my session with Robin Ash',
      '2. The harbour dream, and sleep',
      '### How you related to The tired one',
      '### Time with Ana',
    ]) {
      expect(text).toContain(words);
    }

    await data.expectOnScreen(page.getByRole('button', { name: 'Print or save as PDF' }));
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    if (shots) await page.screenshot({ path: `${shots}/for-my-session-print.png`, fullPage: true });
    const pdf = new Uint8Array(await page.pdf({ format: 'A4', printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    if (shots) writeFileSync(join(shots, 'for-my-session.pdf'), pdf);
    // The PDF is read back as text: the chosen items' words, the list and the pictures' summaries.
    const read = await pdfText(pdf);
    expect(read.pages).toBeGreaterThanOrEqual(1);
    for (const words of [
      'Private',
      'stayed with the tired part of me',
      'Water, a short walk, and an early night.',
      'I want to talk about the tired part and the harbour.',
      'For my session with Robin Ash',
      'The harbour dream, and sleep',
      'You have met this part 2 times',
      'you mostly felt seen with Ana',
    ]) {
      expect(read.text).toContain(words);
    }
  });

  it('exports the whole vault as a ZIP of Markdown, one file per item', async () => {
    const json = readVaultExport(await a.exportVault(passphrase));
    const readable = json.ok ? json.objects.filter((o) => isReadableKind(o.kind)) : [];
    const zip = await new DataPages(a).exportMarkdownZip(passphrase);
    expect(zip.name).toMatch(/^tend-vault-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(zip.bytes);
    const names = Object.keys(files);
    expect(names.filter((n) => n.endsWith('/index.md'))).toHaveLength(1);
    expect(names).toHaveLength(readable.length + 1);
    const harbour = names.find((n) => n.includes('/Journal/') && n.endsWith('By the harbour.md')) ?? '';
    expect(strFromU8(files[harbour] ?? new Uint8Array())).toContain('stayed with the tired part');
  });
});

describe('reminders in my own words', () => {
  let browser: TendBrowser;

  beforeAll(async () => {
    browser = await openBrowser({ viewport: phone });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('gives a calendar file with only my words, and a quiet note on home at the time, not otherwise', async () => {
    const { page } = browser;
    // Monday 7 December 2026, 09:25 on this machine's clock; time then runs on from there.
    await page.clock.install({ time: new Date(2026, 11, 7, 9, 25) });
    const app = new TendApp(page, server.url);
    await app.open('/');
    await app.makeVault(passphrase);
    await app.openSettings('Your data');
    await page.getByRole('link', { name: 'Reminders', exact: true }).click();
    await page.getByText('No reminders. There is no need for any.').waitFor();
    await page.getByLabel('Your words').fill('Water, and a breath; then the journal, if you like');
    await page.getByLabel('Mon', { exact: true }).check();
    await page.getByLabel('Wed', { exact: true }).check();
    await page.getByLabel('Time', { exact: true }).fill('09:30');
    await page.getByRole('button', { name: 'Save this reminder' }).click();
    const list = page.getByRole('list', { name: 'Your reminders' });
    await list.getByText('Mon, Wed at 09:30').waitFor();
    expect(await axeViolations(page), 'reminders').toEqual([]);

    const ics = await new DataPages(app).download('Add to my calendar');
    expect(ics.name).toMatch(/^tend-reminder-water-and-a-breath-then-[a-z-]*[a-z]\.ics$/);
    const text = new TextDecoder().decode(ics.bytes);
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,WE\r\n');
    expect(text).toContain('DTSTART:20261207T093000\r\n');
    expect(text).toContain('SUMMARY:Water\\, and a breath\\; then the journal\\, if you like\r\n');

    await app.goTo('Home');
    const note = page.getByRole('complementary', { name: 'Your reminder' });
    expect(await note.count()).toBe(0);
    // Within the ten minutes before the vault locks itself for quiet.
    await page.clock.fastForward('06:00');
    await new DataPages(app).expectOnScreen(
      note.getByText('Water, and a breath; then the journal, if you like'),
    );
    // Half an hour on, the vault has locked; opened again, home has no note until the next time.
    await page.clock.fastForward('35:00');
    await app.unlockIfLocked(passphrase);
    await app.goTo('Home');
    await page.getByRole('heading', { level: 2, name: 'Recent entries' }).waitFor();
    expect(await note.count()).toBe(0);
  });
});
