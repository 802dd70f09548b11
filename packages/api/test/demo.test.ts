import { describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo';
import { useHarness } from './harness';

const h = useHarness({
  signing: { secret: 'test-only-secret-0123456789abcdefghijklmnopqrstuvwxyz', publicUrl: 'https://shabaka.example' },
});

describe('demo data', () => {
  // The whole demo goes through the domains' services (calls, ledger, signed PDFs): tens of seconds on a busy machine.
  it('creates demo accounts and the 2014 story only when asked, once', { timeout: 240_000 }, async () => {
    expect(await h.handle.db.selectFrom('users').select('id').execute()).toHaveLength(0);
    const deps = h.deps;
    const first = await seedDemo(deps);
    expect(first.accounts).toContain('agent.tetouan@demo.shabaka.ma');
    expect(first.complaints).toBe(80 + 14 + 18 + 22 + 12);
    expect(first.associations).toBe(6 + 4 * 4);
    const again = await seedDemo(deps);
    expect(again.complaints).toBe(0);
    expect(again.associations).toBe(0);
    // Two rooms a commune, the first with a past booking (attendance recorded), an approved one and one waiting.
    expect(first.rooms).toBe(2 * 5);
    expect(again.rooms).toBe(0);
    const rooms = await h.anon().rooms.list({ commune: 'chefchaouen' });
    expect(rooms).toHaveLength(2);
    const now = h.clock.now().getTime();
    const slots = await h.anon().rooms.calendar({
      commune: 'chefchaouen',
      from: new Date(now - 30 * 86_400_000),
      to: new Date(now + 30 * 86_400_000),
    });
    expect(slots).toHaveLength(2);
    const booked = await h.handle.db.selectFrom('roomBookings').select(['state', 'attendance']).execute();
    expect(booked.filter((b) => b.state === 'requested')).toHaveLength(5);
    expect(booked.filter((b) => b.attendance !== null)).toHaveLength(5);
    // A ledger at every stage in each commune: completed last year, signed and paid in part, a report overdue, awarded.
    expect(first.subsidies).toBe(4 * 5);
    expect(again.subsidies).toBe(0);
    const ledger = await h.anon().subsidies.ledger({ commune: 'asilah' });
    // …and last season's call added its selected dossier (awarded, nothing due yet).
    expect(ledger.items.map((i) => i.reportStatus).sort()).toEqual([
      'completed',
      'none_due',
      'none_due',
      'none_due',
      'overdue',
    ]);
    expect(ledger.items.find((i) => i.callId)).toMatchObject({ amountMad: 40_000, kind: 'decision' });
    expect(ledger.items.filter((i) => i.documentCode)).toHaveLength(3);
    expect(ledger.paidMad).toBe(80_000 + 15_000 + 22_500);
    // Calls for projects in each commune: last season's with its results, this season's open with a dossier.
    expect(first.calls).toBe(2 * 5);
    expect(again.calls).toBe(0);
    const calls = await h.anon().calls.list({ commune: 'asilah' });
    expect(calls.map((c) => c.state).sort()).toEqual(['open', 'published']);
    const { results } = await h
      .anon()
      .calls.detail({ commune: 'asilah', id: calls.find((c) => c.state === 'published')!.id });
    expect(results!.map((r) => [r.rank, r.state])).toEqual([
      [1, 'selected'],
      [2, 'refused'],
    ]);
    // A PAC in each commune, its draft open to comment with the demo citizen's contributions: one answered,
    // one past its answer date, one recent.
    expect(first.pac).toBe(5);
    expect(again.pac).toBe(0);
    expect(first.pacProjects).toBe(5);
    expect(again.pacProjects).toBe(0);
    const plan = (await h.anon().pac.plan({ commune: 'mdiq' }))!;
    expect(plan.phases[plan.current!]!.kind).toBe('draft_consultation');
    const draft = (await h.anon().pac.draft({ commune: 'mdiq' }))!;
    expect(draft).toMatchObject({ window: 'open', counts: { contributions: 3, answered: 1, unanswered: 2 } });
    const late = await h.anon().pac.unanswered({ commune: 'mdiq' });
    expect(late.map((u) => u.overdue).sort()).toEqual([false, true]);
    // A prioritisation consultation in each commune, closed: three proposals on the ballot, one found
    // inadmissible with its public reason, one online vote and seven paper ballots, the participation rate shown.
    expect(first.pacProposals).toBe(5);
    expect(again.pacProposals).toBe(0);
    const [consultation] = await h.anon().pac.proposals.consultations({ commune: 'mdiq' });
    const k = await h.anon().pac.proposals.consultation({ commune: 'mdiq', consultationId: consultation!.id });
    expect(k.stage).toBe('closed');
    expect(k.ballot).toHaveLength(3);
    expect(k.proposals.find((p) => p.state === 'inadmissible')?.reason).toMatch(/État/);
    expect(k.results!.participation).toMatchObject({ voters: 8, online: 1, paper: 7 });
    expect(k.results!.participation.rate).toBeGreaterThan(0);
    expect(k.results!.ranked[0]!.points).toBeGreaterThan(k.results!.ranked[2]!.points);
    // PAC workshops in each commune: one held (attendance, paper contributions, signed minutes), one upcoming with
    // the demo citizen registered; and a consultation of professional bodies with two opinions, published.
    expect(first.workshops).toBe(5);
    expect(again.workshops).toBe(0);
    const workshops = await h.anon().pac.workshops.list({ commune: 'mdiq' });
    expect(workshops.map((w) => [w.kind, w.registered, w.contributions])).toEqual([
      ['neighbourhood', 1, 0],
      ['thematic', 0, 3],
    ]);
    const held = await h.anon().pac.workshops.detail({ commune: 'mdiq', id: workshops[1]!.id });
    expect(held.attendance).toMatchObject({ women: 21, men: 23, total: 44, womenShare: 48 });
    expect(held.minutes?.document.status).toBe('valid');
    const [targeted] = await h.anon().pac.consultations.list({ commune: 'mdiq' });
    expect(targeted).toMatchObject({ status: 'closed', opinions: 2 });
    // Petitions in each commune: one collecting, one rejected at its threshold with reasons, a proposal answered.
    expect(first.petitions).toBe(3 * 5);
    expect(again.petitions).toBe(0);
    // Each commune's checklist: three of article 10's nine published, one of them late (its quarter passed).
    expect(first.publication).toBe(5);
    expect(again.publication).toBe(0);
    // Each commune's bulletin of the last quarter ended, approved, signed and published.
    expect(first.bulletins).toBe(5);
    expect(again.bulletins).toBe(0);
    for (const commune of ['tetouan', 'asilah', 'chefchaouen', 'ksar-el-kebir', 'mdiq'])
      expect(await h.anon().bulletins.archive({ commune })).toHaveLength(1);
    expect([first.openData, again.openData]).toEqual([5, 0]);
    // The network's committee and an IEECAG per commune; the committee's page shows recommendations in every state.
    expect([first.instances, again.instances]).toEqual([6, 0]);
    const [committee] = await h.anon().instances.committees();
    const page = await h.anon().instances.page({ commune: 'mdiq', id: committee!.id });
    expect(page.members).toHaveLength(6);
    expect(page.meetings[0]!.minutesDocument).not.toBeNull();
    expect(new Set(page.recommendations.map((r) => r.state))).toEqual(
      new Set(['adopted', 'in_progress', 'answered', 'implemented']),
    );
    expect(page.recommendations.find((r) => r.commune === 'chefchaouen')).toMatchObject({ answer: 'rejected' });
    expect((await h.anon().instances.list({ commune: 'asilah' })).map((i) => i.kind).sort()).toEqual([
      'ieecag',
      'transparency_committee',
    ]);
    expect((await h.anon().publication.list({ commune: 'mdiq' })).counts).toEqual({
      items: 9,
      fresh: 2,
      stale: 1,
      unpublished: 6,
    });
    const register = await h.anon().petitions.register({ commune: 'asilah' });
    expect(register.items.map((p) => p.state).sort()).toEqual(['answered', 'collecting', 'rejected']);
    const rejected = register.items.find((p) => p.state === 'rejected')!;
    expect(rejected).toMatchObject({ signatures: 100, threshold: 100, reached: true });
    expect(rejected.bureauText).toContain('Région');
    // Believable registers: every commune's directory answers, and the flags show more than one case.
    const asilah = await h.anon().associations.directory({ commune: 'asilah' });
    expect(asilah.total).toBe(4);
    expect(asilah.neighbourhoods.length).toBeGreaterThan(1);

    const figures = await h.anon().complaints.figures();
    const tetouan = figures.find((f) => f.commune === 'tetouan')!;
    // Tetouan's window in 2014: 80 complaints, some at their final stage, the others being processed.
    expect(tetouan.total).toBe(80);
    expect(tetouan.byStage.final).toBeGreaterThan(0);
    expect(tetouan.byStage.processing).toBeGreaterThan(0);
    expect(tetouan.byStage.final + tetouan.byStage.processing).toBe(80);
    const others = figures.filter((f) => f.commune !== 'tetouan');
    expect(others.every((f) => f.total > 0 && f.total < 30)).toBe(true);
    const channels = await h.handle.db.selectFrom('complaints').select('channel').distinct().execute();
    expect(channels.map((c) => c.channel).sort()).toEqual(['counter', 'paper', 'phone', 'web']);
  });
});
