// The dashboard's own computation, for the consistency check before timing (the timed call
// goes through the router). Imported by path: @shabaka/api exports the router, not this helper.
import type { Db } from '@shabaka/db';
import { complaintFigures } from '../../packages/api/src/complaints/figures';
import type { Figures } from '../naive-figures';

export const complaintFiguresForCheck = (db: Db, now: Date) =>
  complaintFigures(db, now) as Promise<Map<string, Figures>>;
