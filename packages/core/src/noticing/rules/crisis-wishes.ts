import { ADVERBS } from './lexicon.ts';
import { any } from './rule.ts';

// Crisis language as wishes and intentions: wanting to die or not to exist, pleas to be taken, being
// better off dead, not deserving to live, thinking of it. Plain words: "don't" is "do not".

/** Verbs of wanting: any death word may follow them. */
const WANTING = any(
  'want', 'wants', 'wanted', 'wanting', 'wish', 'wished', 'wishing', 'would like', 'would love', 'long',
  'longing', 'yearn', 'yearning', 'crave', 'craving', 'ready', 'desperate', 'tempted', 'needed',
  'deserve', 'hoping', 'hope', 'pray', 'praying', 'happy', 'okay', 'prepared', 'begging', 'supposed', 'meant',
  // Nouns too ("the desire to…" is spoken of in general; "my desire to…" is the writer's).
  '(?<!(?:the|a|no|any) )(?:desire|need|wish)',
);
/** Verbs of intending: death words that are plainly deliberate may follow ("going to die" is fear). */
const INTENDING = any(
  'going', 'planning', 'plan', 'planned', 'decided', 'deciding', 'about', 'try', 'tried', 'trying',
  'attempt', 'attempted', 'attempting', 'urge', 'urges', 'preparing', 'meaning', 'getting ready',
  'scared', 'afraid', 'brave enough', 'strong enough', 'courage', 'guts', 'nerve', 'what it takes', 'balls',
);

/** What is wanted, when it is death or not existing. */
const DEATH = any(
  'die', 'be dead', 'not be (?:here|alive|around|born)', 'not exist', 'never exist', 'not wake up',
  'never wake up', 'not live', 'no longer (?:exist|live|be here|be alive)', 'be gone', 'be with the dead',
  'fall asleep and (?:never|not) wake up', 'go to sleep and (?:never|not) (?:wake up|come back)',
  'sleep and (?:never|not) wake up', 'stop (?:existing|living|breathing|being alive|being here)',
  'cease to exist', 'just die', 'be nothing', 'rest forever',
);
/** Deliberate ends, wanted or intended. */
const ENDING = any(
  `(?:kill|off|hang|shoot|drown|poison|stab|suffocate|gas) myself`,
  'end (?:my (?:own )?life|it all|everything|my existence|this life|my suffering for good)',
  'end (?:it|things)(?! (?:with|between|off|for (?:us|them)|early|there|here|now that))',
  'take my (?:own )?life', 'commit suicide', 'overdose', 'disappear(?: (?:forever|for good|permanently|completely))?(?! (?:for a|into|under|from (?:the|this) (?:party|room|chat|conversation)|somewhere|to|off))',
  'vanish(?! (?:for a|into|under|somewhere|off))', 'leave this world', 'not be here anymore',
);

