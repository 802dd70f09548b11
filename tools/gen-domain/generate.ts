/**
 * `pnpm gen:domain <name>`: writes a new domain's skeleton, then makes the registration edits
 * outside its folders and reports them. The registrations follow the central lists as they
 * are on main; each is one small function that fails loudly when its anchor moved, so a change
 * to a central file shows up in this tool's test (`tools/test/gen-domain.test.ts`), not in a
 * developer's half-registered domain.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/**
 * The registration edits, one line each: the two descriptor lists and the migration index. The
 * rest is found without a list: the tables file adds itself to Database (module augmentation,
 * seen through the tsconfigs' `packages/db/src/tables/*.ts`), the catalogs and the menu entry are
 * folders of messages/.
 */
export const REGISTRATIONS: Registration[] = [
  API_MODULES,
  PORTAL_MODULES,
  {
    file: `${MIGRATIONS}/index.ts`,
    edit: (t, n, _, f = 'migrations/index.ts') => {
      if (new RegExp(`\\bas ${n.camel}\\b`).test(t)) throw new Error(`gen:domain: ${f} already imports "${n.camel}".`);
      t = afterLast(t, f, /^import \* as \w+ from '\.\/[^']+';$/gm, `import * as ${n.camel} from './${n.migration}';`);
      return beforeClose(t, f, /export const migrations[^=]*= \{/, '\n};', `  '${n.migration}': ${n.camel},`);
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
  const files: Record<string, string> = {
    [`packages/api/src/${n.kebab}/schemas.ts`]: tpl.apiSchemas(n),
    [`packages/api/src/${n.kebab}/repository.ts`]: tpl.apiRepository(n),
    [`packages/api/src/${n.kebab}/service.ts`]: tpl.apiService(n),
    [`packages/api/src/${n.kebab}/router.ts`]: tpl.apiRouter(n),
    [`packages/api/src/${n.kebab}/module.ts`]: tpl.apiModule(n),
    [`packages/api/src/${n.kebab}/index.ts`]: tpl.apiIndex(n),
    [`packages/api/test/${n.kebab}.test.ts`]: tpl.apiTest(n),
    [`${MIGRATIONS}/${n.migration}.ts`]: tpl.migration(n),
    [`packages/db/src/tables/${n.kebab}.ts`]: tpl.tableTypes(n),
    ...Object.fromEntries(
      (['ar', 'fr', 'es'] as const).map((l) => [
        `packages/ui/src/i18n/messages/${n.camel}/${l}.ts`,
        tpl.catalogLanguage(n, titles, l),
      ]),
    ),
    ...Object.fromEntries(
      (['ar', 'fr', 'es'] as const).map((l) => [
        `packages/ui/src/i18n/messages/${n.camel}Menu/${l}.ts`,
        tpl.menuLanguage(n, titles, l),
      ]),
    ),
    [`packages/portal/src/${n.kebab}/i18n.ts`]: tpl.portalI18n(n),
    [`packages/portal/src/${n.kebab}/${n.pascal}Section.tsx`]: tpl.portalSection(n),
    [`packages/portal/src/${n.kebab}/module.tsx`]: tpl.portalModule(n),
  };
  for (const file of Object.keys(files)) {
    if (existsSync(join(root, file))) throw new Error(`gen:domain: ${file} exists already; pick another name.`);
  }

  // Every edit is computed before anything is written: a drifted anchor leaves the tree untouched.
  const edits: Record<string, string> = {};
  for (const r of REGISTRATIONS) {
    const before = edits[r.file] ?? readFileSync(join(root, r.file), 'utf8');
    edits[r.file] = r.edit(before, n, titles);
  }

  const config = await prettier.resolveConfig(join(root, 'package.json'));
  for (const [file, text] of Object.entries({ ...files, ...edits })) {
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, await prettier.format(text, { ...config, filepath: path }));
  }
  // No catalog index to regenerate: the new namespace's folder is found (import.meta.glob in the
  // browser, the messages folder in Node) and its Arabic file declares its keys.
  return { names: n, folders, created: Object.keys(files), edited: Object.keys(edits) };
}
