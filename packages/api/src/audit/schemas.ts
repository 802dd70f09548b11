import { z } from 'zod';
import { instant } from '../calendar';

export const auditListInput = z.object({
  action: z.string().trim().max(100).optional(),
  actorEmail: z.string().trim().toLowerCase().max(254).optional(),
  // Bounded: a date PostgreSQL cannot store (year -271821) would fail in SQL, a 500.
  from: instant('Give a date').optional(),
  to: instant('Give a date').optional(),
  limit: z.number().int().min(1).max(500).default(100),
  cursor: z.number().int().min(0).default(0),
});
export type AuditListInput = z.infer<typeof auditListInput>;
