import { REASONS, type ErrorReason as ServerReason, type ReasonDomain } from '@shabaka/api/schemas';
import type { ErrorReason } from '@shabaka/client';
import { catalog } from '@shabaka/ui/i18n';
import { describe, expect, expectTypeOf, it } from 'vitest';

/**
 * Which catalog sections translate each API domain's reasons (`<section>.error.reason.<reason>`): the screens of a
 * domain describe its errors with their section first, then the portal's texts, which every screen falls back to.
 */
const SECTIONS: Record<ReasonDomain, string[]> = {
  access: [],
  limits: [],
  admin: [],
  auth: [],
  communes: [],
  apikeys: ['desk'],
  cases: ['complaints', 'information'],
  complaints: ['complaints', 'desk'],
  documents: ['documents'],
  files: ['complaints', 'desk'],
  informationRequests: ['information'],
  moderation: ['complaints', 'desk'],
  procedures: ['procedures'],
  servicePoints: ['procedures'],
  signing: ['documents'],
  staff: ['desk'],
};

describe('error reasons', () => {
  it('every reason of every domain has an Arabic, French and Spanish text', () => {
    const missing: string[] = [];
    for (const [domain, reasons] of Object.entries(REASONS) as [ReasonDomain, readonly string[]][]) {
      for (const reason of reasons) {
        for (const lang of ['ar', 'fr', 'es'] as const) {
          const keys = [...SECTIONS[domain], 'portal'].map((s) => `${s}.error.reason.${reason}`);
          if (!keys.some((k) => catalog[lang][k]?.trim())) missing.push(`${domain}.${reason} (${lang})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('reach the client typed (tsc checks this)', () => {
    expectTypeOf<ErrorReason>().toEqualTypeOf<ServerReason>();
  });
});
