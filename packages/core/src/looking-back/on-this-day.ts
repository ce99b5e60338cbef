import { griefAdditions, type Grief } from '../grief/grief.ts';
import { griefSubjectWords } from '../grief/grief-words.ts';
import { localDate, type JournalEntry } from '../journal/journal-entry.ts';
import { meetingExcerpt } from '../meetings/meeting-excerpt.ts';
import type { Meeting } from '../meetings/meeting.ts';

export type OnThisDayItem = {
  readonly kind: 'journal' | 'meeting' | 'grief';
  readonly id: string;
  /** Whole years between that day and today: 1 for "a year ago today". */
  readonly yearsAgo: number;
  /** The person's own words, short; a grief gives its title. */
  readonly words: string;
};

export type OnThisDayInput = {
  readonly entries: readonly JournalEntry[];
  readonly meetings: readonly Meeting[];
  readonly griefs: readonly Grief[];
};

const kindOrder: readonly OnThisDayItem['kind'][] = ['journal', 'meeting', 'grief'];

const excerpt = (text: string, length = 140): string => {
  const plain = text.trim().replace(/\s+/gu, ' ');
  return plain.length <= length ? plain : `${plain.slice(0, length).trimEnd()}…`;
};

/** The years ago `day` is from `today`, when it is the same month and day of an earlier year; else null. */
function yearsBefore(day: string, today: string): number | null {
  if (day.slice(5) !== today.slice(5)) return null;
  const years = Number(today.slice(0, 4)) - Number(day.slice(0, 4));
  return years >= 1 ? years : null;
}

/**
 * What the person wrote on this day in earlier years, journal entries, meetings and griefs begun, for
 * the gentle "a year ago today" on home. Items the person hid are never shown; deleted ones are gone.
 * Pure: `today` and `dayOf` (the calendar day of a moment, local by default) come from the caller.
 */
export function onThisDay(
  input: OnThisDayInput,
  today: string,
  hidden: ReadonlySet<string>,
  dayOf: (ms: number) => string = localDate,
): OnThisDayItem[] {
  const items: OnThisDayItem[] = [];
  const add = (kind: OnThisDayItem['kind'], id: string, day: string, words: string) => {
    const yearsAgo = yearsBefore(day, today);
    if (yearsAgo !== null && !hidden.has(id) && words) items.push({ kind, id, yearsAgo, words });
  };
  for (const entry of input.entries)
    add('journal', entry.id, entry.fields.date, excerpt(entry.fields.title || entry.fields.body));
  for (const meeting of input.meetings)
    add('meeting', meeting.id, dayOf(meeting.fields.when), meetingExcerpt(meeting, 140));
  for (const grief of input.griefs) {
    const first = griefAdditions(grief)[0]?.text ?? '';
    const title = grief.fields.title.trim() || griefSubjectWords[grief.fields.what];
    add('grief', grief.id, dayOf(grief.createdAt), excerpt(first ? `${title}: ${first}` : title));
  }
  return items.sort(
    (a, b) =>
      a.yearsAgo - b.yearsAgo ||
      kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
