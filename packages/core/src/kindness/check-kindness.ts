import { isFiniteNumber, isOneOf, isString } from '../parts/field-guards.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import {
  kindnessKind,
  kindnessLimits,
  kindnessWhats,
  type KindnessFields,
  type KindnessMoment,
  type KindnessProblem,
} from './kindness-moment.ts';

/** Returns what is wrong with a kindness moment's fields, or an empty list. */
export function checkKindnessMoment(fields: KindnessFields): KindnessProblem[] {
  const problems: KindnessProblem[] = [];
  if (!isFiniteNumber(fields.at) || fields.at < 0) problems.push('at-invalid');
  if (!isOneOf(kindnessWhats, fields.what)) problems.push('what-unknown');
  if (fields.what === 'own-words' && !fields.words.trim()) problems.push('words-missing');
  if (fields.words.length > kindnessLimits.words) problems.push('words-too-long');
  return problems;
}

/** Whether an object read back from the vault has the shape of a kindness moment. */
export function isKindnessMoment(object: VaultObject): object is KindnessMoment {
  const f = object.fields;
  return (
    object.kind === kindnessKind && isFiniteNumber(f['at']) && isString(f['what']) && isString(f['words'])
  );
}
