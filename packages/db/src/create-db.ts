import { chmodSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { CamelCasePlugin, Kysely, Migrator, PostgresDialect, sql, type Dialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import type pg from 'pg';
import { migrations } from './migrations/index';
import type { Database } from './types';

export type Db = Kysely<Database>;

export interface DbHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Closes the pool or the embedded instance; forgetting it keeps the process alive. */
  close(): Promise<void>;
  /** A consistent gzipped tarball of the embedded database (PGlite only; PostgreSQL has pg_dump). */
  dump?: () => Promise<Uint8Array>;
}

// Both drivers must hand the services the same JavaScript values: counts (int8)
// and numerics as numbers, timestamps as Date, dates as 'YYYY-MM-DD' strings.
const OID = { int8: 20, numeric: 1700, timestamp: 1114, timestamptz: 1184, date: 1082 } as const;
const toNumber = (v: string) => Number(v);
const toDate = (v: string) =>
  new Date(v.includes('T') || v.endsWith('Z') || /[+-]\d\d(:?\d\d)?$/.test(v) ? v : `${v}Z`);
export const parsers: Record<number, (v: string) => unknown> = {
  [OID.int8]: toNumber,
  [OID.numeric]: toNumber,
  [OID.timestamptz]: (v) => new Date(v),
  [OID.timestamp]: toDate,
  [OID.date]: (v) => v,
};

export function kyselyFor(dialect: Dialect): Db {
  return new Kysely<Database>({ dialect, plugins: [new CamelCasePlugin()] });
}

/**
 * node-postgres (~60 ms of module loading) is required when a pool is made: a server on the
 * embedded database never loads it. A runtime require, so the server's bundle keeps it out too.
 */
const loadPg = (): typeof pg => createRequire(import.meta.url)('pg') as typeof pg;

export function postgresPool(url: string, options: pg.PoolConfig = {}): pg.Pool {
  const pg = loadPg();
  return new pg.Pool({
    connectionString: url,
    max: 10,
    ...options,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        parsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
}

/**
 * Parsers plus the extensions the schema needs, all shipped with PGlite and PostgreSQL: search
 * (unaccent, pg_trgm) and btree_gist (a room's bookings exclude overlapping times per room).
 */
export function pgliteOptions() {
  return { parsers, extensions: { unaccent, pg_trgm, btree_gist } };
}

export interface CreateDbOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database; `memory://` keeps it in memory. */
  dataDir?: string | undefined;
  /** Run pending migrations before returning (the server does this on boot). */
  migrate?: boolean;
}

/**
 * The embedded database holds everything (accounts, complaints, encrypted keys): its folder
 * is the owner's alone, 0700, and its files 0600 — whatever the umask, and for folders
 * created by older versions too. Files PGlite creates later sit inside the 0700 folder.
 */
export function restrictToOwner(dir: string) {
  chmodSync(dir, 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) restrictToOwner(path);
    else if (entry.isFile()) chmodSync(path, 0o600);
  }
}

/**
 * Creates the embedded database's folder (owner only), or restricts an existing one. True
 * when its files may still be open to others (a new folder, or one an older version left
 * readable): only then are they walked (`restrictToOwner`, a thousand files and more), not at
 * every start.
 */
function ownerOnlyDir(dataDir: string): boolean {
  const open = !existsSync(dataDir) || (statSync(dataDir).mode & 0o077) !== 0;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  return open;
}

/** Opens an embedded data directory from a backup made by `dump()`, replacing nothing: `dataDir` must not exist. */
export async function restorePglite(dataDir: string, backup: Uint8Array): Promise<DbHandle> {
  ownerOnlyDir(dataDir);
  const pglite = await PGlite.create({ dataDir, loadDataDir: new Blob([new Uint8Array(backup)]), ...pgliteOptions() });
  restrictToOwner(dataDir);
  return fromPglite(pglite);
}

export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  let handle: DbHandle;
  if (options.databaseUrl) {
    const pool = postgresPool(options.databaseUrl);
    handle = { db: kyselyFor(new PostgresDialect({ pool })), kind: 'postgres', close: () => handle.db.destroy() };
  } else {
    const dataDir = options.dataDir ?? './data/pglite';
    const onDisk = !dataDir.startsWith('memory://');
    const restrict = onDisk && ownerOnlyDir(dataDir);
    const pglite = await PGlite.create({ dataDir, ...pgliteOptions() });
    if (restrict) restrictToOwner(dataDir);
    handle = fromPglite(pglite);
  }
  if (options.migrate) await migrateToLatest(handle.db);
  return handle;
}

export function fromPglite(pglite: PGlite): DbHandle {
  const db = kyselyFor(new PGliteDialect(pglite));
  const maintenance = scheduleMaintenance(db);
  return {
    db,
    kind: 'pglite',
    dump: async () => new Uint8Array(await (await pglite.dumpDataDir('gzip')).arrayBuffer()),
    async close() {
      await maintenance.stop();
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

/**
 * PGlite has no autovacuum. Without it the planner keeps the statistics a table had when
 * it was empty, and plans cached on them stay: on a new data directory the foreign-key
 * check of every timeline entry scanned the commune's complaints by date instead of
 * probing the primary key, slower with every complaint. ANALYZE replaces the statistics
 * and invalidates those plans; VACUUM reclaims dead rows. This does autovacuum's job with
 * its default thresholds (50 rows + 10% changed: analyze; 50 + 20% dead: vacuum).
 */
export async function maintainTables(db: Db): Promise<string[]> {
  const { rows } = await sql<{ name: string; needsAnalyze: boolean; needsVacuum: boolean }>`
    select s.relname as name,
      s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0) as needs_analyze,
      s.n_dead_tup > 50 + 0.2 * greatest(c.reltuples, 0) as needs_vacuum
    from pg_stat_user_tables s join pg_class c on c.oid = s.relid
    where s.schemaname = 'public'`.execute(db);
  const done: string[] = [];
  for (const r of rows) {
    if (r.needsVacuum) await sql`vacuum (analyze) ${sql.table(r.name)}`.execute(db);
    else if (r.needsAnalyze) await sql`analyze ${sql.table(r.name)}`.execute(db);
    else continue;
    done.push(r.name);
  }
  return done;
}

/** Checks the thresholds shortly after opening, then every minute; the timers never keep the process alive. */
function scheduleMaintenance(db: Db, firstMs = 5_000, everyMs = 60_000) {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  // Errors are not fatal: the database may be closing, and the next round tries again.
  const run = () => {
    if (!stopped) running = maintainTables(db).catch(() => {});
  };
  const first = setTimeout(run, firstMs);
  const every = setInterval(run, everyMs);
  first.unref();
  every.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(every);
      await running;
    },
  };
}

/**
 * Whether every migration this code knows is recorded already: one read, where Kysely's
 * Migrator (table checks through the catalog, a lock, then the same read) costs a good
 * part of a start on the embedded database. Any doubt (no table yet) says no.
 */
async function allApplied(db: Kysely<any>, schema?: string): Promise<boolean> {
  try {
    const table = schema ? sql.table(`${schema}.kysely_migration`) : sql.table('kysely_migration');
    const { rows } = await sql<{ name: string }>`select name from ${table}`.execute(db);
    const done = new Set(rows.map((r) => r.name));
    return Object.keys(migrations).every((name) => done.has(name));
  } catch {
    return false;
  }
}

export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<void> {
  if (await allApplied(db, schema)) return;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Domains developed side by side may land migrations out of name order.
    allowUnorderedMigrations: true,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String((error as Error)?.message ?? error)}`);
  }
}
