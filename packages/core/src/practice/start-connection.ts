import type { DomainPorts } from '../ports.ts';
import { newVaultObject } from '../vault/vault-object.ts';
import { connectionKind, practiceLimits, type Connection, type ConnectionFields } from './practice.ts';

/** What the client brings when accepting an invitation; the rest of a connection starts empty. */
export type ConnectionDraft = Pick<
  ConnectionFields,
  | 'shareId'
  | 'shareKey'
  | 'practitionerId'
  | 'practitionerName'
  | 'practiceName'
  | 'practitionerPublicKey'
  | 'myName'
>;

export type ConnectionProblem =
  | 'my-name-missing'
  | 'my-name-too-long'
  | 'practitioner-name-too-long'
  | 'practice-name-too-long'
  | 'share-key-missing';

export type ConnectionResult =
  { ok: true; connection: Connection } | { ok: false; problems: ConnectionProblem[] };

/** A new connection with a practitioner: nothing shared yet, nothing going forward. */
export function startConnection(ports: DomainPorts, draft: ConnectionDraft): ConnectionResult {
  const problems: ConnectionProblem[] = [];
  if (!draft.myName.trim()) problems.push('my-name-missing');
  if (draft.myName.length > practiceLimits.name) problems.push('my-name-too-long');
  if (draft.practitionerName.length > practiceLimits.name) problems.push('practitioner-name-too-long');
  if (draft.practiceName.length > practiceLimits.practice) problems.push('practice-name-too-long');
  if (!draft.shareKey) problems.push('share-key-missing');
  if (problems.length) return { ok: false, problems };
  const now = ports.clock.now();
  const fields: ConnectionFields = {
    ...draft,
    myName: draft.myName.trim(),
    goingForward: [],
    connectedAt: now,
    endedAt: null,
    endedBy: null,
    accessLogHead: null,
    seenPractitionerSeq: 0,
  };
  return { ok: true, connection: newVaultObject(ports.ids.newId(), connectionKind, fields, now) };
}
