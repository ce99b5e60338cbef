// Blind batch of 2026-12-07: written before the round of rules that follows it, and scored once with
// the engine as it then stood; that first score is kept in eval/README.md and printed by
// `npm run eval:noticing`. Crisis in the many ways people put it (pleas, wishes, means, shorthand,
// slips, told to someone), each self-judgement pattern in fresh frames, and hard neutrals that share
// their words (advice to others, news, fiction, idioms, beliefs held in the past, reported speech).
import type { LabelledSentence } from './labelled-sentence.ts';

const crisis = [
  // Wishes not to exist, not to wake up.
  'some nights i pray i just dont wake up',
  'I keep wishing I could fall asleep and never wake up again.',
  "I'd give anything to just stop existing for a while, or for good.",
  'i wish i had never been born honestly',
  'I just want to not be alive anymore.',
  'I want to vanish and never come back.',
  "I'm so done with being alive.",
  'I hope I get hit by a bus on the way to work.',
  'Part of me hopes the cancer comes back so it can all be over.',
  'id rather be dead then face tomorrow',
  // Pleas to be taken.
  'please god just take me already',
  'Somebody please just kill me.',
  'I want someone to end it for me.',
  // Plans, means, a date.
  "I've been hoarding my meds for when I'm ready.",
  'I have enough tablets stashed to do it.',
  'I bought a rope today and hid it in the shed.',
  "I've looked up how many paracetamol it would take.",
  'I keep thinking about driving my car off the bridge.',
  'I know which bridge I would jump from.',
  "I've written my note and I know when I'll do it.",
  "After my sister's wedding I'm going to end things.",
  'I keep holding the razor and thinking about going deeper.',
  'I cut myself again last night.',
  "I've started hurting myself again.",
  // Euphemisms and shorthand.
  'gonna kms if this keeps up',
  'i want to unalive myself',
  'i just wanna end it all tbh',
  "I think it's time for me to check out for good.",
  'I want to go to sleep and not wake up ever.',
  "I don't plan on being around much longer.",
  "Soon I won't be anyone's problem.",
  'I want out of this life.',
  'I just want to dissapear forever.',
  // Better off, not deserving.
  'Everyone would be better off if I was gone.',
  'my kids would be better of without me',
  "I'd be better off dead at this point.",
  "I don't deserve to be alive.",
  'someone like me doesnt deserve to live',
  // Direct statements, with slips.
  'i want to die so badly',
  'I feel so suicdal tonight.',
  "I'm thinking about killing myself.",
  "I've been having thoughts of ending my life again.",
  'I tried to overdose last week and nobody knows.',
  'I think about suicide every single day.',
  'I wanna die',
  // Told to someone else.
  'I told my therapist I want to kill myself.',
  "I admitted to my partner that I've been thinking about ending it.",
  'I finally told my doctor I have been suicidal for months.',
  // Wishing to die to feel better.
  "Dying would be such a relief, I'd finally feel at peace.",
  'The only way this pain ends is if I die.',
];

const shoulds = [
  'I should really be over this by now.',
  "I should've noticed sooner that she was struggling.",
  "I shouldn't have said anything at all.",
  'I should definitely be more grateful than I am.',
  'I must be stronger than this.',
  'I ought to be able to handle my own kids.',
  'I have to be the one who holds it together.',
  'I should have known better than to trust him.',
  "I shouldn't feel this jealous.",
  'I should be further along in my recovery.',
  'I must never let them see me upset.',
  'I should have fought harder for us.',
  "I really shouldn't still be crying about it.",
  'I should have been there for her.',
  'I should be able to do this without help.',
];

const catastrophising = [
  'If I mess up this interview my career is finished.',
  'This is going to be a total disaster, I just know it.',
  "It's all going to come crashing down on me.",
  "He hasn't texted back, something terrible must have happened.",
  "I'm going to lose my job over this, I'm sure.",
  "If she leaves I'll never recover.",
  'This headache is probably something really serious.',
  "It's going to go horribly wrong like always.",
  'The worst is going to happen, it always does.',
  "I'll end up alone and broke.",
];

const mindReading = [
  'Everyone at dinner thought I was rude.',
  "My manager thinks I'm lazy.",
  "They're all laughing at me behind my back.",
  "I can tell she doesn't really like me.",
  "He must think I'm so stupid.",
  "People probably think I'm weird.",
  'I know my friends are sick of me.',
  'He only stays with me out of pity.',
  "They all think I'm a fraud.",
];

