import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noticeText } from './notice-text.ts';
import type { NoticingPattern } from './noticing-types.ts';

const patternsIn = (text: string): NoticingPattern[] => noticeText(text).map((n) => n.pattern);

// A "should" that judges the writer (what they must be, feel or have done, where they "should" be by
// now) against a "should" that plans a task or expects something (rules/should-rules.ts).
describe('shoulds that judge the writer', () => {
  it.each([
    ['a regret about oneself', "I should've known he was lying."],
    ['a regret, misspelt', 'I should of stood up for myself.'],
    ['a feeling forbidden', "I shouldn't feel so lonely."],
    ['a place one should be', 'I should be married by now.'],
    ['a rigid demand', 'I must always be in control.'],
    ['a rigid demand', 'I must never show weakness.'],
    ['an ability demanded', 'I should be able to cope without help.'],
    ['a feeling held to a rule', "It's wrong to feel angry at my mother."],
    ['feelings judged', 'My feelings are wrong.'],
    ['a right way', "There's a right way to grieve and I'm failing at it."],
  ])('notices %s: "%s"', (_kind, text) => {
    expect(patternsIn(text)).toEqual(['should']);
  });
});

describe('shoulds that plan or expect', () => {
  it.each([
    'I should ring the bank on Monday.',
    'I should probably head home.',
    'I should reply to her message.',
    'I must pay the gas bill.',
    'I should have the car back by five.',
    'I should have some time after lunch.',
    'The train should be here soon.',
    'The results should come out on Friday.',
    'i should prob book a haircut',
    "There's no right or wrong answer on this quiz.",
  ])('leaves "%s" alone', (text) => {
    expect(noticeText(text)).toEqual([]);
  });

  it('leaves any everyday task alone, whenever it is planned', () => {
    const task = fc.constantFrom(
      'call the plumber',
      'book a table',
      'pay the rent',
      'send the invoice',
      'reply to those emails',
      'ask my manager about leave',
      'pick up the kids',
      'renew my library card',
      'take the bins out',
    );
    const when = fc.constantFrom('', ' tomorrow', ' on Thursday', ' by six', ' this week', ' later');
    const modal = fc.constantFrom(
      'I should',
      'I really should',
      'I should probably',
      'I must',
      'i should prob',
    );
    fc.assert(
      fc.property(modal, task, when, (should, what, time) => {
        expect(patternsIn(`${should} ${what}${time}.`)).toEqual([]);
      }),
    );
  });
});
