import { rules, type Rule } from './rule.ts';

// The inner critic's own sentences about the self: shoulds, comparing, labels, looks, needs.
const I_AM = String.raw`\bI(?:'m| am)`;

const should = [
  String.raw`\bI (?:really |just |still |probably )?(?:should|ought to)(?:n't| not)? (?:have )?(?:be|been|feel|felt|know|known|see|seen|do|done|say|said|try|tried|leave|left|cope|handle|manage|stop|still|realised|realized|noticed|listened|cried|want|need|stood|spoken|fought|protected|stayed|asked|made|worked|taken|kept|loved|helped|acted|cared|recognised|recognized|trusted|handled|dealt|reacted|responded|behaved|coped)\b`,
  String.raw`\bI (?:must|need to|have to) be (?:better|calmer|stronger|more|less|nicer|kinder|happier|over)\b`,
  String.raw`${I_AM} (?:supposed|meant) to\b`,
  String.raw`\bwhat I'm supposed to\b`,
  String.raw`\ba good (?:daughter|son|mother|father|mum|mom|dad|friend|wife|husband|partner|person|parent) (?:should|would)\b`,
];

const behindOrComparing = [
  String.raw`\b(?:feel|am|I'm|falling|fall|fell|so far|way|get|getting) (?:so |really |way |further |even |years |miles )?behind\b(?! on\b| with\b)`,
  String.raw`\bbehind where\b`,
  String.raw`\b(?:compar|measur)(?:e|es|ing|ed) myself\b`,
  String.raw`\beveryone I (?:went to school|grew up|studied|graduated|started) with\b`,
  String.raw`\b(?:all my friends|everyone|my friends|everybody)\b[^.;]{0,30}? (?:married|engaged|mortgages?|promoted)\b`,
  String.raw`\bcompared to (?:my|her|him|them|everyone|other)\b`,
  String.raw`\beveryone else\b`,
  String.raw`\b(?:doing|better|further ahead|further along|more successful|happier|easier) than (?:me|mine)\b(?! at\b)`,
  String.raw`\byounger (?:than me )?and already\b`,
  String.raw`\bnext to (?:her|him|them|everyone)\b[^.;]{0,30}?\bI(?:'m| am| feel)\b`,
  String.raw`\b(?:people|everyone|friends|others) (?:else )?my age\b`,
  String.raw`${I_AM} (?:twenty|thirty|forty|fifty|sixty|\d\d)[a-z-]* and (?:I )?still\b`,
  String.raw`\bthe only one (?:of my friends|of us|in my family|left) (?:without|who (?:hasn't|isn't|doesn't|can't))\b`,
  String.raw`\b(?:everyone|everybody|all my friends|my friends|my sister|my brother|others|other people)\b[^.,;]{0,50}? and I(?:'m| am| don't| haven't| can't)\b`,
  String.raw`\b(?:other people|others|everyone)\b[^.;]{0,60}?\bwhy can't I\b`,
  String.raw`\bnowhere near where\b`,
  String.raw`\blate (?:to|in|with) (?:everything|life)\b`,
  String.raw`\bwasted my (?:twenties|thirties|life|youth|years)\b`,
];

const LABELS = String.raw`(?:stupid|idiot|idiotic|failure|pathetic|mess|useless|broken|loser|worthless|lazy|hopeless|disaster|dumb|fraud|unlovable|coward|weak|worst|moron|joke|rubbish|incompetent|disgrace|embarrassment|disappointment|let-down|letdown|screw-?up|fuck-?up|mess-?up|waste of space|(?:terrible|awful|horrible|bad|rubbish|useless) (?:person|mother|father|mum|mom|dad|friend|partner|wife|husband|daughter|son|parent|human))`;

const labelling = [
  String.raw`${I_AM}(?: (?:just|such|so|a|an|really|totally|completely|the|truly|utterly|such an|a complete|a total)){0,3} ${LABELS}\b`,
  String.raw`\b(?:what|something)(?:'s| is) (?:wrong|the matter) with me\b`,
  String.raw`\bstupid,? stupid me\b`,
  String.raw`${I_AM} (?:just |simply |never |not )good enough\b`,
];

