import { ADVERBS } from './lexicon.ts';
import { END, RESOLVE, SEASON } from './crisis-implied.ts';
import { any } from './rule.ts';

// Crisis as worth and as an ending already settled: being worth too little to stay alive, not
// deserving to live in words other than "live", death as the only thing left to finish, and going
// once those who depend on the writer are seen to. Each names the writer's own life or death; the
// same words about a job, a stay or a plan name their event and are left alone.

/** Means a person stores up, named with the store or the amount. */
const MEANS = any(
  'tablets',
  'pills',
  'meds',
  'medication',
  'medicine',
  'painkillers',
  'paracetamol',
  'sleeping pills',
  'insulin',
  'antidepressants',
);
/** A pet seen to: the one who depends on the writer has a new home. */
const PET_SEEN_TO = any(
  '(?:new|good|loving|forever|safe) home',
  'rehomed',
  'rehome',
  'someone to (?:take|have|look after|adopt|care for) (?:my|the|our) (?:dog|dogs|cat|cats|pets?|kitten|puppy|bird|rabbit|horse)',
);
/** Children seen to: grown, settled, provided for. */
const CHILDREN_SEEN_TO =
  '(?:kids|children) are (?:grown|grown up|settled|sorted|taken care of|looked after|provided for)';
/** Free to go, said of one's life: after children are seen to, "go" alone is as often a journey. */
const FREE_TO_GO = any(
  'i am free to go',
  'i will be free to go',
  'i can (?:finally |at last )?let go',
  'there is nothing (?:left )?keeping me here',
  'nothing (?:is )?keeping me here',
  'i am ready to go',
);
/** Vehicles a person rides in. */
const VEHICLE = any('plane', 'flight', 'train', 'bus', 'car', 'ship', 'boat', 'ferry', 'helicopter', 'coach');
/** Words of self-harm or suicide asked about by someone else. */
const ASKED_HARM = any(
  'kill myself',
  'killing myself',
  'hurt myself',
  'hurting myself',
  'harm myself',
  'harming myself',
  'end my life',
  'ending my life',
  'take my (?:own )?life',
  'taking my (?:own )?life',
  'suicidal',
  'suicide',
  'self harm',
  'self harming',
);
/** How the pull of not existing is told by someone who has felt it. */
const PULL = any(
  'amazing',
  'good',
  'nice',
  'tempting',
  'peaceful',
  'comforting',
  'appealing',
  'freeing',
  'easy',
  'right',
);
/** An ending given a time and nothing else: "it will all be over", "I won't be here". */
const ENDING_SET = any(
  'it will (?:all )?be over',
  'it is (?:all )?going to be over',
  'i will not be (?:here|around|alive)',
  'i am not going to be (?:here|around|alive)',
  'i will be gone',
);

