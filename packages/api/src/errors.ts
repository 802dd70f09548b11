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
