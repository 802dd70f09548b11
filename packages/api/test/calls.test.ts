import { describe, expect, it } from 'vitest';
import { representative } from './associations-fixture';
import { useHarness } from './harness';

const SECRET = 'test-only-secret-0123456789abcdefghijklmnopqrstuvwxyz';
const h = useHarness({ signing: { secret: SECRET, publicUrl: 'https://shabaka.example' } });

/** The fields an error names: zod's issue paths, or a domain error's field. */
const fieldsOf = (p: Promise<unknown>) =>
  p.then(
    () => [] as string[],
    (e: { cause?: { issues?: { path: unknown[] }[]; field?: string } }) =>
      e.cause?.issues?.map((i) => i.path.join('.')) ?? (e.cause?.field ? [e.cause.field] : []),
  );
const reasonOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { cause?: { reason?: string; detail?: Record<string, string> } }) => e.cause,
  );

const PDF = Buffer.from('%PDF-1.4\n% statutes of the association\n').toString('base64');
const OPEN_DAY = '2026-03-07T10:00:00Z';
const AFTER_DEADLINE = '2026-03-18T10:00:00Z';

const callInput = (commune: string, over: Record<string, unknown> = {}) => ({
  commune,
  title: { ar: 'طلب مشاريع الشباب 2026', fr: 'Appel à projets jeunesse 2026' },
  description: {
    ar: 'دعم مشاريع الجمعيات لفائدة شباب الأحياء',
    fr: 'Soutien aux projets associatifs pour les jeunes des quartiers',
  },
  themes: [{ ar: 'الشباب', fr: 'Jeunesse' }],
  year: 2026,
  envelopeMad: 200_000,
  maxPerProjectMad: 100_000,
  eligibility: { seatInCommune: true, minYearsConstituted: 2 },
  criteria: [
    { key: 'relevance', label: { ar: 'الملاءمة', fr: 'Pertinence' }, weight: 60 },
    { key: 'budget', label: { ar: 'الميزانية', fr: 'Budget' }, weight: 40 },
  ],
  checklist: [
    { key: 'statutes', label: { ar: 'القانون الأساسي', fr: 'Statuts' }, required: true },
    { key: 'budget_sheet', label: { ar: 'الميزانية التقديرية', fr: 'Budget prévisionnel' }, required: false },
  ],
  opensOn: '2026-03-01',
  closesOn: '2026-03-17',
  ...over,
});

const dossier = (commune: string, callId: string, associationId: string, over: Record<string, unknown> = {}) => ({
  commune,
  callId,
  associationId,
  project: { ar: 'نادي البرمجة للشباب', fr: 'Club de programmation pour les jeunes' },
  summary: 'Ateliers hebdomadaires de programmation pour cinquante jeunes du quartier.',
  requestedMad: 80_000,
  documents: { statutes: { name: 'statuts.pdf', dataBase64: PDF } },
  ...over,
});

async function openCall(commune = 'tetouan', over: Record<string, unknown> = {}) {
  h.clock.set(OPEN_DAY);
  const n = Math.random().toString(36).slice(2, 8);
  const agent = await h.user(`agent-${n}@${commune}.example`, [`${commune}:agent`]);
  const head = await h.user(`head-${n}@${commune}.example`, [`${commune}:department_head`]);
  const { id } = await agent.caller.calls.create(callInput(commune, over));
  await head.caller.calls.open({ commune, id });
  return { agent, head, callId: id, commune, n };
}

