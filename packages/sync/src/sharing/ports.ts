import type { ShareAsPractitioner, SharedRecord, SharedWriteResult, SharesResponse } from '@tend/contract';
import type {
  Clock,
  Connection,
  ShareLanguage,
  SharedItem,
  SharedPayload,
  SharedRecordsInput,
} from '@tend/core';
import type { SharedAd } from '@tend/crypto';

/** What the vault holds of the client's side, read afresh on every round of the mirror. */
export interface ShareSide {
  /** The connections to mirror when none is named: the active ones. */
  activeConnections(): readonly string[];
  /** The connection, or null once it is gone from the vault. */
  connection(connectionId: string): Connection | null;
  /** The vault's side of one connection, as `planSharedRecords` reads it. */
  planInput(
    connection: Connection,
  ): Pick<SharedRecordsInput, 'sharedItems' | 'sessionList' | 'replies' | 'sources' | 'allObjects'>;
  /** The writer's language now, shared documents are written in; English when there is none. */
  language?(): Promise<ShareLanguage | undefined>;
  /** Saves items shared going forward: the vault is the truth, so they exist there before their copy leaves. */
  saveItems(items: readonly SharedItem[]): Promise<void>;
  /** The server no longer has the share: the practitioner ended it, and the vault ends it too. */
  endedByPractitioner(connection: Connection): Promise<void>;
}

/** A record of a share as the server holds it, its seal as bytes (the wire's text is made at the HTTP edge). */
export interface SealedSharedRecord extends Omit<SharedRecord, 'ciphertext'> {
  readonly ciphertext: Uint8Array;
}

/** A client's share as the practitioner's device reads it: the share key and the client's name sealed, as bytes. */
export interface SealedShareAsPractitioner extends Omit<
  ShareAsPractitioner,
  'sealedShareKey' | 'sealedClientLabel'
> {
  readonly sealedShareKey: Uint8Array;
  readonly sealedClientLabel: Uint8Array;
}

/** The account's shares, both sides, with the practitioner's side sealed as bytes. */
export interface SealedShares extends Omit<SharesResponse, 'asPractitioner'> {
  readonly asPractitioner: readonly SealedShareAsPractitioner[];
}

/** An invitation as the server hands it to whoever holds the code: the practitioner's profile, sealed. */
export interface SealedInvitation {
  readonly sealedProfile: Uint8Array;
  readonly expiresAt: number;
}

/** What the client sends to accept an invitation: the share key sealed to the practitioner and the client's name sealed under it. */
export interface SealedAcceptance {
  readonly lookup: string;
  readonly shareId: string;
  readonly sealedShareKey: Uint8Array;
  readonly sealedClientLabel: Uint8Array;
  readonly authSecret: Uint8Array;
}

/** A write to a share: a sealed record on its base version, or the removal of one. */
export type SealedSharedChange =
  | { readonly id: string; readonly baseVersion: number; readonly ciphertext: Uint8Array }
  | { readonly id: string; readonly baseVersion: number; readonly deleted: true };

/** The server's answer to one change; a conflict carries the record it holds, sealed as bytes. */
export type SealedSharedWriteResult =
  | Exclude<SharedWriteResult, { status: 'conflict' }>
  | { readonly id: string; readonly status: 'conflict'; readonly current: SealedSharedRecord | null };

/** Seals and opens the records of one share under its key, binding share, record, author and version. */
export interface ShareSealer {
  seal(ad: SharedAd, payload: SharedPayload): Promise<Uint8Array>;
  /** Throws when the record does not open: altered, misplaced or damaged. */
  open(ad: SharedAd, sealed: Uint8Array): Promise<SharedPayload>;
}

/** The share routes as the client calls them; null when the server no longer has the share. */
export interface ShareTransport {
  /** Every record of the share (as the client: not an access). */
  records(shareId: string): Promise<readonly SealedSharedRecord[] | null>;
  /** One batch of at most `maxSharedRecordBatch` changes. */
  write(
    shareId: string,
    changes: readonly SealedSharedChange[],
  ): Promise<readonly SealedSharedWriteResult[] | null>;
}

export interface MirrorPorts {
  readonly side: ShareSide;
  readonly transport: ShareTransport;
  /** The sealer of the connection's share. */
  readonly sealerFor: (connection: Connection) => Promise<ShareSealer>;
  readonly clock: Clock;
  readonly newId: () => string;
}

/**
 * `unsettled`: the share kept changing under the mirror (another of the client's devices wrote each
 * time), so some changes wait for the next run. `failed`: the mirror could not finish (the server
 * could not be reached, refused, or a key did not open); `error` says what stopped it.
 */
export type MirrorProblem =
  | { readonly connectionId: string; readonly reason: 'unsettled' }
  | { readonly connectionId: string; readonly reason: 'failed'; readonly error: unknown };

/** What one run of the mirror did, and what it could not. It never throws. */
export interface MirrorOutcome {
  /** Records the server took (written or removed). */
  readonly sent: number;
  /** Connections found ended by the practitioner, and ended in the vault. */
  readonly ended: readonly string[];
  readonly problems: readonly MirrorProblem[];
}
