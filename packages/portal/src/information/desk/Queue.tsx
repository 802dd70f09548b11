import { INFORMATION_REQUEST_STATES, INFORMATION_INTAKE_CHANNELS, isInformationRequestOpen } from '@shabaka/db/enums';
import type { RouterInputs } from '@shabaka/client';
import { useQuery, useTRPC } from '@shabaka/client/react';
import { Alert, Button } from '@shabaka/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'wouter';
import { usePageTitle, usePortal } from '../../config';
import { ChoiceFilter, DataTable, FilterSection, Loaded, Pager, SearchForm } from '../../desk/List';
import { CheckField, ScreenHeading } from '../../desk/shared';
import { describeInformationError } from '../errors';
import { useInformationI18n } from '../i18n';
import { oneOf, type QueueItem } from '../model';
import { DeadlineBadges, queueMemory, StateBadge } from './shared';

const PAGE_SIZE = 25;

interface Filters {
  state: (typeof INFORMATION_REQUEST_STATES)[number] | '';
  channel: (typeof INFORMATION_INTAKE_CHANNELS)[number] | '';
  open: boolean;
  overdue: boolean;
  dueSoon: boolean;
  urgent: boolean;
  q: string;
  cursor: number;
}

/** Filters live in the query string (shareable links); unknown values are ignored. */
function filtersFrom(p: URLSearchParams): Filters {
  const cursor = Number(p.get('cursor') ?? 0);
  return {
    state: oneOf(INFORMATION_REQUEST_STATES, p.get('state')) ?? '',
    channel: oneOf(INFORMATION_INTAKE_CHANNELS, p.get('channel')) ?? '',
    open: p.get('open') === '1',
    overdue: p.get('overdue') === '1',
    dueSoon: p.get('dueSoon') === '1',
    urgent: p.get('urgent') === '1',
    q: (p.get('q') ?? '').slice(0, 200),
    cursor: Number.isInteger(cursor) && cursor > 0 ? cursor : 0,
  };
}

function toSearch(f: Filters) {
  const out = new URLSearchParams();
  if (f.q.trim()) out.set('q', f.q.trim());
  if (f.state) out.set('state', f.state);
  if (f.channel) out.set('channel', f.channel);
  for (const flag of ['open', 'overdue', 'dueSoon', 'urgent'] as const) if (f[flag]) out.set(flag, '1');
  if (f.cursor) out.set('cursor', String(f.cursor));
  return out;
}

const queueInput = (commune: string, f: Filters): RouterInputs['informationRequests']['queue'] => ({
  commune,
  limit: PAGE_SIZE,
  cursor: f.cursor,
  ...(f.state ? { state: f.state } : {}),
  ...(f.channel ? { channel: f.channel } : {}),
  ...(f.open ? { open: true } : {}),
  ...(f.overdue ? { overdue: true } : {}),
  ...(f.dueSoon ? { dueSoon: true } : {}),
  ...(f.urgent ? { urgent: true } : {}),
  ...(f.q.trim() ? { q: f.q.trim() } : {}),
});

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

