import { msg, plural } from '@lingui/core/macro';
import { storyCopy, type MonthKey, type StoryFacts, type StorySentence } from '@tend/core';
import { i18n } from '../activate.ts';
import { coreWord } from '../core-words.ts';

/*
 * A part's story said from its facts (core's `StoryFacts`), and the months and delays that stories
 * of parts, patterns and relationships share. The English reads as core's own (`sayStorySentence`,
 * `describeMonth`, `describeDelay`).
 */

const monthLocales = { en: 'en-GB', de: 'de-DE', es: 'es-ES' } as const;

/** "March", or "March 2026" when a story spans more than one year, in the language Tend speaks. */
export function sayMonth(month: MonthKey, withYear: boolean): string {
  const [year, number] = month.split('-').map(Number);
  if (!year || !number) return month;
  const locale = monthLocales[i18n.locale as keyof typeof monthLocales] ?? 'en-GB';
  const format = new Intl.DateTimeFormat(locale, {
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
  return format.format(Date.UTC(year, number - 1, 15));
}

/** A recognition delay in plain words: "a moment", "20 minutes", "3 hours", "2 days". */
export function sayDelay(minutes: number): string {
  if (minutes < 1) return i18n._(msg`a moment`);
  if (minutes < 60) {
    const count = Math.round(minutes);
    return i18n._(msg`${plural(count, { one: '# minute', other: '# minutes' })}`);
  }
  if (minutes < 60 * 24) {
    const count = Math.round(minutes / 60);
    return i18n._(msg`${plural(count, { one: '# hour', other: '# hours' })}`);
  }
  const count = Math.round(minutes / (60 * 24));
  return i18n._(msg`${plural(count, { one: '# day', other: '# days' })}`);
}

/** One sentence of a part's story. */
export function sayStorySentence(sentence: StorySentence, withYear: boolean): string {
  const label = (month: MonthKey) => sayMonth(month, withYear);
  switch (sentence.kind) {
    case 'no-meetings':
      return coreWord(storyCopy.noMeetings);
    case 'met': {
      const { times, months } = sentence;
      return times > 1 && months > 1
        ? i18n._(
            msg`You have met this part ${plural(times, { one: 'once', other: '# times' })}, across ${months} months.`,
          )
        : i18n._(msg`You have met this part ${plural(times, { one: 'once', other: '# times' })}.`);
    }
    case 'in-month': {
      const month = label(sentence.month);
      const clause = coreWord(storyCopy.mostly[sentence.stance]);
      return i18n._(msg`In ${month} ${clause}.`);
    }
    case 'steady': {
      const clause = coreWord(storyCopy.mostly[sentence.stance]);
      return i18n._(msg`Across these months ${clause}.`);
    }
    case 'changed': {
      const later = label(sentence.later);
      const laterClause = coreWord(storyCopy.mostly[sentence.laterStance]);
      const earlier = label(sentence.earlier);
      const earlierClause = coreWord(storyCopy.moreOften[sentence.earlierStance]);
      return i18n._(msg`In ${later} ${laterClause}; in ${earlier} ${earlierClause}.`);
    }
    case 'nonlinear':
      return coreWord(storyCopy.nonlinear);
    case 'presence': {
      const { present, noted } = sentence;
      return i18n._(
        msg`You were present in ${present} of the ${noted} meetings where you noted how present you were.`,
      );
    }
    case 'one-projection': {
      const month = label(sentence.month);
      const delay = sayDelay(sentence.minutes);
      return i18n._(msg`In ${month} you recognised a projection after about ${delay}.`);
    }
    case 'projection-trend': {
      const earlier = label(sentence.earlier);
      const earlierDelay = sayDelay(sentence.earlierMinutes);
      const later = label(sentence.later);
      const laterDelay = sayDelay(sentence.laterMinutes);
      return i18n._(
        msg`Recognising a projection took about ${earlierDelay} in ${earlier}, and about ${laterDelay} in ${later}.`,
      );
    }
  }
}

/** A part's story, every sentence, as one text. */
export function sayPartStory(story: { readonly facts: StoryFacts }): string {
  const { sentences, withYear } = story.facts;
  return sentences.map((s) => sayStorySentence(s, withYear)).join(' ');
}
