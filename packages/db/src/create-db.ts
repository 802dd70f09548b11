import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { CamelCasePlugin, Kysely, Migrator, PostgresDialect, type Dialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
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
const toDate = (v: string) => new Date(v.includes('T') || v.endsWith('Z') || /[+-]\d\d(:?\d\d)?$/.test(v) ? v : `${v}Z`);
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

export function postgresPool(url: string, options: pg.PoolConfig = {}): pg.Pool {
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

/** Parsers plus the extensions search needs (unaccent, pg_trgm: both ship with PGlite and PostgreSQL). */
export function pgliteOptions() {
  return { parsers, extensions: { unaccent, pg_trgm } };
}

export interface CreateDbOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database; `memory://` keeps it in memory. */
  dataDir?: string | undefined;
  /** Run pending migrations before returning (the server does this on boot). */
  migrate?: boolean;
}

/** Opens an embedded data directory from a backup made by `dump()`, replacing nothing: `dataDir` must not exist. */
export async function restorePglite(dataDir: string, backup: Uint8Array): Promise<DbHandle> {
  mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({ dataDir, loadDataDir: new Blob([new Uint8Array(backup)]), ...pgliteOptions() });
  return fromPglite(pglite);
}

export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  let handle: DbHandle;
  if (options.databaseUrl) {
    const pool = postgresPool(options.databaseUrl);
    handle = { db: kyselyFor(new PostgresDialect({ pool })), kind: 'postgres', close: () => handle.db.destroy() };
  } else {
    const dataDir = options.dataDir ?? './data/pglite';
    if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
    const pglite = await PGlite.create({ dataDir, ...pgliteOptions() });
    handle = fromPglite(pglite);
  }
  if (options.migrate) await migrateToLatest(handle.db);
  return handle;
}

export function fromPglite(pglite: PGlite): DbHandle {
  const db = kyselyFor(new PGliteDialect(pglite));
  return {
    db,
    kind: 'pglite',
    dump: async () => new Uint8Array(await (await pglite.dumpDataDir('gzip')).arrayBuffer()),
    async close() {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<void> {
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
