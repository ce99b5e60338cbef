import type { DomainPorts } from '../ports.ts';
import { editVaultObject } from '../vault/vault-object.ts';
import { checkCheckIn } from './check-check-in.ts';
import type { CheckInResult, RelationalCheckIn, RelationalCheckInFields } from './check-in.ts';

/**
 * Changes what was answered or written in a check-in. Each field keeps its own stamp, so answers added
 * on two devices merge field by field; to clear an answer, set it to null.
 */
export function editCheckIn(
  ports: Pick<DomainPorts, 'clock'>,
  checkIn: RelationalCheckIn,
  changes: Partial<RelationalCheckInFields>,
): CheckInResult {
  const edited = editVaultObject(checkIn, changes, ports.clock.now());
  const problems = checkCheckIn(edited.fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, checkIn: edited };
}
