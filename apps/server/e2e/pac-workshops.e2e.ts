import { createShabakaClient } from '@shabaka/client';
import { translate, type TranslationKey } from '@shabaka/ui/i18n';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useClockedServer } from './clocked';
import { expectAxeClean, expectFitsPhone, expectNoDeveloperText, PHONE, signInAs } from './harness';

const s = useClockedServer();
const PASSWORD = 'e2e workshops passphrase';
const ar = (key: TranslationKey, values?: Record<string, string | number>) => translate('ar', key, values);
/** A field's label as shown: its text, plus the required marker where there is one. */
const field = (key: TranslationKey, values?: Record<string, string | number>) =>
  new RegExp(`^${ar(key, values).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);
const TITLE = 'ورشة الشباب والرياضة';
const LINE_1 = 'فتح ملعب الحي في المساء مع الإنارة.';
const LINE_2 = 'تنظيف الوادي قبل فصل الصيف.';
const MINUTES =
  'بعد تقديم التشخيص، اشتغلت ثلاث مجموعات على ملاعب القرب والأنشطة الثقافية، واتفق الحاضرون على ثلاث أولويات.';

const signIn = (page: Page, email: string) => signInAs(page, `${s.url}/tetouan`, { email, password: PASSWORD });

/** A day `n` days from the server's today, as YYYY-MM-DD in Morocco. */
const dayAhead = (n: number) =>
  new Date(s.now().getTime() + n * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Africa/Casablanca' });

describe('a PAC workshop keyed at the desk, in Chromium, in Arabic on /tetouan/', () => {
  it('an agent keys a paper sheet (a bad line refused under it), the attendance and signed minutes; the public page shows them and the minutes verify', async () => {
    await s.user('ws-agent@tetouan.example', PASSWORD, ['tetouan:agent']);
    const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({
      email: 'ws-agent@tetouan.example',
      password: PASSWORD,
    });
    const staff = createShabakaClient({ url: s.url, token });
    // Held yesterday: written and published beforehand.
    const { id } = await staff.pac.workshops.save.mutate({
      commune: 'tetouan',
      workshop: {
        kind: 'thematic',
        title: { ar: TITLE, fr: 'Atelier jeunesse et sport' },
        topic: { ar: 'ملاعب القرب', fr: 'Terrains de proximité' },
        agenda: [
          { ar: 'تقديم التشخيص', fr: 'Présentation du diagnostic' },
          { ar: 'العمل في مجموعات', fr: 'Travail en groupes' },
        ],
        day: dayAhead(-1),
        startTime: '15:00',
        endTime: '18:00',
        place: { ar: 'دار الشباب', fr: 'Maison des jeunes' },
        address: { ar: 'شارع الجيش الملكي', fr: 'Avenue des FAR' },
        position: { lat: 35.5711, lon: -5.3724 },
        capacity: 60,
      },
    });
    await staff.pac.workshops.publish.mutate({ commune: 'tetouan', id });

    // The agent opens the workshop at the desk, on a phone.
    const desk = await s.page();
    await desk.setViewportSize(PHONE);
    await signIn(desk, 'ws-agent@tetouan.example');
    await desk.goto(`${s.url}/tetouan/staff/pac/workshops`);
    await desk.getByRole('link', { name: TITLE }).click();
    await desk.getByRole('heading', { name: ar('pacWorkshops.desk.paper.heading') }).waitFor();
    await expectNoDeveloperText(desk, 'workshop desk (ar)');
    await expectFitsPhone(desk, 'workshop desk (ar)');
    await expectAxeClean(desk, 'workshop desk (ar)');

    // The paper sheet: line 2 too short first — its error shows under line 2, nothing is stored.
    await desk.getByLabel(field('pacWorkshops.desk.paper.sheet')).fill('F-1');
    await desk.getByLabel(field('pacWorkshops.desk.paper.text', { n: 1 })).fill(LINE_1);
    await desk.getByRole('button', { name: ar('pacWorkshops.desk.paper.addLine') }).click();
    await desk.getByLabel(field('pacWorkshops.desk.paper.text', { n: 2 })).fill('لا');
    await desk.getByRole('button', { name: ar('pacWorkshops.desk.paper.submit') }).click();
    const line2 = desk.getByRole('group', { name: ar('pacWorkshops.desk.paper.line', { n: 2 }) });
    await line2.getByText(ar('pacWorkshops.error.field.lines.text')).waitFor();
    expect(
      await desk
        .getByRole('group', { name: ar('pacWorkshops.desk.paper.line', { n: 1 }) })
        .getByText(ar('pacWorkshops.error.field.lines.text'))
        .count(),
    ).toBe(0);
    await expectAxeClean(desk, 'paper sheet with a bad line (ar)');
    expect((await staff.pac.workshops.staffDetail.query({ commune: 'tetouan', id })).contributions).toBe(0);
    // Corrected, with its author counted (a woman, 18 to 29): the two lines go in together.
    await desk.getByLabel(field('pacWorkshops.desk.paper.text', { n: 2 })).fill(LINE_2);
    await desk
      .getByLabel(field('pacWorkshops.desk.paper.sex', { n: 2 }))
      .selectOption({ label: ar('pacWorkshops.sex.woman') });
    await desk
      .getByLabel(field('pacWorkshops.desk.paper.ageBand', { n: 2 }))
      .selectOption({ label: ar('pacWorkshops.band.range', { from: 18, to: 29 }) });
    await desk.getByRole('button', { name: ar('pacWorkshops.desk.paper.submit') }).click();
    await desk.getByText(ar('pacWorkshops.desk.paper.saved', { sheet: 'F-1', accepted: 2, total: 2 })).waitFor();

    // The attendance, counted not named, and an organisation present.
    const youth = ar('pacWorkshops.band.range', { from: 18, to: 29 });
    const adults = ar('pacWorkshops.band.range', { from: 30, to: 44 });
    await desk.getByLabel(field('pacWorkshops.desk.attendance.women', { band: youth })).fill('5');
    await desk.getByLabel(field('pacWorkshops.desk.attendance.men', { band: youth })).fill('3');
    await desk.getByLabel(field('pacWorkshops.desk.attendance.women', { band: adults })).fill('2');
    await desk.getByRole('button', { name: ar('pacWorkshops.desk.attendance.orgAdd') }).click();
    await desk.getByLabel(field('pacWorkshops.desk.attendance.orgName', { n: 1 })).fill('مجلس شباب الحي');
    await desk.getByRole('button', { name: ar('pacWorkshops.desk.attendance.save') }).click();
    await desk.getByText(ar('pacWorkshops.desk.attendance.saved', { total: 10, women: 7 })).waitFor();

    // The minutes, written then signed.
    await desk.getByLabel(field('pacWorkshops.desk.minutes.text')).fill(MINUTES);
    await desk.getByRole('button', { name: ar('pacWorkshops.desk.minutes.save') }).click();
    await desk.getByText(ar('pacWorkshops.desk.minutes.saved')).waitFor();
    await desk.getByRole('button', { name: ar('pacWorkshops.desk.minutes.issue') }).click();
    const issued = desk.getByText(/TET-DOC-\d{4}-\d{6}/).first();
    await issued.waitFor();
    const code = /TET-DOC-\d{4}-\d{6}/.exec((await issued.textContent()) ?? '')![0];
    await desk.getByText(ar('pacWorkshops.desk.minutes.locked')).waitFor();
    await expectFitsPhone(desk, 'workshop desk after the minutes (ar)');
    await expectAxeClean(desk, 'workshop desk after the minutes (ar)');

    // The public page on a phone: the counts, the anonymous contributions, the minutes and their verification.
    const visitor = await s.page();
    await visitor.setViewportSize(PHONE);
    await visitor.goto(`${s.url}/tetouan/pac/workshops/${id}?lang=ar`);
    await visitor.waitForSelector('html[dir="rtl"]');
    await visitor.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await visitor.getByText(ar('pacWorkshops.attendance.share', { share: 70 })).waitFor();
    await visitor.getByRole('heading', { name: ar('pacWorkshops.contributions.heading', { n: 2 }) }).waitFor();
    await visitor.getByText(LINE_1).waitFor();
    await visitor.getByText(LINE_2).waitFor();
    await visitor.getByText('مجلس شباب الحي').waitFor();
    await visitor.getByText(MINUTES).waitFor();
    await visitor.getByRole('link', { name: ar('pacWorkshops.minutes.pdf') }).waitFor();
    await expectNoDeveloperText(visitor, 'workshop page (ar)');
    await expectFitsPhone(visitor, 'workshop page (ar)');
    await expectAxeClean(visitor, 'workshop page (ar)');
    await visitor.getByRole('link', { name: ar('pacWorkshops.minutes.verify', { code }) }).click();
    await visitor.waitForURL(new RegExp(`/verify/${code}`));
    await visitor.getByText(ar('verify.status.valid')).first().waitFor();
    // The list of workshops names it among those held.
    await visitor.goto(`${s.url}/tetouan/pac/workshops?lang=ar`);
    await visitor.getByRole('heading', { name: ar('pacWorkshops.past') }).waitFor();
    await visitor.getByRole('link', { name: TITLE }).waitFor();
    await expectFitsPhone(visitor, 'workshops list (ar)');
    await expectAxeClean(visitor, 'workshops list (ar)');
    await visitor.context().close();
    await desk.context().close();
  });

  it('a citizen signs up for a workshop on its page; the account page lists it until the citizen cancels', async () => {
    await s.user('ws-planner@tetouan.example', PASSWORD, ['tetouan:agent']);
    await s.user('ws-citizen@example.ma', PASSWORD);
    const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({
      email: 'ws-planner@tetouan.example',
      password: PASSWORD,
    });
    const staff = createShabakaClient({ url: s.url, token });
    const title = 'ورشة الحي القديم';
    const { id } = await staff.pac.workshops.save.mutate({
      commune: 'tetouan',
      workshop: {
        kind: 'neighbourhood',
        title: { ar: title, fr: 'Atelier de la médina' },
        topic: { ar: 'الأزقة والإنارة', fr: 'Ruelles et éclairage' },
        agenda: [{ ar: 'الاستماع إلى السكان', fr: 'Écoute des habitants' }],
        day: dayAhead(6),
        startTime: '17:00',
        endTime: '19:00',
        place: { ar: 'المركز الثقافي', fr: 'Centre culturel' },
        address: { ar: 'ساحة الفدان', fr: 'Place Feddane' },
        position: { lat: 35.5716, lon: -5.3683 },
        capacity: 40,
      },
    });
    await staff.pac.workshops.publish.mutate({ commune: 'tetouan', id });

    const page = await s.page();
    await page.setViewportSize(PHONE);
    await signIn(page, 'ws-citizen@example.ma');
    await page.goto(`${s.url}/tetouan/pac/workshops/${id}?lang=ar`);
    await page.getByRole('button', { name: ar('pacWorkshops.register.submit') }).click();
    await page.getByText(ar('pacWorkshops.register.done')).waitFor();
    await page.goto(`${s.url}/tetouan/account?lang=ar`);
    const card = page.getByRole('region', { name: ar('pacWorkshops.mine.title') });
    await card.getByRole('link', { name: title }).waitFor();
    await card.getByText(ar('pacWorkshops.placesLeft', { n: 39, capacity: 40 })).waitFor();
    await expectFitsPhone(page, 'account with a workshop (ar)');
    await expectAxeClean(page, 'account with a workshop (ar)');
    // Cancelled from the workshop's page: the account page no longer lists it.
    await card.getByRole('link', { name: title }).click();
    await page.getByRole('button', { name: ar('pacWorkshops.register.cancel') }).click();
    await page.getByText(ar('pacWorkshops.register.undone')).waitFor();
    await page.goto(`${s.url}/tetouan/account?lang=ar`);
    await page.getByRole('heading', { level: 1, name: ar('portal.account.heading') }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByText(ar('pacWorkshops.mine.title')).count()).toBe(0);
    await page.context().close();
  });
});
