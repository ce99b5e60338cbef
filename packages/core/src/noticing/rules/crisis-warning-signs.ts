import { ADVERBS } from './lexicon.ts';
import { any } from './rule.ts';

// The warning signs that suicide-prevention lines teach people to hear, in the writer's own voice:
// no reason to go on, being a burden, feeling trapped, pain that cannot be borne, giving up on life,
// saying goodbye and putting things in order, and an attempt or self-harm told by the one who did it.
// None of them needs the word "suicide". Each names the whole of life, not one task: "I can't do this
// anymore" is a warning sign, "I can't do this puzzle anymore" is not.

/** The end of a clause: the phrase stands alone, with nothing after it that makes it smaller. */
const END = '(?= *$| [,;:!?"-]| and | but | so | because | i )';
/** Life as a whole, or an unnamed "this" that stands for it. */
const LIFE = any(
  'this',
  'it',
  'any of (?:this|it)',
  'this life',
  'life',
  'my life',
  'living',
  'everything',
  'it all',
  '(?:the|this) pain',
  'the hurt',
  'another day(?: of this)?',
  'one more day',
  'much more',
);
const ANYMORE = any('anymore', 'any more', 'any longer', 'much longer', 'for much longer');

/** No reason, no point, no way to go on; a future the writer cannot see. */
export const hopelessness: readonly string[] = [
  `${any('can not', 'could not', 'am not able to', 'do not know how (?:much )?(?:longer )?i can')} ${ADVERBS}${any('do', 'take', 'handle', 'bear', 'stand', 'cope with', 'deal with', 'face', 'live with', 'keep doing', 'keep up', 'survive', 'carry on with', 'go through')} ${LIFE}(?: ${any('shit', 'crap', 'stuff')})? ${ANYMORE}`,
  `${any('can not', 'could not')} ${ADVERBS}${any('face', 'do', 'survive', 'get through')} ${any('another day', 'one more day', 'tomorrow', 'life', 'living')}${END}`,
  `${any('can not', 'could not')} ${ADVERBS}keep ${any('doing this', 'fighting', 'living like this', 'pretending i am okay', 'holding on')}${END}`,
  `(?:there is |there is just |there is really |i see |i have |i have got )?no (?:real )?point ${any('anymore', 'any more', 'in anything', 'to anything', 'in any of (?:this|it)', 'to any of (?:this|it)', 'in going on', 'to going on', 'in trying to live', 'in living', 'in life', 'to life', 'to my life', 'in being here')}`,
  `what is (?:even |really )?the point ${any('anymore', 'any more', 'of anything', 'of any of (?:this|it)', 'of it all', 'of everything', 'of life', 'of my life', 'of living', 'of being here', 'of me', 'of trying to live', 'of waking up', 'of existing')}`,
  `${any('do not', 'did not', 'can not', 'could not')} (?:have|find|see|think of) ${any('a', 'any', 'a single', 'one')} (?:good )?${any('reason', 'point')} ${any('to live', 'to be alive', 'to stay alive', 'to keep going', 'to go on', 'to continue', 'to carry on', 'to be here', 'to wake up', 'for living', 'for being here', 'to keep living', 'in living', 'in going on')}`,
  `no ${any('reason', 'point')} to ${any('continue', 'carry on', 'keep fighting', 'keep trying to live')}`,
  `${any('can not', 'could not', 'do not', 'no longer')} ${ADVERBS}see (?:a |any |my )?future(?: ${any('for myself', 'for me', 'at all', 'anymore', 'ahead', 'beyond (?:this|today|tomorrow)')}){0,2}${END}|(?:have|there is) no future (?:for me|left|ahead of me)|do not have a future`,
  `${any('am', 'feel', 'feeling', 'felt', 'have become')} ${ADVERBS}hopeless (?:about (?:life|everything|the future|my future|living|ever (?:getting better|being happy))|and (?:empty|numb|worthless|done|suicidal)|in (?:life|everything))`,
  `${any('feel', 'feeling', 'am feeling')} ${ADVERBS}hopeless(?= *$| [,;:!?"-])`,
  `(?:everything|life|my life|my future|it all|the future|living) ${ADVERBS}(?:is|feels|seems|looks) ${ADVERBS}hopeless`,
  `(?:have|there is|with|got|have got) no (?:more )?hope (?:left|anymore|any more|for me|for the future|of (?:ever )?(?:getting better|things getting better|recovering))|(?:lost|losing|given up|gave up) (?:all )?(?:my )?hope(?: ${any('of (?:ever )?(?:getting better|recovering|being happy|things getting better)', 'in (?:life|everything|the future|living)')}|${END}|$)`,
  `nothing ${ADVERBS}matters (?:to me )?${any('anymore', 'any more', 'any longer')}|(?:do not|no longer) ${ADVERBS}care (?:${any('if', 'whether', 'what happens to me if')} i ${any('live', 'die', 'wake up', 'make it', 'survive', 'get hurt', 'get killed', 'crash', 'am alive')}|what happens to me)`,
  `(?:not ${ADVERBS}sure (?:if |whether |that )?|do not ${ADVERBS}know (?:if|whether) |do not ${ADVERBS}think )i (?:want|can|will be able) (?:to )?${any('do this', 'keep doing this', 'go on', 'keep going', 'be here', 'keep living', 'continue', 'stay alive', 'make it', 'hold on', 'stick around')}(?: ${any('anymore', 'any more', 'any longer', 'much longer')})?${END}`,
  `(?<=(?:if|whether|sure|think|know if) )i (?:will |would |can )?(?:stick|stay) around(?! (?:for|after|to|until|till|at|in|with|here|there))|(?<=if )i am (?:still )?(?:alive|around) (?:by|next|in|at|tomorrow|much longer)`,
  `${any('had', 'have had')} (?:more than )?enough of ${any('this life', 'life', 'living', 'being alive', 'existing', 'this world', 'everything and everyone')}`,
];

