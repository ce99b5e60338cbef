import { isUuid } from '../ids/uuid-v7.ts';
import type { VaultObject } from '../vault/vault-object.ts';
import { hasRepeats, isFiniteNumber, isOneOf, isRecord, isString, isStringArray } from './field-guards.ts';
import {
  partKind,
  partLimits,
  partLinkKinds,
  partOrigins,
  partRoles,
  partStates,
  partTextFields,
  type Part,
  type PartFields,
  type PartLink,
  type PartPosition,
  type PartProblem,
} from './part.ts';

/** Returns what is wrong with a part's fields, or an empty list. `selfId` lets links be checked too. */
export function checkPart(fields: PartFields, selfId?: string): PartProblem[] {
  const problems: PartProblem[] = [];
  if (!fields.name.trim()) problems.push('name-missing');
  for (const field of partTextFields) {
    if (fields[field].length > partLimits.text[field]) problems.push(`${field}-too-long`);
  }
  if (!fields.origins.every((o) => isOneOf(partOrigins, o))) problems.push('origin-unknown');
  if (hasRepeats(fields.origins)) problems.push('origin-repeated');
  if (fields.role !== null && !isOneOf(partRoles, fields.role)) problems.push('role-unknown');
  if (fields.state !== null && !isOneOf(partStates, fields.state)) problems.push('state-unknown');
  problems.push(...checkLinks(fields.links, selfId));
  if (fields.position !== null && !isGoodPosition(fields.position)) problems.push('position-invalid');
  return problems;
}

function checkLinks(links: readonly PartLink[], selfId: string | undefined): PartProblem[] {
  const problems: PartProblem[] = [];
  if (links.length > partLimits.links) problems.push('too-many-links');
  if (!links.every((l) => isUuid(l.to) && isOneOf(partLinkKinds, l.kind))) problems.push('link-invalid');
  if (selfId !== undefined && links.some((l) => l.to === selfId)) problems.push('link-to-self');
  if (hasRepeats(links.map((l) => `${l.kind}:${l.to}`))) problems.push('link-repeated');
  return problems;
}

function isGoodPosition(position: PartPosition): boolean {
  const limit = partLimits.position;
  return [position.x, position.y].every((v) => isFiniteNumber(v) && Math.abs(v) <= limit);
}

function isLinkShape(value: unknown): value is PartLink {
  return isRecord(value) && isString(value['to']) && isString(value['kind']);
}

function isPositionShape(value: unknown): value is PartPosition | null {
  return value === null || (isRecord(value) && isFiniteNumber(value['x']) && isFiniteNumber(value['y']));
}

/** Whether an object read back from the vault has the shape of a part (its values are checkPart's job). */
export function isPart(object: VaultObject): object is Part {
  const f = object.fields;
  return (
    object.kind === partKind &&
    partTextFields.every((field) => isString(f[field])) &&
    isStringArray(f['origins']) &&
    (f['role'] === null || isString(f['role'])) &&
    (f['state'] === null || isString(f['state'])) &&
    typeof f['archived'] === 'boolean' &&
    Array.isArray(f['links']) &&
    f['links'].every(isLinkShape) &&
    isPositionShape(f['position'])
  );
}
