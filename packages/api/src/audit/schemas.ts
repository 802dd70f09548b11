import { z } from 'zod';

export const auditListInput = z.object({
  action: z.string().trim().max(100).optional(),
  actorEmail: z.string().trim().toLowerCase().max(254).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  limit: z.number().int().min(1).max(500).default(100),
  cursor: z.number().int().min(0).default(0),
});
export type AuditListInput = z.infer<typeof auditListInput>;
