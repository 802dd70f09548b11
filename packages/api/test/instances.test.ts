import { describe, expect, it } from 'vitest';
import { recommendationFigures } from '../src/instances';
import { useHarness } from './harness';
import { pdfText } from './pdftotext';

const h = useHarness({
  signing: { secret: 'test-only-secret-0123456789abcdefghijklmnopqrstuvwxyz', publicUrl: 'https://shabaka.example' },
});

const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code?: string; cause?: { reason?: string; field?: string; issues?: { path: unknown[] }[] } }) => ({
      code: e.code,
      reason: e.cause?.reason,
      field: e.cause?.field ?? e.cause?.issues?.map((i) => i.path.join('.')).join(','),
    }),
  );

const t3 = (s: string) => ({ ar: `${s} (ar)`, fr: s, es: `${s} (es)` });
const committeeInput = (over: Record<string, unknown> = {}) => ({
  kind: 'transparency_committee' as const,
  seat: 'tetouan',
  name: { ar: 'لجنة الشفافية', fr: 'Comité de transparence du réseau', es: 'Comité de transparencia' },
  mandate: t3('Suivre la publication des résultats de gestion'),
  legalBasis: t3('Proposition de la journée d’étude de 2014'),
  seatsTotal: 4,
  seatsCivilSociety: 2,
  seatsElected: 1,
  seatsAdministration: 1,
  minWomenPercent: 50,
  termMonths: 36,
  rules: 'Le comité se réunit chaque trimestre. Ses avis sont publics.',
  ...over,
});
const member = (instanceId: string, over: Record<string, unknown> = {}) => ({
  instanceId,
  name: 'Member',
  sex: 'woman' as const,
  category: 'civil_society' as const,
  termStartsOn: '2026-01-01',
  declaration: 'Aucun intérêt déclaré.',
  declaredOn: '2026-01-01',
  email: 'member@example.ma',
  phone: '0612345678',
  ...over,
});

let n = 0;
async function setUp() {
  h.clock.set('2026-03-07T10:00:00Z');
  const k = ++n;
  const coordinator = await h.user(`inst-coord-${k}@example.ma`, ['network:coordinator']);
  const mdiq = await h.user(`inst-mdiq-${k}@example.ma`, ['mdiq:agent']);
  const asilah = await h.user(`inst-asilah-${k}@example.ma`, ['asilah:commune_admin']);
  const citizen = await h.user(`inst-citizen-${k}@example.ma`);
  const { id } = await coordinator.caller.instances.committee.save(committeeInput());
  return { coordinator, mdiq, asilah, citizen, committee: id };
}

