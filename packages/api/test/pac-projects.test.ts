import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfForViewer } from '../src/documents/service';
import { rollUp } from '../src/pac/projects/schemas';
import { useHarness } from './harness';

const h = useHarness({
  signing: { secret: 'test-only-secret-0123456789abcdefghijklmnopqrstuvwxyz', publicUrl: 'https://shabaka.example' },
});
const dir = mkdtempSync(join(tmpdir(), 'shabaka-pac-projects-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pdfText = (pdf: Uint8Array) => {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[\u202A-\u202E]/g, '');
};
const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code?: string; cause?: { reason?: string; field?: string; issues?: { path: unknown[] }[] } }) => ({
      code: e.code,
      reason: e.cause?.reason,
      field: e.cause?.field ?? e.cause?.issues?.map((i) => i.path.join('.')).join(','),
    }),
  );

const text = (ar: string, fr: string) => ({ ar, fr });
const project = (code: string, over: Record<string, unknown> = {}) => ({
  code,
  title: text('إنارة الحي', 'Éclairage du quartier'),
  axis: text('الإنارة العمومية', 'Éclairage public'),
  neighbourhood: text('المحنش', 'Mhannech'),
  lat: 35.58,
  lon: -5.37,
  startsOn: '2025-01-01',
  endsOn: '2026-12-31',
  status: 'under_way' as const,
  progress: 10,
  budgetPlanned: 1000,
  budgetCommitted: 800,
  budgetPaid: 300,
  subprojects: [
    { code: `${code}.1`, title: text('الدراسة', 'Étude'), weight: 1, progress: 100 },
    { code: `${code}.2`, title: text('الأشغال', 'Travaux'), weight: 3, progress: 20 },
  ],
  ...over,
});

