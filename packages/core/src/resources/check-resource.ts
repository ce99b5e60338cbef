import { isFiniteNumber, isOneOf, isString } from '../parts/field-guards.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import {
  resourceKind,
  resourceLimits,
  resourceTextFields,
  resourceTypes,
  type Resource,
  type ResourceFields,
  type ResourceProblem,
} from './resource.ts';

/** Returns what is wrong with a resource's fields, or an empty list. */
export function checkResource(fields: ResourceFields): ResourceProblem[] {
  const problems: ResourceProblem[] = [];
  if (!isOneOf(resourceTypes, fields.type)) problems.push('type-unknown');
  if (!fields.name.trim()) problems.push('name-missing');
  for (const field of resourceTextFields) {
    if (fields[field].length > resourceLimits[field]) problems.push(`${field}-too-long`);
  }
  if (!isFiniteNumber(fields.order)) problems.push('order-invalid');
  return problems;
}

/** Whether an object read back from the vault has the shape of a resource (values are checkResource's job). */
export function isResource(object: VaultObject): object is Resource {
  const f = object.fields;
  return (
    object.kind === resourceKind &&
    isString(f['type']) &&
    resourceTextFields.every((field) => isString(f[field])) &&
    isFiniteNumber(f['order'])
  );
}
