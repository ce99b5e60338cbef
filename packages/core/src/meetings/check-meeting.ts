import { isUuid } from '../ids/uuid-v7.ts';
import {
  hasRepeats,
  isFiniteNumber,
  isNullableString,
  isOneOf,
  isOptionalId,
  isRecord,
  isString,
  isStringArray,
} from '../parts/field-guards.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import {
  delayInMinutes,
  delayUnits,
  meetingKind,
  meetingLimits,
  meetingTextFields,
  patternResponses,
  presences,
  stances,
  type Meeting,
  type MeetingFields,
  type MeetingProblem,
  type Projection,
} from './meeting.ts';

/** Returns what is wrong with a meeting's fields, or an empty list. */
export function checkMeeting(fields: MeetingFields): MeetingProblem[] {
  const problems: MeetingProblem[] = [];
  if (!isFiniteNumber(fields.when) || fields.when < 0) problems.push('when-invalid');
  problems.push(...checkParts(fields.partIds));
  for (const field of meetingTextFields) {
    if (fields[field].length > meetingLimits.text) problems.push(`${field}-too-long`);
  }
  if (!fields.stances.every((s) => isOneOf(stances, s))) problems.push('stance-unknown');
  if (hasRepeats(fields.stances)) problems.push('stance-repeated');
  if (fields.presence !== null && !isOneOf(presences, fields.presence)) problems.push('presence-unknown');
  if (![fields.intensityBefore, fields.intensityAfter].every(isIntensity)) problems.push('intensity-invalid');
  problems.push(...checkProjection(fields.projection));
  if (!isOptionalId(fields.patternId)) problems.push('pattern-invalid');
  if (fields.response !== null && !isOneOf(patternResponses, fields.response))
    problems.push('response-unknown');
  return problems;
}

function checkParts(partIds: readonly string[]): MeetingProblem[] {
  if (!partIds.length) return ['parts-missing'];
  const problems: MeetingProblem[] = [];
  if (partIds.length > meetingLimits.parts) problems.push('too-many-parts');
  if (!partIds.every(isUuid)) problems.push('part-invalid');
  if (hasRepeats(partIds)) problems.push('part-repeated');
  return problems;
}

function isIntensity(value: number | null): boolean {
  const { min, max } = meetingLimits.intensity;
  return value === null || (Number.isInteger(value) && value >= min && value <= max);
}

function checkProjection(projection: Projection | null): MeetingProblem[] {
  if (projection === null) return [];
  const problems: MeetingProblem[] = [];
  if (projection.onWhom.length > meetingLimits.onWhom) problems.push('projection-too-long');
  const delay = projection.recognisedAfter;
  if (delay === null) return problems;
  const isGood =
    isFiniteNumber(delay.amount) &&
    delay.amount >= 0 &&
    isOneOf(delayUnits, delay.unit) &&
    delayInMinutes(delay) <= meetingLimits.delayMinutes;
  if (!isGood) problems.push('delay-invalid');
  return problems;
}

const isNullableNumber = (value: unknown): boolean => value === null || isFiniteNumber(value);

function isProjectionShape(value: unknown): boolean {
  if (value === null) return true;
  if (!isRecord(value) || !isString(value['onWhom'])) return false;
  const delay = value['recognisedAfter'];
  return delay === null || (isRecord(delay) && isFiniteNumber(delay['amount']) && isString(delay['unit']));
}

/** Whether an object read back from the vault has the shape of a meeting (values are checkMeeting's job). */
export function isMeeting(object: VaultObject): object is Meeting {
  const f = object.fields;
  return (
    object.kind === meetingKind &&
    isFiniteNumber(f['when']) &&
    isStringArray(f['partIds']) &&
    meetingTextFields.every((field) => isString(f[field])) &&
    isStringArray(f['stances']) &&
    isNullableString(f['presence']) &&
    isNullableNumber(f['intensityBefore']) &&
    isNullableNumber(f['intensityAfter']) &&
    isProjectionShape(f['projection']) &&
    isNullableString(f['patternId']) &&
    isNullableString(f['response'])
  );
}
