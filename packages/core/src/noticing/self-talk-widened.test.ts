import { describe, expect, it } from 'vitest';
import { noticeText } from './notice-text.ts';

const patternsIn = (text: string): string[] => [...new Set(noticeText(text).map((each) => each.pattern))];

// Self-judgement read more widely in the round on crisis left implied, with sentences written for
// the tests and their near neighbours.
describe('self-judgement read more widely', () => {
  it.each([
    ['worth lost on a condition', "If I mess up this interview then I'm worthless.", 'conditional-worth'],
    [
      'love kept for what the writer does',
      'They only like me because I lend them money.',
      'conditional-worth',
    ],
    ['pity guessed as the motive', 'She only agreed to come because she pities me.', 'mind-reading'],
    ['nobody understanding', 'Nobody understands how I feel.', 'on-my-own'],
  ])('notices %s: "%s"', (_kind, text, pattern) => {
    expect(patternsIn(text)).toEqual([pattern]);
  });

  it.each([
    ['worth kept whatever happens', "Even if I fail the exam, I'm not worthless."],
    ['a condition on a plan', "If I don't get the train, I'm walking."],
  ])('leaves alone %s: "%s"', (_kind, text) => {
    expect(patternsIn(text)).toEqual([]);
  });
});
