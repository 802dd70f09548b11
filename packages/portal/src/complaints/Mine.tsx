import { useTRPC } from '@shabaka/client/react';
import { EmptyState } from '@shabaka/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { CommuneLink, MyItems } from '../MyItems';
import { describeComplaintError } from './errors';
import { useComplaintsI18n } from './i18n';
import '../page.css';
import './complaints.css';

/**
 * The signed-in citizen's complaints in every commune of the network; each links to its
 * tracking page on its own commune's portal.
 */
export function MyComplaints() {
  const trpc = useTRPC();
  const i18n = useComplaintsI18n();
  const { t, lang, formatDate } = i18n;
  const mine = useQuery(trpc.complaints.mine.queryOptions());
  return (
    <MyItems
      title={t('complaints.mine.title')}
      intro={t('complaints.mine.intro')}
      query={mine}
      describe={(error) => describeComplaintError(error, i18n).message}
      empty={
        <EmptyState
          title={t('complaints.mine.empty')}
          action={<Link href="/complaints/new">{t('complaints.home.submit')}</Link>}
        />
      }
      listClassName="cx-list"
    >
      {(c) => (
        <li key={c.code}>
          <CommuneLink commune={c.commune} path={`/track/${c.code}`}>
            <bdi dir="ltr">{c.code}</bdi>
          </CommuneLink>
          <span>{c.communeNames[lang] || c.commune}</span>
          <span>{c.categoryNames[lang] || c.categoryNames.fr}</span>
          <span className={`cx-stage-tag cx-stage-tag--${c.stage}`}>{t(`complaints.stage.${c.stage}`)}</span>
          <span>{formatDate(c.createdAt, { dateStyle: 'medium' })}</span>
        </li>
      )}
    </MyItems>
  );
}
