import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runUpkeep, sweepTimedNotices } from '../src/notifications';
import { signaturesNeeded, threshold } from '../src/petitions/eligibility';
import { PETITION_SETTINGS_DEFAULTS, settingsOf } from '../src/petitions/settings';
import { representative } from './associations-fixture';
import { pdfText } from './pdftotext';
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
const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code?: string; cause?: { reason?: string; field?: string; detail?: Record<string, string> } }) => ({
      code: e.code,
      ...e.cause,
    }),
  );

const DAY = 86_400_000;
const START = '2026-03-07T10:00:00Z';
let n = 0;

const fields = (commune: string, over: Record<string, unknown> = {}) => ({
  commune,
  track: 'petition' as const,
  subject: 'Éclairage public de la rue des Oliviers',
  reasons: 'La rue des Oliviers est sans éclairage depuis deux ans ; les habitants rentrent dans le noir.',
  request: 'Inscrire à l’ordre du jour l’éclairage de la rue et son budget.',
  theme: 'neighbourhood' as const,
  language: 'fr' as const,
  mandataire: { name: 'Samira El Idrissi', cin: 'L123456', address: '12 rue des Oliviers, Tétouan' },
  ...over,
});
const signer = (cin: string, over: Record<string, unknown> = {}) => ({
  name: `Signataire ${cin}`,
  cin,
  address: '3 rue des Oliviers',
  neighbourhood: 'Mellah',
  basis: 'resident' as const,
  ...over,
});

/** A mandataire, the commune's agent and a head of department (the bureau), each a fresh account. */
async function people(commune = 'tetouan') {
  n += 1;
  const [mandataire, agent, bureau] = await Promise.all([
    h.user(`mandataire${n}@${commune}.example`),
    h.user(`agent${n}@${commune}.example`, [`${commune}:agent`]),
    h.user(`bureau${n}@${commune}.example`, [`${commune}:department_head`]),
  ]);
  return { mandataire, agent, bureau, commune };
}

/** A citizens' petition collecting signatures in a commune whose threshold is lowered to 3 for the test. */
const SMALL = { petitions: { thresholds: { small: 3, large: 3, smallBelow: 35_000, arrondissements: 6 } } };

async function collecting(commune = 'tetouan') {
  const p = await people(commune);
  const { id, code } = await p.mandataire.caller.petitions.create(fields(commune));
  await p.mandataire.caller.petitions.openCollecting({ commune, id });
  return { ...p, id, code };
}

