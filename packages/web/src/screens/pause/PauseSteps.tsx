import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useCoreWord } from '../../i18n/core-words.ts';
import {
  bodyNeeds,
  delayUnits,
  pauseNeeds,
  pauseOptions,
  patternResponses,
  type DelayUnit,
  type Part,
  type Pattern,
  type Relationship,
  type Pause,
  type PauseChanges,
  type Resource,
  delayUnitWords,
  partName,
  optionsHelpedOf,
  bodyNeedWords,
  pauseNeedWords,
  responseWords,
} from '@tend/core';
import type { ComponentType } from 'react';
import { InputField } from '../../ui/Field.tsx';
import { NoticedInput, NoticedTextArea } from '../../noticing/NoticedFields.tsx';
import { IntensityField } from '../../ui/IntensityField.tsx';
import { ChoiceGroup } from '../../ui/ChoiceGroup.tsx';
import { Breath } from '../../ui/Breath.tsx';
import { ChipGroup } from '../../ui/ChipGroup.tsx';
import { ReachText } from '../../ui/ReachText.tsx';

export interface PauseStepProps {
  /** The pause as saved, with this step's unsaved changes laid over it. */
  readonly pause: Pause;
  readonly onChanges: (changes: PauseChanges) => void;
  readonly parts: readonly Part[];
  readonly resources: readonly Resource[];
  readonly patterns: readonly Pattern[];
  readonly people: readonly Relationship[];
}

function BreatheStep() {
  return <Breath />;
}

/** A word table from core, in the language Tend speaks. */
function wordsIn<K extends string>(words: Readonly<Record<K, string>>, word: (english: string) => string) {
  return Object.fromEntries(
    Object.entries<string>(words).map(([key, english]) => [key, word(english)]),
  ) as Record<K, string>;
}

function NoticeStep({ pause, onChanges, parts, people }: PauseStepProps) {
  const { t } = useLingui();
  const word = useCoreWord();
  const f = pause.fields;
  const partWords = Object.fromEntries(parts.map((p) => [p.id, word(partName(p))]));
  return (
    <>
      <IntensityField
        label={t`How strong it is`}
        value={f.intensity}
        onValue={(intensity) => onChanges({ intensity })}
      />
      <NoticedTextArea
        field={`pause:${pause.id}:whatHappened`}
        isGentle
        label={t`What happened`}
        rows={3}
        value={f.whatHappened}
        onValue={(whatHappened) => onChanges({ whatHappened })}
      />
      {parts.length ? (
        <ChipGroup
          legend={t`Which part may be here`}
          options={parts.map((p) => p.id)}
          words={partWords}
          value={f.partIds}
          onValue={(partIds) => onChanges({ partIds })}
        />
      ) : null}
      {people.length ? (
        <ChipGroup
          legend={t`Who is involved`}
          options={people.map((p) => p.id)}
          words={Object.fromEntries(people.map((p) => [p.id, p.fields.name]))}
          value={f.relationshipIds}
          onValue={(relationshipIds) => onChanges({ relationshipIds })}
        />
      ) : null}
      <NoticedInput
        field={`pause:${pause.id}:whoElse`}
        label={people.length ? t`Someone else involved` : t`Who is involved`}
        value={f.whoElse}
        onValue={(whoElse) => onChanges({ whoElse })}
      />
    </>
  );
}

function BodyStep({ pause, onChanges }: PauseStepProps) {
  const { t } = useLingui();
  const word = useCoreWord();
  return (
    <ChipGroup
      legend={t`Does your body need anything`}
      options={bodyNeeds}
      words={wordsIn(bodyNeedWords, word)}
      value={pause.fields.bodyNeeds}
      onValue={(chosen) => onChanges({ bodyNeeds: chosen })}
    />
  );
}

function NeedsStep({ pause, onChanges }: PauseStepProps) {
  const { t } = useLingui();
  const word = useCoreWord();
  return (
    <>
      <ChipGroup
        legend={t`What do I need right now?`}
        options={pauseNeeds}
        words={wordsIn(pauseNeedWords, word)}
        value={pause.fields.needs}
        onValue={(needs) => onChanges({ needs })}
      />
      <NoticedTextArea
        field={`pause:${pause.id}:ownNeeds`}
        label={t`In my own words`}
        rows={2}
        value={pause.fields.ownNeeds}
        onValue={(ownNeeds) => onChanges({ ownNeeds })}
      />
    </>
  );
}

