import { COMMUNES, LIFE_EVENTS, PROCEDURE_THEMES } from '@shabaka/db';
import { describe, expect, it } from 'vitest';
import { runAdminCommand } from '../src/admin';
import { parseCsv, toCsv } from '../src/procedures/csv';
import { formatHours, hoursToText, parseHoursText } from '../src/procedures/hours';
import { procedureSheetPdf } from '../src/procedures/sheet-service';
import { useHarness } from './harness';

const h = useHarness();
const deps = () => ({ db: h.handle.db, events: h.events });

describe('procedure catalogue', () => {
  it('seeds at least twelve network templates in three languages, classified by theme and life event', async () => {
    const list = await h.anon().procedures.list({ commune: 'asilah' });
    expect(list.length).toBeGreaterThanOrEqual(12);
    for (const p of list) {
      expect(p.names.ar && p.names.fr && p.names.es, p.code).toBeTruthy();
      expect(p.themes.length, p.code).toBeGreaterThan(0);
      expect(p.documents.length, p.code).toBeGreaterThan(0);
      expect(p.legalBasis.length, p.code).toBeGreaterThan(0);
    }
    expect(list.map((p) => p.code)).toEqual(
      expect.arrayContaining([
        'birth-certificate-extract',
        'signature-legalisation',
        'certified-copy',
        'residence-certificate',
        'building-permit',
        'business-licence',
        'burial-permit',
      ]),
    );
    const themes = await h.anon().procedures.themes();
    expect(themes.themes.map((t) => t.code)).toEqual([...PROCEDURE_THEMES]);
    expect(themes.lifeEvents.map((t) => t.code)).toEqual([...LIFE_EVENTS]);
    expect(themes.themes.find((t) => t.code === 'civil-status')!.count).toBeGreaterThanOrEqual(5);
    const building = await h.anon().procedures.list({ commune: 'asilah', lifeEvent: 'building-house' });
    expect(building.map((p) => p.code)).toEqual(expect.arrayContaining(['building-permit', 'habitation-permit']));
    expect(building.every((p) => p.lifeEvents.includes('building-house'))).toBe(true);
    const urbanism = await h.anon().procedures.list({ commune: 'asilah', theme: 'urban-planning' });
    expect(urbanism.every((p) => p.themes.includes('urban-planning'))).toBe(true);
  });

  it("merges Tetouan's override into the template and says which fields are its own", async () => {
    const tet = await h.anon().procedures.get({ commune: 'tetouan', code: 'residence-certificate' });
    expect(tet.feeMad).toBe(5);
    expect(tet.processingDays).toBe(2);
    expect(tet.office?.fr).toBe("Guichet n° 3 — Bureau central de l'état civil");
    expect(tet.hours).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:30', closes: '16:30' },
      { days: ['sat'], opens: '09:00', closes: '12:00' },
    ]);
    expect(tet.overridden.sort()).toEqual(['feeMad', 'hours', 'office', 'processingDays']);
    expect(tet.toVerify).not.toContain('feeMad');
    expect(tet.portalPath).toBe('/tetouan/procedures/residence-certificate');
    expect(tet.servicePoints.length).toBeGreaterThan(0);
    const asilah = await h.anon().procedures.get({ commune: 'asilah', code: 'residence-certificate' });
    expect(asilah.feeMad).toBe(0);
    expect(asilah.processingDays).toBe(3);
    expect(asilah.overridden).toEqual([]);
    await expect(h.anon().procedures.get({ commune: 'asilah', code: 'no-such-thing' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('search in Arabic and French', () => {
  const queries = ['شهادة السكنى', 'certificat de résidence', 'certificat de residence', 'certifica de residance'];
  for (const q of queries) {
    it(`finds the residence certificate for "${q}" with Tetouan's own values`, async () => {
      const { results } = await h.anon().procedures.search({ commune: 'tetouan', q });
      const top = results[0]!;
      expect(top.code).toBe('residence-certificate');
      expect(top.feeMad).toBe(5);
      expect(top.processingDays).toBe(2);
      expect(top.office?.ar).toBe('الشباك رقم 3 — المكتب المركزي للحالة المدنية');
      expect(top.overridden).toContain('feeMad');
      // Where to go: the commune's service points that offer it.
      expect(top.servicePoints.map((p) => p.code)).toEqual(
        expect.arrayContaining(['town-hall', 'civil-status-central']),
      );
      expect(top.servicePoints[0]!.location.lat).toBeCloseTo(35.58, 1);
    });
  }

  it('ranks exact text matches above trigram matches and folds Arabic spelling variants', async () => {
    const exact = await h.anon().procedures.search({ commune: 'tetouan', q: 'certificat de résidence' });
    expect(exact.results[0]!.match).toBe('text');
    const typo = await h.anon().procedures.search({ commune: 'tetouan', q: 'certifica de residance' });
    expect(typo.results[0]!.match).toBe('similar');
    for (const q of ['شهاده السكني', 'شَهَادَةُ السُّكْنَى', 'شهـــادة السكنى']) {
      const r = await h.anon().procedures.search({ commune: 'tetouan', q });
      expect(r.results[0]?.code, q).toBe('residence-certificate');
      expect(r.results[0]?.match, q).toBe('text');
    }
    const legal = await h.anon().procedures.search({ commune: 'tetouan', q: 'تصحيح الامضاء' });
    expect(legal.results[0]!.code).toBe('signature-legalisation');
    const spanish = await h.anon().procedures.search({ commune: 'chefchaouen', q: 'licencia de obras' });
    expect(spanish.results[0]!.code).toBe('building-permit');
  });

  it("gives another commune's values for the same query and honours theme and life-event filters", async () => {
    const { results } = await h.anon().procedures.search({ commune: 'asilah', q: 'شهادة السكنى' });
    expect(results[0]!.code).toBe('residence-certificate');
    expect(results[0]!.feeMad).toBe(0);
    const civil = await h.anon().procedures.search({ commune: 'tetouan', q: 'certificat', theme: 'civil-status' });
    expect(civil.results.every((r) => r.themes.includes('civil-status'))).toBe(true);
    expect(civil.results.map((r) => r.code)).not.toContain('residence-certificate');
    const birth = await h.anon().procedures.search({ commune: 'tetouan', q: 'acte', lifeEvent: 'death' });
    expect(birth.results.map((r) => r.code)).toContain('death-certificate-extract');
    expect(birth.results.every((r) => r.lifeEvents.includes('death'))).toBe(true);
    const none = await h.anon().procedures.search({ commune: 'tetouan', q: 'zzzqqxx' });
    expect(none.results).toEqual([]);
    const tooShort = await h
      .anon()
      .procedures.search({ commune: 'tetouan', q: 'a' })
      .catch((e) => e);
    expect(tooShort.code).toBe('BAD_REQUEST');
    expect(tooShort.cause.issues[0].path).toEqual(['q']);
  });
});

describe('comparison across the network', () => {
  it("shows the five communes' effective fee, delay, channels and documents side by side", async () => {
    const c = await h.anon().procedures.compare({ code: 'residence-certificate' });
    expect(c.communes).toHaveLength(5);
    expect(c.communes.map((x) => x.commune).sort()).toEqual(COMMUNES.map((x) => x.slug).sort());
    const by = Object.fromEntries(c.communes.map((x) => [x.commune, x]));
    expect(by.tetouan!.feeMad).toBe(5);
    expect(by.tetouan!.processingDays).toBe(2);
    expect(by.mdiq!.processingDays).toBe(1);
    expect(by.asilah!.feeMad).toBe(0);
    expect(by.asilah!.processingDays).toBe(3);
    expect(by.asilah!.documentCount).toBe(c.template.documents.length);
    expect(c.summary).toMatchObject({ feeMin: 0, feeMax: 5, daysMin: 1, daysMax: 3 });
    expect(c.summary.differing).toEqual(expect.arrayContaining(['feeMad', 'processingDays']));
    expect(c.summary.differing).not.toContain('documents');
  });
});

describe('editing with versions', () => {
  it('lets a Tetouan department head edit Tetouan and refuses M’diq, agents and anonymous callers', async () => {
    const head = await h.user('head.tet@example.ma', ['tetouan:department_head']);
    const agent = await h.user('agent.proc@example.ma', ['tetouan:agent']);
    const r = await head.caller.procedures.update({
      commune: 'tetouan',
      code: 'certified-copy',
      patch: { feeMad: 3, channels: 'both' },
    });
    expect(r.changed.sort()).toEqual(['channels', 'feeMad']);
    expect(r.procedure.feeMad).toBe(3);
    expect(r.procedure.overridden.sort()).toEqual(['channels', 'feeMad']);
    await expect(
      head.caller.procedures.update({ commune: 'mdiq', code: 'certified-copy', patch: { feeMad: 3 } }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      agent.caller.procedures.update({ commune: 'tetouan', code: 'certified-copy', patch: { feeMad: 4 } }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      h.anon().procedures.update({ commune: 'tetouan', code: 'certified-copy', patch: { feeMad: 4 } }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect((await h.anon().procedures.get({ commune: 'mdiq', code: 'certified-copy' })).feeMad).toBe(2);
    const audit = await h.handle.db
      .selectFrom('auditLog')
      .select(['action', 'data', 'actorId'])
      .where('action', '=', 'procedure.override_updated')
      .execute();
    expect(audit.some((a) => a.actorId === head.id && (a.data as { code?: string }).code === 'certified-copy')).toBe(
      true,
    );
  });

  it('stores only what differs from the template; null goes back to it; unchanged edits add no version', async () => {
    const admin = await h.user('admin.tet.proc@example.ma', ['tetouan:commune_admin']);
    const same = await admin.caller.procedures.update({
      commune: 'tetouan',
      code: 'burial-permit',
      patch: { feeMad: 0, processingDays: 0 },
    });
    expect(same.changed).toEqual([]);
    expect(same.version).toBe(0);
    const set = await admin.caller.procedures.update({
      commune: 'tetouan',
      code: 'burial-permit',
      patch: { electronicDelivery: true },
    });
    expect(set.version).toBe(1);
    const back = await admin.caller.procedures.update({
      commune: 'tetouan',
      code: 'burial-permit',
      patch: { electronicDelivery: null },
    });
    expect(back.changed).toEqual(['electronicDelivery']);
    expect(back.procedure.electronicDelivery).toBe(false);
    expect(back.procedure.overridden).toEqual([]);
    const row = await h.handle.db
      .selectFrom('procedureOverrides')
      .selectAll()
      .where('procedureCode', '=', 'burial-permit')
      .executeTakeFirstOrThrow();
    expect(row.electronicDelivery).toBeNull();
    expect(row.feeMad).toBeNull();
  });

  it('validates every field and names it', async () => {
    const admin = await h.user('admin2.tet.proc@example.ma', ['tetouan:commune_admin']);
    const call = (patch: Record<string, unknown>) =>
      admin.caller.procedures
        .update({ commune: 'tetouan', code: 'certified-copy', patch } as never)
        .then(
          () => ({ code: 'OK', cause: { issues: [] } }),
          (e: unknown) => e,
        )
        .then((e) => e as { code: string; cause: { issues: { path: unknown[]; message: string }[] } });
    const negative = await call({ feeMad: -1 });
    expect(negative.code).toBe('BAD_REQUEST');
    expect(negative.cause.issues[0]!.path).toEqual(['patch', 'feeMad']);
    expect((await call({ channels: 'fax' })).cause.issues[0]!.path).toEqual(['patch', 'channels']);
    expect((await call({ hours: [{ days: ['mon'], opens: '17:00', closes: '09:00' }] })).cause.issues[0]!.path).toEqual(
      ['patch', 'hours', 0, 'closes'],
    );
    expect((await call({ colour: 'red' })).cause.issues[0]!.message).toMatch(/colour/);
    expect((await call({ office: { ar: 'مكتب', fr: 'Bureau' } })).cause.issues[0]!.path).toEqual([
      'patch',
      'office',
      'es',
    ]);
    expect((await call({})).code).toBe('BAD_REQUEST');
    // Form links: https or a path on our host only.
    const form = (url: string) =>
      call({ forms: [{ names: { ar: 'مطبوع', fr: 'Formulaire', es: 'Formulario' }, url }] });
    for (const bad of [
      '//evil.example/form.pdf',
      '/\\evil.example',
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,x',
      'http://example.ma/form.pdf',
      'https:evil.example',
      'https://user:pw@example.ma/',
      'ftp://example.ma/f',
    ]) {
      const refused = await form(bad);
      expect(refused.code, bad).toBe('BAD_REQUEST');
      expect(refused.cause.issues[0]!.path).toEqual(['patch', 'forms', 0, 'url']);
    }
    for (const good of ['https://www.tetouan.ma/forms/copy.pdf', '/tetouan/procedures/certified-copy'])
      expect((await form(good)).code, good).toBe('OK');
    const stale = await admin.caller.procedures
      .update({ commune: 'tetouan', code: 'certified-copy', patch: { feeMad: 9 }, expectedVersion: 0 })
      .catch((e) => e);
    expect(stale.code).toBe('CONFLICT');
    expect(stale.cause.field).toBe('expectedVersion');
    const unknown = await admin.caller.procedures
      .update({ commune: 'tetouan', code: 'unknown-thing', patch: { feeMad: 9 } })
      .catch((e) => e);
    expect(unknown.code).toBe('NOT_FOUND');
  });

  it('lists versions with who, when, before and after, shows a past version and reverts to it', async () => {
    const head = await h.user('head2.tet@example.ma', ['tetouan:department_head']);
    h.clock.advance(60_000);
    const v2 = await head.caller.procedures.update({
      commune: 'tetouan',
      code: 'residence-certificate',
      patch: { feeMad: 7.5, documents: [{ ar: 'البطاقة الوطنية', fr: 'CNIE', es: 'CNIE' }] },
      expectedVersion: 1,
    });
    expect(v2.version).toBe(2);
    h.clock.advance(60_000);
    await head.caller.procedures.update({ commune: 'tetouan', code: 'residence-certificate', patch: { feeMad: 10 } });
    const hist = await head.caller.procedures.history({ commune: 'tetouan', code: 'residence-certificate' });
    expect(hist.currentVersion).toBe(3);
    expect(hist.versions.map((v) => v.version)).toEqual([3, 2, 1]);
    const [third, second, first] = hist.versions;
    expect(first!.source).toBe('seed');
    expect(first!.actor).toBeNull();
    expect(second!.actor?.name).toBe('head2.tet');
    expect(second!.changed.sort()).toEqual(['documents', 'feeMad']);
    expect(second!.before).toMatchObject({ feeMad: 5, documents: null });
    expect(second!.after).toMatchObject({ feeMad: 7.5, documents: [{ fr: 'CNIE' }] });
    expect(third!.before).toMatchObject({ feeMad: 7.5 });
    expect(third!.after).toMatchObject({ feeMad: 10 });
    expect(hist.templateVersions[0]!.version).toBe(1);

    const past = await head.caller.procedures.version({
      commune: 'tetouan',
      code: 'residence-certificate',
      version: 2,
    });
    expect(past.effective.feeMad).toBe(7.5);
    expect(past.effective.documents).toHaveLength(1);
    await expect(
      head.caller.procedures.version({ commune: 'tetouan', code: 'residence-certificate', version: 99 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const reverted = await head.caller.procedures.revert({
      commune: 'tetouan',
      code: 'residence-certificate',
      version: 1,
    });
    expect(reverted.version).toBe(4);
    expect(reverted.procedure.feeMad).toBe(5);
    expect(reverted.procedure.documents.length).toBeGreaterThan(1);
    const latest = (await head.caller.procedures.history({ commune: 'tetouan', code: 'residence-certificate' }))
      .versions[0]!;
    expect(latest.source).toBe('revert');

    const outsider = await h.user('head.mdiq@example.ma', ['mdiq:department_head']);
    await expect(
      outsider.caller.procedures.history({ commune: 'tetouan', code: 'residence-certificate' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('network templates', () => {
  it('lets network admins edit a template, which every commune without its own value inherits', async () => {
    const netAdmin = await h.user('net.admin.proc@example.ma', ['network:network_admin']);
    const communeAdmin = await h.user('admin3.tet.proc@example.ma', ['tetouan:commune_admin']);
    await expect(
      communeAdmin.caller.procedures.updateTemplate({ code: 'birth-full-copy', patch: { processingDays: 1 } }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const r = await netAdmin.caller.procedures.updateTemplate({
      code: 'birth-full-copy',
      patch: { processingDays: 1, keywords: ['copie intégrale', 'النسخة الكاملة', 'acte complet'] },
      expectedVersion: 1,
    });
    expect(r.changed.sort()).toEqual(['keywords', 'processingDays']);
    expect(r.template.version).toBe(2);
    const compare = await h.anon().procedures.compare({ code: 'birth-full-copy' });
    expect(compare.communes.every((c) => c.processingDays === 1)).toBe(true);
    // The search document follows the template.
    const found = await h.anon().procedures.search({ commune: 'asilah', q: 'acte complet' });
    expect(found.results[0]!.code).toBe('birth-full-copy');
    const hist = await netAdmin.caller.procedures.templateHistory({ code: 'birth-full-copy' });
    expect(hist.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(hist.versions[0]!.before).toMatchObject({ processingDays: 0 });
    expect(hist.versions[0]!.after).toMatchObject({ processingDays: 1 });
    const audit = await h.handle.db
      .selectFrom('auditLog')
      .select('action')
      .where('action', '=', 'procedure.template_updated')
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('creates a template that every commune then offers and finds', async () => {
    const netAdmin = await h.user('net.admin2.proc@example.ma', ['network:network_admin']);
    const L = (ar: string, fr: string, es: string) => ({ ar, fr, es });
    await netAdmin.caller.procedures.createTemplate({
      code: 'celibacy-certificate',
      names: L('شهادة العزوبة', 'Certificat de célibat', 'Certificado de soltería'),
      summaries: L(
        'شهادة تثبت أن المعني بالأمر غير متزوج.',
        "Certificat attestant que l'intéressé n'est pas marié.",
        'Certificado que acredita que la persona no está casada.',
      ),
      themes: ['administrative-certificates'],
      lifeEvents: ['marriage'],
      documents: [L('البطاقة الوطنية', 'CNIE', 'CNIE')],
      processingDays: 2,
      channels: 'counter',
      toVerify: ['legalBasis'],
    });
    const dup = await netAdmin.caller.procedures
      .createTemplate({
        code: 'celibacy-certificate',
        names: L('x', 'x', 'x'),
        summaries: L('x', 'x', 'x'),
        themes: ['economy'],
        lifeEvents: [],
        documents: [],
        processingDays: 1,
        channels: 'counter',
        toVerify: [],
      })
      .catch((e) => e);
    expect(dup.code).toBe('CONFLICT');
    const found = await h.anon().procedures.search({ commune: 'mdiq', q: 'certificat de celibat' });
    expect(found.results[0]!.code).toBe('celibacy-certificate');
  });
});

describe('printable sheet', () => {
  it('renders a PDF with the commune’s values and a QR code, and null for unknown procedures', async () => {
    const sheet = await procedureSheetPdf(
      { db: h.handle.db, clock: h.clock },
      'tetouan',
      'residence-certificate',
      'https://shabaka.example',
    );
    expect(sheet).not.toBeNull();
    expect(Buffer.from(sheet!.pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(sheet!.pdf.length).toBeGreaterThan(10_000);
    const building = await procedureSheetPdf(
      { db: h.handle.db, clock: h.clock },
      'chefchaouen',
      'building-permit',
      'https://shabaka.example',
    );
    expect(Buffer.from(building!.pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(
      await procedureSheetPdf({ db: h.handle.db, clock: h.clock }, 'tetouan', 'nothing-here', 'https://x'),
    ).toBeNull();
    expect(
      await procedureSheetPdf({ db: h.handle.db, clock: h.clock }, 'atlantis', 'residence-certificate', 'https://x'),
    ).toBeNull();
    expect(await procedureSheetPdf({ db: h.handle.db, clock: h.clock }, '../etc', 'x', 'https://x')).toBeNull();
  });
});

describe('CSV', () => {
  it('parses RFC 4180: quotes, doubled quotes, line breaks inside fields, CRLF, BOM, and names the line of a bad record', () => {
    const text = '\uFEFFa,b,c\r\n1,"two, with comma","say ""hi"""\r\n2,"multi\nline",x\n3,bad"quote,y\n4,"ok",z\n';
    const { records, errors } = parseCsv(text);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 6]);
    expect(records[1]!.fields).toEqual(['1', 'two, with comma', 'say "hi"']);
    expect(records[2]!.fields).toEqual(['2', 'multi\nline', 'x']);
    expect(errors).toEqual([{ line: 5, reason: expect.stringMatching(/quote/) }]);
    const rows = [
      ['code', 'text'],
      ['a', 'x, "y"\nz'],
      ['b', ' lead'],
    ];
    expect(parseCsv(toCsv(rows)).records.map((r) => r.fields)).toEqual(rows);
    expect(toCsv(rows)).toBe('code,text\r\na,"x, ""y""\nz"\r\nb," lead"\r\n');
    expect(parseCsv('a,"never closed\n1,2\n').errors[0]).toMatchObject({ line: 1 });
  });

  it('reads and writes opening hours', () => {
    const hours = parseHoursText('mon-fri 8:30-16:30; sat,sun 09:00-12:00');
    expect(hours).toEqual([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:30', closes: '16:30' },
      { days: ['sat', 'sun'], opens: '09:00', closes: '12:00' },
    ]);
    expect(hoursToText(hours)).toBe('mon-fri 08:30-16:30; sat-sun 09:00-12:00');
    expect(formatHours(hours, 'fr')).toBe('lun.–ven. 08:30–16:30 ; sam.–dim. 09:00–12:00');
    expect(formatHours(hours, 'ar')).toBe(
      'من الاثنين إلى الجمعة، من 08:30 إلى 16:30؛ من السبت إلى الأحد، من 09:00 إلى 12:00',
    );
    expect(() => parseHoursText('someday 9-10')).toThrow(/someday/);
    expect(() => parseHoursText('mon 17:00-09:00')).toThrow(/closes before/);
  });

  it('neutralises cells a spreadsheet would run as a formula, and reads them back exactly', async () => {
    const risky = [
      '=HYPERLINK("http://evil.example","x")',
      '+1',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
      "'=quoted",
      "'plain",
      'ok = fine',
    ];
    const csv = toCsv([['text'], ...risky.map((v) => [v])]);
    const lines = parseCsv(csv).records.slice(1);
    expect(lines.map((r) => r.fields[0])).toEqual(risky);
    // As a spreadsheet reads the raw cells: none starts with a formula character.
    const raw = csv
      .split('\r\n')
      .slice(1, -1)
      .map((c) => c.replace(/^"/, ''));
    for (const cell of raw.slice(0, 7)) expect(cell).toMatch(/^'/);
    expect(raw[8]).toBe('ok = fine');

    // Through the export: a commune text starting with "=" comes out neutralised and imports back unchanged.
    const admin = await h.user('csv.formula@example.ma', ['asilah:commune_admin']);
    await admin.caller.procedures.update({
      commune: 'asilah',
      code: 'certified-copy',
      patch: { office: { ar: '=1+1', fr: '@cmd', es: '-x' } },
    });
    const exported = (await runAdminCommand(deps(), 'procedures:export', { commune: 'asilah' })) as {
      csv: string;
      rows: number;
    };
    expect(exported.csv).toContain(",'=1+1,'@cmd,'-x,");
    const again = (await runAdminCommand(deps(), 'procedures:import', { commune: 'asilah', csv: exported.csv })) as {
      imported: number;
      rejected: unknown[];
    };
    expect(again).toMatchObject({ imported: 0, rejected: [] });
    expect((await h.anon().procedures.get({ commune: 'asilah', code: 'certified-copy' })).office).toEqual({
      ar: '=1+1',
      fr: '@cmd',
      es: '-x',
    });
  });

  it('exports overrides (empty = template) and imports them back without changes', async () => {
    const exported = (await runAdminCommand(deps(), 'procedures:export', { commune: 'tetouan' })) as {
      csv: string;
      rows: number;
    };
    const { records } = parseCsv(exported.csv);
    expect(records[0]!.fields[0]).toBe('code');
    const residence = records.find((r) => r.fields[0] === 'residence-certificate')!;
    expect(residence.fields[3]).toMatch(/^\d+\.\d\d$/);
    const asilah = (await runAdminCommand(deps(), 'procedures:export', { commune: 'asilah' })) as { csv: string };
    const asilahRow = parseCsv(asilah.csv).records.find((r) => r.fields[0] === 'residence-certificate')!;
    expect(asilahRow.fields.slice(3).every((f) => f === '')).toBe(true);
    const again = (await runAdminCommand(deps(), 'procedures:import', { commune: 'tetouan', csv: exported.csv })) as {
      imported: number;
      unchanged: number;
      rejected: unknown[];
    };
    expect(again).toMatchObject({ imported: 0, rejected: [] });
    expect(again.unchanged).toBe(exported.rows);
  });
});
