import type { LocalRecord, OutboxEntry, RecordState, SealedChange } from './ports.ts';

/** Whether two sealed values hold the same bytes (a copy read back from storage is another array). */
export function sameBytes(a: Uint8Array | null, b: Uint8Array | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

const sameRecord = (a: LocalRecord | undefined, b: LocalRecord | undefined): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.id === b.id &&
    a.version === b.version &&
    sameBytes(a.ciphertext, b.ciphertext) &&
    a.deleted === b.deleted &&
    a.synced === b.synced);

const sameOutbox = (a: OutboxEntry | undefined, b: OutboxEntry | undefined): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.id === b.id &&
    a.baseVersion === b.baseVersion &&
    a.queuedAt === b.queuedAt);

/** Whether two states are the same; a fresh seal never repeats its ciphertext, so a re-save always differs. */
export function sameState(a: RecordState, b: RecordState): boolean {
  return sameRecord(a.record, b.record) && sameOutbox(a.outbox, b.outbox);
}

/**
 * The version a local change is sealed with: edits made before the server acknowledged the last one
 * coalesce into that pending version, so a device offline for a week sends one change per record.
 */
export function nextLocalVersion(record: LocalRecord | undefined): number {
  if (!record) return 1;
  return record.synced ? record.version + 1 : record.version;
}

/** The change to push for a pending record, or null when the state is not a well-formed pending one. */
export function pendingChange(state: RecordState): SealedChange | null {
  const { record, outbox } = state;
  if (!record || !outbox || record.synced || record.version !== outbox.baseVersion + 1) return null;
  if (record.deleted) return { id: record.id, baseVersion: outbox.baseVersion, deleted: true };
  if (record.ciphertext === null) return null;
  return { id: record.id, baseVersion: outbox.baseVersion, ciphertext: record.ciphertext };
}

/** A record the server holds, kept as acknowledged: no outbox entry left for it. */
export function syncedState(record: {
  id: string;
  version: number;
  ciphertext: Uint8Array | null;
  deleted: boolean;
}): RecordState {
  return {
    record: {
      id: record.id,
      version: record.version,
      ciphertext: record.deleted ? null : record.ciphertext,
      deleted: record.deleted,
      synced: true,
    },
    outbox: undefined,
  };
}

/** A local change waiting for the server, based on `baseVersion`. */
export function pendingState(
  id: string,
  baseVersion: number,
  ciphertext: Uint8Array | null,
  queuedAt: number,
): RecordState {
  return {
    record: { id, version: baseVersion + 1, ciphertext, deleted: ciphertext === null, synced: false },
    outbox: { id, baseVersion, queuedAt },
  };
}
