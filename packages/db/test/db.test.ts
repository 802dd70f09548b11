import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNES, DEPARTMENTS, type DbHandle } from '../src/index';
import { migrations } from '../src/migrations';
import { createTestDb } from '../src/testing';

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(() => h.close());

describe('database', () => {
  it('seeds the five communes with their departments', async () => {
    const communes = await h.db
      .selectFrom('communes')
      .select(['slug', 'names', 'population'])
      .orderBy('slug')
      .execute();
    expect(communes.map((c) => c.slug)).toEqual(COMMUNES.map((c) => c.slug).sort());
    const tetouan = communes.find((c) => c.slug === 'tetouan')!;
    expect(tetouan.names.ar).toBe('تطوان');
    expect(tetouan.population).toBe(380787);
    const { n } = await h.db
      .selectFrom('departments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(n).toBe(COMMUNES.length * DEPARTMENTS.length);
  });

  it('parses counts, numerics and timestamps the same way on both drivers', async () => {
    const row = await sql<{ big: number; num: number; at: Date; day: string }>`
      select 9007199254740::int8 as big, 12.5::numeric as num,
             '2026-03-07T10:00:00Z'::timestamptz as at, '2026-03-07'::date as day`.execute(h.db);
    const r = row.rows[0]!;
    expect(r.big).toBe(9007199254740);
    expect(r.num).toBe(12.5);
    expect(r.at).toBeInstanceOf(Date);
    expect(r.at.toISOString()).toBe('2026-03-07T10:00:00.000Z');
    expect(r.day).toBe('2026-03-07');
  });

  it('refuses to change or delete audit rows', async () => {
    await h.db.insertInto('auditLog').values({ action: 'test', targetType: 'test', data: '{}' }).execute();
    await expect(h.db.updateTable('auditLog').set({ action: 'changed' }).execute()).rejects.toThrow(/append-only/);
    await expect(h.db.deleteFrom('auditLog').execute()).rejects.toThrow(/append-only/);
  });

  it('seeds the reference data at start only when this version of it has not been seeded', async () => {
    const { ensureReferenceData, referenceFingerprint, REFERENCE_DATA } = await import('../src/seed');
    const partners = () => h.db.selectFrom('partners').select('slug').orderBy('slug').execute();
    const all = await partners();
    const gone = all[0]!.slug;
    // Seeded already (the template): the start skips the seed, so a removed row stays removed.
    await h.db.deleteFrom('partners').where('slug', '=', gone).execute();
    expect(await ensureReferenceData(h.db)).toBe(false);
    expect((await partners()).map((p) => p.slug)).not.toContain(gone);
    // An upgrade whose reference data differs (a new commune, module, template…) seeds again.
    await h.db.updateTable('referenceSeeds').set({ fingerprint: 'an older version' }).execute();
    expect(await ensureReferenceData(h.db)).toBe(true);
    expect(await partners()).toEqual(all);
    const marker = await h.db.selectFrom('referenceSeeds').selectAll().execute();
    expect(marker.map((m) => [m.name, m.fingerprint])).toEqual([['reference', referenceFingerprint()]]);
    expect(await ensureReferenceData(h.db)).toBe(false);
    // What changes the fingerprint: the data (a new commune) and the migrations it was seeded after.
    const newCommune = { ...COMMUNES[0]!, slug: 'larache', codePrefix: 'LAR' };
    expect(referenceFingerprint({ ...REFERENCE_DATA, communes: [...COMMUNES, newCommune] })).not.toBe(
      referenceFingerprint(),
    );
    expect(referenceFingerprint({ ...REFERENCE_DATA, modules: [...REFERENCE_DATA.modules, 'budget'] })).not.toBe(
      referenceFingerprint(),
    );
  });

  it('skips the migrator when every migration is recorded, and runs one that is not', async () => {
    const { migrateToLatest } = await import('../src/create-db');
    await migrateToLatest(h.db);
    const names = async () =>
      (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(h.db)).rows.map(
        (r) => r.name,
      );
    expect(await names()).toEqual(Object.keys(migrations).sort());
    // A database from before the reference-seed migration: the start applies it.
    await sql`drop table reference_seeds`.execute(h.db);
    await sql`delete from kysely_migration where name = '2026-12-05T1001-reference-seed'`.execute(h.db);
    await migrateToLatest(h.db);
    expect(await names()).toEqual(Object.keys(migrations).sort());
    expect(await h.db.selectFrom('referenceSeeds').select('name').execute()).toEqual([]);
  });

  it('keeps seeding idempotent', async () => {
    const { seedReferenceData } = await import('../src/seed');
    await seedReferenceData(h.db);
    const n = await h.db
      .selectFrom('communes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(n.n).toBe(COMMUNES.length);
  });

  it('turns reopen reasons published without review into pending citizen text, and private descriptions (case owners)', async () => {
    const m = migrations['2026-12-04T0001-case-owners']!;
    const commune = await h.db
      .selectFrom('communes')
      .select('id')
      .where('slug', '=', 'tetouan')
      .executeTakeFirstOrThrow();
    const category = await h.db
      .selectFrom('complaintCategories')
      .select('id')
      .where('communeId', '=', commune.id)
      .executeTakeFirstOrThrow();
    await m.down!(h.db);
    // As before issue 10: a reopen reason straight on the public timeline, and a staff note.
    const { rows } = await sql<{ id: string }>`
      insert into complaints (commune_id, code, kind, category_id, description, channel, reply_channel, stage, ack_due_at, answer_due_at)
      values (${commune.id}, 'TET-2025-000001', 'complaint', ${category.id}, 'Old complaint', 'web', 'portal', 'processing', now(), now())
      returning id`.execute(h.db);
    const id = rows[0]!.id;
    await sql`insert into complaint_events (commune_id, complaint_id, at, kind, public_note)
              values (${commune.id}, ${id}, now(), 'reopened', 'Written by whoever held the code'),
                     (${commune.id}, ${id}, now(), 'note', 'A staff answer')`.execute(h.db);
    await m.up(h.db);
    const events = await h.db
      .selectFrom('complaintEvents')
      .select(['kind', 'publicNote', 'citizenText', 'citizenTextStatus'])
      .where('complaintId', '=', id)
      .orderBy('seq')
      .execute();
    expect(events).toEqual([
      {
        kind: 'reopened',
        publicNote: null,
        citizenText: 'Written by whoever held the code',
        citizenTextStatus: 'pending',
      },
      { kind: 'note', publicNote: 'A staff answer', citizenText: null, citizenTextStatus: null },
    ]);
    expect(
      await h.db
        .selectFrom('complaints')
        .select(['publicDescription', 'ownerSecretHash', 'descriptionRedactedAt'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow(),
    ).toEqual({
      publicDescription: false,
      ownerSecretHash: null,
      descriptionRedactedAt: null,
    });
    await expect(
      sql`update complaint_events set citizen_text_status = 'maybe' where complaint_id = ${id}`.execute(h.db),
    ).rejects.toThrow(/check/i);
  });

  it('turns the developer notes of older databases into flags staff see (uncertain values)', async () => {
    const m = migrations['2026-12-06T0201-uncertain-values']!;
    await m.down!(h.db);
    // As seeded before: the doubt written into the text citizens read.
    expect(
      (await sql<{ s: string }>`select population_source as s from communes where slug = 'asilah'`.execute(h.db))
        .rows[0]!.s,
    ).toBe('RGPH 2014 (HCP) — to verify against 2024 figures');
    await sql`update service_points set accessibility = ${JSON.stringify({
      ar: 'مدخل في مستوى الشارع (يتعين التحقق).',
      fr: 'Entrée de plain-pied (à vérifier).',
      es: 'Entrada a pie de calle (por verificar).',
    })}::jsonb where code = 'civil-status-annex-1'`.execute(h.db);
    await m.up(h.db);
    const asilah = await h.db
      .selectFrom('communes')
      .select(['populationSource', 'populationToVerify'])
      .where('slug', '=', 'asilah')
      .executeTakeFirstOrThrow();
    expect(asilah).toEqual({ populationSource: 'RGPH 2014 (HCP)', populationToVerify: true });
    const annexes = await h.db
      .selectFrom('servicePoints')
      .select(['accessibility', 'toVerify'])
      .where('code', '=', 'civil-status-annex-1')
      .execute();
    expect(annexes.length).toBeGreaterThan(0);
    for (const a of annexes)
      expect(a).toEqual({
        accessibility: { ar: 'مدخل في مستوى الشارع.', fr: 'Entrée de plain-pied.', es: 'Entrada a pie de calle.' },
        toVerify: ['accessibility'],
      });
    // A note staff wrote themselves is left alone.
    const own = await h.db.selectFrom('servicePoints').select('toVerify').where('accessibility', 'is', null).execute();
    for (const o of own) expect(o.toVerify).toEqual([]);
  });

  it('drops the seeded neighbourhoods posing as addresses and flags the seeded hours (service point places)', async () => {
    const m = migrations['2026-12-06T0401-service-point-places']!;
    const points = () =>
      h.db
        .selectFrom('servicePoints as p')
        .innerJoin('communes as c', 'c.id', 'p.communeId')
        .select(['c.slug', 'p.code', 'p.address', 'p.hours', 'p.toVerify'])
        .orderBy('c.slug')
        .orderBy('p.code')
        .execute();
    await m.down!(h.db);
    // As an older data directory holds them: every seeded point "in the city centre" or a
    // neighbourhood, the usual hours shown as fact. Staff had edited two of them.
    await sql`update service_points set address = ${JSON.stringify({
      ar: 'الأحياء الشمالية',
      fr: 'Quartiers nord',
      es: 'Barrios del norte',
    })}::jsonb, to_verify = '[]'::jsonb where code = 'civil-status-annex-1'`.execute(h.db);
    const own = { ar: 'شارع محمد الخامس', fr: 'Avenue Mohammed V', es: 'Avenida Mohammed V' };
    const ownHours = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '15:00' }];
    await sql`update service_points set address = ${JSON.stringify(own)}::jsonb, hours = ${JSON.stringify(ownHours)}::jsonb
      where code = 'town-hall' and commune_id = (select id from communes where slug = 'asilah')`.execute(h.db);
    // A point staff created with the usual hours is theirs, not a guess.
    await sql`update service_points set code = 'staff-annex' where code = 'civil-status-annex-2'
      and commune_id = (select id from communes where slug = 'tetouan')`.execute(h.db);
    expect((await points()).every((p) => p.address !== null && !p.toVerify.includes('hours'))).toBe(true);

    await m.up(h.db);
    const after = await points();
    const of = (slug: string, code: string) => after.find((p) => p.slug === slug && p.code === code)!;
    expect(of('tetouan', 'civil-status-annex-1')).toMatchObject({ address: null, toVerify: ['hours'] });
    expect(of('tetouan', 'civil-status-central')).toMatchObject({ address: null });
    expect(of('tetouan', 'civil-status-central').toVerify).toContain('hours');
    expect(of('mdiq', 'urban-planning')).toMatchObject({ address: null });
    // What staff wrote stays as they wrote it, and shown.
    expect(of('asilah', 'town-hall')).toMatchObject({ address: own, hours: ownHours });
    expect(of('asilah', 'town-hall').toVerify).not.toContain('hours');
    expect(of('tetouan', 'staff-annex').toVerify).not.toContain('hours');
    expect(of('tetouan', 'staff-annex').address).not.toBeNull();
    // Every other seeded point: no invented address, hours to be confirmed.
    for (const p of after.filter(
      (p) => !['staff-annex'].includes(p.code) && !(p.slug === 'asilah' && p.code === 'town-hall'),
    )) {
      expect(p.address, `${p.slug}/${p.code}`).toBeNull();
      expect(p.toVerify, `${p.slug}/${p.code}`).toContain('hours');
    }
    // Flags are not doubled by a second run of the same update.
    expect(after.every((p) => p.toVerify.filter((f) => f === 'hours').length <= 1)).toBe(true);
    await sql`update service_points set code = 'civil-status-annex-2' where code = 'staff-annex'`.execute(h.db);
  });

  it('names the region in each language, keeping an unknown region as written (region names)', async () => {
    const m = migrations['2026-12-06T0301-region-names']!;
    await m.down!(h.db);
    await sql`update communes set region = 'Oriental' where slug = 'mdiq'`.execute(h.db);
    await m.up(h.db);
    const regions = Object.fromEntries(
      (await h.db.selectFrom('communes').select(['slug', 'region']).execute()).map((r) => [r.slug, r.region]),
    );
    expect(regions.tetouan).toEqual({
      ar: 'طنجة تطوان الحسيمة',
      fr: 'Tanger-Tétouan-Al Hoceïma',
      es: 'Tánger-Tetuán-Alhucemas',
    });
    expect(regions.mdiq).toEqual({ ar: 'Oriental', fr: 'Oriental', es: 'Oriental' });
  });
});
