import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { bucketHours } from '../src/complaints/rollups';
import { pdfForViewer } from '../src/documents/service';
import { useHarness } from './harness';
import { pdfText } from './pdftotext';

const h = useHarness({
  signing: { secret: 'test-only-secret-0123456789abcdefghijklmnopqrstuvwxyz', publicUrl: 'https://shabaka.example' },
});

const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code?: string; cause?: { reason?: string; field?: string; issues?: { path: unknown[] }[] } }) => ({
      code: e.code,
      reason: e.cause?.reason,
      field: e.cause?.field ?? e.cause?.issues?.map((i) => i.path.join('.')).join(','),
    }),
  );

type Snapshot = {
  sections: {
    key: string;
    dataset: string;
    figures: { key: string; value: number | null; names?: { fr: string } }[];
  }[];
};
const figure = (s: Snapshot, section: string, key: string) =>
  s.sections.find((x) => x.key === section)!.figures.find((f) => f.key === key && !f.names)!.value;
const listed = (s: Snapshot, section: string, key: string) =>
  Object.fromEntries(
    s.sections
      .find((x) => x.key === section)!
      .figures.filter((f) => f.key === key)
      .map((f) => [f.names!.fr, f.value]),
  );

/** Q1 2026 in Morocco (UTC+1 in winter): the raw tables read between these instants. */
const START = '2026-01-01T00:00:00+01:00';
const END = '2026-04-01T00:00:00+01:00';
const CLOSED = ['resolved', 'rejected', 'duplicate', 'referred'];

/** The same figures, straight from the raw tables (no rollup): what the bulletin must equal. */
async function rawFigures(communeId: string) {
  const db = h.handle.db;
  const one = async <T>(q: ReturnType<typeof sql<T>>) => (await q.execute(db)).rows;
  const [received] = await one(sql<{ n: string }>`
    select count(*) as n from complaints where commune_id = ${communeId} and created_at >= ${START} and created_at < ${END}`);
  const [closings] = await one(sql<{ closed: string; resolved: string; onTime: string }>`
    select count(*) as closed, count(*) filter (where e.to_stage = 'resolved') as resolved,
           count(*) filter (where e.at <= c.answer_due_at) as "onTime"
    from complaint_events e join complaints c on c.commune_id = e.commune_id and c.id = e.complaint_id
    where e.commune_id = ${communeId} and e.to_stage in (${sql.join(CLOSED)}) and e.from_stage is distinct from e.to_stage
      and e.at >= ${START} and e.at < ${END}`);
  const [median] = await one(sql<{ bucket: number | null }>`
    select percentile_disc(0.5) within group (order by floor(ln(1 + greatest(0, extract(epoch from e.at - c.created_at) / 3600)) / ln(2) * 4)) as bucket
    from complaint_events e join complaints c on c.commune_id = e.commune_id and c.id = e.complaint_id
    where e.commune_id = ${communeId} and e.to_stage = 'resolved' and e.at >= ${START} and e.at < ${END}`);
  const [reopened] = await one(sql<{ n: string }>`
    select count(*) as n from complaint_events where commune_id = ${communeId} and kind = 'reopened'
      and at >= ${START} and at < ${END}`);
  const [ratings] = await one(sql<{ n: string; avg: string | null }>`
    select count(*) as n, round(avg(rating), 1) as avg from complaints where commune_id = ${communeId} and rating is not null`);
  const byCategory = await one(sql<{ name: string; n: string }>`
    select cat.names->>'fr' as name, count(*) as n from complaints c
    join complaint_categories cat on cat.commune_id = c.commune_id and cat.id = c.category_id
    where c.commune_id = ${communeId} and c.created_at >= ${START} and c.created_at < ${END} group by 1`);
  const [info] = await one(sql<{ received: string; responded: string; onTime: string; extended: string }>`
    select count(*) filter (where received_at >= ${START} and received_at < ${END}) as received,
           count(*) filter (where responded_at >= ${START} and responded_at < ${END}) as responded,
           count(*) filter (where responded_at >= ${START} and responded_at < ${END} and responded_at <= due_at) as "onTime",
           count(*) filter (where extended_at >= ${START} and extended_at < ${END}) as extended
    from information_requests where commune_id = ${communeId}`);
  const grounds = await one(sql<{ ground: string; n: string }>`
    select refusal_exception as ground, count(*) as n from information_requests
    where commune_id = ${communeId} and state = 'refused' and responded_at >= ${START} and responded_at < ${END} group by 1`);
  const [docs] = await one(sql<{ n: string }>`
    select count(*) as n from documents where commune_id = ${communeId} and issued_at >= ${START} and issued_at < ${END}`);
  const [petitions] = await one(sql<{ filed: string }>`
    select count(*) as filed from petitions where commune_id = ${communeId} and received_at >= ${START} and received_at < ${END}`);
  const [subsidies] = await one(sql<{ n: string; amount: string | null }>`
    select count(*) as n, sum(amount_mad) as amount from subsidies where commune_id = ${communeId}
      and state <> 'cancelled' and granted_at >= ${START} and granted_at < ${END}`);
  const [recommendations] = await one(sql<{ n: string }>`
    select count(*) as n from instance_recommendations where commune_id = ${communeId}
      and adopted_at >= ${START} and adopted_at < ${END}`);
  const closed = Number(closings!.closed);
  return {
    received: Number(received!.n),
    closed,
    resolved: Number(closings!.resolved),
    onTimeShare: closed ? Math.round((Number(closings!.onTime) / closed) * 1000) / 10 : null,
    medianResolveHours: median!.bucket === null ? null : Math.round(bucketHours(Number(median!.bucket)) * 10) / 10,
    reopened: Number(reopened!.n),
    ratings: Number(ratings!.n),
    averageRating: ratings!.avg === null ? null : Number(ratings!.avg),
    byCategory: Object.fromEntries(byCategory.map((r) => [r.name, Number(r.n)])),
    info: {
      received: Number(info!.received),
      responded: Number(info!.responded),
      onTimeShare: Number(info!.responded)
        ? Math.round((Number(info!.onTime) / Number(info!.responded)) * 1000) / 10
        : null,
      extended: Number(info!.extended),
    },
    grounds: grounds.length,
    refused: grounds.reduce((n, g) => n + Number(g.n), 0),
    documents: Number(docs!.n),
    petitionsFiled: Number(petitions!.filed),
    subsidies: { n: Number(subsidies!.n), amount: Number(subsidies!.amount ?? 0) },
    recommendations: Number(recommendations!.n),
  };
}

