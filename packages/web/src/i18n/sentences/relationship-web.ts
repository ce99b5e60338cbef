import { msg, plural } from '@lingui/core/macro';
import { relationshipWebRule, type RelationshipWebEntry } from '@tend/core';
import { i18n } from '../activate.ts';
import { listIn } from './say.ts';

/**
 * Why a person's line on the web is drawn as it is, with the counts, in the language Tend speaks;
 * the English reads as core's `relationshipWebCopy`.
 */
export function sayRelationshipWebEntry(
  entry: Pick<RelationshipWebEntry, 'feeling' | 'nourished' | 'depleted' | 'inBetween'>,
  weeks: number = relationshipWebRule.weeks,
): string {
  const { nourished, depleted, inBetween } = entry;
  const noted = nourished + depleted + inBetween;
  switch (entry.feeling) {
    case 'not-enough-check-ins':
      return i18n._(
        msg`There are not enough check-ins from the last ${weeks} weeks to say how this has felt lately.`,
      );
    case 'nourishing':
      return i18n._(
        msg`In the last ${weeks} weeks you came away feeling nourished ${nourished} of the ${noted} times you noted how you felt.`,
      );
    case 'depleting':
      return i18n._(
        msg`In the last ${weeks} weeks you came away feeling depleted ${depleted} of the ${noted} times you noted how you felt.`,
      );
    case 'mixed': {
      const ways = listIn([
        nourished
          ? i18n._(msg`nourished ${plural(nourished, { one: 'once', 2: 'twice', other: '# times' })}`)
          : '',
        depleted
          ? i18n._(msg`depleted ${plural(depleted, { one: 'once', 2: 'twice', other: '# times' })}`)
          : '',
        inBetween
          ? i18n._(msg`in between ${plural(inBetween, { one: 'once', 2: 'twice', other: '# times' })}`)
          : '',
      ]);
      return i18n._(msg`In the last ${weeks} weeks you came away feeling ${ways}.`);
    }
  }
}
