import { ADVERBS, I_AM, ROLE } from './lexicon.ts';
import { any, rules, type Rule } from './rule.ts';

// The inner critic's sentences about the self: comparing, labels, looks, shame about needs.

const behindOrComparing = [
  `${any('feel', 'am', 'falling', 'fall', 'fell', 'fallen', 'so far', 'way', 'get', 'getting', 'left', 'lagging')} ${ADVERBS}(?:${any('further', 'even', 'years', 'miles', 'decades', 'way')} )?behind(?! ${any('on', 'with', 'the', 'schedule', 'a', 'my back', 'me', 'closed', 'you')})`,
  `behind ${any('where', 'everyone', 'everybody', 'my (?:peers|friends|classmates|siblings|age)', 'in life', 'other people', 'others')}`,
  `(?:compar|measur)(?:e|es|ing|ed) myself|compared to ${any('my', 'her', 'him', 'them', 'everyone', 'other', 'others', 'people')}`,
  `everyone i (?:went to school|grew up|studied|graduated|started|know)(?: [a-z]+){0,2}? with`,
  `${any('all my friends', 'everyone', 'my friends', 'everybody', 'people my age', 'my peers', 'my classmates', 'my siblings')}(?: [a-z]+){0,6}? ${any('married', 'engaged', 'mortgages?', 'promoted', 'buying houses', 'having kids', 'having babies', 'moving on', 'moving forward', 'getting ahead', 'settled', 'successful')}`,
  // Not "putting everyone else first": a rule of self-sacrifice, not a comparison.
  `everyone else(?! ${any('first', 'before me', 'ahead of me')})|${any('except', 'but', 'apart from', 'other than')} me(?= *$| [,;:!?"-]| and)`,
  `${any('doing', 'better', 'further ahead', 'further along', 'more successful', 'happier', 'easier', 'prettier', 'smarter', 'richer', 'thinner', 'more together', 'ahead', 'so much better', 'more')}(?: [a-z]+){0,2}? than ${any('me', 'mine', 'i will ever be', 'i ever')}(?! at)`,
  `younger (?:than me )?and already|next to ${any('her', 'him', 'them', 'everyone')}(?: [a-z]+){0,5}? i (?:am|feel)`,
  `${any('people', 'everyone', 'friends', 'others')} (?:else )?my age`,
  `${I_AM} (?:${any('twenty', 'thirty', 'forty', 'fifty', 'sixty')}[a-z ]*|\\d\\d) and ${ADVERBS}(?:i )?(?:still|have nothing|have not|do not have|am still|can not)`,
  `nothing to show for|the only one (?:of my friends|of us|in my family|left) (?:without|(?:who|that) (?:still )?(?:has not|have not|is not|does not|can not|did not))`,
  // Behind told as a story: "while my classmates were getting promotions, I was still living at home",
  // "by the time my mum was my age she had three kids".
  `while ${any('my [a-z]+', 'everyone', 'everybody', 'all my friends', 'others', 'other people', 'people my age', 'they')}(?: [a-z]+){1,8}? (?:, )?i (?:was|am|have been) ${any('still', 'stuck', 'just', 'only')}`,
  `${any('my [a-z]+', 'everyone', 'everybody', 'all my friends', 'others', 'other people', 'people my age')}(?: [a-z]+){1,8}? (?:while|whereas) i (?:was|am|have been) ${any('still', 'stuck', 'just', 'only')}`,
  `(?:by the time|when) (?:my|her|his) (?:[a-z]+ ){1,2}(?:was|were) my age|at my age (?:my|her|his) (?:[a-z]+ ){1,2}(?:had|was|already|owned)`,
  `${any('everyone', 'everybody', 'all my friends', 'my friends', 'my sister', 'my brother', 'others', 'other people', 'my (?:little |big |older |younger )?(?:brother|sister|cousin)')}(?: [a-z]+){0,9}? and i ${any('am', 'do not', 'have not', 'can not', 'am still', 'still', 'just', 'have nothing')}`,
  `${any('other people', 'others', 'everyone')}(?: [a-z,]+){0,12}? why can not i|why (?:is|are|does|do) (?:everyone|everybody|other people|others)(?: [a-z]+){0,4}? ${any('except me', 'but me', 'so easy', 'so easily')}`,
  `${any('all my', 'my')} ${any('cousins', 'siblings', 'classmates', 'colleagues', 'peers', 'school friends', 'old friends', 'mates')}(?: [a-z]+){0,6}? and i ${any('am still', 'still', 'am the only', 'have not', 'have nothing', 'am not')}`,
  `(?:my|her|his) (?:[a-z]+ ){1,2}(?:had|ran|owned|bought|got|made|was running|was earning)(?: [a-z]+){0,5}? at my age|(?:started|joined|began) after me(?: [a-z]+| ,){0,5}? already`,
  `nowhere near where|late (?:to|in|with) (?:everything|life)|wasted my (?:twenties|thirties|life|youth|years)`,
  `${any('everyone', 'everybody', 'other people', 'others', 'all my friends')}(?: [a-z]+){0,4}? ${any('has|have|got|seem to have|seems to have')} (?:it|their (?:lives?|life|shit)|everything) (?:all )?${any('figured out', 'together', 'sorted', 'worked out')}`,
  `make it look ${ADVERBS}${any('easy', 'effortless', 'simple')}|${any('other', 'all the other')} (?:mums|moms|mothers|dads|parents|girls|women|men|guys|students)(?: [a-z]+){0,4}? ${any('manage', 'cope', 'make it', 'have it', 'do it', 'seem', 'are so', 'look')}`,
];

