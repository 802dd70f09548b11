import { join } from 'node:path';
import { createDb, seedReferenceData, type Db } from '@shabaka/db';
import { liveFigures } from '../../packages/api/src/bulletins/service';
import { periodOf } from '../../packages/api/src/bulletins/period';
import { compareSections, naiveBulletin } from '../naive-bulletin';
import { scratchDatabase } from '../lib/pg';
import type { Row } from '../lib/report';
import { fmt, fmtMs, median, percentile } from '../lib/stats';
import { seedComplaints, vacuumLoaded } from '../seed';
import { DB_LABEL, interleaved, type SuiteContext } from './context';

/** On PostgreSQL at a million complaints; PGlite's 100,000 is reported (its fixed cost is the other sections'). */
const GOAL = 20;

/**
 * The bulletins' figure (issue 16): the five communes' yearly bulletins for last year, as approval computes them
 * (`liveFigures`, every section; complaints from the rollups), vs the same bulletins with the complaints section by
 * GROUP BY over the raw `complaints` table. Ratio = naive p50 ÷ bulletin p50. Imported by path: the service is not
 * part of @shabaka/api's public exports, and the timed work is the service itself (no HTTP, no session).
 */
export async function bulletinSuite(ctx: SuiteContext): Promise<Row[]> {
  const rows: Row[] = [];
  const pgCount = ctx.args.count ?? 1_000_000;
  const liteCount = ctx.args.pgliteCount ?? 100_000;
  const iterations = ctx.args.rounds ?? (ctx.args.quick ? 5 : 9);
  for (const kind of ctx.dbs) {
    const count = kind === 'pg' ? pgCount : liteCount;
    ctx.log(`yearly bulletins on ${DB_LABEL[kind]}, ${count.toLocaleString('en')} complaints`);
    const scratch = kind === 'pg' ? await scratchDatabase(ctx.args.pgUrl, 'bulletin') : null;
    try {
      let db: Db;
      let close: () => Promise<void>;
      if (scratch) {
        const handle = await createDb({ databaseUrl: scratch.url, migrate: true });
        await seedReferenceData(handle.db);
        const r = await seedComplaints(handle.db, { count, events: false, vacuum: false });
        ctx.log(`  loaded in ${(r.ms / 1000).toFixed(1)} s`);
        await vacuumLoaded(handle.db);
        db = handle.db;
        close = handle.close;
      } else {
        const handle = await createDb({ dataDir: join(await ctx.pgliteDataDir(count), 'pglite') });
        db = handle.db;
        close = handle.close;
      }
      try {
        const period = periodOf(new Date().getUTCFullYear() - 1, 0);
        const communes = await db.selectFrom('communes').select(['id', 'slug']).execute();
        const fctx = { db, clock: { now: () => new Date() } };
        // Same answers first: the loader filled the rollups as the kernel would have.
        for (const c of communes) {
          const diffs = compareSections(
            c.slug,
            (await liveFigures(fctx, c.id, period)).sections,
            await naiveBulletin(db, c.id, period),
          );
          if (diffs.length)
            throw new Error(`bulletin figures and raw GROUP BY disagree:\n${diffs.slice(0, 20).join('\n')}`);
        }
        const timed = async (fn: () => Promise<unknown>) => {
          const t = performance.now();
          await fn();
          return performance.now() - t;
        };
        const subject = () =>
          timed(async () => {
            for (const c of communes) await liveFigures(fctx, c.id, period);
          });
        const baseline = () =>
          timed(async () => {
            for (const c of communes) await naiveBulletin(db, c.id, period);
          });
        await subject();
        await baseline();
        const { subject: s, baseline: b } = await interleaved(iterations, subject, baseline);
        const ratio = median(b) / median(s);
        ctx.log(`  bulletins p50 ${fmtMs(median(s))}, naive p50 ${fmtMs(median(b))}, ${fmt(ratio, 0)}× faster`);
        rows.push({
          suite: 'bulletin',
          figure: `Yearly bulletins of the five communes, ${count.toLocaleString('en')} complaints: p50`,
          db: DB_LABEL[kind],
          measured: `${fmtMs(median(s))} (p90 ${fmtMs(percentile(s, 90))}) liveFigures × 5`,
          baseline: `${fmtMs(median(b))}: complaints section by naive GROUP BY (p90 ${fmtMs(percentile(b, 90))})`,
          ratio,
          ratioText: `${fmt(ratio, ratio >= 10 ? 0 : 1)}× faster`,
          goal: kind === 'pg' ? `≥ ${GOAL}× faster` : 'reported',
          pass: kind === 'pg' ? ratio >= GOAL : null,
          data: { subject: s, baseline: b, count, iterations },
        });
      } finally {
        await close();
      }
    } finally {
      await scratch?.drop();
    }
  }
  ctx.note(
    'bulletin',
    `Measured: \`liveFigures\` (packages/api/src/bulletins/service.ts, what approval freezes) for last year's yearly bulletin ` +
      `of each of the five communes: every section, the complaints one from \`complaint_daily\` and \`complaint_month_counts\`. ` +
      `Baseline: \`bench/naive-bulletin.ts\`, the same bulletins with the complaints section by GROUP BY over the raw ` +
      `\`complaints\` table (same pool; the other sections by the same code). Both must agree first (medians within one ` +
      `histogram bucket). Data as the scale suite (\`bench/seed.ts\`, then VACUUM (ANALYZE)). ${iterations} rounds per side, alternating.`,
  );
  return rows;
}