/** Being a burden to others: the writer weighing on everyone, wholly and not in one moment. */
export const burden: readonly string[] = [
  `${any('am', 'feel like', 'feel', 'being', 'have become', 'became', 'am becoming', 'am such', 'am just', 'am only', 'am nothing but')} (?:${any('such', 'just', 'only', 'nothing but', 'always', 'so much of', 'a total', 'a huge', 'a massive', 'a constant', 'the', 'a', 'an')} )*${any('burden', 'weight', 'drain', 'dead weight')}s? ${any('to', 'on', 'for')} ${any('everyone', 'everybody', 'them', 'others', 'other people', 'people', 'the people', 'my [a-z]+', 'those', 'all', 'the world', 'anyone', 'society')}`,
  `${any('am', 'feel like', 'being', 'am just', 'am nothing but', 'am only')} (?:${any('such', 'just', 'only', 'nothing but', 'a total', 'a huge', 'a massive', 'a constant', 'the')} )*(?:a |an )?${any('burden', 'dead weight')}${END}`,
  `nothing but a burden|just a burden(?! (?:when|whenever|for|if))|${any('just', 'only', 'nothing but')} ${any('taking up', 'take up', 'wasting')} ${any('space', 'oxygen', 'air')}${END}`,
  `${any('will not', 'am not going to', 'will never', 'would not')} ${any('be a (?:problem|burden|bother|nuisance)', 'be in (?:anyone|anybody|your|their|the) way', 'bother (?:anyone|anybody|you|them|you all|people)', 'trouble (?:anyone|anybody|you|them)')} (?:to |for )?(?:anyone |anybody |you |them |you all )?${any('much longer', 'for much longer', 'for long', 'again', 'anymore', 'any more', 'after (?:today|tonight|this)', 'ever again', 'soon')}`,
];

/** Trapped with no way out; pain that cannot be borne. */
export const trappedOrInPain: readonly string[] = [
  `${any('am', 'feel', 'feeling', 'felt')} ${ADVERBS}(?:trapped|stuck) ${any('in (?:my (?:own )?(?:head|mind|body|thoughts|skin)|this (?:body|hell)|my existence|here forever)', '(?:in )?(?:my (?:own )?|this )?(?:life|living)(?= *$| [,;:!?"-]| and (?:i )?(?:can not|there is no|see no))', 'with no (?:way out|escape|exit)', 'forever')}`,
  `${any('can not', 'could not', 'do not', 'no longer')} see (?:a |any |the )?(?:way out|exit|escape|light at the end)|see no (?:way out|exit|escape)|(?:there is|i have|there is just) no (?:way out|escape|exit)(?: ${any('of this', 'from this', 'for me', 'from my (?:life|head|mind|thoughts|pain)', 'anymore', 'left')}){0,2}${END}`,
  `(?:the|this|my) ${any('pain', 'hurt', 'agony', 'suffering')} (?:${any('is', 'feels', 'has become', 'has gotten', 'is getting', 'gets')}) (?:${any('so', 'just', 'too', 'completely', 'absolutely', 'really', 'truly', 'way')} )*${any('unbearable', 'too much(?! for (?:a|one) (?:day|night))', 'too much to (?:bear|take|handle|live with)', 'more than i can (?:bear|take|handle|stand)', 'impossible to (?:bear|live with)')}`,
  `(?:hurts|is|it is) (?:just )?too ${any('much', 'painful', 'hard')} to ${any('keep living', 'go on', 'keep going', 'live', 'stay alive', 'be alive', 'exist', 'keep existing', 'carry on')}`,
  `${any('can not', 'could not')} (?:${any('take', 'bear', 'stand', 'handle', 'live with', 'endure')}) (?:the|this|my) (?:${any('pain', 'hurt', 'agony', 'suffering', 'emptiness')})${END}`,
];

