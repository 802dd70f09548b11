import { describe, expect, it } from 'vitest';
import { overdueReports } from '../src/subsidies';
import { subsidyFigures } from '../src/subsidies/figures';
import { representative } from './associations-fixture';
import { useHarness, withCommuneSettings } from './harness';

const SECRET = 'test-only-secret-0123456789abcdefghijklmnopqrstuvwxyz';
const h = useHarness({ signing: { secret: SECRET, publicUrl: 'https://shabaka.example' } });

/** The fields an error names: zod's issue paths, or a domain error's field. */
const fieldsOf = (p: Promise<unknown>) =>
  p.then(
    () => [] as string[],
    (e: { cause?: { issues?: { path: unknown[] }[]; field?: string } }) =>
      e.cause?.issues?.map((i) => i.path.join('.')) ?? (e.cause?.field ? [e.cause.field] : []),
  );

const PDF = Buffer.from('%PDF-1.4\n% accounts of the subsidy\n').toString('base64');
const RIB = '011640000012300045678912';
const project = { ar: 'دعم مدرسي لتلاميذ الحي', fr: 'Soutien scolaire des élèves du quartier' };

async function setup(commune = 'tetouan') {
  const n = Math.random().toString(36).slice(2, 8);
  const rep = await representative(h, commune, `rep.${n}@${commune}.example`);
  const agent = await h.user(`agent.${n}@${commune}.example`, [`${commune}:agent`]);
  const head = await h.user(`head.${n}@${commune}.example`, [`${commune}:department_head`]);
  await agent.caller.associations.update({ commune, id: rep.associationId, patch: { rib: RIB } });
  return { rep, agent, head, commune };
}

const plan = (id: string, amount: number) => ({
  id,
  deliverables: [{ ar: 'حصص دعم أسبوعية لستين تلميذا', fr: 'Séances hebdomadaires pour soixante élèves' }],
  tranches: [
    { amountMad: amount - 20_000, dueOn: '2026-04-01' },
    { amountMad: 20_000, dueOn: '2026-10-01', afterReport: 'interim' as const },
  ],
  reports: [
    { kind: 'interim' as const, dueOn: '2026-07-15' },
    { kind: 'final' as const, dueOn: '2027-01-31' },
  ],
});

