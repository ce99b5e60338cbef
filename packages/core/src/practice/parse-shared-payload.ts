import { isUuid } from '../ids/uuid-v7.ts';
import { isCalendarDate } from '../journal/journal-entry.ts';
import { practiceLimits, shareableKinds, type SharedDocument, type ShareableKind } from './practice.ts';
import type { SharedPayload } from './shared-payload.ts';

/**
 * Checks what a shared record held once opened, before either side trusts it: every field of the
 * right type and within practiceLimits, no other fields. Returns a fresh copy, or null.
 */
export function parseSharedPayload(value: unknown): SharedPayload | null {
  if (!isRecord(value)) return null;
  switch (value['type']) {
    case 'item':
      return parseItem(value);
    case 'session-list':
      return parseSessionList(value);
    case 'reply':
      return parseReply(value);
    case 'reflection':
      return parseReflection(value);
    case 'suggestion':
      return parseSuggestion(value);
    case 'session-mark':
      return parseSessionMark(value);
    default:
      return null;
  }
}

/** A shared document as rendered by shareDocument (also the snapshot a shared item keeps). */
export function parseSharedDocument(value: unknown): SharedDocument | null {
  if (!isRecord(value) || !hasOnly(value, ['kind', 'title', 'when', 'sections'])) return null;
  const { kind, title, when, sections } = value;
  if (!isShareableKind(kind) || !isText(title, practiceLimits.title)) return null;
  if (when !== null && !isTime(when)) return null;
  if (!Array.isArray(sections) || sections.length > practiceLimits.sections) return null;
  const parsed: { label: string; text: string }[] = [];
  for (const section of sections) {
    if (!isRecord(section) || !hasOnly(section, ['label', 'text'])) return null;
    const { label, text } = section;
    if (!isText(label, practiceLimits.sectionLabel) || label === '') return null;
    if (!isText(text, practiceLimits.sectionText)) return null;
    parsed.push({ label, text });
  }
  return { kind, title, when, sections: parsed };
}

function parseItem(value: Record<string, unknown>): SharedPayload | null {
  if (!hasOnly(value, ['type', 'document', 'mode', 'sharedAt', 'updatedAt'])) return null;
  const document = parseSharedDocument(value['document']);
  const { mode, sharedAt, updatedAt } = value;
  if (!document || (mode !== 'snapshot' && mode !== 'live')) return null;
  if (!isTime(sharedAt) || !isTime(updatedAt)) return null;
  return { type: 'item', document, mode, sharedAt, updatedAt };
}

function parseSessionList(value: Record<string, unknown>): SharedPayload | null {
  if (!hasOnly(value, ['type', 'entries', 'forDate', 'updatedAt'])) return null;
  const { entries, forDate, updatedAt } = value;
  if (!Array.isArray(entries) || entries.length > practiceLimits.sessionEntries) return null;
  if (forDate !== null && (typeof forDate !== 'string' || !isCalendarDate(forDate))) return null;
  if (!isTime(updatedAt)) return null;
  const parsed: { itemId: string | null; text: string }[] = [];
  for (const entry of entries) {
    if (!isRecord(entry) || !hasOnly(entry, ['itemId', 'text'])) return null;
    const { itemId, text } = entry;
    if (!isIdOrNull(itemId) || !isText(text, practiceLimits.sessionText)) return null;
    parsed.push({ itemId, text });
  }
  return { type: 'session-list', entries: parsed, forDate, updatedAt };
}

function parseReply(value: Record<string, unknown>): SharedPayload | null {
  if (!hasOnly(value, ['type', 'toId', 'text', 'decision', 'updatedAt'])) return null;
  const { toId, text, decision, updatedAt } = value;
  if (typeof toId !== 'string' || !isUuid(toId) || !isText(text, practiceLimits.reply)) return null;
  if (decision !== null && decision !== 'accepted' && decision !== 'left') return null;
  if (!isTime(updatedAt)) return null;
  return { type: 'reply', toId, text, decision, updatedAt };
}

function parseReflection(value: Record<string, unknown>): SharedPayload | null {
  if (!hasOnly(value, ['type', 'onItemId', 'text', 'writtenAt'])) return null;
  const { onItemId, text, writtenAt } = value;
  if (!isIdOrNull(onItemId) || !isText(text, practiceLimits.reflection) || !isTime(writtenAt)) return null;
  return { type: 'reflection', onItemId, text, writtenAt };
}

function parseSuggestion(value: Record<string, unknown>): SharedPayload | null {
  if (!hasOnly(value, ['type', 'practice', 'note', 'onItemId', 'writtenAt'])) return null;
  const { practice, note, onItemId, writtenAt } = value;
  if (!isText(practice, practiceLimits.suggestedPractice) || practice.trim() === '') return null;
  if (!isText(note, practiceLimits.suggestionNote)) return null;
  if (!isIdOrNull(onItemId) || !isTime(writtenAt)) return null;
  return { type: 'suggestion', practice, note, onItemId, writtenAt };
}

function parseSessionMark(value: Record<string, unknown>): SharedPayload | null {
  if (!hasOnly(value, ['type', 'entry', 'markedAt'])) return null;
  const { entry, markedAt } = value;
  if (!isRecord(entry) || !hasOnly(entry, ['itemId', 'text']) || !isTime(markedAt)) return null;
  const { itemId, text } = entry;
  if (!isIdOrNull(itemId) || !isText(text, practiceLimits.sessionText)) return null;
  return { type: 'session-mark', entry: { itemId, text }, markedAt };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const hasOnly = (value: Record<string, unknown>, keys: readonly string[]): boolean =>
  Object.keys(value).length === keys.length && keys.every((key) => Object.hasOwn(value, key));

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

const isIdOrNull = (v: unknown): v is string | null => v === null || (typeof v === 'string' && isUuid(v));

const isShareableKind = (v: unknown): v is ShareableKind =>
  typeof v === 'string' && (shareableKinds as readonly string[]).includes(v);
