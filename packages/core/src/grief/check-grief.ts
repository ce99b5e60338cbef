import {
  isFiniteNumber,
  isNullableString,
  isOneOf,
  isOptionalId,
  isRecord,
  isString,
} from '../parts/field-guards.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import {
  griefKind,
  griefLimits,
  griefSubjects,
  isAdditionKey,
  type Grief,
  type GriefAddition,
  type GriefFields,
  type GriefProblem,
} from './grief.ts';

/** Returns what is wrong with one addition, or an empty list. */
export function checkGriefAddition(addition: GriefAddition): GriefProblem[] {
  const problems: GriefProblem[] = [];
  if (!addition.text.trim()) problems.push('addition-empty');
  if (addition.text.length > griefLimits.addition) problems.push('addition-too-long');
  if (!isFiniteNumber(addition.at) || addition.at < 0) problems.push('addition-when-invalid');
  return problems;
}

/** Returns what is wrong with a grief's fields, or an empty list. */
export function checkGrief(fields: GriefFields): GriefProblem[] {
  const problems: GriefProblem[] = [];
  if (!isOneOf(griefSubjects, fields.what)) problems.push('what-unknown');
  if (fields.title.length > griefLimits.title) problems.push('title-too-long');
  if (!isOptionalId(fields.partId)) problems.push('part-invalid');
  if (!isOptionalId(fields.relationshipId)) problems.push('relationship-invalid');
  for (const key of Object.keys(fields)) {
    const addition = isAdditionKey(key) ? fields[key] : undefined;
    if (addition) problems.push(...checkGriefAddition(addition));
  }
  return [...new Set(problems)];
}

const isAdditionShape = (value: unknown): boolean =>
  isRecord(value) && isFiniteNumber(value['at']) && isString(value['text']);

/** Whether an object read back from the vault has the shape of a grief (values are checkGrief's job). */
export function isGrief(object: VaultObject): object is Grief {
  const f = object.fields;
  return (
    object.kind === griefKind &&
    isString(f['what']) &&
    isString(f['title']) &&
    isNullableString(f['partId']) &&
    isNullableString(f['relationshipId']) &&
    Object.entries(f).every(([key, value]) => !isAdditionKey(key) || isAdditionShape(value))
  );
}
