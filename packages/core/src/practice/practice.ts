import type { VaultObject } from '../vault/vault-object.ts';

/*
 * ConnectionFields.goingForward holds { kind, since } (not bare kinds): `since` is when the kind was
 * turned on, so only objects of that kind made at or after it are shared going forward.
 * SharedItemFields.unsharedAt marks an unshared item (kept, not deleted; see unshareItem).
 */

/**
 * The practitioner space as the client's vault holds it. Everything here lives in the client's own
 * vault (sealed, synced between their devices); what reaches the practitioner is a copy sealed under
 * the share key (see shared-payload.ts).
 */

/** One connection with a practitioner: the share key and what the client chose to share going forward. */
export const connectionKind = 'practice-connection';

/** Kinds a client can share, single items or going forward. Parts and relationships go as summaries. */
export const shareableKinds = [
  'meeting',
  'pause',
  'grief',
  'relational-check-in',
  'journal-entry',
  'part',
  'relationship',
] as const;
export type ShareableKind = (typeof shareableKinds)[number];

export type ShareMode = 'snapshot' | 'live';

/** A kind shared going forward, and since when. */
export type GoingForward = { readonly kind: ShareableKind; readonly since: number };

export type ConnectionFields = {
  readonly shareId: string;
  /** The share key, base64url; emptied when the connection ends, so nothing later is sealed to it. */
  readonly shareKey: string;
  readonly practitionerId: string;
  readonly practitionerName: string;
  readonly practiceName: string;
  /** The practitioner's sharing public key from the invitation (not from the server). */
  readonly practitionerPublicKey: string;
  /** How the practitioner sees the client. */
  readonly myName: string;
  /**
   * Kinds shared from now on as they are saved, kept updated: objects of the kind created at or after
   * `since` (ms, when it was turned on). Turning a kind off removes its entry.
   */
  readonly goingForward: readonly GoingForward[];
  readonly connectedAt: number;
  /** null while connected. */
  readonly endedAt: number | null;
  readonly endedBy: 'me' | 'practitioner' | null;
  /** The last access-log entry verified on any of the client's devices: a rewrite before it is detected. */
  readonly accessLogHead: { readonly seq: number; readonly hash: string } | null;
  /** The practitioner's latest record seq the client has read: anything later shows as new. */
  readonly seenPractitionerSeq: number;
};
export type Connection = VaultObject<ConnectionFields>;

/** One item the client shares; its id is the shared record's id on the server. */
export const sharedItemKind = 'practice-shared-item';

export type SharedItemFields = {
  readonly connectionId: string;
  readonly sourceId: string;
  readonly sourceKind: ShareableKind;
  readonly mode: ShareMode;
  /** What the practitioner sees of a snapshot; null for live items (rendered from the source each time). */
  readonly snapshot: SharedDocument | null;
  readonly sharedAt: number;
  /** Shared because its kind is shared going forward (not chosen one by one). */
  readonly isGoingForward: boolean;
  /**
   * When the client unshared it; null while shared. An unshared item stays in the vault as a marker,
   * so a kind shared going forward never shares that object again (see unshareItem).
   */
  readonly unsharedAt: number | null;
};
export type SharedItem = VaultObject<SharedItemFields>;

/** "What I want to bring to session": one list per connection; its id is the shared record's id. */
export const sessionListKind = 'practice-session-list';

export type SessionListEntry = {
  readonly id: string;
  /** A shared item to bring, or null for the client's own words alone. */
  readonly sharedItemId: string | null;
  readonly text: string;
};
export type SessionListFields = {
  readonly connectionId: string;
  readonly entries: readonly SessionListEntry[];
  /** The session it is for (YYYY-MM-DD), when the client says. */
  readonly forDate: string | null;
};
export type SessionList = VaultObject<SessionListFields>;

/** The client's reply to a reflection or suggestion, and for a suggestion whether they take it up. */
export const practiceReplyKind = 'practice-reply';

export type SuggestionDecision = 'accepted' | 'left';
export type PracticeReplyFields = {
  readonly connectionId: string;
  /** The practitioner's record (reflection or suggestion) this answers. */
  readonly toId: string;
  readonly text: string;
  /** Only for suggestions; null when not decided. */
  readonly decision: SuggestionDecision | null;
};
export type PracticeReply = VaultObject<PracticeReplyFields>;

/** A practitioner's own name and practice, remembered for the invitations they make. */
export const practiceProfileKind = 'practice-profile';
export type PracticeProfileFields = { readonly name: string; readonly practice: string };
export type PracticeProfile = VaultObject<PracticeProfileFields>;

/**
 * A shared item as the practitioner reads it: plain labelled text, rendered on the client's device
 * from the original. Rendered as text everywhere (never as markup).
 */
export type SharedDocument = {
  readonly kind: ShareableKind;
  readonly title: string;
  /** When it happened (ms), when the item has a time of its own. */
  readonly when: number | null;
  readonly sections: readonly { readonly label: string; readonly text: string }[];
};

export const practiceLimits = {
  name: 200,
  practice: 200,
  reflection: 20_000,
  reply: 20_000,
  sessionEntries: 100,
  sessionText: 2_000,
  sectionText: 40_000,
  sections: 60,
  /** A shared document's title ("Meeting with …" can name several parts). */
  title: 1_000,
  sectionLabel: 200,
  /** The practice a practitioner suggests, in a line or two; its note may be as long as a reflection. */
  suggestedPractice: 1_000,
  suggestionNote: 20_000,
  /** A practitioner's private note about a client, as long as a reflection. */
  privateNote: 20_000,
  /**
   * All the text of one shared document (title, labels, sections): a longer item is shared in part,
   * so its sealed record stays within the server's record size.
   */
  documentText: 80_000,
} as const;
