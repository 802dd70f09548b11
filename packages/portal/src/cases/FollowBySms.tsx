import { useMutation, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, TextField } from '@shabaka/ui';
import { useRef, useState, type FormEvent } from 'react';
import { describeError, type ErrorText } from '../errors';
import { useNoticeLogI18n } from './noticeLogI18n';

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
  const sendCode = (e: FormEvent) => {
    e.preventDefault();
    request.mutate({ ...proof, phone, language: lang });
  };
  const confirmCode = (e: FormEvent) => {
    e.preventDefault();
    confirm.mutate({ ...proof, phone, pin });
  };
  const fieldError = error && (error.fields.phone || error.fields.pin);
  return (
    <Card title={t('noticeLog.follow.title')} headingLevel={2}>
      <div ref={statusRef} tabIndex={-1} role="status" className="shb-stack">
        {step === 'code' && <p>{t('noticeLog.follow.sent', { phone: sentTo })}</p>}
        {step === 'done' && <Alert tone="success">{t('noticeLog.follow.done', { phone: sentTo })}</Alert>}
      </div>
      {step === 'phone' && (
        <form className="shb-stack" onSubmit={sendCode} noValidate>
          <p className="shb-hint">{t('noticeLog.follow.intro')}</p>
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
      )}
      {step === 'code' && (
        <form className="shb-stack" onSubmit={confirmCode} noValidate>
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
      )}
    </Card>
  );
}
