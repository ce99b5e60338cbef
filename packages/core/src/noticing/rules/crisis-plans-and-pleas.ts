import { ADVERBS } from './lexicon.ts';
import { any } from './rule.ts';

// Crisis language the wish and act rules do not reach: asking someone else to end it, means kept,
// counted or chosen without the word "suicide", a note with a time, death weighed as the better choice
// or the only end to pain, a hope that illness ends it, a hospital stay asked for or after the bottom,
// a deadline given to one's life, the will to live going, and "we" that includes the writer.

const PILLS = any(
  'pills',
  'tablets',
  'capsules',
  'meds',
  'medication',
  'medicine',
  'painkillers',
  // Painkillers written as two words, whatever the first ("pain killers", "headache killers").
  '[a-z]+ killers',
  'paracetamol',
  'tylenol',
  'sleeping pills',
  'sleeping tablets',
);
const PLACE = any('bridge', 'roof', 'rooftop', 'building', 'cliff', 'balcony', 'ledge', 'tower', 'car park');
const DELIBERATE = any(
  'do it',
  'end it',
  'end (?:it|things) for good',
  'die',
  'kill myself',
  'go through with it',
  'not wake up',
  'overdose',
  'make sure',
);
/** After "sleep forever": a lie-in has a time or place ("on a Sunday", "in this bed"). */
export const NOT_A_LIE_IN = `(?! ${any('on', 'in', 'at', 'until', 'till', 'after', 'this', 'if', 'when')})`;
/** After a plea to be taken: nothing saying where to ("take me home", "take me to the beach"). */
const TAKEN_FOR_GOOD = `(?= *$| [,;:!?"-]| in my sleep| now| already| tonight| today| away for good| from (?:this|the) (?:world|earth|life)| instead| please| so| and)`;
const WHOSE_PROBLEM = `${any('anyone', 'anybody', 'your', 'their', 'everyone', 'everybody')}(?: s)? ${any('problem', 'burden', 'worry')}`;
const NOTE = `${any('wrote', 'written', 'writing', 'finished', 'drafted', 'left')} (?:a |the |my )?(?:suicide |goodbye |farewell |final )?${any('note', 'letter', 'letters')}`;

