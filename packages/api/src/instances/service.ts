import type { Db, Localized, MemberCategory } from '@shabaka/db';
import { recordAudit } from '../audit';
import { addMonths, localDate } from '../calendar';
import { allocateCode, caseQueue, moveCase, moveStateCount, recordEntry, transition, withLockedCase } from '../cases';
import { findCommuneBySlug, listCommunes, type CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import * as documents from '../documents';
import { badRequest, conflict, notFound } from '../errors';
import { observationCase, recommendationCase, tellAddressed } from './case';
import { minutesFields, rulesFields } from './documents';
import * as repo from './repository';
import type { InstanceInput, MemberInput, RecommendationInput } from './schemas';

type Ctx = Pick<InnerContext, 'db' | 'clock' | 'events'>;
type SignedCtx = Ctx & Pick<InnerContext, 'signing'>;

/**
 * Who manages an instance. A commune's instances are its staff's (`instances:manage` in that commune); the
 * network's are kept under their seat commune's id (tenant tables lead with commune_id, and the seat commune's
 * prefix numbers their signed documents) but managed by network coordinators only (`committee:manage`): each
 * side finds only its own scope, so a commune's staff cannot touch the committee through their commune.
 */
export type Owner = { scope: 'commune'; commune: Pick<CommuneRow, 'id' | 'slug'> } | { scope: 'network' };

const unknownInstance = () => notFound('unknown_instance', 'No such instance.');

export async function instanceOf(db: Db, owner: Owner, id: string) {
  const row =
    owner.scope === 'commune'
      ? await repo.findCommuneInstance(db, owner.commune.id, id)
      : await repo.findNetworkInstance(db, id);
  if (!row) throw unknownInstance();
  return row;
}

async function communeById(db: Db, id: string) {
  const c = (await listCommunes(db)).find((x) => x.id === id);
  if (!c) throw notFound('unknown_commune', 'Unknown commune.');
  return c;
}

async function communeBySlug(ctx: Ctx, slug: string, field: string) {
  const c = await findCommuneBySlug(ctx.db, slug);
  if (!c) throw badRequest('unknown_commune', `Unknown commune "${slug}".`, field);
  return c;
}

// ——— Instances ———

/** What anyone reads of an instance. */
function publicInstance(i: repo.InstanceRow, seat: { slug: string }) {
  return {
    id: i.id,
    scope: i.scope,
    kind: i.kind,
    seat: seat.slug,
    name: i.name,
    mandate: i.mandate,
    legalBasis: i.legalBasis,
    composition: {
      seatsTotal: i.seatsTotal,
      seatsCivilSociety: i.seatsCivilSociety,
      seatsElected: i.seatsElected,
      seatsAdministration: i.seatsAdministration,
      minWomenPercent: i.minWomenPercent,
      termMonths: i.termMonths,
    },
    rules: i.rules,
    rulesDocument: i.rulesCode ? { code: i.rulesCode, verifyPath: `/verify/${i.rulesCode}` } : null,
    published: i.publishedAt !== null,
  };
}

/** A commune portal's instances: its own and the network's (the committee shows on every portal). */
export async function list(ctx: Ctx, communeId: string | null, drafts = false) {
  const [rows, communes] = await Promise.all([repo.listInstances(ctx.db, communeId, drafts), listCommunes(ctx.db)]);
  const slug = new Map(communes.map((c) => [c.id, c.slug]));
  return rows.map((r) => publicInstance(r, { slug: slug.get(r.communeId) ?? '' }));
}

export async function save(
  ctx: Ctx,
  owner: Owner,
  input: InstanceInput & { seat?: string | undefined },
  actorId: string,
) {
  const now = ctx.clock.now();
  const { id, seat, ...given } = input;
  // Only the instance's own fields (a commune procedure's input carries its slug too).
  const values = {
    kind: given.kind,
    name: given.name,
    mandate: given.mandate,
    legalBasis: given.legalBasis,
    seatsTotal: given.seatsTotal,
    seatsCivilSociety: given.seatsCivilSociety,
    seatsElected: given.seatsElected,
    seatsAdministration: given.seatsAdministration,
    minWomenPercent: given.minWomenPercent,
    termMonths: given.termMonths,
    rules: given.rules,
  };
  // The network's committee sits in one commune (its secretariat): its documents carry that prefix. Resolved
  // before the transaction (PGlite's one connection).
  const seatId =
    owner.scope === 'commune' ? owner.commune.id : seat ? (await communeBySlug(ctx, seat, 'seat')).id : null;
  return ctx.db.transaction().execute(async (trx) => {
    let row: repo.InstanceRow;
    if (id) {
      const existing = await instanceOf(trx, owner, id);
      await repo.updateInstance(trx, existing.communeId, id, {
        ...values,
        rules: values.rules ?? null,
        updatedAt: now,
      });
      row = (await instanceOf(trx, owner, id))!;
    } else {
      if (!seatId) throw badRequest('unknown_commune', 'Choose the commune that keeps the secretariat.', 'seat');
      row = await repo.insertInstance(trx, seatId, {
        ...values,
        rules: values.rules ?? null,
        scope: owner.scope,
        createdBy: actorId,
        createdAt: now,
        updatedAt: now,
      });
    }
    await recordAudit(trx, {
      communeId: row.communeId,
      actorId,
      action: 'instances.saved',
      targetType: 'instance',
      targetId: row.id,
      data: { scope: row.scope },
    });
    return { id: row.id };
  });
}

export async function publish(ctx: Ctx, owner: Owner, id: string, actorId: string) {
  const i = await instanceOf(ctx.db, owner, id);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateInstance(trx, i.communeId, id, { publishedAt: i.publishedAt ?? ctx.clock.now() });
    await recordAudit(trx, {
      communeId: i.communeId,
      actorId,
      action: 'instances.published',
      targetType: 'instance',
      targetId: id,
    });
  });
  return { id };
}

