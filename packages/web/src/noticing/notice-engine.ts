import { noticeText } from '@tend/core';
import { noticeFieldWith, type FieldNoticing } from './field-noticings.ts';

/**
 * The noticing engine's rules and word lists, in a chunk of their own: the first screen (welcome, the
 * door) needs none of them, so they load when a field is first watched (see NoticingProvider).
 */
export function noticeField(field: string, text: string): FieldNoticing[] {
  return noticeFieldWith(noticeText, field, text);
}
