import { runAdminCommand } from '@shabaka/api';
import { createShabakaClient } from '@shabaka/client';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServer } from './server';

const s = useServer();
const PASSWORD = 'a long enough passphrase';
const BASE = '/open311/v2';

let tetKey: string;
let asiKey: string;
let revokedKey: string;
let agent: ReturnType<typeof createShabakaClient>;

async function signedIn(email: string, roles: string[]) {
  await runAdminCommand({ db: s.handle.db, events: s.events }, 'user:add', {
    email,
    displayName: email.split('@')[0],
    password: PASSWORD,
    roles,
  });
  const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({ email, password: PASSWORD });
  return createShabakaClient({ url: s.url, token });
}

beforeAll(async () => {
  const tetAdmin = await signedIn('o311.admin.tet@example.ma', ['tetouan:commune_admin']);
  const asiAdmin = await signedIn('o311.admin.asi@example.ma', ['asilah:commune_admin']);
  agent = await signedIn('o311.agent.tet@example.ma', ['tetouan:agent']);
  tetKey = (await tetAdmin.apiKeys.create.mutate({ commune: 'tetouan', label: 'Test app' })).key;
  asiKey = (await asiAdmin.apiKeys.create.mutate({ commune: 'asilah', label: 'Test app' })).key;
  const old = await tetAdmin.apiKeys.create.mutate({ commune: 'tetouan', label: 'Old app' });
  await tetAdmin.apiKeys.revoke.mutate({ commune: 'tetouan', id: old.id });
  revokedKey = old.key;
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${s.url}${BASE}/${path}`, { headers });
const post = (path: string, params: Record<string, string>) =>
  fetch(`${s.url}${BASE}/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(params).toString(),
  });
