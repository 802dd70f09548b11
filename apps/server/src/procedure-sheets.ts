import { procedureSheetPdf, type Clock } from '@shabaka/api';
import type { Db } from '@shabaka/db';
import type { FastifyPluginAsync } from 'fastify';
import type { PublicBase } from './public-url';

/**
 * GET /procedures/:commune/:code/sheet.pdf — the printable sheet of a procedure as the
 * commune offers it, for its counters. Its QR code points to the procedure's portal page
 * under the public URL (public-url.ts: a forged Host header cannot change it).
 */
export const procedureSheetRoutes: FastifyPluginAsync<{ db: Db; clock: Clock; publicBase: PublicBase }> = async (
  app,
  opts,
) => {
  app.get('/procedures/:commune/:code/sheet.pdf', async (req, reply) => {
    const { commune, code } = req.params as { commune: string; code: string };
    const base = opts.publicBase(req);
    const sheet = await procedureSheetPdf(opts, commune, code, base);
    if (!sheet) return reply.code(404).type('text/plain; charset=utf-8').send('No such procedure in this commune.');
    return (
      reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${sheet.commune}-${sheet.code}.pdf"`)
        // Shared caches may keep it only when the address in it is the configured one.
        .header('cache-control', opts.publicBase.fromRequest ? 'private, no-cache' : 'public, max-age=300')
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(sheet.pdf))
    );
  });
};
