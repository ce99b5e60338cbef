import type { SharedPayload } from '@tend/core';
import type { SealedSharedRecord, ShareSealer } from './ports.ts';

/** A shared record opened with the share key; its author is the server's word, bound into the seal. */
export interface OpenedRecord {
  readonly record: SealedSharedRecord;
  readonly payload: SharedPayload;
}

/** Opens every record of a share; one that does not open (altered, misplaced) is counted, never shown. */
export async function openSharedRecords(
  sealer: ShareSealer,
  shareId: string,
  records: readonly SealedSharedRecord[],
): Promise<{ opened: OpenedRecord[]; refused: number }> {
  const results = await Promise.all(
    records.map(async (record) => {
      const ad = { shareId, recordId: record.id, author: record.author, version: record.version };
      // A record that does not open is refused, and counted below: nothing more to do with it.
      const payload = await sealer.open(ad, record.ciphertext).catch(() => null);
      return payload && { record, payload };
    }),
  );
  const opened = results.filter((r): r is OpenedRecord => r !== null);
  return { opened, refused: records.length - opened.length };
}
