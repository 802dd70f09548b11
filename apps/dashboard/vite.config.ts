import { precompiledCatalogs, preloadCatalogs } from '@shabaka/ui/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { NAMESPACES } from './src/namespaces';

/** Served by @shabaka/server at /dashboard/; in development the API runs on :8080. */
export default defineConfig({
  base: '/dashboard/',
  plugins: [react(), precompiledCatalogs(), preloadCatalogs(NAMESPACES, 'ar')],
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
