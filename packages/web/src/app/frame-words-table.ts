import { activateLanguage, i18n } from '../i18n/activate.ts';
import { languages, type Language } from '../i18n/languages.ts';
import { frameMessages, type FrameWords } from './frame-words.ts';

/**
 * The frame's words in every language but English (which index.html's markup already speaks), as the
 * app's own catalogues have them. Read at build time only (scripts/head-script-plugin.ts), so the head
 * script carries these few words and no catalogue.
 */
async function frameWordsTable(): Promise<Record<Exclude<Language, 'en'>, FrameWords>> {
  const wordsIn = async (language: Language): Promise<FrameWords> => {
    await activateLanguage(language);
    const [skipLink, brand, support, loading] = frameMessages.map((message) => i18n._(message));
    return [skipLink ?? '', brand ?? '', support ?? '', loading ?? ''];
  };
  const table: Partial<Record<Language, FrameWords>> = {};
  for (const language of Object.keys(languages) as Language[]) {
    if (language !== 'en') table[language] = await wordsIn(language);
  }
  await activateLanguage('en');
  return table as Record<Exclude<Language, 'en'>, FrameWords>;
}

/** Ready when the module is: the build reads it once and lets the module go. */
export const frameWords = await frameWordsTable();
