import { activateLanguage } from './activate.ts';
import { resolveLanguage, type Language, type LanguageChoice } from './languages.ts';
import { languageStorageKey as storageKey, storedLanguageChoice } from './stored-language.ts';

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let choice: LanguageChoice = storedLanguageChoice();

export interface LanguageState {
  readonly choice: LanguageChoice;
  readonly language: Language;
  /** The browser's preferred languages, for the variant dates are written in. */
  readonly preferred: readonly string[];
}

let state: LanguageState = {
  choice,
  language: resolveLanguage(choice, browserLanguages()),
  preferred: browserLanguages(),
};

export function languageState(): LanguageState {
  return state;
}

export function subscribeLanguage(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Loads the words of the language this device should speak, before the first screen. */
export function startLanguage(): Promise<void> {
  return activateLanguage(state.language);
}

/** Speaks a chosen language from now on (and on this device's next visits). */
export async function chooseLanguage(next: LanguageChoice): Promise<void> {
  choice = next;
  try {
    if (next === 'system') globalThis.localStorage?.removeItem(storageKey);
    else globalThis.localStorage?.setItem(storageKey, next);
  } catch {
    // Not kept for the next visit when storage is refused; this visit still changes language.
  }
  const preferred = browserLanguages();
  const language = resolveLanguage(next, preferred);
  await activateLanguage(language, () => {
    state = { choice: next, language, preferred };
  });
  for (const listener of listeners) listener();
}