/** Labels for the whole self, whether "I am" or "I feel": "I feel worthless", "I'm a failure". */
const LABEL = any(
  'stupid',
  'write off',
  'idiot',
  'idiotic',
  'failure',
  'pathetic',
  'mess',
  'useless',
  'broken',
  'loser',
  'worthless',
  'lazy',
  'dumb',
  'fraud',
  'fake',
  'phony',
  'impostor',
  'imposter',
  'unlovable',
  'unloveable',
  'coward',
  'wimp',
  'cowardly',
  'weak',
  'worst',
  'moron',
  'joke',
  'rubbish',
  'incompetent',
  'disgrace',
  'embarrassment',
  'disappointment',
  'let down',
  'letdown',
  'screw up',
  'screwup',
  'fuck up',
  'fuckup',
  'fucked up',
  'messed up',
  'mess up',
  'waste of (?:space|time|oxygen|air|life|skin)',
  'waste',
  'damaged',
  'defective',
  'flawed',
  'inadequate',
  'incapable',
  'unworthy',
  'selfish',
  'evil',
  'toxic',
  'monster',
  'nobody',
  'garbage',
  'trash',
  'piece of (?:shit|crap|garbage|trash|work)',
  'freak',
  'burden to (?:everyone|everybody|others|my family)',
  'inferior',
  'less than',
  'unlikeable',
  'unlikable',
  'a mistake',
  'cursed',
  'hopeless case',
  'wreck',
  'train wreck',
  'disaster',
  'clown',
  'laughing stock',
  'liar',
  'hypocrite',
  'failed',
  'unintelligent',
  'ignorant',
  'naive',
  'immature',
  'irresponsible',
  'unreliable',
  'not (?:smart|good|clever|strong|capable|talented|pretty|normal) enough',
  'not enough',
  'not normal',
  'abnormal',
  'crazy',
  'insane',
  'psycho',
  'psychotic',
  'unfixable',
  'beyond help',
  'good for nothing',
  'dirty',
  'not (?:worthy|capable|lovable|normal|right in the head)',
  'unworthy of [a-z]+',
  'a terrible human',
  'a bad human',
  'losing my mind',
  `${any('terrible', 'horrible', 'awful', 'bad', 'shit', 'shitty', 'crap', 'crappy', 'lousy', 'useless', 'pathetic', 'worthless', 'rubbish', 'failed', 'poor', 'disappointing', 'selfish', 'cruel', 'evil', 'disgusting', 'worst')} ${ROLE}`,
  `failure as a ${ROLE}`,
);
/** Words that are labels after "I am" but feelings after "I feel": "I am awful", "I feel awful". */
const LABEL_IS = any(
  'bad',
  'terrible',
  'awful',
  'horrible',
  'boring',
  'annoying',
  'a problem',
  'nothing',
  'nobody',
  'crap',
  'shit',
  'dirty',
  'a waste',
);
const NOT_A_SKILL = `(?! ${any('at', 'with', 'about', 'for', 'to', 'in', 'news')}(?![a-z]))`;
/** The small words between "I am" and a label ("a complete", "such an utter"), in any order. */
const ARTICLE = `(?:${any('a', 'an', 'the', 'such', 'one', 'nothing', 'but', 'complete', 'total', 'real', 'absolute', 'massive', 'huge', 'biggest', 'big', 'stupid', 'fucking', 'utter', 'little')} )*`;

