import type { Page } from 'playwright-core';

export interface CheckInChoices {
  readonly afterwards?: string;
  readonly seen?: string;
  readonly abandonedMyself?: string;
  readonly heldBoundary?: string;
  readonly note?: string;
  /** Any other question, by its words, with the answer's label: { 'Did I feel validated?': 'Mostly' }. */
  readonly answers?: Readonly<Record<string, string>>;
  /** An earlier day, as YYYY-MM-DD. */
  readonly day?: string;
}

/** A page model of the people screens: the list, a relationship's page, its check-ins and the web. */
export class RelationshipsPages {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  heading(name?: string | RegExp) {
    // Exact, so "Sam" is not found in "Check in: Sam" before the page has moved on.
    return this.page.getByRole(
      'heading',
      name === undefined ? { level: 1 } : { level: 1, name, exact: true },
    );
  }

  async openPeople(): Promise<void> {
    await this.page.getByRole('link', { name: 'People', exact: true }).first().click();
    await this.heading('People').waitFor();
  }

  async addPerson(name: string, path?: string): Promise<void> {
    await this.openPeople();
    await this.page.getByRole('link', { name: 'Add someone' }).click();
    await this.heading('Add someone').waitFor();
    await this.page.getByLabel('Name', { exact: true }).fill(name);
    if (path) {
      const paths = this.page.getByRole('group', { name: 'The path I see now' });
      await paths.getByLabel(path, { exact: true }).check();
    }
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await this.heading(name).waitFor();
  }

  async openPerson(name: string): Promise<void> {
    await this.openPeople();
    await this.page.getByRole('link', { name: new RegExp(`^${name}`) }).click();
    await this.heading(name).waitFor();
  }

  /** From the list: a check-in with the choices given, every other question left as it is. */
  async checkIn(name: string, choices: CheckInChoices): Promise<void> {
    await this.openPerson(name);
    await this.page.getByRole('link', { name: 'Check in' }).click();
    await this.heading(`Check in: ${name}`).waitFor();
    const answer = async (question: string, label: string | undefined) => {
      if (label === undefined) return;
      const group = this.page.getByRole('group', { name: question });
      await group.getByLabel(label, { exact: true }).check();
    };
    await answer('How do I feel afterwards?', choices.afterwards);
    await answer('Did I feel seen?', choices.seen);
    await answer('Did I abandon myself to keep the peace?', choices.abandonedMyself);
    await answer('Did I hold a boundary?', choices.heldBoundary);
    for (const [question, label] of Object.entries(choices.answers ?? {})) await answer(question, label);
    if (choices.note) await this.page.getByLabel('A note (optional)').fill(choices.note);
    if (choices.day) {
      await this.page.getByText('Was this on an earlier day?').click();
      await this.page.getByLabel('The day we were together').fill(choices.day);
    }
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await this.heading(name).waitFor();
  }

  async openWeb(): Promise<void> {
    await this.openPeople();
    await this.page.getByRole('link', { name: 'The web' }).click();
    await this.heading('The web').waitFor();
  }
}
