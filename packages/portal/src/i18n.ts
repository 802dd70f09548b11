import { preloadNamespaces, useNamespaces, type I18nContextValue, type Namespace } from '@shabaka/ui';
import { lazy, type ComponentType } from 'react';

/** A section's translation hook, with the namespaces it loads. */
export type ScopedI18n = (() => I18nContextValue) & { namespaces: readonly Namespace[] };

/**
 * A section's catalog travels with the section's lazy chunks, not with the portal's first
 * load, and only in the language shown. `scopedI18n(['desk'])` makes a hook that is
 * `useI18n()` once those namespaces are loaded in the active language (it suspends until
 * then; the language switch loads them in the next language before switching).
 */
export function scopedI18n(namespaces: readonly Namespace[]): ScopedI18n {
  return Object.assign(
    function useScopedI18n() {
      return useNamespaces(namespaces);
    },
    { namespaces },
  );
}

/**
 * A lazy screen whose catalogs (`i18n`, the hook it reads them with) are requested with its
 * chunk rather than once the chunk has run and rendered: on a slow network, one round trip
 * less before a citizen's first page shows. `preload()` starts both ahead of the first render
 * (PortalApp does it for the page the portal opens on).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint
export function lazyScreen<T extends ComponentType<any>>(i18n: ScopedI18n, load: () => Promise<{ default: T }>) {
  let chunk: Promise<{ default: T }> | undefined;
  let catalogs: Promise<void> = Promise.resolve();
  const start = () => {
    if (!chunk) {
      catalogs = preloadNamespaces(i18n.namespaces);
      chunk = load();
    }
    return chunk;
  };
  /** Both in: the screen then renders without suspending. */
  const preload = () => Promise.all([start(), catalogs]);
  return Object.assign(lazy(start), { preload });
}

/** What `lazyScreen` adds to a route's component. */
export const preloadOf = (component: unknown): (() => unknown) | undefined =>
  (component as { preload?: () => unknown } | null)?.preload;
