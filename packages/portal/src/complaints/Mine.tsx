import { useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, EmptyState, Spinner } from '@shabaka/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { usePortal } from '../config';
import { describeComplaintError } from './errors';
import { useComplaintsI18n } from './i18n';
import './complaints.css';

/**
 * The signed-in citizen's complaints in every commune of the network; each links to its
 * tracking page on its own commune's portal.
 */
export function MyComplaints() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useComplaintsI18n();
  const { t, lang, formatDate } = i18n;
  const mine = useQuery(trpc.complaints.mine.queryOptions());

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
        {describeComplaintError(mine.error, i18n).message}
      </Alert>
    );
  else if (mine.data.length === 0)
    body = <EmptyState title={t('complaints.mine.empty')} action={<Link href="/complaints/new">{t('complaints.home.submit')}</Link>} />;
  else
    body = (
      <ul className="cx-list">
        {mine.data.map((c) => {
          const label = <bdi dir="ltr">{c.code}</bdi>;
          return (
            <li key={c.code}>
              {/* Same portal: client-side; another commune's portal: a full page load. */}
              {c.commune === slug ? <Link href={`/track/${c.code}`}>{label}</Link> : <a href={`/${c.commune}/track/${c.code}`}>{label}</a>}
              <span>{c.communeNames[lang] || c.commune}</span>
              <span>{c.categoryNames[lang] || c.categoryNames.fr}</span>
              <span className={`cx-stage-tag cx-stage-tag--${c.stage}`}>{t(`complaints.stage.${c.stage}`)}</span>
              <span>{formatDate(c.createdAt, { dateStyle: 'medium' })}</span>
            </li>
          );
        })}
      </ul>
    );

  return (
    <Card title={t('complaints.mine.title')}>
      <p>{t('complaints.mine.intro')}</p>
      {body}
    </Card>
  );
}
