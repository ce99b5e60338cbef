import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import {
  makeUuidV7,
  newVaultObject,
  recordKindness,
  startPause,
  toBase64Url,
  writeJournalEntry,
  type DomainPorts,
  type VaultObject,
} from '@tend/core';
import { sealForInbox } from '@tend/crypto';
import { VaultStateError } from './errors.ts';
import { serverForTest, type ServerApi } from './testing/server-api.ts';
import { readAllRecords } from './page-store.ts';
import { testService } from './testing/service-kit.ts';
import { openVaultDb, type InboxItem } from './vault-db.ts';
import type { VaultService } from './vault-service.ts';

const passphrase = 'a quiet morning by the river';
const canary = 'canary-inbox-51c2';
const ports: DomainPorts = {
  clock: { now: () => Date.now() },
  ids: { newId: () => makeUuidV7(Date.now(), crypto.getRandomValues(new Uint8Array(10))) },
};

function written(): VaultObject[] {
  const pause = startPause(ports, { whatHappened: `${canary} at the station` });
  const entry = writeJournalEntry(ports, { title: 'Late', body: `${canary} in the evening` });
  const kindness = recordKindness(ports, { what: 'own-words', words: `${canary} tea` });
  if (!pause.ok || !entry.ok || !kindness.ok) throw new Error('the test objects are not valid');
  return [pause.pause, entry.entry, kindness.moment];
}

async function lockedVault(given?: ServerApi) {
  const api = given ?? (await serverForTest());
  const dbName = `inbox-${crypto.randomUUID()}`;
  // One browser: its session cookie outlives a reload, as a real one does.
  const fetch = api.browser();
  const service = testService(api, dbName, { fetch });
  await service.status();
  await service.createVault(passphrase);
  service.lock();
  const reload = async (): Promise<VaultService> => {
    const page = testService(api, dbName, { fetch });
    await page.status();
    return page;
  };
  return { service, dbName, reload };
}

/** A pause and a journal entry written while locked, waiting in the inbox of a reloaded page. */
async function pauseAndEntryWhileLocked() {
  const { dbName, reload } = await lockedVault();
  const page = await reload();
  const [pause, entry] = written();
  if (!pause || !entry) throw new Error('no objects');
  await page.save(pause);
  await page.save(entry);
  return { dbName, page, pause, entry };
}

async function dump(dbName: string) {
  const db = await openVaultDb(dbName);
  const stores = { inbox: await db.getAll('inbox'), records: await readAllRecords(db) };
  const meta = await db.getAll('meta');
  db.close();
  return { ...stores, text: JSON.stringify([stores, meta]) };
}

async function putInbox(dbName: string, item: InboxItem) {
  const db = await openDB(dbName);
  await db.put('inbox', item);
  db.close();
}

async function header(dbName: string) {
  const db = await openDB(dbName);
  const value = (await db.get('meta', 'header')) as { vaultId: string; inbox: { publicKey: string } };
  db.close();
  return value;
}

