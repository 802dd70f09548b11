import { directionOf, LANGUAGES, type Language } from '@shabaka/ui';
import { catalogChunks, paintedShell, precompiledCatalogs, preloadCatalogs, scriptsAfterPaint } from '@shabaka/ui/vite';
import { WRITTEN_CONTROL, WRITTEN_PAGE } from '@shabaka/ui/mount';
import react from '@vitejs/plugin-react';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createServer, type Plugin, type ResolvedConfig, type UserConfig } from 'vite';
import type { CityIdentity } from './config';
import { Emblem } from './Emblem';
import { pageFile, PAGES_MANIFEST } from './pages';
import { FIRST_LOAD_NAMESPACES } from './messages';

/** Where `pnpm dev` finds the API (apps/server's default port). */
const API = 'http://localhost:8080';

/** The portal's painted shell: the header band in the commune's colours with its emblem. */
function cityShell({ names, theme }: CityIdentity): Plugin {
  const style = `--color-primary:${theme.primary};--color-secondary:${theme.secondary};--color-accent:${theme.accent}`;
  return paintedShell({ emblem: renderToStaticMarkup(createElement(Emblem, { name: names.fr })), style });
}

/**
 * A built page's controls wait for the script: text typed into a form before the app has
 * taken over could be lost, so they are disabled until then (seen, announced as unavailable,
 * not usable), marked so that `mount` enables them as the app takes the page over
 * (`WRITTEN_CONTROL`). Links work as links.
 */
const disabledControls = (html: string) =>
  html.replace(/<(select|button|input|textarea)\b(?![^>]*\sdisabled)/g, `<$1 disabled="" ${WRITTEN_CONTROL}=""`);

/**
 * The public pages written ahead, in every language (prerender.tsx), once the app is built:
 * `pages/<lang>/<path>.html` is index.html with the page in `#root` and the language on
 * `<html>`; `pages/manifest.json` names the language the portal opens in (pages.ts). The page is
 * rendered from the app's sources by a Vite server (the same config, plugins and aliases).
 */
function prerenderedPages(): Plugin {
  let config: ResolvedConfig;
  // Each language's first-load catalogs: index.html preloads the Arabic ones, a page written
  // in French or Spanish preloads its own instead (its reader would wait a round trip more).
  const catalogs = new Map<Language, string[]>();
  const inLanguage = (html: string, lang: Language) => {
    const [ar, own] = [catalogs.get('ar') ?? [], catalogs.get(lang) ?? []];
    if (ar.length !== own.length || ar.length === 0)
      throw new Error(`prerenderedPages: first-load catalogs ar ${ar.join()} vs ${lang} ${own.join()}`);
    // Catalog chunks are found in the same namespace order for every language.
    return ar.reduce((out, file, i) => out.replace(`/${file}"`, `/${own[i]}"`), html);
  };
  return {
    name: 'shabaka-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(_options, bundle) {
      for (const lang of LANGUAGES) catalogs.set(lang, catalogChunks(bundle, FIRST_LOAD_NAMESPACES, lang));
    },
    async closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const template = readFileSync(join(outDir, 'index.html'), 'utf8');
      const root = /<div id="root">[\s\S]*<\/div>(\s*<\/body>)/;
      if (!root.test(template) || !template.includes('<html lang="ar" dir="rtl">'))
        throw new Error('prerenderedPages: index.html has no <html lang="ar" dir="rtl"> or #root before </body>');
      const server = await createServer({
        root: config.root,
        configFile: config.configFile,
        configLoader: 'runner',
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
      });
      try {
        const { city } = (await server.ssrLoadModule('/src/city.ts')) as typeof import('./prerender-city');
        const { prerenderPortal } = (await server.ssrLoadModule(
          '@shabaka/portal/prerender',
        )) as typeof import('./prerender');
        for (const page of await prerenderPortal(city)) {
          const file = join(outDir, pageFile(page.lang, page.path));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(
            file,
            scriptsAfterPaint(inLanguage(template, page.lang))
              .replace('<html lang="ar" dir="rtl">', `<html lang="${page.lang}" dir="${directionOf(page.lang)}">`)
              .replace(
                root,
                (_all, end: string) => `<div id="root" ${WRITTEN_PAGE}="">${disabledControls(page.html)}</div>${end}`,
              ),
          );
        }
        writeFileSync(join(outDir, PAGES_MANIFEST), JSON.stringify({ defaultLanguage: city.defaultLanguage }));
      } finally {
        await server.close();
      }
    },
  };
}

/**
 * The Vite config of every city app (and of the generic build, slug `_portal`): the
 * server hosts each build under `/<slug>/`, so assets are addressed from there; in
 * development the API and health check are proxied to the local server.
 */
export function cityViteConfig(slug: string, identity?: CityIdentity): UserConfig {
  return {
    base: `/${slug}/`,
    plugins: [
      react(),
      precompiledCatalogs(),
      // Every commune's portal opens in Arabic unless the reader chose otherwise.
      preloadCatalogs(FIRST_LOAD_NAMESPACES, 'ar'),
      // The generic portal learns its commune at run time: no emblem to paint ahead.
      ...(identity ? [cityShell(identity), prerenderedPages()] : []),
    ],
    build: { outDir: 'dist', emptyOutDir: true },
    server: {
      proxy: {
        '/trpc': { target: API },
        '/healthz': { target: API },
      },
    },
  };
}