/**
 * The internal rules, signed (Ed25519, documents domain) and verifiable at /verify/<code>: one document per
 * version of the rules (the key names the instance and when its text last changed).
 */
export async function issueRules(ctx: SignedCtx, owner: Owner, id: string, actorId: string) {
  const i = await instanceOf(ctx.db, owner, id);
  if (!i.rules) throw badRequest('rules_missing', 'Write the internal rules first.', 'rules');
  const seat = await communeById(ctx.db, i.communeId);
  const doc = await documents.issue(ctx, seat, actorId, {
    template: 'instance_rules',
    language: 'both',
    delivery: 'electronic',
    recipient: { name: i.name.fr },
    fields: rulesFields(i),
    idempotencyKey: `instance:${i.id}:rules:${i.updatedAt.getTime()}`,
  });
  await repo.updateInstance(ctx.db, i.communeId, id, { rulesCode: doc.code });
  return { code: doc.code, verifyPath: doc.verifyPath, downloadPath: doc.downloadPath };
}

// ——— Members and quotas ———

/** What anyone reads of a member: name, seat, term and declaration of interest — never the contact details. */
function publicMember(m: repo.MemberRow) {
  return {
    id: m.id,
    name: m.name,
    sex: m.sex,
    category: m.category,
    organisation: m.organisation,
    role: m.role,
    termStartsOn: m.termStartsOn,
    termEndsOn: m.termEndsOn,
    leftOn: m.leftOn,
    declaration: m.declaration,
    declaredOn: m.declaredOn,
  };
}

const SEATS: Record<MemberCategory, 'seatsCivilSociety' | 'seatsElected' | 'seatsAdministration'> = {
  civil_society: 'seatsCivilSociety',
  elected: 'seatsElected',
  administration: 'seatsAdministration',
};

/**
 * The composition's rules, checked when a member is added, on the first day of their term, against the members
 * sitting that day. Refused, not warned: the public list must never show more seats than the internal rules give,
 * and a composition that can no longer reach the women's share (113-14 art. 120's gender approach; the
 * constitution's parity, art. 19) would have to be undone by removing someone. A seat per category is full at
 * its quota; a man is refused when the seats left could not seat the women the share asks for.
 */
export function checkComposition(
  i: Pick<
    repo.InstanceRow,
    'seatsTotal' | 'seatsCivilSociety' | 'seatsElected' | 'seatsAdministration' | 'minWomenPercent'
  >,
  sitting: readonly { sex: string; category: string }[],
  add: { sex: string; category: MemberCategory },
) {
  if (sitting.length >= i.seatsTotal)
    throw conflict('seats_full', 'Every seat of the instance is taken.', 'termStartsOn');
  const quota = i[SEATS[add.category]];
  if (sitting.filter((m) => m.category === add.category).length >= quota)
    throw conflict('quota_full', `The ${quota} seat(s) of this category are taken.`, 'category');
  const womenNeeded = Math.ceil((i.seatsTotal * i.minWomenPercent) / 100);
  const men = sitting.filter((m) => m.sex === 'man').length;
  if (add.sex === 'man' && men + 1 > i.seatsTotal - womenNeeded)
    throw conflict(
      'parity_at_risk',
      `${womenNeeded} of the ${i.seatsTotal} seats are kept for women; no other seat is left for a man.`,
      'sex',
    );
}

