/** The kinds of self-talk Tend can gently notice, in the product's words. */
export const noticingPatterns = [
  'crisis',
  'should',
  'behind-or-comparing',
  'labelling',
  'appearance',
  'shame-about-needs',
  'conditional-worth',
  'on-my-own',
  'nothing-i-can-do',
  'catastrophising',
  'mind-reading',
] as const;

export type NoticingPattern = (typeof noticingPatterns)[number];

/** One passage the engine noticed, with what made it fire, so the noticing can explain itself. */
export interface Noticing {
  readonly pattern: NoticingPattern;
  /** Offsets of the passage in the original text: `text.slice(start, end) === passage`. */
  readonly start: number;
  readonly end: number;
  readonly passage: string;
  /** The words in the passage that made it fire, as written. */
  readonly triggers: readonly string[];
}
