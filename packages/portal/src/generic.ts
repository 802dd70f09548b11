import type { RouterOutputs } from '@shabaka/client';
import { isLanguage } from '@shabaka/ui';
import type { CityConfig } from './config';

/**
 * The generic portal: one build for every commune without its own app. The server
 * serves this index.html under `/<slug>/`, so the slug is the first path segment. The
 * build itself lives under `/_portal/`, so `/_portal/<slug>/` works too (development).
 */
export function locate(pathname: string) {
  const segments = pathname.split('/').filter(Boolean);
  const skip = segments[0] === '_portal' ? 1 : 0;
  const slug = segments[skip] ?? '';
  return { slug, base: `/${segments.slice(0, skip + 1).join('/')}` };
}

export function toCityConfig(c: RouterOutputs['communes']['get']): CityConfig {
  return {
    slug: c.slug,
    names: c.names,
    theme: c.theme,
    defaultLanguage: isLanguage(c.defaultLanguage) ? c.defaultLanguage : 'ar',
    modules: c.modules,
  };
}
