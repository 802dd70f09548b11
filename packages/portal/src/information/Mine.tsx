import { useQuery, useTRPC } from '@shabaka/client/react';
import { EmptyState } from '@shabaka/ui';
import { Link } from 'wouter';
import { CommuneLink, MyItems } from '../MyItems';
import { describeInformationError } from './errors';
import { useInformationI18n } from './i18n';

/**
 * The signed-in citizen's information requests in every commune of the network (account
 * page); each links to its tracking page, where the account stands in for the key.
 */
export function MyInformationRequests() {
  const trpc = useTRPC();
  const i18n = useInformationI18n();
  const { t, lang, formatDate } = i18n;
  const mine = useQuery(trpc.informationRequests.mine.queryOptions());
  return (
    <MyItems
      title={t('information.mine.title')}
      intro={t('information.mine.intro')}
      query={mine}
      describe={(error) => describeInformationError(error, i18n).message}
      empty={
        <EmptyState
          title={t('information.mine.empty')}
          action={<Link href="/information/new">{t('information.intro.file')}</Link>}
        />
      }
    >
      {(r) => (
        <li key={r.code}>
          <CommuneLink commune={r.commune} path={`/information/track/${r.code}`}>
            <bdi dir="ltr">{r.code}</bdi>
          </CommuneLink>
          {' — '}
          <bdi>{r.subject}</bdi>
          {' · '}
          {r.communeNames[lang] || r.commune}
          {' · '}
          <strong>{t(`information.state.${r.state}`)}</strong>
          {' · '}
          {t('information.mine.due', { date: formatDate(r.dueAt, { dateStyle: 'medium' }) })}
        </li>
      )}
    </MyItems>
  );
}
