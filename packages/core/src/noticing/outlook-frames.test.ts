import { describe, expect, it } from 'vitest';
import { noticeText } from './notice-text.ts';
import type { NoticingPattern } from './noticing-types.ts';

const patterns = (text: string): NoticingPattern[] => noticeText(text).map((noticing) => noticing.pattern);

// Bracing for the worst and reading minds in frames without "will": a guess about the past, "the
// worst" as a subject, an adverb inside "doesn't like"; and the neighbours that are neither.
describe('bracing for the worst and mind reading, in more frames', () => {
  it.each<[string, NoticingPattern]>([
    ['She is late, something awful must have happened.', 'catastrophising'],
    ['This rash is probably something very serious.', 'catastrophising'],
    ['The worst will happen, I know it.', 'catastrophising'],
    ['My whole plan is going to come tumbling down.', 'catastrophising'],
    ["I could tell he doesn't even like me.", 'mind-reading'],
    ['My colleagues will think less of me.', 'mind-reading'],
  ])('notices "%s" as %s', (text, pattern) => {
    expect(patterns(text)).toEqual([pattern]);
  });

  it.each([
    'I wonder what my friends will think of the new flat.',
    'Back then I thought they all hated me, and it was never true.',
    'Months ago I believed everyone was judging me.',
  ])('leaves "%s" alone', (text) => {
    expect(patterns(text)).toEqual([]);
  });
});

describe('two thoughts in one sentence', () => {
  it('keeps both when a comma parts them, and the more specific one when it does not', () => {
    expect(patterns("Things will never get better, there's nothing I can do.")).toEqual([
      'nothing-i-can-do',
      'catastrophising',
    ]);
    expect(patterns('What if the worst happens and I cannot cope?')).toEqual(['catastrophising']);
    expect(patterns("They must think I'm pathetic.")).toEqual(['mind-reading']);
  });
});