export const crisisWishes: readonly string[] = [
  `${WANTING} ${ADVERBS}to ${ADVERBS}(?:${DEATH}|${ENDING})`,
  `${INTENDING} ${ADVERBS}to ${ADVERBS}${ENDING}`,
  `better (?:off|of) dead`,
  `${any('would rather', 'rather', 'prefer to')} ${ADVERBS}${any('die', 'be dead', 'not exist', 'not be alive', 'not be here')}`,
  // Wishes and prayers about oneself: "I hope I don't wake up", "I wish I was dead".
  `${any('wish', 'wished', 'wishing', 'hope', 'hoping', 'pray', 'praying', 'would not mind', 'do not care')} (?:that |to god )?(?:i|if i) (?:would |will |could |might |can |just |do |was |were |had )*${any(
    'die', 'not wake up', 'never wake up', 'do not wake up', 'will not wake up', 'would not wake up', 'did not wake up',
    'dead', 'never been born', 'never born', 'not alive', 'not here', 'not exist', 'not existed',
    'never existed', 'disappear(?! (?:for a|into|under|somewhere))', 'vanish', 'stop existing',
    'get (?:hit|run over|killed|sick and die)', 'got (?:hit|run over|killed)', 'died', 'fall asleep and',
    'go to sleep and', 'gone',
  )}`,
  // Not deserving to live; death as relief.
  `${any('do not', 'does not', 'did not', 'not', 'never', 'no longer')} ${ADVERBS}deserve to ${any('live', 'be alive', 'be here', 'exist', 'breathe', 'be born', 'have been born', 'be on this earth', 'be in this world', 'have a life')}`,
  `deserve ${any('death', 'to be dead')}`,
  // Not wanting to be alive, or to go on.
  `${any('do not', 'did not', 'not', 'never', 'no longer', 'can not', 'could not', 'barely', 'hardly')} ${ADVERBS}${any('want', 'wanting', 'wish', 'plan', 'see myself', 'manage to want', 'bring myself to want', 'find a reason to')} to ${ADVERBS}${any(
    'be here', 'be alive', 'live(?! (?:with|in|at|near|there|abroad|alone|here|together|on))', 'exist',
    'wake up', 'go on', 'keep going', 'keep living', 'continue (?:living|my life|on|this life)',
    'be around(?! (?:people|others|anyone|them|him|her|crowds|my))', 'do (?:this )?life', 'be in this world', 'be on this earth', 'carry on', 'survive',
    'see tomorrow', 'see another day', 'stay alive', 'make it to',
  )}`,
  `${any('can not', 'could not', 'do not know how (?:much )?(?:longer|long) i can')} ${ADVERBS}${any(
    'go on', 'keep going', 'keep living', 'carry on', 'live like this', 'do this life', 'live anymore',
    'live with myself', 'be alive', 'stay alive', 'exist like this', 'keep doing this', 'do life',
  )}`,
  `hate ${any('being alive', 'existing', 'that i am alive', 'that i woke up', 'that i am still alive', 'that i exist', 'my existence', 'living', 'waking up')}`,
  `${any('tired', 'sick', 'exhausted', 'weary')} of ${any('living', 'being alive', 'life', 'existing', 'breathing', 'waking up', 'this life', 'my life')}`,
  `(?:done|finished|through) ${any('with life', 'with living', 'with being alive', 'with this life', 'with existing', 'living', 'with this world', 'with my life', 'with everything and everyone')}`,
  `(?:did not|do not|would not|could not|could just not) exist anymore|what if i (?:just )?(?:did not exist|was not here|were not here|was gone|were gone|died|disappeared|was dead)`,
  `nothing (?:left )?to live for|(?:no|not any|not a|lost (?:my|the)|losing (?:my|the)) (?:will|desire|reason) to live|(?:everything|all|everyone|the only (?:thing|person)) i (?:had|have) (?:left )?to live for (?:is |was )?gone`,
  `${any('crave', 'craving', 'wish for', 'long for', 'longing for', 'pray for', 'praying for', 'welcome', 'yearn for', 'yearning for', 'hope for', 'hoping for', 'look forward to', 'looking forward to')} (?:my |the sweet |sweet )?(?:death|dying|the end|the day i die)`,
  `(?:being|am|being still|to be) alive ${any('feels', 'is', 'has become', 'seems')} (?:like )?(?:${any('torture', 'hell', 'agony', 'unbearable', 'a burden', 'pointless', 'a punishment', 'a curse', 'too much', 'a chore')})|every day i am alive`,
  `${any('want', 'wanted', 'wanting', 'need', 'wish i could', 'just want')} to ${ADVERBS}escape (?:from )?${any('my life', 'this life', 'life', 'it all', 'this world', 'existence', 'my existence', 'being alive', 'everything for good')}|${any('give up', 'giving up', 'gave up', 'given up')} on ${any('life', 'living', 'staying alive', 'being alive', 'my life')}`,
  `stop existing|cease to exist|sleep forever|never to wake up|(?:and|to) (?:never|not) wake up`,
  `want out(?: of (?:this )?(?:life|world|existence))?(?= *$| [,;:!?"-]| for good)`,
  `want ${any('it all', 'everything', 'all of it', 'my life', 'life', 'this life', 'it', 'this', 'the pain', 'myself')} to ${any('end', 'stop', 'be over')}${any(' for good', ' forever', ' permanently')}`,
  `want ${any('it all', 'everything', 'all of it', 'my life', 'life', 'this life', 'myself')} to ${any('end', 'stop', 'be over')}`,
  `to (?:stop|end) (?:for good|forever|permanently)`,
  // Thinking of it: "I keep thinking about dying", "considering ending it".
  `${any('feel like', 'felt like', 'feeling like', 'think', 'thinking', 'thought', 'thoughts', 'dream', 'dreaming', 'dreamt', 'dreamed', 'fantasize', 'fantasizing', 'fantasise', 'fantasising', 'obsessing', 'obsessed', 'daydream', 'daydreaming', 'considering', 'considered', 'contemplating', 'contemplated', 'imagining', 'picturing', 'planning')}(?: myself)?(?: ${any('a lot', 'so much', 'constantly', 'always', 'all the time', 'more and more', 'seriously', 'again', 'often', 'lately')})?(?: ${any('about', 'of', 'over')})? ${any(
    'dying', 'death', 'my death', 'killing myself', 'ending (?:it all|it|my life|things|everything)', 'taking my (?:own )?life',
    'not (?:being here|existing|waking up|being alive|being around)', 'jumping', 'overdosing', 'hanging myself',
    'my (?:own )?funeral', 'being dead', 'disappearing forever', 'hurting myself', 'harming myself', 'cutting',
    'cutting myself', 'stepping in front of', 'driving off', 'how i would (?:die|do it|end it)', 'how to die',
    'my own death', 'ways to die', 'leaving this world', 'going to sleep forever', 'no longer existing', 'suicide',
  )}`,
];

