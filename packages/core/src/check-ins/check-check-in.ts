import { isUuid } from '../ids/uuid-v7.ts';
import { isFiniteNumber, isNullableString, isOneOf, isString } from '../parts/field-guards.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import {
  abandonedMyselfAnswers,
  afterwardsScale,
  checkInKind,
  checkInLimits,
  checkInQualities,
  feltScale,
  heldBoundaryAnswers,
  type CheckInProblem,
  type RelationalCheckIn,
  type RelationalCheckInFields,
} from './check-in.ts';

const isAnswer = <T extends string>(values: readonly T[], value: T | null): boolean =>
  value === null || isOneOf(values, value);

function isAfterwards(value: number | null): boolean {
  if (value === null) return true;
  return Number.isInteger(value) && value >= afterwardsScale.depleted && value <= afterwardsScale.nourished;
}

/** Returns what is wrong with a check-in's fields, or an empty list. */
export function checkCheckIn(fields: RelationalCheckInFields): CheckInProblem[] {
  const problems: CheckInProblem[] = [];
  if (!isString(fields.relationshipId) || !isUuid(fields.relationshipId))
    problems.push('relationship-invalid');
  if (!isFiniteNumber(fields.at) || fields.at < 0) problems.push('at-invalid');
  for (const quality of checkInQualities) {
    if (!isAnswer(feltScale, fields[quality])) problems.push(`${quality}-unknown`);
  }
  if (!isAnswer(abandonedMyselfAnswers, fields.abandonedMyself)) problems.push('abandoned-myself-unknown');
  if (!isAnswer(heldBoundaryAnswers, fields.heldBoundary)) problems.push('held-boundary-unknown');
  if (!isAfterwards(fields.afterwards)) problems.push('afterwards-invalid');
  if (fields.note.length > checkInLimits.note) problems.push('note-too-long');
  return problems;
}

/** Whether an object read back from the vault has the shape of a check-in (values are checkCheckIn's job). */
export function isCheckIn(object: VaultObject): object is RelationalCheckIn {
  const f = object.fields;
  return (
    object.kind === checkInKind &&
    isString(f['relationshipId']) &&
    isFiniteNumber(f['at']) &&
    checkInQualities.every((quality) => isNullableString(f[quality])) &&
    isNullableString(f['abandonedMyself']) &&
    isNullableString(f['heldBoundary']) &&
    (f['afterwards'] === null || isFiniteNumber(f['afterwards'])) &&
    isString(f['note'])
  );
}
