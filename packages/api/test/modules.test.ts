import { describe, expect, it } from 'vitest';
import { accessOf } from '../src/access';
import { listProcedures } from '../src/access-policy';
import { defineModule, type ApiModule } from '../src/module';
import { modules } from '../src/modules';
import { appRouter } from '../src/root';
import { router } from '../src/trpc';
import { useHarness } from './harness';

const h = useHarness();
const access = accessOf(modules);

describe('modules (modules.ts)', () => {
  it('mounts every module’s routers at the root, and nothing else but health', () => {
    const mounted = new Set(listProcedures(appRouter).map((p) => p.path.split('.')[0]!));
    const declared = modules.flatMap((m) => Object.keys(m.routers));
    expect(new Set(declared).size).toBe(declared.length);
    for (const m of modules) {
      for (const [key, r] of Object.entries(m.routers)) {
        expect(mounted.has(key), `${m.name} → ${key}`).toBe(true);
        const all = appRouter._def.procedures as Record<string, unknown>;
        for (const [path, proc] of Object.entries(r._def.procedures as Record<string, unknown>)) {
          expect(all[`${key}.${path}`], `${m.name} → ${key}.${path}`).toBe(proc);
        }
      }
    }
    expect([...mounted].filter((k) => !declared.includes(k))).toEqual(['health']);
  });

  it('knows every permission a module defines, and every permission a procedure asks for', () => {
    for (const m of modules as readonly ApiModule[]) {
      for (const name of Object.keys(m.permissions?.commune ?? {}))
        expect(access.commune, m.name).toHaveProperty([name]);
      for (const name of Object.keys(m.permissions?.network ?? {}))
        expect(access.network, m.name).toHaveProperty([name]);
    }
    for (const p of listProcedures(appRouter)) {
      if (p.access?.kind === 'commune') expect(access.commune, p.path).toHaveProperty([p.access.permission]);
      if (p.access?.kind === 'network') expect(access.network, p.path).toHaveProperty([p.access.permission]);
    }
    expect(h.deps.access.commune).toEqual(access.commune);
  });

  it('keeps the permission table it replaced (roles per permission)', () => {
    expect(access.commune).toEqual({
      'staff:access': ['agent', 'department_head', 'moderator', 'commune_admin'],
      'members:manage': ['commune_admin'],
      'complaints:process': ['agent', 'department_head', 'commune_admin'],
      'moderation:act': ['moderator', 'commune_admin'],
      'apikeys:manage': ['commune_admin'],
      'documents:issue': ['agent', 'department_head', 'commune_admin'],
      'documents:revoke': ['commune_admin'],
      'keys:manage': ['commune_admin'],
      'information:process': ['agent', 'department_head', 'commune_admin'],
      'audit:view': ['commune_admin'],
      'procedures:edit': ['commune_admin', 'department_head'],
      'notifications:read': ['agent', 'department_head', 'commune_admin'],
      'notifications:manage': ['commune_admin'],
      'associations:manage': ['agent', 'department_head', 'commune_admin'],
      'rooms:manage': ['agent', 'department_head', 'commune_admin'],
      'subsidies:manage': ['agent', 'department_head', 'commune_admin'],
      'subsidies:sign': ['department_head', 'commune_admin'],
      'calls:manage': ['agent', 'department_head', 'commune_admin'],
      'calls:publish': ['department_head', 'commune_admin'],
      'pac:manage': ['agent', 'department_head', 'commune_admin'],
      'petitions:key': ['agent', 'department_head', 'commune_admin'],
      'petitions:review': ['department_head', 'commune_admin'],
      'publication:manage': ['agent', 'department_head', 'commune_admin'],
      'budget:manage': ['department_head', 'commune_admin'],
      'bulletins:edit': ['agent', 'department_head', 'commune_admin'],
      'bulletins:approve': ['commune_admin'],
      'open-data:publish': ['department_head', 'commune_admin'],
      'instances:manage': ['department_head', 'commune_admin'],
      'instances:answer': ['agent', 'department_head', 'commune_admin'],
    });
    expect(access.network).toEqual({
      'procedures:templates': ['network_admin'],
      'network:view': ['coordinator', 'network_admin'],
      'network:admin': ['network_admin'],
      'calendar:manage': ['network_admin'],
      'committee:manage': ['coordinator', 'network_admin'],
    });
    expect(access.networkAdminEverywhere).toEqual(['members:manage']);
  });

  it('refuses two modules defining one permission or mounting one key', () => {
    const a = defineModule({ name: 'a', routers: { x: router({}) }, permissions: { commune: { 'a:do': ['agent'] } } });
    const b = defineModule({ name: 'b', routers: { y: router({}) }, permissions: { commune: { 'a:do': ['agent'] } } });
    expect(() => accessOf([a, b])).toThrow(/defined twice/);
  });

  it('auth.me returns the permissions the server computes, per commune', async () => {
    const agent = await h.user('modules.agent@example.ma', ['tetouan:agent', 'asilah:commune_admin']);
    const me = await agent.caller.auth.me();
    expect(me?.permissions.communes).toEqual({
      asilah: access.communePermissions(['commune_admin'], []),
      tetouan: [
        'staff:access',
        'complaints:process',
        'documents:issue',
        'information:process',
        'notifications:read',
        'associations:manage',
        'rooms:manage',
        'subsidies:manage',
        'calls:manage',
        'pac:manage',
        'petitions:key',
        'publication:manage',
        'bulletins:edit',
        'instances:answer',
      ],
    });
    expect(me?.permissions.communes.asilah).toContain('members:manage');
    expect(me?.permissions.anyCommune).toEqual([]);
    expect(me?.permissions.network).toEqual([]);

    const netAdmin = await h.user('modules.netadmin@example.ma', ['network:network_admin']);
    const mine = await netAdmin.caller.auth.me();
    expect(mine?.permissions.communes).toEqual({});
    expect(mine?.permissions.anyCommune).toEqual(['members:manage']);
    expect(mine?.permissions.network).toEqual([
      'procedures:templates',
      'network:view',
      'network:admin',
      'calendar:manage',
      'committee:manage',
    ]);
  });
});
