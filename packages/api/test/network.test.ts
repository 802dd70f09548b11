import { describe, expect, it } from 'vitest';
import { runAdminCommand } from '../src/admin';
import { useHarness } from './harness';

const h = useHarness();

describe('network and communes', () => {
  it('describes the network, chaired by Tetouan, with its partners', async () => {
    const info = await h.anon().network.info();
    expect(info.chair).toBe('tetouan');
    expect(info.names.ar).toBe('شبكة المدن الاستراتيجية');
    expect(info.partners.map((p) => p.slug)).toEqual(['sant-feliu-de-llobregat', 'terrassa', 'localmed']);
  });

  it('gives each commune its public config and departments', async () => {
    const c = await h.anon().communes.get({ commune: 'chefchaouen' });
    expect(c.names).toEqual({ ar: 'شفشاون', fr: 'Chefchaouen', es: 'Chauen' });
    expect(c.departments.map((d) => d.code)).toContain('civil-status');
    // The region in each language, not the French name on every page.
    expect(c.region).toEqual({
      ar: 'طنجة تطوان الحسيمة',
      fr: 'Tanger-Tétouan-Al Hoceïma',
      es: 'Tánger-Tetuán-Alhucemas',
    });
    await expect(h.anon().communes.get({ commune: 'Not A Slug!' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('counts staff per commune live and publishes a change event', async () => {
    const before = await h.anon().network.overview();
    expect(before.communes).toHaveLength(5);
    expect(before.totals.population).toBe(380787 + 31147 + 42786 + 126617 + 56227);
    const events: string[] = [];
    const ac = new AbortController();
    const listening = (async () => {
      for await (const { event } of h.events.stream(ac.signal)) {
        events.push(`${event.kind}:${event.commune}`);
        ac.abort();
      }
    })().catch(() => undefined);
    await h.user('mdiq.agent@example.ma', ['mdiq:agent']);
    await listening;
    expect(events).toEqual(['staff.changed:mdiq']);
    const after = await h.anon().network.overview();
    const staff = (o: typeof after) => o.communes.find((c) => c.slug === 'mdiq')!.staffCount;
    expect(staff(after)).toBe(staff(before) + 1);
  });

  it('adds a commune with departments through the admin command, refusing a duplicate', async () => {
    const deps = { db: h.handle.db, events: h.events };
    await runAdminCommand(deps, 'commune:add', {
      slug: 'larache',
      names: { ar: 'العرائش', fr: 'Larache', es: 'Larache' },
      lat: 35.19,
      lon: -6.15,
      population: 125008,
      populationSource: 'RGPH 2014',
    });
    const overview = await h.anon().network.overview();
    expect(overview.communes.map((c) => c.slug)).toContain('larache');
    expect((await h.anon().communes.get({ commune: 'larache' })).departments.length).toBeGreaterThan(5);
    await expect(
      runAdminCommand(deps, 'commune:add', {
        slug: 'larache',
        names: { ar: 'x', fr: 'x', es: 'x' },
        lat: 0,
        lon: 0,
        population: 1,
        populationSource: 'x',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('shows populations with their source to the public, and the unconfirmed ones to coordinators until an admin confirms them', async () => {
    const tetouan = await h.anon().communes.get({ commune: 'tetouan' });
    expect(tetouan.populationSource).toBe('RGPH 2014 (HCP)');
    expect(tetouan).not.toHaveProperty('populationToVerify');
    const overview = await h.anon().network.overview();
    for (const c of overview.communes) expect(c.populationSource).not.toMatch(/verify/i);

    const { caller: coordinator } = await h.user('coord.pop@example.ma', ['network:coordinator']);
    const before = await coordinator.network.details();
    expect(before.toVerify.map((v) => v.commune).sort()).toEqual([
      'asilah',
      'chefchaouen',
      'ksar-el-kebir',
      'mdiq',
      'tetouan',
    ]);
    expect(before.toVerify.find((v) => v.commune === 'tetouan')).toEqual({
      commune: 'tetouan',
      field: 'population',
      value: 380787,
      source: 'RGPH 2014 (HCP)',
    });

    const deps = { db: h.handle.db, events: h.events };
    await runAdminCommand(deps, 'commune:population', {
      slug: 'asilah',
      population: 31147,
      populationSource: 'RGPH 2014 (HCP)',
    });
    const after = await coordinator.network.details();
    expect(after.toVerify.map((v) => v.commune).sort()).toEqual(['chefchaouen', 'ksar-el-kebir', 'mdiq', 'tetouan']);
    await expect(
      runAdminCommand(deps, 'commune:population', { slug: 'nowhere', population: 1, populationSource: 'RGPH 2024' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(h.anon().network.details()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