/** Wishes that name the writer inside them ("better off without me"), whoever the sentence's subject. */
export const crisisAboutMe: readonly string[] = [
  // Pleas to be killed or taken.
  `${any('please', 'someone', 'somebody', 'god', 'lord', 'universe', 'death', 'why can not i')} (?:please )?(?:just )?(?:come and )?${any('kill me', 'let me die', 'take me(?! (?:to|home|out|with|back|there|along|for|shopping|round|around|in|seriously))', 'end me', 'end my life', 'take my life')}`,
  `${any('beg', 'begged', 'begging', 'pray', 'prayed', 'praying', 'asked', 'asking', 'plead', 'pleaded', 'pleading')}(?: [a-z]+){0,4}? to ${any('take me(?! (?:to|home|out|with|back|there|along|for|shopping|round|around))', 'let me die', 'kill me', 'end (?:it|my life)', 'not let me wake up', 'let me go')}`,
  'let me die',
  // Better off dead, or others better off without me.
  `${any('happier', 'easier', 'better', 'fine', 'okay', 'relieved', 'lighter', 'better place', 'better off', 'better of')}(?: [a-z]+){0,4}? ${any(
    'without me', 'if i (?:was|were|had|just|had just) (?:gone|dead|not here|not around|not alive|disappeared|died|never been born|never existed|not born)',
    'if i died', 'if i disappeared', 'if i was gone', 'if i were gone', 'when i am gone', 'once i am gone',
    'with me gone', 'with me dead', 'if i did not exist', 'if i was not here', 'if i were not here',
    'if i (?:did not|do not|never|would not) wake up', 'if i (?:just )?stopped existing',
  )}`,
  `(?:would|will) (?:even )?${any('miss', 'notice', 'care', 'mourn')} (?:me )?(?:if|when) i (?:was|were|am|died|disappeared|killed|did not wake up|was gone|were gone)`,
  `favou?r (?:by|if i) (?:dying|died|killing myself|disappearing|disappeared|being gone|was gone|were gone|not being here)`,
  `(?:(?:it is|maybe it is|it is about|it is high) time|time for me) to ${ENDING}`,
  `my (?:own )?(?:death|funeral)`,
  `(?:should|could) have ${any('killed me', 'let me die', 'taken me')}|i should have died|wish ${any('it', 'they', 'he', 'she', 'cancer', 'the accident', 'the crash', 'the overdose')} (?:had|would have) killed me`,
  `only way out is ${any('suicide', 'death', 'dying', 'to die', 'killing myself', 'to end it', 'ending it', 'to kill myself')}`,
  `${any('dying', 'death', 'being dead', 'not existing', 'not being here', 'not waking up')} ${any('would be', 'is', 'seems', 'sounds', 'feels', 'will be', 'looks')} ${ADVERBS}(?:like )?(?:a |such a |so much )?${any('relief', 'better', 'easier', 'peaceful', 'peace', 'the only way', 'the only option', 'the answer', 'welcome', 'my only', 'a mercy', 'the best option', 'the easy way', 'preferable', 'nicer', 'kinder')}`,
  `(?:only )?reason (?:why )?i (?:have not|did not|have never|am still|am alive|still am|have not yet|do not|never) ${any('killed myself', 'kill myself', 'commit suicide', 'committed suicide', 'ended it', 'ended my life', 'done it', 'gone through with it', 'alive', 'here', 'attempted')}|bring myself to (?:do it|kill|end it|go through|commit|suicide)`,
];
