import type { AbandonedMyself, CheckInQuality, Felt, HeldBoundary, RelationalCheckIn } from './check-in.ts';

/** The words for a check-in's questions and answers, shown on the screens and in a shared check-in alike. */
export const qualityWords = {
  seen: 'Did I feel seen?',
  validated: 'Did I feel validated?',
  attunedTo: 'Did I feel attuned to?',
  reciprocity: 'Was there reciprocity?',
  safeAndRespected: 'Did I feel safe and respected?',
  couldBeMyself: 'Could I be myself?',
} as const satisfies Record<CheckInQuality, string>;

/** Short forms for lists and charts. */
export const qualityShortWords = {
  seen: 'seen',
  validated: 'validated',
  attunedTo: 'attuned to',
  reciprocity: 'reciprocity',
  safeAndRespected: 'safe and respected',
  couldBeMyself: 'could be myself',
} as const satisfies Record<CheckInQuality, string>;

export const feltWords = {
  'not-at-all': 'Not at all',
  'a-little': 'A little',
  mostly: 'Mostly',
  fully: 'Fully',
} as const satisfies Record<Felt, string>;

export const abandonedWords = {
  yes: 'Yes',
  no: 'No',
  'not-sure': 'Not sure',
} as const satisfies Record<AbandonedMyself, string>;

export const heldBoundaryWords = {
  yes: 'Yes',
  no: 'No',
  'did-not-need-to': 'Did not need to',
} as const satisfies Record<HeldBoundary, string>;

/** The afterwards scale, depleted (-2) to nourished (+2), as words; keys are the numbers as text. */
export const afterwardsOptions = ['-2', '-1', '0', '1', '2'] as const;
export type AfterwardsOption = (typeof afterwardsOptions)[number];
export const afterwardsWords = {
  '-2': 'Depleted',
  '-1': 'A little depleted',
  '0': 'In between',
  '1': 'A little nourished',
  '2': 'Nourished',
} as const satisfies Record<AfterwardsOption, string>;

export const afterwardsOption = (value: number | null): AfterwardsOption | null =>
  afterwardsOptions.find((o) => Number(o) === value) ?? null;

/** A short line of what was noted, for the list of check-ins; the note itself stays on its own line. */
export function checkInFacts(checkIn: RelationalCheckIn): string {
  const f = checkIn.fields;
  const afterwards = afterwardsOption(f.afterwards);
  const facts = [
    afterwards ? afterwardsWords[afterwards] : '',
    f.heldBoundary === 'yes' ? 'held a boundary' : '',
    f.abandonedMyself === 'yes' ? 'abandoned myself to keep the peace' : '',
  ].filter(Boolean);
  return facts.length ? facts.join(' · ') : 'Checked in, with nothing more noted';
}
