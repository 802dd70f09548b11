import type { Db, Language } from '@shabaka/db';
import { sql } from 'kysely';
import { loadCalendar } from '../calendar';
import type { CaseRow, CaseSpec } from '../cases';
import { dueSoonUntil } from '../cases';
import type { Clock } from '../clock';
import type { EventBus } from '../events';
import type { ApiModule } from '../module';
import { claimMark } from './inbox-repository';
import { enqueue, type Recipient } from './outbox';
import { periodicSweep, type Sweep } from './sweep';
import { sweepTimedNotices } from './timed';
import type { TemplateName } from './templates';

/*
 * Notices to staff (issue 13): a case assigned to them, its deadline two working days away
 * or past, and, to the commune's admins, notices the outbox gave up on. In-app always (the
 * bell), and by email to the account's address; never by SMS (staff gave no number).
 */

interface StaffNotice {
  communeId: string;
  template: TemplateName;
  params: Record<string, unknown>;
  subject?: { type: string; id: string } | undefined;
  now: Date;
}

async function accountRecipients(trx: Db, userIds: readonly string[], channels: readonly ('inapp' | 'email')[]) {
  if (userIds.length === 0) return [];
  const users = await trx.selectFrom('users').select(['id', 'email', 'locale']).where('id', 'in', userIds).execute();
  return users.flatMap((u): Recipient[] =>
    channels.map((channel) => ({
      channel,
      address: channel === 'inapp' ? u.id : u.email,
      language: u.locale as Language,
    })),
  );
}

/**
 * Notifies accounts, in the caller's transaction: in-app, and by email to their address, in
 * their language. Staff notices lead to the staff case page; a citizen's (a reporter hearing
 * of the outcome) to the public one.
 */
export async function notifyAccounts(
  trx: Db,
  notice: StaffNotice & { userIds: readonly string[]; audience: 'staff' | 'citizen' },
  channels: readonly ('inapp' | 'email')[] = ['inapp', 'email'],
) {
  const recipients = await accountRecipients(trx, [...new Set(notice.userIds)], channels);
  return enqueue(trx, notice, recipients);
}

/** Notifies staff accounts (staff.* templates), in the caller's transaction. */
export const notifyStaff = (
  trx: Db,
  notice: StaffNotice & { userIds: readonly string[] },
  channels: readonly ('inapp' | 'email')[] = ['inapp', 'email'],
) =>
  // The email's link needs the case's type to reach its desk section (templates.ts staffCaseLink).
  notifyAccounts(
    trx,
    {
      ...notice,
      params: notice.subject ? { subjectType: notice.subject.type, ...notice.params } : notice.params,
      audience: 'staff',
    },
    channels,
  );

/** The commune's admins: who hears of dead letters. */
export async function communeAdmins(db: Db, communeId: string) {
  const rows = await db
    .selectFrom('memberships')
    .select('userId')
    .where('communeId', '=', communeId)
    .where('role', '=', 'commune_admin')
    .execute();
  return rows.map((r) => r.userId);
}

/**
 * Tells the commune's admins, in the dead-lettering transaction, that a notice could not be
 * sent. In-app only: the channel that failed may be email itself, and a notice about a
 * staff notice is never sent (no cascade when the SMTP server is down for good).
 */
export async function notifyDeadLetter(trx: Db, communeId: string, notificationId: string, now: Date) {
  const dead = await trx
    .selectFrom('notifications')
    .select(['template', 'channel', 'params', 'subjectType', 'subjectId'])
    .where('communeId', '=', communeId)
    .where('id', '=', notificationId)
    .executeTakeFirst();
  if (!dead || dead.template.startsWith('staff.')) return;
  const params = dead.params as Record<string, unknown>;
  await notifyStaff(
    trx,
    {
      communeId,
      userIds: await communeAdmins(trx, communeId),
      template: 'staff.deadLetter',
      params: { code: params.code ?? null, channel: dead.channel, template: dead.template, id: dead.subjectId },
      subject: dead.subjectType && dead.subjectId ? { type: dead.subjectType, id: dead.subjectId } : undefined,
      now,
    },
    ['inapp'],
  );
}

