import { useTRPC } from '@shabaka/client/react';
import { Spinner } from '@shabaka/ui';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link, Route, Switch } from 'wouter';
import { usePageTitle, usePortal } from '../../config';
import { DataTable, Loaded } from '../../desk/List';
import { ScreenHeading } from '../../desk/shared';
import { useProceduresI18n } from '../i18n';
import { inLang } from '../model';
import '../procedures.css';
import { describeError } from '../../errors';

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

  return (
    <section className="shb-stack">
      <ScreenHeading>{t('procedures.desk.title')}</ScreenHeading>
      <p>{t('procedures.desk.intro')}</p>
      <p>
        <Link href="/places">{t('procedures.points.title')}</Link>
      </p>
      <Loaded
        query={list}
        describe={(e) => describeError(e, i18n).message}
        empty={t('procedures.browse.empty')}
        isEmpty={(d) => d.length === 0}
      >
        {(data) => (
          <DataTable
            caption={t('procedures.desk.caption')}
            columns={[t('procedures.desk.col.name'), t('procedures.desk.col.own'), t('procedures.desk.col.version')]}
          >
            {data.map((p) => (
              <tr key={p.code}>
                <th scope="row">
                  <Link href={`/${p.code}`}>{inLang(p.names, lang)}</Link>
                </th>
                <td>{p.overridden.length ? formatList(p.overridden.map((f) => t(`procedures.field.${f}`))) : '—'}</td>
                <td>{p.overrideVersion}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Loaded>
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
        <Route path="/:code/versions/:version">
          {(params) => <VersionScreen code={params.code} version={Number(params.version)} />}
        </Route>
        <Route path="/:code">{(params) => <EditScreen key={params.code} code={params.code} />}</Route>
      </Switch>
    </Suspense>
  );
}
