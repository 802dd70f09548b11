import type { RouterOutputs } from '@shabaka/client';
import type { I18nContextValue } from '@shabaka/ui';

export type CatalogueEntry = RouterOutputs['openData']['catalogue'][number];
export type DatasetPage = RouterOutputs['openData']['dataset'];

/** The server's open-data files (at its root, not under the portal: harvesters link to them). */
export const fileHref = (slug: string, dataset: string, version: number | 'latest', file: string) =>
  `/open-data/${slug}/${dataset}/${version === 'latest' ? 'latest' : `v${version}`}.${file}`;
export const catalogHref = (slug: string | null) =>
  slug ? `/open-data/${slug}/catalog.jsonld` : '/open-data/catalog.jsonld';
export const bundleHref = (slug: string) => `/open-data/${slug}/export.zip`;

/** An EU vocabulary code in words, or the code itself when the catalog has no words for it. */
export function vocabulary(i18n: I18nContextValue, group: 'themeName' | 'frequencyName', code: string) {
  const key = `openData.${group}.${code}`;
  return i18n.has(key) ? i18n.t(key) : code;
}
