import type { Migration } from 'kysely';
import * as foundation from './2026-11-29T0001-foundation';
import * as complaints from './2026-11-29T0002-complaints';

/** Static provider: bundlers keep every migration, no directory scan at run time. */
export const migrations: Record<string, Migration> = {
  '2026-11-29T0001-foundation': foundation,
  '2026-11-29T0002-complaints': complaints,
};
