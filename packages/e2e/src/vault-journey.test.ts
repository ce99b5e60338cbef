import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVaultExport } from '@tend/core';
import { openBrowser, phone, type TendBrowser } from './harness/browser.ts';
import { startTend, type TendServer } from './harness/tend-server.ts';
import { TendApp } from './pages/tend-app.ts';

const passphrase = 'quiet harbour evening light';

/** The journal draws search results a moment after the typing (a deferred render): wait for them. */
async function expectOneEntry(app: TendApp, query: string): Promise<void> {
  const found = await app.findEntry(query);
  await expect.poll(() => found.count(), { timeout: 30_000 }).toBe(1);
}
const username = `river-${Date.now().toString(36)}`;

describe('a vault, from a first visit to a second device', () => {
  let server: TendServer;
  let first: TendBrowser;
  let second: TendBrowser;
  let third: TendBrowser;
  let a: TendApp;
  let exported = '';

  beforeAll(async () => {
    server = await startTend();
    first = await openBrowser({ viewport: phone });
    a = new TendApp(first.page, server.url);
  });

  afterAll(async () => {
    await Promise.all([first?.close(), second?.close(), third?.close()]);
    await server?.stop();
  });

  it('makes a vault with no account and keeps an entry', async () => {
    await a.open('/');
    await expect(a.heading().textContent()).resolves.toContain('Welcome');
    const code = await a.makeVault(passphrase);
    expect(code).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
    await a.writeEntry('Morning by the water', 'The light was soft and I let myself rest.');
    await expectOneEntry(a, 'soft');
  });

  it('finds the entry again after a reload while offline', async () => {
    await first.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await first.page.reload();
    await first.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await first.context.setOffline(true);
    await first.page.reload();
    await a.unlock(passphrase);
    await a.writeEntry('Written offline', 'Nothing needs to be finished tonight.');
    await first.page.reload();
    await a.unlock(passphrase);
    await expectOneEntry(a, 'finished');
    await expectOneEntry(a, 'soft');
    await first.context.setOffline(false);
  });

  it('adds an account and brings the vault to a second browser', async () => {
    await a.addAccount(username, passphrase);
    await first.page
      .getByText(/^Synced at /)
      .first()
      .waitFor({ timeout: 20_000 });
    second = await openBrowser();
    const b = new TendApp(second.page, server.url);
    await b.open('/');
    await b.signIn(username, passphrase);
    await expectOneEntry(b, 'soft');
    await expectOneEntry(b, 'finished');

    await b.writeEntry('From the laptop', 'A second place to write from.');
    await b.syncNow();
    await expect
      .poll(
        async () => {
          await a.syncNow();
          return (await a.findEntry('second place')).count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);
  });

  it('locks and unlocks', async () => {
    await a.lock();
    await expect(first.page.getByText('Morning by the water').count()).resolves.toBe(0);
    await a.unlock(passphrase);
    await expectOneEntry(a, 'soft');
    // The records were opened by the worker: it started and answered (a failure would mark it).
    const marks = await first.page.evaluate(() => ({
      opened: performance.getEntriesByName('tend:records-opened').length,
      failed: performance.getEntriesByName('tend:record-worker-failed').length,
    }));
    expect(marks.opened).toBeGreaterThan(0);
    expect(marks.failed).toBe(0);
  });

  it('exports the vault and imports it into a new one with nothing lost', async () => {
    exported = await a.exportVault(passphrase);
    const read = readVaultExport(exported);
    expect(read.ok && read.objects.length).toBe(3);
    const file = join(tmpdir(), `tend-export-${Date.now()}.json`);
    writeFileSync(file, exported);

    third = await openBrowser();
    const c = new TendApp(third.page, server.url);
    await c.open('/');
    await c.makeVault('another long passphrase here');
    await c.importVault(file);
    await third.page.getByText('3 items came in from the file.').waitFor();
    const again = readVaultExport(await c.exportVault('another long passphrase here'));
    expect(again.ok && read.ok && again.objects).toEqual(read.ok && read.objects);
  });

  it('opens Support now from every screen in one tap', async () => {
    const notACrisisService = () =>
      first.page
        .getByText(/not a crisis service/i)
        .first()
        .waitFor();
    for (const path of ['/', '/journal', '/journal/new', '/settings']) {
      await a.open(path);
      await a.unlockIfLocked(passphrase);
      await a.openSupport();
      await notACrisisService();
    }
    for (const path of ['/about', '/welcome']) {
      await a.open(path);
      await a.heading().waitFor();
      await a.openSupport();
      await notACrisisService();
    }
    await a.open('/');
    await first.page.getByRole('heading', { name: 'Unlock your vault' }).waitFor();
    await a.openSupport();
    await notACrisisService();
    await first.page.getByLabel('Your region').selectOption('US');
    await first.page.getByRole('link', { name: /988/ }).first().waitFor();
  });
});
