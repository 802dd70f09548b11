import { useMutation, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, TextField } from '@shabaka/ui';
import { useRef, useState, type FormEvent } from 'react';
import { usePageTitle, usePortal } from '../config';
import { describeError, type ErrorText } from '../errors';
import { useNoticeLogI18n } from './noticeLogI18n';

type Listed = { kind: 'complaint' | 'information_request'; code: string };

/** Where each kind of case is followed in the portal. */
const trackHref = (slug: string, c: Listed) =>
  c.kind === 'complaint'
    ? `/${slug}/track/${encodeURIComponent(c.code)}`
    : `/${slug}/information/track/${encodeURIComponent(c.code)}`;

/**
 * /phone — a phone that follows cases by SMS lists them: the number gets a code (the answer is
 * the same whether or not it follows any), the code opens a short list with a link to each
 * case. The list lives in this page only (a reload asks for a new code).
 */
export function PhoneCasesScreen() {
  const i18n = useNoticeLogI18n();
  const { t, lang, formatDate } = i18n;
  const trpc = useTRPC();
  const { slug } = usePortal();
  usePageTitle(t('noticeLog.phone.title'));
  const [phone, setPhone] = useState('');
  const [pin, setPin] = useState('');
  const [step, setStep] = useState<'phone' | 'code' | 'list'>('phone');
  const [error, setError] = useState<ErrorText | null>(null);
  const [list, setList] = useState<{ cases: Listed[]; expiresAt: Date } | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const describe = (e: unknown) => describeError(e, i18n, { section: 'noticeLog' });
  const focusStatus = () => setTimeout(() => statusRef.current?.focus(), 0);
  const request = useMutation(
    trpc.phoneFollow.requestList.mutationOptions({
      onSuccess: () => {
        setError(null);
        setPin('');
        setStep('code');
        focusStatus();
      },
      onError: (e) => setError(describe(e)),
    }),
  );
  const confirm = useMutation(
    trpc.phoneFollow.confirmList.mutationOptions({
      onSuccess: (r) => {
        setError(null);
        setList({ cases: r.cases, expiresAt: new Date(r.expiresAt) });
        setStep('list');
        focusStatus();
      },
      onError: (e) => setError(describe(e)),
    }),
  );
  const fieldError = error && (error.fields.phone || error.fields.pin);
  return (
    <div className="shb-stack">
      <h1>{t('noticeLog.phone.title')}</h1>
      <div ref={statusRef} tabIndex={-1} role="status">
        {step === 'code' && <p>{t('noticeLog.phone.sent')}</p>}
      </div>
      {step === 'phone' && (
        <Card>
          <form
            className="shb-stack"
            noValidate
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              request.mutate({ commune: slug, phone, language: lang });
            }}
          >
            <p>{t('noticeLog.phone.intro')}</p>
            <TextField
              label={t('noticeLog.follow.phone')}
              hint={t('noticeLog.follow.phoneHint')}
              name="phone"
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              dir="ltr"
              required
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
              error={error?.fields.phone}
            />
            {error && !fieldError && <Alert tone="error">{error.message}</Alert>}
            <div className="cx-row">
              <Button type="submit" busy={request.isPending}>
                {t('noticeLog.follow.send')}
              </Button>
            </div>
          </form>
        </Card>
      )}
      {step === 'code' && (
        <Card>
          <form
            className="shb-stack"
            noValidate
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              confirm.mutate({ commune: slug, phone, pin });
            }}
          >
            <TextField
              label={t('noticeLog.follow.code')}
              hint={t('noticeLog.follow.codeHint')}
              name="pin"
              inputMode="numeric"
              autoComplete="one-time-code"
              dir="ltr"
              maxLength={7}
              required
              value={pin}
              onChange={(e) => setPin(e.target.value)}
              error={error?.fields.pin}
            />
            {error && !fieldError && <Alert tone="error">{error.message}</Alert>}
            <div className="cx-row">
              <Button type="submit" busy={confirm.isPending}>
                {t('noticeLog.follow.confirm')}
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setError(null);
                  setStep('phone');
                }}
              >
                {t('noticeLog.follow.again')}
              </Button>
            </div>
          </form>
        </Card>
      )}
      {step === 'list' && list && (
        <Card title={t('noticeLog.phone.cases')} headingLevel={2}>
          {list.cases.length === 0 ? (
            <p>{t('noticeLog.phone.none')}</p>
          ) : (
            <ul className="shb-stack" data-testid="phone-cases">
              {list.cases.map((c) => (
                <li key={`${c.kind}:${c.code}`}>
                  {t(`noticeLog.phone.kind.${c.kind}`)} —{' '}
                  <a href={trackHref(slug, c)}>{t('noticeLog.phone.open', { code: c.code })}</a>
                </li>
              ))}
            </ul>
          )}
          <p className="shb-hint">
            {t('noticeLog.phone.expires', { time: formatDate(list.expiresAt, { timeStyle: 'short' }) })}
          </p>
        </Card>
      )}
    </div>
  );
}

export default PhoneCasesScreen;
