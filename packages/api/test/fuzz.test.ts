import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listProcedures } from '../src/access-policy';
import { DomainError } from '../src/errors';
import { appRouter } from '../src/root';
import { fieldErrorsOf } from '../src/trpc';
import { useHarness } from './harness';
import { ZodError } from 'zod';

const h = useHarness();

/** Values that break naive code: huge and odd text, SQL and HTML, wrong types, deep nesting. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.constantFrom(
    "'; drop table users; --",
    '" OR 1=1 --',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '\u0000',
    '\uD800',
    '\u202Eevil',
    '👩🏽‍⚖️🇲🇦',
    'شهادة السكنى',
    'x'.repeat(100_000),
    '',
    ' ',
    '../../etc/passwd',
    'TET-2026-000001',
    '00000000-0000-0000-0000-000000000000',
    '2026-02-30',
    'NaN',
  ),
);
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileText,
    fc.integer(),
    fc.double(),
    fc.constantFrom(null, undefined, true, false, Number.MAX_SAFE_INTEGER, -1, 1e308),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;
const FIELDS = [
  'id',
  'code',
  'q',
  'email',
  'password',
  'description',
  'categoryId',
  'location',
  'photos',
  'stage',
  'to',
  'limit',
  'cursor',
  'lat',
  'lon',
  'names',
  'slug',
  'reason',
  'rating',
  'attachmentId',
  'fields',
  'recipient',
  'patch',
  'year',
  'days',
];
const hostileInput = fc.oneof(
  hostileValue,
  fc
    .record({
      commune: fc.oneof(fc.constantFrom('tetouan', 'asilah', 'mdiq', 'TETOUAN', 'nowhere'), hostileText),
      extra: fc.dictionary(fc.constantFrom(...FIELDS), hostileValue, { maxKeys: 6 }),
    })
    .map(({ commune, extra }) => ({ commune, ...extra })),
);

describe('text the database cannot store', () => {
  it('is refused with the field named, before any SQL runs', async () => {
    const e = await h
      .anon()
      .auth.signUp({
        commune: 'tetouan',
        email: 'nul@example.ma',
        password: 'a long passphrase',
        displayName: 'ab\u0000cd',
      })
      .catch((x) => x);
    expect(e.code).toBe('BAD_REQUEST');
    expect(e.cause).toBeInstanceOf(DomainError);
    expect(e.cause.field).toBe('displayName');
    const lone = await h
      .anon()
      .complaints.track({ code: 'TET-2026-00000\uD800' })
      .catch((x) => x);
    expect(lone.code).toBe('BAD_REQUEST');
  });
});

describe('fuzzing every procedure', () => {
  it('never answers hostile input with an internal error, and rejections name the field', async () => {
    // Most privileges at once, so tenancy does not stop the input before validation.
    const admin = await h.user('fuzz@network.example', [
      'network:network_admin',
      'tetouan:commune_admin',
      'tetouan:agent',
      'tetouan:moderator',
      'asilah:commune_admin',
    ]);
    const procedures = listProcedures(appRouter).filter((p) => p.type !== 'subscription');
    for (const p of procedures) {
      const call = p.path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], admin.caller) as (
        i: unknown,
      ) => Promise<unknown>;
      await fc.assert(
        fc.asyncProperty(hostileInput, async (input) => {
          const err = await call(input).then(
            () => null,
            (e: { code?: string; cause?: unknown; message?: string }) => e,
          );
          if (!err) return;
          expect(err.code, `${p.path}: ${err.message?.slice(0, 300)}`).not.toBe('INTERNAL_SERVER_ERROR');
          if (err.code === 'BAD_REQUEST') {
            const named =
              err.cause instanceof ZodError
                ? Object.keys(fieldErrorsOf(err.cause)).length > 0
                : err.cause instanceof DomainError
                  ? !!err.cause.field || !!err.cause.reason
                  : true;
            expect(named, `${p.path} rejection names no field`).toBe(true);
          }
        }),
        { numRuns: 25, seed: 20261129, endOnFailure: true },
      );
    }
  }, 240_000);
});

describe('out-of-range dates and integers', () => {
  it('answers 400 naming the field, never 500, at the edges of what JavaScript and PostgreSQL hold', async () => {
    const admin = await h.user('edges@example.ma', ['tetouan:commune_admin']);
    const c = admin.caller;
    const [first, last] = [new Date(-8.64e15), new Date(8.64e15)];
    const cases: [string, () => Promise<unknown>][] = [
      ['from', () => c.complaints.queue({ commune: 'tetouan', from: first })],
      ['to', () => c.complaints.queue({ commune: 'tetouan', to: last })],
      ['from', () => c.audit.list({ commune: 'tetouan', from: first })],
      ['to', () => c.audit.list({ commune: 'tetouan', to: last })],
      ['from', () => c.complaints.queue({ commune: 'tetouan', from: 'not a date' as unknown as Date })],
      ['version', () => c.procedures.version({ commune: 'tetouan', code: 'certified-copy', version: 2 ** 31 })],
      [
        'expectedVersion',
        () =>
          c.procedures.update({
            commune: 'tetouan',
            code: 'certified-copy',
            patch: { feeMad: 3 },
            expectedVersion: Number.MAX_SAFE_INTEGER,
          }),
      ],
      ['cursor', () => c.complaints.queue({ commune: 'tetouan', cursor: 2 ** 60 })],
    ];
    for (const [field, call] of cases) {
      const err = await call().then(
        () => null,
        (e: { code?: string; cause?: unknown }) => e,
      );
      expect(err, field).not.toBeNull();
      expect(err!.code, field).toBe('BAD_REQUEST');
      expect(Object.keys(fieldErrorsOf(err!.cause as ZodError)), field).toEqual([field]);
    }
    // At the edges of the allowed range, the same calls work.
    await expect(
      c.complaints.queue({
        commune: 'tetouan',
        from: new Date('2000-01-01T00:00:00Z'),
        to: new Date('2100-12-31T00:00:00Z'),
        cursor: 2 ** 40,
      }),
    ).resolves.toBeDefined();
  });
});
