import { useRelationships } from '../../state/use-relationships.ts';
import {
  finishPause,
  startPause,
  updatePause,
  type Pause,
  type PauseChanges,
  type PauseUpdate,
} from '@tend/core';
import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { useRouter } from '../../router/router.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Page } from '../../ui/Page.tsx';
import { useAction } from '../../ui/use-action.ts';
import { useParts } from '../../state/use-parts.ts';
import { useVaultSession } from '../../state/vault-session.tsx';
import { LockedWritingNote } from '../locked/LockedWritingNote.tsx';
import { ShareWithPractitioner } from '../practice/ShareWithPractitioner.tsx';
import { useResources } from '../../state/use-resources.ts';
import { resumeIndex, stepUpdate } from './pause-progress.ts';
import { pauseFlow } from './PauseSteps.tsx';
import { usePatterns } from '../../state/use-patterns.ts';
import { usePauses } from '../../state/use-pauses.ts';
import '../parts/parts.css';
import '../support/support.css';
import './pause.css';

const lastStep = pauseFlow.length - 1;
const tooLong = 'Some of these words are longer than a pause can hold.';

/** Starts a new pause, saved before anything is entered, so leaving at any step keeps it. */
export function NewPauseScreen() {
  const { vault, ports } = useApp();
  const [pause, setPause] = useState<Pause | null>(null);
  const action = useAction();
  const isStarted = useRef(false);
  useEffect(() => {
    if (isStarted.current) return;
    isStarted.current = true;
    const result = startPause(ports);
    if (!result.ok) return;
    void action.run(async () => {
      await vault.save(result.pause);
      setPause(result.pause);
    });
  }, [ports, vault, action]);
  return <PauseFlow pause={pause} startAt={0} problem={action.problem} />;
}

/** Comes back to a pause left open, at the first step not yet reached. */
export function ResumePauseScreen({ id }: { id: string }) {
  const pause = usePauses().find((p) => p.id === id) ?? null;
  const [startAt] = useState(() => (pause ? resumeIndex(pause) : lastStep));
  if (!pause)
    return (
      <Page title="Pause">
        <p>This pause is not on this device.</p>
      </Page>
    );
  return <PauseFlow pause={pause} startAt={startAt} problem={null} />;
}

interface PauseFlowProps {
  readonly pause: Pause | null;
  readonly startAt: number;
  readonly problem: string | null;
}

function PauseFlow({ pause: saved, startAt, problem }: PauseFlowProps) {
  const { vault, ports } = useApp();
  const { navigate } = useRouter();
  const { status } = useVaultSession();
  const [latest, setLatest] = useState<Pause | null>(null);
  const [index, setIndex] = useState(startAt);
  const [changes, setChanges] = useState<PauseChanges>({});
  const action = useAction();
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const resources = useResources();
  const parts = useParts().filter((p) => !p.fields.archived);
  const patterns = usePatterns();
  const people = useRelationships();
  const current = pauseFlow[index] ?? pauseFlow[0];
  const base = latest ?? saved;
  const shown = base ? { ...base, fields: { ...base.fields, ...changes } } : null;

  useEffect(() => {
    if (index !== startAt) stepHeading.current?.focus({ preventScroll: true });
  }, [index, startAt]);

  const save = async (make: (p: Pause) => ReturnType<typeof updatePause>) => {
    if (!base) return false;
    const result = make(base);
    if (!result.ok) {
      action.fail(tooLong);
      return false;
    }
    const ok = await action.run(() => vault.save(result.pause));
    if (ok) setLatest(result.pause);
    return ok;
  };

  const leave = async (isSkip: boolean) => {
    if (!current) return;
    if (index === lastStep) {
      if (!(await save((p) => finishPause(ports, p, changes)))) return;
      navigate('/', { replace: true });
      return;
    }
    const update: PauseUpdate = stepUpdate(current.step, changes, isSkip);
    const withOptions: PauseUpdate =
      current.step === 'options' && resources.length
        ? { ...update, optionsShown: resources.map((r) => r.id) }
        : update;
    if (!(await save((p) => updatePause(ports, p, withOptions)))) return;
    setChanges({});
    setIndex(index + 1);
  };

  const doneForNow = async () => {
    const hasChanges = Object.keys(changes).length > 0;
    if (hasChanges && !(await save((p) => updatePause(ports, p, changes)))) return;
    navigate('/', { replace: true });
  };

  return (
    <Page title="Pause" className="pause">
      <LockedWritingNote />
      <p className="quiet step-count">
        Step {index + 1} of {pauseFlow.length}
      </p>
      <h2 ref={stepHeading} tabIndex={-1}>
        {current?.title}
      </h2>
      {shown && current ? (
        <current.View
          pause={shown}
          onChanges={(more) => setChanges({ ...changes, ...more })}
          parts={parts}
          resources={resources}
          patterns={patterns}
          people={people}
        />
      ) : null}
      <Notice tone="problem">{problem ?? action.problem}</Notice>
      <div className="pause-actions">
        <button
          type="button"
          className="primary"
          disabled={!base || action.busy}
          onClick={() => void leave(false)}
        >
          {index < lastStep ? 'Next' : 'Finish pause'}
        </button>
        <button type="button" disabled={!base || action.busy} onClick={() => void leave(true)}>
          Skip
        </button>
        <button type="button" disabled={!base || action.busy} onClick={() => void doneForNow()}>
          Done for now
        </button>
      </div>
      <p className="quiet">“Done for now” keeps what you have entered. You can finish it later from home.</p>
      {base && index === lastStep && status === 'unlocked' ? (
        <ShareWithPractitioner
          objectId={base.id}
          what="this pause"
          beforeShare={async () =>
            !Object.keys(changes).length || save((p) => updatePause(ports, p, changes))
          }
        />
      ) : null}
    </Page>
  );
}
