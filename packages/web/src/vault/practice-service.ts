import type {
  SessionListEntry,
  SessionPoint,
  ShareMode,
  ShareableKind,
  SharedDocument,
  SuggestionDecision,
} from '@tend/core';

/**
 * The practitioner space, for the screens. Client side: the connection, what is shared, the session
 * list, the practitioner's words and the access log. Practitioner side: the practice, invitations,
 * clients and what each shared. Keys, sealing and the server stay behind this door.
 *
 * The client's own records (connections, shared items, session lists, replies) are vault objects:
 * saved locally first, then mirrored to the share by the service whenever the vault changes.
 */
export interface PracticeService {
  /** The latest known state; refresh() asks the server again. Same object until something changes. */
  snapshot(): PracticeSnapshot;
  subscribe(listener: () => void): () => void;
  /**
   * Reads the shares from the server (no shared material: not an access) and mirrors the client's side.
   * Never rejects: a server that cannot be reached, or anything else that stops it, is in the snapshot.
   */
  refresh(): Promise<void>;

  // Practitioner side
  /** Makes this account a practitioner's; asks for the passphrase again (a sharing change). */
  openPractice(passphrase: string, profile: { name: string; practice: string }): Promise<void>;
  updateProfile(profile: { name: string; practice: string }): Promise<void>;
  /** A single-use code (and a link carrying it after #) that works for 7 days. */
  createInvitation(): Promise<Invitation>;
  /** Fetches what the client shared: every call is written to the client's access log. */
  openClient(shareId: string): Promise<ClientView>;
  writeReflection(shareId: string, onItemId: string | null, text: string): Promise<void>;
  suggestPractice(
    shareId: string,
    suggestion: { practice: string; note: string; onItemId: string | null },
  ): Promise<void>;
  /** Marks a point of the client's session list "talked about"; the client sees the mark. */
  markTalkedAbout(shareId: string, entry: SessionPoint): Promise<void>;
  /** Removes the practitioner's own reflection, suggestion or "talked about" mark. */
  withdraw(shareId: string, recordId: string): Promise<void>;

  // Client side
  /** Who the code is from, before accepting; refuses an unknown, used or expired code (InvitationError). */
  readInvitation(code: string): Promise<InvitationPreview>;
  /** Connects; asks for the passphrase again. Returns the connection's vault object id. */
  acceptInvitation(code: string, myName: string, passphrase: string): Promise<string>;
  /** Changes the name the practitioner sees for the client; the server is told first, then the vault. */
  renameMe(connectionId: string, myName: string): Promise<void>;
  share(connectionId: string, objectId: string, mode: ShareMode): Promise<void>;
  /** Removes the shared copy from the server at once (the original stays in the vault). */
  unshare(sharedItemId: string): Promise<void>;
  setGoingForward(connectionId: string, kind: ShareableKind, on: boolean): Promise<void>;
  saveSessionList(
    connectionId: string,
    list: { entries: readonly SessionListEntry[]; forDate: string | null },
  ): Promise<void>;
  /** The practitioner's reflections and suggestions, with the client's replies. */
  conversation(connectionId: string): Promise<readonly PractitionerNote[]>;
  reply(
    connectionId: string,
    toId: string,
    text: string,
    decision?: SuggestionDecision | null,
  ): Promise<void>;
  /** The points of the session list the practitioner marked "talked about". */
  sessionMarks(connectionId: string): Promise<readonly SessionMark[]>;
  /** Every time the practitioner fetched shared material, the chain checked on this device. */
  accessLog(connectionId: string): Promise<AccessLogView>;
  /** Ends the connection (either side): the share's records and key leave the server at once. */
  endConnection(id: { connectionId: string } | { shareId: string }): Promise<void>;
}

export interface PracticeSnapshot {
  /** unavailable: no account on this device (the practitioner space needs one); offline: shown from the vault. */
  readonly status: 'unavailable' | 'loading' | 'ready' | 'offline';
  readonly isPractitioner: boolean;
  readonly profile: { readonly name: string; readonly practice: string } | null;
  readonly connections: readonly ConnectionSummary[];
  readonly clients: readonly ClientSummary[];
  readonly problem?: string;
  /** Whether the client's side reached the server's shares, as the sync state says it for the vault. */
  readonly sharing: SharingState;
}

