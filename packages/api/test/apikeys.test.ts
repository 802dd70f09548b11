import { describe, expect, it } from 'vitest';
import { communeForApiKey, hashApiKey } from '../src/apikeys/service';
import { useHarness } from './harness';

const h = useHarness();

const auditOf = (action: string) =>
  h.handle.db.selectFrom('auditLog').select(['actorId', 'targetId', 'data']).where('action', '=', action).execute();

describe('Open311 API keys', () => {
  it('lets a commune admin issue a key shown once, stored only as a hash, and revoke it', async () => {
    const admin = await h.user('keys.admin.tet@example.ma', ['tetouan:commune_admin']);
    const created = await admin.caller.apiKeys.create({ commune: 'tetouan', label: 'FixMyStreet app' });
    expect(created.key).toMatch(/^shk_[A-Za-z0-9_-]{43}$/);
    expect(created.label).toBe('FixMyStreet app');

    // Only the sha256 is in the database, never the key itself.
    const stored = await h.handle.db
      .selectFrom('apiKeys')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(stored.keyHash).toBe(hashApiKey(created.key));
    expect(JSON.stringify(stored)).not.toContain(created.key);

    const listed = await admin.caller.apiKeys.list({ commune: 'tetouan' });
    expect(listed).toEqual([
      expect.objectContaining({
        id: created.id,
        label: 'FixMyStreet app',
        revokedAt: null,
        createdByName: 'keys.admin.tet',
      }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(created.key);
    expect(listed[0]).not.toHaveProperty('key');
    expect(listed[0]).not.toHaveProperty('keyHash');

    const tetouan = await h.handle.db
      .selectFrom('communes')
      .select('id')
      .where('slug', '=', 'tetouan')
      .executeTakeFirstOrThrow();
    expect(await communeForApiKey(h.handle.db, created.key)).toEqual({ id: tetouan.id, slug: 'tetouan' });

    const revoked = await admin.caller.apiKeys.revoke({ commune: 'tetouan', id: created.id });
    expect(revoked.revokedAt).toEqual(h.clock.now());
    expect(await communeForApiKey(h.handle.db, created.key)).toBeNull();
    expect((await admin.caller.apiKeys.list({ commune: 'tetouan' }))[0]!.revokedAt).toEqual(h.clock.now());
    await expect(admin.caller.apiKeys.revoke({ commune: 'tetouan', id: created.id })).rejects.toMatchObject({
      code: 'CONFLICT',
    });

    expect(await auditOf('apikey.created')).toEqual([
      expect.objectContaining({ actorId: admin.id, targetId: created.id }),
    ]);
    expect(await auditOf('apikey.revoked')).toEqual([
      expect.objectContaining({ actorId: admin.id, targetId: created.id }),
    ]);
  });

  it('refuses unknown, malformed and empty keys', async () => {
    expect(await communeForApiKey(h.handle.db, `shk_${'A'.repeat(43)}`)).toBeNull();
    expect(await communeForApiKey(h.handle.db, 'not a key')).toBeNull();
    expect(await communeForApiKey(h.handle.db, '')).toBeNull();
    expect(await communeForApiKey(h.handle.db, undefined)).toBeNull();
  });

  it('refuses agents, anonymous callers and admins of another commune', async () => {
    const admin = await h.user('keys.admin2.tet@example.ma', ['tetouan:commune_admin']);
    const key = await admin.caller.apiKeys.create({ commune: 'tetouan', label: 'Partner' });
    const agent = await h.user('keys.agent.tet@example.ma', ['tetouan:agent', 'tetouan:moderator']);
    const asilahAdmin = await h.user('keys.admin.asi@example.ma', ['asilah:commune_admin']);

    await expect(agent.caller.apiKeys.list({ commune: 'tetouan' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(agent.caller.apiKeys.create({ commune: 'tetouan', label: 'Mine' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(agent.caller.apiKeys.revoke({ commune: 'tetouan', id: key.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(h.anon().apiKeys.list({ commune: 'tetouan' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(asilahAdmin.caller.apiKeys.list({ commune: 'tetouan' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(asilahAdmin.caller.apiKeys.revoke({ commune: 'tetouan', id: key.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });

    // Asilah's admin sees only Asilah's keys and cannot revoke Tetouan's through Asilah.
    expect(await asilahAdmin.caller.apiKeys.list({ commune: 'asilah' })).toEqual([]);
    await expect(asilahAdmin.caller.apiKeys.revoke({ commune: 'asilah', id: key.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await communeForApiKey(h.handle.db, key.key)).toMatchObject({ slug: 'tetouan' });
  });

  it('asks for a label', async () => {
    const admin = await h.user('keys.admin3.tet@example.ma', ['tetouan:commune_admin']);
    const err = await admin.caller.apiKeys.create({ commune: 'tetouan', label: ' ' }).catch((e) => e);
    expect(err.code).toBe('BAD_REQUEST');
    expect(err.cause.issues[0].path).toEqual(['label']);
  });
});
