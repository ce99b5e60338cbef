import { ADVERBS, SOMEONE } from './lexicon.ts';
import { any, rules, type Rule } from './rule.ts';

// How the writer sees their worth, their support, their power, the future, and others' minds.

const WORTH = any(
  'deserve', 'worth', 'worthy', 'good enough', 'be enough', 'lovable', 'loveable', 'let myself', 'allow myself',
  'love me', 'want me', 'accept me', 'like me', 'be loved', 'respect me', 'be worth',
);
/** What rest is made to wait for, when it is earned rather than timed: "when everything is done". */
const ACHIEVED = any(
  'done', 'finished', 'perfect', 'sorted', 'complete', 'fixed', 'better', 'thinner', 'successful', 'earned',
  'achieved', 'paid (?:it |everything )?off', 'spotless', 'good enough', 'lost (?:the )?weight', 'proved',
  'proven', 'deserve', 'ticked off', 'under control', 'fixed myself', 'sorted myself out', 'in order',
);
const EARN = any('earn', 'earned', 'prove', 'proved', 'proven', 'justify', 'deserve');

const conditionalWorth = [
  `${any('once', 'when', 'until', 'till', 'after', 'if', 'unless', 'as long as')} i(?: [a-z]+| ,){0,8}? ${WORTH}`,
  `${any('deserve', 'worth [a-z]+', 'worthy', 'good enough', 'enough', 'lovable', 'loveable', 'allowed to [a-z]+', 'let myself', 'allow myself', 'want me', 'love me', 'like myself', 'love myself', 'be proud of myself')}(?: [a-z]+){0,6}? ${any('until', 'till', 'once', 'when', 'before', 'unless', 'as long as', 'only if')}`,
  `${any('rest', 'relax', 'be happy', 'take a break', 'enjoy (?:anything|myself|it|life)', 'stop', 'have fun', 'sit down', 'sleep')}(?: [a-z]+){0,3}? ${any('until', 'till', 'once', 'when', 'before', 'unless', 'after')}(?: [a-z]+){0,5}? ${ACHIEVED}`,
  `${any('have to', 'need to', 'must', 'until i', 'when i have', 'i have', 'got to')} ${EARN} ${any('it', 'myself', 'my', 'the right', 'love', 'rest', 'their', 'a place', 'every', 'that i am', 'i am', 'my place', 'my worth', 'my existence')}`,
  `${any('have to', 'need to', 'must')} ${any('be', 'do', 'achieve', 'prove', 'look', 'earn')}(?: [a-z]+){0,6}? to be ${any('loved', 'liked', 'wanted', 'accepted', 'enough', 'worth', 'worthy', 'good enough', 'valued')}`,
  `earn my ${any('place', 'worth', 'keep', 'right', 'rest', 'existence')}|my worth ${any('depends', 'is based', 'comes from', 'hinges', 'is measured')}|${any('only', 'just')} ${any('worth', 'valuable', 'lovable', 'good', 'enough', 'deserve', 'useful', 'liked', 'loved', 'wanted', 'okay')}[a-z]*(?: [a-z]+){0,6}? ${any('when', 'if', 'because', 'as long as', 'while')}`,
  `before ${any('anyone', 'someone', 'people', 'they', 'he', 'she', 'anybody')} ${any('can', 'could', 'will', 'would')} ${any('love', 'want', 'accept', 'like', 'respect', 'value')} me`,
  `${any('do not', 'can not', 'never', 'am not allowed to')} ${any('get to', 'deserve to', 'let myself', 'allow myself to')} ${any('rest', 'relax', 'be happy', 'enjoy', 'have fun', 'take a break', 'stop', 'sit down')}(?: [a-z]+){0,4}? ${any('until', 'till', 'unless', 'before')}`,
];

