import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { localDate, sessionKinds, type SessionChoice } from '@tend/core';

const day = 24 * 60 * 60 * 1000;

/** The last four weeks of everything that happens at a time, plus the item the page was opened from. */
export function firstChoice(now: number, id: string | null): SessionChoice {
  return {
    from: localDate(now - 27 * day),
    to: localDate(now),
    kinds: sessionKinds,
    ids: id ? [id] : [],
    leftOut: [],
    withLists: true,
  };
}

export const kindWords: Record<(typeof sessionKinds)[number], MessageDescriptor> = {
  meeting: msg`Meetings with parts`,
  pause: msg`Pauses`,
  grief: msg`Grief`,
  'relational-check-in': msg`Check-ins`,
  'journal-entry': msg`Journal entries`,
};

/** Adds or takes away one value of a list, keeping the others in order. */
export function toggled<T>(list: readonly T[], value: T, isOn: boolean): T[] {
  const without = list.filter((v) => v !== value);
  return isOn ? [...without, value] : without;
}

/** session-2026-03-01-to-2026-03-28.md */
export function sessionFileName(choice: SessionChoice, today: string): string {
  const spanName = choice.from || choice.to ? `${choice.from ?? 'start'}-to-${choice.to ?? today}` : today;
  return `for-my-session-${spanName}.md`;
}
