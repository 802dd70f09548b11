// Every language of every namespace, for Node (servers, PDF renderers, scripts, tests):
// the folders of ./messages, read once when this module loads. Browser code loads one
// language at a time through ./namespaces (loaders) instead and never imports this file.
import { readdirSync } from 'node:fs';
import { LANGUAGES } from './languages';
import type { Catalog, Messages, Namespace } from './types';

/** The namespace list, set by the server's bundler (apps/server/build.mjs): a bundle has no messages folder. */
declare const __I18N_NAMESPACES__: readonly string[] | undefined;

const names =
  typeof __I18N_NAMESPACES__ !== 'undefined'
    ? [...__I18N_NAMESPACES__]
    : readdirSync(new URL('./messages/', import.meta.url), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort();

// The template literal lets a bundler (esbuild for the server) include every matching file.
const load = async (ns: string) =>
  Object.fromEntries(
    await Promise.all(
      LANGUAGES.map(
        async (lang) =>
          [lang, ((await import(`./messages/${ns}/${lang}.ts`)) as { default: Messages }).default] as const,
      ),
    ),
  ) as Catalog;

/** Every namespace in every language. */
export const namespaces = Object.fromEntries(
  await Promise.all(names.map(async (ns) => [ns, await load(ns)] as const)),
) as Record<Namespace, Catalog>;

/** Every catalog namespace, sorted. */
export const NAMESPACES = names as Namespace[];