/** Alone, said of the writer: "I have no one", "I'm completely alone in this". */
const onMyOwn = [
  `(?:have|got) ${any('no one', 'nobody', 'no friends', 'no support', 'no family', 'not a single friend', 'no one left')}|(?:do not|did not) have ${any('anyone', 'anybody', 'a single (?:person|friend)', 'any friends', 'friends', 'a friend', 'people', 'support', 'a soul')}`,
  `${any('am', 'feel', 'felt', 'was', 'have been', 'feeling')}(?: ${any('so', 'completely', 'all', 'totally', 'always', 'utterly', 'really', 'just', 'very', 'entirely', 'truly', 'incredibly', 'deeply', 'left')})+ ${any('alone', 'lonely', 'isolated', 'on my own', 'by myself')}`,
  `${any('am', 'feel', 'felt', 'was', 'have been', 'feeling')} ${ADVERBS}${any('abandoned', 'forgotten', 'invisible', 'unwanted', 'left out', 'excluded', 'all alone', 'alone in this', 'alone with (?:this|it|everything)')}`,
  `(?:am|was) (?:alone|on my own) (?:with|in|again|through)|${any('have to', 'had to', 'left to', 'got to', 'always')}(?: [a-z]+){0,5}? ${any('alone', 'on my own', 'by myself')}`,
  `end up alone|alone forever|die alone|(?:always|will always|going to|will|forever|destined to|bound to) ${any('be', 'end up', 'stay')} ${any('alone', 'by myself', 'on my own', 'lonely', 'single')}`,
];

/** Alone, said of everyone else: "nobody checks on me", "there's no one I can call". */
const onMyOwnMine = [
  `${any('no one', 'nobody', 'not (?:a single|one) (?:person|soul|friend)', 'none of them', 'no one at all')}(?: [a-z]+){0,2}? ${any('there for me', 'is there when i need', 'cares?', 'checks? (?:on|in on) me', 'understands? me', 'has my back', 'asked how', 'asks? how', 'gets? it', 'gets? me', 'is coming', 'helps?', 'listens?', 'ever asks', 'would (?:even )?(?:notice|come|care|miss me)', 'to talk to', 'i can (?:call|talk to|turn to|rely on|lean on|trust)', 'loves? me', 'wants? me', 'in my corner', 'likes? me', 'visits?', 'calls?', 'texts?', 'who (?:would|will|gets|cares|understands)')}`,
  `${any('no one', 'nobody')} for me`,
  `(?:everyone|everybody) ${any('has', 'else has', 'have')} ${any('someone', 'somebody', 'a partner', 'people', 'friends')}|${any('everyone', 'everybody', 'people', 'they all', 'they', 'friends')} ${any('always', 'eventually', 'all')}? ?${any('leave', 'leaves', 'abandon', 'abandons', 'left', 'abandoned', 'walk away', 'walked away', 'give up on', 'gave up on')} me`,
  `(?:will|is going to|are going to|going to) ${any('leave', 'abandon', 'walk out on', 'give up on')} me`,
];

/** Powerless, said of the writer: "I can't change it", "I'm trapped". */
const nothingICanDo = [
  // "I can't" with any verb, but the idioms that carry no powerlessness ("can't wait", "can't believe").
  `(?:can not|could not|am (?:not able|unable) to|am not capable of|will never be able to|never seem to) ${ADVERBS}(?!${any('wait', 'believe', 'remember', 'decide', 'find', 'complain', 'thank', 'say', 'tell', 'help (?:but|smiling|laughing)', 'imagine', 'recall', 'figure out what', 'stop (?:smiling|laughing)', 'get enough', 'afford', 'make it (?:to|on|today|tomorrow|tonight)', 'come', 'go (?:to|out|tonight|today)', 'see (?:you|her|him|them)', 'hear', 'read', 'sleep in', 'stand', 'bear', 'look', 'get used')}(?![a-z]))[a-z]+`,
  `can not ${ADVERBS}${any('change', 'fix', 'control', 'stop', 'escape', 'get out of', 'handle', 'cope', 'deal', 'take it', 'take this', 'take any more', 'bear it', 'make it stop', 'protect', 'win', 'do anything', 'help it', 'get away', 'move', 'function', 'get better', 'get through', 'manage', 'keep up', 'make (?:it|things) better', 'say no', 'leave', 'get over')}(?! ${any('wait', 'believe', 'remember', 'decide', 'find', 'right')})`,
  `${any('am', 'feel', 'felt', 'was', 'feeling')} ${ADVERBS}(?:${any('completely', 'totally', 'utterly', 'so', 'really')} )?${any('powerless', 'helpless', 'hopeless(?! at)', 'stuck', 'trapped', 'defenseless', 'defenceless', 'paralysed', 'paralyzed', 'out of control', 'at (?:their|his|her|its) mercy', 'a victim', 'doomed', 'cornered', 'overwhelmed', 'incapable', 'vulnerable', 'frozen')}`,
  `(?:have|got) ${any('no control', 'no choice', 'no power', 'no say', 'no options?', 'no way out', 'no escape', 'no other choice', 'no chance')}`,
  `(?:never|not) (?:be able to )?${any('change', 'escape', 'get out', 'get away', 'get better', 'recover', 'be free', 'break free', 'fix')} (?:${any('this', 'it', 'anything', 'things', 'from', 'of')})`,
  `(?:i|i will|going to) ${any('give up', 'gave up', 'am giving up')}(?! ${any('smoking', 'drinking', 'sugar', 'meat', 'caffeine', 'coffee', 'chocolate', 'my seat', 'alcohol')})|(?:am|feel|was) ${ADVERBS}(?:stuck|trapped) ${any('in', 'with', 'here')}`,
];

