import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { makeUuidV7, newVaultObject, type VaultObject } from '@tend/core';
import { createServerApi } from './testing/server-api.ts';
import { openBatch, RecordOpenerFailed, type RecordOpener } from './open-jobs.ts';
import { pageRecordLimit } from './record-pages.ts';
import type { VaultServiceOptions } from './runtime.ts';
import { testService } from './testing/service-kit.ts';

const passphrase = 'slow light over the hills';
const newId = () => makeUuidV7(Date.now(), crypto.getRandomValues(new Uint8Array(10)));
const entry = (body: string): VaultObject => newVaultObject(newId(), 'journal-entry', { body }, 1_000);
const api = await createServerApi();
afterAll(() => api.close());

/** A locked vault holding `count` entries, and a fresh service on it (a reload of the page). */
async function lockedVault(count: number, options: Partial<VaultServiceOptions> = {}) {
  const dbName = `vault-${crypto.randomUUID()}`;
  const maker = testService(api, dbName);
  await maker.createVault(passphrase);
  const entries = Array.from({ length: count }, (_, i) => entry(`entry ${i}`));
  await maker.importObjects(entries);
  maker.lock();
  const service = testService(api, dbName, options);
  expect(await service.status()).toBe('locked');
  return { service, entries };
}

describe('unlocking a vault', () => {
  it('shows it as soon as the key opens, and lists nothing until every record is open', async () => {
    const { service, entries } = await lockedVault(12);
    // What each notice showed, read when it came (the status is asked once, at the first notice of opening).
    const seen: { isOpening: boolean; listed: number }[] = [];
    let statusWhileOpening: Promise<string> | null = null;
    service.subscribe(() => {
      seen.push({ isOpening: service.isOpening(), listed: service.list('journal-entry').length });
      if (!statusWhileOpening && service.isOpening()) statusWhileOpening = service.status();
    });
    await service.unlock(passphrase);
    const opening = seen.filter((s) => s.isOpening);
    expect(opening.length).toBeGreaterThan(0);
    expect(opening.every((s) => s.listed === 0)).toBe(true);
    expect(await statusWhileOpening).toBe('unlocked');
    // Never a part of the list as if it were all of it.
    expect(seen.every((s) => s.listed === 0 || s.listed === entries.length)).toBe(true);
    expect(service.isOpening()).toBe(false);
    expect(service.list('journal-entry')).toHaveLength(entries.length);
  });

  it('keeps what is saved while the records are still opening', async () => {
    const { service, entries } = await lockedVault(5);
    const written = entry('written on home before the vault had opened');
    let saving: Promise<void> | null = null;
    service.subscribe(() => {
      if (!saving && service.isOpening()) saving = service.save(written);
    });
    await service.unlock(passphrase);
    expect(saving).not.toBeNull();
    await saving;
    expect(service.get(written.id)).toEqual(written);
    expect(service.list('journal-entry')).toHaveLength(entries.length + 1);
  });

  it('locked while it opens, opens nothing more and shows nothing', async () => {
    const { service } = await lockedVault(5);
    let isLocked = false;
    service.subscribe(() => {
      if (!isLocked && service.isOpening()) {
        isLocked = true;
        service.lock();
      }
    });
    await service.unlock(passphrase);
    expect(isLocked).toBe(true);
    expect(await service.status()).toBe('locked');
    expect(service.isOpening()).toBe(false);
    expect(service.list('journal-entry')).toEqual([]);
  });

  it('makes an export wait for every record rather than write a part of the vault', async () => {
    const { service, entries } = await lockedVault(5);
    let exporting: Promise<string> | null = null;
    service.subscribe(() => {
      if (!exporting && service.isOpening()) exporting = service.exportVault(passphrase);
    });
    await service.unlock(passphrase);
    const json = await (exporting ?? Promise.reject(new Error('no export started')));
    for (const { id } of entries) expect(json).toContain(id);
  });

  it('opens every record in pages, handing on the next batch before the first has answered', async () => {
    const batches: number[] = [];
    // The first batch answers only once a second one has been asked for.
    let secondAsked: () => void = () => undefined;
    const second = new Promise<void>((resolve) => {
      secondAsked = resolve;
    });
    const holdingFirst = (): RecordOpener => ({
      async open(...batch) {
        batches.push(batch[2].length);
        if (batches.length === 1) await second;
        else secondAsked();
        return openBatch(...batch);
      },
      close: () => undefined,
    });
    const { service, entries } = await lockedVault(1_300, { recordOpener: holdingFirst });
    await service.unlock(passphrase);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.reduce((sum, n) => sum + n, 0)).toBe(entries.length);
    expect(batches.every((n) => n <= pageRecordLimit)).toBe(true);
    expect(service.list('journal-entry')).toHaveLength(entries.length);
  });

  it('opens every record in place when the worker fails, even with the bytes it was handed', async () => {
    let asked = 0;
    // As a worker that stops: the bytes it was handed are gone from the page, and it never answers.
    const failing = (): RecordOpener => ({
      open(_key, _owner, records) {
        asked += 1;
        for (const { sealed } of records) sealed.fill(0);
        return Promise.reject(new RecordOpenerFailed('stopped'));
      },
      close: () => undefined,
    });
    const { service, entries } = await lockedVault(700, { recordOpener: failing });
    await service.unlock(passphrase);
    expect(asked).toBeGreaterThan(0);
    expect(service.syncState().problem).toBeUndefined();
    expect(service.list('journal-entry')).toHaveLength(entries.length);
    for (const e of entries) expect(service.get(e.id)).toEqual(e);
  });
});
