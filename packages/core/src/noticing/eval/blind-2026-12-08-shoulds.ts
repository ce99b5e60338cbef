// Blind batch of 2026-12-08 on shoulds and on crisis inside self-talk: written before the round of
// rules that follows it and scored once with the engine as it then stood; that first score is kept in
// eval/README.md. Should statements that judge the writer (a rule for oneself, self-blame in hindsight,
// a feeling held to a rule) beside shoulds that only plan (errands, times, hindsight with no blame),
// advice to others and reported shoulds; crisis in first-person self-talk phrased many ways, many of
// them without "live" or "die" (not deserving to exist or take up space, pleas, wishes to vanish, means
// and plans, shorthand and slips, self-harm, told to someone, under a denial); each self-judgement
// pattern; and hard neutrals: idioms with crisis words, support and advice to others, reported
// speech, fiction and news, the past told as over, and everyday sentences in the patterns' words.
import { labelledBy, type LabelledSentence } from './labelled-sentence.ts';

const crisis = [
  // Not deserving to exist, said without "live" or "die" and with them.
  "I don't deserve to take up space on this planet.",
  "I'm not worthy of being alive.",
  'Why should I get to keep going after what I did to them?',
  'I deserve to die for the mess I made.',
  'I should never have been born.',
  'It should have been me in that crash, not him.',
  'Every breath I take feels stolen from someone who deserves it more.',
  "I don't deserve to be on this earth anymore.",
  "People like me shouldn't be allowed to exist.",
  'i dont deserve to exist tbh',
  // Pleas and wishes not to be.
  'I keep begging the universe to just end me.',
  'I wish someone would put me out of my misery, for real this time.',
  "I'd give anything to just not be here anymore.",
  'I want everything to stop, me included, permanently.',
  'I wish I could fade away and never come back.',
  'Every night I hope this is the last time I close my eyes.',
  'I keep picturing my own funeral and feeling relieved.',
  "I won't do anything, but I really wish I were dead.",
  // Means and plans.
  "I've been saving my sleeping pills in a drawer for when I'm ready.",
  'I looked up how many of my tablets it would take.',
  "I've written letters to everyone and left them in my desk.",
  "I gave my guitar away because I won't need it where I'm going.",
  "I've been reading about which bridges are high enough.",
  "I keep thinking about my dad's gun in the loft.",
  "I can't see myself still being here at Christmas.",
  // Shorthand and slips.
  'lowkey want to unalive myself',
  'i might just kms tonight',
  'thinking abt ctb again',
  'i wanna kil myself so bad rn',
  'feeling suicdal again tonight',
  'i just wana be ded',
  'honestly better of not existing',
  // Self-harm.
  'I burned myself with a lighter again just to feel something.',
  'I scratched my arms until they bled last night.',
  // Told to someone.
  "I finally told my GP that I've been wanting to end my life.",
  'I rang the helpline because I was about to jump.',
  // Better off without the writer.
  'My partner could find someone better if I was out of the way for good.',
  'Everyone I love would be lighter without me dragging them down forever.',
  // Trapped, done, goodbye.
  "I'm done fighting, I just want it all to end tonight.",
  "I can't do this life anymore, I'm checking out.",
  "This is my last entry, I'm sorry to everyone.",
  'There is no reason left for me to stay alive.',
];

const shoulds = [
  // A rule for oneself, said with judgement.
  'I should have moved on from the breakup months ago.',
  'I must never let anyone see me struggling.',
  'I ought to be grateful instead of moaning all the time.',
  "I shouldn't still be upset about something so small.",
  "I'm meant to be the one who holds everyone together, not the one falling apart.",
  'I need to stop being so sensitive about everything.',
  "I mustn't make a single mistake in the presentation.",
  "I shouldn't have to ask for help with something this basic.",
  'I should be able to juggle work and the kids without falling apart.',
  'I must always put everyone else first.',
  "I shouldn't feel sad when I have so much.",
  'I have to get everything right or it counts for nothing.',
  // Self-blame in hindsight.
  'I should have seen the signs, it was right in front of me.',
  "I should've stood up for myself instead of just nodding.",
  'I should have called her back before she passed.',
  'I ought to have known better at my age.',
  'I should never have said yes to that job, what was I thinking.',
  'I really should have been a better friend to him.',
  // Without a first-person "I".
  'A grown woman should be able to handle her own feelings.',
  'A good mum would never lose her temper like that.',
];

const behind = [
  "All my cousins are married and I'm still single at thirty-five.",
  'My sister ran a marathon at my age and I can barely run for the bus.',
  "Everyone from uni is buying houses while I'm still sharing a flat with strangers.",
  "I'm years behind where I expected to be by now.",
  "My colleague started after me and she's already been promoted twice.",
  "Compared to my friends I've achieved nothing.",
];

const labelling = [
  "I'm such a clueless moron.",
  "I'm such a disappointment.",
  "I'm a terrible person.",
  "I'm just a broken human being.",
  "I'm nothing but a fake.",
  'What a spineless wimp I am.',
];

const appearance = [
  'My thighs are disgusting.',
  'I hate my face in every picture.',
  'I look old and worn out.',
  "My skin is so gross I don't want to leave the house.",
  "I'm too ugly to be seen with.",
  'My arms are flabby and horrible.',
];

