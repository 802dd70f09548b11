import { createShabakaClient } from '@shabaka/client';
import { translate, type TranslationKey } from '@shabaka/ui/i18n';
import { describe, it } from 'vitest';
import { useClockedServer } from './clocked';
import { expectAxeClean, expectFitsPhone, expectNoDeveloperText, PHONE, signInAs } from './harness';

const s = useClockedServer();
const PASSWORD = 'e2e instances passphrase';
const ar = (key: TranslationKey, values?: Record<string, string | number>) => translate('ar', key, values);
/** A field's label as shown: its text, plus the required marker where there is one. */
const field = (key: TranslationKey) => new RegExp(`^${ar(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);

async function api(email: string) {
  const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({ email, password: PASSWORD });
  return createShabakaClient({ url: s.url, token });
}

const t3 = (ar: string, fr: string, es: string) => ({ ar, fr, es });
const TITLE = 'نشر الميزانية وتنفيذها كل ثلاثة أشهر';
const REASONS = 'ستنشر الميزانية كل ستة أشهر لأن الخزينة لا تحصر حساباتها إلا بهذا الإيقاع.';

describe('the transparency committee in Chromium, in Arabic', () => {
  it('the committee adopts a recommendation to M’diq, M’diq answers “partially” with reasons, the public committee page shows both', async () => {
    await s.user('committee-coordinator@network.example', PASSWORD, ['network:coordinator']);
    await s.user('instances-agent@mdiq.example', PASSWORD, ['mdiq:agent']);
    // The committee itself, as its secretariat set it up (its own screens are the API's here).
    const coordinator = await api('committee-coordinator@network.example');
    const { id } = await coordinator.instances.committee.save.mutate({
      seat: 'tetouan',
      kind: 'transparency_committee',
      name: t3('لجنة الشفافية للشبكة', 'Comité de transparence du réseau', 'Comité de transparencia de la red'),
      mandate: t3('تتبع نتائج التدبير', 'Suivre les résultats de gestion', 'Seguir los resultados de gestión'),
      legalBasis: t3('مقترح يوم دراسي 2014', 'Proposition de la journée d’étude de 2014', 'Propuesta de 2014'),
      seatsTotal: 4,
      seatsCivilSociety: 2,
      seatsElected: 1,
      seatsAdministration: 1,
      minWomenPercent: 50,
      termMonths: 36,
    });
    await coordinator.instances.committee.addMember.mutate({
      instanceId: id,
      name: 'أمينة الإدريسي',
      sex: 'woman',
      category: 'civil_society',
      role: 'chair',
      termStartsOn: '2026-01-01',
      declaration: 'لا توجد مصالح مصرح بها.',
      declaredOn: '2026-01-01',
      email: 'amina.private@example.ma',
    });
    await coordinator.instances.committee.publish.mutate({ id });

    // The coordinator, on a phone, in the network's dashboard: drafts the recommendation, then adopts it.
    const dash = await s.page();
    await dash.setViewportSize(PHONE);
    await signInAs(dash, `${s.url}/tetouan`, { email: 'committee-coordinator@network.example', password: PASSWORD });
    await dash.goto(`${s.url}/dashboard/?lang=ar`);
    await dash.waitForSelector('html[dir="rtl"]');
    const section = dash.locator('[data-section="committee"]');
    await section.getByRole('heading', { level: 3 }).waitFor();
    await section.getByLabel(field('instances.dash.draft.addressedTo')).first().selectOption('mdiq');
    await section.getByLabel(field('instances.dash.draft.titleAr')).first().fill(TITLE);
    await section.getByLabel(field('instances.dash.draft.titleFr')).first().fill('Publier le budget chaque trimestre');
    await section
      .getByLabel(field('instances.dash.draft.titleEs'))
      .first()
      .fill('Publicar el presupuesto cada trimestre');
    await section.getByLabel(field('instances.dash.draft.bodyAr')).first().fill('توصي اللجنة بنشر الميزانية وتنفيذها.');
    await section
      .getByLabel(field('instances.dash.draft.bodyFr'))
      .first()
      .fill('Le comité recommande de publier le budget.');
    await section
      .getByLabel(field('instances.dash.draft.bodyEs'))
      .first()
      .fill('El comité recomienda publicar el presupuesto.');
    await section.getByRole('button', { name: ar('instances.dash.draft.submit') }).click();
    const code = `MDQ-REC-${s.now().getUTCFullYear()}-000001`;
    await section.getByText(ar('instances.dash.draft.done', { code })).waitFor();
    await section.getByRole('button', { name: ar('instances.dash.adopt', { code }) }).click();
    await section.getByText(ar('instances.dash.adopted', { code })).waitFor();
    await section.locator(`tr[data-recommendation="${code}"]`).getByText(ar('instances.state.adopted')).waitFor();
    await expectNoDeveloperText(dash, 'dashboard committee (ar)');
    await expectFitsPhone(dash, 'dashboard committee (ar)');
    await expectAxeClean(dash, 'dashboard committee (ar)');

    // M'diq's agent answers from the desk: a partial answer without reasons is refused under the reasons box.
    const desk = await s.page();
    await desk.setViewportSize(PHONE);
    await signInAs(desk, `${s.url}/mdiq`, { email: 'instances-agent@mdiq.example', password: PASSWORD });
    await desk.goto(`${s.url}/mdiq/staff/instances`);
    await desk.getByRole('link', { name: code }).click();
    await desk.getByRole('heading', { name: new RegExp(TITLE) }).waitFor();
    await desk.getByRole('radio', { name: ar('instances.answer.partially') }).check();
    await desk.getByRole('button', { name: ar('instances.desk.answer.submit') }).click();
    await desk.getByText(ar('instances.error.field.reasons')).first().waitFor();
    await desk.getByLabel(field('instances.desk.answer.reasons')).fill(REASONS);
    await desk.getByRole('button', { name: ar('instances.desk.answer.submit') }).click();
    await desk.getByText(ar('instances.desk.answer.done')).waitFor();
    await desk.getByRole('button', { name: ar('instances.desk.progress.submit') }).waitFor();
    await expectNoDeveloperText(desk, 'instances desk (ar)', { staff: true });
    await expectFitsPhone(desk, 'instances desk (ar)');
    await expectAxeClean(desk, 'instances desk (ar)');

    // Anyone, on M'diq's portal: the committee's page shows the recommendation and the answer with its reasons.
    const visitor = await s.page();
    await visitor.setViewportSize(PHONE);
    await visitor.goto(`${s.url}/mdiq/committee?lang=ar`);
    const rec = visitor.locator(`[data-recommendation="${code}"]`);
    await rec.getByText(TITLE).waitFor();
    await rec.locator('[data-answer="partially"]').getByText(ar('instances.answer.partially')).waitFor();
    await rec.getByText(REASONS, { exact: false }).waitFor();
    await visitor.getByText('أمينة الإدريسي').waitFor();
    await visitor.getByText('لا توجد مصالح مصرح بها.').waitFor();
    // The member's contact details are the secretariat's only.
    if ((await visitor.content()).includes('amina.private@example.ma')) throw new Error('member email leaked');
    await expectNoDeveloperText(visitor, 'committee page (ar)');
    await expectFitsPhone(visitor, 'committee page (ar)');
    await expectAxeClean(visitor, 'committee page (ar)');
    await dash.context().close();
    await desk.context().close();
    await visitor.context().close();
  });
});
