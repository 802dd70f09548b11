import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card } from '@shabaka/ui';
import { useState } from 'react';
import { usePageTitle, usePortal } from '../../config';
import { ConfirmStep } from '../../desk/Confirm';
import { DataTable, Loaded } from '../../desk/List';
import { Entry, ScreenHeading } from '../../desk/shared';
import { useDocumentsI18n } from '../i18n';
import { describeError } from '../../errors';

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

  const ours = keys.data?.filter((k) => k.commune === slug) ?? [];
  const active = ours.find((k) => k.status === 'active');
  const retired = ours.filter((k) => k.status === 'retired');
  const when = (d: Date | string) => formatDate(d, { dateStyle: 'long', timeStyle: 'short' });

  const body = (
    <Loaded query={keys} describe={(e) => describeError(e, i18n).message}>
      {() => (
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
              <ConfirmStep
                question={t('documents.keys.confirm')}
                yes={t('documents.keys.yes')}
                no={t('documents.keys.no')}
                pending={rotate.isPending}
                onYes={() => rotate.mutate({ commune: slug })}
                onNo={() => setConfirming(false)}
              />
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
            {rotate.error && <Alert tone="error">{describeError(rotate.error, i18n).message}</Alert>}
          </Card>
          {retired.length > 0 && (
            <DataTable
              caption={t('documents.keys.history')}
              columns={[t('documents.keys.id'), t('documents.keys.since'), t('documents.keys.col.until')]}
            >
              {retired.map((k) => (
                <tr key={k.keyId}>
                  <th scope="row" className="desk-mono">
                    <bdi dir="ltr">{k.keyId}</bdi>
                  </th>
                  <td>{when(k.createdAt)}</td>
                  <td>{k.retiredAt ? when(k.retiredAt) : ''}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </>
      )}
    </Loaded>
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
