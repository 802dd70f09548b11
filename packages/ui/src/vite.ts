import type { IndexHtmlTransformContext, Plugin } from 'vite';

type OutputBundle = NonNullable<IndexHtmlTransformContext['bundle']>;
import type { Language } from './i18n/languages';

/**
 * The built chunks of `namespaces`' catalogs in `lang` (file names as in the bundle), in the
 * order of `namespaces`; a namespace bundled with the entry has no chunk and is skipped.
 */
export function catalogChunks(bundle: OutputBundle, namespaces: readonly string[], lang: Language): string[] {
  const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' && c.facadeModuleId ? [c] : []));
  return namespaces.flatMap((ns) => {
    const chunk = chunks.find((c) => c.facadeModuleId!.endsWith(`/i18n/messages/${ns}/${lang}.ts`));
    return chunk ? [chunk.fileName] : [];
  });
}

/**
 * A Vite plugin that lists the first-load catalogs of `lang` (an app's default language) in
 * its index.html as `modulepreload`s. They are dynamic imports (only the language shown is
 * loaded), so without this the browser learns of them only once the entry script has run:
 * one round trip more, on a slow network, before the first text shows. A reader of another
 * language fetches a few kilobytes in vain and waits no longer than before.
 */
export function preloadCatalogs(namespaces: readonly string[], lang: Language): Plugin {
  let base = '/';
  return {
    name: 'shabaka-preload-catalogs',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = catalogChunks(ctx.bundle ?? {}, namespaces, lang);
        // Catalogs bundled with the entry (the menus) have no chunk of their own; none at all
        // would mean the catalogs moved and this plugin no longer does its job.
        if (files.length === 0)
          throw new Error(`preloadCatalogs: no ${lang} catalog chunk among ${namespaces.join(', ')}`);
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
