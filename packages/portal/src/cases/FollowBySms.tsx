import { useMutation, useTRPC } from '@shabaka/client/react';
import { Alert, Card } from '@shabaka/ui';
import { useRef, useState } from 'react';
import { describeError, type ErrorText } from '../errors';
import { useNoticeLogI18n } from './noticeLogI18n';
import { CodeStep, PhoneStep } from './PhoneCodeForms';

/**
 * The tracking page's "follow by SMS" (owners only: the page proved it with the secret or the
 * account): a mobile number gets a 6-digit code by SMS; typed back, the phone receives the
 * case's notices. Each step's outcome is announced (status region) and focus moves to it.
 */
export function FollowBySms({
  kind,
  code,
  secret,
}: {
  kind: 'complaint' | 'information_request';
  code: string;
  secret: string | undefined;
}) {
  const i18n = useNoticeLogI18n();
  const { t, lang } = i18n;
  const trpc = useTRPC();
  const [phone, setPhone] = useState('');
  const [pin, setPin] = useState('');
  const [step, setStep] = useState<'phone' | 'code' | 'done'>('phone');
  const [sentTo, setSentTo] = useState('');
  const [error, setError] = useState<ErrorText | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const describe = (e: unknown) => describeError(e, i18n, { section: 'noticeLog' });
  const focusStatus = () => setTimeout(() => statusRef.current?.focus(), 0);
  const request = useMutation(
    trpc.phoneFollow.requestFollow.mutationOptions({
      onSuccess: (r) => {
        setSentTo(r.phone);
        setPin('');
        setError(null);
        setStep('code');
        focusStatus();
      },
      onError: (e) => setError(describe(e)),
    }),
  );
  const confirm = useMutation(
    trpc.phoneFollow.confirmFollow.mutationOptions({
      onSuccess: (r) => {
        setSentTo(r.phone);
        setError(null);
        setStep('done');
        focusStatus();
      },
      onError: (e) => setError(describe(e)),
    }),
  );
  const proof = { kind, code, secret: secret ?? null } as const;
  const again = () => {
    setError(null);
    setStep('phone');
  };
  return (
    <Card title={t('noticeLog.follow.title')} headingLevel={2}>
      <div ref={statusRef} tabIndex={-1} role="status" className="shb-stack">
        {step === 'code' && <p>{t('noticeLog.follow.sent', { phone: sentTo })}</p>}
        {step === 'done' && <Alert tone="success">{t('noticeLog.follow.done', { phone: sentTo })}</Alert>}
      </div>
      {step === 'phone' && (
        <PhoneStep
          intro={<p className="shb-hint">{t('noticeLog.follow.intro')}</p>}
          value={phone}
          onChange={setPhone}
          error={error}
          busy={request.isPending}
          onSubmit={() => request.mutate({ ...proof, phone, language: lang })}
        />
      )}
      {step === 'code' && (
        <CodeStep
          value={pin}
          onChange={setPin}
          error={error}
          busy={confirm.isPending}
          onSubmit={() => confirm.mutate({ ...proof, phone, pin })}
          onAgain={again}
        />
      )}
    </Card>
  );
}
