import {
  isBehindThem,
  isDisowned,
  isNamedAsTopic,
  isSpokenOfInGeneral,
  isStoryOrNews,
  isTopicOfClause,
} from './language/frames.ts';
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
  for (const rule of rules) {
    if (rule.unless?.test(reading.plain)) continue;
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
