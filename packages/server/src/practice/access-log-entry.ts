import { createHash } from 'node:crypto';
import { accessLogEntryText, accessLogGenesis, type AccessLogEntry } from '@tend/contract';
import type { AccessLogHead } from './access-log-repository.ts';

export interface AccessFetch {
  readonly shareId: string;
  readonly practitionerId: string;
  readonly at: number;
  /** The records the fetch returned, in the order returned. */
  readonly recordIds: readonly string[];
}

/** base64url SHA-256 of the entry's text: what the client's app recomputes to check the chain. */
export function accessLogHash(fields: Omit<AccessLogEntry, 'hash'>): string {
  return createHash('sha256').update(accessLogEntryText(fields), 'utf8').digest('base64url');
}

/** The entry that follows `head` (or starts the client's log) for one fetch by the practitioner. */
export function nextAccessLogEntry(head: AccessLogHead | undefined, fetch: AccessFetch): AccessLogEntry {
  const fields = {
    seq: (head?.seq ?? 0) + 1,
    shareId: fetch.shareId,
    practitionerId: fetch.practitionerId,
    at: fetch.at,
    recordIds: [...fetch.recordIds],
    prevHash: head?.hash ?? accessLogGenesis,
  };
  return { ...fields, hash: accessLogHash(fields) };
}