describe('the eligibility engine', () => {
  it('gives each population tier its threshold, from the settings', () => {
    const s = PETITION_SETTINGS_DEFAULTS;
    expect(threshold(34_999, s)).toEqual({ tier: 'small', signatures: 100 });
    expect(threshold(35_000, s)).toEqual({ tier: 'large', signatures: 200 });
    expect(threshold(35_000, { ...s, hasArrondissements: true })).toEqual({ tier: 'arrondissements', signatures: 400 });
    const own = settingsOf({ petitions: { thresholds: { small: 50, smallBelow: 20_000 }, alertDays: [10, 5] } });
    expect(threshold(19_999, own)).toEqual({ tier: 'small', signatures: 50 });
    expect(threshold(20_000, own).signatures).toBe(200);
    expect(own.alertDays).toEqual([5, 10]);
    // An association petitions in its own name; a citizen proposal needs no threshold.
    expect(signaturesNeeded('petition', 'association', 500_000, s).signatures).toBe(0);
    expect(signaturesNeeded('proposal', 'citizens', 500_000, s).signatures).toBe(0);
  });

  it('reads each commune’s population: Asilah needs 100 signatures, Tetouan 200; staff see the census’s certainty', async () => {
    const asilah = await h.anon().petitions.rules({ commune: 'asilah' });
    expect(asilah.petition).toEqual({ tier: 'small', signatures: 100 });
    expect(asilah.population.value).toBe(31147);
    expect(asilah.population).not.toHaveProperty('toVerify');
    const tetouan = await h.anon().petitions.rules({ commune: 'tetouan' });
    expect(tetouan.petition).toEqual({ tier: 'large', signatures: 200 });
    expect(tetouan.nextSession).toMatchObject({ opensOn: '2026-05-01', estimated: true });
    const { agent } = await people();
    const staff = await agent.caller.petitions.staffRules({ commune: 'tetouan' });
    expect(typeof staff.population.toVerify).toBe('boolean');
    // A newer census set in the settings replaces the commune's figure.
    await withCommuneSettings(
      h.handle.db,
      'tetouan',
      { petitions: { census: { name: 'RGPH 2024', population: 30_000 } } },
      async () => {
        const r = await h.anon().petitions.rules({ commune: 'tetouan' });
        expect(r.petition.signatures).toBe(100);
        expect(r.population.census).toBe('RGPH 2024');
      },
    );
  });

  it('says which condition an association fails, and does not file until they all hold', async () => {
    h.clock.set(START);
    const rep = await representative(h, 'tetouan', `petitionrep${++n}@tetouan.example`);
    const input = fields('tetouan', { associationId: rep.associationId, theme: 'health' });
    const { id } = await rep.caller.petitions.create(input);
    const dossier = await rep.caller.petitions.dossier({ commune: 'tetouan', id });
    expect(dossier.threshold).toBe(0);
    const failing = dossier.checklist.filter((c) => !c.ok).map((c) => c.code);
    // The fixture's association is constituted in 2019 with its seat here, but holds no documents and works
    // in education and youth: not in good standing, no annexes, no activity related to health.
    expect(failing).toEqual(expect.arrayContaining(['good_standing', 'related_activity', 'statutes', 'receipt']));
    expect(failing).not.toContain('constituted');
    expect(failing).not.toContain('seat_or_branch');
    const refused = await failure(rep.caller.petitions.file({ commune: 'tetouan', id }));
    expect(refused).toMatchObject({ code: 'CONFLICT', reason: 'association_not_eligible' });
    expect(refused!.detail!.failing!.split(',')).toEqual(expect.arrayContaining(['related_activity']));
    // A petition by citizens cannot be turned into an association's by someone who does not represent it.
    const stranger = await h.user(`stranger${n}@tetouan.example`);
    expect(await failure(stranger.caller.petitions.create(input))).toMatchObject({ reason: 'not_representative' });
    // An association's petition is filed in its own name, never through collecting.
    expect(await failure(rep.caller.petitions.openCollecting({ commune: 'tetouan', id }))).toMatchObject({
      reason: 'association_files_directly',
    });
  });
});

