import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { budgetDataset, budgetFigures, seedDemoBudget } from '../src/budget';
import { CSV_COLUMNS } from '../src/budget/csv';
import { fieldErrorsOf } from '../src/trpc';
import { useHarness } from './harness';
import { validateTable, type TableSchema } from './table-schema';

const h = useHarness();

const HEADER = CSV_COLUMNS.join(',');
/** A small, valid file: two revenue lines, three expenditure lines (amounts in dirhams as staff type them). */
const GOOD = [
  HEADER,
  'revenue,functioning,10,10,10,11,الرسم على الأراضي غير المبنية,Taxe TNB,,1500000.00,,,,982500.50',
  'revenue,investment,30,20,10,11,إعانات الدولة,Subventions de l’État,Subvenciones,"2 000 000,00",2500000,,,1000000',
  'expenditure,functioning,20,10,10,11,أجور الموظفين,Traitements du personnel,Sueldos,4200000,4250000,4100000,3955000.25,',
  'expenditure,investment,40,10,10,11,تهيئة الطرق,Aménagement de la voirie,,2000000,1800000,1200000,640000,',
  'expenditure,investment,40,20,10,11,المساحات الخضراء,Espaces verts,,500000,500000,650000,100000,',
].join('\r\n');

const raw = async (versionId: string) =>
  (
    await sql<{
      direction: string;
      part: string;
      forecast: string;
      committed: string | null;
      paid: string | null;
      collected: string | null;
    }>`select direction, part, sum(forecast_amended)::text as forecast, sum(committed)::text as committed,
         sum(paid)::text as paid, sum(collected)::text as collected
       from budget_lines where version_id = ${versionId} group by direction, part order by direction, part`.execute(
      h.handle.db,
    )
  ).rows;

