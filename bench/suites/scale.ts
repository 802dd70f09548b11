import { join } from 'node:path';
import { createAppDeps, createCaller, createEventBus, createInnerContext, systemClock } from '@shabaka/api';
import { createDb, seedReferenceData, type Db } from '@shabaka/db';
import { compareFigures, naiveFigures, type Figures } from '../naive-figures';
import { scratchDatabase } from '../lib/pg';
import type { Row } from '../lib/report';
import { fmt, fmtMs, median, percentile } from '../lib/stats';
import { seedComplaints, vacuumLoaded } from '../seed';
import { DB_LABEL, interleaved, type SuiteContext } from './context';

const GOAL = 50;

/**
 * 3. Network figures at scale: `complaints.figures` (the dashboard's procedure, through
 * createCaller: rollups plus the overdue counts) vs the naive GROUP BY over the raw
 * complaints table computing the same figures. Ratio = naive p50 ÷ procedure p50.
 */
export async function scaleSuite(ctx: SuiteContext): Promise<Row[]> {
  const rows: Row[] = [];
  const pgCount = ctx.args.count ?? 1_000_000;
  const liteCount = ctx.args.pgliteCount ?? 100_000;
  const iterations = ctx.args.rounds ?? (ctx.args.quick ? 5 : 9);
  for (const kind of ctx.dbs) {
    const count = kind === 'pg' ? pgCount : liteCount;
    ctx.log(`network figures on ${DB_LABEL[kind]}, ${count.toLocaleString('en')} complaints`);
    const scratch = kind === 'pg' ? await scratchDatabase(ctx.args.pgUrl, 'scale') : null;
    try {
      let db: Db;
      let close: () => Promise<void>;
      let loadMs: number | null = null;
      if (scratch) {
        const handle = await createDb({ databaseUrl: scratch.url, migrate: true });
        await seedReferenceData(handle.db);
        // The timeline is not read by either side; leaving it out keeps the load short.
        const r = await seedComplaints(handle.db, { count, events: false, vacuum: false });
        loadMs = r.ms;
        ctx.log(`  loaded in ${(r.ms / 1000).toFixed(1)} s`);
        db = handle.db;
        close = handle.close;
      } else {
        const dir = await ctx.pgliteDataDir(count);
        const handle = await createDb({ dataDir: join(dir, 'pglite') });
        db = handle.db;
        close = handle.close;
      }
      try {
        const caller = createCaller(
          await createInnerContext(createAppDeps({ db, clock: systemClock, events: createEventBus() })),
        );
        const timed = async (fn: () => Promise<unknown>) => {
          const t = performance.now();
          await fn();
          return performance.now() - t;
        };
        if (scratch) {
          // Right after the bulk load, before any VACUUM: what a dashboard sees until autovacuum runs.
          await caller.complaints.figures();
          const early: number[] = [];
          for (let i = 0; i < 5; i++) early.push(await timed(() => caller.complaints.figures()));
          rows.push({
            suite: 'scale',
            figure: `Network figures, ${count.toLocaleString('en')} complaints: p50 before VACUUM`,
            db: DB_LABEL[kind],
            measured: `${fmtMs(median(early))} complaints.figures, right after the bulk load`,
            baseline: 'the same call after VACUUM (row below)',
            ratio: null,
            ratioText: 'diagnostic',
            goal: 'reported',
            pass: null,
            data: { early },
          });
          ctx.log(`  before VACUUM: figures p50 ${fmtMs(median(early))}`);
          const v = performance.now();
          await vacuumLoaded(db);
          ctx.log(`  VACUUM (ANALYZE) in ${((performance.now() - v) / 1000).toFixed(1)} s`);
        }
        const now = new Date();
        // Same answers first: the loader filled the rollups consistently with the raw rows.
        const { complaintFiguresForCheck } = await import('./figures-check');
        const diffs = compareFigures(await complaintFiguresForCheck(db, now), await naiveFigures(db, now));
        if (diffs.length)
          throw new Error(`rollup figures and raw GROUP BY disagree:\n${diffs.slice(0, 20).join('\n')}`);

        const subject = () => timed(() => caller.complaints.figures());
        const baseline = () => timed(() => naiveFigures(db, new Date()));
        await subject();
        await baseline();
        const { subject: s, baseline: b } = await interleaved(iterations, subject, baseline);
        const ratio = median(b) / median(s);
        ctx.log(`  figures p50 ${fmtMs(median(s))}, naive p50 ${fmtMs(median(b))}, ${fmt(ratio, 0)}× faster`);
        rows.push({
          suite: 'scale',
          figure: `Network figures, ${count.toLocaleString('en')} complaints: p50`,
          db: DB_LABEL[kind],
          measured: `${fmtMs(median(s))} (p90 ${fmtMs(percentile(s, 90))}) complaints.figures`,
          baseline: `${fmtMs(median(b))}: naive GROUP BY over complaints (p90 ${fmtMs(percentile(b, 90))})`,
          ratio,
          ratioText: `${fmt(ratio, ratio >= 10 ? 0 : 1)}× faster`,
          goal: `≥ ${GOAL}× faster`,
          pass: ratio >= GOAL,
          data: { subject: s, baseline: b, count, loadMs, iterations },
        });
      } finally {
        await close();
      }
    } finally {
      await scratch?.drop();
    }
  }
  ctx.note(
    'scale',
    `Measured: \`complaints.figures\` through \`createCaller\` (in process, no HTTP): the rollup tables plus the overdue counts over ` +
      `open complaints. Baseline: \`bench/naive-figures.ts\`, the same figures by GROUP BY over the raw \`complaints\` table ` +
      `(same pool, same parallel queries); before timing, both must give the same figures (medians within one histogram bucket). ` +
      `Data: \`bench/seed.ts\` (population-weighted over the five communes, 2 years, realistic ageing, rollups filled in the same ` +
      `transaction, then VACUUM (ANALYZE), the steady state autovacuum reaches; the row "before VACUUM" shows the figures right after ` +
      `the load). ${iterations} calls per side, alternating, after one warm-up call each.`,
  );
  return rows;
}

export type { Figures };