/** Giving up on life, letting go of it, done fighting to stay. */
export const givingUp: readonly string[] = [
  `${any('give up', 'giving up', 'gave up', 'given up')} on ${any('everything', 'it all', 'the future', 'my future', 'ever getting better', 'getting better', 'staying', 'surviving', 'hope', 'trying to live', 'the world')}${END}`,
  `${any('done', 'finished', 'tired of', 'sick of', 'exhausted from', 'too tired for', 'too tired to keep', 'can not keep')} fighting(?: ${any('to (?:stay alive|live|survive|be here|keep going|stay)', 'for my life', 'this', 'it', 'anymore', 'any more', 'any longer')})?${END}`,
  `(?<!(?:done|finished|stop|quit) )fighting (?:so hard )?to (?:stay alive|keep living|survive|stay here|keep going)`,
  `let go of ${any('this life', 'life', 'living', 'everything', 'it all', 'this world')}|(?:am|feel) ready to (?:let go|go|leave)(?= *$| [,;:!?"-]| now| for good| forever)`,
  `lost (?:all )?(?:my )?${any('will', 'desire', 'reason', 'hope')} to ${any('live', 'go on', 'keep going', 'continue', 'fight')}|no (?:will|desire|hope) (?:left )?to ${any('live', 'go on', 'keep going', 'continue', 'fight')}`,
];

/** Goodbyes, giving things away, putting affairs in order for after one is gone. */
export const puttingInOrder: readonly string[] = [
  `this is (?:my )?goodbye|this is (?:my )?(?:last|final) ${any('entry', 'post', 'message', 'note', 'words', 'goodbye')}|(?:my |a )?(?:last|final) (?:goodbye|words) to ${any('everyone', 'everybody', 'you all', 'the world', 'my family')}`,
  `(?:say|said|saying|write|wrote|writing) (?:my )?goodbyes?(?: to [a-z]+)? ${any('while i (?:still )?can', 'before i go', 'for the last time', 'one last time', 'for good', 'before it is too late')}`,
  `(?:give|giving|gave|given) away(?: [a-z]+){0,5}? (?:${any('things', 'stuff', 'belongings', 'possessions', 'clothes', 'pets?', 'cat', 'dog', 'savings')})(?: [a-z,]+){0,8}? ${any('will not need', 'do not need', 'would not need', 'will not be needing', 'when i am gone', 'after i am gone')}`,
  `(?:putting|put|get|getting|got) my (?:affairs|things|life) in order|(?:tying|tie|tied) up (?:all )?(?:my )?loose ends(?! (?:at|before|for|with|on) )`,
  `(?:will not|am not going to|never going to) ${any('bother', 'trouble', 'burden')} ${any('anyone', 'anybody', 'you', 'you all', 'them', 'people')} (?:ever )?again`,
];

