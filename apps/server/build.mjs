// Bundles the server and CLI with the workspace packages (TypeScript sources) inlined;
// npm dependencies stay external and load from node_modules, except the few in BUNDLED.
// Then writes the brotli/gzip twins of the built frontends the server hosts (turbo builds
// them first: they are this package's dependencies), so the server sends them compressed
// without compressing per request.
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

// npm dependencies are bundled: Node's loader otherwise resolves and reads their files one by
// one at every start (kysely alone, ~260 files, took 150–200 ms; Fastify and its plugins' CommonJS
// trees, ~100 ms more). CommonJS inside the ES-module bundle requires Node's built-ins through
// the banner's `require`.
// Left out of the bundle: PGlite (it loads its WebAssembly and data files from its own folder),
// and Fastify's JSON-schema compilers with what only they use (Ajv and its formats,
// fast-uri: half a megabyte parsed at every start). Fastify requires those only to compile a
// route's JSON schema, and app.ts gives it compilers of its own (no route has one).
const EXTERNAL =
  /^(@electric-sql\/pglite|ajv|ajv-formats|fast-uri|@fastify\/ajv-compiler|@fastify\/fast-json-stringify-compiler)(\/|$)/;

// Loaded when first needed, never when the server starts (see pdf-queue.ts, files/images.ts,
// db's create-db.ts, notifications/email.ts, sms.ts and evidence.ts, room-feeds.ts): the build fails if main.js imports one of them statically again.
const LOADED_ON_FIRST_USE =
  /^(pdf-lib|@pdf-lib\/fontkit|bidi-js|qrcode|sharp|pg|nodemailer|sms-segments-calculator|csv-stringify|ical-generator|fflate)(\/|$)/;

const { metafile } = await build({
  // The PDF worker thread (packages/api/src/pdf-queue.ts) is its own file next to main.js, and
  // so are the renderers it runs: see keep-renderers-out below.
  entryPoints: {
    main: 'src/main.ts',
    cli: 'src/cli.ts',
    'pdf-worker': '../../packages/api/src/pdf/worker.ts',
    'pdf-renderers': '../../packages/api/src/pdf-renderers.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  metafile: true,
  banner: {
    js: "import { createRequire as __shabakaRequire } from 'node:module'; const require = __shabakaRequire(import.meta.url);",
  },
  define: { 'import.meta.env.DEV': 'false', __I18N_NAMESPACES__: JSON.stringify(namespaces) },
  plugins: [
    {
      // Without splitting, esbuild inlines a dynamic import and hoists the npm imports of what it
      // reaches to the top of the bundle: pdf-queue.ts's `import('./pdf-renderers')` (a render
      // without the worker thread) would load pdf-lib, fontkit, bidi-js and qrcode when the
      // server starts. It stays a real import of dist/pdf-renderers.js, loaded at the first render.
      name: 'keep-renderers-out',
      setup(b) {
        b.onResolve({ filter: /^\.\/pdf-renderers$/ }, (args) =>
          args.kind === 'dynamic-import' ? { path: './pdf-renderers.js', external: true } : undefined,
        );
      },
    },
    {
      name: 'external-npm',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('node:') || EXTERNAL.test(args.path) || LOADED_ON_FIRST_USE.test(args.path)
            ? { path: args.path, external: true }
            : undefined,
        );
      },
    },
  ],
});

const atStart = metafile.outputs['dist/main.js'].imports
  .filter((i) => i.external && i.kind === 'import-statement' && LOADED_ON_FIRST_USE.test(i.path))
  .map((i) => i.path);
if (atStart.length) throw new Error(`dist/main.js imports ${atStart.join(', ')} at start: load them on first use`);

const { precompressFrontends } = await tsImport('./src/precompress.ts', import.meta.url);
const t0 = performance.now();
const r = precompressFrontends();
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `precompressed ${r.files} frontend files in ${((performance.now() - t0) / 1000).toFixed(1)} s: ` +
    `${kb(r.raw)} → brotli ${kb(r.br)}, gzip ${kb(r.gz)}`,
);
