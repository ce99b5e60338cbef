import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import type { JournalProblem } from '@tend/core';
import { i18n } from '../../i18n/activate.ts';

const problemText: Record<JournalProblem, MessageDescriptor> = {
  empty: msg`There is nothing to save yet. A title or a few words is enough.`,
  'date-invalid': msg`Please choose the day this entry is about.`,
  'title-too-long': msg`The title is quite long. Would you like to move some of it into the entry?`,
  'body-too-long': msg`This entry is longer than one entry can hold. Would you like to carry on in a new one?`,
  'too-many-links': msg`This entry has more links than it can hold.`,
};

export function describeJournalProblems(problems: readonly JournalProblem[]): string {
  return problems.map((p) => i18n._(problemText[p])).join(' ');
}
