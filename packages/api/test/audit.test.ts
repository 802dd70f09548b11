import { describe, expect, it } from 'vitest';
import { useHarness } from './harness';

const h = useHarness();

describe('audit log', () => {
  it('lets commune admins read and filter their own commune’s trail, which cannot be changed', async () => {
    const admin = await h.user('audit.admin@tetouan.example', ['tetouan:commune_admin']);
    await h.user('audit.newcomer@tetouan.example');
    await admin.caller.staff.grant({ commune: 'tetouan', email: 'audit.newcomer@tetouan.example', role: 'agent' });
    const rows = await admin.caller.audit.list({ commune: 'tetouan', action: 'staff.' });
    expect(rows[0]).toMatchObject({
      action: 'staff.granted',
      actorEmail: 'audit.admin@tetouan.example',
      data: { role: 'agent' },
    });
    expect(await admin.caller.audit.list({ commune: 'tetouan', action: 'complaint.' })).toEqual([]);
    const agent = await h.user('audit.agent@tetouan.example', ['tetouan:agent']);
    await expect(agent.caller.audit.list({ commune: 'tetouan' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(admin.caller.audit.list({ commune: 'asilah' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      h.handle.db.updateTable('auditLog').set({ action: 'forged' }).where('id', '=', rows[0]!.id).execute(),
    ).rejects.toThrow(/append-only/);
  });
});
