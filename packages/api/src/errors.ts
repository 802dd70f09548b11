import { TRPCError } from '@trpc/server';
import type { Reason } from './reasons';

/**
 * Services throw domain errors; the tRPC layer maps them to codes. Messages are
 * written for the person reading them (they reach the portal as-is when no
 * translation matches `reason`).
 */
export class DomainError extends Error {
  constructor(
    readonly code:
      | 'NOT_FOUND'
      | 'FORBIDDEN'
      | 'UNAUTHORIZED'
      | 'CONFLICT'
      | 'BAD_REQUEST'
      | 'TOO_MANY_REQUESTS'
      | 'SERVICE_UNAVAILABLE',
    readonly reason: Reason,
    message: string,
    readonly field?: string,
    /** Facts the portal shows with the reason's text (a clashing booking's times), never internals. */
    readonly detail?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (reason: Reason, message: string) => new DomainError('NOT_FOUND', reason, message);
export const forbidden = (reason: Reason, message: string) => new DomainError('FORBIDDEN', reason, message);
export const unauthorized = (reason: Reason, message: string) => new DomainError('UNAUTHORIZED', reason, message);
export const conflict = (reason: Reason, message: string, field?: string) =>
  new DomainError('CONFLICT', reason, message, field);
export const tooManyRequests = (reason: Reason, message: string, field?: string) =>
  new DomainError('TOO_MANY_REQUESTS', reason, message, field);
export const badRequest = (reason: Reason, message: string, field?: string) =>
  new DomainError('BAD_REQUEST', reason, message, field);

export function toTRPCError(err: DomainError): TRPCError {
  return new TRPCError({ code: err.code, message: err.message, cause: err });
}

/**
 * Whether `err` is the database refusing a duplicate under one named unique constraint.
 * By SQLSTATE (23505) and constraint name, which both drivers report (pg's and PGlite's
 * errors carry `code` and `constraint`), never by the message's wording: a duplicate under
 * another constraint is another problem and must not be mistaken for this one.
 */
export const isUniqueViolation = (err: unknown, constraint: string) => isViolation(err, '23505', constraint);

/** Whether `err` is the database refusing a row under one named exclusion constraint (23P01). */
export const isExclusionViolation = (err: unknown, constraint: string) => isViolation(err, '23P01', constraint);

function isViolation(err: unknown, sqlstate: string, constraint: string): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { code?: unknown; constraint?: unknown; cause?: unknown };
  if (e.code === sqlstate && e.constraint === constraint) return true;
  // Some layers wrap the driver's error; look one level down.
  return e.cause !== undefined && e.cause !== err && isViolation(e.cause, sqlstate, constraint);
}
