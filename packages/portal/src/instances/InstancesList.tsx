import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card } from '@shabaka/ui';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { Loaded } from '../desk/List';
import { describeError } from '../errors';
import { useInstancesI18n } from './i18n';
import { inLang } from './model';
import './instances.css';

/** /instances — the network's transparency committee (on every portal) and the commune's own instances. */
export default function InstancesList() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useInstancesI18n();
  const { t, lang } = i18n;
  usePageTitle(t('instances.title'));
  const list = useQuery(trpc.instances.list.queryOptions({ commune: slug }));
  return (
    <div className="shb-stack">
      <h1>{t('instances.title')}</h1>
      <p>{t('instances.intro')}</p>
      <Loaded
        query={list}
        describe={(e) => describeError(e, i18n, { section: 'instances' }).message}
        empty={t('instances.empty')}
        isEmpty={(d) => d.length === 0}
      >
        {(data) => (
          <ul className="inst-list">
            {data.map((i) => (
              <li key={i.id}>
                <Card title={<Link href={`/instances/${i.id}`}>{inLang(i.name, lang)}</Link>} headingLevel={2}>
                  <p className="inst-meta">
                    {t(`instances.kind.${i.kind}`)} ·{' '}
                    {t(i.scope === 'network' ? 'instances.network' : 'instances.commune')}
                  </p>
                  <p className="inst-text">{inLang(i.mandate, lang)}</p>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </div>
  );
}
