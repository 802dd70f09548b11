import type { Localized } from '@shabaka/db';
import type { DatasetField, FieldConstraints } from '../spec';

/** A text in the three languages, in column order. */
export const L = (ar: string, fr: string, es: string): Localized => ({ ar, fr, es });

/** A month in Morocco's calendar, `YYYY-MM` (Table Schema has no month type we publish). */
export const monthField = (description: Localized, constraints: FieldConstraints = {}): DatasetField => ({
  name: 'month',
  type: 'string',
  title: L('الشهر', 'Mois', 'Mes'),
  description,
  constraints: { required: true, ...constraints, pattern: '[0-9]{4}-(0[1-9]|1[0-2])' },
});

/** An amount in dirhams, never negative. */
export const madField = (name: string, title: Localized, description: Localized): DatasetField => ({
  name,
  type: 'number',
  title,
  description,
  constraints: { required: true, minimum: 0 },
});
