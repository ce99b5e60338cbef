import { toBase64Url } from '@tend/core';
import type { SharedChange, SharedRecord, SharedWriteResult } from '@tend/contract';
import { bytesOf } from '../wire.ts';
import type { SealedSharedChange, SealedSharedRecord, SealedSharedWriteResult } from './ports.ts';

/*
 * Where a share's sealed bytes become the wire's text and back, as `../wire.ts` does for the
 * vault's records: the HTTP transport of the share routes calls these, nothing before it does.
 */

export const sharedRecordFromWire = (record: SharedRecord): SealedSharedRecord => ({
  ...record,
  ciphertext: bytesOf(record.ciphertext),
});

export const sharedRecordToWire = (record: SealedSharedRecord): SharedRecord => ({
  ...record,
  ciphertext: toBase64Url(record.ciphertext),
});

export function sharedChangeToWire(change: SealedSharedChange): SharedChange {
  if ('deleted' in change) return { id: change.id, baseVersion: change.baseVersion, deleted: true };
  return { id: change.id, baseVersion: change.baseVersion, ciphertext: toBase64Url(change.ciphertext) };
}

export const sharedResultFromWire = (result: SharedWriteResult): SealedSharedWriteResult =>
  result.status === 'conflict'
    ? { ...result, current: result.current && sharedRecordFromWire(result.current) }
    : result;
