import { Trans, useLingui } from '@lingui/react/macro';
import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { useLingui as useI18n } from '@lingui/react';
import { localDate, presences, presenceWords, termMeanings } from '@tend/core';
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
import { useCoreWord } from '../../i18n/core-words.ts';
import { inWords } from '../../i18n/core-word-table.ts';
import { usePartName } from '../../i18n/part-name.ts';

/** Which part was met, and any others that were here too. */
export function PartChoice({ draft, onDraft, parts }: Pick<StepProps, 'draft' | 'onDraft' | 'parts'>) {
  const { t } = useLingui();
  const partName = usePartName();
  if (!parts.length)
    return (
      <p>
        <Trans>
          There are no parts to meet yet. <Link to="/parts/new">Name a part</Link> first, whenever you are
          ready.
        </Trans>
      </p>
    );
  const others = parts.filter((p) => p.id !== draft.partId);
  const toggle = (id: string, isOn: boolean) =>
    onDraft({ alsoPartIds: isOn ? [...draft.alsoPartIds, id] : draft.alsoPartIds.filter((p) => p !== id) });
  return (
    <>
      <div className="field">
        <label htmlFor="meet-part">
          <Trans>Part</Trans>
        </label>
        <select id="meet-part" value={draft.partId} onChange={(e) => onDraft({ partId: e.target.value })}>
          <option value="">{t`Choose a part`}</option>
          {parts.map((p) => (
            <option key={p.id} value={p.id}>
              {partName(p)}
            </option>
          ))}
        </select>
      </div>
      {draft.partId && others.length ? (
        <fieldset className="choices">
          <legend>
            <Trans>Other parts that were here too (optional)</Trans>
          </legend>
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
  const { t } = useLingui();
  return (
    <InputField
      label={t`The day we met`}
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
          <summary>
            <Trans>Was this on an earlier day?</Trans>
          </summary>
          <DayField {...props} />
        </details>
      ) : null}
    </>
  );
}

/** A step that is one piece of free writing. */
const writingStep = (
  label: MessageDescriptor,
  field: 'broughtForward' | 'offered' | 'bothTrue',
  hint?: MessageDescriptor,
) =>
  function WritingStep({ draft, onDraft, draftKey }: StepProps) {
    const { i18n } = useI18n();
    return (
      <NoticedTextArea
        field={`meeting:${draftKey}:${field}`}
        isGentle
        label={i18n._(label)}
        rows={4}
        value={draft[field]}
        onValue={(text) => onDraft({ [field]: text })}
        {...(hint ? { hint: i18n._(hint) } : {})}
      />
    );
  };

function FeltStep({ draft, onDraft, draftKey }: StepProps) {
  const { t } = useLingui();
  return (
    <>
      <NoticedTextArea
        field={`meeting:${draftKey}:felt`}
        isGentle
        label={t`What it felt`}
        rows={3}
        value={draft.felt}
        onValue={(felt) => onDraft({ felt })}
      />
      <NoticedTextArea
        field={`meeting:${draftKey}:needed`}
        isGentle
        label={t`What it needed`}
        rows={3}
        value={draft.needed}
        onValue={(needed) => onDraft({ needed })}
      />
    </>
  );
}

function PresenceStep({ draft, onDraft }: StepProps) {
  const { t } = useLingui();
  const word = useCoreWord();
  return (
    <>
      <ChoiceGroup
        legend={t`During the meeting I was`}
        name="presence"
        options={presences}
        words={inWords(presenceWords, word)}
        value={draft.presence}
        onValue={(presence) => onDraft({ presence })}
      />
      <Meaning>
        <p>{word(termMeanings.presence)}</p>
      </Meaning>
    </>
  );
}

function IntensityStep({ draft, onDraft }: StepProps) {
  const { t } = useLingui();
  return (
    <>
      <IntensityField
        label={t`Intensity before`}
        value={draft.intensityBefore}
        onValue={(intensityBefore) => onDraft({ intensityBefore })}
      />
      <IntensityField
        label={t`Intensity after`}
        value={draft.intensityAfter}
        onValue={(intensityAfter) => onDraft({ intensityAfter })}
      />
    </>
  );
}

/** The flow's steps in order, each with its heading; every one may be left empty. */
export const meetingSteps: readonly {
  readonly title: MessageDescriptor;
  readonly View: ComponentType<StepProps>;
}[] = [
  { title: msg`Which part`, View: PartStep },
  { title: msg`What brought it forward`, View: writingStep(msg`What brought it forward`, 'broughtForward') },
  { title: msg`What it felt and needed`, View: FeltStep },
  { title: msg`How I related to it`, View: StancesStep },
  { title: msg`How present I was`, View: PresenceStep },
  { title: msg`What I offered it`, View: writingStep(msg`What I offered it`, 'offered') },
  { title: msg`Intensity`, View: IntensityStep },
  {
    title: msg`Both things that are true`,
    View: writingStep(
      msg`Both things that are true`,
      'bothTrue',
      msg`For example: “I am angry with them, and I love them.”`,
    ),
  },
  { title: msg`A projection I noticed`, View: ProjectionStep },
];