/** An attempt, a hospital stay after one, self-harm: told by the one it happened to. */
export const attemptOrHarm: readonly string[] = [
  `(?:swallowed|took|taken|downed|swallow|take)(?: all of| all)? (?:everything|every pill|every tablet|whatever (?:i|was) (?:could find|had|there)) ${any('in', 'from')} (?:the |my )?${any('medicine', 'bathroom', 'first aid', 'kitchen')} (?:cabinet|cupboard|drawer|box)`,
  `my (?:${any('last', 'first', 'second', 'third', 'recent', 'latest', 'previous', 'most recent', 'failed')} )?attempts?(?! ${any('at', 'to', 'of', 'on', 'in', 'with')}(?![a-z]))`,
  `(?:made|make|making|survived) (?:an|another|a|my|one more) (?:${any('serious', 'real', 'second', 'third', 'failed', 'last', 'first')} )?attempt(?! ${any('at', 'to', 'of', 'on', 'in', 'with', 'for')}(?![a-z]))`,
  `(?:in|from|out of) (?:the )?(?:hospital|a and e|er|icu|emergency) (?:after|because|since) (?:i|my) ${any('tried', 'attempt', 'attempted', 'overdose', 'overdosed', 'od', 'took', 'cut', 'swallowed', 'drank')}`,
  `relapsed(?: [a-z]+){0,2}? (?:and |into |on |with )?(?:cut|cutting|burned|burning|burnt|self harm|sh|hurting myself|harming myself)|(?:cut|burned|burnt) (?:again )?(?:last night|tonight|this morning|today|yesterday) after (?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|few|several) (?:days?|weeks?|months?|years?)`,
  `(?:fresh|new|deep|open|bleeding) (?:${any('cuts', 'wounds', 'burns', 'scratches', 'gashes')})(?: on my [a-z]+)?|my [a-z]+ (?:are|is) (?:covered in|full of) (?:${any('cuts', 'scars', 'burns', 'scratches', 'wounds')})`,
  // Attempts counted, with no object: "I have attempted twice", "I have attempted before".
  `(?:i|i have|i had|have) attempted ${any('twice', 'once', 'before', 'again', 'several times', 'multiple times', 'many times', 'a few times', 'more than once', '(?:\\d+|two|three|four|five) times')}`,
  // An act nearly done, told at the end of its clause: "Last night I almost jumped."
  `(?:i|i have|i had) (?:almost|nearly|very nearly|so nearly) ${any('jumped', 'overdosed', 'hanged myself', 'ended it all', 'took them all')}${END}`,
  `(?:drink|drinking|drank|drug|drugging) myself to death|(?:drink|drinking) myself (?:into (?:oblivion|an early grave)|to sleep forever)`,
  `(?:keep|kept|been|sat|sit|sitting|am) (?:staring|looking|glancing) at (?:the |my |all the |all my )?${any('pills', 'tablets', 'meds', 'rope', 'knife', 'blade', 'razor', 'gun', 'bridge', 'tracks', 'edge')}`,
];

/** Warning signs that name the writer inside them ("they put me on a hold"), whoever the subject. */
export const warningSignsAboutMe: readonly string[] = [
  // A close person lost to suicide, told by the writer: people bereaved by suicide are at raised risk
  // themselves, and "you do not have to hold this alone" is the right offer. An attempt, a friend or a
  // neighbour is not in it.
  // Told as notes do, with no "my" ("Brother killed himself in June."), the close person is the writer's.
  `(?:my |^)(?:${any('twin', 'little', 'big', 'older', 'younger', 'baby', 'only', 'best', 'late')} )?${any('mother', 'mum', 'mom', 'father', 'dad', 'brother', 'sister', 'son', 'daughter', 'husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'child', 'best friend', 'twin')}(?: [a-z]+){0,2}? ${any('killed (?:himself|herself|themselves|themself)', 'took (?:his|her|their) (?:own )?life', 'committed suicide', 'died by suicide', 'completed suicide', 'hanged (?:himself|herself|themselves)', 'shot (?:himself|herself|themselves)')}`,
  `(?<=(?:when|after|once|by the time) )i am ${any('gone', 'dead', 'no longer here', 'not here anymore', 'not around anymore', 'no longer around')}(?! ${any('for', 'on', 'to', 'away', 'out', 'over', 'at', 'from', 'the', 'this', 'next', 'in', 'with')})`,
  `only (?:way|answer|option|solution|escape|thing)(?: [a-z]+){0,4}? (?:is )?(?:if|when|for) (?:i am|i was|i were|me to be) ${any('gone', 'dead', 'not here', 'not around', 'not alive', 'no longer here')}`,
  `(?:put|admitted|taken|took|sent|placed|sectioned|committed|locked) (?:me )?(?:on|to|into|in) (?:a |the )?(?:psych|psychiatric|mental health|inpatient|crisis) ${any('hold', 'ward', 'unit', 'hospital', 'facility', 'stay')}|(?:was|got|been|am being) (?:sectioned|committed|involuntarily (?:admitted|committed))|(?:on|under) (?:a |an )?(?:psych|psychiatric|involuntary|72 hour|5150) hold`,
  `(?:${any('can not', 'could not')} ${ADVERBS}take|not able to take) (?:much|any) more(?: of (?:this|it))?${END}`,
];
