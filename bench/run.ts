/**
 * pnpm bench [-- suite… ] [--quick] [--db both|pg|pglite] [--no-build] [--cpu-prof]
 * Suites: weight, api, intake, scale, bulletin, cold, search, outbox, lighthouse (default: all). `seed` is the bulk loader CLI,
 * `profile <file.cpuprofile>…` summarises a CPU profile taken with --cpu-prof.
 */
import { parseArgs } from './lib/args';
import { seedCli } from './seed';

const args = parseArgs(process.argv.slice(2));

if (args.suites[0] === 'seed') {
  if (!args.count) throw new Error('seed needs --count N');
  await seedCli({
    count: args.count,
    databaseUrl: args.databaseUrl,
    dataDir: args.dataDir,
    ...(args.days !== undefined ? { days: args.days } : {}),
    events: args.events,
    ...(args.seed !== undefined ? { seed: args.seed } : {}),
  });
} else if (args.suites[0] === 'profile') {
  const { summarize } = await import('./profile');
  for (const f of args.suites.slice(1)) summarize(f, args.count ?? 25, args.seconds ?? 0);
} else {
  const { runSuites } = await import('./suites/index');
  await runSuites(args);
}