export async function addMember(ctx: Ctx, owner: Owner, input: MemberInput, actorId: string) {
  const i = await instanceOf(ctx.db, owner, input.instanceId);
  const termEndsOn = input.termEndsOn ?? addMonths(input.termStartsOn, i.termMonths);
  if (termEndsOn <= input.termStartsOn)
    throw badRequest('invalid_transition', 'A term ends after it starts.', 'termEndsOn');
  return ctx.db.transaction().execute(async (trx) => {
    await repo.lockInstance(trx, i.communeId, i.id);
    checkComposition(i, await repo.sittingMembers(trx, i.communeId, i.id, input.termStartsOn), input);
    const m = await repo.insertMember(trx, {
      communeId: i.communeId,
      instanceId: i.id,
      name: input.name,
      sex: input.sex,
      category: input.category,
      organisation: input.organisation ?? null,
      role: input.role,
      termStartsOn: input.termStartsOn,
      termEndsOn,
      declaration: input.declaration,
      declaredOn: input.declaredOn,
      email: input.email ?? null,
      phone: input.phone ?? null,
      createdBy: actorId,
      createdAt: ctx.clock.now(),
    });
    await recordAudit(trx, {
      communeId: i.communeId,
      actorId,
      action: 'instances.member_added',
      targetType: 'instance',
      targetId: i.id,
      data: { member: m.id, category: m.category },
    });
    return publicMember(m);
  });
}

export async function endMember(ctx: Ctx, owner: Owner, input: { id: string; leftOn: string }, actorId: string) {
  // Any instance of the owner: found through the member's instance.
  const communeId = owner.scope === 'commune' ? owner.commune.id : null;
  const member = await repo.memberById(ctx.db, communeId, input.id);
  if (!member) throw notFound('unknown_member', 'No such member.');
  await instanceOf(ctx.db, owner, member.instanceId);
  return ctx.db.transaction().execute(async (trx) => {
    const m = await repo.endMember(trx, member.communeId, member.id, input.leftOn);
    await recordAudit(trx, {
      communeId: member.communeId,
      actorId,
      action: 'instances.member_left',
      targetType: 'instance',
      targetId: member.instanceId,
      data: { member: member.id, leftOn: input.leftOn },
    });
    return publicMember(m!);
  });
}

/** The managers' view of the members: the public fields and the private contact details. */
export async function membersForStaff(ctx: Ctx, owner: Owner, instanceId: string) {
  const i = await instanceOf(ctx.db, owner, instanceId);
  return (await repo.listMembers(ctx.db, i.communeId, i.id)).map((m) => ({
    ...publicMember(m),
    email: m.email,
    phone: m.phone,
  }));
}

// ——— Meetings ———

function publicMeeting(m: repo.MeetingRow, members: Map<string, string>) {
  const a = m.attendance;
  return {
    id: m.id,
    startsAt: m.startsAt,
    place: m.place,
    agenda: m.agenda,
    attendance: a ? { present: a.present.map((id) => members.get(id) ?? '').filter(Boolean), guests: a.guests } : null,
    decisions: m.decisions,
    minutes: m.minutesCode ? m.minutes : null,
    minutesDocument: m.minutesCode ? { code: m.minutesCode, verifyPath: `/verify/${m.minutesCode}` } : null,
  };
}

export async function saveMeeting(
  ctx: Ctx,
  owner: Owner,
  input: { instanceId: string; id?: string | undefined; startsAt: Date; place: string; agenda: unknown[] },
  actorId: string,
) {
  const i = await instanceOf(ctx.db, owner, input.instanceId);
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    let id = input.id;
    if (id) {
      const m = await repo.findMeeting(trx, i.communeId, id);
      if (!m || m.instanceId !== i.id) throw notFound('unknown_meeting', 'No such meeting.');
      if (m.minutesCode) throw conflict('minutes_issued', 'The minutes are signed: the meeting is final.');
      await repo.updateMeeting(trx, i.communeId, id, {
        startsAt: input.startsAt,
        place: input.place,
        agenda: input.agenda,
        updatedAt: now,
      });
    } else {
      id = (
        await repo.insertMeeting(trx, {
          communeId: i.communeId,
          instanceId: i.id,
          startsAt: input.startsAt,
          place: input.place,
          agenda: input.agenda,
          createdBy: actorId,
          createdAt: now,
          updatedAt: now,
        })
      ).id;
    }
    await recordAudit(trx, {
      communeId: i.communeId,
      actorId,
      action: 'instances.meeting_saved',
      targetType: 'instance',
      targetId: i.id,
      data: { meeting: id },
    });
    return { id };
  });
}

