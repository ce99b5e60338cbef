import { t } from '@lingui/core/macro';
import { addResource, resourceKind, resourceLimits, type DomainPorts } from '@tend/core';
import type { PractitionerNote } from '../../vault/practice-service.ts';
import type { VaultService } from '../../vault/vault-service.ts';

/**
 * A suggestion the client takes up becomes one of their own practices (once), so the pause's
 * "what could help" offers it when they need it. The practitioner's note travels with it.
 */
export async function keepAsResource(
  vault: Pick<VaultService, 'list' | 'save'>,
  ports: DomainPorts,
  note: PractitionerNote,
  practitionerName: string,
): Promise<boolean> {
  const name = note.text.trim().slice(0, resourceLimits.name);
  const isThere = vault.list(resourceKind).some((r) => r.fields['name'] === name);
  if (note.type !== 'suggestion' || !name || isThere) return false;
  const notes = [note.note.trim(), t`Suggested by ${practitionerName}.`].filter(Boolean).join('\n\n');
  const result = addResource(ports, { type: 'practice', name, notes: notes.slice(0, resourceLimits.notes) });
  if (!result.ok) return false;
  await vault.save(result.resource);
  return true;
}
