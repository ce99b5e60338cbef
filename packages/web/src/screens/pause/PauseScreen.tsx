import { Trans, useLingui } from '@lingui/react/macro';
import { useRelationships } from '../../state/use-relationships.ts';
import {
  finishPause,
  hasPauseAnswers,
  startPause,
  updatePause,
  type Pause,
  type PauseChanges,
  type PauseUpdate,
} from '@tend/core';
import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { Link, useRouter } from '../../router/router.tsx';
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

/**
 * Opens a pause in memory only: it is kept from the person's first answer on, so opening Pause and
 * leaving at once leaves nothing behind. From then on, leaving at any step keeps what was entered.
 */
export function NewPauseScreen() {
  const { ports } = useApp();
  const [opened] = useState(() => {
    const result = startPause(ports);
    return result.ok ? result.pause : null;
  });
  return <PauseFlow pause={opened} isKept={false} startAt={0} />;
}

/** Comes back to a pause left open, at the first step not yet reached. */
export function ResumePauseScreen({ id }: { id: string }) {
  const { t } = useLingui();
  const pause = usePauses().find((p) => p.id === id) ?? null;
  const [startAt] = useState(() => (pause ? resumeIndex(pause) : lastStep));
  if (!pause)
    return (
      <Page title={t`Pause`}>
        <p>
          <Trans>This pause is not on this device.</Trans>
        </p>
        <p>
          <Link to="/pauses" className="standalone-link">
            <Trans>Past pauses</Trans>
          </Link>
        </p>
      </Page>
    );
  return <PauseFlow pause={pause} isKept startAt={startAt} />;
}

interface PauseFlowProps {
  readonly pause: Pause | null;
  /** Whether the pause is already in the vault (a pause come back to), or only in memory. */
  readonly isKept: boolean;
  readonly startAt: number;
}

function PauseFlow({ pause: saved, isKept: wasKept, startAt }: PauseFlowProps) {
  const { t, i18n } = useLingui();
  const { vault, ports } = useApp();
  const { navigate } = useRouter();
  const { status } = useVaultSession();
  const [latest, setLatest] = useState<Pause | null>(null);
  const [isKept, setIsKept] = useState(wasKept);
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
  const stepNumber = index + 1;
  const stepCount = pauseFlow.length;
  const shown = base ? { ...base, fields: { ...base.fields, ...changes } } : null;

  useEffect(() => {
    if (index !== startAt) stepHeading.current?.focus({ preventScroll: true });
  }, [index, startAt]);

  /** Saves a step; a pause with no answer yet stays in memory, unless it must be kept (to share it). */
  const save = async (make: (p: Pause) => ReturnType<typeof updatePause>, mustKeep = false) => {
    if (!base) return false;
    const result = make(base);
    if (!result.ok) {
      action.fail(t`Some of these words are longer than a pause can hold.`);
      return false;
    }
    if (!isKept && !mustKeep && !hasPauseAnswers(result.pause)) {
      setLatest(result.pause);
      return true;
    }
    const ok = await action.run(() => vault.save(result.pause));
    if (ok) {
      setLatest(result.pause);
      setIsKept(true);
    }
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
    <Page title={t`Pause`} className="pause">
      <LockedWritingNote />
      <p className="quiet step-count">
        <Trans>
          Step {stepNumber} of {stepCount}
        </Trans>
      </p>
      <h2 ref={stepHeading} tabIndex={-1}>
        {current ? i18n._(current.title) : null}
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
      <Notice tone="problem">{action.problem}</Notice>
      <div className="pause-actions flow-actions">
        <button
          type="button"
          className="primary"
          disabled={!base || action.busy}
          onClick={() => void leave(false)}
        >
          {index < lastStep ? <Trans>Next</Trans> : <Trans>Finish pause</Trans>}
        </button>
        <button type="button" disabled={!base || action.busy} onClick={() => void leave(true)}>
          <Trans>Skip</Trans>
        </button>
        <button type="button" disabled={!base || action.busy} onClick={() => void doneForNow()}>
          <Trans>Done for now</Trans>
        </button>
      </div>
      <p className="quiet">
        <Trans>“Done for now” keeps what you have entered. You can finish it later from home.</Trans>
      </p>
      <p>
        <Link to="/pauses" className="standalone-link">
          <Trans>Past pauses</Trans>
        </Link>
      </p>
      {base && index === lastStep && status === 'unlocked' ? (
        <ShareWithPractitioner
          objectId={base.id}
          what={t`this pause`}
          beforeShare={async () =>
            (isKept && !Object.keys(changes).length) || save((p) => updatePause(ports, p, changes), true)
          }
        />
      ) : null}
    </Page>
  );
}
