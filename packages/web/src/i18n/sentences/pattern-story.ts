import { msg, plural } from '@lingui/core/macro';
import { patternCopy, type MonthKey, type PatternFacts, type PatternSentence } from '@tend/core';
import { i18n } from '../activate.ts';
import { coreWord } from '../core-words.ts';
import { listIn } from './say.ts';
import { sayDelay, sayMonth } from './story.ts';

/*
 * A pattern's story said from its facts (core's `PatternFacts`). The English reads as core's own
 * (`sayPatternSentence`).
 */

/** One sentence of a pattern's story. */
export function sayPatternSentence(sentence: PatternSentence, withYear: boolean): string {
  const label = (month: MonthKey) => sayMonth(month, withYear);
  switch (sentence.kind) {
    case 'no-moments':
      return coreWord(patternCopy.noMoments);
    case 'tagged': {
      const { times, months } = sentence;
      return times > 1 && months > 1
        ? i18n._(
            msg`You have tagged this pattern ${plural(times, { one: 'once', other: '# times' })}, across ${months} months.`,
          )
        : i18n._(msg`You have tagged this pattern ${plural(times, { one: 'once', other: '# times' })}.`);
    }
    case 'latest': {
      const month = label(sentence.month);
      const { new: newer, old, noticedAfterwards } = sentence;
      const noted = listIn([
        newer
          ? i18n._(msg`the new response ${plural(newer, { one: 'once', 2: 'twice', other: '# times' })}`)
          : '',
        old
          ? i18n._(msg`the old response ${plural(old, { one: 'once', 2: 'twice', other: '# times' })}`)
          : '',
        noticedAfterwards
          ? i18n._(
              msg`noticing the old one afterwards ${plural(noticedAfterwards, { one: 'once', 2: 'twice', other: '# times' })}`,
            )
          : '',
      ]);
      return i18n._(msg`In ${month} you noted ${noted}.`);
    }
    case 'in-all': {
      const newer = sentence.new;
      return i18n._(
        msg`Across these months, the new response happened ${plural(newer, { one: 'once', 2: 'twice', other: '# times' })}.`,
      );
    }
    case 'nonlinear':
      return coreWord(patternCopy.nonlinear);
    case 'one-delay': {
      const month = label(sentence.month);
      const delay = sayDelay(sentence.minutes);
      return i18n._(msg`In ${month} you noticed the old response after about ${delay}.`);
    }
    case 'delay-trend': {
      const earlier = label(sentence.earlier);
      const earlierDelay = sayDelay(sentence.earlierMinutes);
      const later = label(sentence.later);
      const laterDelay = sayDelay(sentence.laterMinutes);
      return i18n._(
        msg`Noticing the old response took about ${earlierDelay} in ${earlier}, and about ${laterDelay} in ${later}.`,
      );
    }
  }
}

/** A pattern's story, every sentence, as one text. */
export function sayPatternStory(story: { readonly facts: PatternFacts }): string {
  const { sentences, withYear } = story.facts;
  return sentences.map((s) => sayPatternSentence(s, withYear)).join(' ');
}
