import { preloadCatalogs } from '@shabaka/ui/vite';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import { FIRST_LOAD_NAMESPACES } from './messages';

/** Where `pnpm dev` finds the API (apps/server's default port). */
const API = 'http://localhost:8080';

/**
 * The Vite config of every city app (and of the generic build, slug `_portal`): the
 * server hosts each build under `/<slug>/`, so assets are addressed from there; in
 * development the API and health check are proxied to the local server.
 */
export function cityViteConfig(slug: string): UserConfig {
  return {
    base: `/${slug}/`,
    // Every commune's portal opens in Arabic unless the reader chose otherwise.
    plugins: [react(), preloadCatalogs(FIRST_LOAD_NAMESPACES, 'ar')],
    build: { outDir: 'dist', emptyOutDir: true },
    server: {
      proxy: {
        '/trpc': { target: API },
        '/healthz': { target: API },
      },
    },
  };
}
