import type { BrowserContext, Page } from 'playwright-core';
import type { TendApp } from './tend-app.ts';

/**
 * A virtual passkey authenticator with the PRF extension, through the Chrome DevTools Protocol, that
 * verifies the person and answers at once. Passkeys need the app opened by a host name, so journeys
 * that use one open it at http://localhost, not at 127.0.0.1.
 */
export async function addVirtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
      hasPrf: true,
    },
  });
  return {
    /** The passkeys the authenticator itself holds (removing one in Tend does not take it from here). */
    async credentialCount(): Promise<number> {
      const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      return credentials.length;
    },
  };
}

/** The http://localhost form of a loopback server URL. */
export const byHostName = (url: string) => url.replace('127.0.0.1', 'localhost');

/** Page model of the quicker ways in: remembering the device, passkeys, and recovery codes. */
export class QuickUnlockPages {
  readonly page: Page;
  readonly app: TendApp;

  constructor(app: TendApp) {
    this.app = app;
    this.page = app.page;
  }

  async chooseLockTime(label: string): Promise<void> {
    await this.app.openSettings('Privacy and noticing');
    await this.page.getByLabel('Lock when idle').selectOption({ label });
  }

  async rememberThisDevice(): Promise<void> {
    await this.app.openAccountPage('This device');
    await this.page.getByRole('button', { name: 'Remember this device' }).click();
    await this.page.getByText('This device now remembers your vault.').waitFor();
  }

  async addPasskey(passphrase: string): Promise<void> {
    await this.app.openAccountPage('Passkeys');
    const form = this.app.form('Add a passkey');
    await form.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await form.getByRole('button', { name: 'Add a passkey' }).click();
    await this.page.getByText('Your passkey is ready.').waitFor({ timeout: 30_000 });
  }

  async removeOnlyPasskey(): Promise<void> {
    await this.app.openAccountPage('Passkeys');
    await this.page.getByRole('button', { name: /^Remove the passkey added/ }).click();
    await this.page.getByText('That passkey is removed.').waitFor();
  }

  passkeyButton() {
    return this.page.getByRole('button', { name: 'Unlock with a passkey' });
  }

  async unlockWithPasskey(): Promise<void> {
    await this.passkeyButton().click();
    await this.page.getByRole('button', { name: 'Lock', exact: true }).waitFor({ timeout: 30_000 });
  }

  /** Waits for the locked screen, or for the open vault: which one came. */
  async lockedOrOpen(): Promise<'locked' | 'open'> {
    const locked = this.page.getByRole('heading', { name: 'Unlock your vault' });
    const open = this.page.getByRole('button', { name: 'Lock', exact: true });
    await locked.or(open).first().waitFor({ timeout: 30_000 });
    return (await open.isVisible()) ? 'open' : 'locked';
  }

  recoveryCode() {
    return this.page.getByLabel('Recovery code', { exact: true }).first();
  }

  async keepRecoveryCode(): Promise<void> {
    await this.page.getByLabel('I have kept my recovery code somewhere safe').check();
    await this.page.getByRole('button', { name: 'Continue' }).click();
    await this.page.getByRole('heading', { name: 'Your recovery code' }).waitFor({ state: 'detached' });
  }

  /** Settings › Account and devices › Recovery code → a new recovery code; returns the code shown (not yet kept). */
  async makeNewRecoveryCode(passphrase: string): Promise<string> {
    await this.app.openAccountPage('Recovery code');
    const form = this.app.form('Make a new recovery code');
    await form.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await form.getByRole('button', { name: 'Make a new recovery code' }).click();
    await this.page.getByRole('heading', { name: 'Your recovery code' }).waitFor({ timeout: 30_000 });
    return ((await this.recoveryCode().textContent()) ?? '').trim();
  }

  /** On the locked screen: the recovery code and a new passphrase. Returns whether the vault opened. */
  async recover(code: string, newPassphrase: string): Promise<boolean> {
    const page = this.page;
    const form = this.app.form('Open with your recovery code');
    if (!(await form.isVisible())) await page.getByRole('button', { name: 'Use my recovery code' }).click();
    await form.getByLabel('Recovery code', { exact: true }).fill(code);
    await form.getByLabel('New passphrase', { exact: true }).fill(newPassphrase);
    await form.getByLabel('Confirm new passphrase', { exact: true }).fill(newPassphrase);
    await form.getByRole('button', { name: 'Open my vault' }).click();
    const refused = page.getByText('That recovery code did not open the vault.');
    const open = page.getByRole('button', { name: 'Lock', exact: true });
    await refused.or(open).first().waitFor({ timeout: 30_000 });
    return open.isVisible();
  }
}
