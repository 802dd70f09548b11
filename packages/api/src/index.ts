export { appRouter, createCaller, type AppRouter, type RouterInputs, type RouterOutputs } from './root';
export { createInnerContext, defaultConfig, type InnerContext, type ApiConfig, type ResponseHooks, type ContextDeps } from './context';
export { createEventBus, type EventBus, type DomainEvent } from './events';
export { systemClock, fixedClock, type Clock } from './clock';
export { runAdminCommand, adminCommands, type AdminCommand } from './admin';
export { seedDemo } from './demo';
export type { Meta, Access } from './trpc';
