import { join } from 'node:path';
import { benchDir } from '../lib/paths';
import { freePort, SERVER_MAIN, serverEnv, startNode, waitHealthy } from '../lib/proc';
import type { Row } from '../lib/report';
import { fmt, fmtMs, max, median, min } from '../lib/stats';
import type { SuiteContext } from './context';

const COLD_COMPLAINTS = 100_000;

/** Milliseconds from spawning `node <args>` to the first 200 on `path` (polled every 5 ms), then stops it. */
async function timeToFirstOk(args: string[], env: Record<string, string | undefined>, path: string): Promise<number> {
  const port = await freePort();
  const t0 = performance.now();
  const child = startNode(args, { ...env, PORT: String(port) }, port);
  try {
    return await waitHealthy(child, path, t0, 120_000, 5);
  } finally {
    await child.stop();
  }
}

/**
 * 5. Cold start on the embedded database: process start → /healthz OK, with a new data
 * directory (first boot: creates PGlite, migrates, seeds), the same directory again (empty
 * but initialised), and a 100,000-complaint directory. Baselines: `node` answering a bare
 * http server's first request, and `node` opening the same PGlite directory first.
 */
export async function coldSuite(ctx: SuiteContext): Promise<Row[]> {
  ctx.log(`cold start (PGlite), ${COLD_COMPLAINTS.toLocaleString('en')}-complaint data directory`);
  const loaded = await ctx.pgliteDataDir(COLD_COMPLAINTS);
  const bare = join(benchDir, 'baselines/bare-http.mjs');
  const pgliteOpen = join(benchDir, 'baselines/pglite-open.mjs');
  const t = {
    node: [] as number[],
    pglite: [] as number[],
    fresh: [] as number[],
    empty: [] as number[],
    loaded: [] as number[],
  };
  for (let r = 0; r < ctx.rounds; r++) {
    const fresh = ctx.tempDir('cold');
    // The server reads its own env (PORT is set by timeToFirstOk).
    const server = (dataDir: string) =>
      timeToFirstOk([SERVER_MAIN], { ...serverEnv({ dataDir }, 0), PORT: undefined }, '/healthz');
    t.node.push(await timeToFirstOk([bare], {}, '/'));
    t.fresh.push(await server(fresh));
    t.empty.push(await server(fresh));
    t.pglite.push(await timeToFirstOk([pgliteOpen], { SHABAKA_DATA_DIR: loaded }, '/'));
    t.loaded.push(await server(loaded));
  }
  const base = median(t.node);
  const lite = median(t.pglite);
  const row = (figure: string, xs: number[]): Row => ({
    suite: 'cold',
    figure,
    db: 'PGlite',
    measured: `${fmtMs(median(xs))} (rounds ${fmtMs(min(xs))}–${fmtMs(max(xs))})`,
    baseline: `${fmtMs(base)}: node + bare http first answer`,
    ratio: median(xs) / base,
    ratioText: `${fmt(median(xs) / base, 1)}× the bare start`,
    goal: 'reported',
    pass: null,
    data: { rounds: xs, baseline: t.node, pgliteOpen: t.pglite },
  });
  // The goal (issue 12): an existing directory serves within 1.5× of PGlite's own open of it,
  // i.e. migrations and reference data are not redone on every start.
  const overOpen = median(t.loaded) / lite;
  const loadedRow: Row = {
    ...row(`Cold start: ${COLD_COMPLAINTS.toLocaleString('en')}-complaint data directory`, t.loaded),
    baseline: `${fmtMs(lite)}: node opens the same PGlite directory (bare start ${fmtMs(base)})`,
    ratio: overOpen,
    ratioText: `${fmt(overOpen, 2)}× PGlite's own open`,
    goal: '≤ 1.5× PGlite open',
    pass: overOpen <= 1.5,
  };
  ctx.log(
    `  node ${fmtMs(base)}, PGlite open ${fmtMs(lite)}, server: new ${fmtMs(median(t.fresh))}, empty ${fmtMs(median(t.empty))}, 100k ${fmtMs(median(t.loaded))}`,
  );
  ctx.note(
    'cold',
    `Time from spawning the process to the first 200 from \`/healthz\` (polled every 5 ms), ${ctx.rounds} rounds. Baseline: ` +
      `\`node bench/baselines/bare-http.mjs\` answering its first request. For the loaded directory, ` +
      `\`bench/baselines/pglite-open.mjs\` (node opens the same PGlite directory with the server's extensions, runs \`select 1\`, ` +
      `then answers) is the baseline: ${fmtMs(lite)} here. The server skips the migrator when every migration is recorded and ` +
      `the reference seed when its fingerprint (data, seeding code, migrations) is the one stored (\`ensureReferenceData\`).`,
  );
  return [
    row('Cold start: new data directory (first boot)', t.fresh),
    row('Cold start: empty data directory', t.empty),
    loadedRow,
  ];
}
