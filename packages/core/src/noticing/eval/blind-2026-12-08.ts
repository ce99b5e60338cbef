// Blind batch of 2026-12-08 on worth and on crisis that reaches past its sentence: written before the
// round of rules that follows it and scored once with the engine as it then stood; that first score is
// kept in eval/README.md. Crisis as worth and deserving (being worthless and better gone, not deserving
// to live or to be loved, the world without the writer) in many phrasings, with slips and shorthand; a
// plan whose resolve follows in the next sentence, an ending the writer has made peace with, a life
// "over" with only the act left, going once a pet is rehomed; metaphor with no crisis word; a question
// from someone else answered with no comma; crisis under a denial or inside support to others. Each
// self-judgement pattern (being behind told as a story, labels with uncommon modifiers), and hard
// neutrals: support given to others, news, fiction, the past told as over, idioms, and everyday plans,
// worth and endings in the same words.
import { labelledBy, type LabelledSentence } from './labelled-sentence.ts';

const crisis = [
  // Worth and deserving to live.
  "I'm worthless and everyone would be better off if I was gone.",
  "I don't deserve to live after everything I've ruined.",
  'i dont deserve to be alive',
  "I don't deserve to be loved, or to be here at all.",
  'The world would keep turning just fine without me, better even.',
  "What's the point of a waste of space like me sticking around.",
  "I'm a burden and my family would be better off without me.",
  "Someone as useless as me shouldn't be alive.",
  "I don't deserve another day.",
  'i dont deserv to live tbh',
  'Nobody would miss me if I just stopped existing.',
  "Everyone's life would be easier with me out of the picture for good.",
  "I'm worthless, I should just die.",
  "I'm not worth the air I breathe.",
  "People like me don't deserve to wake up.",
  'My kids would be better off without a mother like me.',
  'the world is better w/o me',
  "I'd be doing everyone a favour by dying.",
  "Im such a waste of oxygen, I shouldn't be alive.",
  "I don't deserve to live, let alone be happy.",
  'No one would care if I died tomorrow.',
  "It would be kinder to everyone if I wasn't here anymore.",
  "I'm better off dead than being this worthless.",
  'better of dead honestly',
  'Do I even deserve to keep living?',
  // A plan with its resolve in the next sentence, an ending made peace with, a life "over".
  "Friday is when it happens. I've made my decision.",
  "Tomorrow night is the night. There's no changing my mind.",
  "I've picked the date. Nobody knows and that's how it will stay.",
  "It will all be over soon and I've made my peace with it.",
  "I've made my peace with it, by next week I won't be here.",
  "After her funeral I'm going to join her. I've thought it through.",
  "My life is already over, all that's left is to end it properly.",
  "I'm basically dead already, I just need to finish it.",
  // Going once the ones left behind are seen to.
  "Now that the cat has gone to a good home, I'm free to go.",
  "Once I've found someone to take my dog, there's nothing keeping me here.",
  "The kids are grown and the dog's rehomed, so I can finally let go.",
  // Metaphor with no crisis word.
  'I want to go to sleep and never come back.',
  "I'm ready to check out for good.",
  'I just want to disappear and never be found.',
  'I keep thinking about walking into the sea and not turning back.',
  'I want the lights to go out for good.',
  'I keep standing on the cliff path thinking how easy one step would be.',
  // Shorthand and slips.
  'ngl thinking of unaliving myself',
  'i wanna kms fr',
  'feeling v suicidle tonight',
  'i wnat to die',
  'gonna end it all this weekend',
  'sewerslide thoughts again',
  'i just wanna not exist anymore',
  // Means.
  "I've got enough of my mum's tablets stashed to do it.",
  'I bought a rope and I already know which beam.',
  "I've been looking at the bridge on my way to work and working out the height.",
  // A question from someone else answered, told to someone.
  "The nurse asked if I'd thought about killing myself and I said yes.",
  "My friend asked was I going to hurt myself and I couldn't say no.",
  "She asked if I was safe and I told her I wasn't.",
  'I told my sister I want to die and she laughed.',
  // Under a denial, inside support to others.
  "I'm not suicidal or anything, I just don't want to wake up anymore.",
  "I wouldn't actually do it, but I think about dying every single day.",
  "I'm in the same place as you, I've been planning to end it too.",
  'Hang in there, I know how it feels because I tried to kill myself last month.',
  // Self-harm.
  'I cut again last night, deeper than before.',
  'I keep hitting myself until it bruises.',
  // Passive wishes and pleas.
  'I hope the plane crashes with me on it.',
  "I pray every night that I don't wake up.",
  'Please god just take me.',
  "Somebody please just kill me, I can't do this.",
  'I want to stop existing.',
  // Trapped, done, goodbye.
  "There's no way out except dying.",
  "I can't keep living like this, I'm done, I want it over.",
  'Goodbye everyone, thank you for trying.',
];

const shoulds = [
  'I should really have known better than to trust him.',
  'I should be able to cope with a simple phone call.',
  'I must try harder to keep everyone happy.',
  'I really ought to have fixed this by now.',
  "I shouldn't feel this jealous of my best friend.",
];

const behind = [
  'While my classmates were getting promotions, I was still living in my childhood bedroom.',
  "My little brother has a mortgage and two kids and I'm still renting a room.",
  'Everyone else seems to have their life together except me.',
  'By the time my mum was my age she had three kids and a house.',
  "I'm the only one of my friends who still hasn't learned to drive.",
];

