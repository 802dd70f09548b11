import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card, Spinner } from '@shabaka/ui';
import { lazy, Suspense } from 'react';
import { Link, Route, Switch } from 'wouter';
import { usePageTitle, usePortal } from '../../../config';
import { Loaded } from '../../../desk/List';
import { ScreenHeading } from '../../../desk/shared';
import { describeError } from '../../../errors';
import { usePacI18n } from '../../i18n';
import { inLanguage } from '../../model';
import { whenText } from '../model';
import '../workshops.css';

const WorkshopForm = lazy(() => import('./WorkshopForm'));
const WorkshopDesk = lazy(() => import('./WorkshopDesk'));

/** The desk's workshops (/staff/pac/workshops): the list, a new one, one workshop's keying. */
export default function WorkshopsDesk() {
  return (
    <Suspense fallback={<Spinner />}>
      <Switch>
        <Route path="/new">{() => <WorkshopForm />}</Route>
        <Route path="/:id/edit">{(p) => <WorkshopForm key={p.id} id={p.id} />}</Route>
        <Route path="/:id">{(p) => <WorkshopDesk key={p.id} id={p.id} />}</Route>
        <Route component={List} />
      </Switch>
    </Suspense>
  );
}

function List() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t, lang } = i18n;
  usePageTitle(t('pacWorkshops.desk.title'));
  const list = useQuery(trpc.pac.workshops.staffList.queryOptions({ commune: slug }));
  return (
    <section className="shb-stack">
      <ScreenHeading>{t('pacWorkshops.desk.title')}</ScreenHeading>
      <p>
        <Link href="/new">{t('pacWorkshops.desk.new')}</Link>
      </p>
      <Loaded
        query={list}
        describe={(e) => describeError(e, i18n, { section: 'pacWorkshops' }).message}
        empty={t('pacWorkshops.desk.none')}
        isEmpty={(d) => d.length === 0}
      >
        {(items) => (
          <ul className="pac-list">
            {items.map((w) => (
              <li key={w.id}>
                <Card
                  title={
                    <Link href={`/${w.id}`}>
                      <bdi>{inLanguage(w.title, lang)}</bdi>
                    </Link>
                  }
                  headingLevel={3}
                >
                  <p className="pw-meta">
                    <strong>{t(`pacWorkshops.desk.status.${w.status}`)}</strong> · {t(`pacWorkshops.kind.${w.kind}`)}
                  </p>
                  <p className="pw-meta">{whenText(i18n, w)}</p>
                  <p className="pw-meta">
                    {t('pacWorkshops.register.count', { n: w.registered, capacity: w.capacity })}
                  </p>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}
