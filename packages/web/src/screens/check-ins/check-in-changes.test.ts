import { emptyCheckInAnswers, recordCheckIn } from '@tend/core';
import { describe, expect, it } from 'vitest';
import { answersOf, atOnDay, checkInChanges } from './check-in-changes.ts';

const relationshipId = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const at = new Date(2026, 3, 10, 18, 45).getTime();
const ports = { clock: { now: () => at }, ids: { newId: () => '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c' } };

function kept() {
  const result = recordCheckIn(ports, { relationshipId, at, seen: 'mostly', note: 'A long walk' });
  if (!result.ok) throw new Error(result.problems.join());
  return result.checkIn;
}

describe('checkInChanges', () => {
  it('hands on only the answers the person changed', () => {
    const checkIn = kept();
    const answers = { ...answersOf(checkIn), validated: 'fully' as const, note: 'A long walk by the sea' };
    expect(checkInChanges(checkIn, answers, '2026-04-10')).toEqual({
      validated: 'fully',
      note: 'A long walk by the sea',
    });
    expect(checkInChanges(checkIn, answersOf(checkIn), '2026-04-10')).toEqual({});
  });

  it('moves the day and keeps the time of day', () => {
    expect(checkInChanges(kept(), answersOf(kept()), '2026-04-08')).toEqual({
      at: new Date(2026, 3, 8, 18, 45).getTime(),
    });
  });

  it('keeps a new check-in for today at now, and an earlier day at its midday', () => {
    expect(atOnDay('', at)).toBe(at);
    expect(atOnDay('2026-04-10', at)).toBe(at);
    expect(atOnDay('2026-04-02', at)).toBe(new Date(2026, 3, 2, 12).getTime());
    expect(answersOf(kept())).toEqual({ ...emptyCheckInAnswers, seen: 'mostly', note: 'A long walk' });
  });
});
