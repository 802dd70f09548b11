import type { AnyRouter } from '@trpc/server';
import type { TRPCRequestInfo } from '@trpc/server/http';
import {
  getErrorShape,
  getHTTPStatusCode,
  getTRPCErrorFromUnknown,
  transformTRPCResponse,
  type AnyProcedure,
  type ProcedureType,
  type TRPCError,
} from '@trpc/server/unstable-core-do-not-import';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** What the fast path needs from the tRPC options app.ts builds once (the generic path uses the same). */
export interface FastPathOptions<Ctx> {
  router: AnyRouter;
  createContext(opts: { req: FastifyRequest; res: FastifyReply; info: TRPCRequestInfo }): Promise<Ctx>;
  onError(opts: {
    error: TRPCError;
    path: string;
    input: unknown;
    ctx: Ctx;
    type: ProcedureType;
    req: FastifyRequest;
  }): void;
}

/**
 * The answer to one tRPC call without batching, a query by GET or a mutation by POST with
 * a JSON body (the portals' submissions, the SDK with batching off, links), or null when
 * the request is anything else: batches, subscriptions, streaming, other methods or
 * bodies, unknown procedures, unparsable input, a context that fails. A null sends the
 * request down the generic path (`resolveResponse`), which answers all of those as tRPC does.
 *
 * The procedure is called as tRPC itself calls it and the answer is built with tRPC's own
 * functions (error shape, status, transformer), without the web Request/Response pair,
 * abort signals and stream plumbing the generic path builds per call: that plumbing
 * showed in the API bench's profiles. The answer must stay byte for byte what the generic
 * path sends; test/trpc-fast-path.test.ts replays a matrix of calls through both to hold
 * it there. Keep per-call work out of here: the API bench measures exactly this path.
 */
export function trpcFastPath<Ctx>(opts: FastPathOptions<Ctx>) {
  const procedures = opts.router._def.procedures as Record<string, AnyProcedure | undefined>;
  const config = opts.router._def._config;

  return async function fastPath(req: FastifyRequest, reply: FastifyReply, path: string): Promise<Buffer | null> {
    // A null-prototype record: `toString` or `__proto__` name no procedure.
    const proc = procedures[path];
    const type = proc?._def.type;
    // Streaming asked for (trpc-accept, or jsonl in Accept): tRPC refuses it unbatched, the generic path says so.
    if (!proc || req.headers['trpc-accept'] !== undefined || req.headers.accept?.includes('application/jsonl'))
      return null;
    // tRPC's clients send no content-type with a GET; tRPC reads one that says form data or bytes as such (and refuses it).
    const isQuery = req.method === 'GET' && type === 'query' && req.headers['content-type'] === undefined;
    const isMutation =
      req.method === 'POST' &&
      type === 'mutation' &&
      typeof req.body === 'string' &&
      !!req.headers['content-type']?.startsWith('application/json');
    if (!isQuery && !isMutation) return null;
    const query = req.url.indexOf('?');
    const params = new URLSearchParams(query < 0 ? '' : req.url.slice(query + 1));
    if (params.has('batch') || params.has('connectionParams')) return null;
    let input: unknown;
    try {
      const json = isQuery ? params.get('input') : (req.body as string);
      input = json === null ? undefined : config.transformer.input.deserialize(JSON.parse(json));
    } catch {
      return null; // tRPC's own parse error
    }
    const info = {
      accept: null,
      type,
      isBatchCall: false,
      calls: [],
      connectionParams: null,
    } as unknown as TRPCRequestInfo;
    let ctx: Ctx;
    try {
      ctx = await opts.createContext({ req, res: reply, info });
    } catch {
      return null; // e.g. an invalid session token: the generic path reports it
    }
    let body: { result: { data: unknown } } | { error: unknown };
    try {
      body = {
        result: {
          data: await proc({
            path,
            getRawInput: async () => input,
            ctx,
            type: type!,
            signal: undefined,
            batchIndex: 0,
          }),
        },
      };
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      opts.onError({ error, path, input, ctx, type: type!, req });
      body = { error: getErrorShape({ config, ctx, error, input, path, type: type! }) };
    }
    reply
      .code(getHTTPStatusCode([body] as never))
      .header('vary', 'trpc-accept, accept')
      .header('content-type', 'application/json');
    // A Buffer, so Fastify sends tRPC's content-type as is (a string would get "; charset=utf-8").
    return Buffer.from(JSON.stringify(transformTRPCResponse(config, body as never)));
  };
}
