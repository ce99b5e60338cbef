import { describe, expect, it } from 'vitest';
import { emptyCheckInAnswers, type RelationalCheckIn } from './check-in.ts';
import { afterwardsOption, checkInFacts } from './check-in-words.ts';

const checkIn = (answers: Partial<RelationalCheckIn['fields']>): RelationalCheckIn => ({
  id: '01900000-0000-7000-8000-000000000001',
  kind: 'relational-check-in',
  createdAt: 0,
  fields: { ...emptyCheckInAnswers, relationshipId: 'r', at: 0, ...answers },
  stamps: {},
});

describe('check-in words', () => {
  it('reads the afterwards scale both ways and leaves unknown values unsaid', () => {
    expect(afterwardsOption(-2)).toBe('-2');
    expect(afterwardsOption(2)).toBe('2');
    expect(afterwardsOption(null)).toBeNull();
    expect(afterwardsOption(7)).toBeNull();
  });

  it('sums up a check-in without the note, and an empty one gently', () => {
    expect(checkInFacts(checkIn({ afterwards: 1, heldBoundary: 'yes', note: 'private words' }))).toBe(
      'A little nourished · held a boundary',
    );
    expect(checkInFacts(checkIn({}))).toBe('Checked in, with nothing more noted');
  });
});
