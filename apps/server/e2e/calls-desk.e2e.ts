import { createShabakaClient } from '@shabaka/client';
import { translate, type TranslationKey } from '@shabaka/ui/i18n';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useClockedServer } from './clocked';
import { expectFitsPhone, expectNoDeveloperText, PHONE, signInAs } from './harness';

// The real server with a clock the journey moves past the call's deadline (results are published after it).
const s = useClockedServer();
const PASSWORD = 'e2e calls desk passphrase';
const ar = (key: TranslationKey, values?: Record<string, string | number>) => translate('ar', key, values);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A field's label as shown: its text, plus the required marker where there is one. */
const field = (key: TranslationKey, values?: Record<string, string | number>) =>
  new RegExp(`^${escape(ar(key, values))}(\\s*\\*)?$`);

/** An account (names without dots: the raw-key detector reads "a.b" as a catalog key) and its API client. */
async function account(email: string, roles: string[] = []) {
  await s.user(email, PASSWORD, roles);
  const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({ email, password: PASSWORD });
  return createShabakaClient({ url: s.url, token });
}

async function signIn(email: string) {
  const page = await s.page();
  await page.setViewportSize(PHONE);
  await signInAs(page, `${s.url}/tetouan`, { email, password: PASSWORD });
  return page;
}

async function checkPage(page: Page) {
  await expectFitsPhone(page);
  await expectNoDeveloperText(page, page.url(), { staff: true });
}

const DAY = 86_400_000;
/** A day `n` days from the server's today, as the date box takes it. */
const inDays = (n: number) => new Date(s.now().getTime() + n * DAY).toISOString().slice(0, 10);
/** Days from today to the first Tuesday at least a week ahead (a working day unless a holiday falls on it). */
const nextTuesday = () => {
  for (let n = 7; ; n++) if (new Date(s.now().getTime() + n * DAY).getUTCDay() === 2) return n;
};
const PDF = Buffer.from('%PDF-1.4\n% statutes of the association\n%%EOF\n');
const TITLE = 'طلب مشاريع الرياضة في الأحياء';
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

