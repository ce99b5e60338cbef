import { i18n } from '../activate.ts';

/*
 * Small helpers every sentence file shares: how a list is joined, and how a word from one of core's
 * tables sits inside a sentence, in the language Tend speaks.
 */

const listLocales = { en: 'en-GB', de: 'de', es: 'es' } as const;

/** "a", "a and b", "a, b and c" in the language Tend speaks, leaving out empty pieces. */
export function listIn(pieces: readonly string[]): string {
  const locale = listLocales[i18n.locale as keyof typeof listLocales] ?? 'en-GB';
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(pieces.filter(Boolean));
}

/** A word of a table inside a sentence: lower case, except German nouns, which keep their capital. */
export function midSentence(word: string): string {
  return i18n.locale === 'de' ? word : word.toLocaleLowerCase(i18n.locale);
}

/** The first letter in upper case, for a phrase that opens a sentence. */
export function opening(phrase: string): string {
  return phrase.charAt(0).toLocaleUpperCase(i18n.locale) + phrase.slice(1);
}
