import type { Localized, PublicationText } from '@shabaka/db';
import { recordAudit } from '../audit';
import { addMonths, localDate } from '../calendar';
import { departmentsOf, findCommuneBySlug, networkCommunes, rolesOf, type CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import { badRequest, conflict, notFound } from '../errors';
import { processScan, putFile, type Upload } from '../files';
import { ARTICLE_10_ITEMS } from './defaults';
import * as repo from './repository';
import type { ItemFields } from './schemas';

// This domain's audit actions, added from its own folder (audit/actions.ts lists the others).
declare module '../audit/actions' {
  interface DomainAuditActions {
    'publication.item_saved': true;
    'publication.item_removed': true;
    'publication.checklist_started': true;
  }
}

type Ctx = Pick<InnerContext, 'db' | 'clock'>;
type Commune = Pick<CommuneRow, 'id' | 'slug'>;

const today = (ctx: Pick<InnerContext, 'clock'>) => localDate(ctx.clock.now());

/** Fresh: published and not past its next due date; stale: past it; unpublished: no date yet. */
export type PublicationStatus = 'fresh' | 'stale' | 'unpublished';
const statusOf = (r: Pick<repo.ItemRow, 'nextDueOn'>, day: string): PublicationStatus =>
  r.nextDueOn === null ? 'unpublished' : r.nextDueOn < day ? 'stale' : 'fresh';

/** One item as anyone reads it: what, which service keeps it, where it is, when updated and next due. */
export interface PublicItem {
  id: string;
  category: repo.ItemRow['category'];
  title: PublicationText;
  department: { id: string; names: Localized } | null;
  url: string | null;
  /** The file the commune publishes itself: a stable address from the server's root (fileHref). */
  file: { href: string; name: string } | null;
  updatedOn: string | null;
  nextDueOn: string | null;
  refreshMonths: number;
  status: PublicationStatus;
}

/** A published file's address: by its id, so each version's file keeps its own (an archive, not a moving link). */
export const fileHref = (slug: string, fileId: string) => `/published/${slug}/${fileId}`;

async function itemsOf(ctx: Ctx, commune: Commune) {
  const [rows, departments] = await Promise.all([repo.items(ctx.db, commune.id), departmentsOf(ctx.db, commune.id)]);
  const day = today(ctx);
  return rows.map((r) => {
    const d = departments.find((x) => x.id === r.departmentId);
    return {
      item: {
        id: r.id,
        category: r.category,
        title: r.title,
        department: d ? { id: d.id, names: d.names } : null,
        url: r.url,
        file: r.fileId ? { href: fileHref(commune.slug, r.fileId), name: r.fileName ?? r.fileId } : null,
        updatedOn: r.updatedOn,
        nextDueOn: r.nextDueOn,
        refreshMonths: r.refreshMonths,
        status: statusOf(r, day),
      } satisfies PublicItem,
      row: r,
    };
  });
}

const countsOf = (items: readonly { status: PublicationStatus }[]) => ({
  items: items.length,
  fresh: items.filter((i) => i.status === 'fresh').length,
  stale: items.filter((i) => i.status === 'stale').length,
  unpublished: items.filter((i) => i.status === 'unpublished').length,
});

/** The commune's checklist as the public reads it, and how much of it is fresh today. */
export async function list(ctx: Ctx, commune: Commune) {
  const items = (await itemsOf(ctx, commune)).map((x) => x.item);
  return { items, counts: countsOf(items), today: today(ctx) };
}

/**
 * Staff's view: the same, with each item's version (for saving over it), when it was last edited and who keeps
 * it, and the commune's staff a keeper is chosen from.
 */
export async function staffList(ctx: Ctx, commune: Commune) {
  const [all, staff] = await Promise.all([itemsOf(ctx, commune), repo.staffOf(ctx.db, commune.id)]);
  const items = all.map(({ item, row }) => ({
    ...item,
    version: row.version,
    editedAt: row.updatedAt,
    keeperId: row.keeperId,
  }));
  return { items, counts: countsOf(items), today: today(ctx), staff };
}

/**
 * A file published as an item (now or in an earlier version), for the server's download route: public, like the
 * checklist; null for an unknown commune or a file that was never published.
 */
export async function publishedFile(ctx: Pick<InnerContext, 'db'>, communeSlug: string, fileId: string) {
  const commune = await findCommuneBySlug(ctx.db, communeSlug);
  const file = commune ? await repo.publishedFile(ctx.db, commune.id, fileId) : undefined;
  return file ? { ...file, bytes: Buffer.from(file.bytes) } : null;
}

/** The published file read, checked and stripped before the transaction (a photo loses its EXIF). */
async function fileOf(upload: Upload) {
  const processed = await processScan(Buffer.from(upload.dataBase64, 'base64'), 'file');
  const fallback = processed.main.mime === 'application/pdf' ? 'document.pdf' : 'document.jpg';
  return { processed: processed.main, name: upload.name?.trim() || fallback };
}

/**
 * Staff add an item or edit one (the version read must still be the latest: two editors never silently
 * overwrite each other); the next due date follows from the last update and the refresh period. Each save is
 * kept as a version and audited, in one transaction.
 */
export async function save(
  ctx: Ctx,
  commune: Commune,
  input: {
    id?: string | undefined;
    version?: number | undefined;
    item: ItemFields;
    file?: Upload | null | undefined;
  },
  actorId: string,
) {
  const [departments, keeperRoles] = await Promise.all([
    departmentsOf(ctx.db, commune.id),
    input.item.keeperId ? rolesOf(ctx.db, commune.id, input.item.keeperId) : [],
  ]);
  if (input.item.departmentId && !departments.some((d) => d.id === input.item.departmentId))
    throw badRequest('unknown_department', 'No such service in this commune.', 'item.departmentId');
  if (input.item.keeperId && keeperRoles.length === 0)
    throw badRequest('unknown_keeper', 'The keeper must be a member of the commune’s staff.', 'item.keeperId');
  const file = input.file ? await fileOf(input.file) : input.file;
  const nextDueOn = input.item.updatedOn ? addMonths(input.item.updatedOn, input.item.refreshMonths) : null;
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const current = input.id ? await repo.findItem(trx, commune.id, input.id) : undefined;
    if (input.id) {
      if (!current) throw notFound('unknown_item', 'No such item in this commune’s checklist.');
      if (input.version !== undefined && input.version !== current.version)
        throw conflict('stale_version', 'Someone saved this item since you opened it.', 'version');
    }
    // Absent keeps the current file, null removes it, a new one is stored in this transaction.
    const published =
      file === undefined
        ? { fileId: current?.fileId ?? null, fileName: current?.fileName ?? null }
        : file === null
          ? { fileId: null, fileName: null }
          : { fileId: await putFile(trx, commune.id, file.processed), fileName: file.name };
    // Published means somewhere to read it: a date without a link or a file is a promise nobody can check.
    if (input.item.updatedOn && !input.item.url && !published.fileId)
      throw badRequest('published_nowhere', 'Give the address where it is published, or attach the file.', 'item.url');
    const values = { ...input.item, nextDueOn, ...published };
    const saved = current
      ? await repo.updateItem(trx, commune.id, current.id, values, actorId, now)
      : await repo.insertItem(trx, commune.id, values, actorId, now);
    await repo.insertVersion(trx, {
      communeId: commune.id,
      itemId: saved.id,
      version: saved.version,
      values,
      actorId,
      at: now,
    });
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'publication.item_saved',
      targetType: 'publication_item',
      targetId: saved.id,
      data: { version: saved.version, updatedOn: values.updatedOn ?? null },
    });
    return { id: saved.id, version: saved.version, nextDueOn: values.nextDueOn, fileId: values.fileId };
  });
}