describe('PAC projects', () => {
  it('rolls progress up from weighted sub-projects, computes late, and keeps every change dated', async () => {
    expect(rollUp(30, [])).toBe(30);
    expect(
      rollUp(0, [
        { weight: 1, progress: 100 },
        { weight: 3, progress: 20 },
      ]),
    ).toBe(40);
    const agent = await h.user('projects.agent@tetouan.example', ['tetouan:agent']);
    const saved = await agent.caller.pac.projects.save({
      commune: 'tetouan',
      project: project('P-01'),
      milestones: [{ title: text('انتهاء الدراسة', 'Étude terminée'), plannedOn: '2025-06-01', doneOn: '2025-06-10' }],
    });
    // (1×100 + 3×20) / 4 = 40, whatever the project's own figure says.
    expect(saved.progress).toBe(40);
    expect(saved.status).toBe('under_way');
    await agent.caller.pac.projects.save({
      commune: 'tetouan',
      project: project('P-02', { subprojects: [], progress: 55, endsOn: '2026-01-31', budgetCommitted: 1200 }),
    });
    // 7 March 2026: P-02 ended on 31 January at 55 %.
    const list = await h.anon().pac.projects.list({ commune: 'tetouan' });
    const p2 = list.projects.find((p) => p.code === 'P-02')!;
    expect(p2).toMatchObject({ status: 'late', progress: 55, budget: { overCommitted: true } });
    expect(list.late).toBe(1);
    // Budget-weighted: (1000×40 + 1000×55) / 2000.
    expect(list.overall).toBe(48);
    expect(
      (await h.anon().pac.projects.list({ commune: 'tetouan', status: 'late' })).projects.map((p) => p.code),
    ).toEqual(['P-02']);
    expect((await h.anon().pac.projects.list({ commune: 'tetouan', neighbourhood: 'Nowhere' })).projects).toEqual([]);

    // Paid past committed is refused, naming the field; a completed project must be at 100 %.
    expect(
      await errorOf(
        agent.caller.pac.projects.save({ commune: 'tetouan', project: project('P-03', { budgetPaid: 900 }) }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'project.budgetPaid' });
    expect(
      await errorOf(
        agent.caller.pac.projects.save({ commune: 'tetouan', project: project('P-03', { status: 'completed' }) }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'project.status' });

    h.clock.set('2026-03-08T09:00:00Z');
    await agent.caller.pac.projects.save({
      commune: 'tetouan',
      project: project('P-01', {
        subprojects: [
          { code: 'P-01.1', title: text('الدراسة', 'Étude'), weight: 1, progress: 100 },
          { code: 'P-01.2', title: text('الأشغال', 'Travaux'), weight: 3, progress: 60 },
        ],
      }),
      milestones: saved.milestones.map((m) => ({ id: m.id, title: m.title, plannedOn: m.plannedOn, doneOn: m.doneOn })),
    });
    const staff = await agent.caller.pac.projects.staffGet({ commune: 'tetouan', code: 'P-01' });
    expect(staff.progress).toBe(70);
    expect(staff.history[0]).toMatchObject({ source: 'screen', actor: 'projects.agent' });
    expect(staff.history[0]!.changes).toEqual([{ field: 'P-01.2 progress', from: 20, to: 60 }]);
    expect(staff.history[0]!.at.toISOString()).toBe('2026-03-08T09:00:00.000Z');
    h.clock.set('2026-03-07T10:00:00Z');
  });

  it('exports a CSV that imports back: an edited line updates, a bad line names line and column and applies nothing', async () => {
    const agent = await h.user('csv.agent@asilah.example', ['asilah:agent']);
    await agent.caller.pac.projects.save({ commune: 'asilah', project: project('P-01') });
    await agent.caller.pac.projects.save({
      commune: 'asilah',
      project: project('P-02', { title: text('=HYPERLINK("x")', '=HYPERLINK("x")'), subprojects: [], progress: 5 }),
    });
    const exported = await h.anon().pac.projects.exportCsv({ commune: 'asilah' });
    expect(exported.csv.startsWith('\uFEFFkind,code,title_ar')).toBe(true);
    // The formula is written as text, and reads back as typed.
    expect(exported.csv).toContain(`"'=HYPERLINK(""x"")"`);
    const lines = exported.csv.split('\r\n');
    expect(lines[2]).toMatch(/^subproject,P-01\.1,/);

    // Unchanged file: nothing changes.
    const same = await agent.caller.pac.projects.importCsv({ commune: 'asilah', csv: exported.csv, apply: true });
    expect(same.issues).toEqual([]);
    expect(same.applied).toEqual({ created: 0, updated: 0, unchanged: 2 });

    // A sub-project's progress changed in the spreadsheet (P-01.2: 20 → 80), and a new project added.
    const edited = lines
      .map((l) => (l.startsWith('subproject,P-01.2,') ? l.replace(/,3,20,,,$/, ',3,80,,,') : l))
      .join('\r\n')
      .replace(
        /\r\n$/,
        '\r\nproject,P-09,عنوان,Titre neuf,,محور,Axe,,حي,Quartier,,,,2026-01-01,2026-12-31,planned,,0,100,0,0\r\n',
      );
    const checked = await agent.caller.pac.projects.importCsv({ commune: 'asilah', csv: edited, offset: 0, limit: 2 });
    expect(checked).toMatchObject({ total: 5, checked: 2, nextOffset: 2, issues: [], applied: null });
    const done = await agent.caller.pac.projects.importCsv({ commune: 'asilah', csv: edited, apply: true });
    expect(done.issues).toEqual([]);
    expect(done.applied).toEqual({ created: 1, updated: 1, unchanged: 1 });
    const p1 = await h.anon().pac.projects.get({ commune: 'asilah', code: 'P-01' });
    expect(p1.subprojects.find((s) => s.code === 'P-01.2')!.progress).toBe(80);
    expect(p1.progress).toBe(85);
    const p2 = await h.anon().pac.projects.get({ commune: 'asilah', code: 'P-02' });
    expect(p2.title.fr).toBe('=HYPERLINK("x")');
    const history = (await agent.caller.pac.projects.staffGet({ commune: 'asilah', code: 'P-01' })).history;
    expect(history[0]).toMatchObject({ source: 'csv', changes: [{ field: 'P-01.2 progress', from: 20, to: 80 }] });

    // Two bad lines: each named with its column; nothing of the good line is applied.
    const bad = (await h.anon().pac.projects.exportCsv({ commune: 'asilah' })).csv
      .split('\r\n')
      .map((l) =>
        l.startsWith('subproject,P-01.1,')
          ? l.replace(/,1,100,,,$/, ',1,150,,,')
          : l.startsWith('project,P-09,')
            ? l.replace(',2026-12-31,', ',2026-13-45,')
            : l.startsWith('subproject,P-01.2,')
              ? l.replace(/,3,80,,,$/, ',3,10,,,')
              : l,
      )
      .join('\r\n');
    const refused = await agent.caller.pac.projects.importCsv({ commune: 'asilah', csv: bad, apply: true });
    expect(refused.applied).toBeNull();
    expect(refused.issues).toEqual([
      { line: 3, column: 'progress', message: 'Write a percentage from 0 to 100' },
      { line: 6, column: 'ends_on', message: 'Use a date written YYYY-MM-DD' },
    ]);
    expect((await h.anon().pac.projects.get({ commune: 'asilah', code: 'P-01' })).progress).toBe(85);
    // A wrong header is refused on its line.
    const header = await agent.caller.pac.projects.importCsv({
      commune: 'asilah',
      csv: 'code,title\r\nP-01,x\r\n',
      apply: true,
    });
    expect(header.issues[0]).toMatchObject({ line: 1, column: 'kind' });
    expect(
      await errorOf(agent.caller.pac.projects.importCsv({ commune: 'asilah', csv: ' ', apply: true })),
    ).toMatchObject({
      reason: 'empty_file',
    });
  });

  it('links complaints of its own commune only, shows their public stage, and adds milestone photos without metadata', async () => {
    const agent = await h.user('links.agent@tetouan.example', ['tetouan:agent']);
    const saved = await agent.caller.pac.projects.save({
      commune: 'tetouan',
      project: project('P-05'),
      milestones: [
        { title: text('بداية الأشغال', 'Début des travaux'), plannedOn: '2026-02-01', doneOn: '2026-02-03' },
      ],
    });
    const category = (await h.anon().complaints.categories({ commune: 'tetouan' }))[0]!.id;
    const complaint = await h.anon().complaints.submit({
      commune: 'tetouan',
      categoryId: category,
      description: 'Lamp off in front of the school since last week.',
      location: { lat: 35.57, lon: -5.37 },
      contact: { name: 'Hidden Person', phone: '+212 611 00 11 22' },
      replyChannel: 'sms',
    });
    const asilahCategory = (await h.anon().complaints.categories({ commune: 'asilah' }))[0]!.id;
    const other = await h.anon().complaints.submit({
      commune: 'asilah',
      categoryId: asilahCategory,
      description: 'A complaint in another commune entirely.',
      location: { lat: 35.46, lon: -6.03 },
      replyChannel: 'portal',
    });
    const linked = await agent.caller.pac.projects.linkComplaint({
      commune: 'tetouan',
      code: 'P-05',
      complaint: complaint.code,
    });
    expect(linked.complaints).toEqual([{ id: complaint.id, code: complaint.code, stage: 'received' }]);
    expect(
      await errorOf(
        agent.caller.pac.projects.linkComplaint({ commune: 'tetouan', code: 'P-05', complaint: other.code }),
      ),
    ).toMatchObject({ reason: 'unknown_complaint', field: 'complaint' });
    const page = JSON.stringify(await h.anon().pac.projects.get({ commune: 'tetouan', code: 'P-05' }));
    expect(page).not.toContain('Hidden Person');
    expect(page).not.toContain('Lamp off');

    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#336699' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'Secret Photographer' } })
      .toBuffer();
    const withPhoto = await agent.caller.pac.projects.addPhoto({
      commune: 'tetouan',
      code: 'P-05',
      milestoneId: saved.milestones[0]!.id,
      photo: { dataBase64: jpeg.toString('base64'), name: 'works.jpg' },
    });
    const src = withPhoto.milestones[0]!.photos[0]!.src;
    expect(src).toMatch(/^data:image\/webp;base64,/);
    const stored = await h.handle.db.selectFrom('files').select('bytes').where('mime', '=', 'image/jpeg').execute();
    for (const f of stored) expect((await sharp(Buffer.from(f.bytes)).metadata()).exif).toBeUndefined();
    expect(
      await errorOf(
        agent.caller.pac.projects.addPhoto({
          commune: 'tetouan',
          code: 'P-05',
          milestoneId: saved.milestones[0]!.id,
          photo: { dataBase64: Buffer.from('not an image').toString('base64') },
        }),
      ),
    ).toMatchObject({ reason: 'not_an_image', field: 'photo' });
  });

  it('issues the annual report signed, verifiable, attached to a council session, with the projects’ figures', async () => {
    const agent = await h.user('report.agent@chefchaouen.example', ['chefchaouen:agent']);
    const head = await h.user('report.head@chefchaouen.example', ['chefchaouen:department_head']);
    await agent.caller.pac.projects.save({
      commune: 'chefchaouen',
      project: project('P-01', { title: text('إنارة السويقة', 'Éclairage de Souika') }),
      milestones: [{ title: text('انتهاء الدراسة', 'Étude terminée'), plannedOn: '2026-02-01', doneOn: '2026-02-10' }],
    });
    const session = await head.caller.petitions.createSession({
      commune: 'chefchaouen',
      kind: 'ordinary',
      opensOn: '2026-05-04',
    });
    const sessions = await agent.caller.pac.projects.sessions({ commune: 'chefchaouen' });
    expect(sessions.map((s) => s.opensOn)).toContain('2026-05-04');
    const sessionId = sessions.find((s) => s.opensOn === '2026-05-04')!.id;
    void session;
    const r = await agent.caller.pac.projects.generateReport({
      commune: 'chefchaouen',
      year: 2026,
      languages: ['ar', 'fr', 'es'],
      sessionId,
    });
    expect(r.reports.map((x) => x.language)).toEqual(['ar', 'fr', 'es']);
    for (const doc of r.reports) {
      expect(doc.code).toMatch(/^[A-Z]+-DOC-2026-\d{6}$/);
      const verified = await h.anon().documents.verify({ code: doc.code });
      expect(verified).toMatchObject({ status: 'valid' });
      expect(JSON.stringify(verified)).toContain('pac_report');
    }
    const fr = await pdfForViewer(h.deps, r.reports[1]!.code, { userId: agent.id });
    if (!fr || fr === 'forbidden') throw new Error('the report’s PDF');
    const frText = pdfText(fr.pdf);
    expect(frText).toContain('P-01 — Éclairage de Souika : 40 %');
    // The dated history counts: the project's creation and its milestone, saved on 7 March 2026.
    expect(frText).toMatch(/1 mise\(s\) à jour dans\s+l’année/);
    expect(frText).toContain('2026-05-04');
    expect(frText).toContain('Étude terminée : 2026-02-10');
    const ar = await pdfForViewer(h.deps, r.reports[0]!.code, { userId: agent.id });
    if (!ar || ar === 'forbidden') throw new Error('the report’s PDF');
    expect(pdfText(ar.pdf)).toMatch(/P-01.*(% 40|40 %)/);
    // The Spanish one, for the partner towns: the same figures in Spanish (a title without Spanish reads in French).
    const es = await pdfForViewer(h.deps, r.reports[2]!.code, { userId: agent.id });
    if (!es || es === 'forbidden') throw new Error('the report’s PDF');
    const esText = pdfText(es.pdf);
    expect(esText).toContain('Informe anual de seguimiento');
    expect(esText).toContain('P-01 — Éclairage de Souika: 40 %, en curso');
    expect(esText).toMatch(/Presentado al pleno en la\s+sesión del\s+2026-05-04/);
    expect(esText).not.toMatch(/[\u0600-\u06FF]/);
    // Only the templates written in Spanish may be issued in it: a certificate is refused, naming the language.
    const admin = await h.user('report.admin@chefchaouen.example', ['chefchaouen:commune_admin']);
    await expect(
      admin.caller.documents.issue({
        commune: 'chefchaouen',
        template: 'residence_certificate',
        language: 'es',
        delivery: 'electronic',
        recipient: { name: 'Ahmed Test', cin: 'K123456' },
        fields: { address: 'Derb 1, Chefchaouen', since: '2020-01-01', purpose: 'dossier' },
      }),
    ).rejects.toMatchObject({ cause: { reason: 'language_not_available', field: 'language' } });
    const row = await h.handle.db
      .selectFrom('pacReports')
      .selectAll()
      .where('documentCode', '=', r.reports[0]!.code)
      .executeTakeFirstOrThrow();
    expect(row.sessionId).toBe(sessionId);
    // The public page lists the reports with their verification links.
    const list = await h.anon().pac.projects.list({ commune: 'chefchaouen' });
    expect(list.reports.map((x) => x.verifyPath)).toEqual(
      expect.arrayContaining(r.reports.map((x) => `/verify/${x.code}`)),
    );
    expect(list.reports[0]!.session).toMatchObject({ opensOn: '2026-05-04' });
    // A session of another commune is refused.
    const asilahHead = await h.user('report.head@asilah.example', ['asilah:department_head']);
    await asilahHead.caller.petitions.createSession({ commune: 'asilah', kind: 'ordinary', opensOn: '2026-05-05' });
    const foreign = (
      await h.handle.db
        .selectFrom('councilSessions')
        .select('id')
        .where('opensOn', '=', '2026-05-05')
        .executeTakeFirstOrThrow()
    ).id;
    expect(
      await errorOf(
        agent.caller.pac.projects.generateReport({
          commune: 'chefchaouen',
          year: 2026,
          languages: ['fr'],
          sessionId: foreign,
        }),
      ),
    ).toMatchObject({ reason: 'unknown_session', field: 'sessionId' });

    // The one-page summary: the overall figure and a QR code to the public page.
    const summary = await h.anon().pac.projects.summaryPdf({ commune: 'chefchaouen', year: 2026 });
    const summaryText = pdfText(Buffer.from(summary.pdfBase64, 'base64'));
    expect(summaryText).toContain('Avancement global : 40 %');
    expect(summaryText).toContain('https://shabaka.example/chefchaouen/pac/projects');
  });

  it('keeps each commune’s projects its own, refuses staff work to citizens, and gives the network its figures', async () => {
    const agent = await h.user('tenancy.agent@mdiq.example', ['mdiq:agent']);
    await agent.caller.pac.projects.save({ commune: 'mdiq', project: project('P-07', { budgetPaid: 250 }) });
    const outsider = await h.user('tenancy.agent@asilah2.example', ['asilah:agent']);
    expect(
      await errorOf(outsider.caller.pac.projects.save({ commune: 'mdiq', project: project('P-07') })),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await errorOf(outsider.caller.pac.projects.staffGet({ commune: 'mdiq', code: 'P-07' }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    // Asilah's staff write their own P-07, which leaves Mdiq's as it was.
    await outsider.caller.pac.projects.save({
      commune: 'asilah',
      project: project('P-07', { progress: 0, subprojects: [] }),
    });
    expect((await h.anon().pac.projects.get({ commune: 'mdiq', code: 'P-07' })).progress).toBe(40);
    expect(await errorOf(h.anon().pac.projects.get({ commune: 'ksar-el-kebir', code: 'P-07' }))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'unknown_project',
    });
    const citizen = await h.user('tenancy.citizen@example.ma');
    expect(
      await errorOf(citizen.caller.pac.projects.importCsv({ commune: 'mdiq', csv: 'x', apply: true })),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    const network = await h.anon().pac.projects.network();
    const mdiq = network.find((n) => n.commune === 'mdiq')!;
    expect(mdiq).toMatchObject({
      projects: 1,
      progress: 40,
      late: 0,
      budgetPlanned: 1000,
      budgetPaid: 250,
      paidShare: 0.25,
    });
    expect(network.find((n) => n.commune === 'ksar-el-kebir')).toMatchObject({
      projects: 0,
      progress: null,
      paidShare: null,
    });
  });
});
