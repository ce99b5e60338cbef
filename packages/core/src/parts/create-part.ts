import type { DomainPorts } from '../ports.ts';
import { newVaultObject } from '../vault/vault-object.ts';
import { checkPart } from './check-part.ts';
import { emptyPartFields, partKind, type PartDraft, type PartFields, type PartResult } from './part.ts';

/** Makes a new part from the person's words; only a name is needed. */
export function createPart(ports: DomainPorts, draft: PartDraft): PartResult {
  const fields: PartFields = { ...emptyPartFields, ...draft };
  const problems = checkPart(fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, part: newVaultObject(ports.ids.newId(), partKind, fields, ports.clock.now()) };
}
