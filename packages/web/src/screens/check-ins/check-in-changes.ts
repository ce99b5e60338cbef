import {
  checkInQualities,
  localDate,
  type CheckInAnswers,
  type RelationalCheckIn,
  type RelationalCheckInFields,
} from '@tend/core';

const answerFields = [
  ...checkInQualities,
  'abandonedMyself',
  'heldBoundary',
  'afterwards',
  'note',
] as const satisfies readonly (keyof CheckInAnswers)[];

/** A kept check-in's answers, as the form starts from them. */
export function answersOf(checkIn: RelationalCheckIn): CheckInAnswers {
  const f = checkIn.fields;
  return {
    seen: f.seen,
    validated: f.validated,
    attunedTo: f.attunedTo,
    reciprocity: f.reciprocity,
    safeAndRespected: f.safeAndRespected,
    couldBeMyself: f.couldBeMyself,
    abandonedMyself: f.abandonedMyself,
    heldBoundary: f.heldBoundary,
    afterwards: f.afterwards,
    note: f.note,
  };
}

/**
 * The moment of a check-in on the chosen day. A new one for today is now; an earlier day is kept at
 * its midday, so it stays on that calendar day; a kept one keeps its time of day when moved.
 */
export function atOnDay(day: string, fallback: number, keptAt?: number): number {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return keptAt ?? fallback;
  if (keptAt !== undefined && localDate(keptAt) === day) return keptAt;
  if (keptAt === undefined && localDate(fallback) === day) return fallback;
  const moment = keptAt === undefined ? new Date(year, month - 1, date, 12) : new Date(keptAt);
  moment.setFullYear(year, month - 1, date);
  return moment.getTime();
}

/** Only what the person changed, so another device's change to another answer is kept by the merge. */
export function checkInChanges(
  checkIn: RelationalCheckIn,
  answers: CheckInAnswers,
  day: string,
): Partial<RelationalCheckInFields> {
  const kept = answersOf(checkIn);
  const changed: Changes = {};
  for (const field of answerFields) if (answers[field] !== kept[field]) put(changed, field, answers[field]);
  const at = atOnDay(day, checkIn.fields.at, checkIn.fields.at);
  if (at !== checkIn.fields.at) changed.at = at;
  return changed;
}

type Changes = { -readonly [K in keyof RelationalCheckInFields]?: RelationalCheckInFields[K] };

function put<K extends keyof CheckInAnswers>(changes: Changes, field: K, value: CheckInAnswers[K]): void {
  changes[field] = value;
}
