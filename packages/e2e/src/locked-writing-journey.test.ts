import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVaultExport } from '@tend/core';
import { openBrowser, phone, type TendBrowser } from './harness/browser.ts';
import { storedOnDevice } from './harness/device-storage.ts';
import { startTend, type TendServer } from './harness/tend-server.ts';
import { LockedPages } from './pages/locked-pages.ts';
import { TendApp } from './pages/tend-app.ts';

const passphrase = 'a lantern in the window';
const words = `while-locked-${Math.random().toString(36).slice(2, 10)}`;

/** The texts of every object in an export of the vault. */
async function exportedText(app: TendApp): Promise<string> {
  const read = readVaultExport(await app.exportVault(passphrase));
  if (!read.ok) throw new Error('the export did not read');
  return JSON.stringify(read.objects);
}

describe('writing while the vault is locked', () => {
  let server: TendServer;
  let first: TendBrowser;
  let second: TendBrowser | undefined;
  let app: TendApp;
  const username = `lantern-${Date.now().toString(36)}`;

  beforeAll(async () => {
    server = await startTend();
    first = await openBrowser({ viewport: phone });
    app = new TendApp(first.page, server.url);
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await server?.stop();
  });

  it('writes a pause, an entry and a kindness moment from the locked screen, sealed on the device', async () => {
    await app.open('/');
    await app.makeVault(passphrase);
    await app.addAccount(username, passphrase);
    await app.lock();
    const locked = new LockedPages(first.page);
    await locked.pause(words);
    await locked.waiting(1).waitFor();
    await locked.entry(words);
    await locked.kindness(words);
    await locked.waiting(3).waitFor();
    expect(await storedOnDevice(first.page)).not.toContain(words);
    expect(first.requests.filter((r) => r.body.includes(words)).map((r) => r.url)).toEqual([]);
  });

  it('adds them to the vault at unlock and says so', async () => {
    await app.unlock(passphrase);
    await first.page.getByText('The 3 things you wrote while your vault was locked are in it now.').waitFor();
    await expect((await app.findEntry(`Locked title ${words}`)).count()).resolves.toBe(1);
    const text = await exportedText(app);
    for (const what of ['pause', 'body', 'kindness']) expect(text).toContain(`Locked ${what} ${words}`);
  });

  it('brings them to a second device by sync, sealed on the way', async () => {
    await app.syncNow();
    await first.page
      .getByText(/^Synced at /)
      .first()
      .waitFor({ timeout: 20_000 });
    second = await openBrowser();
    const other = new TendApp(second.page, server.url);
    await other.open('/');
    await other.signIn(username, passphrase);
    await expect((await other.findEntry(`Locked title ${words}`)).count()).resolves.toBe(1);
    const text = await exportedText(other);
    expect(text).toContain(`Locked pause ${words}`);
    expect(text).toContain(`Locked kindness ${words}`);
    const sent = [...first.requests, ...second.requests].filter((r) => r.body.includes(words));
    expect(sent.map((r) => r.url)).toEqual([]);
  });
});
