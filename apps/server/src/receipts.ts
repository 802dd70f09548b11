import { createInnerContext, informationReceiptPdf, receiptPdf, type AppDeps, type ReceiptResult } from '@shabaka/api';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { PublicBase } from './public-url';
import { z } from 'zod';
import { SESSION_COOKIE } from './app';

const params = z.object({
  file: z
    .string()
    .max(40)
    .regex(/^[^/]+\.pdf$/i),
});
const query = z.object({ s: z.string().max(40).optional() });

/** The same session as the API: a bearer token (SDK clients) or the browser's cookie. */
function tokenOf(req: FastifyRequest) {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  return req.cookies?.[SESSION_COOKIE] ?? null;
}

/**
 * GET /receipts/:code.pdf?s=<secret> (a complaint) and GET /receipts/information/:code.pdf?s=
 * (an information request): the printable receipt, for its owner — the secret, or their
 * session — or staff of the commune. Without proof the answer is the unknown code's 404,
 * so a code alone reveals nothing. The QR code points to the tracking page under the
 * public URL (public-url.ts: a forged Host header cannot change it).
 */
export const receiptRoutes: FastifyPluginAsync<AppDeps & { publicBase: PublicBase }> = async (app, opts) => {
  // The process's one store: wrong secrets here and through the API count together.
  const { limits } = opts;

  const serve = async (req: FastifyRequest, reply: FastifyReply, render: typeof receiptPdf, notFound: string) => {
    const p = params.safeParse(req.params);
    const q = query.safeParse(req.query);
    let result: ReceiptResult = 'none';
    if (p.success && q.success) {
      const { session } = await createInnerContext(opts, { token: tokenOf(req) });
      const base = opts.publicBase(req);
      result = await render(
        { db: opts.db, clock: opts.clock, limits, access: opts.access },
        p.data.file.slice(0, -4),
        base,
        {
          secret: q.data.s,
          session,
        },
      );
    }
    // Depends on the cookie and the secret: never stored by a shared cache.
    reply.header('cache-control', 'private, no-store').header('vary', 'authorization, cookie');
    if (result === 'too_many_attempts') {
      return reply
        .code(429)
        .type('text/plain; charset=utf-8')
        .send('Too many wrong secrets were tried for this case. Try again in 15 minutes.');
    }
    if (result === 'none') return reply.code(404).type('text/plain; charset=utf-8').send(notFound);
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="${result.code}.pdf"`)
      .header('x-content-type-options', 'nosniff')
      .send(Buffer.from(result.pdf));
  };

  app.get('/receipts/:file', (req, reply) => serve(req, reply, receiptPdf, 'No complaint has this tracking code.'));
  app.get('/receipts/information/:file', (req, reply) =>
    serve(req, reply, informationReceiptPdf, 'No information request has this code.'),
  );
};
