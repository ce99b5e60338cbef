import type { VaultObject } from '@tend/core';
import {
  derivePassphraseKeys,
  openVaultKey,
  WrongKeyError,
  type KdfCost,
  type PassphraseKeys,
  type VaultKey,
} from '@tend/crypto';
import { createCryptoSealer, type AppliedChange, type LocalRecord, type Sealer } from '@tend/sync';
import { createHttpTransport } from './http-transport.ts';
import { argon2InWorker } from './kdf-jobs.ts';
import { createIdbStore } from './idb-store.ts';
import { createObjectView } from './object-view.ts';
import type { VaultRuntime, VaultSession } from './runtime.ts';
import type { TabChannel } from './tab-channel.ts';
import type { VaultHeader } from './vault-meta.ts';
import { WrongPassphraseError } from './vault-service.ts';

/** How many records are being opened at once: enough to keep WebCrypto busy, never one huge burst. */
const openWindow = 1024;

/** The passphrase's keys, checked against this vault's wrapped key (the slow Argon2id step). */
export async function checkPassphrase(
  header: VaultHeader,
  passphrase: string,
  kdfCost: KdfCost | undefined,
): Promise<{ passphraseKeys: PassphraseKeys; vaultKey: VaultKey }> {
  const passphraseKeys = await derivePassphraseKeys(passphrase, header.kdf, kdfCost, argon2InWorker);
  try {
    return { passphraseKeys, vaultKey: await openVaultKey(passphraseKeys.wrapKey, header.keys) };
  } catch (error) {
    if (error instanceof WrongKeyError)
      throw new WrongPassphraseError('The passphrase does not open this vault.');
    throw error;
  }
}

/**
 * Opens every record; one that does not open is left out and counted, never shown half-trusted.
 * A window of opens runs at once, each runner taking the next record as soon as its last one opened
 * (no slice waits for its slowest record); the objects keep the records' order.
 */
export async function openRecords(
  sealer: Sealer,
  records: readonly LocalRecord[],
): Promise<{ objects: Map<string, VaultObject>; refused: number }> {
  const live = records.filter((r) => !r.deleted && r.ciphertext !== null);
  const opened = new Array<VaultObject | null>(live.length).fill(null);
  let next = 0;
  async function runner(): Promise<void> {
    while (next < live.length) {
      const index = next;
      next += 1;
      const record = live[index];
      if (!record) continue;
      // A record that does not open stays null: counted as refused below and reported, never shown.
      opened[index] = await sealer
        .open(record.id, record.version, record.ciphertext ?? new Uint8Array(0))
        .catch(() => null);
    }
  }
  await Promise.all(Array.from({ length: Math.min(openWindow, live.length) }, runner));
  const objects = new Map<string, VaultObject>();
  let refused = 0;
  opened.forEach((object, i) => {
    const record = live[i];
    if (object && record) objects.set(record.id, object);
    else refused += 1;
  });
  return { objects, refused };
}

/** Keeps the sync state's pending count in step with the outbox. */
export async function refreshPending(runtime: VaultRuntime): Promise<void> {
  const pending = await (await runtime.db()).count('outbox');
  if (pending !== runtime.sync.pending) runtime.setSync({ pending });
}

/** Lets the page answer between batches of opening (the person may already be on home). */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A hidden tab paints no frames: the opening waits for one no longer than this. */
const paintWaitMs = 100;

/**
 * Lets the page paint what it shows first (home) before the opening takes the thread: the next frame,
 * then the task after it. Where nothing paints (no requestAnimationFrame), only the task.
 */
const afterNextPaint = () =>
  typeof requestAnimationFrame === 'function'
    ? new Promise<void>((resolve) => {
        setTimeout(resolve, paintWaitMs);
        requestAnimationFrame(() => setTimeout(resolve, 0));
      })
    : yieldToPage();

/**
 * How many records are opened between two chances for the page to answer: small enough that a tap
 * or a screen's first paint waits little, large enough to keep WebCrypto busy.
 */
const openBatch = 512;

/**
 * Opens the records in batches, in their order, giving the page its turn between them. Stops, and
 * opens nothing more, once the session it was opening for is no longer the open one (locked).
 */
async function openInBatches(
  runtime: VaultRuntime,
  session: VaultSession,
  sealer: Sealer,
  records: readonly LocalRecord[],
): Promise<{ objects: Map<string, VaultObject>; refused: number } | null> {
  const objects = new Map<string, VaultObject>();
  let refused = 0;
  await afterNextPaint();
  for (let start = 0; start < records.length; start += openBatch) {
    const batch = await openRecords(sealer, records.slice(start, start + openBatch));
    if (runtime.session !== session) return null;
    for (const [id, object] of batch.objects) objects.set(id, object);
    refused += batch.refused;
    await yieldToPage();
  }
  return { objects, refused };
}

/**
 * Makes an unlocked session and shows it at once, still opening: the screens say so while the records
 * are opened in the background. Settles once every record is open (or the vault was locked meanwhile).
 */
export async function openSession(
  runtime: VaultRuntime,
  channel: TabChannel,
  header: VaultHeader,
  vaultKey: VaultKey,
  /** The sealed records, when the caller already started reading them (unlock overlaps it with Argon2id). */
  records?: Promise<readonly LocalRecord[]>,
): Promise<VaultSession> {
  const db = await runtime.db();
  const store = createIdbStore(db);
  const sealer = createCryptoSealer(vaultKey, header.vaultId);
  const view = createObjectView(new Map(), { isOpening: true });
  const session: VaultSession = {
    vaultId: header.vaultId,
    vaultKey,
    view,
    ports: {
      store,
      sealer,
      clock: runtime.clock,
      transport: createHttpTransport(runtime.http),
      onApplied: (changes: readonly AppliedChange[]) => {
        // A save or sync still in flight when the vault was locked must not show anything.
        if (runtime.session !== session) return;
        view.apply(changes);
        runtime.notify();
        channel.post({ type: 'changed', ids: changes.map((c) => c.id) });
      },
    },
  };
  runtime.session = session;
  runtime.notify();
  performance.mark('tend:session-shown');
  let opened: Awaited<ReturnType<typeof openInBatches>>;
  try {
    opened = await openInBatches(runtime, session, sealer, await (records ?? store.records()));
  } catch (error) {
    // The records could not be read: the vault is not open after all, and the caller hears why.
    if (runtime.session === session) runtime.session = null;
    view.fill(new Map());
    runtime.notify();
    throw error;
  }
  if (!opened) {
    // Locked meanwhile: no one reads this view again; ending its opening frees anyone waiting on it.
    view.fill(new Map());
    return session;
  }
  view.fill(opened.objects);
  performance.mark('tend:records-opened');
  if (opened.refused) runtime.setSync({ problem: 'records-refused' });
  runtime.notify();
  await refreshPending(runtime);
  return session;
}

/** Another tab wrote these records: read and open them again. */
export async function reloadRecords(runtime: VaultRuntime, ids: readonly string[]): Promise<void> {
  const session = runtime.session;
  if (!session) return;
  const states = await session.ports.store.read(ids);
  const records = states.flatMap((s) => (s.record ? [s.record] : []));
  const { objects } = await openRecords(session.ports.sealer, records);
  if (runtime.session !== session) return;
  session.view.apply(ids.map((id) => ({ id, object: objects.get(id) ?? null })));
  runtime.notify();
  await refreshPending(runtime);
}
