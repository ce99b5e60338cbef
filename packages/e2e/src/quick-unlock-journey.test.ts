import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, phone, type TendBrowser } from './harness/browser.ts';
import { startTend, type TendServer } from './harness/tend-server.ts';
import { addVirtualAuthenticator, byHostName, QuickUnlockPages } from './pages/quick-unlock-pages.ts';
import { TendApp } from './pages/tend-app.ts';

const passphrase = 'tide pools at low water';

/** What this origin's IndexedDB holds for a remembered device: only whether a key is kept, and if it can be exported. */
async function rememberedKey(app: TendApp) {
  return app.page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('tend');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const value = await new Promise<unknown>((done, fail) => {
      const request = db.transaction('meta').objectStore('meta').get('rememberedKey');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    db.close();
    const key = (value as { deviceKey?: CryptoKey } | undefined)?.deviceKey;
    return key ? { isKept: true, isExtractable: key.extractable } : { isKept: false, isExtractable: false };
  });
}

/** One server for the whole file: each group's browser is a fresh profile of its own, sharing nothing. */
let server: TendServer;

beforeAll(async () => {
  server = await startTend();
});

afterAll(async () => {
  await server?.stop();
});

describe('remember on this device', () => {
  let browser: TendBrowser;
  let app: TendApp;
  let quick: QuickUnlockPages;

  beforeAll(async () => {
    browser = await openBrowser({ viewport: phone });
    // Time in the page runs as usual until a test moves it on.
    await browser.context.clock.install();
    app = new TendApp(browser.page, server.url);
    quick = new QuickUnlockPages(app);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is off at first: a reload asks for the passphrase', async () => {
    await app.open('/');
    await app.makeVault(passphrase);
    await app.writeEntry('Low tide', 'The rocks were warm under my hands.');
    await browser.page.reload();
    expect(await quick.lockedOrOpen()).toBe('locked');
    expect(await rememberedKey(app)).toEqual({ isKept: false, isExtractable: false });
    await app.unlock(passphrase);
  });

  it('once chosen, survives a reload without the passphrase, keeping only a key that cannot be copied out', async () => {
    await quick.chooseLockTime('After 5 minutes');
    await quick.rememberThisDevice();
    expect(await rememberedKey(app)).toEqual({ isKept: true, isExtractable: false });
    await browser.page.reload();
    expect(await quick.lockedOrOpen()).toBe('open');
    await expect((await app.findEntry('warm under')).count()).resolves.toBe(1);
  });

  it('asks again once the person has been away longer than the lock time', async () => {
    await browser.page.close();
    await browser.context.clock.fastForward('06:00');
    const page = await browser.context.newPage();
    app = new TendApp(page, server.url);
    quick = new QuickUnlockPages(app);
    await app.open('/');
    expect(await quick.lockedOrOpen()).toBe('locked');
    expect(await rememberedKey(app)).toEqual({ isKept: false, isExtractable: false });
    await app.unlock(passphrase);
  });

  it('locks an open page after the lock time, and the reload after it asks too', async () => {
    await expect
      .poll(() => rememberedKey(app), { timeout: 60_000 })
      .toEqual({ isKept: true, isExtractable: false });
    await browser.context.clock.fastForward('05:30');
    await app.page.getByRole('heading', { name: 'Unlock your vault' }).waitFor();
    await expect.poll(async () => (await rememberedKey(app)).isKept).toBe(false);
    await app.page.reload();
    expect(await quick.lockedOrOpen()).toBe('locked');
  });

  it('forgets the device at once when asked', async () => {
    await app.unlock(passphrase);
    // Home shows while the records still open; the device is remembered once they have.
    await expect
      .poll(() => rememberedKey(app), { timeout: 60_000 })
      .toEqual({ isKept: true, isExtractable: false });
    await app.openAccountPage('This device');
    await app.page.getByRole('button', { name: 'Forget this device' }).click();
    await app.page.getByText('This device has forgotten your vault.').waitFor();
    expect(await rememberedKey(app)).toEqual({ isKept: false, isExtractable: false });
    await app.page.reload();
    expect(await quick.lockedOrOpen()).toBe('locked');
  });
});

