// Cold-start baseline 2: Node opens the same PGlite data directory (with the extensions the
// server loads: db's pgliteOptions), runs `select 1`, then answers HTTP: the embedded database's own open time.
import { createServer } from 'node:http';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

const db = await PGlite.create({
  dataDir: join(process.env.SHABAKA_DATA_DIR, 'pglite'),
  extensions: { pg_trgm, unaccent, btree_gist },
});
await db.query('select 1');
createServer((_req, res) => res.end('ok')).listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => void db.close().then(() => process.exit(0)));
