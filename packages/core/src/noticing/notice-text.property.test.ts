import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evalSet } from './eval-set.ts';
import { hasCrisisLanguage, noticeText } from './notice-text.ts';

const sentencePieces = evalSet.map((item) => item.text);

describe('noticeText on any text', () => {
  it('never throws, and every passage sits within the text at its offsets', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 400 }),
      fc
        .array(fc.oneof(fc.constantFrom(...sentencePieces), fc.string()), { maxLength: 12 })
        .map((p) => p.join(' ')),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const found = noticeText(text);
        for (const each of found) {
          expect(each.start).toBeGreaterThanOrEqual(0);
          expect(each.end).toBeLessThanOrEqual(text.length);
          expect(each.start).toBeLessThan(each.end);
          expect(text.slice(each.start, each.end)).toBe(each.passage);
          for (const trigger of each.triggers) expect(each.passage).toContain(trigger);
        }
        expect(hasCrisisLanguage(text)).toBe(found.some((each) => each.pattern === 'crisis'));
      }),
      { numRuns: 300 },
    );
  });

  it('stays fast on long text without sentence breaks', () => {
    const text = 'and everyone else '.repeat(2_000);
    const started = performance.now();
    noticeText(text);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
