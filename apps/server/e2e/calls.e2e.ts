import { createShabakaClient } from '@shabaka/client';
import { translate, type TranslationKey } from '@shabaka/ui/i18n';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useClockedServer } from './clocked';
import { expectAxeClean, expectFitsPhone, expectNoDeveloperText, PHONE, signInAs } from './harness';

const s = useClockedServer();
const PASSWORD = 'e2e calls passphrase';
const ar = (key: TranslationKey, values?: Record<string, string | number>) => translate('ar', key, values);
/** A field's label as shown: its text, plus the required marker where there is one. */
const field = (key: TranslationKey) => new RegExp(`^${ar(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);
const PDF = Buffer.from('%PDF-1.4\n% statutes of the association\n%%EOF\n');
const TITLE = 'طلب مشاريع الشباب والثقافة';
const PROJECT = 'نادي المسرح لشباب الأحياء';

async function account(email: string, roles: string[] = []) {
  await s.user(email, PASSWORD, roles);
  return client(email);
}

async function client(email: string) {
  const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({ email, password: PASSWORD });
  return createShabakaClient({ url: s.url, token });
}

const signIn = (page: Page, email: string) => signInAs(page, `${s.url}/tetouan`, { email, password: PASSWORD });

/** A day `n` days from the server's today, as YYYY-MM-DD in Morocco. */
const dayAhead = (n: number) =>
  new Date(s.now().getTime() + n * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Africa/Casablanca' });

describe('calls for projects in Chromium, in Arabic on /tetouan/', () => {
  it('a representative is verified and files a dossier; the committee scores, one member blocked by a conflict; results, convention and ledger follow', async () => {
    const staff = await account('calls-agent@tetouan.example', ['tetouan:agent']);
    const head = await account('calls-head@tetouan.example', ['tetouan:department_head']);
    await account('yasmina-rep@example.ma');
    const late = await account('late-rep@example.ma');
    await s.user('calls-m1@example.ma', PASSWORD);
    await s.user('calls-m2@example.ma', PASSWORD);
    await s.user('calls-m3@example.ma', PASSWORD);

    const newAssociation = (ar: string, fr: string) =>
      staff.associations.create.mutate({
        commune: 'tetouan',
        names: { ar, fr },
        object: 'Ateliers de théâtre et de lecture pour les jeunes des quartiers.',
        sectors: ['culture', 'youth'],
        seatNeighbourhood: 'المدينة العتيقة',
        constitutedOn: '2015-03-01',
      });
    const { id: associationId } = await newAssociation('جمعية الياسمين للمسرح', 'Association Yasmine de théâtre');

    // The representative asks to represent the association from its public page; staff verify at the desk.
    const rep = await s.page();
    await rep.setViewportSize(PHONE);
    await signIn(rep, 'yasmina-rep@example.ma');
    await rep.goto(`${s.url}/tetouan/associations/${associationId}`);
    await rep.getByLabel(field('associations.represent.role')).fill('الرئيسة');
    await rep.getByRole('button', { name: ar('associations.represent.submit') }).click();
    await rep.getByText(ar('associations.represent.state.requested')).waitFor();
    const desk = await s.page();
    await signIn(desk, 'calls-agent@tetouan.example');
    await desk.goto(`${s.url}/tetouan/staff/associations/requests`);
    await desk.getByRole('heading', { name: 'جمعية الياسمين للمسرح' }).waitFor();
    await desk.getByRole('button', { name: new RegExp(`^${ar('associations.desk.requests.verify')}`) }).click();
    await desk.getByText(ar('associations.desk.requests.empty')).waitFor();

    // The commune's call: its deadline a working day a week or more ahead.
    let callId = '';
    for (let n = 7; !callId && n < 20; n++) {
      callId = await staff.calls.create
        .mutate({
          commune: 'tetouan',
          title: { ar: TITLE, fr: 'Appel à projets jeunesse et culture' },
          description: { ar: 'دعم مشاريع الجمعيات الثقافية لفائدة الشباب', fr: 'Projets culturels pour les jeunes' },
          themes: [{ ar: 'الثقافة', fr: 'Culture' }],
          year: Number(dayAhead(0).slice(0, 4)),
          envelopeMad: 300_000,
          maxPerProjectMad: 120_000,
          eligibility: { seatInCommune: true, minYearsConstituted: 3 },
          criteria: [
            { key: 'relevance', label: { ar: 'ملاءمة المشروع', fr: 'Pertinence' }, weight: 60 },
            { key: 'capacity', label: { ar: 'قدرة الجمعية', fr: 'Capacité' }, weight: 40 },
          ],
          checklist: [{ key: 'statutes', label: { ar: 'القانون الأساسي', fr: 'Statuts' }, required: true }],
          opensOn: dayAhead(0),
          closesOn: dayAhead(n),
        })
        .then(
          (c) => c.id,
          () => '',
        );
    }
    expect(callId).not.toBe('');
    await head.calls.open.mutate({ commune: 'tetouan', id: callId });

    // The representative finds the call on a phone and files the dossier; a file that is not a PDF nor a photo is refused under its field.
    await rep.goto(`${s.url}/tetouan/calls`);
    await rep.waitForSelector('html[dir="rtl"]');
    await rep.getByRole('link', { name: TITLE }).click();
    await rep.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expectNoDeveloperText(rep, 'call page (ar)');
    await expectFitsPhone(rep, 'call page (ar)');
    await expectAxeClean(rep, 'call page (ar)');
    await rep.getByLabel(field('calls.apply.association')).selectOption({ label: 'جمعية الياسمين للمسرح' });
    await rep.getByLabel(field('calls.apply.projectAr')).fill(PROJECT);
    await rep.getByLabel(field('calls.apply.projectFr')).fill('Club de théâtre pour les jeunes des quartiers');
    await rep
      .getByLabel(field('calls.apply.summary'))
      .fill('ورشات أسبوعية للمسرح لفائدة ستين شابا وشابة، وعرض ختامي في دار الثقافة.');
    await rep.getByLabel(field('calls.apply.amount')).fill('90000');
    const statutes = rep.getByLabel(/القانون الأساسي/);
    await statutes.setInputFiles({ name: 'statuts.txt', mimeType: 'text/plain', buffer: Buffer.from('not a pdf') });
    await rep.getByRole('button', { name: ar('calls.apply.submit') }).click();
    await rep.getByText(ar('calls.apply.fileProblem')).waitFor();
    expect((await staff.calls.queue.query({ commune: 'tetouan', callId })).dossiers).toHaveLength(0);
    await statutes.setInputFiles({ name: 'statuts.pdf', mimeType: 'application/pdf', buffer: PDF });
    await rep.getByRole('button', { name: ar('calls.apply.submit') }).click();
    const receipt = rep.getByRole('status').getByText(/TET-AP-\d{4}-\d{6}/);
    await receipt.waitFor();
    const code = /TET-AP-\d{4}-\d{6}/.exec((await receipt.textContent()) ?? '')![0];
    await expectFitsPhone(rep, 'call page after filing (ar)');

    // A second association's representative opens the form before the deadline and sends it after.
    const { id: lateAssociation } = await newAssociation('جمعية الأمل', 'Association Amal');
    const asked = await late.associations.requestRepresentation.mutate({
      commune: 'tetouan',
      id: lateAssociation,
      role: 'الكاتب العام',
    });
    await staff.associations.decideRepresentative.mutate({ commune: 'tetouan', id: asked.id, decision: 'verify' });
    const slow = await s.page();
    await signIn(slow, 'late-rep@example.ma');
    await slow.goto(`${s.url}/tetouan/calls/${callId}`);
    await slow.getByLabel(field('calls.apply.association')).selectOption({ label: 'جمعية الأمل' });
    await slow.getByLabel(field('calls.apply.projectAr')).fill('مكتبة الحي');
    await slow.getByLabel(field('calls.apply.projectFr')).fill('Bibliothèque de quartier');
    await slow
      .getByLabel(field('calls.apply.summary'))
      .fill('Une bibliothèque ouverte le soir pour les élèves du quartier.');
    await slow.getByLabel(field('calls.apply.amount')).fill('40000');
    await slow.getByLabel(/القانون الأساسي/).setInputFiles({ name: 's.pdf', mimeType: 'application/pdf', buffer: PDF });

    // Staff check the dossier and seat the committee at the desk.
    const [dossier] = (await staff.calls.queue.query({ commune: 'tetouan', callId })).dossiers;
    expect(dossier).toMatchObject({ code, state: 'submitted' });
    await desk.goto(`${s.url}/tetouan/staff/calls/${callId}/dossiers`);
    await desk.getByRole('button', { name: ar('callsDesk.admissibility.yesNamed', { code }), exact: true }).click();
    await desk
      .getByRole('button', { name: ar('callsDesk.admissibility.yesNamed', { code }), exact: true })
      .waitFor({ state: 'detached' });
    await expectNoDeveloperText(desk, 'calls desk dossiers (ar)', { staff: true });
    await expectAxeClean(desk, 'calls desk dossiers (ar)');
    await desk.goto(`${s.url}/tetouan/staff/calls/${callId}/committee`);
    for (const m of ['m1', 'm2', 'm3']) {
      await desk.getByLabel(field('callsDesk.committee.email')).fill(`calls-${m}@example.ma`);
      await desk.getByRole('button', { name: ar('callsDesk.committee.submit') }).click();
      await desk.getByText(`calls-${m}@example.ma`).first().waitFor();
    }
    expect(await staff.calls.committee.query({ commune: 'tetouan', id: callId })).toHaveLength(3);

    // The committee works the next day (the sign-in limit counts each day's attempts from one address).
    s.advanceDays(1);
    // The first member scores from the account page's link to the sheet.
    const m1 = await s.page();
    await m1.setViewportSize(PHONE);
    await signIn(m1, 'calls-m1@example.ma');
    await m1.goto(`${s.url}/tetouan/account`);
    await m1.getByRole('link', { name: ar('calls.mine.score', { title: TITLE }) }).click();
    await m1.getByRole('heading', { level: 2, name: PROJECT }).waitFor();
    await m1.getByLabel(/ملاءمة المشروع/).fill('9');
    await m1.getByLabel(/قدرة الجمعية/).fill('7');
    await m1.getByRole('button', { name: ar('calls.committee.save') }).click();
    await m1.getByText(ar('calls.committee.saved', { total: '82' })).waitFor();
    await expectNoDeveloperText(m1, 'committee sheet (ar)');
    await expectFitsPhone(m1, 'committee sheet (ar)');
    await expectAxeClean(m1, 'committee sheet (ar)');
    await m1.context().close();

    // The second declares a conflict of interest: the sheet no longer lets them score, and the server refuses a mark.
    const m2 = await s.page();
    await signIn(m2, 'calls-m2@example.ma');
    await m2.goto(`${s.url}/tetouan/calls/${callId}/committee`);
    await m2.getByText(ar('calls.committee.conflict'), { exact: true }).first().click();
    await m2.getByLabel(field('calls.committee.conflictNote')).fill('أنا عضو في مكتب هذه الجمعية.');
    await m2.getByRole('button', { name: ar('calls.committee.declare') }).click();
    await m2.getByText(ar('calls.committee.conflicted', { note: 'أنا عضو في مكتب هذه الجمعية.' })).waitFor();
    expect(await m2.getByRole('button', { name: ar('calls.committee.save') }).count()).toBe(0);
    const member2 = await client('calls-m2@example.ma');
    await expect(
      member2.calls.score.mutate({
        commune: 'tetouan',
        applicationId: dossier!.id,
        marks: { relevance: 10, capacity: 10 },
      }),
    ).rejects.toMatchObject({ data: { reason: 'conflict_declared' } });
    await m2.context().close();
    await (
      await client('calls-m3@example.ma')
    ).calls.score.mutate({
      commune: 'tetouan',
      applicationId: dossier!.id,
      marks: { relevance: 8, capacity: 8 },
    });

    // The deadline passes: the late form is refused with the deadline shown; staff propose, the head publishes.
    s.advanceDays(21);
    await slow.getByRole('button', { name: ar('calls.apply.submit') }).click();
    await slow.getByText(/انتهى أجل هذا الطلب في/).waitFor();
    await slow.context().close();
    await desk.goto(`${s.url}/tetouan/staff/calls/${callId}/dossiers`);
    await desk.getByLabel(field('callsDesk.propose.amount')).fill('80000');
    await desk.getByRole('button', { name: ar('callsDesk.propose.selectNamed', { code }), exact: true }).click();
    await expect
      .poll(async () => (await staff.calls.queue.query({ commune: 'tetouan', callId })).dossiers[0]?.proposal)
      .toBe('select');
    await desk.context().close();
    const chief = await s.page();
    await signIn(chief, 'calls-head@tetouan.example');
    await chief.goto(`${s.url}/tetouan/staff/calls/${callId}/dossiers`);
    await chief.getByRole('button', { name: ar('callsDesk.publish.submit') }).click();
    await chief.getByText(ar('callsDesk.publish.done', { n: 1 })).waitFor();
    await chief.context().close();

    // Anyone reads the results; the representative sees the outcome on the account page.
    const visitor = await s.page();
    await visitor.setViewportSize(PHONE);
    await visitor.goto(`${s.url}/tetouan/calls/${callId}?lang=ar`);
    await visitor.getByRole('heading', { level: 2, name: ar('calls.results.title') }).waitFor();
    const results = (await visitor.locator('main').textContent()) ?? '';
    expect(results).toContain(PROJECT);
    expect(results).toContain(ar('calls.state.selected'));
    expect(results).toContain(code);
    await expectNoDeveloperText(visitor, 'call results (ar)');
    await expectFitsPhone(visitor, 'call results (ar)');
    await expectAxeClean(visitor, 'call results (ar)');
    await rep.goto(`${s.url}/tetouan/account`);
    await rep.getByRole('heading', { name: ar('calls.mine.title') }).waitFor();
    await rep.getByText(ar('calls.state.selected')).waitFor();

    // The subsidy granted is a convention (80,000 MAD, above the threshold): planned, signed, it verifies.
    const [subsidy] = await staff.subsidies.staffList.query({ commune: 'tetouan' });
    expect(subsidy).toMatchObject({ amountMad: 80_000, kind: 'convention', callId });
    await staff.subsidies.prepare.mutate({
      commune: 'tetouan',
      id: subsidy!.id,
      deliverables: [{ ar: 'عرض مسرحي ختامي', fr: 'Un spectacle de fin d’année' }],
      tranches: [{ amountMad: 80_000, dueOn: dayAhead(30), afterReport: null }],
      reports: [{ kind: 'final', dueOn: dayAhead(300) }],
    });
    const signed = await head.subsidies.sign.mutate({ commune: 'tetouan', id: subsidy!.id });
    await visitor.goto(`${s.url}/tetouan/subsidies?lang=ar`);
    await visitor.getByRole('heading', { level: 2, name: PROJECT }).waitFor();
    await visitor.getByRole('link', { name: ar('subsidies.entry.verify', { code: signed.code }) }).click();
    await visitor.waitForURL(`**/verify/${signed.code}`);
    expect((await visitor.locator('section.status h2').textContent())?.replace(/^[✓⚠✗?]\s*/u, '').trim()).toBe(
      ar('verify.status.valid'),
    );
    await visitor.context().close();
    await rep.context().close();
  });
});
