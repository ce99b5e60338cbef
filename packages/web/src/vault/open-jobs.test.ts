import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeUuidV7, newVaultObject, type VaultObject } from '@tend/core';
import { createVaultKeys, sealObject, testKdfCost } from '@tend/crypto';
import { openBatch, RecordOpenerFailed, workerOpener, type OpenJob, type SealedRecord } from './open-jobs.ts';

const id = (n: number) => makeUuidV7(1_700_000_000_000 + n, new Uint8Array(10).fill(n));
const owner = id(1);
const { vaultKey } = await createVaultKeys('a long quiet passphrase', testKdfCost);
const entry = (n: number): VaultObject => newVaultObject(id(n), 'journal-entry', { body: `entry ${n}` }, n);

async function sealedRecords(count: number): Promise<SealedRecord[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const object = entry(i + 2);
      return {
        id: object.id,
        version: 1,
        sealed: await sealObject(vaultKey, { ownerId: owner, recordId: object.id, version: 1 }, object),
      };
    }),
  );
}

/** A stand-in for the browser's Worker: answers as the real worker module would, or fails to start. */
function fakeWorker(behaviour: 'answers' | 'fails' | 'refused') {
  const sent: { job: OpenJob; transfer: Transferable[] }[] = [];
  class FakeWorker {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    onerror: ((event: { preventDefault(): void }) => void) | null = null;
    constructor() {
      if (behaviour === 'refused') throw new Error('refused by policy');
    }
    postMessage(job: OpenJob, transfer: Transferable[]) {
      sent.push({ job, transfer });
      if (behaviour === 'fails') {
        setTimeout(() => this.onerror?.({ preventDefault: () => undefined }), 0);
        return;
      }
      void openBatch(job.vaultKey, job.ownerId, job.records).then((opened) =>
        this.onmessage?.({ data: { job: job.job, ok: true, opened: JSON.stringify(opened) } }),
      );
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', FakeWorker);
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('opening a batch of sealed records', () => {
  it('answers each record with its object in order, and null for one that does not open', async () => {
    const records = await sealedRecords(3);
    const [, second] = records;
    if (!second) throw new Error('no records');
    const altered = { ...second, sealed: second.sealed.slice() };
    altered.sealed[20] = (altered.sealed[20] ?? 0) ^ 1;
    const opened = await openBatch(vaultKey, owner, [
      records[0] as SealedRecord,
      altered,
      records[2] as SealedRecord,
    ]);
    expect(opened.map((o) => o?.id ?? null)).toEqual([records[0]?.id, null, records[2]?.id]);
  });

  it('in a worker, hands over the bytes once each and gets the same objects back', async () => {
    const sent = fakeWorker('answers');
    const records = await sealedRecords(4);
    const opener = workerOpener();
    const opened = await opener.open(vaultKey, owner, records);
    opener.close();
    expect(opened).toEqual(records.map((_, i) => entry(i + 2)));
    const [message] = sent;
    expect(message?.transfer.length).toBe(new Set(records.map((r) => r.sealed.buffer)).size);
  });

  it('rejects with RecordOpenerFailed when the worker fails, so the caller opens in place', async () => {
    fakeWorker('fails');
    const opener = workerOpener();
    await expect(opener.open(vaultKey, owner, await sealedRecords(2))).rejects.toBeInstanceOf(
      RecordOpenerFailed,
    );
    await expect(opener.open(vaultKey, owner, await sealedRecords(1))).rejects.toBeInstanceOf(
      RecordOpenerFailed,
    );
  });

  it('opens in place when a worker is refused at once', async () => {
    fakeWorker('refused');
    const records = await sealedRecords(2);
    const opened = await workerOpener().open(vaultKey, owner, records);
    expect(opened).toEqual([entry(2), entry(3)]);
  });
});
