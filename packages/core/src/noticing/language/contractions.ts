/**
 * How quick typing is read: contractions with or without their apostrophe ("I'm", "im"), chat
 * shorthand and a few internet euphemisms become the plain words the rules are written in.
 * Keys are lower case with apostrophes removed.
 */
const expansions: Readonly<Record<string, string>> = Object.freeze({
  im: 'i am',
  ive: 'i have',
  id: 'i would',
  ill: 'i will', // typed without its apostrophe only where a clause starts ("ill never"), not "I feel ill"
  youre: 'you are',
  youve: 'you have',
  youll: 'you will',
  youd: 'you would',
  hes: 'he is',
  shes: 'she is',
  theyre: 'they are',
  theyve: 'they have',
  theyll: 'they will',
  theyd: 'they would',
  weve: 'we have',
  its: 'it is',
  thats: 'that is',
  theres: 'there is',
  whats: 'what is',
  whos: 'who is',
  heres: 'here is',
  lets: 'let us',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  cant: 'can not',
  cannot: 'can not',
  wont: 'will not',
  wouldnt: 'would not',
  couldnt: 'could not',
  shouldnt: 'should not',
  mustnt: 'must not',
  isnt: 'is not',
  arent: 'are not',
  wasnt: 'was not',
  werent: 'were not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  aint: 'am not',
  neednt: 'need not',
  shouldve: 'should have',
  couldve: 'could have',
  wouldve: 'would have',
  mustve: 'must have',
  mightve: 'might have',
  wanna: 'want to',
  wana: 'want to',
  gonna: 'going to',
  gotta: 'got to',
  hafta: 'have to',
  oughta: 'ought to',
  tryna: 'trying to',
  lemme: 'let me',
  gimme: 'give me',
  u: 'you',
  ur: 'your',
  rn: 'right now',
  idk: 'i do not know',
  tbh: 'to be honest',
  cuz: 'because',
  coz: 'because',
  cos: 'because',
  ppl: 'people',
  noone: 'no one',
  nobodys: 'nobody is',
  everyones: 'everyone is',
  alot: 'a lot',
  // Internet shorthand and euphemisms for suicide; "kys" is said to others and stays theirs.
  kms: 'kill myself',
  kil: 'kill',
  ded: 'dead',
  kys: 'kill yourself',
  unalive: 'kill',
  unalived: 'killed',
  unaliving: 'killing',
  sewerslide: 'suicide',
  sewerslidal: 'suicidal',
  suicidle: 'suicidal',
  suicidel: 'suicidal',
  selfharm: 'self harm',
  selfharming: 'self harming',
  selfharmed: 'self harmed',
});

// Ordinary words when typed without an apostrophe; they expand only with it ("lets" stays "lets").
const ambiguousWithoutApostrophe = new Set(['lets']);

const suffixes: readonly (readonly [string, string])[] = [
  ["n't", ' not'],
  ["'m", ' am'],
  ["'re", ' are'],
  ["'ve", ' have'],
  ["'ll", ' will'],
  ["'d", ' would'],
];

// Whose "'s" means "is" rather than a possessive ("it's", "she's", but "mum's").
const isSubjects = new Set([
  'it',
  'that',
  'there',
  'what',
  'he',
  'she',
  'who',
  'here',
  'where',
  'everything',
  'nothing',
  'everyone',
  'life',
  'this',
]);

const irregularNot: Readonly<Record<string, string>> = Object.freeze({
  ca: 'can',
  wo: 'will',
  sha: 'shall',
  ai: 'am',
});

function withApostrophe(lower: string): string {
  const compact = lower.replaceAll("'", '');
  const known = expansions[compact];
  if (known !== undefined) return known;
  for (const [suffix, word] of suffixes) {
    if (!lower.endsWith(suffix)) continue;
    const base = lower.slice(0, -suffix.length);
    const expandedBase = base.includes("'") ? withApostrophe(base) : (irregularNot[base] ?? base);
    return `${expandedBase}${word}`;
  }
  if (lower.endsWith("'s")) {
    const base = lower.slice(0, -2);
    return isSubjects.has(base) ? `${base} is` : base;
  }
  return compact;
}

/**
 * The plain words a typed token stands for, lower case, separated by single spaces. `isClauseStart`
 * tells "ill never" (I'll) from "I feel ill".
 */
export function expandToken(token: string, isClauseStart: boolean): string {
  const lower = token.toLowerCase();
  if (lower.includes("'")) return withApostrophe(lower);
  if (ambiguousWithoutApostrophe.has(lower)) return lower;
  if (lower === 'ill' && !isClauseStart) return lower;
  return expansions[lower] ?? lower;
}
