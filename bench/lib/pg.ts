import pg from 'pg';

/** Whether PostgreSQL answers at the administrative URL. */
export async function pgAvailable(adminUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const live = new Set<{ adminUrl: string; name: string }>();

/** A scratch database next to the administrative one; `drop()` removes it (also on Ctrl-C). */
export async function scratchDatabase(adminUrl: string, label: string) {
  const name = `shabaka_bench_${label}_${process.pid}`.replace(/[^a-z0-9_]/g, '_');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const entry = { adminUrl, name };
  live.add(entry);
  return {
    name,
    url: url.toString(),
    async drop() {
      live.delete(entry);
      await dropDatabase(adminUrl, name);
    },
  };
}

/**
 * Drops politely first: pg's Pool.end() resolves before its sockets are closed, and a
 * forced drop would then hit a closing client that no longer listens for errors. Forces
 * only after 5 s.
 */
async function dropDatabase(adminUrl: string, name: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const deadline = Date.now() + 5000;
    for (;;) {
      try {
        await admin.query(`drop database if exists ${name}`);
        return;
      } catch (err) {
        if (Date.now() > deadline || !/being accessed by other users/.test(String((err as Error).message))) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
}

/** Drops every scratch database this process still holds (called on exit paths). */
export async function dropAllScratch() {
  for (const e of [...live]) {
    live.delete(e);
    await dropDatabase(e.adminUrl, e.name).catch(() => {});
  }
}