describe('budget import', () => {
  it('refuses a file with bad lines, naming each line and column, and applies nothing', async () => {
    const agent = await h.user('agent.budget@example.ma', ['tetouan:department_head']);
    const bad = [
      HEADER,
      'revenue,functioning,10,10,10,11,رسم,Taxe,,1500000,,,,900000',
      // line 3: paid above committed
      'expenditure,functioning,20,10,10,11,أجور,Traitements,,4200000,,4100000,4200000,',
      // line 4: three decimals; a code with a letter
      'expenditure,investment,4A,10,10,11,طرق,Voirie,,2000000.125,,10,5,',
      // line 5: a revenue line with a commitment; line 6 repeats line 2's codes
      'revenue,investment,30,20,10,11,إعانات,Subventions,,100,,50,,100',
      'revenue,functioning,10,10,10,11,رسم,Taxe,,1,,,,1',
      // line 7: an unknown direction and labels too short; line 8: an expenditure without paid
      'spending,functioning,20,10,10,12,x,y,,1,,1,,',
      'expenditure,functioning,20,10,10,13,نقل,Transport,,1,,1,,',
    ].join('\r\n');
    const r = await agent.caller.budget.importCsv({ commune: 'tetouan', year: 2026, csv: bad, apply: true });
    expect(r.applied).toBeNull();
    expect(r.issues.map((i) => [i.line, i.column, i.rule])).toEqual([
      [3, 'paid', 'paid_over_committed'],
      [4, 'chapter', 'code'],
      [4, 'forecast_initial', 'amount'],
      [5, 'committed', 'expenditure_only'],
      [6, 'line', 'duplicate'],
      [7, 'direction', 'direction'],
      [7, 'label_ar', 'label'],
      [7, 'label_fr', 'label'],
      [8, 'paid', 'required'],
    ]);
    expect(r.issues.find((i) => i.rule === 'duplicate')?.earlier).toBe(2);
    const versions = await h.handle.db.selectFrom('budgetVersions').select('id').execute();
    expect(versions).toEqual([]);
    expect(await h.handle.db.selectFrom('budgetLines').select('position').execute()).toEqual([]);
  });

  it('checks a file slice by slice (the progress bar), each slice reporting its own lines', async () => {
    const agent = await h.user('agent2.budget@example.ma', ['tetouan:department_head']);
    const bad = GOOD.replace('4100000,3955000.25', '4100000,4200000');
    const seen: number[] = [];
    let offset: number | null = 0;
    const steps: number[] = [];
    while (offset !== null) {
      const r: Awaited<ReturnType<typeof agent.caller.budget.importCsv>> = await agent.caller.budget.importCsv({
        commune: 'tetouan',
        year: 2026,
        csv: bad,
        offset,
        limit: 2,
      });
      expect(r.applied).toBeNull();
      seen.push(...r.issues.map((i) => i.line));
      steps.push(r.checked);
      offset = r.nextOffset;
    }
    expect(steps).toEqual([2, 4, 5]);
    expect(seen).toEqual([4]);
  });

  it('refuses a wrong header and an empty file', async () => {
    const agent = await h.user('agent3.budget@example.ma', ['tetouan:department_head']);
    const r = await agent.caller.budget.importCsv({
      commune: 'tetouan',
      year: 2026,
      csv: GOOD.replace('label_fr', 'libelle'),
      apply: true,
    });
    expect(r.issues).toMatchObject([{ line: 1, column: 'label_fr', rule: 'header' }]);
    await expect(
      agent.caller.budget.importCsv({ commune: 'tetouan', year: 2026, csv: '\uFEFF \r\n' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { reason: 'empty_file' } });
    const err = await agent.caller.budget.importCsv({ commune: 'tetouan', year: 1999, csv: GOOD }).catch((e) => e);
    expect(err.code).toBe('BAD_REQUEST');
    expect(fieldErrorsOf(err.cause)).toEqual({ year: ['Write a year from 2000'] });
  });
});

describe('budget versions and publication', () => {
  it('keeps each import as a dated version, shows citizens only what is published, figures equal the raw rows', async () => {
    const agent = await h.user('agent4.budget@example.ma', ['asilah:department_head']);
    const c = { commune: 'asilah' as const };
    const first = await agent.caller.budget.importCsv({ ...c, year: 2025, csv: GOOD, fileName: 'b.csv', apply: true });
    expect(first.applied).toMatchObject({ year: 2025, version: 1, lines: 5 });
    // Committed above the amended forecast is a warning: the file still applies.
    expect(first.warnings.map((w) => [w.line, w.column, w.rule])).toEqual([
      [6, 'committed', 'committed_over_forecast'],
    ]);
    // A draft is not public.
    expect(await h.anon().budget.years(c)).toEqual([]);
    await expect(h.anon().budget.get({ ...c, year: 2025 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const asilah = await h.handle.db
      .selectFrom('communes')
      .select('id')
      .where('slug', '=', 'asilah')
      .executeTakeFirstOrThrow();
    expect(await budgetFigures(h.handle.db, asilah.id, 2025)).toBeNull();

    await agent.caller.budget.publish({ ...c, versionId: first.applied!.versionId });
    h.clock.advance(86_400_000);
    const second = await agent.caller.budget.importCsv({
      ...c,
      year: 2025,
      csv: GOOD.replace('4100000,3955000.25', '4200000,4150000'),
      apply: true,
    });
    expect(second.applied?.version).toBe(2);
    // Version 2 is a draft: the public still reads version 1.
    const v1 = await h.anon().budget.get({ ...c, year: 2025 });
    expect(v1.version).toBe(1);
    expect(v1.totals.expenditure.paid).toBe(395_500_025 + 64_000_000 + 10_000_000);
    await agent.caller.budget.publish({ ...c, versionId: second.applied!.versionId });
    const v2 = await h.anon().budget.get({ ...c, year: 2025 });
    expect(v2.version).toBe(2);
    expect(v2.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(v2.totals.expenditure.committed).toBe(420_000_000 + 120_000_000 + 65_000_000);
    // The earlier published version reads again exactly as it was.
    expect(await h.anon().budget.get({ ...c, year: 2025, version: 1 })).toEqual(v1 && { ...v1, versions: v2.versions });
    await expect(agent.caller.budget.publish({ ...c, versionId: first.applied!.versionId })).rejects.toMatchObject({
      cause: { reason: 'already_published' },
    });

    // The figures other domains read equal the same sums over the raw table.
    const figures = (await budgetFigures(h.handle.db, asilah.id, 2025))!;
    const rows = await raw(second.applied!.versionId);
    const sum = (direction: string, k: 'forecast' | 'committed' | 'paid' | 'collected', part?: string) =>
      rows
        .filter((r) => r.direction === direction && (!part || r.part === part))
        .reduce((s, r) => s + Number(r[k] ?? 0), 0);
    expect(figures.version).toBe(2);
    expect(figures.expenditure.forecast).toBe(sum('expenditure', 'forecast'));
    expect(figures.expenditure.committed).toBe(sum('expenditure', 'committed'));
    expect(figures.expenditure.paid).toBe(sum('expenditure', 'paid'));
    expect(figures.revenue.forecast).toBe(sum('revenue', 'forecast'));
    expect(figures.revenue.collected).toBe(sum('revenue', 'collected'));
    for (const part of ['functioning', 'investment'] as const) {
      expect(figures.expenditure.byPart[part].paid).toBe(sum('expenditure', 'paid', part));
      expect(figures.revenue.byPart[part].collected).toBe(sum('revenue', 'collected', part));
    }
    // Amounts are exact centimes: "2 000 000,00" amended to 2500000; 982500.50 collected.
    expect(figures.revenue.byPart.investment.forecastInitial).toBe(200_000_000);
    expect(figures.revenue.byPart.investment.forecast).toBe(250_000_000);
    expect(figures.revenue.byPart.functioning.collected).toBe(98_250_050);

    // A refused file later changes nothing: no third version, the published figures as they were.
    const refused = await agent.caller.budget.importCsv({
      ...c,
      year: 2025,
      csv: GOOD.replace('1200000,640000', '1200000,1300000'),
      apply: true,
    });
    expect(refused.applied).toBeNull();
    expect(refused.issues.map((i) => [i.line, i.column])).toEqual([[5, 'paid']]);
    expect(await budgetFigures(h.handle.db, asilah.id, 2025)).toEqual(figures);

    // Staff see both versions, newest first, with their totals.
    const staff = await agent.caller.budget.versions({ ...c, year: 2025 });
    expect(staff.map((v) => [v.version, v.publishedAt !== null])).toEqual([
      [2, true],
      [1, true],
    ]);
  });

  it('keeps communes apart: only a commune’s staff import or publish, and each reads its own', async () => {
    const agent = await h.user('agent5.budget@example.ma', ['chefchaouen:department_head']);
    const r = await agent.caller.budget.importCsv({ commune: 'chefchaouen', year: 2026, csv: GOOD, apply: true });
    const input = { commune: 'chefchaouen', year: 2026, csv: GOOD, apply: true };
    await expect(h.anon().budget.importCsv(input)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const citizen = await h.user('citizen.budget@example.ma');
    await expect(citizen.caller.budget.importCsv(input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // An agent of the same commune: the budget is its finance head's and admins', not every counter's.
    const counter = await h.user('counter.budget@example.ma', ['chefchaouen:agent']);
    await expect(counter.caller.budget.importCsv(input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const outsider = await h.user('outsider.budget@example.ma', ['mdiq:commune_admin']);
    await expect(outsider.caller.budget.importCsv(input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      outsider.caller.budget.publish({ commune: 'chefchaouen', versionId: r.applied!.versionId }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Another commune's version id through one's own commune is unknown there.
    await expect(
      outsider.caller.budget.publish({ commune: 'mdiq', versionId: r.applied!.versionId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', cause: { reason: 'unknown_version' } });
    await expect(
      outsider.caller.budget.exportVersion({ commune: 'mdiq', versionId: r.applied!.versionId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await outsider.caller.budget.versions({ commune: 'mdiq' })).toEqual([]);
    await agent.caller.budget.publish({ commune: 'chefchaouen', versionId: r.applied!.versionId });
    await expect(h.anon().budget.get({ commune: 'mdiq', year: 2026 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await h.anon().budget.get({ commune: 'chefchaouen', year: 2026 })).lines).toHaveLength(5);
    // The staff export reads back as the same file.
    const exported = await agent.caller.budget.exportVersion({
      commune: 'chefchaouen',
      versionId: r.applied!.versionId,
    });
    const again = await agent.caller.budget.importCsv({ commune: 'chefchaouen', year: 2026, csv: exported.csv });
    expect(again.issues).toEqual([]);
  });
});

describe('budget data package', () => {
  it('publishes a Fiscal Data Package whose every row matches its Table Schema', async () => {
    const p = await h.anon().budget.dataPackage({ commune: 'chefchaouen', year: 2026 });
    const schema = p.datapackage.resources[0]!.schema as TableSchema;
    expect(p.datapackage.resources[0]!.path).toBe(p.csvName);
    expect(validateTable(schema, p.csv)).toEqual([]);
    const names = schema.fields.map((f) => f.name);
    // The fiscal model names real columns, in MAD.
    for (const m of Object.values(p.datapackage.model.measures)) {
      expect(names).toContain(m.source);
      expect(m.currency).toBe('MAD');
    }
    for (const d of Object.values(p.datapackage.model.dimensions))
      for (const a of Object.values(d.attributes) as { source: string }[]) expect(names).toContain(a.source);
    expect(p.datapackage.fiscalPeriod).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    // The check can fail: a negative amount, a missing label and a repeated key are each caught.
    const lines = p.csv.split('\r\n');
    const broken = [
      lines[0],
      lines[1]!.replace(',1500000.00,', ',-1.00,'),
      lines[2]!.replace('إعانات الدولة', ''),
      lines[2],
    ].join('\r\n');
    expect(validateTable(schema, broken)).toEqual([
      expect.stringContaining('below 0'),
      expect.stringContaining('label_ar "": required'),
      expect.stringContaining('primary key repeated'),
    ]);
    // The open-data dataset reads the same published rows with the same fields.
    const chef = await h.handle.db
      .selectFrom('communes')
      .select('id')
      .where('slug', '=', 'chefchaouen')
      .executeTakeFirstOrThrow();
    const rows = await budgetDataset.rows(h.handle.db, chef.id, h.clock.now());
    expect(budgetDataset.fields.map((f) => f.name)).toEqual(names);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({
      commune: 'chefchaouen',
      fiscal_year: 2026,
      forecast_initial: 1_500_000,
      collected: 982_500.5,
    });
  });

  it('gives a template that imports clean, and seeds plausible demo budgets for the five communes', async () => {
    const t = await h.anon().budget.template({ commune: 'tetouan' });
    const agent = await h.user('agent6.budget@example.ma', ['tetouan:department_head']);
    const r = await agent.caller.budget.importCsv({ commune: 'tetouan', year: 2024, csv: t.csv });
    expect(r.issues).toEqual([]);
    const admin = await h.user('admin.demo.budget@example.ma', ['tetouan:commune_admin']);
    const seeded = await seedDemoBudget({ db: h.handle.db, clock: h.clock }, async () => ({ adminId: admin.id }));
    // Asilah and Chefchaouen already have versions (above), so they are left alone; the others are seeded once.
    expect(seeded).toBe(3);
    expect(await seedDemoBudget({ db: h.handle.db, clock: h.clock }, async () => ({ adminId: admin.id }))).toBe(0);
    const ksar = await h.anon().budget.get({ commune: 'ksar-el-kebir', year: 2026 });
    expect(ksar.versions).toHaveLength(2);
    expect(ksar.totals.expenditure.paid).toBeLessThanOrEqual(ksar.totals.expenditure.committed);
    const p = await h.anon().budget.dataPackage({ commune: 'ksar-el-kebir', year: 2025 });
    expect(validateTable(p.datapackage.resources[0]!.schema as TableSchema, p.csv)).toEqual([]);
  });
});
