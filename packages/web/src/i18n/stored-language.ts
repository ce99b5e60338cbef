import { isLanguage, type LanguageChoice } from './languages.ts';

/**
 * The language a person chose on this device, kept in localStorage rather than the vault: it is needed
 * before any vault is open (the welcome and unlock screens speak it too) and says nothing about them.
 */
export const languageStorageKey = 'tend.language';

export function storedLanguageChoice(): LanguageChoice {
  try {
    const value = globalThis.localStorage?.getItem(languageStorageKey);
    return isLanguage(value) ? value : 'system';
  } catch {
    // Storage can be refused (private windows, a policy); the browser's language is the right answer then.
    return 'system';
  }
}
