import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../src/index';

const root = mkdtempSync(join(tmpdir(), 'shabaka-pglite-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every folder and file under `dir` with its permission bits. */
function modes(dir: string): { path: string; dir: boolean; mode: number }[] {
  const out = [{ path: dir, dir: true, mode: statSync(dir).mode & 0o777 }];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...modes(path));
    else if (e.isFile()) out.push({ path, dir: false, mode: statSync(path).mode & 0o777 });
  }
  return out;
}

// PGlite on disk only: PostgreSQL's files are the server's business. Keyed on the project, not on
// TEST_DATABASE_URL: CI sets that for both projects, which skipped this suite everywhere.
describe.runIf(process.env.SHABAKA_TEST_DB !== 'postgres')('the embedded database on disk', () => {
  it('creates its folder 0700 and its files 0600, whatever the umask', async () => {
    const previous = process.umask(0o002);
    try {
      const dataDir = join(root, 'fresh', 'pglite');
      const handle = await createDb({ dataDir, migrate: true });
      await handle.close();
      const all = modes(dataDir);
      expect(all.length).toBeGreaterThan(10);
      expect(all.filter((m) => m.dir && m.mode !== 0o700)).toEqual([]);
      expect(all.filter((m) => !m.dir && m.mode !== 0o600)).toEqual([]);
      expect(statSync(join(root, 'fresh')).mode & 0o077).toBe(0);
    } finally {
      process.umask(previous);
    }
  });

  it('restricts a folder an older version left readable by others', async () => {
    const dataDir = join(root, 'old');
    mkdirSync(dataDir, { recursive: true });
    chmodSync(dataDir, 0o755);
    const handle = await createDb({ dataDir });
    await handle.close();
    writeFileSync(join(dataDir, 'left-behind'), 'x', { mode: 0o644 });
    chmodSync(dataDir, 0o755);
    const again = await createDb({ dataDir });
    await again.close();
    expect(modes(dataDir).filter((m) => m.mode & 0o077)).toEqual([]);
  });
});
