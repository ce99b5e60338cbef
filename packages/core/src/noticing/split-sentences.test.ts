import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.ts';

const pieces = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    ['  Spaced out...   and on.\n\nNew line', ['Spaced out...', 'and on.', 'New line']],
    ['Version 2.5 is out. Yes.', ['Version 2.5 is out.', 'Yes.']],
    ['She said "stop." Then left.', ['She said "stop."', 'Then left.']],
    ['', []],
    ['   \n  ', []],
  ])('splits %j', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});
