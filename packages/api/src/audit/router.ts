import { communeProcedure, router } from '../trpc';
import { listAudit } from './repository';
import { auditListInput } from './schemas';

export const auditRouter = router({
  /** Commune admins read and filter their commune's audit trail. */
  list: communeProcedure('audit:view')
    .input(auditListInput)
    .query(({ ctx, input }) => listAudit(ctx.db, ctx.commune.id, input)),
});