async function meetingOf(ctx: Ctx, owner: Owner, id: string) {
  const communeId = owner.scope === 'commune' ? owner.commune.id : null;
  const m = await repo.meetingById(ctx.db, communeId, id);
  if (!m) throw notFound('unknown_meeting', 'No such meeting.');
  const i = await instanceOf(ctx.db, owner, m.instanceId);
  return { m, i };
}

/** After the meeting: who attended (members of the instance only), its decisions and the minutes' text. */
export async function recordMeeting(
  ctx: Ctx,
  owner: Owner,
  input: { id: string; present: string[]; guests: number; decisions: unknown[]; minutes: string },
  actorId: string,
) {
  const { m, i } = await meetingOf(ctx, owner, input.id);
  if (m.minutesCode) throw conflict('minutes_issued', 'The minutes are signed: the meeting is final.');
  if (m.startsAt.getTime() > ctx.clock.now().getTime())
    throw conflict('meeting_not_held', 'This meeting has not taken place yet.');
  const members = new Set((await repo.listMembers(ctx.db, i.communeId, i.id)).map((x) => x.id));
  const stranger = input.present.findIndex((id) => !members.has(id));
  if (stranger >= 0) throw badRequest('unknown_member', 'Not a member of this instance.', `present.${stranger}`);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateMeeting(trx, m.communeId, m.id, {
      attendance: { present: [...new Set(input.present)], guests: input.guests },
      decisions: input.decisions,
      minutes: input.minutes,
      updatedAt: ctx.clock.now(),
    });
    await recordAudit(trx, {
      communeId: m.communeId,
      actorId,
      action: 'instances.meeting_recorded',
      targetType: 'instance',
      targetId: i.id,
      data: { meeting: m.id, present: input.present.length },
    });
  });
  return { id: m.id };
}

/**
 * The signed minutes (Ed25519, documents domain; verifiable at /verify/<code>): the instance, the day and place,
 * the agenda, who attended, the decisions and the text. Idempotent by the meeting; once signed, final.
 */
export async function issueMinutes(ctx: SignedCtx, owner: Owner, id: string, actorId: string) {
  const { m, i } = await meetingOf(ctx, owner, id);
  if (m.minutesCode) return { code: m.minutesCode, verifyPath: `/verify/${m.minutesCode}` };
  if (!m.minutes || !m.attendance) throw badRequest('minutes_missing', 'Record the meeting first.', 'minutes');
  const members = await repo.listMembers(ctx.db, i.communeId, i.id);
  const seat = await communeById(ctx.db, i.communeId);
  const doc = await documents.issue(ctx, seat, actorId, {
    template: 'instance_minutes',
    language: 'both',
    delivery: 'electronic',
    recipient: { name: i.name.fr },
    fields: minutesFields(i, m, members),
    idempotencyKey: `instance-meeting:${m.id}:minutes`,
  });
  await repo.updateMeeting(ctx.db, m.communeId, m.id, { minutesCode: doc.code, updatedAt: ctx.clock.now() });
  return { code: doc.code, verifyPath: doc.verifyPath };
}

// ——— Recommendations ———

type RecommendationListed = Awaited<ReturnType<typeof repo.instanceRecommendations>>[number];

/** A recommendation as the public reads it: the text, the addressed commune, the answer with its reasons, progress. */
function publicRecommendation(
  r: repo.RecommendationRow & Partial<Pick<RecommendationListed, 'communeSlug' | 'communeNames'>>,
  reports: { at: Date; percent: number; text: string }[],
) {
  return {
    id: r.id,
    code: r.code,
    commune: r.communeSlug ?? null,
    communeNames: r.communeNames ?? null,
    service: r.service,
    title: r.title,
    body: r.body,
    state: r.state,
    adoptedAt: r.adoptedAt,
    answerDueAt: r.answerDueAt,
    answer: r.answer,
    reasons: r.answerText,
    answeredAt: r.answeredAt,
    progress: r.progress,
    reports,
    closedAt: r.closedAt,
  };
}
export type PublicRecommendation = ReturnType<typeof publicRecommendation>;

