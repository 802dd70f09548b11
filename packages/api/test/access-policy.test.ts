import { initTRPC } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listProcedures, proceduresWithoutPolicy } from '../src/access-policy';
import { appRouter } from '../src/root';
import { publicProcedure, router } from '../src/trpc';
import { useHarness } from './harness';

const h = useHarness();

describe('access policy of every procedure', () => {
  it('finds a declared policy on every procedure of the app router', () => {
    expect(listProcedures(appRouter).length).toBeGreaterThan(20);
    expect(proceduresWithoutPolicy(appRouter)).toEqual([]);
  });

  it('flags a procedure added without a base procedure (a throwaway router proves the check bites)', () => {
    const raw = initTRPC.create();
    const throwaway = router({
      ok: publicProcedure.query(() => 1),
      sneaky: raw.procedure.query(() => 'all the data') as never,
    });
    expect(proceduresWithoutPolicy(throwaway as never)).toEqual(['sneaky']);
  });

  it('refuses every commune procedure to staff of another commune, whatever their role', async () => {
    const outsider = await h.user('outsider@asilah.example', [
      'asilah:agent',
      'asilah:department_head',
      'asilah:moderator',
      'asilah:commune_admin',
    ]);
    const communeProcedures = listProcedures(appRouter).filter((p) => p.access?.kind === 'commune');
    expect(communeProcedures.length).toBeGreaterThan(5);
    for (const p of communeProcedures) {
      const call = p.path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], outsider.caller) as (
        i: unknown,
      ) => Promise<unknown>;
      const err = await call({ commune: 'tetouan' }).then(
        () => null,
        (e: { code?: string }) => e,
      );
      expect(err?.code, p.path).toBe('FORBIDDEN');
    }
  });

  it('refuses network procedures to commune staff and signed-in procedures to anonymous callers', async () => {
    const admin = await h.user('admin@tetouan.example', ['tetouan:commune_admin']);
    for (const p of listProcedures(appRouter)) {
      if (p.type === 'subscription') continue;
      const pick = (caller: unknown) =>
        p.path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], caller) as (
          i?: unknown,
        ) => Promise<unknown>;
      if (p.access?.kind === 'network') {
        const err = await pick(admin.caller)({}).catch((e: { code?: string }) => e);
        expect((err as { code?: string })?.code, p.path).toBe('FORBIDDEN');
      }
      if (p.access?.kind === 'authed' || p.access?.kind === 'commune' || p.access?.kind === 'commune-account') {
        const err = await pick(h.anon())({ commune: 'tetouan' }).catch((e: { code?: string }) => e);
        expect((err as { code?: string })?.code, p.path).toBe('UNAUTHORIZED');
      }
    }
  });

  it('lets large bodies through only to procedures whose inputs carry files, and every such procedure declares it', () => {
    const procedures = listProcedures(appRouter);
    expect(
      procedures
        .filter((p) => p.files)
        .map((p) => p.path)
        .sort(),
    ).toEqual(
      procedures
        .filter((p) => p.acceptsLargeText)
        .map((p) => p.path)
        .sort(),
    );
    expect(procedures.filter((p) => p.files).map((p) => p.path)).toEqual(
      expect.arrayContaining(['complaints.submit', 'complaints.register', 'documents.verify']),
    );
  });

  it('counts calls of the abuse-prone procedures against declared limits', () => {
    const limited = Object.fromEntries(
      listProcedures(appRouter)
        .filter((p) => p.limits.length)
        .map((p) => [p.path, p.limits.map((l) => l.by).sort()]),
    );
    expect(limited).toMatchObject({
      'auth.signIn': ['ip'],
      'auth.signUp': ['email', 'ip'],
      'auth.requestPasswordReset': ['email', 'ip'],
      'auth.verifyEmail': ['ip'],
      'auth.resetPassword': ['ip'],
      'auth.changePassword': ['account', 'ip'],
      'complaints.submit': ['account', 'ip'],
      'informationRequests.submit': ['account', 'ip'],
      'photos.report': ['account', 'ip'],
    });
  });

  it('keeps zod on the inputs of procedures that take any', () => {
    for (const p of listProcedures(appRouter)) {
      const def = (appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[] } }>)[p.path]!
        ._def;
      if (def.inputs.length > 0)
        expect(
          def.inputs.every((i) => i instanceof z.ZodType),
          p.path,
        ).toBe(true);
    }
  });
});
