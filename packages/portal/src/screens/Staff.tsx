import { useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, EmptyState, Spinner, useI18n } from '@shabaka/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { useMe } from '../auth';
import { usePageTitle, usePortal } from '../config';
import { describeError, errorCode } from '../errors';

/** Shown only to members of this commune; the server checks again (FORBIDDEN otherwise). */
function StaffOverview() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useI18n();
  const { t, lang, formatList } = i18n;
  const overview = useQuery(trpc.staff.overview.queryOptions({ commune: slug }, { retry: false }));

  if (overview.isPending) return <Spinner />;
  if (overview.isError) {
    if (errorCode(overview.error) === 'FORBIDDEN') return <Alert tone="warning">{t('portal.staff.notAuthorised')}</Alert>;
    return (
      <Alert
        tone="error"
        action={
          <Button variant="secondary" onClick={() => overview.refetch()}>
            {t('common.retry')}
          </Button>
        }
      >
        {describeError(overview.error, i18n).message}
      </Alert>
    );
  }

  const { roles, departments, members } = overview.data;
  const roleNames = (list: string[]) => formatList(list.map((r) => t(`portal.role.${r}`)));
  return (
    <>
      <p>{t('portal.staff.yourRoles', { roles: roleNames(roles) })}</p>
      <Card title={t('portal.staff.departments')}>
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
      <Card title={t('portal.staff.members')}>
        <p>{t('portal.staff.memberCount', { count: members.length })}</p>
        {members.length === 0 ? (
          <EmptyState title={t('portal.staff.membersEmpty')} />
        ) : (
          // Scrolls sideways on a phone: focusable and named so keyboards can scroll it too.
          <div className="shb-table-wrap" tabIndex={0} role="region" aria-label={t('portal.staff.membersCaption')}>
            <table className="shb-table">
              <caption>{t('portal.staff.membersCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('portal.staff.col.name')}</th>
                  <th scope="col">{t('portal.staff.col.email')}</th>
                  <th scope="col">{t('portal.staff.col.roles')}</th>
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr key={m.userId}>
                    <th scope="row">{m.displayName}</th>
                    <td>
                      <bdi>{m.email}</bdi>
                    </td>
                    <td>{roleNames(m.roles)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}

export function StaffScreen() {
  const { t } = useI18n();
  const { query, me, isStaffHere } = useMe();
  usePageTitle(t('portal.staff.heading'));

  let body;
  if (query.isPending) body = <Spinner />;
  else if (!me)
    body = (
      <Alert tone="info" action={<Link href="/sign-in?next=/staff">{t('portal.nav.signIn')}</Link>}>
        {t('portal.auth.signInRequired')}
      </Alert>
    );
  else if (!isStaffHere) body = <Alert tone="warning">{t('portal.staff.notAuthorised')}</Alert>;
  else body = <StaffOverview />;

  return (
    <div className="shb-stack">
      <h1>{t('portal.staff.heading')}</h1>
      {body}
    </div>
  );
}
