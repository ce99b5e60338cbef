import {
  isBehindThem,
  isDisowned,
  isNamedAsTopic,
  isSpokenOfInGeneral,
  isStoryOrNews,
  isTopicOfClause,
} from './language/frames.ts';
import { edgeWordsOf } from './language/rule-edges.ts';
import { isNegatedBefore, otherVoices, sentenceSubject, subjectBefore } from './language/grammar.ts';
import type { Reading } from './language/read-sentence.ts';
import type { NoticingPattern } from './noticing-types.ts';
import type { Rule } from './rules/rule.ts';

/** What a rule found in a sentence: the pattern, and the words (indices) that made it fire. */
export interface Found {
  readonly pattern: NoticingPattern;
  readonly from: number;
  /** Inclusive. */
  readonly to: number;
}

/** The sentence being read, with what is worked out once and shared by every rule. */
export interface SentenceContext {
  readonly reading: Reading;
  /** Whether each word is in someone else's voice; worked out only when a rule first asks. */
  voices: boolean[] | undefined;
}

// A verb with the "-s" of someone else: "wants to die" is about another person.
const someoneElsesVerb =
  /^(?:wants|wishes|needs|feels|thinks|says|deserves|hopes|tries|plans|is|has|does|seems|keeps)$/u;

function wordsBetween(reading: Reading, from: number, to: number): string {
  return reading.words
    .slice(from, to + 1)
    .map((word) => word.text)
    .join(' ');
}

function isOthersVoice(context: SentenceContext, at: number): boolean {
  context.voices ??= otherVoices(context.reading);
  return context.voices[at] ?? false;
}

/** Whether the words the rule matched at `from` are the writer's own, now, about themselves. */
function isTheWritersOwn(
  rule: Rule,
  context: SentenceContext,
  from: number,
  to: number,
): { isOwn: boolean; subject: number } {
  const { reading } = context;
  const subject = subjectBefore(reading, from);
  const no = { isOwn: false, subject: from };
  if (!rule.isHeardFromOthers && isOthersVoice(context, from)) return no;
  const isAboutOneself = /\b(?:myself|my life)\b/u.test(wordsBetween(reading, from, to));
  if (rule.isNegatable && isNegatedBefore(reading, from, isAboutOneself)) return no;
  if (rule.whose !== 'anyone' && subject.person !== 'writer') {
    if (subject.person === 'other') return no;
    // A thing as subject ("it should be fun") is not the writer; in crisis language it often carries
    // the writer's state ("it leads to dark thoughts"), so the sentence's person decides.
    if (subject.person === 'thing' && rule.pattern !== 'crisis') return no;
    if (someoneElsesVerb.test(reading.words[from]?.text ?? '')) return no;
    const person = sentenceSubject(reading, from);
    // Named as the writer's: in self-talk, a person must be named; crisis also counts a sentence
    // with nobody in it ("The dark thoughts are back").
    if (rule.whose === 'stated' && person !== 'writer' && (rule.pattern !== 'crisis' || person === 'other'))
      return no;
    if (person !== 'writer' && isTopicOfClause(reading, from, to)) return no;
  }
  if (rule.pattern === 'crisis') {
    if (!rule.isHeardFromOthers && (isSpokenOfInGeneral(reading, from) || isStoryOrNews(reading, from)))
      return no;
    if (isBehindThem(reading, from)) return no;
    if (subject.person !== 'writer' && isNamedAsTopic(reading, from)) return no;
  } else if (isDisowned(reading, from)) return no;
  // The passage shows who it is about when that is close by: "I'm so stupid", not "so stupid".
  const isNear = subject.person === 'writer' && from - subject.at <= 3;
  return { isOwn: true, subject: isNear ? subject.at : from };
}

/** For a list of rules: which rules each key word may start (or end), and the rules that always run. */
interface RuleIndex {
  readonly byKeyWord: ReadonlyMap<string, readonly number[]>;
  readonly always: readonly number[];
}

// Worked out once per list of rules (they are module constants), the first time the list is used.
const indexOfRules = new WeakMap<readonly Rule[], RuleIndex>();

// Words in nearly every sentence a person writes: a rule keyed on them would run on every sentence.
const everywhere = new Set(
  'i am my me is was a an the to and it be have has not do so of that in on will would can just'.split(' '),
);
const commonIn = (words: ReadonlySet<string>): number =>
  [...words].filter((word) => everywhere.has(word)).length;

/** The better key of a rule: its first words or its last, whichever is rarer in what people write. */
function keyWords(rule: Rule): ReadonlySet<string> | undefined {
  const { first, last } = edgeWordsOf(rule.regex);
  if (first === undefined || last === undefined) return first ?? last;
  const [a, b] = [commonIn(first), commonIn(last)];
  return a < b || (a === b && first.size <= last.size) ? first : last;
}

function indexRules(rules: readonly Rule[]): RuleIndex {
  const byKeyWord = new Map<string, number[]>();
  const always: number[] = [];
  rules.forEach((rule, at) => {
    const first = keyWords(rule);
    if (first === undefined) always.push(at);
    else for (const word of first) byKeyWord.set(word, [...(byKeyWord.get(word) ?? []), at]);
  });
  return { byKeyWord, always };
}

/**
 * Which rules could match the sentence at all: those whose match can begin (or end) with one of its
 * words, split as the regular expressions' \b splits them, and those whose edge words cannot be listed.
 * Most rules fail on most sentences; this skips them without running their regular expressions.
 */
function rulesThatMayMatch(rules: readonly Rule[], reading: Reading): Uint8Array {
  let index = indexOfRules.get(rules);
  if (index === undefined) {
    index = indexRules(rules);
    indexOfRules.set(rules, index);
  }
  const may = new Uint8Array(rules.length);
  for (const at of index.always) may[at] = 1;
  for (const word of reading.plain.split(/[^A-Za-z0-9_]+/u))
    for (const at of index.byKeyWord.get(word) ?? []) may[at] = 1;
  return may;
}

/**
 * The first place each rule fires in the sentence, checked for whose words they are. A rule's later
 * matches are tried when an earlier one is someone else's ("she wants to die, and so do I").
 */
export function findInSentence(
  rules: readonly Rule[],
  context: SentenceContext,
  firstOnly: boolean,
): Found[] {
  const { reading } = context;
  const found: Found[] = [];
  const may = rulesThatMayMatch(rules, reading);
  for (const [at, rule] of rules.entries()) {
    if (may[at] === 0 || rule.unless?.test(reading.plain)) continue;
    const { regex } = rule;
    regex.lastIndex = 0;
    for (let match = regex.exec(reading.plain); match; match = regex.exec(reading.plain)) {
      const from = reading.wordAt[match.index] ?? 0;
      const to = reading.wordAt[match.index + match[0].length - 1] ?? from;
      const own = isTheWritersOwn(rule, context, from, to);
      if (own.isOwn) {
        found.push({ pattern: rule.pattern, from: own.subject, to });
        break;
      }
      if (match[0] === '') regex.lastIndex += 1;
    }
    if (firstOnly && found.length > 0) return found;
  }
  return found;
}
