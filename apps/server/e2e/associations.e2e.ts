import { createShabakaClient } from '@shabaka/client';
import { translate, type TranslationKey } from '@shabaka/ui/i18n';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectFitsPhone, expectNoDeveloperText, PHONE, signInAs, useBuiltServer } from './harness';

const s = useBuiltServer();
const PASSWORD = 'e2e associations passphrase';
const ar = (key: TranslationKey, values?: Record<string, string | number>) => translate('ar', key, values);
const field = (key: TranslationKey) =>
  new RegExp(`^${translate('ar', key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);
const CIN = 'XY445566';
const RIB = '011640000012300045678912';

const signIn = (page: Page, email: string) => signInAs(page, `${s.url}/tetouan`, { email, password: PASSWORD });

async function addUser(email: string, role?: string) {
  const r = await s.cli([
    'user:add',
    '--email',
    email,
    '--name',
    email.split('@')[0]!,
    '--password',
    PASSWORD,
    ...(role ? ['--role', role] : []),
  ]);
  expect(r.code, r.stderr).toBe(0);
}

describe('the associations registry in Chromium, in Arabic on /tetouan/', () => {
  it('a citizen asks to represent an association, staff verify, the representative proposes a change, staff accept, the directory shows it', async () => {
    await addUser('agent.assoc@tetouan.example', 'tetouan:agent');
    await addUser('member.assoc@example.ma');
    const { token } = await createShabakaClient({ url: s.url }).auth.signIn.mutate({
      email: 'agent.assoc@tetouan.example',
      password: PASSWORD,
    });
    const staffApi = createShabakaClient({ url: s.url, token });
    const { id } = await staffApi.associations.create.mutate({
      commune: 'tetouan',
      names: { ar: 'جمعية الياسمين للثقافة', fr: 'Association Yasmine pour la culture' },
      object: 'Ateliers de lecture et de théâtre pour les enfants de la médina.',
      sectors: ['culture', 'youth'],
      seatNeighbourhood: 'المدينة العتيقة',
      bureau: [{ name: 'عضو تجريبي', role: 'الرئيس', cin: CIN }],
      rib: RIB,
      constitutedOn: '2019-05-01',
    });

    // The member finds it in the directory (by sector), on a phone, and asks to represent it.
    const member = await s.page();
    await member.setViewportSize(PHONE);
    await signIn(member, 'member.assoc@example.ma');
    await member.goto(`${s.url}/tetouan/associations`);
    await member.waitForSelector('html[dir="rtl"]');
    await member.getByRole('heading', { level: 1, name: ar('associations.title') }).waitFor();
    await member.getByLabel(ar('associations.filter.sector')).selectOption('culture');
    await member.getByRole('link', { name: 'جمعية الياسمين للثقافة' }).click();
    await expectFitsPhone(member);
    await expectNoDeveloperText(member);
    // The public page says nothing private.
    expect(await member.content()).not.toContain(CIN);
    await member.getByRole('button', { name: ar('associations.represent.submit') }).click();
    // The role is required: the field is named.
    await member.getByText(ar('associations.error.field.role')).waitFor();
    await member.getByLabel(field('associations.represent.role')).fill('الكاتب العام');
    await member.getByRole('button', { name: ar('associations.represent.submit') }).click();
    await member.getByText(ar('associations.represent.state.requested')).waitFor();
    // Not verified yet: the private page refuses.
    await member.goto(`${s.url}/tetouan/associations/${id}/private`);
    await member.getByText(ar('associations.error.reason.not_representative')).waitFor();
    expect(await member.content()).not.toContain(RIB);

    // Staff verify the request from the desk.
    const agent = await s.page();
    await signIn(agent, 'agent.assoc@tetouan.example');
    await agent.goto(`${s.url}/tetouan/staff/associations/requests`);
    await agent.getByRole('heading', { name: 'جمعية الياسمين للثقافة' }).waitFor();
    await agent.getByRole('button', { name: new RegExp(`^${ar('associations.desk.requests.verify')}`) }).click();
    await agent.getByText(ar('associations.desk.requests.empty')).waitFor();

    // The representative now reads the private part and proposes a new object.
    await member.goto(`${s.url}/tetouan/associations/${id}`);
    await member.getByText(ar('associations.represent.state.verified')).waitFor();
    await member.getByRole('link', { name: ar('associations.represent.open') }).click();
    await member.getByText(RIB).first().waitFor();
    await member.getByText(CIN).waitFor();
    await expectFitsPhone(member);
    await expectNoDeveloperText(member);
    const object = 'ورشات القراءة والمسرح والموسيقى لأطفال المدينة العتيقة.';
    await member.getByLabel(field('associations.field.object')).fill(object);
    await member.getByRole('button', { name: ar('associations.propose.submit') }).click();
    await member.getByText(ar('associations.propose.sent')).waitFor();
    await member.getByText(ar('associations.changes.state.pending'), { exact: false }).waitFor();

    // Staff accept it; the public page and the directory show the new object.
    await agent.goto(`${s.url}/tetouan/staff/associations/changes`);
    await agent.getByRole('cell', { name: object }).waitFor();
    await agent.getByRole('button', { name: new RegExp(`^${ar('associations.desk.changes.accept')}`) }).click();
    await agent.getByText(ar('associations.desk.changes.empty')).waitFor();

    const visitor = await s.page();
    await visitor.setViewportSize(PHONE);
    await visitor.goto(`${s.url}/tetouan/associations`);
    await visitor.getByRole('link', { name: 'جمعية الياسمين للثقافة' }).click();
    await visitor.getByText(object).waitFor();
    expect(await visitor.content()).not.toContain(RIB);
    await expectFitsPhone(visitor);
    const versions = await staffApi.associations.versions.query({ commune: 'tetouan', id });
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
  });
  it('staff register an association from the desk and edit its record, each refusal naming its field', async () => {
    await addUser('agent.form@tetouan.example', 'tetouan:agent');
    const agent = await s.page();
    await agent.setViewportSize(PHONE);
    await signIn(agent, 'agent.form@tetouan.example');
    await agent.goto(`${s.url}/tetouan/staff/associations`);
    await agent.getByRole('link', { name: ar('associations.desk.new') }).click();
    await agent.getByRole('heading', { name: ar('associations.form.newTitle') }).waitFor();
    // Sent empty: the form's own check (the procedure's schema) names the fields, nothing is stored.
    await agent.getByRole('button', { name: ar('associations.form.submitNew') }).click();
    await agent.getByText(ar('associations.error.field.names.ar')).waitFor();
    await agent.getByText(ar('associations.error.field.sectors')).waitFor();
    await agent.getByLabel(field('associations.field.names.ar')).fill('جمعية النخيل للبيئة');
    await agent.getByLabel(field('associations.field.names.fr')).fill('Association Les Palmiers pour l’environnement');
    await agent
      .getByLabel(field('associations.field.object'))
      .fill('Nettoyage des plages et des jardins, ateliers de tri des déchets pour les écoles.');
    await agent.getByLabel(ar('associationsGlossary.sector.environment')).check();
    await agent.getByLabel(field('associations.field.seatNeighbourhood')).fill('طويلع');
    await agent.getByRole('button', { name: ar('associations.form.addMember') }).click();
    await agent.getByLabel(ar('associations.bureau.col.name'), { exact: true }).fill('عضو تجريبي ثان');
    await agent.getByLabel(ar('associations.bureau.col.role'), { exact: true }).fill('أمين المال');
    await agent.getByLabel(ar('associations.bureau.col.cin'), { exact: true }).fill('12');
    await agent.getByLabel(field('associations.field.rib')).fill(RIB);
    await agent.getByRole('button', { name: ar('associations.form.submitNew') }).click();
    // A wrong CIN is named under its own box.
    await agent.getByText(ar('associations.error.field.bureau.cin')).waitFor();
    await agent.getByLabel(ar('associations.bureau.col.cin'), { exact: true }).fill('ZK112233');
    await agent.getByRole('button', { name: ar('associations.form.submitNew') }).click();
    // Registered: the desk opens its private page.
    await agent.getByRole('link', { name: ar('associations.desk.edit') }).waitFor();
    await agent.getByText('ZK112233').waitFor();
    await expectFitsPhone(agent);
    await expectNoDeveloperText(agent);

    await agent.getByRole('link', { name: ar('associations.desk.edit') }).click();
    await agent.getByText(ar('associations.form.version', { version: 1 })).waitFor();
    await agent.getByLabel(field('associations.field.constitutedOn')).fill('2018-04-12');
    await agent.getByRole('button', { name: ar('associations.form.submitEdit') }).click();
    await agent.getByText(ar('associations.form.saved', { version: 2 })).waitFor();
    await expectFitsPhone(agent);
    // The form in French and Spanish: worded, no raw key, on the phone (a bureau row open: the widest part).
    for (const lang of ['fr', 'es'] as const) {
      await agent.goto(`${s.url}/tetouan/staff/associations/new?lang=${lang}`);
      await agent.getByRole('heading', { name: translate(lang, 'associations.form.newTitle') }).waitFor();
      await agent.getByRole('button', { name: translate(lang, 'associations.form.addMember') }).click();
      await expectFitsPhone(agent, `record form (${lang})`);
      await expectNoDeveloperText(agent, `record form (${lang})`, { staff: true });
    }
  });
});
