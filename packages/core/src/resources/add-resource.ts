import type { DomainPorts } from '../ports.ts';
import { newVaultObject } from '../vault/vault-object.ts';
import { checkResource } from './check-resource.ts';
import { resourceKind, type ResourceDraft, type ResourceFields, type ResourceResult } from './resource.ts';

/**
 * Adds a person, place, practice, phrase or professional support. Without an order it goes after
 * the ones already there: its creation time is larger than any order the list was given before.
 */
export function addResource(ports: DomainPorts, draft: ResourceDraft): ResourceResult {
  const now = ports.clock.now();
  const fields: ResourceFields = { reach: '', notes: '', order: now, ...draft };
  const problems = checkResource(fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, resource: newVaultObject(ports.ids.newId(), resourceKind, fields, now) };
}
