import { REASONS, type ErrorReason as ServerReason, type ReasonDomain } from '@shabaka/api/schemas';
import { REASON_SECTIONS } from '../src/errors';
import type { ErrorReason } from '@shabaka/client';
import { catalog } from '@shabaka/ui/i18n';
import { describe, expect, expectTypeOf, it } from 'vitest';

describe('error reasons', () => {
  // describeError reads these sections (REASON_SECTIONS, the reason catalog) for a procedure of the domain.
  it('every reason of every domain has an Arabic, French and Spanish text', () => {
    const missing: string[] = [];
    for (const [domain, reasons] of Object.entries(REASONS) as [ReasonDomain, readonly string[]][]) {
      for (const reason of reasons) {
        for (const lang of ['ar', 'fr', 'es'] as const) {
          const keys = [...REASON_SECTIONS[domain], 'portal'].map((s) => `${s}.error.reason.${reason}`);
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
