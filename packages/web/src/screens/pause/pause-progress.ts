import type { Pause, PauseChanges, PauseUpdate } from '@tend/core';
import { pauseFlow, type FlowStep } from './PauseSteps.tsx';

/** Where to come back to: the first step not yet reached, or the afterwards step. */
export function resumeIndex(pause: Pause): number {
  const at = pauseFlow.findIndex(({ step }) => !pause.fields.steps.includes(step));
  return at === -1 ? pauseFlow.length - 1 : at;
}

/**
 * What leaving a step saves: whatever was entered there (even on "Skip", since leaving keeps what was
 * entered) and that the step was reached. The breath alone records whether it was taken or skipped.
 */
export function stepUpdate(step: FlowStep, changes: PauseChanges, isSkip: boolean): PauseUpdate {
  if (step === 'breathe')
    return { breath: { outcome: isSkip ? 'skipped' : 'done', inSeconds: 4, outSeconds: 6 } };
  return { ...changes, reached: step };
}
