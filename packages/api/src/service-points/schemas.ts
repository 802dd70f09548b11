import { SERVICE_POINT_KINDS, SERVICE_POINT_UNCERTAIN } from '@shabaka/db/enums';
import { z } from 'zod';
import { localizedText, openingHours, phone, procedureCode, text } from '../fields';

export const servicePointCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9-]{1,59}$/, { message: 'A service point code is 2–60 lowercase letters, digits or dashes' });

const location = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

/**
 * An optional text in the three languages: null, or all three written (each box that is empty
 * says so under its own path, `address.es`), so citizens never read a place half translated.
 */
const optionalLocalized = (max: number, what: string) => {
  const one = text(max).min(1, {
    message: `Write the ${what} in Arabic, French and Spanish, or leave all three empty`,
  });
  return z.object({ ar: one, fr: one, es: one }).nullable();
};

const fields = {
  kind: z.enum(SERVICE_POINT_KINDS),
  names: localizedText(200),
  /** The street address; null until staff know it (no neighbourhood passed off as an address). */
  address: optionalLocalized(300, 'street address'),
  /** How to get there: a landmark, a bus line. */
  directions: optionalLocalized(500, 'directions'),
  location,
  /** Opening periods; none when the commune has not said. */
  hours: openingHours,
  services: z.array(procedureCode).max(100, { message: 'List at most 100 procedures' }),
  accessibility: optionalLocalized(1000, 'accessibility note'),
  /** Moroccan numbers as people write them (0539 …, +212 5 39 …), checked by libphonenumber. */
  phone: phone.nullable(),
};

export const listInput = z.object({ kind: z.enum(SERVICE_POINT_KINDS).optional() });
export const forProcedureInput = z.object({ code: procedureCode });
export const idInput = z.object({ id: z.uuid() });

export const createInput = z.object({
  code: servicePointCode,
  ...fields,
  address: fields.address.default(null),
  directions: fields.directions.default(null),
  hours: fields.hours.default([]),
  services: fields.services.default([]),
  accessibility: fields.accessibility.default(null),
  phone: fields.phone.default(null),
});
export type CreateServicePointInput = z.infer<typeof createInput>;

export const updateInput = z.object({
  id: z.uuid(),
  patch: z
    .strictObject({
      kind: fields.kind.optional(),
      names: fields.names.optional(),
      address: fields.address.optional(),
      directions: fields.directions.optional(),
      location: fields.location.optional(),
      hours: fields.hours.optional(),
      services: fields.services.optional(),
      accessibility: fields.accessibility.optional(),
      phone: fields.phone.optional(),
      /** Guessed values staff have checked on site and keep as they are. */
      confirmed: z.array(z.enum(SERVICE_POINT_UNCERTAIN)).max(SERVICE_POINT_UNCERTAIN.length).optional(),
    })
    .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'Change at least one field' }),
});
export type UpdateServicePointInput = z.infer<typeof updateInput>;

export const removeInput = z.object({
  id: z.uuid(),
  reason: z.string().trim().min(5, { message: 'Say why this service point is removed' }).max(500),
});
