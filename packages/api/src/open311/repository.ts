import type { Db, Localized } from '@shabaka/db';
import { OPEN_STAGES } from '../complaints';
import type { ListFilter } from './mapping';

/** Categories (Open311 services) with the department they are routed to. */
export function servicesOf(db: Db, communeId: string, opts: { codes?: string[]; activeOnly: boolean }) {
  let q = db
    .selectFrom('complaintCategories as cat')
    .leftJoin('departments as dept', (j) =>
      j.onRef('dept.communeId', '=', 'cat.communeId').onRef('dept.id', '=', 'cat.departmentId'),
    )
    .select(['cat.id', 'cat.code', 'cat.names', 'dept.names as departmentNames'])
    .where('cat.communeId', '=', communeId);
  if (opts.activeOnly) q = q.where('cat.active', '=', true);
  if (opts.codes !== undefined) {
    if (opts.codes.length === 0) return Promise.resolve([]);
    q = q.where('cat.code', 'in', opts.codes);
  }
  return q
    .orderBy('cat.position')
    .orderBy('cat.code')
    .execute()
    .then((rows) =>
      rows.map((r) => ({ ...r, names: r.names as Localized, departmentNames: r.departmentNames as Localized | null })),
    );
}

/** Service requests of one commune, newest first, with their category and department. */
export async function requests(
  db: Db,
  communeId: string,
  f: ListFilter & { categoryIds?: string[] | undefined },
  limit: number,
) {
  let q = db
    .selectFrom('complaints as c')
    .innerJoin('complaintCategories as cat', (j) =>
      j.onRef('cat.communeId', '=', 'c.communeId').onRef('cat.id', '=', 'c.categoryId'),
    )
    .leftJoin('departments as dept', (j) =>
      j.onRef('dept.communeId', '=', 'c.communeId').onRef('dept.id', '=', 'c.departmentId'),
    )
    .select([
      'c.id',
      'c.code',
      'c.stage',
      'c.description',
      'c.publicDescription',
      'c.descriptionRedactedAt',
      'c.lat',
      'c.lon',
      'c.createdAt',
      'c.updatedAt',
      'c.answerDueAt',
      'c.referredTo',
      'cat.code as categoryCode',
      'cat.names as categoryNames',
      'dept.names as departmentNames',
    ])
    .where('c.communeId', '=', communeId);
  if (f.codes.length > 0) q = q.where('c.code', 'in', f.codes);
  if (f.categoryIds) q = q.where('c.categoryId', 'in', f.categoryIds);
  if (f.from) q = q.where('c.createdAt', '>=', f.from);
  if (f.to) q = q.where('c.createdAt', '<=', f.to);
  if (f.open !== undefined) q = q.where('c.stage', f.open ? 'in' : 'not in', [...OPEN_STAGES]);
  const rows = await q.orderBy('c.createdAt', 'desc').orderBy('c.code', 'desc').limit(limit).execute();
  const ids = rows.map((r) => r.id);
  const [photos, notes] = await Promise.all([
    firstVisiblePhotos(db, communeId, ids),
    latestPublicNotes(db, communeId, ids),
  ]);
  return rows.map((r) => ({
    ...r,
    categoryNames: r.categoryNames as Localized,
    departmentNames: r.departmentNames as Localized | null,
    photoId: photos.get(r.id) ?? null,
    publicNote: notes.get(r.id) ?? null,
  }));
}

/** complaint id → the latest note staff wrote for the public (the tracking page's timeline shows the same). */
async function latestPublicNotes(db: Db, communeId: string, complaintIds: string[]) {
  const out = new Map<string, string>();
  if (complaintIds.length === 0) return out;
  const rows = await db
    .selectFrom('complaintEvents')
    .select(['complaintId', 'publicNote'])
    .distinctOn('complaintId')
    .where('communeId', '=', communeId)
    .where('complaintId', 'in', complaintIds)
    .where('publicNote', 'is not', null)
    .where('publicNote', '!=', '')
    .orderBy('complaintId')
    .orderBy('at', 'desc')
    .orderBy('seq', 'desc')
    .execute();
  for (const r of rows) if (r.publicNote) out.set(r.complaintId, r.publicNote);
  return out;
}

/** complaint id → its first photo in the 'visible' state; hidden or removed photos never qualify. */
async function firstVisiblePhotos(db: Db, communeId: string, complaintIds: string[]) {
  const out = new Map<string, string>();
  if (complaintIds.length === 0) return out;
  const rows = await db
    .selectFrom('complaintAttachments')
    .select(['id', 'complaintId'])
    .where('communeId', '=', communeId)
    .where('complaintId', 'in', complaintIds)
    .where('kind', '=', 'photo')
    .where('state', '=', 'visible')
    .orderBy('position')
    .execute();
  for (const r of rows) if (!out.has(r.complaintId)) out.set(r.complaintId, r.id);
  return out;
}

export function codeById(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('complaints')
    .select(['id', 'code'])
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirst();
}
