/**
 * The words a rule's match can begin and end with, worked out once from its regular expression, so that a
 * sentence holding none of them skips the rule without running it (most rules meet most sentences
 * only to fail). Conservative by construction: whenever the first word cannot be listed (a letter
 * class, an unbounded repetition, too many spellings), the answer is `undefined` and the rule always
 * runs. Only what can appear in a rule is read: literal characters, escapes, classes, groups,
 * lookarounds (they consume nothing, so they are passed over) and quantifiers.
 */

/** One character the expression consumes: which word characters it may be, and whether a non-word one. */
interface CharNode {
  readonly kind: 'char';
  /** The word characters it may be; `undefined` when there are too many to list. */
  readonly word: readonly string[] | undefined;
  readonly nonWord: boolean;
}
type Node =
  | CharNode
  | { readonly kind: 'empty' }
  | { readonly kind: 'seq'; readonly items: readonly Node[] }
  | { readonly kind: 'alt'; readonly options: readonly Node[] }
  | { readonly kind: 'repeat'; readonly item: Node; readonly min: number; readonly max: number };

const empty: Node = { kind: 'empty' };
const anyChar: CharNode = { kind: 'char', word: undefined, nonWord: true };
const isWordChar = (char: string): boolean => {
  const code = char.charCodeAt(0);
  return (
    char.length === 1 &&
    ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95)
  );
};
const charNodes = new Map<string, CharNode>();
function charOf(char: string): CharNode {
  let node = charNodes.get(char);
  if (node === undefined) {
    node = isWordChar(char)
      ? { kind: 'char', word: [char], nonWord: false }
      : { kind: 'char', word: [], nonWord: true };
    charNodes.set(char, node);
  }
  return node;
}
// Beyond this many spellings of a first word, listing them saves nothing.
const mostSpellings = 400;

class Parser {
  private at = 0;
  private readonly source: string;
  constructor(source: string) {
    this.source = source;
  }

  parse(): Node {
    const node = this.alternation();
    if (this.at < this.source.length) throw new Error('unbalanced group');
    return node;
  }

  private peek(): string {
    return this.source[this.at] ?? '';
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.at += 1;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] ?? empty) : { kind: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')')
      items.push(this.quantified(this.atom()));
    return { kind: 'seq', items };
  }

  /** Matches `sticky` (a regular expression with the `y` flag) where the parser stands. */
  private read(sticky: RegExp): RegExpExecArray | null {
    sticky.lastIndex = this.at;
    return sticky.exec(this.source);
  }

  private quantified(item: Node): Node {
    const next = this.peek();
    const braces = next === '{' ? this.read(/\{(\d+)(,(\d*))?\}/uy) : null;
    let min: number;
    let max: number;
    if (next === '?') [min, max] = [0, 1];
    else if (next === '*') [min, max] = [0, Infinity];
    else if (next === '+') [min, max] = [1, Infinity];
    else if (braces) {
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
    } else return item;
    this.at += braces ? braces[0].length : 1;
    if (this.peek() === '?') this.at += 1;
    return { kind: 'repeat', item, min, max };
  }

  private atom(): Node {
    const char = this.peek();
    this.at += 1;
    if (char === '(') return this.group();
    if (char === '[') return this.charClass();
    if (char === '\\') return this.escape(false);
    if (char === '^' || char === '$') return empty;
    if (char === '.') return anyChar;
    return charOf(char);
  }

  private group(): Node {
    const lookaround = this.peek() === '?' ? this.read(/\?(?:=|!|<=|<!)/uy) : null;
    const named = this.peek() === '?' ? this.read(/\?<[A-Za-z_]\w*>/uy) : null;
    if (lookaround) this.at += lookaround[0].length;
    else if (named) this.at += named[0].length;
    else if (this.source.startsWith('?:', this.at)) this.at += 2;
    const inner = this.alternation();
    if (this.peek() !== ')') throw new Error('unclosed group');
    this.at += 1;
    return lookaround ? empty : inner;
  }

  /** An escape outside a class, or (inClass) inside one, where `\b` is a backspace. */
  private escape(inClass: boolean): Node {
    const char = this.peek();
    this.at += 1;
    if (!inClass && (char === 'b' || char === 'B')) return empty;
    if (inClass && char === 'b') return charOf(' ');
    if (char === 'd' || char === 'w') return { kind: 'char', word: undefined, nonWord: false };
    if (char === 's' || char === 'W') return { kind: 'char', word: [], nonWord: true };
    // Digits (a back-reference), \S, \D, \p{…}, \u…, \x…, \c…: anything, listing nothing.
    if (/[\dSDpPuxck]/u.test(char)) return anyChar;
    return charOf(char === 'n' || char === 't' || char === 'r' || char === 'f' || char === 'v' ? ' ' : char);
  }

  private charClass(): Node {
    const isNegated = this.peek() === '^';
    if (isNegated) this.at += 1;
    const word = new Set<string>();
    let nonWord = false;
    let isMany = isNegated;
    const add = (node: Node): void => {
      if (node.kind !== 'char') return;
      if (node.word === undefined) isMany = true;
      else for (const each of node.word) word.add(each);
      nonWord ||= node.nonWord;
    };
    while (this.at < this.source.length && this.peek() !== ']') {
      const char = this.peek();
      this.at += 1;
      const start = char === '\\' ? this.escape(true) : charOf(char);
      const isRange =
        this.peek() === '-' && this.source[this.at + 1] !== ']' && this.at + 1 < this.source.length;
      if (!isRange) {
        add(start);
        continue;
      }
      this.at += 1;
      const endChar = this.peek();
      this.at += 1;
      if (endChar === '\\') this.escape(true);
      // A range of letters or digits is too many to list (and may take in marks between them).
      isMany = true;
      nonWord = true;
    }
    if (this.peek() !== ']') throw new Error('unclosed class');
    this.at += 1;
    if (isNegated) nonWord = true;
    return { kind: 'char', word: isMany || word.size > 12 ? undefined : [...word], nonWord };
  }
}

