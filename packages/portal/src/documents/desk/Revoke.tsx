import { useMutation, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button } from '@shabaka/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../../config';
import { ConfirmStep } from '../../desk/Confirm';
import { ScreenHeading } from '../../desk/shared';
import { TextAreaField } from '@shabaka/ui';
import { useDocumentsI18n } from '../i18n';
import { describeError } from '../../errors';

/** /staff/documents/revoke/:code — a public reason, then an explicit confirmation. */
export function RevokeScreen({ code }: { code: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useDocumentsI18n();
  const { t } = i18n;
  usePageTitle(`${t('documents.revoke.title', { code })} · ${t('portal.staff.heading')}`);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation(
    trpc.documents.revoke.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.documents.pathFilter());
      },
    }),
  );
  const error = revoke.error ? describeError(revoke.error, i18n) : null;
  const after = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (revoke.isSuccess || revoke.isError) after.current?.focus();
  }, [revoke.isSuccess, revoke.isError]);

  const ask = (e: FormEvent) => {
    e.preventDefault();
    revoke.reset();
    setConfirming(true);
  };
  const confirm = () =>
    revoke.mutate({ commune: slug, code, reason: reason.trim() }, { onSettled: () => setConfirming(false) });

  return (
    <div className="shb-stack">
      <ScreenHeading>{t('documents.revoke.title', { code })}</ScreenHeading>
      <div ref={after} tabIndex={-1}>
        {revoke.isSuccess && (
          <Alert tone="success" action={<Link href="/">{t('documents.revoke.cancel')}</Link>}>
            {t('documents.revoke.done', { code })}
          </Alert>
        )}
        {error && <Alert tone="error">{error.message}</Alert>}
      </div>
      {!revoke.isSuccess && (
        <form onSubmit={ask} noValidate className="desk-counter-form">
          <p>{t('documents.revoke.intro')}</p>
          <TextAreaField
            label={t('documents.revoke.reason')}
            hint={t('documents.revoke.reasonHint')}
            name="reason"
            required
            minLength={5}
            maxLength={500}
            rows={3}
            className="desk-textarea"
            value={reason}
            readOnly={confirming}
            onChange={(e) => setReason(e.target.value)}
            error={error?.fields.reason}
          />
          {confirming ? (
            <ConfirmStep
              question={t('documents.revoke.confirm', { code })}
              yes={t('documents.revoke.yes')}
              no={t('documents.revoke.no')}
              pending={revoke.isPending}
              onYes={confirm}
              onNo={() => setConfirming(false)}
            />
          ) : (
            <div className="desk-actions-row">
              <Button type="submit" variant="secondary" className="desk-danger-outline">
                {t('documents.revoke.submit')}
              </Button>
              <Link href="/">{t('documents.revoke.cancel')}</Link>
            </div>
          )}
        </form>
      )}
      <p className="desk-muted">
        <a href={`/verify/${encodeURIComponent(code)}`} target="_blank" rel="noopener">
          {t('documents.list.verifyNamed', { code })}
          <span className="shb-sr-only"> {t('documents.newTab')}</span>
        </a>
      </p>
    </div>
  );
}