/** The writer's own, stated or unstated. */
export const crisisWorth: readonly string[] = [
  // Worth measured against staying alive: "I should just die", "not worth the air I breathe".
  `should ${ADVERBS}${any('die', 'be dead', 'not be alive', 'not exist', 'never have been born', 'not have been born', 'kill myself', 'end it all', 'end my life')}${END}`,
  `not ${ADVERBS}worth ${any('the air i breathe', 'the oxygen', 'the air', 'keeping alive', 'saving', 'the space i take up', 'the food i eat', 'being alive', 'living')}${END}`,
  `(?:i am|i feel like|i am just|i am nothing but|i have always been) (?:such )?(?:a |an )?(?:[a-z]+ )?waste of ${any('oxygen', 'air', 'breath', 'a life', 'a human life', 'life')}${END}`,
  // Not deserving to live, said other ways: another day, "or even to be here", as a question.
  `(?:do not|does not|never|no longer|not) ${ADVERBS}deserve ${any('another day', 'to see another day', 'another (?:morning|tomorrow|breath|chance at life)', 'one more day', 'a life', 'tomorrow')}${END}`,
  `(?:do not|does not|never|no longer|not) ${ADVERBS}deserve(?: [a-z]+| ,){1,8}? ${any('or', 'nor', 'let alone', 'much less')} (?:even )?to ${any('live', 'be alive', 'be here', 'exist', 'breathe', 'wake up')}(?= *$| [,;:!?"-]| at all| anymore| any more)`,
  `(?:do|does|should) i ${ADVERBS}(?:even )?deserve to ${any('live', 'be alive', 'exist', 'keep living', 'keep breathing', 'go on living', 'stay alive')}${END}`,
  // An ending set and accepted: "it'll all be over soon and I've made my peace with it".
  `${ENDING_SET}(?: [a-z]+){0,6}?(?:${RESOLVE}|(?: [,;:-])? (?:and )?i have made my peace with ${any('that', 'this', 'it all')})`,
  `i have made my peace with ${any('it', 'that', 'dying', 'leaving', 'going')}(?: [,;:-])? (?:[a-z]+ ){0,4}?${ENDING_SET}${END}`,
  `by ${SEASON}(?: ,)? ${any('i will not', 'i am not going to')} be ${any('here', 'around', 'alive')}${END}`,
  // A life already over, with only the act left: "my life is over, I just have to finish it".
  `${any('my life is (?:already |basically |pretty much |practically )?over', 'i am (?:already |basically |practically |pretty much |as good as )+dead(?: already| inside)?', 'i am dead (?:already|inside)')}(?: [,;:-]| and| so)? (?:[a-z]+ ){0,7}?${any('finish (?:it|the job|myself off)', 'end it(?: properly| for real| for good| off)?', 'make it official')}${END}`,
  // Going once the ones who depend on the writer are seen to (a pet rehomed, the children grown).
  `${PET_SEEN_TO}(?: [a-z]+| [,;:-]){0,8}? ${any(FREE_TO_GO, 'i can (?:finally |at last )?go')}${END}`,
  `${CHILDREN_SEEN_TO}(?: [a-z]+| [,;:-]){0,8}? ${FREE_TO_GO}${END}`,
  // Means stored up for it: "enough of my mum's tablets stashed to do it".
  `${any('got', 'have', 'has', 'keep', 'kept', 'keeping', 'saved', 'saving')} (?:enough |a stash of |a supply of )?(?:of )?(?:[a-z]+ ){0,3}?${MEANS}(?: [a-z]+){0,2}? ${any('stashed', 'saved', 'saved up', 'hoarded', 'stockpiled', 'hidden', 'put away', 'set aside', 'kept')} to ${any('do it', 'end it', 'finish it', 'go through with it', 'not wake up')}${END}`,
  // A wish for an accident with the writer in it: "I hope the plane crashes with me on it".
  `${any('hope', 'hoping', 'wish', 'wishing', 'pray', 'praying')}(?: that)? (?:the|this|my|a|our|some) ${VEHICLE} ${any('crashes', 'crash', 'goes down', 'go down', 'sinks', 'sink', 'blows up')} with me ${any('on', 'in', 'inside', 'aboard', 'on board')}`,
  `${any('hope', 'hoping', 'wish', 'wishing', 'pray', 'praying')}(?: that)? (?:the|this|a|some) [a-z]+ ${any('hits me', 'kills me', 'runs me over', 'falls on me', 'crushes me')}${END}`,
  // Dying as the only way out; a step or the sea as a way to go without naming it.
  `no ${any('way out', 'escape', 'exit', 'option', 'choice', 'other way')} ${any('except', 'but', 'other than', 'apart from', 'besides', 'left but', 'left except')} ${any('dying', 'death', 'to die', 'suicide', 'killing myself', 'to kill myself', 'ending it', 'to end it', 'ending my life', 'to end my life')}`,
  `walk(?:ing|ed)? (?:out )?into (?:the )?${any('sea', 'ocean', 'water', 'river', 'lake', 'waves')}(?: [a-z]+){0,3}? and (?:not|never) ${any('turning', 'coming', 'turn', 'come', 'swimming', 'swim')} ${any('back', 'out')}`,
  `how easy ${any('one step', 'a single step', 'one little step', 'it would be to (?:just )?(?:step (?:off|out|forward)|jump|fall|let go|swerve|drive off the road)')} (?:would be|it would be|is)?${END}`,
  // Going to join someone who has died: "after her funeral I'm going to join her".
  `(?<=${any('funeral', 'death', 'passing', 'grave', 'ashes')}(?: [a-z]+| ,){0,5} )${any('going to', 'will', 'want to', 'ready to', 'can', 'have to')} ${any('join', 'be with', 'follow')} ${any('her', 'him', 'them')}(?: again| soon| there)?${END}`,
  // Knowing the pull of it from the inside: "I know it feels amazing to disappear".
  `i ${any('know', 'knew')} (?:that )?(?:it ${any('feels', 'felt', 'would feel', 'is')} (?:so |really )?${PULL}|how ${PULL} it ${any('feels', 'felt', 'would feel', 'would be', 'is')}) to ${any('disappear', 'die', 'not exist', 'not be here', 'end it', 'just stop', 'be gone')}${END}`,
  // Self-regard measured against staying alive: "to like myself enough to be willing to live".
  `${any('like', 'love', 'value', 'care about', 'forgive')} myself enough to ${any('be willing to live', 'want to live', 'want to be alive', 'stay alive', 'keep living', 'not kill myself', 'not hurt myself')}`,
  // One's life insurance weighed against being needed: "I have life insurance, but my kids need me".
  `(?:my|have|got|a lot of) life insurance(?: [a-z]+| ,){0,12}? (?:my|the) ${any('kids', 'children', 'family', 'wife', 'husband', 'son', 'daughter')} ${any('need me', 'would need me', 'would be better off', 'would get (?:it|the money)')}`,
];

