import { LIMITS, subsidyLedgerFile, type AppDeps } from '@shabaka/api';
import { createTranslator } from '@shabaka/ui/i18n';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { routeLimits } from './limits';
import { requestLanguage } from './security';

const slug = z.string().regex(/^[a-z0-9-]{2,40}$/);
const file = z.enum(['subsidies.csv', 'subsidies.json']);
const query = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

/**
 * The open subsidy ledger as files anyone may download, link to or harvest:
 * GET /open-data/:commune/subsidies.(csv|json) and /open-data/subsidies.(csv|json) for the network,
 * `?year=2026` for one year. Public like the ledger page; counted against the call limits.
 */
export const openDataRoutes: FastifyPluginAsync<AppDeps> = async (app, deps) => {
  // `commune` is a slug, null for the network, undefined when the path's slug is malformed.
  const send = async (req: FastifyRequest, reply: FastifyReply, commune: string | null | undefined, name: string) => {
    const { t } = createTranslator(requestLanguage(req));
    const f = file.safeParse(name);
    const q = query.safeParse(req.query);
    if (!q.success) return reply.code(400).type('text/plain; charset=utf-8').send(t('subsidies.openData.badYear'));
    const out =
      f.success && commune !== undefined
        ? await subsidyLedgerFile(
            deps.db,
            commune,
            q.data.year,
            f.data.endsWith('.csv') ? 'csv' : 'json',
            deps.clock.now(),
          )
        : null;
    if (!out) return reply.code(404).type('text/plain; charset=utf-8').send(t('subsidies.openData.unknown'));
    return reply
      .type(out.contentType)
      .header('content-disposition', `inline; filename="${out.filename}"`)
      .header('cache-control', 'public, max-age=300')
      .send(out.body);
  };
  app.get('/open-data/:file', { preHandler: routeLimits(deps, LIMITS.openData) }, (req, reply) =>
    send(req, reply, null, (req.params as { file: string }).file),
  );
  app.get('/open-data/:slug/:file', { preHandler: routeLimits(deps, LIMITS.openData) }, (req, reply) => {
    const p = req.params as { slug: string; file: string };
    const s = slug.safeParse(p.slug);
    return send(req, reply, s.success ? s.data : undefined, p.file);
  });
};
