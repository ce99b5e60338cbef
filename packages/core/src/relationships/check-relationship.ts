import { isUuid } from '../ids/uuid-v7.ts';
import { hasRepeats, isFiniteNumber, isOneOf, isRecord, isString } from '../parts/field-guards.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import {
  changeFears,
  isBoundaryKey,
  isPathKey,
  playedRoles,
  relationshipKind,
  relationshipLimits,
  relationshipPaths,
  relationshipTypes,
  type Boundary,
  type FearOfChanging,
  type PathChange,
  type Relationship,
  type RelationshipFields,
  type RelationshipProblem,
  type RoleIPlay,
} from './relationship.ts';

const limits = relationshipLimits;

/** Returns what is wrong with a relationship's fields, or an empty list. */
export function checkRelationship(fields: RelationshipFields): RelationshipProblem[] {
  const problems: RelationshipProblem[] = [];
  if (!fields.name.trim()) problems.push('name-missing');
  if (fields.name.length > limits.name) problems.push('name-too-long');
  if (fields.type !== null && !isOneOf(relationshipTypes, fields.type)) problems.push('type-unknown');
  problems.push(...checkRoles(fields.roles), ...checkFears(fields.fears), ...checkParts(fields.partIds));
  for (const key of Object.keys(fields)) {
    const change = isPathKey(key) ? fields[key] : undefined;
    if (change) problems.push(...checkPathChange(change));
    const boundary = isBoundaryKey(key) ? fields[key] : null;
    if (boundary) problems.push(...checkBoundary(boundary));
  }
  return [...new Set(problems)];
}

/** "Own words" need words; repeats compare the words, so two different own roles are both allowed. */
const ownKey = (choice: string, words: string): string =>
  choice === 'own-words' ? `own:${words.trim().toLowerCase()}` : choice;

function checkRoles(roles: readonly RoleIPlay[]): RelationshipProblem[] {
  const problems: RelationshipProblem[] = [];
  if (roles.length > limits.roles) problems.push('too-many-roles');
  if (!roles.every((r) => isOneOf(playedRoles, r.role))) problems.push('role-unknown');
  if (roles.some((r) => r.role === 'own-words' && !r.words.trim())) problems.push('role-words-missing');
  if (roles.some((r) => r.words.length > limits.words)) problems.push('role-words-too-long');
  if (hasRepeats(roles.map((r) => ownKey(r.role, r.words)))) problems.push('role-repeated');
  return problems;
}

function checkFears(fears: readonly FearOfChanging[]): RelationshipProblem[] {
  const problems: RelationshipProblem[] = [];
  if (fears.length > limits.fears) problems.push('too-many-fears');
  if (!fears.every((f) => isOneOf(changeFears, f.fear))) problems.push('fear-unknown');
  if (fears.some((f) => f.fear === 'own-words' && !f.words.trim())) problems.push('fear-words-missing');
  if (fears.some((f) => f.words.length > limits.words)) problems.push('fear-words-too-long');
  if (hasRepeats(fears.map((f) => ownKey(f.fear, f.words)))) problems.push('fear-repeated');
  return problems;
}

function checkParts(partIds: readonly string[]): RelationshipProblem[] {
  const problems: RelationshipProblem[] = [];
  if (partIds.length > limits.parts) problems.push('too-many-parts');
  if (!partIds.every(isUuid)) problems.push('part-invalid');
  if (hasRepeats(partIds)) problems.push('part-repeated');
  return problems;
}

const isWhen = (at: number): boolean => isFiniteNumber(at) && at >= 0;

/** Returns what is wrong with one change of path, or an empty list. */
export function checkPathChange(change: PathChange): RelationshipProblem[] {
  const problems: RelationshipProblem[] = [];
  if (!isOneOf(relationshipPaths, change.path)) problems.push('path-unknown');
  if (!isWhen(change.at)) problems.push('path-when-invalid');
  if (change.note.length > limits.pathNote) problems.push('path-note-too-long');
  return problems;
}

/** Returns what is wrong with one boundary, or an empty list. */
export function checkBoundary(boundary: Boundary): RelationshipProblem[] {
  const problems: RelationshipProblem[] = [];
  if (!boundary.text.trim()) problems.push('boundary-empty');
  if (boundary.text.length > limits.boundary) problems.push('boundary-too-long');
  if (!isWhen(boundary.at)) problems.push('boundary-when-invalid');
  return problems;
}

const isChoiceShape = (value: unknown, key: string): boolean =>
  isRecord(value) && isString(value[key]) && isString(value['words']);

const isRoleShape = (value: unknown): boolean =>
  isChoiceShape(value, 'role') && isRecord(value) && typeof value['puttingDown'] === 'boolean';

const isPathShape = (value: unknown): boolean =>
  isRecord(value) && isString(value['path']) && isFiniteNumber(value['at']) && isString(value['note']);

const isBoundaryShape = (value: unknown): boolean =>
  value === null || (isRecord(value) && isString(value['text']) && isFiniteNumber(value['at']));

function hasEntryShapes(fields: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(fields).every(([key, value]) => {
    if (isPathKey(key)) return isPathShape(value);
    if (isBoundaryKey(key)) return isBoundaryShape(value);
    return true;
  });
}

/** Whether an object read back from the vault has the shape of a relationship (values are checkRelationship's job). */
export function isRelationship(object: VaultObject): object is Relationship {
  const f = object.fields;
  const { roles, fears, partIds } = f;
  return (
    object.kind === relationshipKind &&
    isString(f['name']) &&
    (f['type'] === null || isString(f['type'])) &&
    Array.isArray(roles) &&
    roles.every(isRoleShape) &&
    Array.isArray(fears) &&
    fears.every((fear) => isChoiceShape(fear, 'fear')) &&
    Array.isArray(partIds) &&
    partIds.every(isString) &&
    hasEntryShapes(f)
  );
}
