import type { Messages } from '@lingui/core';
import type { Language } from './languages.ts';

/**
 * Each language's words, one chunk per language loaded only when it is chosen: every folder's
 * catalogue for that language, gathered at build time. English needs none, since the code carries
 * its English words.
 */
const loaders: Record<Exclude<Language, 'en'>, () => Promise<Messages>> = {
  de: () => import('./catalog-de.ts').then((m) => m.messages),
  es: () => import('./catalog-es.ts').then((m) => m.messages),
};

export function loadMessages(language: Language): Promise<Messages> {
  return language === 'en' ? Promise.resolve({}) : loaders[language]();
}
