import { createShabakaClient } from '@shabaka/client';
import { makeTranslator, mergeCatalogs, namespaces, type TranslationKey } from '@shabaka/ui/i18n';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  forgetAllCases,
  forgetCase,
  formatSecret,
  isSecret,
  normalizeSecret,
  recallSecret,
  RECENT_KEY,
  RECENT_MAX,
  recentCases,
  rememberCase,
  secretFromFragment,
  withSecret,
} from '../src/cases/owner';
import { describeError } from '../src/errors';
import { normalizeCode as informationCode } from '../src/information/model';

/** The browser's storage and window events, as small as these helpers need. */
class MemoryStorage {
  private map = new Map<string, string>();
  getItem = (k: string) => this.map.get(k) ?? null;
  setItem = (k: string, v: string) => void this.map.set(k, String(v));
  removeItem = (k: string) => void this.map.delete(k);
}
const g = globalThis as unknown as { localStorage: MemoryStorage; window: EventTarget };
g.window = new EventTarget();

describe('the owner secret as typed by people', () => {
  it('forgives case, spaces and dashes, and refuses look-alikes (0, O, 1, I, L)', () => {
    expect(normalizeSecret(' abcd efgh ')).toBe('ABCDEFGH');
    expect(formatSecret('abcd efgh')).toBe('ABCD-EFGH');
    expect(isSecret('k7mp-q2rw')).toBe(true);
    expect(isSecret('K7MP Q2RW')).toBe(true);
    expect(isSecret('K7MP-Q2R')).toBe(false);
    for (const bad of ['O7MP-Q2RW', '07MP-Q2RW', '17MP-Q2RW', 'I7MP-Q2RW', 'L7MP-Q2RW'])
      expect(isSecret(bad)).toBe(false);
  });

  it('travels in the fragment, read back formatted', () => {
    expect(withSecret('/track/TET-2026-000081', 'k7mpq2rw')).toBe('/track/TET-2026-000081#s=K7MP-Q2RW');
    expect(withSecret('/track/TET-2026-000081', undefined)).toBe('/track/TET-2026-000081');
    expect(secretFromFragment('#s=k7mp-q2rw')).toBe('K7MP-Q2RW');
    expect(secretFromFragment('#s=nope')).toBeUndefined();
    expect(secretFromFragment('')).toBeUndefined();
  });

  it('reads information codes forgivingly too', () => {
    expect(informationCode('tet di 2026 12')).toBe('TET-DI-2026-000012');
    expect(informationCode('TET-DI-2026-000012')).toBe('TET-DI-2026-000012');
  });
});

describe('recent cases on the device', () => {
  beforeEach(() => {
    g.localStorage = new MemoryStorage();
  });

  it('remembers newest first, one entry per case, and recalls the secret', () => {
    rememberCase({
      kind: 'complaint',
      code: 'TET-2026-000001',
      secret: 'k7mpq2rw',
      commune: 'tetouan',
      at: '2026-12-01T10:00:00Z',
    });
    rememberCase({ kind: 'information', code: 'TET-DI-2026-000001', secret: 'ABCD-EFGH', commune: 'tetouan' });
    rememberCase({ kind: 'complaint', code: 'TET-2026-000001', secret: 'WXYZ-2345', commune: 'tetouan' });
    const list = recentCases();
    expect(list.map((c) => c.code)).toEqual(['TET-2026-000001', 'TET-DI-2026-000001']);
    // The first date stays; the latest secret wins.
    expect(list[0]).toMatchObject({ secret: 'WXYZ-2345', at: '2026-12-01T10:00:00Z' });
    expect(recallSecret('complaint', 'TET-2026-000001')).toBe('WXYZ-2345');
    expect(recallSecret('information', 'TET-2026-000001')).toBeUndefined();
  });

  it('is bounded, forgets one or all of a kind, and ignores what it cannot read', () => {
    for (let i = 0; i < RECENT_MAX + 5; i++) {
      rememberCase({
        kind: 'complaint',
        code: `TET-2026-${String(i).padStart(6, '0')}`,
        secret: 'K7MP-Q2RW',
        commune: 'tetouan',
      });
    }
    rememberCase({ kind: 'information', code: 'TET-DI-2026-000001', secret: 'ABCD-EFGH', commune: 'asilah' });
    expect(recentCases()).toHaveLength(RECENT_MAX);
    forgetCase('information', 'TET-DI-2026-000001');
    expect(recentCases().some((c) => c.kind === 'information')).toBe(false);
    forgetAllCases('complaint');
    expect(recentCases()).toEqual([]);
    expect(g.localStorage.getItem(RECENT_KEY)).toBeNull();

    g.localStorage.setItem(RECENT_KEY, '{not json');
    expect(recentCases()).toEqual([]);
    g.localStorage.setItem(
      RECENT_KEY,
      JSON.stringify([{ kind: 'complaint', code: 'X', secret: 'bad', commune: 'x', at: 'y' }]),
    );
    expect(recentCases()).toEqual([]);
  });
});

describe('owner-proof errors on information requests', () => {
  it('tells each refusal apart, in every language', async () => {
    const { common, portal, information, cases } = namespaces;
    const catalog = mergeCatalogs(common, portal, information, cases);
    for (const reason of ['owner_proof_required', 'wrong_secret', 'too_many_attempts']) {
      const fetch = async () =>
        new Response(
          JSON.stringify({
            error: {
              json: {
                message: 'English text',
                code: -32600,
                data: { code: 'FORBIDDEN', httpStatus: 403, path: 'informationRequests.withdraw', reason },
              },
            },
          }),
          {
            status: 403,
            headers: { 'content-type': 'application/json' },
          },
        );
      const client = createShabakaClient({ url: 'http://portal.test', fetch, batch: false });
      const error = await client.informationRequests.withdraw
        .mutate({ code: 'TET-DI-2026-000001', secret: 'K7MP-Q2RW' })
        .then(
          () => null,
          (e: unknown) => e,
        );
      for (const lang of ['ar', 'fr', 'es'] as const) {
        const tr = makeTranslator(lang, catalog[lang]);
        const text = describeError(error, tr).message;
        expect(text).toBe(tr.t(`information.error.reason.${reason}` as TranslationKey));
        expect(text).not.toBe('English text');
      }
    }
  });
});
