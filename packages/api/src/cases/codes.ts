import { z } from 'zod';

/**
 * Tracking codes as people type them. A complaint is TET-2026-000081, an information
 * request TET-DI-2026-000012; a citizen copying one from paper or dictating it on the
 * phone may write "tet 2026 81", "TET-2026-81" or "tet.di.2026.12": case, separators
 * and leading zeros of the number do not matter.
 */
export type CaseCodeKind = 'complaint' | 'information';

const EXAMPLE: Record<CaseCodeKind, string> = { complaint: 'TET-2026-000081', information: 'TET-DI-2026-000012' };

/** The canonical code, or null when `raw` cannot be one of `kind`. */
export function normaliseCode(raw: string, kind: CaseCodeKind): string | null {
  const groups = raw
    .toUpperCase()
    // "TET2026" → "TET-2026": a letter next to a digit starts a new group.
    .replace(/([A-Z])(?=\d)|(\d)(?=[A-Z])/g, '$1$2-')
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  const information = kind === 'information';
  if (groups.length !== (information ? 4 : 3)) return null;
  const [prefix, ...rest] = groups as [string, ...string[]];
  if (!/^[A-Z]{2,5}$/.test(prefix)) return null;
  if (information && rest.shift() !== 'DI') return null;
  const [year, number] = rest as [string, string];
  if (!/^\d{4}$/.test(year) || !/^\d{1,9}$/.test(number)) return null;
  const n = Number(number);
  if (n < 1 || n > 999_999) return null;
  return `${prefix}${information ? '-DI' : ''}-${year}-${String(n).padStart(6, '0')}`;
}

/** One schema for every case type's tracking code: forgiving input, canonical output. */
export const caseCode = (kind: CaseCodeKind) =>
  z
    .string({ message: `A tracking code looks like ${EXAMPLE[kind]}` })
    .max(60, { message: `A tracking code looks like ${EXAMPLE[kind]}` })
    .transform((v, ctx) => {
      const code = normaliseCode(v, kind);
      if (code) return code;
      ctx.addIssue({ code: 'custom', message: `A tracking code looks like ${EXAMPLE[kind]}` });
      return z.NEVER;
    });
