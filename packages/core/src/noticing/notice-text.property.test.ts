import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evalSet } from './eval-set.ts';
import { hasCrisisLanguage, noticeText } from './notice-text.ts';

const sentencePieces = evalSet.map((item) => item.text);
// The crisis sentences the engine reads as crisis on their own: the properties below are about what
// must not change that (the sentences around it, how it is typed); the few it misses are scored and
// listed by the evaluation instead.
const crisisSentences = evalSet
  .filter((item) => item.expected === 'crisis' && hasCrisisLanguage(item.text))
  .map((item) => item.text);
const neutralSentences = evalSet.filter((item) => item.expected === 'none').map((item) => item.text);

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc
    .array(fc.oneof(fc.constantFrom(...sentencePieces), fc.string()), { maxLength: 12 })
    .map((p) => p.join(' ')),
);

describe('noticeText on any text', () => {
  it('never throws; every passage sits at its offsets and every trigger is words of the passage', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = noticeText(text);
        for (const each of found) {
          expect(each.start).toBeGreaterThanOrEqual(0);
          expect(each.end).toBeLessThanOrEqual(text.length);
          expect(each.start).toBeLessThan(each.end);
          expect(text.slice(each.start, each.end)).toBe(each.passage);
          expect(each.triggers.length).toBeGreaterThan(0);
          for (const trigger of each.triggers) expect(each.passage).toContain(trigger);
        }
        expect(hasCrisisLanguage(text)).toBe(found.some((each) => each.pattern === 'crisis'));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a crisis sentence crisis whatever neutral sentences stand around it', () => {
    const neutral = fc.array(fc.constantFrom(...neutralSentences), { maxLength: 6 });
    // Each sentence ends as a sentence does: run-on typing can let one sentence's frame reach into
    // the next ("she said…"), which the eval README lists among what the engine still misses.
    const ended = (text: string) => (/[.!?]["')]?$/u.test(text) ? text : `${text}.`);
    fc.assert(
      fc.property(neutral, fc.constantFrom(...crisisSentences), neutral, (before, crisis, after) => {
        expect(hasCrisisLanguage([...before, crisis, ...after].map(ended).join(' '))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reads crisis typed in small letters, in capitals, or without a full stop like careful typing', () => {
    const typing = fc.constantFrom(
      (text: string) => text.toLowerCase(),
      (text: string) => text.toUpperCase(),
      (text: string) => text.replace(/[.!?]+$/u, ''),
    );
    fc.assert(
      fc.property(fc.constantFrom(...crisisSentences), typing, (crisis, typed) => {
        expect(hasCrisisLanguage(typed(crisis))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a noticing in each sentence independently: a text notices what its sentences notice', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...sentencePieces), { minLength: 1, maxLength: 5 }),
        (sentences) => {
          const alone = sentences.flatMap((sentence) => noticeText(sentence).map((n) => n.pattern));
          expect(noticeText(sentences.join('\n')).map((n) => n.pattern)).toEqual(alone);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads a long run-on text without sentence breaks to the end', () => {
    const text = 'and everyone else, she said I want to die and '.repeat(1_000);
    expect(noticeText(text).map((n) => n.pattern)).toEqual(['behind-or-comparing']);
  });
});
