import { describe, expect, it } from 'vitest';
import { caseCode, normaliseCode } from '../src/cases/codes';
import {
  formatSecret,
  generateSecret,
  hashSecret,
  normaliseSecret,
  ownerSecret,
  SECRET_ALPHABET,
  secretMatches,
  withHash,
} from '../src/cases/owner';

describe('the case kernel: secrets and codes', () => {
  it('draws secrets from the unambiguous alphabet, all different', () => {
    const secrets = Array.from({ length: 2000 }, generateSecret);
    expect(new Set(secrets).size).toBe(2000);
    for (const s of secrets) expect(s).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    // Every character of the alphabet turns up (the draw is not biased to a part of it).
    expect(new Set(secrets.join('')).size).toBe(SECRET_ALPHABET.length);
    expect(formatSecret('ABCDEFGH')).toBe('ABCD-EFGH');
  });

  it('reads a secret as typed: case, spaces and dashes do not matter; look-alikes are not in it', () => {
    for (const typed of ['ABCD-EFGH', 'abcd efgh', ' abcdefgh ', 'AB-CD EF-GH'])
      expect(normaliseSecret(typed)).toBe('ABCDEFGH');
    for (const bad of [
      'ABCD-EFG',
      'ABCD-EFGHJ',
      'ABCD-EFG0',
      'OBCD-EFGH',
      'IBCD-EFGH',
      'LBCD-EFGH',
      '1BCD-EFGH',
      'ABCD_EFGH',
    ])
      expect(normaliseSecret(bad)).toBeNull();
    expect(ownerSecret.parse(undefined)).toBeUndefined();
    expect(ownerSecret.parse('')).toBeUndefined();
    expect(ownerSecret.parse(null)).toBeUndefined();
    expect(ownerSecret.parse('wxyz 2345')).toBe('WXYZ2345');
    expect(ownerSecret.safeParse('not a secret').success).toBe(false);
  });

  it('stores salted hashes only, keeps the newest four, and matches any of them', () => {
    const a = hashSecret('ABCDEFGH');
    const b = hashSecret('ABCDEFGH');
    expect(a).not.toBe(b); // a salt of its own
    expect(a).not.toContain('ABCDEFGH');
    expect(secretMatches('ABCDEFGH', a)).toBe(true);
    expect(secretMatches('ABCDEFGJ', a)).toBe(false);
    expect(secretMatches('ABCDEFGH', null)).toBe(false);
    let stored: string | null = null;
    const secrets = ['22222222', '33333333', '44444444', '55555555', '66666666'];
    for (const s of secrets) stored = withHash(stored, hashSecret(s));
    expect(stored!.split(' ')).toHaveLength(4);
    expect(secretMatches('22222222', stored)).toBe(false);
    for (const s of secrets.slice(1)) expect(secretMatches(s, stored)).toBe(true);
  });

  it('reads tracking codes forgivingly, and only of the expected kind', () => {
    const complaint = {
      'tet 2026 81': 'TET-2026-000081',
      'TET-2026-81': 'TET-2026-000081',
      'tet-2026-000081': 'TET-2026-000081',
      TET2026_81: 'TET-2026-000081',
      'ksar 2027 999999': 'KSAR-2027-999999',
    };
    for (const [typed, code] of Object.entries(complaint)) expect(normaliseCode(typed, 'complaint')).toBe(code);
    for (const bad of [
      'tet 2026',
      'tet 26 81',
      'tet 2026 0',
      'tet 2026 1000000',
      't 2026 81',
      'tet di 2026 81',
      'تطوان 2026 81',
    ])
      expect(normaliseCode(bad, 'complaint')).toBeNull();
    expect(normaliseCode('tet di 2026 12', 'information')).toBe('TET-DI-2026-000012');
    expect(normaliseCode('TET-DI-2026-000012', 'information')).toBe('TET-DI-2026-000012');
    expect(normaliseCode('tet 2026 12', 'information')).toBeNull();
    expect(caseCode('complaint').safeParse('x'.repeat(61)).success).toBe(false);
  });
});
