import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { authRouter } from './auth/router';
import { communesRouter } from './communes/router';
import { complaintsRouter } from './complaints/router';
import { networkRouter } from './network/router';
import { staffRouter } from './staff/router';
import { createCallerFactory, publicProcedure, router } from './trpc';

export const appRouter = router({
  health: publicProcedure.query(() => ({ ok: true as const })),
  auth: authRouter,
  communes: communesRouter,
  complaints: complaintsRouter,
  network: networkRouter,
  staff: staffRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export const createCaller = createCallerFactory(appRouter);
