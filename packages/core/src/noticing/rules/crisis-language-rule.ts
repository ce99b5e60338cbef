/**
 * Crisis language in a language other than English: first-person phrases over folded plain words
 * (see language/read-folded.ts), with what keeps them the writer's own words now.
 */
export interface CrisisLanguage {
  readonly language: 'de' | 'es';
  /** Phrases said by the writer of themselves; each names its own person ("ich", "mich", "quiero"). */
  readonly rules: readonly RegExp[];
  /** A plain negation among the few words just before a phrase means it does not fire. */
  readonly negation: RegExp;
  /** Words that look like a negation but are not one here ("no sé…" before a phrase). */
  readonly notNegation: RegExp;
  /** Someone else's words: a speech verb of theirs before a quotation mark or colon. */
  readonly othersSpeech: RegExp;
  /** If this matches anywhere in the sentence, nothing in it fires (accidents, idioms). */
  readonly unless: RegExp;
  /**
   * Words at least one of which every rule holds ("ich", "quiero"…): a sentence with none of them is
   * not read further, which keeps English writing as quick to notice as before.
   */
  readonly cues: RegExp;
}

/** A language's cue words as one test on whole words. */
export const cueWords = (words: readonly string[]): RegExp => new RegExp(`\\b(?:${words.join('|')})\\b`);

/** Builds a language's rules; each source matches on whole folded words. */
export const phrases = (sources: readonly string[]): RegExp[] =>
  sources.map((source) => new RegExp(`\\b(?:${source})\\b`, 'g'));

/** Alternatives as one group: `oneOf('a', 'b c')` is `(?:a|b c)`. */
export const oneOf = (...words: readonly string[]): string => `(?:${words.join('|')})`;

/** Up to `most` words in between, none of them a negation: "ich will (einfach nur noch) sterben". */
export const gapWithout = (negations: readonly string[], most = 3): string =>
  `(?:(?!${oneOf(...negations)}\\b)[a-z0-9]+ ){0,${most}}`;
