import type { Page } from 'playwright-core';
import { PausePages } from './pause-pages.ts';

/** Writing from the locked screen: a pause, a journal entry and a kindness moment, each holding `words`. */
export class LockedPages {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  lockedScreen() {
    return this.page.getByRole('heading', { name: 'Unlock your vault' });
  }

  waiting(count: number) {
    const text =
      count === 1
        ? 'One thing you wrote while locked is waiting'
        : `${count} things you wrote while locked are waiting`;
    return this.page.getByText(text);
  }

  async pause(words: string): Promise<void> {
    const pause = new PausePages(this.page);
    await this.page.getByRole('link', { name: 'Pause', exact: true }).click();
    await pause.step(0).waitFor();
    await this.page.getByText('Your vault is locked. What you write here is sealed on this device').waitFor();
    await pause.leave(0, 'Skip');
    await this.page.getByLabel('What happened').fill(`Locked pause ${words}`);
    await this.page.getByRole('button', { name: 'Done for now' }).click();
    await this.lockedScreen().waitFor();
  }

  async entry(words: string): Promise<void> {
    await this.page.getByRole('link', { name: 'Write in your journal' }).click();
    await this.page.getByLabel('Title', { exact: true }).fill(`Locked title ${words}`);
    await this.page.getByLabel('Entry', { exact: true }).fill(`Locked body ${words}`);
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await this.lockedScreen().waitFor();
  }

  async kindness(words: string): Promise<void> {
    await this.page.getByRole('link', { name: 'Note a kindness moment' }).click();
    await this.page.getByLabel('A kindness in your own words').fill(`Locked kindness ${words}`);
    await this.page.getByRole('button', { name: 'Note it' }).click();
    await this.page.getByText(/^Noted: /).waitFor();
    await this.page.getByRole('link', { name: 'Tend' }).click();
    await this.lockedScreen().waitFor();
  }
}
