import { COMPLAINT_STAGES, INTAKE_CHANNELS, isComplaintOpen } from '@shabaka/db/enums';
import { useQuery, useTRPC } from '@shabaka/client/react';
import { Button, TextField } from '@shabaka/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { activeFilters, CaseQueue, type Filters, type QueueControls, type QueuePageInput } from '../cases/CaseQueue';
import { usePortal } from '../config';
import { useDesk } from './i18n';
import { ChoiceFilter } from './List';
import { CheckField, moroccoMidnight, OverdueBadge, StageBadge, type QueueItem } from './shared';
import { describeError } from '../errors';

/** The complaints queue's filters, in the order of its address. */
const FILTERS = {
  stage: COMPLAINT_STAGES,
  open: 'flag',
  category: 'id',
  department: 'id',
  channel: INTAKE_CHANNELS,
  overdue: 'flag',
  /** Moroccan days. */
  from: 'date',
  to: 'date',
} as const;

type Controls = QueueControls<typeof FILTERS>;

function QueueFilters({ filters, update, reset }: Controls) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { t, lang } = useDesk();
  const categories = useQuery(trpc.complaints.categories.queryOptions({ commune: slug }));
  const overview = useQuery(trpc.staff.overview.queryOptions({ commune: slug }));
  const active = activeFilters(FILTERS, filters);
  const [open, setOpen] = useState(() => active > 0 || window.matchMedia('(min-width: 40rem)').matches);

  return (
    // Folded on a phone unless a filter is on; open on wider screens.
    <details className="desk-more-filters" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('desk.queue.moreFilters', { count: active })}</summary>
      <div className="desk-filter-grid">
        <ChoiceFilter
          label={t('desk.field.stage')}
          any={t('desk.filter.any')}
          value={filters.stage}
          options={COMPLAINT_STAGES.map((s) => ({ value: s, label: t(`complaintsGlossary.stage.${s}`) }))}
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
          options={INTAKE_CHANNELS.map((c) => ({ value: c, label: t(`cases.channel.${c}`) }))}
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
        <Button variant="link" onClick={reset}>
          {t('desk.filter.reset')}
        </Button>
      </div>
    </details>
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

/** The complaints queue for these filters. */
function useComplaintsQueue(f: Filters<typeof FILTERS>, page: QueuePageInput) {
  const trpc = useTRPC();
  const from = f.from ? moroccoMidnight(f.from) : undefined;
  // "To" is inclusive for people: up to the start of the next day.
  const to = f.to ? moroccoMidnight(f.to, 1) : undefined;
  return useQuery({
    ...trpc.complaints.queue.queryOptions({
      ...page,
      ...(f.stage ? { stage: f.stage } : {}),
      ...(f.open ? { open: true } : {}),
      ...(f.category ? { categoryId: f.category } : {}),
      ...(f.department ? { departmentId: f.department } : {}),
      ...(f.channel ? { channel: f.channel } : {}),
      ...(f.overdue ? { overdue: true } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(f.q.trim() ? { q: f.q.trim() } : {}),
    }),
    placeholderData: keepPreviousData,
  });
}

/** The complaints queue (the desk's first tab). */
export function QueueScreen() {
  const i18n = useDesk();
  const { t, lang, formatDate } = i18n;
  return (
    <CaseQueue
      name="complaints"
      path="/complaints"
      spec={FILTERS}
      useItems={useComplaintsQueue}
      describe={(e) => describeError(e, i18n, { section: 'desk' }).message}
      texts={{
        title: t('desk.queue.title'),
        pageTitle: `${t('desk.tab.queue')} · ${t('portal.staff.heading')}`,
        filters: t('desk.queue.filters'),
        search: {
          label: t('desk.queue.search'),
          hint: t('desk.queue.searchHint'),
          submit: t('desk.queue.searchSubmit'),
        },
        total: (count) => t('desk.queue.total', { count }),
        updating: t('desk.queue.updating'),
        empty: t('desk.queue.empty'),
        caption: (range) => t('desk.queue.caption', range),
        pages: t('desk.queue.pages'),
        previous: t('desk.queue.previous'),
        next: t('desk.queue.next'),
      }}
      filterFields={(controls) => <QueueFilters {...controls} />}
      // The stage right after the code: on a phone the table scrolls sideways, and the stage is what an agent scans for.
      columns={(['code', 'stage', 'category', 'channel', 'received', 'deadline', 'assignee'] as const).map((c) =>
        t(`desk.col.${c}`),
      )}
      detailPath={(item: QueueItem) => `/complaints/${item.id}`}
      row={(item: QueueItem) => (
        <>
          <td>
            <StageBadge stage={item.stage} />
          </td>
          <td>{item.categoryNames[lang]}</td>
          <td>{t(`cases.channel.${item.channel}`)}</td>
          <td>
            <time dateTime={new Date(item.createdAt).toISOString()}>
              {formatDate(item.createdAt, { dateStyle: 'medium' })}
            </time>
          </td>
          <td>
            <Deadline item={item} />
          </td>
          <td>{item.assigneeName ?? <span className="desk-muted">{t('desk.unassigned')}</span>}</td>
        </>
      )}
    />
  );
}
