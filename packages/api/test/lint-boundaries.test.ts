/**
 * The import boundaries in eslint.config.js, shown on fixtures linted as if they sat in
 * the tree: a domain that reaches into another's files fails `pnpm lint`, the same import
 * through the domain's index passes. No database involved.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: repoRoot });

/** The rule ids ESLint reports for `code` placed at `path` (relative to the repository root). */
async function ruleIds(path: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}/${path}` });
  return result!.messages.map((m) => m.ruleId);
}

describe('import boundaries', () => {
  const inDocuments = 'packages/api/src/documents/fixture.ts';

  it("refuses a domain importing another domain's repository", async () => {
    const ids = await ruleIds(
      inDocuments,
      "import { findByCode } from '../complaints/repository';\nexport const f = findByCode;\n",
    );
    expect(ids).toEqual(['no-restricted-imports']);
  });

  it("refuses another domain's internals even for types", async () => {
    const ids = await ruleIds(
      inDocuments,
      "import type { SubmitInput } from '../complaints/schemas';\nexport type T = SubmitInput;\n",
    );
    expect(ids).toEqual(['no-restricted-imports']);
  });

  it("accepts the same import through the domain's public index, and the shared top-level files", async () => {
    const code =
      "import { findByCode } from '../complaints';\nimport type { InnerContext } from '../context';\nexport const f = (_: InnerContext) => findByCode;\n";
    expect(await ruleIds(inDocuments, code)).toEqual([]);
    expect(
      await ruleIds(
        'packages/api/src/documents/fixture.ts',
        "import { x } from './repository';\nexport const f = x;\n",
      ),
    ).toEqual([]);
  });

  it('keeps server code out of browser packages (types are fine)', async () => {
    const runtime = "import { appRouter } from '@shabaka/api';\nexport const r = appRouter;\n";
    const typeOnly = "import type { AppRouter } from '@shabaka/api';\nexport type R = AppRouter;\n";
    for (const path of [
      'packages/portal/src/fixture.ts',
      'packages/ui/src/fixture.ts',
      'packages/client/src/fixture.ts',
    ]) {
      expect(await ruleIds(path, runtime)).toEqual(['no-restricted-imports']);
      expect(await ruleIds(path, typeOnly)).toEqual([]);
    }
    expect(
      await ruleIds(
        'packages/portal/src/fixture.ts',
        "import { createDb } from '@shabaka/db';\nexport const c = createDb;\n",
      ),
    ).toEqual(['no-restricted-imports']);
  });

  it('lets a commune app import only the portal', async () => {
    expect(
      await ruleIds(
        'apps/asilah/src/fixture.ts',
        "import { CommunePortal } from '@shabaka/portal';\nexport const p = CommunePortal;\n",
      ),
    ).toEqual([]);
    expect(
      await ruleIds('apps/asilah/src/fixture.ts', "import { t } from '@shabaka/ui';\nexport const u = t;\n"),
    ).toEqual(['no-restricted-imports']);
  });
});
