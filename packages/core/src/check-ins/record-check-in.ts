import type { DomainPorts } from '../ports.ts';
import { newVaultObject } from '../vault/vault-object.ts';
import { checkCheckIn } from './check-check-in.ts';
import {
  checkInKind,
  emptyCheckInAnswers,
  type CheckInDraft,
  type CheckInResult,
  type RelationalCheckInFields,
} from './check-in.ts';

/**
 * Records a check-in after time with someone. Only the relationship is needed, so it can be saved with
 * one tap; it is dated now unless the time together was earlier.
 */
export function recordCheckIn(ports: DomainPorts, draft: CheckInDraft): CheckInResult {
  const now = ports.clock.now();
  const fields: RelationalCheckInFields = { ...emptyCheckInAnswers, at: now, ...draft };
  const problems = checkCheckIn(fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, checkIn: newVaultObject(ports.ids.newId(), checkInKind, fields, now) };
}
