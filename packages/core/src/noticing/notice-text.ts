import { crisisRules, presentNegation } from './crisis-rules.ts';
import { innerCriticRules } from './inner-critic-rules.ts';
import { noticingPatterns, type Noticing, type NoticingPattern } from './noticing-types.ts';
import { outlookRules } from './outlook-rules.ts';
import type { Rule } from './rule.ts';
import { splitSentences, type SentenceSpan } from './split-sentences.ts';

const selfTalkRules: readonly Rule[] = Object.freeze([...innerCriticRules, ...outlookRules]);

// Words before a phrase, in the same clause, that make it someone else's voice or a past belief:
// "she said I'm stupid", "I used to think I should", "I no longer believe I'm stupid".
const distancing =
  /\b(?:used to|no longer|stopped|don'?t (?:really )?(?:think|believe|feel like)|do not (?:think|believe)|(?:isn'?t|is not|not) true|never (?:believed|thought)|noticed|caught myself|said|says|saying|told me|tells me|telling me|called me|calls me|call me)\b/i;
const clauseBreak = /[,;:\u2013\u2014]|\bbut\b/giu;

// A more specific noticing in the same sentence says it better: "they must think I'm pathetic" is
// mind-reading, not the person labelling themselves.
const outranks: readonly (readonly [NoticingPattern, readonly NoticingPattern[]])[] = Object.freeze([
  ['mind-reading', ['labelling', 'shame-about-needs', 'appearance']],
  ['conditional-worth', ['appearance', 'should', 'labelling']],
  ['behind-or-comparing', ['should']],
  ['catastrophising', ['on-my-own']],
]);

/** Curly apostrophes become straight ones; each is one code unit, so offsets are unchanged. */
function normalise(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/gu, "'");
}

function clauseBefore(sentence: string, index: number): string {
  const before = sentence.slice(0, index);
  let start = 0;
  for (const found of before.matchAll(clauseBreak)) start = found.index + found[0].length;
  return before.slice(start);
}

/** The words as the person wrote them (the normalised sentence has the same offsets). */
function wordsAt(passage: string, match: RegExpExecArray): string {
  return passage.slice(match.index, match.index + match[0].length);
}

function crisisTriggers(sentence: string, passage: string): string[] {
  const triggers: string[] = [];
  for (const rule of crisisRules) {
    const match = rule.regex.exec(sentence);
    if (!match || rule.unless?.test(sentence)) continue;
    if (rule.isNegatable && presentNegation.test(clauseBefore(sentence, match.index))) continue;
    const words = wordsAt(passage, match);
    if (!triggers.includes(words)) triggers.push(words);
  }
  return triggers;
}

function selfTalkTriggers(sentence: string, passage: string): Map<NoticingPattern, string[]> {
  const found = new Map<NoticingPattern, string[]>();
  for (const rule of selfTalkRules) {
    const match = rule.regex.exec(sentence);
    if (!match || rule.unless?.test(sentence)) continue;
    if (distancing.test(clauseBefore(sentence, match.index))) continue;
    const triggers = found.get(rule.pattern) ?? [];
    const words = wordsAt(passage, match);
    if (!triggers.includes(words)) found.set(rule.pattern, [...triggers, words]);
  }
  for (const [pattern, lower] of outranks) {
    if (found.has(pattern)) lower.forEach((each) => found.delete(each));
  }
  return found;
}

function noticeSentence(original: string, normalised: string, span: SentenceSpan): Noticing[] {
  const sentence = normalised.slice(span.start, span.end);
  const passage = original.slice(span.start, span.end);
  const at = { start: span.start, end: span.end, passage };
  const crisis = crisisTriggers(sentence, passage);
  if (crisis.length > 0) return [{ pattern: 'crisis', ...at, triggers: crisis }];
  const found = selfTalkTriggers(sentence, passage);
  return noticingPatterns.flatMap((pattern) => {
    const triggers = found.get(pattern);
    return triggers ? [{ pattern, ...at, triggers }] : [];
  });
}

/**
 * The passages of a journal text that Tend can gently notice, in reading order. Crisis language in a
 * sentence outranks every other noticing there. Pure and fast: runs as the person types, on the device.
 */
export function noticeText(text: string): Noticing[] {
  const normalised = normalise(text);
  return splitSentences(normalised).flatMap((span) => noticeSentence(text, normalised, span));
}

/** Whether any sentence of the text holds crisis language (thoughts of suicide, self-harm, being unsafe). */
export function hasCrisisLanguage(text: string): boolean {
  const normalised = normalise(text);
  return splitSentences(normalised).some((span) => {
    const sentence = normalised.slice(span.start, span.end);
    return crisisTriggers(sentence, sentence).length > 0;
  });
}
