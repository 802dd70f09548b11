import type { CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import * as repo from './repository';

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
