import { useTRPC } from '@shabaka/client/react';
import { Alert, Card, EmptyState, Spinner } from '@shabaka/ui';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link, Route, Switch, useLocation, useRouter } from 'wouter';
import { useMe } from '../auth';
import { QueueMemoryProvider } from '../cases/queueMemory';
import { QueryError } from '../QueryError';
import { usePageTitle, usePortal } from '../config';
import { useDeskAccess, type DeskAccess } from '../desk/access';
import { useDesk } from '../desk/i18n';
import { DataTable } from '../desk/List';
import { LinkNav, ScreenHeading, type NavItem } from '../desk/shared';
import { errorCode } from '../errors';
import '../desk/desk.css';

// Each tab is its own chunk: an agent who only works the queue never loads the others.
const QueueScreen = lazy(() => import('../desk/Queue').then((m) => ({ default: m.QueueScreen })));
const DetailScreen = lazy(() => import('../desk/Detail').then((m) => ({ default: m.DetailScreen })));
const CounterScreen = lazy(() => import('../desk/Counter').then((m) => ({ default: m.CounterScreen })));
const ModerationScreen = lazy(() => import('../desk/Moderation').then((m) => ({ default: m.ModerationScreen })));
const ApiKeysScreen = lazy(() => import('../desk/ApiKeys').then((m) => ({ default: m.ApiKeysScreen })));
const InformationDesk = lazy(() => import('../information/desk/InformationDesk'));
const DocumentsDesk = lazy(() => import('../documents/desk/DocumentsDesk'));
const ProceduresDesk = lazy(() => import('../procedures/desk/ProceduresDesk'));

