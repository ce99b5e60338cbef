import { ADVERBS } from './lexicon.ts';
import { any } from './rule.ts';

// Crisis left implied: the act is never named, but an ending is set, welcomed or prepared for. What
// tells it from an everyday plan is that nothing names the event (a date "for the wedding", a stay
// "in Lisbon", a last week "at the office"), or that the ending is tied to the writer's death or life.

/** The clause ends here: nothing after it says what the plan or the ending is for. */
export const END = `(?= *$| [,;:!?"-]| and (?!then)| but | now| already| for good| forever)`;
/** Having made up one's mind, said right after an ending is named. */
export const RESOLVE = `(?: [,;:!?"-])? (?:and )?(?:i have ${any('made up my mind', 'decided', 'made my decision', 'made my peace with it', 'accepted it')}|${any('everything', 'it', 'it all')} is ${any('arranged', 'ready', 'planned', 'sorted', 'in place', 'decided')}|there is no ${any('going', 'turning')} back)`;
export const SEASON = any(
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'christmas',
  'new year',
  'next year',
  'the end of (?:the|this|next) (?:week|month|year)',
  'my birthday',
  'next (?:week|month)',
);
const TIME_OF_LIFE = `${any(
  'christmas',
  'birthday',
  'summer',
  'winter',
  'day',
  'night',
  'week',
  'month',
  'year',
  'new year',
)}s?`;
const DYING = any(
  'die',
  'died',
  'am dead',
  'was dead',
  'were dead',
  'am gone',
  'was gone',
  'were gone',
  'kill myself',
  'killed myself',
);

