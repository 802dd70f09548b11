import { communeProcedure, communePublicProcedure, networkProcedure, publicProcedure, router } from '../trpc';
import {
  codeInput,
  createTemplateInput,
  filterInput,
  searchInput,
  updateInput,
  updateTemplateInput,
  versionInput,
} from './schemas';
import * as service from './service';

const editor = communeProcedure('procedures:edit');
const staff = communeProcedure('staff:access');
const templates = networkProcedure('procedures:templates');

/**
 * The procedures catalogue: network templates, each commune's own values (fee, office,
 * hours, delay, documents, channels), search in Arabic and French, and versioned edits.
 */
export const proceduresRouter = router({
  themes: publicProcedure.query(({ ctx }) => service.themes(ctx.db)),
  list: communePublicProcedure.input(filterInput).query(({ ctx, input }) => service.list(ctx.db, ctx.commune, input)),
  get: communePublicProcedure.input(codeInput).query(({ ctx, input }) => service.get(ctx.db, ctx.commune, input.code)),
  search: communePublicProcedure
    .input(searchInput)
    .query(({ ctx, input }) => service.search(ctx.db, ctx.commune, input)),
  /** Every commune's effective values side by side ("simplify procedures everywhere"). */
  compare: publicProcedure.input(codeInput).query(({ ctx, input }) => service.compare(ctx.db, input.code)),
  template: publicProcedure.input(codeInput).query(({ ctx, input }) => service.template(ctx.db, input.code)),

  update: editor
    .input(updateInput)
    .mutation(({ ctx, input }) =>
      service.applyOverride(
        ctx,
        ctx.commune,
        input.code,
        input.patch,
        { userId: ctx.session.userId },
        { source: 'edit', expectedVersion: input.expectedVersion },
      ),
    ),
  revert: editor
    .input(versionInput)
    .mutation(({ ctx, input }) =>
      service.revert(ctx, ctx.commune, input.code, input.version, { userId: ctx.session.userId }),
    ),
  history: staff.input(codeInput).query(({ ctx, input }) => service.history(ctx.db, ctx.commune, input.code)),
  version: staff
    .input(versionInput)
    .query(({ ctx, input }) => service.version(ctx.db, ctx.commune, input.code, input.version)),

  updateTemplate: templates
    .input(updateTemplateInput)
    .mutation(({ ctx, input }) =>
      service.updateTemplate(ctx, input.code, input.patch, { userId: ctx.session.userId }, input.expectedVersion),
    ),
  createTemplate: templates
    .input(createTemplateInput)
    .mutation(({ ctx, input }) => service.createTemplate(ctx, input, { userId: ctx.session.userId })),
  templateHistory: networkProcedure('network:view')
    .input(codeInput)
    .query(({ ctx, input }) => service.templateHistory(ctx.db, input.code)),
});
