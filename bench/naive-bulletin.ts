/**
 * The floor of the bulletin benchmark: a commune's yearly bulletin computed the naive way — the complaints section
 * by GROUP BY over the raw `complaints` table on every call (no rollup), the other sections by the same code as
 * the bulletin (they read small tables either way). Written fairly: sargable time predicates on the indexed
 * columns, the queries run in parallel on the same pool.
 */
import type { BulletinFigure, BulletinSection, Db } from '@shabaka/db';
import { sql } from 'kysely';
import { SECTION_PROVIDERS } from '../packages/api/src/bulletins/sections';
import type { Period } from '../packages/api/src/bulletins/period';
import { bucketHours } from '../packages/api/src/complaints/rollups';

const OPEN = ['received', 'processing', 'final'];
const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

export async function naiveComplaints(db: Db, communeId: string, p: Period): Promise<BulletinFigure[]> {
  const [received, closed, median, reopened, ratings] = await Promise.all([
    sql<{ code: string; names: { ar: string; fr: string; es: string }; n: string }>`
      select cat.code, cat.names, cat.position, count(c.id) as n
      from complaints c join complaint_categories cat on cat.commune_id = c.commune_id and cat.id = c.category_id
      where c.commune_id = ${communeId} and c.created_at >= ${p.start} and c.created_at < ${p.end}
      group by cat.code, cat.names, cat.position order by cat.position, cat.code`.execute(db),
    sql<{ code: string; closed: string; onTime: string; resolved: string }>`
      select cat.code, count(*) as closed, count(*) filter (where c.closed_at <= c.answer_due_at) as "onTime",
             count(*) filter (where c.stage = 'resolved') as resolved
      from complaints c join complaint_categories cat on cat.commune_id = c.commune_id and cat.id = c.category_id
      where c.commune_id = ${communeId} and c.closed_at >= ${p.start} and c.closed_at < ${p.end}
        and c.stage not in (${sql.join(OPEN)})
      group by cat.code`.execute(db),
    sql<{ bucket: number | null }>`
      select percentile_disc(0.5) within group (
               order by floor(ln(1 + greatest(0, extract(epoch from closed_at - created_at) / 3600)) / ln(2) * 4)) as bucket
      from complaints where commune_id = ${communeId} and stage = 'resolved'
        and closed_at >= ${p.start} and closed_at < ${p.end}`.execute(db),
    sql<{ n: string }>`
      select count(*) as n from complaint_events where commune_id = ${communeId} and kind = 'reopened'
        and at >= ${p.start} and at < ${p.end}`.execute(db),
    sql<{ n: string; avg: string | null }>`
      select count(rating) as n, round(avg(rating), 1) as avg from complaints where commune_id = ${communeId}`.execute(
      db,
    ),
  ]);
  const closedOf = new Map(closed.rows.map((r) => [r.code, r]));
  const sum = (k: 'closed' | 'onTime' | 'resolved') => closed.rows.reduce((s, r) => s + Number(r[k]), 0);
  const b = median.rows[0]?.bucket;
  return [
    { key: 'received', value: received.rows.reduce((s, r) => s + Number(r.n), 0), unit: 'count' },
    { key: 'closed', value: sum('closed'), unit: 'count' },
    { key: 'resolved', value: sum('resolved'), unit: 'count' },
    { key: 'onTimeShare', value: pct(sum('onTime'), sum('closed')), unit: 'percent' },
    {
      key: 'medianResolveHours',
      value: b === null || b === undefined ? null : Math.round(bucketHours(Number(b)) * 10) / 10,
      unit: 'hours',
    },
    { key: 'reopened', value: Number(reopened.rows[0]!.n), unit: 'count' },
    { key: 'ratings', value: Number(ratings.rows[0]!.n), unit: 'count' },
    {
      key: 'averageRating',
      value: ratings.rows[0]!.avg === null ? null : Number(ratings.rows[0]!.avg),
      unit: 'rating',
    },
    ...received.rows.flatMap((r): BulletinFigure[] => {
      const c = closedOf.get(r.code);
      return [
        { key: 'categoryReceived', value: Number(r.n), unit: 'count', names: r.names },
        {
          key: 'categoryOnTime',
          value: pct(Number(c?.onTime ?? 0), Number(c?.closed ?? 0)),
          unit: 'percent',
          names: r.names,
        },
      ];
    }),
  ];
}

/** The whole bulletin, its complaints section by GROUP BY over the raw table. */
export async function naiveBulletin(db: Db, communeId: string, p: Period): Promise<BulletinSection[]> {
  const ctx = { db, clock: { now: () => new Date() } };
  return Promise.all(
    SECTION_PROVIDERS.map(async (s) => ({
      key: s.key,
      dataset: s.dataset,
      figures: s.key === 'complaints' ? await naiveComplaints(db, communeId, p) : await s.figures(ctx, communeId, p),
    })),
  );
}

const bucketOf = (hours: number) => Math.floor(Math.log2(1 + Math.max(0, hours)) * 4);

/** Differences between the bulletin's sections and the naive ones (empty when they agree; medians within a bucket). */
export function compareSections(label: string, rollup: BulletinSection[], naive: BulletinSection[]): string[] {
  const diffs: string[] = [];
  for (const n of naive) {
    const r = rollup.find((s) => s.key === n.key);
    if (!r) {
      diffs.push(`${label} ${n.key}: missing`);
      continue;
    }
    if (r.figures.length !== n.figures.length)
      diffs.push(`${label} ${n.key}: ${r.figures.length} vs ${n.figures.length} figures`);
    n.figures.forEach((f, i) => {
      const g = r.figures[i];
      if (!g || g.key !== f.key) return void diffs.push(`${label} ${n.key}.${f.key}: not in the same place`);
      const same =
        f.key === 'medianResolveHours' && f.value !== null && g.value !== null
          ? Math.abs(bucketOf(f.value) - bucketOf(g.value)) <= 1
          : f.value === g.value;
      if (!same)
        diffs.push(
          `${label} ${n.key}.${f.key}${f.names ? ` (${f.names.fr})` : ''}: rollup ${g.value} vs raw ${f.value}`,
        );
    });
  }
  return diffs;
}