/** A case type whose assignees hear of its deadlines: its spec and the row's assignee column. */
export interface StaffDeadlineSource {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any case type's spec
  spec: CaseSpec<any, any>;
  assigneeColumn: string;
}

/** How far ahead "due soon" looks, in working days of the calendar (issue 13: "due in 2 working days"). */
export const DUE_SOON_WORKING_DAYS = 2;

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * One sweep: each open, assigned case whose deadline falls within two working days (or has
 * passed) gets its notice to the assignee once per case, deadline and threshold. The mark
 * and the notice are written in one transaction, and the mark's key holds the deadline
 * itself, so a deadline moved later (an extension) is announced again, and several
 * processes sweeping at once send each notice once (the mark's primary key decides).
 */
export async function sweepStaffDeadlines(deps: { db: Db; clock: Clock; modules: readonly ApiModule[] }) {
  const now = deps.clock.now();
  const cal = await loadCalendar(deps.db);
  const until = dueSoonUntil({ days: 'working' }, DUE_SOON_WORKING_DAYS, now, cal);
  let sent = 0;
  for (const source of deps.modules.flatMap((m) => m.staffDeadlines ?? [])) {
    const { spec } = source;
    for (const deadline of spec.deadlines as CaseSpec<string, CaseRow>['deadlines']) {
      const states = deadline.while ?? spec.states.open;
      const column = snake(String(deadline.column));
      const { rows } = await sql<{ communeId: string; id: string; code: string; assignee: string; dueAt: Date }>`
        select commune_id, id, code, ${sql.ref(snake(source.assigneeColumn))} as assignee, ${sql.ref(column)} as due_at
        from ${sql.table(spec.table)}
        where ${sql.ref(snake(spec.stateColumn))} in (${sql.join(states)})
          and ${sql.ref(snake(spec.stateColumn))} in (${sql.join(spec.states.open)})
          and ${sql.ref(snake(source.assigneeColumn))} is not null
          and ${sql.ref(column)} <= ${until}`.execute(deps.db);
      for (const row of rows) {
        const dueAt = new Date(row.dueAt);
        const threshold = dueAt.getTime() < now.getTime() ? 'overdue' : 'dueSoon';
        const key = `${spec.type}:${row.id}:${column}:${dueAt.toISOString()}:${threshold}`;
        const done = await deps.db.transaction().execute(async (trx) => {
          if (!(await claimMark(trx, row.communeId, key, now))) return false;
          await notifyStaff(trx, {
            communeId: row.communeId,
            userIds: [row.assignee],
            template: threshold === 'overdue' ? 'staff.overdue' : 'staff.dueSoon',
            params: { code: row.code, id: row.id, dueAt: dueAt.toISOString() },
            subject: { type: spec.type, id: row.id },
            now,
          });
          return true;
        });
        if (done) sent++;
      }
    }
  }
  return sent;
}

export type DeadlineWatch = Sweep;

/**
 * The server's periodic sweep (every `intervalMs`, 15 minutes by default, sweep.ts): staff
 * deadlines, then the citizens' timed notices (timed.ts). A deadline is a day's matter.
 */
export function createDeadlineWatch(
  deps: { db: Db; clock: Clock; modules: readonly ApiModule[]; events?: EventBus | undefined },
  options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
): DeadlineWatch {
  return periodicSweep(
    async () => (await sweepStaffDeadlines(deps)) + (await sweepTimedNotices(deps)) + (await runUpkeep(deps)),
    {
      ...options,
      kind: 'notifications.staff_deadlines',
      events: deps.events,
    },
  );
}

/** Each module's upkeep (module.ts `upkeep`), in module order. */
export async function runUpkeep(deps: { db: Db; clock: Clock; modules: readonly ApiModule[] }) {
  let changed = 0;
  for (const task of deps.modules.flatMap((m) => m.upkeep ?? []))
    changed += await task.run({ db: deps.db, now: deps.clock.now() });
  return changed;
}
