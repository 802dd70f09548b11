import type { Migration } from 'kysely';
import * as foundation from './2026-11-29T0001-foundation';

/** Static provider: bundlers keep every migration, no directory scan at run time. */
export const migrations: Record<string, Migration> = {
  '2026-11-29T0001-foundation': foundation,
};
