import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useI18n } from '../i18n/provider';

interface FieldFrameProps {
  label: ReactNode;
  hint?: ReactNode;
  /** Message(s) shown under the field and announced with it (aria-describedby). */
  error?: ReactNode;
  required?: boolean;
  /** e.g. "120 / 4000 characters": read with the field, not announced on each key. */
  counter?: ReactNode;
}

/** Label, hint and error wiring shared by inputs and selects. */
function useFieldIds(hint: unknown, error: unknown, counter?: unknown) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const counterId = `${id}-counter`;
  const describedBy =
    [hint ? hintId : null, counter ? counterId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, counterId, describedBy };
}

function FieldFrame({
  id,
  hintId,
  errorId,
  counterId,
  label,
  hint,
  error,
  required,
  counter,
  children,
}: FieldFrameProps & {
  id: string;
  hintId: string;
  errorId: string;
  counterId: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="shb-field">
      <label htmlFor={id} className="shb-label">
        {label}
        {required && (
          // The input's `required` is what readers announce; the star is for sighted users.
          <span className="shb-required" aria-hidden="true" title={t('common.required')}>
            {' *'}
          </span>
        )}
      </label>
      {hint && (
        <p id={hintId} className="shb-hint">
          {hint}
        </p>
      )}
      {children}
      {counter && (
        <p id={counterId} className="shb-hint shb-counter">
          {counter}
        </p>
      )}
      {error && (
        <p id={errorId} className="shb-field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>, FieldFrameProps {}

export function TextField({ label, hint, error, required, className, ...input }: TextFieldProps) {
  const ids = useFieldIds(hint, error);
  return (
    <FieldFrame {...ids} label={label} hint={hint} error={error} required={required}>
      <input
        {...input}
        id={ids.id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={['shb-input', className].filter(Boolean).join(' ')}
      />
    </FieldFrame>
  );
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>, FieldFrameProps {}

export function SelectField({ label, hint, error, required, className, children, ...select }: SelectFieldProps) {
  const ids = useFieldIds(hint, error);
  return (
    <FieldFrame {...ids} label={label} hint={hint} error={error} required={required}>
      <select
        {...select}
        id={ids.id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={['shb-input', className].filter(Boolean).join(' ')}
      >
        {children}
      </select>
    </FieldFrame>
  );
}

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>, FieldFrameProps {}

export function TextAreaField({ label, hint, error, required, counter, className, ...textarea }: TextAreaFieldProps) {
  const ids = useFieldIds(hint, error, counter);
  return (
    <FieldFrame {...ids} label={label} hint={hint} error={error} required={required} counter={counter}>
      <textarea
        {...textarea}
        id={ids.id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={['shb-input', className].filter(Boolean).join(' ')}
      />
    </FieldFrame>
  );
}
