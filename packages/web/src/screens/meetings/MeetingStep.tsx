import { localDate, partName, presences, presenceWords, termMeanings } from '@tend/core';
import { useState, type ComponentType } from 'react';
import { useApp } from '../../state/app-provider.tsx';
import { Link } from '../../router/router.tsx';
import { NoticedTextArea } from '../../noticing/NoticedFields.tsx';
import { CheckboxField, InputField } from '../../ui/Field.tsx';
import { ChoiceGroup } from '../../ui/ChoiceGroup.tsx';
import { IntensityField } from '../../ui/IntensityField.tsx';
import type { StepProps } from './meeting-draft.ts';
import { ProjectionStep, StancesStep } from './MeetingChoiceSteps.tsx';
import { Meaning } from '../../ui/Meaning.tsx';

/** Which part was met, and any others that were here too. */
export function PartChoice({ draft, onDraft, parts }: Pick<StepProps, 'draft' | 'onDraft' | 'parts'>) {
  if (!parts.length)
    return (
      <p>
        There are no parts to meet yet. <Link to="/parts/new">Name a part</Link> first, whenever you are
        ready.
      </p>
    );
  const others = parts.filter((p) => p.id !== draft.partId);
  const toggle = (id: string, isOn: boolean) =>
    onDraft({ alsoPartIds: isOn ? [...draft.alsoPartIds, id] : draft.alsoPartIds.filter((p) => p !== id) });
  return (
    <>
      <div className="field">
        <label htmlFor="meet-part">Part</label>
        <select id="meet-part" value={draft.partId} onChange={(e) => onDraft({ partId: e.target.value })}>
          <option value="">Choose a part</option>
          {parts.map((p) => (
            <option key={p.id} value={p.id}>
              {partName(p)}
            </option>
          ))}
        </select>
      </div>
      {draft.partId && others.length ? (
        <fieldset className="choices">
          <legend>Other parts that were here too (optional)</legend>
          {others.map((p) => (
            <CheckboxField
              key={p.id}
              label={partName(p)}
              checked={draft.alsoPartIds.includes(p.id)}
              onChecked={(isOn) => toggle(p.id, isOn)}
            />
          ))}
        </fieldset>
      ) : null}
    </>
  );
}

/** The day it happened; meetings are often written down later. */
export function DayField({ draft, onDraft }: Pick<StepProps, 'draft' | 'onDraft'>) {
  const { ports } = useApp();
  const [today] = useState(() => localDate(ports.clock.now()));
  return (
    <InputField
      label="The day we met"
      type="date"
      max={today}
      value={draft.day}
      onValue={(day) => onDraft({ day })}
    />
  );
}

function PartStep(props: StepProps) {
  return (
    <>
      <PartChoice {...props} />
      {props.parts.length ? (
        <details className="form-section">
          <summary>Was this on an earlier day?</summary>
          <DayField {...props} />
        </details>
      ) : null}
    </>
  );
}

/** A step that is one piece of free writing. */
const writingStep =
  (label: string, field: 'broughtForward' | 'offered' | 'bothTrue', hint?: string) =>
  ({ draft, onDraft, draftKey }: StepProps) => (
    <NoticedTextArea
      field={`meeting:${draftKey}:${field}`}
      isGentle
      label={label}
      rows={4}
      value={draft[field]}
      onValue={(text) => onDraft({ [field]: text })}
      {...(hint ? { hint } : {})}
    />
  );

function FeltStep({ draft, onDraft, draftKey }: StepProps) {
  return (
    <>
      <NoticedTextArea
        field={`meeting:${draftKey}:felt`}
        isGentle
        label="What it felt"
        rows={3}
        value={draft.felt}
        onValue={(felt) => onDraft({ felt })}
      />
      <NoticedTextArea
        field={`meeting:${draftKey}:needed`}
        isGentle
        label="What it needed"
        rows={3}
        value={draft.needed}
        onValue={(needed) => onDraft({ needed })}
      />
    </>
  );
}

function PresenceStep({ draft, onDraft }: StepProps) {
  return (
    <>
      <ChoiceGroup
        legend="During the meeting I was"
        name="presence"
        options={presences}
        words={presenceWords}
        value={draft.presence}
        onValue={(presence) => onDraft({ presence })}
      />
      <Meaning>
        <p>{termMeanings.presence}</p>
      </Meaning>
    </>
  );
}

function IntensityStep({ draft, onDraft }: StepProps) {
  return (
    <>
      <IntensityField
        label="Intensity before"
        value={draft.intensityBefore}
        onValue={(intensityBefore) => onDraft({ intensityBefore })}
      />
      <IntensityField
        label="Intensity after"
        value={draft.intensityAfter}
        onValue={(intensityAfter) => onDraft({ intensityAfter })}
      />
    </>
  );
}

/** The flow's steps in order, each with its heading; every one may be left empty. */
export const meetingSteps: readonly { readonly title: string; readonly View: ComponentType<StepProps> }[] = [
  { title: 'Which part', View: PartStep },
  { title: 'What brought it forward', View: writingStep('What brought it forward', 'broughtForward') },
  { title: 'What it felt and needed', View: FeltStep },
  { title: 'How I related to it', View: StancesStep },
  { title: 'How present I was', View: PresenceStep },
  { title: 'What I offered it', View: writingStep('What I offered it', 'offered') },
  { title: 'Intensity', View: IntensityStep },
  {
    title: 'Both things that are true',
    View: writingStep(
      'Both things that are true',
      'bothTrue',
      'For example: “I am angry with them, and I love them.”',
    ),
  },
  { title: 'A projection I noticed', View: ProjectionStep },
];
