import type { Db } from '@shabaka/db';
import { recordAudit } from '../audit';
import type { CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import { badRequest, conflict, notFound } from '../errors';
import { formatHours, findOverride, findTemplate, listTemplates } from '../procedures';
import * as repo from './repository';
import type { CreateServicePointInput, UpdateServicePointInput } from './schemas';

type Ctx = Pick<InnerContext, 'db' | 'clock' | 'events'>;
type Commune = Pick<CommuneRow, 'id' | 'slug'>;

/** What the portal, the map and the printed sheet show of a service point. */
export function publicServicePoint(p: repo.ServicePointRow) {
  return {
    id: p.id,
    code: p.code,
    kind: p.kind,
    names: p.names,
    address: p.address,
    location: { lat: p.lat, lon: p.lon },
    hours: p.hours,
    hoursText: { ar: formatHours(p.hours, 'ar'), fr: formatHours(p.hours, 'fr'), es: formatHours(p.hours, 'es') },
    services: p.services,
    accessibility: p.accessibility,
    /** Guessed values: the portal keeps them from citizens, the desk asks staff to check them. */
    toVerify: p.toVerify,
    phone: p.phone,
  };
}
export type PublicServicePoint = ReturnType<typeof publicServicePoint>;

export async function list(db: Db, commune: Commune, kind?: repo.ServicePointRow['kind']) {
  return (await repo.listPoints(db, commune.id, { kind })).map(publicServicePoint);
}

/** "Where do I do this?": the procedure as this commune offers it and the places that handle it. */
export async function forProcedure(db: Db, commune: Commune, code: string) {
  const t = await findTemplate(db, code);
  if (!t) throw notFound('unknown_procedure', `No procedure has the code "${code}".`);
  const [o, points] = await Promise.all([
    findOverride(db, commune.id, code),
    repo.pointsForProcedures(db, commune.id, [code]),
  ]);
  const hours = o?.hours ?? t.hours;
  return {
    procedure: { code, names: t.names, office: o?.office ?? t.office, hours, channels: o?.channels ?? t.channels },
    servicePoints: points.map(publicServicePoint),
  };
}

async function checkServices(db: Db, services: string[]) {
  const known = new Set((await listTemplates(db, { activeOnly: false })).map((t) => t.code));
  const unknown = services.filter((s) => !known.has(s));
  if (unknown.length > 0)
    throw badRequest('unknown_procedure', `Unknown procedure code(s): ${unknown.join(', ')}.`, 'services');
  return [...new Set(services)];
}

export async function create(ctx: Ctx, commune: Commune, input: CreateServicePointInput, actorId: string) {
  const services = await checkServices(ctx.db, input.services);
  if (await repo.findPointByCode(ctx.db, commune.id, input.code)) {
    throw conflict(
      'service_point_exists',
      `This commune already has a service point with the code "${input.code}".`,
      'code',
    );
  }
  const now = ctx.clock.now();
  const { location, code, ...rest } = input;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await repo.insertPoint(
      trx,
      commune.id,
      code,
      { ...rest, services, lat: location.lat, lon: location.lon },
      now,
    );
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'service_point.created',
      targetType: 'service_point',
      targetId: id,
      data: { code },
    });
    return id;
  });
  ctx.events.publish({ kind: 'service_point.changed', commune: commune.slug, data: { id, code } });
  return publicServicePoint((await repo.findPoint(ctx.db, commune.id, id))!);
}

export async function update(ctx: Ctx, commune: Commune, input: UpdateServicePointInput, actorId: string) {
  const services = input.patch.services ? await checkServices(ctx.db, input.patch.services) : undefined;
  const now = ctx.clock.now();
  const result = await ctx.db.transaction().execute(async (trx) => {
    const p = await repo.lockPoint(trx, commune.id, input.id);
    if (!p || p.deletedAt) throw notFound('unknown_service_point', 'No such service point in this commune.');
    const { location, services: _s, confirmed = [], ...patch } = input.patch;
    const next: repo.ServicePointValues = {
      kind: patch.kind ?? p.kind,
      names: patch.names ?? p.names,
      address: patch.address ?? p.address,
      lat: location?.lat ?? p.lat,
      lon: location?.lon ?? p.lon,
      hours: patch.hours ?? p.hours,
      services: services ?? p.services,
      accessibility: patch.accessibility !== undefined ? patch.accessibility : p.accessibility,
      phone: patch.phone !== undefined ? patch.phone : p.phone,
    };
    // A guess stops being one when staff say they checked it, or write their own value.
    const rewritten = (f: (typeof p.toVerify)[number]) => JSON.stringify(next[f]) !== JSON.stringify(p[f]);
    next.toVerify = p.toVerify.filter((f) => !confirmed.includes(f) && !rewritten(f));
    await repo.updatePoint(trx, commune.id, p.id, next, now);
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'service_point.updated',
      targetType: 'service_point',
      targetId: p.id,
      data: {
        code: p.code,
        changed: Object.keys(input.patch).filter((k) => (input.patch as Record<string, unknown>)[k] !== undefined),
      },
    });
    return p;
  });
  ctx.events.publish({
    kind: 'service_point.changed',
    commune: commune.slug,
    data: { id: result.id, code: result.code },
  });
  return publicServicePoint((await repo.findPoint(ctx.db, commune.id, result.id))!);
}

/** Soft deletion: the row stays with who, when and why. */
export async function remove(ctx: Ctx, commune: Commune, id: string, reason: string, actorId: string) {
  const now = ctx.clock.now();
  const p = await ctx.db.transaction().execute(async (trx) => {
    const p = await repo.lockPoint(trx, commune.id, id);
    if (!p || p.deletedAt) throw notFound('unknown_service_point', 'No such service point in this commune.');
    await repo.softDeletePoint(trx, commune.id, id, actorId, reason, now);
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'service_point.removed',
      targetType: 'service_point',
      targetId: id,
      data: { code: p.code, reason },
    });
    return p;
  });
  ctx.events.publish({ kind: 'service_point.changed', commune: commune.slug, data: { id, code: p.code } });
  return { id, code: p.code, removedAt: now };
}
