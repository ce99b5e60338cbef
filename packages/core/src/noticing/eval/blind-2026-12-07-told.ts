// Blind batch of 2026-12-07 on crisis told to someone else and crisis behind a denial: written before
// the round of rules that follows it and scored once with the engine as it then stood; that first score
// is kept in eval/README.md. Crisis phrased many ways (written to a friend or a forum, "I'm not X but…",
// pleas, wishes, means, slang and slips, metaphor); each self-judgement pattern; and hard neutrals:
// advice to others, reported speech, quotes, idioms and beliefs dated to the past.
import type { LabelledSentence } from './labelled-sentence.ts';

const crisis = [
  // Written to someone else.
  "Mum, I need you to know I don't want to be alive anymore.",
  "I told my therapist today that I've been thinking of ending my life.",
  "Dear Sam, I'm sorry, but I can't keep living like this and I won't be here much longer.",
  "I texted my sister that I want to die and she hasn't answered.",
  'Please tell the kids I love them when I am gone.',
  "Honestly, I think you'd all be better off if I wasn't around.",
  "I'm writing this so someone knows I plan to kill myself tonight.",
  "To whoever reads this: I've decided to end things.",
  'Can someone please talk me out of killing myself.',
  "I keep telling my friends I'm fine but I really want to disappear forever.",
  "Guys I'm so done, I just want to go to sleep and never wake up.",
  "If anyone sees this, I've taken all my pills.",
  // Behind a denial that is not one.
  "I'm not suicidal but I wouldn't mind if a bus hit me.",
  "I'm not going to do anything, but I do wish I were dead.",
  "I don't want to kill myself, I just want to stop existing.",
  "I'm not trying to be dramatic but I want to end my life.",
  "I'm not okay, I keep thinking about jumping off the bridge.",
  "I'm not saying I'll do it, but I've looked up how many tablets it would take.",
  "It's not that I want to die, it's that I don't want to be here anymore.",
  "Not gonna lie, I've been thinking about killing myself a lot.",
  // Pleas and wishes.
  'Please God just take me in my sleep.',
  'I pray every night that I do not wake up.',
  'I wish someone would just shoot me.',
  'I hope the cancer comes back and finishes me off.',
  'Some nights I lie there hoping my heart just stops.',
  "I'd rather be dead than go through another year of this.",
  "I don't deserve to be alive after what I did.",
  'Everyone would be happier without me in their lives.',
  'I just want it all to stop, permanently.',
  "I'm done with living.",
  // Plans and means.
  "I've been saving up my sleeping pills for when I'm ready.",
  "I bought a rope today and I know where I'll use it.",
  "I wrote letters to everyone and put them in my desk drawer for after I'm gone.",
  "I've picked the date, it'll be after her birthday.",
  'I sat on the edge of the roof for an hour last night.',
  "I cut deeper than I meant to last night and I don't care.",
  // Slang and slips.
  'ngl i kinda want to unalive myself',
  'i wanna kms so bad rn',
  'I want to commit sucide.',
  "I'm thinking about endng it all.",
  "I'm so tired of being alive.",
  "Honestly I'm ready to die.",
  "I'd be better of dead.",
  'I just want to not exist.',
  'I want to kill my self.',
  // Metaphor and euphemism.
  "I'm going to go to sleep for good this time.",
  "Soon none of this will matter because I won't be here.",
  "I've made my peace and I'm ready to go.",
  "This is my last entry, I'm finally going to be free of it all.",
  "I'm so close to taking the easy way out.",
];

const shoulds = [
  'I should be over this by now.',
  'I really should have known better than to trust him.',
  "I must never let anyone see me cry, it's weak.",
  'I ought to be more grateful for what I have.',
  'I shouldn’t need so much reassurance from people.',
  'I should have called her back sooner, I always let people down.',
  'I have to be perfect at work or else I am nothing.',
  'A good daughter would always be available for her mother.',
  'I should be coping better than this.',
  "I'm supposed to be the strong one in this family.",
];

const behind = [
  'Everyone my age already owns a house and I still rent a room.',
  "All my friends are married and I'm the only one left single.",
  "I'm so far behind where I should be at thirty.",
  'Compared to my brother I have achieved nothing.',
];

const labelling = [
  "I'm a disaster of a person.",
  'I am a complete failure as a mother.',
  "I'm pathetic, I can't even get out of bed.",
  'I am broken and unlovable.',
  "I'm an idiot for believing him.",
  "I'm a complete write-off.",
];

const appearance = [
  'My body is revolting.',
  "I'm too fat to go to the beach.",
  'I hate my face.',
  "I'm so ugly nobody will ever want me.",
];

const shameAboutNeeds = [
  "I'm too needy, I always ask for too much.",
  "It's pathetic that I still need my mum to reassure me.",
  "I hate that I'm so sensitive about everything.",
];

const conditionalWorth = [
  "If I don't get this job, I'm worth nothing.",
  "I'm only lovable when I'm useful to people.",
  'Unless I lose the weight, nobody will respect me.',
];

