import { attachmentForViewer, createInnerContext, type AppDeps } from '@shabaka/api';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SESSION_COOKIE } from './app';

const params = z.object({ commune: z.string().max(40), attachmentId: z.uuid() });
const query = z.object({ size: z.enum(['full', 'thumb']).default('full') });

/** The same session as the API: a bearer token (SDK clients) or the browser's cookie. */
function tokenOf(req: FastifyRequest) {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  return req.cookies[SESSION_COOKIE] ?? null;
}

const notFound = (reply: FastifyReply) =>
  reply.code(404).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send('Not found');

/**
 * GET /files/:commune/:attachmentId[?size=thumb] — complaint photos and scans. Who sees
 * what is decided by `attachmentForViewer`; here only the HTTP side: a hidden photo
 * must stop being served at once, so public copies are revalidated on every use (the
 * ETag keeps that cheap) and staff-only copies are private.
 */
export const fileRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  app.get('/files/:commune/:attachmentId', async (req, reply) => {
    const p = params.safeParse(req.params);
    const q = query.safeParse(req.query);
    if (!p.success || !q.success) return notFound(reply);
    const { session } = await createInnerContext(deps, { token: tokenOf(req) });
    const file = await attachmentForViewer(
      deps,
      p.data.commune,
      p.data.attachmentId,
      q.data.size,
      session ? { userId: session.userId } : null,
    );
    if (!file) return notFound(reply);
    const etag = `"${file.sha256}"`;
    reply
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', file.restricted ? 'private, no-cache' : 'public, max-age=0, must-revalidate')
      .header('vary', 'authorization, cookie')
      .header('etag', etag);
    if (req.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.type(file.mime).header('content-length', file.bytes.length).send(file.bytes);
  });
};
