import { COMPLAINT_STAGES, INTAKE_CHANNELS, isComplaintOpen } from '@shabaka/db/enums';
import type { RouterInputs } from '@shabaka/client';
import { useQuery, useTRPC } from '@shabaka/client/react';
import { Button, TextField } from '@shabaka/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { describeDeskError } from './errors';
import { useDesk } from './i18n';
import { ChoiceFilter, DataTable, FilterSection, Loaded, Pager, SearchForm } from './List';
import {
  CheckField,
  queueMemory,
  moroccoMidnight,
  oneOf,
  OverdueBadge,
  ScreenHeading,
  StageBadge,
  type Channel,
  type QueueItem,
  type Stage,
} from './shared';

const PAGE_SIZE = 25;

type QueueInput = RouterInputs['complaints']['queue'];

interface Filters {
  stage: Stage | '';
  open: boolean;
  category: string;
  department: string;
  channel: Channel | '';
  overdue: boolean;
  /** YYYY-MM-DD, Moroccan days. */
  from: string;
  to: string;
  q: string;
  cursor: number;
}

/** Filters live in the query string (shareable links); unknown values are ignored. */
function filtersFrom(params: URLSearchParams): Filters {
  const ymd = (name: string) => (/^\d{4}-\d{2}-\d{2}$/.test(params.get(name) ?? '') ? params.get(name)! : '');
  const uuid = (name: string) => (/^[0-9a-f-]{36}$/i.test(params.get(name) ?? '') ? params.get(name)! : '');
  const cursor = Number(params.get('cursor') ?? 0);
  return {
    stage: oneOf(COMPLAINT_STAGES, params.get('stage')) ?? '',
    open: params.get('open') === '1',
    category: uuid('category'),
    department: uuid('department'),
    channel: oneOf(INTAKE_CHANNELS, params.get('channel')) ?? '',
    overdue: params.get('overdue') === '1',
    from: ymd('from'),
    to: ymd('to'),
    q: (params.get('q') ?? '').slice(0, 200),
    cursor: Number.isInteger(cursor) && cursor > 0 ? cursor : 0,
  };
}

