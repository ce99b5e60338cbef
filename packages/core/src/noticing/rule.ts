import type { NoticingPattern } from './noticing-types.ts';

/** One precompiled way a pattern shows up in a sentence. Rules are immutable module constants. */
export interface Rule {
  readonly pattern: NoticingPattern;
  readonly regex: RegExp;
  /** Crisis only: a plain negation right before the phrase ("I don't want to die") means it is not crisis. */
  readonly isNegatable: boolean;
  /** If this matches anywhere in the sentence, the rule does not fire ("…, so I'll bring a book"). */
  readonly unless: RegExp | undefined;
}

interface RuleOptions {
  readonly isNegatable?: boolean;
  readonly unless?: RegExp;
}

/**
 * Builds rules for one pattern, matched case-insensitively. Apostrophes become optional so quick
 * typing ("dont", "Im", "cant") is read like careful typing.
 */
export function rules(
  pattern: NoticingPattern,
  sources: readonly string[],
  options: RuleOptions = {},
): Rule[] {
  return sources.map((source) =>
    Object.freeze({
      pattern,
      regex: new RegExp(source.replaceAll("'", "'?"), 'i'),
      isNegatable: options.isNegatable ?? false,
      unless: options.unless,
    }),
  );
}
