import {
  isLanguage,
  LANGUAGE_COOKIE,
  LANGUAGE_COOKIE_MAX_AGE,
  languageOfCookies,
  type Language,
} from '@shabaka/ui/i18n';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The language of a server-rendered page (landing, /verify): `?lang=` first — and remembered,
 * as the portals and the dashboard remember theirs, so the choice follows across the site —
 * then the language chosen before (LANGUAGE_COOKIE), then the browser's languages, then Arabic.
 */
export function pageLanguage(req: FastifyRequest, reply: FastifyReply): Language {
  const asked = (req.query as { lang?: unknown } | undefined)?.lang;
  if (isLanguage(asked)) {
    reply.header(
      'set-cookie',
      `${LANGUAGE_COOKIE}=${asked}; Path=/; Max-Age=${LANGUAGE_COOKIE_MAX_AGE}; SameSite=Lax${req.protocol === 'https' ? '; Secure' : ''}`,
    );
    return asked;
  }
  const chosen = languageOfCookies(req.headers.cookie);
  if (chosen) return chosen;
  for (const part of (req.headers['accept-language'] ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().slice(0, 2).toLowerCase();
    if (isLanguage(tag)) return tag;
  }
  return 'ar';
}
