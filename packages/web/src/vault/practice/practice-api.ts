import {
  acceptanceToWire,
  invitationFromWire,
  invitationToWire,
  openPracticeToWire,
  relabelToWire,
  sharedChangeToWire,
  sharedRecordFromWire,
  sharedResultFromWire,
  sharesFromWire,
  type SealedAcceptance,
  type SealedSharedChange,
  type SealedSharedRecord,
} from '@tend/sync';
import type { HttpClient } from '../http-client.ts';

/** A server that keeps announcing more without moving on must not keep a device busy forever. */
const maxPages = 1_000;

/**
 * Every record of a share: the server answers a page of bytes at a time and this follows its cursor
 * to the end. As the practitioner each page is written to the client's access log; as the client it
 * is not.
 */
async function wholeShare(http: HttpClient, shareId: string): Promise<{ records: SealedSharedRecord[] }> {
  const records: SealedSharedRecord[] = [];
  let after = 0;
  for (let page = 0; page < maxPages; page += 1) {
    const answer = await http.call('shareRecords', { query: { shareId, after } });
    records.push(...answer.records.map(sharedRecordFromWire));
    if (!answer.hasMore) break;
    if (answer.cursor <= after) throw new Error('the server announced more shared records but sent none');
    after = answer.cursor;
  }
  // A record edited while the pages were read comes again, later: the last copy is the current one.
  return { records: [...new Map(records.map((record) => [record.id, record])).values()] };
}

/**
 * The practitioner-space routes of the API; every answer checked with the contract's schema. Shared
 * records, sealed share keys, client names and invitation profiles are sealed bytes on this side:
 * they become the wire's text here (through sync's sharing wire module) and nowhere else.
 */
export function createPracticeApi(http: HttpClient) {
  return {
    openPractice: (authSecret: Uint8Array) =>
      http.send('openPractice', { body: openPracticeToWire(authSecret) }),
    createInvitation: (lookup: string, sealedProfile: Uint8Array) =>
      http.call('createInvitation', { body: invitationToWire(lookup, sealedProfile) }),
    readInvitation: async (lookup: string) =>
      invitationFromWire(await http.call('readInvitation', { body: { lookup } })),
    acceptInvitation: (acceptance: SealedAcceptance) =>
      http.call('acceptInvitation', { body: acceptanceToWire(acceptance) }),
    shares: async () => sharesFromWire(await http.call('shares')),
    endShare: (shareId: string) => http.send('endShare', { body: { shareId } }),
    relabelShare: (shareId: string, sealedClientLabel: Uint8Array) =>
      http.send('relabelShare', { body: relabelToWire(shareId, sealedClientLabel) }),
    /** As the practitioner every page is written to the client's access log; as the client it is not. */
    shareRecords: (shareId: string) => wholeShare(http, shareId),
    /** Sealed changes leave as the wire's text; a conflict's record comes back as bytes. */
    writeShared: async (shareId: string, changes: readonly SealedSharedChange[]) => {
      const body = { shareId, changes: changes.map(sharedChangeToWire) };
      const { results } = await http.call('writeShared', { body });
      return { results: results.map(sharedResultFromWire) };
    },
    accessLog: (after: number) => http.call('accessLog', { query: { after } }),
  };
}

export type PracticeApi = ReturnType<typeof createPracticeApi>;
