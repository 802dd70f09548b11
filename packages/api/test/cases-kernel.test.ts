import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand } from '../src/admin';
import { loadCalendar } from '../src/calendar';
import { allocateCode, communeOfCode, lookupCode, timing, transition } from '../src/cases';
import { complaintCase } from '../src/complaints/case';
import { informationCase } from '../src/information-requests/case';
import { DomainError, isUniqueViolation } from '../src/errors';
import { useHarness } from './harness';

const h = useHarness();

const commune = (slug: string, extra: Record<string, unknown> = {}) => ({
  slug,
  names: { ar: slug, fr: slug, es: slug },
  lat: 35.2,
  lon: -6.1,
  population: 1000,
  populationSource: 'test',
  ...extra,
});
const communeRow = (slug: string) =>
  h.handle.db
    .selectFrom('communes')
    .select(['id', 'slug', 'codePrefix'])
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
const complaint = (c: string, categoryId: string, over: Record<string, unknown> = {}) => ({
  commune: c,
  categoryId,
  kind: 'complaint' as const,
  description: 'Streetlight out for a week on the corner, the whole street is dark at night.',
  contact: {},
  replyChannel: 'portal' as const,
  location: { lat: 35.57, lon: -5.37 },
  ...over,
});
const categoryOf = async (slug: string) => (await h.anon().complaints.categories({ commune: slug }))[0]!.id;

