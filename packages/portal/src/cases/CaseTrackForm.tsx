import { Button } from '@shabaka/ui';
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { CodeField } from '../CodeField';
import { usePortal } from '../config';
import { SecretField, useCasesI18n, useSecretCheck } from './CaseParts';
import { normalizeSecret, withSecret } from './owner';
import type { CaseSpec, OwnedCase } from './spec';

/**
 * "Follow a case": the tracking code (and, with `secret`, the receipt's secret too) leads to
 * the section's tracking page; the secret rides in the fragment, never sent to the server.
 */
export function CaseTrackForm<T extends OwnedCase>({
  spec,
  label,
  codeLabel,
  codeHint,
  codeError,
  submit: submitText,
  initialCode = '',
  secret: withSecretField = false,
  onTracked,
  className,
  capitalize,
}: {
  spec: Pick<CaseSpec<T>, 'normalizeCode' | 'isCode' | 'trackPath'>;
  /** The search landmark's name. */
  label: string;
  codeLabel: string;
  codeHint: string;
  codeError: string;
  submit: string;
  initialCode?: string;
  /** Ask for the owner's secret too. */
  secret?: boolean;
  /** The page of that same case adopts the secret in place (true: nothing more to do). */
  onTracked?: (code: string, secret: string) => boolean;
  className?: string;
  /** Phones offer capitals for the code. */
  capitalize?: boolean;
}) {
  const checkSecret = useSecretCheck();
  const [, navigate] = useLocation();
  const { slug } = usePortal();
  const { t } = useCasesI18n();
  const [code, setCode] = useState(initialCode);
  const [secret, setSecret] = useState('');
  const [errors, setErrors] = useState<{ code?: string | undefined; secret?: string | undefined }>({});
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const c = spec.normalizeCode(code);
    const s = normalizeSecret(secret);
    const found = {
      code: spec.isCode(c) ? undefined : codeError,
      secret: s ? checkSecret(s) : undefined,
    };
    setErrors(found);
    if (found.code || found.secret) {
      e.currentTarget.querySelector<HTMLInputElement>(found.code ? 'input[name=code]' : 'input[name=secret]')?.focus();
      return;
    }
    if (onTracked?.(c, s)) return;
    navigate(withSecret(spec.trackPath(c), s || undefined));
  };
  return (
    <>
      <form onSubmit={submit} noValidate className={className} role="search" aria-label={label}>
        <CodeField
          label={codeLabel}
          hint={codeHint}
          name="code"
          required
          autoCapitalize={capitalize ? 'characters' : undefined}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={errors.code}
        />
        {withSecretField && <SecretField value={secret} onChange={setSecret} error={errors.secret} />}
        <Button type="submit">{submitText}</Button>
      </form>
      {/* No receipt at hand: a phone that follows its cases by SMS can list them. A full page load (outside any section's nesting). */}
      <p>
        <a href={`/${slug}/phone`}>{t('cases.phone.link')}</a>
      </p>
    </>
  );
}
