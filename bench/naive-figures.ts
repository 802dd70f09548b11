/**
 * The floor of the network-figures benchmark: the same per-commune figures as
 * `complaintFigures` (packages/api/src/complaints/figures.ts), computed the naive way,
 * with GROUP BY over the raw `complaints` table on every call — no rollups. Written
 * fairly: sargable time predicates where the indexes allow them, the same eight
 * queries run in parallel on the same pool, the same overdue queries.
 */
import { COMPLAINT_STAGES, type ComplaintStage, type Db, type Localized } from '@shabaka/db';
import { sql } from 'kysely';

const TZ = 'Africa/Casablanca';
const OPEN = ['received', 'processing', 'final'];
const dayOf = (d: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
const daysAgo = (now: Date, n: number) => dayOf(new Date(now.getTime() - n * 86_400_000));
/** Local midnight (Casablanca) of a 'YYYY-MM-DD' day, as a timestamptz expression. */
const midnight = (day: string) => sql`(${day}::date::timestamp at time zone ${TZ})`;

export interface Figures {
  total: number;
  open: number;
  byStage: Record<ComplaintStage, number>;
  receivedThisMonth: number;
  resolved: number;
  medianAckHours: number | null;
  medianResolveHours: number | null;
  overdueAck: number;
  overdueAnswer: number;
  resolvedOnTimeShare: number | null;
  topCategories: { code: string; names: Localized; count: number }[];
  trend: { day: string; received: number; closed: number }[];
}

const empty = (): Figures => ({
  total: 0,
  open: 0,
  byStage: Object.fromEntries(COMPLAINT_STAGES.map((s) => [s, 0])) as Record<ComplaintStage, number>,
  receivedThisMonth: 0,
  resolved: 0,
  medianAckHours: null,
  medianResolveHours: null,
  overdueAck: 0,
  overdueAnswer: 0,
  resolvedOnTimeShare: null,
  topCategories: [],
  trend: [],
});

export async function naiveFigures(db: Db, now: Date): Promise<Map<string, Figures>> {
  const monthStart = `${dayOf(now).slice(0, 8)}01`;
  const [communes, stages, month, onTime, medians, overdueAnswer, overdueAck, top, trend] = await Promise.all([
    db.selectFrom('communes').select('id').execute(),
    sql<{ communeId: string; stage: ComplaintStage; n: number }>`
      select commune_id, stage, count(*) as n from complaints group by commune_id, stage`.execute(db),
    sql<{ communeId: string; n: number }>`
      select commune_id, count(*) as n from complaints where created_at >= ${midnight(monthStart)} group by commune_id`.execute(
      db,
    ),
    sql<{ communeId: string; resolved: number; onTime: number }>`
      select commune_id, count(*) as resolved, count(*) filter (where closed_at <= answer_due_at) as on_time
      from complaints where stage = 'resolved' group by commune_id`.execute(db),
    sql<{ communeId: string; ack: number | null; resolve: number | null }>`
      select commune_id,
             percentile_cont(0.5) within group (order by extract(epoch from acknowledged_at - created_at) / 3600)
               filter (where acknowledged_at is not null) as ack,
             percentile_cont(0.5) within group (order by extract(epoch from closed_at - created_at) / 3600)
               filter (where stage = 'resolved') as resolve
      from complaints group by commune_id`.execute(db),
    sql<{ communeId: string; n: number }>`
      select commune_id, count(*) as n from complaints
      where stage in ('received', 'processing', 'final') and answer_due_at < ${now} group by commune_id`.execute(db),
    sql<{ communeId: string; n: number }>`
      select commune_id, count(*) as n from complaints
      where stage = 'received' and ack_due_at < ${now} group by commune_id`.execute(db),
    sql<{ communeId: string; code: string; names: Localized; n: number }>`
      select c.commune_id, cat.code, cat.names, count(*) as n
      from complaints c join complaint_categories cat on cat.commune_id = c.commune_id and cat.id = c.category_id
      where c.created_at >= ${midnight(daysAgo(now, 90))}
      group by c.commune_id, cat.code, cat.names`.execute(db),
    sql<{ communeId: string; day: string; received: number; closed: number }>`
      select commune_id, day, sum(received) as received, sum(closed) as closed from (
        select commune_id, (created_at at time zone ${TZ})::date as day, 1 as received, 0 as closed
        from complaints where created_at >= ${midnight(daysAgo(now, 29))}
        union all
        select commune_id, (closed_at at time zone ${TZ})::date, 0, 1
        from complaints where closed_at >= ${midnight(daysAgo(now, 29))} and stage not in ('received', 'processing', 'final')
      ) x group by commune_id, day order by day`.execute(db),
  ]);

  const out = new Map<string, Figures>();
  const get = (id: string) => {
    let f = out.get(id);
    if (!f) out.set(id, (f = empty()));
    return f;
  };
  for (const c of communes) get(c.id);
  for (const r of stages.rows) get(r.communeId).byStage[r.stage] = Number(r.n);
  for (const r of month.rows) get(r.communeId).receivedThisMonth = Number(r.n);
  for (const r of onTime.rows) {
    const f = get(r.communeId);
    f.resolved = Number(r.resolved);
    f.resolvedOnTimeShare = f.resolved > 0 ? Math.round((Number(r.onTime) / f.resolved) * 1000) / 10 : null;
  }
  for (const r of medians.rows) {
    const f = get(r.communeId);
    f.medianAckHours = r.ack === null ? null : Math.round(Number(r.ack) * 10) / 10;
    f.medianResolveHours = r.resolve === null ? null : Math.round(Number(r.resolve) * 10) / 10;
  }
  for (const r of overdueAnswer.rows) get(r.communeId).overdueAnswer = Number(r.n);
  for (const r of overdueAck.rows) get(r.communeId).overdueAck = Number(r.n);
  for (const r of top.rows) get(r.communeId).topCategories.push({ code: r.code, names: r.names, count: Number(r.n) });
  for (const r of trend.rows)
    get(r.communeId).trend.push({ day: String(r.day), received: Number(r.received), closed: Number(r.closed) });
  for (const f of out.values()) {
    f.total = Object.values(f.byStage).reduce((a, b) => a + b, 0);
    f.open = OPEN.reduce((a, s) => a + f.byStage[s as ComplaintStage], 0);
    f.topCategories = f.topCategories.sort((a, b) => b.count - a.count).slice(0, 5);
  }
  return out;
}

const bucketOf = (hours: number) => Math.floor(Math.log2(1 + Math.max(0, hours)) * 4);

/**
 * Differences between the rollup figures and the naive ones (empty when they agree).
 * Medians may differ by one histogram bucket (~19%): the rollup keeps log-scale buckets.
 */
export function compareFigures(rollup: Map<string, Figures>, naive: Map<string, Figures>): string[] {
  const diffs: string[] = [];
  for (const [id, n] of naive) {
    const r = rollup.get(id);
    if (!r) {
      if (n.total > 0) diffs.push(`${id}: missing from the rollup figures`);
      continue;
    }
    for (const k of [
      'total',
      'open',
      'receivedThisMonth',
      'resolved',
      'overdueAck',
      'overdueAnswer',
      'resolvedOnTimeShare',
    ] as const) {
      if (r[k] !== n[k]) diffs.push(`${id} ${k}: rollup ${r[k]} vs raw ${n[k]}`);
    }
    for (const s of COMPLAINT_STAGES)
      if (r.byStage[s] !== n.byStage[s]) diffs.push(`${id} byStage.${s}: ${r.byStage[s]} vs ${n.byStage[s]}`);
    for (const k of ['medianAckHours', 'medianResolveHours'] as const) {
      const a = r[k];
      const b = n[k];
      if ((a === null) !== (b === null) || (a !== null && b !== null && Math.abs(bucketOf(a) - bucketOf(b)) > 1))
        diffs.push(`${id} ${k}: ${a} vs ${b}`);
    }
    const counts = (f: Figures) => f.topCategories.map((c) => c.count).join(',');
    if (counts(r) !== counts(n)) diffs.push(`${id} topCategories: ${counts(r)} vs ${counts(n)}`);
    const trend = (f: Figures) =>
      f.trend
        .filter((t) => t.received || t.closed)
        .map((t) => `${t.day}:${t.received}/${t.closed}`)
        .join(' ');
    if (trend(r) !== trend(n)) diffs.push(`${id} trend differs`);
  }
  return diffs;
}