/** Labels after "I am": the writer must be named, as "the cake was a disaster" is not about them. */
const labelling = [
  `${I_AM} ${ADVERBS}${ARTICLE}${LABEL}`,
  // After "a" or "an", one describing word of any kind may stand before the label: "such a gutless
  // coward", "an utterly selfish person" (not "-ing": "a recovering perfectionist", "an amazing…").
  `${I_AM} ${ADVERBS}${ARTICLE}(?:a|an) (?:[a-z]+ly )?(?:[a-z]+(?:less|ful|ish|y|ic|ous|ive|able|ible|al) )?${LABEL}`,
  `${any('am', 'was', 'have always been', 'will always be')} ${ADVERBS}${ARTICLE}${LABEL_IS}${NOT_A_SKILL}`,
  `${any('am', 'feel', 'was')} ${ADVERBS}${any('bad', 'terrible', 'useless', 'hopeless', 'rubbish', 'awful', 'shit', 'crap', 'incompetent')} at ${any('everything', 'life', 'my job', 'being a', 'this', 'anything', 'relationships')}`,
];

/** Labels that name the writer inside them: "what is wrong with me", "stupid, stupid me". */
const labellingMe = [
  `${any('what', 'something', 'there is something', 'there must be something', 'something must be')} (?:is |must be )?${any('wrong', 'the matter')} with me|stupid (?:, )?stupid me|what (?:a|an) (?:[a-z]+ )?${LABEL} i am|${LABEL} that i am`,
  // Said as what others must not see: "so they can't see how much of a loser I am".
  `how (?:much of )?(?:a |an )?${LABEL} i (?:am|was|have become)|how ${LABEL_IS} i (?:am|was|have become)`,
  // Failing in a role: "I'm failing as a partner".
  `${any('failing', 'failed', 'a failure')} as a ${ROLE}`,
  `${I_AM} ${ADVERBS}(?:not|never) good enough|can not (?:ever )?do ${any('anything', 'a single thing', 'one thing')} right|(?:always|never) (?:do|get|say) ${any('anything', 'everything', 'things')} (?:right|wrong)`,
  `${any('mess', 'screw', 'fuck', 'muck')} ${any('everything', 'things', 'it all', 'everything and everyone')} up|${any('always', 'constantly')} ${any('mess', 'screw', 'fuck', 'muck')} (?:things |it |everything )?up|i ruin everything`,
  `call myself ${any('stupid', 'an idiot', 'a failure', 'useless', 'pathetic', 'a loser', 'worthless')}|${any('hate', 'loathe', 'despise', 'can not stand', 'am disgusted (?:by|with)')} ${any('myself', 'who i am', 'what i have become', 'the person i am')}`,
];

