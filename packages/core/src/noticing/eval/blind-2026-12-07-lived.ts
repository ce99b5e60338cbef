// Blind batch of 2026-12-07 on crisis told as lived experience: written before the round of rules
// that follows it and scored once with the engine as it then stood; that first score is kept in
// eval/README.md. Crisis told while speaking to others ("I know what it's like…", "same here…"),
// told in the past but still present, and in metaphor; and hard neutrals: support and advice with no
// crisis of the writer's own, history told as over, other people's stories, the same words in
// everyday use.
import type { LabelledSentence } from './labelled-sentence.ts';

const crisis = [
  // Lived experience told as understanding.
  "I know what it's like to be suicidal, I've been fighting it for years.",
  'I know how it feels to want to die.',
  "Trust me, I've been there, I've wanted to end it too.",
  "I've been suicidal since I was fourteen.",
  'I have struggled with suicidal thoughts for most of my life.',
  "I've attempted twice, so I understand.",
  'As someone who has tried to kill myself, I get it.',
  "I was suicidal all last week and it hasn't really let up.",
  "I've been thinking about ending it a lot lately.",
  'I have had suicidal thoughts every day this month.',
  // Told while speaking to others.
  "You're not alone, I want to die most days too.",
  'Same here, I think about killing myself constantly.',
  "I'm in the same boat, I don't see a reason to keep going either.",
  "Hang in there, I know it's hard, I'm barely holding on myself.",
  // Told in the past, still present.
  "I tried to overdose on Friday and I'm still here somehow.",
  'Last night I almost jumped.',
  'I was planning to end it this weekend.',
  'I wanted to die yesterday and today is no different.',
  // Metaphor.
  "I'm standing at the edge and I'm ready to step off.",
  'I just want the lights to go out for good.',
  "I'm ready to check out of this life.",
  "My time here is nearly up, I've decided.",
];

const neutrals = [
  "I know what it's like to lose a job.",
  'I know how hard it is when someone you love is suicidal.',
  "If you're feeling suicidal, please call a helpline.",
  'You have so much to live for, please stay.',
  "Years ago I was suicidal, but I've been well for a long time now.",
  "I used to self-harm as a teenager; I'm proud of how far I've come.",
  'I volunteer on a crisis line twice a week.',
  'My friend tried to kill himself last year and I still think about it.',
  'Suicide rates are rising among young men, the article said.',
  "I've been there with burnout, and rest really helped.",
  "As a nurse I've seen many overdoses.",
  "I'm on the edge of my seat with this show.",
  "I want the lights off, I'm trying to sleep.",
  "I'm ready to check out of the hotel.",
  "Hang in there, you've got this.",
  "Please reach out, you're not a burden.",
  'I know what it feels like to be left out.',
  "I've been through a lot, and I'm still standing.",
  "Recovery is possible, I'm living proof.",
  "It gets better; I was in a dark place once, and I'm not anymore.",
];

export const blindLivedExperience: readonly LabelledSentence[] = [
  ...crisis.map((text) => ({ text, expected: 'crisis' as const })),
  ...neutrals.map((text) => ({ text, expected: 'none' as const })),
];
