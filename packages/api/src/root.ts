import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { apiKeysRouter } from './apikeys/router';
import { auditRouter } from './audit/router';
import { authRouter } from './auth/router';
import { calendarRouter } from './calendar/router';
import { communesRouter } from './communes/router';
import { complaintsRouter } from './complaints/router';
import { documentsRouter, signingRouter } from './documents/router';
import { informationRequestsRouter } from './information-requests/router';
import { moderationRouter, photosRouter } from './moderation/router';
import { networkRouter } from './network/router';
import { proceduresRouter } from './procedures/router';
import { servicePointsRouter } from './service-points/router';
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
  procedures: proceduresRouter,
  servicePoints: servicePointsRouter,
  photos: photosRouter,
  moderation: moderationRouter,
  calendar: calendarRouter,
  informationRequests: informationRequestsRouter,
  documents: documentsRouter,
  signing: signingRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export const createCaller = createCallerFactory(appRouter);
