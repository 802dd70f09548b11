import { describe, expect, it } from 'vitest';
import { cin, phone } from '../src/fields';
import { documentRecipient, informationRequester } from '../src/schemas';

describe('field builders', () => {
  it('reads Moroccan phone numbers in national and international form, and foreign ones with their code', () => {
    for (const ok of ['0612345678', '06 12 34 56 78', '+212 6 12 34 56 78', '+212 539 00 00 00', '+34 612 345 678'])
      expect(phone.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['abc', '?', '12345', '0012', '+212 1 23', '06123456789012'])
      expect(phone.safeParse(bad).success, bad).toBe(false);
  });

  it('has one CIN rule: a request takes exactly the CINs a signed document takes', () => {
    const samples = [
      'L123456',
      'ab123456',
      ' ZZ998877 ',
      'A1',
      'K12345',
      'AB12345678',
      '12-34',
      '123',
      'ABC123',
      'A-123',
    ];
    const asRequester = samples.map((c) => informationRequester.safeParse({ cin: c }).success);
    const asRecipient = samples.map((c) => documentRecipient.safeParse({ name: 'Salma Bennani', cin: c }).success);
    expect(asRequester).toEqual(asRecipient);
    expect(asRequester).toEqual(samples.map((c) => cin.safeParse(c).success));
    expect(cin.parse(' ab123456 ')).toBe('AB123456');
    expect(asRequester).toEqual([true, true, true, true, true, false, false, false, false, false]);
  });
});
