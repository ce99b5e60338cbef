import { i18n } from '@lingui/core';
import { compileMessage, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import { loadMessages } from './catalogs.ts';
import type { Language } from './languages.ts';

export { i18n };

const compiled = new Map<string, CompiledMessage>();

/**
 * English words are written in the code and compiled (placeholders, plurals) the first time each is
 * shown, then kept; a catalogue's words arrive compiled already.
 */
i18n.setMessagesCompiler((message) => {
  let made = compiled.get(message);
  if (made === undefined) {
    made = compileMessage(message);
    compiled.set(message, made);
  }
  return made;
});

/** English is ready at once, so the first screen never waits for words. */
i18n.loadAndActivate({ locale: 'en', messages: {} });

let requested: Language = 'en';

/**
 * Loads a language's words and makes it the one every screen speaks; `lang` on the document follows,
 * so screen readers and hyphenation use the right language. A later request wins over an earlier
 * one still loading.
 */
export async function activateLanguage(language: Language, beforeShown?: () => void): Promise<void> {
  requested = language;
  const messages = await loadMessages(language);
  if (requested !== language) return;
  beforeShown?.();
  i18n.loadAndActivate({ locale: language, messages });
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
