import { describe, expect, it } from 'vitest';
import { useHarness } from './harness';

const h = useHarness();

describe('tenancy', () => {
  it('lets a Tetouan agent into Tetouan staff procedures and refuses them in Asilah', async () => {
    const { caller } = await h.user('agent.tet@example.ma', ['tetouan:agent']);
    const overview = await caller.staff.overview({ commune: 'tetouan' });
    expect(overview.roles).toEqual(['agent']);
    expect(overview.departments.length).toBeGreaterThan(5);
    await expect(caller.staff.overview({ commune: 'asilah' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('asks anonymous callers to sign in and names an unknown commune', async () => {
    await expect(h.anon().staff.overview({ commune: 'tetouan' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const { caller } = await h.user('agent2@example.ma', ['tetouan:agent']);
    await expect(caller.staff.overview({ commune: 'atlantis' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Unknown commune "atlantis".',
    });
  });

  it('lets only commune admins manage members, in their own commune', async () => {
    const admin = await h.user('admin.tet@example.ma', ['tetouan:commune_admin']);
    const agent = await h.user('agent3@example.ma', ['tetouan:agent']);
    await h.user('newcomer@example.ma');
    await expect(
      agent.caller.staff.grant({ commune: 'tetouan', email: 'newcomer@example.ma', role: 'agent' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      admin.caller.staff.grant({ commune: 'asilah', email: 'newcomer@example.ma', role: 'agent' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const granted = await admin.caller.staff.grant({
      commune: 'tetouan',
      email: 'newcomer@example.ma',
      role: 'moderator',
    });
    expect(granted.added).toBe(true);
    const members = (await admin.caller.staff.overview({ commune: 'tetouan' })).members;
    expect(members.find((m) => m.email === 'newcomer@example.ma')?.roles).toEqual(['moderator']);
    await expect(
      admin.caller.staff.grant({ commune: 'tetouan', email: 'ghost@example.ma', role: 'agent' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps network details for network roles', async () => {
    const agent = await h.user('agent4@example.ma', ['tetouan:agent']);
    await expect(agent.caller.network.details()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const coord = await h.user('coord@example.ma', ['network:coordinator']);
    const details = await coord.caller.network.details();
    expect(details.communes).toHaveLength(5);
    expect(details.communes.find((c) => c.slug === 'tetouan')!.staffByRole.agent).toBeGreaterThan(0);
  });
});
