import type { JournalProblem } from '@tend/core';

const problemText: Record<JournalProblem, string> = {
  empty: 'There is nothing to save yet. A title or a few words is enough.',
  'date-invalid': 'Please choose the day this entry is about.',
  'title-too-long': 'The title is quite long. Would you like to move some of it into the entry?',
  'body-too-long': 'This entry is longer than one entry can hold. Would you like to carry on in a new one?',
  'too-many-links': 'This entry has more links than it can hold.',
};

export function describeJournalProblems(problems: readonly JournalProblem[]): string {
  return problems.map((p) => problemText[p]).join(' ');
}
