/**
 * `pnpm gen:domain` end to end: in a throwaway copy of the repository (its files, this
 * checkout's node_modules linked in), generate a domain, count the existing files it had to
 * edit, typecheck the API and the portal with the new code, and run the generated API test on
 * the migrated database (PGlite, and PostgreSQL too when TEST_DATABASE_URL is set).
 *
 * REGISTRATION_EDITS bounds the files outside its folders a new domain touches (issue 11: at most
 * 3): one line each in api/src/modules.ts, portal/src/modules.ts and the migration index. Tables,
 * catalogs and the menu entry are new files found without a list (module augmentation of
 * Database, folders of messages/).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDomain, type GenerateResult } from '../gen-domain/generate';

const REGISTRATION_EDITS = 3;
const NAME = 'throwaway-things';

const run = promisify(execFile);
const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PACKAGES = ['api', 'db', 'ui', 'portal', 'client'];

/** Every file of the tree git knows (tracked or new, ignored ones left out), with its hash. */
async function snapshot(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name === '.git') continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.isFile())
        files.set(relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(root);
  return files;
}

let copy: string;
let before: Map<string, string>;
let after: Map<string, string>;
let result: GenerateResult;
let checks: {
  typecheck: Promise<string>;
  apiTest: Promise<{ failed: boolean; output: string }>;
  catalogTest: Promise<{ failed: boolean; output: string }>;
};

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'shabaka-gen-'));
  const { stdout } = await run(
    'git',
    ['ls-files', '-co', '--exclude-standard', '--', 'packages', 'tools', 'scripts', '*.json'],
    {
      cwd: repo,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  for (const file of stdout.split('\n').filter(Boolean)) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    try {
      cpSync(join(repo, file), join(copy, file));
    } catch {
      // A file deleted in the working tree but still tracked: not part of the copy.
    }
  }
  // The packages' node_modules hold only links (relative, into the root's .pnpm store and to
  // sibling packages), so copied as links they resolve inside the copy.
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'));
  for (const p of PACKAGES) {
    cpSync(join(repo, 'packages', p, 'node_modules'), join(copy, 'packages', p, 'node_modules'), {
      recursive: true,
      verbatimSymlinks: true,
    });
  }
  before = await snapshot(copy);
  result = await generateDomain({ root: copy, name: NAME, now: new Date() });
  after = await snapshot(copy);
  // The slow checks run side by side from here; each test awaits its own.
  checks = { typecheck: typecheck(), apiTest: vitest('api', `test/${NAME}.test.ts`), catalogTest: catalogTest() };
  await Promise.allSettled(Object.values(checks));
}, 300_000);

const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', CI: '1' };
delete env.FORCE_COLOR;

/**
 * One program for the API and the portal: the portal reaches the API's types through the
 * client, and the generated API test is added to it, so nothing is checked twice.
 */
async function typecheck(): Promise<string> {
  const portal = join(copy, 'packages/portal');
  writeFileSync(
    join(portal, 'tsconfig.gen.json'),
    JSON.stringify({
      extends: './tsconfig.json',
      compilerOptions: { types: ['vite/client', '../api/node_modules/@types/node'] },
      include: [
        '../ui/src/i18n/messages/*/ar.ts',
        '../db/src/tables/*.ts',
        'src',
        `../api/src/${NAME}`,
        `../api/test/${NAME}.test.ts`,
      ],
    }),
  );
  const tsc = join(repo, 'node_modules/typescript/bin/tsc');
  const out = await run(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.gen.json'], { cwd: portal, env }).catch(
    (e: { stdout: string }) => e,
  );
  return out.stdout;
}

/** A package's own Vitest on some of its tests, inside the copy (both databases when TEST_DATABASE_URL is set). */
async function vitest(pkg: string, ...args: string[]) {
  const cwd = join(copy, 'packages', pkg);
  return run(process.execPath, [join(cwd, 'node_modules/vitest/vitest.mjs'), 'run', ...args], { cwd, env }).then(
    (o) => ({ failed: false, output: o.stdout }),
    (e: { stdout: string; stderr: string }) => ({ failed: true, output: `${e.stdout}\n${e.stderr}` }),
  );
}

const catalogTest = () => vitest('ui', 'test/catalog.test.ts', '-t', result.names.camel);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('pnpm gen:domain', () => {
  it(`registers a new domain with at most ${REGISTRATION_EDITS} edits outside its folders, and reports them`, () => {
    const inFolders = (f: string) => result.folders.some((folder) => f.startsWith(`${folder}/`));
    const edited = [...before].filter(([f, hash]) => after.has(f) && after.get(f) !== hash).map(([f]) => f);
    const created = [...after.keys()].filter((f) => !before.has(f));
    const removed = [...before.keys()].filter((f) => !after.has(f));
    expect(removed).toEqual([]);
    // What it says it did is what it did.
    expect(edited.sort()).toEqual([...result.edited].sort());
    expect(created.sort()).toEqual([...result.created].sort());
    const editedOutside = edited.filter((f) => !inFolders(f));
    console.log(`gen:domain registration edits outside the domain's folders: ${editedOutside.length}`);
    expect(editedOutside.length).toBeLessThanOrEqual(REGISTRATION_EDITS);
    // The new files outside its two folders are its own: a migration, its table types, its test, its catalog.
    const own = [
      `packages/api/test/${NAME}.test.ts`,
      `packages/db/src/migrations/${result.names.migration}.ts`,
      `packages/db/src/tables/${NAME}.ts`,
    ];
    const outside = created.filter((f) => !inFolders(f));
    expect(outside).toEqual(expect.arrayContaining(own));
    const catalog = `packages/ui/src/i18n/messages/${result.names.camel}`;
    expect(outside.filter((f) => !own.includes(f) && !f.startsWith(catalog))).toEqual([]);
  });

  it('writes a tenant table that leads with commune_id, in a migration after every other', () => {
    const index = readFileSync(join(copy, 'packages/db/src/migrations/index.ts'), 'utf8');
    const names = [...index.matchAll(/^ {2}'([^']+)':/gm)].map((m) => m[1]);
    expect(names.at(-1)).toBe(result.names.migration);
    const migration = readFileSync(join(copy, `packages/db/src/migrations/${result.names.migration}.ts`), 'utf8');
    expect(migration).toMatch(/addPrimaryKeyConstraint\('\w+', \['commune_id', 'id'\]\)/);
  });

  it('typechecks the API and the portal with the new domain in them', async () => {
    expect(await checks.typecheck).toBe('');
  });

  it('runs the generated API test through createCaller on the migrated database', async () => {
    const out = await checks.apiTest;
    expect(out.failed ? out.output : '').toBe('');
    expect(out.output).toMatch(/Tests\s+\d+ passed/);
  });

  it('gives the new namespace the same keys in ar, fr and es, prefixed and valid ICU (the catalog test)', async () => {
    const out = await checks.catalogTest;
    expect(out.failed ? out.output : '').toBe('');
    expect(out.output).toMatch(/Tests\s+\d+ passed/);
  });
});