describe('the open subsidy ledger', () => {
  it('makes a convention at or above the threshold and a decision below, the threshold a setting', async () => {
    const { rep, agent, commune } = await setup();
    const grant = (amountMad: number) =>
      agent.caller.subsidies.grant({
        commune,
        associationId: rep.associationId,
        project,
        amountMad,
        year: 2026,
        deliberation: 'Délibération n° 12/2026 du 5 février 2026',
      });
    expect((await grant(50_000)).kind).toBe('convention');
    expect((await grant(49_999)).kind).toBe('decision');
    await withCommuneSettings(h.handle.db, commune, { subsidies: { conventionThresholdMad: 30_000 } }, async () => {
      expect((await grant(30_000)).kind).toBe('convention');
    });
    expect(await fieldsOf(grant(12.5))).toEqual(['amountMad']);
    expect(
      await fieldsOf(
        agent.caller.subsidies.grant({
          commune,
          associationId: rep.associationId,
          project,
          amountMad: 1000,
          year: 2026,
          deliberation: '',
        }),
      ),
    ).toEqual(['deliberation']);
  });

  it('follows a convention from plan to signature, tranches, reports and completion', async () => {
    const { rep, agent, head, commune } = await setup();
    const { id } = await agent.caller.subsidies.grant({
      commune,
      associationId: rep.associationId,
      project,
      amountMad: 80_000,
      year: 2026,
      deliberation: 'Délibération n° 14/2026',
    });
    // Signing before the plan is refused; so is a plan whose tranches do not add up, or with no final report.
    await expect(head.caller.subsidies.sign({ commune, id })).rejects.toMatchObject({ code: 'CONFLICT' });
    const bad = plan(id, 80_000);
    expect(
      await fieldsOf(
        agent.caller.subsidies.prepare({
          commune,
          ...bad,
          tranches: [{ amountMad: 1000, dueOn: '2026-04-01', afterReport: null }],
        }),
      ),
    ).toEqual(['tranches']);
    expect(await fieldsOf(agent.caller.subsidies.prepare({ commune, ...bad, reports: [bad.reports[0]!] }))).toEqual([
      'reports',
    ]);
    expect(
      await fieldsOf(
        agent.caller.subsidies.prepare({
          commune,
          ...bad,
          tranches: [bad.tranches[0]!, { ...bad.tranches[1]!, afterReport: 'final' as const }],
          reports: [{ kind: 'interim', dueOn: '2026-07-15' }],
        }),
      ),
    ).toEqual(['reports', 'tranches.1.afterReport']);
    await agent.caller.subsidies.prepare({ commune, ...plan(id, 80_000) });

    // An agent prepares; only a head of department or an admin signs and pays.
    await expect(agent.caller.subsidies.sign({ commune, id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const signed = await head.caller.subsidies.sign({ commune, id });
    expect(signed.kind).toBe('convention');
    expect(signed.code).toMatch(/^[A-Z]+-DOC-2026-\d{6}$/);
    expect(signed.verifyUrl).toBe(`https://shabaka.example/verify/${signed.code}`);
    // A second click finds the same document.
    expect((await head.caller.subsidies.sign({ commune, id })).code).toBe(signed.code);
    const verified = await h.anon().documents.verify({ code: signed.code });
    expect(verified).toMatchObject({ status: 'valid', type: 'subsidy_convention' });
    // Signed: the plan is the signed text.
    await expect(agent.caller.subsidies.prepare({ commune, ...plan(id, 80_000) })).rejects.toMatchObject({
      code: 'CONFLICT',
    });

    await head.caller.subsidies.pay({ commune, id, n: 1, paidOn: '2026-03-06', paymentRef: 'OP-2026-0141' });
    await expect(
      head.caller.subsidies.pay({ commune, id, n: 1, paidOn: '2026-03-06', paymentRef: 'OP-2026-0141' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(
      await fieldsOf(head.caller.subsidies.pay({ commune, id, n: 2, paidOn: '2030-01-01', paymentRef: 'OP-X' })),
    ).toEqual(['paidOn']);
    // The second tranche waits for the interim report.
    await expect(
      head.caller.subsidies.pay({ commune, id, n: 2, paidOn: '2026-03-07', paymentRef: 'OP-2026-0200' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', cause: { reason: 'report_not_accepted' } });

    const mine = await rep.caller.subsidies.mine({ commune });
    const entry = mine.find((s) => s.id === id)!;
    expect(entry.paidMad).toBe(60_000);
    const interim = entry.reports.find((r) => r.kind === 'interim')!;

    // A file that is neither a PDF nor an image is refused with the field named, and nothing is stored.
    const files = async () =>
      Number(
        (
          await h.handle.db
            .selectFrom('files')
            .select((e) => e.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await files();
    expect(
      await fieldsOf(
        rep.caller.subsidies.fileReport({
          commune,
          reportId: interim.id,
          narrative: 'Soixante élèves suivis chaque semaine depuis janvier.',
          financialFile: { dataBase64: Buffer.from('not a scan at all').toString('base64') },
        }),
      ),
    ).toEqual(['financialFile']);
    expect(await files()).toBe(before);

    // Another association's representative is refused.
    const other = await representative(h, commune, `other.${id.slice(0, 6)}@tetouan.example`);
    await expect(
      other.caller.subsidies.fileReport({
        commune,
        reportId: interim.id,
        narrative: 'Soixante élèves suivis chaque semaine depuis janvier.',
        financialFile: { dataBase64: PDF },
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const file = () =>
      rep.caller.subsidies.fileReport({
        commune,
        reportId: interim.id,
        narrative: 'Soixante élèves suivis chaque semaine depuis janvier.',
        financialFile: { name: 'comptes.pdf', dataBase64: PDF },
      });
    await file();
    await expect(file()).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(
      await fieldsOf(agent.caller.subsidies.reviewReport({ commune, reportId: interim.id, decision: 'return' })),
    ).toEqual(['note']);
    await agent.caller.subsidies.reviewReport({
      commune,
      reportId: interim.id,
      decision: 'return',
      note: 'Joindre les pièces justificatives des dépenses.',
    });
    expect((await rep.caller.subsidies.mine({ commune })).find((s) => s.id === id)!.reports[0]).toMatchObject({
      state: 'returned',
      reviewNote: 'Joindre les pièces justificatives des dépenses.',
    });
    await file();
    const got = await rep.caller.subsidies.reportFile({ commune, reportId: interim.id, which: 'financial' });
    expect(got.mime).toBe('application/pdf');
    await expect(
      other.caller.subsidies.reportFile({ commune, reportId: interim.id, which: 'financial' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await agent.caller.subsidies.reviewReport({ commune, reportId: interim.id, decision: 'accept' });
    await head.caller.subsidies.pay({ commune, id, n: 2, paidOn: '2026-03-07', paymentRef: 'OP-2026-0200' });

    const final = entry.reports.find((r) => r.kind === 'final')!;
    await rep.caller.subsidies.fileReport({
      commune,
      reportId: final.id,
      narrative: 'Bilan de l’année : soixante-deux élèves, taux de réussite de 91 %.',
      financialFile: { dataBase64: PDF },
      narrativeFile: { dataBase64: PDF },
    });
    await agent.caller.subsidies.reviewReport({ commune, reportId: final.id, decision: 'accept' });
    const done = (await agent.caller.subsidies.staffList({ commune })).find((s) => s.id === id)!;
    expect(done).toMatchObject({ state: 'completed', paidMad: 80_000, reportStatus: 'completed' });
    // Nothing more happens to a completed subsidy.
    await expect(head.caller.subsidies.cancel({ commune, id, reason: 'Projet abandonné' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('flags an overdue report, holds payments and blocks new applications (a setting)', async () => {
    const { rep, agent, head, commune } = await setup('chefchaouen');
    const { id } = await agent.caller.subsidies.grant({
      commune,
      associationId: rep.associationId,
      project,
      amountMad: 40_000,
      year: 2025,
      deliberation: 'Délibération n° 3/2025',
    });
    await agent.caller.subsidies.prepare({
      commune,
      id,
      deliverables: plan(id, 40_000).deliverables,
      tranches: [
        { amountMad: 30_000, dueOn: '2025-06-01', afterReport: null },
        { amountMad: 10_000, dueOn: '2026-06-01', afterReport: 'final' },
      ],
      reports: [{ kind: 'final', dueOn: '2026-02-28' }],
    });
    const signed = await head.caller.subsidies.sign({ commune, id });
    expect((await h.anon().documents.verify({ code: signed.code })).type).toBe('subsidy_decision');
    await head.caller.subsidies.pay({ commune, id, n: 1, paidOn: '2025-06-02', paymentRef: 'OP-2025-77' });

    const communeId = (
      await h.handle.db.selectFrom('communes').select('id').where('slug', '=', commune).executeTakeFirstOrThrow()
    ).id;
    // The harness's day (2026-03-07) is past the final report's due day.
    const owed = await overdueReports(h.handle.db, communeId, rep.associationId, h.clock.now());
    expect(owed).toMatchObject({
      overdue: true,
      blocksApplications: true,
      reports: [{ kind: 'final', dueOn: '2026-02-28' }],
    });
    await withCommuneSettings(
      h.handle.db,
      commune,
      { subsidies: { blockApplicationsWhileReportsOverdue: false } },
      async () => {
        expect(
          (await overdueReports(h.handle.db, communeId, rep.associationId, h.clock.now())).blocksApplications,
        ).toBe(false);
      },
    );
    const line = (await h.anon().subsidies.ledger({ commune, year: 2025 })).items.find((i) => i.id === id)!;
    expect(line).toMatchObject({ reportStatus: 'overdue', paidMad: 30_000, amountMad: 40_000, kind: 'decision' });
    await expect(
      head.caller.subsidies.pay({ commune, id, n: 2, paidOn: '2026-03-07', paymentRef: 'OP-2026-1' }),
    ).rejects.toMatchObject({ cause: { reason: 'report_overdue' } });

    const figures = (await subsidyFigures(h.handle.db, h.clock.now())).get(communeId);
    // This year's figures: the 2025 subsidy is not in them.
    expect(figures?.subsidiesCommittedMad ?? 0).toBe(0);
  });

  it('publishes beneficiaries and amounts, never bank details, bureau or payment references, per commune and for the network', async () => {
    const { rep, agent, head, commune } = await setup('mdiq');
    const { id } = await agent.caller.subsidies.grant({
      commune,
      associationId: rep.associationId,
      project,
      amountMad: 60_000,
      year: 2026,
      deliberation: 'Délibération n° 7/2026',
    });
    await agent.caller.subsidies.prepare({ commune, ...plan(id, 60_000) });
    await head.caller.subsidies.sign({ commune, id });
    await head.caller.subsidies.pay({ commune, id, n: 1, paidOn: '2026-03-01', paymentRef: 'OP-SECRET-991' });

    const ledger = await h.anon().subsidies.ledger({ commune, year: 2026 });
    const line = ledger.items.find((i) => i.id === id)!;
    expect(line).toMatchObject({
      amountMad: 60_000,
      paidMad: 40_000,
      kind: 'convention',
      state: 'signed',
      reportStatus: 'none_due',
    });
    expect(line.tranches.map((t) => t.paidOn)).toEqual(['2026-03-01', null]);
    expect(ledger.committedMad).toBeGreaterThanOrEqual(60_000);
    expect(ledger.years).toContain(2026);
    const text = JSON.stringify(ledger);
    expect(text).not.toContain(RIB);
    expect(text).not.toContain('OP-SECRET-991');
    expect(text).not.toMatch(/Président|bureau|cin/i);

    // Tenancy: another commune's ledger and desk do not hold it.
    expect((await h.anon().subsidies.ledger({ commune: 'asilah' })).items.map((i) => i.id)).not.toContain(id);
    const asilah = await h.user(`agent.${id.slice(0, 6)}@asilah.example`, ['asilah:department_head']);
    await expect(asilah.caller.subsidies.sign({ commune: 'asilah', id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(asilah.caller.subsidies.staffList({ commune: commune })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const network = await h.anon().subsidies.network({ year: 2026 });
    const m = network.communes.find((c) => c.commune === 'mdiq')!;
    expect(m.committedMad).toBeGreaterThanOrEqual(60_000);
    expect(m.paidMad).toBeGreaterThanOrEqual(40_000);
    expect(network.committedMad).toBe(network.communes.reduce((a, c) => a + c.committedMad, 0));
    expect(await fieldsOf(h.anon().subsidies.ledger({ commune, pageSize: 500 }))).toEqual(['pageSize']);

    // A subsidy cancelled before any payment leaves the public ledger; its reason stays on the desk.
    const dropped = await agent.caller.subsidies.grant({
      commune,
      associationId: rep.associationId,
      project: { ar: 'مشروع ملغى', fr: 'Projet retiré' },
      amountMad: 5_000,
      year: 2026,
      deliberation: 'Délibération n° 8/2026',
    });
    await head.caller.subsidies.cancel({ commune, id: dropped.id, reason: 'Projet retiré par l’association' });
    expect((await h.anon().subsidies.ledger({ commune })).items.map((i) => i.id)).not.toContain(dropped.id);
    expect(
      (await agent.caller.subsidies.staffList({ commune, state: 'cancelled' })).map((s) => s.closeReason),
    ).toContain('Projet retiré par l’association');

    const communeId = (
      await h.handle.db.selectFrom('communes').select('id').where('slug', '=', commune).executeTakeFirstOrThrow()
    ).id;
    const figures = (await subsidyFigures(h.handle.db, h.clock.now())).get(communeId)!;
    expect(figures).toMatchObject({
      subsidiesCommittedMad: 60_000,
      subsidiesPaidMad: 40_000,
      subsidisedAssociations: 1,
      subsidisedReportsUpToDate: 1,
    });
  });
});
