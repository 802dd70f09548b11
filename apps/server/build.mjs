// Bundles the server and CLI with the workspace packages (TypeScript sources) inlined;
// npm dependencies stay external and load from node_modules. Then writes the brotli/gzip
// twins of the built frontends the server hosts (turbo builds them first: they are this
// package's dependencies), so the server sends them compressed without compressing per request.
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';
import { tsImport } from 'tsx/esm/api';

// The catalogs' namespaces (folders of @shabaka/ui's messages): Node reads them from disk,
// a bundle has no such folder, so the list is fixed here and each file is bundled through
// all.ts's `import(`./messages/${ns}/${lang}.ts`)`.
const namespaces = readdirSync(new URL('../../packages/ui/src/i18n/messages/', import.meta.url), {
  withFileTypes: true,
})
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

await build({
  // The PDF worker thread (packages/api/src/pdf/queue.ts) is its own file next to main.js.
  entryPoints: { main: 'src/main.ts', cli: 'src/cli.ts', 'pdf-worker': '../../packages/api/src/pdf/worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  define: { 'import.meta.env.DEV': 'false', __I18N_NAMESPACES__: JSON.stringify(namespaces) },
  plugins: [
    {
      name: 'external-npm',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@shabaka/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});

const { precompressFrontends } = await tsImport('./src/precompress.ts', import.meta.url);
const t0 = performance.now();
const r = precompressFrontends();
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `precompressed ${r.files} frontend files in ${((performance.now() - t0) / 1000).toFixed(1)} s: ` +
    `${kb(r.raw)} → brotli ${kb(r.br)}, gzip ${kb(r.gz)}`,
);
