import { stances, type DelayUnit, type Presence, type Stance } from '@tend/core';

type StanceWords = readonly [string, string, string, string, string];

/** Words for each stance, given in the domain's order (its keys are the domain's, not the screens'). */
function byStance(words: StanceWords): Record<Stance, string> {
  return Object.fromEntries(stances.map((stance, i) => [stance, words[i] ?? stance])) as Record<
    Stance,
    string
  >;
}

/**
 * How I related to the part, as the person would say it about what happened. The domain's
 * "tried-to-fix" is worded as trying to change it or make it go away, the same meaning the story
 * summary uses, so the screens never frame a part as something to repair or remove.
 */
export const stanceWords = byStance([
  'I stayed with it with compassion',
  'I abandoned it',
  'I exiled it (pushed it away)',
  'I tried to change it or make it go away',
  'It ran the show',
]);

/** Short forms for lists and the chart legend. */
export const stanceShortWords = byStance([
  'Stayed with compassion',
  'Abandoned',
  'Pushed away',
  'Tried to change it',
  'It ran the show',
]);

export const presenceWords: Record<Presence, string> = {
  present: 'Present',
  'in-and-out': 'In and out',
  dissociated: 'Dissociated',
};

export const delayUnitWords: Record<DelayUnit, string> = {
  minutes: 'Minutes',
  hours: 'Hours',
  days: 'Days',
};
