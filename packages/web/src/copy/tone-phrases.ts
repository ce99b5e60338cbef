/**
 * Words Tend never says (docs/CARE.md, "Words Tend never says"): healing is not elimination or
 * completion, and there are no streaks, scores of worth or guilt. Shared so every feature's copy is
 * checked against one list; a rule added here is named there too (the tone guard test checks).
 */
export interface ForbiddenPhrase {
  readonly phrase: string;
  readonly pattern: RegExp;
}

const phrase = (text: string, pattern: RegExp): ForbiddenPhrase => ({ phrase: text, pattern });

export const forbiddenPhrases: readonly ForbiddenPhrase[] = [
  phrase('fix', /\bfix(es|ed|ing)?\b/i),
  phrase('get rid of', /\bget(ting)? rid of\b/i),
  phrase('overcome', /\bovercom(e|es|ing)\b/i),
  phrase('heal your inner child', /\bheal your inner child\b/i),
  phrase('fully healed', /\bfully healed\b/i),
  phrase('% healed', /%\s*healed\b/i),
  phrase('level up', /\blevel(led|ed|ing)?[ -]?up\b/i),
  phrase("you're broken", /\byou(['’]re| are) broken\b/i),
  phrase('streak', /\bstreaks?\b/i),
  phrase('you missed', /\byou missed\b/i),
  phrase("don't break", /\bdon['’]?t break\b/i),
  phrase("you haven't logged in", /\byou haven['’]?t (logged|signed) in\b/i),
  phrase('only N days', /\bonly (\d+|\$\{[^}]*\}|a few|one|two|three) days?\b/i),
  phrase('days in a row', /\bdays? in a row\b/i),
  phrase('resolved', /\b(part|parts) (is|are) resolved\b/i),
  phrase('failed to journal', /\byou failed\b/i),
];

export interface ToneProblem {
  readonly text: string;
  readonly rule: string;
}

/** Every rule a piece of user-facing text breaks: a forbidden phrase, or an exclamation mark. */
export function checkTone(text: string): ToneProblem[] {
  const problems: ToneProblem[] = [];
  for (const { phrase: rule, pattern } of forbiddenPhrases) {
    if (pattern.test(text)) problems.push({ text, rule });
  }
  if (text.includes('!')) problems.push({ text, rule: 'exclamation mark' });
  return problems;
}
