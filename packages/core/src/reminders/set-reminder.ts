import type { DomainPorts } from '../ports.ts';
import { editVaultObject, newVaultObject } from '../vault/vault-object.ts';
import {
  checkReminder,
  reminderKind,
  reminderLimits,
  weekdays,
  type Reminder,
  type ReminderFields,
  type ReminderProblem,
} from './reminder.ts';

export type ReminderResult = { ok: true; reminder: Reminder } | { ok: false; problems: ReminderProblem[] };

/** Days in the week's order, each once. */
const inOrder = (days: ReminderFields['days']) => weekdays.filter((d) => days.includes(d));

/** A new reminder in the person's words; refused past a few, so reminders stay few. */
export function setReminder(ports: DomainPorts, fields: ReminderFields, existing: number): ReminderResult {
  const tidy = { ...fields, words: fields.words.trim(), days: inOrder(fields.days) };
  const problems = checkReminder(tidy);
  if (existing >= reminderLimits.count) problems.push('too-many');
  if (problems.length) return { ok: false, problems };
  return { ok: true, reminder: newVaultObject(ports.ids.newId(), reminderKind, tidy, ports.clock.now()) };
}

export function editReminder(
  ports: Pick<DomainPorts, 'clock'>,
  reminder: Reminder,
  changes: Partial<ReminderFields>,
): ReminderResult {
  const tidy = changes.days ? { ...changes, days: inOrder(changes.days) } : changes;
  const edited = editVaultObject(reminder, tidy, ports.clock.now());
  const problems = checkReminder(edited.fields);
  return problems.length ? { ok: false, problems } : { ok: true, reminder: edited };
}
