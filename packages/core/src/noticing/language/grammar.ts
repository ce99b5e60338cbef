import { isBreak, type Reading } from './read-sentence.ts';

// A small hand-written grammar: who a clause is about, whether a phrase is negated, whose voice it is
// in. Enough for journal sentences; each function looks at a few words around a phrase.

const writerWords = new Set(['i', 'me', 'my', 'myself', 'mine']);
const otherWords = new Set([
  ...['you', 'your', 'yourself', 'yourselves', 'yours', 'ya', 'yall', 'he', 'she', 'they', 'him', 'her'],
  ...['them', 'his', 'their', 'hers', 'theirs', 'himself', 'herself', 'themselves', 'we', 'us', 'our'],
  ...['ourselves', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'people', 'who'],
  ...['person', 'one', 'nobody', 'others', 'friend', 'friends', 'mum', 'mom', 'mother', 'dad', 'father'],
  ...['parents', 'brother', 'sister', 'son', 'daughter', 'wife', 'husband', 'partner', 'boyfriend'],
  ...['girlfriend', 'bf', 'gf', 'ex', 'kid', 'kids', 'child', 'children', 'man', 'woman', 'guy', 'girl'],
  ...['boy', 'teen', 'teenager', 'student', 'character', 'hero', 'heroine', 'narrator', 'author', 'family'],
  ...['cousin', 'aunt', 'uncle', 'grandma', 'grandmother', 'grandpa', 'grandfather', 'teacher', 'boss'],
  ...['colleague', 'coworker', 'therapist', 'doctor', 'nurse', 'op', 'poster', 'patient', 'client'],
  ...['classmate', 'roommate', 'neighbour', 'neighbor', 'stranger', 'soldier', 'victim', 'villain'],
  ...['humans', 'men', 'women', 'teens', 'teenagers', 'adults', 'folks', 'guys', 'individuals', 'veterans'],
  ...['survivors', 'patients', 'users', 'posters', 'redditors', 'sufferers', 'team', 'group', 'class'],
  ...['company', 'staff', 'committee', 'management', 'society'],
]);
/** Things as subjects: "it should be fun", "this should be easy", "life should be simpler". */
const thingWords = new Set([
  'it',
  'this',
  'there',
  'things',
  'everything',
  'something',
  'nothing',
  'life',
  'which',
  'weather',
]);

const nameVerbs = new Set([
  ...['said', 'says', 'told', 'tells', 'thinks', 'thought', 'is', 'was', 'has', 'had', 'wants', 'wanted'],
  ...['went', 'called', 'calls', 'asked', 'asks', 'tried', 'attempted', 'committed', 'killed', 'died'],
  ...['does', 'did', 'will', 'would', 'can', 'could', 'feels', 'felt', 'wrote', 'writes', 'texted', 'and'],
]);

/** Words that end a clause for the purpose of finding its subject ("and" does not: "I'm tired and want…"). */
const clauseBreakers = new Set([
  'but',
  'because',
  'although',
  'though',
  'whereas',
  'while',
  'unless',
  'so',
  'or',
  'if',
  'when',
  'whenever',
  'until',
  'since',
]);

/** How far around a phrase the grammar looks, in words: enough for any clause, and linear on run-ons. */
export const reach = 40;

/** Where the clause around a word begins: after the last break mark or breaking conjunction. */
export function clauseStart(reading: Reading, index: number): number {
  for (let at = index - 1; at >= Math.max(0, index - reach); at -= 1) {
    const word = reading.words[at];
    if (isBreak(word) || clauseBreakers.has(word?.text ?? '')) return at + 1;
  }
  return Math.max(0, index - reach);
}

/** Where the clause around a word ends (exclusive): at the next break mark. */
export function clauseEnd(reading: Reading, index: number): number {
  for (let at = index; at < Math.min(reading.words.length, index + reach); at += 1) {
    const word = reading.words[at];
    if (isBreak(word) || clauseBreakers.has(word?.text ?? '')) return at;
  }
  return Math.min(reading.words.length, index + reach);
}

/** The writer; another person; a thing ("it", "life"); or nobody named. */
export type Person = 'writer' | 'other' | 'thing' | 'unstated';

export interface Subject {
  readonly person: Person;
  /** The subject word's index, or the phrase's own when it is unstated. */
  readonly at: number;
}

