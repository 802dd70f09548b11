import { procedureSheetPdf, type Clock } from '@shabaka/api';
import type { Db } from '@shabaka/db';
import type { FastifyPluginAsync } from 'fastify';

/**
 * GET /procedures/:commune/:code/sheet.pdf — the printable sheet of a procedure as the
 * commune offers it, for its counters. Its QR code points to the procedure's portal page
 * under SHABAKA_PUBLIC_URL when set (a forged Host header cannot change it), else under
 * the address the request came to.
 */
export const procedureSheetRoutes: FastifyPluginAsync<{ db: Db; clock: Clock; publicUrl?: string | undefined }> = async (app, opts) => {
  const publicUrl = opts.publicUrl ?? process.env.SHABAKA_PUBLIC_URL;
  app.get('/procedures/:commune/:code/sheet.pdf', async (req, reply) => {
    const { commune, code } = req.params as { commune: string; code: string };
    const base = publicUrl || `${req.protocol}://${req.host}`;
    const sheet = await procedureSheetPdf(opts, commune, code, base);
    if (!sheet) return reply.code(404).type('text/plain; charset=utf-8').send('No such procedure in this commune.');
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="${sheet.commune}-${sheet.code}.pdf"`)
      .header('cache-control', 'public, max-age=300')
      .header('x-content-type-options', 'nosniff')
      .send(Buffer.from(sheet.pdf));
  });
};
