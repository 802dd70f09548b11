import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card, Spinner } from '@shabaka/ui';
import { lazy, Suspense } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { usePageTitle, usePortal } from '../../../config';
import { Loaded } from '../../../desk/List';
import { LinkNav, ScreenHeading } from '../../../desk/shared';
import { describeError } from '../../../errors';
import { inLanguage } from '../../model';
import { usePacProposalsI18n } from '../i18n';
import { SECTION, stageText, useDay } from '../model';
import '../proposals.css';

const ConsultationForm = lazy(() => import('./ConsultationForm'));
const ConsultationDesk = lazy(() => import('./ConsultationDesk'));

/** The desk's prioritisation section: the consultations, one's proposals and paper ballots, the form. */
export default function PrioritiesDesk() {
  const { t } = usePacProposalsI18n();
  const [location] = useLocation();
  const items = [
    { href: '/', label: t('pacProposals.desk.list') },
    { href: '/new', label: t('pacProposals.desk.new') },
  ].map((i) => ({ ...i, active: location === i.href }));
  return (
    <div className="shb-stack">
      <LinkNav label={t('pacProposals.desk.nav')} className="pac-nav" items={items} />
      <Suspense fallback={<Spinner />}>
        <Switch>
          <Route path="/new">{() => <ConsultationForm />}</Route>
          <Route path="/:id/edit">{(p) => <ConsultationForm id={p.id} />}</Route>
          <Route path="/:id">{(p) => <ConsultationDesk id={p.id} />}</Route>
          <Route component={ListScreen} />
        </Switch>
      </Suspense>
    </div>
  );
}

function ListScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacProposalsI18n();
  const { t, lang, formatNumber } = i18n;
  const day = useDay();
  usePageTitle(t('pacProposals.desk.title'));
  const list = useQuery(trpc.pac.proposals.staffConsultations.queryOptions({ commune: slug }));
  return (
    <section className="shb-stack">
      <ScreenHeading>{t('pacProposals.desk.title')}</ScreenHeading>
      <Loaded
        query={list}
        describe={(e) => describeError(e, i18n, SECTION).message}
        empty={t('pacProposals.desk.none')}
        isEmpty={(d) => d.length === 0}
      >
        {(data) => (
          <ul className="pp-list">
            {data.map((k) => (
              <li key={k.id}>
                <Card title={<bdi>{inLanguage(k.title, lang)}</bdi>} headingLevel={3}>
                  <p>
                    <strong>{stageText(t, day, k)}</strong>
                  </p>
                  <p>
                    {t('pacProposals.desk.counts', {
                      submitted: formatNumber(k.counts.submitted),
                      admissible: formatNumber(k.counts.admissible),
                      inadmissible: formatNumber(k.counts.inadmissible),
                      voters: formatNumber(k.voters),
                    })}
                  </p>
                  <ul className="shb-row">
                    <li>
                      <Link href={`/${k.id}`}>{t('pacProposals.desk.proposals')}</Link>
                    </li>
                    {(k.stage === 'upcoming' || k.stage === 'collecting' || k.stage === 'review') && (
                      <li>
                        <Link href={`/${k.id}/edit`}>{t('pacProposals.desk.edit')}</Link>
                      </li>
                    )}
                  </ul>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}
