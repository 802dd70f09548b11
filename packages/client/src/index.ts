import {
  createTRPCClient,
  httpBatchLink,
  httpLink,
  httpSubscriptionLink,
  isTRPCClientError,
  splitLink,
  type TRPCClient,
  type TRPCClientError,
} from '@trpc/client';
import superjson from 'superjson';
import { API_VERSION as apiVersion } from '@shabaka/api/version';
import type { AppRouter } from './router';

export type { AppRouter, RouterInputs, RouterOutputs } from './router';

/** The API version this client was built for; the packed package carries the same version (README). */
export const API_VERSION = apiVersion;

export interface ShabakaClientOptions {
  /** Base URL of the server, e.g. https://shabaka.example.ma (the client adds /trpc). Defaults to same origin. */
  url?: string;
  /** Bearer token from auth.signIn, for scripts and other sites; browsers on the same origin use the cookie. */
  token?: string | (() => string | null | undefined);
  /** EventSource implementation for subscriptions where there is no global one (Node 20: the `eventsource` package). */
  EventSource?: typeof globalThis.EventSource;
  /** Batch several queries in one request (default true). */
  batch?: boolean;
  fetch?: typeof globalThis.fetch;
}

export type ShabakaClient = TRPCClient<AppRouter>;

/** Calls per batched request: the server refuses more (apps/server/src/limits.ts, MAX_BATCH_CALLS). */
export const MAX_BATCH_CALLS = 10;

/** The trpc endpoint for a base URL: `${url}/trpc`, or `/trpc` on the same origin. */
export const trpcUrl = (url?: string) => `${(url ?? '').replace(/\/+$/, '')}/trpc`;

/** Links shared by the vanilla client and the React bindings. */
export function shabakaLinks(options: ShabakaClientOptions = {}) {
  const endpoint = trpcUrl(options.url);
  const token = () => (typeof options.token === 'function' ? options.token() : options.token) ?? null;
  const headers = () => {
    const t = token();
    return t ? { authorization: `Bearer ${t}` } : {};
  };
  const httpOptions = {
    url: endpoint,
    transformer: superjson,
    headers,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  return [
    splitLink({
      condition: (op) => op.type === 'subscription',
      true: httpSubscriptionLink({
        url: endpoint,
        transformer: superjson,
        ...(options.EventSource ? { EventSource: options.EventSource } : {}),
        // EventSource cannot send headers: the token travels as a connection parameter.
        connectionParams: () => {
          const t = token();
          return t ? { token: t } : null;
        },
      }),
      false:
        options.batch === false ? httpLink(httpOptions) : httpBatchLink({ ...httpOptions, maxItems: MAX_BATCH_CALLS }),
    }),
  ];
}

/** A typed client for Node scripts and any browser page: `client.communes.list.query()`. */
export function createShabakaClient(options: ShabakaClientOptions = {}): ShabakaClient {
  return createTRPCClient<AppRouter>({ links: shabakaLinks(options) });
}

export type ShabakaClientError = TRPCClientError<AppRouter>;
type ErrorData = NonNullable<ShabakaClientError['data']>;
/** A domain error's reason as the server types it (`packages/api/src/reasons.ts`), or `invalid_input`. */
export type ErrorReason = NonNullable<ErrorData['reason']>;
type TRPCErrorCode = ErrorData['code'];
export const isShabakaError = (e: unknown): e is ShabakaClientError => isTRPCClientError<AppRouter>(e);

/** Field errors of a BAD_REQUEST (zod) or a domain error bound to one field. */
export function fieldErrors(e: unknown): Record<string, string[]> {
  if (!isShabakaError(e)) return {};
  return (e.data as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors ?? {};
}

/** The machine-readable reason of a domain error (e.g. 'wrong_credentials'), for translated messages. */
export function errorReason(e: unknown): ErrorReason | TRPCErrorCode | undefined {
  if (!isShabakaError(e)) return undefined;
  return e.data?.reason ?? e.data?.code;
}