describe('instances: the network transparency committee', () => {
  it('keeps the composition to its quotas, refusing (and naming the field) rather than warning', async () => {
    const { coordinator, committee } = await setUp();
    const c = coordinator.caller.instances.committee;
    await c.addMember(member(committee, { name: 'Amina', category: 'civil_society', sex: 'woman' }));
    await c.addMember(member(committee, { name: 'Karim', category: 'civil_society', sex: 'man' }));
    // Civil society's two seats are taken.
    expect(await errorOf(c.addMember(member(committee, { name: 'Salma', category: 'civil_society' })))).toEqual({
      code: 'CONFLICT',
      reason: 'quota_full',
      field: 'category',
    });
    await c.addMember(member(committee, { name: 'Omar', category: 'elected', sex: 'man', role: 'chair' }));
    // 50 % of 4 seats are kept for women: a third man would leave too few.
    expect(
      await errorOf(c.addMember(member(committee, { name: 'Youssef', category: 'administration', sex: 'man' }))),
    ).toEqual({ code: 'CONFLICT', reason: 'parity_at_risk', field: 'sex' });
    await c.addMember(member(committee, { name: 'Hind', category: 'administration', sex: 'woman' }));
    expect(await errorOf(c.addMember(member(committee, { name: 'Late', category: 'elected' })))).toMatchObject({
      reason: 'seats_full',
    });
    // A member who left frees the seat from that day on.
    const [karim] = (await c.members({ id: committee })).filter((m) => m.name === 'Karim');
    await c.endMember({ id: karim!.id, leftOn: '2026-02-01' });
    await c.addMember(member(committee, { name: 'Samira', termStartsOn: '2026-02-01', declaredOn: '2026-02-01' }));
    // The term follows the instance's length when none is given (36 months).
    const samira = (await c.members({ id: committee })).find((m) => m.name === 'Samira')!;
    expect(samira.termEndsOn).toBe('2029-02-01');
  });

  it('shows the public only published instances, members without contact details, and no draft recommendation', async () => {
    const { coordinator, committee } = await setUp();
    const c = coordinator.caller.instances.committee;
    await c.addMember(member(committee, { name: 'Public Person', email: 'secret@example.ma', phone: '0611111111' }));
    // Not published yet: hidden everywhere.
    expect((await h.anon().instances.committees()).map((i) => i.id)).not.toContain(committee);
    expect(await errorOf(h.anon().instances.page({ commune: 'mdiq', id: committee }))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'unknown_instance',
    });
    await c.publish({ id: committee });
    const draft = await c.draftRecommendation({
      instanceId: committee,
      addressedTo: 'mdiq',
      title: t3('Brouillon non adopté'),
      body: t3('Texte du brouillon'),
    });
    expect(draft.code).toMatch(/^MDQ-REC-2026-\d{6}$/);
    // Shown on every commune's portal (the committee is the network's).
    for (const commune of ['mdiq', 'asilah']) {
      const listed = await h.anon().instances.list({ commune });
      expect(listed.map((i) => i.id)).toContain(committee);
    }
    const page = await h.anon().instances.page({ commune: 'asilah', id: committee });
    const text = JSON.stringify(page);
    expect(text).toContain('Public Person');
    expect(text).toContain('Aucun intérêt déclaré.');
    expect(text).not.toContain('secret@example.ma');
    expect(text).not.toContain('0611111111');
    expect(text).not.toContain('Brouillon non adopté');
    expect(page.recommendations).toEqual([]);
    // The managers see the draft and the contact details.
    const own = await c.page({ id: committee });
    expect(own.recommendations.map((r) => r.code)).toEqual([draft.code]);
    expect(JSON.stringify(await c.members({ id: committee }))).toContain('secret@example.ma');
  });

  it('lets only the addressed commune answer, with reasons for a partial answer, then report progress', async () => {
    const { coordinator, mdiq, asilah, citizen, committee } = await setUp();
    const c = coordinator.caller.instances.committee;
    await c.publish({ id: committee });
    const { id } = await c.draftRecommendation({
      instanceId: committee,
      addressedTo: 'mdiq',
      service: 'Service des affaires financières',
      title: t3('Publier le budget en données ouvertes'),
      body: t3('Le comité recommande de publier le budget et son exécution chaque trimestre.'),
      answerDays: 30,
    });
    // Adopting is the committee's: neither a citizen nor a commune's staff.
    for (const who of [citizen, mdiq, asilah])
      expect(await errorOf(who.caller.instances.committee.adopt({ addressedTo: 'mdiq', id }))).toMatchObject({
        code: 'FORBIDDEN',
      });
    // The committee names the commune the case belongs to: another commune finds nothing.
    expect(await errorOf(c.adopt({ addressedTo: 'asilah', id }))).toMatchObject({ code: 'NOT_FOUND' });
    const head = await h.user(`inst-head-${n}@mdiq.example`, ['mdiq:department_head']);
    const adopted = await c.adopt({ addressedTo: 'mdiq', id });
    expect(adopted.state).toBe('adopted');
    // M'diq's management hears of it at once (in-app and email), with its code and due date; not Asilah's.
    const told = (userId: string) =>
      h.handle.db
        .selectFrom('notificationInbox')
        .select(['template', 'params', 'subjectType'])
        .where('userId', '=', userId)
        .where('template', 'like', 'staff.%')
        .execute();
    expect(await told(head.id)).toEqual([
      expect.objectContaining({
        template: 'staff.recommendationAdopted',
        subjectType: 'recommendation',
        params: expect.objectContaining({ id, dueAt: '2026-04-06T10:00:00.000Z' }),
      }),
    ]);
    expect(await told(asilah.id)).toEqual([]);
    // Another commune's staff cannot answer it, nor see it in their queue.
    expect(
      await errorOf(asilah.caller.instances.desk.answer({ commune: 'asilah', id, answer: 'accepted' })),
    ).toMatchObject({ code: 'NOT_FOUND', reason: 'unknown_recommendation' });
    expect(
      await errorOf(asilah.caller.instances.desk.answer({ commune: 'mdiq', id, answer: 'accepted' })),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect((await asilah.caller.instances.desk.recommendations({ commune: 'asilah' })).items).toEqual([]);
    expect(
      await errorOf(citizen.caller.instances.desk.answer({ commune: 'mdiq', id, answer: 'accepted' })),
    ).toMatchObject({ code: 'FORBIDDEN' });
    // M'diq's queue holds it, its answer due in 30 days.
    const queue = await mdiq.caller.instances.desk.recommendations({ commune: 'mdiq', open: true });
    expect(queue.items.map((r) => r.id)).toContain(id);
    expect(queue.items.find((r) => r.id === id)!.answerDueAt).toEqual(new Date('2026-04-06T10:00:00Z'));
    // A partial answer says why: the field is named.
    expect(
      await errorOf(mdiq.caller.instances.desk.answer({ commune: 'mdiq', id, answer: 'partially' })),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'reasons' });
    expect(
      await errorOf(mdiq.caller.instances.desk.answer({ commune: 'mdiq', id, answer: 'rejected', reasons: 'court' })),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'reasons' });
    h.clock.advance(5 * 86_400_000);
    const REASONS = 'Le budget sera publié chaque semestre : la trésorerie ne clôt ses comptes qu’à ce rythme.';
    await mdiq.caller.instances.desk.answer({ commune: 'mdiq', id, answer: 'partially', reasons: REASONS });
    // The committee member who drafted it hears the answer, with the code; the link is the public committee page.
    const heard = await h.handle.db
      .selectFrom('notificationInbox')
      .select(['template', 'params', 'audience'])
      .where('userId', '=', coordinator.id)
      .execute();
    expect(heard).toEqual([
      expect.objectContaining({
        template: 'committee.recommendationAnswered',
        audience: 'citizen',
        params: expect.objectContaining({ id, answer: 'partially' }),
      }),
    ]);
    // Answered once: a second answer is refused by the graph.
    expect(await errorOf(mdiq.caller.instances.desk.answer({ commune: 'mdiq', id, answer: 'accepted' }))).toMatchObject(
      { code: 'CONFLICT', reason: 'invalid_transition' },
    );
    // Progress: the first report moves it in progress, 100 % implements it.
    const p1 = await mdiq.caller.instances.desk.progress({
      commune: 'mdiq',
      id,
      percent: 40,
      text: 'Premier semestre publié.',
    });
    expect(p1.state).toBe('in_progress');
    h.clock.advance(86_400_000);
    expect(
      (
        await mdiq.caller.instances.desk.progress({
          commune: 'mdiq',
          id,
          percent: 100,
          text: 'Second semestre publié.',
        })
      ).state,
    ).toBe('implemented');
    // The public page shows the recommendation, the answer with its reasons and the reports.
    const page = await h.anon().instances.page({ commune: 'tetouan', id: committee });
    const rec = page.recommendations.find((r) => r.id === id)!;
    expect(rec).toMatchObject({
      commune: 'mdiq',
      state: 'implemented',
      answer: 'partially',
      reasons: REASONS,
      progress: 100,
      title: t3('Publier le budget en données ouvertes'),
    });
    expect(rec.reports.map((r) => r.percent)).toEqual([40, 100]);
    // The figures the bulletins read: answered on time, partially, implemented.
    const mdiqId = (
      await h.handle.db.selectFrom('communes').select('id').where('slug', '=', 'mdiq').executeTakeFirstOrThrow()
    ).id;
    const figures = await recommendationFigures(
      h.handle.db,
      mdiqId,
      new Date('2026-03-07T00:00:00Z'),
      new Date('2026-03-08T00:00:00Z'),
    );
    expect(figures).toEqual({
      addressed: 1,
      answered: 1,
      answeredOnTime: 1,
      accepted: 0,
      partially: 1,
      rejected: 0,
      implemented: 1,
    });
  });

  it('signs the minutes of a meeting, verifiable, with the members present by name', async () => {
    const { coordinator, committee } = await setUp();
    const c = coordinator.caller.instances.committee;
    const amina = await c.addMember(member(committee, { name: 'Amina Tazi' }));
    await c.addMember(member(committee, { name: 'Absent Member', category: 'elected' }));
    const { id } = await c.saveMeeting({
      instanceId: committee,
      startsAt: new Date('2026-03-10T09:00:00Z'),
      place: 'Hôtel de ville de Tétouan',
      agenda: [t3('Suivi des recommandations'), t3('Observations sur les registres')],
    });
    const record = {
      id,
      present: [amina.id],
      guests: 2,
      decisions: [t3('Adopter la recommandation sur le budget')],
      minutes: 'Le comité a examiné les réponses des communes et adopté une recommandation.',
    };
    expect(await errorOf(c.recordMeeting(record))).toMatchObject({ reason: 'meeting_not_held' });
    h.clock.set('2026-03-11T10:00:00Z');
    expect(await errorOf(c.issueMinutes({ id }))).toMatchObject({ reason: 'minutes_missing', field: 'minutes' });
    expect(
      await errorOf(c.recordMeeting({ ...record, present: ['00000000-0000-4000-8000-000000000000'] })),
    ).toMatchObject({ reason: 'unknown_member', field: 'present.0' });
    await c.recordMeeting(record);
    const issued = await c.issueMinutes({ id });
    expect(issued.code).toMatch(/^TET-DOC-2026-\d{6}$/);
    expect((await c.issueMinutes({ id })).code).toBe(issued.code);
    const verified = await h.anon().documents.verify({ code: issued.code });
    expect(verified).toMatchObject({ status: 'valid' });
    expect(JSON.stringify(verified)).toContain('instance_minutes');
    const { pdf } = await h.handle.db
      .selectFrom('documents')
      .select('pdf')
      .where('code', '=', issued.code)
      .executeTakeFirstOrThrow();
    const body = pdfText(pdf).join(' ');
    expect(body).toContain('Amina Tazi');
    expect(body).not.toContain('Absent Member');
    expect(body).toContain('Suivi des recommandations');
    // Signed: final.
    expect(await errorOf(c.recordMeeting(record))).toMatchObject({ reason: 'minutes_issued' });
    // The internal rules are signed too.
    const rules = await c.issueRules({ id: committee });
    expect(await h.anon().documents.verify({ code: rules.code })).toMatchObject({ status: 'valid' });
    await c.publish({ id: committee });
    const page = await h.anon().instances.page({ commune: 'chefchaouen', id: committee });
    expect(page.meetings[0]).toMatchObject({
      minutesDocument: { code: issued.code },
      attendance: { present: ['Amina Tazi'], guests: 2 },
    });
    expect(page.rulesDocument).toMatchObject({ code: rules.code });
  });

  it('raises an observation into a commune’s queue; its staff answer, the committee closes it', async () => {
    const { coordinator, mdiq, asilah, committee } = await setUp();
    const admin = await h.user(`inst-obs-admin-${n}@mdiq.example`, ['mdiq:commune_admin']);
    const c = coordinator.caller.instances.committee;
    const { id, code } = await c.raiseObservation({
      instanceId: committee,
      addressedTo: 'mdiq',
      title: t3('Délais des demandes d’information'),
      body: t3('La part des réponses dans les délais a baissé ce trimestre.'),
      indicator: 'information.onTime',
    });
    expect(code).toMatch(/^MDQ-OBS-2026-\d{6}$/);
    // Its admin hears of it in the same transaction, with the code.
    const inbox = await h.handle.db
      .selectFrom('notificationInbox')
      .select(['template', 'params'])
      .where('userId', '=', admin.id)
      .execute();
    expect(inbox).toEqual([
      expect.objectContaining({ template: 'staff.observationRaised', params: expect.objectContaining({ code, id }) }),
    ]);
    expect((await mdiq.caller.instances.desk.observations({ commune: 'mdiq' })).items.map((o) => o.id)).toEqual([id]);
    expect((await asilah.caller.instances.desk.observations({ commune: 'asilah' })).items).toEqual([]);
    expect(
      await errorOf(
        asilah.caller.instances.desk.answerObservation({ commune: 'asilah', id, text: 'Nous verrons bien.' }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    await mdiq.caller.instances.desk.answerObservation({
      commune: 'mdiq',
      id,
      text: 'Un agent supplémentaire traite les demandes depuis février.',
    });
    expect((await c.closeObservation({ addressedTo: 'mdiq', id, note: 'Réponse satisfaisante.' })).state).toBe(
      'closed',
    );
  });
});

describe('instances: a commune’s IEECAG', () => {
  it('is its commune’s own: managed by its staff only, never the network’s committee through a commune', async () => {
    const { coordinator, committee } = await setUp();
    const admin = await h.user(`ieecag-admin-${n}@example.ma`, ['chefchaouen:commune_admin']);
    const agent = await h.user(`ieecag-agent-${n}@example.ma`, ['chefchaouen:agent']);
    const m = admin.caller.instances.manage;
    const { id } = await m.save({
      commune: 'chefchaouen',
      ...committeeInput({
        kind: 'ieecag',
        seat: undefined,
        name: t3('Instance de l’équité, de l’égalité des chances et de l’approche genre'),
        legalBasis: t3('Loi organique 113-14, article 120'),
        seatsTotal: 10,
        seatsCivilSociety: 10,
        seatsElected: 0,
        seatsAdministration: 0,
      }),
    });
    // An agent answers, but does not manage.
    expect(await errorOf(agent.caller.instances.manage.publish({ commune: 'chefchaouen', id }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    // The commune's staff cannot reach the network's committee through their commune.
    expect(await errorOf(m.publish({ commune: 'chefchaouen', id: committee }))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'unknown_instance',
    });
    // Nor the coordinators a commune's instance through the committee's procedures.
    expect(await errorOf(coordinator.caller.instances.committee.publish({ id }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    // Its recommendations go to its own commune.
    expect(
      await errorOf(
        m.draftRecommendation({
          commune: 'chefchaouen',
          instanceId: id,
          addressedTo: 'mdiq',
          title: t3('Ailleurs'),
          body: t3('Une autre commune'),
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'addressedTo' });
    const rec = await m.draftRecommendation({
      commune: 'chefchaouen',
      instanceId: id,
      title: t3('Crèche municipale'),
      body: t3('Ouvrir une crèche près du marché.'),
    });
    expect(rec.code).toMatch(/^[A-Z]{2,5}-REC-2026-\d{6}$/);
    await m.adopt({ commune: 'chefchaouen', id: rec.id });
    expect(
      (await agent.caller.instances.desk.recommendations({ commune: 'chefchaouen' })).items.map((r) => r.id),
    ).toEqual([rec.id]);
    // A formal opinion names a subject of its commune, or is refused naming the field.
    expect(
      await errorOf(
        m.giveOpinion({
          commune: 'chefchaouen',
          instanceId: id,
          subjectType: 'pac_project',
          subjectId: '00000000-0000-4000-8000-000000000000',
          stance: 'favourable',
          text: t3('Avis favorable'),
          givenOn: '2026-03-01',
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', reason: 'unknown_subject', field: 'subjectId' });
    // On a PAC project of the commune: given by the project's id, which its public page carries.
    const proj = await admin.caller.pac.projects.save({
      commune: 'chefchaouen',
      project: {
        code: 'P-77',
        title: { ar: 'دار الحضانة', fr: 'Crèche municipale' },
        axis: { ar: 'الطفولة', fr: 'Petite enfance' },
        neighbourhood: { ar: 'السويقة', fr: 'Souika' },
        lat: 35.17,
        lon: -5.26,
        startsOn: '2026-01-01',
        endsOn: '2027-06-30',
        status: 'under_way',
        progress: 10,
        budgetPlanned: 500_000,
        budgetCommitted: 100_000,
        budgetPaid: 0,
        subprojects: [],
      },
    });
    const projectPage = await h.anon().pac.projects.get({ commune: 'chefchaouen', code: proj.code });
    await m.giveOpinion({
      commune: 'chefchaouen',
      instanceId: id,
      subjectType: 'pac_project',
      subjectId: projectPage.id,
      stance: 'favourable',
      text: t3('Avis favorable : la crèche répond à un besoin des mères qui travaillent'),
      givenOn: '2026-03-04',
    });
    expect(
      await h
        .anon()
        .instances.opinionsOn({ commune: 'chefchaouen', subjectType: 'pac_project', subjectId: projectPage.id }),
    ).toMatchObject([{ stance: 'favourable', givenOn: '2026-03-04' }]);
    // On a real call of the commune, the opinion is published with the call (and on the instance's page).
    const { id: callId } = await admin.caller.calls.create({
      commune: 'chefchaouen',
      title: { ar: 'طلب مشاريع', fr: 'Appel à projets' },
      description: { ar: 'دعم الجمعيات', fr: 'Soutien aux associations' },
      themes: [{ ar: 'الشباب', fr: 'Jeunesse' }],
      year: 2026,
      envelopeMad: 100_000,
      maxPerProjectMad: 50_000,
      eligibility: { seatInCommune: true, minYearsConstituted: 2 },
      criteria: [{ key: 'relevance', label: { ar: 'الملاءمة', fr: 'Pertinence' }, weight: 100 }],
      checklist: [{ key: 'statutes', label: { ar: 'القانون الأساسي', fr: 'Statuts' }, required: true }],
      opensOn: '2026-03-10',
      closesOn: '2026-03-30',
    });
    await m.giveOpinion({
      commune: 'chefchaouen',
      instanceId: id,
      subjectType: 'call',
      subjectId: callId,
      stance: 'reserved',
      text: t3('Réserver une part aux associations de femmes'),
      givenOn: '2026-03-05',
    });
    expect(
      await h.anon().instances.opinionsOn({ commune: 'chefchaouen', subjectType: 'call', subjectId: callId }),
    ).toMatchObject([
      { stance: 'reserved', text: t3('Réserver une part aux associations de femmes'), givenOn: '2026-03-05' },
    ]);
    // Another commune reads none of it under its own name.
    expect(await h.anon().instances.opinionsOn({ commune: 'asilah', subjectType: 'call', subjectId: callId })).toEqual(
      [],
    );
    // A seat renewal call is published with its criteria.
    await m.publishSeatCall({
      commune: 'chefchaouen',
      instanceId: id,
      category: 'civil_society',
      seats: 3,
      criteria: t3('Association active depuis trois ans dans la commune'),
      closesOn: '2026-04-30',
    });
    await m.publish({ commune: 'chefchaouen', id });
    const page = await h.anon().instances.page({ commune: 'chefchaouen', id });
    expect(page.seatCalls).toMatchObject([{ seats: 3, closesOn: '2026-04-30' }]);
    // Another commune's portal does not list it.
    expect((await h.anon().instances.list({ commune: 'asilah' })).map((i) => i.id)).not.toContain(id);
  });
});
