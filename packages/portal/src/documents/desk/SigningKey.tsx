import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, Spinner } from '@shabaka/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { usePageTitle, usePortal } from '../../config';
import { Entry, ScreenHeading } from '../../desk/shared';
import { useDocumentsI18n } from '../i18n';
import { describeDocumentError } from '../model';

/** Where every commune's keys are published (apps/server/src/documents.ts). */
const KEYS_PATH = '/.well-known/shabaka-keys.json';

/** /staff/documents/keys — commune admins: the active key, the retired ones, and rotation with a confirmation. */
export function SigningKeyPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useDocumentsI18n();
  const { t, formatDate } = i18n;
  usePageTitle(`${t('documents.keys.title')} · ${t('portal.staff.heading')}`);
  const keys = useQuery(trpc.signing.publicKeys.queryOptions());
  const [confirming, setConfirming] = useState(false);
  const rotate = useMutation(
    trpc.signing.rotate.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        await queryClient.invalidateQueries(trpc.signing.publicKeys.pathFilter());
      },
    }),
  );
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) yes.current?.focus();
  }, [confirming]);
  const captionId = useId();

  const ours = keys.data?.filter((k) => k.commune === slug) ?? [];
  const active = ours.find((k) => k.status === 'active');
  const retired = ours.filter((k) => k.status === 'retired');
  const when = (d: Date | string) => formatDate(d, { dateStyle: 'long', timeStyle: 'short' });

  let body;
  if (keys.isPending) body = <Spinner />;
  else if (keys.isError)
    body = (
      <Alert
        tone="error"
        action={
          <Button variant="secondary" onClick={() => keys.refetch()}>
            {t('common.retry')}
          </Button>
        }
      >
        {describeDocumentError(keys.error, i18n).message}
      </Alert>
    );
  else
    body = (
      <>
        <Card title={t('documents.keys.current')} headingLevel={3}>
          {active ? (
            <dl className="desk-dl">
              <Entry term={t('documents.keys.id')}>
                <bdi dir="ltr" className="desk-mono" data-testid="signing-key-id">
                  {active.keyId}
                </bdi>
              </Entry>
              <Entry term={t('documents.keys.since')}>{when(active.createdAt)}</Entry>
            </dl>
          ) : (
            <p>{t('documents.keys.none')}</p>
          )}
          {confirming ? (
            <div className="desk-confirm" role="group" aria-label={t('documents.keys.confirm')}>
              <p>{t('documents.keys.confirm')}</p>
              <div className="desk-actions-row">
                <button
                  ref={yes}
                  type="button"
                  className="shb-button shb-button--primary desk-danger"
                  disabled={rotate.isPending}
                  aria-busy={rotate.isPending || undefined}
                  onClick={() => rotate.mutate({ commune: slug })}
                >
                  {t('documents.keys.yes')}
                </button>
                <Button variant="secondary" disabled={rotate.isPending} onClick={() => setConfirming(false)}>
                  {t('documents.keys.no')}
                </Button>
              </div>
            </div>
          ) : (
            <Button
              variant="secondary"
              onClick={() => {
                rotate.reset();
                setConfirming(true);
              }}
            >
              {t('documents.keys.rotate')}
            </Button>
          )}
          <div role="status" className="desk-live">
            {rotate.isSuccess && <div className="shb-alert shb-alert--success">{t('documents.keys.done')}</div>}
          </div>
          {rotate.error && <Alert tone="error">{describeDocumentError(rotate.error, i18n).message}</Alert>}
        </Card>
        {retired.length > 0 && (
          <div className="shb-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
            <table className="shb-table">
              <caption id={captionId}>{t('documents.keys.history')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('documents.keys.id')}</th>
                  <th scope="col">{t('documents.keys.since')}</th>
                  <th scope="col">{t('documents.keys.col.until')}</th>
                </tr>
              </thead>
              <tbody>
                {retired.map((k) => (
                  <tr key={k.keyId}>
                    <th scope="row" className="desk-mono">
                      <bdi dir="ltr">{k.keyId}</bdi>
                    </th>
                    <td>{when(k.createdAt)}</td>
                    <td>{k.retiredAt ? when(k.retiredAt) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </>
    );

  return (
    <div className="shb-stack">
      <ScreenHeading>{t('documents.keys.title')}</ScreenHeading>
      <p>{t('documents.keys.intro')}</p>
      {body}
      <p>
        {t('documents.keys.published')}{' '}
        <a href={KEYS_PATH} target="_blank" rel="noopener">
          {t('documents.keys.publishedLink')}
          <span className="shb-sr-only"> {t('documents.newTab')}</span>
        </a>
      </p>
    </div>
  );
}
