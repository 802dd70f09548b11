import type { CommuneRole, Db } from '@shabaka/db';
import type { TimedNoticeDue, TimedNoticeSource } from '../notifications';
import { permissions } from './permissions';
import * as repo from './repository';
import { settingsOf } from './settings';

/*
 * What time does to petitions: the bureau is reminded of a petition it has not reviewed at each of the
 * settings' days after receipt (30, 60, 80 by default, inside the three months of art. 125), once each; and
 * once the retention after the decision has run, the signers' identities are erased (counts, neighbourhoods
 * and the de-duplication keys stay: the register's figures do not change).
 */

const DAY_MS = 86_400_000;
const BUREAU: readonly CommuneRole[] = permissions.commune['petitions:review'];

async function settingsByCommune(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, ReturnType<typeof settingsOf>>();
  const rows = await db
    .selectFrom('communes')
    .select(['id', 'settings'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, settingsOf(r.settings)]));
}

async function bureauOf(db: Db, communeIds: readonly string[]) {
  const rows = await db
    .selectFrom('memberships')
    .select(['communeId', 'userId'])
    .where('communeId', 'in', [...new Set(communeIds)])
    .where('role', 'in', [...BUREAU])
    .execute();
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.communeId, [...(out.get(r.communeId) ?? []), r.userId]);
  return out;
}

export const petitionTimedNotices: readonly TimedNoticeSource[] = [
  {
    name: 'petition.bureau_reminder',
    async due(db, now) {
      const waiting = await repo.awaitingReview(db);
      if (waiting.length === 0) return [];
      const communes = waiting.map((p) => p.communeId);
      const [settings, bureau] = await Promise.all([settingsByCommune(db, communes), bureauOf(db, communes)]);
      const out: TimedNoticeDue[] = [];
      for (const p of waiting) {
        const s = settings.get(p.communeId);
        const staff = bureau.get(p.communeId) ?? [];
        if (!s || !p.receivedAt || staff.length === 0) continue;
        const days = Math.floor((now.getTime() - p.receivedAt.getTime()) / DAY_MS);
        // Only the latest reminder reached is sent: a sweep that was down for a month does not send three.
        const day = [...s.alertDays].reverse().find((d) => days >= d);
        if (day === undefined) continue;
        out.push({
          communeId: p.communeId,
          subject: { type: 'petition', id: p.id },
          key: `petition:${p.id}:reminder:${day}`,
          template: 'staff.petitionReminder',
          params: { code: p.code, id: p.id, days: day, dueAt: p.answerDueAt?.toISOString() ?? null },
          staff,
        });
      }
      return out;
    },
  },
];

export const petitionUpkeep = [
  {
    name: 'petition.identities_retention',
    async run({ db, now }: { db: Db; now: Date }) {
      // The longest retention any commune sets bounds the read; each petition is then held to its own.
      const rows = await db.selectFrom('communes').select(['id', 'settings']).execute();
      const retention = new Map(rows.map((r) => [r.id, settingsOf(r.settings).retentionDays]));
      const shortest = Math.min(...retention.values());
      const candidates = await repo.identitiesToPurge(db, new Date(now.getTime() - shortest * DAY_MS));
      let erased = 0;
      for (const p of candidates) {
        const at = p.state === 'withdrawn' ? p.updatedAt : p.decidedAt;
        const days = retention.get(p.communeId) ?? 0;
        if (!at || at.getTime() > now.getTime() - days * DAY_MS) continue;
        erased += await db.transaction().execute((trx) => repo.purgeIdentities(trx, p.communeId, p.id, now));
      }
      return erased;
    },
  },
] as const;
