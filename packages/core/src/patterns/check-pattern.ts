import { isString } from '../parts/field-guards.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import {
  patternKind,
  patternLimits,
  patternTextFields,
  type Pattern,
  type PatternFields,
  type PatternProblem,
} from './pattern.ts';

/** Returns what is wrong with a pattern's fields, or an empty list. */
export function checkPattern(fields: PatternFields): PatternProblem[] {
  const problems: PatternProblem[] = [];
  if (patternTextFields.every((field) => !fields[field].trim())) problems.push('pattern-empty');
  for (const field of patternTextFields) {
    if (fields[field].length > patternLimits.text) problems.push(`${field}-too-long`);
  }
  return problems;
}

/** Whether an object read back from the vault has the shape of a pattern (values are checkPattern's job). */
export function isPattern(object: VaultObject): object is Pattern {
  return object.kind === patternKind && patternTextFields.every((field) => isString(object.fields[field]));
}
