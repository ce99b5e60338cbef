/**
 * Tolerant reading of the words crisis language and the harshest self-talk turn on: a word typed
 * with one slip (a letter missing, doubled, swapped or wrong: "sucide", "suicidial", "myslef") is read
 * as the word it nearly is. Only longer words are corrected, and never into a different real word:
 * each key word lists the real words one slip away from it ("alive" and "olive").
 */
const keyWords: Readonly<Record<string, readonly string[]>> = Object.freeze({
  suicide: [],
  suicidal: [],
  myself: [],
  kill: [],
  killing: ['billing', 'filling', 'milling', 'willing', 'tilling'],
  alive: ['olive', 'alike'],
  living: ['loving', 'giving', 'diving', 'liking', 'lining', 'liming'],
  anymore: [],
  deserve: ['deserved', 'deserves', 'reserve', 'preserve'],
  existing: ['exiting'],
  ending: [
    'endings',
    'bending',
    'fending',
    'lending',
    'mending',
    'pending',
    'rending',
    'sending',
    'tending',
    'vending',
    'wending',
  ],
  exist: ['exit', 'exits', 'exists', 'exact'],
  existence: [],
  overdose: ['overdone'],
  overdosed: ['overdoses'],
  disappear: ['disappears', 'disappeared'],
  better: ['bitter', 'butter', 'letter', 'setter', 'batter', 'beater', 'bettor', 'bettie'],
  without: [],
  tomorrow: [],
  hurting: ['hunting', 'hurling', 'hurtling'],
  pathetic: [],
  worthless: [],
  useless: [],
  failure: [],
  disgusting: [],
  stupid: ['stupor'],
  hopeless: [],
  everyone: [],
  nobody: [],
  should: ['shoulder', 'shout', 'sound', 'shoul'],
  deserving: ['reserving', 'preserving'],
  pills: ['bills', 'fills', 'hills', 'kills', 'mills', 'pulls', 'pins', 'piles', 'wills', 'spills', 'pill'],
  goodbye: [],
  wrists: ['wrist', 'writs'],
  lethal: [],
  because: [],
  burden: [],
  reason: ['season', 'treason'],
});

// Short words are read through a swap of neighbours only ("lfie"), which rarely makes another word.
const swapOnly = new Set(['life', 'dead', 'kill', 'wake', 'live', 'pill', 'hurt', 'want']);

const keysByLength = new Map<number, string[]>();
for (const key of Object.keys(keyWords))
  keysByLength.set(key.length, [...(keysByLength.get(key.length) ?? []), key]);

/** Whether `a` and `b` are one slip apart: one letter inserted, deleted, replaced, or two swapped. */
function isOneSlip(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    let first = -1;
    for (let at = 0; at < a.length; at += 1) {
      if (a[at] === b[at]) continue;
      if (first >= 0) {
        // A swap of neighbours: "myslef".
        const isSwap = at === first + 1 && a[first] === b[at] && a[at] === b[first];
        return isSwap && a.slice(at + 1) === b.slice(at + 1);
      }
      first = at;
    }
    return true;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  let at = 0;
  while (at < short.length && short[at] === long[at]) at += 1;
  return short.slice(at) === long.slice(at + 1);
}

const cache = new Map<string, string>();

/** A word with its doubled letters typed once: "dissapear" and "disappear" are both "disapear". */
const undoubled = (word: string): string => word.replace(/(.)\1/gu, '$1');
const keysUndoubled = new Map(Object.keys(keyWords).map((key) => [undoubled(key), key]));

function swapped(word: string): string {
  for (let at = 0; at + 1 < word.length; at += 1) {
    const candidate = `${word.slice(0, at)}${word[at + 1] ?? ''}${word[at] ?? ''}${word.slice(at + 2)}`;
    if (swapOnly.has(candidate)) return candidate;
  }
  return word;
}

/** The key word a slip of typing stands for, or the word itself. */
export function correctSpelling(word: string): string {
  if (word.length < 4 || word in keyWords) return word;
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  let found = word.length === 4 ? swapped(word) : word;
  for (const length of word.length === 4 ? [] : [word.length, word.length - 1, word.length + 1]) {
    for (const key of keysByLength.get(length) ?? []) {
      // A plural or its singular is another word, not a slip: "goodbyes", "suicides".
      const isInflection =
        word === `${key}s` ||
        word === `${key}d` ||
        word === `${key}es` ||
        (key === `${word}s` && !key.endsWith('ss'));
      if (isOneSlip(word, key) && !isInflection && !keyWords[key]?.includes(word)) found = key;
    }
  }
  // Doubling the wrong letter is the commonest slip in longer words ("dissapear", "suiccide").
  if (found === word && word.length >= 6) {
    const key = keysUndoubled.get(undoubled(word));
    if (key !== undefined && !keyWords[key]?.includes(word)) found = key;
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(word, found);
  return found;
}
