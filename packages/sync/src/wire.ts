import { fromBase64Url, toBase64Url } from '@tend/core';
import type { PullResponse, PushChange, PushResponse, PushResult, ServerRecord } from '@tend/contract';
import type { SealedChange, SealedPullPage, SealedPushResult, SealedRecord } from './ports.ts';

/*
 * The one place where sealed bytes become the wire's text and back (base64url without padding, the
 * contract's `Bytes`). Everything before it — sealing, the engine, IndexedDB — holds bytes; the HTTP
 * transport calls these as a request leaves and an answer arrives.
 */

/**
 * Text from the server that is not strict base64url (no padding, no whitespace) becomes no bytes at
 * all: it opens as nothing, so that one record is refused as unreadable while the rest of the page is
 * taken, as any other damaged record is.
 */
export function bytesOf(text: string): Uint8Array {
  try {
    return fromBase64Url(text);
  } catch {
    return new Uint8Array(0);
  }
}

export function changeToWire(change: SealedChange): PushChange {
  if ('deleted' in change) {
    const { id, baseVersion, tombstone } = change;
    return tombstone
      ? { id, baseVersion, deleted: true, tombstone: toBase64Url(tombstone) }
      : { id, baseVersion, deleted: true };
  }
  return { id: change.id, baseVersion: change.baseVersion, ciphertext: toBase64Url(change.ciphertext) };
}

export function changeFromWire(change: PushChange): SealedChange {
  if ('deleted' in change) {
    const { id, baseVersion, tombstone } = change;
    return tombstone === undefined
      ? { id, baseVersion, deleted: true }
      : { id, baseVersion, deleted: true, tombstone: bytesOf(tombstone) };
  }
  return { id: change.id, baseVersion: change.baseVersion, ciphertext: bytesOf(change.ciphertext) };
}

export function recordFromWire(record: ServerRecord): SealedRecord {
  return { ...record, ciphertext: record.ciphertext === null ? null : bytesOf(record.ciphertext) };
}

export function recordToWire(record: SealedRecord): ServerRecord {
  return { ...record, ciphertext: record.ciphertext === null ? null : toBase64Url(record.ciphertext) };
}

const resultFromWire = (result: PushResult): SealedPushResult =>
  result.status === 'conflict' ? { ...result, current: recordFromWire(result.current) } : result;

const resultToWire = (result: SealedPushResult): PushResult =>
  result.status === 'conflict' ? { ...result, current: recordToWire(result.current) } : result;

export const pushFromWire = (response: PushResponse): { results: SealedPushResult[] } => ({
  results: response.results.map(resultFromWire),
});

export const pushToWire = (response: { results: readonly SealedPushResult[] }): PushResponse => ({
  results: response.results.map(resultToWire),
});

export const pullFromWire = (response: PullResponse): SealedPullPage => ({
  ...response,
  records: response.records.map(recordFromWire),
});

export const pullToWire = (page: SealedPullPage): PullResponse => ({
  ...page,
  records: page.records.map(recordToWire),
});
