// Test data factories shared by the parts, meetings and grief tests (not exported from the package).
import { makeUuidV7 } from '../ids/uuid-v7.ts';
import { recordMeeting } from '../meetings/record-meeting.ts';
import type { Meeting, MeetingDraft } from '../meetings/meeting.ts';
import type { DomainPorts } from '../ports.ts';
import { createPart } from './create-part.ts';
import type { Part, PartDraft, PartResult } from './part.ts';

export type TestPorts = DomainPorts & { tick(ms: number): void; at(ms: number): void };

/** A clock that only moves when told and ids that never repeat. */
export function testPorts(start = Date.UTC(2026, 0, 15, 9)): TestPorts {
  let now = start;
  let n = 0;
  return {
    clock: { now: () => now },
    ids: {
      newId: () => {
        n += 1;
        const random = new Uint8Array(10);
        new DataView(random.buffer).setUint32(6, n);
        return makeUuidV7(now, random);
      },
    },
    tick: (ms) => (now += ms),
    at: (ms) => (now = ms),
  };
}

export function makePart(ports: DomainPorts, draft: PartDraft = {}): Part {
  return okPart(createPart(ports, { name: 'The one who waits', ...draft }));
}

export function okPart(result: PartResult): Part {
  if (!result.ok) throw new Error(`unexpected problems: ${result.problems.join()}`);
  return result.part;
}

export function makeMeeting(ports: DomainPorts, draft: MeetingDraft): Meeting {
  const result = recordMeeting(ports, draft);
  if (!result.ok) throw new Error(`unexpected problems: ${result.problems.join()}`);
  return result.meeting;
}
