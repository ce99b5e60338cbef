import type { DelayUnit, PatternResponse, Presence, Stance } from './meeting.ts';

/*
 * The words for a meeting's choices, in one place: the screens show them and a shared meeting is
 * rendered in them, so the practitioner reads what the client saw.
 */

/**
 * How I related to the part, as the person would say it about what happened. The domain's
 * "tried-to-fix" is worded as trying to change it or make it go away, the same meaning the story
 * summary uses, so the screens never frame a part as something to repair or remove.
 */
export const stanceWords = {
  'stayed-with-compassion': 'I stayed with it with compassion',
  abandoned: 'I abandoned it',
  exiled: 'I exiled it (pushed it away)',
  'tried-to-fix': 'I tried to change it or make it go away',
  'ran-the-show': 'It ran the show',
} as const satisfies Record<Stance, string>;

/** Short forms for lists and the chart legend. */
export const stanceShortWords = {
  'stayed-with-compassion': 'Stayed with compassion',
  abandoned: 'Abandoned',
  exiled: 'Pushed away',
  'tried-to-fix': 'Tried to change it',
  'ran-the-show': 'It ran the show',
} as const satisfies Record<Stance, string>;

export const presenceWords = {
  present: 'Present',
  'in-and-out': 'In and out',
  dissociated: 'Dissociated',
} as const satisfies Record<Presence, string>;

/** The unit as a choice: "Minutes". */
export const delayUnitWords = {
  minutes: 'Minutes',
  hours: 'Hours',
  days: 'Days',
} as const satisfies Record<DelayUnit, string>;

/** The unit after a number, one and many: "1 minute", "3 minutes". */
export const delayUnitCountWords = {
  minutes: ['minute', 'minutes'],
  hours: ['hour', 'hours'],
  days: ['day', 'days'],
} as const satisfies Record<DelayUnit, readonly [string, string]>;

export const responseWords = {
  old: 'The old response',
  new: 'The new response I am practising',
  'noticed-afterwards': 'I noticed the old one afterwards',
} as const satisfies Record<PatternResponse, string>;
