import { accessLogEntryText, accessLogGenesis, toBase64Url, utf8, type AccessLogFields } from '@tend/core';
import { copy } from './primitives.ts';

/** One time the practitioner fetched shared material, with the hash that chains it to the one before. */
export type AccessLogEntry = AccessLogFields & { readonly hash: string };

export interface AccessLogHead {
  readonly seq: number;
  readonly hash: string;
}

export type AccessLogCheck = { ok: true; head: AccessLogHead | null } | { ok: false; atSeq: number };

/** base64url SHA-256 of accessLogEntryText: the same hash the server writes. */
export async function accessLogHash(entry: Omit<AccessLogEntry, 'hash'>): Promise<string> {
  const text = accessLogEntryText({
    seq: entry.seq,
    shareId: entry.shareId,
    practitionerId: entry.practitionerId,
    at: entry.at,
    recordIds: entry.recordIds,
    prevHash: entry.prevHash,
  });
  const digest = await globalThis.crypto.subtle.digest('SHA-256', copy(utf8.encode(text)));
  return toBase64Url(new Uint8Array(digest));
}

/**
 * Checks seq runs 1,2,3… (or continues from `after`), prevHash links, every hash; and that knownHead
 * (seq,hash) is still in the chain when given. A failure names the first seq where the chain does not
 * hold (for a missing knownHead, its seq).
 */
export async function verifyAccessLog(
  entries: readonly AccessLogEntry[],
  options: { knownHead?: AccessLogHead | null; after?: AccessLogHead } = {},
): Promise<AccessLogCheck> {
  const { knownHead = null, after } = options;
  let head: AccessLogHead | null = after ?? null;
  let headSeen = knownHead === null || (head !== null && knownHead.seq < head.seq);
  for (const entry of entries) {
    const seq = (head?.seq ?? 0) + 1;
    const prevHash = head?.hash ?? accessLogGenesis;
    if (entry.seq !== seq || entry.prevHash !== prevHash) return { ok: false, atSeq: seq };
    if ((await accessLogHash(entry)) !== entry.hash) return { ok: false, atSeq: seq };
    head = { seq: entry.seq, hash: entry.hash };
    headSeen ||= isHead(head, knownHead);
  }
  if (knownHead !== null && after && knownHead.seq === after.seq) headSeen = isHead(after, knownHead);
  if (!headSeen && knownHead !== null) return { ok: false, atSeq: knownHead.seq };
  return { ok: true, head };
}

const isHead = (entry: AccessLogHead, knownHead: AccessLogHead | null): boolean =>
  knownHead !== null && entry.seq === knownHead.seq && entry.hash === knownHead.hash;
