import { editVaultObject, makeUuidV7, newVaultObject, type Clock, type VaultObject } from '@tend/core';
import type { VaultKey } from '@tend/crypto';
import { createCryptoSealer } from '../crypto-sealer.ts';
import type { AppliedChange, SyncPorts, Transport } from '../ports.ts';
import { createMemoryStore, type MemoryStore } from './memory-store.ts';

/** Test data for the sync tests (not part of the package's front door). */
export function newId(): string {
  return makeUuidV7(Date.now(), crypto.getRandomValues(new Uint8Array(10)));
}

export const ownerId = newId();

export async function newVaultKey(): Promise<VaultKey> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  return { key };
}

export interface TestClock extends Clock {
  advance(ms?: number): number;
}

export function testClock(start = 1_000_000): TestClock {
  let now = start;
  return {
    now: () => now,
    advance: (ms = 1) => (now += ms),
  };
}

export interface TestDevice {
  readonly ports: SyncPorts & { readonly store: MemoryStore };
  /** The decrypted objects as a screen would hold them, kept only through onApplied. */
  readonly view: Map<string, VaultObject>;
}

export function testDevice(options: {
  vaultKey: VaultKey;
  transport: Transport;
  clock?: Clock;
  owner?: string;
}): TestDevice {
  const view = new Map<string, VaultObject>();
  const onApplied = (changes: readonly AppliedChange[]) => {
    for (const { id, object } of changes) {
      if (object) view.set(id, object);
      else view.delete(id);
    }
  };
  const ports = {
    store: createMemoryStore(),
    sealer: createCryptoSealer(options.vaultKey, options.owner ?? ownerId),
    clock: options.clock ?? testClock(),
    transport: options.transport,
    onApplied,
  };
  return { ports, view };
}

export function note(fields: Record<string, string>, now = 1_000): VaultObject {
  return newVaultObject(newId(), 'note', fields, now);
}

export function edit(object: VaultObject, fields: Record<string, string>, now: number): VaultObject {
  return editVaultObject(object, fields, now);
}

/** Every record a device holds, opened: the object, or null for a tombstone. */
export async function openedRecords(device: TestDevice): Promise<Map<string, VaultObject | null>> {
  const out = new Map<string, VaultObject | null>();
  for (const record of device.ports.store.snapshot().records) {
    out.set(
      record.id,
      record.ciphertext === null
        ? null
        : await device.ports.sealer.open(record.id, record.version, record.ciphertext),
    );
  }
  return out;
}

/** A device of the test's owner talking to `server` (the real one in process, or the model). */
export function modelDevice(
  server: { transport(ownerId: string): Transport },
  vaultKey: VaultKey,
  clock?: Clock,
): TestDevice {
  return testDevice(
    clock
      ? { vaultKey, transport: server.transport(ownerId), clock }
      : { vaultKey, transport: server.transport(ownerId) },
  );
}
