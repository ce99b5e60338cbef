import { clauseEnd, clauseStart, isPastAt, reach, subjectBefore } from './grammar.ts';
import type { Reading } from './read-sentence.ts';

// Frames around a phrase that make it something other than the writer speaking of themselves now.

/** The plain words from `from` to `to`, never more than the grammar's reach before `to`. */
function plainBetween(reading: Reading, from: number, to: number): string {
  return reading.words
    .slice(Math.max(from, to - reach), to)
    .map((word) => word.text)
    .join(' ');
}

/** Where the words before a phrase start counting: after the last comma-like mark or "but". */
function stretchStart(reading: Reading, index: number): number {
  for (let at = index - 1; at >= Math.max(0, index - reach); at -= 1) {
    if (/^(?:[,;:-]|\.\.\.|but)$/u.test(reading.words[at]?.text ?? '')) return at + 1;
  }
  return Math.max(0, index - reach);
}

// A belief held before or set down: "I used to think", "I no longer believe", "it isn't true that";
// or said of everyone, not the writer: "nobody deserves to feel like a burden".
const disowning =
  /\b(?:used to|no longer|stopped (?:thinking|believing|telling myself|feeling)|do not (?:really )?(?:think|believe|feel like)|did not (?:really )?(?:think|believe)|never (?:really )?(?:believed|thought|felt)|(?:is|was) not true|not true that|(?:is|was) a lie|caught myself|catch myself|noticed (?:myself|that i|i was|i am|how i)|i would tell (?:a|my) friend|(?:nobody|no one|everyone|everybody|anyone) (?:deserves|should have|has) to|learning that|realised that|realized that|(?:years|months|a long time|ages) ago i(?: (?:thought|believed|felt|was sure))?|(?:back then|at the time|in those days) i (?:thought|believed|felt|was sure)|i once (?:thought|believed|felt|was sure)|(?:when i was|as) (?:a |an )?(?:teenager|teen|kid|child|little|young|younger|small|student|at school|in school) i (?:thought|believed|felt|was sure|used to think))\b/u;

/** Whether the self-talk at `index` is a past or disowned belief rather than what the writer holds now. */
export function isDisowned(reading: Reading, index: number): boolean {
  return disowning.test(plainBetween(reading, stretchStart(reading, index), index));
}

// Speech about crisis in general, to or for others: "I know how it feels to…", "people who…".
const inGeneral =
  /\b(?:what (?:does|would|did) (?:it|that) mean to|(?:how|what) (?:it|that) (?:is|was|feels|felt|would be|must be|is like|was like|feels like)|know (?:the|that|this) feeling|understand (?:not )?(?:wanting|feeling|being|the urge)|(?:if|when|whenever) (?:you|anyone|anybody|someone|somebody|people)|^(?:anyone|anybody) (?:who|having|feeling|struggling|thinking|with|in need)|it (?:is|can be|could be|was) (?:so |very |really )?(?:easy|hard|normal|common|natural|okay|understandable|difficult) to)\b/u;

// Words that make what follows a subject of talk or of work: "to talk about suicidal thoughts", "than
// wanting to die", "as a nurse I have seen many overdoses".
const aTopic =
  /\b(?:seen|witnessed|treated|nursed|dealt with|responded to|talk|talking|talked|speak|speaking|discuss|discussing|post|posting|write|writing|read|reading|learn|learning|awareness of|stigma (?:around|of)|lists?|listed|listing|mentions?|mentioned|includes?|included|including|such as|signs? (?:of|like|such as)|symptoms? (?:of|like|such as)|more painful than|worse than|better than|harder than)(?: about| of)?(?: (?!i |my |me )[a-z]+){0,4}$/u;

/** Whether a crisis phrase is named as a subject of talk rather than lived ("to talk about it"). */
export function isNamedAsTopic(reading: Reading, index: number): boolean {
  return aTopic.test(plainBetween(reading, Math.max(0, index - 7), index));
}

// What advice goes on to say after its condition: "When there's no point, try to get through the hour".
const adviceVerbs =
  /^(?:try|call|text|ring|phone|reach|talk|tell|remember|ask|contact|hold|hang|take|breathe|write|speak|let|find|stay|keep|message|know|go|get)$/u;

/** Whether the phrase is the condition of advice: "if/when …, <do this>", with nobody or someone else in it. */
function isConditionOfAdvice(reading: Reading, index: number): boolean {
  const opener = reading.words[clauseStart(reading, index) - 1]?.text ?? '';
  if (!/^(?:if|when|whenever)$/u.test(opener) || subjectBefore(reading, index).person === 'writer')
    return false;
  let at = clauseEnd(reading, index);
  if (reading.words[at]?.text !== ',') return false;
  at += 1;
  while (/^(?:please|just|then|always|do)$/u.test(reading.words[at]?.text ?? '')) at += 1;
  return adviceVerbs.test(reading.words[at]?.text ?? '');
}

// Knowing it from the inside: "I know what it is like to…", "I know that feeling of…". Said of crisis,
// this is the writer's own experience of it, told to others; unlike "I know how hard it is when…".
const livedKnowledge =
  /\bi (?:know|knew|understand|remember|have known) (?:exactly |too well |all too well |only too well )?(?:(?:how|what) (?:it|that) (?:is|was|feels|felt|is like|was like|feels like)(?: to)?|(?:the|that|this) feeling(?: of)?)$/u;

// A reason the writer gives from their own life: "I know how it feels because I tried to…".
const ownReason = /\b(?:because|since|as|cause) i(?: [a-z]+){0,3}$/u;

