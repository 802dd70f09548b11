import { createHmac, hkdfSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cinKey, normaliseCin } from '../src/identity';
import { sweepTimedNotices } from '../src/notifications';
import { dedupKey } from '../src/petitions/crypto';
import { pointsFor } from '../src/pac/proposals/service';
import { useHarness } from './harness';

const SECRET = 'test-only-secret-0123456789abcdefghijklmnopqrstuvwxyz';
const h = useHarness({ signing: { secret: SECRET, publicUrl: 'https://shabaka.example' } });

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
let mandates = 0;

/**
 * A plan with a prioritisation phase and a consultation in `commune`: proposals 2026-03-02 → 03-10, the
 * vote 2026-03-15 → 03-20, written by an agent on 2026-03-01.
 */
async function setUp(commune = 'tetouan', over: Record<string, unknown> = {}) {
  h.clock.set('2026-03-01T10:00:00Z');
  const n = Math.random().toString(36).slice(2, 8);
  const agent = await h.user(`agent-${n}@${commune}.example`, [`${commune}:agent`]);
  const { id: planId } = await agent.caller.pac.savePlan({
    commune,
    plan: {
      title: text('برنامج عمل الجماعة', 'Programme d’action'),
      mandateStart: 2021 - mandates++,
      mandateEnd: 2027,
      phases: [
        {
          kind: 'prioritisation',
          startsOn: '2026-03-01',
          endsOn: '2026-03-31',
          legalBasis: text('المادة 119', 'Article 119'),
        },
      ],
    },
  });
  const consultation = {
    planId,
    title: text('أولويات الأحياء', 'Priorités des quartiers'),
    question: text('ما المشاريع التي تفضلون؟', 'Quels projets préférez-vous ?'),
    method: 'ranking' as const,
    maxChoices: 3,
    proposalsOpenOn: '2026-03-02',
    proposalsCloseOn: '2026-03-10',
    votesOpenOn: '2026-03-15',
    votesCloseOn: '2026-03-20',
    eligiblePopulation: 1000,
    eligibleSource: 'RGPH 2014, population de 18 ans et plus',
    minAge: 18,
    residenceCheck: 'self_declared' as const,
    ...over,
  };
  const { id } = await agent.caller.pac.proposals.saveConsultation({ commune, consultation });
  return { agent, planId, id, n, commune, consultation };
}

const proposal = (consultationId: string, title: string) => ({
  consultationId,
  title,
  description: `${title} : une description assez longue pour être lue.`,
  neighbourhood: 'Mellah',
  estimatedCostMad: 250_000,
});
const criteria = { competence: true, cost: true, legality: true };

