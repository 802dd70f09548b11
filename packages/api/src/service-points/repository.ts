import type { Db, Localized, OpeningHours, ServicePointKind, ServicePointUncertain } from '@shabaka/db';
import { sql } from 'kysely';

const COLUMNS = [
  'id',
  'code',
  'kind',
  'names',
  'address',
  'directions',
  'lat',
  'lon',
  'hours',
  'services',
  'accessibility',
  'toVerify',
  'phone',
  'updatedAt',
  'deletedAt',
  'deletedReason',
] as const;

export interface ServicePointRow {
  id: string;
  code: string;
  kind: ServicePointKind;
  names: Localized;
  address: Localized | null;
  directions: Localized | null;
  lat: number;
  lon: number;
  hours: OpeningHours;
  services: string[];
  accessibility: Localized | null;
  toVerify: ServicePointUncertain[];
  phone: string | null;
  updatedAt: Date;
  deletedAt: Date | null;
  deletedReason: string | null;
}

export function listPoints(db: Db, communeId: string, f: { kind?: ServicePointKind | undefined } = {}) {
  let q = db
    .selectFrom('servicePoints')
    .select(COLUMNS)
    .where('communeId', '=', communeId)
    .where('deletedAt', 'is', null);
  if (f.kind) q = q.where('kind', '=', f.kind);
  return q.orderBy('kind').orderBy('code').execute() as Promise<ServicePointRow[]>;
}

/** Service points offering any of these procedures (jsonb containment, served by the GIN index). */
export function pointsForProcedures(db: Db, communeId: string, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([] as ServicePointRow[]);
  return db
    .selectFrom('servicePoints')
    .select(COLUMNS)
    .where('communeId', '=', communeId)
    .where('deletedAt', 'is', null)
    .where(
      sql<boolean>`(${sql.join(
        codes.map((c) => sql`services @> ${JSON.stringify([c])}::jsonb`),
        sql` or `,
      )})`,
    )
    .orderBy('kind')
    .orderBy('code')
    .execute() as Promise<ServicePointRow[]>;
}

export function findPoint(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('servicePoints')
    .select(COLUMNS)
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirst() as Promise<ServicePointRow | undefined>;
}

export function lockPoint(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('servicePoints')
    .select(COLUMNS)
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst() as Promise<ServicePointRow | undefined>;
}

export function findPointByCode(db: Db, communeId: string, code: string) {
  return db
    .selectFrom('servicePoints')
    .select(['id', 'deletedAt'])
    .where('communeId', '=', communeId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export interface ServicePointValues {
  kind: ServicePointKind;
  names: Localized;
  address: Localized | null;
  directions: Localized | null;
  lat: number;
  lon: number;
  hours: OpeningHours;
  services: string[];
  accessibility: Localized | null;
  phone: string | null;
  /** Values still guessed (a new point has none: staff wrote every value). */
  toVerify?: ServicePointUncertain[];
}

const jsonOrNull = (v: unknown) => (v === null ? null : JSON.stringify(v));

const values = (v: ServicePointValues) => ({
  kind: v.kind,
  names: JSON.stringify(v.names),
  address: jsonOrNull(v.address),
  directions: jsonOrNull(v.directions),
  lat: v.lat,
  lon: v.lon,
  hours: JSON.stringify(v.hours),
  services: JSON.stringify(v.services),
  accessibility: jsonOrNull(v.accessibility),
  phone: v.phone,
  toVerify: JSON.stringify(v.toVerify ?? []),
});

export function insertPoint(db: Db, communeId: string, code: string, v: ServicePointValues, at: Date) {
  return db
    .insertInto('servicePoints')
    .values({ communeId, code, ...values(v), createdAt: at, updatedAt: at })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updatePoint(db: Db, communeId: string, id: string, v: ServicePointValues, at: Date) {
  await db
    .updateTable('servicePoints')
    .set({ ...values(v), updatedAt: at })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

export async function softDeletePoint(db: Db, communeId: string, id: string, by: string, reason: string, at: Date) {
  await db
    .updateTable('servicePoints')
    .set({ deletedAt: at, deletedBy: by, deletedReason: reason, updatedAt: at })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}
