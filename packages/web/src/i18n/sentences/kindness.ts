import { msg, plural } from '@lingui/core/macro';
import { kindnessCopy, type KindnessWeek } from '@tend/core';
import { i18n } from '../activate.ts';
import { coreWord } from '../core-words.ts';

/** This week's kindness moments in one gentle sentence; the English reads as core's `sentence`. */
export function sayKindnessWeek(week: Pick<KindnessWeek, 'total'>): string {
  const total = week.total;
  if (total === 0) return coreWord(kindnessCopy.none);
  return i18n._(
    msg`${plural(total, { one: '# kindness moment this week.', other: '# kindness moments this week.' })}`,
  );
}
