// Blind batch of 2026-12-07 on crisis left implied: written before the round of rules that follows it
// and scored once with the engine as it then stood; that first score is kept in eval/README.md.
// Crisis said without the act (a date or a plan, "not being around", euphemisms for leaving life,
// beliefs that others would be better without the writer), and also said plainly, with slips and
// shorthand, told to someone, with means and self-harm; each self-judgement pattern in fresh words;
// and hard neutrals that share their words (dates and plans for everyday things, stays that end,
// medication taken as prescribed, idioms, advice, news, fiction, beliefs held in the past).
import { labelledBy, type LabelledSentence } from './labelled-sentence.ts';

const crisis = [
  // A plan or a date with no act named.
  "Sunday is the day. Everything's arranged and I've stopped being scared.",
  "I've settled on a date and nobody is going to talk me out of it.",
  "It'll all be over by the end of the month, I've made my peace with that.",
  "I've sorted out my will and written letters to everyone, so they'll be ready when I go.",
  "After the kids' exams I won't be needing any of this anymore.",
  "I've decided this is my last Christmas.",
  'Once the dog has a new home I can finally go.',
  // Not being around, time being up, leaving.
  "I don't think I'll be around much longer, and honestly that's a relief.",
  "I won't be here by spring and I'm okay with it.",
  'This is my last week on this earth.',
  "I'm ready to leave this world behind.",
  "I'd like to close my eyes and simply not come back.",
  'I want to be with my mum again, wherever she is now, even if it means leaving this life.',
  "I'm so tired of existing.",
  "I'm not meant to be alive, I'm just taking up space until I'm gone.",
  'My life is over, I just have to finish the job.',
  // Beliefs that others would be better without the writer.
  'Everyone would be happier if I just disappeared for good.',
  'The world would be better without me in it.',
  "There's no place for me in this world and there never was.",
  'My family would get the insurance money and finally be free of me if I died.',
  "They'd all be relieved if I wasn't alive anymore.",
  'No one would even notice if I was dead.',
  // Said plainly, with slips and shorthand.
  "I'm going to kill myself tonight.",
  'i want to kil myself so bad',
  'im going to end my life i cant do it anymore',
  'been feeling suicidial all week',
  'thinking about ctb again tonight',
  'honestly i just wanna die lol',
  'kms kms kms',
  'everything in me wants to commit suicide',
  "I've been having thoughts of taking my own life.",
  "I keep fantasising about my own funeral and how peaceful it'll be to be gone.",
  // Not deserving to live, not wanting to.
  'A person like me has no right to be alive.',
  "I don't deserve to keep breathing after what I did.",
  "I wouldn't fight it if I got sick and died.",
  "If I didn't wake up tomorrow I'd be fine with that.",
  "I don't want to live like this, or at all.",
  // Pleas.
  'I begged whoever is up there to stop my heart in my sleep.',
  'Please let this be the night it ends for me.',
  // Means and self-harm.
  "I've been saving up my sleeping pills in a sock drawer.",
  "There's a gun in my dad's cupboard and I keep thinking about using it on myself.",
  'I looked up how tall the multi-storey car park is and whether the fall would be enough.',
  "I've got the rope and I know where I'll hang it.",
  'I burned my arm with a lighter on purpose again.',
  'I scratched my wrists until they bled because I deserved it.',
  'The urge to cut is so strong tonight.',
  'I relapsed on self harm after eight months clean.',
  'I took a whole box of pills last night and woke up in hospital.',
  "I'm sitting in the car in the garage with the engine on.",
  // Told to someone.
  "I told my GP I've been thinking about ending my life.",
  "I finally admitted to my partner that I don't want to be alive anymore.",
  'I messaged the helpline because I was about to hurt myself.',
  "My therapist asked if I'm safe and I lied, I'm not.",
  // Conditional threats that are meant.
  "If she leaves me I'll kill myself, I mean it.",
  "If I fail this again I'm ending it, no more chances.",
  // Euphemism and metaphor.
  'I want to fall asleep forever.',
  'I just want to stop. Stop breathing, stop everything.',
  "I'm done fighting to stay alive.",
  "I'm planning my exit and it feels calm.",
  'I keep imagining just stepping in front of the train on my way home.',
  "I wish a car would hit me so it'd look like an accident.",
];

const shoulds = [
  'I ought to be over this by now, it has been two years.',
  'I should have seen the signs and stopped him.',
  'A good mother would never lose her temper, I must try harder.',
  "I'm supposed to have it all worked out at my age.",
  "I shouldn't still be crying about something this small.",
];

const behind = [
  'Everyone I went to school with has a career and I still work in a shop.',
  "I'm thirty-five and I haven't achieved anything compared to my brother.",
  'My friends all bought houses while I was still figuring out my life.',
  "Other people's kids are reading already and mine isn't, so I've failed as a parent somewhere.",
  "I'm years behind where I should be.",
];

const labelling = [
  "I'm such a spineless idiot.",
  "I'm a complete fraud and soon everyone at work will know it.",
  "I'm nothing but a disappointment.",
  "I'm hopeless at everything I try.",
  "I'm a rubbish sister.",
];

const appearance = [
  'My thighs are revolting.',
  'I look hideous in every photo.',
  "I'm too fat to go swimming with the others.",
  "I hate my face, I can't stand mirrors.",
  'My skin is so gross that I cover it all the time.',
];

