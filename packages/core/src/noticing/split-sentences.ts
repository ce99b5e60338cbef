/** Where one sentence sits in a text: `text.slice(start, end)`, trimmed of surrounding space. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/u.test(char);
const isTerminator = (char: string | undefined): boolean => char === '.' || char === '!' || char === '?';
const isCloser = (char: string | undefined): boolean =>
  char === '"' || char === "'" || char === '\u201d' || char === '\u2019' || char === ')';
const isLower = (char: string | undefined): boolean => char !== undefined && char >= 'a' && char <= 'z';
const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
const isUpper = (char: string | undefined): boolean => char !== undefined && char >= 'A' && char <= 'Z';

function trimmed(text: string, start: number, end: number): SentenceSpan | undefined {
  let from = start;
  let to = end;
  while (from < to && isSpace(text[from])) from += 1;
  while (to > from && isSpace(text[to - 1])) to -= 1;
  return to > from ? { start: from, end: to } : undefined;
}

/**
 * Splits a journal text into sentences in one linear pass: a sentence ends at a run of `.`, `!` or `?`
 * followed by space (or the end), or at a line break. Typed in a hurry, the space after a full stop
 * is often missing ("today.Then"): a lower-case letter, a stop and a capital with a lower-case letter,
 * or two digits, after it end a sentence too (not "U.S." or "2.5"). Offsets point into the original text.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const close = (end: number): void => {
    const span = trimmed(text, start, end);
    if (span) spans.push(span);
    start = end;
  };
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (char === '\n') {
      close(at);
      continue;
    }
    if (!isTerminator(char)) continue;
    let end = at + 1;
    while (isTerminator(text[end]) || isCloser(text[end])) end += 1;
    // "today.Then" and "last.10 years ago": a word, a stop, and a new sentence with no space.
    const isRunOn =
      isLower(text[at - 1]) &&
      ((isUpper(text[end]) && isLower(text[end + 1])) || (isDigit(text[end]) && isDigit(text[end + 1])));
    if (end >= text.length || isSpace(text[end]) || isRunOn) {
      close(end);
      at = end - 1;
    }
  }
  close(text.length);
  return spans;
}
