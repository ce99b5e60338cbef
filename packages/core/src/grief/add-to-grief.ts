import type { DomainPorts } from '../ports.ts';
import { editVaultObject } from '../vault/vault-object.ts';
import { checkGriefAddition } from './check-grief.ts';
import { additionKey, type Grief, type GriefAddition, type GriefResult } from './grief.ts';

/**
 * Returns to a grief and adds a dated piece of writing. Earlier additions are never changed: a grief
 * grows; it is not closed. `at` may be given when the words are about an earlier day.
 */
export function addToGrief(
  ports: DomainPorts,
  grief: Grief,
  text: string,
  at: number = ports.clock.now(),
): GriefResult {
  const addition: GriefAddition = { at, text };
  const problems = checkGriefAddition(addition);
  if (problems.length) return { ok: false, problems };
  const key = additionKey(ports.ids.newId());
  return { ok: true, grief: editVaultObject(grief, { [key]: addition }, ports.clock.now()) };
}