/** The commune's departments and staff: the home tab of those who do not work the queue. */
function StaffOverview() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useDesk();
  const { t, lang, formatList } = i18n;
  const overview = useQuery(trpc.staff.overview.queryOptions({ commune: slug }, { retry: false }));
  usePageTitle(`${t('desk.tab.team')} · ${t('portal.staff.heading')}`);

  let body;
  if (overview.isPending) body = <Spinner />;
  else if (overview.isError) {
    body =
      errorCode(overview.error) === 'FORBIDDEN' ? (
        <Alert tone="warning">{t('portal.staff.notAuthorised')}</Alert>
      ) : (
        <QueryError error={overview.error} retry={overview.refetch} />
      );
  } else {
    const { roles, departments, members } = overview.data;
    const roleNames = (list: string[]) => formatList(list.map((r) => t(`portal.role.${r}`)));
    body = (
      <>
        <p>{t('portal.staff.yourRoles', { roles: roleNames(roles) })}</p>
        <Card title={t('portal.staff.departments')} headingLevel={3}>
          {departments.length === 0 ? (
            <EmptyState title={t('portal.staff.departmentsEmpty')} />
          ) : (
            <ul>
              {departments.map((d) => (
                <li key={d.id}>{d.names[lang]}</li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t('portal.staff.members')} headingLevel={3}>
          <p>{t('portal.staff.memberCount', { count: members.length })}</p>
          {members.length === 0 ? (
            <EmptyState title={t('portal.staff.membersEmpty')} />
          ) : (
            <DataTable
              caption={t('portal.staff.membersCaption')}
              columns={[t('portal.staff.col.name'), t('portal.staff.col.email'), t('portal.staff.col.roles')]}
            >
              {members.map((m) => (
                <tr key={m.userId}>
                  <th scope="row">{m.displayName}</th>
                  <td>
                    <bdi>{m.email}</bdi>
                  </td>
                  <td>{roleNames(m.roles)}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </Card>
      </>
    );
  }

  return (
    <div className="shb-stack">
      <ScreenHeading>{t('desk.tab.team')}</ScreenHeading>
      {body}
    </div>
  );
}

/** Only the tabs the account's roles allow; the server checks each call again. */
function DeskTabs({ access }: { access: DeskAccess }) {
  const { t } = useDesk();
  const [location] = useLocation();
  const queueActive = location.startsWith('/complaints') || (location === '/' && access.process);
  const tabs: NavItem[] = [
    ...(access.process
      ? [
          { href: '/complaints', label: t('desk.tab.queue'), active: queueActive },
          { href: '/counter', label: t('desk.tab.counter'), active: location === '/counter' },
        ]
      : []),
    ...(access.information
      ? [{ href: '/information', label: t('desk.tab.information'), active: location.startsWith('/information') }]
      : []),
    ...(access.documents
      ? [{ href: '/documents', label: t('desk.tab.documents'), active: location.startsWith('/documents') }]
      : []),
    ...(access.procedures
      ? [{ href: '/procedures', label: t('desk.tab.procedures'), active: location.startsWith('/procedures') }]
      : []),
    ...(access.moderate
      ? [{ href: '/moderation', label: t('desk.tab.moderation'), active: location === '/moderation' }]
      : []),
    ...(access.apiKeys ? [{ href: '/api-keys', label: t('desk.tab.apiKeys'), active: location === '/api-keys' }] : []),
    { href: '/team', label: t('desk.tab.team'), active: location === '/team' || (location === '/' && !access.process) },
  ];
  return <LinkNav label={t('desk.tabs.label')} className="desk-tabs" items={tabs} />;
}

function Forbidden() {
  const { t } = useDesk();
  usePageTitle(t('portal.staff.heading'));
  return <Alert tone="warning">{t('desk.notAllowed')}</Alert>;
}

function DeskNotFound() {
  const { t } = useDesk();
  usePageTitle(t('common.notFound.title'));
  return (
    <div className="shb-stack">
      <ScreenHeading>{t('common.notFound.title')}</ScreenHeading>
      <p>{t('common.notFound.body')}</p>
    </div>
  );
}

/** The desk: tabs by role, each tab a lazy screen. Routes are relative to `/staff` (wouter `nest`). */
function Desk() {
  const access = useDeskAccess();
  const allow = (ok: boolean, screen: ReactNode) => (ok ? screen : <Forbidden />);
  return (
    // The queues' filters and pages outlive a tab switch, for as long as the staff area is open.
    <QueueMemoryProvider>
      <DeskTabs access={access} />
      <Suspense fallback={<Spinner />}>
        <Switch>
          <Route path="/">{access.process ? <QueueScreen /> : <StaffOverview />}</Route>
          <Route path="/complaints">{allow(access.process, <QueueScreen />)}</Route>
          <Route path="/complaints/:id">
            {(params) => allow(access.process, <DetailScreen key={params.id} id={params.id} />)}
          </Route>
          <Route path="/counter">{allow(access.process, <CounterScreen />)}</Route>
          <Route path="/information" nest>
            {allow(access.information, <InformationDesk />)}
          </Route>
          <Route path="/documents" nest>
            {allow(access.documents, <DocumentsDesk />)}
          </Route>
          <Route path="/procedures" nest>
            {allow(access.procedures, <ProceduresDesk />)}
          </Route>
          <Route path="/moderation">{allow(access.moderate, <ModerationScreen />)}</Route>
          <Route path="/api-keys">{allow(access.apiKeys, <ApiKeysScreen />)}</Route>
          <Route path="/team" component={StaffOverview} />
          <Route component={DeskNotFound} />
        </Switch>
      </Suspense>
    </QueueMemoryProvider>
  );
}

/** Sets the title for the states before the desk (signing in, no role here). */
function GateTitle() {
  const { t } = useDesk();
  usePageTitle(t('portal.staff.heading'));
  return null;
}

export function StaffScreen() {
  const { t } = useDesk();
  const { query, me, isStaffHere } = useMe();
  const [location] = useLocation();
  // This screen is nested under `/staff`: `~` + the portal's base leaves the nest.
  const portalBase = useRouter().base.replace(/\/staff$/, '');
  const next = `/staff${location === '/' ? '' : location}`;

  let body;
  if (query.isPending) body = <Spinner />;
  else if (!me)
    body = (
      <>
        <GateTitle />
        <Alert
          tone="info"
          action={
            <Link href={`~${portalBase}/sign-in?next=${encodeURIComponent(next)}`}>{t('portal.nav.signIn')}</Link>
          }
        >
          {t('portal.auth.signInRequired')}
        </Alert>
      </>
    );
  else if (!isStaffHere)
    body = (
      <>
        <GateTitle />
        <Alert tone="warning">{t('portal.staff.notAuthorised')}</Alert>
      </>
    );
  else body = <Desk />;

  return (
    <div className="shb-stack desk">
      <h1>{t('portal.staff.heading')}</h1>
      {body}
    </div>
  );
}
