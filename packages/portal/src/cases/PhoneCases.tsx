import { useMutation, useTRPC } from '@shabaka/client/react';
import { Card } from '@shabaka/ui';
import { useRef, useState } from 'react';
import { usePageTitle, usePortal } from '../config';
import { describeError, type ErrorText } from '../errors';
import { useNoticeLogI18n } from './noticeLogI18n';
import { CodeStep, PhoneStep } from './PhoneCodeForms';

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
  return (
    <div className="shb-stack">
      <h1>{t('noticeLog.phone.title')}</h1>
      <div ref={statusRef} tabIndex={-1} role="status">
        {step === 'code' && <p>{t('noticeLog.phone.sent')}</p>}
      </div>
      {step === 'phone' && (
        <Card>
          <PhoneStep
            intro={<p>{t('noticeLog.phone.intro')}</p>}
            value={phone}
            onChange={setPhone}
            error={error}
            busy={request.isPending}
            onSubmit={() => request.mutate({ commune: slug, phone, language: lang })}
          />
        </Card>
      )}
      {step === 'code' && (
        <Card>
          <CodeStep
            value={pin}
            onChange={setPin}
            error={error}
            busy={confirm.isPending}
            onSubmit={() => confirm.mutate({ commune: slug, phone, pin })}
            onAgain={() => {
              setError(null);
              setStep('phone');
            }}
          />
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