const BODY = any(
  'body',
  'face',
  'skin',
  'thighs',
  'legs',
  'arms',
  'stomach',
  'belly',
  'nose',
  'hair',
  'teeth',
  'chin',
  'bum',
  'butt',
  'hips',
  'looks',
  'weight',
  'reflection',
  'figure',
  'shape',
  'body shape',
  'tummy',
  'arse',
  'ass',
  'boobs',
  'breasts',
  'chest',
  'acne',
  'scars',
  'double chin',
  'jawline',
  'waist',
  'eyes',
);
const UGLY = any(
  'disgusting',
  'ugly',
  'gross',
  'awful',
  'terrible',
  'hideous',
  'revolting',
  'horrible',
  'huge',
  'massive',
  'enormous',
  'flabby',
  'fat',
  'repulsive',
  'unattractive',
  'deformed',
  'wrong',
  'bad',
  'old',
  'bloated',
  'chubby',
  'obese',
  'saggy',
  'wrinkly',
);

const appearanceMine = [
  `${any('hate', 'can not stand', 'loathe', 'ashamed of', 'disgusted by', 'disgusted with', 'embarrassed by', 'embarrassed of', 'insecure about', 'self conscious about', 'despise', 'sick of')} ${any(`my ${BODY}`, 'the way i look', 'how i look', 'what i see', `how my ${BODY}`, `the way my ${BODY}`, 'my appearance', 'being (?:fat|ugly|so fat|so ugly)', 'looking at myself', 'my reflection')}`,
];

const appearance = [
  `(?:look|looked|looks)(?: [a-z]+){0,3}? ${any(UGLY, 'like a (?:whale|pig|cow|monster|troll|potato|hippo)')}(?! (?:game|weather))`,
  `${any('feel', 'felt', 'feeling')} ${ADVERBS}${any('gross', 'fat', 'ugly', 'hideous', 'disgusting', 'unattractive', 'bloated', 'huge', 'frumpy', 'undesirable')}`,
  `${any('am', 'was')} ${ADVERBS}(?:${any('so', 'too', 'really', 'such an?', 'way too')} )?${any('fat', 'ugly', 'unattractive', 'hideous', 'disgusting', 'gross', 'chubby', 'overweight', 'obese', 'skinny', 'short', 'hairy', 'plain', 'old looking')}`,
  `too ${any('fat', 'ugly', 'skinny', 'big', 'thin')} (?:to|for)`,
];

appearanceMine.push(
  `why (?:can not|can't) i (?:just )?(?:be|look) ${any('skinny', 'thin', 'thinner', 'pretty', 'prettier', 'attractive', 'beautiful', 'slim', 'hot', 'fit')}|i (?:have )?(?:gained|put on) (?:so much |too much |a lot of )?weight`,
  `can not (?:bear|stand) (?:to )?(?:look at|see) myself|can not ${ADVERBS}look (?:at myself )?in the mirror|can not stand my reflection`,
  `my ${BODY} ${any('is', 'are', 'looks?', 'look', 'was', 'were')}(?: [a-z]+){0,2}? ${any(UGLY, 'too [a-z]+')}`,
  `lose (?:some |the )?weight before|avoided the mirror|(?:no one|nobody) (?:could|would|will) (?:ever )?find me attractive|how (?:big|fat|old|ugly) i (?:have|am) (?:got|gotten|become|getting)|how ${UGLY} i (?:am|look|looked)(?= *$| [,;:!?"-]| and| or| to| in| when| without)`,
);

const NEEDY = any(
  'needy',
  'sensitive',
  'clingy',
  'emotional',
  'dramatic',
  'high maintenance',
  'much(?= *$| [,;:!?"-]| for)',
  'dependent',
  'a crybaby',
  'a burden',
  'demanding',
  'attention seeking',
  'fragile',
  'oversensitive',
);
const NEEDING = any(
  'need',
  'needs',
  'needed',
  'needing',
  'needy',
  'dependent',
  'cried',
  'crying',
  'cry',
  'angry',
  'feelings',
  'emotional',
  'sensitive',
  'reassurance',
  'attention',
  'relying',
  'depending',
  'clingy',
);