function queueInput(commune: string, f: Filters): QueueInput {
  const from = f.from ? moroccoMidnight(f.from) : undefined;
  // "To" is inclusive for people: up to the start of the next day.
  const to = f.to ? moroccoMidnight(f.to, 1) : undefined;
  return {
    commune,
    limit: PAGE_SIZE,
    cursor: f.cursor,
    ...(f.stage ? { stage: f.stage } : {}),
    ...(f.open ? { open: true } : {}),
    ...(f.category ? { categoryId: f.category } : {}),
    ...(f.department ? { departmentId: f.department } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
    ...(f.overdue ? { overdue: true } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(f.q.trim() ? { q: f.q.trim() } : {}),
  };
}

function QueueFilters({ filters, update }: { filters: Filters; update: (changes: Partial<Filters>) => void }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { t, lang } = useDesk();
  const categories = useQuery(trpc.complaints.categories.queryOptions({ commune: slug }));
  const overview = useQuery(trpc.staff.overview.queryOptions({ commune: slug }));
  const active = [
    filters.stage,
    filters.open,
    filters.category,
    filters.department,
    filters.channel,
    filters.overdue,
    filters.from,
    filters.to,
  ].filter(Boolean).length;
  const [open, setOpen] = useState(() => active > 0 || window.matchMedia('(min-width: 40rem)').matches);

  return (
    <FilterSection title={t('desk.queue.filters')}>
      <SearchForm
        label={t('desk.queue.search')}
        hint={t('desk.queue.searchHint')}
        submit={t('desk.queue.searchSubmit')}
        maxLength={200}
        value={filters.q}
        onSearch={(q) => update({ q })}
      />
      {/* Folded on a phone unless a filter is on; open on wider screens. */}
      <details className="desk-more-filters" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('desk.queue.moreFilters', { count: active })}</summary>
        <div className="desk-filter-grid">
          <ChoiceFilter
            label={t('desk.field.stage')}
            any={t('desk.filter.any')}
            value={filters.stage}
            options={COMPLAINT_STAGES.map((s) => ({ value: s, label: t(`desk.stage.${s}`) }))}
            onChange={(stage) => update({ stage })}
          />
          <ChoiceFilter
            label={t('desk.field.category')}
            any={t('desk.filter.any')}
            value={filters.category}
            options={categories.data?.map((c) => ({ value: c.id, label: c.names[lang] })) ?? []}
            onChange={(category) => update({ category })}
          />
          <ChoiceFilter
            label={t('desk.field.department')}
            any={t('desk.filter.any')}
            value={filters.department}
            options={overview.data?.departments.map((d) => ({ value: d.id, label: d.names[lang] })) ?? []}
            onChange={(department) => update({ department })}
          />
          <ChoiceFilter
            label={t('desk.field.channel')}
            any={t('desk.filter.any')}
            value={filters.channel}
            options={INTAKE_CHANNELS.map((c) => ({ value: c, label: t(`desk.channel.${c}`) }))}
            onChange={(channel) => update({ channel })}
          />
          <TextField
            label={t('desk.filter.from')}
            type="date"
            value={filters.from}
            max={filters.to || undefined}
            onChange={(e) => update({ from: e.target.value })}
          />
          <TextField
            label={t('desk.filter.to')}
            type="date"
            value={filters.to}
            min={filters.from || undefined}
            onChange={(e) => update({ to: e.target.value })}
          />
        </div>
        <div className="desk-filter-checks">
          <CheckField
            label={t('desk.filter.openOnly')}
            checked={filters.open}
            onChange={(e) => update({ open: e.target.checked })}
          />
          <CheckField
            label={t('desk.filter.overdueOnly')}
            checked={filters.overdue}
            onChange={(e) => update({ overdue: e.target.checked })}
          />
          <Button
            variant="link"
            onClick={() =>
              update({
                stage: '',
                open: false,
                category: '',
                department: '',
                channel: '',
                overdue: false,
                from: '',
                to: '',
                q: '',
              })
            }
          >
            {t('desk.filter.reset')}
          </Button>
        </div>
      </details>
    </FilterSection>
  );
}

function Deadline({ item }: { item: Pick<QueueItem, 'stage' | 'ackDueAt' | 'answerDueAt' | 'overdue'> }) {
  const { t, formatDate } = useDesk();
  if (!isComplaintOpen(item.stage)) return <span className="desk-muted">{t('desk.deadline.closed')}</span>;
  return (
    <>
      <time dateTime={new Date(item.answerDueAt).toISOString()}>
        {formatDate(item.answerDueAt, { dateStyle: 'medium' })}
      </time>
      {item.overdue && (
        <>
          {' '}
          <OverdueBadge />
        </>
      )}
    </>
  );
}

function QueueTable({ items, total, from }: { items: QueueItem[]; total: number; from: number }) {
  const { t, lang, formatDate, formatNumber } = useDesk();
  return (
    <DataTable
      className="desk-queue"
      caption={t('desk.queue.caption', {
        from: formatNumber(from + 1),
        to: formatNumber(from + items.length),
        total: formatNumber(total),
      })}
      columns={[
        t('desk.col.code'),
        t('desk.col.category'),
        t('desk.col.stage'),
        t('desk.col.channel'),
        t('desk.col.received'),
        t('desk.col.deadline'),
        t('desk.col.assignee'),
      ]}
    >
      {items.map((item) => (
        <tr key={item.id} className={item.overdue ? 'desk-row--overdue' : undefined}>
          <th scope="row">
            <Link href={`/complaints/${item.id}`} className="desk-code">
              <bdi>{item.code}</bdi>
            </Link>
          </th>
          <td>{item.categoryNames[lang]}</td>
          <td>
            <StageBadge stage={item.stage} />
          </td>
          <td>{t(`desk.channel.${item.channel}`)}</td>
          <td>
            <time dateTime={new Date(item.createdAt).toISOString()}>
              {formatDate(item.createdAt, { dateStyle: 'medium' })}
            </time>
          </td>
          <td>
            <Deadline item={item} />
          </td>
          <td>{item.assigneeName ?? <span className="desk-muted">{t('desk.unassigned')}</span>}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function QueueScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useDesk();
  const { t } = i18n;
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  usePageTitle(`${t('desk.tab.queue')} · ${t('portal.staff.heading')}`);

  const search = params.toString();
  useEffect(() => {
    queueMemory.href = `/complaints${search ? `?${search}` : ''}`;
  }, [search]);

  const queue = useQuery({
    ...trpc.complaints.queue.queryOptions(queueInput(slug, filters)),
    placeholderData: keepPreviousData,
  });

  /** A filter change starts again at the first page; the page itself is just `cursor`. */
  const update = (changes: Partial<Filters>) => {
    const next = { ...filters, cursor: 0, ...changes };
    const out = new URLSearchParams();
    if (next.q.trim()) out.set('q', next.q.trim());
    if (next.stage) out.set('stage', next.stage);
    if (next.open) out.set('open', '1');
    if (next.category) out.set('category', next.category);
    if (next.department) out.set('department', next.department);
    if (next.channel) out.set('channel', next.channel);
    if (next.overdue) out.set('overdue', '1');
    if (next.from) out.set('from', next.from);
    if (next.to) out.set('to', next.to);
    if (next.cursor) out.set('cursor', String(next.cursor));
    setParams(out);
  };

  const data = queue.data;
  return (
    <div className="shb-stack">
      <ScreenHeading>{t('desk.queue.title')}</ScreenHeading>
      <QueueFilters filters={filters} update={update} />
      <p role="status" className="desk-count">
        {data ? t('desk.queue.total', { count: data.total }) : ''}
        {queue.isFetching && data ? ` ${t('desk.queue.updating')}` : ''}
      </p>
      <Loaded
        query={queue}
        describe={(e) => describeDeskError(e, i18n).message}
        empty={t('desk.queue.empty')}
        isEmpty={(d) => d.items.length === 0}
      >
        {(data) => (
          <>
            <QueueTable items={data.items} total={data.total} from={filters.cursor} />
            <Pager
              label={t('desk.queue.pages')}
              previous={t('desk.queue.previous')}
              next={t('desk.queue.next')}
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