/** The writer's own, stated or unstated ("Saved enough tablets to do it."). */
export const crisisPlansAndPleas: readonly string[] = [
  // Someone or something else asked to do it: "I want someone to end it for me".
  `${any('want', 'wish', 'need', 'pray for', 'begging for', 'hoping for')} ${any('someone', 'somebody', 'anyone', 'something', 'god', 'death')} to ${ADVERBS}${any('end it(?: all)? for me', 'end me', 'kill me', 'end my life', 'take my life', 'put me out of my misery', 'take me away for good')}`,
  // Means stored or counted for it, and a place chosen to jump from.
  `enough (?:of )?(?:my |the )?${PILLS}(?: [a-z]+){0,2}? to ${DELIBERATE}`,
  `(?:which|the|a) ${PLACE} (?:i|to) (?:would |will |could |might |am going to |want to |plan to )?jump (?:from|off)`,
  // A note, and when or how: "I've written my note and I know when I'll do it".
  `${NOTE}(?: [a-z]+){0,6}? (?:when|where|how) i (?:will|am going to|would|want to) (?:${DELIBERATE})`,
  // Dying as the only end to pain, or the better choice.
  `only (?:way|thing)(?: [a-z]+){1,5}? (?:is|would be) ${any('if i (?:die|died|am dead|was dead|were dead|kill myself)', 'for me to die', 'my death', 'dying', 'to die', 'death')}`,
  `${any('dying', 'death', 'being dead', 'suicide', 'ending it')} ${any('is', 'would be', 'seems', 'feels', 'looks')} (?:like )?(?:the |a )?${any('better', 'best', 'only', 'easier', 'right')} ${any('choice', 'option', 'answer', 'way out', 'path')}`,
  `(?:would not|do not|would never|honestly would not) ${ADVERBS}mind ${any('dying', 'death', 'being dead', 'the afterlife', 'not waking up', 'never waking up', 'not existing', 'if i died', 'if i did not wake up', 'it all ending', 'getting hit by a (?:car|bus|train)')}`,
  `(?:just )?(?:dying|sleep|sleeping|to sleep) (?:and )?(?:sleeping )?forever${NOT_A_LIE_IN}`,
  // A hope that illness or an accident will end it: "part of me hopes it comes back so it can be over".
  `(?:hope|hopes|hoping|wish|wishes|pray|prays|praying)(?: [a-z]+){1,8}? so (?:that )?(?:it|this|everything|it all|all of this|all this) (?:can|will|would|could) (?:all )?(?:be over|end|stop)(?= *$| [,;:!?"-]| for good| forever)`,
  // Asking to be admitted: what a person does when they cannot keep themselves safe.
  `(?:check|checking|checked|admit|admitting|admitted|sign|signing|signed) myself (?:in|into)(?: (?:to )?(?:a |the )?${any('hospital', 'psych ward', 'psych', 'psychiatric (?:ward|unit|hospital)', 'ward', 'er', 'a and e', 'inpatient', 'crisis unit', 'mental hospital')}|(?= *$| [,;:!?"-]| and | but | tomorrow| tonight| today| again))`,
  // Fear of one's own act: "I'm scared of one day killing myself".
  `${any('fear', 'afraid', 'scared', 'terrified', 'frightened')} (?:of )?(?:one day |actually |eventually )?${any('committing suicide', 'killing myself', 'ending my life', 'taking my own life', 'ending up killing myself')}`,
  // Life as a whole, pointless: hopelessness about living itself, not one task.
  `${any('life', 'my life', 'living', 'existence', 'my existence', 'everything from (?:here|now) on(?: out)?', 'being alive')} ${any('is', 'seems', 'feels', 'has become')} ${ADVERBS}pointless`,
  // A deadline set for life to get better: "I'm giving myself a month to fix my life, then…".
  `giving myself (?:[a-z0-9]+ ){1,3}to (?:[a-z]+ ){0,3}(?:fix|sort out|turn around|turn|change|figure out) my life(?: around)?(?: [a-z]+){0,2}?(?: [,;-])? (?:then|or else|otherwise|and if (?:it|that|not)|if (?:it|that) (?:does not|do not) work)`,
  // Self-harm as who one is, and the will to live going.
  `(?:am|was|have been|became|am still) (?:a |an )?(?:self harmer|cutter)`,
  `(?:losing|lost|lose) (?:my|the|all my) will(?= *$| [,;:!?"-]| to (?:live|go on|keep going|carry on|exist))`,
  `(?:i|me) (?:could|would|might) (?:[a-z]+ )?be (?:[a-z]+ )?snuffed out|(?:my (?:existence|soul|spirit|will to live)) (?:has|had|is) (?:[a-z]+ )?(?:died|dead|gone out|sputtered out)`,
  // An attempt that failed, told by how: "the gun jammed".
  `${any('gun', 'pistol', 'rifle')} (?:jammed|jamming|misfired|did not fire|would not fire)`,
  // Going on as a struggle in itself, and hopelessness felt (not "hopeless about the exam").
  `find it ${ADVERBS}(?:hard|difficult|impossible) to ${any('continue', 'go on', 'keep going', 'keep living', 'carry on', 'stay alive', 'want to live', 'be alive')}(?= *$| [,;:!?"-]| for myself| anymore| any more| like this)`,
  `(?:feel|feeling|felt) ${ADVERBS}(?:(?:despair|empty|numb|alone) and )?hopelessness(?= *$| [,;:!?"-])`,
  // A method kept ready: "my method isn't going anywhere".
  `my method (?:is|was) (?:${any('not going anywhere', 'ready', 'still there', 'still here', 'waiting', 'in place', 'sorted')})`,
  // A hospital stay after reaching the bottom, and wanting to be in the afterlife now.
  `(?:was|got|been|am) (?:hospitali[sz]ed|admitted|in (?:the )?hospital)(?: [a-z]+){0,3}? (?:after|because|for) ${any('hitting (?:rock )?bottom', 'a breakdown', 'my breakdown', 'trying', 'an attempt', 'my attempt', 'i tried', 'cutting', 'self harm', 'being suicidal')}`,
  `${any('want', 'wanted', 'wanting', 'ready', 'long', 'longing', 'wish', 'wished')} to (?:go to|be in|get to) ${any('heaven', 'the afterlife', 'valhalla', 'the other side', 'the next life')}(?! ${any('when', 'one day', 'someday', 'after', 'if', 'because', 'by', 'eventually')})`,
  // A large number of pills taken, told in numbers: "took over 100 painkillers".
  `${any('took', 'taken', 'take', 'swallowed', 'swallow', 'downed')} (?:${any('over', 'about', 'around', 'like', 'nearly', 'almost', 'more than', 'at least')} )?(?:[2-9]\\d|\\d{3}|twenty|thirty|forty|fifty|sixty|a hundred|hundreds of)(?: to (?:[2-9]\\d|\\d{3}))?(?: [a-z]+){0,4}? ${PILLS}`,
  // A plea to be taken or killed, to God, fate or anyone ("please God just take me", "I wish someone
  // would shoot me"); "take me" only where nothing says where to ("take me home" is a lift).
  `${any('god', 'lord', 'universe', 'death')} (?:, )?${ADVERBS}${any('take me', 'end me', 'kill me', 'let me die', 'let me not wake up')}${TAKEN_FOR_GOOD}`,
  `${any('wish', 'want', 'need', 'pray', 'praying', 'hope', 'hoping', 'begging')} (?:that )?${any('someone', 'somebody', 'anyone', 'something', 'god', 'death', 'a (?:car|bus|truck|lorry|train)')} (?:would|will|could|to) ${ADVERBS}${any('shoot me', 'kill me', 'end me', 'take me', 'run me over', 'hit me', 'finish me off', 'put me out of my misery')}${TAKEN_FOR_GOOD}`,
  // A hope that an illness or a danger finishes the writer off: "I hope it comes back and finishes me".
  `${any('hope', 'hoping', 'wish', 'pray', 'praying')} (?:(?!not |never )[a-z]+ ){1,6}?${any('finishes me off', 'finish me off', 'finishes me', 'ends me', 'takes me out', 'kills me', 'kill me')}(?= *$| [,;:!?"-]| for good| this time| already| and)`,
  // Hoping one's own body stops: "hoping my heart just stops".
  `${any('hope', 'hoping', 'wish', 'wishing', 'pray', 'praying')} (?:that )?my ${any('heart', 'breathing', 'lungs')} (?:would |will |just |finally |simply )*${any('stops?', 'gives? out', 'gives? up', 'fails?')}(?! ${any('racing', 'pounding', 'hurting', 'aching')})`,
  // Not mattering once the writer is gone: "none of this will matter because I won't be here".
  `(?:will not|would not|does not|is not going to|none of (?:this|it) will|nothing will) matter (?:[a-z]+ ){0,3}?${any('because', 'since', 'when', 'once', 'after')} ${any('i (?:will not|am not going to|would not) be (?:here|around|alive)', 'i am (?:gone|dead)')}`,
  // Not minding being hit or not waking: passive wishes to die.
  `(?:would not|do not|would never|honestly would not) ${ADVERBS}mind if (?:a|the|some) (?:car|bus|train|truck|lorry|plane|meteor)(?: [a-z]+)? (?:hit|hits|ran over|runs over|killed|kills|took|takes) me`,
  // Sleep for good, and "the easy way out" wanted or near (not "took the easy way out and…").
  `(?:to )?(?:sleep|go to sleep|fall asleep) ${any('for good', 'permanently', 'for ever')}(?! ${any('on', 'in', 'at', 'until', 'till', 'after', 'if', 'when', 'this (?!time)')})`,
  `${any('close to', 'thinking (?:about|of)', 'tempted to', 'want to', 'wanting to', 'ready to', 'considering', 'going to', 'about to')} ${ADVERBS}tak(?:e|ing) the easy way out(?= *$| [,;:!?"-]| for good| now| tonight| soon)`,
  // Common metaphors of ending: stepping off an edge, a light going out for good, one's time up.
  `(?:ready|going|about|want|wanting|tempted|close) to ${ADVERBS}(?:step|jump) off(?= *$| [,;:!?"-]| the edge| for good| into nothing)`,
  `${any('lights?', 'candle', 'flame')} (?:to )?(?:just )?(?:go|goes|going) out ${any('for good', 'forever', 'permanently', 'for ever')}`,
  `my time (?:on (?:this )?earth|in this world|in this life|alive) (?:is|was) (?:nearly |almost |finally |just about )?(?:up|over|done)`,
  // A place or blade held with the thought of going further.
  `${any('razor', 'blade', 'knife')}(?: [a-z]+){0,8}? ${any('going deeper', 'go deeper', 'cutting deeper', 'cut deeper', 'pressing harder', 'press harder')}`,
];

/** Phrases that name the writer inside them ("ourselves", "I won't be anyone's problem"), whoever the subject. */
export const crisisPlansAboutMe: readonly string[] = [
  // "We" with the writer in it: "some of us are going to kill ourselves".
  `(?:kill|killing|off|offing|hang|hanging) ourselves(?! ${any('over', 'to (?:finish|get|make|meet)', 'working', 'laughing', 'for (?:a|the|this|that)')})`,
  // Others afraid the writer will do it: "why do you hope I don't kill myself?".
  `(?:hope|hopes|hoping|worried|worries|scared|afraid|terrified)(?: that)? i (?:do not|will not|would not|might|will|am going to) ${any('kill myself', 'hurt myself(?! (?:on|at|with|doing|while|skiing|running|climbing|cooking|lifting))', 'end it', 'end my life', 'try again')}`,
  // Soon not anyone's problem: "I won't be anyone's problem soon".
  `soon i (?:will not|am not going to) be ${WHOSE_PROBLEM}|i (?:will not|am not going to) be ${WHOSE_PROBLEM} ${any('much longer', 'for much longer', 'for long', 'soon', 'anymore', 'any more')}`,
];