async function withReports<R extends repo.RecommendationRow>(db: Db, rows: R[]) {
  const events = await repo.progressReports(
    db,
    rows.map((r) => ({ communeId: r.communeId, id: r.id })),
  );
  return rows.map((r) =>
    publicRecommendation(
      r,
      events
        .filter((e) => e.recommendationId === r.id)
        .map((e) => ({ at: e.at, percent: Number(e.data.percent ?? 0), text: e.publicNote ?? '' })),
    ),
  );
}

/** An instance drafts a recommendation: to any commune for the network's committee, to its own for a commune's. */
export async function draftRecommendation(ctx: Ctx, owner: Owner, input: RecommendationInput, actorId: string) {
  const i = await instanceOf(ctx.db, owner, input.instanceId);
  let addressed: Pick<CommuneRow, 'id' | 'slug' | 'codePrefix'>;
  if (i.scope === 'network') {
    if (!input.addressedTo)
      throw badRequest('unknown_commune', 'Choose the commune it is addressed to.', 'addressedTo');
    addressed = await communeBySlug(ctx, input.addressedTo, 'addressedTo');
  } else {
    addressed = await communeById(ctx.db, i.communeId);
    if (input.addressedTo && input.addressedTo !== addressed.slug)
      throw badRequest('unknown_commune', 'A commune’s instance addresses its own commune.', 'addressedTo');
  }
  if (input.meetingId) {
    const m = await repo.findMeeting(ctx.db, i.communeId, input.meetingId);
    if (!m || m.instanceId !== i.id)
      throw badRequest('unknown_meeting', 'Not a meeting of this instance.', 'meetingId');
  }
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const code = await allocateCode(trx, addressed, 'recommendation', now);
    const r = await repo.insertRecommendation(trx, {
      communeId: addressed.id,
      code,
      instanceCommuneId: i.communeId,
      instanceId: i.id,
      service: input.service ?? null,
      meetingId: input.meetingId ?? null,
      title: input.title,
      body: input.body,
      // Counted from adoption (`adopt`).
      answerDays: input.answerDays,
      answerDueAt: null,
      answerText: null,
      createdBy: actorId,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(trx, {
      communeId: addressed.id,
      actorId,
      action: 'recommendation.drafted',
      targetType: 'recommendation',
      targetId: r.id,
      data: { code },
    });
    return { id: r.id, code };
  });
}

/** The instance's case in the addressed commune, checked to be one of this owner's instances. */
async function instanceCase<T extends { instanceCommuneId: string; instanceId: string }>(
  ctx: Ctx,
  owner: Owner,
  find: (communeId: string) => Promise<T | undefined>,
  addressedTo: string,
  unknown: () => Error,
) {
  const commune = await communeBySlug(ctx, addressedTo, 'addressedTo');
  if (owner.scope === 'commune' && commune.id !== owner.commune.id) throw unknown();
  const row = await find(commune.id);
  if (!row) throw unknown();
  const i = await instanceOf(ctx.db, owner, row.instanceId).catch(() => {
    throw unknown();
  });
  if (i.communeId !== row.instanceCommuneId) throw unknown();
  return { commune, row, instance: i };
}

const unknownRecommendation = () =>
  notFound('unknown_recommendation', 'No such recommendation of this instance to this commune.');

/** Adoption: the recommendation becomes public and the commune's answer is due `answerDays` days later. */
export async function adopt(ctx: Ctx, owner: Owner, input: { addressedTo: string; id: string }, actorId: string) {
  const { commune, row } = await instanceCase(
    ctx,
    owner,
    (c) => repo.recommendations.findById(ctx.db, c, input.id),
    input.addressedTo,
    unknownRecommendation,
  );
  const now = ctx.clock.now();
  const days = row.answerDays;
  return transition(ctx, recommendationCase, commune, {
    id: row.id,
    to: 'adopted',
    kind: 'adopted',
    actorId,
    now,
    set: { adoptedAt: now, answerDueAt: new Date(now.getTime() + days * 86_400_000) },
    data: { days },
  });
}

