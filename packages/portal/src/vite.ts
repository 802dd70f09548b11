import { preloadCatalogs } from '@shabaka/ui/vite';
import react from '@vitejs/plugin-react';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Plugin, UserConfig } from 'vite';
import type { CityIdentity } from './config';
import { Emblem } from './Emblem';
import { FIRST_LOAD_NAMESPACES } from './messages';

/** Where `pnpm dev` finds the API (apps/server's default port). */
const API = 'http://localhost:8080';

/**
 * The portal's first paint before any script has run: the header band in the commune's
 * colours with its emblem, written into index.html. On a slow phone the page shows its
 * identity as soon as the HTML and CSS are in (first contentful paint) instead of after the
 * scripts; React replaces it on its first render (nothing that was painted moves: no layout
 * shift). No words: the language is chosen by the script.
 */
function paintedShell({ names, theme }: CityIdentity): Plugin {
  const colours = `--color-primary:${theme.primary};--color-secondary:${theme.secondary};--color-accent:${theme.accent}`;
  const emblem = renderToStaticMarkup(createElement(Emblem, { name: names.fr }));
  const shell = `<div class="shb-app" style="${colours}"><header class="shb-header"><div class="shb-header-bar"><div class="shb-brand">${emblem}</div></div></header></div>`;
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
 * The Vite config of every city app (and of the generic build, slug `_portal`): the
 * server hosts each build under `/<slug>/`, so assets are addressed from there; in
 * development the API and health check are proxied to the local server.
 */
export function cityViteConfig(slug: string, identity?: CityIdentity): UserConfig {
  return {
    base: `/${slug}/`,
    plugins: [
      react(),
      // Every commune's portal opens in Arabic unless the reader chose otherwise.
      preloadCatalogs(FIRST_LOAD_NAMESPACES, 'ar'),
      // The generic portal learns its commune at run time: no emblem to paint ahead.
      ...(identity ? [paintedShell(identity)] : []),
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