describe('calls for projects', () => {
  it('takes a dossier from a representative with its documents and gives it a code; the public sees the call', async () => {
    const { callId, commune, n } = await openCall();
    const rep = await representative(h, commune, `rep-${n}@tetouan.example`);
    const filed = await rep.caller.calls.submit(dossier(commune, callId, rep.associationId));
    expect(filed.code).toMatch(/^[A-Z]+-AP-2026-\d{6}$/);
    expect(filed.channel).toBe('web');

    const calls = await h.anon().calls.list({ commune, state: 'open' });
    expect(calls.find((c) => c.id === callId)?.accepting).toBe(true);
    const mine = await rep.caller.calls.mine({ commune });
    expect(mine.applications.map((a) => a.code)).toContain(filed.code);
    const seen = await rep.caller.calls.application({ commune, id: filed.id });
    expect(seen.documents.map((d) => d.item)).toEqual(['statutes']);
    expect(seen.timeline.map((e) => e.kind)).toEqual(['submitted']);
    const file = await rep.caller.calls.document({ commune, applicationId: filed.id, item: 'statutes' });
    expect(file.mime).toBe('application/pdf');

    // A second dossier of the same association for the same call is refused, naming the association.
    expect(await fieldsOf(rep.caller.calls.submit(dossier(commune, callId, rep.associationId)))).toEqual([
      'associationId',
    ]);
  });

  it('refuses bad dossiers naming the field, and stores nothing', async () => {
    const { callId, commune, n, agent } = await openCall();
    const rep = await representative(h, commune, `rep-${n}@tetouan.example`);
    const base = dossier(commune, callId, rep.associationId);
    expect(await fieldsOf(rep.caller.calls.submit({ ...base, documents: {} }))).toEqual(['documents.statutes']);
    const text = Buffer.from('just some text, not a document').toString('base64');
    expect(
      await fieldsOf(
        rep.caller.calls.submit({ ...base, documents: { statutes: { name: 'x.txt', dataBase64: text } } }),
      ),
    ).toEqual(['documents.statutes']);
    const big = Buffer.alloc(9 * 1024 * 1024, 1).toString('base64');
    expect(
      await fieldsOf(
        rep.caller.calls.submit({ ...base, documents: { statutes: { name: 'big.pdf', dataBase64: big } } }),
      ),
    ).toEqual(['documents.statutes.dataBase64']);
    expect(await fieldsOf(rep.caller.calls.submit({ ...base, requestedMad: 150_000 }))).toEqual(['requestedMad']);
    expect(await fieldsOf(rep.caller.calls.submit({ ...base, summary: 'short' }))).toEqual(['summary']);
    const queue = await agent.caller.calls.queue({ commune, callId });
    expect(queue.dossiers).toHaveLength(0);
  });

  it('refuses a dossier after the deadline, saying when the call closed', async () => {
    const { callId, commune, n } = await openCall();
    const rep = await representative(h, commune, `rep-${n}@tetouan.example`);
    h.clock.set(AFTER_DEADLINE);
    const late = await reasonOf(rep.caller.calls.submit(dossier(commune, callId, rep.associationId)));
    expect(late).toMatchObject({ reason: 'call_closed', field: 'callId' });
    // The end of the closing day in Morocco (UTC+0 during Ramadan 2026).
    expect(late?.detail?.closesAt).toBe('2026-03-17T23:59:59.000Z');
  });

  it('lets a head of department extend an open call to a later working day, before its deadline only', async () => {
    const { callId, commune, n, agent, head } = await openCall();
    const rep = await representative(h, commune, `rep-${n}@tetouan.example`);
    const extend = (caller: typeof head.caller, closesOn: string) =>
      caller.calls.extend({ commune, id: callId, closesOn, reason: 'Demande des associations du quartier.' });
    await expect(extend(agent.caller, '2026-03-24')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await fieldsOf(extend(head.caller, '2026-03-16'))).toEqual(['closesOn']);
    expect(await fieldsOf(extend(head.caller, '2026-03-22'))).toEqual(['closesOn']); // a Sunday
    await extend(head.caller, '2026-03-24');
    h.clock.set(AFTER_DEADLINE);
    const filed = await rep.caller.calls.submit(dossier(commune, callId, rep.associationId));
    expect(filed.code).toMatch(/-AP-/);
    // Past the new deadline, no second extension reopens it.
    h.clock.set('2026-03-25T10:00:00Z');
    expect(await reasonOf(extend(head.caller, '2026-03-31'))).toMatchObject({ reason: 'call_closed' });
  });

  it('keeps tenancy: an association of Asilah cannot file with Tetouan, one working through a branch only when the call allows it', async () => {
    const { callId, commune, n, agent } = await openCall();
    const asilah = await representative(h, 'asilah', `asilah-${n}@asilah.example`);
    expect(await fieldsOf(asilah.caller.calls.submit(dossier(commune, callId, asilah.associationId)))).toEqual([
      'associationId',
    ]);
    // Registered in Tetouan through a branch, its seat elsewhere: refused by a call that asks for a seat here.
    const branch = await agent.caller.associations.create({
      commune,
      names: { ar: 'جمعية فرع تطوان', fr: 'Association antenne de Tétouan' },
      object: 'Antenne locale d’une association régionale pour la jeunesse.',
      sectors: ['youth'],
      seatNeighbourhood: null,
      branches: ['Mhannech'],
      constitutedOn: '2015-05-01',
    });
    const counter = await reasonOf(agent.caller.calls.submit(dossier(commune, callId, branch.id)));
    expect(counter).toMatchObject({ reason: 'seat_outside_commune', field: 'associationId' });
    const wide = await openCall(commune, { eligibility: { seatInCommune: false, minYearsConstituted: 0 } });
    const ok = await agent.caller.calls.submit(dossier(commune, wide.callId, branch.id));
    expect(ok.channel).toBe('counter');
    // Nobody outside the commune's staff, the association and the call's committee reads the dossier.
    const stranger = await h.user(`stranger-${n}@example.org`);
    await expect(stranger.caller.calls.application({ commune, id: ok.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(asilah.caller.calls.application({ commune: 'asilah', id: ok.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('scores with a committee: a member with a declared conflict is blocked, members of one call cannot see another’s dossiers; results grant subsidies', async () => {
    const { callId, commune, n, agent, head } = await openCall();
    const other = await openCall();
    const repA = await representative(h, commune, `repa-${n}@tetouan.example`);
    const repB = await representative(h, commune, `repb-${n}@tetouan.example`);
    const a = await repA.caller.calls.submit(dossier(commune, callId, repA.associationId));
    const b = await repB.caller.calls.submit(dossier(commune, callId, repB.associationId, { requestedMad: 40_000 }));
    const [m1, m2, m3] = (await Promise.all(['m1', 'm2', 'm3'].map((m) => h.user(`${m}-${n}@example.org`)))) as [
      Awaited<ReturnType<typeof h.user>>,
      Awaited<ReturnType<typeof h.user>>,
      Awaited<ReturnType<typeof h.user>>,
    ];
    for (const m of ['m1', 'm2', 'm3'])
      await agent.caller.calls.addMember({ commune, id: callId, email: `${m}-${n}@example.org` });
    const outsider = await h.user(`m4-${n}@example.org`);
    await agent.caller.calls.addMember({ commune, id: other.callId, email: `m4-${n}@example.org` });

    for (const x of [a, b]) await agent.caller.calls.admissibility({ commune, applicationId: x.id, admissible: true });
    // A member of another call sees neither this call's dossiers nor one of them.
    await expect(outsider.caller.calls.dossiers({ commune, callId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(outsider.caller.calls.application({ commune, id: a.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      outsider.caller.calls.score({ commune, applicationId: a.id, marks: { relevance: 9, budget: 9 } }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const sheet = await m1.caller.calls.dossiers({ commune, callId });
    expect(sheet.dossiers.map((d) => d.code).sort()).toEqual([a.code, b.code].sort());
    expect(JSON.stringify(sheet)).not.toMatch(/"(rib|bureau|cin)"/);

    await m1.caller.calls.score({ commune, applicationId: a.id, marks: { relevance: 9, budget: 7 } });
    await m1.caller.calls.score({ commune, applicationId: b.id, marks: { relevance: 5, budget: 5 } });
    // m2 declares a conflict on A: the mark is refused, B is scored.
    await m2.caller.calls.declareConflict({
      commune,
      applicationId: a.id,
      note: 'Je suis membre du bureau de cette association.',
    });
    const blocked = await reasonOf(
      m2.caller.calls.score({ commune, applicationId: a.id, marks: { relevance: 10, budget: 10 } }),
    );
    expect(blocked).toMatchObject({ reason: 'conflict_declared' });
    await m2.caller.calls.score({ commune, applicationId: b.id, marks: { relevance: 6, budget: 4 } });
    await m3.caller.calls.score({ commune, applicationId: a.id, marks: { relevance: 8, budget: 8 } });
    // Bad marks name the criterion.
    expect(
      await fieldsOf(m3.caller.calls.score({ commune, applicationId: b.id, marks: { relevance: 11, budget: 4 } })),
    ).toEqual(['marks.relevance']);
    expect(await fieldsOf(m3.caller.calls.score({ commune, applicationId: b.id, marks: { relevance: 5 } }))).toEqual([
      'marks.budget',
    ]);

    const q = await agent.caller.calls.queue({ commune, callId });
    const qa = q.dossiers.find((d) => d.id === a.id)!;
    // m1: (0.6·9 + 0.4·7)·10 = 82, m3: 80; m2's conflict leaves no mark.
    expect(qa.mean).toBe(81);
    expect(qa.conflicts).toHaveLength(1);

    await agent.caller.calls.propose({ commune, applicationId: a.id, proposal: 'select', amountMad: 75_000 });
    await agent.caller.calls.propose({
      commune,
      applicationId: b.id,
      proposal: 'refuse',
      reason: 'Budget insuffisamment détaillé.',
    });
    // Not before the deadline, and only by a head of department.
    expect(await reasonOf(head.caller.calls.publishResults({ commune, id: callId }))).toMatchObject({
      reason: 'call_still_open',
    });
    h.clock.set(AFTER_DEADLINE);
    await expect(agent.caller.calls.publishResults({ commune, id: callId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await head.caller.calls.publishResults({ commune, id: callId });

    const { results } = await h.anon().calls.detail({ commune, id: callId });
    expect(results!.map((r) => [r.code, r.state, r.rank, r.grantedMad])).toEqual([
      [a.code, 'selected', 1, 75_000],
      [b.code, 'refused', 2, null],
    ]);
    expect(results![1]!.reason).toBe('Budget insuffisamment détaillé.');
    // The ledger shows the subsidy: 75,000 MAD is above the threshold, a convention.
    const ledger = await h.anon().subsidies.ledger({ commune, year: 2026 });
    const line = ledger.items.find((l) => l.association.id === repA.associationId);
    expect(line).toMatchObject({ amountMad: 75_000, kind: 'convention' });
    const mineA = await repA.caller.calls.mine({ commune });
    expect(mineA.applications[0]).toMatchObject({ state: 'selected', grantedMad: 75_000 });
    // Each association's representatives hear of the outcome, in-app and by email, with the amount or the reason.
    const inbox = await h.handle.db
      .selectFrom('notificationInbox')
      .select(['userId', 'template', 'params'])
      .where('userId', 'in', [repA.id, repB.id])
      .execute();
    expect(inbox.map((n) => [n.userId, n.template]).sort()).toEqual(
      [
        [repA.id, 'application.selected'],
        [repB.id, 'application.refused'],
      ].sort(),
    );
    expect(inbox.find((n) => n.userId === repA.id)?.params).toMatchObject({ code: a.code, amountMad: 75_000 });
    expect(inbox.find((n) => n.userId === repB.id)?.params).toMatchObject({
      reason: 'Budget insuffisamment détaillé.',
    });
    const emails = await h.handle.db
      .selectFrom('notifications')
      .select(['template', 'channel'])
      .where('template', 'like', 'application.%')
      .execute();
    expect(emails.filter((n) => n.channel === 'email').length).toBeGreaterThanOrEqual(2);
    // The network dashboard sums the year per commune: calls and envelopes, dossiers asked, selected and granted.
    const network = await h.anon().calls.network({ year: 2026 });
    const row = network.communes.find((c) => c.commune === commune)!;
    expect(row.calls).toBeGreaterThanOrEqual(2);
    expect(row.selected).toBeGreaterThanOrEqual(1);
    expect(row.grantedMad).toBeGreaterThanOrEqual(75_000);
    expect(network.years).toContain(2026);
  });
});
