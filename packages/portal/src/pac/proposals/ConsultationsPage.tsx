import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card } from '@shabaka/ui';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../../config';
import { Loaded } from '../../desk/List';
import { describeError } from '../../errors';
import { inLanguage } from '../model';
import { usePacProposalsI18n } from './i18n';
import { SECTION, stageText, useDay } from './model';
import './proposals.css';

/** /pac/priorities — the commune's prioritisation consultations, where each stands. */
export default function ConsultationsPage() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacProposalsI18n();
  const { t, lang } = i18n;
  const day = useDay();
  usePageTitle(t('pacProposals.title'));
  const list = useQuery(trpc.pac.proposals.consultations.queryOptions({ commune: slug }));
  return (
    <div className="shb-stack">
      <p>
        <Link href="/pac">{t('pacProposals.backToPlan')}</Link>
      </p>
      <h1>{t('pacProposals.title')}</h1>
      <p>{t('pacProposals.intro')}</p>
      <Loaded
        query={list}
        describe={(e) => describeError(e, i18n, SECTION).message}
        empty={t('pacProposals.none')}
        isEmpty={(d) => d.length === 0}
      >
        {(data) => (
          <ul className="pp-list">
            {data.map((k) => {
              const title = inLanguage(k.title, lang);
              return (
                <li key={k.id}>
                  <Card title={<bdi>{title}</bdi>} headingLevel={2}>
                    <p className="pp-text">
                      <bdi>{inLanguage(k.question, lang)}</bdi>
                    </p>
                    <p>
                      <strong>{stageText(t, day, k)}</strong>
                    </p>
                    <p>
                      <Link href={`/pac/priorities/${k.id}`}>{t('pacProposals.open', { title })}</Link>
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
