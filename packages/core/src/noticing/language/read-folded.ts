/**
 * A sentence in another language read as plain folded words, for the crisis rules in German and
 * Spanish: lower case, accents and umlauts dropped ("möchte" is "mochte", "mí" is "mi", "ñ" is "n",
 * "ß" is "ss"), words parted by single spaces and the marks that break a clause kept as words of
 * their own. Each character of the plain text remembers where it was typed, so a rule's match can be
 * shown as the person wrote it.
 */
export interface FoldedReading {
  readonly plain: string;
  /** For each character of `plain`, its offset in the sentence as typed. */
  readonly typedAt: readonly number[];
}

const folds: Readonly<Record<string, string>> = Object.freeze({
  á: 'a',
  à: 'a',
  â: 'a',
  ä: 'a',
  é: 'e',
  è: 'e',
  ê: 'e',
  í: 'i',
  ì: 'i',
  î: 'i',
  ó: 'o',
  ò: 'o',
  ô: 'o',
  ö: 'o',
  ú: 'u',
  ù: 'u',
  û: 'u',
  ü: 'u',
  ñ: 'n',
  ç: 'c',
  ß: 'ss',
});

// Marks that break a clause or open someone else's words; every other mark is a space.
const marks: Readonly<Record<string, string>> = Object.freeze({
  ',': ',',
  ';': ';',
  ':': ':',
  '.': '.',
  '!': '!',
  '?': '?',
  '¡': '!',
  '¿': '?',
  '"': '"',
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2013': ',',
  '\u2014': ',',
});

function foldedChar(char: string): string | undefined {
  const lower = char.toLowerCase();
  if (lower.length !== 1) return undefined;
  if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) return lower;
  return folds[lower];
}

/** Reads one sentence into folded plain words. Pure and linear in the sentence's length. */
export function readFolded(sentence: string): FoldedReading {
  let plain = '';
  const typedAt: number[] = [];
  const push = (text: string, at: number): void => {
    if (plain !== '' && !plain.endsWith(' ')) {
      plain += ' ';
      typedAt.push(at);
    }
    for (const char of text) {
      plain += char;
      typedAt.push(at);
    }
  };
  let inWord = false;
  for (let at = 0; at < sentence.length; at += 1) {
    const char = sentence[at] ?? '';
    const folded = foldedChar(char);
    if (folded !== undefined) {
      // Letters of one word stay together; an apostrophe inside a word is dropped ("hab's").
      if (!inWord) push(folded, at);
      else
        for (const each of folded) {
          plain += each;
          typedAt.push(at);
        }
      inWord = true;
      continue;
    }
    if ((char === "'" || char === '\u2019') && inWord) continue;
    inWord = false;
    const mark = marks[char];
    if (mark !== undefined) push(mark, at);
  }
  return { plain, typedAt };
}