describe('writing while locked', () => {
  it('seals a pause, an entry and a kindness moment on the device, readable nowhere until unlock', async () => {
    const { dbName, reload } = await lockedVault();
    const page = await reload();
    expect(page.lockedInbox.isReady()).toBe(true);
    const objects = written();
    for (const object of objects) await page.save(object);
    expect(page.lockedInbox.waiting()).toBe(3);
    const stored = await dump(dbName);
    expect(stored.inbox).toHaveLength(3);
    expect(stored.records).toEqual([]);
    expect(stored.text).not.toContain(canary);
    expect(stored.text).not.toContain('journal-entry');

    await page.unlock(passphrase);
    for (const object of objects) expect(page.get(object.id)).toEqual(object);
    expect(page.lockedInbox.lastOpened()).toEqual({ added: 3, refused: 0 });
    expect(page.lockedInbox.waiting()).toBe(0);
    expect(page.syncState().pending).toBe(3);
    expect((await dump(dbName)).inbox).toEqual([]);
    page.lock();
    expect((await dump(dbName)).text).not.toContain(canary);
  });

  it('keeps only the latest save of one object, and opens each item once and only once', async () => {
    const { dbName, reload } = await lockedVault();
    const page = await reload();
    const [pause] = written();
    if (!pause) throw new Error('no pause');
    await page.save(pause);
    const later = { ...pause, fields: { ...pause.fields, willDo: 'walk home slowly' } };
    await page.save(later);
    expect(page.lockedInbox.waiting()).toBe(1);
    const [item] = (await dump(dbName)).inbox;
    await page.unlock(passphrase);
    expect(page.get(pause.id)).toEqual(later);
    const version = (await dump(dbName)).records.find((r) => r.id === pause.id)?.version;

    // The same item again (as if the page died after adding it and before deleting it): nothing changes.
    if (item) await putInbox(dbName, item);
    page.lock();
    const again = await reload();
    await again.unlock(passphrase);
    expect(again.lockedInbox.lastOpened()).toEqual({ added: 0, refused: 0 });
    expect((await dump(dbName)).records.find((r) => r.id === pause.id)?.version).toBe(version);
    expect(again.list('pause')).toHaveLength(1);
  });

  it('refuses and reports a damaged item without standing in the way of unlocking', async () => {
    const { dbName, page, pause, entry } = await pauseAndEntryWhileLocked();
    const damaged = (await dump(dbName)).inbox.find((i) => i.id === entry.id);
    if (!damaged) throw new Error('no inbox item');
    if (!(damaged.sealed instanceof Uint8Array)) throw new Error('the inbox item is not bytes');
    const bytes = damaged.sealed.slice();
    bytes[bytes.length - 3] = (bytes[bytes.length - 3] ?? 0) ^ 1;
    await putInbox(dbName, { ...damaged, sealed: bytes });

    await page.unlock(passphrase);
    expect(await page.status()).toBe('unlocked');
    expect(page.get(pause.id)).toEqual(pause);
    expect(page.get(entry.id)).toBeUndefined();
    expect(page.lockedInbox.lastOpened()).toEqual({ added: 1, refused: 1 });
    expect((await dump(dbName)).inbox).toEqual([]);
  });

  it('can only add: an item that would change something already in the vault is refused', async () => {
    const { service, dbName, reload } = await lockedVault();
    await service.unlock(passphrase);
    const kept = newVaultObject(
      ports.ids.newId(),
      'journal-entry',
      {
        date: '2026-01-02',
        title: 'Kept',
        body: 'mine',
        links: { parts: [], relationships: [], patterns: [] },
      },
      1,
    );
    await service.save(kept);
    service.lock();
    const { vaultId, inbox } = await header(dbName);
    const forged = {
      ...kept,
      fields: { ...kept.fields, body: 'changed behind the vault' },
      stamps: { body: 9e12 },
    };
    const sealed = await sealForInbox(inbox.publicKey, { vaultId, itemId: kept.id }, forged);
    await putInbox(dbName, { id: kept.id, sealed, savedAt: 1 });
    const page = await reload();
    await page.unlock(passphrase);
    expect(page.get(kept.id)).toEqual(kept);
    expect(page.lockedInbox.lastOpened()).toEqual({ added: 0, refused: 1 });
  });

  it('opens an item an earlier version kept as text, and refuses text that is not base64url', async () => {
    const { dbName, page, pause, entry } = await pauseAndEntryWhileLocked();
    const items = (await dump(dbName)).inbox;
    for (const item of items) expect(item.sealed).toBeInstanceOf(Uint8Array);
    const old = items.find((i) => i.id === pause.id);
    const mangled = items.find((i) => i.id === entry.id);
    if (!old || !mangled || typeof old.sealed === 'string') throw new Error('no inbox items');
    await putInbox(dbName, { ...old, sealed: toBase64Url(old.sealed) });
    await putInbox(dbName, { ...mangled, sealed: 'not base64url!' });

    await page.unlock(passphrase);
    expect(page.get(pause.id)).toEqual(pause);
    expect(page.get(entry.id)).toBeUndefined();
    expect(page.lockedInbox.lastOpened()).toEqual({ added: 1, refused: 1 });
    expect((await dump(dbName)).inbox).toEqual([]);
  });

  it('takes only the moment-of-need kinds while locked', async () => {
    const { reload } = await lockedVault();
    const page = await reload();
    const part = newVaultObject(ports.ids.newId(), 'part', { name: 'The watcher' }, 1);
    await expect(page.save(part)).rejects.toBeInstanceOf(VaultStateError);
    expect(page.lockedInbox.waiting()).toBe(0);
  });

  it('notices a swapped inbox key at unlock, makes a new one, and refuses what was sealed to the other', async () => {
    const { dbName, reload } = await lockedVault();
    const stored = await header(dbName);
    const elsewhere = await lockedVault();
    const theirs = await header(elsewhere.dbName);
    const db = await openDB(dbName);
    await db.put(
      'meta',
      { ...stored, inbox: { ...stored.inbox, publicKey: theirs.inbox.publicKey } },
      'header',
    );
    db.close();
    const page = await reload();
    const [pause] = written();
    if (!pause) throw new Error('no pause');
    await page.save(pause);
    await page.unlock(passphrase);
    expect(page.get(pause.id)).toBeUndefined();
    expect(page.lockedInbox.lastOpened()).toEqual({ added: 0, refused: 1 });
    const renewed = await header(dbName);
    expect(renewed.inbox.publicKey).not.toBe(theirs.inbox.publicKey);
    expect(renewed.inbox.publicKey).not.toBe(stored.inbox.publicKey);
  });

  it('reaches a second device by sync once unlocked, sealed all the way', async () => {
    const api = await serverForTest();
    const { service, reload } = await lockedVault(api);
    await service.unlock(passphrase);
    await service.createAccount('kestrel', passphrase);
    service.lock();
    const page = await reload();
    const objects = written();
    for (const object of objects) await page.save(object);
    await page.unlock(passphrase);
    await page.syncNow();
    const second = testService(api);
    await second.status();
    await second.signIn('kestrel', passphrase);
    for (const object of objects) expect(second.get(object.id)).toEqual(object);
    expect(api.seen.map((r) => r.body).join('\n')).not.toContain(canary);
  });
});
