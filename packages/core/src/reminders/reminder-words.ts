import type { ReminderProblem, Weekday } from './reminder.ts';

/** Words for reminders; they never speak of days gone by, only of the days a person chose. */
export const reminderWords = {
  day: { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' } satisfies Record<
    Weekday,
    string
  >,
  problem: {
    'words-missing': 'Please write the words you would like to see.',
    'words-too-long': 'Please keep the words to 200 characters or fewer.',
    'days-missing': 'Please choose at least one day.',
    'time-invalid': 'Please choose a time.',
    'too-many': 'Five reminders is the most Tend keeps, so they stay gentle. You can change or delete one.',
  } satisfies Record<ReminderProblem, string>,
} as const;
