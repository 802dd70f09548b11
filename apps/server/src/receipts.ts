import { receiptPdf, type Clock } from '@shabaka/api';
import type { Db } from '@shabaka/db';
import type { FastifyPluginAsync } from 'fastify';
import type { PublicBase } from './public-url';
import { z } from 'zod';

const params = z.object({ file: z.string().max(40).regex(/^[^/]+\.pdf$/i) });

/**
 * GET /receipts/:code.pdf — the printable receipt of a complaint. Its QR code points to
 * the tracking page under the public URL (public-url.ts: a forged Host header cannot change it).
 */
export const receiptRoutes: FastifyPluginAsync<{ db: Db; clock: Clock; publicBase: PublicBase }> = async (app, opts) => {
  app.get('/receipts/:file', async (req, reply) => {
    const p = params.safeParse(req.params);
    const base = opts.publicBase(req);
    const receipt = p.success ? await receiptPdf(opts, p.data.file.slice(0, -4), base) : null;
    if (!receipt) return reply.code(404).type('text/plain; charset=utf-8').send('No complaint has this tracking code.');
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="${receipt.code}.pdf"`)
      .header('cache-control', 'private, no-cache')
      .header('x-content-type-options', 'nosniff')
      .send(Buffer.from(receipt.pdf));
  });
};
