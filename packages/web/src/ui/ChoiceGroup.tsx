import { Trans } from '@lingui/react/macro';
import { useId } from 'react';

interface ChoiceGroupProps<T extends string> {
  readonly legend: string;
  readonly name: string;
  readonly options: readonly T[];
  readonly words: Record<T, string>;
  readonly value: T | null;
  readonly onValue: (value: T | null) => void;
  /** Offer "Not said" so a choice can be taken back; on by default. */
  readonly canClear?: boolean;
}

/** Radio buttons in a fieldset: one choice, or none. */
export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  const id = useId();
  const { legend, name, options, words, value, onValue, canClear = true } = props;
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {options.map((option) => (
        <div className="field field-check" key={option}>
          <input
            id={`${id}-${option}`}
            type="radio"
            name={`${id}-${name}`}
            checked={value === option}
            onChange={() => onValue(option)}
          />
          <label htmlFor={`${id}-${option}`}>{words[option]}</label>
        </div>
      ))}
      {canClear ? (
        <div className="field field-check">
          <input
            id={`${id}-none`}
            type="radio"
            name={`${id}-${name}`}
            checked={value === null}
            onChange={() => onValue(null)}
          />
          <label htmlFor={`${id}-none`}>
            <Trans>Not said</Trans>
          </label>
        </div>
      ) : null}
    </fieldset>
  );
}
