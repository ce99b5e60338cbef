import { isUuid } from '../ids/uuid-v7.ts';
import { isCalendarDate } from '../journal/journal-entry.ts';
import { isFiniteNumber, isNullableString, isOneOf, isRecord, isString } from '../parts/field-guards.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import { parseSharedDocument } from './parse-shared-payload.ts';
import {
  connectionKind,
  practiceLimits,
  practiceReplyKind,
  sessionListKind,
  shareableKinds,
  sharedItemKind,
  type Connection,
  type PracticeReply,
  type PracticeReplyFields,
  type SessionList,
  type SessionListFields,
  type SharedItem,
} from './practice.ts';

export type SessionListProblem =
  | 'connection-invalid'
  | 'too-many-entries'
  | 'entry-invalid'
  | 'entry-empty'
  | 'entry-too-long'
  | 'entry-repeated'
  | 'date-invalid';

export type PracticeReplyProblem =
  'connection-invalid' | 'to-invalid' | 'text-too-long' | 'decision-unknown' | 'empty';

/** Returns what is wrong with a session list's fields, or an empty list. */
export function checkSessionList(fields: SessionListFields): SessionListProblem[] {
  const problems: SessionListProblem[] = [];
  if (!isUuid(fields.connectionId)) problems.push('connection-invalid');
  if (fields.entries.length > practiceLimits.sessionEntries) problems.push('too-many-entries');
  for (const entry of fields.entries) {
    if (!isUuid(entry.id) || !(entry.sharedItemId === null || isUuid(entry.sharedItemId))) {
      problems.push('entry-invalid');
    }
    if (entry.sharedItemId === null && !entry.text.trim()) problems.push('entry-empty');
    if (entry.text.length > practiceLimits.sessionText) problems.push('entry-too-long');
  }
  if (new Set(fields.entries.map((e) => e.id)).size !== fields.entries.length)
    problems.push('entry-repeated');
  if (fields.forDate !== null && !isCalendarDate(fields.forDate)) problems.push('date-invalid');
  return [...new Set(problems)];
}

/** Returns what is wrong with a reply's fields, or an empty list. A reply needs words or a decision. */
export function checkPracticeReply(fields: PracticeReplyFields): PracticeReplyProblem[] {
  const problems: PracticeReplyProblem[] = [];
  if (!isUuid(fields.connectionId)) problems.push('connection-invalid');
  if (!isUuid(fields.toId)) problems.push('to-invalid');
  if (fields.text.length > practiceLimits.reply) problems.push('text-too-long');
  if (fields.decision !== null && fields.decision !== 'accepted' && fields.decision !== 'left') {
    problems.push('decision-unknown');
  }
  if (!fields.text.trim() && fields.decision === null) problems.push('empty');
  return problems;
}

/** Whether an object read back from the vault has the shape of a connection. */
export function isConnection(object: VaultObject): object is Connection {
  const f = object.fields;
  const head = f['accessLogHead'];
  return (
    object.kind === connectionKind &&
    ['shareId', 'shareKey', 'practitionerId', 'practitionerName', 'practiceName', 'myName'].every((k) =>
      isString(f[k]),
    ) &&
    isString(f['practitionerPublicKey']) &&
    Array.isArray(f['goingForward']) &&
    f['goingForward'].every(
      (g) => isRecord(g) && isOneOf(shareableKinds, g['kind']) && isFiniteNumber(g['since']),
    ) &&
    isFiniteNumber(f['connectedAt']) &&
    (f['endedAt'] === null || isFiniteNumber(f['endedAt'])) &&
    (f['endedBy'] === null || f['endedBy'] === 'me' || f['endedBy'] === 'practitioner') &&
    (head === null || (isRecord(head) && isFiniteNumber(head['seq']) && isString(head['hash']))) &&
    isFiniteNumber(f['seenPractitionerSeq'])
  );
}

/** Whether an object read back from the vault has the shape of a shared item (a snapshot is checked whole). */
export function isSharedItem(object: VaultObject): object is SharedItem {
  const f = object.fields;
  return (
    object.kind === sharedItemKind &&
    isString(f['connectionId']) &&
    isString(f['sourceId']) &&
    isOneOf(shareableKinds, f['sourceKind']) &&
    (f['mode'] === 'snapshot' || f['mode'] === 'live') &&
    (f['snapshot'] === null || parseSharedDocument(f['snapshot']) !== null) &&
    isFiniteNumber(f['sharedAt']) &&
    typeof f['isGoingForward'] === 'boolean' &&
    (f['unsharedAt'] === null || isFiniteNumber(f['unsharedAt']))
  );
}

export function isSessionList(object: VaultObject): object is SessionList {
  const f = object.fields;
  return (
    object.kind === sessionListKind &&
    isString(f['connectionId']) &&
    Array.isArray(f['entries']) &&
    f['entries'].every(
      (e) => isRecord(e) && isString(e['id']) && isNullableString(e['sharedItemId']) && isString(e['text']),
    ) &&
    isNullableString(f['forDate'])
  );
}

export function isPracticeReply(object: VaultObject): object is PracticeReply {
  const f = object.fields;
  return (
    object.kind === practiceReplyKind &&
    isString(f['connectionId']) &&
    isString(f['toId']) &&
    isString(f['text']) &&
    (f['decision'] === null || f['decision'] === 'accepted' || f['decision'] === 'left')
  );
}
