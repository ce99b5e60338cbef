import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasCrisisLanguage } from './notice-text.ts';

// Warning signs of suicide that never name it, in the writer's own voice (rules/crisis-warning-signs.ts).
// Written for the tests; the rules are general, not lists of these sentences.
describe('warning signs the writer says of themselves', () => {
  it.each([
    ['no reason to go on', 'honestly theres no reason for me to keep going'],
    ['no point', "What's the point of any of it anymore."],
    ['cannot go on', "I can't do this anymore."],
    ['cannot go on', 'i cant take it any more'],
    ['cannot go on', "I don't know how much longer I can keep doing this."],
    ['no future', "I can't see any future for me."],
    ['hopeless about life', 'Everything feels completely hopeless.'],
    ['hope lost', "I've lost all hope of things getting better."],
    ['a burden', "I'm just a burden to my parents."],
    ['a burden, misspelt', 'i feel like such a burdon on everyone'],
    ['a burden', "I'm nothing but a burden."],
    ['trapped', "I'm trapped in my own head and I can't get out."],
    ['no way out', "I can't see a way out."],
    ['unbearable pain', 'The pain is unbearable.'],
    ['giving up on life', "I've given up on ever getting better."],
    ['done fighting', "I'm so tired of fighting to stay alive."],
    ['after I am gone', "I've written to my sister about what to do with the dog when I'm gone."],
    ['giving things away', "I gave away all my stuff, I won't need it."],
    ['a goodbye', 'This is my last entry.'],
    ['putting affairs in order', "I've been putting my affairs in order."],
    ['an attempt told', 'I ended up in hospital after I took too many of my pills.'],
    ['an attempt told', 'It has been a month since my attempt.'],
    ['a hold', 'They put me on a psych hold last week.'],
    ['self-harm relapse', 'I relapsed and cut again last night.'],
    ['self-harm told', 'My legs are covered in fresh cuts.'],
    ['not caring whether I live', "I don't care if I die anymore."],
  ])('notices %s: "%s"', (_kind, text) => {
    expect(hasCrisisLanguage(text)).toBe(true);
  });
});

describe('warning-sign words that are support, advice, other people or everyday life', () => {
  it.each([
    ['support', "You're not a burden to anyone."],
    ['support', "Please don't give up, you matter to us."],
    ['advice', 'If you feel trapped or hopeless, text a crisis line.'],
    ['advice', "When there's no point in anything, try to get through the next hour."],
    ['a friend', 'My friend told me she feels like a burden and I listened.'],
    ['a friend', 'Her brother tried to end his life and she is still shaken.'],
    ['news', 'The report says feeling trapped is a warning sign.'],
    ['a task', "I can't do this crossword anymore."],
    ['a task', "I can't take this noise any longer."],
    ['a habit', "I'm giving up coffee this month."],
    ['a thing given away', 'I gave away my old bike to a neighbour.'],
    ['a goodbye', 'We said our goodbyes at the station.'],
    ['a body', 'My knee pain is unbearable after the run.'],
    ['a lift', 'I was stuck in the lift for twenty minutes.'],
    ['a trip', "Who will water the plants when I'm gone for the weekend?"],
    ['negation', "I'm not a burden, I'm allowed to ask for help."],
  ])('leaves %s alone: "%s"', (_kind, text) => {
    expect(hasCrisisLanguage(text)).toBe(false);
  });
});

describe('who a warning sign is about', () => {
  const signs = [
    'a burden to everyone',
    'trapped in my own head',
    'nothing but a burden',
    'done fighting to stay alive',
  ];

  it('is crisis when the writer says it of themselves', () => {
    const mine = fc.constantFrom("I'm", 'I am', 'im', 'Honestly I am', 'I really am', 'I am always');
    fc.assert(
      fc.property(mine, fc.constantFrom(...signs), (subject, sign) => {
        expect(hasCrisisLanguage(`${subject} ${sign}.`)).toBe(true);
      }),
    );
  });

  it('is not crisis when it is said to someone else, about someone else, or denied', () => {
    const theirs = fc.constantFrom(
      "You're not",
      'You are never',
      'She feels like she is',
      'My brother says he is',
      'If you feel you are',
      'When you think you are',
      "I'm not",
      'I never said you were',
    );
    fc.assert(
      fc.property(theirs, fc.constantFrom(...signs), (subject, sign) => {
        expect(hasCrisisLanguage(`${subject} ${sign}.`)).toBe(false);
      }),
    );
  });
});