/** Staff remove an item; its history stays, closed by a version saying so. */
export async function remove(ctx: Ctx, commune: Commune, id: string, actorId: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const current = await repo.findItem(trx, commune.id, id);
    if (!current) throw notFound('unknown_item', 'No such item in this commune’s checklist.');
    await repo.deleteItem(trx, commune.id, id);
    await repo.insertVersion(trx, {
      communeId: commune.id,
      itemId: id,
      version: current.version + 1,
      values: { removed: true },
      actorId,
      at: now,
    });
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'publication.item_removed',
      targetType: 'publication_item',
      targetId: id,
    });
    return { ok: true as const };
  });
}

/** An item's versions, newest first, with who saved each. */
export async function history(ctx: Ctx, commune: Commune, id: string) {
  return repo.versions(ctx.db, commune.id, id);
}

/**
 * A commune without a checklist starts from article 10's kinds of information (publication/defaults.ts), all
 * unpublished: staff then name the service, the address and the last update of each.
 */
export async function startFromLaw(ctx: Ctx, commune: Commune, actorId: string) {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    if ((await repo.items(trx, commune.id)).length > 0)
      throw conflict('checklist_exists', 'This commune already has its checklist.');
    for (const d of ARTICLE_10_ITEMS) {
      const values = {
        ...d,
        departmentId: null,
        keeperId: null,
        url: undefined,
        updatedOn: undefined,
        nextDueOn: null,
        fileId: null,
        fileName: null,
      };
      const saved = await repo.insertItem(trx, commune.id, values, actorId, now);
      await repo.insertVersion(trx, { communeId: commune.id, itemId: saved.id, version: 1, values, actorId, at: now });
    }
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'publication.checklist_started',
      targetType: 'publication_checklist',
      targetId: commune.id,
    });
    return { items: ARTICLE_10_ITEMS.length };
  });
}

/** Per commune, its checklist's size and the share fresh today: what the network's dashboard compares. */
export async function network(ctx: Ctx) {
  const [communes, rows] = await Promise.all([networkCommunes(ctx.db), repo.freshness(ctx.db, today(ctx))]);
  return communes.map((c) => {
    const r = rows.find((x) => x.communeId === c.id);
    const items = r?.items ?? 0;
    const fresh = r?.fresh ?? 0;
    return {
      commune: c.slug,
      names: c.names,
      items,
      fresh,
      share: items ? Math.round((fresh / items) * 1000) / 1000 : null,
    };
  });
}
