import { LIMITS, runAdminCommand, SUBSIDY_LEDGER_COLUMNS } from '@shabaka/api';
import { createShabakaClient } from '@shabaka/client';
import { describe, expect, it } from 'vitest';
import { useServer } from './server';

const s = useServer({ trustProxy: ['127.0.0.1'] });
const RIB = '011640000012300045678912';

async function agent(email: string, commune: string) {
  await runAdminCommand({ db: s.handle.db, events: s.events }, 'user:add', {
    email,
    displayName: 'agent',
    password: 'a long enough passphrase',
    roles: [`${commune}:agent`],
  });
  const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({
    email,
    password: 'a long enough passphrase',
  });
  return createShabakaClient({ url: s.url, token });
}

async function subsidy(commune: string, name: string, amountMad: number, year: number) {
  const client = await agent(`agent.${name.toLowerCase()}@${commune}.example`, commune);
  const a = await client.associations.create.mutate({
    commune,
    names: { ar: `جمعية ${name}`, fr: `Association ${name}` },
    object: 'Activités culturelles et soutien scolaire pour les jeunes.',
    sectors: ['education'],
    seatNeighbourhood: 'Centre',
    rib: RIB,
    bureau: [{ name: 'Membre Fictif', role: 'Trésorier', cin: 'ZX445566' }],
  });
  return client.subsidies.grant.mutate({
    commune,
    associationId: a.id,
    project: { ar: `مشروع ${name}`, fr: `Projet ${name}, « =SUM(A1) »` },
    amountMad,
    year,
    deliberation: `Délibération n° 4/${year}`,
  });
}

describe('the subsidy ledger as open data', () => {
  it('serves a commune’s ledger and the network’s as CSV and JSON, without personal data, within the call limits', async () => {
    await subsidy('tetouan', 'Nour', 70_000, 2026);
    await subsidy('tetouan', 'Ancien', 12_000, 2025);
    await subsidy('mdiq', 'Bahr', 20_000, 2026);
    const get = (path: string, ip = '203.0.113.80') => fetch(`${s.url}${path}`, { headers: { 'x-forwarded-for': ip } });

    const csv = await get('/open-data/tetouan/subsidies.csv?year=2026');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain('subsidies-tetouan-2026.csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    // A BOM (spreadsheets then read Arabic right), then one column per field and language.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const [header, ...rows] = text.trimEnd().split('\r\n');
    expect(header!.split(',')).toEqual([...SUBSIDY_LEDGER_COLUMNS]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^tetouan,2026,[0-9a-f-]{36},جمعية Nour,Association Nour,مشروع Nour,/);
    expect(rows[0]).toContain(',convention,awarded,70000,0,,none_due,');
    // A cell starting with "=" cannot run as a formula in a spreadsheet.
    expect(text).not.toMatch(/,=SUM/);
    expect(text).not.toContain(RIB);
    expect(text).not.toContain('ZX445566');

    const all = (await (await get('/open-data/tetouan/subsidies.json')).json()) as { scope: string; items: unknown[] };
    expect(all.scope).toBe('tetouan');
    expect(all.items).toHaveLength(2);
    const network = (await (await get('/open-data/subsidies.json?year=2026')).json()) as {
      scope: string;
      items: { commune: string }[];
    };
    expect(network.scope).toBe('network');
    expect(network.items.map((i) => i.commune).sort()).toEqual(['mdiq', 'tetouan']);
    expect(JSON.stringify(network)).not.toContain(RIB);

    expect((await get('/open-data/nowhere/subsidies.csv')).status).toBe(404);
    expect((await get('/open-data/tetouan/secrets.csv')).status).toBe(404);
    expect((await get('/open-data/../etc/subsidies.csv')).status).toBe(404);
    const bad = await get('/open-data/tetouan/subsidies.csv?year=twenty');
    expect(bad.status).toBe(400);

    const ip = '203.0.113.81';
    for (let i = 0; i < LIMITS.openData[0]!.max; i++)
      expect((await get('/open-data/subsidies.csv', ip)).status).toBe(200);
    const refused = await get('/open-data/subsidies.csv', ip);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
