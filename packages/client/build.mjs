// Builds the installable SDK into dist/, which `pnpm pack` packs (publishConfig.directory): ESM bundles of our own
// code, type declarations whose router type is bundled without server code, and a package.json whose version is
// the API's. Workspace packages never need it: they import src/ (package.json exports).
import dtsBundleGenerator from 'dts-bundle-generator';
import { build } from 'esbuild';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '../..');
const dist = join(here, 'dist');
const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
/** What the packed package may import, in its JavaScript and its declarations: its own dependencies. */
const dependencies = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})];
const packageOf = (spec) => spec.split('/', spec.startsWith('@') ? 2 : 1).join('/');
const isDependency = (spec) => dependencies.includes(packageOf(spec));
/** The modules a declaration file imports (`from 'x'`, `import('x')`, `import 'x'`). */
const importsOf = (text) => ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);

/** The type parameters of a placeholder: optional, so any use of the library's generic types compiles. */
const PARAMS = '<A = any, B = any, C = any, D = any, E = any, F = any, G = any, H = any>';

const started = Date.now();
const step = (what) => console.log(`client build: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
const fail = (message) => {
  throw new Error(`client build: ${message}`);
};
const formatHost = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => here, getNewLine: () => '\n' };
const report = (diagnostics, what) => {
  if (diagnostics.length > 0) fail(`${what}:\n${ts.formatDiagnostics(diagnostics, formatHost)}`);
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist);

// 1. JavaScript: our sources and the API version, bundled; every dependency stays an import.
const js = await build({
  absWorkingDir: here,
  entryPoints: { index: 'src/index.ts', react: 'src/react.tsx' },
  outdir: dist,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  jsx: 'automatic',
  external: dependencies.flatMap((d) => [d, `${d}/*`]),
  metafile: true,
  logLevel: 'warning',
});
const bundled = Object.keys(js.metafile.inputs).filter((p) => !p.startsWith('src/'));
if (bundled.some((p) => p !== '../api/src/version.ts'))
  fail(`only src/ and the API version may be bundled, not ${bundled.join(', ')}`);
const { API_VERSION } = await import(pathToFileURL(join(dist, 'index.js')).href);
if (!/^\d+\.\d+\.\d+$/.test(API_VERSION)) fail(`API_VERSION "${API_VERSION}" is not a semver version`);
step(`JavaScript, API ${API_VERSION}`);

// 2. Declarations of everything the client's typecheck sees (API, database and catalog types), emitted into a
// scratch tree that mirrors the repository. Workspace packages are mapped to their sources: reached through
// node_modules, TypeScript would take them for libraries and emit nothing for them.
// (In dist/, not the temporary directory: pnpm points TMPDIR into node_modules, where every file is a library's.)
const scratch = mkdtempSync(join(dist, '.scratch-'));
try {
  const paths = {};
  for (const dir of readdirSync(join(repo, 'packages')).map((d) => join(repo, 'packages', d))) {
    let manifest;
    try {
      manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    } catch {
      continue;
    }
    for (const [sub, target] of Object.entries(manifest.exports ?? {})) {
      if (typeof target === 'string' && /\.tsx?$/.test(target))
        paths[manifest.name + sub.slice(1)] = [join(dir, target)];
    }
  }
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(here, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    },
  );
  // The client's sources and what its typecheck includes from other packages (catalogs, tables), not its tests.
  const files = parsed.fileNames.filter((f) => !f.startsWith(`${here}/`) || f.startsWith(`${here}/src/`));
  const program = ts.createProgram(files, {
    ...parsed.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    // The typecheck task checks these sources; emitting declarations needs only the types it prints.
    noCheck: true,
    outDir: scratch,
    rootDir: repo,
    paths,
  });
  report(program.emit().diagnostics, 'declarations');
  step('declarations emitted');

  // The router's root types carry the server's context (database, mailer, queues…), which a client never sees.
  const rootDts = join(scratch, 'packages/api/src/root.d.ts');
  const CONTEXT = 'import("./context").InnerContext';
  const root = readFileSync(rootDts, 'utf8');
  if (!root.includes(CONTEXT)) fail(`packages/api/src/root.d.ts no longer names its context as ${CONTEXT}`);
  writeFileSync(rootDts, root.replaceAll(CONTEXT, 'object'));

  // The bundler reads the libraries the client has (its node_modules) and the workspace packages' declarations.
  // Server libraries (kysely, PGlite, zod, pdf-lib…) are replaced by placeholders exporting `any` under each
  // name the declarations use: their types never reach the package, and a placeholder that does is reported.
  const own = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies), ...builtinModules]);
  const isServerLibrary = (spec) =>
    !spec.startsWith('.') && !spec.startsWith('node:') && !(spec in paths) && !own.has(packageOf(spec));
  const dtsPaths = Object.fromEntries(
    Object.entries(paths).map(([name, [file]]) => [
      name,
      [join(scratch, relative(repo, file)).replace(/\.tsx?$/, '.d.ts')],
    ]),
  );
  for (const [spec, text] of placeholders(scratch, isServerLibrary)) {
    const file = join(scratch, 'placeholders', `${spec.replace(/[^\w.-]/g, '_')}.d.ts`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    dtsPaths[spec] = [file];
  }
  symlinkSync(join(here, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  const bundleConfig = join(scratch, 'tsconfig.json');
  const bundleOptions = {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    strict: true,
    skipLibCheck: true,
    lib: ['ES2023'],
    types: parsed.options.types ?? [],
    paths: dtsPaths,
  };
  writeFileSync(bundleConfig, JSON.stringify({ compilerOptions: bundleOptions }));

  // 3. The router's type as one file: every type it names inlined, @trpc/server's imported.
  const [routerDts] = dtsBundleGenerator.generateDtsBundle(
    [
      {
        filePath: join(scratch, 'packages/client/src/router.d.ts'),
        output: { noBanner: true, exportReferencedTypes: false },
      },
    ],
    { preferredConfigPath: bundleConfig },
  );
  writeFileSync(
    join(dist, 'router.d.ts'),
    `// The Shabaka API's router type (API ${API_VERSION}), bundled from the server's sources by build.mjs.\n${routerDts}`,
  );
  // index and react declare themselves and import the router's type from ./router.js.
  for (const name of ['index', 'react']) {
    const text = readFileSync(join(scratch, `packages/client/src/${name}.d.ts`), 'utf8');
    writeFileSync(
      join(dist, `${name}.d.ts`),
      text.replace(/((?:from|import\()\s*['"])(\.\/[\w-]+)(['"])/g, (_, a, spec, b) => `${a}${spec}.js${b}`),
    );
  }
  // Server functions' parameters, typically (`type Found = ReturnType<typeof findX>`, findX taking a `Db`).
  const leaked = [...routerDts.matchAll(new RegExp(`type ([\\w$]+)${PARAMS} = any;`, 'g'))].map((m) => m[1]);
  if (leaked.length > 0) step(`server library types the API's types name, now \`any\`: ${leaked.join(', ')}`);
  step(`declarations bundled (router.d.ts: ${Math.round(routerDts.length / 1024)} KiB)`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// 4. The declarations stand alone: they import only dependencies and compile (strict, Node's ESM resolution, no
// @types/node). Errors inside tRPC's own declarations are tRPC's (they want @types/node and @types/ws).
for (const file of ['router.d.ts', 'index.d.ts', 'react.d.ts']) {
  const foreign = importsOf(readFileSync(join(dist, file), 'utf8')).filter(
    (s) => !s.startsWith('./') && !isDependency(s),
  );
  if (foreign.length > 0) fail(`dist/${file} imports ${[...new Set(foreign)].join(', ')}, not dependencies`);
}
const check = ts.createProgram([join(dist, 'index.d.ts'), join(dist, 'react.d.ts')], {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
  strict: true,
  skipLibCheck: false,
  noEmit: true,
});
report(
  ts.getPreEmitDiagnostics(check).filter((d) => !d.file || d.file.fileName.startsWith(dist)),
  'the packed declarations do not compile on their own',
);
step('declarations compile on their own');

// 5. The packed manifest: the API's version, dist's files. pnpm pack turns `catalog:` into the pinned versions.
const manifest = {
  name: pkg.name,
  version: API_VERSION,
  description: pkg.description,
  type: 'module',
  exports: {
    '.': { types: './index.d.ts', default: './index.js' },
    './react': { types: './react.d.ts', default: './react.js' },
    './package.json': './package.json',
  },
  types: './index.d.ts',
  sideEffects: false,
  engines: { node: '>=20' },
  dependencies: pkg.dependencies,
  peerDependencies: pkg.peerDependencies,
};
writeFileSync(join(dist, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
cpSync(join(here, 'README.md'), join(dist, 'README.md'));
step(`dist/ ready: ${pkg.name}@${API_VERSION}`);

/**
 * Placeholder declarations for the server libraries `isServerLibrary` picks out: for each, a module exporting
 * `any` under every name the declarations under `dir` take from it (named, default and `import('x').Name`
 * imports, and `name.Member` through an imported binding), with optional type parameters so any use compiles.
 */
function placeholders(dir, isServerLibrary) {
  /** module → exported name → members used as `name.Member` */
  const modules = new Map();
  const use = (spec, name, member) => {
    if (!modules.has(spec)) modules.set(spec, new Map());
    const names = modules.get(spec);
    if (!names.has(name)) names.set(name, new Set());
    if (member) names.get(name).add(member);
  };
  for (const file of readdirSync(dir, { recursive: true })) {
    if (!file.endsWith('.d.ts') || file.split(/[\\/]/).includes('node_modules')) continue;
    const source = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.Latest);
    /** local binding → [module, exported name] */
    const bindings = new Map();
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const spec = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      if (!isServerLibrary(spec) || !clause) continue;
      if (clause.name) bindings.set(clause.name.text, [spec, 'default']);
      const named = clause.namedBindings;
      if (named && ts.isNamedImports(named))
        for (const el of named.elements) bindings.set(el.name.text, [spec, (el.propertyName ?? el.name).text]);
      if (named && ts.isNamespaceImport(named)) bindings.set(named.name.text, [spec, '*']);
    }
    for (const [spec, name] of bindings.values()) if (name !== '*') use(spec, name);
    const visit = (node) => {
      if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
        const spec = node.argument.literal.text;
        const q = node.qualifier;
        if (isServerLibrary(spec) && q && ts.isIdentifier(q)) use(spec, q.text);
        if (isServerLibrary(spec) && q && ts.isQualifiedName(q) && ts.isIdentifier(q.left))
          use(spec, q.left.text, q.right.text);
      }
      const [left, right] = ts.isQualifiedName(node)
        ? [node.left, node.right]
        : ts.isPropertyAccessExpression(node)
          ? [node.expression, node.name]
          : [];
      if (left && ts.isIdentifier(left) && bindings.has(left.text)) {
        const [spec, name] = bindings.get(left.text);
        if (name === '*') use(spec, right.text);
        else use(spec, name, right.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const placeholder = (spec, name, declared) =>
    `/** ${name} from ${spec}. */\nexport type ${declared}${PARAMS} = any;\n`;
  return [...modules].map(([spec, names]) => {
    let text = '';
    for (const [name, members] of names) {
      const local = name === 'default' ? '__default' : name;
      text += `${placeholder(spec, name, local)}export declare const ${local}: any;\n`;
      if (members.size > 0) {
        const inner = [...members].map((m) => placeholder(spec, `${name}.${m}`, m).replace(/^/gm, '  '));
        text += `export declare namespace ${local} {\n${inner.join('')}}\n`;
      }
      if (name === 'default') text += 'export default __default;\n';
    }
    return [spec, text];
  });
}