/** The instance closes a recommendation after adoption (a rejected one, one that lapsed), saying why. */
export async function closeRecommendation(
  ctx: Ctx,
  owner: Owner,
  input: { addressedTo: string; id: string; note?: string | undefined },
  actorId: string,
) {
  const { commune, row } = await instanceCase(
    ctx,
    owner,
    (c) => repo.recommendations.findById(ctx.db, c, input.id),
    input.addressedTo,
    unknownRecommendation,
  );
  const now = ctx.clock.now();
  return transition(ctx, recommendationCase, commune, {
    id: row.id,
    to: 'closed',
    kind: 'closed',
    actorId,
    now,
    publicNote: input.note ?? null,
    set: { closedAt: now },
  });
}

/**
 * The addressed commune answers: accepted, partially or rejected, with the reasons (required unless accepted;
 * schemas.ts names the field, the table's check keeps it so). Only a recommendation to this commune is found.
 */
export async function answer(
  ctx: Ctx,
  commune: Pick<CommuneRow, 'id' | 'slug'>,
  input: { id: string; answer: 'accepted' | 'partially' | 'rejected'; reasons?: string | undefined },
  actorId: string,
) {
  if (input.answer !== 'accepted' && !input.reasons)
    throw badRequest('answer_reasons_required', 'Give the reasons of a partial answer or a refusal.', 'reasons');
  const now = ctx.clock.now();
  return transition(ctx, recommendationCase, commune, {
    id: input.id,
    to: 'answered',
    kind: 'answered',
    actorId,
    now,
    publicNote: input.reasons ?? null,
    set: { answer: input.answer, answerText: input.reasons ?? null, answeredAt: now, answeredBy: actorId },
    data: { answer: input.answer },
  });
}

/**
 * A progress report (percentage and text, dated): a public timeline entry; the first one moves the
 * recommendation in progress, one at 100 % marks it implemented. A rejected recommendation has nothing to report.
 */
export async function reportProgress(
  ctx: Ctx,
  commune: Pick<CommuneRow, 'id' | 'slug'>,
  input: { id: string; percent: number; text: string },
  actorId: string,
) {
  const now = ctx.clock.now();
  const result = await withLockedCase(ctx.db, recommendationCase, commune.id, input.id, async (trx, row) => {
    if (!['answered', 'in_progress'].includes(row.state) || row.answer === 'rejected')
      throw conflict('not_answered', 'Only an accepted recommendation, in full or in part, reports progress.', 'id');
    const entry = {
      communeId: commune.id,
      row,
      kind: 'progress',
      actorId,
      now,
      publicNote: input.text,
      data: { percent: input.percent },
    };
    const set = { progress: input.percent, progressAt: now };
    const to = input.percent === 100 ? 'implemented' : row.state === 'answered' ? 'in_progress' : null;
    if (to) {
      await moveCase(trx, recommendationCase, {
        ...entry,
        from: row.state,
        to,
        set: { ...set, ...(to === 'implemented' && { closedAt: now }) },
      });
    } else {
      await recordEntry(trx, recommendationCase, { ...entry, set, audit: { percent: input.percent } });
    }
    return { code: row.code, state: to ?? row.state };
  });
  ctx.events.publish(recommendationCase.changed(commune.slug, result.code, result.state));
  return result;
}

/** The addressed commune's queue of recommendations (adopted ones: drafts are the instance's). */
export async function recommendationQueue(
  ctx: Ctx,
  commune: Pick<CommuneRow, 'id'>,
  f: {
    state?: string | undefined;
    open?: boolean | undefined;
    overdue?: boolean | undefined;
    q?: string | undefined;
    limit: number;
    cursor: number;
  },
) {
  const page = await caseQueue(
    recommendationCase,
    repo.recommendationQueueBase(ctx.db),
    commune.id,
    { ...f, state: f.state as never },
    { now: ctx.clock.now() },
    (r, t) => ({ row: r, overdue: t.overdue }),
  );
  const items = await withReports(
    ctx.db,
    page.items.map((x) => x.row),
  );
  return { ...page, items: items.map((x, n) => ({ ...x, overdue: page.items[n]!.overdue })) };
}

/** One recommendation to this commune, with its public timeline (the desk's case page). */
export async function recommendationForCommune(ctx: Ctx, commune: Pick<CommuneRow, 'id'>, id: string) {
  const row = await repo.recommendations.findById(ctx.db, commune.id, id);
  if (!row || row.state === 'draft') throw unknownRecommendation();
  const [shaped] = await withReports(ctx.db, [row]);
  const timeline = await repo.recommendationTimeline(ctx.db, commune.id, id);
  return { ...shaped!, timeline };
}

