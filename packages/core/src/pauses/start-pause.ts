import type { DomainPorts } from '../ports.ts';
import { newVaultObject } from '../vault/vault-object.ts';
import { checkPause } from './check-pause.ts';
import { reachedBy } from './update-pause.ts';
import { pauseKind, type PauseChanges, type PauseFields, type PauseResult } from './pause.ts';

export type PauseDraft = PauseChanges & {
  /** When the pause began; now when not said. */
  readonly startedAt?: number;
};

/**
 * Starts a pause the moment a trigger hits. Nothing is needed but the start: a person in distress
 * may save with one tap, and what they enter at each step is kept even if they leave there.
 */
export function startPause(ports: DomainPorts, draft: PauseDraft = {}): PauseResult {
  const now = ports.clock.now();
  const { startedAt = now, ...changes } = draft;
  const fields: PauseFields = {
    ...emptyPause(startedAt),
    ...changes,
    steps: reachedBy([], changes),
  };
  const problems = checkPause(fields);
  if (problems.length) return { ok: false, problems };
  return { ok: true, pause: newVaultObject(ports.ids.newId(), pauseKind, fields, now) };
}

function emptyPause(startedAt: number): PauseFields {
  return {
    startedAt,
    steps: [],
    breath: null,
    intensity: null,
    whatHappened: '',
    partIds: [],
    relationshipIds: [],
    whoElse: '',
    bodyNeeds: [],
    needs: [],
    ownNeeds: '',
    optionsShown: [],
    willDo: '',
    intensityAfter: null,
    response: null,
    noticedAfter: null,
    patternId: null,
    finishedAt: null,
  };
}
