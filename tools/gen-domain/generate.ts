/**
 * `pnpm gen:domain <name>`: writes a new domain's skeleton, then makes the registration edits
 * outside its folders and reports them. The registrations follow the central lists as they
 * are on main; each is one small function that fails loudly when its anchor moved, so a change
 * to a central file shows up in this tool's test (`tools/test/gen-domain.test.ts`), not in a
 * developer's half-registered domain.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import * as prettier from 'prettier';
import { migrationName, namesOf, type Names } from './names';
import * as tpl from './templates';

export interface GenerateOptions {
  /** The repository's root (the folder holding pnpm-workspace.yaml). */
  root: string;
  /** kebab-case: `petitions`, `training-sessions`. */
  name: string;
  /** Stamps the migration's name; the current time by default. */
  now?: Date;
  /** The section's title in each language; the name by default (translate before landing). */
  titles?: Partial<tpl.Titles>;
}

export interface GenerateResult {
  names: Names;
  /** The domain's own folders: nothing outside them is created except `created` files listed below. */
  folders: string[];
  /** New files, relative to the root. */
  created: string[];
  /** Existing files changed to register the domain (the registration edits), relative to the root. */
  edited: string[];
}

const MIGRATIONS = 'packages/db/src/migrations';
const run = promisify(execFile);

/** Replaces `anchor` (a string or regex) once; throws when it is missing, so drift is caught. */
function insert(text: string, file: string, anchor: RegExp, make: (match: RegExpExecArray) => string): string {
  const m = anchor.exec(text);
  if (!m) throw new Error(`gen:domain: ${file} no longer has the expected ${anchor} — update tools/gen-domain.`);
  return text.slice(0, m.index) + make(m) + text.slice(m.index + m[0].length);
}

