import { beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand } from '../src/admin';
import { allocateCode, communeOfCode, lookupCode } from '../src/cases';
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
