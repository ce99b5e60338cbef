import type { DomainPorts } from '../ports.ts';
import { editVaultObject } from '../vault/vault-object.ts';
import { checkPause } from './check-pause.ts';
import {
  stepOfField,
  withSteps,
  type Pause,
  type PauseChanges,
  type PauseFields,
  type PauseResult,
  type PauseStep,
} from './pause.ts';

export type PauseUpdate = PauseChanges & {
  /** A step the person reached without entering anything in it (they looked, then moved on). */
  readonly reached?: PauseStep;
};

/** The steps reached once these changes are saved: each changed field marks its own step. */
export function reachedBy(
  reached: readonly PauseStep[],
  changes: PauseChanges,
  extra: readonly PauseStep[] = [],
): PauseStep[] {
  const keys = Object.keys(stepOfField) as (keyof PauseChanges)[];
  const stepsOfChanges = keys.filter((key) => changes[key] !== undefined).map((key) => stepOfField[key]);
  return withSteps(reached, [...stepsOfChanges, ...extra]);
}

/**
 * Saves whatever the person entered at any step, finished or not. Choosing a response other than
 * "noticed afterwards" drops the delay that only that response has, unless a delay is given too.
 */
export function updatePause(
  ports: Pick<DomainPorts, 'clock'>,
  pause: Pause,
  update: PauseUpdate,
): PauseResult {
  const { reached, ...changes } = update;
  const dropsDelay =
    changes.response !== undefined &&
    changes.response !== 'noticed-afterwards' &&
    changes.noticedAfter === undefined;
  const fields: Partial<PauseFields> = {
    ...changes,
    ...(dropsDelay ? { noticedAfter: null } : {}),
    steps: reachedBy(pause.fields.steps, changes, reached ? [reached] : []),
  };
  const edited = editVaultObject(pause, fields, ports.clock.now());
  const problems = checkPause(edited.fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, pause: edited };
}
