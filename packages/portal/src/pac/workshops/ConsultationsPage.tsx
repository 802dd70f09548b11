import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card } from '@shabaka/ui';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../../config';
import { Loaded } from '../../desk/List';
import { describeError } from '../../errors';
import { usePacI18n } from '../i18n';
import { inLanguage, usePacDates } from '../model';
import '../pac.css';
import './workshops.css';

/** /pac/consultations — the targeted consultations the commune published, with how many opinions are in. */
export default function ConsultationsPage() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t, lang } = i18n;
  const { day } = usePacDates();
  usePageTitle(t('pacWorkshops.consultations.title'));
  const list = useQuery(trpc.pac.consultations.list.queryOptions({ commune: slug }));
  return (
    <div className="shb-stack">
      <p>
        <Link href="/pac">{t('pac.back')}</Link>
      </p>
      <h1>{t('pacWorkshops.consultations.title')}</h1>
      <p>{t('pacWorkshops.consultations.intro')}</p>
      <Loaded
        query={list}
        describe={(e) => describeError(e, i18n, { section: 'pacWorkshops' }).message}
        empty={t('pacWorkshops.consultations.none')}
        isEmpty={(d) => d.length === 0}
      >
        {(items) => (
          <ul className="pac-list">
            {items.map((c) => (
              <li key={c.id}>
                <Card
                  title={
                    <Link href={`/pac/consultations/${c.id}`}>
                      <bdi>{inLanguage(c.subject, lang)}</bdi>
                    </Link>
                  }
                  headingLevel={2}
                >
                  <p className="pw-meta">
                    <strong>{t(`pacWorkshops.consultations.status.${c.status}`)}</strong> ·{' '}
                    {t('pacWorkshops.consultations.dates', { from: day(c.opensOn), to: day(c.closesOn) })}
                  </p>
                  <p className="pw-meta">
                    {t('pacWorkshops.consultations.opinions', { n: c.opinions, total: c.bodies.length })}
                  </p>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </div>
  );
}
