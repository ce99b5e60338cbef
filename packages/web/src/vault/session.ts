import type { VaultObject } from '@tend/core';
import {
  derivePassphraseKeys,
  openVaultKey,
  WrongKeyError,
  type KdfCost,
  type PassphraseKeys,
  type VaultKey,
} from '@tend/crypto';
import { createCryptoSealer, type AppliedChange, type LocalRecord } from '@tend/sync';
import { createHttpTransport } from './http-transport.ts';
import { argon2InWorker } from './kdf-jobs.ts';
import { createIdbStore } from './idb-store.ts';
import { createObjectView } from './object-view.ts';
import {
  inPlaceOpener,
  openBatch,
  RecordOpenerFailed,
  type OpenedBatch,
  type RecordOpener,
  type SealedRecord,
} from './open-jobs.ts';
import { readPagesAhead, type PageFeed } from './page-store.ts';
import type { VaultRuntime, VaultSession } from './runtime.ts';
import type { TabChannel } from './tab-channel.ts';
import type { VaultHeader } from './vault-meta.ts';
import { WrongPassphraseError } from './vault-service.ts';

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

/** A record with something to open: not deleted, and sealed. */
const isLive = (record: LocalRecord) => !record.deleted && record.ciphertext !== null;

const sealedOf = (record: LocalRecord): SealedRecord => ({
  id: record.id,
  version: record.version,
  sealed: record.ciphertext ?? new Uint8Array(0),
});

/**
 * How many records are opened between two chances for the page to answer: small enough that a tap
 * or a screen's first paint waits little, large enough to keep WebCrypto busy.
 */
const batchSize = 512;

/** Opens these records in place, a batch at a time; one that does not open is left out and counted. */
export async function openRecords(
  vaultKey: VaultKey,
  ownerId: string,
  records: readonly LocalRecord[],
): Promise<{ objects: Map<string, VaultObject>; refused: number }> {
  const objects = new Map<string, VaultObject>();
  let refused = 0;
  const live = records.filter(isLive);
  for (let start = 0; start < live.length; start += batchSize) {
    const batch = live.slice(start, start + batchSize);
    refused += install(objects, batch, await openBatch(vaultKey, ownerId, batch.map(sealedOf)));
  }
  return { objects, refused };
}

/** Puts a batch's opened objects in `objects`, in the records' order; says how many did not open. */
function install(
  objects: Map<string, VaultObject>,
  records: readonly LocalRecord[],
  opened: OpenedBatch,
): number {
  let refused = 0;
  records.forEach((record, i) => {
    const object = opened[i];
    if (object) objects.set(record.id, object);
    else refused += 1;
  });
  return refused;
}

/** Keeps the sync state's pending count in step with the outbox. */
export async function refreshPending(runtime: VaultRuntime): Promise<void> {
  const pending = await (await runtime.db()).count('outbox');
  if (pending !== runtime.sync.pending) runtime.setSync({ pending });
}

/** The vault's sealed records being read, and what will open them (a worker, started before it is needed). */
export interface SealedRecords {
  readonly pages: PageFeed;
  /** Closed once the records are open; whoever starts and then does not open them closes it. */
  readonly opener: RecordOpener;
}

/** Starts reading the records and the opener's worker: neither needs the key, so both overlap finding it. */
export async function startOnRecords(runtime: VaultRuntime): Promise<SealedRecords> {
  return { pages: readPagesAhead(await runtime.db()), opener: runtime.recordOpener() };
}

/** A hidden tab paints no frames: the opening waits for one no longer than this. */
const paintWaitMs = 100;

/**
 * Lets the page paint what it shows first (home) before the opened records take the thread: the next
 * frame, then the task after it. Where nothing paints (no requestAnimationFrame), only the next task.
 */
const afterNextPaint = () =>
  new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    setTimeout(resolve, paintWaitMs);
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });

/** How many batches are with the opener at once: enough that it never waits for the page, no more. */
const batchesInFlight = 4;

