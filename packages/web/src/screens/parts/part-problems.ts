import type { PartProblem } from '@tend/core';

const problemWords: Partial<Record<PartProblem, string>> = {
  'name-missing': 'A name is all this part needs. Any word that feels right will do.',
  'link-to-self': 'A part cannot be linked to itself.',
  'link-repeated': 'These two parts already have that link.',
  'too-many-links': 'This part holds as many links as it can.',
};

export function describePartProblems(problems: readonly PartProblem[]): string {
  const words = problems.map(
    (p) => problemWords[p] ?? 'Some of these words are longer than a part can hold.',
  );
  return [...new Set(words)].join(' ');
}
