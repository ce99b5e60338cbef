import { keepNoticedSelfTalk, noticeText, type VaultObject } from '@tend/core';
import { noticeFieldWith, type FieldNoticing } from './field-noticings.ts';

/*
 * The noticing engine's rules and word lists, in a chunk of their own: the first screen (welcome, the
 * door) needs none of them, so they load when a field is first watched (see NoticingProvider) or a piece
 * of writing is saved with gentle noticing on (see NoticedSaving).
 */
export function noticeField(field: string, text: string): FieldNoticing[] {
  return noticeFieldWith(noticeText, field, text);
}

/** A piece of writing as saved with gentle noticing on: with the kinds of self-talk in it, never its words. */
export function withNoticedSelfTalk(object: VaultObject, now: number): VaultObject {
  return keepNoticedSelfTalk(object, noticeText, now);
}