/** Powerless, said of the situation: "there's nothing I can do", "it's out of my hands". */
const nothingICanDoMine = [
  `nothing (?:${any('i', 'anyone', 'anybody', 'we')}) (?:can|could|do|try|say)|no matter what i (?:do|try|say)|whatever i (?:do|try)`,
  `no (?:use|point) (?:in )?(?:even )?(?:trying|try)|pointless (?:to )?(?:try|trying)|why (?:even )?(?:bother|try)|what is the (?:use|point)`,
  `no control over|out of my (?:hands|control)|(?:beyond|outside(?: of)?) my control|no (?:other )?way out|no escape|no way i can (?:change|fix|get out)|(?:there is|there are) no (?:options|choices|solutions?|way) (?:left|out)?`,
  `(?:will|am going to) (?:always )?be (?:stuck|trapped|like this|this way) forever|will always be (?:stuck|trapped|like this|this way)`,
  `${any('makes?', 'make', 'made')} (?:${any('no', 'zero')}) difference|(?:will not|does not|would not|never) ${any('matter', 'make (?:any |a )?difference')}(?! to)|does not matter what i do`,
  `do not know what (?:else )?(?:to do|i can do)|(?:have|had) no (?:idea|clue) (?:what|how) to (?:do|cope|handle|fix|go on)|at a loss|(?:exhausted|tried) (?:all|every) (?:options?|avenues?|ways?)|nothing (?:i do )?(?:seems to )?(?:help|helps|work|works)`,
  `nothing (?:ever )?(?:changes|works|helps)|nothing (?:will|can|is going to) (?:change|help|work)|it is (?:hopeless|pointless|useless|no use)`,
];

/** Words for how bad things are now, when they are bigger than the moment can hold. */
const BAD_NOW = any(
  'disaster', 'catastrophe', 'nightmare', 'ruined', 'unbearable', 'doomed', 'destroyed',
  'over', 'the end of (?:the world|everything|my life)', 'falling apart', 'the worst thing', 'too late',
  'a (?:complete|total|absolute|utter) (?:mess|failure|disaster)', 'beyond repair',
);
/** …and how bad the future will be. */
const BAD_LATER = any(BAD_NOW, 'awful', 'terrible', 'horrible', 'a failure', 'a mess', 'the end', 'impossible', 'worse', 'the worst');
const LOSS = any(
  'fail', 'lose', 'ruin', 'ruins', 'mess (?:it|this|everything) up', 'screw (?:it|this|everything) up', 'get fired',
  'be fired', 'end up (?:alone|homeless|on the street|broke|with nothing|in hospital)', 'hate me', 'leave me',
  'laugh at me', 'reject me', 'dump me', 'break up with me', 'die', 'get hurt', 'get sick', 'lose everything',
  'lose (?:my|the|him|her|them|everyone|it)', 'leaving me', 'losing (?:my|the|him|her|them|everyone|it)', 'cheating',
  'failing', 'dying', 'end (?:in disaster|badly|in tears)', 'fall apart', 'go wrong', 'get worse', 'never (?:get better|change|work out|find|be happy|recover|get over|be okay|be the same|be loved|have|stop|end|succeed|be good enough|amount to)',
  'be (?:a )?(?:total |complete |absolute )?(?:disaster|catastrophe|nightmare|failure)', 'be (?:awful|terrible|horrible|a mess|ruined|over|the end)',
  'go (?:horribly|terribly|badly|wrong)', 'panic', 'freak out', 'make a fool of myself', 'embarrass myself',
  'humiliate myself', 'have a breakdown', 'lose my mind', 'go crazy', 'crash', 'collapse', 'abandon me',
);

