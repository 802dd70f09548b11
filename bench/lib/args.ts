/** Flags shared by every suite: `pnpm bench -- [suite…] [--quick] [--db pg|pglite|both] …`. */
export interface BenchArgs {
  suites: string[];
  quick: boolean;
  /** Which databases to use where a suite runs on both. */
  db: 'both' | 'pg' | 'pglite';
  /** Administrative PostgreSQL URL; scratch databases are created next to it and dropped. */
  pgUrl: string;
  build: boolean;
  /** Override of the number of rounds / seconds per load run / rows for the scale figure. */
  rounds?: number;
  seconds?: number;
  count?: number;
  pgliteCount?: number;
  /** Seed CLI only. */
  databaseUrl?: string;
  dataDir?: string;
  days?: number;
  events: boolean;
  seed?: number;
  /** Write a V8 CPU profile of the server under load into bench/results/profiles/. */
  cpuProf: boolean;
}

export function parseArgs(argv: string[]): BenchArgs {
  const a: BenchArgs = {
    suites: [],
    quick: false,
    db: 'both',
    pgUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    build: true,
    events: true,
    cpuProf: false,
  };
  const num = (flag: string, v: string | undefined) => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n)) throw new Error(`${flag} needs a number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = () => argv[++i];
    switch (arg) {
      case '--':
        break;
      case '--quick':
        a.quick = true;
        break;
      case '--no-build':
        a.build = false;
        break;
      case '--no-events':
        a.events = false;
        break;
      case '--cpu-prof':
        a.cpuProf = true;
        break;
      case '--db': {
        const v = next();
        if (v !== 'both' && v !== 'pg' && v !== 'pglite') throw new Error('--db is both, pg or pglite');
        a.db = v;
        break;
      }
      case '--pg-url':
        a.pgUrl = next() ?? a.pgUrl;
        break;
      case '--rounds':
        a.rounds = num(arg, next());
        break;
      case '--seconds':
        a.seconds = num(arg, next());
        break;
      case '--count':
        a.count = num(arg, next());
        break;
      case '--pglite-count':
        a.pgliteCount = num(arg, next());
        break;
      case '--database-url':
        a.databaseUrl = next();
        break;
      case '--data-dir':
        a.dataDir = next();
        break;
      case '--days':
        a.days = num(arg, next());
        break;
      case '--seed':
        a.seed = num(arg, next());
        break;
      default:
        if (arg.startsWith('-')) throw new Error(`unknown flag ${arg}`);
        a.suites.push(arg);
    }
  }
  return a;
}
