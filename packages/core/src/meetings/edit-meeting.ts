import type { DomainPorts } from '../ports.ts';
import { editVaultObject } from '../vault/vault-object.ts';
import { checkMeeting } from './check-meeting.ts';
import type { Meeting, MeetingFields, MeetingResult } from './meeting.ts';

/**
 * Changes what was written about a meeting, any field at any time (the day it happened, the parts met,
 * the pattern it belongs to). Each field's stamp keeps when it last changed, so two devices' edits
 * merge field by field. Letting a meeting go is the vault's removal, which syncs as a deletion.
 */
export function editMeeting(
  ports: Pick<DomainPorts, 'clock'>,
  meeting: Meeting,
  changes: Partial<MeetingFields>,
): MeetingResult {
  const edited = editVaultObject(meeting, changes, ports.clock.now());
  const problems = checkMeeting(edited.fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, meeting: edited };
}