const shame = [
  "I'm pathetic for wanting attention.",
  'I feel so needy for texting him again.',
  "It's embarrassing that I still need my mum at my age.",
  'I hate myself for needing a nap every afternoon.',
  "I'm weak for wanting to cry about this.",
  "I'm too much for people, with all my feelings.",
];

const conditionalWorth = [
  "If I'm not productive, I'm worth nothing.",
  "I'm only lovable when I'm thin.",
  "People only like me because I'm useful to them.",
  "Unless I get into medical school I'm a nobody.",
  'My worth depends on my grades.',
  "If I don't make everyone happy, I don't matter.",
];

const onMyOwn = [
  'Not one person in my life actually cares how I am.',
  "I'm facing all of this by myself, like always.",
  'No one ever checks on me.',
  "I'll always end up by myself.",
  'I have nobody I can lean on.',
  'Everyone I love leaves eventually.',
];

const nothingICanDo = [
  'No amount of effort on my part will fix this.',
  'I have zero control over how my life goes.',
  "It doesn't matter what I try, it always ends the same.",
  "I'm stuck and there's no way forward.",
  "I've tried everything and nothing works.",
  "I can't change any of it, so why try.",
];

const catastrophising = [
  'If I mess up this interview, my life is over.',
  'This headache is probably a brain bleed.',
  "One bad review and I'll lose everything.",
  "If she doesn't text back, something awful must have happened.",
  'The wedding speech is going to be a complete catastrophe.',
  "I'll never recover from this embarrassment.",
];

const mindReading = [
  "The other parents at pickup think I'm a mess.",
  "My manager thinks I'm useless, I can see it in her face.",
  'I just know they were laughing at me.',
  "She probably thinks I'm a terrible mother.",
  'They only invited me out of pity.',
  "He's annoyed with me, I can tell by his text.",
];

const neutrals = [
  // Shoulds that only plan, or hindsight with no blame.
  'I should pick up some bread and eggs after work.',
  'I must remember to renew my passport before June.',
  'I should probably book a dentist appointment.',
  'I have to call the landlord about the boiler tomorrow.',
  'We ought to leave by eight to miss the traffic.',
  'I should have brought an umbrella, but the rain was nice anyway.',
  'I need to water the tomatoes tonight.',
  'I should try that new bakery on the corner.',
  'I must send Gran a birthday card this week.',
  'I should get to bed early, big day tomorrow.',
  "I have to finish the slides before Thursday's meeting.",
  'I should have ordered the bigger size, these shoes pinch a bit.',
  'The plant should be watered twice a week.',
  'It should be sunny on Saturday.',
  'The train should arrive at six.',
  // Advice to others and shoulds reported.
  'You should be really proud of your exam results.',
  "You shouldn't be so hard on yourself, it was an accident.",
  'My therapist said I should write down three good things a day.',
  'Mum keeps telling me I ought to call more often.',
  "My friend thinks she should have been there, and I told her it wasn't her fault.",
  'Everyone should get a flu jab this winter.',
  'She thinks I should apply for the job, and I might.',
  'The teacher said everyone should read the chapter by Friday.',
  // Idioms with crisis words.
  'These stairs will be the death of me one day.',
  'We almost died laughing at the cat video.',
  'My feet are killing me after that hike.',
  "I'm dying for a cup of tea.",
  'I could murder a pizza right now.',
  "I'd kill for a week off.",
  'Our band totally killed it at the open mic.',
  'The laptop battery died right before I saved.',
  "I'm going to end it with my boyfriend this weekend.",
  "I'm done with this series, the ending was awful.",
  'I want to disappear to a cabin in the woods for a week of hiking.',
  // Support to others, fiction, news, the past told as over.
  'He told me he wanted to kill himself, so I stayed with him and we called the crisis line.',
  'If you ever feel like ending your life, please talk to someone.',
  'The documentary was about people who survived jumping from bridges.',
  'In the novel, the narrator takes an overdose in chapter nine.',
  "My sister says she feels worthless, and I keep reminding her she isn't.",
  "I used to think I didn't deserve to be alive, but that was years ago and I'm in a good place now.",
  "My friend said she's a failure, and I told her that's not true.",
  'My grandad died peacefully last spring.',
  // Everyday sentences in the patterns' words.
  "I don't want to die before I've seen Japan.",
  "I'm not suicidal, just really tired after the night shift.",
  'I cut the cake into twelve slices.',
  'I took my pills with breakfast like always.',
  'The plant finally died, I overwatered it.',
  'The doctor said my heart is strong enough to live to a hundred.',
  'He jumped off the diving board at the pool.',
  'Nobody is at the office on Fridays.',
  "I'm alone at home this weekend and enjoying it.",
  'I look different with short hair, and I like it.',
  'I asked my neighbour for help with the shopping.',
  'If it rains, the match will be cancelled.',
  'I can tell my dog wants a walk.',
  'I compared three phone contracts and picked the cheapest.',
  "There's nothing I can do about the weather, so I packed a coat.",
  'I gave away my old bike because I never ride it.',
];

export const blindShouldsAndSelfTalk: readonly LabelledSentence[] = labelledBy({
  crisis,
  should: shoulds,
  'behind-or-comparing': behind,
  labelling,
  appearance,
  'shame-about-needs': shame,
  'conditional-worth': conditionalWorth,
  'on-my-own': onMyOwn,
  'nothing-i-can-do': nothingICanDo,
  catastrophising,
  'mind-reading': mindReading,
  none: neutrals,
});
