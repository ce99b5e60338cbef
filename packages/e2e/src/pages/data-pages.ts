import { readFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import type { TendApp } from './tend-app.ts';

/** Settings › Your data, and the import from other apps, as a person uses them. */
export class DataPages {
  readonly app: TendApp;

  constructor(app: TendApp) {
    this.app = app;
  }

  /** Downloads an encrypted backup and returns its name and bytes. */
  async downloadBackup(
    passphrase: string,
    backupPassphrase: string,
  ): Promise<{ name: string; bytes: Uint8Array }> {
    await this.app.openSettings('Your data');
    const form = this.app.form('Download an encrypted backup');
    await form.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await form.getByLabel('Backup passphrase', { exact: true }).fill(backupPassphrase);
    await form.getByLabel('Backup passphrase again', { exact: true }).fill(backupPassphrase);
    const downloading = this.app.page.waitForEvent('download', { timeout: 60_000 });
    await form.getByRole('button', { name: 'Download an encrypted backup' }).click();
    const download = await downloading;
    return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(await download.path())) };
  }

  /** Chooses a backup file in Import and types its passphrase. */
  async importBackup(file: string, backupPassphrase: string): Promise<void> {
    await this.app.openSettings('Your data');
    const form = this.app.form('Import');
    await form.getByLabel('Export or backup file').setInputFiles(file);
    await form.getByLabel('Backup passphrase', { exact: true }).fill(backupPassphrase);
    await form.getByRole('button', { name: 'Import', exact: true }).click();
  }

  /** Opens Bring in from another app from Settings › Your data, reads a Daylio file, and returns the preview's lines. */
  async readDaylio(file: string): Promise<string[]> {
    const page = this.app.page;
    await this.app.openSettings('Your data');
    await page.getByRole('link', { name: 'Bring in from another app' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bring in from another app' }).waitFor();
    await page.getByLabel('Daylio (a CSV export)').check();
    await page.getByLabel('Export file').setInputFiles(file);
    await page.getByRole('button', { name: 'Read the file' }).click();
    const summary = page.getByRole('list', { name: 'Summary' });
    await summary.waitFor();
    return summary.getByRole('listitem').allTextContents();
  }

  /** Adds what the preview showed, and waits for the words that say it was added. */
  async addPreviewed(): Promise<void> {
    const page = this.app.page;
    await page.getByRole('button', { name: 'Add to my vault' }).click();
    await this.expectOnScreen(page.getByText(/items? (was|were) added\./));
  }

  /** Opens For my session from Settings › Your data, with its page drawn. */
  async openForSession(): Promise<void> {
    const page = this.app.page;
    await this.app.openSettings('Your data');
    await page.getByRole('link', { name: 'For my session', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'For my session' }).waitFor();
    await page.getByRole('region', { name: 'For my session' }).waitFor();
  }

  /** Clicks a button that offers a download and returns the file's name and text. */
  async download(button: string): Promise<{ name: string; bytes: Uint8Array }> {
    const downloading = this.app.page.waitForEvent('download', { timeout: 60_000 });
    await this.app.page.getByRole('button', { name: button }).click();
    const download = await downloading;
    return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(await download.path())) };
  }

  /** Exports the vault as a ZIP of Markdown files. */
  async exportMarkdownZip(passphrase: string): Promise<{ name: string; bytes: Uint8Array }> {
    await this.app.openSettings('Your data');
    const form = this.app.form('Export my vault');
    await form.getByLabel('Markdown files in a ZIP', { exact: false }).check();
    await form.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    return this.download('Export my vault');
  }

  /** Waits for a message, then checks that it is on screen where a phone shows it, not only in the DOM. */
  async expectOnScreen(message: Locator): Promise<void> {
    await message.waitFor({ timeout: 60_000 });
    await message.scrollIntoViewIfNeeded();
    const isHit = await message.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit !== null && (element === hit || element.contains(hit));
    });
    if (!isHit) throw new Error('The message is in the page but not on screen.');
  }
}
