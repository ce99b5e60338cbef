import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** The sections of Settings, in the order its index lists them; each is a page of its own. */
export const settingsSections = [
  'Account and devices',
  'Privacy and noticing',
  'Support and safety plan',
  'Your data',
  'Practice',
  'About',
] as const;

export type SettingsSection = (typeof settingsSections)[number];

/** The pages under Settings › Account and devices, in the order it lists them. */
export const accountPages = ['This device', 'Passkeys', 'Passphrase', 'Recovery code', 'Deleting'] as const;

export type AccountPage = (typeof accountPages)[number];

/** A section's card on the Settings index: named by its title, then its line on what it holds. */
export const settingsLink = (section: SettingsSection) => new RegExp(`^${section}\\b`);

/** A page model of Tend as a person meets it: role- and label-based, no CSS selectors. */
export class TendApp {
  readonly page: Page;
  readonly baseUrl: string;

  constructor(page: Page, baseUrl: string) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(`${this.baseUrl}${path}`);
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  async makeVault(passphrase: string): Promise<string> {
    const page = this.page;
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('Confirm passphrase', { exact: true }).fill(passphrase);
    await page.getByRole('button', { name: 'Make a vault' }).click();
    await page.getByRole('heading', { name: 'Your recovery code' }).waitFor({ timeout: 30_000 });
    const code = (await page.getByLabel('Recovery code', { exact: true }).first().textContent()) ?? '';
    await page.getByLabel('I have kept my recovery code somewhere safe').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('link', { name: 'Journal' }).first().waitFor();
    return code.trim();
  }

  async unlock(passphrase: string): Promise<void> {
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await this.page.getByRole('button', { name: 'Lock', exact: true }).waitFor({ timeout: 30_000 });
  }

  /**
   * Moves the page's clock to `time`, as if the person came back then. So much time looks like
   * idleness: at its next look at the clock (every 10 s) the vault locks, as it should, and is
   * unlocked again. Deterministic: the check is run at once rather than raced.
   */
  async comeBackAt(time: Date, passphrase: string): Promise<void> {
    await this.page.clock.setSystemTime(time);
    await this.page.clock.runFor(10_000);
    await this.page.getByRole('heading', { name: 'Unlock your vault' }).waitFor();
    await this.unlock(passphrase);
  }

  /** A reload or a fresh visit asks for the passphrase again: the vault key lives in memory only. */
  async unlockIfLocked(passphrase: string): Promise<void> {
    const unlock = this.page.getByRole('button', { name: 'Unlock', exact: true });
    const lock = this.page.getByRole('button', { name: 'Lock', exact: true });
    // A screen that writes while locked (Pause, a new entry) offers the way in instead of asking.
    const instead = this.page.getByRole('link', { name: 'Unlock instead' });
    await lock.or(unlock).or(instead).first().waitFor({ timeout: 30_000 });
    if (await instead.isVisible()) {
      await instead.click();
      await lock.or(unlock).first().waitFor({ timeout: 30_000 });
    }
    if (await unlock.isVisible()) await this.unlock(passphrase);
  }

  async lock(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lock', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Unlock your vault' }).waitFor();
  }

  async goTo(link: 'Home' | 'Journal' | 'Settings'): Promise<void> {
    await this.page.getByRole('link', { name: link, exact: true }).first().click();
    await this.heading().waitFor();
  }

  /** Settings, then one of its sections from the index. */
  async openSettings(section: SettingsSection): Promise<void> {
    await this.goTo('Settings');
    await this.page.getByRole('heading', { level: 1, name: 'Settings', exact: true }).waitFor();
    await this.page
      .getByRole('main')
      .getByRole('link', { name: settingsLink(section) })
      .click();
    await this.page.getByRole('heading', { level: 1, name: section, exact: true }).waitFor();
  }

  /** Settings › Account and devices › one of its pages, by its card. */
  async openAccountPage(name: AccountPage): Promise<void> {
    await this.openSettings('Account and devices');
    await this.page
      .getByRole('main')
      .getByRole('link', { name: new RegExp(`^${name}\\b`) })
      .click();
    await this.page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  }

  async writeEntry(title: string, body: string): Promise<void> {
    await this.goTo('Journal');
    await this.page.getByRole('button', { name: 'New entry' }).click();
    await this.page.getByLabel('Title', { exact: true }).fill(title);
    await this.page.getByLabel('Entry', { exact: true }).fill(body);
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await this.page.getByText('Saved', { exact: true }).waitFor();
  }

  async findEntry(query: string) {
    await this.goTo('Journal');
    await this.page.getByLabel('Search entries').fill(query);
    return this.page.getByRole('link', { name: new RegExp(query) });
  }

  /** The form under a heading, since several settings forms ask for the passphrase. */
  form(heading: string) {
    return this.page.locator('form').filter({ has: this.page.getByRole('heading', { name: heading }) });
  }

  async addAccount(username: string, passphrase: string): Promise<void> {
    await this.openSettings('Account and devices');
    const form = this.form('Add an account to sync');
    await form.getByLabel('Username', { exact: true }).fill(username);
    await form.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await form.getByRole('button', { name: 'Add an account' }).click();
    await this.page.getByRole('button', { name: 'Sync now' }).waitFor({ timeout: 30_000 });
  }

  async signIn(username: string, passphrase: string, timeout = 30_000): Promise<void> {
    await this.page.getByRole('button', { name: 'I already have an account' }).click();
    const form = this.form('Sign in to your account');
    await form.getByLabel('Username', { exact: true }).fill(username);
    await form.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await form.getByRole('button', { name: 'Sign in', exact: true }).click();
    await this.page.getByRole('button', { name: 'Lock', exact: true }).waitFor({ timeout });
  }

  async syncNow(): Promise<void> {
    await this.openSettings('Account and devices');
    await this.page.getByRole('button', { name: 'Sync now' }).click();
  }

  async exportVault(passphrase: string): Promise<string> {
    await this.openSettings('Your data');
    const form = this.form('Export my vault');
    await form.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    const downloading = this.page.waitForEvent('download');
    await form.getByRole('button', { name: 'Export my vault' }).click();
    const download = await downloading;
    const path = await download.path();
    return readFileSync(path, 'utf8');
  }

  async importVault(file: string): Promise<void> {
    await this.openSettings('Your data');
    await this.page.getByLabel('Export or backup file').setInputFiles(file);
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
  }

  async openSupport(): Promise<void> {
    await this.page.getByRole('button', { name: 'Support now' }).click();
    await this.page.getByRole('heading', { level: 1, name: /Support/ }).waitFor();
  }
}
