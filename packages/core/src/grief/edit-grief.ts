import type { DomainPorts } from '../ports.ts';
import { editVaultObject } from '../vault/vault-object.ts';
import { checkGrief } from './check-grief.ts';
import type { Grief, GriefAbout, GriefResult } from './grief.ts';

/** Changes what a grief is about (its kind, title, part or relationship). Additions stay as written. */
export function editGrief(
  ports: Pick<DomainPorts, 'clock'>,
  grief: Grief,
  changes: Partial<GriefAbout>,
): GriefResult {
  const edited = editVaultObject(grief, changes, ports.clock.now());
  const problems = checkGrief(edited.fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, grief: edited };
}
