import { describe, expect, it } from 'vitest';
import { useHarness, withCommuneSettings } from './harness';

const h = useHarness();

/** The fields an error names: zod's issue paths, or a domain error's field. */
const fieldsOf = (p: Promise<unknown>) =>
  p.then(
    () => [] as string[],
    (e: { cause?: { issues?: { path: unknown[] }[]; field?: string } }) =>
      e.cause?.issues?.map((i) => i.path.join('.')) ?? (e.cause?.field ? [e.cause.field] : []),
  );

const CIN = 'ZZ998877';
const RIB = '011640000012300045678912';

const record = (name: string, extra: Record<string, unknown> = {}) => ({
  names: { ar: `جمعية ${name}`, fr: `Association ${name}` },
  object: 'Soutien scolaire et activités culturelles pour les jeunes du quartier.',
  sectors: ['education' as const, 'youth' as const],
  seatNeighbourhood: 'Al Mellah',
  bureau: [{ name: 'Membre Fictif', role: 'Président', cin: CIN }],
  rib: `0116 4000 0012 3000 4567 8912`,
  constitutedOn: '2020-01-15',
  declaredOn: '2020-02-01',
  provisionalReceiptOn: '2020-02-01',
  lastGeneralAssemblyOn: '2025-12-20',
  ...extra,
});

