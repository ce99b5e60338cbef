import { PullResponse, PushResponse, type PushRequest } from '@tend/contract';
import { makeUuidV7, type VaultObject } from '@tend/core';
import type { VaultKey } from '@tend/crypto';
import {
  changeToWire,
  createCryptoSealer,
  createMemoryStore,
  pullFromWire,
  pushFromWire,
  type MemoryStore,
  type SyncPorts,
  type Transport,
} from '@tend/sync';
import { expect } from 'vitest';
import type { TestServer } from './test-server.ts';

export const newId = () => makeUuidV7(Date.now(), crypto.getRandomValues(new Uint8Array(10)));

export const newVaultKey = async (): Promise<VaultKey> => ({
  key: await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
});

/** The sync routes of the server in process, as a device's transport; `onPush` sees (or holds) each push first. */
export function serverTransport(
  server: TestServer,
  cookie: string,
  onPush: (request: PushRequest) => Promise<void> | void = () => undefined,
): Transport {
  return {
    async push(request) {
      const body: PushRequest = { changes: request.changes.map(changeToWire) };
      await onPush(body);
      const response = await server.call('POST', '/api/v1/sync/push', { cookie, body });
      expect(response.status).toBe(200);
      return pushFromWire(PushResponse.parse(await response.json()));
    },
    async pull(after, limit) {
      const response = await server.call('GET', `/api/v1/sync/pull?after=${after}&limit=${limit}`, {
        cookie,
      });
      expect(response.status).toBe(200);
      return pullFromWire(PullResponse.parse(await response.json()));
    },
  };
}

export interface SyncDevice {
  readonly ports: SyncPorts & { readonly store: MemoryStore };
  /** The decrypted objects as a screen would hold them. */
  readonly view: Map<string, VaultObject>;
}

/** A device's real sync engine against the real server in process, with its store in memory. */
export function syncDevice(transport: Transport, ownerId: string, vaultKey: VaultKey): SyncDevice {
  const view = new Map<string, VaultObject>();
  let now = 1_000;
  const ports = {
    store: createMemoryStore(),
    sealer: createCryptoSealer(vaultKey, ownerId),
    clock: { now: () => (now += 1) },
    transport,
    onApplied: (changes: readonly { id: string; object: VaultObject | null }[]) => {
      for (const { id, object } of changes) {
        if (object) view.set(id, object);
        else view.delete(id);
      }
    },
  };
  return { ports, view };
}

/** What a hostile server could do: write a record into its own store as the newest change. */
export async function injectRecord(
  server: TestServer,
  ownerId: string,
  record: { id: string; version: number; ciphertext: Uint8Array | null; deleted: boolean },
): Promise<void> {
  await server.ctx.store.transact(async ({ accounts, records }) => {
    const totals = await accounts.lockTotals(ownerId);
    if (!totals) throw new Error('no such account');
    const seq = totals.seq + 1;
    await records.writeMany(ownerId, [{ ...record, seq }], 5_000);
    await accounts.setTotals(ownerId, seq, totals.storedBytes);
  });
}
