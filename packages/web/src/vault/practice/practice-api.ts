import {
  AccessLogResponse,
  CreateInvitationResponse,
  ReadInvitationResponse,
  ShareAsClient,
  ShareRecordsResponse,
  SharesResponse,
  WriteSharedResponse,
  type SharedChange,
} from '@tend/contract';
import type { HttpClient } from '../http-client.ts';

/** The practitioner-space routes of the API; every answer checked with the contract's schema. */
export function createPracticeApi(http: HttpClient) {
  return {
    openPractice: (authSecret: string) => http.send('openPractice', { body: { authSecret } }),
    createInvitation: (lookup: string, sealedProfile: string) =>
      http.call('createInvitation', CreateInvitationResponse, { body: { lookup, sealedProfile } }),
    readInvitation: (lookup: string) =>
      http.call('readInvitation', ReadInvitationResponse, { body: { lookup } }),
    acceptInvitation: (body: {
      lookup: string;
      shareId: string;
      sealedShareKey: string;
      sealedClientLabel: string;
      authSecret: string;
    }) => http.call('acceptInvitation', ShareAsClient, { body }),
    shares: () => http.call('shares', SharesResponse),
    endShare: (shareId: string) => http.send('endShare', { body: { shareId } }),
    relabelShare: (shareId: string, sealedClientLabel: string) =>
      http.send('relabelShare', { body: { shareId, sealedClientLabel } }),
    /** As the practitioner every call is written to the client's access log; as the client it is not. */
    shareRecords: (shareId: string) =>
      http.call('shareRecords', ShareRecordsResponse, { query: { shareId } }),
    writeShared: (shareId: string, changes: readonly SharedChange[]) =>
      http.call('writeShared', WriteSharedResponse, { body: { shareId, changes } }),
    accessLog: (after: number) => http.call('accessLog', AccessLogResponse, { query: { after } }),
  };
}

export type PracticeApi = ReturnType<typeof createPracticeApi>;
