import { attachmentForViewer, createInnerContext, publishedFile, type AppDeps } from '@shabaka/api';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SESSION_COOKIE } from './app';

const params = z.object({ commune: z.string().max(40), attachmentId: z.uuid() });
const query = z.object({ size: z.enum(['full', 'thumb']).default('full') });
const published = z.object({ commune: z.string().max(40), fileId: z.uuid() });

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

  /**
   * GET /published/:commune/:fileId — a file a commune published under Law 31-13 art. 10 (its budget as a PDF, a
   * scanned notice). Public and immutable: a new version is a new file with its own address, so it may be cached.
   */
  app.get('/published/:commune/:fileId', async (req, reply) => {
    const p = published.safeParse(req.params);
    const file = p.success ? await publishedFile(deps, p.data.commune, p.data.fileId) : null;
    if (!file) return notFound(reply);
    const ext = file.mime === 'application/pdf' ? '.pdf' : '.jpg';
    const name = file.name && /\.[a-z0-9]{2,4}$/i.test(file.name) ? file.name : `${file.name ?? 'document'}${ext}`;
    return reply
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('etag', `"${file.sha256}"`)
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(name)}`)
      .type(file.mime)
      .header('content-length', file.bytes.length)
      .send(file.bytes);
  });
};
