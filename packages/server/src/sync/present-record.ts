import type { ServerRecord } from '@tend/contract';
import { encodeBytes } from '../encoding.ts';
import { jsonWithBytes } from '../http/json-fragments.ts';
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

/** The same fields as `presentRecord`, as JSON fragments for a streamed page (ciphertext in slices). */
export function recordJson(record: StoredRecord): Iterable<string> {
  const { id, version, seq, deleted } = record;
  return jsonWithBytes({ id, version, seq, ciphertext: null, deleted }, 'ciphertext', record.ciphertext);
}
