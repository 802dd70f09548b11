import { useQuery, useTRPC } from '@shabaka/client/react';
import { CaseMine } from '../cases/CaseMine';
import { useComplaintsI18n } from './i18n';
import '../page.css';
import './complaints.css';
import { describeError } from '../errors';

/** The signed-in citizen's complaints in every commune of the network (account page). */
export function MyComplaints() {
  const trpc = useTRPC();
  const i18n = useComplaintsI18n();
  const { t, lang, formatDate } = i18n;
  const mine = useQuery(trpc.complaints.mine.queryOptions());
  return (
    <CaseMine
      title={t('complaints.mine.title')}
      intro={t('complaints.mine.intro')}
      query={mine}
      describe={(error) => describeError(error, i18n).message}
      empty={t('complaints.mine.empty')}
      file={{ label: t('complaints.home.submit'), href: '/complaints/new' }}
      listClassName="cx-list"
      trackPath={(code) => `/track/${code}`}
    >
      {(c) => (
        <>
          <span>{c.communeNames[lang] || c.commune}</span>
          <span>{c.categoryNames[lang] || c.categoryNames.fr}</span>
          <span className={`cx-stage-tag cx-stage-tag--${c.stage}`}>{t(`complaintsGlossary.stage.${c.stage}`)}</span>
          <span>{formatDate(c.createdAt, { dateStyle: 'medium' })}</span>
        </>
      )}
    </CaseMine>
  );
}