/** First words being read: those still open (more letters may follow) and those already ended. */
interface Reading {
  readonly open: ReadonlySet<string>;
  readonly done: ReadonlySet<string>;
}
const unknown = undefined;
type Step = Reading | typeof unknown;

function union(readings: readonly Reading[]): Step {
  const open = new Set(readings.flatMap((each) => [...each.open]));
  const done = new Set(readings.flatMap((each) => [...each.done]));
  return open.size + done.size > mostSpellings ? unknown : { open, done };
}

function step(node: Node, reading: Reading): Step {
  if (reading.open.size === 0) return reading;
  switch (node.kind) {
    case 'empty':
      return reading;
    case 'char': {
      if (node.word === undefined) return unknown;
      const open = new Set<string>();
      const done = new Set(reading.done);
      for (const prefix of reading.open) {
        for (const char of node.word) open.add(prefix + char);
        // A match that begins with a mark or a space has no first word to list.
        if (node.nonWord && prefix === '') return unknown;
        if (node.nonWord) done.add(prefix);
      }
      return open.size + done.size > mostSpellings ? unknown : { open, done };
    }
    case 'seq': {
      let current: Step = reading;
      for (const item of node.items) {
        current = current && step(item, current);
        if (current === unknown) return unknown;
      }
      return current;
    }
    case 'alt': {
      const options: Reading[] = [];
      for (const option of node.options) {
        const result = step(option, reading);
        if (result === unknown) return unknown;
        options.push(result);
      }
      return union(options);
    }
    case 'repeat': {
      let current: Step = reading;
      for (let count = 0; count < node.min; count += 1) {
        current = current && step(node.item, current);
        if (current === unknown) return unknown;
      }
      const reached: Reading[] = [current];
      for (let count = node.min; count < node.max && current.open.size > 0; count += 1) {
        // Still open after a few more rounds: the word can grow without end.
        if (count - node.min > 8) return unknown;
        const next = step(node.item, { open: current.open, done: new Set() });
        if (next === unknown) return unknown;
        current = next;
        reached.push(current);
      }
      return union(reached);
    }
  }
}

/** The same expression read from its end: what it consumes, in the opposite order. */
function reversed(node: Node): Node {
  switch (node.kind) {
    case 'seq':
      return { kind: 'seq', items: node.items.map(reversed).reverse() };
    case 'alt':
      return { kind: 'alt', options: node.options.map(reversed) };
    case 'repeat':
      return { ...node, item: reversed(node.item) };
    default:
      return node;
  }
}

function wordsAtStart(tree: Node): ReadonlySet<string> | undefined {
  const result = step(tree, { open: new Set(['']), done: new Set() });
  if (result === unknown) return undefined;
  const words = new Set([...result.open, ...result.done]);
  return words.has('') ? undefined : words;
}

/** The whole words a match can begin with, and those it can end with; `undefined` when not listable. */
export interface EdgeWords {
  readonly first: ReadonlySet<string> | undefined;
  readonly last: ReadonlySet<string> | undefined;
}

/**
 * The whole words a match of `regex` can begin and end with. Meant for rules of the form `\b(?:…)\b`
 * run on plain words: a match begins at the start of a word and ends at the end of one, so its first
 * word runs to a non-word character or to the match's end, and its last word likewise from its start.
 */
export function edgeWordsOf(regex: RegExp): EdgeWords {
  const none = { first: undefined, last: undefined };
  if (regex.flags.includes('i') || !regex.source.startsWith('\\b') || !regex.source.endsWith('\\b'))
    return none;
  let tree: Node;
  try {
    tree = new Parser(regex.source).parse();
  } catch {
    return none;
  }
  const last = wordsAtStart(reversed(tree));
  return {
    first: wordsAtStart(tree),
    last: last && new Set([...last].map((word) => [...word].reverse().join(''))),
  };
}
