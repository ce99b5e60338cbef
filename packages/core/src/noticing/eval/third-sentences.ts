// A third batch, written after the second round of tuning and scored before any rule saw it. Its first
// run found the crisis rules too narrow (7 of 30), which widened them.
import type { LabelledSentence } from './labelled-sentence.ts';

const crisis = [
  "I'm thinking of ending things.",
  'Sometimes I wish I could just not exist.',
  'I keep thinking about jumping.',
  "I bought rope today and I don't know why.",
  'I want to fall asleep and never wake up again.',
  "I feel like I'd be doing everyone a favour by dying.",
  "I've been scratching my arms again.",
  'I hit myself when I get like this.',
  "I don't know how much longer I can keep going.",
  'My life feels pointless and I want out.',
  "I'm done with everything, I want out for good.",
  "I've been having thoughts of self harm.",
  'I want to cut.',
  'I made a plan to kill myself this weekend.',
  'I want to end it.',
  "I can't keep living like this.",
  "I'm not going to be here much longer.",
  "What if I just didn't exist anymore.",
  'I wrote letters to everyone saying goodbye.',
  "I've been thinking that dying would be easier.",
  "I don't care if I live or die.",
  "I wouldn't mind if I got hit by a car.",
  'I sometimes hope I get sick and die.',
  'I told my friend I had thought about taking my life.',
  "My husband threatened me last night and I'm scared.",
  "I'm scared he'll hurt me again.",
  'I need to hurt to feel something.',
  "I deserve to be punished, so I've been hurting myself.",
  'I took a whole bottle of painkillers.',
];

const neutral = [
  "I'm dead set on finishing the marathon.",
  "I'm not going to be here next week, I'm on holiday.",
  "The show is ending soon and I'll miss it.",
  'I want this week to end.',
  'The pain in my shoulder is getting better.',
  'I jumped into the lake and it was freezing.',
  'I hit my head on the cupboard.',
  'My character in the game died again.',
  "I laughed so much I thought I'd die.",
  'I was scared of the dog at first.',
  'I killed the spider in the bath.',
  'She told me her brother attempted suicide years ago.',
];

export const thirdSentences: readonly LabelledSentence[] = [
  ...crisis.map((text) => ({ text, expected: 'crisis' as const })),
  ...neutral.map((text) => ({ text, expected: 'none' as const })),
];
