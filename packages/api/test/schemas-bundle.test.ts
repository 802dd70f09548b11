import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** What must never reach a browser bundle through `@shabaka/api/schemas`. */
const SERVER =
  /(^|\/)node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(kysely|kysely-pglite-dialect|pg|pg-[^/]+|@electric-sql\/pglite|fastify|@fastify\/[^/]+|sharp|pdf-lib|@trpc\/server)\//;
const packages = fileURLToPath(new URL('../../', import.meta.url));

/** Bundles `entry` (a path under packages/) for the browser: its own files, server modules and node builtins. */
async function browserBundle(entry: string) {
  const builtins: string[] = [];
  const result = await build({
    absWorkingDir: packages,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
    plugins: [
      {
        name: 'node-builtins',
        setup(b) {
          b.onResolve({ filter: /^node:|^(crypto|fs|path|os|net|tls|stream|buffer|util|events)$/ }, (args) => {
            builtins.push(args.path);
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  const inputs = Object.keys(result.metafile.inputs);
  return {
    own: inputs.filter((p) => !p.includes('node_modules')),
    server: inputs.filter((p) => SERVER.test(p)),
    builtins,
    inputs,
  };
}

describe('@shabaka/api/schemas', () => {
  it('bundles for the browser without any server module', async () => {
    const b = await browserBundle('api/src/schemas.ts');
    expect(b.builtins).toEqual([]);
    expect(b.server).toEqual([]);
    // Of our own code, only schema files, the field builders, the reasons list, the enums, and the bulletins'
    // wording of a figure (the page, the desk and the signed PDF say it alike; it imports types only).
    expect(
      b.own.filter(
        (p) =>
          !/^(api\/src\/((.+\/)?(fields|field-limits|schemas|exceptions|reasons)|bulletins\/labels)|db\/src\/enums)\.ts$/.test(
            p,
          ),
      ),
    ).toEqual([]);
    expect(b.inputs.some((p) => p.includes('libphonenumber-js'))).toBe(true);
  });

  it('would catch server code (control: the owner-proof module needs node:crypto)', async () => {
    const b = await browserBundle('api/src/cases/owner.ts');
    expect(b.builtins).toContain('node:crypto');
  });
});