// ——— Observations ———

function publicObservation(o: repo.ObservationRow & { communeSlug?: string; communeNames?: Localized }) {
  return {
    id: o.id,
    code: o.code,
    commune: o.communeSlug ?? null,
    communeNames: o.communeNames ?? null,
    title: o.title,
    body: o.body,
    indicator: o.indicator,
    state: o.state,
    answerDueAt: o.answerDueAt,
    answer: o.answerText,
    answeredAt: o.answeredAt,
    closedAt: o.closedAt,
    raisedAt: o.createdAt,
  };
}

/**
 * The network committee raises an observation on a commune (on one of its indicators or registers): a case in
 * that commune's queue, answered by its staff, closed by the committee.
 */
export async function raiseObservation(
  ctx: Ctx,
  input: {
    instanceId: string;
    addressedTo: string;
    title: unknown;
    body: unknown;
    indicator?: string | undefined;
    answerDays: number;
  },
  actorId: string,
) {
  const i = await instanceOf(ctx.db, { scope: 'network' }, input.instanceId);
  const commune = await communeBySlug(ctx, input.addressedTo, 'addressedTo');
  const now = ctx.clock.now();
  const result = await ctx.db.transaction().execute(async (trx) => {
    const code = await allocateCode(trx, commune, 'observation', now);
    const o = await repo.insertObservation(trx, {
      communeId: commune.id,
      code,
      instanceCommuneId: i.communeId,
      instanceId: i.id,
      title: input.title,
      body: input.body,
      indicator: input.indicator ?? null,
      answerDueAt: new Date(now.getTime() + input.answerDays * 86_400_000),
      createdBy: actorId,
      createdAt: now,
      updatedAt: now,
    });
    await moveStateCount(trx, observationCase, commune.id, null, 'open');
    await tellAddressed(trx, { communeId: commune.id, id: o.id, type: 'observation', now });
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'observation.raised',
      targetType: 'observation',
      targetId: o.id,
      data: { code },
    });
    return { id: o.id, code };
  });
  ctx.events.publish(observationCase.changed(commune.slug, result.code, 'open'));
  return result;
}

export async function answerObservation(
  ctx: Ctx,
  commune: Pick<CommuneRow, 'id' | 'slug'>,
  input: { id: string; text: string },
  actorId: string,
) {
  const now = ctx.clock.now();
  return transition(ctx, observationCase, commune, {
    id: input.id,
    to: 'answered',
    kind: 'answered',
    actorId,
    now,
    publicNote: input.text,
    set: { answerText: input.text, answeredAt: now, answeredBy: actorId },
  });
}

export async function closeObservation(
  ctx: Ctx,
  input: { addressedTo: string; id: string; note?: string | undefined },
  actorId: string,
) {
  const { commune, row } = await instanceCase(
    ctx,
    { scope: 'network' },
    (c) => repo.observations.findById(ctx.db, c, input.id),
    input.addressedTo,
    () => notFound('unknown_observation', 'No such observation of the committee on this commune.'),
  );
  const now = ctx.clock.now();
  return transition(ctx, observationCase, commune, {
    id: row.id,
    to: 'closed',
    kind: 'closed',
    actorId,
    now,
    publicNote: input.note ?? null,
    set: { closedAt: now },
  });
}

export async function observationQueue(
  ctx: Ctx,
  commune: Pick<CommuneRow, 'id'>,
  f: {
    state?: string | undefined;
    open?: boolean | undefined;
    overdue?: boolean | undefined;
    q?: string | undefined;
    limit: number;
    cursor: number;
  },
) {
  return caseQueue(
    observationCase,
    repo.observationQueueBase(ctx.db),
    commune.id,
    { ...f, state: f.state as never },
    { now: ctx.clock.now() },
    (r, t) => ({ ...publicObservation(r), overdue: t.overdue }),
  );
}

// ——— Opinions and seat calls ———

