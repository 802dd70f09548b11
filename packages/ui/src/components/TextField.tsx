import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';
import { useI18n } from '../i18n/provider';

interface FieldFrameProps {
  label: ReactNode;
  hint?: ReactNode;
  /** Message(s) shown under the field and announced with it (aria-describedby). */
  error?: ReactNode;
  required?: boolean;
}

/** Label, hint and error wiring shared by inputs and selects. */
function useFieldIds(hint: unknown, error: unknown) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

function FieldFrame({ id, hintId, errorId, label, hint, error, required, children }: FieldFrameProps & {
  id: string;
  hintId: string;
  errorId: string;
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
