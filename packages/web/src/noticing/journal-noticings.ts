import { noticeText, type Noticing } from '@tend/core';

export type NoticedField = 'title' | 'body';

/** One noticing in a journal entry's words, with the field it came from. */
export interface FieldNoticing extends Noticing {
  readonly field: NoticedField;
  /** Stable while the person keeps typing elsewhere: the field, the pattern and the words. */
  readonly key: string;
}

/** A crisis passage the person set aside with "Not now". */
export interface SetAsideCrisis {
  readonly field: NoticedField;
  readonly start: number;
  readonly passage: string;
}

export interface JournalNoticings {
  /** Self-talk the person may like to look at gently; crisis sentences never appear here. */
  readonly gentle: readonly FieldNoticing[];
  readonly crisis: readonly FieldNoticing[];
}

function noticeField(field: NoticedField, text: string): FieldNoticing[] {
  return noticeText(text).map((noticing) => ({
    ...noticing,
    field,
    key: `${field}:${noticing.pattern}:${noticing.passage.trim()}`,
  }));
}

/** Everything Tend notices in an entry's title and body, crisis language apart. Runs on the device. */
export function noticeJournal(title: string, body: string): JournalNoticings {
  const all = [...noticeField('title', title), ...noticeField('body', body)];
  return {
    gentle: all.filter((n) => n.pattern !== 'crisis'),
    crisis: all.filter((n) => n.pattern === 'crisis'),
  };
}

/** A sentence without its closing punctuation, which comes and goes as the person types on. */
const bare = (passage: string) => passage.trim().replace(/[.!?…\s]+$/u, '');

/**
 * The same sentence, still being typed, stays set aside: it begins at the same place and one reading
 * of it begins the other. A different sentence (new crisis language) brings the offer back.
 */
function isSameSentence(noticing: FieldNoticing, aside: SetAsideCrisis): boolean {
  if (noticing.field !== aside.field || noticing.start !== aside.start) return false;
  const now = bare(noticing.passage);
  const then = bare(aside.passage);
  return now.startsWith(then) || then.startsWith(now);
}

/** Whether the calm offer of Support now should show: some crisis sentence was not set aside. */
export function isCrisisOfferDue(
  crisis: readonly FieldNoticing[],
  setAside: readonly SetAsideCrisis[],
): boolean {
  return crisis.some((noticing) => !setAside.some((aside) => isSameSentence(noticing, aside)));
}

export function setAsideOf(crisis: readonly FieldNoticing[]): SetAsideCrisis[] {
  return crisis.map(({ field, start, passage }) => ({ field, start, passage }));
}

/** The passage as it is shown in the list: the person's words, trimmed, shortened only if long. */
export function quotePassage(passage: string, max = 120): string {
  const words = passage.trim().replace(/\s+/g, ' ');
  return words.length > max ? `${words.slice(0, max).trimEnd()}…` : words;
}
