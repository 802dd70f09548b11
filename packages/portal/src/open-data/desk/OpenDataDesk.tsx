import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card } from '@shabaka/ui';
import { useState } from 'react';
import { usePageTitle, usePortal } from '../../config';
import { Loaded } from '../../desk/List';
import { ScreenHeading } from '../../desk/shared';
import { describeError } from '../../errors';
import { useOpenDataI18n } from '../i18n';
import type { CatalogueEntry } from '../model';
import '../open-data.css';

/**
 * /staff/open-data — publish a new version of each dataset: its data as they are now, frozen at a
 * stable address. The server refuses a version identical to the last one, in words under it.
 */
export default function OpenDataDesk() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useOpenDataI18n();
  const { t } = i18n;
  usePageTitle(t('openData.desk.title'));
  const catalogue = useQuery(trpc.openData.catalogue.queryOptions({ commune: slug }));
  return (
    <section className="shb-stack">
      <ScreenHeading>{t('openData.desk.title')}</ScreenHeading>
      <p>{t('openData.desk.intro')}</p>
      <Loaded query={catalogue} describe={(e) => describeError(e, i18n, { section: 'openData' }).message}>
        {(list) => (
          <ul className="od-list">
            {list.map((d) => (
              <li key={d.id}>
                <PublishCard entry={d} />
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}

function PublishCard({ entry }: { entry: CatalogueEntry }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useOpenDataI18n();
  const { t, lang, formatDate } = i18n;
  const [done, setDone] = useState<{ version: number; rows: number } | null>(null);
  const publish = useMutation(
    trpc.openData.publish.mutationOptions({
      onSuccess: async (r) => {
        setDone({ version: r.version, rows: r.rows });
        await queryClient.invalidateQueries(trpc.openData.pathFilter());
      },
    }),
  );
  const title = entry.title[lang];
  return (
    <Card title={title} headingLevel={2}>
      <p className="od-meta">
        {entry.latest
          ? t('openData.latest', {
              version: entry.latest.version,
              date: formatDate(entry.latest.publishedAt, { dateStyle: 'long' }),
              rows: entry.latest.rows,
            })
          : t('openData.notYet')}
      </p>
      <div>
        <Button
          type="button"
          busy={publish.isPending}
          onClick={() => {
            setDone(null);
            publish.mutate({ commune: slug, dataset: entry.id });
          }}
        >
          {t('openData.desk.publish', { title })}
        </Button>
      </div>
      {done && (
        <Alert tone="success">{t('openData.desk.published', { version: done.version, title, rows: done.rows })}</Alert>
      )}
      {publish.error && (
        <Alert tone="error">{describeError(publish.error, i18n, { section: 'openData' }).message}</Alert>
      )}
    </Card>
  );
}