const shameAboutNeeds = [
  `${I_AM}(?: ${any('so', 'too', 'such', 'way', 'being', 'overly', 'really', 'just', 'such a', 'always', 'way too')}){1,3} ${NEEDY}`,
  `(?:be|being|am i|to be) (?:so|too) ${any('needy', 'clingy', 'sensitive', 'emotional', 'dramatic', 'dependent', 'much', 'demanding')}`,
  `${any('hate', 'ashamed', 'embarrassed', 'embarrassing', 'humiliating', 'shameful')}(?: [a-z]+){0,5}? ${NEEDING}`,
  `(?:feel|felt|am|was) ${ADVERBS}(?:being )?${any('pathetic', 'stupid', 'weak', 'selfish', 'ashamed', 'guilty', 'needy', 'embarrassed', 'silly', 'dumb', 'ridiculous', 'childish', 'an idiot', 'a baby')} ${any('for', 'about')} ${any('wanting', 'needing', 'asking', 'crying', 'feeling', 'having feelings', 'getting upset', 'being upset', 'relying', 'reaching out')}`,
];

/** Shame that names the writer inside it: "asking for help makes me feel weak". */
const shameAboutNeedsMine = [
  `${any('needing', 'need for', 'wanting', 'asking for', 'asking', 'crying', 'relying on', 'depending on')}(?: [a-z]+){0,6}? ${any('is', 'was', 'makes me(?: feel)?', 'made me(?: feel)?', 'feels?', 'felt', 'seems')} ${ADVERBS}${any('embarrassing', 'humiliating', 'mortifying', 'pathetic', 'weak', 'selfish', 'shameful', 'too much', 'needy', 'stupid', 'childish', 'like a burden')}`,
  // Ashamed of a feeling: "I'm ashamed of how lonely I get".
  `${any('ashamed', 'embarrassed')} (?:of|about|by) ${any('how', 'being', 'feeling', 'that i (?:feel|get|am)')}(?: [a-z]+){0,3}? ${any('lonely', 'scared', 'anxious', 'sad', 'upset', 'afraid', 'jealous', 'needy')}`,
  `(?:feel like|am|am such) (?:such )?a burden(?: ${any('when', 'whenever', 'for', 'to', 'on')})?|selfish (?:of me )?to (?:want|need|ask|rest)|overreacting|too much for (?:people|anyone|everyone|him|her|them)`,
  `(?:it is|it was) (?:so )?${any('pathetic', 'weak', 'selfish', 'embarrassing', 'shameful')} (?:that|how|to)(?: [a-z]+){0,5}? ${any('need', 'needs', 'needed', 'want', 'cry', 'cried', 'feel')}`,
  `my ${any('needs', 'feelings', 'emotions')} ${any('are', 'were')} (?:too|so) ${any('much', 'big', 'many', 'intense')}`,
];

// Acceptance is not shame: "I'm a sensitive person and I'm okay with that".
const acceptance = /\b(?:okay with|fine with|proud of|at peace with|and that is (?:okay|fine|alright))\b/u;

export const innerCriticRules: readonly Rule[] = Object.freeze([
  ...rules('behind-or-comparing', behindOrComparing, { whose: 'anyone', unless: acceptance }),
  ...rules('labelling', labelling, { whose: 'stated' }),
  ...rules('labelling', labellingMe, { whose: 'anyone' }),
  ...rules('appearance', appearance, { whose: 'stated', unless: acceptance }),
  ...rules('appearance', appearanceMine, { whose: 'anyone', unless: acceptance }),
  ...rules('shame-about-needs', shameAboutNeeds, { unless: acceptance }),
  ...rules('shame-about-needs', shameAboutNeedsMine, { whose: 'anyone', unless: acceptance }),
]);
