import { Trans, useLingui } from '@lingui/react/macro';
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
import { patternSentence } from '../../i18n/sentences/pattern-sentence.ts';
import { Meaning } from '../../ui/Meaning.tsx';
import { useCoreWord } from '../../i18n/core-words.ts';
import { inWords } from '../../i18n/core-word-table.ts';

/** How I related to the part this time: any of the stances, as the person's own account. */
export function StancesStep({ draft, onDraft }: StepProps) {
  const word = useCoreWord();
  return (
    <fieldset className="choices">
      <legend>
        <Trans>This time (any that were true)</Trans>
      </legend>
      {stances.map((stance) => (
        <CheckboxField
          key={stance}
          label={word(stanceWords[stance])}
          checked={draft.stances.includes(stance)}
          onChecked={(isOn) =>
            onDraft({
              stances: isOn ? [...draft.stances, stance] : draft.stances.filter((s) => s !== stance),
            })
          }
        />
      ))}
      <p className="field-hint">
        <Trans>Whatever happened is information, not a verdict.</Trans>
      </p>
      <Meaning>
        <p>{word(termMeanings.stance)}</p>
      </Meaning>
    </fieldset>
  );
}

/** Who I was seeing through this part, and how long after the moment I recognised it. */
export function ProjectionStep({ draft, onDraft, draftKey }: StepProps) {
  const { t } = useLingui();
  const word = useCoreWord();
  return (
    <>
      <Meaning question={t`What is a projection?`}>
        <p>{word(termMeanings.projection)}</p>
      </Meaning>
      <NoticedInput
        field={`meeting:${draftKey}:onWhom`}
        label={t`Who I was seeing through this part`}
        value={draft.onWhom}
        maxLength={200}
        onValue={(onWhom) => onDraft({ onWhom })}
      />
      <fieldset className="choices delay">
        <legend>
          <Trans>How long after the moment I recognised it</Trans>
        </legend>
        <InputField
          label={t`Amount`}
          type="number"
          inputMode="numeric"
          min={0}
          value={draft.delayAmount}
          onValue={(delayAmount) => onDraft({ delayAmount })}
        />
        <div className="field">
          <label htmlFor="meet-delay-unit">
            <Trans>Unit</Trans>
          </label>
          <select
            id="meet-delay-unit"
            value={draft.delayUnit}
            onChange={(e) => {
              if (isDelayUnit(e.target.value)) onDraft({ delayUnit: e.target.value });
            }}
          >
            {delayUnits.map((unit) => (
              <option key={unit} value={unit}>
                {word(delayUnitWords[unit])}
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
  const { t } = useLingui();
  const word = useCoreWord();
  if (!patterns.length)
    return (
      <p className="quiet">
        <Trans>No patterns named yet.</Trans>
      </p>
    );
  return (
    <>
      <div className="field">
        <label htmlFor="meeting-pattern">
          <Trans>Pattern this belongs to</Trans>
        </label>
        <select
          id="meeting-pattern"
          value={draft.patternId}
          onChange={(e) => onDraft({ patternId: e.target.value })}
        >
          <option value="">{t`None for now`}</option>
          {patterns.map((p) => (
            <option key={p.id} value={p.id}>
              {patternSentence(p)}
            </option>
          ))}
        </select>
      </div>
      {draft.patternId ? (
        <ChoiceGroup
          legend={t`Which response happened`}
          name="response"
          options={patternResponses}
          words={inWords(responseWords, word)}
          value={draft.response}
          onValue={(response) => onDraft({ response })}
        />
      ) : null}
    </>
  );
}
