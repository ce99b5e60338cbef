import { msg } from '@lingui/core/macro';
import { shareLabels, type ShareLabels, type ShareLanguage } from '@tend/core';
import { i18n } from '../activate.ts';
import { coreWord } from '../core-words.ts';

/*
 * A shared document (what a person shares with their practitioner, and each item of their own
 * readable copy) in the language Tend speaks, the writer's. The English reads as core's `shareLabels`.
 */

const dayLocales = { en: 'en-GB', de: 'de-DE', es: 'es-ES' } as const;

/** "21 November 2026", "21. November 2026", "21 de noviembre de 2026". */
export function sayDay(ms: number): string {
  const locale = dayLocales[i18n.locale as keyof typeof dayLocales] ?? 'en-GB';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(ms);
}

function shareLabelsNow(): ShareLabels {
  const words = {} as Record<string, unknown>;
  for (const [key, value] of Object.entries(shareLabels))
    words[key] = typeof value === 'string' ? coreWord(value) : value;
  return {
    ...(words as ShareLabels),
    meetingWith: (parts) => i18n._(msg`Meeting with ${parts}`),
    outOfTen: (n) => i18n._(msg`${n} out of 10`),
    added: (date) => i18n._(msg`Added ${date}`),
    addedBetween: (first, last) => i18n._(msg`Added ${first} to ${last}`),
    checkInWith: (name) => i18n._(msg`Check-in after time with ${name}`),
    continued: (label) => i18n._(msg`${label} (continued)`),
  };
}

/** The writer's language now; asked for again when it changes. */
export function shareLanguageNow(): ShareLanguage {
  return { labels: shareLabelsNow(), word: coreWord, date: sayDay };
}
