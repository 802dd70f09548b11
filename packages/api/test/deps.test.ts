import { describe, expect, it } from 'vitest';
import { runAdminCommand } from '../src/admin';
import { pdfForViewer } from '../src/documents/service';
import { useHarness } from './harness';

/*
 * Dependencies travel in the context, never in module-level registries keyed by the
 * database: two apps in one process (two test databases here, built by the same
 * `createAppDeps` the server uses) keep their own signing secret, public URL and commune
 * cache. With the former WeakMap<Db> registries filled by an HTTP plugin, nothing stopped
 * one process from reading another app's setup.
 */
const a = useHarness({
  signing: { secret: 'deps-test-secret-of-app-a-0123456789abcdef', publicUrl: 'https://a.shabaka.example/' },
});
const b = useHarness({
  signing: { secret: 'deps-test-secret-of-app-b-0123456789abcdef', publicUrl: 'https://b.shabaka.example' },
});
const unsigned = useHarness();

const residence = {
  commune: 'mdiq',
  template: 'residence_certificate' as const,
  recipient: { name: 'Fatima Zahra El Amrani', cin: 'L123456' },
  fields: { address: '12, rue Al Massira, M’diq', since: '2019-09-01', purpose: 'dossier de bourse' },
  language: 'both' as const,
  delivery: 'electronic' as const,
};

describe('dependencies through the context', () => {
  it('signs with each app’s own secret and prints each app’s own public URL', async () => {
    const agentA = await a.user('agent@mdiq.example', ['mdiq:agent']);
    const agentB = await b.user('agent@mdiq.example', ['mdiq:agent']);
    const docA = await agentA.caller.documents.issue(residence);
    const docB = await agentB.caller.documents.issue(residence);
    // Two databases, the same first code: only the secret and the URL tell them apart.
    expect(docB.code).toBe(docA.code);
    expect(docA.verifyUrl).toBe(`https://a.shabaka.example/verify/${docA.code}`);
    expect(docB.verifyUrl).toBe(`https://b.shabaka.example/verify/${docB.code}`);

    const tokenA = docA.downloadPath.split('token=')[1]!;
    const tokenB = docB.downloadPath.split('token=')[1]!;
    expect(tokenA).not.toBe(tokenB);
    expect(await pdfForViewer(a.deps, docA.code, null, tokenA)).toMatchObject({ code: docA.code });
    expect(await pdfForViewer(b.deps, docB.code, null, tokenB)).toMatchObject({ code: docB.code });
    // A's download link opens nothing on B.
    expect(await pdfForViewer(b.deps, docB.code, null, tokenA)).toBe('forbidden');
  });

  it('refuses to sign on an app built without signing, whatever the others have', async () => {
    const agent = await unsigned.user('agent@mdiq.example', ['mdiq:agent']);
    await expect(agent.caller.documents.issue(residence)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/not set up/),
    });
  });

  it('keeps one commune cache per app', async () => {
    await runAdminCommand(a.deps, 'commune:add', {
      slug: 'only-in-a',
      names: { ar: 'أ', fr: 'A', es: 'A' },
      lat: 35.5,
      lon: -5.3,
      population: 1000,
      populationSource: 'test',
    });
    expect(await a.anon().communes.get({ commune: 'only-in-a' })).toMatchObject({ slug: 'only-in-a' });
    expect(await a.deps.communeCache.bySlug('only-in-a')).toMatchObject({ slug: 'only-in-a' });
    expect(await b.deps.communeCache.bySlug('only-in-a')).toBeUndefined();
    await expect(b.anon().communes.get({ commune: 'only-in-a' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