const shame = [
  "I'm pathetic for needing so much comfort.",
  'Asking for help makes me feel weak and embarrassing.',
  "I hate how emotional I get, it's ridiculous.",
  "I'm ashamed that I still need my mum at my age.",
  "I'm too much for people, I need too much.",
];

const conditionalWorth = [
  "I'm only worth something when I'm useful to someone.",
  "If I don't get the grades I'm worthless.",
  "I can rest once I've earned it.",
  "I'll like myself when I've lost another stone.",
  'People only love me because I do things for them.',
];

const onMyOwn = [
  "There's nobody I could call at three in the morning.",
  'I have no one in my corner.',
  "I'm all by myself in this and always have been.",
  "Not one person understands what I'm going through.",
  "I've got nobody left.",
];

const nothingICanDo = [
  'Whatever I do, nothing changes, so why bother.',
  "I'm powerless to fix any of this mess with my family.",
  "There's no way out of this situation for me.",
  "I'm stuck and I always will be, it's out of my hands.",
  "It doesn't matter how hard I try, I can't change anything.",
];

const catastrophising = [
  "If I make one mistake in the presentation, I'll lose my job and then the flat.",
  'This headache is probably something terrible.',
  "It's going to be a total disaster, I know it.",
  "He hasn't texted back, something awful must have happened to him.",
  "I'll never recover from this.",
];

const mindReading = [
  'Everyone at the dinner thought I was boring.',
  "My boss thinks I'm useless, I can see it on his face.",
  'My colleagues are all laughing at me behind my back.',
  'He only asked me out because he pitied me.',
  'I know my friends find me annoying.',
];

const neutrals = [
  // Dates and plans for everyday things.
  "Sunday is the day we move house, everything's arranged.",
  "I've settled on a date for the wedding and nobody is changing it.",
  "It'll all be over by Friday, then I can finally relax after the exams.",
  "I've sorted out my will with the solicitor, which feels very grown-up.",
  "I've decided this is my last year at this job.",
  "Once the dog's settled in I'm going to start running again.",
  "I'm planning my exit from the company and it feels calm.",
  // Stays and times that end.
  "I won't be around this weekend, I'm at my mum's.",
  'My time here in Lisbon is almost up and I will miss it.',
  "I'm ready to leave this city behind and start somewhere new.",
  'My last week at the old office was emotional.',
  'I want to go to sleep and not wake up until noon.',
  // Medication, the means in everyday use.
  "I've been taking my sleeping pills the way the doctor said.",
  'I picked up my prescription and put it in the bathroom cabinet.',
  'My dad keeps his hunting rifle locked in a safe.',
  'We bought rope for the tent.',
  'I burned my arm on the oven tray, it stings.',
  'I cut my finger chopping onions.',
  'We sat in the garage fixing the car all afternoon.',
  'The multi-storey car park was full so we parked on the street.',
  // Idioms.
  "I'm dead on my feet after that shift.",
  'That stand-up show absolutely killed me.',
  'I could murder a curry right now.',
  "I'm dying to tell you what happened.",
  'The suspense is killing me.',
  'My laptop battery is dead again.',
  "I'd kill for a holiday.",
  "I'm so done with this weather.",
  // Advice, support, talk about others.
  'If you ever feel like ending your life, please tell someone you trust.',
  "You're not a burden and the world is better with you in it.",
  "My cousin attempted suicide last spring and he's doing better now.",
  "She told me she'd been self-harming, so I helped her find a counsellor.",
  'Please stay, your family needs you.',
  "I worry my friend doesn't want to be alive anymore.",
  // News and fiction.
  'The documentary was about suicide prevention in farming communities.',
  'In the novel, the detective takes his own life in the last chapter.',
  'The paper reported that the man had jumped from the bridge.',
  'In the film she swallows a bottle of pills and her sister finds her.',
  // Beliefs held in the past, disowned.
  'I used to think I had to be perfect to be loved.',
  'When I was younger I believed I was ugly, but I see it differently now.',
  "I once thought nobody would miss me if I was gone, and I'm so glad I was wrong.",
  'My old boss said I was useless, but he was wrong.',
  // Practical shoulds and plain statements.
  'I should pick up bread and eggs on the way home.',
  'I have to drop the car off for its service on Tuesday.',
  'We must book the tickets before they sell out.',
  "I'm behind on the laundry this week.",
  'My sister is further along in her pregnancy than me.',
  "I'm on my own this week while he's away and I'm enjoying it.",
  'I looked in the mirror and noticed my hair needs cutting.',
  'I asked my friend for help moving the sofa and she said yes.',
  'I cried at the end of the film and it felt good.',
  "There's nothing I can do about the rain, so I'll bring an umbrella.",
  'I think my boss liked the report.',
  'The train might be late, I will check the timetable.',
  'I gave my old coat to my neighbour.',
  'I wrote letters to my grandparents this afternoon.',
  'We said our goodbyes at the station and promised to visit.',
  'My plants are dying because I forgot to water them.',
  'I survived the first week of the new job.',
  'I need a break from screens tonight.',
];

export const blindImplied: readonly LabelledSentence[] = labelledBy({
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
