import type { PacPhaseKind } from '@shabaka/db';
import { describe, expect, it } from 'vitest';
import { sweepTimedNotices } from '../src/notifications';
import { phasesOn } from '../src/pac/service';
import { useHarness } from './harness';

const h = useHarness();

/** The fields an error names: zod's issue paths, or a domain error's field. */
const fieldsOf = (p: Promise<unknown>) =>
  p.then(
    () => [] as string[],
    (e: { cause?: { issues?: { path: unknown[] }[]; field?: string } }) =>
      e.cause?.issues?.map((i) => i.path.join('.')) ?? (e.cause?.field ? [e.cause.field] : []),
  );
const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { code?: string; cause?: { reason?: string; field?: string } }) => ({
      code: e.code,
      reason: e.cause?.reason,
      field: e.cause?.field,
    }),
  );

const text = (ar: string, fr: string) => ({ ar, fr });
const phase = (kind: PacPhaseKind, startsOn: string, endsOn: string, over: Record<string, unknown> = {}) => ({
  kind,
  startsOn,
  endsOn,
  legalBasis: text('القانون التنظيمي 113.14، المادة 78', 'Loi organique 113-14, art. 78'),
  ...over,
});
const planInput = (commune: string, over: Record<string, unknown> = {}) => ({
  commune,
  plan: {
    title: text('برنامج عمل الجماعة 2022–2027', 'Programme d’action de la commune 2022–2027'),
    mandateStart: 2021,
    mandateEnd: 2027,
    phases: [
      phase('launch_decision', '2026-01-05', '2026-01-31'),
      phase('diagnosis', '2026-02-01', '2026-02-28'),
      phase('draft_consultation', '2026-03-01', '2026-03-31', { ieecagRequired: true }),
      phase('adoption', '2026-04-01', '2026-05-15'),
    ],
    ...over,
  },
});
const draftInput = (commune: string, planId: string, over: Record<string, unknown> = {}) => ({
  commune,
  draft: {
    planId,
    title: text('مشروع برنامج عمل الجماعة', 'Projet de programme d’action'),
    opensOn: '2026-03-05',
    closesOn: '2026-03-20',
    sections: [
      {
        title: text('التشخيص', 'Diagnostic'),
        paragraphs: [
          { text: text('تعاني الأحياء الشرقية من نقص في الإنارة.', 'Les quartiers est manquent d’éclairage.') },
          { text: text('الحدائق العمومية قليلة.', 'Les jardins publics sont rares.') },
        ],
      },
      {
        title: text('الأولويات', 'Priorités'),
        paragraphs: [{ text: text('تهيئة ملاعب القرب.', 'Aménager des terrains de proximité.') }],
      },
    ],
    ...over,
  },
});

/** A plan and its draft in `commune`, written by an agent on 2026-03-01 (before the window opens). */
let mandates = 0;
async function setUp(commune = 'tetouan') {
  h.clock.set('2026-03-01T10:00:00Z');
  const n = Math.random().toString(36).slice(2, 8);
  const agent = await h.user(`agent-${n}@${commune}.example`, [`${commune}:agent`]);
  // One plan per mandate: each test's plan its own (the file shares one database). The first is 2021.
  const mandateStart = 2021 - mandates++;
  const { id: planId } = await agent.caller.pac.savePlan(planInput(commune, { mandateStart }));
  const { id: draftId } = await agent.caller.pac.saveDraft(draftInput(commune, planId));
  const staffView = await agent.caller.pac.staffDraft({ commune, id: draftId });
  const paragraphs = staffView.sections.flatMap((s) => s.paragraphs);
  return { agent, planId, draftId, paragraphs, n, commune };
}

