import { expandToken } from './contractions.ts';
import { correctSpelling } from './spelling.ts';

/** One plain word of a sentence (or a mark that breaks it), and where it was typed. */
export interface Word {
  /** Lower case, contractions expanded, one slip of typing corrected: "I'm" gives "i" and "am". */
  readonly text: string;
  /** Offsets of the typed token in the sentence; the words of one contraction share them. */
  readonly start: number;
  readonly end: number;
  /** Typed with a capital inside the sentence: likely someone's name. */
  readonly isCapitalised: boolean;
}

/** A sentence as the rules read it: its plain words, and those words joined by single spaces. */
export interface Reading {
  readonly words: readonly Word[];
  /** The words' text joined by single spaces: what the rules' regular expressions run on. */
  readonly plain: string;
  /** For each character of `plain`, the index of its word (spaces belong to the word before). */
  readonly wordAt: Readonly<Int32Array>;
}

const breakMarks = new Set([',', ';', ':', '(', ')', '?', '!', '-', '...', '"']);
const clauseOpeners = new Set(['and', 'but', 'so', 'because', 'then', 'or', 'if', 'when']);
// Marks that break a clause, as typed: dashes and curly quotation marks become plain ones.
const markOf: Readonly<Record<string, string>> = Object.freeze({
  ',': ',',
  ';': ';',
  ':': ':',
  '(': '(',
  ')': ')',
  '?': '?',
  '!': '!',
  '"': '"',
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
});

const isAsciiLetterOrDigit = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
const isWordChar = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return isAsciiLetterOrDigit(code) || (code >= 0xc0 && /[\p{L}\p{N}]/u.test(text[at] ?? ''));
};

interface Token {
  readonly text: string;
  readonly start: number;
  readonly isMark: boolean;
}

/**
 * Words (with inner apostrophes: "don't"), and marks that break a clause. A hyphen inside a word
 * separates it ("self-harm" is "self harm"); a dash between spaces, or two or more dots, breaks it.
 */
function tokens(sentence: string): Token[] {
  const found: Token[] = [];
  let at = 0;
  while (at < sentence.length) {
    if (isWordChar(sentence, at)) {
      let end = at + 1;
      while (end < sentence.length) {
        if (isWordChar(sentence, end)) end += 1;
        else if (sentence[end] === "'" && isWordChar(sentence, end + 1)) end += 2;
        else break;
      }
      found.push({ text: sentence.slice(at, end), start: at, isMark: false });
      at = end;
      continue;
    }
    const char = sentence[at] ?? '';
    const isLoneDash =
      char === '-' && sentence[at - 1] === ' ' && (sentence[at + 1] === ' ' || sentence[at + 1] === '-');
    const isDots = char === '.' && sentence[at + 1] === '.';
    const mark = isLoneDash ? '-' : isDots ? '...' : markOf[char];
    if (mark !== undefined) found.push({ text: mark, start: at, isMark: true });
    at += isDots ? 2 : 1;
    while (isDots && sentence[at] === '.') at += 1;
  }
  return found;
}

/** Whether a plain word is a mark that breaks a clause (a comma, a dash, a quotation mark…). */
export const isBreak = (word: Word | undefined): boolean => word === undefined || breakMarks.has(word.text);

// The same tokens come back again and again as a person types; their plain words are kept.
const partsCache = new Map<string, readonly string[]>();

function plainParts(token: string, isClauseStart: boolean): readonly string[] {
  const key = isClauseStart ? `^${token}` : token;
  const cached = partsCache.get(key);
  if (cached) return cached;
  const parts = expandToken(token, isClauseStart)
    .split(' ')
    .filter((part) => part !== '')
    .map(correctSpelling);
  if (partsCache.size > 20_000) partsCache.clear();
  partsCache.set(key, parts);
  return parts;
}

/** Reads one sentence into plain words. Pure and linear in the sentence's length. */
export function readSentence(sentence: string): Reading {
  const words: Word[] = [];
  for (const token of tokens(sentence)) {
    const end = token.start + token.text.length;
    if (token.isMark) {
      words.push({ text: token.text, start: token.start, end, isCapitalised: false });
      continue;
    }
    const before = words.at(-1);
    const isClauseStart = before === undefined || isBreak(before) || clauseOpeners.has(before.text);
    const parts = plainParts(token.text, isClauseStart);
    // A name is one word with a capital and then small letters ("Mia"), inside the sentence: not
    // "Ive" or "Im" (the writer), nor a word shouted in capitals.
    const isCapitalised = words.length > 0 && parts.length === 1 && /^\p{Lu}\p{Ll}/u.test(token.text);
    for (const text of parts) {
      // "my self" is "myself", typed apart.
      if (text === 'self' && before?.text === 'my' && parts.length === 1) {
        words[words.length - 1] = { text: 'myself', start: before.start, end, isCapitalised: false };
        continue;
      }
      words.push({ text, start: token.start, end, isCapitalised });
    }
  }
  const plain = words.map((word) => word.text).join(' ');
  const wordAt = new Int32Array(plain.length);
  let at = 0;
  words.forEach((word, index) => {
    wordAt.fill(index, at, at + word.text.length + 1);
    at += word.text.length + 1;
  });
  return { words, plain, wordAt };
}