function personOf(reading: Reading, at: number): Person | undefined {
  const word = reading.words[at];
  if (word === undefined) return undefined;
  if (writerWords.has(word.text)) return 'writer';
  // "Does anyone else…" and "anyone else who…" speak for the writer too.
  const next = reading.words[at + 1]?.text;
  if (/^(?:anyone|anybody|someone|somebody)$/u.test(word.text) && next === 'else') return 'writer';
  if (word.text === 'who' && reading.words[at - 1]?.text === 'else') return 'writer';
  // "As someone who has tried…", "as a person who has been there": the writer, introducing themselves.
  if (
    word.text === 'who' &&
    /^(?:someone|somebody|person|one|survivor)$/u.test(reading.words[at - 1]?.text ?? '') &&
    [reading.words[at - 2]?.text, reading.words[at - 3]?.text].includes('as')
  )
    return 'writer';
  // "Someone like me doesn't deserve…", "people like me".
  if (reading.words[at + 1]?.text === 'like' && reading.words[at + 2]?.text === 'me') return 'writer';
  if (otherWords.has(word.text)) return 'other';
  if (thingWords.has(word.text)) return 'thing';
  // A noun after an article and before a modal is a thing as subject: "the parcel should arrive".
  if (
    /^(?:the|a|an|this|that|these|those)$/u.test(reading.words[at - 1]?.text ?? '') &&
    /^(?:should|must|ought|will|would|can|could|might|may|has|needs)$/u.test(next ?? '')
  )
    return 'thing';
  // A capitalised word is someone's name when a verb follows ("Mia said"); typed emphasis is not.
  if (word.isCapitalised && nameVerbs.has(reading.words[at + 1]?.text ?? '')) return 'other';
  return undefined;
}

const toWhom = new Set(['to', 'with']);
const determiners = new Set(['my', 'the', 'a', 'an', 'his', 'her', 'our', 'your', 'their']);

/** Whether the person at `at` follows "to" or "with" ("to you", "with my sister"). */
function isSpokenTo(reading: Reading, at: number): boolean {
  const before = reading.words[at - 1]?.text ?? '';
  if (toWhom.has(before)) return true;
  return determiners.has(before) && toWhom.has(reading.words[at - 2]?.text ?? '');
}

/**
 * Who the phrase at `index` is about: the nearest person word before it in its clause ("I told her
 * I want…" finds the second "I"). Unstated when there is none ("Want to disappear.").
 */
export function subjectBefore(reading: Reading, index: number): Subject {
  const from = clauseStart(reading, index);
  for (let at = index - 1; at >= from; at -= 1) {
    const person = personOf(reading, at);
    // Someone spoken or written to is not the subject: "I talked to my therapist about wanting to…".
    if (person === 'other' && isSpokenTo(reading, at)) continue;
    if (person) return { person, at };
  }
  return { person: 'unstated', at: index };
}

/**
 * Who the sentence around a phrase is about, when its own clause does not say: the nearest person
 * before it in the sentence, or else the first after it ("With constant dark thoughts, I…").
 */
export function sentenceSubject(reading: Reading, index: number): Person {
  for (let at = index - 1; at >= Math.max(0, index - reach); at -= 1) {
    if (reading.words[at]?.text === '"') break;
    const person = personOf(reading, at);
    if (person === 'writer' || person === 'other') return person;
  }
  for (let at = index + 1; at < Math.min(reading.words.length, index + reach); at += 1) {
    const person = personOf(reading, at);
    if (person === 'writer' || person === 'other') return person;
  }
  return 'unstated';
}

const negators = new Set(['not', 'never', 'no', 'nor', 'hardly']);
const negationFillers = new Set([
  ...['really', 'even', 'actually', 'ever', 'honestly', 'truly', 'seriously', 'genuinely', 'necessarily'],
  ...['think', 'thinking', 'going', 'planning', 'trying', 'want', 'wanting', 'of', 'about', 'to', 'feel'],
  ...['feeling', 'like', 'have', 'had', 'been', 'be', 'am', 'was', 'do', 'does', 'did', 'will', 'would'],
  ...['could', 'can', 'longer', 'anymore', 'at', 'all', 'a', 'an', 'so', 'that', 'too', 'as', 'thought'],
  ...['considered', 'felt', 'once', 'sure', 'certain', 'convinced', 'believe'],
]);

/**
 * A plain negation just before the phrase: "I'm not", "I don't really want to", "I no longer". Not a
 * negation: one inside a condition ("if I don't end it…"), nor "can't" before an act on oneself ("I
 * can't kill myself" speaks of the act, not its absence): `isAboutOneself` says the phrase is one.
 */
export function isNegatedBefore(reading: Reading, index: number, isAboutOneself = false): boolean {
  for (let at = index - 1, seen = 0; at >= 0 && seen < 5; at -= 1, seen += 1) {
    const text = reading.words[at]?.text ?? '';
    if (negators.has(text)) {
      const before = reading.words.slice(Math.max(0, at - 3), at).map((word) => word.text);
      if (before.includes('if') || before.includes('unless')) return false;
      return !(isAboutOneself && /^(?:can|could)$/u.test(before.at(-1) ?? ''));
    }
    if (!negationFillers.has(text)) return false;
  }
  return false;
}

