/** The languages Tend speaks, each named in itself (a person looking for theirs reads its own name). */
export const languages = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
} as const;

export type Language = keyof typeof languages;

/** A setting: one of the languages, or whatever the browser asks for. */
export type LanguageChoice = Language | 'system';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(languages, value);
}

function baseOf(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

/** The first of the browser's languages Tend speaks, else English. */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = baseOf(tag);
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** The language a choice means on this browser. */
export function resolveLanguage(choice: LanguageChoice, preferred: readonly string[]): Language {
  return choice === 'system' ? languageFromBrowser(preferred) : choice;
}

/**
 * The locale dates and numbers are written in: the browser's own variant of the language when it has
 * one (en-GB writes "16 March", en-US "March 16"; de-AT "Jänner"), else the language itself.
 */
export function formattingLocale(language: Language, preferred: readonly string[]): string {
  return preferred.find((tag) => baseOf(tag) === language) ?? language;
}
