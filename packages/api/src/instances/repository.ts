import type {
  Db,
  InstanceMeetingsTable,
  InstanceMembersTable,
  InstanceObservationsTable,
  InstanceRecommendationsTable,
  InstancesTable,
} from '@shabaka/db';
import type { Insertable, Selectable, Updateable } from 'kysely';
import { caseRows } from '../cases';

export type InstanceRow = Selectable<InstancesTable>;
export type MemberRow = Selectable<InstanceMembersTable>;
export type MeetingRow = Selectable<InstanceMeetingsTable>;
export type RecommendationRow = Selectable<InstanceRecommendationsTable>;
export type ObservationRow = Selectable<InstanceObservationsTable>;

const json = (v: unknown) => JSON.stringify(v);

// ——— Instances ———

/** A commune's own instance (scope 'commune'), in its tenancy. */
export const findCommuneInstance = (db: Db, communeId: string, id: string) =>
  db
    .selectFrom('instances')
    .selectAll()
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .where('scope', '=', 'commune')
    .executeTakeFirst();

/**
 * A network instance, by id: it is kept under its seat commune, which the network's screens do not know, so it is
 * found by scope (the `instances_network` partial index); a commune instance is never returned here.
 */
export const findNetworkInstance = (db: Db, id: string) =>
  db.selectFrom('instances').selectAll().where('scope', '=', 'network').where('id', '=', id).executeTakeFirst();

/** The instances a commune's portal lists: its own and the network's, published ones unless `drafts`. */
export function listInstances(db: Db, communeId: string | null, drafts: boolean) {
  let q = db.selectFrom('instances').selectAll();
  q =
    communeId === null
      ? q.where('scope', '=', 'network')
      : q.where((eb) =>
          eb.or([eb.and([eb('communeId', '=', communeId), eb('scope', '=', 'commune')]), eb('scope', '=', 'network')]),
        );
  if (!drafts) q = q.where('publishedAt', 'is not', null);
  return q.orderBy('scope', 'desc').orderBy('createdAt').execute();
}

type InstanceValues = Omit<Insertable<InstancesTable>, 'communeId' | 'id' | 'name' | 'mandate' | 'legalBasis'> & {
  name: unknown;
  mandate: unknown;
  legalBasis: unknown;
};
export const insertInstance = (db: Db, communeId: string, v: InstanceValues) =>
  db
    .insertInto('instances')
    .values({
      ...v,
      communeId,
      name: json(v.name),
      mandate: json(v.mandate),
      legalBasis: json(v.legalBasis),
    })
    .returningAll()
    .executeTakeFirstOrThrow();

