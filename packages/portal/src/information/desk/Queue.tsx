import { INFORMATION_INTAKE_CHANNELS, INFORMATION_REQUEST_STATES, isInformationRequestOpen } from '@shabaka/db/enums';
import { useQuery, useTRPC } from '@shabaka/client/react';
import { Alert, Button } from '@shabaka/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { Link } from 'wouter';
import { CaseQueue, type Filters, type QueuePageInput } from '../../cases/CaseQueue';
import { ChoiceFilter } from '../../desk/List';
import { CheckField } from '../../desk/shared';
import { useInformationI18n } from '../i18n';
import type { RouterOutputs } from '@shabaka/client';
import type { QueueItem } from '../model';
import { DeadlineBadges, StateBadge } from './shared';
import { describeError } from '../../errors';

type QueuePage = RouterOutputs['informationRequests']['queue'];

/** The queue's filters, in the order of its address. */
const FILTERS = {
  state: INFORMATION_REQUEST_STATES,
  channel: INFORMATION_INTAKE_CHANNELS,
  open: 'flag',
  overdue: 'flag',
  dueSoon: 'flag',
  urgent: 'flag',
} as const;

function Deadline({ item }: { item: QueueItem }) {
  const { t, formatDate } = useInformationI18n();
  if (!isInformationRequestOpen(item.state)) return <span className="desk-muted">{t('information.desk.closed')}</span>;
  return (
    <>
      <time dateTime={new Date(item.dueAt).toISOString()}>{formatDate(item.dueAt, { dateStyle: 'medium' })}</time>
      {item.workingDaysLeft !== null && !item.overdue && (
        <> ({t('information.fact.daysLeftValue', { count: item.workingDaysLeft })})</>
      )}{' '}
      <DeadlineBadges overdue={item.overdue} dueSoon={item.dueSoon} urgent={item.urgent} />
      {item.extended && <span className="desk-badge">{t('information.state.extended')}</span>}
    </>
  );
}

/** The requests' queue for these filters. */
function useRequestsQueue(f: Filters<typeof FILTERS>, page: QueuePageInput) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.informationRequests.queue.queryOptions({
      ...page,
      ...(f.state ? { state: f.state } : {}),
      ...(f.channel ? { channel: f.channel } : {}),
      ...(f.open ? { open: true } : {}),
      ...(f.overdue ? { overdue: true } : {}),
      ...(f.dueSoon ? { dueSoon: true } : {}),
      ...(f.urgent ? { urgent: true } : {}),
      ...(f.q.trim() ? { q: f.q.trim() } : {}),
    }),
    placeholderData: keepPreviousData,
  });
}

/** The queue: overdue alert first, filters, then the requests, nearest deadline first. */
export function QueueScreen() {
  const i18n = useInformationI18n();
  const { t, formatDate } = i18n;
  return (
    <CaseQueue
      name="information"
      path="/"
      spec={FILTERS}
      useItems={useRequestsQueue}
      describe={(e) => describeError(e, i18n).message}
      texts={{
        title: t('information.desk.title'),
        pageTitle: `${t('information.desk.title')} · ${t('portal.staff.heading')}`,
        filters: t('information.desk.filters'),
        search: { label: t('information.desk.search'), submit: t('information.desk.searchSubmit') },
        total: (count) => t('information.desk.total', { count }),
        empty: t('information.desk.empty'),
        caption: (range) => t('information.desk.caption', range),
        pages: t('information.desk.pages'),
        previous: t('information.previous'),
        next: t('information.next'),
      }}
      header={({ filters, update }, data: QueuePage | undefined) => (
        <>
          <div className="cx-row">
            <Link className="shb-button shb-button--primary" href="/new">
              {t('information.desk.register')}
            </Link>
          </div>
          {data && data.alerts.overdue > 0 && (
            <Alert
              tone="error"
              title={
                <span className="ir-alert-count">
                  {t('information.desk.overdueAlert', { count: data.alerts.overdue })}
                </span>
              }
              action={
                !filters.overdue && (
                  <Button variant="secondary" onClick={() => update({ overdue: true })}>
                    {t('information.desk.showOverdue')}
                  </Button>
                )
              }
            >
              {t('information.desk.overdueExplain')}
            </Alert>
          )}
          {data && data.alerts.dueSoon > 0 && (
            <Alert tone="warning">{t('information.desk.dueSoonAlert', { count: data.alerts.dueSoon })}</Alert>
          )}
        </>
      )}
      filterFields={({ filters, update, reset }) => (
        <>
          <div className="desk-filter-grid">
            <ChoiceFilter
              label={t('information.col.state')}
              any={t('information.desk.any')}
              value={filters.state}
              options={INFORMATION_REQUEST_STATES.map((v) => ({ value: v, label: t(`information.state.${v}`) }))}
              onChange={(state) => update({ state })}
            />
            <ChoiceFilter
              label={t('information.col.channel')}
              any={t('information.desk.any')}
              value={filters.channel}
              options={INFORMATION_INTAKE_CHANNELS.map((v) => ({ value: v, label: t(`cases.channel.${v}`) }))}
              onChange={(channel) => update({ channel })}
            />
          </div>
          <div className="desk-filter-checks">
            {(['open', 'overdue', 'dueSoon', 'urgent'] as const).map((flag) => (
              <CheckField
                key={flag}
                label={t(`information.desk.${flag}Only`)}
                checked={filters[flag]}
                onChange={(e) => update({ [flag]: e.target.checked })}
              />
            ))}
            <Button variant="link" onClick={reset}>
              {t('information.desk.reset')}
            </Button>
          </div>
        </>
      )}
      columns={(['code', 'subject', 'state', 'channel', 'received', 'deadline'] as const).map((c) =>
        t(`information.col.${c}`),
      )}
      detailPath={(item: QueueItem) => `/${item.id}`}
      row={(item: QueueItem) => (
        <>
          <td>
            <bdi>{item.subject}</bdi>
          </td>
          <td>
            <StateBadge state={item.state} />
          </td>
          <td>{t(`cases.channel.${item.channel}`)}</td>
          <td>
            <time dateTime={new Date(item.receivedAt).toISOString()}>
              {formatDate(item.receivedAt, { dateStyle: 'medium' })}
            </time>
          </td>
          <td>
            <Deadline item={item} />
          </td>
        </>
      )}
    />
  );
}
