import type { DomainPorts } from '../ports.ts';
import { editVaultObject } from '../vault/vault-object.ts';
import { checkPart } from './check-part.ts';
import type { Part, PartFields, PartResult } from './part.ts';

/**
 * Applies changes to a part and checks the result. Shared by the part's use cases so every change is
 * validated the same way; unchanged fields keep their stamps so merges stay precise.
 */
export function changePart(
  ports: Pick<DomainPorts, 'clock'>,
  part: Part,
  changes: Partial<PartFields>,
): PartResult {
  const edited = editVaultObject(part, changes, ports.clock.now());
  const problems = checkPart(edited.fields, edited.id);
  if (problems.length) return { ok: false, problems };
  return { ok: true, part: edited };
}
