import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { IndexHtmlTransformContext, Plugin } from 'vite';

type OutputBundle = NonNullable<IndexHtmlTransformContext['bundle']>;
import type { Language } from './i18n/languages';
import { isPlainMessage } from './i18n/plain';

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

/** A catalog module: `messages/<namespace>/<language>.ts`. */
const CATALOG_MODULE = /\/i18n\/messages\/[^/]+\/[a-z]{2}\.ts$/;

/** One catalog's messages as a built app ships them: plain text as is, the others parsed (ICU syntax tree). */
export function compileCatalog(
  messages: Record<string, string>,
  file = 'catalog',
): Record<string, string | MessageFormatElement[]> {
  const compiled: Record<string, string | MessageFormatElement[]> = {};
  for (const [key, source] of Object.entries(messages)) {
    try {
      compiled[key] = isPlainMessage(source) ? source : parse(source);
    } catch (error) {
      throw new Error(`precompiledCatalogs: ${key} in ${file}: ${String(error)}`, { cause: error });
    }
  }
  return compiled;
}

/**
 * A Vite plugin that ships the catalogs' ICU messages already parsed. A browser otherwise
 * downloads the ICU parser (most of the i18n chunk) and parses each message with arguments
 * the first time it shows, on the page's first render: on a slow phone that is main-thread
 * time before the page answers. Here each catalog module becomes `JSON.parse('…')` of its
 * messages, plain text kept as strings and the others as the parser's syntax tree (which
 * IntlMessageFormat takes as is), and intl-messageformat's parser is swapped for the
 * package's parser-free entry. A message that fails to parse fails the build.
 */
export function precompiledCatalogs(): Plugin {
  return {
    name: 'shabaka-precompiled-catalogs',
    config: () => ({
      resolve: {
        alias: [
          {
            find: /^@formatjs\/icu-messageformat-parser$/,
            replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
          },
        ],
      },
    }),
    transform: {
      filter: { id: CATALOG_MODULE },
      handler(code, id) {
        if (!CATALOG_MODULE.test(id)) return null;
        // The TypeScript is already JavaScript here: type-only imports and `declare module` are gone.
        const body = code.replace(/^\/\/# sourceMappingURL=.*$/m, '').replace(/^export default /m, 'return ');
        if (/^\s*(import|export)\b/m.test(body)) throw new Error(`precompiledCatalogs: ${id} is not a plain catalog`);
        const compiled = compileCatalog(new Function(body)() as Record<string, string>, id);
        return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`, map: null };
      },
    },
  };
}

/**
 * An app's first paint before any script has run: its header band with an emblem (SVG markup),
 * written into index.html's empty `#root`. On a slow phone the page shows its identity as soon
 * as the HTML and CSS are in (first contentful paint) instead of after the scripts; React
 * replaces it on its first render (nothing that was painted moves: no layout shift). No words:
 * the language is chosen by the script.
 */
export function paintedShell({ emblem, style }: { emblem: string; style?: string }): Plugin {
  const shell =
    `<div class="shb-app"${style ? ` style="${style}"` : ''}><header class="shb-header">` +
    `<div class="shb-header-bar"><div class="shb-brand">${emblem}</div></div></header></div>`;
  return {
    name: 'shabaka-painted-shell',
    transformIndexHtml(html) {
      if (!html.includes('<div id="root"></div>'))
        throw new Error('paintedShell: no empty <div id="root"> in index.html');
      return html.replace('<div id="root"></div>', `<div id="root">${shell}</div>`);
    },
  };
}

/**
 * On a written page (portals) or over a painted shell (the dashboard) the page is on screen
 * from the HTML and the stylesheet alone. Chrome fetches module scripts and their preloads at
 * high priority all the same, in competition with the stylesheet on a slow link (and
 * Lighthouse's model counts them as render-blocking); `fetchpriority="low"` says what they are
 * here. A portal's index.html keeps the default: its shell is a band, its pages come from the
 * script. The dashboard measured: first contentful paint 1.9 s -> 0.8 s (Lighthouse mobile).
 */
export const scriptsAfterPaint = (html: string) =>
  html.replace(/<(script type="module"|link rel="modulepreload")(?![^>]*\sfetchpriority=)/g, '<$1 fetchpriority="low"');

/** `scriptsAfterPaint` on an app's index.html, after every other plugin added its tags. */
export function scriptsAfterPaintPlugin(): Plugin {
  return {
    name: 'shabaka-scripts-after-paint',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: scriptsAfterPaint },
  };
}
