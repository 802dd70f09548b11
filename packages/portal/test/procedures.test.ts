import { createTranslator, mergeCatalogs, namespaces } from '@shabaka/ui/i18n';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_NAMESPACES } from '../src/messages';
import { formatFee, formatHours, hoursToText, parseHours } from '../src/procedures/model';
import { patchOf } from '../src/procedures/desk/Edit';

const catalog = mergeCatalogs(...FIRST_LOAD_NAMESPACES.map((ns) => namespaces[ns]), namespaces.procedures);
const fr = createTranslator('fr', catalog);
const ar = createTranslator('ar', catalog);

describe('opening hours', () => {
  it('round-trip through the staff form’s text', () => {
    const hours = [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, opens: '08:30', closes: '16:30' },
      { days: ['sat'] as const, opens: '09:00', closes: '12:00' },
    ].map((p) => ({ ...p, days: [...p.days] }));
    expect(hoursToText(hours)).toBe('mon-fri 08:30-16:30; sat 09:00-12:00');
    expect(parseHours('mon-fri 08:30-16:30; sat 09:00-12:00')).toEqual(hours);
    expect(parseHours('mon,wed 8:00-12:00')).toEqual([{ days: ['mon', 'wed'], opens: '08:00', closes: '12:00' }]);
  });
  it('refuse what does not read', () => {
    for (const bad of ['lundi 8h', 'mon 12:00-08:00', 'fri-mon 08:00-12:00', 'mon 25:00-26:00'])
      expect(parseHours(bad), bad).toBeNull();
    expect(parseHours('')).toEqual([]);
  });
  it('are written for people, Arabic spelling ranges out', () => {
    const hours = [
      {
        days: ['mon', 'tue', 'wed', 'thu', 'fri'] as ('mon' | 'tue' | 'wed' | 'thu' | 'fri')[],
        opens: '08:30',
        closes: '16:30',
      },
    ];
    expect(formatHours(hours, fr)).toBe('lun.–ven. 08:30–16:30');
    expect(formatHours(hours, ar)).toBe('من الاثنين إلى الجمعة، من 08:30 إلى 16:30');
    expect(formatHours(null, fr)).toBe(fr.t('procedures.hours.none'));
  });
});

describe('fees', () => {
  it('say free, unknown, or an amount', () => {
    expect(formatFee(0, fr)).toBe('Gratuit');
    expect(formatFee(null, fr)).toBe(fr.t('procedures.fee.unknown'));
    expect(formatFee(5, fr)).toMatch(/5,00/);
  });
});

describe('the staff form’s patch', () => {
  const base = {
    feeMad: '5',
    office: { ar: 'أ', fr: 'b', es: 'c' },
    hours: 'mon-fri 08:30-16:30',
    processingDays: '2',
    documents: 'أ | b | c',
    channels: 'counter' as const,
    electronicDelivery: false,
    useTemplate: {
      feeMad: false,
      office: false,
      hours: false,
      processingDays: false,
      documents: true,
      channels: true,
      electronicDelivery: true,
    },
  };
  it('sends values, and null for the fields that take the template', () => {
    const { patch, invalid } = patchOf({ ...base, feeMad: '7,5' });
    expect(invalid).toEqual([]);
    expect(patch).toMatchObject({
      feeMad: 7.5,
      processingDays: 2,
      documents: null,
      channels: null,
      electronicDelivery: null,
    });
  });
  it('names the fields that do not read', () => {
    expect(
      patchOf({ ...base, feeMad: 'abc', processingDays: '2.5', hours: 'lundi', office: { ar: '', fr: 'b', es: 'c' } })
        .invalid,
    ).toEqual(['feeMad', 'office', 'hours', 'processingDays']);
    expect(
      patchOf({ ...base, useTemplate: { ...base.useTemplate, documents: false }, documents: 'only one language' })
        .invalid,
    ).toEqual(['documents']);
  });
});