/** A batch handed to the opener: its records keep their ids (their bytes may have gone to a worker). */
interface Batch {
  readonly records: readonly LocalRecord[];
  readonly opened: Promise<OpenedBatch>;
}

/**
 * Opens the records page by page as they are read, in their order, a few batches ahead with the
 * opener (a worker where there is one) while the page installs what came back. Stops, and opens
 * nothing more, once the session it was opening for is no longer the open one (locked).
 */
async function openInBatches(
  runtime: VaultRuntime,
  session: VaultSession,
  { pages, opener: first }: SealedRecords,
): Promise<{ objects: Map<string, VaultObject>; refused: number } | null> {
  const objects = new Map<string, VaultObject>();
  let refused = 0;
  let opener = first;
  const inFlight: Batch[] = [];
  const isCurrent = () => runtime.session === session;

  function send(records: readonly LocalRecord[]): void {
    const opened = opener.open(session.vaultKey, session.vaultId, records.map(sealedOf));
    // Heard where the batch is installed; one left behind by a lock is heard by no one.
    opened.catch(() => undefined);
    inFlight.push({ records, opened });
  }

  async function installOldest(): Promise<void> {
    const batch = inFlight.shift();
    if (!batch) return;
    try {
      refused += install(objects, batch.records, await batch.opened);
    } catch (error) {
      if (!(error instanceof RecordOpenerFailed)) throw error;
      // The worker went with these records' bytes: they are read again and opened here, as is the rest.
      opener = inPlaceOpener();
      const states = await session.ports.store.read(batch.records.map((r) => r.id));
      const records = states.flatMap((s) => (s.record && isLive(s.record) ? [s.record] : []));
      refused += install(
        objects,
        records,
        await opener.open(session.vaultKey, session.vaultId, records.map(sealedOf)),
      );
    }
  }

  const painted = afterNextPaint();
  try {
    for await (const page of pages) {
      if (!isCurrent()) return null;
      const live = page.filter(isLive);
      for (let start = 0; start < live.length; start += batchSize) {
        send(live.slice(start, start + batchSize));
        if (inFlight.length < batchesInFlight) continue;
        await painted;
        await installOldest();
        if (!isCurrent()) return null;
      }
    }
    await painted;
    while (inFlight.length) {
      await installOldest();
      if (!isCurrent()) return null;
    }
  } finally {
    first.close();
  }
  return { objects, refused };
}

/**
 * Makes an unlocked session and shows it at once, still opening: the screens say so while the records
 * are opened in the background (`openSessionRecords`).
 */
export async function showSession(
  runtime: VaultRuntime,
  channel: TabChannel,
  header: VaultHeader,
  vaultKey: VaultKey,
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
  return session;
}

/**
 * Opens every record of the shown session and ends its opening. Settles once every record is open (or
 * the vault was locked meanwhile); a failure to read them closes the session and is thrown.
 */
export async function openSessionRecords(
  runtime: VaultRuntime,
  session: VaultSession,
  /** The sealed records, when the caller already started on them (unlock overlaps it with Argon2id). */
  sealed?: SealedRecords,
): Promise<void> {
  const { view } = session;
  let opened: Awaited<ReturnType<typeof openInBatches>>;
  try {
    opened = await openInBatches(runtime, session, sealed ?? (await startOnRecords(runtime)));
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
    return;
  }
  view.fill(opened.objects);
  performance.mark('tend:records-opened');
  if (opened.refused) runtime.setSync({ problem: 'records-refused' });
  runtime.notify();
  await refreshPending(runtime);
}

/** Another tab wrote these records: read and open them again. */
export async function reloadRecords(runtime: VaultRuntime, ids: readonly string[]): Promise<void> {
  const session = runtime.session;
  if (!session) return;
  const states = await session.ports.store.read(ids);
  const records = states.flatMap((s) => (s.record ? [s.record] : []));
  const { objects } = await openRecords(session.vaultKey, session.vaultId, records);
  if (runtime.session !== session) return;
  session.view.apply(ids.map((id) => ({ id, object: objects.get(id) ?? null })));
  runtime.notify();
  await refreshPending(runtime);
}