const catastrophising = [
  `${any('going to', 'will', 'gonna', 'is going to', 'are going to', 'am going to', 'probably', 'definitely', 'certainly', 'surely', 'bound to', 'sure to', 'just know', 'know it will')} ${ADVERBS}(?:${any('never', 'not', 'always')} )?${LOSS}`,
  `${any('this', 'it', 'everything', 'my life', 'life', 'things', 'the whole thing', 'my career', 'my future', 'my relationship', 'my marriage', 'tomorrow', 'the day')} (?:is|was|feels) ${ADVERBS}(?:a )?(?:${any('complete', 'total', 'absolute', 'utter')} )?${BAD_NOW}`,
  `${any('this', 'it', 'everything', 'my life', 'life', 'things', 'the whole thing', 'my career', 'my future', 'my relationship', 'my marriage', 'tomorrow', 'the day', 'she', 'he', 'they', 'i')} (?:will be|is going to be|would be|will end up|is going to end up) ${ADVERBS}(?:a )?(?:${any('complete', 'total', 'absolute', 'utter')} )?${BAD_LATER}`,
  `(?:whole |my )life (?:is|will be) (?:over|ruined|finished)|${any('career', 'future', 'life', 'reputation', 'relationship', 'marriage')} (?:is|will be) ${any('finished', 'over', 'ruined', 'done', 'destroyed')}`,
  `(?:ruin|ruins|ruined|destroy|destroyed|destroys) ${any('everything', 'my life', 'my future', 'it all', 'my career')}|(?:everything|it all|all of it) (?:is |is going to |will )?(?:fall|falls|falling|fell) apart|(?:everything|it all) (?:is )?(?:ruined|falling apart)`,
  `everything (?:i (?:touch|do|try) )?(?:always )?(?:goes|turns) (?:wrong|bad|badly)|nothing good (?:will|is going to) (?:ever )?happen|always (?:goes|ends|turns) (?:wrong|badly|bad)`,
  `what if (?:${any('i', 'he', 'she', 'they', 'it', 'something', 'this', 'everything', 'everyone', 'my [a-z]+', 'nobody', 'no one')})(?: [a-z]+){0,6}? ${any(LOSS, 'fails', 'loses', 'leaves', 'hates', 'dies', 'happens', 'goes wrong', 'wrong', 'worse', 'never', 'not', 'bad', 'worst', 'sick', 'hurt', 'cancer', 'disaster', 'dead', 'accident', 'fired', 'alone')}`,
  `nothing (?:will|is) ever (?:going to )?(?:get better|work out|be okay|be the same|change|go right)|nothing is (?:ever )?going to (?:work out|get better|change|go right)|alone forever|never (?:get over|recover from|be okay again)`,
  `(?:i|it|this|things|nothing|my life|life|my [a-z]+) (?:will|am going to|is going to|would) (?:probably |ever |just )?never (?:ever |truly |fully |really )?${any('feel', 'be', 'get (?:better|over|out|a job|married|well)', 'find', 'have', 'recover', 'trust', 'move on', 'escape', 'stop', 'change', 'get out', 'amount', 'succeed', 'fit in', 'enjoy', 'meet', 'make it', 'work', 'improve', 'heal')}`,
  `something (?:${any('terrible', 'bad', 'horrible', 'awful', 'dreadful')}) (?:will|is going to|is bound to|might|could) happen|(?:do not know|wonder|doubt) (?:if|whether) i (?:will|would|could|can) ever (?:${any('recover', 'get better', 'be happy', 'be okay', 'feel normal', 'trust', 'be normal', 'move on', 'be loved', 'find')})`,
  `${any('afraid', 'scared', 'terrified', 'worried', 'worry', 'fear', 'i fear', 'dread', 'dreading')} (?:of |that |about )?(?:i (?:will|am going to|might) )?${any('developing', 'losing (?:my|control|everything|him|her|them|it all)', 'going (?:crazy|insane|mad)', 'ending up (?:alone|homeless)', 'being (?:alone|abandoned|rejected|left) forever', 'it (?:will|is going to) (?:happen again|get worse|come back|never end)', 'something (?:bad|terrible|horrible) (?:will )?happen(?:ing|s)?', 'never (?:getting|being|finding)')}`,
  `(?:will|is going to|are going to) ${any('not last', 'come back', 'get worse', 'start again', 'never last', 'fall through', 'end badly', 'backfire')}|(?:even )?worse than (?:before|ever)|(?:would not|will not) be surprised if (?:i|it|he|she|they|everything)`,
  `what if the worst|the worst (?:thing )?(?:that could|possible|case)|the end of the world|one (?:mistake|bad|wrong|slip)(?: [a-z]+){0,3}? and|it is all over`,
  `${any('probably', 'must be', 'must have been', 'might be', 'could be', 'might have been', 'could have been')} ${ADVERBS}(?:been )?(?:in )?(?:a |an )?${any('accident', 'tumour', 'tumor', 'cancer', 'heart attack', 'stroke', 'something serious', 'something terrible', 'something wrong', 'dead', 'dying', 'seriously ill', 'serious')}`,
  `${any('can not', 'could not')} ${any('stand', 'bear', 'survive', 'cope with')} (?:it|this|that|another)(?: ${any('anymore', 'any longer', 'day')})?|everyone will leave|(?:never|not) (?:going to )?(?:get|be) (?:over|through) (?:this|it)`,
];

