import { useTRPC } from '@shabaka/client/react';
import { Alert, Button, EmptyState, Spinner } from '@shabaka/ui';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link, Route, Switch } from 'wouter';
import { usePageTitle, usePortal } from '../../config';
import { ScreenHeading } from '../../desk/shared';
import { useProceduresI18n } from '../i18n';
import { describeProceduresError, inLang } from '../model';
import '../procedures.css';

const EditScreen = lazy(() => import('./Edit'));
const VersionScreen = lazy(() => import('./Version'));
const PlacesList = lazy(() => import('./Places').then((m) => ({ default: m.PlacesDeskList })));
const PlaceEdit = lazy(() => import('./Places').then((m) => ({ default: m.PlaceDeskEdit })));

/** The commune's procedures, with the fields it sets itself. */
function ListScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useProceduresI18n();
  const { t, lang, formatList } = i18n;
  usePageTitle(t('procedures.desk.title'));
  const list = useQuery(trpc.procedures.list.queryOptions({ commune: slug }));
  const caption = t('procedures.desk.caption');

  return (
    <section className="shb-stack">
      <ScreenHeading>{t('procedures.desk.title')}</ScreenHeading>
      <p>{t('procedures.desk.intro')}</p>
      <p>
        <Link href="/places">{t('procedures.points.title')}</Link>
      </p>
      {list.isPending ? (
        <Spinner />
      ) : list.isError ? (
        <Alert
          tone="error"
          action={
            <Button variant="secondary" onClick={() => list.refetch()}>
              {t('common.retry')}
            </Button>
          }
        >
          {describeProceduresError(list.error, i18n).message}
        </Alert>
      ) : list.data.length === 0 ? (
        <EmptyState title={t('procedures.browse.empty')} />
      ) : (
        <div className="shb-table-wrap" tabIndex={0} role="region" aria-label={caption}>
          <table className="shb-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('procedures.desk.col.name')}</th>
                <th scope="col">{t('procedures.desk.col.own')}</th>
                <th scope="col">{t('procedures.desk.col.version')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((p) => (
                <tr key={p.code}>
                  <th scope="row">
                    <Link href={`/${p.code}`}>{inLang(p.names, lang)}</Link>
                  </th>
                  <td>{p.overridden.length ? formatList(p.overridden.map((f) => t(`procedures.field.${f}`))) : '—'}</td>
                  <td>{p.overrideVersion}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** /staff/procedures/* — list, edit one procedure's values, its history and past versions (paths relative to the tab). */
export default function ProceduresDesk() {
  return (
    <Suspense fallback={<Spinner />}>
      <Switch>
        <Route path="/" component={ListScreen} />
        <Route path="/places" component={PlacesList} />
        <Route path="/places/:id">{(params) => <PlaceEdit key={params.id} id={params.id} />}</Route>
        <Route path="/:code/versions/:version">{(params) => <VersionScreen code={params.code} version={Number(params.version)} />}</Route>
        <Route path="/:code">{(params) => <EditScreen key={params.code} code={params.code} />}</Route>
      </Switch>
    </Suspense>
  );
}
