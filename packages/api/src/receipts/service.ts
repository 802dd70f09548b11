import type { Db, Localized } from '@shabaka/db';
import type { Clock } from '../clock';
import { findByCode, findCategory } from '../complaints/repository';
import { complaintCode } from '../complaints/schemas';
import { trackingPath } from '../complaints/service';
import { pdfKey, renderPdf } from '../pdf/queue';

/**
 * The PDF receipt of the complaint with this tracking code, or null when the code is
 * malformed or unknown. Anyone holding the code may print it, as on the tracking page.
 * `baseUrl` is where the portals are served (e.g. https://shabaka.ma).
 */
export async function receiptPdf(deps: { db: Db; clock: Clock }, rawCode: string, baseUrl: string) {
  const parsed = complaintCode.safeParse(rawCode);
  if (!parsed.success) return null;
  const c = await findByCode(deps.db, parsed.data);
  if (!c) return null;
  const [commune, category] = await Promise.all([
    deps.db.selectFrom('communes').select(['slug', 'names']).where('id', '=', c.communeId).executeTakeFirstOrThrow(),
    findCategory(deps.db, c.communeId, c.categoryId),
  ]);
  const data = {
    code: c.code,
    communeNames: commune.names,
    kind: c.kind,
    channel: c.channel,
    categoryNames: (category?.names ?? { ar: '', fr: '', es: '' }) as Localized,
    receivedAt: c.createdAt,
    ackDueAt: c.ackDueAt,
    answerDueAt: c.answerDueAt,
    trackingUrl: `${baseUrl.replace(/\/+$/, '')}${trackingPath(commune.slug, c.code)}`,
  };
  // Bounded and cached (pdf/queue.ts): thirty printers at once cannot stall the server.
  const now = deps.clock.now();
  const pdf = await renderPdf(pdfKey('receipt', data, now), { kind: 'receipt', args: [data, now] });
  return { code: c.code, pdf };
}