/** Whether a crisis phrase at `index` is spoken of in general, or for others, rather than lived. */
export function isSpokenOfInGeneral(reading: Reading, index: number): boolean {
  const before = plainBetween(reading, 0, index);
  if (livedKnowledge.test(before) || ownReason.test(before)) return false;
  if (isConditionOfAdvice(reading, index)) return true;
  if (!inGeneral.test(before)) return false;
  // A condition set before a comma ("if anyone reads this, …", "when people ask, …") leaves the
  // clause after it the writer's own when the writer is its subject.
  const own = plainBetween(reading, stretchStart(reading, index), index);
  return inGeneral.test(own) || subjectBefore(reading, index).person !== 'writer';
}

const storyOrNews =
  /\b(?:(?:in|from|of|about) (?:the|a|this|that|my|his|her) (?:book|novel|film|movie|show|story|series|song|episode|game|article|news|documentary|play|poem|lyrics|chapter|scene|comic|manga|anime|podcast|report|study)|the (?:character|protagonist|narrator|heroine|hero|villain|article|report|headline|lyrics|poem|author|news|study|statistics)|(?:writing|wrote|reading|read|watched|watching|saw) (?:a|the) (?:scene|story|poem|novel|book|film|movie|documentary|article|show|episode|news)|news (?:said|says|today|tonight)|the (?:song|book|film|movie|novel|poem|show|play|line|chorus|lyric) (?:goes|went|says|said|starts|ends|begins))\b/u;

/** Whether the phrase at `index` is in a story, a film, a song or the news, named before it. */
export function isStoryOrNews(reading: Reading, index: number): boolean {
  return storyOrNews.test(plainBetween(reading, 0, index));
}

// Far enough back to be history: "years ago", "when I was 15", "back then", "as a teenager".
const longAgo =
  /\b(?:used to|years? ago|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|few|couple of|several|many|\d+) (?:years?|decades?) (?:ago|back|before)|when i was (?:younger|young|a kid|a child|a teen|a teenager|little|small|in (?:high )?school|at school|in college|at uni|\d+)|as a (?:kid|child|teen|teenager)|in (?:high school|middle school|my (?:early |late )?(?:teens|twenties|thirties)|the past)|(?:throughout|during|in) my (?:adolescence|childhood|youth|teens)|back (?:then|in)|at (?:one|that) point|at my (?:lowest|worst)|in my (?:past|darkest)|before (?:i|my) (?:got|started|found|met)|at (?:age )?\d{1,2}\b(?! ?(?:am|pm|o clock)))\b/u;

// A story told from the far side of it: "I'm glad I'm still here", "it gets better", "2 years clean".
const recovered =
  /\b(?:gets? better|got better|(?:glad|grateful|happy|thankful|relieved) (?:i am|to be|that i am|i stayed|i did not|i survived|i was wrong|that i was wrong)|i (?:survived|recovered|got through|made it through|pulled through)|in recovery|(?:proud of|look at) how far i have come|come a long way|(?:have been|am) (?:doing )?(?:well|fine|okay|good|better) (?:for|since|now)|in a (?:good|better) place now|(?:\d+|a|one|two|three|few|many|several) (?:days?|weeks?|months?|years?) (?:clean|free|sober)|(?:clean|free|sober) (?:for|since)|recovered|survivor)\b/u;

// History set against the present after it: "…, but I have been well since", "…; now I…".
const setAgainstNow =
  /\b(?:but|now|today|these days|nowadays|anymore|any more|no longer|since then|ever since|since|not now|well|better|okay|fine)\b/u;

/**
 * Whether the crisis phrase at `index` is the writer's history, told as past and over: the far side
 * of it named ("I'm glad I'm still here"), or history far back set against now ("years ago I was
 * suicidal, but…"). Far-back history told bare ("ten years ago I was thinking about suicide for the
 * same reasons") is not over: a past crisis is the strongest sign of another, so it is noticed.
 */
export function isBehindThem(reading: Reading, index: number): boolean {
  if (!isPastAt(reading, index)) return false;
  const end = Math.min(reading.words.length, index + reach);
  const around = plainBetween(reading, index - reach, end);
  if (recovered.test(around)) return true;
  return longAgo.test(around) && setAgainstNow.test(plainBetween(reading, index, end));
}

// What a phrase standing as a sentence's subject says of it: "…is exhausting", "…are common".
const predicate =
  /^(?:is|are|was|were|can|could|does|do|did|sounds|seems|makes|made|will|would|should|must|might|may|has|have|feels|becomes|means|happens|takes|comes)$/u;

/**
 * Whether a phrase with no person of its own opens its clause and is then spoken about ("Thinking
 * about suicide all the time does sound exhausting", "Suicidal thoughts are common"): a topic, not
 * the writer's state.
 */
export function isTopicOfClause(reading: Reading, from: number, to: number): boolean {
  const start = clauseStart(reading, from);
  const lead = plainBetween(reading, start, from);
  if (!/^(?:(?:but|and|so|just|also|even|the|a|constant|these|those|such|all|of|that)\s?)*$/u.test(lead))
    return false;
  const rest = plainBetween(reading, to + 1, Math.min(reading.words.length, to + 7)).replace(
    /[^a-z ]/gu,
    ' ',
  );
  // A state is told by its time and strength ("…is really strong tonight", "…are back").
  if (
    /\b(?:i|me|my|myself|tonight|today|again|lately|back|worse|now|still|all day|this week|getting|strong|stronger|overwhelming|bad)\b/u.test(
      rest,
    )
  )
    return false;
  return rest.split(/ +/u).some((word) => predicate.test(word));
}