describe('the calls for projects desk in Chromium, in Arabic on a 360 px phone', () => {
  it('staff write, edit and open a call, seat its committee, file a paper dossier, work the dossiers and publish; each refusal is named', async () => {
    const staff = await account('callsagent@tetouan.example', ['tetouan:agent']);
    await account('callshead@tetouan.example', ['tetouan:department_head']);
    const [m1, m2, m3] = await Promise.all(
      ['memberone', 'membertwo', 'memberthree'].map((m) => account(`${m}@example.ma`)),
    );
    await staff.associations.create.mutate({
      commune: 'tetouan',
      names: { ar: 'جمعية الملعب للرياضة', fr: 'Association Le Stade pour le sport' },
      object: 'Tournois de quartier et entraînements pour les enfants et les jeunes.',
      sectors: ['sport'],
      seatNeighbourhood: 'الباريو',
      constitutedOn: '2015-03-10',
    });
    const pool = await staff.associations.create.mutate({
      commune: 'tetouan',
      names: { ar: 'جمعية المسبح للسباحة', fr: 'Association La Piscine pour la natation' },
      object: 'Cours de natation pour les enfants des quartiers pendant l’été.',
      sectors: ['sport'],
      seatNeighbourhood: 'المصلى',
      constitutedOn: '2012-06-01',
    });

    // A new call: sent empty, each box says what it expects; a Saturday deadline is refused under its box.
    const agent = await signIn('callsagent@tetouan.example');
    await agent.goto(`${s.url}/tetouan/staff/calls`);
    await agent.getByRole('heading', { name: ar('callsDesk.title') }).waitFor();
    await agent.getByText(ar('callsDesk.list.empty')).waitFor();
    await checkPage(agent);
    await agent.getByRole('link', { name: ar('callsDesk.new') }).click();
    await button(agent, ar('callsDesk.form.create')).click();
    await agent.getByText(ar('callsDesk.error.field.title.ar')).waitFor();
    await agent.getByText(ar('callsDesk.error.field.criteria.weight')).waitFor();
    await agent.getByLabel(field('callsDesk.form.title.ar')).fill(TITLE);
    await agent.getByLabel(field('callsDesk.form.title.fr')).fill('Appel à projets sport de quartier');
    await agent.getByLabel(field('callsDesk.form.description.ar')).fill('دعم الجمعيات الرياضية لفائدة شباب الأحياء');
    await agent
      .getByLabel(field('callsDesk.form.description.fr'))
      .fill('Soutien aux associations sportives des quartiers');
    await button(agent, ar('callsDesk.form.addTheme')).click();
    await agent.getByLabel(field('callsDesk.form.theme.ar', { n: 1 })).fill('الرياضة');
    await agent.getByLabel(field('callsDesk.form.theme.fr', { n: 1 })).fill('Sport');
    await agent.getByLabel(field('callsDesk.form.envelope')).fill('150000');
    await agent.getByLabel(field('callsDesk.form.maxPerProject')).fill('60000');
    await agent.getByLabel(field('callsDesk.form.criterion.ar', { n: 1 })).fill('الملاءمة');
    await agent.getByLabel(field('callsDesk.form.criterion.fr', { n: 1 })).fill('Pertinence');
    await agent.getByLabel(field('callsDesk.form.criterion.weight', { n: 1 })).fill('60');
    await button(agent, ar('callsDesk.form.addCriterion')).click();
    await agent.getByLabel(field('callsDesk.form.criterion.ar', { n: 2 })).fill('الميزانية');
    await agent.getByLabel(field('callsDesk.form.criterion.fr', { n: 2 })).fill('Budget');
    await agent.getByLabel(field('callsDesk.form.criterion.weight', { n: 2 })).fill('40');
    await agent.getByLabel(field('callsDesk.form.document.ar', { n: 1 })).fill('القانون الأساسي');
    await agent.getByLabel(field('callsDesk.form.document.fr', { n: 1 })).fill('Statuts');
    await agent.getByLabel(field('callsDesk.form.opensOn')).fill(inDays(0));
    const tuesday = nextTuesday();
    await agent.getByLabel(field('callsDesk.form.closesOn')).fill(inDays(tuesday - 3));
    await button(agent, ar('callsDesk.form.create')).click();
    await agent.getByText(ar('calls.error.reason.not_working_day')).waitFor();
    await checkPage(agent);
    await agent.getByLabel(field('callsDesk.form.closesOn')).fill(inDays(tuesday));
    await button(agent, ar('callsDesk.form.create')).click();
    await agent.getByText(ar('callsDesk.form.saved.created')).waitFor();
    await agent.getByRole('heading', { name: TITLE }).waitFor();
    // An agent does not open a call: a head of department does.
    await agent.getByText(ar('callsDesk.open.needsHead')).waitFor();
    expect(await button(agent, ar('callsDesk.open.submit')).count()).toBe(0);
    await checkPage(agent);

    // The draft is edited: the keys of its criteria stay (c1, c2), the envelope changes.
    await agent.getByRole('link', { name: ar('callsDesk.call.edit') }).click();
    await agent.getByLabel(field('callsDesk.form.envelope')).fill('100000');
    await button(agent, ar('callsDesk.form.save')).click();
    await agent.getByText(ar('callsDesk.form.saved.updated')).waitFor();
    const callId = (await staff.calls.staffList.query({ commune: 'tetouan' })).find((c) => c.title.ar === TITLE)!.id;
    const draft = (await staff.calls.staffList.query({ commune: 'tetouan' })).find((c) => c.id === callId)!;
    expect(draft.envelopeMad).toBe(100_000);
    expect(draft.criteria.map((c) => c.key)).toEqual(['c1', 'c2']);

    // The committee: an unknown address is named under its box; members are seated by email.
    await agent.getByRole('link', { name: ar('callsDesk.committee.title'), exact: true }).click();
    await agent.getByLabel(field('callsDesk.committee.email')).fill('nobody@example.ma');
    await button(agent, ar('callsDesk.committee.submit')).click();
    await agent.getByText(ar('calls.error.reason.unknown_account')).waitFor();
    for (const email of ['memberone@example.ma', 'membertwo@example.ma', 'memberthree@example.ma']) {
      await agent.getByLabel(field('callsDesk.committee.email')).fill(email);
      await button(agent, ar('callsDesk.committee.submit')).click();
      await agent.getByText(ar('callsDesk.committee.added', { email })).waitFor();
    }
    await button(agent, ar('callsDesk.committee.removeNamed', { name: 'membertwo' })).waitFor();
    await checkPage(agent);

    // A head of department opens it.
    const head = await signIn('callshead@tetouan.example');
    await head.goto(`${s.url}/tetouan/staff/calls`);
    await head.getByRole('link', { name: TITLE }).click();
    await button(head, ar('callsDesk.open.submit')).click();
    await head.getByText(ar('callsDesk.open.done')).waitFor();
    // …and moves its deadline a week later, saying why: the call's page says so.
    await head.getByLabel(field('callsDesk.extend.closesOn')).fill(inDays(tuesday + 7));
    await head.getByLabel(field('callsDesk.extend.reason')).fill('طلبت الجمعيات مهلة إضافية لجمع الوثائق.');
    await button(head, ar('callsDesk.extend.submit')).click();
    await head
      .getByRole('status')
      .getByText(/مُدِّد آخر أجل إلى/)
      .waitFor();
    expect((await staff.calls.staffList.query({ commune: 'tetouan' })).find((c) => c.id === callId)?.closesOn).toBe(
      inDays(tuesday + 7),
    );

    // A paper dossier at the counter: the required document is named when missing, then the receipt's code.
    await agent.getByRole('link', { name: ar('callsDesk.counter.title') }).click();
    await agent.getByRole('heading', { name: ar('callsDesk.counter.title') }).waitFor();
    await agent.getByLabel(field('callsDesk.counter.call')).selectOption({ label: TITLE });
    await agent.getByLabel(field('callsDesk.counter.association')).selectOption({ label: 'جمعية الملعب للرياضة' });
    await agent.getByLabel(field('callsDesk.counter.project.ar')).fill('دوري الأحياء للشباب');
    await agent.getByLabel(field('callsDesk.counter.project.fr')).fill('Tournoi des quartiers pour les jeunes');
    await agent
      .getByLabel(field('callsDesk.counter.summary'))
      .fill('Un tournoi de football chaque samedi pour deux cents jeunes de six quartiers.');
    await agent.getByLabel(field('callsDesk.counter.amount')).fill('50000');
    await button(agent, ar('callsDesk.counter.submit')).click();
    await agent.getByText(ar('calls.error.reason.missing_document')).waitFor();
    await agent
      .getByLabel(ar('callsDesk.counter.documentRequired', { document: 'القانون الأساسي' }))
      .setInputFiles({ name: 'statuts.pdf', mimeType: 'application/pdf', buffer: PDF });
    await button(agent, ar('callsDesk.counter.submit')).click();
    // The live region's alert (the region is there before it, so the code is announced).
    const receipt = agent
      .getByRole('status')
      .filter({ hasText: ar('callsDesk.counter.done') })
      .last();
    await receipt.waitFor();
    const code = (await receipt.locator('strong').textContent())!.trim();
    expect(code).toMatch(/^[A-Z]+-AP-\d{4}-\d{6}$/);
    await checkPage(agent);
    // A second dossier, filed the same way through the API.
    const other = await staff.calls.submit.mutate({
      commune: 'tetouan',
      callId,
      associationId: pool.id,
      project: { ar: 'تعلم السباحة في الصيف', fr: 'Apprendre à nager en été' },
      summary: 'Des cours de natation gratuits pour cent enfants pendant les vacances.',
      requestedMad: 40_000,
      documents: { d1: { name: 'statuts.pdf', dataBase64: PDF.toString('base64') } },
    });

    // The dossiers: a document downloads, a dossier refused without a reason is named, both are found admissible.
    await agent.getByRole('link', { name: ar('callsDesk.all') }).click();
    await agent.getByRole('link', { name: TITLE }).click();
    await agent.getByRole('link', { name: ar('callsDesk.dossiers.title') }).click();
    await agent.getByRole('heading', { name: new RegExp(escape(code)) }).waitFor();
    await agent.getByText(ar('callsDesk.channel.counter'), { exact: true }).first().waitFor();
    const download = agent.waitForEvent('download');
    await button(agent, ar('callsDesk.dossier.downloadNamed', { document: 'القانون الأساسي', code })).click();
    expect((await download).suggestedFilename()).toBe(`${code}-d1.pdf`);
    await button(agent, ar('callsDesk.admissibility.noNamed', { code: other.code })).click();
    await agent.getByText(ar('callsDesk.error.field.reason')).waitFor();
    for (const c of [code, other.code]) {
      await button(agent, ar('callsDesk.admissibility.yesNamed', { code: c })).click();
      await agent.getByText(ar('callsDesk.admissibility.doneYes', { code: c })).waitFor();
    }
    // No marks yet: the proposal is refused, saying how many the commune asks for.
    await button(agent, ar('callsDesk.propose.selectNamed', { code })).click();
    await agent.getByText(ar('calls.error.reason.not_scored')).waitFor();
    await agent.getByText(ar('callsDesk.refusal.needed', { n: 2 })).waitFor();
    await checkPage(agent);

    // The committee scores (one member declares a conflict); the desk shows marks, comments and the conflict.
    const a = (await staff.calls.queue.query({ commune: 'tetouan', callId })).dossiers.find((d) => d.code === code)!;
    await m2!.calls.declareConflict.mutate({ commune: 'tetouan', applicationId: a.id, note: 'عضو في مكتب الجمعية' });
    for (const [m, marks] of [
      [m1!, { c1: 8, c2: 7 }],
      [m3!, { c1: 9, c2: 6 }],
    ] as const) {
      await m.calls.score.mutate({ commune: 'tetouan', applicationId: a.id, marks, comment: 'مشروع واضح' });
      await m.calls.score.mutate({ commune: 'tetouan', applicationId: other.id, marks: { c1: 5, c2: 5 } });
    }
    await agent.reload();
    await agent.getByText('عضو في مكتب الجمعية').waitFor();
    await agent.getByLabel(field('callsDesk.propose.amount')).first().fill('45000');
    await button(agent, ar('callsDesk.propose.selectNamed', { code })).click();
    await agent.getByText(ar('callsDesk.propose.doneSelect', { code })).waitFor();
    await checkPage(agent);

    // Publishing: refused before the deadline (with the deadline), then while a dossier has no proposal (named).
    await head.goto(`${s.url}/tetouan/staff/calls/${callId}/dossiers`);
    await button(head, ar('callsDesk.publish.submit')).click();
    await head.getByText(ar('calls.error.reason.call_still_open')).waitFor();
    s.advanceDays(tuesday + 8);
    await button(head, ar('callsDesk.publish.submit')).click();
    await head.getByText(ar('calls.error.reason.proposals_missing')).waitFor();
    await head.getByText(ar('callsDesk.refusal.codes', { codes: `\u2068${other.code}\u2069` })).waitFor();
    await checkPage(head);
    await button(agent, ar('callsDesk.propose.refuseNamed', { code: other.code })).click();
    await agent.getByText(ar('callsDesk.error.field.reason')).waitFor();
    await agent.getByLabel(field('callsDesk.propose.reason')).last().fill('الميزانية غير مفصلة بما يكفي.');
    await button(agent, ar('callsDesk.propose.refuseNamed', { code: other.code })).click();
    await agent.getByText(ar('callsDesk.propose.doneRefuse', { code: other.code })).waitFor();
    await button(head, ar('callsDesk.publish.submit')).click();
    await head.getByText(ar('callsDesk.publish.done', { n: 2 })).waitFor();
    await head.getByText(ar('callsDesk.dossierState.selected'), { exact: true }).waitFor();
    await head.getByText('الميزانية غير مفصلة بما يكفي.').waitFor();
    await checkPage(head);

    // The desk in French and Spanish (longer words) fits the phone too, without a raw key.
    for (const lang of ['fr', 'es'] as const) {
      for (const [path, heading] of [
        ['', 'callsDesk.title'],
        ['/new', 'callsDesk.new'],
        [`/${callId}/dossiers`, 'callsDesk.dossiers.title'],
        ['/counter', 'callsDesk.counter.title'],
      ] as const) {
        await agent.goto(`${s.url}/tetouan/staff/calls${path}?lang=${lang}`);
        await agent
          .getByRole('heading', { level: 2, name: new RegExp(`^${escape(translate(lang, heading))}`) })
          .waitFor();
        await checkPage(agent);
      }
    }
  });
});
