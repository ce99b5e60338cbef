/**
 * Opening sealed records in batches, in a module worker: the decrypting, the decoding and the checks
 * of every object run there, and the page's own thread only parses each batch's answer (one JSON
 * array) and installs it. Each batch names the vault's key and id, so the worker keeps no state and
 * any caller with sealed records of the vault (an unlock, a pull) can use it.
 */
import type { VaultObject } from '@tend/core';
import { recordOpener, type VaultKey } from '@tend/crypto';

/** A sealed record to open: its id and version are bound into its seal. */
export interface SealedRecord {
  readonly id: string;
  readonly version: number;
  readonly sealed: Uint8Array;
}

/** What the page asks the worker: open these records of this vault. */
export interface OpenJob {
  readonly job: number;
  readonly vaultKey: VaultKey;
  readonly ownerId: string;
  readonly records: readonly SealedRecord[];
}

/** The worker's answer: the objects as one JSON array, in the records' order, null where one did not open. */
export type OpenAnswer =
  | { readonly job: number; readonly ok: true; readonly opened: string }
  | { readonly job: number; readonly ok: false };

/** Each record's object, in the records' order, or null where it does not open (never shown half-trusted). */
export type OpenedBatch = (VaultObject | null)[];

export interface RecordOpener {
  /**
   * Opens one batch. In a worker, the records' bytes are handed over to it (transferred, not copied):
   * the caller keeps only the ids. Rejects with RecordOpenerFailed when the worker could not do it.
   */
  open(vaultKey: VaultKey, ownerId: string, records: readonly SealedRecord[]): Promise<OpenedBatch>;
  /** Ends the worker, if there is one; a batch still waiting rejects. */
  close(): void;
}

/** The worker could not start or answer; the records it was given are no longer on the page. */
export class RecordOpenerFailed extends Error {
  override readonly name = 'RecordOpenerFailed';
}

/** Opens a batch where it is called: every record at once, WebCrypto queueing them. */
export function openBatch(
  vaultKey: VaultKey,
  ownerId: string,
  records: readonly SealedRecord[],
): Promise<OpenedBatch> {
  const open = recordOpener(vaultKey, ownerId);
  // A record that does not open is null: the caller counts it as refused and reports it.
  return Promise.all(records.map((r) => open(r.id, r.version, r.sealed).catch(() => null)));
}

/** Opens on the page's own thread (where there is no Worker, as in Node). */
export const inPlaceOpener = (): RecordOpener => ({ open: openBatch, close: () => undefined });

/** The buffers under the records' bytes, each once (records read together may share one). */
function buffersOf(records: readonly SealedRecord[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const { sealed } of records) if (sealed.buffer instanceof ArrayBuffer) buffers.add(sealed.buffer);
  return [...buffers];
}

/**
 * A module worker that opens the batches it is given, in the order given. Where there is no Worker it
 * opens in place; a worker that cannot start or fails makes every batch waiting on it reject with
 * RecordOpenerFailed, and the caller opens those records again in place.
 */
export function workerOpener(): RecordOpener {
  if (typeof Worker === 'undefined') return inPlaceOpener();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./open-worker.ts', import.meta.url), { type: 'module', name: 'open' });
  } catch {
    // A worker refused at once (a policy, say): the records open in place, as where there is none.
    performance.mark('tend:record-worker-failed');
    return inPlaceOpener();
  }
  const waiting = new Map<number, { resolve: (batch: OpenedBatch) => void; reject: (e: Error) => void }>();
  let nextJob = 0;
  let failure: RecordOpenerFailed | null = null;
  const fail = (why: string) => {
    failure ??= new RecordOpenerFailed(why);
    for (const { reject } of waiting.values()) reject(failure);
    waiting.clear();
    worker.terminate();
  };
  worker.onmessage = (event: MessageEvent<OpenAnswer>) => {
    const answer = event.data;
    const asked = waiting.get(answer.job);
    if (!asked) return;
    waiting.delete(answer.job);
    if (answer.ok) asked.resolve(JSON.parse(answer.opened) as OpenedBatch);
    else asked.reject(new RecordOpenerFailed('the worker could not open a batch'));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    // Nothing readable in it; the records open in place all the same, and the journeys look for it.
    performance.mark('tend:record-worker-failed');
    fail('the worker did not start or stopped');
  };
  return {
    open(vaultKey, ownerId, records) {
      if (failure) return Promise.reject(failure);
      const job = nextJob;
      nextJob += 1;
      const answered = new Promise<OpenedBatch>((resolve, reject) => waiting.set(job, { resolve, reject }));
      const message: OpenJob = { job, vaultKey, ownerId, records };
      worker.postMessage(message, buffersOf(records));
      return answered;
    },
    close: () => fail('closed'),
  };
}
