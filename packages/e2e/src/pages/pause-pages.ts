import type { Page } from 'playwright-core';

const stepTitles = ['Breathe', 'Notice', 'Body needs', 'What do I need right now?', 'Options', 'Afterwards'];

/** A page model of Pause; it counts every tap, since a pause must stay a few taps from home. */
export class PausePages {
  readonly page: Page;
  taps = 0;

  constructor(page: Page) {
    this.page = page;
  }

  step(index: number) {
    return this.page.getByRole('heading', { level: 2, name: stepTitles[index] ?? '', exact: true });
  }

  async tap(name: string | RegExp): Promise<void> {
    this.taps += 1;
    await this.page.getByRole('button', { name, exact: typeof name === 'string' }).click();
  }

  async tapLink(name: string | RegExp): Promise<void> {
    this.taps += 1;
    await this.page.getByRole('link', { name }).click();
  }

  /** From anywhere: the top bar's Pause, then wait for the breath step. */
  async begin(): Promise<void> {
    await this.tap('Pause');
    await this.step(0).waitFor();
  }

  /** Leaves step `index` with the given button and waits for the next step. */
  async leave(index: number, button: 'Next' | 'Skip'): Promise<void> {
    await this.tap(button);
    await this.step(index + 1).waitFor();
  }

  async finish(): Promise<void> {
    await this.tap('Finish pause');
    await this.page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Pause' }).waitFor();
  }

  chip(name: string) {
    return this.page.getByRole('button', { name, exact: true });
  }

  async addResource(kind: string, name: string, reach = ''): Promise<void> {
    await this.page.getByLabel('Kind').selectOption({ label: kind });
    await this.page.getByLabel('Name', { exact: true }).fill(name);
    if (reach) await this.page.getByLabel('How to reach or use it').fill(reach);
    await this.page.getByRole('button', { name: 'Add', exact: true }).click();
    await this.page.getByRole('listitem').filter({ hasText: name }).waitFor();
  }

  /** The names in the resources list, first to last. */
  async resourceNames(): Promise<string[]> {
    return this.page.locator('.resource-name').allTextContents();
  }

  /** A pause that skips to the afterwards step, says which response happened and tags a pattern. */
  async taggedPause(response: string, patternIndex = 1): Promise<void> {
    await this.begin();
    for (let step = 0; step < 5; step += 1) await this.leave(step, 'Skip');
    await this.page.getByLabel(response, { exact: true }).check();
    await this.page.getByLabel('Pattern this belongs to').selectOption({ index: patternIndex });
    await this.finish();
  }

  unfinishedOffer() {
    return this.page.getByRole('link', { name: /^Finish your pause from/ });
  }

  /** Home's card for a pause left open, with its three ways on. */
  openPauseCard() {
    return this.page.getByRole('region', { name: 'A pause left open' });
  }

  async letGo(): Promise<void> {
    await this.tap('Let this one go');
    await this.page
      .getByRole('dialog', { name: 'Let this pause go?' })
      .getByRole('button', { name: 'Let it go' })
      .click();
    await this.openPauseCard().waitFor({ state: 'detached' });
  }
}