/** What others are imagined to feel towards the writer ("…sick of me"), auxiliaries left out. */
const NEGATIVE_VIEW = any(
  'hate', 'hates', 'hated', 'dislike', 'dislikes', 'resent', 'resents', 'judge', 'judges', 'judging',
  'judged', 'pity', 'pities', 'mock', 'mocks', 'mocking', 'laugh at', 'laughing at', 'laughed at',
  'talk about', 'talking about', 'talked about', 'look down on', 'looking down on', 'looks down on',
  'avoid', 'avoiding', 'avoids', 'ignore', 'ignoring', 'ignores', 'can not stand', 'regret', 'regrets',
  'do not (?:like|want|love|care about|respect|trust)', 'does not (?:like|want|love|care about|respect|trust)',
  'did not (?:like|want)', 'sick of', 'tired of', 'fed up with', 'bored (?:of|with)', 'embarrassed by',
  'ashamed of', 'disappointed (?:in|with)', 'disgusted by', 'annoyed (?:with|by|at)', 'angry (?:with|at)',
  'mad at', 'upset with', 'done with', 'want (?:to get rid of|nothing to do with)', 'only tolerate',
  'put up with', 'feel sorry for', 'felt sorry for', 'feels sorry for', 'see through', 'tolerate',
);

/** What others are imagined to think of the writer, when it is harsh. */
const HARSH = any(
  'stupid', 'idiot', 'weird', 'pathetic', 'annoying', 'crazy', 'lazy', 'joke', 'failure', 'loser', 'useless',
  'boring', 'ugly', 'fat', 'incompetent', 'worthless', 'burden', 'too much', 'needy', 'selfish', 'mess',
  'bad', 'terrible', 'awful', 'horrible', 'dumb', 'strange', 'freak', 'lying', 'faking', 'overreacting',
  'dramatic', 'attention seeking', 'not good enough', 'not worth', 'waste', 'disappointment', 'embarrassment',
  'mean', 'rude', 'cold', 'fake', 'fraud', 'exaggerating', 'making (?:it|this|things) up', 'disgusting',
  'gross', 'unlovable', 'hopeless', 'problem', 'nuisance', 'in the way', 'unwanted', 'weak', 'liar', 'lazy',
  'pitiful', 'a child', 'childish', 'immature', 'clingy', 'obsessed', 'creepy', 'not trying', 'not enough',
  'have nothing', 'have no', 'do not (?:belong|deserve|care|try|fit)', 'can not', 'will never', 'am not', 'never', 'should',
  'less', 'inferior', 'beneath', 'unattractive', 'ridiculous', 'stupid for', 'silly', 'a bad', 'incapable',
  'anxious', 'awkward', 'nervous', 'exhausting', 'tiring', 'hard work', 'badly', 'a wreck', 'a loser', 'odd',
);