/** The writer's own, stated or unstated ("Settled on a date."). */
export const crisisImplied: readonly string[] = [
  // A date or a day fixed with nothing saying for what, or named and then resolved upon.
  `${any('picked', 'chosen', 'chose', 'set', 'settled on', 'decided on', 'fixed')} (?:a|the|my) date${END}`,
  `(?:today|tonight|tomorrow|this)(?: is)? the ${any('day', 'night')}${RESOLVE}`,
  `my time (?:here |left )?(?:is|was) (?:nearly |almost |finally |just about )?up${RESOLVE}`,
  // A last season of life: "this is my last Christmas", "my last week on this earth".
  `(?:decided|know|knowing|promised myself|made up my mind)(?: that)? (?:this|it|next [a-z]+) (?:is|will be) my last ${TIME_OF_LIFE}${END}`,
  `my last ${TIME_OF_LIFE} ${any('on (?:this )?earth', 'in this world', 'alive', 'of my life')}`,
  // Not being here by a time, or no longer needing anything: "I won't be here by spring".
  `(?:will not|am not going to|would not) be ${any('here', 'around', 'alive')} ${any('by', 'to see')} ${SEASON}`,
  `(?:will not|am not going to) (?:be )?need(?:ing)? ${any('any of (?:this|it|my (?:stuff|things))', 'anything')} ${any('anymore', 'any more', 'soon', 'much longer', 'for much longer')}`,
  // Going in peace, with nowhere to go: "once the dog has a new home I can finally go for good".
  `(?:can|could|will|am ready to) (?:finally|at last) go ${any('in peace', 'for good', 'peacefully', 'forever')}`,
  // Leaving life itself, and having no place in the world.
  `${any('leave', 'leaving', 'left', 'exit', 'exiting', 'depart', 'departing')} this ${any('life', 'earth', 'world')}(?! behind (?:and|to|for))`,
  `no ${any('place', 'room', 'space')} for me ${any('in', 'on')} (?:this|the) ${any('world', 'earth', 'life')}`,
  `(?:am|was) not ${any('meant', 'supposed')} to be ${any('alive', 'born', 'on this earth', 'in this world')}`,
  `(?:have no|do not have (?:the|a|any)) right to ${any('be alive', 'live', 'exist', 'be here', 'breathe', 'keep living', 'keep breathing')}`,
  `(?:do not|does not|never|no longer) ${ADVERBS}deserve to ${any('keep breathing', 'keep living', 'keep existing', 'go on living', 'stay alive', 'wake up')}`,
  // Fine with not waking, not fighting a fatal illness.
  `if i (?:did not|do not|never|were to not) wake up(?: [a-z]+){0,2}?(?: [,;-])? (?:i would|i will|i am|that would|it would) (?:be )?${any('fine', 'okay', 'ok', 'happy', 'glad', 'relieved', 'at peace', 'grateful')}`,
  `(?:would not|will not|would never) fight it if i (?:got|get|became|become|were) (?:really |very |seriously )?(?:sick|ill)`,
  // Pleas for the body to stop, or for a night to be the end.
  `${any('beg', 'begged', 'begging', 'pray', 'prayed', 'praying', 'ask', 'asked', 'asking', 'plead', 'pleaded')}(?: [a-z]+){0,5}? to ${ADVERBS}${any('stop my heart', 'stop my breathing', 'let me die', 'let me not wake up', 'end my life', 'take my life')}`,
  `(?:let|make) (?:this|tonight|today) be the ${any('night', 'day')} (?:it all |it |everything |i )?${any('ends', 'end', 'stops', 'die', 'dies', 'finally ends')}(?: for me)?${END}`,
  // Weighing a fall, and a car with its engine running in a closed garage.
  `(?:the|a) fall (?:would|will|could|might) (?:be )?${any(`enough${END}`, 'enough to (?:kill me|do it|end it)', 'high enough', 'kill me', 'do it', 'fatal', 'finish me')}`,
  `high enough to ${any('kill me', 'die', 'do it', 'be fatal', 'not survive')}`,
  `garage(?: [a-z]+){0,4}? ${any('engine', 'motor', 'car')} ${any('on', 'running')}${END}`,
  // Ending it, said as what one will do: "if I fail again I'm ending it".
  `(?:i am|i will|i am going to|going to) (?:just )?end(?:ing)? it(?: ${any('tonight', 'today', 'soon', 'this (?:week|weekend)')})?${END}`,
  // Falling asleep for ever, closing one's eyes not to return, stopping breathing.
  `(?:fall|falling|fell) asleep (?:forever|for ever|for good|permanently)${END}`,
  `(?:close|closing) my eyes and (?:[a-z]+ ){0,2}?(?:not|never) ${any('come back', 'open them again', 'wake up')}`,
  `stop ${any('breathing', 'living')}${END}`,
  // Planning one's exit, and things readied for when one is gone.
  `${any('planning', 'planned', 'plan', 'plotting', 'preparing')} my ${any('exit', 'way out', 'departure')}${END}`,
  `${any('will', 'letters', 'notes', 'affairs', 'goodbyes', 'everything')}(?: [a-z]+| ,){0,8}? ${any('when', 'after', 'once', 'for when')} i ${any('go', 'am gone', 'have gone', 'die', 'am dead', 'am not here')}${END}`,
  // Suicide shorthand: "ctb" (catch the bus).
  'ctb',
];

/** Phrases that name the writer inside them, whoever the sentence's subject ("my family would…"). */
export const crisisImpliedAboutMe: readonly string[] = [
  // Others freed of the writer by the writer's death: "they'd finally be free of me if I died".
  `${any('free of me', 'rid of me', 'better off', 'happier', 'relieved', 'easier for (?:them|everyone|everybody)')}(?: [a-z]+){0,4}? ${any('if', 'when', 'once', 'after')} i ${DYING}`,
  // No right to live, said of "someone like me".
  `${any('someone', 'somebody', 'a person', 'people', 'anyone')} like me (?:has|have|does not have|do not have) (?:no |any )?right to ${any('be alive', 'live', 'exist', 'be here', 'breathe')}`,
  // Being unsafe, told as a secret kept from the one who asks: "asked if I'm safe and I lied".
  // The match begins at the answer, so the question is not read as the asker's words.
  `(?<=(?:if|whether) i (?:am|was|feel|felt) safe(?: [a-z]+| [,;:-]){0,5}? )${any('lied', 'i lied', 'i am not', 'i was not', 'i do not', 'i did not', 'i could not say')}`,
];