function QueueTable({ items, total, from }: { items: QueueItem[]; total: number; from: number }) {
  const { t, formatDate, formatNumber } = useInformationI18n();
  return (
    <DataTable
      className="desk-queue"
      caption={t('information.desk.caption', {
        from: formatNumber(from + 1),
        to: formatNumber(from + items.length),
        total: formatNumber(total),
      })}
      columns={['code', 'subject', 'state', 'channel', 'received', 'deadline'].map((c) => t(`information.col.${c}`))}
    >
      {items.map((item) => (
        <tr
          key={item.id}
          className={item.overdue ? 'desk-row--overdue' : undefined}
          data-overdue={item.overdue || undefined}
        >
          <th scope="row">
            <Link href={`/${item.id}`} className="desk-code">
              <bdi>{item.code}</bdi>
            </Link>
          </th>
          <td>
            <bdi>{item.subject}</bdi>
          </td>
          <td>
            <StateBadge state={item.state} />
          </td>
          <td>{t(`information.channel.${item.channel}`)}</td>
          <td>
            <time dateTime={new Date(item.receivedAt).toISOString()}>
              {formatDate(item.receivedAt, { dateStyle: 'medium' })}
            </time>
          </td>
          <td>
            <Deadline item={item} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The queue: overdue alert first, filters, then the requests, nearest deadline first. */
export function QueueScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useInformationI18n();
  const { t } = i18n;
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  usePageTitle(`${t('information.desk.title')} · ${t('portal.staff.heading')}`);
  const search = params.toString();
  useEffect(() => {
    queueMemory.href = `/${search ? `?${search}` : ''}`;
  }, [search]);

  const queue = useQuery({
    ...trpc.informationRequests.queue.queryOptions(queueInput(slug, filters)),
    placeholderData: keepPreviousData,
  });
  const update = (changes: Partial<Filters>) => setParams(toSearch({ ...filters, cursor: 0, ...changes }));
  const data = queue.data;
  const alerts = data?.alerts;

  return (
    <div className="shb-stack">
      <ScreenHeading>{t('information.desk.title')}</ScreenHeading>
      <div className="cx-row">
        <Link className="shb-button shb-button--primary" href="/new">
          {t('information.desk.register')}
        </Link>
      </div>
      {alerts && alerts.overdue > 0 && (
        <Alert
          tone="error"
          title={
            <span className="ir-alert-count">{t('information.desk.overdueAlert', { count: alerts.overdue })}</span>
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
      {alerts && alerts.dueSoon > 0 && (
        <Alert tone="warning">{t('information.desk.dueSoonAlert', { count: alerts.dueSoon })}</Alert>
      )}
      <FilterSection title={t('information.desk.filters')}>
        <SearchForm
          value={filters.q}
          onSearch={(q) => update({ q })}
          label={t('information.desk.search')}
          submit={t('information.desk.searchSubmit')}
          maxLength={200}
        />
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
            options={INFORMATION_INTAKE_CHANNELS.map((v) => ({ value: v, label: t(`information.channel.${v}`) }))}
            onChange={(channel) => update({ channel })}
          />
        </div>
        <div className="desk-filter-checks">
          <CheckField
            label={t('information.desk.openOnly')}
            checked={filters.open}
            onChange={(e) => update({ open: e.target.checked })}
          />
          <CheckField
            label={t('information.desk.overdueOnly')}
            checked={filters.overdue}
            onChange={(e) => update({ overdue: e.target.checked })}
          />
          <CheckField
            label={t('information.desk.dueSoonOnly')}
            checked={filters.dueSoon}
            onChange={(e) => update({ dueSoon: e.target.checked })}
          />
          <CheckField
            label={t('information.desk.urgentOnly')}
            checked={filters.urgent}
            onChange={(e) => update({ urgent: e.target.checked })}
          />
          <Button variant="link" onClick={() => setParams(new URLSearchParams())}>
            {t('information.desk.reset')}
          </Button>
        </div>
      </FilterSection>
      <p role="status" className="desk-count">
        {data ? t('information.desk.total', { count: data.total }) : ''}
      </p>
      <Loaded
        query={queue}
        describe={(e) => describeInformationError(e, i18n).message}
        empty={t('information.desk.empty')}
        isEmpty={(d) => d.items.length === 0}
      >
        {(data) => (
          <>
            <QueueTable items={data.items} total={data.total} from={filters.cursor} />
            <Pager
              label={t('information.desk.pages')}
              previous={t('information.previous')}
              next={t('information.next')}
              onPrevious={
                filters.cursor === 0 ? undefined : () => update({ cursor: Math.max(0, filters.cursor - PAGE_SIZE) })
              }
              onNext={data.nextCursor === null ? undefined : () => update({ cursor: data.nextCursor ?? 0 })}
            />
          </>
        )}
      </Loaded>
    </div>
  );
}
