import { ADVERBS } from './lexicon.ts';
import { any, rules, type Rule } from './rule.ts';

// "Should" and its kin about oneself, with any verb: what the writer believes they must be, feel or
// have done. Plans and errands ("I should water the plants", "I have to be at the station by eight")
// are left alone: they name a task, not a judgement.

const SHOULD = any(
  'should',
  'ought to',
  'am supposed to',
  'was supposed to',
  'am meant to',
  'was meant to',
  'am expected to',
);
const MUST = any('must', 'have to', 'has to', 'need to', 'needs to', 'got to', 'have got to');
const NOT = `(?:not |never )?${ADVERBS}`;

/** Inner states and reactions: a "should" about these is about who the writer is. */
const INNER = any(
  'feel',
  'know',
  'want',
  'need',
  'care',
  'cry',
  'understand',
  'like',
  'love',
  'enjoy',
  'worry',
  'mind',
  'struggle',
  'complain',
  'react',
  'respond',
  'behave',
  'sound',
  'dwell',
  'overthink',
  'overreact',
  'cope',
  'trust',
  'still',
  'already',
  'forgive',
  'accept',
  'be (?:so|this|that|as) [a-z]+',
);
/** After "should not": leaning, letting, taking and eating join the inner states. */
const HELD_BACK = any(INNER, 'think', 'let', 'get', 'take', 'eat', 'ask', 'rely', 'depend', 'be', 'have');

/** What pressure asks for, whichever modal: getting over it, trying harder, being fixed. */
const PRESSURE = any(
  'get over',
  'move on',
  'let go',
  'stop (?:feeling|being|crying|thinking|caring|needing|wanting|overthinking|complaining|worrying|struggling|letting)',
  'try harder',
  'do better',
  'do more',
  'work harder',
  'be able',
  'toughen up',
  'man up',
  'suck it up',
  'snap out',
  'pull myself together',
  'fix myself',
  'change (?:myself|who i am)',
  'improve myself',
  'grow up',
  'get it together',
  'get my (?:life|shit|act) together',
  'have it (?:all )?together',
  'have my life together',
  'have (?:it|things|everything|my life) (?:all )?(?:figured out|sorted)',
  'lose weight',
  'keep it together',
  'keep up',
  'prove myself',
  'succeed',
  'achieve more',
  'excel',
  'be perfect',
  'be better',
  'be stronger',
  'be the best',
  'be good enough',
  'be enough',
  'never fail',
  'not fail',
  'not make mistakes',
  'never make mistakes',
  'always be',
  'get (?:good|perfect|top) (?:grades|marks)',
  'make everyone happy',
  'please everyone',
  'be liked',
  'be loved',
  'handle it',
  'handle this',
  'cope (?:with|better|alone)',
  'know better',
  'get better',
  'be happy',
  'be over',
);
/** What a "be" names when it is a judgement: better, over it, further along, perfect… */
const JUDGED = any(
  '[a-z]+er(?<!never|other|over|after|ever|later|whether|rather|water|dinner|paper|together|under|eager|sober|sooner|earlier|better off|order|number|corner|teacher|member|partner|mother|father|brother|sister|daughter)',
  'more',
  'less',
  'the best',
  'good enough',
  'enough',
  'over',
  'past',
  'further',
  'farther',
  'ahead',
  'perfect',
  'happy',
  'strong',
  'calm',
  'tough',
  'brave',
  'grateful',
  'positive',
  'productive',
  'successful',
  'normal',
  'able',
  'in control',
  'independent',
  'there for',
  'available',
  'responsible',
  'healed',
  'grown up',
  'mature',
  'thin',
  'skinny',
  'pretty',
  'attractive',
  'liked',
  'loved',
  'good',
  'patient',
  'the strong one',
  'the one who',
  'a better',
  'doing (?:more|better|something)',
  'done with',
  'fine with',
  'okay with',
  'used to',
  'so much',
  'like (?:everyone|other|normal|her|him|them|my)',
);
/** Words after a "should" that make even an errand a judgement: "by now", "already", "at my age". */
const MEASURED = any(
  'by now',
  'already',
  'at my age',
  'at this age',
  'at this point',
  'instead',
  'perfectly',
  'properly',
  'like everyone else',
  'like normal people',
  'like a normal person',
  'like other people',
  'any better',
  'harder',
  'better',
  'more than',
  'so much',
  'anymore',
  'more often',
);

// What a plain errand or its regret looks like: things to bring, catch or book, places and times.
const errand =
  /\b(?:umbrella|coat|jacket|scarf|gloves|charger|snacks?|water bottle|tickets?|receipt|map|keys|sunscreen|jumper|sweater|lunch|cash|oven|the bus|the train|a taxi|a cab|traffic|on time|booked|reservation|parking|the dentist|the vet|the doctor|milk|groceries|the plants|the laundry|the dishes|bed early|to bed|a walk|a nap)\b/u;

