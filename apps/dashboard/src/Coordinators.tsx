import type { RouterOutputs } from '@shabaka/client';
import { useQuery, useTRPC } from '@shabaka/client/react';
import { Alert, EmptyState, Spinner, useI18n } from '@shabaka/ui';
import { useId } from 'react';
import { labelOr } from './labels';
import { LoadError } from './LoadError';

type Details = RouterOutputs['network']['details'];

/** The coordinators' detailed view (lazy chunk): staff by role per commune, recent activity. */
export default function Coordinators() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const details = useQuery(trpc.network.details.queryOptions());

  if (details.isPending) return <Spinner />;
  if (details.isError) {
    const code = details.error.data?.code;
    if (code === 'FORBIDDEN' || code === 'UNAUTHORIZED') {
      return <Alert tone="info">{t('dashboard.account.notCoordinator')}</Alert>;
    }
    return <LoadError retry={details.refetch} />;
  }
  return (
    <div className="dash-details">
      <h3>{t('dashboard.details.heading')}</h3>
      <p>{t('dashboard.details.accountsTotal', { count: details.data.accounts })}</p>
      <ToVerify data={details.data} />
      <StaffByRole communes={details.data.communes} />
      <RecentActivity data={details.data} />
    </div>
  );
}

/** Values the public sees plainly that a network administrator has yet to confirm (say who, and how). */
function ToVerify({ data }: { data: Details }) {
  const { t, lang, formatNumber } = useI18n();
  if (data.toVerify.length === 0) return null;
  const names = new Map(data.communes.map((c) => [c.slug, c.names[lang]]));
  return (
    <Alert tone="warning" title={t('dashboard.details.toVerifyHeading')}>
      <ul>
        {data.toVerify.map((v) => (
          <li key={`${v.commune}-${v.field}`}>
            {t('dashboard.details.toVerify.population', {
              commune: names.get(v.commune) ?? v.commune,
              value: formatNumber(v.value),
              source: v.source,
            })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

function StaffByRole({ communes }: { communes: Details['communes'] }) {
  const i18n = useI18n();
  const { t, lang, formatNumber } = i18n;
  const captionId = useId();
  const roles = [...new Set(communes.flatMap((c) => Object.keys(c.staffByRole)))];
  const count = (c: Details['communes'][number], role: string) =>
    (c.staffByRole as Record<string, number | undefined>)[role] ?? 0;

  return (
    <>
      <h4>{t('dashboard.details.staffHeading')}</h4>
      <div className="shb-table-wrap" tabIndex={0} role="group" aria-labelledby={captionId}>
        <table className="shb-table dash-table">
          <caption id={captionId}>{t('dashboard.details.staffCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.overview.col.commune')}</th>
              {roles.map((r) => (
                <th key={r} scope="col" className="dash-num">
                  {labelOr(i18n, `staffGlossary.role.${r}`, r)}
                </th>
              ))}
              <th scope="col" className="dash-num">
                {t('dashboard.details.col.accounts')}
              </th>
            </tr>
          </thead>
          <tbody>
            {i18n
              .sortByName(communes, (c) => c.names[lang])
              .map((c) => (
                <tr key={c.slug}>
                  <th scope="row">{c.names[lang]}</th>
                  {roles.map((r) => (
                    <td key={r} className="dash-num">
                      {formatNumber(count(c, r))}
                    </td>
                  ))}
                  <td className="dash-num">{formatNumber(c.accounts)}</td>
                </tr>
              ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('dashboard.overview.total')}</th>
              {roles.map((r) => (
                <td key={r} className="dash-num">
                  {formatNumber(communes.reduce((s, c) => s + count(c, r), 0))}
                </td>
              ))}
              <td className="dash-num">{formatNumber(communes.reduce((s, c) => s + c.accounts, 0))}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

function RecentActivity({ data }: { data: Details }) {
  const i18n = useI18n();
  const { t, lang, formatDate } = i18n;
  const captionId = useId();
  const names = new Map(data.communes.map((c) => [c.slug, c.names[lang]]));
  const activity = data.recentActivity;

  return (
    <>
      <h4>{t('dashboard.activity.heading')}</h4>
      {activity.length === 0 ? (
        <EmptyState title={t('dashboard.activity.empty')} />
      ) : (
        <div className="shb-table-wrap" tabIndex={0} role="group" aria-labelledby={captionId}>
          <table className="shb-table dash-table">
            <caption id={captionId}>
              {t('dashboard.activity.caption')}
              <span className="dash-source">{t('dashboard.activity.count', { count: activity.length })}</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.activity.col.at')}</th>
                <th scope="col">{t('dashboard.activity.col.commune')}</th>
                <th scope="col">{t('dashboard.activity.col.action')}</th>
              </tr>
            </thead>
            <tbody>
              {activity.map((a, i) => (
                <tr key={`${a.at.toISOString()}-${i}`}>
                  <td>
                    <time dateTime={a.at.toISOString()}>
                      {formatDate(a.at, { dateStyle: 'medium', timeStyle: 'short' })}
                    </time>
                  </td>
                  <td>{a.commune ? (names.get(a.commune) ?? a.commune) : t('dashboard.activity.network')}</td>
                  <td>{labelOr(i18n, `dashboard.action.${a.action}`, t('dashboard.action.other'))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
