import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card } from '@shabaka/ui';
import { Suspense } from 'react';
import { usePortal } from '../config';
import { useInstancesI18n } from './i18n';
import { inLang } from './model';

/**
 * The formal opinions of the commune's instances (the IEECAG, 113-14 art. 120) on a subject of another section,
 * published with it: a call's page, a PAC project's, a budget line's. Nothing shows while there is none; the
 * instances' words load with it.
 */
export function OpinionsOn(props: { subjectType: 'pac_project' | 'call'; subjectId: string }) {
  return (
    <Suspense fallback={null}>
      <Opinions {...props} />
    </Suspense>
  );
}

function Opinions({ subjectType, subjectId }: { subjectType: 'pac_project' | 'call'; subjectId: string }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { t, lang, formatDate } = useInstancesI18n();
  const opinions = useQuery(trpc.instances.opinionsOn.queryOptions({ commune: slug, subjectType, subjectId }));
  if (!opinions.data || opinions.data.length === 0) return null;
  return (
    <Card title={t('instances.opinions.heading')} headingLevel={2}>
      <ul>
        {opinions.data.map((o) => (
          <li key={o.id}>
            <p>
              <strong>{inLang(o.instanceName, lang)}</strong> —{' '}
              {t('instances.opinions.given', {
                stance: t(`instances.stance.${o.stance}`),
                date: formatDate(`${o.givenOn}T12:00:00Z`, { dateStyle: 'long' }),
              })}
            </p>
            <p className="inst-text">{inLang(o.text, lang)}</p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
