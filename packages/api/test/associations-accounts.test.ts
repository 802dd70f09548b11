import { describe, expect, it } from 'vitest';
import { representative } from './associations-fixture';
import { useHarness } from './harness';

// Signing: a subsidy is signed (convention or decision PDF) before its reports are owed.
const h = useHarness({
  signing: { secret: 'test-only-secret-accounts-0123456789abcdefghijklmnop', publicUrl: 'https://shabaka.example' },
});

const PDF = Buffer.from('%PDF-1.4\n% accounts of the subsidy\n').toString('base64');
const project = { ar: 'مكتبة الحي', fr: 'Bibliothèque de quartier' };

/** An association of `commune` with a verified representative, its bank details, and the staff who fund it. */
async function setup(commune: string) {
  const n = Math.random().toString(36).slice(2, 8);
  const rep = await representative(h, commune, `rep.${n}@accounts.example`);
  const agent = await h.user(`agent.${n}@accounts.example`, [`${commune}:agent`]);
  const head = await h.user(`head.${n}@accounts.example`, [`${commune}:department_head`]);
  await agent.caller.associations.update({
    commune,
    id: rep.associationId,
    patch: { rib: '011640000012300045678912' },
  });
  return { rep, agent, head, commune };
}

/** A 2025 decision below the threshold, signed, whose final report was due 2026-02-28 (the harness's day is 2026-03-07). */
async function subsidise(s: Awaited<ReturnType<typeof setup>>, year: number, finalDue: string) {
  const { id } = await s.agent.caller.subsidies.grant({
    commune: s.commune,
    associationId: s.rep.associationId,
    project,
    amountMad: 20_000,
    year,
    deliberation: `Délibération n° 7/${year}`,
  });
  await s.agent.caller.subsidies.prepare({
    commune: s.commune,
    id,
    deliverables: [{ ar: 'فتح المكتبة ثلاثة أيام في الأسبوع', fr: 'Ouverture trois jours par semaine' }],
    tranches: [{ amountMad: 20_000, dueOn: `${year}-06-01`, afterReport: null }],
    reports: [{ kind: 'final', dueOn: finalDue }],
  });
  await s.head.caller.subsidies.sign({ commune: s.commune, id });
  return id;
}

describe('the registry’s art. 32 flag: accounts due when subsidised', () => {
  it('is off for an association the commune never subsidised', async () => {
    const { rep, commune } = await setup('mdiq');
    const v = await rep.caller.associations.private({ commune, id: rep.associationId });
    expect(v.flags.accountsDue).toEqual({ active: false, overdue: false, reasons: [] });
  });

  it('names the subsidised years and each overdue report, to staff and representatives, computed not stored', async () => {
    const s = await setup('chefchaouen');
    const { rep, agent, commune } = s;
    await subsidise(s, 2024, '2025-01-31');
    const id = await subsidise(s, 2025, '2026-02-28');

    const own = await rep.caller.associations.private({ commune, id: rep.associationId });
    expect(own.flags.accountsDue).toMatchObject({ active: true, overdue: true });
    expect(own.flags.accountsDue.reasons).toEqual([
      { code: 'subsidised', ok: true, year: 2024 },
      { code: 'subsidised', ok: true, year: 2025 },
      { code: 'report_overdue', ok: false, report: 'final', until: '2025-01-31', project },
      { code: 'report_overdue', ok: false, report: 'final', until: '2026-02-28', project },
    ]);
    const listed = (await agent.caller.associations.staffList({ commune })).find((a) => a.id === rep.associationId)!;
    expect(listed.flags.accountsDue).toEqual(own.flags.accountsDue);

    // The 2025 report filed: only the 2024 one is still owed; the years stay (accounts are due for each).
    const owed = (await rep.caller.subsidies.mine({ commune })).find((x) => x.id === id)!.reports[0]!;
    await rep.caller.subsidies.fileReport({
      commune,
      reportId: owed.id,
      narrative: 'La bibliothèque a ouvert trois jours par semaine toute l’année.',
      financialFile: { name: 'comptes-2025.pdf', dataBase64: PDF },
    });
    const after = await rep.caller.associations.private({ commune, id: rep.associationId });
    expect(after.flags.accountsDue.reasons.filter((r) => r.code === 'report_overdue')).toEqual([
      { code: 'report_overdue', ok: false, report: 'final', until: '2025-01-31', project },
    ]);
  });

  it('says the reports are up to date when none is overdue, and keeps the flag out of the public page', async () => {
    const s = await setup('asilah');
    await subsidise(s, 2026, '2027-01-31');
    const v = await s.rep.caller.associations.private({ commune: s.commune, id: s.rep.associationId });
    expect(v.flags.accountsDue).toEqual({
      active: true,
      overdue: false,
      reasons: [
        { code: 'subsidised', ok: true, year: 2026 },
        { code: 'reports_up_to_date', ok: true },
      ],
    });
    const pub = await h.anon().associations.detail({ commune: s.commune, id: s.rep.associationId });
    expect(JSON.stringify(pub)).not.toContain('accountsDue');
    // Another commune's association with the same standing elsewhere is not flagged here.
    const other = await setup('tetouan');
    const o = await other.rep.caller.associations.private({ commune: 'tetouan', id: other.rep.associationId });
    expect(o.flags.accountsDue.active).toBe(false);
  });
});
