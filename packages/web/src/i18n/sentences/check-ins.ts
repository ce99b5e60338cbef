import { msg } from '@lingui/core/macro';
import { afterwardsOption, afterwardsWords, type RelationalCheckIn } from '@tend/core';
import { i18n } from '../activate.ts';
import { coreWord } from '../core-words.ts';

/**
 * A short line of what a check-in noted, for the list of check-ins, in the language Tend speaks; the
 * English reads as core's `checkInFacts`. The note itself stays on its own line.
 */
export function sayCheckInFacts(checkIn: RelationalCheckIn): string {
  const f = checkIn.fields;
  const afterwards = afterwardsOption(f.afterwards);
  const facts = [
    afterwards ? coreWord(afterwardsWords[afterwards]) : '',
    f.heldBoundary === 'yes' ? i18n._(msg({ message: 'held a boundary', context: 'in my own words' })) : '',
    f.abandonedMyself === 'yes' ? i18n._(msg`abandoned myself to keep the peace`) : '',
  ].filter(Boolean);
  return facts.length ? facts.join(' · ') : i18n._(msg`Checked in, with nothing more noted`);
}
