import type { DomainPorts } from '../ports.ts';
import { editVaultObject } from '../vault/vault-object.ts';
import type { Pause, PauseChanges, PauseResult } from './pause.ts';
import { updatePause } from './update-pause.ts';

/** What the afterwards step asks: intensity again, which options helped, the response and the pattern. */
export type PauseAfterwards = Pick<
  PauseChanges,
  'intensityAfter' | 'optionsHelped' | 'response' | 'noticedAfter' | 'patternId'
>;

/**
 * Closes a pause, now or hours later, with what the person noticed afterwards (all optional).
 * Finishing again keeps the first finish time and only saves the new words.
 */
export function finishPause(
  ports: Pick<DomainPorts, 'clock'>,
  pause: Pause,
  afterwards: PauseAfterwards = {},
): PauseResult {
  const updated = updatePause(ports, pause, afterwards);
  if (!updated.ok || updated.pause.fields.finishedAt !== null) return updated;
  return {
    ok: true,
    pause: editVaultObject(updated.pause, { finishedAt: ports.clock.now() }, ports.clock.now()),
  };
}
