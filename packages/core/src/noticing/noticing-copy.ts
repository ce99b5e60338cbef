import type { NoticingPattern } from './noticing-types.ts';

/** What Tend says about a noticing: a gentle name and a kinder question. Never the person's words rewritten. */
export interface NoticingCopy {
  readonly name: string;
  readonly question: string;
}

// Tone follows docs/CARE.md: second person, invite rather than command, no exclamation marks.
export const noticingCopy: Readonly<Record<NoticingPattern, NoticingCopy>> = Object.freeze({
  crisis: {
    name: 'This sounds very heavy',
    question:
      'You do not have to hold this alone. Would you like to see your support options now, or take a slow breath first?',
  },
  should: {
    name: 'A "should"',
    question: 'Whose voice is this "should"? What would you say to a friend who felt this?',
  },
  'behind-or-comparing': {
    name: 'Measuring against others',
    question: 'If you set the comparison down for a moment, what is true about your own path?',
  },
  labelling: {
    name: 'A harsh label',
    question: 'Would you call someone you love this? What might a kinder voice notice instead?',
  },
  appearance: {
    name: 'Judging your body',
    question: 'What has your body carried you through? Could you offer it a little gentleness today?',
  },
  'shame-about-needs': {
    name: 'Shame about a need',
    question: 'What is this need or feeling asking for? Would you let it be here, just as it is?',
  },
  'conditional-worth': {
    name: 'Worth with conditions',
    question: 'What if you were allowed this now, before anything changes?',
  },
  'on-my-own': {
    name: 'Feeling on your own',
    question:
      'That sounds lonely. Is there one person, place or practice that has been there, even a little?',
  },
  'nothing-i-can-do': {
    name: 'Feeling powerless',
    question: 'Some things really are out of reach. Is there one small thing that is still yours to choose?',
  },
  catastrophising: {
    name: 'Bracing for the worst',
    question: 'What is happening right now, in this moment? What else could be true?',
  },
  'mind-reading': {
    name: 'Guessing what others think',
    question: 'What do you know for sure, and what is a guess? Would you like to check it gently?',
  },
});
