import type { Db } from '@shabaka/db';
import type { Clock } from '../clock';
import { findCommuneBySlug, communeSlug } from '../communes';
import { DomainError } from '../errors';
import { pdfKey, renderPdf } from '../pdf-queue';
import { procedureCode } from './schemas';
import { get } from './service';
import type { SheetData } from './sheet';

/**
 * The sheet of one procedure as a commune offers it, or null when the commune or the
 * code is unknown or malformed. `baseUrl` is where the portals are served.
 */
export async function procedureSheetPdf(
  deps: { db: Db; clock: Clock },
  rawCommune: string,
  rawCode: string,
  baseUrl: string,
) {
  const slug = communeSlug.safeParse(rawCommune);
  const code = procedureCode.safeParse(rawCode);
  if (!slug.success || !code.success) return null;
  const commune = await findCommuneBySlug(deps.db, slug.data);
  if (!commune) return null;
  let procedure: Awaited<ReturnType<typeof get>>;
  try {
    procedure = await get(deps.db, commune, code.data);
  } catch (err) {
    if (err instanceof DomainError && err.code === 'NOT_FOUND') return null;
    throw err;
  }
  const { servicePoints, ...effective } = procedure;
  const data: SheetData = {
    communeNames: commune.names,
    procedure: effective,
    servicePoints,
    portalUrl: `${baseUrl.replace(/\/+$/, '')}${effective.portalPath}`,
  };
  const now = deps.clock.now();
  const pdf = await renderPdf(pdfKey('sheet', data, now), { kind: 'sheet', args: [data, now] });
  return { commune: commune.slug, code: effective.code, pdf };
}
