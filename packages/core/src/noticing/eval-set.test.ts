import { describe, expect, it } from 'vitest';
import { evalSet } from './eval-set.ts';
import { noticingPatterns } from './noticing-types.ts';
import { scoreNoticing, unmetBars } from './score-noticing.ts';

describe('the labelled set', () => {
  it('is large enough and covers every pattern', () => {
    expect(evalSet.length).toBeGreaterThanOrEqual(420);
    const count = (expected: string): number => evalSet.filter((item) => item.expected === expected).length;
    for (const pattern of noticingPatterns) expect(count(pattern), pattern).toBeGreaterThanOrEqual(20);
    expect(count('crisis')).toBeGreaterThanOrEqual(60);
    expect(count('none')).toBeGreaterThanOrEqual(150);
  });

  it('holds each sentence once', () => {
    expect(new Set(evalSet.map((item) => item.text)).size).toBe(evalSet.length);
  });
});

describe('the engine on the labelled set', () => {
  it('meets every bar: crisis recall, neutral false flags, precision and recall per pattern', () => {
    const score = scoreNoticing(evalSet);
    expect(unmetBars(score), JSON.stringify(score.misses, null, 1)).toEqual([]);
  });

  it('names the bars it misses', () => {
    const score = scoreNoticing([{ text: 'I want to die.', expected: 'none' }]);
    expect(unmetBars(score)).toContain('neutral false-flag rate');
  });
});
