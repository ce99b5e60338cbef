import { readFolded, type FoldedReading } from './language/read-folded.ts';
import type { CrisisLanguage } from './rules/crisis-language-rule.ts';
import { german } from './rules/crisis-german.ts';
import { spanish } from './rules/crisis-spanish.ts';

/**
 * Crisis language in German and Spanish, whatever language the app is shown in: someone writing in
 * their own language while in crisis must see the crisis offer. Gentle (non-crisis) noticing stays
 * English only.
 */
const languages: readonly CrisisLanguage[] = Object.freeze([german, spanish]);

/** Where the words that fired sit in the sentence as typed: `sentence.slice(start, end)`. */
export interface CrisisWords {
  readonly start: number;
  readonly end: number;
}

const clauseBreaks = new Set([',', ';', ':', '.', '!', '?', '"']);

/** Whether one of the few words just before `at` (in the same clause) is a plain negation. */
function isNegated(language: CrisisLanguage, plain: string, at: number): boolean {
  const before = plain.slice(0, at).trimEnd().split(' ').reverse();
  for (let index = 0; index < Math.min(before.length, 3); index += 1) {
    const word = before[index] ?? '';
    if (clauseBreaks.has(word)) return false;
    if (language.negation.test(word) && !language.notNegation.test(before[index - 1] ?? '')) return true;
  }
  return false;
}

/** Whether the words at `at` are quoted from someone else: "sie sagte: ich will sterben". */
function isOthersSpeech(language: CrisisLanguage, plain: string, at: number): boolean {
  const before = plain.slice(0, at);
  const speech = language.othersSpeech.exec(before);
  return speech !== null && /[":]/u.test(before.slice(speech.index));
}

function findIn(language: CrisisLanguage, reading: FoldedReading): CrisisWords | undefined {
  const { plain, typedAt } = reading;
  if (!language.cues.test(plain) || language.unless.test(plain)) return undefined;
  for (const rule of language.rules) {
    rule.lastIndex = 0;
    for (let match = rule.exec(plain); match; match = rule.exec(plain)) {
      if (match[0] === '') {
        rule.lastIndex += 1;
        continue;
      }
      if (isNegated(language, plain, match.index) || isOthersSpeech(language, plain, match.index)) continue;
      const start = typedAt[match.index] ?? 0;
      const end = (typedAt[match.index + match[0].length - 1] ?? start) + 1;
      return { start, end };
    }
  }
  return undefined;
}

/** The first-person crisis words of one sentence in German or Spanish, if it holds any. */
export function crisisInOtherLanguages(sentence: string): CrisisWords | undefined {
  const reading = readFolded(sentence);
  for (const language of languages) {
    const found = findIn(language, reading);
    if (found) return found;
  }
  return undefined;
}