function OptionsStep({ pause, onChanges, resources }: PauseStepProps) {
  const { t } = useLingui();
  const word = useCoreWord();
  const { options, note } = pauseOptions(resources, pause);
  return (
    <>
      <p>{word(note)}</p>
      {options.length ? (
        <ul className="pause-options">
          {options.map(({ resource, why }) => (
            <li key={resource.id}>
              <span className="option-name">{resource.fields.name}</span>
              <span className="quiet">{word(why)}</span>
              {resource.fields.reach ? <ReachText words={resource.fields.reach} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <NoticedTextArea
        field={`pause:${pause.id}:willDo`}
        label={t`What I'll do now`}
        rows={2}
        value={pause.fields.willDo}
        onValue={(willDo) => onChanges({ willDo })}
      />
    </>
  );
}

/** The options this pause showed that are still the person's, to ask which helped. */
function HelpedStep({ pause, onChanges, resources }: PauseStepProps) {
  const { t } = useLingui();
  const shown = resources.filter((r) => pause.fields.optionsShown.includes(r.id));
  if (!shown.length) return null;
  return (
    <ChipGroup
      legend={t`Which of your options helped, if any`}
      options={shown.map((r) => r.id)}
      words={Object.fromEntries(shown.map((r) => [r.id, r.fields.name]))}
      value={optionsHelpedOf(pause)}
      onValue={(optionsHelped) => onChanges({ optionsHelped })}
    />
  );
}

function AfterwardsStep(props: PauseStepProps) {
  const { pause, onChanges, patterns } = props;
  const { t } = useLingui();
  const word = useCoreWord();
  const f = pause.fields;
  const delay = f.noticedAfter ?? { amount: 10, unit: 'minutes' as DelayUnit };
  return (
    <>
      <IntensityField
        label={t`How strong it is now`}
        value={f.intensityAfter}
        onValue={(intensityAfter) => onChanges({ intensityAfter })}
      />
      <HelpedStep {...props} />
      <ChoiceGroup
        legend={t`Which response happened`}
        name="response"
        options={patternResponses}
        words={wordsIn(responseWords, word)}
        value={f.response}
        onValue={(response) =>
          onChanges(response === 'noticed-afterwards' ? { response, noticedAfter: delay } : { response })
        }
      />
      {f.response === 'noticed-afterwards' ? (
        <div className="delay-row">
          <InputField
            label={t`How long afterwards`}
            type="number"
            min={1}
            inputMode="numeric"
            value={String(delay.amount)}
            onValue={(text) =>
              onChanges({ noticedAfter: { ...delay, amount: Math.max(1, Number(text) || 1) } })
            }
          />
          <ChoiceGroup
            legend={t`In`}
            name="delay-unit"
            options={delayUnits}
            words={wordsIn(delayUnitWords, word)}
            value={delay.unit}
            canClear={false}
            onValue={(unit) => onChanges({ noticedAfter: { ...delay, unit: unit ?? 'minutes' } })}
          />
        </div>
      ) : null}
      {patterns.length ? (
        <div className="field">
          <label htmlFor="pause-pattern">
            <Trans>Pattern this belongs to</Trans>
          </label>
          <select
            id="pause-pattern"
            value={f.patternId ?? ''}
            onChange={(e) => onChanges({ patternId: e.target.value || null })}
          >
            <option value="">{t`None for now`}</option>
            {patterns.map((p) => {
              const when = p.fields.when || '…';
              const usually = p.fields.usually || '…';
              return (
                <option key={p.id} value={p.id}>
                  {t`When ${when}, I usually ${usually}`}
                </option>
              );
            })}
          </select>
        </div>
      ) : null}
    </>
  );
}

export type FlowStep = 'breathe' | 'notice' | 'body' | 'needs' | 'options' | 'afterwards';

/** One step per screen; "What I'll do now" sits with the options so fewer taps are needed. */
export const pauseFlow: readonly {
  step: FlowStep;
  title: MessageDescriptor;
  View: ComponentType<PauseStepProps>;
}[] = [
  { step: 'breathe', title: msg`Breathe`, View: BreatheStep },
  { step: 'notice', title: msg`Notice`, View: NoticeStep },
  { step: 'body', title: msg`Body needs`, View: BodyStep },
  { step: 'needs', title: msg`What do I need right now?`, View: NeedsStep },
  { step: 'options', title: msg`Options`, View: OptionsStep },
  { step: 'afterwards', title: msg`Afterwards`, View: AfterwardsStep },
];
