import { startPause, updatePause, type DomainPorts, type Pause } from '@tend/core';
import { describe, expect, it } from 'vitest';
import { resumeIndex, stepUpdate } from './pause-progress.ts';

const ports: DomainPorts = {
  clock: { now: () => 1_700_000_000_000 },
  ids: { newId: () => 'pause-1' },
};

function pauseReaching(...updates: Parameters<typeof updatePause>[2][]): Pause {
  const started = startPause(ports);
  if (!started.ok) throw new Error('a bare pause starts');
  return updates.reduce<Pause>((pause, update) => {
    const result = updatePause(ports, pause, update);
    if (!result.ok) throw new Error(result.problems.join());
    return result.pause;
  }, started.pause);
}

describe('coming back to a pause', () => {
  it('starts a fresh pause at the breath', () => {
    expect(resumeIndex(pauseReaching())).toBe(0);
  });

  it('resumes at the first step not yet reached', () => {
    const pause = pauseReaching(
      stepUpdate('breathe', {}, true),
      stepUpdate('notice', { whatHappened: 'x' }, false),
    );
    expect(resumeIndex(pause)).toBe(2);
  });

  it('stays on the afterwards step once every step was reached', () => {
    const steps = ['notice', 'body', 'needs', 'options', 'afterwards'] as const;
    const pause = pauseReaching(
      stepUpdate('breathe', {}, false),
      ...steps.map((s) => stepUpdate(s, {}, true)),
    );
    expect(resumeIndex(pause)).toBe(5);
  });
});

describe('leaving a step', () => {
  it('records the breath as taken or skipped', () => {
    expect(stepUpdate('breathe', {}, false).breath?.outcome).toBe('done');
    expect(stepUpdate('breathe', {}, true).breath?.outcome).toBe('skipped');
  });

  it('keeps what was entered even when the step is skipped', () => {
    expect(stepUpdate('needs', { ownNeeds: 'quiet' }, true)).toEqual({ ownNeeds: 'quiet', reached: 'needs' });
  });
});
