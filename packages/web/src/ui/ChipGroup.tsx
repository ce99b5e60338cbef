interface ChipGroupProps<T extends string> {
  readonly legend: string;
  readonly options: readonly T[];
  readonly words: Record<T, string>;
  readonly value: readonly T[];
  readonly onValue: (value: T[]) => void;
}

/** Big toggle buttons, easy to reach with a thumb; each says whether it is chosen. */
export function ChipGroup<T extends string>({ legend, options, words, value, onValue }: ChipGroupProps<T>) {
  const toggle = (option: T) =>
    onValue(value.includes(option) ? value.filter((v) => v !== option) : [...value, option]);
  return (
    <fieldset className="chips">
      <legend>{legend}</legend>
      <div className="chip-row">
        {options.map((option) => (
          <button
            key={option}
            type="button"
            className="chip"
            aria-pressed={value.includes(option)}
            onClick={() => toggle(option)}
          >
            {words[option]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
