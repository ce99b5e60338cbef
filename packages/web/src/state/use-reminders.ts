import { isReminder, reminderKind, type Reminder } from '@tend/core';
import { useVaultObjects } from './use-vault-objects.ts';

const oldestFirst = (a: Reminder, b: Reminder): number => a.createdAt - b.createdAt;

/** The person's reminders, in the order they were made. */
export function useReminders(): readonly Reminder[] {
  return useVaultObjects(reminderKind, isReminder, oldestFirst);
}
