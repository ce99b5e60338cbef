import { describe, expect, it } from 'vitest';
import type { NoticingPattern } from '../noticing-types.ts';
import { describeBatchScore, scoreBatch } from './score-batch.ts';

describe('scoreBatch', () => {
  it('counts exact answers, crisis found, self-judgement found and neutral sentences flagged', () => {
    const noticed: Record<string, NoticingPattern[]> = {
      a: ['crisis'],
      b: ['should', 'labelling'],
      c: [],
      d: ['crisis'],
    };
    const score = scoreBatch(
      [
        { text: 'a', expected: 'crisis' },
        { text: 'b', expected: 'should' },
        { text: 'c', expected: 'none' },
        { text: 'd', expected: 'none' },
      ],
      (text) => new Set(noticed[text]),
    );
    expect(score).toEqual({
      right: 2,
      total: 4,
      crisisFound: 1,
      crisis: 1,
      selfTalkFound: 1,
      selfTalk: 1,
      neutralFlagged: 1,
      neutralCrisis: 1,
      neutral: 2,
    });
    expect(describeBatchScore(score)).toBe(
      '2/4 right; crisis 1/1; self-judgement 1/1; neutral flagged 1/2 (as crisis 1)',
    );
  });
});
