import type { CommuneRole, Db, NetworkRole } from '@shabaka/db';
import type { AnyRouter } from '@trpc/server';
import type { CalendarChangeHook } from './calendar';
import type { StaffDeadlineSource, TimedNoticeSource } from './notifications';

/**
 * Per-commune figures for the network overview: named numbers per commune id, computed in
 * one grouped query (never a scan per commune).
 */
export type FigureProvider = (db: Db, now: Date) => Promise<Map<string, Record<string, number>>>;

/**
 * The permissions a domain defines: for each, the roles that hold it. Procedures ask for a
 * permission, never for a role name (`communeProcedure('complaints:process')`).
 */
export interface ModulePermissions {
  commune?: Record<string, readonly CommuneRole[]>;
  network?: Record<string, readonly NetworkRole[]>;
  /** Commune permissions a network admin holds in every commune (to appoint a new commune's first admin). */
  networkAdminEverywhere?: readonly string[];
}

/**
 * What an API domain adds to the app, read by the central files instead of hand lists:
 * root.ts mounts `routers`, access.ts builds the permission table, the calendar runs
 * `onCalendarChange`, the network overview merges `figures`. Registered by one line in
 * modules.ts.
 */
export interface ApiModule {
  /** The domain's name (its folder). */
  name: string;
  /** Mounted at the root under these keys (`complaints` → `trpc.complaints.*`). */
  routers: Record<string, AnyRouter>;
  /**
   * The permissions this domain defines. Their names are also declared to the type system
   * by the module file (`declare module '../access'`), so `communeProcedure` checks them.
   */
  permissions?: ModulePermissions;
  /** Recomputes what follows the holiday calendar (deadlines), inside the calendar change's transaction. */
  onCalendarChange?: CalendarChangeHook;
  /** Headline numbers per commune for the network overview. */
  figures?: FigureProvider;
  /** Event kinds anyone may follow live (network.onChange); others go to network staff only. */
  publicEvents?: readonly string[];
  /** Case types whose assignees hear of their deadlines (due in 2 working days, overdue; notifications/staff.ts). */
  staffDeadlines?: readonly StaffDeadlineSource[];
  /** Notices time sends to a case's citizen (remedies open on silence, satisfaction questionnaire; notifications/timed.ts). */
  timedNotices?: readonly TimedNoticeSource[];
  /**
   * Work time makes due, run by the server's periodic sweep after the notices (erasing what a retention
   * setting no longer allows to keep). Each returns how many records it changed; bounded per run.
   */
  upkeep?: readonly { name: string; run(deps: { db: Db; now: Date }): Promise<number> }[];
}

/** Declares a domain's module, keeping its literal types (router keys) for the root router. */
export const defineModule = <const M extends ApiModule>(module: M): M => module;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Every module's routers in one record (the root router's type keeps each key). */
export type RoutersOf<M extends readonly ApiModule[]> = UnionToIntersection<M[number]['routers']>;

export function routersOf<const M extends readonly ApiModule[]>(modules: M): RoutersOf<M> {
  const all: Record<string, AnyRouter> = {};
  for (const m of modules) {
    for (const [key, r] of Object.entries(m.routers)) {
      if (key in all) throw new Error(`Two modules mount a router at "${key}".`);
      all[key] = r;
    }
  }
  return all as RoutersOf<M>;
}
