import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVaultExport } from '@tend/core';
import { openBrowser, phone, type TendBrowser } from './harness/browser.ts';
import { startTend, type TendServer } from './harness/tend-server.ts';
import { DataPages } from './pages/data-pages.ts';
import { TendApp } from './pages/tend-app.ts';

const passphrase = 'slow tide under the pier';
const backupPassphrase = 'three herons at dusk';
const dir = mkdtempSync(join(tmpdir(), 'tend-your-data-'));

describe('your data travels with you', () => {
  let server: TendServer;
  let first: TendBrowser;
  let second: TendBrowser;
  let a: TendApp;
  let backupFile = '';

  beforeAll(async () => {
    server = await startTend();
    first = await openBrowser({ viewport: phone });
    a = new TendApp(first.page, server.url);
    await a.open('/');
    await a.makeVault(passphrase);
    await a.writeEntry('By the harbour', 'The gulls were loud and I stayed with the tired part of me.');
    await a.writeEntry('Evening', 'Water, a short walk, and an early night.');
  });

  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('downloads an encrypted backup in the age format, with nothing readable in it', async () => {
    const backup = await new DataPages(a).downloadBackup(passphrase, backupPassphrase);
    expect(backup.name).toMatch(/^tend-backup-\d{4}-\d{2}-\d{2}\.json\.age$/);
    const text = new TextDecoder('latin1').decode(backup.bytes);
    expect(text).toMatch(/^age-encryption\.org\/v1\n-> scrypt \S+ 16\n/);
    expect(text).not.toContain('gulls');
    backupFile = join(dir, backup.name);
    writeFileSync(backupFile, backup.bytes);
  });

  it('refuses a wrong passphrase on a fresh vault with nothing imported, then imports it whole', async () => {
    second = await openBrowser({ viewport: phone });
    const b = new TendApp(second.page, server.url);
    const data = new DataPages(b);
    await b.open('/');
    await b.makeVault(passphrase);
    await data.importBackup(backupFile, 'three herons at dawn');
    await data.expectOnScreen(
      second.page.getByText('That passphrase did not open this backup.', { exact: false }),
    );
    const empty = readVaultExport(await b.exportVault(passphrase));
    expect(empty.ok && empty.objects).toEqual([]);

    await data.importBackup(backupFile, backupPassphrase);
    await data.expectOnScreen(second.page.getByText('2 items came in from the file.'));
    const original = readVaultExport(await a.exportVault(passphrase));
    const imported = readVaultExport(await b.exportVault(passphrase));
    expect(original.ok && original.objects.length).toBe(2);
    expect(imported.ok && original.ok && imported.objects).toEqual(original.ok && original.objects);
  });
});
