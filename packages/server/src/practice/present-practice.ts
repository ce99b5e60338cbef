import type { DecodedResponseOf, ShareAsClient, ShareAsPractitioner, SharedRecord } from '@tend/contract';
import { encodeBytes } from '../encoding.ts';
import { jsonWithBytes } from '../http/json-fragments.ts';
import type { StoredInvitation } from './invitation-repository.ts';
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

/** The same fields as `presentSharedRecord`, as JSON fragments for a streamed page. */
export function sharedRecordJson(record: StoredSharedRecord): Iterable<string> {
  const { id, version, seq, author, updatedAt } = record;
  return jsonWithBytes(
    { id, version, seq, author, ciphertext: '', updatedAt },
    'ciphertext',
    record.ciphertext,
  );
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

/** An open invitation as whoever holds its code reads it: the sealed profile and when it stops working. */
export function presentInvitation(invitation: StoredInvitation): DecodedResponseOf<'readInvitation'> {
  return { sealedProfile: encodeBytes(invitation.sealedProfile), expiresAt: invitation.expiresAt };
}