const reportingVerbs = new Set([
  ...['said', 'says', 'say', 'told', 'tells', 'tell', 'wrote', 'writes', 'asked', 'asks', 'yelled'],
  ...['screamed', 'shouted', 'texted', 'messaged', 'posted', 'replied', 'admitted', 'confessed'],
  ...['mentioned', 'explained', 'thinks', 'believes', 'called', 'calls', 'accused', 'insisted', 'claimed'],
  ...['saying', 'telling', 'calling', 'warned', 'sang', 'sings', 'shared', 'wonders', 'worries', 'think'],
  ...['thought', 'believe', 'believed'],
]);

// The writer answering what was asked or said, with no comma before it: "she asked was I safe and I
// said no", "he told me to calm down and I lied". The answer is the writer's own words.
const answerVerbs =
  /^(?:said|say|told|tell|lied|lie|nodded|admitted|answered|replied|confessed|denied|agreed|shrugged|could|did|broke|cried|laughed|whispered|just)$/u;

/** Where someone else's reported words end: at the clause's end, or at the writer's answer before it. */
function answerAt(reading: Reading, from: number, end: number): number {
  for (let at = from; at + 2 < end; at += 1)
    if (
      reading.words[at]?.text === 'and' &&
      reading.words[at + 1]?.text === 'i' &&
      answerVerbs.test(reading.words[at + 2]?.text ?? '')
    )
      return at;
  return end;
}

/**
 * For each word, whether it is in someone else's voice: what another person said, wrote or thinks
 * ("she said I'm stupid"), up to the end of that clause, or a quotation someone else is named for.
 * What the writer says they told someone stays theirs ("I told her I want to die").
 */
export function otherVoices(reading: Reading): boolean[] {
  const { words } = reading;
  const voices = words.map(() => false);
  for (let at = 0; at < words.length; at += 1) {
    const verb = words[at]?.text ?? '';
    if (!reportingVerbs.has(verb)) continue;
    // "-ing" speaks for the clause's subject, not the one just written to: "I texted her saying…".
    const speaker = verb.endsWith('ing') ? clauseSubject(reading, at) : subjectBefore(reading, at).person;
    if (speaker !== 'other') continue;
    const end = answerAt(reading, at + 1, clauseEnd(reading, at + 1));
    for (let each = at + 1; each < end; each += 1) voices[each] = true;
  }
  markQuotations(reading, voices);
  return voices;
}

/** The first person named in the clause before `index`: who the clause is about. */
function clauseSubject(reading: Reading, index: number): Person {
  for (let at = clauseStart(reading, index); at < index; at += 1) {
    const person = personOf(reading, at);
    if (person) return person;
  }
  return 'unstated';
}

function personAfter(reading: Reading, index: number): Person | undefined {
  for (let at = index; at < Math.min(reading.words.length, index + 3); at += 1) {
    const person = personOf(reading, at);
    if (person) return person;
  }
  return undefined;
}

function markQuotations(reading: Reading, voices: boolean[]): void {
  let open = -1;
  for (let at = 0; at < reading.words.length; at += 1) {
    if (reading.words[at]?.text !== '"') continue;
    if (open < 0) {
      open = at;
      continue;
    }
    // Whose quotation: the person named before it ("she said "…"") or just after it (""…", he said").
    const before = subjectBefore(reading, open).person;
    const isOther = before === 'other' || (before === 'unstated' && personAfter(reading, at + 1) === 'other');
    if (isOther) for (let each = open + 1; each < at; each += 1) voices[each] = true;
    open = -1;
  }
}

// Regular past tenses end in "-ed"; these are the irregular ones crisis language uses.
const pastForms =
  /^(?:[a-z]+ed|thought|felt|cut|took|hurt|burnt|became|got|went|made|wrote|was|were|had|fought|struggled)$/u;

/**
 * Whether the phrase at `index` is told in the past ("I wanted to", "I was suicidal", "used to",
 * "I battled … and dark thoughts"): the nearest verb before it in its clause is past, or it is.
 */
export function isPastAt(reading: Reading, index: number): boolean {
  const start = clauseStart(reading, index);
  for (let at = index - 1; at >= start; at -= 1) {
    const text = reading.words[at]?.text ?? '';
    if (/^(?:have|has|am|is|are|will|would|can|do|does|still|again|now|keep|want|feel)$/u.test(text))
      return false;
    if (/^(?:was|were|had|did|used)$/u.test(text) || pastForms.test(text)) return true;
  }
  return pastForms.test(reading.words[index]?.text ?? '');
}