const json = async <T = any>(res: Response) => (await res.json()) as T; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Enough of an XML check for our documents: declaration, balanced tags, no stray ampersands. */
function wellFormed(xml: string) {
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
  const body = xml.slice(xml.indexOf('\n') + 1);
  const stack: string[] = [];
  for (const [, close, name, self] of body.matchAll(/<(\/?)([a-z_]+)(\/?)>/g)) {
    if (self) continue;
    if (close) expect(stack.pop()).toBe(name);
    else stack.push(name!);
  }
  expect(stack).toEqual([]);
  expect(body.replace(/<[^>]*>/g, '')).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)|[<>]/);
  return body;
}
const tag = (xml: string, name: string) =>
  [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g'))].map((m) => m[1]);

const validRequest = (extra: Record<string, string> = {}) => ({
  api_key: tetKey,
  jurisdiction_id: 'tetouan',
  service_code: 'lighting',
  lat: '35.5712',
  long: '-5.3721',
  description: 'The street lamp in front of the school has been off for two weeks.',
  ...extra,
});

/** Errors as the spec writes them: XML <errors><error><code/><description/></error></errors> or JSON [{code, description}]. */
async function expectError(res: Response, status: number, format: 'xml' | 'json') {
  expect(res.status).toBe(status);
  if (format === 'json') {
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await json<{ code: number; description: string }[]>(res);
    expect(body).toEqual([{ code: status, description: expect.any(String) }]);
    return body[0]!.description;
  }
  expect(res.headers.get('content-type')).toMatch(/^text\/xml; charset=utf-8/);
  const xml = wellFormed(await res.text());
  expect(xml).toMatch(
    new RegExp(`^<errors><error><code>${status}</code><description>[^<]+</description></error></errors>$`),
  );
  return tag(xml, 'description')[0]!;
}

describe('Open311 GeoReport v2', () => {
  it('describes itself in discovery.xml and discovery.json', async () => {
    const res = await get('discovery.xml');
    expect(res.status).toBe(200);
    const xml = wellFormed(await res.text());
    expect(xml).toMatch(/^<discovery><changeset>[^<]+<\/changeset><contact>/);
    expect(tag(xml, 'url')).toEqual([`${s.url}/open311/v2`]);
    expect(tag(xml, 'format')).toEqual(['text/xml', 'application/json']);
    const doc = await json(await get('discovery.json'));
    expect(doc.endpoints).toEqual([
      expect.objectContaining({
        specification: 'http://wiki.open311.org/GeoReport_v2',
        type: 'production',
        formats: ['text/xml', 'application/json'],
      }),
    ]);
  });

  it('lists a commune’s categories as services, in French by default', async () => {
    const xml = wellFormed(await (await get('services.xml?jurisdiction_id=tetouan')).text());
    expect(xml).toMatch(
      /^<services><service><service_code>roads<\/service_code><service_name>Voirie et trottoirs<\/service_name>/,
    );
    expect(tag(xml, 'service_name')).toContain('Éclairage public');
    const services = await json(await get('services.json?jurisdiction_id=tetouan'));
    expect(services.find((x: { service_code: string }) => x.service_code === 'lighting')).toMatchObject({
      service_name: 'Éclairage public',
      metadata: true,
      type: 'realtime',
      group: expect.any(String),
    });
    const ar = await json(await get('services.json?jurisdiction_id=tetouan&locale=ar'));
    expect(ar.find((x: { service_code: string }) => x.service_code === 'lighting').service_name).toBe(
      'الإنارة العمومية',
    );
    const es = await json(await get('services.json?jurisdiction_id=asilah', { 'accept-language': 'es-ES,es;q=0.9' }));
    expect(es.find((x: { service_code: string }) => x.service_code === 'lighting').service_name).toBe(
      'Alumbrado público',
    );
  });

  it('needs a known jurisdiction_id when several communes exist', async () => {
    expect(await expectError(await get('services.xml'), 400, 'xml')).toMatch(/jurisdiction_id is required/);
    expect(await expectError(await get('services.json?jurisdiction_id=atlantis'), 404, 'json')).toMatch(/atlantis/);
    await expectError(await get('services.json?jurisdiction_id=Not%20a%20slug!'), 400, 'json');
  });

  it('defines each service, with its two optional attributes', async () => {
    const xml = wellFormed(await (await get('services/lighting.xml?jurisdiction_id=tetouan')).text());
    expect(xml).toMatch(
      /^<service_definition><service_code>lighting<\/service_code><attributes><attribute><variable>true<\/variable><code>kind<\/code><datatype>singlevaluelist<\/datatype>/,
    );
    expect(tag(xml, 'key')).toEqual(['complaint', 'observation', 'suggestion', 'false', 'true']);
    const def = await json(await get('services/lighting.json?jurisdiction_id=tetouan'));
    expect(def).toMatchObject({
      service_code: 'lighting',
      attributes: [
        { code: 'kind', required: false, order: 1 },
        { code: 'public_description', required: false, order: 2, datatype: 'singlevaluelist' },
      ],
    });
    await expectError(await get('services/nothing-here.xml?jurisdiction_id=tetouan'), 404, 'xml');
    await expectError(await get('services/lighting.csv?jurisdiction_id=tetouan'), 400, 'xml');
  });

  it('refuses a missing, wrong or revoked api_key, and a key of another commune, with 403', async () => {
    const { api_key: _k, ...noKey } = validRequest();
    expect(await expectError(await post('requests.xml', noKey), 403, 'xml')).toMatch(/api_key/);
    await expectError(await post('requests.json', validRequest({ api_key: 'shk_wrong' })), 403, 'json');
    await expectError(await post('requests.json', validRequest({ api_key: revokedKey })), 403, 'json');
    // Tetouan's key used for Asilah.
    expect(
      await expectError(await post('requests.xml', validRequest({ jurisdiction_id: 'asilah' })), 403, 'xml'),
    ).toMatch(/asilah/);
    // And Asilah's key for Tetouan.
    await expectError(await post('requests.json', validRequest({ api_key: asiKey })), 403, 'json');
    const count = await s.handle.db
      .selectFrom('complaints')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('channel', '=', 'open311')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('answers malformed input with 400 in the spec’s format, never 500', async () => {
    const cases: [string, Record<string, string>, RegExp][] = [
      ['bad lat', { lat: 'abc' }, /^lat: /],
      ['lat out of range', { lat: '95' }, /^lat: .*between -90 and 90/],
      ['lat without long', { long: '' }, /^lat: give both lat and long/],
      ['no place', { lat: '', long: '' }, /address_string/],
      ['unknown service', { service_code: 'teleportation' }, /^service_code: /],
      ['no service', { service_code: '' }, /^service_code: /],
      ['long description', { description: 'x'.repeat(4001) }, /^description: .*4000/],
      ['bad email', { email: 'not-an-email' }, /^email: /],
      ['bad kind', { 'attribute[kind]': 'praise' }, /^attribute\[kind\]: /],
      ['bad publication choice', { 'attribute[public_description]': 'maybe' }, /^attribute\[public_description\]: /],
      ['bad jurisdiction', { jurisdiction_id: '../etc' }, /^jurisdiction_id: /],
    ];
    for (const [name, extra, message] of cases) {
      const res = await post('requests.json', validRequest(extra));
      expect({ name, status: res.status }).toEqual({ name, status: 400 });
      expect(await expectError(res, 400, 'json')).toMatch(message);
    }
    await expectError(await post('requests.xml', validRequest({ lat: 'north' })), 400, 'xml');
    await expectError(await post('requests.csv', validRequest()), 400, 'xml');
    const xmlBody = await fetch(`${s.url}${BASE}/requests.json?api_key=${tetKey}`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<a/>',
    });
    expect(await expectError(xmlBody, 400, 'json')).toMatch(/x-www-form-urlencoded/);
    const count = await s.handle.db
      .selectFrom('complaints')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('channel', '=', 'open311')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('creates a request through the complaints intake and shows it open, with the stage in status_notes', async () => {
    const res = await post(
      'requests.xml',
      validRequest({
        email: 'amina@example.ma',
        first_name: 'Amina',
        last_name: 'Idrissi',
        phone: '+212 600 000000',
        'attribute[kind]': 'observation',
        'attribute[colour]': 'red',
        'attribute[public_description]': 'true',
        media_url: 'https://example.org/a.jpg',
      }),
    );
    expect(res.status).toBe(200);
    const xml = wellFormed(await res.text());
    expect(xml).toMatch(
      /^<service_requests><request><service_request_id>TET-\d{4}-\d{6}<\/service_request_id><token>[0-9a-f-]{36}<\/token><service_notice>[^<]+<\/service_notice><account_id\/><\/request><\/service_requests>$/,
    );
    const code = tag(xml, 'service_request_id')[0]!;
    expect(tag(xml, 'service_notice')[0]).toContain(`${s.url}/tetouan/track/${code}`);

    const row = await s.handle.db
      .selectFrom('complaints')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      channel: 'open311',
      kind: 'observation',
      stage: 'received',
      contactName: 'Amina Idrissi',
      contactEmail: 'amina@example.ma',
      replyChannel: 'email',
      lat: 35.5712,
      publicDescription: true,
    });

    const one = await json(await get(`requests/${code}.json`));
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({
      service_request_id: code,
      status: 'open',
      service_code: 'lighting',
      service_name: 'Éclairage public',
      description: 'The street lamp in front of the school has been off for two weeks.',
      media_url: null,
      address_id: null,
    });
    expect(one[0].status_notes).toContain('received');
    expect(one[0].requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(one[0].expected_datetime).toBe(row.answerDueAt.toISOString());
    // The public position is coarsened, never the exact one; contact details never appear.
    expect(one[0].lat).not.toBe(35.5712);
    expect(Math.abs(one[0].lat - 35.5712)).toBeLessThan(0.003);
    expect(Math.abs(one[0].long + 5.3721)).toBeLessThan(0.003);
    expect(JSON.stringify(one)).not.toMatch(/amina|Idrissi|600 000000/i);

    const oneXml = wellFormed(await (await get(`requests/${code}.xml?jurisdiction_id=tetouan`)).text());
    expect(oneXml).toMatch(/^<service_requests><request><service_request_id>/);
    expect(tag(oneXml, 'status')).toEqual(['open']);
    expect(tag(oneXml, 'status_notes')[0]).toContain('received');
    expect(oneXml).toContain('<media_url/>');

    // An agent closes it: Open311 says closed, the notes carry the detailed stage.
    await agent.complaints.transition.mutate({
      commune: 'tetouan',
      id: row.id,
      to: 'resolved',
      publicNote: 'Lamp replaced.',
    });
    const closed = await json(await get(`requests/${code}.json`));
    expect(closed[0]).toMatchObject({ status: 'closed', expected_datetime: null });
    expect(closed[0].status_notes).toContain('resolved');
    // status_notes carries the latest note written for the public, not only the stage.
    expect(closed[0].status_notes).toContain('Lamp replaced.');
    const closedXml = wellFormed(await (await get(`requests/${code}.xml`)).text());
    expect(tag(closedXml, 'status_notes')[0]).toMatch(/resolved.*Lamp replaced\./);
  });

  it('takes a request without a description, as GeoReport v2 allows (the portal keeps its own minimum)', async () => {
    const { description: _, ...withoutDescription } = validRequest();
    for (const params of [
      withoutDescription,
      validRequest({ description: '' }),
      validRequest({ description: 'Dark' }),
    ]) {
      const res = await post('requests.json', params);
      expect(res.status).toBe(200);
      const [created] = await json(res);
      const row = await s.handle.db
        .selectFrom('complaints')
        .select(['description', 'channel'])
        .where('code', '=', created.service_request_id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ description: 'description' in params ? params.description : '', channel: 'open311' });
    }
  });

  it('makes a retry from the same device idempotent', async () => {
    const params = validRequest({
      device_id: 'device-42',
      description: 'Overflowing bins behind the market since Monday.',
      service_code: 'waste',
    });
    const [a, b] = await Promise.all([
      json(await post('requests.json', params)),
      json(await post('requests.json', params)),
    ]);
    expect(a[0].service_request_id).toBe(b[0].service_request_id);
    const other = await json(await post('requests.json', { ...params, device_id: 'device-43' }));
    expect(other[0].service_request_id).not.toBe(a[0].service_request_id);
  });

  it('resolves tokens to service request ids', async () => {
    const created = await json(
      await post('requests.json', validRequest({ address_string: 'Avenue Mohammed V', lat: '', long: '' })),
    );
    const { service_request_id: code, token } = created[0];
    expect(await json(await get(`tokens/${token}.json?jurisdiction_id=tetouan`))).toEqual([
      { service_request_id: code, token },
    ]);
    const xml = wellFormed(await (await get(`tokens/${token}.xml?jurisdiction_id=tetouan`)).text());
    expect(xml).toBe(
      `<service_requests><request><service_request_id>${code}</service_request_id><token>${token}</token></request></service_requests>`,
    );
    await expectError(await get(`tokens/${token}.json?jurisdiction_id=asilah`), 404, 'json');
    await expectError(await get('tokens/not-a-token.xml?jurisdiction_id=tetouan'), 404, 'xml');
    // Address only: no position at all, and the typed address is the citizen's and staff's only.
    const one = await json(await get(`requests/${code}.json`));
    expect(one[0]).toMatchObject({ address: null, lat: null, long: null });
    expect(JSON.stringify(one)).not.toContain('Mohammed V');
  });

  it('answers 404 for unknown requests and paths', async () => {
    await expectError(await get('requests/TET-2020-999999.json'), 404, 'json');
    await expectError(await get('requests/TET-2020-999999.xml'), 404, 'xml');
    await expectError(await get('requests/whatever.xml'), 404, 'xml');
    const code = (await json(await get('requests.json?jurisdiction_id=tetouan')))[0].service_request_id;
    await expectError(await get(`requests/${code}.json?jurisdiction_id=asilah`), 404, 'json');
    await expectError(await get('nothing.json'), 404, 'json');
    await expectError(await get('requests/a/b.xml'), 404, 'xml');
    await expectError(await get('requests.yaml?jurisdiction_id=tetouan'), 400, 'xml');
  });

  it('filters requests by ids, service, dates and status', async () => {
    const mk = async (service_code: string) =>
      (
        await json(
          await post(
            'requests.json',
            validRequest({ service_code, description: `A ${service_code} problem on the corniche.` }),
          ),
        )
      )[0].service_request_id as string;
    const roads = await mk('roads');
    const noise = await mk('noise');
    const all = await json(await get('requests.json?jurisdiction_id=tetouan'));
    expect(all.map((r: { service_request_id: string }) => r.service_request_id)).toEqual(
      expect.arrayContaining([roads, noise]),
    );
    // Newest first.
    const times = all.map((r: { requested_datetime: string }) => r.requested_datetime);
    expect([...times].sort().reverse()).toEqual(times);

    const onlyRoads = await json(await get('requests.json?jurisdiction_id=tetouan&service_code=roads'));
    expect(onlyRoads.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([roads]);
    // "Multiple service codes can be specified in a comma delimited list" (GeoReport v2).
    const roadsAndNoise = await json(await get('requests.json?jurisdiction_id=tetouan&service_code=roads,%20noise'));
    expect(roadsAndNoise.map((r: { service_request_id: string }) => r.service_request_id).sort()).toEqual(
      [roads, noise].sort(),
    );
    const viaXml = wellFormed(
      await (await get('requests.xml?jurisdiction_id=tetouan&service_code=noise,roads,')).text(),
    );
    expect(tag(viaXml, 'service_request_id').sort()).toEqual([roads, noise].sort());

    // The id list overrides every other filter.
    const byIds = await json(
      await get(
        `requests.json?jurisdiction_id=tetouan&service_request_id=${roads},${noise.toLowerCase()}&service_code=waste&status=closed`,
      ),
    );
    expect(byIds.map((r: { service_request_id: string }) => r.service_request_id).sort()).toEqual(
      [roads, noise].sort(),
    );

    const open = await json(await get('requests.json?jurisdiction_id=tetouan&status=open'));
    expect(open.every((r: { status: string }) => r.status === 'open')).toBe(true);
    const closed = await json(await get('requests.json?jurisdiction_id=tetouan&status=closed'));
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((r: { status: string }) => r.status === 'closed')).toBe(true);
    expect((await json(await get('requests.json?jurisdiction_id=tetouan&status=open,closed'))).length).toBe(all.length);

    const day = 86_400_000;
    const iso = (d: number) => new Date(Date.now() + d).toISOString();
    const recent = await json(
      await get(`requests.json?jurisdiction_id=tetouan&start_date=${iso(-day)}&end_date=${iso(day)}`),
    );
    expect(recent.length).toBe(all.length);
    const future = await get(`requests.xml?jurisdiction_id=tetouan&start_date=${iso(2 * day)}`);
    expect(wellFormed(await future.text())).toBe('<service_requests></service_requests>');
    const past = await json(
      await get(`requests.json?jurisdiction_id=tetouan&end_date=${encodeURIComponent('2020-01-01T00:00:00+01:00')}`),
    );
    expect(past).toEqual([]);
    // Asilah sees none of Tetouan's.
    expect(await json(await get('requests.json?jurisdiction_id=asilah'))).toEqual([]);

    expect(
      await expectError(
        await get(`requests.json?jurisdiction_id=tetouan&start_date=${iso(-100 * day)}&end_date=${iso(0)}`),
        400,
        'json',
      ),
    ).toMatch(/90 days/);
    await expectError(
      await get(`requests.json?jurisdiction_id=tetouan&start_date=${iso(0)}&end_date=${iso(-day)}`),
      400,
      'json',
    );
    await expectError(await get('requests.json?jurisdiction_id=tetouan&start_date=yesterday'), 400, 'json');
    await expectError(await get('requests.xml?jurisdiction_id=tetouan&status=pending'), 400, 'xml');
    await expectError(await get('requests.json?jurisdiction_id=tetouan&service_code=teleportation'), 400, 'json');
    expect(
      await expectError(
        await get('requests.json?jurisdiction_id=tetouan&service_code=roads,teleportation'),
        400,
        'json',
      ),
    ).toMatch(/^service_code: .*"teleportation"/);
    await expectError(await get('requests.json?jurisdiction_id=tetouan&service_request_id=12345'), 400, 'json');
    await expectError(await get('requests.json'), 400, 'json');
  });

  it('gives the first visible photo as media_url and never a hidden one', async () => {
    const photo = (
      await sharp({ create: { width: 400, height: 300, channels: 3, background: '#a97' } })
        .jpeg()
        .toBuffer()
    ).toString('base64');
    const categoryId = (
      await createShabakaClient({ url: s.url }).complaints.categories.query({ commune: 'tetouan' })
    ).find((c) => c.code === 'roads')!.id;
    const receipt = await createShabakaClient({ url: s.url }).complaints.submit.mutate({
      commune: 'tetouan',
      categoryId,
      description: 'A deep pothole at the roundabout, two photos.',
      location: { lat: 35.57, lon: -5.37 },
      photos: [{ dataBase64: photo }, { dataBase64: photo }],
    });
    const [first, second] = await s.handle.db
      .selectFrom('complaintAttachments')
      .select('id')
      .where('complaintId', '=', receipt.id)
      .orderBy('position')
      .execute();
    const mediaUrl = async () => (await json(await get(`requests/${receipt.code}.json`)))[0].media_url;
    expect(await mediaUrl()).toBe(`${s.url}/files/tetouan/${first!.id}`);

    const hide = (id: string) =>
      s.handle.db.updateTable('complaintAttachments').set({ state: 'hidden' }).where('id', '=', id).execute();
    await hide(first!.id);
    expect(await mediaUrl()).toBe(`${s.url}/files/tetouan/${second!.id}`);
    await hide(second!.id);
    expect(await mediaUrl()).toBeNull();
    const everything =
      (await get('requests.xml?jurisdiction_id=tetouan').then((r) => r.text())) +
      JSON.stringify(await json(await get('requests.json?jurisdiction_id=tetouan')));
    expect(everything).not.toContain(first!.id);
    expect(everything).not.toContain(second!.id);
  });

  it('escapes citizen text in XML', async () => {
    const description = 'Lamp <b>broken</b> & "sparking" near l\'école \u0007 — عاجل';
    const code = (
      await json(await post('requests.json', validRequest({ description, 'attribute[public_description]': 'true' })))
    )[0].service_request_id;
    const xml = wellFormed(await (await get(`requests/${code}.xml`)).text());
    expect(tag(xml, 'description')).toEqual([
      'Lamp &lt;b&gt;broken&lt;/b&gt; &amp; &quot;sparking&quot; near l&apos;école  — عاجل',
    ]);
  });

  it('returns only what is public: the description if the citizen chose so and staff did not hide it, never the address', async () => {
    const description = 'Dark street in front of the home of Fatima, number 12.';
    const res = await post(
      'requests.json',
      validRequest({ description, address_string: '12 Rue Cachée', first_name: 'Fatima' }),
    );
    const [created] = await json(res);
    const code = created.service_request_id as string;
    // The app that filed it gets the owner's secret, for the citizen; the tracking link carries it in its fragment.
    const secret = /([2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4})/.exec(created.service_notice)![1]!;
    expect(created.service_notice).toContain(`${s.url}/tetouan/track/${code}#s=${secret}`);
    const client = createShabakaClient({ url: s.url });
    expect(await client.complaints.track.query({ code, secret })).toMatchObject({
      owner: true,
      description,
      address: '12 Rue Cachée',
    });

    const one = await json(await get(`requests/${code}.json`));
    expect(one[0]).toMatchObject({ service_request_id: code, description: null, address: null });
    const xml = wellFormed(await (await get(`requests/${code}.xml`)).text());
    expect(xml).toContain('<description/>');
    expect(xml).toContain('<address/>');
    const everything =
      JSON.stringify(await json(await get('requests.json?jurisdiction_id=tetouan'))) +
      (await (await get('requests.xml?jurisdiction_id=tetouan')).text());
    expect(everything).toContain(code);
    expect(everything).not.toMatch(/Fatima|Cachée|Avenue Mohammed V/);

    // Published by choice, then hidden by staff: gone from Open311 too.
    const shown = (
      await json(
        await post(
          'requests.json',
          validRequest({ description: 'Lamp out, see photo on the portal.', 'attribute[public_description]': 'true' }),
        ),
      )
    )[0].service_request_id as string;
    expect((await json(await get(`requests/${shown}.json`)))[0].description).toBe('Lamp out, see photo on the portal.');
    const row = await s.handle.db
      .selectFrom('complaints')
      .select('id')
      .where('code', '=', shown)
      .executeTakeFirstOrThrow();
    await agent.complaints.redactDescription.mutate({ commune: 'tetouan', id: row.id, reason: 'Not about the lamp.' });
    expect((await json(await get(`requests/${shown}.json`)))[0].description).toBeNull();
  });
});
