import type { NoticingPattern } from '../noticing-types.ts';

/**
 * Whose words a rule needs: the writer's, stated or left unstated as journals do ("Want to
 * disappear."); the writer's, stated ("my", "I"), for phrases often spoken of in general ("self
 * harm"); or anyone's, for phrases that name their own person ("kill myself", "they all think I'm").
 */
export type Whose = 'writer' | 'stated' | 'anyone';

/** One precompiled way a pattern shows up in a sentence's plain words. Rules are module constants. */
export interface Rule {
  readonly pattern: NoticingPattern;
  /** Runs on the plain words (lower case, contractions expanded, single spaces). */
  readonly regex: RegExp;
  readonly whose: Whose;
  /** A plain negation just before the phrase ("I'm not", "I don't really") means it does not fire. */
  readonly isNegatable: boolean;
  /** If this matches anywhere in the sentence's plain words, the rule does not fire. */
  readonly unless: RegExp | undefined;
  /** Fires in someone else's reported words too: a threat is danger whoever voices it. */
  readonly isHeardFromOthers: boolean;
}

export interface RuleOptions {
  readonly whose?: Whose;
  readonly isNegatable?: boolean;
  readonly unless?: RegExp;
  readonly isHeardFromOthers?: boolean;
}

/** Builds rules for one pattern; each source is matched on whole words of the plain text. */
export function rules(
  pattern: NoticingPattern,
  sources: readonly string[],
  options: RuleOptions = {},
): Rule[] {
  return sources.map((source) =>
    Object.freeze({
      pattern,
      // Plain words hold only a-z, 0-9, spaces and marks, so \b is a word's edge (and fast).
      regex: new RegExp(`\\b(?:${source})\\b`, 'g'),
      whose: options.whose ?? 'writer',
      isNegatable: options.isNegatable ?? true,
      unless: options.unless,
      isHeardFromOthers: options.isHeardFromOthers ?? false,
    }),
  );
}

/** Alternatives as one regular-expression group: `any('a', 'b c')` is `(?:a|b c)`. */
export const any = (...words: readonly string[]): string => `(?:${words.join('|')})`;
