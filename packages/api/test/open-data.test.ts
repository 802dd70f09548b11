import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDataBundle, openDataCatalog, openDataFile, validateOpenDataCsv, type OpenDataTableSchema } from '../src';
import { DATASET_IDS } from '../src/open-data';
import { useHarness } from './harness';

const h = useHarness();
const BASE = 'https://shabaka.example';
/** Every dataset, in catalogue order. */
const PUBLISHED: readonly string[] = DATASET_IDS;

const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code?: string; cause?: { reason?: string; field?: string } }) => ({
      code: e.code,
      reason: e.cause?.reason,
      field: e.cause?.field,
    }),
  );

/** What citizens gave with their complaints and requests: none of it may reach a published file. */
const SECRET = {
  names: ['Khadija El Amrani', 'Youssef Benali'],
  phones: ['0661234567', '+212 6 70 11 22 33'],
  emails: ['khadija.amrani@example.ma', 'y.benali@example.ma'],
  cins: ['LB123456', 'K98765'],
  address: '12 derb Sidi Saidi',
  /** Exact positions: six complaints at this doorstep, two more elsewhere. */
  spot: { lat: 35.571234, lon: -5.372189 },
  other: { lat: 35.58311, lon: -5.36147 },
};

let admin: Awaited<ReturnType<typeof h.user>>;
let ip = 0;

beforeAll(async () => {
  h.clock.set('2026-03-07T10:00:00Z');
  admin = await h.user('open-data.admin@tetouan.example', ['tetouan:commune_admin']);
  const categoryId = (await h.anon().complaints.categories({ commune: 'tetouan' })).find(
    (c) => c.code === 'lighting',
  )!.id;
  const complaint = (i: number, where: { lat: number; lon: number }) =>
    h.anon(`10.9.0.${++ip}`).complaints.submit({
      commune: 'tetouan',
      categoryId,
      description: `${SECRET.names[i % 2]} (${SECRET.phones[i % 2]}) reports the lamp at ${SECRET.address} is off.`,
      location: where,
      address: SECRET.address,
      contact: { name: SECRET.names[i % 2], phone: SECRET.phones[i % 2], email: SECRET.emails[i % 2] },
      replyChannel: 'email',
      publicDescription: true,
    });
  for (let i = 0; i < 6; i++) await complaint(i, SECRET.spot);
  for (let i = 0; i < 2; i++) await complaint(i, SECRET.other);
  for (let i = 0; i < 2; i++)
    await h.anon(`10.9.1.${i}`).informationRequests.submit({
      commune: 'tetouan',
      subject: `Request by ${SECRET.names[i]}`,
      description: `Please send the lighting contracts to ${SECRET.emails[i]} or call ${SECRET.phones[i]}.`,
      requester: {
        name: SECRET.names[i],
        email: SECRET.emails[i],
        phone: SECRET.phones[i],
        cin: SECRET.cins[i],
        address: SECRET.address,
      },
      deliveryChannel: 'email',
    });
});

const text = (b: Uint8Array | string) => (typeof b === 'string' ? b : new TextDecoder().decode(b));

async function file(dataset: string, version: number | null, kind: 'csv' | 'schema' | 'datapackage' | 'readme') {
  const f = await openDataFile(h.handle.db, 'tetouan', dataset, version, kind);
  expect(f, `${dataset} v${version ?? 'latest'} ${kind}`).not.toBeNull();
  return f!;
}

