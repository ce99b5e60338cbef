import { msg, plural } from '@lingui/core/macro';
import {
  relationshipStoryCopy,
  type MonthKey,
  type RelationshipFacts,
  type RelationshipSentence,
} from '@tend/core';
import { i18n } from '../activate.ts';
import { coreWord } from '../core-words.ts';
import { sayMonth } from './story.ts';

/*
 * A relationship's story said from its facts (core's `RelationshipFacts`). The English reads as
 * core's own (`sayRelationshipSentence`).
 */

const copy = relationshipStoryCopy;

/** One sentence of a relationship's story. */
export function sayRelationshipSentence(sentence: RelationshipSentence, withYear: boolean): string {
  const label = (month: MonthKey) => sayMonth(month, withYear);
  switch (sentence.kind) {
    case 'no-check-ins':
      return coreWord(copy.noCheckIns);
    case 'checked-in': {
      const { times, months } = sentence;
      return times > 1 && months > 1
        ? i18n._(
            msg`You have checked in ${plural(times, { one: 'once', other: '# times' })} after time together, across ${months} months.`,
          )
        : i18n._(
            msg`You have checked in ${plural(times, { one: 'once', other: '# times' })} after time together.`,
          );
    }
    case 'in-month': {
      const month = label(sentence.month);
      const clause = coreWord(copy.mostly[sentence.lean]);
      return i18n._(msg`In ${month} ${clause}.`);
    }
    case 'steady': {
      const clause = coreWord(copy.mostly[sentence.lean]);
      return i18n._(msg`Across these months ${clause}.`);
    }
    case 'changed': {
      const later = label(sentence.later);
      const laterClause = coreWord(copy.mostly[sentence.laterLean]);
      const earlier = label(sentence.earlier);
      const earlierClause = coreWord(copy.moreOften[sentence.earlierLean]);
      return i18n._(msg`In ${later} ${laterClause}; in ${earlier}, ${earlierClause}.`);
    }
    case 'nonlinear':
      return coreWord(copy.nonlinear);
    case 'boundaries': {
      const { held, abandoned } = sentence;
      if (held && abandoned)
        return i18n._(
          msg`You held a boundary ${plural(held, { one: 'once', 2: 'twice', other: '# times' })}, and noticed abandoning yourself to keep the peace ${plural(abandoned, { one: 'once', 2: 'twice', other: '# times' })}.`,
        );
      if (held)
        return i18n._(
          msg`You held a boundary ${plural(held, { one: 'once', 2: 'twice', other: '# times' })}.`,
        );
      return i18n._(
        msg`You noticed abandoning yourself to keep the peace ${plural(abandoned, { one: 'once', 2: 'twice', other: '# times' })}. Noticing it is part of the practice.`,
      );
    }
  }
}

/** A relationship's story, every sentence, as one text. */
export function sayRelationshipStory(story: { readonly facts: RelationshipFacts }): string {
  const { sentences, withYear } = story.facts;
  return sentences.map((s) => sayRelationshipSentence(s, withYear)).join(' ');
}
