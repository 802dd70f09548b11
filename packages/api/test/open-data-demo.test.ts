import { describe, expect, it } from 'vitest';
import { openDataFile, validateOpenDataCsv, type OpenDataTableSchema } from '../src';
import { seedDemo } from '../src/demo';
import { DATASET_IDS } from '../src/open-data';
import { useHarness } from './harness';

const h = useHarness({
  signing: { secret: 'test-only-secret-0123456789abcdefghijklmnopqrstuvwxyz', publicUrl: 'https://shabaka.example' },
});

const COMMUNES = ['tetouan', 'asilah', 'chefchaouen', 'ksar-el-kebir', 'mdiq'];
const DATASETS: readonly string[] = DATASET_IDS;

describe('open data over the demo (every dataset of the five communes, real volumes)', () => {
  it(
    'publishes a first version of each, every file valid, none holding what citizens and staff gave about themselves',
    { timeout: 240_000 },
    async () => {
      await seedDemo(h.deps);
      const db = h.handle.db;
      // What the demo's people gave: complaint contacts and positions, requesters, accounts.
      const complaints = await db
        .selectFrom('complaints')
        .select(['contactName', 'contactPhone', 'contactEmail', 'address', 'lat', 'lon'])
        .execute();
      const requests = await db
        .selectFrom('informationRequests')
        .select(['requesterName', 'requesterEmail', 'requesterPhone', 'requesterCin', 'requesterAddress'])
        .execute();
      const users = await db.selectFrom('users').select(['email', 'displayName']).execute();
      const secrets = new Set(
        [
          ...complaints.flatMap((c) => [c.contactName, c.contactPhone, c.contactEmail, c.address]),
          ...requests.flatMap((r) => [
            r.requesterName,
            r.requesterEmail,
            r.requesterPhone,
            r.requesterCin,
            r.requesterAddress,
          ]),
          ...users.flatMap((u) => [u.email, u.displayName]),
        ]
          .filter((v): v is string => !!v && v.trim().length >= 4)
          .map((v) => v.trim().toLowerCase()),
      );
      const positions = new Set(complaints.flatMap((c) => (c.lat === null ? [] : [String(c.lat), String(c.lon)])));
      expect(secrets.size).toBeGreaterThan(10);
      expect(positions.size).toBeGreaterThan(10);

      const rows: Record<string, number> = {};
      for (const commune of COMMUNES)
        for (const dataset of DATASETS) {
          const csv = await openDataFile(db, commune, dataset, 1, 'csv');
          const schema = await openDataFile(db, commune, dataset, 1, 'schema');
          expect(csv, `${commune}/${dataset}`).not.toBeNull();
          const text = new TextDecoder().decode(csv!.body as Uint8Array);
          expect(validateOpenDataCsv(text, JSON.parse(schema!.body as string) as OpenDataTableSchema)).toEqual([]);
          const lines = text.trim().split('\r\n');
          rows[dataset] = (rows[dataset] ?? 0) + lines.length - 1;
          for (const cell of lines.slice(1).flatMap((l) => l.split(','))) {
            const where = `${commune}/${dataset}: "${cell}"`;
            const c = cell.replace(/^"|"$/g, '').trim().toLowerCase();
            if (c.length >= 4) expect(secrets.has(c), where).toBe(false);
            expect(positions.has(cell), where).toBe(false);
            expect(cell, where).not.toMatch(/(?:\+212|\b0)\s*[5-7](?:[\s.-]*\d){8}/);
            expect(cell, where).not.toMatch(/[^\s@]+@[^\s@]+\.[a-z]{2,}/i);
            expect(cell, where).not.toMatch(/-?\d{1,3}\.\d{6,}/);
          }
        }
      // Real files, not headers: the demo fills every dataset somewhere in the network, but for information
      // requests (it files none: that file is its header, and valid).
      for (const dataset of DATASETS)
        if (dataset === 'information-requests') expect(rows[dataset]).toBe(0);
        else expect(rows[dataset], dataset).toBeGreaterThan(0);
    },
  );
});
