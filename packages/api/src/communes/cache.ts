import type { Db } from '@shabaka/db';
import { findCommuneBySlug, type CommuneRow } from './repository';

/**
 * slug → commune row, for a few seconds: every commune procedure starts by resolving its
 * slug, and those columns only change by migration or the CLI (settings, which do change
 * at run time, are not among them and are always read fresh). Saves a round trip on each
 * call; unknown slugs are never cached, so a commune added by the CLI is found at once.
 * One cache per database, built with the other dependencies (context.ts): two apps on two
 * databases never see each other's rows.
 */
export interface CommuneCache {
  bySlug(slug: string): Promise<CommuneRow | undefined>;
}

const COMMUNE_TTL_MS = 10_000;

export function createCommuneCache(db: Db, ttlMs = COMMUNE_TTL_MS): CommuneCache {
  const bySlug = new Map<string, { row: CommuneRow; until: number }>();
  return {
    async bySlug(slug) {
      // Wall time, not the injected clock: a test's frozen clock must not freeze the cache.
      const now = Date.now();
      const hit = bySlug.get(slug);
      if (hit && hit.until > now) return hit.row;
      const row = await findCommuneBySlug(db, slug);
      if (row) bySlug.set(slug, { row, until: now + ttlMs });
      else bySlug.delete(slug);
      return row;
    },
  };
}
