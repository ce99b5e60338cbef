import type { VaultObject } from '../vault/vault-object.ts';

export const reminderKind = 'reminder';

/** Days as iCalendar writes them, Monday first. */
export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof weekdays)[number];

export type ReminderFields = {
  /** The person's own words; Tend adds none of its own. */
  readonly words: string;
  readonly days: readonly Weekday[];
  /** HH:MM on the device's own clock, wherever it is. */
  readonly time: string;
  /** Whether Tend shows a quiet note on home at that time while it is open. */
  readonly isInApp: boolean;
};

export type Reminder = VaultObject<ReminderFields>;

/** A few, never many: reminders are an invitation, not a schedule. */
export const reminderLimits = { count: 5, words: 200 } as const;

export type ReminderProblem =
  'words-missing' | 'words-too-long' | 'days-missing' | 'time-invalid' | 'too-many';

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

export function checkReminder(fields: ReminderFields): ReminderProblem[] {
  const problems: ReminderProblem[] = [];
  if (!fields.words.trim()) problems.push('words-missing');
  if (fields.words.length > reminderLimits.words) problems.push('words-too-long');
  if (!fields.days.length || !fields.days.every((d) => weekdays.includes(d))) problems.push('days-missing');
  if (!timePattern.test(fields.time)) problems.push('time-invalid');
  return problems;
}

export function isReminder(object: VaultObject): object is Reminder {
  const f = object.fields;
  return (
    object.kind === reminderKind &&
    typeof f['words'] === 'string' &&
    Array.isArray(f['days']) &&
    typeof f['time'] === 'string' &&
    typeof f['isInApp'] === 'boolean'
  );
}