describe('the case kernel: codes', () => {
  beforeAll(() => h.clock.set('2026-03-07T10:00:00Z'));

  it('allocates per commune, per series and per year (Morocco’s year), gap-free in the caller’s transaction', async () => {
    const tet = await communeRow('tetouan');
    const now = new Date('2026-06-01T10:00:00Z');
    const codes = await h.handle.db
      .transaction()
      .execute(async (trx) => [
        await allocateCode(trx, tet, 'information', now),
        await allocateCode(trx, tet, 'information', now),
        await allocateCode(trx, tet, 'document', now),
      ]);
    const [a, b, d] = codes as [string, string, string];
    expect(a).toMatch(/^TET-DI-2026-\d{6}$/);
    expect(Number(b.slice(-6))).toBe(Number(a.slice(-6)) + 1);
    expect(d).toMatch(/^TET-DOC-2026-\d{6}$/);
    // A rollback gives the number back.
    await expect(
      h.handle.db.transaction().execute(async (trx) => {
        await allocateCode(trx, tet, 'information', now);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const next = await allocateCode(h.handle.db, tet, 'information', now);
    expect(Number(next.slice(-6))).toBe(Number(b.slice(-6)) + 1);
    // 23:30 UTC on 31 December is already the new year in Morocco (UTC+1).
    expect(await allocateCode(h.handle.db, tet, 'complaint', new Date('2026-12-31T23:30:00Z'))).toBe('TET-2027-000001');
  });

  it('finds a case by its code inside the commune its prefix names, never another commune’s', async () => {
    const [tet, mdq] = await Promise.all([categoryOf('tetouan'), categoryOf('mdiq')]);
    const a = await h.anon().complaints.submit(complaint('tetouan', tet));
    const b = await h.anon().complaints.submit(complaint('mdiq', mdq));
    expect(a.code.slice(0, 4)).toBe('TET-');
    expect(b.code.slice(0, 4)).toBe('MDQ-');
    expect((await h.anon().complaints.track({ code: b.code })).commune).toBe('mdiq');
    // Tetouan's number under M'diq's prefix names M'diq's complaint of that number, or nothing.
    const swapped = `MDQ-${a.code.slice(4)}`;
    const found = await lookupCode(h.handle.db, swapped, (communeId) =>
      h.handle.db
        .selectFrom('complaints')
        .select(['id', 'communeId'])
        .where('communeId', '=', communeId)
        .where('code', '=', swapped)
        .executeTakeFirst(),
    );
    if (found) expect(found.commune.slug).toBe('mdiq');
    expect(found?.row.id).not.toBe(a.id);
    expect(await communeOfCode(h.handle.db, 'ZZZ-2026-000001')).toBeUndefined();
    await expect(h.anon().complaints.track({ code: 'ZZZ-2026-000001' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('gives each commune its own prefix: set by commune:add --code-prefix, a taken one refused', async () => {
    const deps = { db: h.handle.db, events: h.events };
    await runAdminCommand(deps, 'commune:add', commune('larache', { codePrefix: 'lar' }));
    expect((await communeRow('larache')).codePrefix).toBe('LAR');
    const refused = await runAdminCommand(deps, 'commune:add', commune('ksar-sghir', { codePrefix: 'TET' })).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'CONFLICT', reason: 'code_prefix_taken', field: 'codePrefix' });
    // The derived prefix (the slug's first three letters) is refused the same way when taken.
    await expect(runAdminCommand(deps, 'commune:add', commune('larache-sud'))).rejects.toMatchObject({
      reason: 'code_prefix_taken',
    });
    await expect(runAdminCommand(deps, 'commune:add', commune('ksar-sghir', { codePrefix: 'K5' }))).rejects.toThrow();
    await runAdminCommand(deps, 'commune:add', commune('ksar-sghir', { codePrefix: 'KSG' }));
    const ksg = await communeRow('ksar-sghir');
    const info = await allocateCode(h.handle.db, ksg, 'information', h.clock.now());
    expect(info).toBe('KSG-DI-2026-000001');
    expect((await communeOfCode(h.handle.db, info))?.slug).toBe('ksar-sghir');
  });

  it('keeps prefixes unique and present in the database itself, under a named constraint', async () => {
    const tet = await communeRow('tetouan');
    const dup = await h.handle.db
      .updateTable('communes')
      .set({ codePrefix: 'MDQ' })
      .where('id', '=', tet.id)
      .execute()
      .catch((e: unknown) => e);
    expect(isUniqueViolation(dup, 'communes_code_prefix')).toBe(true);
    await expect(
      h.handle.db
        .updateTable('communes')
        .set({ codePrefix: null as unknown as string })
        .where('id', '=', tet.id)
        .execute(),
    ).rejects.toThrow();
    await expect(
      h.handle.db.updateTable('communes').set({ codePrefix: 'tet' }).where('id', '=', tet.id).execute(),
    ).rejects.toThrow();
  });
});

describe('the case kernel: idempotent intake', () => {
  it('recognises a duplicate by SQLSTATE and constraint name, not by any unique violation', async () => {
    const tet = await communeRow('tetouan');
    const categoryId = await categoryOf('tetouan');
    const first = await h
      .anon()
      .complaints.submit(complaint('tetouan', categoryId, { idempotencyKey: 'kernel-key-1' }));
    const row = await h.handle.db
      .selectFrom('complaints')
      .selectAll()
      .where('id', '=', first.id)
      .executeTakeFirstOrThrow();
    const { id: _id, ...copy } = row;
    const sameKey = await h.handle.db
      .insertInto('complaints')
      .values({ ...copy, code: 'TET-2026-999998' })
      .execute()
      .catch((e: unknown) => e);
    expect(isUniqueViolation(sameKey, 'complaints_idempotency')).toBe(true);
    // A duplicate code with another key is another unique violation: not a replay.
    const sameCode = await h.handle.db
      .insertInto('complaints')
      .values({ ...copy, idempotencyKey: 'kernel-key-2' })
      .execute()
      .catch((e: unknown) => e);
    expect((sameCode as { code?: string }).code).toBe('23505');
    expect(isUniqueViolation(sameCode, 'complaints_idempotency')).toBe(false);
    expect(
      isUniqueViolation(new Error('duplicate key value violates unique constraint'), 'complaints_idempotency'),
    ).toBe(false);
    // Two submissions with one key racing: one complaint, both answers carry its code.
    const [x, y] = await Promise.all([
      h.anon().complaints.submit(complaint('tetouan', categoryId, { idempotencyKey: 'kernel-race' })),
      h.anon().complaints.submit(complaint('tetouan', categoryId, { idempotencyKey: 'kernel-race' })),
    ]);
    expect(x.code).toBe(y.code);
    const n = await h.handle.db
      .selectFrom('complaints')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('communeId', '=', tet.id)
      .where('idempotencyKey', '=', 'kernel-race')
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
  });
});

describe('the case kernel: transitions and clocks', () => {
  it('refuses a move the spec does not allow, and writes nothing', async () => {
    const categoryId = await categoryOf('tetouan');
    const agent = await h.user('kernel.agent@tetouan.example', ['tetouan:agent']);
    const c = await h.anon().complaints.submit(complaint('tetouan', categoryId));
    await agent.caller.complaints.transition({ commune: 'tetouan', id: c.id, to: 'resolved', publicNote: 'Fixed.' });
    const before = await timeline(c.id);
    await expect(
      agent.caller.complaints.transition({ commune: 'tetouan', id: c.id, to: 'processing' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await timeline(c.id)).toHaveLength(before.length);
  });

  it('locks, writes the timeline and publishes only after commit; a failed step publishes nothing', async () => {
    const categoryId = await categoryOf('tetouan');
    const tet = await communeRow('tetouan');
    const actor = await h.user('kernel.head@tetouan.example', ['tetouan:department_head']);
    const c = await h.anon().complaints.submit(complaint('tetouan', categoryId));
    const seen: { kind: string; stage: unknown; stored: Promise<string | undefined> }[] = [];
    const events = {
      ...h.events,
      publish(e: { kind: string; data?: Record<string, unknown> }) {
        // Read from outside the transaction: what a subscriber would find when the event arrives.
        seen.push({ kind: e.kind, stage: e.data?.stage, stored: stageOf(c.id) });
      },
    };
    const ctx = { db: h.handle.db, events };
    const move = { id: c.id, kind: 'stage_changed', actorId: actor.id, now: h.clock.now() };
    await expect(
      transition(ctx, complaintCase, { id: tet.id, slug: 'tetouan' }, { ...move, to: 'processing' }, () => {
        throw new Error('the domain refused');
      }),
    ).rejects.toThrow('the domain refused');
    expect(seen).toHaveLength(0);
    expect(await stageOf(c.id)).toBe('received');
    await expect(
      transition(ctx, complaintCase, { id: tet.id, slug: 'tetouan' }, { ...move, to: 'final', id: c.id }),
    ).rejects.toMatchObject({ reason: 'invalid_transition' });
    const done = await transition(ctx, complaintCase, { id: tet.id, slug: 'tetouan' }, { ...move, to: 'processing' });
    expect(done).toEqual({ code: c.code, state: 'processing' });
    expect(seen.map((s) => [s.kind, s.stage])).toEqual([['complaint.stage_changed', 'processing']]);
    expect(await seen[0]!.stored).toBe('processing');
    const entries = await timeline(c.id);
    expect(entries.at(-1)).toMatchObject({ kind: 'stage_changed', fromStage: 'received', toStage: 'processing' });
    const audit = await h.handle.db.selectFrom('auditLog').select(['action']).where('targetId', '=', c.id).execute();
    expect(audit.map((a) => a.action)).toContain('complaint.stage_changed');
    await expect(
      transition(ctx, complaintCase, { id: tet.id, slug: 'tetouan' }, { ...move, id: randomUUID(), to: 'processing' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'unknown_complaint' });
  });

  it('says overdue and due soon from the spec’s clock: working days skip the weekend, calendar days do not', async () => {
    const cal = await loadCalendar(h.handle.db);
    // Friday 6 March 2026, 10:00 in Morocco; the deadline is Monday 9 March at noon.
    const friday = new Date('2026-03-06T10:00:00+01:00');
    const due = new Date('2026-03-09T12:00:00+01:00');
    const request = { id: 'r', code: 'TET-DI-2026-000001', state: 'received', dueAt: due } as never;
    const opts = { dueSoonDays: 2, cal };
    expect(timing(informationCase(cal), request, friday, opts)).toEqual({ open: true, overdue: false, dueSoon: true });
    const complaintRow = {
      id: 'c',
      code: 'TET-2026-000001',
      stage: 'processing',
      answerDueAt: due,
      ackDueAt: due,
    } as never;
    expect(timing(complaintCase, complaintRow, friday, opts)).toEqual({ open: true, overdue: false, dueSoon: false });
    const tuesday = new Date('2026-03-10T09:00:00+01:00');
    expect(timing(informationCase(cal), request, tuesday, opts)).toMatchObject({ overdue: true, dueSoon: false });
    expect(timing(complaintCase, complaintRow, tuesday, opts)).toMatchObject({ overdue: true });
    const answered = { ...(request as object), state: 'answered' } as never;
    expect(timing(informationCase(cal), answered, tuesday, opts)).toEqual({
      open: false,
      overdue: false,
      dueSoon: false,
    });
    // The acknowledgement deadline counts only while the complaint waits in "received".
    const acked = { ...(complaintRow as object), stage: 'received', ackDueAt: friday, answerDueAt: due } as never;
    expect(timing(complaintCase, acked, new Date('2026-03-06T11:00:00+01:00'), opts).overdue).toBe(true);
  });
});

describe('the case kernel: queue, mine and track, configured by the spec', () => {
  const request = (c: string, over: Record<string, unknown> = {}) => ({
    commune: c,
    subject: 'Minutes of the council meeting',
    description: 'I would like the minutes of the last two council meetings and the votes on the budget.',
    requester: { name: 'Amal', email: 'amal@example.ma' },
    deliveryChannel: 'email' as const,
    ...over,
  });

  it('filters both queues by state, overdue (the spec’s deadlines) and due soon, searches by code and pages', async () => {
    h.clock.set('2026-04-01T10:00:00+01:00');
    const agent = (await h.user('kernel.queue@chefchaouen.example', ['chefchaouen:agent'])).caller;
    const categoryId = await categoryOf('chefchaouen');
    const late = await h.anon().complaints.submit(complaint('chefchaouen', categoryId));
    const urgent = await h
      .anon()
      .informationRequests.submit(
        request('chefchaouen', { urgent: true, urgencyReason: 'A hearing next week needs these minutes.' }),
      );
    const calm = await h.anon().informationRequests.submit(request('chefchaouen'));
    // The day before the 20-working-day deadline: the complaint's acknowledgement (15 days) is
    // past while it is still "received", the urgent request (3 working days) is overdue, the
    // other one due soon.
    h.clock.set(new Date(calm.dueAt.getTime() - 86_400_000).toISOString());
    const fresh = await h.anon().complaints.submit(complaint('chefchaouen', categoryId));
    const c = { commune: 'chefchaouen' };
    const overdue = await agent.complaints.queue({ ...c, overdue: true });
    expect(overdue.items.map((i) => i.code)).toEqual([late.code]);
    expect(overdue.items[0]).toMatchObject({ overdue: true, stage: 'received' });
    const all = await agent.complaints.queue({ ...c, limit: 1 });
    expect(all).toMatchObject({ total: 2, nextCursor: 1, items: [{ code: fresh.code, overdue: false }] });
    expect((await agent.complaints.queue({ ...c, limit: 1, cursor: 1 })).items.map((i) => i.code)).toEqual([late.code]);
    expect((await agent.complaints.queue({ ...c, q: late.code.slice(-6) })).items.map((i) => i.code)).toEqual([
      late.code,
    ]);
    expect((await agent.complaints.queue({ ...c, stage: 'processing' })).total).toBe(0);
    expect((await agent.complaints.queue({ ...c, open: false })).total).toBe(0);

    const queue = await agent.informationRequests.queue(c);
    // Open requests first, the nearest deadline first.
    expect(queue.items.map((i) => i.code)).toEqual([urgent.code, calm.code]);
    expect(queue.items.map((i) => [i.overdue, i.dueSoon])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(queue.alerts).toMatchObject({ overdue: 1, dueSoon: 1, urgentOpen: 1 });
    expect((await agent.informationRequests.queue({ ...c, overdue: true })).items.map((i) => i.code)).toEqual([
      urgent.code,
    ]);
    expect((await agent.informationRequests.queue({ ...c, dueSoon: true })).items.map((i) => i.code)).toEqual([
      calm.code,
    ]);
    expect((await agent.informationRequests.queue({ ...c, q: calm.code.toLowerCase() })).total).toBe(1);
    expect((await agent.informationRequests.queue({ ...c, state: 'answered' })).total).toBe(0);
  });

  it('lists the signed-in account’s own cases of each type, in every commune, newest first', async () => {
    h.clock.set('2026-04-02T10:00:00+01:00');
    const citizen = await h.user('kernel.mine@example.ma');
    const categoryId = await categoryOf('asilah');
    const a = await citizen.caller.complaints.submit(complaint('asilah', categoryId));
    h.clock.set('2026-04-03T10:00:00+01:00');
    const b = await citizen.caller.complaints.submit(complaint('tetouan', await categoryOf('tetouan')));
    const r = await citizen.caller.informationRequests.submit(request('asilah'));
    await h.anon().complaints.submit(complaint('asilah', categoryId));
    const mine = await citizen.caller.complaints.mine();
    expect(mine.map((m) => [m.code, m.commune])).toEqual([
      [b.code, 'tetouan'],
      [a.code, 'asilah'],
    ]);
    expect(mine[1]!.communeNames).toMatchObject({ fr: expect.any(String) });
    expect((await citizen.caller.informationRequests.mine()).map((m) => [m.code, m.commune])).toEqual([
      [r.code, 'asilah'],
    ]);
    await expect(h.anon().complaints.mine()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('tracks either case type by code inside the commune its prefix names; the owner is told apart', async () => {
    h.clock.set('2026-04-03T10:00:00+01:00');
    const r = await h.anon().informationRequests.submit(request('asilah'));
    expect(r.code.startsWith('ASL-DI-')).toBe(true);
    const stranger = await h.anon().informationRequests.track({ code: r.code });
    expect(stranger).toMatchObject({ commune: 'asilah', owner: false, requester: null });
    expect(await h.anon().informationRequests.track({ code: r.code, secret: r.secret })).toMatchObject({
      owner: true,
      secretError: null,
    });
    // The same number under another commune's prefix is another case, or none.
    await expect(h.anon().informationRequests.track({ code: `MDQ-${r.code.slice(4)}` })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('No information request has the code'),
    });
    // A complaint's code names no information request (and the other way round).
    const c = await h.anon().complaints.submit(complaint('asilah', await categoryOf('asilah')));
    expect((await h.anon().complaints.track({ code: c.code, secret: 'ABCD-EFGH' })).secretError).toBe('wrong_secret');
  });
});

const stageOf = async (id: string) =>
  (await h.handle.db.selectFrom('complaints').select('stage').where('id', '=', id).executeTakeFirst())?.stage;
const timeline = (id: string) =>
  h.handle.db
    .selectFrom('complaintEvents')
    .select(['kind', 'fromStage', 'toStage'])
    .where('complaintId', '=', id)
    .orderBy('at')
    .orderBy('seq')
    .execute();
