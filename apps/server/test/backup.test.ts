import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupTo, restoreFrom } from '../src/backup';
import { openDatabase } from '../src/runtime';

const dataDir = mkdtempSync(join(tmpdir(), 'shabaka-backup-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const emails = async (handle: Awaited<ReturnType<typeof openDatabase>>) =>
  (await handle.db.selectFrom('users').select('email').orderBy('email').execute()).map((u) => u.email);
const addUser = (handle: Awaited<ReturnType<typeof openDatabase>>, email: string) =>
  handle.db.insertInto('users').values({ email, displayName: email, passwordHash: 'x', locale: 'ar' }).execute();

describe('backup and restore of the embedded database', () => {
  it('restores exactly what the backup held and keeps the replaced data aside', async () => {
    const file = join(dataDir, 'backup.tar.gz');
    let handle = await openDatabase({ databaseUrl: undefined, dataDir });
    await addUser(handle, 'before@backup.example');
    await backupTo(handle, file);
    expect(statSync(file).size).toBeGreaterThan(1000);
    await addUser(handle, 'after@backup.example');
    expect(await emails(handle)).toEqual(['after@backup.example', 'before@backup.example']);
    await handle.close();

    const { keptAside } = await restoreFrom(dataDir, file);
    expect(keptAside).toMatch(/pglite\.before-restore-/);
    handle = await openDatabase({ databaseUrl: undefined, dataDir });
    expect(await emails(handle)).toEqual(['before@backup.example']);
    expect(await handle.db.selectFrom('communes').select('slug').execute()).toHaveLength(5);
    await handle.close();
  });
});