const mindReading = [
  `${SOMEONE}(?: [a-z]+){0,4}? ${any('think', 'thinks', 'thought', 'believe', 'believes', 'see', 'sees', 'saw', 'view', 'views', 'find', 'finds', 'found', 'consider', 'considers', 'know', 'knows', 'can see', 'can tell', 'could tell', 'noticed', 'assume', 'assumes', 'feel', 'feels')} (?:that )?(?:i am|i was|me as|me|i)(?: [a-z]+){0,3}? ${HARSH}`,
  `${SOMEONE}(?: [a-z]+){0,4}? ${NEGATIVE_VIEW} me`,
  `${any('i can tell', 'i could tell', 'i know', 'i am sure', 'i bet', 'i just know')} (?:that )?${SOMEONE}(?: [a-z]+){0,5}? ${any(HARSH, NEGATIVE_VIEW, 'judging', 'laughing', 'annoyed', 'angry', 'disappointed', 'bored', 'fed up')}`,
  `out of pity|${any('only', 'just')} ${any('invited', 'tolerate', 'tolerates', 'talk to', 'talks to', 'talked to', 'hang out with', 'hangs out with', 'put up with', 'puts up with', 'likes?', 'stay with', 'stays with', 'married', 'dating', 'date', 'dates', 'called', 'texted', 'helped', 'love', 'loves')} me (?:because|out of|since|to be)`,
  `(?:everyone|everybody|they all|people|they|he|she) (?:can see|noticed|could see|saw|can tell|could tell) (?:how|that i|i)(?: [a-z]+){0,4}? ${HARSH}`,
  `sorry for me|laughing at me|talking about me|staring at me|looking at me like`,
  `${SOMEONE} (?:will|would|are going to|is going to|might) (?:${any('not', 'never')} )?${any('judge', 'laugh at', 'hate', 'reject', 'ridicule', 'mock', 'think', 'understand', 'see me as', 'look down on', 'blame', 'be disappointed', 'be ashamed', 'care', 'like me', 'want me', 'want to be')}`,
  `${any('afraid of', 'scared of', 'fear', 'terrified of', 'worried about', 'worry about')} (?:being|getting) ${any('judged', 'ostracized', 'ostracised', 'rejected', 'ridiculed', 'laughed at', 'mocked', 'seen as', 'found out', 'shunned', 'excluded')}|i (?:will|would|am going to) be ${any('judged', 'ridiculed', 'laughed at', 'rejected', 'mocked', 'shunned', 'seen as')}`,
  `${any('i am sure', 'i bet', 'i just know', 'i know for a fact', 'i am certain')} (?:that )?${SOMEONE}`,
];

// Solitude chosen or enjoyed is not the "on my own" narrative; a limit accepted is not powerlessness.
const chosenSolitude = /\b(?:looking forward|enjoy(?:ed|ing)?|love(?:d)? (?:it|being)|peaceful|by choice|nice and quiet|without feeling)\b/u;
const acceptedLimit =
  /\bso (?:i|i will|i am|we)\b|\b(?:but|and) (?:i can(?! not)|that is (?:okay|fine|a relief|alright))\b|\b(?:weather|traffic|queue|lift|elevator|snow|jam|on the bus|on the train)\b/u;

export const outlookRules: readonly Rule[] = Object.freeze([
  ...rules('conditional-worth', conditionalWorth, {
    whose: 'anyone',
    isNegatable: false,
    unless: /\beven if\b|\bless worthy\b/u,
  }),
  ...rules('on-my-own', onMyOwn, { unless: chosenSolitude }),
  ...rules('on-my-own', onMyOwnMine, { whose: 'anyone', unless: chosenSolitude }),
  ...rules('nothing-i-can-do', nothingICanDo, { unless: acceptedLimit }),
  ...rules('nothing-i-can-do', nothingICanDoMine, { whose: 'anyone', unless: acceptedLimit }),
  ...rules('catastrophising', catastrophising, { whose: 'anyone', unless: /\bso (?:i|we)\b/u }),
  ...rules('mind-reading', mindReading, { whose: 'anyone' }),
]);