/** Phrases that name the writer inside them, whoever the sentence's subject. */
export const crisisWorthAboutMe: readonly string[] = [
  // "Someone as useless as me shouldn't be alive."
  `${any('someone', 'somebody', 'a person', 'people', 'anyone')} ${any('as [a-z]+ as me', 'like me')} ${any('should not', 'does not deserve to', 'do not deserve to', 'should never', 'has no business to')} ${any('be alive', 'live', 'exist', 'be born', 'have been born', 'wake up', 'breathe')}${END}`,
  // What is the point of the writer staying on: "the point of a waste of space like me sticking around".
  `(?:point|use|reason) (?:of|in|for) ${any('me', 'someone like me', 'a person like me', '(?:a |an )?(?:[a-z]+ ){1,4}like me')} ${any('sticking around', 'staying alive', 'being alive', 'being here', 'living', 'existing', 'going on', 'carrying on', 'still being here', 'staying')}${END}`,
  // Nobody missing the writer gone: "nobody would miss me if I just stopped existing".
  `(?:would|will) (?:even )?${any('miss', 'notice', 'care', 'mourn')} (?:me )?(?:if|when) i (?:just )?${any('stopped existing', 'stopped being here', 'was not here', 'were not here', 'was not around', 'were not around', 'vanished', 'was not alive', 'were not alive')}`,
  // Others better off without "a mother like me", "w/o me", "with me out of the picture for good".
  `${any('happier', 'easier', 'better', 'kinder', 'simpler', 'lighter', 'better off', 'better of')}(?: [a-z]+){0,4}? ${any('without (?:a|an|someone|somebody) (?:[a-z]+ )?like me', 'w o me', 'with me out of the (?:picture|way) (?:for good|forever|permanently)')}`,
  `${any('kinder', 'simpler', 'a favour', 'a favor', 'better for (?:everyone|everybody|them|all)')}(?: [a-z]+){0,4}? if i (?:was|were) ${any('not here', 'not around', 'not alive', 'gone', 'dead')}`,
  // A denial taken back at once: "I'm not suicidal, but I do understand the thoughts and desires".
  `(?:i am|i am really|i am honestly) not ${any('suicidal', 'going to do anything', 'going to do it', 'going to hurt myself')}(?: or anything)?(?: ,)? but i (?:do |really |honestly |still )?${any('understand', 'get', 'relate to', 'know', 'feel', 'have', 'think about', 'wish', 'want', 'keep thinking')} (?:the |those |these |my )?${any(`${any('thoughts', 'desires?', 'urges?', 'feelings?', 'pull')}(?= *$| [,;:!?"-]| and (?:the )?(?:desires?|urges?|feelings?|thoughts)| for it| (?:of|about|to do) (?:it|that|this|dying|death))`, 'wanting to die', 'to die', 'to disappear', 'about (?:it|dying|death|ending it)')}`,
  // Wanting to tell someone close of one's own: "I've never known how to talk to my parents about suicide".
  `${any('tell', 'talk to', 'open up to', 'admit to', 'bring it up with')} my ${any('parents', 'mum', 'mom', 'dad', 'family', 'therapist', 'doctor', 'gp', 'counsellor', 'counselor', 'psychiatrist', 'partner', 'husband', 'wife', 'boyfriend', 'girlfriend')} about (?:my )?(?:[a-z]+ (?:or|and) )?${any('suicide', 'suicidal (?:thoughts|feelings)', 'self harm', 'wanting to die', 'my suicidal (?:thoughts|feelings)', 'wanting to kill myself')}`,
  // A question from someone else about harm, answered yes with no comma between.
  `(?<=${any('asked', 'asks', 'asking', 'wanted to know')}(?: me)? (?:if|whether|was|were|am|had|have|did|do) i(?: [a-z]+){0,6}? ${ASKED_HARM}(?: [a-z]+){0,2}? (?:and |, |; )?)${any('i said yes', 'i could not say no', 'i nodded', 'i admitted it', 'i admitted i (?:was|had|am|have)', 'i did not deny it', 'i told (?:her|him|them) the truth')}`,
];

/** A day or a night named: "Friday", "tomorrow night", "this weekend", "the 14th". */
const DAY = any(
  'today',
  'tonight',
  'tomorrow(?: night)?',
  '(?:this |next |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night)?',
  'this (?:weekend|week)',
  'the \\d{1,2}(?:st|nd|rd|th)?',
);

/**
 * A sentence that sets a day for something it leaves unnamed, and nothing more: "Friday is when it
 * happens." On its own this is an everyday plan; with resolve in the next sentence (see below) it is
 * an ending settled upon.
 */
export const dayNamedAlone = new RegExp(
  `^(?:so |and )?${DAY} (?:is|will be) ${any('the day', 'the night', 'when it (?:happens|ends|will happen|is happening)', 'it')}$`,
  'u',
);

/** The next sentence, all resolve: "I've made my decision.", "There's no changing my mind." */
export const resolveAlone = new RegExp(
  `^(?:and )?(?:${any(
    'i have (?:made up my mind|made my decision|decided|made my peace with it|thought it (?:all )?through|accepted it|said my goodbyes)',
    'my mind is made up',
    'there is no (?:going back|turning back|changing my mind|stopping me|stopping it)',
    '(?:nobody|no one) (?:knows|can stop me|will stop me|is going to stop me)',
    '(?:everything|it|it all) is (?:arranged|planned|sorted|in place|decided|set)',
  )})(?: now| already)?(?:$| [,;-]| and | but )`,
  'u',
);
