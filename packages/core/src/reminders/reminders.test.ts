import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { testPorts } from '../parts/test-factories.ts';
import { dueReminder, type LocalMoment } from './due-reminder.ts';
import { reminderIcs } from './reminder-ics.ts';
import type { Reminder, ReminderFields } from './reminder.ts';
import { editReminder, setReminder } from './set-reminder.ts';

const ports = testPorts();
function reminder(fields: Partial<ReminderFields> = {}): Reminder {
  const result = setReminder(
    ports,
    { words: 'Water, and a breath', days: ['WE', 'MO'], time: '09:30', isInApp: true, ...fields },
    0,
  );
  if (!result.ok) throw new Error(result.problems.join());
  return result.reminder;
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no event');
  return { calendar, event };
}

describe('a reminder', () => {
  it('keeps the person’s words and days in order, and stays few', () => {
    expect(reminder().fields).toEqual({
      words: 'Water, and a breath',
      days: ['MO', 'WE'],
      time: '09:30',
      isInApp: true,
    });
    const fields = { words: '  ', days: [], time: '9:3', isInApp: false };
    expect(setReminder(ports, fields, 5)).toEqual({
      ok: false,
      problems: ['words-missing', 'days-missing', 'time-invalid', 'too-many'],
    });
    const edited = editReminder(ports, reminder(), { days: ['SU', 'SA'] });
    expect(edited.ok && edited.reminder.fields.days).toEqual(['SA', 'SU']);
  });
});

describe('the calendar file', () => {
  it('parses as a weekly event on the chosen days at the chosen local time, with an alarm', () => {
    const one = reminder();
    const { calendar, event } = parse(reminderIcs(one, '2026-12-07', Date.UTC(2026, 11, 7, 8)));
    const vevent = new ICAL.Event(event);
    expect(vevent.summary).toBe('Water, and a breath');
    expect(vevent.uid).toBe(`${one.id}@tend.invalid`);
    const rule = event.getFirstPropertyValue('rrule');
    expect(rule instanceof ICAL.Recur && rule.freq).toBe('WEEKLY');
    expect(rule instanceof ICAL.Recur && rule.getComponent('byday')).toEqual(['MO', 'WE']);
    // Floating time: 09:30 wherever the phone is, in every time zone.
    expect(vevent.startDate.zone?.tzid).toBe('floating');
    expect(event.getFirstProperty('dtstart')?.getParameter('tzid')).toBeUndefined();
    const iterator = vevent.iterator();
    const next = [iterator.next(), iterator.next(), iterator.next()].map((t) => t?.toString());
    expect(next).toEqual(['2026-12-07T09:30:00', '2026-12-09T09:30:00', '2026-12-14T09:30:00']);
    const alarm = event.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Tend//Reminders//EN');
  });

  it('holds only the person’s words: no organiser, attendee, place or link, nothing else to read', () => {
    const { event } = parse(reminderIcs(reminder(), '2026-12-07', 0));
    const textProperties = event
      .getAllProperties()
      .filter((p) =>
        ['summary', 'description', 'location', 'comment', 'url', 'organizer', 'attendee'].includes(p.name),
      );
    expect(textProperties.map((p) => [p.name, p.getFirstValue()])).toEqual([
      ['summary', 'Water, and a breath'],
    ]);
    const alarmTexts = event.getFirstSubcomponent('valarm')?.getAllProperties('description') ?? [];
    expect(alarmTexts.map((p) => p.getFirstValue())).toEqual(['Water, and a breath']);
  });

  it('brings back any words exactly: commas, semicolons, backslashes, line breaks, other scripts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), (words) => {
        fc.pre(words.trim().length > 0);
        const result = setReminder(ports, { words, days: ['FR'], time: '18:00', isInApp: false }, 0);
        if (!result.ok) return;
        const ics = reminderIcs(result.reminder, '2026-12-11', 0);
        for (const line of ics.split('\r\n'))
          expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        expect(new ICAL.Event(parse(ics).event).summary).toBe(
          result.reminder.fields.words.replace(/\r\n?/g, '\n'),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('when a reminder is due in the app', () => {
  const at = (day: number, hh: number, mm: number): LocalMoment => ({ day, minutes: hh * 60 + mm });
  const monday = 1;
  it.each([
    [at(monday, 9, 30), true],
    [at(monday, 9, 59), true],
    [at(monday, 10, 0), false],
    [at(monday, 9, 29), false],
    [at(2, 9, 35), false],
    [at(3, 9, 45), true],
  ])('at %o: %s', (now, isDue) => {
    expect(dueReminder([reminder()], now) !== null).toBe(isDue);
  });

  it('is never due when kept to the calendar only, and crosses midnight', () => {
    expect(dueReminder([reminder({ isInApp: false })], at(monday, 9, 31))).toBeNull();
    const late = reminder({ time: '23:50', days: ['SU'] });
    expect(dueReminder([late], at(monday, 0, 10))).toBe(late);
    expect(dueReminder([late], at(monday, 0, 20))).toBeNull();
  });
});