describe('open data', () => {
  it('publishes every dataset; no file holds a name, CIN, phone, email, free text or exact position', async () => {
    expect((await h.anon().openData.catalogue({ commune: 'tetouan' })).every((d) => d.latest === null)).toBe(true);
    for (const dataset of PUBLISHED) {
      const r = await admin.caller.openData.publish({ commune: 'tetouan', dataset: dataset as never });
      expect(r).toMatchObject({ dataset, version: 1 });
    }
    const listed = await h.anon().openData.catalogue({ commune: 'tetouan' });
    expect(listed.filter((d) => d.latest).map((d) => d.id)).toEqual(PUBLISHED);

    const secrets = [...SECRET.names, ...SECRET.phones, ...SECRET.emails, ...SECRET.cins, SECRET.address].map((s) =>
      s.toLowerCase(),
    );
    const exact = [SECRET.spot.lat, SECRET.spot.lon, SECRET.other.lat, SECRET.other.lon].map(String);
    for (const dataset of PUBLISHED) {
      const csv = text((await file(dataset, 1, 'csv')).body);
      const schema = JSON.parse(text((await file(dataset, 1, 'schema')).body)) as OpenDataTableSchema;
      const cells = csv.split(/\r\n/).flatMap((line) => line.split(','));
      for (const cell of cells) {
        const c = cell.toLowerCase();
        for (const s of secrets) expect(c, `${dataset}: "${cell}"`).not.toContain(s);
        for (const s of exact) expect(cell, `${dataset}: "${cell}"`).not.toContain(s);
        // Moroccan phone numbers, emails, CIN numbers, coordinates past ~1 m.
        expect(cell, `${dataset}: "${cell}"`).not.toMatch(/(?:\+212|\b0)\s*[5-7](?:[\s.-]*\d){8}/);
        expect(cell, `${dataset}: "${cell}"`).not.toMatch(/[^\s@]+@[^\s@]+\.[a-z]{2,}/i);
        expect(cell, `${dataset}: "${cell}"`).not.toMatch(/\b[A-Z]{1,2}\d{5,6}\b/);
        expect(cell, `${dataset}: "${cell}"`).not.toMatch(/-?\d{1,3}\.\d{6,}/);
      }
      // Complaints and requests: nothing finer than the ~550 m grid, no text from the public.
      if (dataset === 'complaints' || dataset === 'information-requests')
        expect(cells.filter((c) => /\.\d{5,}/.test(c))).toEqual([]);
      expect(validateOpenDataCsv(csv, schema), dataset).toEqual([]);
    }

    // The eight are the commune's row; the six at one doorstep one row on the grid; the two elsewhere left out.
    const complaints = text((await file('complaints', 1, 'csv')).body)
      .trim()
      .split('\r\n');
    expect(complaints[0]).toBe(
      'month,category_code,category_ar,category_fr,category_es,scope,cell_lat,cell_lon,received,closed,resolved',
    );
    expect(complaints).toHaveLength(3);
    expect(complaints[1]!.split(',').slice(5)).toEqual(['commune', '', '', '8', '0', '0']);
    const row = complaints[2]!.split(',');
    expect(row[0]).toBe('2026-03');
    expect(row[1]).toBe('lighting');
    expect(row.slice(5)).toEqual(['cell', '35.5725', '-5.373', '6', '0', '0']);
    expect(Math.abs(Number(row[6]) - SECRET.spot.lat)).toBeLessThan(0.0026);
    expect(Math.abs(Number(row[7]) - SECRET.spot.lon)).toBeLessThan(0.0031);
    // Requests: one month, two received, nothing else about them.
    expect(text((await file('information-requests', 1, 'csv')).body)).toBe(
      'month,received,responded,responded_on_time,answered,refused,transferred,withdrawn,extended\r\n' +
        '2026-03,2,0,0,0,0,0,0,0\r\n',
    );
  });

  it('writes one column per language, a README of every field in ar/fr/es and a datapackage with the hash', async () => {
    const procedures = text((await file('procedures', 1, 'csv')).body);
    const header = procedures.split('\r\n')[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['name_ar', 'name_fr', 'name_es', 'summary_ar']));
    expect(header.filter((c) => /_(ar|fr|es)$/.test(c))).toHaveLength(6);
    expect(header.some((c) => /_(ar|fr|es)_/.test(c) || /-(MA|ES)$/i.test(c))).toBe(false);
    expect(procedures.split('\r\n').length).toBeGreaterThan(3);

    const readme = text((await file('procedures', 1, 'readme')).body);
    for (const f of header) expect(readme).toContain(`\`${f}\``);
    expect(readme).toContain('# دليل المساطر الإدارية');
    expect(readme).toContain('# Catalogue des démarches administratives');
    expect(readme).toContain('# Catálogo de trámites administrativos');

    const csv = (await file('service-points', 1, 'csv')).body as Uint8Array;
    const pkg = JSON.parse(text((await file('service-points', 1, 'datapackage')).body));
    const { createHash } = await import('node:crypto');
    expect(pkg.resources[0]).toMatchObject({
      path: 'v1.csv',
      mediatype: 'text/csv',
      bytes: csv.byteLength,
      hash: `sha256:${createHash('sha256').update(csv).digest('hex')}`,
    });
    expect(pkg.resources[0].schema.fields.map((f: { name: string }) => f.name)).toEqual(
      text(csv).split('\r\n')[0]!.split(','),
    );
    expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
  });

  it('refuses a file that breaks its schema: header, type, required, enum, pattern, key, cell count', async () => {
    const schema = JSON.parse(text((await file('information-requests', 1, 'schema')).body)) as OpenDataTableSchema;
    const head = 'month,received,responded,responded_on_time,answered,refused,transferred,withdrawn,extended';
    const ok = `${head}\r\n2026-03,2,0,0,0,0,0,0,0\r\n`;
    expect(validateOpenDataCsv(ok, schema)).toEqual([]);
    const problems = (csv: string) => validateOpenDataCsv(csv, schema).map((e) => `${e.line}:${e.field ?? '-'}`);
    expect(problems(ok.replace('month,received', 'received,month'))).toEqual(['1:-']);
    expect(problems(`${head}\r\n2026-03,two,0,0,0,0,0,0,0\r\n`)).toEqual(['2:received']);
    expect(problems(`${head}\r\n2026-03,-1,0,0,0,0,0,0,0\r\n`)).toEqual(['2:received']);
    expect(problems(`${head}\r\n2026-03,,0,0,0,0,0,0,0\r\n`)).toEqual(['2:received']);
    expect(problems(`${head}\r\n2026-13,1,0,0,0,0,0,0,0\r\n`)).toEqual(['2:month']);
    expect(problems(`${head}\r\n2026-03,1,0,0,0,0,0,0\r\n`)).toEqual(['2:-']);
    expect(problems(`${head}\r\n2026-03,1,0,0,0,0,0,0,0\r\n2026-03,1,0,0,0,0,0,0,0\r\n`)).toEqual(['3:month', '3:-']);
    const channels = JSON.parse(text((await file('procedures', 1, 'schema')).body)) as OpenDataTableSchema;
    const proc = text((await file('procedures', 1, 'csv')).body);
    const bad = proc
      .replace(/,(counter|online|both),(true|false),/, ',fax,$2,')
      .replace(/,(true|false),(\d+)\r\n$/, ',yes,$2\r\n');
    expect(validateOpenDataCsv(bad, channels).map((e) => e.field)).toEqual(['channels', 'electronic_delivery']);
    expect(validateOpenDataCsv(`${head}\r\n"2026-03,1\r\n`, schema)[0]!.message).toMatch(/never closed/);
  });

  it('describes the catalogue in DCAT with DCAT-AP’s mandatory properties, per commune and for the network', async () => {
    const catalog = (await openDataCatalog(h.handle.db, 'tetouan', BASE)) as Record<string, unknown> & {
      'dcat:dataset': Record<string, unknown>[];
    };
    expect(catalog['@type']).toBe('dcat:Catalog');
    for (const p of ['dct:title', 'dct:description', 'dct:publisher', 'dcat:dataset', 'dct:language', 'dct:license'])
      expect(catalog, p).toHaveProperty([p]);
    expect(catalog['dct:title']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ '@language': 'ar' }),
        expect.objectContaining({ '@language': 'es' }),
      ]),
    );
    expect(catalog['dcat:dataset'].map((d) => d['dct:identifier'])).toEqual(PUBLISHED.map((d) => `tetouan/${d}`));
    for (const d of catalog['dcat:dataset']) {
      for (const p of ['dct:title', 'dct:description', 'dcat:theme', 'dct:issued', 'dct:modified', 'dcat:distribution'])
        expect(d, `${String(d['@id'])} ${p}`).toHaveProperty([p]);
      const [dist] = d['dcat:distribution'] as Record<string, { '@id': string }>[];
      expect(dist!['dcat:accessURL']!['@id']).toMatch(/^https:\/\/shabaka\.example\/tetouan\/open-data\//);
      expect(dist!['dcat:downloadURL']!['@id']).toBe(`${String(d['@id'])}/v1.csv`);
      expect(dist!['dct:conformsTo']!['@id']).toBe(`${String(d['@id'])}/v1.schema.json`);
      expect(dist!['dct:format']!['@id']).toBe('http://publications.europa.eu/resource/authority/file-type/CSV');
      expect(dist!['dct:license']!['@id']).toBe('https://creativecommons.org/licenses/by/4.0/');
    }
    const network = (await openDataCatalog(h.handle.db, null, BASE)) as { 'dcat:dataset': { '@id': string }[] };
    expect(network['dcat:dataset'].map((d) => d['@id'])).toContain(`${BASE}/open-data/tetouan/complaints`);
    expect(await openDataCatalog(h.handle.db, 'nowhere', BASE)).toBeNull();

    const zip = (await openDataBundle(h.handle.db, 'tetouan', BASE))!;
    const entries = unzipSync(zip.body);
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(['catalog.jsonld', 'tetouan/complaints/v1.csv']));
    expect(Object.keys(entries)).toHaveLength(1 + PUBLISHED.length * 4);
    expect(JSON.parse(text(entries['catalog.jsonld']!))).toEqual(JSON.parse(JSON.stringify(catalog)));
    expect(text(entries['tetouan/complaints/v1.csv']!)).toBe(text((await file('complaints', 1, 'csv')).body));
  });

  it('keeps v1’s bytes after v2, refuses a version with no change, and only the commune’s own editors publish', async () => {
    const v1 = (await file('complaints', 1, 'csv')).body as Uint8Array;
    expect(await errorOf(admin.caller.openData.publish({ commune: 'tetouan', dataset: 'complaints' }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'unchanged',
    });

    // Staff closing one of the six changes the figures: v2.
    const [complaint] = await h.handle.db
      .selectFrom('complaints')
      .select('id')
      .where('lat', '=', SECRET.spot.lat)
      .execute();
    const agent = await h.user('open-data.agent@tetouan.example', ['tetouan:agent']);
    await agent.caller.complaints.transition({
      commune: 'tetouan',
      id: complaint!.id,
      to: 'rejected',
      publicNote: 'Not the commune’s lamp: the road is national.',
    });
    h.clock.advance(86_400_000);
    expect(await admin.caller.openData.publish({ commune: 'tetouan', dataset: 'complaints' })).toMatchObject({
      version: 2,
    });
    expect((await file('complaints', 1, 'csv')).body).toEqual(v1);
    const v2 = (await file('complaints', null, 'csv')) as { body: Uint8Array; version: number };
    expect(v2.version).toBe(2);
    expect(text(v2.body)).not.toBe(text(v1));
    const page = await h.anon().openData.dataset({ commune: 'tetouan', dataset: 'complaints' });
    expect(page.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(page.fields.map((f) => f.name)[0]).toBe('month');

    const asilahAdmin = await h.user('open-data.admin@asilah.example', ['asilah:commune_admin']);
    expect(
      await errorOf(asilahAdmin.caller.openData.publish({ commune: 'tetouan', dataset: 'complaints' })),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf(agent.caller.openData.publish({ commune: 'tetouan', dataset: 'complaints' }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await errorOf(h.anon().openData.publish({ commune: 'tetouan', dataset: 'complaints' }))).toMatchObject({
      code: 'UNAUTHORIZED',
    });
    expect(
      await errorOf(admin.caller.openData.publish({ commune: 'tetouan', dataset: 'budgets' as never })),
    ).toMatchObject({ code: 'BAD_REQUEST' });
    // Asilah's catalogue is its own: nothing published there.
    expect((await h.anon().openData.catalogue({ commune: 'asilah' })).every((d) => d.latest === null)).toBe(true);
    const audit = await h.handle.db
      .selectFrom('auditLog')
      .select('action')
      .where('action', '=', 'open-data.published')
      .execute();
    expect(audit).toHaveLength(PUBLISHED.length + 1);
  });
});