describe('the communal action plan (PAC)', () => {
  it('says the current phase by the server’s clock, and the IEECAG opinion still owed', async () => {
    const { agent, planId } = await setUp();
    h.clock.set('2026-02-10T10:00:00Z');
    let plan = (await h.anon().pac.plan({ commune: 'tetouan' }))!;
    expect(plan.current).toBe(1);
    expect(plan.phases.map((p) => p.status)).toEqual(['past', 'current', 'upcoming', 'upcoming']);
    expect(plan.phases[2]).toMatchObject({ kind: 'draft_consultation', ieecagRequired: true, ieecagPending: true });
    h.clock.set('2026-03-10T10:00:00Z');
    plan = (await h.anon().pac.plan({ commune: 'tetouan' }))!;
    expect(plan.phases[plan.current!]!.kind).toBe('draft_consultation');
    // Recording the opinion is an edit of the plan by staff.
    const input = planInput('tetouan');
    input.plan.phases[2] = phase('draft_consultation', '2026-03-01', '2026-03-31', {
      ieecagRequired: true,
      ieecagOpinion: {
        text: text('رأي إيجابي مع توصيات', 'Avis favorable avec recommandations'),
        givenOn: '2026-03-08',
      },
    });
    await agent.caller.pac.savePlan({ ...input, id: planId });
    plan = (await h.anon().pac.plan({ commune: 'tetouan' }))!;
    expect(plan.phases[2]).toMatchObject({ ieecagPending: false, ieecagOpinion: { givenOn: '2026-03-08' } });
    // Phases may overlap (the annual monitoring while an update is prepared): the last started is current.
    const overlap = phasesOn(
      [
        { ...phase('monitoring', '2027-01-01', '2027-12-31'), ieecagRequired: false, ieecagOpinion: null },
        { ...phase('update', '2027-06-01', '2027-09-30'), ieecagRequired: true, ieecagOpinion: null },
      ],
      '2027-07-01',
    );
    expect(overlap.current).toBe(1);
    expect(overlap.phases.map((p) => [p.status, p.ieecagPending])).toEqual([
      ['ongoing', false],
      ['current', true],
    ]);
    // After the last phase, none is current.
    h.clock.set('2026-06-01T10:00:00Z');
    plan = (await h.anon().pac.plan({ commune: 'tetouan' }))!;
    expect(plan.current).toBeNull();
    expect(plan.phases.every((p) => p.status === 'past')).toBe(true);
  });

  it('refuses a bad plan or draft naming the field, and a second plan for the same mandate', async () => {
    const { agent, planId } = await setUp('asilah');
    expect(
      await fieldsOf(
        agent.caller.pac.savePlan(
          planInput('asilah', {
            phases: [
              phase('diagnosis', '2026-02-10', '2026-02-01'),
              phase('nope' as PacPhaseKind, '2026-03-01', '2026-03-02'),
            ],
          }),
        ),
      ),
    ).toEqual(expect.arrayContaining(['plan.phases.0.endsOn', 'plan.phases.1.kind']));
    expect(await fieldsOf(agent.caller.pac.savePlan(planInput('asilah', { mandateEnd: 2020 })))).toEqual([
      'plan.mandateEnd',
    ]);
    const taken = (await h.anon().pac.plan({ commune: 'asilah' }))!.mandateStart;
    expect(await errorOf(agent.caller.pac.savePlan(planInput('asilah', { mandateStart: taken })))).toMatchObject({
      reason: 'mandate_taken',
      field: 'plan.mandateStart',
    });
    expect(
      await fieldsOf(
        agent.caller.pac.saveDraft(draftInput('asilah', planId, { closesOn: '2026-03-01', sections: [] })),
      ),
    ).toEqual(expect.arrayContaining(['draft.closesOn', 'draft.sections']));
    const plans = await h.handle.db.selectFrom('pacPlans').select('id').execute();
    const drafts = await h.handle.db.selectFrom('pacDrafts').select('id').execute();
    expect(plans.length).toBeGreaterThanOrEqual(1);
    expect(drafts.length).toBeGreaterThanOrEqual(1);
    // The public does not read a draft before its window opens.
    expect(await h.anon().pac.draft({ commune: 'asilah' })).toBeNull();
  });

  it('takes contributions only while the window is open, each with its answer date; refusals store nothing', async () => {
    const { paragraphs, n, draftId } = await setUp();
    const read = () => h.anon().pac.draft({ commune: 'tetouan', id: draftId });
    const citizen = await h.user(`citizen-${n}@example.ma`);
    const p = paragraphs[0]!.id;
    const comment = {
      commune: 'tetouan',
      paragraphId: p,
      kind: 'comment' as const,
      body: 'Il faut des lampadaires rue 12.',
    };
    const count = async () =>
      Number(
        (
          await h.handle.db
            .selectFrom('pacContributions')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('draftId', '=', draftId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    // Before the window: refused, naming the paragraph.
    expect(await errorOf(citizen.caller.pac.contribute(comment))).toMatchObject({
      code: 'CONFLICT',
      reason: 'window_not_open',
      field: 'paragraphId',
    });
    h.clock.set('2026-03-06T09:00:00Z');
    // Anonymous callers must sign in; bad input names its fields.
    expect((await errorOf(h.anon().pac.contribute(comment)))?.code).toBe('UNAUTHORIZED');
    expect(
      await fieldsOf(citizen.caller.pac.contribute({ ...comment, kind: 'change', body: 'court' } as never)),
    ).toEqual(expect.arrayContaining(['body', 'proposedText']));
    expect(await count()).toBe(0);

    const filed = await citizen.caller.pac.contribute(comment);
    expect(filed.code).toMatch(/^TET-CO-2026-\d{6}$/);
    // Due 30 calendar days later (the default), at the end of that day in Morocco.
    expect(filed.dueAt.toISOString()).toBe('2026-04-05T22:59:59.000Z');
    const change = await citizen.caller.pac.contribute({
      ...comment,
      paragraphId: paragraphs[2]!.id,
      kind: 'change',
      body: 'Ajouter les terrains du quartier Jbel Dersa.',
      proposedText: 'Aménager des terrains de proximité, dont celui de Jbel Dersa.',
    });

    // The public reads each paragraph's contributions, never who wrote them.
    const draft = (await read())!;
    expect(draft.window).toBe('open');
    expect(draft.counts).toEqual({ contributions: 2, answered: 0, unanswered: 2 });
    const first = draft.sections[0]!.paragraphs[0]!;
    expect(first.contributions).toHaveLength(1);
    expect(first.contributions[0]).toMatchObject({ code: filed.code, state: 'received', overdue: false });
    expect(JSON.stringify(draft)).not.toContain(citizen.id);
    expect(JSON.stringify(draft)).not.toContain(`citizen-${n}`);
    expect(draft.sections[1]!.paragraphs[0]!.contributions[0]).toMatchObject({
      code: change.code,
      kind: 'change',
      proposedText: 'Aménager des terrains de proximité, dont celui de Jbel Dersa.',
    });

    // After the closing day: refused, naming the field, nothing stored.
    h.clock.set('2026-03-21T08:00:00Z');
    expect(await errorOf(citizen.caller.pac.contribute(comment))).toMatchObject({
      reason: 'window_closed',
      field: 'paragraphId',
    });
    expect(await count()).toBe(2);
    // The account page lists the citizen's own.
    const mine = await citizen.caller.pac.mine();
    expect(mine.map((m) => m.code).sort()).toEqual([filed.code, change.code].sort());
    expect(mine[0]).toMatchObject({ commune: 'tetouan', state: 'received' });
  });

  it('answers on the clock: overdue after N days in the queue and the public list; answers with reasons notify', async () => {
    const { agent, paragraphs, n, draftId } = await setUp();
    const read = () => h.anon().pac.draft({ commune: 'tetouan', id: draftId });
    const citizen = await h.user(`citizen-${n}@example.ma`);
    h.clock.set('2026-03-06T09:00:00Z');
    const base = { commune: 'tetouan', paragraphId: paragraphs[1]!.id, kind: 'comment' as const };
    const a = await citizen.caller.pac.contribute({ ...base, body: 'Un jardin près du lycée, svp.' });
    const b = await citizen.caller.pac.contribute({ ...base, body: 'Un jardin aussi à Mhannech.' });
    const c = await citizen.caller.pac.contribute({ ...base, body: 'Des bancs dans les jardins existants.' });

    // Day 28: due soon, not overdue.
    h.clock.set('2026-04-03T10:00:00Z');
    let q = await agent.caller.pac.queue({ commune: 'tetouan', open: true });
    expect(q.items.map((i) => [i.code, i.overdue, i.dueSoon])).toEqual(expect.arrayContaining([[a.code, false, true]]));
    const soon = await agent.caller.pac.queue({ commune: 'tetouan', dueSoon: true });
    expect(soon.items.filter((i) => [a.code, b.code, c.code].includes(i.code))).toHaveLength(3);
    expect(soon.items.every((i) => i.dueSoon && !i.overdue)).toBe(true);
    // Day 31: past the 30 days, overdue in the queue and on the public list.
    h.clock.set('2026-04-06T10:00:00Z');
    q = await agent.caller.pac.queue({ commune: 'tetouan', overdue: true });
    expect(q.items.map((i) => i.code)).toEqual(expect.arrayContaining([a.code, b.code, c.code]));
    expect(q.items.find((i) => i.code === a.code)).toMatchObject({ paragraph: '1.2', overdue: true });
    const late = await h.anon().pac.unanswered({ commune: 'tetouan' });
    expect(late.filter((u) => [a.code, b.code, c.code].includes(u.code)).every((u) => u.overdue)).toBe(true);

    // Merged and not retained need a reason; the field is named and nothing moves.
    expect(await fieldsOf(agent.caller.pac.answer({ commune: 'tetouan', id: a.id, answer: 'not_retained' }))).toEqual([
      'reason',
    ]);
    expect(await fieldsOf(agent.caller.pac.answer({ commune: 'tetouan', id: b.id, answer: 'merged' }))).toEqual([
      'reason',
    ]);
    await agent.caller.pac.answer({ commune: 'tetouan', id: a.id, answer: 'retained' });
    await agent.caller.pac.answer({
      commune: 'tetouan',
      id: b.id,
      answer: 'merged',
      reason: 'Fusionnée avec la contribution sur le lycée : un seul jardin à Mhannech.',
    });
    await agent.caller.pac.answer({
      commune: 'tetouan',
      id: c.id,
      answer: 'not_retained',
      reason: 'Les bancs relèvent de l’entretien courant, hors du plan.',
    });
    // One answer only.
    expect(
      await errorOf(
        agent.caller.pac.answer({ commune: 'tetouan', id: a.id, answer: 'not_retained', reason: 'Trop tard.' }),
      ),
    ).toMatchObject({ code: 'CONFLICT', reason: 'invalid_transition' });

    const draft = (await read())!;
    const answers = draft.sections[0]!.paragraphs[1]!.contributions;
    expect(answers.map((x) => [x.code, x.state, x.answer])).toEqual([
      [a.code, 'retained', null],
      [b.code, 'merged', 'Fusionnée avec la contribution sur le lycée : un seul jardin à Mhannech.'],
      [c.code, 'not_retained', 'Les bancs relèvent de l’entretien courant, hors du plan.'],
    ]);
    expect(answers.every((x) => x.answeredAt && !x.overdue)).toBe(true);
    expect((await h.anon().pac.unanswered({ commune: 'tetouan' })).map((u) => u.code)).not.toContain(a.code);

    // The contributor hears of each answer, in-app and by email, with the reason.
    const inbox = await h.handle.db
      .selectFrom('notificationInbox')
      .select(['template', 'params'])
      .where('userId', '=', citizen.id)
      .execute();
    expect(inbox.map((i) => i.template)).toEqual(Array(3).fill('contribution.answered'));
    expect(inbox.map((i) => (i.params as { answer: string }).answer).sort()).toEqual(
      ['merged', 'not_retained', 'retained'].sort(),
    );
    expect(inbox.find((i) => (i.params as { answer: string }).answer === 'not_retained')?.params).toMatchObject({
      code: c.code,
      paragraph: '1.2',
      reason: 'Les bancs relèvent de l’entretien courant, hors du plan.',
    });
    const emails = await h.handle.db
      .selectFrom('notifications')
      .select('channel')
      .where('template', '=', 'contribution.answered')
      .where('channel', '=', 'email')
      .execute();
    expect(emails.length).toBeGreaterThanOrEqual(3);
    // The timeline and the state counts follow the kernel.
    const counts = await h.handle.db
      .selectFrom('pacContributionStateCounts')
      .innerJoin('communes', 'communes.id', 'pacContributionStateCounts.communeId')
      .select(['state', 'n'])
      .where('communes.slug', '=', 'tetouan')
      .execute();
    expect(counts.find((x) => x.state === 'merged')?.n).toBeGreaterThanOrEqual(1);
  });

  it('keeps communes apart: another commune’s agent cannot answer, nor a paragraph of another draft be commented', async () => {
    const tet = await setUp('tetouan');
    const asi = await setUp('asilah');
    const citizen = await h.user(`citizen-${tet.n}@example.ma`);
    h.clock.set('2026-03-06T09:00:00Z');
    const filed = await citizen.caller.pac.contribute({
      commune: 'asilah',
      paragraphId: asi.paragraphs[0]!.id,
      kind: 'comment',
      body: 'Un commentaire sur le projet d’Asilah.',
    });
    // Tetouan's agent: refused in Asilah, and Asilah's contribution is unknown in Tetouan.
    expect(
      (await errorOf(tet.agent.caller.pac.answer({ commune: 'asilah', id: filed.id, answer: 'retained' })))?.code,
    ).toBe('FORBIDDEN');
    expect(
      await errorOf(tet.agent.caller.pac.answer({ commune: 'tetouan', id: filed.id, answer: 'retained' })),
    ).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'unknown_contribution',
    });
    // A Tetouan paragraph through Asilah's portal (and the reverse) is refused, naming the field, storing nothing.
    expect(
      await errorOf(
        citizen.caller.pac.contribute({
          commune: 'asilah',
          paragraphId: tet.paragraphs[0]!.id,
          kind: 'comment',
          body: 'Un paragraphe qui n’est pas d’Asilah.',
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', reason: 'unknown_paragraph', field: 'paragraphId' });
    const rows = await h.handle.db
      .selectFrom('pacContributions')
      .select('paragraphId')
      .where('paragraphId', '=', tet.paragraphs[0]!.id)
      .execute();
    expect(rows).toHaveLength(0);
    // Asilah's agent answers it; Tetouan's queue never lists it.
    await asi.agent.caller.pac.answer({ commune: 'asilah', id: filed.id, answer: 'retained' });
    const tq = await tet.agent.caller.pac.queue({ commune: 'tetouan' });
    expect(tq.items.map((i) => i.code)).not.toContain(filed.code);
    // Staff cannot edit a draft once it is open.
    expect(
      await errorOf(asi.agent.caller.pac.saveDraft({ ...draftInput('asilah', asi.planId), id: asi.draftId })),
    ).toMatchObject({ reason: 'draft_open', field: 'id' });
  });

  it('tells the plan’s followers when a phase opens and when it closes, once each, and stops when they unfollow', async () => {
    const { planId, n } = await setUp('chefchaouen');
    const first = await h.user(`follower-a-${n}@example.ma`);
    const second = await h.user(`follower-b-${n}@example.ma`);
    // Following needs an account; the answer says whether one follows.
    expect((await errorOf(h.anon().pac.follow({ commune: 'chefchaouen', on: true })))?.code).toBe('UNAUTHORIZED');
    expect(await first.caller.pac.following({ commune: 'chefchaouen' })).toEqual({ planId, following: false });
    await first.caller.pac.follow({ commune: 'chefchaouen', on: true });
    expect(await first.caller.pac.following({ commune: 'chefchaouen' })).toEqual({ planId, following: true });
    const sweep = () => sweepTimedNotices({ db: h.handle.db, clock: h.clock, modules: h.deps.modules });
    const inbox = (userId: string) =>
      h.handle.db
        .selectFrom('notificationInbox')
        .select(['template', 'params'])
        .where('userId', '=', userId)
        .orderBy('createdAt')
        .execute();

    // 1 March: the consultation on the draft opens, the diagnosis closed the day before; January's phase is
    // old news and is not sent.
    await sweep();
    const told = await inbox(first.id);
    expect(told.map((x) => [x.template, (x.params as { phase: string }).phase]).sort()).toEqual([
      ['pac.phaseClosed', 'diagnosis'],
      ['pac.phaseOpened', 'draft_consultation'],
    ]);
    await sweep();
    expect(await inbox(first.id)).toHaveLength(2);

    // 1 April: the first has stopped following; the second, who follows now, hears of both occasions.
    await first.caller.pac.follow({ commune: 'chefchaouen', on: false });
    await second.caller.pac.follow({ commune: 'chefchaouen', on: true });
    h.clock.set('2026-04-01T08:00:00Z');
    await sweep();
    expect(await inbox(first.id)).toHaveLength(2);
    expect((await inbox(second.id)).map((x) => [x.template, (x.params as { phase: string }).phase]).sort()).toEqual([
      ['pac.phaseClosed', 'draft_consultation'],
      ['pac.phaseOpened', 'adoption'],
    ]);
  });

  it('gives the network each commune’s phase, contributions answered on time and projects, for a year', async () => {
    const { agent, paragraphs, n } = await setUp('ksar-el-kebir');
    const citizen = await h.user(`network-${n}@example.ma`);
    h.clock.set('2026-03-06T09:00:00Z');
    const base = { commune: 'ksar-el-kebir', paragraphId: paragraphs[0]!.id, kind: 'comment' as const };
    const a = await citizen.caller.pac.contribute({ ...base, body: 'Une bibliothèque de quartier.' });
    await citizen.caller.pac.contribute({ ...base, body: 'Des horaires du soir au centre culturel.' });
    const c = await citizen.caller.pac.contribute({ ...base, body: 'Un terrain de proximité à Bab El Oued.' });
    // One answered within the 30 days, one after them, one never: on time 1 of 2, one overdue.
    h.clock.set('2026-03-20T10:00:00Z');
    await agent.caller.pac.answer({ commune: 'ksar-el-kebir', id: a.id, answer: 'retained' });
    h.clock.set('2026-04-20T10:00:00Z');
    await agent.caller.pac.answer({ commune: 'ksar-el-kebir', id: c.id, answer: 'retained' });
    const row = (await h.anon().pac.network({ year: 2026 })).communes.find((r) => r.commune === 'ksar-el-kebir');
    expect(row).toMatchObject({
      phase: 'adoption',
      contributions: { received: 3, answered: 2, onTime: 1, overdue: 1 },
      // No prioritisation vote here yet: nothing open, no rate to show.
      consultations: { open: 0, latest: null },
    });
    // No project in this file's Ksar El Kebir: nothing to roll up, said as none (not 0 %).
    expect(row!.projects).toEqual({ count: 0, progress: null, late: 0, paidShare: null });
    // Another year has none of them.
    const before = (await h.anon().pac.network({ year: 2025 })).communes.find((r) => r.commune === 'ksar-el-kebir');
    expect(before!.contributions).toEqual({ received: 0, answered: 0, onTime: 0, overdue: 0 });
    expect((await h.anon().pac.network({})).years).toContain(2026);
  });
});
