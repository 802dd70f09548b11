import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { routersOf } from './module';
import { modules } from './modules';
import { createCallerFactory, publicProcedure, router } from './trpc';

/** Every module's routers (modules.ts), under the keys each module declares. */
export const appRouter = router({
  health: publicProcedure.query(() => ({ ok: true as const })),
  ...routersOf(modules),
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export const createCaller = createCallerFactory(appRouter);
