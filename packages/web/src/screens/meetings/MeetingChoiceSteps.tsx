import {
  delayUnits,
  patternResponses,
  responseWords,
  stances,
  delayUnitWords,
  stanceWords,
  termMeanings,
} from '@tend/core';
import { ChoiceGroup } from '../../ui/ChoiceGroup.tsx';
import { CheckboxField, InputField } from '../../ui/Field.tsx';
import { NoticedInput } from '../../noticing/NoticedFields.tsx';
import { isDelayUnit, type StepProps } from './meeting-draft.ts';
import { Meaning } from '../../ui/Meaning.tsx';

/** How I related to the part this time: any of the stances, as the person's own account. */
export function StancesStep({ draft, onDraft }: StepProps) {
  return (
    <fieldset className="choices">
      <legend>This time (any that were true)</legend>
      {stances.map((stance) => (
        <CheckboxField
          key={stance}
          label={stanceWords[stance]}
          checked={draft.stances.includes(stance)}
          onChecked={(isOn) =>
            onDraft({
              stances: isOn ? [...draft.stances, stance] : draft.stances.filter((s) => s !== stance),
            })
          }
        />
      ))}
      <p className="field-hint">Whatever happened is information, not a verdict.</p>
      <Meaning>
        <p>{termMeanings.stance}</p>
      </Meaning>
    </fieldset>
  );
}

/** Who I was seeing through this part, and how long after the moment I recognised it. */
export function ProjectionStep({ draft, onDraft, draftKey }: StepProps) {
  return (
    <>
      <Meaning question="What is a projection?">
        <p>{termMeanings.projection}</p>
      </Meaning>
      <NoticedInput
        field={`meeting:${draftKey}:onWhom`}
        label="Who I was seeing through this part"
        value={draft.onWhom}
        maxLength={200}
        onValue={(onWhom) => onDraft({ onWhom })}
      />
      <fieldset className="choices delay">
        <legend>How long after the moment I recognised it</legend>
        <InputField
          label="Amount"
          type="number"
          inputMode="numeric"
          min={0}
          value={draft.delayAmount}
          onValue={(delayAmount) => onDraft({ delayAmount })}
        />
        <div className="field">
          <label htmlFor="meet-delay-unit">Unit</label>
          <select
            id="meet-delay-unit"
            value={draft.delayUnit}
            onChange={(e) => {
              if (isDelayUnit(e.target.value)) onDraft({ delayUnit: e.target.value });
            }}
          >
            {delayUnits.map((unit) => (
              <option key={unit} value={unit}>
                {delayUnitWords[unit]}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
    </>
  );
}

/** The pattern this meeting belongs to, and which response happened in it. */
export function PatternChoice({ draft, onDraft, patterns }: StepProps) {
  if (!patterns.length) return <p className="quiet">No patterns named yet.</p>;
  return (
    <>
      <div className="field">
        <label htmlFor="meeting-pattern">Pattern this belongs to</label>
        <select
          id="meeting-pattern"
          value={draft.patternId}
          onChange={(e) => onDraft({ patternId: e.target.value })}
        >
          <option value="">None for now</option>
          {patterns.map((p) => (
            <option key={p.id} value={p.id}>
              When {p.fields.when || '…'}, I usually {p.fields.usually || '…'}
            </option>
          ))}
        </select>
      </div>
      {draft.patternId ? (
        <ChoiceGroup
          legend="Which response happened"
          name="response"
          options={patternResponses}
          words={responseWords}
          value={draft.response}
          onValue={(response) => onDraft({ response })}
        />
      ) : null}
    </>
  );
}