export async function giveOpinion(
  ctx: Ctx,
  owner: Owner,
  input: {
    instanceId: string;
    subjectType: string;
    subjectId: string;
    stance: 'favourable' | 'reserved' | 'unfavourable';
    text: unknown;
    givenOn: string;
  },
  actorId: string,
  subjectExists: (db: Db, communeId: string, type: string, id: string) => Promise<boolean>,
) {
  const i = await instanceOf(ctx.db, owner, input.instanceId);
  if (!(await subjectExists(ctx.db, i.communeId, input.subjectType, input.subjectId)))
    throw badRequest('unknown_subject', 'Nothing of that kind has this id in the commune.', 'subjectId');
  return ctx.db.transaction().execute(async (trx) => {
    const o = await repo.insertOpinion(trx, {
      communeId: i.communeId,
      instanceId: i.id,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      stance: input.stance,
      text: input.text,
      givenOn: input.givenOn,
      createdBy: actorId,
      createdAt: ctx.clock.now(),
    });
    await recordAudit(trx, {
      communeId: i.communeId,
      actorId,
      action: 'instances.opinion_given',
      targetType: 'instance',
      targetId: i.id,
      data: { subjectType: input.subjectType, subjectId: input.subjectId },
    });
    return { id: o.id };
  });
}

export async function publishSeatCall(
  ctx: Ctx,
  owner: Owner,
  input: { instanceId: string; category: MemberCategory; seats: number; criteria: unknown; closesOn: string },
  actorId: string,
) {
  const i = await instanceOf(ctx.db, owner, input.instanceId);
  if (input.closesOn <= localDate(ctx.clock.now()))
    throw badRequest('invalid_transition', 'The call closes after today.', 'closesOn');
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const c = await repo.insertSeatCall(trx, {
      communeId: i.communeId,
      instanceId: i.id,
      category: input.category,
      seats: input.seats,
      criteria: input.criteria,
      closesOn: input.closesOn,
      publishedAt: now,
      createdBy: actorId,
      createdAt: now,
    });
    await recordAudit(trx, {
      communeId: i.communeId,
      actorId,
      action: 'instances.seat_call_published',
      targetType: 'instance',
      targetId: i.id,
      data: { call: c.id },
    });
    return { id: c.id };
  });
}

// ——— Public pages ———

/**
 * One instance as anyone reads it (published only): mandate, composition, the members sitting or who sat with
 * their declarations of interest (no contact details), meetings with signed minutes, recommendations after
 * adoption with the answers and reasons, the network committee's observations, opinions and open seat calls.
 */
export async function page(ctx: Ctx, communeId: string, id: string, drafts = false) {
  const row = (await repo.findCommuneInstance(ctx.db, communeId, id)) ?? (await repo.findNetworkInstance(ctx.db, id));
  if (!row || (!drafts && !row.publishedAt)) throw unknownInstance();
  const seat = await communeById(ctx.db, row.communeId);
  const [members, meetings, recs, observations, opinions, calls] = await Promise.all([
    repo.listMembers(ctx.db, row.communeId, row.id),
    repo.listMeetings(ctx.db, row.communeId, row.id),
    repo.instanceRecommendations(ctx.db, row.communeId, row.id, drafts),
    row.scope === 'network' ? repo.instanceObservations(ctx.db, row.communeId, row.id) : Promise.resolve([]),
    repo.listOpinions(ctx.db, row.communeId, row.id),
    repo.listSeatCalls(ctx.db, row.communeId, row.id),
  ]);
  const names = new Map(members.map((m) => [m.id, m.name]));
  return {
    ...publicInstance(row, seat),
    members: members.map(publicMember),
    meetings: meetings.map((m) => publicMeeting(m, names)),
    recommendations: await withReports(ctx.db, recs),
    observations: observations.map(publicObservation),
    opinions: opinions.map((o) => ({
      id: o.id,
      subjectType: o.subjectType,
      subjectId: o.subjectId,
      stance: o.stance,
      text: o.text,
      givenOn: o.givenOn,
    })),
    seatCalls: calls.map((c) => ({
      id: c.id,
      category: c.category,
      seats: c.seats,
      criteria: c.criteria,
      closesOn: c.closesOn,
    })),
  };
}

/** The formal opinions given on one subject of a commune, published with it (a PAC project's page, a call's). */
export async function opinionsOn(ctx: Ctx, communeId: string, subjectType: string, subjectId: string) {
  return (await repo.opinionsOn(ctx.db, communeId, subjectType, subjectId)).map((o) => ({
    id: o.id,
    instanceId: o.instanceId,
    instanceName: o.instanceName,
    stance: o.stance,
    text: o.text,
    givenOn: o.givenOn,
  }));
}
