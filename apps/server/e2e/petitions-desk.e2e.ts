import { createShabakaClient } from '@shabaka/client';
import { translate, type TranslationKey } from '@shabaka/ui/i18n';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useClockedServer } from './clocked';
import { expectAxeClean, expectFitsPhone, expectNoDeveloperText, PHONE, signInAs } from './harness';

// The real server with a clock the journey moves 40 days on: the bureau's first reminder has passed, its three months not.
const s = useClockedServer();
const PASSWORD = 'e2e petitions desk passphrase';
const COMMUNE = 'tetouan';
const ar = (key: TranslationKey, values?: Record<string, string | number>) => translate('ar', key, values);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A field's label as shown: its text, plus the required marker where there is one. */
const field = (key: TranslationKey, values?: Record<string, string | number>) =>
  new RegExp(`^${escape(ar(key, values))}(\\s*\\*)?$`);
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** An account (names without dots: the raw-key detector reads "a.b" as a catalog key) and its API client. */
async function account(email: string, roles: string[] = []) {
  await s.user(email, PASSWORD, roles);
  return client(email);
}

/** A fresh API session (one opened before the clock moves 40 days has expired by then). */
async function client(email: string) {
  const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({ email, password: PASSWORD });
  return createShabakaClient({ url: s.url, token });
}

async function signIn(email: string) {
  const page = await s.page();
  await page.setViewportSize(PHONE);
  await signInAs(page, `${s.url}/${COMMUNE}`, { email, password: PASSWORD });
  return page;
}

async function checkPage(page: Page, where: string) {
  await expectFitsPhone(page, where);
  await expectNoDeveloperText(page, where, { staff: true });
  await expectAxeClean(page, where);
}

const MANDATAIRE = 'سميرة الإدريسي';
const signer = (cin: string, over: Record<string, unknown> = {}) => ({
  name: `موقع ${cin.slice(-3)}`,
  cin,
  address: 'زنقة الزيتون رقم 3',
  neighbourhood: 'الملاح',
  basis: 'resident' as const,
  ...over,
});

