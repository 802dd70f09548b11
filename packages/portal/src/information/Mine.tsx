import { useQuery, useTRPC } from '@shabaka/client/react';
import { CaseMine } from '../cases/CaseMine';
import { useInformationI18n } from './i18n';
import { describeError } from '../errors';

/** The signed-in citizen's information requests in every commune of the network (account page). */
export function MyInformationRequests() {
  const trpc = useTRPC();
  const i18n = useInformationI18n();
  const { t, lang, formatDate } = i18n;
  const mine = useQuery(trpc.informationRequests.mine.queryOptions());
  return (
    <CaseMine
      title={t('information.mine.title')}
      intro={t('information.mine.intro')}
      query={mine}
      describe={(error) => describeError(error, i18n).message}
      empty={t('information.mine.empty')}
      file={{ label: t('information.intro.file'), href: '/information/new' }}
      trackPath={(code) => `/information/track/${code}`}
    >
      {(r) => (
        <>
          {' — '}
          <bdi>{r.subject}</bdi>
          {' · '}
          {r.communeNames[lang] || r.commune}
          {' · '}
          <strong>{t(`information.state.${r.state}`)}</strong>
          {' · '}
          {t('information.mine.due', { date: formatDate(r.dueAt, { dateStyle: 'medium' }) })}
        </>
      )}
    </CaseMine>
  );
}
