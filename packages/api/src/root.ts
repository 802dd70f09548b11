import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { apiKeysRouter } from './apikeys/router';
import { auditRouter } from './audit/router';
import { authRouter } from './auth/router';
import { communesRouter } from './communes/router';
import { complaintsRouter } from './complaints/router';
import { moderationRouter, photosRouter } from './moderation/router';
import { networkRouter } from './network/router';
import { staffRouter } from './staff/router';
import { createCallerFactory, publicProcedure, router } from './trpc';

export const appRouter = router({
  health: publicProcedure.query(() => ({ ok: true as const })),
  audit: auditRouter,
  auth: authRouter,
  apiKeys: apiKeysRouter,
  communes: communesRouter,
  complaints: complaintsRouter,
  network: networkRouter,
  staff: staffRouter,
  photos: photosRouter, moderation: moderationRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export const createCaller = createCallerFactory(appRouter);
