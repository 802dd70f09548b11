import { useQuery, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, EmptyState, Spinner } from '@shabaka/ui';
import { Link } from 'wouter';
import { usePortal } from '../config';
import { describeInformationError } from './errors';
import { useInformationI18n } from './i18n';

/**
 * The signed-in citizen's information requests in every commune of the network (account
 * page); each links to its tracking page, where the account stands in for the key.
 */
export function MyInformationRequests() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useInformationI18n();
  const { t, lang, formatDate } = i18n;
  const mine = useQuery(trpc.informationRequests.mine.queryOptions());

  let body;
  if (mine.isPending) body = <Spinner />;
  else if (mine.isError)
    body = (
      <Alert
        tone="error"
        action={
          <Button variant="secondary" onClick={() => mine.refetch()}>
            {t('common.retry')}
          </Button>
        }
      >
        {describeInformationError(mine.error, i18n).message}
      </Alert>
    );
  else if (mine.data.length === 0)
    body = <EmptyState title={t('information.mine.empty')} action={<Link href="/information/new">{t('information.intro.file')}</Link>} />;
  else
    body = (
      <ul>
        {mine.data.map((r) => {
          const label = <bdi dir="ltr">{r.code}</bdi>;
          const href = `/information/track/${r.code}`;
          return (
            <li key={r.code}>
              {/* Same portal: client-side; another commune's portal: a full page load. */}
              {r.commune === slug ? <Link href={href}>{label}</Link> : <a href={`/${r.commune}${href}`}>{label}</a>}
              {' — '}
              <bdi>{r.subject}</bdi>
              {' · '}
              {r.communeNames[lang] || r.commune}
              {' · '}
              <strong>{t(`information.state.${r.state}`)}</strong>
              {' · '}
              {t('information.mine.due', { date: formatDate(r.dueAt, { dateStyle: 'medium' }) })}
            </li>
          );
        })}
      </ul>
    );

  return (
    <Card title={t('information.mine.title')}>
      <p>{t('information.mine.intro')}</p>
      {body}
    </Card>
  );
}
