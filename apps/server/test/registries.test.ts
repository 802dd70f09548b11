import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../src/paths';

/*
 * Everything a procedure uses is built once in main.ts (deps.ts) and travels in the tRPC
 * context. This guards against the old shapes coming back: a module-level WeakMap or Map
 * holding per-database state (the signing setup, the commune cache), or a plugin reading
 * the configuration a second time.
 */
const SOURCES = ['packages/api/src', 'apps/server/src'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}
const sources = SOURCES.flatMap((d) => filesUnder(join(repoRoot, d))).map((file) => ({
  path: relative(repoRoot, file),
  text: readFileSync(file, 'utf8'),
}));

/**
 * Module-level maps allowed: memos of pure work that no app or database owns (formatters,
 * translators, parsed fonts, PDFs keyed by their whole content). Anything else belongs in
 * AppDeps (packages/api/src/context.ts).
 */
const PURE_MEMOS = new Set([
  'packages/api/src/calendar/working-days.ts: dayFormatters',
  'packages/api/src/calendar/working-days.ts: partsFormatters',
  'packages/api/src/limits/calls.ts: translators',
  'packages/api/src/pdf/fonts.ts: loaded',
  'packages/api/src/pdf/fonts.ts: parsed',
  'packages/api/src/pdf-queue.ts: pending',
  'packages/api/src/pdf-queue.ts: cache',
  'packages/api/src/pdf-queue.ts: inFlight',
]);

describe('no module-level registries', () => {
  it('holds no per-database or per-app state in module-level maps', () => {
    const found = sources.flatMap(({ path, text }) =>
      [...text.matchAll(/^(?:export )?(?:const|let|var) (\w+)\b[^\n]*=\s*new (?:Weak)?Map\b/gm)].map(
        (m) => `${path}: ${m[1]}`,
      ),
    );
    expect(found.filter((f) => !PURE_MEMOS.has(f))).toEqual([]);
    // None of them is keyed by the database (the shape of the former registries).
    expect(sources.filter(({ text }) => /new (?:Weak)?Map<\s*(?:Db|object)\b/.test(text)).map((s) => s.path)).toEqual(
      [],
    );
  });

  it('reads the configuration only in the entry points (the server’s main.ts and the CLI), never in a plugin', () => {
    const readers = sources.filter(({ text }) => /\bloadConfig\(/.test(text)).map((s) => s.path);
    expect(readers.filter((p) => p !== 'apps/server/src/config.ts').sort()).toEqual(
      [
        'apps/server/src/cli-mail.ts',
        'apps/server/src/cli-procedures.ts',
        'apps/server/src/cli.ts',
        'apps/server/src/main.ts',
      ].sort(),
    );
    // The server reads it exactly once.
    const main = sources.find((s) => s.path === 'apps/server/src/main.ts')!.text;
    expect(main.match(/\bloadConfig\(/g)).toHaveLength(1);
  });
});
