import { LIMITS, roomFeed, type AppDeps } from '@shabaka/api';
import { createTranslator } from '@shabaka/ui/i18n';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { routeLimits } from './limits';
import type { PublicBase } from './public-url';
import { requestLanguage } from './security';

const params = z.object({
  slug: z.string().regex(/^[a-z0-9-]{2,40}$/),
  file: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.ics$/i),
});

/**
 * GET /ical/:commune/:room.ics: a room's approved bookings as an iCalendar feed (RFC 5545), for
 * a calendar app to subscribe to. Public like the portal's calendar (titles and times only),
 * counted against the call limits (calendar apps poll; scripts are held back). Times in UTC.
 */
export const roomFeedRoutes: FastifyPluginAsync<AppDeps & { publicBase: PublicBase }> = async (app, deps) => {
  app.get('/ical/:slug/:file', { preHandler: routeLimits(deps, LIMITS.roomFeeds) }, async (req, reply) => {
    const { t } = createTranslator(requestLanguage(req));
    const p = params.safeParse(req.params);
    const commune = p.success ? await deps.communeCache.bySlug(p.data.slug) : null;
    const notFound = () => reply.code(404).type('text/plain; charset=utf-8').send(t('rooms.feed.unknown'));
    if (!p.success || !commune) return notFound();
    const roomId = p.data.file.slice(0, -4).toLowerCase();
    const found = await roomFeed(deps, commune, roomId).catch((error: { code?: string }) => {
      if (error.code === 'NOT_FOUND') return null;
      throw error;
    });
    if (!found) return notFound();
    const language = requestLanguage(req);
    const name = language === 'ar' ? found.room.names.ar : (found.room.names[language] ?? found.room.names.fr);
    const base = deps.publicBase(req);
    // Loaded on the first feed asked for, not at every start (build.mjs: LOADED_ON_FIRST_USE).
    const { ICalCalendar } = await import('ical-generator');
    const cal = new ICalCalendar({
      name: `${name} · ${commune.names[language] ?? commune.names.fr}`,
      prodId: { company: 'Shabaka', product: 'rooms', language: language.toUpperCase() },
      url: `${base}/${commune.slug}/rooms`,
      ttl: 15 * 60,
    });
    for (const b of found.bookings) {
      cal.createEvent({
        id: `${b.id}@${commune.slug}.rooms.shabaka`,
        start: b.startsAt,
        end: b.endsAt,
        summary: b.title,
        location: `${name}, ${found.room.location}`,
      });
    }
    return reply
      .type('text/calendar; charset=utf-8')
      .header('cache-control', deps.publicBase.fromRequest ? 'no-store' : 'public, max-age=300')
      .send(cal.toString());
  });
};
