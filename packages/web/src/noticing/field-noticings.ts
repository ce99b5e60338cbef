import type { Noticing } from '@tend/core';

/** One noticing in a person's words, with the field it came from. */
export interface FieldNoticing extends Noticing {
  /** Names the record and the field, e.g. "journal:new:body" or "pause:<id>:whatHappened". */
  readonly field: string;
  /** Stable while the person keeps typing elsewhere: the field, the pattern and the words. */
  readonly key: string;
}

/** A crisis passage the person set aside with "Not now". */
export interface SetAsideCrisis {
  readonly field: string;
  readonly start: number;
  readonly passage: string;
}

/** The engine's reading of one text (core's noticeText), loaded apart from the first screen. */
export type NoticeText = (text: string) => readonly Noticing[];

/** What noticing a field takes: the engine once it has loaded (see notice-engine.ts). */
export type NoticeField = (field: string, text: string) => FieldNoticing[];

/** Everything the engine notices in one field's words, crisis sentences included. Runs on the device. */
export function noticeFieldWith(noticeText: NoticeText, field: string, text: string): FieldNoticing[] {
  return noticeText(text).map((noticing) => ({
    ...noticing,
    field,
    key: `${field}:${noticing.pattern}:${noticing.passage.trim()}`,
  }));
}

export const isCrisis = (noticing: Noticing): boolean => noticing.pattern === 'crisis';

/** A sentence without its closing punctuation, which comes and goes as the person types on. */
const bare = (passage: string) => passage.trim().replace(/[.!?…\s]+$/u, '');

/**
 * The same sentence, still being typed, stays set aside: it begins at the same place and one reading
 * of it begins the other. A different sentence (new crisis language) brings the offer back.
 */
export function isSetAside(noticing: FieldNoticing, setAside: readonly SetAsideCrisis[]): boolean {
  return setAside.some((aside) => {
    if (noticing.field !== aside.field || noticing.start !== aside.start) return false;
    const now = bare(noticing.passage);
    const then = bare(aside.passage);
    return now.startsWith(then) || then.startsWith(now);
  });
}

export function setAsideOf(crisis: readonly FieldNoticing[]): SetAsideCrisis[] {
  return crisis.map(({ field, start, passage }) => ({ field, start, passage }));
}

/** The passage as it is shown in the list: the person's words, trimmed, shortened only if long. */
export function quotePassage(passage: string, max = 120): string {
  const words = passage.trim().replace(/\s+/g, ' ');
  return words.length > max ? `${words.slice(0, max).trimEnd()}…` : words;
}
