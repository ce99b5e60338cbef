import type { DomainPorts } from '../ports.ts';
import { newVaultObject } from '../vault/vault-object.ts';
import { checkRelationship } from './check-relationship.ts';
import {
  boundaryKey,
  emptyRelationshipAbout,
  pathKey,
  relationshipKind,
  type RelationshipAbout,
  type RelationshipFields,
  type RelationshipPath,
  type RelationshipResult,
} from './relationship.ts';

export type RelationshipDraft = Pick<RelationshipAbout, 'name'> &
  Partial<Omit<RelationshipAbout, 'name'>> & {
    /** The path I see now, kept as the first entry of its history. */
    readonly path?: RelationshipPath;
    /** Boundaries I am already practising, each kept as its own entry. */
    readonly boundaries?: readonly string[];
  };

/** Adds a person or group to my web of relationships. Only a name is needed. */
export function addRelationship(ports: DomainPorts, draft: RelationshipDraft): RelationshipResult {
  const now = ports.clock.now();
  const { path, boundaries = [], ...about } = draft;
  const entries: Record<string, RelationshipFields[keyof RelationshipFields]> = {};
  if (path !== undefined) entries[pathKey(ports.ids.newId())] = { path, at: now, note: '' };
  for (const text of boundaries) entries[boundaryKey(ports.ids.newId())] = { text, at: now };
  const fields: RelationshipFields = { ...emptyRelationshipAbout, ...about, ...entries };
  const problems = checkRelationship(fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, relationship: newVaultObject(ports.ids.newId(), relationshipKind, fields, now) };
}
