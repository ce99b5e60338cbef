import type { ServerRecord } from '@tend/contract';
import { encodeBytes } from '../encoding.ts';
import type { StoredRecord } from './record-repository.ts';

export function presentRecord(record: StoredRecord): ServerRecord {
  return {
    id: record.id,
    version: record.version,
    seq: record.seq,
    ciphertext: record.ciphertext === null ? null : encodeBytes(record.ciphertext),
    deleted: record.deleted,
  };
}