const nothingICanDo = [
  "There's nothing I can do to fix this.",
  'No matter what I try, nothing changes.',
  "I'm powerless to change anything.",
  "It's out of my hands, it always is.",
  "Whatever I do, it won't make a difference.",
  "I'm helpless when it comes to my own life.",
  "I can't change any of it, so what's the use.",
  'I have no control over any of this.',
];

const labelling = [
  "I'm such a screw-up.",
  "I'm a complete failure.",
  "I'm so useless.",
  "I'm worthless and always have been.",
  "I'm just a bad person.",
  "I'm an idiot, honestly.",
  "I'm such a mess of a human being.",
  "I'm a rubbish friend.",
];

const neutrals = [
  // Advice and support to others.
  'If you ever feel like ending your life, please call a crisis line.',
  'You deserve to live, and you deserve help.',
  "Please don't kill yourself, you matter to so many people.",
  'If you are thinking about suicide, talk to someone today.',
  'When you feel like you want to die, reach out to someone you trust.',
  "You shouldn't blame yourself for what happened.",
  'You should be kinder to yourself, love.',
  // Others, news, fiction.
  'My cousin attempted suicide last year and is doing better now.',
  'The article said suicide rates have gone up among young men.',
  'In the novel the soldier begs his friend to kill him.',
  'The film ends with her overdosing in a hotel room.',
  'My friend told me he wanted to die, and I sat with him all night.',
  'The news reported a man jumped from the bridge yesterday.',
  "She said she'd rather die than wear that dress.",
  "My grandmother says she's ready to go whenever God takes her.",
  // Idioms.
  'These shoes are killing my feet.',
  "I'm dying to see the new season.",
  'I almost died laughing at his joke.',
  'My phone is dead again.',
  'I could murder a cup of tea.',
  'That exam killed me.',
  'I nearly died of embarrassment.',
  'The traffic today was the death of me.',
  'I want to disappear into a good book this weekend.',
  'I just want to sleep for a week after this project.',
  "I'm so done with this winter.",
  'The plants are dying because I forgot to water them.',
  "Let's kill some time before the film starts.",
  // Past and disowned beliefs.
  'I used to think I was worthless, but I see it differently now.',
  "I used to want to die, and I'm glad I'm still here.",
  "Years ago I thought everyone hated me; now I know that wasn't true.",
  "I'm not a failure, I just had a hard week.",
  "I don't think I'm a bad person anymore.",
  'I no longer believe I should be perfect.',
  // Plans, practical shoulds and musts.
  'I should renew my passport before the summer.',
  'We must leave by eight to catch the train.',
  'I have to call the dentist tomorrow.',
  'The parcel should arrive on Thursday.',
  'I ought to water the plants before we go.',
  'It should be sunny this afternoon.',
  // Everyday sentences with risky words.
  'I took two paracetamol for my headache.',
  'I keep my pills in the kitchen cupboard.',
  'We hung the washing on the line.',
  'He cut the rope to free the boat.',
  'The bridge was closed for repairs.',
  'I jumped off the diving board for the first time.',
  'The battery is about to die.',
  'I gave away my old clothes to charity.',
  'I wrote a note for the neighbours about the parcel.',
  "I'm going to end the call now, talk later.",
  'We went to see the sunset and it was beautiful.',
  "I couldn't sleep, so I read until three.",
  'I finally told my mum how I felt and she hugged me.',
  "I'm worried about my brother, he seems so low.",
  'What would you do if you won the lottery?',
  'I felt calm today for the first time in weeks.',
  "I'm so proud of my daughter.",
  'The meeting ran late but it went fine.',
  'Therapy helped me see that I am allowed to rest.',
  'I wonder what everyone will think of the cake.',
];

export const blindBatch20261207: readonly LabelledSentence[] = [
  ...crisis.map((text) => ({ text, expected: 'crisis' as const })),
  ...shoulds.map((text) => ({ text, expected: 'should' as const })),
  ...catastrophising.map((text) => ({ text, expected: 'catastrophising' as const })),
  ...mindReading.map((text) => ({ text, expected: 'mind-reading' as const })),
  ...nothingICanDo.map((text) => ({ text, expected: 'nothing-i-can-do' as const })),
  ...labelling.map((text) => ({ text, expected: 'labelling' as const })),
  ...neutrals.map((text) => ({ text, expected: 'none' as const })),
];
