// Ten years of one person's objects (about 30,000), for the tests that check correctness at that
// scale and for the benchmark that times the same calls (bench/ten-years-bench.ts).
import type { RelationalCheckIn } from '../check-ins/check-in.ts';
import { kindnessWhats, type KindnessMoment } from '../kindness/kindness-moment.ts';
import { recordKindness } from '../kindness/record-kindness.ts';
import { patternResponses, presences, stances, type Meeting } from '../meetings/meeting.ts';
import { makeMeeting, makePart, testPorts } from '../parts/test-factories.ts';
import type { Pause } from '../pauses/pause.ts';
import { makePattern, makePause } from '../pauses/test-factories.ts';
import type { Relationship } from '../relationships/relationship.ts';
import { makeCheckIn, makeRelationship } from '../relationships/test-factories.ts';

export const tenYearsStart = Date.UTC(2016, 0, 1);
export const tenYearsSpan = 10 * 365 * 24 * 60 * 60 * 1000;
const count = 30_000;

/** A scrambled but deterministic time for the i-th object, as records arrive from sync. */
const scrambledAt = (i: number) => tenYearsStart + ((i * 7919) % count) * (tenYearsSpan / count);

/** 30,000 meetings; every tenth (3,000) is with `part`, the rest with another part. */
export function tenYearsOfMeetings() {
  const ports = testPorts(tenYearsStart);
  const part = makePart(ports);
  const otherPart = makePart(ports, { name: 'Other' });
  const meetings: Meeting[] = [];
  for (let i = 0; i < count; i += 1) {
    meetings.push(
      makeMeeting(ports, {
        partIds: [i % 10 === 0 ? part.id : otherPart.id],
        when: scrambledAt(i),
        stances: [stances[i % stances.length] ?? 'exiled'],
        presence: presences[i % presences.length] ?? null,
        projection:
          i % 3 ? null : { onWhom: 'someone', recognisedAfter: { amount: (i % 48) + 1, unit: 'hours' } },
      }),
    );
  }
  return { part, meetings };
}

/** 15,000 pauses and 15,000 meetings; a fifth of them (6,000) tagged with `pattern`. */
export function tenYearsOfPauses() {
  const ports = testPorts(tenYearsStart);
  const partId = '01890000-0000-7000-8000-000000000001';
  const pattern = makePattern(ports);
  const other = makePattern(ports, { when: 'another loop' });
  const pauses: Pause[] = [];
  const meetings: Meeting[] = [];
  for (let i = 0; i < count; i += 1) {
    const at = scrambledAt(i);
    const patternId = i % 5 === 0 ? pattern.id : other.id;
    const response = patternResponses[i % 3] ?? null;
    if (i % 2) meetings.push(makeMeeting(ports, { partIds: [partId], when: at, patternId, response }));
    else {
      const noticedAfter =
        response === 'noticed-afterwards' ? { amount: (i % 48) + 1, unit: 'hours' as const } : null;
      pauses.push(makePause(ports, { startedAt: at, patternId, response, noticedAfter }));
    }
  }
  return { pattern, pauses, meetings };
}

/** 40 relationships and 29,960 check-ins, a quarter of them (7,490) with the first, closest person. */
export function tenYearsOfCheckIns() {
  const ports = testPorts(tenYearsStart);
  const relationships: Relationship[] = Array.from({ length: 40 }, (_, i) =>
    makeRelationship(ports, { name: `Person ${i}`, path: 'evolving' }),
  );
  const checkIns: RelationalCheckIn[] = [];
  for (let i = 0; i < count - relationships.length; i += 1) {
    const who = i % 4 === 0 ? 0 : (i % 39) + 1;
    checkIns.push(
      makeCheckIn(ports, {
        relationshipId: relationships[who]?.id ?? '',
        at: scrambledAt(i),
        afterwards: (i % 5) - 2,
        seen: i % 2 ? 'mostly' : 'a-little',
        abandonedMyself: i % 3 ? 'no' : 'yes',
        heldBoundary: i % 7 ? null : 'yes',
      }),
    );
  }
  return { relationships, checkIns, now: tenYearsStart + tenYearsSpan };
}

/** 30,000 kindness moments, one every three hours; `now` is just after the last. */
export function tenYearsOfKindness() {
  const ports = testPorts(tenYearsStart);
  const moments: KindnessMoment[] = [];
  for (let i = 0; i < count; i += 1) {
    ports.at(tenYearsStart + i * 3 * 3_600_000);
    const result = recordKindness(ports, { what: kindnessWhats[i % 6] ?? 'rested' });
    if (result.ok) moments.push(result.moment);
  }
  return { moments, now: ports.clock.now() };
}
