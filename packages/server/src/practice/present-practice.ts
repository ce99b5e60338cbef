import type { ShareAsClient, ShareAsPractitioner, SharedRecord } from '@tend/contract';
import { encodeBytes } from '../encoding.ts';
import type { StoredShare } from './share-repository.ts';
import type { StoredSharedRecord } from './shared-record-repository.ts';

/** Allow-list mappers: only these fields of a share or a shared record ever leave the server. */
export function presentSharedRecord(record: StoredSharedRecord): SharedRecord {
  return {
    id: record.id,
    version: record.version,
    seq: record.seq,
    author: record.author,
    ciphertext: encodeBytes(record.ciphertext),
    updatedAt: record.updatedAt,
  };
}

export function presentShareAsClient(share: StoredShare): ShareAsClient {
  return {
    shareId: share.id,
    practitionerId: share.practitionerId,
    createdAt: share.createdAt,
    practitionerSeq: share.practitionerSeq,
  };
}

export function presentShareAsPractitioner(share: StoredShare): ShareAsPractitioner {
  return {
    shareId: share.id,
    clientId: share.clientId,
    createdAt: share.createdAt,
    sealedShareKey: encodeBytes(share.sealedShareKey),
    sealedClientLabel: encodeBytes(share.sealedClientLabel),
    clientSeq: share.clientSeq,
    seenSeq: share.seenSeq,
  };
}
