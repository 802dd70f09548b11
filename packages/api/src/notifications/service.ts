import type { CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import * as repo from './repository';
import { moroccoDay, smsRulesOf } from './settings';

type Ctx = Pick<InnerContext, 'db'>;

/**
 * A case's notices with every attempt: channel, time, template and version, content hash,
 * the provider's id and the outcome — what proves a notice went out within a legal period.
 */
export async function ofSubject(ctx: Ctx, commune: Pick<CommuneRow, 'id'>, subject: string, id: string) {
  const notices = await repo.noticesOf(ctx.db, commune.id, subject, id);
  const deliveries = await repo.deliveriesOf(
    ctx.db,
    commune.id,
    notices.map((n) => n.id),
  );
  return notices.map((n) => ({ ...n, deliveries: deliveries.filter((d) => d.notificationId === n.id) }));
}

/** Notices the outbox gave up on after its attempts (their last error says why). */
export function deadLetters(ctx: Ctx, commune: Pick<CommuneRow, 'id'>, limit: number) {
  return repo.deadLetters(ctx.db, commune.id, limit);
}

/** The first instant of Morocco's month of `at` (its days counted back from today's start). */
function moroccoMonthStart(at: Date) {
  const dayOfMonth = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Africa/Casablanca', day: 'numeric' }).format(at),
  );
  return new Date(moroccoDay(at).start.getTime() - (dayOfMonth - 1) * 86_400_000);
}

/**
 * The SMS cost counter of every commune, for the network's dashboard: this month's SMS and
 * their segments, what they cost at the commune's price per segment (null when it set none:
 * no invented figure), today's SMS against its daily cap, what waits in the outbox, and its
 * quiet hours. Public, like the other figures: what a commune spends is the public's business.
 */
export async function smsUsage(ctx: Pick<InnerContext, 'db' | 'clock'>) {
  const now = ctx.clock.now();
  const [communes, month, today, waiting] = await Promise.all([
    repo.communesWithSettings(ctx.db),
    repo.smsSentByCommune(ctx.db, moroccoMonthStart(now)),
    repo.smsSentByCommune(ctx.db, moroccoDay(now).start),
    repo.smsWaitingByCommune(ctx.db),
  ]);
  const of = <T extends { communeId: string }>(rows: T[], id: string) => rows.find((r) => r.communeId === id);
  return communes.map((c) => {
    const rules = smsRulesOf(c.settings);
    const m = of(month, c.id);
    const segments = Number(m?.segments ?? 0);
    return {
      commune: c.slug,
      names: c.names,
      month: { messages: Number(m?.messages ?? 0), segments },
      costMad: rules.smsSegmentPriceMad === null ? null : Math.round(segments * rules.smsSegmentPriceMad * 100) / 100,
      today: Number(of(today, c.id)?.messages ?? 0),
      dailyCap: rules.smsDailyCap,
      waiting: Number(of(waiting, c.id)?.waiting ?? 0),
      quietHours: rules.quietHours,
    };
  });
}
