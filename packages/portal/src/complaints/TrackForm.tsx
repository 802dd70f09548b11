import { Button } from '@shabaka/ui';
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { CodeField } from '../CodeField';
import { useComplaintsI18n } from './i18n';
import { isCode, normalizeCode } from './model';

/** "Follow a complaint": the tracking code leads to /track/<code>. */
export function TrackForm({ initial = '' }: { initial?: string }) {
  const { t } = useComplaintsI18n();
  const [, navigate] = useLocation();
  const [value, setValue] = useState(initial);
  const [invalid, setInvalid] = useState(false);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const code = normalizeCode(value);
    if (!isCode(code)) {
      setInvalid(true);
      e.currentTarget.querySelector('input')?.focus();
      return;
    }
    setInvalid(false);
    navigate(`/track/${code}`);
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      className="cx-track-form"
      role="search"
      aria-label={t('complaints.track.formLabel')}
    >
      <CodeField
        label={t('complaints.field.code')}
        hint={t('complaints.field.codeHint')}
        name="code"
        required
        autoCapitalize="characters"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        error={invalid ? t('complaints.error.field.code') : undefined}
      />
      <Button type="submit">{t('complaints.track.submit')}</Button>
    </form>
  );
}
