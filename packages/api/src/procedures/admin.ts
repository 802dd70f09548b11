import { z } from 'zod';
import type { AdminDeps } from '../admin';
import { systemClock } from '../clock';
import { communeSlug, requireCommune } from '../communes';
import { exportCsv, importCsv } from './transfer';

/**
 * Operator commands for the `pnpm shabaka procedures:*` CLI, run directly on the
 * database or through a running server's admin socket. The import takes the CSV text
 * and an optional slice of its rows, so the CLI sends a large file in batches.
 */
export const procedureAdminCommands = {
  'procedures:import': {
    input: z.object({
      commune: communeSlug,
      csv: z.string().max(10 * 1024 * 1024, { message: 'A CSV file is at most 10 MB' }),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(100_000).optional(),
    }),
    run: async (
      deps: AdminDeps,
      input: { commune: string; csv: string; offset: number; limit?: number | undefined },
    ) => {
      const commune = await requireCommune(deps.db, input.commune);
      return importCsv({ db: deps.db, events: deps.events, clock: systemClock }, commune, input.csv, {
        offset: input.offset,
        ...(input.limit !== undefined ? { limit: input.limit } : {}),
      });
    },
  },
  'procedures:export': {
    input: z.object({ commune: communeSlug }),
    run: async (deps: AdminDeps, input: { commune: string }) =>
      exportCsv(deps.db, await requireCommune(deps.db, input.commune)),
  },
} as const;
