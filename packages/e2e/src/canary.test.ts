import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesHolding, listFiles } from './harness/canary.ts';
import { openBrowser, type TendBrowser } from './harness/browser.ts';
import { storedOnDevice } from './harness/device-storage.ts';
import { startTend, type TendServer } from './harness/tend-server.ts';
import { writeIntoEveryKind } from './pages/every-kind.ts';
import { LockedPages } from './pages/locked-pages.ts';
import { PartsPages } from './pages/parts-pages.ts';
import { PracticePages } from './pages/practice-pages.ts';
import { TendApp } from './pages/tend-app.ts';

const canary = `canary-${Math.random().toString(36).slice(2, 12)}`;
// The practitioner's private note has a canary of its own: it must reach neither the server nor the client.
const privateCanary = `private-${Math.random().toString(36).slice(2, 12)}`;
const passphrase = 'small boats at anchor';

/**
 * A server compromise reveals nothing a person wrote: after a journey that writes a unique string into
 * every kind of record, the string is in no file of the server's database (WAL included), not in its
 * logs, not in any request the browser sent, and not readable from IndexedDB once the vault is locked.
 */
describe('the canary never reaches the server in plaintext', () => {
  let server: TendServer;
  let browser: TendBrowser;
  let app: TendApp;
  let practitionerBrowser: TendBrowser | undefined;
  /** Everything the client's browser was sent back, to show the private note never reached it. */
  const clientReceived: string[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'tend-canary-'));

  beforeAll(async () => {
    server = await startTend({ dataDir });
    browser = await openBrowser();
    browser.context.on('response', (response) => {
      response.text().then(
        (text) => clientReceived.push(text),
        () => undefined,
      );
    });
    app = new TendApp(browser.page, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await practitionerBrowser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes the canary into every kind of record and syncs it', async () => {
    await app.open('/');
    await app.makeVault(passphrase);
    await app.writeEntry(`Title ${canary}`, `Body ${canary} with more words around it.`);
    await app.addAccount(`someone-${Date.now().toString(36)}`, passphrase);
    await browser.page
      .getByText(/^Synced at /)
      .first()
      .waitFor({ timeout: 20_000 });
    await writeIntoEveryKind(app, canary);
    await app.syncNow();
    await browser.page
      .getByText(/^Synced at /)
      .first()
      .waitFor({ timeout: 20_000 });
  });

  it('shares items, a session list, reflections and replies holding the canary with a practitioner', async () => {
    practitionerBrowser = await openBrowser();
    const practitionerApp = new TendApp(practitionerBrowser.page, server.url);
    const practitioner = new PracticePages(practitionerBrowser.page);
    await practitionerApp.open('/');
    await practitionerApp.makeVault(passphrase);
    await practitionerApp.addAccount(`holder-${Date.now().toString(36)}`, passphrase);
    await practitioner.openPracticeHome();
    await practitioner.openPractice(`Dana ${canary}`, `Practice ${canary}`, passphrase);
    const code = await practitioner.invite();

    const client = new PracticePages(browser.page);
    await client.openMyPractitioner();
    await client.connect(code, `Client ${canary}`, passphrase);
    await (await app.findEntry(canary)).first().click();
    await client.shareCurrentItem('live');
    const parts = new PartsPages(browser.page);
    await parts.openPart(`Part ${canary}`);
    await client.shareCurrentItem('snapshot');
    await client.openMyPractitioner();
    await client.openSession();
    await client.addToSession({ item: /^Title /, words: `Session ${canary}` });
    await client.saveSession();

    await practitioner.openPracticeHome();
    await practitioner.openClient(`Client ${canary}`);
    await practitioner.writeReflection(/^Title /, `Reflection ${canary}`);
    await practitioner.suggestPractice(`Suggested ${canary}`, `Note ${canary}`);
    const pushes = () =>
      (practitionerBrowser?.requests ?? []).filter((r) => r.url.includes('/api/v1/sync/push'));
    const pushedBefore = pushes().length;
    await practitioner.writePrivateNote(`Private note ${privateCanary}`);
    await practitionerApp.syncNow();
    // The note goes up sealed in the practitioner's own sync, like any record of their vault.
    await expect.poll(() => pushes().length, { timeout: 20_000 }).toBeGreaterThan(pushedBefore);

    await client.openMyPractitioner();
    await client.practitionerNote(`Reflection ${canary}`).waitFor({ timeout: 30_000 });
    await client.replyTo(`Reflection ${canary}`, `Reply ${canary}`);
    const written = [...browser.requests, ...practitionerBrowser.requests].filter(
      (r) => r.method === 'POST' && r.url.includes('/api/v1/shares/records'),
    );
    const changes = written.reduce(
      (n, r) => n + (JSON.parse(r.body) as { changes: unknown[] }).changes.length,
      0,
    );
    // Two items, the session list, a reflection, a suggestion and a reply, at the least.
    expect(changes).toBeGreaterThanOrEqual(6);
    expect(written.filter((r) => r.body.includes(privateCanary))).toEqual([]);
  });

  it('writes it while locked: nothing readable on the device before unlock, and synced sealed after', async () => {
    await app.lock();
    const locked = new LockedPages(browser.page);
    await locked.pause(canary);
    await locked.entry(canary);
    await locked.kindness(canary);
    await locked.waiting(3).waitFor();
    expect(await storedOnDevice(browser.page)).not.toContain(canary);
    await app.unlock(passphrase);
    await browser.page
      .getByText('The 3 things you wrote while your vault was locked are in it now.')
      .waitFor();
    await app.syncNow();
    await browser.page
      .getByText(/^Synced at /)
      .first()
      .waitFor({ timeout: 20_000 });
  });

  it('finds it nowhere on the server side', async () => {
    const files = listFiles(server.dataDir);
    expect(files.some((name) => name.endsWith('-wal'))).toBe(true);
    expect(filesHolding(server.dataDir, canary)).toEqual([]);
    expect(filesHolding(server.dataDir, privateCanary)).toEqual([]);
    expect(server.logs()).not.toContain(canary);
    expect(server.logs()).not.toContain(privateCanary);
    const requests = [...browser.requests, ...(practitionerBrowser?.requests ?? [])];
    const sent = requests.filter((r) => r.body.length > 0);
    const pushed = sent.filter((r) => r.url.includes('/api/v1/sync/push'));
    const changes = pushed.reduce(
      (n, r) => n + (JSON.parse(r.body) as { changes: unknown[] }).changes.length,
      0,
    );
    // Eleven kinds (two journal entries, a meeting's part, a grief, a resource, a pattern, a pause,
    // a kindness moment, a relationship, a check-in, a safety plan) all went up, sealed, and the
    // pause, entry and kindness moment written while locked.
    expect(changes).toBeGreaterThanOrEqual(14);
    expect(sent.filter((r) => r.body.includes(canary)).map((r) => r.url)).toEqual([]);
    expect(sent.filter((r) => r.body.includes(privateCanary)).map((r) => r.url)).toEqual([]);
    // Nothing the client's browser received, and nothing on its screen, holds the private note.
    expect(clientReceived.length).toBeGreaterThan(10);
    expect(clientReceived.filter((text) => text.includes(privateCanary))).toEqual([]);
    expect(await browser.page.content()).not.toContain(privateCanary);
    expect(requests.filter((r) => !r.url.startsWith(server.url)).map((r) => r.url)).toEqual([]);
  });

  it('leaves no plaintext in IndexedDB, caches or storage after locking', async () => {
    await app.lock();
    const stored = await storedOnDevice(browser.page);
    expect(stored.length).toBeGreaterThan(100);
    expect(stored).not.toContain(canary);
    await expect(browser.page.getByText(canary).count()).resolves.toBe(0);
  });

  it('finds it nowhere after the server has shut down and checkpointed', async () => {
    await server.stop();
    expect(listFiles(dataDir).length).toBeGreaterThan(0);
    expect(filesHolding(dataDir, canary)).toEqual([]);
    expect(filesHolding(dataDir, privateCanary)).toEqual([]);
    expect(server.logs()).not.toContain(canary);
  });
});