const BODY = String.raw`(?:body|face|skin|thighs|legs|arms|stomach|belly|nose|hair|teeth|chin|bum|butt|hips|looks|weight|reflection|figure|shape)`;
const UGLY = String.raw`(?:disgusting|ugly|gross|awful|terrible|hideous|revolting|horrible|huge|massive|enormous|flabby|fat)`;

const appearance = [
  String.raw`\b(?:hate|can't stand|loathe|ashamed of|disgusted by|embarrassed by) (?:my ${BODY}|the way I look|how I look|what I see|how my ${BODY})\b`,
  String.raw`\bI (?:look|looked)(?: [a-z]+){0,4}? (?:${UGLY}|like a (?:whale|pig|cow|monster))\b`,
  String.raw`\bI (?:feel|felt) (?:so )?(?:gross|fat|ugly|hideous|disgusting) in\b`,
  String.raw`\bI (?:feel|felt) (?:so |really )?(?:ugly|hideous|fat|unattractive)\b`,
  String.raw`\bcan't (?:bear|stand) (?:to )?(?:look at|see) myself\b`,
  String.raw`${I_AM} (?:so |too |really |just |such an? )?(?:fat|ugly|unattractive|hideous|disgusting|gross|chubby|overweight)\b`,
  String.raw`\bmy ${BODY} (?:is|are|looks?)(?: [a-z]+){0,2}? (?:${UGLY}|too [a-z]+)\b`,
  String.raw`\blose (?:some |the )?weight before\b`,
  String.raw`\bavoided the mirror\b`,
  String.raw`\b(?:no one|nobody) (?:could|would|will) (?:ever )?find me attractive\b`,
  String.raw`\bhow (?:big|fat) I(?:'ve| have) (?:got|gotten|become)\b`,
];

const NEEDY = String.raw`(?:needy|sensitive|clingy|emotional|dramatic|high[- ]maintenance|much|dependent|a crybaby|a burden)`;

const shameAboutNeeds = [
  String.raw`${I_AM}(?: (?:so|too|such|way|being|overly|really)){1,3} ${NEEDY}\b`,
  String.raw`\b(?:be|being|am|am I) (?:so|too) (?:needy|clingy|sensitive|emotional|dramatic|dependent)\b`,
  String.raw`\b(?:hate|ashamed|embarrassed|embarrassing|humiliating)\b[^.;]{0,30}?\b(?:need|needs|needed|needing|needy|dependent|cried|crying|cry|angry|feelings|emotional|sensitive)\b`,
  String.raw`\b(?:needing|need for|wanting|asking for)\b[^.;]{0,40}?\b(?:is|makes me(?: feel)?|feels?) (?:so )?(?:embarrassing|pathetic|weak|selfish|shameful|too much)\b`,
  String.raw`\b(?:feel|felt) (?:so )?(?:pathetic|stupid|weak|selfish|ashamed|guilty) for (?:wanting|needing|asking|crying|feeling)\b`,
  String.raw`\b(?:feel like|I'm|I am) (?:such )?a burden (?:when|whenever|for|to)\b`,
  String.raw`\bselfish (?:of me )?to (?:want|need|ask|rest)\b`,
  String.raw`\boverreacting\b`,
  String.raw`\b(?:it's|it is) (?:so )?(?:pathetic|weak|selfish|embarrassing|shameful) (?:that|how|to)\b[^.;]{0,30}?\b(?:need|needs|needed|want|cry|cried|feel)\b`,
  String.raw`\bmy (?:needs|feelings|emotions) are (?:too|so) (?:much|big|many|intense)\b`,
  String.raw`\btoo much for (?:people|anyone|everyone|him|her|them)\b`,
];

export const innerCriticRules: readonly Rule[] = Object.freeze([
  ...rules('should', should, { unless: /\b(?:earlier|on time|traffic)\b/i }),
  ...rules('behind-or-comparing', behindOrComparing),
  ...rules('labelling', labelling),
  ...rules('appearance', appearance),
  ...rules('shame-about-needs', shameAboutNeeds),
]);
