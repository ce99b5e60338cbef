import { weekdays, type Reminder } from './reminder.ts';

/** How long after its time a reminder still shows on home, if Tend is opened a little later. */
export const dueForMinutes = 30;

/** A moment on the device's own clock: the weekday and the minute of the day. */
export interface LocalMoment {
  /** 0 for Sunday, as Date.getDay. */
  readonly day: number;
  readonly minutes: number;
}

export const localMomentOf = (ms: number): LocalMoment => {
  const d = new Date(ms);
  return { day: d.getDay(), minutes: d.getHours() * 60 + d.getMinutes() };
};

const dayOfWeek = (day: number) => weekdays[(day + 6) % 7];

/**
 * The in-app reminder to show now, if any: one whose day and time came within the last half hour.
 * This is the one place that says when a reminder is due, for home's note today and for any other
 * way of reminding later (a push from a service worker would ask the same question).
 */
export function dueReminder(reminders: readonly Reminder[], now: LocalMoment): Reminder | null {
  for (const reminder of reminders) {
    if (!reminder.fields.isInApp) continue;
    const [hours = 0, minutes = 0] = reminder.fields.time.split(':').map(Number);
    const start = hours * 60 + minutes;
    // A 23:50 reminder is still due at 00:10 the next day: look at today and at yesterday.
    const today = dayOfWeek(now.day);
    const yesterday = dayOfWeek(now.day + 6);
    const since = now.minutes - start;
    if (today && reminder.fields.days.includes(today) && since >= 0 && since < dueForMinutes) return reminder;
    if (yesterday && reminder.fields.days.includes(yesterday) && since + 1440 < dueForMinutes)
      return reminder;
  }
  return null;
}