describe('the petitions desk in Chromium, in Arabic on a 360 px phone', () => {
  it('an agent keys a paper sheet (a duplicate said by its line, a bad line named under its box), the bureau rejects the filed petition with reasons inside the clock', async () => {
    const mandataire = await account('petmandataire@example.ma');
    const agentApi = await account('petagent@tetouan.example', [`${COMMUNE}:agent`]);
    await s.user('pethead@tetouan.example', PASSWORD, [`${COMMUNE}:department_head`]);

    // The citizen side, through the API: a petition collecting, one signature online, 198 keyed on paper earlier.
    const { id, code } = await mandataire.petitions.create.mutate({
      commune: COMMUNE,
      track: 'petition',
      subject: 'إنارة زنقة الزيتون',
      reasons: 'زنقة الزيتون بدون إنارة عمومية منذ سنتين، ويعود السكان إلى منازلهم في الظلام.',
      request: 'إدراج إنارة الزنقة وميزانيتها في جدول أعمال المجلس.',
      theme: 'neighbourhood',
      language: 'ar',
      mandataire: { name: MANDATAIRE, cin: 'L123456', address: 'زنقة الزيتون رقم 12، تطوان' },
    });
    await mandataire.petitions.openCollecting.mutate({ commune: COMMUNE, id });
    await mandataire.petitions.sign.mutate({ commune: COMMUNE, id, signer: signer('K100001') });
    const rules = await agentApi.petitions.staffRules.query({ commune: COMMUNE });
    const needed = rules.petition.signatures;
    let cin = 200_000;
    const lines = (n: number) => Array.from({ length: n }, () => signer(`P${++cin}`));
    for (let left = needed - 2; left > 0; left -= 100) {
      await agentApi.petitions.paperBatch.mutate({
        commune: COMMUNE,
        id,
        sheet: `S${cin}`,
        signers: lines(Math.min(100, left)),
      });
    }
    expect((await agentApi.petitions.dossier.query({ commune: COMMUNE, id })).signatures).toBe(needed - 1);

    // The agent finds it in the queue by its code and opens its page: no identity is shown to an agent.
    const agent = await signIn('petagent@tetouan.example');
    await agent.goto(`${s.url}/${COMMUNE}/staff/petitions`);
    await agent.getByRole('heading', { name: ar('petitionsDesk.queue.title') }).waitFor();
    await agent.getByLabel(ar('petitionsDesk.queue.search')).fill(code);
    await button(agent, ar('petitionsDesk.queue.searchSubmit')).click();
    await agent.getByText(ar('petitionsDesk.queue.total', { n: 1 })).waitFor();
    await checkPage(agent, 'queue (agent)');
    await agent.getByRole('link', { name: code }).click();
    await agent.getByRole('heading', { name: new RegExp(escape(code)) }).waitFor();
    await agent.getByText(ar('petitionsDesk.batches.caption')).first().waitFor();
    expect(await agent.getByText(MANDATAIRE).count()).toBe(0);
    expect(await button(agent, ar('petitionsDesk.signers.csv')).count()).toBe(0);
    await checkPage(agent, 'petition page (agent)');

    // A sheet of three lines: a new signer, one who signed online (a duplicate), one with an activity left unsaid.
    await agent.getByRole('link', { name: ar('petitionsDesk.paper.title') }).click();
    await agent.getByLabel(field('petitionsDesk.paper.sheet')).fill('ورقة 7');
    const fill = async (n: number, v: { name: string; cin: string; basis: 'resident' | 'activity' }) => {
      await agent.getByLabel(field('petitionsDesk.paper.field.name', { n })).fill(v.name);
      await agent.getByLabel(field('petitionsDesk.paper.field.cin', { n })).fill(v.cin);
      await agent.getByLabel(field('petitionsDesk.paper.field.address', { n })).fill('زنقة الزيتون رقم 5');
      await agent.getByLabel(field('petitionsDesk.paper.field.neighbourhood', { n })).fill('الملاح');
      await agent
        .getByLabel(field('petitionsDesk.paper.field.basis', { n }))
        .selectOption({ label: ar(`petitionsDesk.basis.${v.basis}`) });
    };
    await fill(1, { name: 'أمينة العلمي', cin: 'Z 900 001', basis: 'resident' });
    await button(agent, ar('petitionsDesk.paper.addLine')).click();
    await fill(2, { name: 'موقع عبر الإنترنت', cin: 'K100001', basis: 'resident' });
    await button(agent, ar('petitionsDesk.paper.addLine')).click();
    await fill(3, { name: 'يوسف التاجر', cin: 'Z900003', basis: 'activity' });
    await button(agent, ar('petitionsDesk.paper.submit')).click();
    // The server names the third line's activity; nothing is stored and every line stays as typed.
    await agent.getByText(ar('petitions.error.reason.activity_required')).waitFor();
    const activity = agent.getByLabel(field('petitionsDesk.paper.field.activity', { n: 3 }));
    expect(await activity.getAttribute('aria-invalid')).toBe('true');
    expect(await agent.getByLabel(field('petitionsDesk.paper.field.name', { n: 1 })).inputValue()).toBe('أمينة العلمي');
    expect(await agent.getByLabel(field('petitionsDesk.paper.field.cin', { n: 2 })).inputValue()).toBe('K100001');
    expect((await agentApi.petitions.dossier.query({ commune: COMMUNE, id })).signatures).toBe(needed - 1);
    await checkPage(agent, 'paper sheet refused (agent)');
    await activity.fill('محل بقالة، رخصة تجارية');
    await button(agent, ar('petitionsDesk.paper.submit')).click();
    const saved = agent
      .getByRole('status')
      .filter({ hasText: ar('petitionsDesk.paper.saved', { sheet: 'ورقة 7' }) })
      .last();
    await saved.waitFor();
    await saved.getByText(ar('petitionsDesk.paper.accepted', { n: 2 })).waitFor();
    await saved.getByText(ar('petitionsDesk.paper.duplicates', { n: 1, lines: '2' }), { exact: false }).waitFor();
    await saved.getByText(ar('petitionsDesk.paper.reached'), { exact: false }).waitFor();
    await checkPage(agent, 'paper sheet saved (agent)');

    // The mandataire files it; 40 days later the bureau has been reminded once and is still inside the clock.
    await mandataire.petitions.file.mutate({ commune: COMMUNE, id });
    s.advanceDays(40);
    const head = await signIn('pethead@tetouan.example');
    await head.goto(`${s.url}/${COMMUNE}/staff/petitions`);
    await head.getByRole('link', { name: code }).waitFor();
    await head.getByText(ar('petitionsDesk.alerts', { days: '30' })).waitFor();
    await checkPage(head, 'queue (bureau)');
    await head.getByRole('link', { name: code }).click();
    await head.getByText(MANDATAIRE).waitFor();
    // The deadline is said before the decision (its date as the reader writes dates).
    const dueBy = ar('petitionsDesk.bureau.dueBy', { date: '\u0000' }).split('\u0000')[0]!;
    await head.getByText(new RegExp(`^${escape(dueBy)}`)).waitFor();
    await checkPage(head, 'petition page (bureau)');
    // Rejected without a reason: the box says what it expects.
    await button(head, ar('petitionsDesk.review.submitRejected')).click();
    await head.getByText(ar('petitionsDesk.error.field.reasons')).waitFor();
    const reasons = 'الإنارة العمومية لهذه الزنقة مبرمجة في صفقة جارية، ولا تحتاج مقررا جديدا من المجلس.';
    await head.getByLabel(field('petitionsDesk.review.reasons')).fill(reasons);
    await button(head, ar('petitionsDesk.review.submitRejected')).click();
    await head.getByText(ar('petitionsDesk.review.doneRejected', { code: `\u2068${code}\u2069` })).waitFor();
    await head.getByText(ar('petitionsDesk.state.rejected'), { exact: true }).first().waitFor();
    await checkPage(head, 'petition rejected (bureau)');
    const headApi = await client('pethead@tetouan.example');
    const after = await headApi.petitions.dossier.query({ commune: COMMUNE, id });
    expect(after.state).toBe('rejected');
    expect(after.bureauText).toBe(reasons);
    expect(after.signaturesPaper).toBe(needed);
    const rejected = after.timeline.find((e) => e.kind === 'rejected');
    expect(rejected?.data).toMatchObject({ late: false });

    // The signatures' CSV downloads for the bureau, named after the petition.
    const download = head.waitForEvent('download');
    await button(head, ar('petitionsDesk.signers.csv')).click();
    expect((await download).suggestedFilename()).toBe(`${code}-signatures.csv`);

    // The council's calendar: an extraordinary session added by the bureau shows among the entered ones.
    await head.getByRole('link', { name: ar('petitionsDesk.sessions.title') }).click();
    await head.getByRole('heading', { name: ar('petitionsDesk.sessions.title') }).waitFor();
    const day = new Date(s.now().getTime() + 20 * 86_400_000).toISOString().slice(0, 10);
    await head
      .getByLabel(field('petitionsDesk.sessions.kind'))
      .selectOption({ label: ar('petitionsDesk.session.kind.extraordinary') });
    await head.getByLabel(field('petitionsDesk.sessions.opensOn')).fill(day);
    await button(head, ar('petitionsDesk.sessions.submitAdd')).click();
    await head.getByText(ar('petitionsDesk.sessions.added')).waitFor();
    await head
      .getByRole('heading', { name: new RegExp(`^${escape(ar('petitionsDesk.session.kind.extraordinary'))}`) })
      .waitFor();
    // The same day again is refused under its box; the session is then moved a day later.
    await head
      .getByLabel(field('petitionsDesk.sessions.kind'))
      .selectOption({ label: ar('petitionsDesk.session.kind.extraordinary') });
    await head.getByLabel(field('petitionsDesk.sessions.opensOn')).fill(day);
    await button(head, ar('petitionsDesk.sessions.submitAdd')).click();
    await head.getByText(ar('petitions.error.reason.session_exists')).waitFor();
    expect(await head.getByLabel(field('petitionsDesk.sessions.opensOn')).getAttribute('aria-invalid')).toBe('true');
    await checkPage(head, 'calendar (bureau)');
    const moved = new Date(s.now().getTime() + 21 * 86_400_000).toISOString().slice(0, 10);
    await head.getByLabel(field('petitionsDesk.sessions.newDate')).fill(moved);
    await button(head, ar('petitionsDesk.sessions.submitMove')).click();
    await head.getByText(ar('petitionsDesk.sessions.moved')).waitFor();

    // A second petition goes the other way: admissible with a committee, moved to that session, debated once it
    // has opened (not before), decided with its vote (a missing count named), followed up and referenced.
    const [mandataire2, agent2] = await Promise.all([
      client('petmandataire@example.ma'),
      client('petagent@tetouan.example'),
    ]);
    const second = await mandataire2.petitions.create.mutate({
      commune: COMMUNE,
      track: 'petition',
      subject: 'حديقة حي الملاح',
      reasons: 'لا توجد في حي الملاح أي مساحة خضراء يلعب فيها الأطفال بأمان بعد المدرسة.',
      request: 'إحداث حديقة عمومية صغيرة في الأرض الفارغة قرب المدرسة.',
      theme: 'neighbourhood',
      language: 'ar',
      mandataire: { name: MANDATAIRE, cin: 'L123456', address: 'زنقة الزيتون رقم 12، تطوان' },
    });
    await mandataire2.petitions.openCollecting.mutate({ commune: COMMUNE, id: second.id });
    for (let left = needed; left > 0; left -= 100)
      await agent2.petitions.paperBatch.mutate({
        commune: COMMUNE,
        id: second.id,
        sheet: `T${cin}`,
        signers: lines(Math.min(100, left)),
      });
    await mandataire2.petitions.file.mutate({ commune: COMMUNE, id: second.id });
    await head.goto(`${s.url}/${COMMUNE}/staff/petitions/${second.id}`);
    await head.getByLabel(field('petitionsDesk.review.committee')).fill('لجنة التعمير والبيئة');
    await button(head, ar('petitionsDesk.review.submitAdmissible')).click();
    const secondCode = `\u2068${second.code}\u2069`;
    await head.getByText(ar('petitionsDesk.review.doneAdmissible', { code: secondCode })).waitFor();
    const sessionBox = head.getByLabel(field('petitionsDesk.schedule.session'));
    const extraordinary = sessionBox.locator('option', { hasText: ar('petitionsDesk.session.kind.extraordinary') });
    await sessionBox.selectOption((await extraordinary.getAttribute('value'))!);
    await button(head, ar('petitionsDesk.schedule.submit')).click();
    await head.getByText(ar('petitionsDesk.schedule.done')).waitFor();
    await button(head, ar('petitionsDesk.debate.submit')).click();
    await head.getByText(ar('petitions.error.reason.session_not_held')).waitFor();
    await checkPage(head, 'petition admissible (bureau)');
    s.advanceDays(21);
    await head.reload();
    await button(head, ar('petitionsDesk.debate.submit')).click();
    await head.getByLabel(field('petitionsDesk.decide.for')).waitFor();
    await head.getByLabel(field('petitionsDesk.decide.against')).fill('3');
    await head.getByLabel(field('petitionsDesk.decide.abstain')).fill('1');
    await head
      .getByLabel(field('petitionsDesk.decide.decision'))
      .fill('يوافق المجلس على إحداث الحديقة في ميزانية السنة المقبلة.');
    await head.getByLabel(field('petitionsDesk.decide.record')).fill('محضر الدورة، المداولة 12');
    await button(head, ar('petitionsDesk.decide.submit')).click();
    await head.getByText(ar('petitionsDesk.error.field.vote.for')).waitFor();
    await head.getByLabel(field('petitionsDesk.decide.for')).fill('21');
    await button(head, ar('petitionsDesk.decide.submit')).click();
    await head.getByText(ar('petitionsDesk.decide.done', { code: secondCode })).waitFor();
    await head.getByLabel(field('petitionsDesk.followUp.text')).fill('أعدت المصالح التقنية دراسة الحديقة.');
    await button(head, ar('petitionsDesk.followUp.submit')).click();
    await head.getByText(ar('petitionsDesk.followUp.done', { code: secondCode })).waitFor();
    await head.getByLabel(field('petitionsDesk.reference.text')).fill('EP-2026-0042');
    await button(head, ar('petitionsDesk.reference.submit')).click();
    await head.getByText(ar('petitionsDesk.reference.done', { code: secondCode })).waitFor();
    await checkPage(head, 'petition decided (bureau)');
    const decided = await (
      await client('pethead@tetouan.example')
    ).petitions.dossier.query({ commune: COMMUNE, id: second.id });
    expect(decided).toMatchObject({
      state: 'decided',
      committee: 'لجنة التعمير والبيئة',
      vote: { for: 21, against: 3, abstain: 1 },
      followUp: 'أعدت المصالح التقنية دراسة الحديقة.',
      eparticipationRef: 'EP-2026-0042',
      sessionOn: moved,
    });

    // The desk in French and Spanish (longer words) fits the phone too, without a raw key.
    for (const lang of ['fr', 'es'] as const) {
      for (const [path, heading] of [
        ['', 'petitionsDesk.queue.title'],
        ['/sessions', 'petitionsDesk.sessions.title'],
        [`/${id}/paper`, 'petitionsDesk.paper.title'],
      ] as const) {
        await head.goto(`${s.url}/${COMMUNE}/staff/petitions${path}?lang=${lang}`);
        await head
          .getByRole('heading', { level: 2, name: new RegExp(`^${escape(translate(lang, heading))}`) })
          .waitFor();
        await expectFitsPhone(head, `${path} (${lang})`);
        await expectNoDeveloperText(head, `${path} (${lang})`, { staff: true });
      }
      await head.goto(`${s.url}/${COMMUNE}/staff/petitions/${id}?lang=${lang}`);
      await head.getByRole('heading', { level: 2, name: new RegExp(escape(code)) }).waitFor();
      await expectFitsPhone(head, `petition (${lang})`);
      await expectNoDeveloperText(head, `petition (${lang})`, { staff: true });
    }
  });
});