describe('PAC prioritisation: proposals, admissibility, votes and results', () => {
  it('keeps petitions’ signature key as it was (the shared derivation gives the same bytes)', () => {
    const k = Buffer.from(
      hkdfSync('sha256', Buffer.from(SECRET, 'utf8'), Buffer.alloc(0), 'shabaka/petition-dedup/v1', 32),
    );
    const before = createHmac('sha256', k).update('p-1|AB123456').digest('base64url');
    expect(dedupKey(SECRET, 'p-1', 'ab 123-456')).toBe(before);
    expect(normaliseCin(' ab-123.456 ')).toBe('AB123456');
    // A vote's key is of another purpose: never equal to a signature's for the same scope and CIN.
    expect(cinKey(SECRET, 'shabaka/pac-vote-dedup/v1', 'p-1', 'AB123456')).not.toBe(before);
    expect([pointsFor('ranking', 3, 1), pointsFor('ranking', 3, 3), pointsFor('support', 3, 2)]).toEqual([3, 1, 1]);
  });

  it('takes proposals in their window; only the author edits or withdraws; the consultation’s dates are checked', async () => {
    const { id, n, commune, agent, consultation } = await setUp();
    const amina = await h.user(`amina-${n}@example.ma`);
    const other = await h.user(`other-${n}@example.ma`);
    // Before the window.
    expect(await errorOf(amina.caller.pac.proposals.submit({ commune, ...proposal(id, 'Un jardin public') }))).toEqual({
      code: 'CONFLICT',
      reason: 'proposals_not_open',
      field: 'consultationId',
    });
    h.clock.set('2026-03-03T10:00:00Z');
    const p = await amina.caller.pac.proposals.submit({ commune, ...proposal(id, 'Un jardin public') });
    expect(p.code).toMatch(/^TET-PR-2026-\d{6}$/);
    // Bad input names its field.
    expect(
      await fieldsOf(amina.caller.pac.proposals.submit({ commune, ...proposal(id, 'Un'), description: 'court' })),
    ).toEqual(['title', 'description']);
    // Someone else cannot touch it.
    const edit = {
      title: 'Un grand jardin public',
      description: 'Un jardin avec des bancs et de l’ombre.',
      neighbourhood: 'Mellah',
      estimatedCostMad: null,
    };
    expect(await errorOf(other.caller.pac.proposals.update({ commune, id: p.id, proposal: edit }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'not_author',
    });
    expect(await errorOf(other.caller.pac.proposals.withdraw({ commune, id: p.id }))).toMatchObject({
      reason: 'not_author',
    });
    await amina.caller.pac.proposals.update({ commune, id: p.id, proposal: edit });
    const mine = await amina.caller.pac.proposals.mine();
    expect(mine.find((m) => m.id === p.id)).toMatchObject({ title: 'Un grand jardin public', estimatedCostMad: null });
    const second = await amina.caller.pac.proposals.submit({ commune, ...proposal(id, 'Des bancs au marché') });
    await amina.caller.pac.proposals.withdraw({ commune, id: second.id });
    const pub = await h.anon().pac.proposals.consultation({ commune, consultationId: id });
    expect(pub.proposals.map((x) => x.code)).toEqual([p.code]);
    expect(pub.stage).toBe('collecting');
    // After the window: no new proposal, no edit.
    h.clock.set('2026-03-11T10:00:00Z');
    expect(
      await errorOf(amina.caller.pac.proposals.submit({ commune, ...proposal(id, 'Trop tard ici') })),
    ).toMatchObject({
      reason: 'proposals_closed',
    });
    expect(await errorOf(amina.caller.pac.proposals.update({ commune, id: p.id, proposal: edit }))).toMatchObject({
      reason: 'proposals_closed',
    });
    // The consultation's own dates: the vote opens after proposals close.
    expect(
      await fieldsOf(
        agent.caller.pac.proposals.saveConsultation({
          commune,
          consultation: { ...consultation, votesOpenOn: '2026-03-10' },
        }),
      ),
    ).toEqual(['consultation.votesOpenOn']);
  });

  it('decides admissibility before any vote, publishes the reason, tells the author, and keeps the inadmissible off the ballot', async () => {
    const { id, n, commune, agent } = await setUp();
    const amina = await h.user(`amina-${n}@example.ma`);
    h.clock.set('2026-03-03T10:00:00Z');
    const good = await amina.caller.pac.proposals.submit({ commune, ...proposal(id, 'Éclairer la rue du marché') });
    const bad = await amina.caller.pac.proposals.submit({ commune, ...proposal(id, 'Une autoroute régionale') });
    const late = await amina.caller.pac.proposals.submit({ commune, ...proposal(id, 'Une fontaine publique') });
    h.clock.set('2026-03-12T10:00:00Z');
    // A refusal says which criterion fails; an admissible one meets them all.
    expect(
      await fieldsOf(
        agent.caller.pac.proposals.review({
          commune,
          id: bad.id,
          admissible: false,
          criteria,
          reason: 'Hors compétence.',
        }),
      ),
    ).toEqual(['criteria']);
    expect(
      await fieldsOf(
        agent.caller.pac.proposals.review({
          commune,
          id: good.id,
          admissible: true,
          criteria: { ...criteria, cost: false },
          reason: 'Recevable.',
        }),
      ),
    ).toEqual(['admissible']);
    await agent.caller.pac.proposals.review({
      commune,
      id: good.id,
      admissible: true,
      criteria,
      reason: 'Compétence communale (éclairage public), coût dans l’enveloppe.',
    });
    await agent.caller.pac.proposals.review({
      commune,
      id: bad.id,
      admissible: false,
      criteria: { ...criteria, competence: false },
      reason: 'Les autoroutes relèvent de l’État, pas de la commune.',
    });
    expect(
      await errorOf(
        agent.caller.pac.proposals.review({
          commune,
          id: good.id,
          admissible: false,
          criteria: { ...criteria, cost: false },
          reason: 'Revu.',
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', reason: 'invalid_transition' });
    const pub = await h.anon().pac.proposals.consultation({ commune, consultationId: id });
    expect(pub.ballot.map((p) => p.code)).toEqual([good.code]);
    expect(pub.proposals.find((p) => p.id === bad.id)).toMatchObject({
      state: 'inadmissible',
      reason: 'Les autoroutes relèvent de l’État, pas de la commune.',
      criteria: { competence: false, cost: true, legality: true },
    });
    const inbox = await h.handle.db
      .selectFrom('notificationInbox')
      .select(['template', 'params'])
      .where('userId', '=', amina.id)
      .orderBy('createdAt')
      .execute();
    expect(inbox.map((i) => i.template).sort()).toEqual(['proposal.admissible', 'proposal.inadmissible']);
    expect(inbox.find((i) => i.template === 'proposal.inadmissible')!.params).toMatchObject({
      code: bad.code,
      reason: 'Les autoroutes relèvent de l’État, pas de la commune.',
    });
    // The bell's line says the decision with its reason and leads to the account page, where the proposal is.
    const bell = await amina.caller.notifications.inbox({ language: 'fr' });
    // Both decisions carry the same instant (the test's clock): compared in any order.
    expect(bell.items.map((b) => [b.text, b.href]).sort()).toEqual(
      [
        [
          `Proposition ${bad.code} irrecevable : Les autoroutes relèvent de l’État, pas de la commune.`,
          '/tetouan/account',
        ],
        [`Proposition ${good.code} recevable : elle sera soumise au vote`, '/tetouan/account'],
      ].sort(),
    );
    // Once the vote opens, the ballot is fixed: no more decisions, no withdrawal.
    h.clock.set('2026-03-15T10:00:00Z');
    expect(
      await errorOf(
        agent.caller.pac.proposals.review({ commune, id: late.id, admissible: true, criteria, reason: 'Recevable.' }),
      ),
    ).toMatchObject({ reason: 'vote_open' });
    expect(await errorOf(amina.caller.pac.proposals.withdraw({ commune, id: good.id }))).toMatchObject({
      reason: 'vote_open',
    });
    // An inadmissible or undecided proposal cannot be voted for.
    const vote = { commune, consultationId: id, cin: 'AB111111', residence: true as const };
    expect(await errorOf(amina.caller.pac.proposals.vote({ ...vote, choices: [good.id, bad.id] }))).toEqual({
      code: 'BAD_REQUEST',
      reason: 'not_on_ballot',
      field: 'choices.1',
    });
    expect(await errorOf(amina.caller.pac.proposals.vote({ ...vote, choices: [late.id] }))).toMatchObject({
      reason: 'not_on_ballot',
    });
  });

  it('counts one voice per person across online and paper, once per account, and checks a paper sheet line by line', async () => {
    const { id, n, commune, agent } = await setUp('mdiq');
    const amina = await h.user(`amina-${n}@example.ma`);
    const karim = await h.user(`karim-${n}@example.ma`);
    h.clock.set('2026-03-03T10:00:00Z');
    const ps = [];
    for (const t of ['Éclairer la rue', 'Un jardin public', 'Un terrain de sport', 'Une bibliothèque'])
      ps.push(await amina.caller.pac.proposals.submit({ commune, ...proposal(id, t) }));
    h.clock.set('2026-03-12T10:00:00Z');
    for (const p of ps)
      await agent.caller.pac.proposals.review({ commune, id: p.id, admissible: true, criteria, reason: 'Recevable.' });
    const [a, b, c, d] = ps.map((p) => p.id) as [string, string, string, string];
    const vote = { commune, consultationId: id, residence: true as const };
    // Not yet open.
    expect(await errorOf(amina.caller.pac.proposals.vote({ ...vote, cin: 'AB111111', choices: [a] }))).toMatchObject({
      reason: 'vote_not_open',
    });
    h.clock.set('2026-03-15T10:00:00Z');
    // Residence must be declared; more than 3 choices is refused under the field.
    expect(
      await fieldsOf(
        amina.caller.pac.proposals.vote({ ...vote, residence: false as never, cin: 'AB111111', choices: [a] }),
      ),
    ).toEqual(['residence']);
    expect(
      await errorOf(amina.caller.pac.proposals.vote({ ...vote, cin: 'AB111111', choices: [a, b, c, d] })),
    ).toMatchObject({ reason: 'too_many_choices', field: 'choices' });
    expect(await amina.caller.pac.proposals.vote({ ...vote, cin: 'ab 111 111', choices: [a, b] })).toEqual({
      voters: 1,
    });
    expect(await amina.caller.pac.proposals.myVote({ commune, consultationId: id })).toEqual({ voted: true });
    // Once per account, whatever the CIN typed.
    expect(await errorOf(amina.caller.pac.proposals.vote({ ...vote, cin: 'CD222222', choices: [c] }))).toMatchObject({
      reason: 'already_voted',
    });
    // Once per CIN, whatever the account.
    expect(await errorOf(karim.caller.pac.proposals.vote({ ...vote, cin: 'AB-111111', choices: [c] }))).toEqual({
      code: 'CONFLICT',
      reason: 'already_voted',
      field: 'cin',
    });
    // A sheet with bad lines is refused whole, each line named; nothing is stored.
    const sheet = { commune, consultationId: id, sheet: 'Guichet central 1' };
    expect(
      await fieldsOf(
        agent.caller.pac.proposals.paperBallots({
          ...sheet,
          ballots: [
            { cin: 'EF333333', choices: [a] },
            { cin: 'GH444444', choices: [a, b, c, d] },
            { cin: 'IJ555555', choices: [a, '00000000-0000-4000-8000-000000000000'] },
            { cin: '123', choices: [a] },
          ],
        }),
      ),
    ).toEqual(['ballots.3.cin']);
    expect(
      await fieldsOf(
        agent.caller.pac.proposals.paperBallots({
          ...sheet,
          ballots: [
            { cin: 'EF333333', choices: [a] },
            { cin: 'GH444444', choices: [a, b, c, d] },
            { cin: 'IJ555555', choices: [a, '00000000-0000-4000-8000-000000000000'] },
          ],
        }),
      ),
    ).toEqual(['ballots.1.choices', 'ballots.2.choices.1']);
    expect((await h.anon().pac.proposals.consultation({ commune, consultationId: id })).voters).toBe(1);
    // The same CIN as online, and twice on the sheet: counted once, the duplicates said by line.
    expect(
      await agent.caller.pac.proposals.paperBallots({
        ...sheet,
        ballots: [
          { cin: 'AB111111', choices: [c] },
          { cin: 'EF333333', choices: [c, d, a] },
          { cin: 'ef 333 333', choices: [d] },
          { cin: 'GH444444', choices: [b] },
        ],
      }),
    ).toEqual({ accepted: 2, duplicates: [0, 2] });
    // Karim, whose CIN is new, votes online after the paper ballots.
    await karim.caller.pac.proposals.vote({ ...vote, cin: 'KL666666', choices: [c, a] });
    // No CIN is stored in clear.
    const stored = JSON.stringify(
      await h.handle.db.selectFrom('pacBallots').selectAll().where('consultationId', '=', id).execute(),
    );
    for (const cin of ['AB111111', 'EF333333', 'GH444444', 'KL666666']) expect(stored).not.toContain(cin);

    // While open: the number of voters only, no tally.
    const open = await h.anon().pac.proposals.consultation({ commune, consultationId: id });
    expect(open).toMatchObject({ stage: 'voting', voters: 4, results: null });
    expect(JSON.stringify(open)).not.toContain('points');

    // After closing: ranked results, online and paper apart, and the participation rate with its source.
    h.clock.set('2026-03-21T10:00:00Z');
    expect(
      await errorOf(
        agent.caller.pac.proposals.paperBallots({ ...sheet, ballots: [{ cin: 'MN777777', choices: [a] }] }),
      ),
    ).toMatchObject({ reason: 'vote_closed' });
    const closed = await h.anon().pac.proposals.consultation({ commune, consultationId: id });
    expect(closed.stage).toBe('closed');
    // Points (ranking, N = 3): amina a3 b2; paper EF c3 d2 a1; GH b3; karim c3 a2.
    expect(closed.results!.ranked.map((r) => [r.code, r.points, r.supporters, r.pointsOnline, r.pointsPaper])).toEqual([
      [ps[0]!.code, 6, 3, 5, 1],
      [ps[2]!.code, 6, 2, 3, 3],
      [ps[1]!.code, 5, 2, 2, 3],
      [ps[3]!.code, 2, 1, 0, 2],
    ]);
    expect(closed.results!.ranked.map((r) => r.rank)).toEqual([1, 1, 3, 4]);
    expect(closed.results!.participation).toEqual({
      voters: 4,
      online: 2,
      paper: 2,
      eligiblePopulation: 1000,
      eligibleSource: 'RGPH 2014, population de 18 ans et plus',
      minAge: 18,
      rate: 0.4,
    });
    // The network's figures: the latest consultation's voters and rate per commune.
    const net = await h.anon().pac.proposals.network();
    expect(net.find((c) => c.commune === commune)?.latest).toMatchObject({ id, stage: 'closed', voters: 4, rate: 0.4 });
  });

  it('takes no online vote where residence is verified by an agent: the counter keys them', async () => {
    const { id, n, commune, agent } = await setUp('tetouan', {
      residenceCheck: 'agent_verified',
      method: 'support',
      maxChoices: 2,
    });
    const amina = await h.user(`amina-${n}@example.ma`);
    h.clock.set('2026-03-03T10:00:00Z');
    const p = await amina.caller.pac.proposals.submit({ commune, ...proposal(id, 'Un marché couvert') });
    h.clock.set('2026-03-12T10:00:00Z');
    await agent.caller.pac.proposals.review({ commune, id: p.id, admissible: true, criteria, reason: 'Recevable.' });
    h.clock.set('2026-03-16T10:00:00Z');
    expect(
      await errorOf(
        amina.caller.pac.proposals.vote({
          commune,
          consultationId: id,
          cin: 'AB111111',
          residence: true,
          choices: [p.id],
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT', reason: 'counter_only' });
    expect(
      await agent.caller.pac.proposals.paperBallots({
        commune,
        consultationId: id,
        sheet: 'S1',
        ballots: [{ cin: 'AB111111', choices: [p.id] }],
      }),
    ).toEqual({ accepted: 1, duplicates: [] });
    // The vote's opening and closing are told to the authors in-app, once.
    const sweep = () => sweepTimedNotices({ db: h.handle.db, clock: h.clock, modules: h.deps.modules });
    await sweep();
    await sweep();
    h.clock.set('2026-03-21T10:00:00Z');
    await sweep();
    const inbox = await h.handle.db
      .selectFrom('notificationInbox')
      .select('template')
      .where('userId', '=', amina.id)
      .orderBy('createdAt')
      .execute();
    expect(inbox.map((i) => i.template)).toEqual(['proposal.admissible', 'consultation.opened', 'consultation.closed']);
    const results = (await h.anon().pac.proposals.consultation({ commune, consultationId: id })).results!;
    expect(results.ranked[0]).toMatchObject({ points: 1, supporters: 1 });
  });

  it('keeps each commune’s consultations and proposals to itself', async () => {
    const { id, n, commune } = await setUp('tetouan');
    const asilahAgent = await h.user(`agent-asl-${n}@asilah.example`, ['asilah:agent']);
    const amina = await h.user(`amina-${n}@example.ma`);
    h.clock.set('2026-03-03T10:00:00Z');
    const p = await amina.caller.pac.proposals.submit({ commune, ...proposal(id, 'Un jardin public') });
    // Asilah's staff reach Tetouan's consultation neither through their own commune nor Tetouan's.
    expect(
      await errorOf(asilahAgent.caller.pac.proposals.staffProposals({ commune: 'asilah', consultationId: id })),
    ).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'unknown_consultation',
    });
    expect(
      await errorOf(asilahAgent.caller.pac.proposals.staffProposals({ commune: 'tetouan', consultationId: id })),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    h.clock.set('2026-03-12T10:00:00Z');
    expect(
      await errorOf(
        asilahAgent.caller.pac.proposals.review({
          commune: 'asilah',
          id: p.id,
          admissible: true,
          criteria,
          reason: 'Recevable.',
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', reason: 'unknown_proposal' });
    expect(await errorOf(h.anon().pac.proposals.consultation({ commune: 'asilah', consultationId: id }))).toMatchObject(
      {
        code: 'NOT_FOUND',
      },
    );
    // A proposal to Tetouan's consultation through Asilah's portal is refused, naming the field.
    h.clock.set('2026-03-03T10:00:00Z');
    expect(
      await errorOf(amina.caller.pac.proposals.submit({ commune: 'asilah', ...proposal(id, 'Ailleurs') })),
    ).toEqual({
      code: 'NOT_FOUND',
      reason: 'unknown_consultation',
      field: 'consultationId',
    });
    // The public never reads who proposed.
    expect(JSON.stringify(await h.anon().pac.proposals.consultation({ commune, consultationId: id }))).not.toContain(
      amina.id,
    );
  });
});
