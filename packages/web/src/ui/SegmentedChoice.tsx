import { Trans, useLingui } from '@lingui/react/macro';
import { useId } from 'react';
import './segmented-choice.css';

interface SegmentedChoiceProps<T extends string> {
  readonly legend: string;
  readonly options: readonly T[];
  readonly words: Record<T, string>;
  readonly value: T | null;
  readonly onValue: (value: T | null) => void;
  /** Offer "Clear" once something is chosen; on by default, off where a choice is always needed. */
  readonly canClear?: boolean;
}

/**
 * A row of radio buttons that look like one segmented control: a tap chooses, the arrow keys move
 * between choices, and "Clear" takes the answer back so every question stays optional.
 */
export function SegmentedChoice<T extends string>({
  legend,
  options,
  words,
  value,
  onValue,
  canClear = true,
}: SegmentedChoiceProps<T>) {
  const id = useId();
  const { t } = useLingui();
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      <div className="segments">
        {options.map((option) => (
          <span key={option} className="segment">
            <input
              id={`${id}-${option}`}
              type="radio"
              name={id}
              checked={value === option}
              onChange={() => onValue(option)}
            />
            <label htmlFor={`${id}-${option}`}>{words[option]}</label>
          </span>
        ))}
      </div>
      {canClear && value !== null ? (
        <button
          type="button"
          className="link-button"
          onClick={() => onValue(null)}
          aria-label={t`Clear: ${legend}`}
        >
          <Trans>Clear</Trans>
        </button>
      ) : null}
    </fieldset>
  );
}
