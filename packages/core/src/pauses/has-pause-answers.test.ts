import { describe, expect, it } from 'vitest';
import { finishPause } from './finish-pause.ts';
import { hasPauseAnswers } from './has-pause-answers.ts';
import type { PauseChanges } from './pause.ts';
import { makePause, okPause, testPorts } from './test-factories.ts';
import { updatePause } from './update-pause.ts';

describe('hasPauseAnswers', () => {
  const ports = testPorts();
  const opened = makePause(ports);

  it('is false for a pause only opened, breathed in, looked through', () => {
    expect(hasPauseAnswers(opened)).toBe(false);
    const looked = okPause(
      updatePause(ports, opened, {
        breath: { outcome: 'done', inSeconds: 4, outSeconds: 6 },
        optionsShown: [],
        reached: 'needs',
      }),
    );
    expect(hasPauseAnswers(looked)).toBe(false);
    expect(hasPauseAnswers(okPause(updatePause(ports, opened, { whatHappened: '   ' })))).toBe(false);
  });

  const answers: readonly [string, PauseChanges][] = [
    ['a word of what happened', { whatHappened: 'A door slammed' }],
    ['who else', { whoElse: 'My brother' }],
    ['own words of a need', { ownNeeds: 'quiet' }],
    ['what I will do', { willDo: 'walk' }],
    ['an intensity, even 0', { intensity: 0 }],
    ['a body need', { bodyNeeds: ['water'] }],
    ['a need', { needs: ['rest'] }],
    ['an intensity afterwards', { intensityAfter: 3 }],
    ['a response', { response: 'new' }],
  ];

  it.each(answers)('is true for %s', (_, changes) => {
    expect(hasPauseAnswers(okPause(updatePause(ports, opened, changes)))).toBe(true);
  });

  it('is true once the pause is finished, even with nothing said', () => {
    expect(hasPauseAnswers(okPause(finishPause(ports, opened)))).toBe(true);
  });
});
