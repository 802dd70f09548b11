import { useMutation, useQueryClient, useTRPC } from '@shabaka/client/react';
import { documentRevokeInput } from '@shabaka/api/schemas';
import { Alert, Button } from '@shabaka/ui';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../../config';
import { ConfirmStep } from '../../desk/Confirm';
import { ScreenHeading } from '../../desk/shared';
import { KitForm, schemaCheck, useKitForm } from '../../forms/kit';
import { useDocumentsI18n } from '../i18n';

/** /staff/documents/revoke/:code — a public reason, then an explicit confirmation. */
export function RevokeScreen({ code }: { code: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useDocumentsI18n();
  const { t } = i18n;
  usePageTitle(`${t('documents.revoke.title', { code })} · ${t('portal.staff.heading')}`);
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation(
    trpc.documents.revoke.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.documents.pathFilter());
      },
      onSettled: () => setConfirming(false),
    }),
  );
  const after = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (revoke.isSuccess) after.current?.focus();
  }, [revoke.isSuccess]);
  const input = (v: { reason: string }) => ({ code, reason: v.reason.trim() });
  const schema = schemaCheck(documentRevokeInput, input, i18n, { router: 'documents' });
  const { form, props } = useKitForm({
    defaultValues: { reason: '' },
    i18n,
    // The reason is checked once confirmed, the step that sends: a refusal brings the form back.
    check: (v) => {
      if (!confirming) return {};
      const found = schema(v);
      if (Object.keys(found).length) setConfirming(false);
      return found;
    },
    submit: async (v) => (confirming ? revoke.mutateAsync({ commune: slug, ...input(v) }) : setConfirming(true)),
  });

  return (
    <div className="shb-stack">
      <ScreenHeading>{t('documents.revoke.title', { code })}</ScreenHeading>
      <div ref={after} tabIndex={-1}>
        {revoke.isSuccess && (
          <Alert tone="success" action={<Link href="/">{t('documents.revoke.cancel')}</Link>}>
            {t('documents.revoke.done', { code })}
          </Alert>
        )}
      </div>
      {!revoke.isSuccess && (
        <KitForm {...props} className="desk-counter-form" busy={revoke.isPending}>
          <p>{t('documents.revoke.intro')}</p>
          <form.AppField name="reason">
            {(field) => (
              <field.TextAreaField
                label={t('documents.revoke.reason')}
                hint={t('documents.revoke.reasonHint')}
                required
                minLength={5}
                maxLength={500}
                rows={3}
                className="desk-textarea"
                readOnly={confirming}
              />
            )}
          </form.AppField>
          {confirming ? (
            <ConfirmStep
              question={t('documents.revoke.confirm', { code })}
              yes={t('documents.revoke.yes')}
              no={t('documents.revoke.no')}
              pending={revoke.isPending}
              onYes={() => void form.handleSubmit()}
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
        </KitForm>
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
