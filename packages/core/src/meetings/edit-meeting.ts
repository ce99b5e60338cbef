import type { DomainPorts } from '../ports.ts';
import { editVaultObject } from '../vault/vault-object.ts';
import { checkMeeting } from './check-meeting.ts';
import type { Meeting, MeetingFields, MeetingResult } from './meeting.ts';

/**
 * Changes what was written about a meeting. A meeting is an event: it is never removed, and each
 * field's stamp keeps when it last changed, so two devices' edits merge field by field.
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
