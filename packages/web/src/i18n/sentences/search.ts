import { msg } from '@lingui/core/macro';
import { searchTitleWords, type SearchTitles } from '@tend/core';
import { i18n } from '../activate.ts';
import { coreWord } from '../core-words.ts';

/**
 * How a search titles what the person left untitled, in the language Tend speaks; the English reads as
 * core's `searchTitleWords`. Asked for again when the language changes.
 */
export function searchTitlesNow(): SearchTitles {
  return {
    meeting: (names) => i18n._(msg`A meeting with ${names}`),
    checkIn: (name) => i18n._(msg`Check-in with ${name}`),
    pause: coreWord(searchTitleWords.pause),
    untitledEntry: coreWord(searchTitleWords.untitledEntry),
    someone: coreWord(searchTitleWords.someone),
    aPart: coreWord(searchTitleWords.aPart),
    pattern: (written, habit) => {
      const [when, usually] = [written || '…', habit || '…'];
      return i18n._(msg`When ${when}, I usually ${usually}`);
    },
    word: coreWord,
  };
}
