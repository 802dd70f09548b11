// Bundles the server and CLI with the workspace packages (TypeScript sources) inlined;
// npm dependencies stay external and load from node_modules.
import { build } from 'esbuild';

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
  define: { 'import.meta.env.DEV': 'false' },
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