describe('bulletins of management results', () => {
  it('gives a quarter’s figures equal to the raw tables’, approves, freezes, signs and publishes them', async () => {
    const db = h.handle.db;
    const tetouan = await db
      .selectFrom('communes')
      .select('id')
      .where('slug', '=', 'tetouan')
      .executeTakeFirstOrThrow();
    const cats = await h.anon().complaints.categories({ commune: 'tetouan' });
    const agent = await h.user('bulletins-agent@tetouan.example', ['tetouan:agent']);
    const admin = await h.user('bulletins-admin@tetouan.example', ['tetouan:commune_admin']);
    const submit = (categoryId: string) =>
      h.anon().complaints.submit({
        commune: 'tetouan',
        categoryId,
        description: 'The street lamp in front of the school has been off for two weeks.',
        location: { lat: 35.5712, lon: -5.3721 },
        replyChannel: 'portal',
      });
    // Q1 2026: four complaints in two categories; two resolved (one in time, one reopened later), one rejected.
    h.clock.set('2026-01-15T10:00:00Z');
    const c1 = await submit(cats[0]!.id);
    const c2 = await submit(cats[0]!.id);
    const c3 = await submit(cats[1]!.id);
    await submit(cats[1]!.id);
    h.clock.set('2026-01-20T10:00:00Z');
    await agent.caller.complaints.transition({
      commune: 'tetouan',
      id: c1.id,
      to: 'resolved',
      publicNote: 'Repaired.',
    });
    h.clock.set('2026-02-20T10:00:00Z');
    await agent.caller.complaints.transition({ commune: 'tetouan', id: c2.id, to: 'resolved', publicNote: 'Done.' });
    h.clock.set('2026-03-01T10:00:00Z');
    await agent.caller.complaints.transition({
      commune: 'tetouan',
      id: c3.id,
      to: 'rejected',
      publicNote: 'This street is the province’s.',
    });
    h.clock.set('2026-03-02T10:00:00Z');
    await h.anon().complaints.reopen({ code: c2.code, secret: c2.secret, reason: 'It went off again the next day.' });
    await h.anon().complaints.rate({ code: c1.code, secret: c1.secret, rating: 4 });
    // Information requests: one extended then refused on a ground of article 7.
    h.clock.set('2026-02-02T10:00:00Z');
    const r = await h.anon().informationRequests.submit({
      commune: 'tetouan',
      subject: 'Medical files of the municipal clinic',
      description: 'I would like the medical files of the patients of the municipal clinic for 2025.',
      requester: { name: 'Salma Bennani', email: 'salma@example.ma' },
      deliveryChannel: 'email',
    });
    h.clock.set('2026-02-10T10:00:00Z');
    await agent.caller.informationRequests.start({ commune: 'tetouan', id: r.id });
    await agent.caller.informationRequests.extend({
      commune: 'tetouan',
      id: r.id,
      reason: 'The files are archived off-site and must be retrieved.',
    });
    h.clock.set('2026-02-20T10:00:00Z');
    await agent.caller.informationRequests.refuse({
      commune: 'tetouan',
      id: r.id,
      exception: 'private_life',
      reason: 'The files hold the medical records of identified people (art. 7).',
    });
    // Q2: outside the bulletin.
    h.clock.set('2026-04-02T10:00:00Z');
    await submit(cats[0]!.id);

    // A quarter not begun is refused; Q1 is opened once.
    expect(
      await errorOf(agent.caller.bulletins.generate({ commune: 'tetouan', year: 2026, quarter: 3 })),
    ).toMatchObject({
      code: 'BAD_REQUEST',
      reason: 'period_not_started',
      field: 'quarter',
    });
    const draft = await agent.caller.bulletins.generate({ commune: 'tetouan', year: 2026, quarter: 1 });
    expect(draft.period).toBe('2026-q1');
    expect(
      await errorOf(agent.caller.bulletins.generate({ commune: 'tetouan', year: 2026, quarter: 1 })),
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'bulletin_exists',
    });
    const live = await agent.caller.bulletins.staffGet({ commune: 'tetouan', id: draft.id });
    const raw = await rawFigures(tetouan.id);
    const f = live.figures as Snapshot;
    expect({
      received: figure(f, 'complaints', 'received'),
      closed: figure(f, 'complaints', 'closed'),
      resolved: figure(f, 'complaints', 'resolved'),
      onTimeShare: figure(f, 'complaints', 'onTimeShare'),
      medianResolveHours: figure(f, 'complaints', 'medianResolveHours'),
      reopened: figure(f, 'complaints', 'reopened'),
      ratings: figure(f, 'complaints', 'ratings'),
      averageRating: figure(f, 'complaints', 'averageRating'),
    }).toEqual({
      received: raw.received,
      closed: raw.closed,
      resolved: raw.resolved,
      onTimeShare: raw.onTimeShare,
      medianResolveHours: raw.medianResolveHours,
      reopened: raw.reopened,
      ratings: raw.ratings,
      averageRating: raw.averageRating,
    });
    expect(raw).toMatchObject({ received: 4, closed: 3, resolved: 2, reopened: 1, ratings: 1 });
    const received = listed(f, 'complaints', 'categoryReceived');
    expect(Object.fromEntries(Object.entries(received).filter(([, n]) => n))).toEqual(raw.byCategory);
    expect({
      received: figure(f, 'information', 'received'),
      responded: figure(f, 'information', 'responded'),
      onTimeShare: figure(f, 'information', 'onTimeShare'),
      extended: figure(f, 'information', 'extended'),
      refused: figure(f, 'information', 'refused'),
    }).toEqual({ ...raw.info, refused: raw.refused });
    expect(raw.info).toMatchObject({ received: 1, extended: 1 });
    expect(Object.keys(listed(f, 'information', 'refusedByGround'))).toHaveLength(raw.grounds);
    expect(figure(f, 'documents', 'issued')).toBe(raw.documents);
    expect(figure(f, 'participation', 'petitionsFiled')).toBe(raw.petitionsFiled);
    expect(figure(f, 'subsidies', 'granted')).toBe(raw.subsidies.n);
    expect(figure(f, 'subsidies', 'grantedMad')).toBe(raw.subsidies.amount);
    expect(figure(f, 'recommendations', 'addressed')).toBe(raw.recommendations);
    // No budget published for 2026 in this database: the section says nothing rather than zeros.
    expect(f.sections.find((x) => x.key === 'budget')?.figures).toEqual([]);
    // Every section names the open dataset its figures come from.
    expect(Object.fromEntries(f.sections.map((s) => [s.key, s.dataset]))).toMatchObject({
      complaints: 'complaints',
      information: 'information-requests',
      pacProjects: 'pac-projects',
      subsidies: 'subsidies',
    });

    // The public sees nothing of a draft; approval needs the editors' words, then a permission editors lack.
    expect(await errorOf(h.anon().bulletins.get({ commune: 'tetouan', period: '2026-q1' }))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'unknown_bulletin',
    });
    expect(await h.anon().bulletins.archive({ commune: 'tetouan' })).toEqual([]);
    expect(
      await errorOf(admin.caller.bulletins.approve({ commune: 'tetouan', id: draft.id, version: draft.version })),
    ).toMatchObject({ code: 'BAD_REQUEST', reason: 'texts_missing', field: 'texts.editorial.ar' });
    const texts = {
      editorial: {
        ar: 'كلمة هيئة التحرير: تحسن معدل المعالجة هذا الفصل.',
        fr: 'Le mot des éditeurs : le traitement s’est amélioré ce trimestre.',
        es: '',
      },
      notes: { ar: '', fr: '', es: '' },
    };
    const saved = await agent.caller.bulletins.saveTexts({ commune: 'tetouan', id: draft.id, version: 1, texts });
    expect(saved.version).toBe(2);
    expect(
      await errorOf(agent.caller.bulletins.saveTexts({ commune: 'tetouan', id: draft.id, version: 1, texts })),
    ).toMatchObject({ code: 'CONFLICT', reason: 'stale_version', field: 'version' });
    expect(
      (await errorOf(agent.caller.bulletins.approve({ commune: 'tetouan', id: draft.id, version: 2 })))?.code,
    ).toBe('FORBIDDEN');
    const approved = await admin.caller.bulletins.approve({ commune: 'tetouan', id: draft.id, version: 2 });
    expect(Object.keys(approved.documents)).toEqual(['ar', 'fr', 'es']);

    // Published: the page reads the frozen figures and the texts; nothing more changes it.
    const page = await h.anon().bulletins.get({ commune: 'tetouan', period: '2026-q1' });
    expect(page.texts.editorial?.fr).toBe(texts.editorial.fr);
    expect(figure(page.figures as Snapshot, 'complaints', 'received')).toBe(4);
    expect(await h.anon().bulletins.archive({ commune: 'tetouan' })).toEqual([
      expect.objectContaining({ period: '2026-q1', year: 2026, quarter: 1 }),
    ]);
    expect(
      await errorOf(agent.caller.bulletins.saveTexts({ commune: 'tetouan', id: draft.id, version: 3, texts })),
    ).toMatchObject({ code: 'CONFLICT', reason: 'already_published' });
    h.clock.set('2026-04-03T10:00:00Z');
    await h.anon().complaints.rate({ code: c3.code, secret: c3.secret, rating: 2 });
    const again = await h.anon().bulletins.get({ commune: 'tetouan', period: '2026-q1' });
    expect(figure(again.figures as Snapshot, 'complaints', 'ratings')).toBe(1);
    expect(again).toEqual(page);
    // No personal data: no account, no name, no e-mail of the editors or the requester.
    const json = JSON.stringify(page);
    for (const secret of [agent.id, admin.id, 'bulletins-admin', 'Salma', 'salma@example.ma'])
      expect(json).not.toContain(secret);

    // Signed in three languages, each verifiable; the PDF's text carries the figures and the editors' words.
    for (const lang of ['ar', 'fr', 'es'] as const) {
      const verified = await h.anon().documents.verify({ code: approved.documents[lang]!.code });
      expect(verified).toMatchObject({ status: 'valid' });
      expect(JSON.stringify(verified)).toContain('results_bulletin');
    }
    const fr = await pdfForViewer(h.deps, approved.documents.fr!.code, { userId: admin.id });
    if (!fr || fr === 'forbidden') throw new Error('the bulletin’s PDF');
    const frText = pdfText(fr.pdf).join('\n');
    expect(frText).toContain('Réclamations reçues: 4');
    expect(frText).toContain('Délais prolongés: 1');
    expect(frText).toContain('le traitement s’est amélioré');
    const ar = await pdfForViewer(h.deps, approved.documents.ar!.code, { userId: admin.id });
    if (!ar || ar === 'forbidden') throw new Error('the bulletin’s PDF');
    expect(pdfText(ar.pdf).join('\n')).toContain('الشكايات المتوصل بها');
    const es = await pdfForViewer(h.deps, approved.documents.es!.code, { userId: admin.id });
    if (!es || es === 'forbidden') throw new Error('the bulletin’s PDF');
    expect(pdfText(es.pdf).join('\n')).toContain('Quejas recibidas: 4');

    // The poster: the headline figures and the page's address (its QR code says the same).
    const poster = await h.anon().bulletins.poster({ commune: 'tetouan', period: '2026-q1' });
    const posterText = pdfText(Buffer.from(poster.pdfBase64, 'base64')).join('\n');
    expect(posterText).toContain('https://shabaka.example/tetouan/bulletins/2026-q1');
    expect(posterText).toContain('Réclamations reçues : 4');
    // For the partner towns, Spanish beside Arabic.
    const esPoster = await h.anon().bulletins.poster({ commune: 'tetouan', period: '2026-q1', language: 'es' });
    const esText = pdfText(Buffer.from(esPoster.pdfBase64, 'base64')).join('\n');
    expect(esPoster.filename).toMatch(/-poster-es\.pdf$/);
    expect(esText).toContain('https://shabaka.example/tetouan/bulletins/2026-q1');
    expect(esText).toContain('El boletín firmado en línea');
    expect(esText).not.toContain('Réclamations reçues');

    // The network's comparison: Tetouan's approved figures, the others not published.
    const network = await h.anon().bulletins.network({ year: 2026, quarter: 1 });
    expect(network.communes.find((c) => c.commune === 'tetouan')?.figures).toEqual(page.figures);
    expect(network.communes.find((c) => c.commune === 'asilah')?.figures).toBeNull();
  });

  it('keeps a commune’s drafts to its own editors and approvers', async () => {
    h.clock.set('2026-07-02T10:00:00Z');
    const editor = await h.user('bulletins-editor@mdiq.example', ['mdiq:agent']);
    const { id } = await editor.caller.bulletins.generate({ commune: 'mdiq', year: 2026, quarter: 2 });
    const outsider = await h.user('bulletins-outsider@tetouan.example', ['tetouan:commune_admin']);
    expect((await errorOf(outsider.caller.bulletins.staffGet({ commune: 'mdiq', id })))?.code).toBe('FORBIDDEN');
    expect((await errorOf(outsider.caller.bulletins.approve({ commune: 'mdiq', id, version: 1 })))?.code).toBe(
      'FORBIDDEN',
    );
    // Through its own commune, another commune's bulletin is unknown.
    expect(await errorOf(outsider.caller.bulletins.staffGet({ commune: 'tetouan', id }))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'unknown_bulletin',
    });
    expect(await errorOf(outsider.caller.bulletins.approve({ commune: 'tetouan', id, version: 1 }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    const citizen = await h.user('bulletins-citizen@example.ma');
    expect((await errorOf(citizen.caller.bulletins.staffList({ commune: 'mdiq' })))?.code).toBe('FORBIDDEN');
    expect((await errorOf(h.anon().bulletins.generate({ commune: 'mdiq', year: 2026, quarter: 1 })))?.code).toBe(
      'UNAUTHORIZED',
    );
    expect(await errorOf(editor.caller.bulletins.generate({ commune: 'mdiq', year: 2026, quarter: 5 }))).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'quarter',
    });
    expect(await errorOf(h.anon().bulletins.get({ commune: 'mdiq', period: '2026-q2' }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await errorOf(h.anon().bulletins.get({ commune: 'mdiq', period: 'q2' }))).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'period',
    });
  });
});
