import { Trans, useLingui } from '@lingui/react/macro';
import { useCoreWord } from '../../i18n/core-words.ts';
import { useId } from 'react';
import { fearQuestions, type FearOfChanging } from '@tend/core';
import { CheckboxField } from '../../ui/Field.tsx';
import { NoticedInput } from '../../noticing/NoticedFields.tsx';
import type { NamedFear } from './relationship-words.ts';

interface FearsFieldsetProps {
  readonly fears: readonly FearOfChanging[];
  readonly onFears: (fears: readonly FearOfChanging[]) => void;
}

const namedFears = Object.keys(fearQuestions) as readonly NamedFear[];

/** Fears about changing: the three questions, or my own words. */
export function FearsFieldset({ fears, onFears }: FearsFieldsetProps) {
  const form = `relationship:${useId()}`;
  const { t } = useLingui();
  const word = useCoreWord();
  const toggle = (fear: NamedFear, isOn: boolean) =>
    onFears(isOn ? [...fears, { fear, words: '' }] : fears.filter((f) => f.fear !== fear));
  const replace = (index: number, fear: FearOfChanging | null) =>
    onFears(fear ? fears.map((f, i) => (i === index ? fear : f)) : fears.filter((_, i) => i !== index));

  return (
    <fieldset className="choices">
      <legend>
        <Trans>Fears about changing (any that fit)</Trans>
      </legend>
      {namedFears.map((fear) => (
        <CheckboxField
          key={fear}
          label={word(fearQuestions[fear])}
          checked={fears.some((f) => f.fear === fear)}
          onChecked={(isOn) => toggle(fear, isOn)}
        />
      ))}
      {fears.map((fear, index) =>
        fear.fear === 'own-words' ? (
          <div key={index} className="own-words">
            <NoticedInput
              field={`${form}:fear:${index}`}
              label={t`A fear in my own words`}
              value={fear.words}
              maxLength={500}
              onValue={(words) => replace(index, { ...fear, words })}
            />
            <button type="button" onClick={() => replace(index, null)}>
              <Trans>Take this fear off the list</Trans>
            </button>
          </div>
        ) : null,
      )}
      <button type="button" onClick={() => onFears([...fears, { fear: 'own-words', words: '' }])}>
        <Trans>Add a fear in my own words</Trans>
      </button>
    </fieldset>
  );
}
