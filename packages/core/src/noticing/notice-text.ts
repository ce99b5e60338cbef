import { crisisInOtherLanguages } from './crisis-other-languages.ts';
import { isBreak, readSentence, type Reading } from './language/read-sentence.ts';
import { findInSentence, type Found, type SentenceContext } from './notice-sentence.ts';
import { noticingPatterns, type Noticing, type NoticingPattern } from './noticing-types.ts';
import { crisisRules } from './rules/crisis-rules.ts';
import { dayNamedAlone, resolveAlone } from './rules/crisis-worth.ts';
import { innerCriticRules } from './rules/inner-critic-rules.ts';
import { outlookRules } from './rules/outlook-rules.ts';
import type { Rule } from './rules/rule.ts';
import { shouldRules } from './rules/should-rules.ts';
import { splitSentences, type SentenceSpan } from './split-sentences.ts';

const selfTalkRules: readonly Rule[] = Object.freeze([...shouldRules, ...innerCriticRules, ...outlookRules]);

// A more specific noticing in the same stretch of words says it better: "they must think I'm pathetic"
// is mind-reading, not the person labelling themselves. Past a comma, a dash or a semicolon it is a
// second thought and stays: "things will never change, there's nothing I can do".
const outranks: readonly (readonly [NoticingPattern, readonly NoticingPattern[]])[] = Object.freeze([
  ['mind-reading', ['labelling', 'shame-about-needs', 'appearance', 'catastrophising', 'should']],
  [
    'conditional-worth',
    ['appearance', 'should', 'labelling', 'on-my-own', 'nothing-i-can-do', 'mind-reading'],
  ],
  ['behind-or-comparing', ['should', 'nothing-i-can-do']],
  ['on-my-own', ['behind-or-comparing']],
  ['shame-about-needs', ['labelling', 'nothing-i-can-do', 'should']],
  ['catastrophising', ['nothing-i-can-do']],
  ['appearance', ['labelling', 'should']],
  ['should', ['nothing-i-can-do']],
]);

/** Curly apostrophes become straight ones; each is one code unit, so offsets are unchanged. */
function normalise(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc`\u00b4]/gu, "'");
}

function crisisIn(context: SentenceContext): Found[] {
  return findInSentence(crisisRules, context, false);
}

/** The words as the person wrote them, from the first found word to the last. */
function wordsOf(context: SentenceContext, passage: string, found: Found): string {
  const { words } = context.reading;
  return passage.slice(words[found.from]?.start ?? 0, words[found.to]?.end ?? passage.length);
}

function triggersOf(context: SentenceContext, passage: string, found: readonly Found[]): string[] {
  return [...new Set(found.map((each) => wordsOf(context, passage, each)))];
}

/** Which stretch of the sentence a word is in, counting the marks that break it before the word. */
function stretchOf(reading: Reading, index: number): number {
  return reading.words.slice(0, index).filter((word) => isBreak(word)).length;
}

function selfTalkIn(context: SentenceContext): Map<NoticingPattern, Found[]> {
  const byPattern = new Map<NoticingPattern, Found[]>();
  for (const each of findInSentence(selfTalkRules, context, false))
    byPattern.set(each.pattern, [...(byPattern.get(each.pattern) ?? []), each]);
  const clauseOf = (found: Found): number => stretchOf(context.reading, found.to);
  for (const [pattern, lower] of outranks) {
    const higher = new Set((byPattern.get(pattern) ?? []).map(clauseOf));
    if (higher.size === 0) continue;
    for (const each of lower) {
      const kept = (byPattern.get(each) ?? []).filter((found) => !higher.has(clauseOf(found)));
      if (kept.length > 0) byPattern.set(each, kept);
      else byPattern.delete(each);
    }
  }
  return byPattern;
}

/**
 * An ending set in one sentence and resolved upon in the next ("Friday is when it happens. I've made my
 * decision."): each sentence alone is everyday, the two together are a plan. The first is noticed.
 */
function isResolvedNext(readings: readonly Reading[], index: number): boolean {
  const [here, next] = [readings[index], readings[index + 1]];
  // The sentence's own closing marks ("!", "...") are not words.
  const bare = (reading: Reading): string => reading.plain.replace(/(?: (?:!|\?|\.\.\.))+$/u, '');
  return (
    here !== undefined &&
    next !== undefined &&
    dayNamedAlone.test(bare(here)) &&
    resolveAlone.test(bare(next))
  );
}

function noticeSentence(
  original: string,
  span: SentenceSpan,
  reading: Reading,
  isResolved: boolean,
): Noticing[] {
  const passage = original.slice(span.start, span.end);
  const context: SentenceContext = { reading, voices: undefined };
  const at = { start: span.start, end: span.end, passage };
  if (isResolved) return [{ pattern: 'crisis', ...at, triggers: [passage] }];
  const crisis = crisisIn(context);
  if (crisis.length > 0)
    return [{ pattern: 'crisis', ...at, triggers: triggersOf(context, passage, crisis) }];
  const elsewhere = crisisInOtherLanguages(passage);
  if (elsewhere)
    return [{ pattern: 'crisis', ...at, triggers: [passage.slice(elsewhere.start, elsewhere.end)] }];
  const found = selfTalkIn(context);
  return noticingPatterns.flatMap((pattern) => {
    const each = found.get(pattern);
    return each ? [{ pattern, ...at, triggers: triggersOf(context, passage, each) }] : [];
  });
}

/**
 * The passages of a text that Tend can gently notice, in reading order. Crisis language in a sentence
 * (in English, German or Spanish; gentle noticing is English only) outranks every other noticing there. Pure and fast: runs as the person types, on the device.
 */
export function noticeText(text: string): Noticing[] {
  const normalised = normalise(text);
  const spans = splitSentences(normalised);
  const readings = spans.map((span) => readSentence(normalised.slice(span.start, span.end)));
  return spans.flatMap((span, index) =>
    noticeSentence(text, span, readings[index] as Reading, isResolvedNext(readings, index)),
  );
}

/** Whether any sentence of the text holds crisis language (thoughts of suicide, self-harm, being unsafe). */
export function hasCrisisLanguage(text: string): boolean {
  const normalised = normalise(text);
  const spans = splitSentences(normalised);
  const readings = spans.map((span) => readSentence(normalised.slice(span.start, span.end)));
  return spans.some((span, index) => {
    const reading = readings[index] as Reading;
    return (
      isResolvedNext(readings, index) ||
      findInSentence(crisisRules, { reading, voices: undefined }, true).length > 0 ||
      crisisInOtherLanguages(normalised.slice(span.start, span.end)) !== undefined
    );
  });
}