export async function updateInstance(
  db: Db,
  communeId: string,
  id: string,
  set: Omit<Updateable<InstancesTable>, 'name' | 'mandate' | 'legalBasis'> & {
    name?: unknown;
    mandate?: unknown;
    legalBasis?: unknown;
  },
) {
  const { name, mandate, legalBasis, ...rest } = set;
  await db
    .updateTable('instances')
    .set({
      ...rest,
      ...(name !== undefined && { name: json(name) }),
      ...(mandate !== undefined && { mandate: json(mandate) }),
      ...(legalBasis !== undefined && { legalBasis: json(legalBasis) }),
    })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

// ——— Members ———

export const listMembers = (db: Db, communeId: string, instanceId: string) =>
  db
    .selectFrom('instanceMembers')
    .selectAll()
    .where('communeId', '=', communeId)
    .where('instanceId', '=', instanceId)
    .orderBy('termStartsOn', 'desc')
    .orderBy('name')
    .execute();

/** The members sitting on `day` (their term covers it and they have not left), locked against a concurrent add. */
export const sittingMembers = (db: Db, communeId: string, instanceId: string, day: string) =>
  db
    .selectFrom('instanceMembers')
    .select(['id', 'sex', 'category'])
    .where('communeId', '=', communeId)
    .where('instanceId', '=', instanceId)
    .where('termStartsOn', '<=', day)
    .where('termEndsOn', '>', day)
    .where((eb) => eb.or([eb('leftOn', 'is', null), eb('leftOn', '>', day)]))
    .execute();

/** The instance row locked: two members added at once are counted one after the other against the quotas. */
export const lockInstance = (db: Db, communeId: string, id: string) =>
  db
    .selectFrom('instances')
    .select('id')
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

export const insertMember = (db: Db, v: Insertable<InstanceMembersTable>) =>
  db.insertInto('instanceMembers').values(v).returningAll().executeTakeFirstOrThrow();

export const endMember = (db: Db, communeId: string, id: string, leftOn: string) =>
  db
    .updateTable('instanceMembers')
    .set({ leftOn })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();

// ——— Meetings ———

export const listMeetings = (db: Db, communeId: string, instanceId: string) =>
  db
    .selectFrom('instanceMeetings')
    .selectAll()
    .where('communeId', '=', communeId)
    .where('instanceId', '=', instanceId)
    .orderBy('startsAt', 'desc')
    .execute();

export const findMeeting = (db: Db, communeId: string, id: string) =>
  db
    .selectFrom('instanceMeetings')
    .selectAll()
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .executeTakeFirst();

export const insertMeeting = (
  db: Db,
  v: Omit<Insertable<InstanceMeetingsTable>, 'agenda' | 'decisions'> & { agenda: unknown },
) =>
  db
    .insertInto('instanceMeetings')
    .values({ ...v, agenda: json(v.agenda), decisions: json([]) })
    .returningAll()
    .executeTakeFirstOrThrow();

export async function updateMeeting(
  db: Db,
  communeId: string,
  id: string,
  set: {
    startsAt?: Date;
    place?: string;
    agenda?: unknown;
    attendance?: unknown;
    decisions?: unknown;
    minutes?: string;
    minutesCode?: string;
    updatedAt: Date;
  },
) {
  const { agenda, attendance, decisions, ...rest } = set;
  await db
    .updateTable('instanceMeetings')
    .set({
      ...rest,
      ...(agenda !== undefined && { agenda: json(agenda) }),
      ...(attendance !== undefined && { attendance: json(attendance) }),
      ...(decisions !== undefined && { decisions: json(decisions) }),
    })
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();
}

// ——— Recommendations and observations (cases of the kernel, in the addressed commune) ———

export const recommendations = caseRows('instanceRecommendations');
export const observations = caseRows('instanceObservations');

export const insertRecommendation = (
  db: Db,
  v: Omit<Insertable<InstanceRecommendationsTable>, 'title' | 'body'> & { title: unknown; body: unknown },
) =>
  db
    .insertInto('instanceRecommendations')
    .values({ ...v, title: json(v.title), body: json(v.body) })
    .returningAll()
    .executeTakeFirstOrThrow();

export const insertObservation = (
  db: Db,
  v: Omit<Insertable<InstanceObservationsTable>, 'title' | 'body'> & { title: unknown; body: unknown },
) =>
  db
    .insertInto('instanceObservations')
    .values({ ...v, title: json(v.title), body: json(v.body) })
    .returningAll()
    .executeTakeFirstOrThrow();

export const updateRecommendation = (db: Db, communeId: string, id: string, set: Record<string, unknown>) =>
  db
    .updateTable('instanceRecommendations')
    .set(set as Updateable<InstanceRecommendationsTable>)
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();

export const updateObservation = (db: Db, communeId: string, id: string, set: Record<string, unknown>) =>
  db
    .updateTable('instanceObservations')
    .set(set as Updateable<InstanceObservationsTable>)
    .where('communeId', '=', communeId)
    .where('id', '=', id)
    .execute();

/**
 * An instance's recommendations, in every commune it addresses (its public page and its own screens), with the
 * addressed commune's slug and names; drafts only when asked (the instance's managers).
 */
export function instanceRecommendations(db: Db, instanceCommuneId: string, instanceId: string, drafts: boolean) {
  let q = db
    .selectFrom('instanceRecommendations as r')
    .innerJoin('communes as c', 'c.id', 'r.communeId')
    .selectAll('r')
    .select(['c.slug as communeSlug', 'c.names as communeNames'])
    .where('r.instanceCommuneId', '=', instanceCommuneId)
    .where('r.instanceId', '=', instanceId);
  if (!drafts) q = q.where('r.state', '!=', 'draft');
  return q.orderBy('r.createdAt', 'desc').limit(500).execute();
}

export function instanceObservations(db: Db, instanceCommuneId: string, instanceId: string) {
  return db
    .selectFrom('instanceObservations as o')
    .innerJoin('communes as c', 'c.id', 'o.communeId')
    .selectAll('o')
    .select(['c.slug as communeSlug', 'c.names as communeNames'])
    .where('o.instanceCommuneId', '=', instanceCommuneId)
    .where('o.instanceId', '=', instanceId)
    .orderBy('o.createdAt', 'desc')
    .limit(500)
    .execute();
}

/** The progress reports of recommendations (public timeline entries of kind `progress`), oldest first. */
export function progressReports(db: Db, keys: readonly { communeId: string; id: string }[]) {
  if (keys.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('instanceRecommendationEvents')
    .select(['communeId', 'recommendationId', 'at', 'publicNote', 'data'])
    .where('kind', '=', 'progress')
    .where((eb) =>
      eb.or(keys.map((k) => eb.and([eb('communeId', '=', k.communeId), eb('recommendationId', '=', k.id)]))),
    )
    .orderBy('seq')
    .execute();
}

/** The staff queue's base query: the case table named `c`, as cases/queries.ts wants it. */
export const recommendationQueueBase = (db: Db) =>
  db.selectFrom('instanceRecommendations as c').selectAll('c').where('c.state', '!=', 'draft');
export const observationQueueBase = (db: Db) => db.selectFrom('instanceObservations as c').selectAll('c');

/** What the bulletins count for one commune: its recommendations adopted between two instants. */
export function adoptedBetween(db: Db, communeId: string, from: Date, to: Date) {
  return db
    .selectFrom('instanceRecommendations')
    .select(['state', 'answer', 'answeredAt', 'answerDueAt'])
    .where('communeId', '=', communeId)
    .where('adoptedAt', '>=', from)
    .where('adoptedAt', '<', to)
    .execute();
}

// ——— Opinions and seat calls ———

export const insertOpinion = (
  db: Db,
  v: {
    communeId: string;
    instanceId: string;
    subjectType: string;
    subjectId: string;
    stance: 'favourable' | 'reserved' | 'unfavourable';
    text: unknown;
    givenOn: string;
    createdBy: string;
    createdAt: Date;
  },
) =>
  db
    .insertInto('instanceOpinions')
    .values({ ...v, text: json(v.text) })
    .returningAll()
    .executeTakeFirstOrThrow();

export const listOpinions = (db: Db, communeId: string, instanceId: string) =>
  db
    .selectFrom('instanceOpinions')
    .selectAll()
    .where('communeId', '=', communeId)
    .where('instanceId', '=', instanceId)
    .orderBy('givenOn', 'desc')
    .execute();

/** The opinions given on one subject of the commune (published with it), with the instance's name. */
export const opinionsOn = (db: Db, communeId: string, subjectType: string, subjectId: string) =>
  db
    .selectFrom('instanceOpinions as o')
    .innerJoin('instances as i', (j) => j.onRef('i.communeId', '=', 'o.communeId').onRef('i.id', '=', 'o.instanceId'))
    .select(['o.id', 'o.instanceId', 'o.stance', 'o.text', 'o.givenOn', 'i.name as instanceName'])
    .where('o.communeId', '=', communeId)
    .where('o.subjectType', '=', subjectType)
    .where('o.subjectId', '=', subjectId)
    .orderBy('o.givenOn', 'desc')
    .execute();

export const insertSeatCall = (
  db: Db,
  v: {
    communeId: string;
    instanceId: string;
    category: 'civil_society' | 'elected' | 'administration';
    seats: number;
    criteria: unknown;
    closesOn: string;
    publishedAt: Date;
    createdBy: string;
    createdAt: Date;
  },
) =>
  db
    .insertInto('instanceSeatCalls')
    .values({ ...v, criteria: json(v.criteria) })
    .returningAll()
    .executeTakeFirstOrThrow();

export const listSeatCalls = (db: Db, communeId: string, instanceId: string) =>
  db
    .selectFrom('instanceSeatCalls')
    .selectAll()
    .where('communeId', '=', communeId)
    .where('instanceId', '=', instanceId)
    .where('publishedAt', 'is not', null)
    .orderBy('closesOn', 'desc')
    .execute();

/**
 * Who answers for the commune: its department heads and admins (agents see the queue, but a recommendation or an
 * observation of the committee is the management's to hear of).
 */
export async function answerersOf(db: Db, communeId: string) {
  const rows = await db
    .selectFrom('memberships')
    .select('userId')
    .distinct()
    .where('communeId', '=', communeId)
    .where('role', 'in', ['department_head', 'commune_admin'])
    .execute();
  return rows.map((r) => r.userId);
}

/**
 * A member or a meeting by id: within the commune when the caller is a commune's staff; across the network's
 * seat communes for the committee (`communeId` null), whose instance is then checked by the service.
 */
export function memberById(db: Db, communeId: string | null, id: string) {
  return db
    .selectFrom('instanceMembers')
    .selectAll()
    .where('id', '=', id)
    .$if(communeId !== null, (q) => q.where('communeId', '=', communeId!))
    .executeTakeFirst();
}

export function meetingById(db: Db, communeId: string | null, id: string) {
  return db
    .selectFrom('instanceMeetings')
    .selectAll()
    .where('id', '=', id)
    .$if(communeId !== null, (q) => q.where('communeId', '=', communeId!))
    .executeTakeFirst();
}

/** A recommendation's public timeline, in order. */
export function recommendationTimeline(db: Db, communeId: string, id: string) {
  return db
    .selectFrom('instanceRecommendationEvents')
    .select(['at', 'kind', 'fromState', 'toState', 'publicNote', 'data'])
    .where('communeId', '=', communeId)
    .where('recommendationId', '=', id)
    .orderBy('seq')
    .execute();
}
