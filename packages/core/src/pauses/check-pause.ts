import { isUuid } from '../ids/uuid-v7.ts';
import { delayInMinutes, delayUnits, patternResponses, type RecognisedAfter } from '../meetings/meeting.ts';
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
  bodyNeeds,
  breathOutcomes,
  pauseKind,
  pauseLimits,
  pauseNeeds,
  pauseSteps,
  pauseTextFields,
  type Breath,
  type Pause,
  type PauseFields,
  type PauseProblem,
} from './pause.ts';

/** Returns what is wrong with a pause's fields, or an empty list. */
export function checkPause(fields: PauseFields): PauseProblem[] {
  const problems: PauseProblem[] = [];
  if (!isFiniteNumber(fields.startedAt) || fields.startedAt < 0) problems.push('started-invalid');
  if (fields.finishedAt !== null && !isFiniteNumber(fields.finishedAt)) problems.push('finished-invalid');
  problems.push(...checkChoice('step', pauseSteps, fields.steps));
  if (!isBreath(fields.breath)) problems.push('breath-invalid');
  if (![fields.intensity, fields.intensityAfter].every(isIntensity)) problems.push('intensity-invalid');
  for (const field of pauseTextFields) {
    const limit = field === 'whoElse' ? pauseLimits.whoElse : pauseLimits.text;
    if (fields[field].length > limit) problems.push(`${field}-too-long`);
  }
  problems.push(...checkLinks(fields));
  problems.push(...checkChoice('body-need', bodyNeeds, fields.bodyNeeds));
  problems.push(...checkChoice('need', pauseNeeds, fields.needs));
  if (fields.response !== null && !isOneOf(patternResponses, fields.response))
    problems.push('response-unknown');
  problems.push(...checkNoticedAfter(fields));
  if (!isOptionalId(fields.patternId)) problems.push('pattern-invalid');
  return problems;
}

function isIntensity(value: number | null): boolean {
  const { min, max } = pauseLimits.intensity;
  return value === null || (Number.isInteger(value) && value >= min && value <= max);
}

function isBreath(breath: Breath | null): boolean {
  if (breath === null) return true;
  const { min, max } = pauseLimits.breathSeconds;
  const isSeconds = (s: number) => isFiniteNumber(s) && s >= min && s <= max;
  return (
    isOneOf(breathOutcomes, breath.outcome) && isSeconds(breath.inSeconds) && isSeconds(breath.outSeconds)
  );
}

/** A choice from one of the product's lists: only its words, each at most once. */
function checkChoice<N extends 'step' | 'body-need' | 'need'>(
  name: N,
  allowed: readonly string[],
  chosen: readonly string[],
): (`${N}-unknown` | `${N}-repeated`)[] {
  const problems: (`${N}-unknown` | `${N}-repeated`)[] = [];
  if (!chosen.every((c) => allowed.includes(c))) problems.push(`${name}-unknown`);
  if (hasRepeats(chosen)) problems.push(`${name}-repeated`);
  return problems;
}

function checkLinks(fields: PauseFields): PauseProblem[] {
  const problems: PauseProblem[] = [];
  const helped = fields.optionsHelped ?? [];
  const lists = [fields.partIds, fields.relationshipIds, fields.optionsShown, helped];
  if (lists.some((ids) => ids.length > pauseLimits.links)) problems.push('too-many-links');
  const isIdList = (ids: readonly string[]) => ids.every(isUuid) && !hasRepeats(ids);
  if (!isIdList(fields.partIds)) problems.push('part-invalid');
  if (!isIdList(fields.relationshipIds)) problems.push('relationship-invalid');
  if (!isIdList(fields.optionsShown) || !isIdList(helped)) problems.push('resource-invalid');
  return problems;
}

function checkNoticedAfter(fields: PauseFields): PauseProblem[] {
  const delay = fields.noticedAfter;
  if (delay === null) return [];
  const problems: PauseProblem[] = [];
  if (!isDelay(delay)) problems.push('delay-invalid');
  if (fields.response !== 'noticed-afterwards') problems.push('delay-without-noticing');
  return problems;
}

function isDelay(delay: RecognisedAfter): boolean {
  return (
    isFiniteNumber(delay.amount) &&
    delay.amount >= 0 &&
    isOneOf(delayUnits, delay.unit) &&
    delayInMinutes(delay) <= pauseLimits.delayMinutes
  );
}

const isNullableNumber = (value: unknown): boolean => value === null || isFiniteNumber(value);

const isBreathShape = (value: unknown): boolean =>
  value === null ||
  (isRecord(value) &&
    isString(value['outcome']) &&
    isFiniteNumber(value['inSeconds']) &&
    isFiniteNumber(value['outSeconds']));

const isDelayShape = (value: unknown): boolean =>
  value === null || (isRecord(value) && isFiniteNumber(value['amount']) && isString(value['unit']));

const listFields = ['steps', 'partIds', 'relationshipIds', 'bodyNeeds', 'needs', 'optionsShown'] as const;

/** Whether an object read back from the vault has the shape of a pause (values are checkPause's job). */
export function isPause(object: VaultObject): object is Pause {
  const f = object.fields;
  return (
    object.kind === pauseKind &&
    isFiniteNumber(f['startedAt']) &&
    isNullableNumber(f['finishedAt']) &&
    pauseTextFields.every((field) => isString(f[field])) &&
    listFields.every((field) => isStringArray(f[field])) &&
    (f['optionsHelped'] === undefined || isStringArray(f['optionsHelped'])) &&
    isBreathShape(f['breath']) &&
    isNullableNumber(f['intensity']) &&
    isNullableNumber(f['intensityAfter']) &&
    isNullableString(f['response']) &&
    isDelayShape(f['noticedAfter']) &&
    isNullableString(f['patternId'])
  );
}
