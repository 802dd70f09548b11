import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PostgresDialect } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { fromPglite, kyselyFor, migrateToLatest, pgliteOptions, postgresPool, type DbHandle } from './create-db';
import { seedReferenceData } from './seed';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/** Which database this test project runs on: set per Vitest project (see vitest-projects.ts). */
export const testDbKind = (): 'pglite' | 'postgres' =>
  process.env.SHABAKA_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

/**
 * A fresh, migrated and seeded database for one test file. PGlite: a clone of the
 * template migrated once in global setup (starting PGlite is the slow part, migrating
 * again per file would double it). PostgreSQL: a schema of its own, dropped on close.
 */
export async function createTestDb(): Promise<DbHandle> {
  if (testDbKind() === 'postgres') return createPostgresSchemaDb();
  const template = readFileSync(inject('pgliteTemplate'));
  const pglite = await PGlite.create({ loadDataDir: new Blob([template]), ...pgliteOptions() });
  return fromPglite(pglite);
}

async function createPostgresSchemaDb(): Promise<DbHandle> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set for the postgres test project');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  // Extensions are database-wide: kept in public so dropping a test schema never drops them.
  await admin.query('create extension if not exists unaccent with schema public').catch(() => undefined);
  await admin.query('create extension if not exists pg_trgm with schema public').catch(() => undefined);
  await admin.query('create extension if not exists btree_gist with schema public').catch(() => undefined);
  await admin.end();
  const pool = postgresPool(url, { max: 4, options: `-c search_path=${schema},public` });
  const db = kyselyFor(new PostgresDialect({ pool }));
  await migrateToLatest(db, schema);
  await seedReferenceData(db);
  return {
    db,
    kind: 'postgres',
    async close() {
      await db.destroy();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}
