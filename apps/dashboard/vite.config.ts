import { paintedShell, precompiledCatalogs, preloadCatalogs, scriptsAfterPaintPlugin } from '@shabaka/ui/vite';
import react from '@vitejs/plugin-react';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { defineConfig } from 'vite';
import { NAMESPACES } from './src/namespaces';
import { NetworkEmblem } from './src/NetworkEmblem';

/** Served by @shabaka/server at /dashboard/; in development the API runs on :8080. */
export default defineConfig({
  base: '/dashboard/',
  plugins: [
    react(),
    precompiledCatalogs(),
    preloadCatalogs(NAMESPACES, 'ar'),
    // The header band with the network's emblem, painted before the scripts run.
    paintedShell({ emblem: renderToStaticMarkup(createElement(NetworkEmblem)) }),
    // That band is the first paint: the scripts (the figures) come after the stylesheet.
    scriptsAfterPaintPlugin(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/trpc': { target: 'http://localhost:8080' },
    },
  },
});
