import { receiptPdf, type Clock } from '@shabaka/api';
import type { Db } from '@shabaka/db';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';

const params = z.object({ file: z.string().max(40).regex(/^[^/]+\.pdf$/i) });

/**
 * GET /receipts/:code.pdf — the printable receipt of a complaint. Its QR code points to
 * the tracking page under SHABAKA_PUBLIC_URL when set (a forged Host header cannot
 * change it), else under the address the request came to.
 */
export const receiptRoutes: FastifyPluginAsync<{ db: Db; clock: Clock; publicUrl?: string | undefined }> = async (app, opts) => {
  const publicUrl = opts.publicUrl ?? process.env.SHABAKA_PUBLIC_URL;
  app.get('/receipts/:file', async (req, reply) => {
    const p = params.safeParse(req.params);
    const base = publicUrl || `${req.protocol}://${req.host}`;
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
