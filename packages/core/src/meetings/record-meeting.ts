import type { DomainPorts } from '../ports.ts';
import { newVaultObject } from '../vault/vault-object.ts';
import { checkMeeting } from './check-meeting.ts';
import { meetingKind, type MeetingDraft, type MeetingFields, type MeetingResult } from './meeting.ts';

/** Records one time the person met one or more parts. Only the part is needed; it is dated now if not said. */
export function recordMeeting(ports: DomainPorts, draft: MeetingDraft): MeetingResult {
  const now = ports.clock.now();
  const fields: MeetingFields = {
    when: now,
    broughtForward: '',
    felt: '',
    needed: '',
    offered: '',
    bothTrue: '',
    stances: [],
    presence: null,
    intensityBefore: null,
    intensityAfter: null,
    projection: null,
    patternId: null,
    response: null,
    ...draft,
  };
  const problems = checkMeeting(fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, meeting: newVaultObject(ports.ids.newId(), meetingKind, fields, now) };
}
