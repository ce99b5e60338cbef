import { Trans, useLingui } from '@lingui/react/macro';
import { useId } from 'react';
import './intensity-field.css';

interface IntensityFieldProps {
  readonly label: string;
  readonly value: number | null;
  readonly onValue: (value: number | null) => void;
}

/** A 0–10 slider whose value is always shown in words; it stays unsaid until the person moves it. */
export function IntensityField({ label, value, onValue }: IntensityFieldProps) {
  const id = useId();
  const { t, i18n } = useLingui();
  // German writes its nouns with a capital inside a sentence too.
  const what = i18n.locale === 'de' ? label : label.toLocaleLowerCase(i18n.locale);
  return (
    <div className="field intensity">
      <label htmlFor={id}>{label}</label>
      <div className="intensity-row">
        <input
          id={id}
          type="range"
          min={0}
          max={10}
          step={1}
          value={value ?? 5}
          aria-valuetext={value === null ? t`Not noted` : t`${value} of 10`}
          onChange={(e) => onValue(Number(e.target.value))}
        />
        <output htmlFor={id} className="intensity-value">
          {value === null ? t`Not noted` : t`${value} of 10`}
        </output>
      </div>
      {value !== null ? (
        <button type="button" className="link-button" onClick={() => onValue(null)}>
          <Trans>Leave {what} unsaid</Trans>
        </button>
      ) : null}
    </div>
  );
}
