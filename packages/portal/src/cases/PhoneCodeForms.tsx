import { Alert, Button, TextField } from '@shabaka/ui';
import type { FormEvent, ReactNode } from 'react';
import type { ErrorText } from '../errors';
import { useNoticeLogI18n } from './noticeLogI18n';

/*
 * The two steps of confirming a mobile number with a code sent by SMS, shared by following a
 * case (FollowBySms) and listing a phone's cases (PhoneCases): the number, then the code. An
 * error about a field lands on it; any other shows under the form.
 */

interface StepProps {
  value: string;
  onChange: (value: string) => void;
  error: ErrorText | null;
  busy: boolean;
  onSubmit: () => void;
}

const otherError = (error: ErrorText | null) =>
  error && !(error.fields.phone || error.fields.pin) ? <Alert tone="error">{error.message}</Alert> : null;

const submitted = (onSubmit: () => void) => (e: FormEvent) => {
  e.preventDefault();
  onSubmit();
};

export function PhoneStep({ intro, ...p }: StepProps & { intro: ReactNode }) {
  const { t } = useNoticeLogI18n();
  return (
    <form className="shb-stack" onSubmit={submitted(p.onSubmit)} noValidate>
      {intro}
      <TextField
        label={t('noticeLog.follow.phone')}
        hint={t('noticeLog.follow.phoneHint')}
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        dir="ltr"
        required
        value={p.value}
        onChange={(e) => p.onChange(e.target.value)}
        error={p.error?.fields.phone}
      />
      {otherError(p.error)}
      <div className="cx-row">
        <Button type="submit" busy={p.busy}>
          {t('noticeLog.follow.send')}
        </Button>
      </div>
    </form>
  );
}

export function CodeStep({ onAgain, ...p }: StepProps & { onAgain: () => void }) {
  const { t } = useNoticeLogI18n();
  return (
    <form className="shb-stack" onSubmit={submitted(p.onSubmit)} noValidate>
      <TextField
        label={t('noticeLog.follow.code')}
        hint={t('noticeLog.follow.codeHint')}
        name="pin"
        inputMode="numeric"
        autoComplete="one-time-code"
        dir="ltr"
        maxLength={7}
        required
        value={p.value}
        onChange={(e) => p.onChange(e.target.value)}
        error={p.error?.fields.pin}
      />
      {otherError(p.error)}
      <div className="cx-row">
        <Button type="submit" busy={p.busy}>
          {t('noticeLog.follow.confirm')}
        </Button>
        <Button variant="secondary" onClick={onAgain}>
          {t('noticeLog.follow.again')}
        </Button>
      </div>
    </form>
  );
}
