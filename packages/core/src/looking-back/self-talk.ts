import { isGrief } from '../grief/check-grief.ts';
import { griefAdditions, griefKind } from '../grief/grief.ts';
import { checkInKind } from '../check-ins/check-in.ts';
import { journalEntryKind } from '../journal/journal-entry.ts';
import { meetingKind } from '../meetings/meeting.ts';
import { noticingPatterns, type Noticing, type NoticingPattern } from '../noticing/noticing-types.ts';
import { isFiniteNumber, isRecord } from '../parts/field-guards.ts';
import { pauseKind } from '../pauses/pause.ts';
import { editVaultObject, type VaultObject } from '../vault/vault-object.ts';

/** The self-talk gentle noticing can name; crisis language is never kept or counted. */
export type SelfTalkPattern = Exclude<NoticingPattern, 'crisis'>;
export const selfTalkPatterns: readonly SelfTalkPattern[] = noticingPatterns.filter(
  (p): p is SelfTalkPattern => p !== 'crisis',
);

/**
 * Which kinds of self-talk were noticed in a record's words when it was last saved with gentle
 * noticing on, and when. Only the kinds are kept, never a passage, and it lives on the record itself:
 * sealed with it, synced with it, and gone when the record is deleted.
 */
export type NoticedSelfTalk = { readonly at: number; readonly patterns: readonly SelfTalkPattern[] };

export const noticedSelfTalkField = 'noticedSelfTalk';

/** The words of a record that gentle noticing reads as it is written, by kind; null for other kinds. */
export function selfTalkWordsOf(object: VaultObject): string[] | null {
  const f = object.fields;
  const texts = (...names: string[]) => names.map((name) => f[name]).filter((v) => typeof v === 'string');
  switch (object.kind) {
    case journalEntryKind:
      return texts('title', 'body');
    case pauseKind:
      return texts('whatHappened');
    case meetingKind:
      return texts('broughtForward', 'felt', 'needed', 'offered', 'bothTrue');
    case checkInKind:
      return texts('note');
    case griefKind:
      return isGrief(object) ? griefAdditions(object).map((a) => a.text) : [];
    default:
      return null;
  }
}

/** The kinds of self-talk in these noticings, once each, in the product's order; crisis is left out. */
export function selfTalkIn(noticings: readonly Noticing[]): SelfTalkPattern[] {
  const found = new Set<NoticingPattern>(noticings.map((n) => n.pattern));
  return selfTalkPatterns.filter((p) => found.has(p));
}

/** What a record holds about noticed self-talk, read back defensively; null when none was kept. */
export function noticedSelfTalkOf(object: VaultObject): NoticedSelfTalk | null {
  const kept = object.fields[noticedSelfTalkField];
  if (!isRecord(kept) || !isFiniteNumber(kept['at']) || !Array.isArray(kept['patterns'])) return null;
  const listed: readonly unknown[] = kept['patterns'];
  const patterns = selfTalkPatterns.filter((p) => listed.includes(p));
  return patterns.length ? { at: kept['at'], patterns } : null;
}

/**
 * The record as it will be saved with gentle noticing on: the kinds of self-talk in its words now.
 * Unchanged when they are the same as kept (a link added, say), so the moment stays when it was first
 * noticed; cleared when the words no longer hold any.
 */
export function keepNoticedSelfTalk(
  object: VaultObject,
  noticeText: (text: string) => readonly Noticing[],
  now: number,
): VaultObject {
  const words = selfTalkWordsOf(object);
  if (!words) return object;
  const patterns = selfTalkIn(words.flatMap((text) => noticeText(text)));
  const before = noticedSelfTalkOf(object);
  if ((before?.patterns ?? []).join() === patterns.join()) return object;
  const kept = patterns.length ? { at: now, patterns } : null;
  // One more field on the record, merged and stamped like every other.
  return editVaultObject(object, { [noticedSelfTalkField]: kept }, now);
}
