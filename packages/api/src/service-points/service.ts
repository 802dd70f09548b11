import { isDeepStrictEqual } from 'node:util';
import type { Db } from '@shabaka/db';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { recordAudit } from '../audit';
import type { CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import { badRequest, conflict, notFound } from '../errors';
import { formatHours, findOverride, findTemplate, listTemplates } from '../procedures';
import * as repo from './repository';
import type { CreateServicePointInput, UpdateServicePointInput } from './schemas';

type Ctx = Pick<InnerContext, 'db' | 'clock' | 'events'>;
type Commune = Pick<CommuneRow, 'id' | 'slug'>;

const hoursText = (hours: repo.ServicePointRow['hours']) => ({
  ar: formatHours(hours, 'ar'),
  fr: formatHours(hours, 'fr'),
  es: formatHours(hours, 'es'),
});

/** The number for a `tel:` link (+212539986000), whatever the way staff typed it. */
const dialable = (phone: string | null) => (phone ? (parsePhoneNumberFromString(phone, 'MA')?.number ?? null) : null);

/**
 * What the portal, the map, the printed sheet and the SDK show of a service point: only what
 * staff wrote or confirmed. A value still seeded as a guess (`toVerify`) is left out, as if
 * empty, so no one reads opening hours nobody observed; the desk reads `staffServicePoint`.
 * Every optional field is null (or no hours) until staff fill it: the portal shows a field
 * only when it has a value.
 */
export function publicServicePoint(p: repo.ServicePointRow) {
  const guessed = (f: (typeof p.toVerify)[number]) => p.toVerify.includes(f);
  const hours = guessed('hours') ? [] : p.hours;
  return {
    id: p.id,
    code: p.code,
    kind: p.kind,
    names: p.names,
    address: p.address,
    directions: p.directions,
    location: { lat: p.lat, lon: p.lon },
    hours,
    hoursText: hoursText(hours),
    services: p.services,
    accessibility: guessed('accessibility') ? null : p.accessibility,
    phone: p.phone,
    /** The phone in international form, for `tel:` links. */
    phoneE164: dialable(p.phone),
  };
}
export type PublicServicePoint = ReturnType<typeof publicServicePoint>;

/** The desk's view: every value, the guesses too, and which ones staff still have to check. */
export function staffServicePoint(p: repo.ServicePointRow) {
  return {
    ...publicServicePoint(p),
    hours: p.hours,
    hoursText: hoursText(p.hours),
    accessibility: p.accessibility,
    /** Values seeded as guesses: citizens do not see them until staff confirm or rewrite them. */
    toVerify: p.toVerify,
  };
}

export async function list(db: Db, commune: Commune, kind?: repo.ServicePointRow['kind']) {
  return (await repo.listPoints(db, commune.id, { kind })).map(publicServicePoint);
}

export async function staffList(db: Db, commune: Commune) {
  return (await repo.listPoints(db, commune.id)).map(staffServicePoint);
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
  return staffServicePoint((await repo.findPoint(ctx.db, commune.id, id))!);
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
      address: patch.address !== undefined ? patch.address : p.address,
      directions: patch.directions !== undefined ? patch.directions : p.directions,
      lat: location?.lat ?? p.lat,
      lon: location?.lon ?? p.lon,
      hours: patch.hours ?? p.hours,
      services: services ?? p.services,
      accessibility: patch.accessibility !== undefined ? patch.accessibility : p.accessibility,
      phone: patch.phone !== undefined ? patch.phone : p.phone,
    };
    // A guess stops being one when staff say they checked it, or write their own value.
    // Compared as values: jsonb hands keys back in its own order ({ar, es, fr}), a form sends its own.
    const rewritten = (f: (typeof p.toVerify)[number]) => !isDeepStrictEqual(next[f], p[f]);
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
  return staffServicePoint((await repo.findPoint(ctx.db, commune.id, result.id))!);
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
