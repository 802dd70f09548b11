import { useId, type ReactNode } from 'react';
import './RadioGroup.css';

export interface Choice {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

/** Native radios in a fieldset: arrow keys move between options, the legend names the group. */
export function RadioGroup({
  legend,
  name,
  value,
  choices,
  onChange,
  error,
  hint,
  inline,
}: {
  legend: ReactNode;
  name: string;
  value: string;
  choices: Choice[];
  onChange: (value: string) => void;
  error?: ReactNode;
  hint?: ReactNode;
  inline?: boolean;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    // A fieldset named by its legend; as a radiogroup it may carry aria-invalid, and its
    // hint and error are read when the group is entered.
    <fieldset
      className="cx-fieldset"
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
    >
      <legend id={`${id}-legend`} className="shb-label">
        {legend}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="shb-hint">
          {hint}
        </p>
      )}
      <div className={inline ? 'cx-choices cx-choices--inline' : 'cx-choices'}>
        {choices.map((c) => (
          <label key={c.value} className="cx-choice">
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={value === c.value}
              onChange={() => onChange(c.value)}
            />
            <span>
              {c.label}
              {c.hint && <span className="cx-choice-hint">{c.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="shb-field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
