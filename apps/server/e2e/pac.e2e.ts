import { createShabakaClient } from '@shabaka/client';
import { translate, type TranslationKey } from '@shabaka/ui/i18n';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useClockedServer } from './clocked';
import { expectAxeClean, expectFitsPhone, expectNoDeveloperText, PHONE, signInAs } from './harness';

const s = useClockedServer();
const PASSWORD = 'e2e pac passphrase';
const ar = (key: TranslationKey, values?: Record<string, string | number>) => translate('ar', key, values);
/** A field's label as shown: its text, plus the required marker where there is one. */
const field = (key: TranslationKey, values?: Record<string, string | number>) =>
  new RegExp(`^${ar(key, values).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);
const COMMENT = 'الزنقة خلف السوق مظلمة بعد الساعة الثامنة ليلا، نطلب إضافة أعمدة الإنارة.';
const REASON = 'الإنارة العمومية مبرمجة في إطار صفقة الصيانة الجارية، خارج برنامج العمل.';

const signIn = (page: Page, email: string) => signInAs(page, `${s.url}/tetouan`, { email, password: PASSWORD });

/** A day `n` days from the server's today, as YYYY-MM-DD in Morocco. */
const dayAhead = (n: number) =>
  new Date(s.now().getTime() + n * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Africa/Casablanca' });

describe('the draft action plan in Chromium, in Arabic on /tetouan/', () => {
  it('a citizen comments on a paragraph; an agent answers at the desk; the citizen later reads the answer and the notice', async () => {
    await s.user('pac-agent@tetouan.example', PASSWORD, ['tetouan:agent']);
    await s.user('amina-pac@example.ma', PASSWORD);
    const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({
      email: 'pac-agent@tetouan.example',
      password: PASSWORD,
    });
    const staff = createShabakaClient({ url: s.url, token });
    const basis = { ar: 'القانون التنظيمي 113.14، المادة 78', fr: 'Loi organique 113-14, art. 78' };
    const { id: planId } = await staff.pac.savePlan.mutate({
      commune: 'tetouan',
      plan: {
        title: { ar: 'برنامج عمل جماعة تطوان', fr: 'Programme d’action de Tétouan' },
        mandateStart: 2021,
        mandateEnd: 2027,
        phases: [
          { kind: 'diagnosis', startsOn: dayAhead(-60), endsOn: dayAhead(-10), legalBasis: basis },
          {
            kind: 'draft_consultation',
            startsOn: dayAhead(-9),
            endsOn: dayAhead(20),
            legalBasis: basis,
            ieecagRequired: true,
          },
          { kind: 'adoption', startsOn: dayAhead(21), endsOn: dayAhead(60), legalBasis: basis },
        ],
      },
    });
    await staff.pac.saveDraft.mutate({
      commune: 'tetouan',
      draft: {
        planId,
        title: { ar: 'مشروع برنامج عمل الجماعة', fr: 'Projet de programme d’action' },
        opensOn: dayAhead(-2),
        closesOn: dayAhead(20),
        sections: [
          {
            title: { ar: 'التشخيص', fr: 'Diagnostic' },
            paragraphs: [
              {
                text: {
                  ar: 'تعرف الأحياء الطرفية نقصا في الإنارة العمومية.',
                  fr: 'Les quartiers manquent d’éclairage.',
                },
              },
            ],
          },
        ],
      },
    });

    // The citizen reads the plan on a phone: the consultation is the current phase.
    const citizen = await s.page();
    await citizen.setViewportSize(PHONE);
    await signIn(citizen, 'amina-pac@example.ma');
    await citizen.goto(`${s.url}/tetouan/pac`);
    await citizen.waitForSelector('html[dir="rtl"]');
    await citizen.getByRole('heading', { level: 1, name: ar('pac.title') }).waitFor();
    const current = citizen.locator('li[aria-current="step"]');
    await current.getByRole('heading', { name: ar('pac.phase.draft_consultation') }).waitFor();
    await current.getByText(ar('pac.ieecag.pending')).waitFor();
    await expectNoDeveloperText(citizen, 'plan page (ar)');
    await expectFitsPhone(citizen, 'plan page (ar)');
    await expectAxeClean(citizen, 'plan page (ar)');

    // The draft: a comment on paragraph 1.1, too short first (the field says so), then sent.
    await citizen.getByRole('link', { name: ar('pac.links.draft') }).click();
    await citizen.getByRole('heading', { level: 3, name: ar('pac.paragraph', { number: '1.1' }) }).waitFor();
    await expectNoDeveloperText(citizen, 'draft page (ar)');
    await expectFitsPhone(citizen, 'draft page (ar)');
    await expectAxeClean(citizen, 'draft page (ar)');
    await citizen.getByRole('button', { name: ar('pac.form.open', { number: '1.1' }) }).click();
    const body = citizen.getByLabel(field('pac.form.body'));
    await body.fill('قصير');
    await citizen.getByRole('button', { name: ar('pac.form.submit') }).click();
    await citizen.getByText(ar('pac.error.field.body')).waitFor();
    await expectAxeClean(citizen, 'contribution form with an error (ar)');
    await body.fill(COMMENT);
    await citizen.getByRole('button', { name: ar('pac.form.submit') }).click();
    const receipt = citizen.getByRole('status').filter({ hasText: /TET-CO-\d{4}-\d{6}/ });
    await receipt.waitFor();
    const code = /TET-CO-\d{4}-\d{6}/.exec((await receipt.textContent()) ?? '')![0];
    // The contribution shows under its paragraph, waiting for its answer, and on the unanswered list.
    await citizen.getByText(COMMENT).waitFor();
    await citizen.goto(`${s.url}/tetouan/pac/unanswered`);
    await citizen.getByRole('rowheader', { name: code }).waitFor();
    await expectFitsPhone(citizen, 'unanswered list (ar)');
    await expectAxeClean(citizen, 'unanswered list (ar)');

    // An agent answers it at the desk: not retained needs a reason (said under the field), then published.
    const desk = await s.page();
    await desk.setViewportSize(PHONE);
    await signIn(desk, 'pac-agent@tetouan.example');
    await desk.goto(`${s.url}/tetouan/staff/pac`);
    await desk.getByRole('heading', { name: code }).waitFor();
    await desk.getByText(COMMENT).waitFor();
    await expectNoDeveloperText(desk, 'desk queue (ar)');
    await expectFitsPhone(desk, 'desk queue (ar)');
    await expectAxeClean(desk, 'desk queue (ar)');
    await desk.getByLabel(ar('pac.state.not_retained'), { exact: true }).check();
    await desk.getByRole('button', { name: ar('pac.desk.submit') }).click();
    await desk.getByText(ar('pac.error.field.reason')).waitFor();
    await desk.getByLabel(field('pac.desk.reason')).fill(REASON);
    await desk.getByRole('button', { name: ar('pac.desk.submit') }).click();
    await desk.getByText(ar('pac.desk.done', { code })).waitFor();

    // Two days later the citizen reads the commune's answer under the paragraph, and the bell has the notice.
    s.advanceDays(2);
    await citizen.goto(`${s.url}/tetouan/pac/draft`);
    await citizen.getByText(ar('pac.answer.reason', { reason: REASON })).waitFor();
    await citizen.getByText(ar('pac.state.not_retained')).first().waitFor();
    await expect
      .poll(() => citizen.getByRole('button', { name: ar('portal.inbox.button', { count: 1 }) }).count(), {
        timeout: 20_000,
        message: 'the bell counts the answer',
      })
      .toBe(1);
    // Checked with the bell's count on screen (its name says the number it shows).
    await expectAxeClean(citizen, 'draft page with the answer (ar)');
    await citizen.getByRole('button', { name: ar('portal.inbox.button', { count: 1 }) }).click();
    await citizen
      .getByText(
        ar('notifications.contribution.answered.inapp', {
          code,
          answer: ar('notifications.contribution.answer.not_retained'),
        }),
      )
      .waitFor();
    // The account page lists the contribution with the answer.
    await citizen.goto(`${s.url}/tetouan/account`);
    await citizen.getByRole('heading', { name: ar('pac.mine.title') }).waitFor();
    await citizen.getByText(ar('pac.answer.reason', { reason: REASON })).waitFor();
    await expectFitsPhone(citizen, 'account page (ar)');
    // The network's dashboard: Tetouan's phase under way, and its answered contributions counted.
    await citizen.goto(`${s.url}/dashboard/?lang=ar`);
    const row = citizen.locator('[data-section="pac"] tr[data-commune="tetouan"]');
    await row.getByText(ar('dashboard.pac.phase.draft_consultation')).waitFor();
    expect(await row.locator('[data-figure="on-time"]').textContent()).not.toBe(ar('dashboard.pac.none'));
    await expectAxeClean(citizen, 'dashboard with the PAC (ar)');
    // The citizen follows the plan (its phases' news reach the bell): the choice holds after a reload.
    await citizen.goto(`${s.url}/tetouan/pac`);
    await citizen.getByText(ar('pac.follow.off')).waitFor();
    await citizen.getByRole('button', { name: ar('pac.follow.start') }).click();
    await citizen.getByText(ar('pac.follow.on')).waitFor();
    await citizen.reload();
    await citizen.getByRole('button', { name: ar('pac.follow.stop') }).waitFor();
    await expectAxeClean(citizen, 'plan page, following (ar)');
    await citizen.context().close();
    await desk.context().close();
  });

  it('an agent records the IEECAG opinion on the plan and writes the next draft at the desk', async () => {
    const desk = await s.page();
    await desk.setViewportSize(PHONE);
    await signIn(desk, 'pac-agent@tetouan.example');
    await desk.goto(`${s.url}/tetouan/staff/pac/plan`);
    await desk.getByRole('heading', { name: ar('pac.desk.plan.heading') }).waitFor();
    await desk.getByLabel(field('pac.desk.plan.opinion.ar', { n: 2 })).waitFor();
    await expectNoDeveloperText(desk, 'desk plan (ar)');
    await expectFitsPhone(desk, 'desk plan (ar)');
    await expectAxeClean(desk, 'desk plan (ar)');
    // A phase ending before it starts is refused under its box.
    await desk.getByLabel(field('pac.desk.plan.endsOn', { n: 1 })).fill(dayAhead(-100));
    await desk.getByRole('button', { name: ar('pac.desk.plan.save') }).click();
    await desk.getByText(ar('pac.error.field.phases.endsOn')).waitFor();
    await desk.getByLabel(field('pac.desk.plan.endsOn', { n: 1 })).fill(dayAhead(-12));
    await desk.getByLabel(field('pac.desk.plan.opinion.ar', { n: 2 })).fill('رأي إيجابي مع توصية بإدماج مقاربة النوع.');
    await desk
      .getByLabel(field('pac.desk.plan.opinion.fr', { n: 2 }))
      .fill('Avis favorable, approche genre à intégrer.');
    await desk.getByLabel(field('pac.desk.plan.opinionOn', { n: 2 })).fill(dayAhead(-1));
    await desk.getByRole('button', { name: ar('pac.desk.plan.save') }).click();
    await desk.getByText(ar('pac.desk.plan.saved')).waitFor();
    const plan = (await createShabakaClient({ url: s.url }).pac.plan.query({ commune: 'tetouan' }))!;
    expect(plan.phases[1]).toMatchObject({ ieecagPending: false, ieecagOpinion: { givenOn: dayAhead(-1) } });

    // The next draft, written before its window opens (the open one is named, its words kept).
    await desk.getByRole('link', { name: ar('pac.desk.tab.draft') }).click();
    await desk.getByRole('heading', { name: ar('pac.desk.draft.heading') }).waitFor();
    await desk.getByText(/«مشروع برنامج عمل الجماعة»/).waitFor();
    await desk.getByLabel(field('pac.desk.draft.title.ar')).fill('مشروع التحيين');
    await desk.getByLabel(field('pac.desk.draft.title.fr')).fill('Projet de mise à jour');
    await desk.getByLabel(field('pac.desk.draft.opensOn')).fill(dayAhead(25));
    await desk.getByLabel(field('pac.desk.draft.closesOn')).fill(dayAhead(40));
    await desk.getByLabel(field('pac.desk.draft.section.ar', { n: 1 })).fill('الأولويات');
    await desk.getByLabel(field('pac.desk.draft.section.fr', { n: 1 })).fill('Priorités');
    await desk.getByLabel(field('pac.desk.draft.paragraph.ar', { number: '1.1' })).fill('تهيئة ملاعب القرب.');
    await desk.getByLabel(field('pac.desk.draft.paragraph.fr', { number: '1.1' })).fill('Aménager des terrains.');
    await expectAxeClean(desk, 'desk draft (ar)');
    await expectFitsPhone(desk, 'desk draft (ar)');
    await desk.getByRole('button', { name: ar('pac.desk.draft.create') }).click();
    await desk.getByText(ar('pac.desk.draft.saved')).waitFor();
    const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({
      email: 'pac-agent@tetouan.example',
      password: PASSWORD,
    });
    const overview = await createShabakaClient({ url: s.url, token }).pac.staffOverview.query({ commune: 'tetouan' });
    expect(overview.drafts.map((d) => d.window).sort()).toEqual(['open', 'upcoming']);
    await desk.context().close();
  });
});
