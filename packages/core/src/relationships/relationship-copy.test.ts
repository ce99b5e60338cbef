import { describe, expect, it } from 'vitest';
import {
  fearQuestions,
  gentleQuestions,
  leans,
  relationshipStoryCopy,
  relationshipWebCopy,
} from './relationship-copy.ts';
import { toneProblems } from './test-factories.ts';

/** Every sentence the copy tables can produce, with small and large counts. */
function everySentence(): string[] {
  const story = relationshipStoryCopy;
  const web = relationshipWebCopy;
  const sentences: string[] = [
    story.noCheckIns,
    story.checkedInOnce,
    story.nonlinear,
    ...Object.values(fearQuestions),
    gentleQuestions.intro,
    ...gentleQuestions.questions,
    gentleQuestions.aside,
  ];
  for (const n of [0, 1, 2, 3, 17]) {
    sentences.push(story.checkedIn(n, n), story.boundaries(n), story.abandoned(n), story.both(n, n));
    sentences.push(web.nourishing(8, n, n), web.depleting(8, n, n), web.mixed(8, n, n, n), web.notEnough(n));
  }
  for (const lean of leans) {
    sentences.push(story.inMonth('May', story.mostly[lean]), story.steady(story.mostly[lean]));
    for (const other of leans) {
      sentences.push(story.changed('May', story.mostly[lean], 'March', story.moreOften[other]));
    }
  }
  return sentences;
}

describe('relationship copy', () => {
  it('never tells anyone to end, leave or cut off a relationship, and keeps docs/CARE.md’s tone', () => {
    const sentences = everySentence();
    expect(sentences.length).toBeGreaterThan(60);
    for (const sentence of sentences) expect(toneProblems(sentence), sentence).toEqual([]);
  });

  it('has a guard that would catch advice to end a relationship', () => {
    for (const bad of [
      'Maybe it is time to end this relationship.',
      'You could leave them.',
      'Consider cutting them off.',
      'Cut off contact.',
      'Walk away from this.',
      'You should break up.',
      'Great work!',
      'Don’t break your streak.',
      'You missed a check-in.',
    ]) {
      expect(toneProblems(bad), bad).not.toEqual([]);
    }
  });

  it('offers the questions of the practitioner path, each as a question', () => {
    expect(gentleQuestions.questions).toHaveLength(3);
    for (const question of gentleQuestions.questions) expect(question).toMatch(/\?$/u);
    expect(gentleQuestions.questions.join(' ')).toMatch(/well-being/u);
    expect(gentleQuestions.questions.join(' ')).toMatch(/boundary/u);
    expect(gentleQuestions.questions.join(' ')).toMatch(/practitioner/u);
  });
});