describe('passkey unlock', () => {
  let browser: TendBrowser;
  let app: TendApp;
  let quick: QuickUnlockPages;
  let authenticator: Awaited<ReturnType<typeof addVirtualAuthenticator>>;

  beforeAll(async () => {
    browser = await openBrowser({ viewport: phone });
    authenticator = await addVirtualAuthenticator(browser.context, browser.page);
    app = new TendApp(browser.page, byHostName(server.url));
    quick = new QuickUnlockPages(app);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('adds a passkey after the passphrase, and it opens the vault with one touch and no passphrase', async () => {
    await app.open('/');
    await app.makeVault(passphrase);
    await app.writeEntry('Rock pool', 'A small crab went sideways into the weed.');
    await quick.addPasskey(passphrase);
    expect(await authenticator.credentialCount()).toBe(1);
    await app.lock();
    await app.page.reload();
    await quick.unlockWithPasskey();
    await expect((await app.findEntry('sideways')).count()).resolves.toBe(1);
  });

  it('no longer opens anything once the passkey is removed', async () => {
    await quick.removeOnlyPasskey();
    await app.lock();
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Unlock your vault' }).waitFor();
    await expect(quick.passkeyButton().count()).resolves.toBe(0);
    await app.unlock(passphrase);
  });
});

describe('a recovery code that cannot be lost by accident', () => {
  let browser: TendBrowser;
  let app: TendApp;
  let quick: QuickUnlockPages;
  let firstCode = '';

  beforeAll(async () => {
    browser = await openBrowser({ viewport: phone });
    app = new TendApp(browser.page, server.url);
    quick = new QuickUnlockPages(app);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the code on screen across a reload until the person says they kept it', async () => {
    await app.open('/');
    await app.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await app.page.getByLabel('Confirm passphrase', { exact: true }).fill(passphrase);
    await app.page.getByRole('button', { name: 'Make a vault' }).click();
    await app.page.getByRole('heading', { name: 'Your recovery code' }).waitFor({ timeout: 30_000 });
    const code = ((await quick.recoveryCode().textContent()) ?? '').trim();
    expect(code).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
    firstCode = code;

    await app.page.reload();
    await app.page.getByText('Your recovery code is waiting for you to keep it.').waitFor();
    await app.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await app.page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await app.page.getByRole('heading', { name: 'Your recovery code' }).waitFor({ timeout: 30_000 });
    await expect(quick.recoveryCode().textContent()).resolves.toBe(code);
    await quick.keepRecoveryCode();

    await app.page.reload();
    await app.unlock(passphrase);
    await expect(app.page.getByRole('heading', { name: 'Your recovery code' }).count()).resolves.toBe(0);
  });

  it('makes a new code from Settings that opens the vault, while the old one is refused', async () => {
    await app.addAccount(`shore-${Date.now().toString(36)}`, passphrase);
    await app.page
      .getByText(/^Synced at /)
      .first()
      .waitFor({ timeout: 20_000 });
    await app.openAccountPage('Recovery code');
    const form = app.form('Make a new recovery code');
    await form.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
    await form.getByRole('button', { name: 'Make a new recovery code' }).click();
    await app.page.getByText('That passphrase did not match. Your recovery code is unchanged.').waitFor();

    const next = await quick.makeNewRecoveryCode(passphrase);
    expect(next).not.toBe(firstCode);
    await quick.keepRecoveryCode();

    await app.lock();
    expect(await quick.recover(firstCode, 'a passphrase for the old code')).toBe(false);
    expect(await quick.recover(next, 'a passphrase for the new code')).toBe(true);
    await app.lock();
    await app.unlock('a passphrase for the new code');
  });
});