describe('associations registry', () => {
  it('keeps a public directory searchable by name, sector and neighbourhood, with a bounded page', async () => {
    const agent = await h.user('agent.dir@tetouan.example', ['tetouan:agent']);
    const a = await agent.caller.associations.create({ commune: 'tetouan', ...record('Nour') });
    await agent.caller.associations.create({
      commune: 'tetouan',
      ...record('Bahr', { sectors: ['environment'], seatNeighbourhood: null, branches: ['Martil Road'] }),
    });
    const all = await h.anon().associations.directory({ commune: 'tetouan' });
    expect(all.total).toBeGreaterThanOrEqual(2);
    expect(all.neighbourhoods).toEqual(expect.arrayContaining(['Al Mellah', 'Martil Road']));
    const byName = await h.anon().associations.directory({ commune: 'tetouan', q: 'nour' });
    expect(byName.items.map((i) => i.id)).toEqual([a.id]);
    const bySector = await h.anon().associations.directory({ commune: 'tetouan', sector: 'environment' });
    expect(bySector.items.map((i) => i.names.fr)).toEqual(['Association Bahr']);
    const byBranch = await h.anon().associations.directory({ commune: 'tetouan', neighbourhood: 'Martil Road' });
    expect(byBranch.items.map((i) => i.names.fr)).toEqual(['Association Bahr']);
    expect((await h.anon().associations.directory({ commune: 'asilah', q: 'nour' })).items).toEqual([]);
    expect(await fieldsOf(h.anon().associations.directory({ commune: 'tetouan', pageSize: 500 }))).toEqual([
      'pageSize',
    ]);
    const detail = await h.anon().associations.detail({ commune: 'tetouan', id: a.id });
    expect(detail.names.ar).toBe('جمعية Nour');
    expect(JSON.stringify(detail)).not.toContain(CIN);
    expect(JSON.stringify(detail)).not.toContain(RIB);
    await expect(h.anon().associations.detail({ commune: 'asilah', id: a.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('names the field of bad input', async () => {
    const agent = await h.user('agent.bad@tetouan.example', ['tetouan:agent']);
    const bad = (extra: Record<string, unknown>) =>
      agent.caller.associations.create({ commune: 'tetouan', ...record('Bad', extra) } as never);
    expect(await fieldsOf(bad({ rib: '123' }))).toEqual(['rib']);
    expect(await fieldsOf(bad({ bureau: [{ name: 'X Y', role: 'Trésorier', cin: '12' }] }))).toEqual(['bureau.0.cin']);
    expect(await fieldsOf(bad({ sectors: ['piracy'] }))).toEqual(['sectors.0']);
    expect(await fieldsOf(bad({ constitutedOn: '15/01/2020' }))).toEqual(['constitutedOn']);
  });

  it('computes the flags with their reasons from the commune’s settings', async () => {
    const agent = await h.user('agent.flags@asilah.example', ['asilah:agent']);
    // The harness's day is 2026-03-07.
    const young = await agent.caller.associations.create({
      commune: 'asilah',
      ...record('Jeune', {
        constitutedOn: '2024-06-01',
        declaredOn: '2025-12-01',
        bureauRenewedOn: '2026-01-10',
        lastGeneralAssemblyOn: '2024-01-10',
      }),
    });
    const v = await agent.caller.associations.private({ commune: 'asilah', id: young.id });
    expect(v.flags.eligibleToPetition.active).toBe(false);
    expect(v.flags.eligibleToPetition.reasons).toEqual([
      { code: 'constituted', ok: false, date: '2024-06-01', until: '2027-06-01' },
      { code: 'seat_or_branch', ok: true },
      { code: 'good_standing', ok: false },
    ]);
    expect(v.flags.changesToDeclare).toMatchObject({
      active: true,
      overdue: true,
      reasons: [
        { code: 'bureau_renewed', ok: true, date: '2026-01-10' },
        { code: 'changes_declared', ok: false, until: '2026-02-09' },
      ],
    });
    // Declared 2025-12-01, no definitive receipt: operating by law from 60 days later.
    expect(v.flags.operatingByLaw).toMatchObject({
      active: true,
      reasons: [{ code: 'declared' }, { code: 'definitive_receipt', ok: false, until: '2026-01-30' }],
    });
    expect(v.flags.documentsOutOfDate.active).toBe(true);
    expect(v.flags.documentsOutOfDate.reasons[0]).toMatchObject({ code: 'general_assembly', ok: false });

    // A commune's own figures replace the law's defaults (a 90-day receipt period, 1 year to petition).
    await withCommuneSettings(
      h.handle.db,
      'asilah',
      { associations: { definitiveReceiptDays: 120, petitionMinYears: 1 } },
      async () => {
        const w = await agent.caller.associations.private({ commune: 'asilah', id: young.id });
        expect(w.flags.operatingByLaw.active).toBe(false);
        expect(w.flags.eligibleToPetition.reasons[0]).toMatchObject({ ok: true, until: '2025-06-01' });
      },
    );

    // Good standing: changes declared, a recent assembly, statutes and minutes on file.
    await agent.caller.associations.update({
      commune: 'asilah',
      id: young.id,
      patch: { changesDeclaredOn: '2026-01-20', lastGeneralAssemblyOn: '2026-01-10' },
    });
    const pdf = Buffer.from('%PDF-1.4\n% statutes\n').toString('base64');
    for (const kind of ['statutes', 'general_assembly_minutes'] as const)
      await agent.caller.associations.addDocument({
        commune: 'asilah',
        id: young.id,
        kind,
        file: { name: `${kind}.pdf`, dataBase64: pdf },
      });
    const ok = await agent.caller.associations.private({ commune: 'asilah', id: young.id });
    expect(ok.flags.changesToDeclare.active).toBe(false);
    expect(ok.flags.documentsOutOfDate.active).toBe(false);
    // In good standing now; only its age (under 3 years) still keeps it from petitioning.
    expect(ok.flags.eligibleToPetition.reasons.map((r) => [r.code, r.ok])).toEqual([
      ['constituted', false],
      ['seat_or_branch', true],
      ['good_standing', true],
    ]);
    expect(ok.documents.map((d) => d.kind).sort()).toEqual(['general_assembly_minutes', 'statutes']);
    // A file that is neither a PDF nor an image is refused with the field named, and nothing is stored.
    expect(
      await fieldsOf(
        agent.caller.associations.addDocument({
          commune: 'asilah',
          id: young.id,
          kind: 'statutes',
          file: { dataBase64: Buffer.from('just some text, not a scan').toString('base64') },
        }),
      ),
    ).toEqual(['file']);
    expect((await agent.caller.associations.private({ commune: 'asilah', id: young.id })).documents).toHaveLength(2);
  });

  it('lets a person represent an association once staff verify, propose changes, and keeps every version', async () => {
    const agent = await h.user('agent.rep@tetouan.example', ['tetouan:agent']);
    const a = await agent.caller.associations.create({ commune: 'tetouan', ...record('Amal') });
    const other = await agent.caller.associations.create({ commune: 'tetouan', ...record('Autre') });
    const citizen = await h.user('citizen.rep@example.ma');
    const otherRep = await h.user('other.rep@example.ma');
    const asilahStaff = await h.user('staff.rep@asilah.example', ['asilah:commune_admin']);

    // Before verification: nothing private.
    const req = await citizen.caller.associations.requestRepresentation({
      commune: 'tetouan',
      id: a.id,
      role: 'Secrétaire général',
    });
    expect(req.state).toBe('requested');
    await expect(
      citizen.caller.associations.requestRepresentation({ commune: 'tetouan', id: a.id, role: 'Secrétaire' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(citizen.caller.associations.private({ commune: 'tetouan', id: a.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      citizen.caller.associations.proposeChange({
        commune: 'tetouan',
        id: a.id,
        patch: { object: 'Nouvel objet social.' },
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // Staff refuse with a reason (the field is named when it is missing), or verify.
    const otherReq = await otherRep.caller.associations.requestRepresentation({
      commune: 'tetouan',
      id: other.id,
      role: 'Trésorier',
    });
    expect(
      await fieldsOf(
        agent.caller.associations.decideRepresentative({ commune: 'tetouan', id: req.id, decision: 'refuse' }),
      ),
    ).toEqual(['reason']);
    const queue = await agent.caller.associations.representatives({ commune: 'tetouan' });
    expect(queue.map((r) => r.id)).toEqual(expect.arrayContaining([req.id, otherReq.id]));
    await expect(
      asilahStaff.caller.associations.decideRepresentative({ commune: 'tetouan', id: req.id, decision: 'verify' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await agent.caller.associations.decideRepresentative({ commune: 'tetouan', id: req.id, decision: 'verify' });
    await agent.caller.associations.decideRepresentative({ commune: 'tetouan', id: otherReq.id, decision: 'verify' });
    await expect(
      agent.caller.associations.decideRepresentative({ commune: 'tetouan', id: req.id, decision: 'verify' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    // The representative reads the private part of their association, not another's.
    const mine = await citizen.caller.associations.private({ commune: 'tetouan', id: a.id });
    expect(mine.record.bureau[0]!.cin).toBe(CIN);
    expect(mine.record.rib).toBe(RIB);
    expect(mine.asStaff).toBe(false);
    await expect(otherRep.caller.associations.private({ commune: 'tetouan', id: a.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(asilahStaff.caller.associations.private({ commune: 'tetouan', id: a.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await citizen.caller.associations.myRequests({ commune: 'tetouan' }))[0]).toMatchObject({
      associationId: a.id,
      state: 'verified',
    });

    // A proposed change waits for review; accepted, it makes version 2 (kept with version 1), audited.
    const change = await citizen.caller.associations.proposeChange({
      commune: 'tetouan',
      id: a.id,
      patch: { object: 'Soutien scolaire, culture et sport pour les jeunes.', bureauRenewedOn: '2026-02-01' },
    });
    expect((await h.anon().associations.detail({ commune: 'tetouan', id: a.id })).object).not.toContain('sport');
    const pending = await agent.caller.associations.changes({ commune: 'tetouan' });
    expect(pending.map((c) => c.id)).toContain(change.id);
    expect(
      await fieldsOf(agent.caller.associations.reviewChange({ commune: 'tetouan', id: change.id, decision: 'reject' })),
    ).toEqual(['reason']);
    const done = await agent.caller.associations.reviewChange({
      commune: 'tetouan',
      id: change.id,
      decision: 'accept',
    });
    expect(done).toMatchObject({ state: 'accepted', version: 2 });
    expect((await h.anon().associations.detail({ commune: 'tetouan', id: a.id })).object).toContain('sport');
    const rejected = await citizen.caller.associations.proposeChange({
      commune: 'tetouan',
      id: a.id,
      patch: { rib: '011640000012300045678999' },
    });
    await agent.caller.associations.reviewChange({
      commune: 'tetouan',
      id: rejected.id,
      decision: 'reject',
      reason: 'The bank certificate is missing.',
    });
    const versions = await agent.caller.associations.versions({ commune: 'tetouan', id: a.id });
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[1]!.record).toMatchObject({ object: expect.not.stringContaining('sport') });
    expect(versions[0]!.changeId).toBe(change.id);
    expect((await agent.caller.associations.private({ commune: 'tetouan', id: a.id })).record.rib).toBe(RIB);
    const audit = await h.handle.db.selectFrom('auditLog').select('action').where('targetId', '=', a.id).execute();
    // One clock instant for the whole test: compared as a set of actions.
    expect(audit.map((x) => x.action).sort()).toEqual(
      [
        'association.created',
        'association.representative_requested',
        'association.representative_verified',
        'association.change_proposed',
        'association.change_accepted',
        'association.change_proposed',
        'association.change_rejected',
      ].sort(),
    );
  });

  it('never lets bank details or bureau CINs out to anyone but staff and verified representatives', async () => {
    const agent = await h.user('agent.leak@asilah.example', ['asilah:agent']);
    const a = await agent.caller.associations.create({ commune: 'asilah', ...record('Secret') });
    const requester = await h.user('requester.leak@example.ma');
    await requester.caller.associations.requestRepresentation({ commune: 'asilah', id: a.id, role: 'Membre' });
    const other = await agent.caller.associations.create({ commune: 'asilah', ...record('Voisine') });
    const otherRep = await h.user('otherrep.leak@example.ma');
    const r = await otherRep.caller.associations.requestRepresentation({
      commune: 'asilah',
      id: other.id,
      role: 'Président',
    });
    await agent.caller.associations.decideRepresentative({ commune: 'asilah', id: r.id, decision: 'verify' });
    const tetouanStaff = await h.user('staff.leak@tetouan.example', [
      'tetouan:agent',
      'tetouan:commune_admin',
      'network:coordinator',
    ]);
    const callers = {
      anonymous: h.anon(),
      tetouanStaff: tetouanStaff.caller,
      requester: requester.caller,
      otherRep: otherRep.caller,
    };
    const queries = [
      'directory',
      'detail',
      'private',
      'myRequests',
      'staffList',
      'versions',
      'representatives',
      'changes',
    ];
    let answered = 0;
    for (const [who, caller] of Object.entries(callers)) {
      for (const q of queries) {
        for (const input of [
          { commune: 'asilah', id: a.id },
          { commune: 'asilah' },
          { commune: 'tetouan', id: a.id },
        ]) {
          const fn = (caller.associations as unknown as Record<string, (i: unknown) => Promise<unknown>>)[q]!;
          const out = await fn(input).catch(() => undefined);
          if (out === undefined) continue;
          answered++;
          const json = JSON.stringify(out);
          expect(json.includes(CIN) || json.includes(RIB), `${who} ${q}(${JSON.stringify(input)})`).toBe(false);
        }
      }
    }
    expect(answered).toBeGreaterThan(8);
  });
});
