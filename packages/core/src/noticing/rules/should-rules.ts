import { ADVERB, ADVERBS } from './lexicon.ts';
import { any, rules, type Rule } from './rule.ts';
import {
  HELD_BACK,
  INNER,
  JUDGED,
  MEASURED,
  MUST,
  NOT,
  OWNED,
  PRESSURE,
  SHOULD,
  TASK,
} from './should-lexicon.ts';

// "Should" and its kin about oneself, with any verb: what the writer believes they must be, feel or
// have done. Plans and errands ("I should water the plants", "I have to be at the station by eight")
// are left alone: they name a task, not a judgement.

// What a plain errand or its regret looks like: things to bring, catch or book, places and times.
const errand =
  /\b(?:umbrella|coat|jacket|scarf|gloves|charger|snacks?|water bottle|tickets?|receipt|map|keys|sunscreen|jumper|sweater|lunch|cash|oven|the bus|the train|a taxi|a cab|traffic|on time|booked|reservation|parking|the dentist|the vet|the doctor|milk|groceries|the plants|the laundry|the dishes|bed early|to bed|a walk|a nap)\b/u;

const sources = [
  // "Should have" with any verb: the past judged.
  `${any('should', 'ought to', 'could have and should', 'really should')} ${NOT}have (?!${any('to', ...OWNED)} )[a-z]+`,
  // "Should be" anything but a place or a time; "must be" only when it is a judgement.
  `${SHOULD} ${NOT}be(?! ${any('at', 'in', 'on', 'there', 'home', 'back', 'here', 'ready', 'up', 'out', 'off', 'going', 'leaving', 'arriving', 'fine', 'getting', 'open', 'closed', 'done by', 'finished by', 'around', 'fun', 'interesting', 'nice', 'okay', 'alright', 'easy', 'quick', 'there by', 'able to make it', 'meeting', 'working tomorrow', 'starting', 'asleep')}(?![a-z]))`,
  `${MUST} ${NOT}be ${ADVERBS}${JUDGED}`,
  `${any(SHOULD, MUST)} ${NOT}${PRESSURE}`,
  `${SHOULD} ${NOT}${INNER}`,
  `${SHOULD} ${NOT}[a-z]+(?: [a-z]+){0,5}? ${MEASURED}`,
  `${MUST} ${NOT}[a-z]+(?: [a-z]+){0,5}? ${any('by now', 'already', 'at my age', 'perfectly', 'harder', 'like everyone else', 'like normal people')}`,
  `${any('should not', 'ought not to', 'must not', 'should never', 'must never', 'am not supposed to', 'am not meant to', 'am not allowed to')} ${ADVERBS}(?:have )?${HELD_BACK}`,
  `a good ${any('daughter', 'son', 'mother', 'father', 'mum', 'mom', 'dad', 'friend', 'wife', 'husband', 'partner', 'person', 'parent', 'sister', 'brother', 'christian', 'employee', 'student')} ${any('should', 'would', 'does not', 'would not', 'never', 'always', 'must')}`,
  // A rule for oneself said of one's kind: "a grown woman should be able to handle her feelings".
  `${any('a grown (?:woman|man|adult|up)', 'an adult', '(?:someone|a person|a woman|a man|people) (?:of )?my age')} ${any('should', 'ought to', 'must', 'would never', 'is supposed to', 'are supposed to')}`,
  `what i am ${any('supposed', 'meant', 'expected')} to`,
  `why ${any('can not', 'could not', 'do not', 'am not')} i ${ADVERBS}${any('be normal', 'be happy', 'get over', 'move on', 'let go', 'just be', 'be like', 'be better', 'be stronger', 'cope', 'handle', 'be enough', 'be good enough')}`,
];

/** Feelings held to a rule: "it is wrong to feel this", "my feelings are invalid", "a right way to grieve". */
const feelingRules = [
  `(?:it is|it was|it would be|it feels) ${ADVERBS}${any('wrong', 'not okay', 'not ok', 'not right', 'unacceptable', 'not allowed', 'shameful')} (?:of me |for me )?to ${any('feel', 'have', 'be', 'want', 'need', 'cry', 'ask', 'doubt', 'get (?:angry|upset|sad)', 'rest', 'complain', 'think', 'say no', 'make mistakes', 'enjoy', 'relax', 'grieve', 'struggle')}`,
  `${any('my', 'these', 'those', 'what i am', 'what i', 'the way i am', 'how i am', 'how i')} (?:own )?${any('feelings?', 'emotions?', 'thoughts?', 'reactions?', 'needs', 'feeling', 'felt', 'doing', 'going through', 'thinking', 'fears?', 'worries', 'anger', 'sadness', 'grief', 'reacting', 'coping', 'handling (?:it|this)')}(?: [a-z]+){0,6}? ${any('is', 'are', 'was', 'were')} ${ADVERBS}${any('wrong', 'invalid', 'unacceptable', 'not okay', 'not allowed', 'not valid', 'not normal')}`,
  `(?:a|the|one) (?:right|correct|proper|normal) (?:and (?:a )?wrong )?way to ${any('feel', 'grieve', 'do (?:this|it|things)', 'go through', 'handle', 'react', 'be', 'live', 'heal', 'recover', 'cope', 'deal with')}`,
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
  `${THEM} ${ADVERBS}${any('should', 'ought to', 'must', 'are supposed to', 'is supposed to', 'was supposed to', 'were supposed to', 'is meant to', 'was meant to', 'have to', 'has to', 'need to', 'needs to')} ${NOT}(?!be (?:tired|busy|there|here|home|back|on|in|at|asleep|hungry|exhausted|right)|have (?:been|gone|left|forgotten|missed)(?! able))[a-z]+`,
];

// A "should" with any verb is a judgement unless it plans a time or a kindness: "I should give it up"
// is, "I should rest this afternoon" and "I should call her tomorrow" are not.
const planned =
  /\b(?:tomorrow|tonight|today|later|(?:on |by |next |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|by (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|lunch|then|the weekend|the end of (?:the )?(?:day|week|month))|at (?:\d+|noon|lunch)|this (?:week|weekend|morning|afternoon|evening)|soon|next (?:week|time)|on the way|before|after|early|rest|sleep|nap|relax|drink (?:some )?water|eat something|take a break|stretch|feels okay|maybe|perhaps|probably go)\b/u;

export const shouldRules: readonly Rule[] = Object.freeze([
  ...rules('should', [`${SHOULD} ${NOT}(?!(?:${TASK}|${ADVERB})(?![a-z]))[a-z]+`], {
    unless: new RegExp(`${errand.source}|${planned.source}`, 'u'),
  }),
  ...rules('should', sources, { unless: errand }),
  ...rules(
    'should',
    [`must ${NOT}(?!be |have |mean|admit|say|confess|dash|run|(?:${TASK}|${ADVERB})(?![a-z]))[a-z]+`],
    {
      unless: errand,
    },
  ),
  ...rules('should', theirShoulds, { whose: 'anyone', unless: errand }),
  ...rules('should', feelingRules, { whose: 'anyone', isNegatable: false }),
]);
