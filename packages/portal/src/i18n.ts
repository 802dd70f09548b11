import { useNamespaces, type I18nContextValue, type Namespace } from '@shabaka/ui';

/**
 * A section's catalog travels with the section's lazy chunks, not with the portal's first
 * load, and only in the language shown. `scopedI18n(['desk'])` makes a hook that is
 * `useI18n()` once those namespaces are loaded in the active language (it suspends until
 * then; the language switch loads them in the next language before switching).
 */
export function scopedI18n(namespaces: readonly Namespace[]): () => I18nContextValue {
  return function useScopedI18n() {
    return useNamespaces(namespaces);
  };
}