const labelling = [
  "I'm such a gutless coward.",
  "I'm a pathetic excuse for a father.",
  "I'm a total screw-up.",
  "I'm an utterly selfish person.",
  "I'm just a lazy slob.",
];

const appearance = [
  'My nose is enormous and ugly.',
  'I look disgusting in this dress.',
  'My body is repulsive.',
  "I'm so fat and gross.",
  'My teeth are hideous so I never smile in photos.',
];

const shame = [
  'I feel stupid for needing reassurance all the time.',
  "I hate that I still need someone to tell me I'm okay.",
  "Crying in front of him was humiliating, I'm so weak.",
  "I'm ashamed of how lonely I get.",
  'Needing a hug makes me feel pathetic.',
];

const conditionalWorth = [
  "I'm only good enough if I get the promotion.",
  'Unless I am thin, no one will love me.',
  "I only matter when I'm making money.",
  "If I stop being helpful they'll have no reason to keep me around.",
  "I'll deserve a break once everything is done.",
];

const onMyOwn = [
  'I have no one to talk to about any of this.',
  "Everyone has left me and I'm completely alone.",
  "There isn't a single person who'd pick up if I called.",
  "I'm on my own with all of it, as always.",
  "Nobody ever gets what I'm feeling.",
];

const nothingICanDo = [
  'No matter what I try, it never makes a difference.',
  "I'm helpless against this.",
  "I can't do anything to change how this goes.",
  "It's pointless trying, nothing will change.",
  "I'm trapped in this job and there's no escape.",
];

const catastrophising = [
  'If I fail this exam my whole future is ruined.',
  'This lump is definitely cancer.',
  'Everything is going to fall apart, I just know it.',
  "If he's late it means he's had an accident.",
  "If I miss this deadline, they'll fire me and I'll never work again.",
];

const mindReading = [
  "She's ignoring me because she thinks I'm needy.",
  "They all think I'm stupid.",
  "I can tell my teacher doesn't like me.",
  "He must think I'm a total mess.",
  'My in-laws secretly hate me.',
];

const neutrals = [
  // Support given to others.
  "If you're thinking about ending it, please call someone tonight.",
  'You deserve to live and you deserve to be loved.',
  'Your kids would not be better off without you, they need you.',
  'I told her the world would be worse without her in it.',
  'I volunteer on a crisis line on Thursday nights.',
  'My best friend said she felt worthless, so I stayed with her all evening.',
  'When my brother said he wanted to die, I drove straight over.',
  "Please don't hurt yourself, reach out to me anytime.",
  "I asked him if he was safe and he said yes, he's okay.",
  'Nobody deserves to feel like a burden.',
  // News.
  'The report says suicide rates among young men have fallen.',
  'A man died after falling from the bridge, police said.',
  'The charity is raising money for suicide prevention.',
  'The article was about overdoses in the city.',
  // Fiction and games.
  'In the play, the prince wonders whether to be or not to be.',
  "The heroine of the book decides she doesn't deserve to live, and then finds a reason to.",
  'In the game my character died three times on the last level.',
  'The villain says the world would be better without humans.',
  // The past told as over.
  'A few years ago I felt worthless, but therapy really helped and I am doing well.',
  "I used to believe I didn't deserve to be loved; I don't think that now.",
  "Back then I wanted to disappear, and I'm glad I stayed.",
  "Last year I was in a dark place, but I'm through it now.",
  // Idioms.
  'My phone died in the middle of the call.',
  'I almost died of embarrassment when my microphone was on.',
  'This commute is going to be the death of me.',
  "I'm killing time until the train comes.",
  'We killed it at the quiz tonight.',
  "Honestly, I'd rather die than sing karaoke.",
  'That joke was so bad I wanted the ground to swallow me up.',
  'My tomatoes are dead because of the frost.',
  "I'm so tired I could sleep for a week.",
  "I'm over it, the whole thing is finished.",
  // Everyday plans, endings and going.
  'Now that the cat has a new home, I can finally move abroad.',
  "Once the dog is rehomed I'll finally have time to travel.",
  "I've made my peace with it, the job wasn't right for me.",
  'My old life is over, I just have to finish packing the boxes.',
  "Friday is the day. Everything's booked for the party.",
  "I've picked the date for the surgery and I feel ready.",
  "It'll all be over soon, the renovation finishes next week.",
  "We're ready to check out of the hotel at ten.",
  // Worth and deserving in everyday use.
  "The old car isn't worth fixing.",
  "I don't deserve this award, but I'm grateful.",
  'I deserve a holiday after this month.',
  'Is it even worth going to the party?',
  'The world without bees would be a poorer place.',
  // Questions answered, practical shoulds and plain statements.
  'The doctor asked if I was sleeping well and I said mostly.',
  'She asked if I wanted tea and I said yes.',
  'I should call the plumber about the leak.',
  'I have to finish the report by Monday.',
  "We're behind schedule on the kitchen.",
  "My brother earns more than me, and that's fine.",
  'I live alone and I love the quiet.',
  "There's nothing I can do about the delay, so I'm reading.",
  "The forecast says it'll probably rain all weekend.",
  'I think my neighbour is away on holiday.',
  'I cut my hair short and it looks great.',
  "I gained a bit of weight over Christmas and I don't mind.",
  'I asked for help at work and it went fine.',
  'I took two paracetamol for the headache.',
  'I wrote my grandmother a goodbye card when she moved to Spain.',
  'My grandfather made his peace with dying and passed quietly at ninety.',
  'Everyone in the team said they felt behind, so we moved the deadline.',
];

export const blindWorth: readonly LabelledSentence[] = labelledBy({
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
