import type { Locator, Page } from 'playwright-core';
import { settingsLink } from './tend-app.ts';

export type ShareMode = 'snapshot' | 'live';

const modeButtons: Record<ShareMode, string> = {
  snapshot: 'As it is now',
  live: 'Keep it updated when I edit',
};

/**
 * A page model of the practitioner space from both sides: the practitioner's practice and client pages,
 * and the client's My practitioner, sharing, Bring to session and Who opened what. Role- and label-based.
 */
export class PracticePages {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  heading(name?: string | RegExp) {
    return this.page.getByRole('heading', name === undefined ? { level: 1 } : { level: 1, name });
  }

  region(name: string | RegExp) {
    return this.page.getByRole('region', { name });
  }

  /** Settings › Practice always links to both sides, whether or not anything is open yet. */
  private async fromSettings(link: 'My practitioner' | 'your practice', heading: string): Promise<void> {
    await this.page.getByRole('link', { name: 'Settings', exact: true }).first().click();
    await this.heading('Settings').waitFor();
    await this.page
      .getByRole('main')
      .getByRole('link', { name: settingsLink('Practice') })
      .click();
    await this.heading(/^Practice$/).waitFor();
    await this.page.getByRole('link', { name: link, exact: true }).click();
    await this.heading(heading).waitFor();
  }

  // The practitioner's side

  async openPracticeHome(): Promise<void> {
    await this.fromSettings('your practice', 'Your practice');
  }

  /** From the practice home with no practice yet: the name clients see, the practice, the passphrase. */
  async openPractice(name: string, practice: string, passphrase: string): Promise<void> {
    await this.page.getByRole('heading', { name: 'Open a practice' }).waitFor();
    await this.page.getByLabel('Your name as clients will see it').fill(name);
    await this.page.getByLabel('Your practice (optional)').fill(practice);
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByRole('button', { name: 'Open a practice' }).click();
    await this.region('Clients').waitFor({ timeout: 30_000 });
  }

  /** On the welcome: the practitioner's way in, with its word on why a vault and recovery code are needed. */
  async chooseToComeInAsPractitioner(): Promise<void> {
    await this.page.getByLabel("I'm a practitioner", { exact: true }).check();
    await this.page.getByText('Your recovery code is the one way back into that vault').waitFor();
  }

  /** A practitioner's first practice home, with no account yet: the practice and its account in one step. */
  async openPracticeWithAccount(name: string, practice: string, username: string, passphrase: string) {
    await this.page.getByRole('heading', { name: 'Open a practice' }).waitFor({ timeout: 30_000 });
    await this.page.getByLabel('Your name as clients will see it').fill(name);
    await this.page.getByLabel('Your practice (optional)').fill(practice);
    await this.page.getByLabel('Username', { exact: true }).fill(username);
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    return this.page.getByRole('button', { name: 'Open a practice' });
  }

