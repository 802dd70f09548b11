import type { Db } from '@shabaka/db';
import type { Clock } from '../clock';
import type { ApiModule } from '../module';
import { claimMark } from './inbox-repository';
import { notifySubject, type Notice } from './outbox';
import { notifyFollowers } from './preferences';
import { notifyAccounts, notifyStaff } from './staff';

/*
 * Notices that time sends, not a person's action (issue 13): an information request's
 * deadline passing with no answer opens the requester's remedies; a complaint answered a week
 * ago asks its citizen to rate the answer. Each domain says, in its module descriptor, which
 * of its cases are due such a notice now; the server's periodic sweep (staff.ts's watch)
 * sends each one once, to the case's recipients, whatever number of processes sweep.
 */

/** One notice a case is due now. `key` names the occasion: the same key is never sent twice. */
export interface TimedNoticeDue {
  communeId: string;
  subject: { type: string; id: string };
  key: string;
  template: Notice['template'];
  class?: Notice['class'];
  params: Record<string, unknown>;
  /** Written in the notice's transaction (a rollup counting what was sent). */
  sent?(trx: Db, now: Date): Promise<void>;
  /** Staff accounts told instead of the case's citizen (a petition's bureau reminded of its clock). */
  staff?: readonly string[];
  /** The subject's followers told instead (a PAC's phases), as their preferences allow. */
  followers?: true;
  /** Citizens' accounts told in-app instead (a consultation's authors and voters: no case recipients). */
  accounts?: readonly string[];
}

export interface TimedNoticeSource {
  /** The occasion's name, for logs and tests. */
  name: string;
  /** The cases due this notice now (a bounded, indexed read: the sweep runs every few minutes). */
  due(db: Db, now: Date): Promise<TimedNoticeDue[]>;
}

/**
 * One sweep over every module's timed notices. The mark (`notification_marks`, keyed by the
 * occasion) and the notices are written in one transaction: two processes sweeping at once
 * send each notice once, and a sweep that fails half-way leaves the rest for the next one.
 */
export async function sweepTimedNotices(deps: { db: Db; clock: Clock; modules: readonly ApiModule[] }) {
  const now = deps.clock.now();
  let sent = 0;
  for (const source of deps.modules.flatMap((m) => m.timedNotices ?? [])) {
    for (const due of await source.due(deps.db, now)) {
      const done = await deps.db.transaction().execute(async (trx) => {
        if (!(await claimMark(trx, due.communeId, due.key, now))) return false;
        const notice = {
          communeId: due.communeId,
          template: due.template,
          class: due.class,
          params: due.params,
          subject: due.subject,
          now,
        };
        if (due.staff) await notifyStaff(trx, { ...notice, userIds: due.staff });
        else if (due.followers) await notifyFollowers(trx, notice);
        else if (due.accounts)
          await notifyAccounts(trx, { ...notice, userIds: due.accounts, audience: 'citizen' }, ['inapp']);
        else await notifySubject(trx, notice);
        await due.sent?.(trx, now);
        return true;
      });
      if (done) sent++;
    }
  }
  return sent;
}
