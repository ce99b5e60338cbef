import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import type { PartProblem } from '@tend/core';
import { i18n } from '../../i18n/activate.ts';

const problemWords: Partial<Record<PartProblem, MessageDescriptor>> = {
  'name-missing': msg`A name is all this part needs. Any word that feels right will do.`,
  'link-to-self': msg`A part cannot be linked to itself.`,
  'link-repeated': msg`These two parts already have that link.`,
  'too-many-links': msg`This part holds as many links as it can.`,
};

const tooLong = msg`Some of these words are longer than a part can hold.`;

export function describePartProblems(problems: readonly PartProblem[]): string {
  const words = problems.map((p) => i18n._(problemWords[p] ?? tooLong));
  return [...new Set(words)].join(' ');
}
