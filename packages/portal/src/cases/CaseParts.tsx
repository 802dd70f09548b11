import { Button, Card } from '@shabaka/ui';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { CodeField } from '../CodeField';
import {
  forgetAllCases,
  forgetCase,
  formatSecret,
  isSecret,
  useRecentCases,
  type CaseKind,
  type RecentCase,
} from './owner';
import { scopedI18n } from '../i18n';

/** `useI18n()` plus the `cases.*` keys (owner secret, copy, recent cases), shared by the case sections' chunks. */
export const useCasesI18n = scopedI18n(['cases']);

/** Copies `text`; falls back to selecting it when the clipboard API is not there (http, old browsers). */
async function copy(text: string, element: HTMLElement | null) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (element) {
      const range = document.createRange();
      range.selectNodeContents(element);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    return false;
  }
}

/**
 * A value to keep (tracking code, secret) in large type, with a copy button whose outcome is
 * announced (a status region that is always in the page).
 */
export function KeepValue({
  value,
  copyLabel,
  testId,
  large,
}: {
  value: string;
  copyLabel: string;
  testId: string;
  large?: boolean;
}) {
  const { t } = useCasesI18n();
  const ref = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState<'' | 'copied' | 'selected'>('');
  return (
    <>
      <p className={large ? 'cx-code cx-secret' : 'cx-code'}>
        <strong ref={ref} data-testid={testId} dir="ltr">
          {value}
        </strong>
      </p>
      <div className="cx-row">
        <Button
          variant="secondary"
          onClick={async () => setCopied((await copy(value, ref.current)) ? 'copied' : 'selected')}
        >
          {copyLabel}
        </Button>
      </div>
      <p role="status" className="shb-hint">
        {copied ? t(`cases.${copied}`) : ''}
      </p>
    </>
  );
}

/** The receipt's two values: the tracking code and the owner's secret (or where to find it). */
export function CodeAndSecret({
  code,
  secret,
  codeTestId,
  secretTestId,
  children,
}: {
  code: string;
  secret: string | undefined;
  codeTestId: string;
  secretTestId: string;
  children?: ReactNode;
}) {
  const { t } = useCasesI18n();
  return (
    <>
      <Card title={t('cases.code.label')}>
        <KeepValue value={code} copyLabel={t('cases.code.copy')} testId={codeTestId} />
        {children}
      </Card>
      <Card title={t('cases.secret.label')}>
        {secret ? (
          <>
            <KeepValue value={formatSecret(secret)} copyLabel={t('cases.secret.copy')} testId={secretTestId} large />
            <p>{t('cases.secret.explain')}</p>
          </>
        ) : (
          <p>{t('cases.receipt.noSecret')}</p>
        )}
      </Card>
    </>
  );
}

/** The secret typed by hand (forgiving: case, spaces and dashes do not matter). */
export function SecretField({
  value,
  onChange,
  error,
  name = 'secret',
}: {
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  name?: string;
}) {
  const { t } = useCasesI18n();
  return (
    <CodeField
      label={t('cases.field.secret')}
      hint={t('cases.field.secretHint')}
      name={name}
      autoCapitalize="characters"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    />
  );
}

/** The local check of a typed secret: the message, or undefined when it has the right shape. */
export function useSecretCheck() {
  const { t } = useCasesI18n();
  return (value: string) => (isSecret(value) ? undefined : t('cases.error.secretFormat'));
}

/**
 * The cases filed from this device (localStorage), newest first, each with its tracking link,
 * its receipt and a "forget" button; "forget all" for a shared device. Nothing when empty.
 */
export function RecentCases({
  kind,
  trackPath,
  receiptPath,
}: {
  kind: CaseKind;
  trackPath: (c: RecentCase) => string;
  receiptPath: (c: RecentCase) => string;
}) {
  const { t, formatDate } = useCasesI18n();
  const list = useRecentCases(kind);
  const [status, setStatus] = useState('');
  // Paths from the portal's root: a case of another commune opens on that commune's portal.
  const href = (c: RecentCase, path: string) => `/${c.commune}${path}`;
  return (
    <div>
      <p role="status" className="shb-hint">
        {status}
      </p>
      {list.length > 0 && (
        <Card title={t('cases.recent.title')}>
          <p className="shb-hint">{t('cases.recent.intro')}</p>
          <ul className="cx-recent" data-testid={`recent-${kind}`}>
            {list.map((c) => (
              <li key={c.code}>
                <a href={href(c, trackPath(c))}>
                  <bdi dir="ltr">{c.code}</bdi>
                </a>
                <span>{t('cases.recent.filed', { date: formatDate(c.at, { dateStyle: 'medium' }) })}</span>
                <a href={href(c, receiptPath(c))}>{t('cases.recent.receipt')}</a>
                <Button
                  variant="link"
                  aria-label={t('cases.recent.forgetLabel', { code: c.code })}
                  onClick={() => {
                    forgetCase(kind, c.code);
                    setStatus(t('cases.recent.forgotten', { code: c.code }));
                  }}
                >
                  {t('cases.recent.forget')}
                </Button>
              </li>
            ))}
          </ul>
          <Button
            variant="secondary"
            onClick={() => {
              forgetAllCases(kind);
              setStatus(t('cases.recent.forgottenAll'));
            }}
          >
            {t('cases.recent.forgetAll')}
          </Button>
        </Card>
      )}
    </div>
  );
}

/** "Is this case yours?": a secret typed here proves it for this page (the owner-only parts appear). */
export function OwnerCard({ onSecret }: { onSecret: (secret: string) => void }) {
  const { t } = useCasesI18n();
  const check = useSecretCheck();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const problem = check(value);
    setError(problem);
    if (problem) {
      e.currentTarget.querySelector('input')?.focus();
      return;
    }
    onSecret(formatSecret(value));
    setValue('');
  };
  return (
    <Card title={t('cases.owner.title')}>
      <p>{t('cases.owner.intro')}</p>
      <form onSubmit={submit} noValidate>
        <SecretField name="ownerSecret" value={value} onChange={setValue} error={error} />
        <Button type="submit" variant="secondary">
          {t('cases.owner.submit')}
        </Button>
      </form>
    </Card>
  );
}