/** The last match of a line pattern (flags must include `g` and `m`). */
function lastMatch(text: string, file: string, pattern: RegExp): RegExp {
  const all = [...text.matchAll(pattern)];
  const last = all.at(-1);
  if (!last) throw new Error(`gen:domain: ${file} no longer has a line like ${pattern} — update tools/gen-domain.`);
  return new RegExp(last[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/** Inserts `line` after the last line matching `pattern`. */
const afterLast = (text: string, file: string, pattern: RegExp, line: string) =>
  insert(text, file, lastMatch(text, file, pattern), (m) => `${m[0]}\n${line}`);

/** Inserts `line` before the closing `close` of the block opened by `open`. */
function beforeClose(text: string, file: string, open: RegExp, close: string, line: string): string {
  const m = open.exec(text);
  if (!m) throw new Error(`gen:domain: ${file} no longer has ${open} — update tools/gen-domain.`);
  const end = text.indexOf(close, m.index + m[0].length);
  if (end < 0) throw new Error(`gen:domain: ${file}: no ${JSON.stringify(close)} after ${open}.`);
  return `${text.slice(0, end)}\n${line}${text.slice(end)}`;
}

type Registration = { file: string; edit: (text: string, n: Names, titles: tpl.Titles) => string };

/** API domains listed by their descriptors (`<domain>/module.ts`, one line each in modules.ts). */
const API_MODULES: Registration = {
  file: 'packages/api/src/modules.ts',
  edit: (t, n, _, f = 'api/src/modules.ts') => {
    t = afterLast(
      t,
      f,
      /^import .* from '\.\/[^']+\/module';$/gm,
      `import { ${n.camel}Module } from './${n.kebab}/module';`,
    );
    return beforeClose(t, f, /export const modules = \[/, '\n]', `  ${n.camel}Module,`);
  },
};

/** Portal modules listed by their descriptors (`<module>/module.tsx`, one line each in modules.ts). */
const PORTAL_MODULES: Registration = {
  file: 'packages/portal/src/modules.ts',
  edit: (t, n, _, f = 'portal/src/modules.ts') => {
    t = afterLast(
      t,
      f,
      /^import .* from '\.\/[^']+\/module';$/gm,
      `import { ${n.camel}Module } from './${n.kebab}/module';`,
    );
    return beforeClose(t, f, /export const portalModules[^=]*= \[/, '\n]', `  ${n.camel}Module,`);
  },
};

/** The portal's menu label and home card, in each language's file of the `portal` namespace. */
const PORTAL_KEYS_PER_LANGUAGE: Registration[] = (['ar', 'fr', 'es'] as const).map((l) => ({
  file: `packages/ui/src/i18n/messages/portal/${l}.ts`,
  edit: (t, n, titles, f = `ui/src/i18n/messages/portal/${l}.ts`) =>
    insert(t, f, /^export default \{$/m, (m) => `${m[0]}\n${tpl.portalKeys(n, titles, l)}`),
}));

/** Files the catalogs' own script (`pnpm i18n:split`) regenerates from the folders of messages/. */
const CATALOG_INDEXES = ['packages/ui/src/i18n/namespaces.ts', 'packages/ui/src/i18n/all.ts'];

/**
 * The registration edits main needs today, one per central file. Issue 11 shrinks this list
 * to at most three (descriptor lists for the API and the portal, the migration index).
 */
export const REGISTRATIONS: Registration[] = [
  {
    // Before module descriptors: the root router lists every domain's router.
    file: 'packages/api/src/root.ts',
    edit: (t, n, _, f = 'root.ts') => {
      t = afterLast(
        t,
        f,
        /^import .* from '\.\/[^']+\/router';$/gm,
        `import { ${n.camel}Router } from './${n.kebab}/router';`,
      );
      return beforeClose(t, f, /export const appRouter = router\(\{/, '\n});', `  ${n.camel}: ${n.camel}Router,`);
    },
  },
  {
    file: `${MIGRATIONS}/index.ts`,
    edit: (t, n, _, f = 'migrations/index.ts') => {
      if (new RegExp(`\\bas ${n.camel}\\b`).test(t)) throw new Error(`gen:domain: ${f} already imports "${n.camel}".`);
      t = afterLast(t, f, /^import \* as \w+ from '\.\/[^']+';$/gm, `import * as ${n.camel} from './${n.migration}';`);
      return beforeClose(t, f, /export const migrations[^=]*= \{/, '\n};', `  '${n.migration}': ${n.camel},`);
    },
  },
  {
    file: 'packages/db/src/types.ts',
    edit: (t, n, _, f = 'db/src/types.ts') => {
      t = afterLast(
        t,
        f,
        /^import type \{ \w+ \} from '\.\/tables\/[^']+';$/gm,
        `import type { ${n.pascal}Tables } from './tables/${n.kebab}';`,
      );
      return insert(t, f, /export interface Database extends ([^{]+?) \{/, (m) =>
        m[0].replace(m[1]!, `${m[1]}, ${n.pascal}Tables`),
      );
    },
  },
  {
    file: 'packages/ui/src/i18n/catalog.ts',
    edit: (t, n, _, f = 'ui/src/i18n/catalog.ts') => {
      t = afterLast(
        t,
        f,
        /^import \{ messages as \w+ \} from '\.\/messages\/[^']+';$/gm,
        `import { messages as ${n.camel} } from './messages/${n.camel}';`,
      );
      t = afterLast(t, f, /^ {2}\w+ as \w+Messages,$/gm, `  ${n.camel} as ${n.camel}Messages,`);
      t = beforeClose(t, f, /export const namespaces[^=]*= \{/, '\n};', `  ${n.camel},`);
      return beforeClose(t, f, /export const catalog[^=]*= [^(]*mergeCatalogs\(/, '\n);', `  ${n.camel},`);
    },
  },
  {
    file: 'packages/ui/src/index.ts',
    edit: (t, n, _, f = 'ui/src/index.ts') => afterLast(t, f, /^ {2}\w+Messages,$/gm, `  ${n.camel}Messages,`),
  },
  {
    // The menu entry and the home page's card (portal.nav.<module>, portal.module.<module>.*).
    file: 'packages/ui/src/i18n/messages/portal.ts',
    edit: (t, n, titles, f = 'ui/src/i18n/messages/portal.ts') => {
      for (const l of ['ar', 'fr', 'es'] as const) {
        t = insert(t, f, new RegExp(`^ {2}${l}: \\{$`, 'm'), (m) => `${m[0]}\n${tpl.portalKeys(n, titles, l)}`);
      }
      return t;
    },
  },
  {
    file: 'packages/portal/src/config.ts',
    edit: (t, n, _, f = 'portal/src/config.ts') => {
      t = insert(t, f, /export const MODULES = \[([^\]]*)\] as const;/, (m) =>
        m[0].replace(m[1]!, `${m[1]}, '${n.kebab}'`),
      );
      return insert(t, f, /export const READY: readonly ModuleName\[\] = \[([^\]]*)\];/, (m) =>
        m[0].replace(m[1]!, `${m[1]}, '${n.kebab}'`),
      );
    },
  },
  {
    file: 'packages/portal/src/PortalApp.tsx',
    edit: (t, n, _, f = 'portal/src/PortalApp.tsx') => {
      t = afterLast(
        t,
        f,
        /^const \w+ = lazy\(\(\) => import\('\.\/[^']+'\)\);$/gm,
        `const ${n.pascal}Section = lazy(() => import('./${n.kebab}/${n.pascal}Section'));`,
      );
      return insert(t, f, /^( *)\{enabledModules\(config\)\n\s*\.filter\(\(m\) => !READY\.includes\(m\)\)/m, (m) =>
        [
          `${m[1]}{enabledModules(config).includes('${n.kebab}') && (`,
          `${m[1]}  <Route path="/${n.kebab}" nest component={${n.pascal}Section} />`,
          `${m[1]})}`,
          m[0],
        ].join('\n'),
      );
    },
  },
];

export async function generateDomain(options: GenerateOptions): Promise<GenerateResult> {
  const { root } = options;
  const existing = readdirSync(join(root, MIGRATIONS))
    .filter((f) => /^\d{4}-\d\d-\d\dT\d{4}-.+\.ts$/.test(f))
    .map((f) => f.slice(0, -3));
  const n = namesOf(options.name, '');
  n.migration = migrationName(n.kebab, existing, options.now ?? new Date());
  const titles: tpl.Titles = { ar: n.kebab, fr: n.kebab, es: n.kebab, ...options.titles };

  const folders = [`packages/api/src/${n.kebab}`, `packages/portal/src/${n.kebab}`];
  for (const folder of folders) {
    if (existsSync(join(root, folder))) throw new Error(`gen:domain: ${folder} exists already; pick another name.`);
  }
  // Module descriptors (issue 11) replace the root router's list when main has them.
  const modules = existsSync(join(root, API_MODULES.file));
  const portalModules = existsSync(join(root, PORTAL_MODULES.file));
  // Catalogs per language (messages/<ns>/<lang>.ts, indexes generated by `pnpm i18n:split`).
  const perLanguage = existsSync(join(root, CATALOG_INDEXES[0]!));
  const replaced = new Set([
    ...(modules ? ['packages/api/src/root.ts'] : []),
    ...(portalModules ? ['packages/portal/src/config.ts', 'packages/portal/src/PortalApp.tsx'] : []),
    ...(perLanguage
      ? ['packages/ui/src/i18n/catalog.ts', 'packages/ui/src/index.ts', 'packages/ui/src/i18n/messages/portal.ts']
      : []),
  ]);
  const registrations = [
    ...(modules ? [API_MODULES] : []),
    ...(portalModules ? [PORTAL_MODULES] : []),
    ...REGISTRATIONS.filter((r) => !replaced.has(r.file)),
    ...(perLanguage ? PORTAL_KEYS_PER_LANGUAGE : []),
  ];
  const files: Record<string, string> = {
    [`packages/api/src/${n.kebab}/schemas.ts`]: tpl.apiSchemas(n),
    [`packages/api/src/${n.kebab}/repository.ts`]: tpl.apiRepository(n),
    [`packages/api/src/${n.kebab}/service.ts`]: tpl.apiService(n),
    [`packages/api/src/${n.kebab}/router.ts`]: tpl.apiRouter(n, modules),
    ...(modules ? { [`packages/api/src/${n.kebab}/module.ts`]: tpl.apiModule(n) } : {}),
    [`packages/api/src/${n.kebab}/index.ts`]: tpl.apiIndex(n),
    [`packages/api/test/${n.kebab}.test.ts`]: tpl.apiTest(n),
    [`${MIGRATIONS}/${n.migration}.ts`]: tpl.migration(n),
    [`packages/db/src/tables/${n.kebab}.ts`]: tpl.tableTypes(n),
    ...(perLanguage
      ? Object.fromEntries(
          (['ar', 'fr', 'es'] as const).map((l) => [
            `packages/ui/src/i18n/messages/${n.camel}/${l}.ts`,
            tpl.catalogLanguage(n, titles, l),
          ]),
        )
      : { [`packages/ui/src/i18n/messages/${n.camel}.ts`]: tpl.catalog(n, titles) }),
    [`packages/portal/src/${n.kebab}/i18n.ts`]: perLanguage ? tpl.portalI18nPerLanguage(n) : tpl.portalI18n(n),
    [`packages/portal/src/${n.kebab}/${n.pascal}Section.tsx`]: tpl.portalSection(n),
    ...(portalModules ? { [`packages/portal/src/${n.kebab}/module.tsx`]: tpl.portalModule(n) } : {}),
  };
  for (const file of Object.keys(files)) {
    if (existsSync(join(root, file))) throw new Error(`gen:domain: ${file} exists already; pick another name.`);
  }

  // Every edit is computed before anything is written: a drifted anchor leaves the tree untouched.
  const edits: Record<string, string> = {};
  for (const r of registrations) {
    const before = edits[r.file] ?? readFileSync(join(root, r.file), 'utf8');
    edits[r.file] = r.edit(before, n, titles);
  }

  const config = await prettier.resolveConfig(join(root, 'package.json'));
  for (const [file, text] of Object.entries({ ...files, ...edits })) {
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, await prettier.format(text, { ...config, filepath: path }));
  }
  const edited = Object.keys(edits);
  if (perLanguage) {
    // The namespace list and loaders are the catalogs' own generated indexes: regenerate them.
    const before = CATALOG_INDEXES.map((f) => readFileSync(join(root, f), 'utf8'));
    await run(process.execPath, ['--import', 'tsx', 'scripts/i18n-split.mjs'], { cwd: root });
    edited.push(...CATALOG_INDEXES.filter((f, i) => readFileSync(join(root, f), 'utf8') !== before[i]));
  }
  return { names: n, folders, created: Object.keys(files), edited };
}