/** Problems the sharing state can name beyond the server's error codes; the screens word them gently. */
export const sharingProblems = {
  /** The share kept changing under the mirror (another device of the client): it tries again later. */
  unsettled: 'sharing-unsettled',
  /** Something other than the server stopped it (a key that did not open, a fault on this device). */
  failed: 'sharing-failed',
  /** A connection ended on this device has not yet been removed from the server; it is tried again. */
  endPending: 'end-pending',
} as const;

/**
 * How the copy of the client's side reached the server's shares in the latest try. `waiting`: offline,
 * kept in the vault until the network returns (`problem` is `end-pending` when what waits is the end of
 * a connection); `error`: `problem` names what stopped it.
 */
export interface SharingState {
  readonly status: 'ok' | 'waiting' | 'error';
  readonly problem: string | null;
}

export interface ConnectionSummary {
  /** The connection's vault object id. */
  readonly id: string;
  readonly shareId: string;
  readonly practitionerName: string;
  readonly practiceName: string;
  readonly myName: string;
  readonly connectedAt: number;
  readonly endedAt: number | null;
  readonly endedBy: 'me' | 'practitioner' | null;
  readonly goingForward: readonly ShareableKind[];
  /** The practitioner wrote something the client has not seen yet. */
  readonly hasNew: boolean;
}

export interface ClientSummary {
  readonly shareId: string;
  readonly name: string;
  readonly connectedAt: number;
  /** The client shared or changed something since the practitioner last looked. */
  readonly hasNew: boolean;
}

export interface Invitation {
  readonly code: string;
  readonly link: string;
  readonly expiresAt: number;
}

export interface InvitationPreview {
  readonly practitionerName: string;
  readonly practiceName: string;
  readonly expiresAt: number;
}

export class InvitationError extends Error {
  override readonly name = 'InvitationError';
  readonly reason: 'malformed' | 'unknown' | 'own';
  constructor(reason: 'malformed' | 'unknown' | 'own') {
    super(reason);
    this.reason = reason;
  }
}

export interface SharedItemView {
  /** The shared record's id. */
  readonly id: string;
  readonly document: SharedDocument;
  readonly mode: ShareMode;
  readonly sharedAt: number;
  readonly updatedAt: number;
}

export interface PractitionerNote {
  readonly id: string;
  readonly type: 'reflection' | 'suggestion';
  /** The reflection's text, or the suggested practice. */
  readonly text: string;
  /** A suggestion's note. */
  readonly note: string;
  readonly onItemId: string | null;
  readonly writtenAt: number;
  readonly reply: { readonly text: string; readonly decision: SuggestionDecision | null } | null;
}

/** A point of the session list the practitioner marked "talked about". */
export interface SessionMark {
  /** The practitioner's record that holds the mark (withdrawn to take it back). */
  readonly id: string;
  readonly entry: SessionPoint;
  readonly markedAt: number;
}

export interface ClientView {
  readonly shareId: string;
  readonly name: string;
  /** Newest first. */
  readonly items: readonly SharedItemView[];
  readonly sessionList: {
    readonly entries: readonly { readonly itemId: string | null; readonly text: string }[];
    readonly forDate: string | null;
    readonly updatedAt: number;
  } | null;
  readonly notes: readonly PractitionerNote[];
  /** The points of the session list the practitioner marked "talked about". */
  readonly marks: readonly SessionMark[];
  /** Records that did not open (altered or misplaced): counted, never shown. */
  readonly refused: number;
}

export interface AccessLogView {
  /** Newest first. */
  readonly entries: readonly {
    readonly seq: number;
    readonly at: number;
    readonly itemIds: readonly string[];
  }[];
  /** false when the chain does not hold: an entry was changed, removed or reordered on the server. */
  readonly verified: boolean;
}
