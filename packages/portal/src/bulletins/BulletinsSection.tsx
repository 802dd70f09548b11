import { periodLabel } from '@shabaka/api/schemas';
import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card } from '@shabaka/ui';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { Loaded } from '../desk/List';
import { describeError } from '../errors';
import { useBulletinsI18n } from './i18n';
import './bulletins.css';

/** /bulletins — the archive: every published bulletin, newest period first, each at its stable address. */
export default function BulletinsSection() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useBulletinsI18n();
  const { t, formatDate } = i18n;
  usePageTitle(t('bulletins.title'));
  const archive = useQuery(trpc.bulletins.archive.queryOptions({ commune: slug }));
  return (
    <div className="shb-stack">
      <h1>{t('bulletins.title')}</h1>
      <p>{t('bulletins.intro')}</p>
      <h2>{t('bulletins.archive')}</h2>
      <Loaded
        query={archive}
        describe={(e) => describeError(e, i18n, { section: 'bulletins' }).message}
        empty={t('bulletins.empty')}
        isEmpty={(d) => d.length === 0}
      >
        {(data) => (
          <ul className="bl-list">
            {data.map((b) => {
              const period = periodLabel(i18n, b);
              return (
                <li key={b.period}>
                  <Card title={period} headingLevel={3}>
                    <p className="shb-hint">
                      {t('bulletins.approvedOn', { date: formatDate(b.approvedAt, { dateStyle: 'long' }) })}
                    </p>
                    <p>
                      <Link href={`/bulletins/${b.period}`}>{t('bulletins.open', { period })}</Link>
                    </p>
                  </Card>
                </li>
              );
            })}
          </ul>
        )}
      </Loaded>
    </div>
  );
}