describe('petitions', () => {
  it('counts online and paper signatures once per person, seals identities, and files at the threshold', async () => {
    h.clock.set(START);
    await withCommuneSettings(h.handle.db, 'tetouan', SMALL, async () => {
      const { mandataire, agent, bureau, id, code } = await collecting();
      expect(code).toMatch(/^[A-Z]+-PET-2026-\d{6}$/);
      const c = 'tetouan';
      // Filing before the threshold names what is missing.
      expect(await failure(mandataire.caller.petitions.file({ commune: c, id }))).toMatchObject({
        reason: 'checklist_incomplete',
        detail: { failing: 'signatures' },
      });

      const [s1, s2] = await Promise.all([h.user(`s1-${n}@tetouan.example`), h.user(`s2-${n}@tetouan.example`)]);
      expect(await s1.caller.petitions.sign({ commune: c, id, signer: signer('AB123456') })).toMatchObject({
        signatures: 1,
        threshold: 3,
      });
      await s2.caller.petitions.sign({ commune: c, id, signer: signer('K998877', { neighbourhood: 'Saniat Rmel' }) });
      // The same account twice, and the same CIN from another account, are refused.
      expect(await failure(s1.caller.petitions.sign({ commune: c, id, signer: signer('X1') }))).toMatchObject({
        reason: 'already_signed',
      });
      const s3 = await h.user(`s3-${n}@tetouan.example`);
      expect(await fieldsOf(s3.caller.petitions.sign({ commune: c, id, signer: signer('ab123456') }))).toEqual([
        'signer.cin',
      ]);

      // A paper sheet: one line is a person who signed online (written differently), one repeats a line above.
      const batch = await agent.caller.petitions.paperBatch({
        commune: c,
        id,
        sheet: 'F-01',
        signers: [signer('Z445566'), signer('ab 123 456'), signer('z445566', { name: 'Même personne' })],
      });
      expect(batch).toMatchObject({ accepted: 1, duplicates: [1, 2], signatures: 3, threshold: 3 });

      // The public sees counts by neighbourhood, never names.
      const pub = await h.anon().petitions.detail({ commune: c, id });
      expect(pub).toMatchObject({ signatures: 3, signaturesOnline: 2, signaturesPaper: 1, reached: true });
      expect(pub.neighbourhoods).toEqual([
        { neighbourhood: 'Mellah', count: 2 },
        { neighbourhood: 'Saniat Rmel', count: 1 },
      ]);
      expect(JSON.stringify(pub)).not.toContain('Signataire');
      expect(JSON.stringify(pub)).not.toContain('Samira');

      // At rest: no name or CIN in clear, and the key is not a plain hash of the CIN.
      const rows = await h.handle.db
        .selectFrom('petitionSignatures')
        .select(['identity', 'dedupKey'])
        .where('petitionId', '=', id)
        .execute();
      expect(rows).toHaveLength(3);
      for (const r of rows) {
        const raw = Buffer.from(r.identity!).toString('latin1');
        expect(raw).not.toContain('Signataire');
        expect(raw).not.toMatch(/AB123456|K998877|Z445566/);
      }
      const plain = createHash('sha256').update('AB123456').digest('base64url');
      expect(rows.map((r) => r.dedupKey)).not.toContain(plain);
      const petitionRow = await h.handle.db
        .selectFrom('petitions')
        .select('mandataireIdentity')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(Buffer.from(petitionRow.mandataireIdentity).toString('latin1')).not.toContain('L123456');

      // The mandataire and the bureau read who signed; the agent who keyed the sheet and the signers do not.
      const list = await mandataire.caller.petitions.signatures({ commune: c, id });
      expect(list.signatures.map((s) => s.identity?.cin).sort()).toEqual(['AB123456', 'K998877', 'Z445566']);
      expect(list.signatures.find((s) => s.channel === 'paper')?.sheet).toBe('F-01');
      expect((await bureau.caller.petitions.signatures({ commune: c, id })).signatures).toHaveLength(3);
      expect(await failure(agent.caller.petitions.signatures({ commune: c, id }))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await failure(s1.caller.petitions.signatures({ commune: c, id }))).toMatchObject({ code: 'FORBIDDEN' });
      const csv = await mandataire.caller.petitions.signaturesCsv({ commune: c, id });
      expect(csv.csv.replace(/^\uFEFF/, '').split('\n')[0]).toBe(
        'n,channel,sheet,name,cin,address,neighbourhood,basis,activity,signed_at',
      );
      expect(csv.csv).toContain('Z445566');
      // The dossier in the decree's layout: the mandataire and every signatory, online and on paper, for the
      // mandataire and the bureau only.
      const dossierPdf = await mandataire.caller.petitions.dossierPdf({ commune: c, id });
      expect(dossierPdf.filename).toMatch(/-dossier\.pdf$/);
      const dossierText = pdfText(Buffer.from(dossierPdf.dataBase64, 'base64')).join('\n');
      for (const part of ['L123456', 'AB123456', 'K998877', 'Z445566', 'F-01', 'وكيل العريضة', 'لائحة الموقعين'])
        expect(dossierText).toContain(part);
      expect((await bureau.caller.petitions.dossierPdf({ commune: c, id })).dataBase64).toBeTruthy();
      expect(await failure(agent.caller.petitions.dossierPdf({ commune: c, id }))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await failure(s1.caller.petitions.dossierPdf({ commune: c, id }))).toMatchObject({ code: 'FORBIDDEN' });

      // Filed: the receipt's date starts the bureau's three months; the mandataire hears of it.
      const filed = await mandataire.caller.petitions.file({ commune: c, id });
      expect(filed.state).toBe('filed');
      // The signed receipt: a document anyone verifies by its code, in the mandataire's account.
      expect(filed.receipt?.code).toMatch(/^[A-Z]+-DOC-2026-\d{6}$/);
      const verified = await h.anon().documents.verify({ code: filed.receipt!.code });
      expect(verified).toMatchObject({ status: 'valid' });
      expect(JSON.stringify(verified)).toContain('petition_receipt');
      const d = await mandataire.caller.petitions.dossier({ commune: c, id });
      expect(d.receivedAt?.toISOString()).toBe('2026-03-07T10:00:00.000Z');
      // Three months after 7 March, at the end of that day in Morocco (UTC+1 outside Ramadan).
      expect(d.answerDueAt?.toISOString()).toBe('2026-06-07T22:59:59.000Z');
      expect(d.mandataire).toMatchObject({ cin: 'L123456' });
      expect(d.receipt?.code).toBe(filed.receipt!.code);
      // Staff read the receipt already issued; their reads never issue one in the mandataire's account.
      expect((await bureau.caller.petitions.dossier({ commune: c, id })).receipt?.code).toBe(filed.receipt!.code);
      expect((await agent.caller.petitions.dossier({ commune: c, id })).receipt?.code).toBe(filed.receipt!.code);
      expect(d.checklist.every((i) => i.ok)).toBe(true);
      const inbox = await h.handle.db
        .selectFrom('notificationInbox')
        .select(['userId', 'template'])
        .where('userId', '=', mandataire.id)
        .execute();
      expect(inbox.map((x) => x.template)).toEqual(['petition.filed']);
      // Signatures close with the filing.
      const late = await h.user(`late-${n}@tetouan.example`);
      expect(await failure(late.caller.petitions.sign({ commune: c, id, signer: signer('M1') }))).toMatchObject({
        reason: 'not_collecting',
      });
    });
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    h.clock.set(START);
    const { mandataire, agent, id } = await collecting();
    const c = 'tetouan';
    expect(await fieldsOf(mandataire.caller.petitions.create(fields(c, { reasons: 'trop court' })))).toEqual([
      'reasons',
    ]);
    expect(
      await fieldsOf(
        mandataire.caller.petitions.create(fields(c, { mandataire: { name: 'S', cin: '12', address: 'x' } })),
      ),
    ).toEqual(expect.arrayContaining(['mandataire.name', 'mandataire.cin', 'mandataire.address']));
    const s = await h.user(`bad-${++n}@tetouan.example`);
    expect(await fieldsOf(s.caller.petitions.sign({ commune: c, id, signer: signer('123') }))).toEqual(['signer.cin']);
    expect(
      await fieldsOf(s.caller.petitions.sign({ commune: c, id, signer: signer('Q12', { basis: 'activity' }) })),
    ).toEqual(['signer.activity']);
    // A batch with one bad line stores none of its lines.
    expect(
      await fieldsOf(
        agent.caller.petitions.paperBatch({
          commune: c,
          id,
          sheet: 'F-02',
          signers: [signer('R1'), signer('R2', { basis: 'activity' }), signer('R3')],
        }),
      ),
    ).toEqual(['signers.1.activity']);
    await withCommuneSettings(
      h.handle.db,
      c,
      { petitions: { signerBases: ['resident'], registeredVoterRequired: true } },
      async () => {
        expect(
          await fieldsOf(
            s.caller.petitions.sign({
              commune: c,
              id,
              signer: signer('Q13', { basis: 'activity', activity: 'Commerce' }),
            }),
          ),
        ).toEqual(['signer.basis']);
        expect(await fieldsOf(s.caller.petitions.sign({ commune: c, id, signer: signer('Q14') }))).toEqual([
          'signer.registeredVoter',
        ]);
        await s.caller.petitions.sign({ commune: c, id, signer: signer('Q15', { registeredVoter: true }) });
      },
    );
    const count = await h.handle.db
      .selectFrom('petitionSignatures')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('petitionId', '=', id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    expect((await h.anon().petitions.detail({ commune: c, id })).signatures).toBe(1);
  });

  it('the bureau rejects with reasons inside the clock; the mandataire and the signers read them', async () => {
    h.clock.set(START);
    await withCommuneSettings(h.handle.db, 'tetouan', SMALL, async () => {
      const { mandataire, agent, bureau, id } = await collecting();
      const c = 'tetouan';
      const signers = await Promise.all([1, 2].map((i) => h.user(`rj${i}-${n}@tetouan.example`)));
      await signers[0]!.caller.petitions.sign({ commune: c, id, signer: signer(`RJ${n}1`) });
      await signers[1]!.caller.petitions.sign({ commune: c, id, signer: signer(`RJ${n}2`) });
      await agent.caller.petitions.paperBatch({ commune: c, id, sheet: 'F-1', signers: [signer(`RJ${n}3`)] });
      await mandataire.caller.petitions.file({ commune: c, id });

      // The agent cannot decide; the bureau must give reasons.
      expect(
        await failure(
          agent.caller.petitions.review({ commune: c, id, decision: 'rejected', reasons: 'Hors compétence.' }),
        ),
      ).toMatchObject({ code: 'FORBIDDEN' });
      expect(
        await fieldsOf(bureau.caller.petitions.review({ commune: c, id, decision: 'rejected', reasons: '' })),
      ).toEqual(['reasons']);
      // The bureau's queue shows it with its deadline, reminders past.
      h.clock.set(new Date(Date.parse(START) + 40 * DAY));
      const q = await agent.caller.petitions.queue({ commune: c, state: 'filed' });
      expect(q.items.find((i) => i.id === id)).toMatchObject({ overdue: false, alerts: [30], daysSinceReceipt: 40 });
      // Due soon: not yet at day 40; in the last fortnight before the deadline (7 March + 3 months), it is.
      const dueSoon = () => agent.caller.petitions.queue({ commune: c, dueSoon: true });
      expect((await dueSoon()).items.map((i) => i.id)).not.toContain(id);
      h.clock.set(new Date(Date.parse(START) + 85 * DAY));
      expect((await dueSoon()).items.find((i) => i.id === id)).toMatchObject({ dueSoon: true, overdue: false });
      const reasons = 'L’éclairage de cette rue relève de la société délégataire : la demande lui a été transmise.';
      await bureau.caller.petitions.review({ commune: c, id, decision: 'rejected', reasons });

      const pub = await h.anon().petitions.detail({ commune: c, id });
      expect(pub).toMatchObject({ state: 'rejected', bureauText: reasons });
      expect(pub.timeline.map((e) => e.kind)).toEqual(['collecting', 'filed', 'rejected']);
      const inbox = await h.handle.db
        .selectFrom('notificationInbox')
        .select(['userId', 'template', 'params'])
        .where('template', '=', 'petition.rejected')
        .where('userId', 'in', [mandataire.id, ...signers.map((s) => s.id)])
        .execute();
      expect(inbox).toHaveLength(3);
      expect(inbox[0]!.params).toMatchObject({ reason: reasons, id });
      // Only the mandataire is emailed; the signers hear in-app.
      const emails = await h.handle.db
        .selectFrom('notifications')
        .select('recipient')
        .where('template', '=', 'petition.rejected')
        .where('channel', '=', 'email')
        .where('subjectId', '=', id)
        .execute();
      expect(emails.map((e) => e.recipient)).toEqual([`mandataire${n}@tetouan.example`]);
      // The network's figures: filed, rejected, on time, 40 days to the bureau's word.
      const net = await h.anon().petitions.network({ year: 2026 });
      expect(net.years).toContain(2026);
      // Every commune has its row, with or without petitions.
      expect(net.communes.map((x) => x.commune)).toEqual(expect.arrayContaining(['asilah', 'mdiq', 'tetouan']));
      const row = net.communes.find((x) => x.commune === c)!;
      expect(row.rejected).toBeGreaterThanOrEqual(1);
      expect(row.onTime).toBeGreaterThanOrEqual(1);
      expect(net.petitions.find((p) => p.id === id)).toMatchObject({ state: 'rejected', commune: c });
      expect(JSON.stringify(net)).not.toContain('L123456');
    });
  });

  it('an admissible petition goes to the next ordinary session, is debated, decided and followed up', async () => {
    h.clock.set(START);
    await withCommuneSettings(h.handle.db, 'tetouan', SMALL, async () => {
      const { mandataire, agent, bureau, id } = await collecting();
      const c = 'tetouan';
      await agent.caller.petitions.paperBatch({
        commune: c,
        id,
        sheet: 'F-9',
        signers: [signer(`AD${n}1`), signer(`AD${n}2`), signer(`AD${n}3`)],
      });
      await mandataire.caller.petitions.file({ commune: c, id });
      await bureau.caller.petitions.review({
        commune: c,
        id,
        decision: 'admissible',
        committee: 'Commission de l’urbanisme',
      });
      let pub = await h.anon().petitions.detail({ commune: c, id });
      expect(pub).toMatchObject({
        state: 'admissible',
        committee: 'Commission de l’urbanisme',
        sessionOn: '2026-05-01',
      });
      // The estimate became a session of the calendar, which the bureau can move.
      const sessions = await h.anon().petitions.sessions({ commune: c });
      const may = sessions.find((s) => s.opensOn === '2026-05-01')!;
      expect(may).toMatchObject({ kind: 'ordinary', estimated: false });
      await bureau.caller.petitions.updateSession({ commune: c, id: may.id!, kind: 'ordinary', opensOn: '2026-05-04' });
      expect(
        await fieldsOf(
          bureau.caller.petitions.createSession({ commune: c, kind: 'extraordinary', opensOn: '2026-05-04' }),
        ),
      ).toEqual(['opensOn']);
      const extra = await bureau.caller.petitions.createSession({
        commune: c,
        kind: 'extraordinary',
        opensOn: '2026-06-15',
        note: 'Eau potable',
      });
      expect((await h.anon().petitions.sessions({ commune: c })).map((x) => x.opensOn)).toEqual(
        expect.arrayContaining(['2026-05-04', '2026-06-15', '2026-10-01']),
      );
      expect(extra.kind).toBe('extraordinary');
      // Not debated before its session opens.
      expect(await failure(bureau.caller.petitions.debate({ commune: c, id }))).toMatchObject({
        reason: 'session_not_held',
      });
      h.clock.set('2026-05-05T10:00:00Z');
      await bureau.caller.petitions.debate({ commune: c, id });
      await bureau.caller.petitions.decide({
        commune: c,
        id,
        vote: { for: 31, against: 2, abstain: 4 },
        decision: 'Le conseil inscrit l’éclairage de la rue au budget 2027.',
        record: 'Délibération n° 45/2026',
      });
      await bureau.caller.petitions.followUp({ commune: c, id, text: 'Marché lancé en septembre 2026.' });
      await mandataire.caller.petitions.reference({ commune: c, id, reference: 'EP-2026-1234' });
      pub = await h.anon().petitions.detail({ commune: c, id });
      expect(pub).toMatchObject({
        state: 'decided',
        vote: { for: 31, against: 2, abstain: 4 },
        decisionRecord: 'Délibération n° 45/2026',
        followUp: 'Marché lancé en septembre 2026.',
        eparticipationRef: 'EP-2026-1234',
        sessionOn: '2026-05-04',
      });
      const templates = (
        await h.handle.db
          .selectFrom('notificationInbox')
          .select('template')
          .where('userId', '=', mandataire.id)
          .execute()
      ).map((x) => x.template);
      expect(templates.sort()).toEqual(['petition.admissible', 'petition.decided', 'petition.filed']);
      const register = await h.anon().petitions.register({ commune: c, state: 'decided' });
      expect(register.items.map((i) => i.id)).toContain(id);
    });
  });

  it('reminds the bureau at 30, 60 and 80 days once each, and erases identities after the retention', async () => {
    h.clock.set(START);
    await withCommuneSettings(
      h.handle.db,
      'chefchaouen',
      { petitions: { ...SMALL.petitions, retentionDays: 30 } },
      async () => {
        const { mandataire, agent, bureau, id } = await collecting('chefchaouen');
        const c = 'chefchaouen';
        await agent.caller.petitions.paperBatch({
          commune: c,
          id,
          sheet: 'F-1',
          signers: [signer(`RT${n}1`), signer(`RT${n}2`), signer(`RT${n}3`)],
        });
        await mandataire.caller.petitions.file({ commune: c, id });
        const sweep = () => sweepTimedNotices({ db: h.handle.db, clock: h.clock, modules: h.deps.modules });
        const reminders = () =>
          h.handle.db
            .selectFrom('notificationInbox')
            .select('params')
            .where('template', '=', 'staff.petitionReminder')
            .where('userId', '=', bureau.id)
            .execute();
        h.clock.set(new Date(Date.parse(START) + 29 * DAY));
        await sweep();
        expect(await reminders()).toHaveLength(0);
        h.clock.set(new Date(Date.parse(START) + 31 * DAY));
        await sweep();
        await sweep();
        expect((await reminders()).map((r) => (r.params as { days: number }).days)).toEqual([30]);
        h.clock.set(new Date(Date.parse(START) + 61 * DAY));
        await sweep();
        expect((await reminders()).map((r) => (r.params as { days: number }).days).sort()).toEqual([30, 60]);

        await bureau.caller.petitions.review({
          commune: c,
          id,
          decision: 'rejected',
          reasons: 'Le sujet ne relève pas du conseil.',
        });
        const upkeep = () => runUpkeep({ db: h.handle.db, clock: h.clock, modules: h.deps.modules });
        h.clock.set(new Date(Date.parse(START) + 80 * DAY));
        await upkeep();
        expect((await mandataire.caller.petitions.signatures({ commune: c, id })).purged).toBe(false);
        h.clock.set(new Date(Date.parse(START) + 95 * DAY));
        expect(await upkeep()).toBeGreaterThanOrEqual(3);
        const after = await mandataire.caller.petitions.signatures({ commune: c, id });
        expect(after.purged).toBe(true);
        expect(after.signatures.every((s) => s.identity === null)).toBe(true);
        // The counts and the neighbourhoods stay.
        expect(await h.anon().petitions.detail({ commune: c, id })).toMatchObject({ signatures: 3 });
      },
    );
  });

  it('a citizen proposal is answered, not reviewed, and needs no threshold', async () => {
    h.clock.set(START);
    const { mandataire, bureau } = await people();
    const c = 'tetouan';
    const { id } = await mandataire.caller.petitions.create(fields(c, { track: 'proposal' }));
    await mandataire.caller.petitions.file({ commune: c, id });
    expect(
      await failure(
        bureau.caller.petitions.review({ commune: c, id, decision: 'admissible', committee: 'Commission' }),
      ),
    ).toMatchObject({ reason: 'proposal_answered' });
    await bureau.caller.petitions.answer({
      commune: c,
      id,
      answer: 'La commune étudiera l’éclairage dans le plan 2027.',
    });
    expect(await h.anon().petitions.detail({ commune: c, id })).toMatchObject({ state: 'answered', track: 'proposal' });
  });

  it('keeps each commune’s petitions to itself', async () => {
    h.clock.set(START);
    const tet = await collecting('tetouan');
    const asl = await people('asilah');
    // Another commune's staff act in their own commune only: asking in Tetouan needs a Tetouan role.
    expect(
      await failure(
        asl.agent.caller.petitions.paperBatch({ commune: 'tetouan', id: tet.id, sheet: 'X', signers: [signer('T1')] }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    // Through their own commune, the Tetouan petition does not exist.
    expect(
      await failure(
        asl.agent.caller.petitions.paperBatch({ commune: 'asilah', id: tet.id, sheet: 'X', signers: [signer('T1')] }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(await failure(h.anon().petitions.detail({ commune: 'asilah', id: tet.id }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await failure(asl.bureau.caller.petitions.signatures({ commune: 'asilah', id: tet.id }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    const s = await h.user(`tenant-${n}@asilah.example`);
    expect(
      await failure(s.caller.petitions.sign({ commune: 'asilah', id: tet.id, signer: signer('T2') })),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    // A draft is the mandataire's alone: not in the register, not readable by id, not changed by another account.
    const { id: draft } = await tet.mandataire.caller.petitions.create(fields('tetouan'));
    expect(await failure(h.anon().petitions.detail({ commune: 'tetouan', id: draft }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await failure(s.caller.petitions.openCollecting({ commune: 'tetouan', id: draft }))).toMatchObject({
      reason: 'not_mandataire',
    });
    expect(await failure(s.caller.petitions.dossier({ commune: 'tetouan', id: draft }))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
