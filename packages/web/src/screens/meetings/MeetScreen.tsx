import { Trans, useLingui } from '@lingui/react/macro';
import { useLingui as useI18n } from '@lingui/react';
import { localDate, recordMeeting } from '@tend/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { Link, useRouter } from '../../router/router.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Page } from '../../ui/Page.tsx';
import { useAction } from '../../ui/use-action.ts';
import { useParts } from '../../state/use-parts.ts';
import { usePatterns } from '../../state/use-patterns.ts';
import { freshMeetingDraft, toMeetingDraft, type MeetingFormDraft } from './meeting-draft.ts';
import { useMeetingDrafts } from './meeting-drafts.tsx';
import { meetingSteps } from './MeetingStep.tsx';
import { usePartName } from '../../i18n/part-name.ts';
import '../parts/parts.css';

const lastStep = meetingSteps.length - 1;

/** The guided meeting: one step per screen, each skippable, with a way to breathe or stop at any time. */
/** At /meet, or at /parts/:id/meet with that part already chosen. */
export function MeetScreen({ id: partId = '' }: { id?: string }) {
  const { vault, ports } = useApp();
  const { navigate } = useRouter();
  const parts = useParts().filter((p) => !p.fields.archived || p.id === partId);
  const patterns = usePatterns();
  const { drafts, setDraft, clearDraft } = useMeetingDrafts();
  const key = partId || 'any';
  const [fresh] = useState(() => freshMeetingDraft(partId));
  const draft = drafts[key] ?? fresh;
  const action = useAction();
  const { t } = useLingui();
  const { i18n } = useI18n();
  const partName = usePartName();
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(draft.step);
  const part = parts.find((p) => p.id === draft.partId);
  const current = meetingSteps[draft.step] ?? meetingSteps[0];

  useEffect(() => {
    if (draft.step !== firstStep.current) stepHeading.current?.focus({ preventScroll: true });
    firstStep.current = -1;
  }, [draft.step]);

  const update = (changes: Partial<MeetingFormDraft>) => setDraft(key, { ...draft, ...changes });
  const go = (step: number) => update({ step: Math.max(0, Math.min(lastStep, step)) });

  const save = async () => {
    if (!draft.partId) return action.fail(t`Please choose a part first, so what you wrote stays with it.`);
    // A day chosen as today is now, not today's midday.
    const isToday = draft.day === localDate(ports.clock.now());
    const result = recordMeeting(ports, toMeetingDraft(isToday ? { ...draft, day: '' } : draft));
    if (!result.ok) return action.fail(t`Some of these words are longer than a meeting can hold.`);
    if (!(await action.run(() => vault.save(result.meeting)))) return;
    clearDraft(key);
    navigate(`/parts/${draft.partId}/story`, { replace: true });
  };

  const next = (event: FormEvent) => {
    event.preventDefault();
    if (draft.step === lastStep) void save();
    else go(draft.step + 1);
  };

  const isStart = draft.step === (partId ? 1 : 0);
  const name = partName(part);
  const stepNumber = draft.step + 1;
  const stepCount = meetingSteps.length;
  return (
    <Page title={part ? t`Meet ${name}` : t`Meet a part`} className="parts meet">
      {isStart ? (
        <p className="plain-note">
          <Trans>
            This can touch deep places. Go slowly, stop whenever you like, and keep the heaviest material for
            time with a practitioner.
          </Trans>
        </p>
      ) : null}
      <form onSubmit={next} noValidate className="meet-step">
        <p className="quiet step-count">
          <Trans>
            Step {stepNumber} of {stepCount}
          </Trans>
        </p>
        <h2 ref={stepHeading} tabIndex={-1}>
          {current ? i18n._(current.title) : null}
        </h2>
        {current ? (
          <current.View draft={draft} onDraft={update} parts={parts} patterns={patterns} draftKey={key} />
        ) : null}
        <Notice tone="problem">{action.problem}</Notice>
        <div className="actions step-actions flow-actions">
          <button type="button" onClick={() => go(draft.step - 1)} disabled={draft.step === 0}>
            <Trans>Back</Trans>
          </button>
          {draft.step < lastStep ? (
            <>
              <button type="button" onClick={() => go(draft.step + 1)}>
                <Trans>Skip</Trans>
              </button>
              <button type="submit" className="primary">
                <Trans>Next</Trans>
              </button>
            </>
          ) : (
            <button type="submit" className="primary" aria-disabled={action.busy}>
              <Trans>Save meeting</Trans>
            </button>
          )}
        </div>
        <div className="actions">
          <button type="button" onClick={() => void save()} aria-disabled={action.busy}>
            <Trans>Stop here</Trans>
          </button>
          <Link to="/support" className="button">
            <Trans>Take a breath</Trans>
          </Link>
        </div>
        <p className="quiet">
          <Trans>“Stop here” keeps what you have entered so far.</Trans>
        </p>
      </form>
    </Page>
  );
}