  /** Makes an invitation and reads its code as the practitioner would read it out. */
  async invite(): Promise<string> {
    const section = this.region('Invite someone');
    await section.getByRole('button', { name: /^(Invite someone|Make another invitation)$/ }).click();
    const code = section.getByText(/^TEND-[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    await code.waitFor();
    return ((await code.textContent()) ?? '').trim();
  }

  /** A client's line on the practice home. */
  clientLink(name: string) {
    return this.region('Clients').getByRole('link', { name: new RegExp(`^${name}`) });
  }

  async openClient(name: string): Promise<void> {
    await this.clientLink(name).click();
    await this.heading(name).waitFor();
    await this.region(`What ${name} shared`).waitFor({ timeout: 30_000 });
  }

  /** One shared item on a client's page, by its title. */
  sharedItem(title: string | RegExp) {
    return this.page
      .getByRole('article')
      .filter({ has: this.page.getByRole('heading', { level: 3, name: title }) });
  }

  /** What the client would like to bring to session, as the practitioner reads it. */
  sessionList(name: string) {
    return this.region(`What ${name} would like to bring to session`).getByRole('listitem');
  }

  /** Marks a point of the client's session list "talked about", found by its words. */
  async markTalkedAbout(clientName: string, words: string): Promise<void> {
    const point = this.sessionList(clientName).filter({ hasText: words });
    await point.getByRole('button', { name: 'Mark as talked about' }).click();
    await point.getByText(/^Talked about · /).waitFor({ timeout: 30_000 });
    await point.getByRole('button', { name: 'Not talked about yet' }).waitFor();
  }

  /** A reflection on a shared item, or (with no item) a word to the client in general. */
  async writeReflection(item: string | RegExp | null, text: string, clientName = ''): Promise<void> {
    const scope = item === null ? this.region(`Your words to ${clientName}`) : this.sharedItem(item);
    await scope.getByText('Write a reflection', { exact: true }).click();
    await scope.getByLabel('Your reflection').fill(text);
    await scope.getByRole('button', { name: 'Share this reflection' }).click();
    await scope.getByText('Shared with them', { exact: true }).waitFor();
    await scope.getByRole('listitem').filter({ hasText: text }).waitFor();
  }

  async suggestPractice(practice: string, note = ''): Promise<void> {
    const form = this.page.locator('form').filter({
      has: this.page.getByRole('heading', { name: 'Suggest a practice' }),
    });
    await form.getByLabel('The practice', { exact: true }).fill(practice);
    if (note) await form.getByLabel('A note (optional)').fill(note);
    await form.getByRole('button', { name: 'Suggest this practice' }).click();
    await form.getByText('Suggested', { exact: true }).waitFor();
  }

  /** The practitioner's own note on the client's page, with the client's reply under it. */
  ownNote(text: string) {
    return this.page.getByRole('listitem').filter({ hasText: text }).last();
  }

  /** Writes a private note on a client's page: kept in the practitioner's own vault, never shared. */
  async writePrivateNote(text: string): Promise<void> {
    const section = this.region('Your private notes');
    await section.getByLabel('A private note', { exact: true }).fill(text);
    await section.getByRole('button', { name: 'Keep this note' }).click();
    await section.getByText('Kept in your vault', { exact: true }).waitFor();
    await this.privateNote(text).waitFor();
  }

  /** One of the practitioner's private notes, by its words. */
  privateNote(text: string) {
    return this.region('Your private notes').getByRole('listitem').filter({ hasText: text });
  }

  async changePrivateNote(text: string, to: string): Promise<void> {
    await this.privateNote(text).getByRole('button', { name: 'Change', exact: true }).click();
    const form = this.region('Your private notes')
      .locator('form')
      .filter({
        has: this.page.getByRole('button', { name: 'Save the note' }),
      });
    await form.getByLabel('Your note', { exact: true }).fill(to);
    await form.getByRole('button', { name: 'Save the note' }).click();
    await this.privateNote(to).waitFor();
  }

  async deletePrivateNote(text: string): Promise<void> {
    const note = this.privateNote(text);
    await note.getByRole('button', { name: 'Delete this note' }).click();
    await note.getByRole('button', { name: 'Delete it' }).click();
    await note.waitFor({ state: 'detached' });
  }

  /** What the client page says once the client (or the practitioner) has ended the connection. */
  connectionEnded() {
    return this.page.getByText('This connection has ended.');
  }

  // The client's side

  async openMyPractitioner(): Promise<void> {
    await this.fromSettings('My practitioner', 'My practitioner');
  }

  /** Types the code and asks who it is from; resolves on the preview. */
  async previewInvitation(code: string): Promise<void> {
    await this.page.getByLabel('Invitation code').fill(code);
    await this.page.getByRole('button', { name: 'See who it is from' }).click();
    await this.page
      .getByRole('heading', { level: 2, name: /^An invitation from / })
      .waitFor({ timeout: 30_000 });
  }

  /** The preview's facts: Practitioner, Practice and Works until, as term → words. */
  async preview(): Promise<Record<string, string>> {
    const terms = await this.page.getByRole('term').allTextContents();
    const definitions = await this.page.getByRole('definition').allTextContents();
    return Object.fromEntries(terms.map((term, i) => [term.trim(), (definitions[i] ?? '').trim()]));
  }

  /** From the preview: the name to be seen by and the passphrase again, then Connect. */
  async confirmConnection(myName: string, passphrase: string): Promise<void> {
    await this.page.getByLabel('How should they see your name?').fill(myName);
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByRole('button', { name: 'Connect', exact: true }).click();
    await this.page.getByText('You are connected. Nothing is shared until you choose.').waitFor({
      timeout: 30_000,
    });
  }

  async connect(code: string, myName: string, passphrase: string): Promise<void> {
    await this.previewInvitation(code);
    await this.confirmConnection(myName, passphrase);
  }

  /**
   * Opens the moment to look before sharing the item on screen, through its "Share with my
   * practitioner" control; `within` narrows it to one line where a screen has several (each meeting on a
   * part's story). A folded control is opened. Resolves on the preview, with its Share button.
   */
  async previewShare(mode: ShareMode, within?: Locator): Promise<Locator> {
    const scope = within ?? this.page.getByRole('main');
    const folded = scope.getByText(/^Share with /);
    if ((await folded.count()) && !(await scope.getByRole('button', { name: modeButtons[mode] }).isVisible()))
      await folded.first().click();
    await scope.getByRole('button', { name: modeButtons[mode] }).click();
    const preview = scope.getByRole('region', { name: /^What .+ will see$/ });
    await preview.waitFor({ timeout: 30_000 });
    return preview;
  }

  /** Shares the item on screen: the moment to look, then Share. */
  async shareCurrentItem(mode: ShareMode, within?: Locator): Promise<void> {
    const scope = within ?? this.page.getByRole('main');
    const preview = await this.previewShare(mode, within);
    await preview.getByRole('button', { name: 'Share', exact: true }).click();
    await scope.getByRole('button', { name: 'Stop sharing' }).waitFor({ timeout: 30_000 });
  }

  /** The lines of "What you share" on My practitioner, newest first. */
  sharedList() {
    return this.region('What you share').getByRole('listitem');
  }

  async stopSharing(title: string | RegExp): Promise<void> {
    const section = this.region('What you share');
    const line = section.getByRole('listitem').filter({ hasText: title });
    await line.getByRole('button', { name: /^Stop sharing/ }).click();
    await section.getByText(/is no longer shared\.$/).waitFor({ timeout: 30_000 });
  }

  async openSession(): Promise<void> {
    await this.page.getByRole('link', { name: 'Bring to session' }).click();
    await this.heading('Bring to session').waitFor();
  }

  /** Adds a line to Bring to session: something shared (chosen by its title) and/or own words. */
  async addToSession(entry: { item?: string | RegExp; words?: string }): Promise<void> {
    const form = this.page.locator('form').filter({
      has: this.page.getByRole('heading', { name: 'Add to the list' }),
    });
    if (entry.item !== undefined) {
      const wanted = entry.item;
      const select = form.getByLabel('Something you shared (optional)');
      const options = await select.getByRole('option').allTextContents();
      const label = options.find((o) => (typeof wanted === 'string' ? o.startsWith(wanted) : wanted.test(o)));
      if (!label)
        throw new Error(`nothing shared is called ${String(wanted)}; there is ${options.join(' | ')}`);
      await select.selectOption({ label });
    }
    if (entry.words) await form.getByLabel('In my own words').fill(entry.words);
    await form.getByRole('button', { name: 'Add to the list' }).click();
  }

  async saveSession(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await this.page.getByText(/can see this list\.$/).waitFor({ timeout: 30_000 });
  }

  /** A reflection or suggestion from the practitioner, found by its words, with its reply box. */
  practitionerNote(text: string) {
    return this.region(/^From /)
      .getByRole('listitem')
      .filter({ hasText: text });
  }

  async replyTo(text: string, reply: string): Promise<void> {
    const note = this.practitionerNote(text);
    await note.getByLabel(/^(Reply \(optional\)|Your reply)$/).fill(reply);
    await note.getByRole('button', { name: /^(Send reply|Update my reply)$/ }).click();
    await note.getByText('Sent', { exact: true }).waitFor({ timeout: 30_000 });
  }

  async decide(text: string, decision: 'accept' | 'leave'): Promise<void> {
    const note = this.practitionerNote(text);
    await note.getByRole('button', { name: decision === 'accept' ? "I'll try this" : 'Not for now' }).click();
    await note
      .getByText(decision === 'accept' ? 'You said you will try this.' : 'You said not for now.')
      .waitFor({ timeout: 30_000 });
  }

  async endConnection(practitionerName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'End this connection' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'End the connection' }).click();
    await this.page
      .getByText(`You ended your connection with ${practitionerName}.`)
      .waitFor({ timeout: 30_000 });
  }

  async openAccessLog(): Promise<void> {
    await this.page.getByRole('link', { name: 'Who opened what' }).click();
    await this.heading('Who opened what').waitFor();
  }

  /** The viewing sessions of the access log, newest first (once the log has loaded and been checked). */
  async accessLogSessions(practitionerName: string): Promise<string[]> {
    const intact = this.page.getByText(/^This record (is intact|was changed)/);
    await intact.waitFor({ timeout: 30_000 });
    return this.page
      .locator('ol.access-log > li')
      .filter({ hasText: `${practitionerName} opened ` })
      .locator('.entry-title')
      .allTextContents();
  }

  /**
   * Every entry of the access log, newest first, read from each viewing session's details (opened as a
   * person would, to look behind a session).
   */
  async accessLogEntries(practitionerName: string): Promise<string[]> {
    await this.accessLogSessions(practitionerName);
    const summaries = this.page.locator('ol.access-log details:not([open]) > summary');
    while ((await summaries.count()) > 0) await summaries.first().click();
    const texts = await this.page.locator('ol.access-log details li').allTextContents();
    const seq = (text: string) => Number(/^Entry (\d+)/.exec(text)?.[1] ?? 0);
    return texts.sort((a, b) => seq(b) - seq(a));
  }
}
