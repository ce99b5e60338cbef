import { describe, expect, it } from 'vitest';
import { noticingCopy } from './noticing-copy.ts';
import { noticingPatterns } from './noticing-types.ts';

// A tone guard for the words Tend shows beside a noticing (docs/CARE.md).
const forbidden = [
  /!/u,
  /\bfix/iu,
  /get rid of/iu,
  /overcome/iu,
  /\bbroken\b/iu,
  /\byou must\b/iu,
  /\byou should\b/iu,
  /healed/iu,
  /level up/iu,
];

describe('noticingCopy', () => {
  it.each(noticingPatterns)('has a gentle name and an inviting question for %s', (pattern) => {
    const copy = noticingCopy[pattern];
    expect(copy.name.length).toBeGreaterThan(0);
    expect(copy.question).toMatch(/\?$/u);
    for (const phrase of forbidden) {
      expect(copy.name).not.toMatch(phrase);
      expect(copy.question).not.toMatch(phrase);
    }
  });
});
