import type { CommuneRole } from '@shabaka/db/enums';
import { useTRPC } from '@shabaka/client/react';
import { Alert, Card, EmptyState, Spinner } from '@shabaka/ui';
import { useQuery } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { Link, Route, Switch, useLocation, useRouter } from 'wouter';
import { useMe } from '../auth';
import { QueueMemoryProvider } from '../cases/queueMemory';
import { QueryError } from '../QueryError';
import { usePageTitle, usePortal } from '../config';
import { useDesk } from '../desk/i18n';
import { DataTable } from '../desk/List';
import { LinkNav, ScreenHeading, type NavItem } from '../desk/shared';
import { errorCode } from '../errors';
import type { PortalModule } from '../module';
import { portalModules } from '../modules';
import '../desk/desk.css';

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
    const roleNames = (list: string[]) => formatList(list.map((r) => t(`staffGlossary.role.${r as CommuneRole}`)));
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

/**
 * The modules' tabs (modules.ts) the account's permissions here allow, as the server
 * computed them (auth.me); the server checks each call again. Each tab is its own chunk.
 */
function DeskTabs({ home }: { home: PortalModule | undefined }) {
  const { t } = useDesk();
  const { can } = useMe();
  const [location] = useLocation();
  const tabs: NavItem[] = [
    ...portalModules.flatMap((m) =>
      (m.desk?.tabs ?? [])
        .filter((tab) => can(tab.permission))
        .map((tab) => ({
          href: tab.href,
          label: t(tab.label),
          active:
            (tab.match === 'prefix' ? location.startsWith(tab.href) : location === tab.href) ||
            (location === '/' && !!tab.home && home === m),
        })),
    ),
    { href: '/team', label: t('desk.tab.team'), active: location === '/team' || (location === '/' && !home) },
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

/** The desk: the modules' tabs, each a lazy screen. Routes are relative to `/staff` (wouter `nest`). */
function Desk() {
  const { can } = useMe();
  const allow = (ok: boolean, screen: ReactNode) => (ok ? screen : <Forbidden />);
  // The first module whose home this account may see opens at `/staff`; the team otherwise.
  const home = portalModules.find((m) => m.desk?.home && can(m.desk.home.permission));
  return (
    // The queues' filters and pages outlive a tab switch, for as long as the staff area is open.
    <QueueMemoryProvider>
      <DeskTabs home={home} />
      <Suspense fallback={<Spinner />}>
        <Switch>
          <Route path="/">{home?.desk?.home ? home.desk.home.render() : <StaffOverview />}</Route>
          {portalModules.flatMap((m) =>
            (m.desk?.routes ?? []).map((r) => (
              <Route key={r.path} path={r.path} nest={r.nest}>
                {(params) => allow(can(r.permission), r.render(params))}
              </Route>
            )),
          )}
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