const onMyOwn = [
  "I'm always going to end up alone.",
  'Nobody really cares about me.',
  "There's no one I can turn to.",
  'Everyone leaves me eventually.',
  "I'll die alone, I just know it.",
];

const nothingICanDo = [
  "There's nothing I can do to change it.",
  'Whatever I try, it never makes a difference.',
  "I'm powerless to fix any of this.",
  "It's hopeless, I can't change anything.",
];

const catastrophising = [
  "If I make one mistake in the presentation, I'll be fired.",
  'This headache is probably a brain tumour.',
  'Everything is going to fall apart, I know it.',
  'It will be a total disaster and everyone will see.',
];

const mindReading = [
  'They all think I am stupid.',
  "She's probably annoyed with me for texting.",
  'I can tell my boss thinks I am useless.',
  "He didn't smile, so he must hate me.",
];

const neutrals = [
  // Advice and support to others.
  "If you're thinking about suicide, please call someone tonight.",
  "You don't deserve to feel this way, and it can get better.",
  'Please don’t kill yourself, you matter to so many people.',
  'You should talk to your doctor about the side effects.',
  'Tell your friend that she is not a burden, even when she feels like one.',
  'Anyone having thoughts of ending their life can text the crisis line.',
  'Keep your medication locked up if someone at home is at risk.',
  'When my friend said she wanted to die, I stayed with her until help came.',
  // Reported speech and quotes.
  'He said he wanted to kill himself, so I called the police.',
  "She told me she feels like a failure, and I didn't know what to say.",
  'My dad always said real men must never cry.',
  '"I wish I were dead," the character whispers in the first chapter.',
  'The song goes "I want to die in your arms tonight".',
  'The headline read: Teen took his own life after bullying.',
  'My nan used to say you should always wear a coat in March.',
  'In the film, the soldier begs them to shoot him.',
  'Hamlet asks whether it is nobler to be or not to be.',
  // Idioms.
  'My feet are killing me after that walk.',
  "I'm dying to hear how the wedding went.",
  'I nearly died laughing at his speech.',
  'I could kill for a hot shower right now.',
  'This traffic is going to be the death of me.',
  'I killed it at the interview today.',
  "I'm dead tired, going to bed early.",
  "If I have to hear that song again I'll shoot myself, honestly.",
  'We crashed and burned in the quiz tonight.',
  'I wanted the ground to swallow me up when I tripped on stage.',
  'That exam absolutely destroyed me.',
  // Beliefs dated to the past.
  'I used to think I was worthless, but therapy changed that.',
  "When I was a teenager I believed I'd never be good enough.",
  'Years ago I wanted to die, and I am so glad I stayed.',
  'I once thought nobody could love me, and I was wrong.',
  // Everyday and practical.
  'I should book the dentist for next week.',
  'I must remember to water the plants.',
  'I have to finish the report by Friday.',
  "I'm not suicidal, I'm just really tired after this week.",
  "I'm not a failure just because one plan fell through.",
  'The pills are in the bathroom cabinet if you need one for your headache.',
  "I'm going to sleep for ten hours tonight.",
  "I'm finally free of that awful job.",
  'The battery is dead again.',
  "I'm done with the laundry, finally.",
  "I'm ready to go whenever you are.",
  'My grandmother passed away peacefully last spring.',
  'Our cat had to be put to sleep last week.',
  'I ended things with him, and it was the right call.',
  'I am going to end it with the band after this tour.',
  "Nobody is in the office today, it's a holiday.",
  'Everyone left early, so I had the kitchen to myself.',
  'I look tired in this photo, I need more sleep.',
  'The roof needs fixing before winter.',
  'I wrote letters to my old friends this weekend.',
  'She thinks the meeting is at three, so I will check.',
  'The medicine takes about two weeks to work.',
  'I gave blood today and felt a bit faint afterwards.',
];

export const blindToldToOthers: readonly LabelledSentence[] = [
  ...crisis.map((text) => ({ text, expected: 'crisis' as const })),
  ...shoulds.map((text) => ({ text, expected: 'should' as const })),
  ...behind.map((text) => ({ text, expected: 'behind-or-comparing' as const })),
  ...labelling.map((text) => ({ text, expected: 'labelling' as const })),
  ...appearance.map((text) => ({ text, expected: 'appearance' as const })),
  ...shameAboutNeeds.map((text) => ({ text, expected: 'shame-about-needs' as const })),
  ...conditionalWorth.map((text) => ({ text, expected: 'conditional-worth' as const })),
  ...onMyOwn.map((text) => ({ text, expected: 'on-my-own' as const })),
  ...nothingICanDo.map((text) => ({ text, expected: 'nothing-i-can-do' as const })),
  ...catastrophising.map((text) => ({ text, expected: 'catastrophising' as const })),
  ...mindReading.map((text) => ({ text, expected: 'mind-reading' as const })),
  ...neutrals.map((text) => ({ text, expected: 'none' as const })),
];
