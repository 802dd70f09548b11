import { createShabakaClient } from '@shabaka/client';
import { translate, type TranslationKey } from '@shabaka/ui/i18n';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useClockedServer } from './clocked';
import { expectAxeClean, expectFitsPhone, expectNoDeveloperText, PHONE, signInAs } from './harness';

const s = useClockedServer();
const PASSWORD = 'e2e priorities passphrase';
const ar = (key: TranslationKey, values?: Record<string, string | number>) => translate('ar', key, values);
/** A field's label as shown: its text, plus the required marker where there is one. */
const field = (key: TranslationKey, values?: Record<string, string | number>) =>
  new RegExp(`^${ar(key, values).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);
const TITLE = 'إنارة الزنقة خلف السوق';
const DESCRIPTION = 'الزنقة خلف السوق مظلمة بعد الساعة الثامنة ليلا، نقترح أعمدة إنارة على طولها.';
const REASON = 'الإنارة العمومية من اختصاص الجماعة، والكلفة في حدود غلاف البرنامج.';
const CIN = 'AB123456';

const signIn = (page: Page, email: string) => signInAs(page, `${s.url}/tetouan`, { email, password: PASSWORD });

/** A day `n` days from the server's today, as YYYY-MM-DD in Morocco. */
const dayAhead = (n: number) =>
  new Date(s.now().getTime() + n * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Africa/Casablanca' });

describe('PAC prioritisation in Chromium, in Arabic on /tetouan/ on a 360 px phone', () => {
  it('a citizen proposes, staff find it admissible, the citizen votes, the same CIN on paper is a duplicate, results show the participation rate', async () => {
    await s.user('priorities-agent@tetouan.example', PASSWORD, ['tetouan:agent']);
    await s.user('salma-priorities@example.ma', PASSWORD);
    const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({
      email: 'priorities-agent@tetouan.example',
      password: PASSWORD,
    });
    const staff = createShabakaClient({ url: s.url, token });
    const basis = { ar: 'القانون التنظيمي 113.14، المادة 119', fr: 'Loi organique 113-14, art. 119' };
    const { id: planId } = await staff.pac.savePlan.mutate({
      commune: 'tetouan',
      plan: {
        title: { ar: 'برنامج عمل جماعة تطوان', fr: 'Programme d’action de Tétouan' },
        mandateStart: 2021,
        mandateEnd: 2027,
        phases: [{ kind: 'prioritisation', startsOn: dayAhead(-5), endsOn: dayAhead(30), legalBasis: basis }],
      },
    });
    const { id } = await staff.pac.proposals.saveConsultation.mutate({
      commune: 'tetouan',
      consultation: {
        planId,
        title: { ar: 'أولويات الأحياء', fr: 'Priorités des quartiers' },
        question: { ar: 'ما المشاريع ذات الأولوية لحيّكم؟', fr: 'Quels projets pour votre quartier ?' },
        method: 'ranking',
        maxChoices: 2,
        proposalsOpenOn: dayAhead(0),
        proposalsCloseOn: dayAhead(1),
        votesOpenOn: dayAhead(3),
        votesCloseOn: dayAhead(4),
        eligiblePopulation: 1000,
        eligibleSource: 'الإحصاء العام 2014، 18 سنة فما فوق',
        minAge: 18,
        residenceCheck: 'self_declared',
      },
    });

    // The citizen finds the consultation from the plan's page and proposes a project (a too short title first).
    const citizen = await s.page();
    await citizen.setViewportSize(PHONE);
    await signIn(citizen, 'salma-priorities@example.ma');
    await citizen.goto(`${s.url}/tetouan/pac`);
    await citizen.getByRole('link', { name: ar('pac.links.priorities') }).click();
    await citizen.getByRole('heading', { level: 1, name: ar('pacProposals.title') }).waitFor();
    await expectNoDeveloperText(citizen, 'consultations (ar)');
    await expectFitsPhone(citizen, 'consultations (ar)');
    await expectAxeClean(citizen, 'consultations (ar)');
    await citizen.getByRole('link', { name: ar('pacProposals.open', { title: 'أولويات الأحياء' }) }).click();
    await citizen.getByRole('heading', { level: 1, name: 'أولويات الأحياء' }).waitFor();
    await citizen.getByLabel(field('pacProposals.form.title')).fill('قصير');
    await citizen.getByLabel(field('pacProposals.form.description')).fill(DESCRIPTION);
    await citizen.getByLabel(field('pacProposals.form.neighbourhood')).fill('السوق');
    await citizen.getByRole('button', { name: ar('pacProposals.form.submit') }).click();
    await citizen.getByText(ar('pacProposals.error.field.title')).waitFor();
    await citizen.getByLabel(field('pacProposals.form.title')).fill(TITLE);
    await citizen.getByLabel(field('pacProposals.form.cost')).fill('180000');
    await citizen.getByRole('button', { name: ar('pacProposals.form.submit') }).click();
    const receipt = citizen.getByRole('status').filter({ hasText: /TET-PR-\d{4}-\d{6}/ });
    await receipt.waitFor();
    const code = /TET-PR-\d{4}-\d{6}/.exec((await receipt.textContent()) ?? '')![0];
    await citizen.getByRole('heading', { level: 3, name: TITLE }).waitFor();
    await citizen.getByText(ar('pacProposals.proposal.state.submitted')).waitFor();
    await expectNoDeveloperText(citizen, 'consultation collecting (ar)');
    await expectFitsPhone(citizen, 'consultation collecting (ar)');
    await expectAxeClean(citizen, 'consultation collecting (ar)');

    // Two days later, proposals closed: an agent finds it admissible at the desk, with the public reason.
    s.advanceDays(2);
    const desk = await s.page();
    await desk.setViewportSize(PHONE);
    await signIn(desk, 'priorities-agent@tetouan.example');
    await desk.goto(`${s.url}/tetouan/staff/priorities`);
    await desk.getByRole('link', { name: ar('pacProposals.desk.proposals') }).click();
    await desk.getByRole('heading', { name: code }).waitFor();
    await expectNoDeveloperText(desk, 'desk consultation (ar)');
    await expectFitsPhone(desk, 'desk consultation (ar)');
    await expectAxeClean(desk, 'desk consultation (ar)');
    await desk.getByLabel(ar('pacProposals.desk.review.admissible'), { exact: true }).check();
    await desk.getByLabel(field('pacProposals.desk.review.reason')).fill(REASON);
    await desk.getByRole('button', { name: ar('pacProposals.desk.review.submit') }).click();
    await desk.getByText(ar('pacProposals.desk.review.done', { code })).waitFor();

    // The vote opens: the page says only how many voted; the citizen ranks the proposal first and votes.
    s.advanceDays(1);
    await citizen.goto(`${s.url}/tetouan/pac/priorities/${id}`);
    await citizen.getByText(ar('pacProposals.voters.open', { n: '0', date: '' }).slice(0, 30)).waitFor();
    await citizen
      .getByLabel(ar('pacProposals.vote.choice', { n: 1 }), { exact: true })
      .selectOption({ label: `${TITLE} (${code})` });
    await citizen.getByLabel(field('pacProposals.vote.cin')).fill(CIN);
    // The residence is declared, or the vote is refused under the box.
    await citizen.getByRole('button', { name: ar('pacProposals.vote.submit') }).click();
    await citizen.getByText(ar('pacProposals.error.field.residence')).waitFor();
    await citizen.getByLabel(ar('pacProposals.vote.residence', { age: 18 })).check();
    await expectFitsPhone(citizen, 'ballot (ar)');
    await expectAxeClean(citizen, 'ballot (ar)');
    await citizen.getByRole('button', { name: ar('pacProposals.vote.submit') }).click();
    await citizen.getByText(ar('pacProposals.vote.done')).waitFor();

    // At the counter, an agent keys a paper ballot with the same CIN (written with spaces): a duplicate, said by line.
    await desk.goto(`${s.url}/tetouan/staff/priorities/${id}`);
    await desk.getByRole('heading', { name: ar('pacProposals.desk.paper.heading') }).waitFor();
    await desk.getByLabel(field('pacProposals.desk.paper.sheet')).fill('G-1');
    await desk.getByLabel(field('pacProposals.desk.paper.cin', { n: 1 })).fill('ab 123 456');
    await desk
      .getByLabel(ar('pacProposals.desk.paper.choice', { n: 1, c: 1 }), { exact: true })
      .selectOption({ label: `${TITLE} (${code})` });
    await expectFitsPhone(desk, 'paper ballots (ar)');
    await expectAxeClean(desk, 'paper ballots (ar)');
    await desk.getByRole('button', { name: ar('pacProposals.desk.paper.submit') }).click();
    await desk.getByText(ar('pacProposals.desk.paper.duplicates', { lines: '1' })).waitFor();
    const open = await createShabakaClient({ url: s.url }).pac.proposals.consultation.query({
      commune: 'tetouan',
      consultationId: id,
    });
    expect(open).toMatchObject({ stage: 'voting', voters: 1, results: null });

    // After the closing day: the ranked results, and the participation rate with its source, low as it is.
    s.advanceDays(2);
    await citizen.goto(`${s.url}/tetouan/pac/priorities/${id}`);
    await citizen.getByRole('heading', { name: ar('pacProposals.results.heading') }).waitFor();
    // Numbers as the page writes them (the portal's Arabic locale).
    const n = (v: number) => new Intl.NumberFormat('ar-MA-u-nu-latn', { maximumFractionDigits: 2 }).format(v);
    await citizen
      .getByText(ar('pacProposals.results.participation', { rate: n(0.1), voters: n(1), eligible: n(1000), age: 18 }))
      .waitFor();
    await citizen.getByText('الإحصاء العام 2014، 18 سنة فما فوق').waitFor();
    await citizen
      .getByRole('region', { name: ar('pacProposals.results.caption') })
      .getByText(code)
      .waitFor();
    const closed = await createShabakaClient({ url: s.url }).pac.proposals.consultation.query({
      commune: 'tetouan',
      consultationId: id,
    });
    expect(closed.results?.participation).toMatchObject({ voters: 1, online: 1, paper: 0, rate: 0.1 });
    await expectNoDeveloperText(citizen, 'results (ar)');
    await expectFitsPhone(citizen, 'results (ar)');
    await expectAxeClean(citizen, 'results (ar)');
    // The network's dashboard: Tetouan's latest vote with its participation rate.
    await citizen.goto(`${s.url}/dashboard/?lang=ar`);
    await citizen
      .locator('[data-section="pac"] tr[data-commune="tetouan"] [data-figure="participation"]')
      .getByText(ar('dashboard.pac.participationValue', { rate: n(0.1), voters: n(1) }))
      .waitFor();
    await citizen.context().close();
    await desk.context().close();
  });
});
