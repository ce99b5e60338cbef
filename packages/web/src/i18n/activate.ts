import { i18n } from '@lingui/core';
import { loadMessages } from './catalogs.ts';
import type { Language } from './languages.ts';

export { i18n };

/**
 * Every message arrives compiled: the build compiles the English words in the code that have
 * placeholders or plurals (scripts/precompile-messages.ts) and every catalogue, and core's words are
 * plain text. So the browser carries no message compiler: what is still a string is shown as it is.
 */
i18n.setMessagesCompiler((message) => [message]);

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