const sources = [
  // "Should have" with any verb: the past judged.
  `${any('should', 'ought to', 'could have and should', 'really should')} ${NOT}have (?!to )[a-z]+`,
  // "Should be" anything but a place or a time; "must be" only when it is a judgement.
  `${SHOULD} ${NOT}be(?! ${any('at', 'in', 'on', 'there', 'home', 'back', 'here', 'ready', 'up', 'out', 'off', 'going', 'leaving', 'arriving', 'fine', 'getting', 'open', 'closed', 'done by', 'finished by', 'around', 'fun', 'interesting', 'nice', 'okay', 'alright', 'easy', 'quick', 'there by', 'able to make it', 'meeting', 'working tomorrow', 'starting', 'asleep')}(?![a-z]))`,
  `${MUST} ${NOT}be ${ADVERBS}${JUDGED}`,
  `${any(SHOULD, MUST)} ${NOT}${PRESSURE}`,
  `${SHOULD} ${NOT}${INNER}`,
  `${SHOULD} ${NOT}[a-z]+(?: [a-z]+){0,5}? ${MEASURED}`,
  `${MUST} ${NOT}[a-z]+(?: [a-z]+){0,5}? ${any('by now', 'already', 'at my age', 'perfectly', 'harder', 'like everyone else', 'like normal people')}`,
  `${any('should not', 'ought not to', 'must not', 'should never', 'must never', 'am not supposed to', 'am not meant to', 'am not allowed to')} ${ADVERBS}(?:have )?${HELD_BACK}`,
  `a good ${any('daughter', 'son', 'mother', 'father', 'mum', 'mom', 'dad', 'friend', 'wife', 'husband', 'partner', 'person', 'parent', 'sister', 'brother', 'christian', 'employee', 'student')} ${any('should', 'would', 'does not', 'would not', 'never', 'always', 'must')}`,
  `what i am ${any('supposed', 'meant', 'expected')} to`,
  `why ${any('can not', 'could not', 'do not', 'am not')} i ${ADVERBS}${any('be normal', 'be happy', 'get over', 'move on', 'let go', 'just be', 'be like', 'be better', 'be stronger', 'cope', 'handle', 'be enough', 'be good enough')}`,
];

/** Someone else held to a rule: "others must meet my expectations", "parents are supposed to…". */
const THEM = any(
  'others',
  'other people',
  'people',
  'everyone',
  'everybody',
  'he',
  'she',
  'they',
  'parents',
  'my [a-z]+',
  'a (?:good )?[a-z]+',
  'friends',
  'family',
  'men',
  'women',
  'kids',
  'children',
  'nobody',
  'no one',
);
const theirShoulds = [
  `${THEM} ${ADVERBS}${any('should', 'ought to', 'must', 'are supposed to', 'is supposed to', 'have to', 'has to', 'need to', 'needs to')} ${NOT}(?!be (?:tired|busy|there|here|home|back|on|in|at|asleep|hungry|exhausted|right)|have (?:been|gone|left|forgotten|missed)(?! able))[a-z]+`,
];

// A "should" with any verb is a judgement unless it plans a time or a kindness: "I should give it up"
// is, "I should rest this afternoon" and "I should call her tomorrow" are not.
const planned =
  /\b(?:tomorrow|tonight|today|later|this (?:week|weekend|morning|afternoon|evening)|soon|next (?:week|time)|on the way|before|after|early|rest|sleep|nap|relax|drink (?:some )?water|eat something|take a break|stretch|feels okay|maybe|perhaps|probably go)\b/u;

export const shouldRules: readonly Rule[] = Object.freeze([
  ...rules(
    'should',
    [
      `${SHOULD} ${NOT}(?!${any('go', 'get going', 'head', 'leave', 'call', 'text', 'email', 'book', 'buy', 'pick up', 'check', 'ask (?:her|him|them)', 'try (?:that|the|this|it)', 'see (?:a|the|if)', 'remember', 'bring', 'take (?:a|the)', 'make (?:a|the|some|dinner|lunch)', 'water', 'clean', 'tidy')}(?![a-z]))[a-z]+`,
    ],
    {
      unless: new RegExp(`${errand.source}|${planned.source}`, 'u'),
    },
  ),
  ...rules('should', sources, { unless: errand }),
  ...rules('should', [`must ${NOT}(?!be |have |mean|remember|admit|say|confess|go|leave|dash|run)[a-z]+`], {
    unless: errand,
  }),
  ...rules('should', theirShoulds, { whose: 'anyone', unless: errand }),
]);
