import { useI18n } from '@shabaka/ui';
import { useId, type ReactNode, type TextareaHTMLAttributes } from 'react';

/** A labelled textarea with hint, counter and error, wired like @shabaka/ui's TextField; citizen and staff screens share it. */
export function TextAreaField({
  label,
  hint,
  error,
  counter,
  required,
  className,
  ...textarea
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** e.g. "120 / 4000 characters": read with the field, not announced on each key. */
  counter?: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const describedBy =
    [hint ? `${id}-hint` : null, counter ? `${id}-counter` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div className="shb-field">
      <label htmlFor={id} className="shb-label">
        {label}
        {required && (
          <span className="shb-required" aria-hidden="true" title={t('common.required')}>
            {' *'}
          </span>
        )}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="shb-hint">
          {hint}
        </p>
      )}
      <textarea
        {...textarea}
        id={id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={['shb-input', className].filter(Boolean).join(' ')}
      />
      {counter && (
        <p id={`${id}-counter`} className="shb-hint cx-counter">
          {counter}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="shb-field-error">
          {error}
        </p>
      )}
    </div>
  );
}
