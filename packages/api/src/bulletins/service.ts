import type { BulletinDocument, BulletinSnapshot, BulletinTexts } from '@shabaka/db';
import { translatorFor } from '@shabaka/ui/i18n';
import { recordAudit } from '../audit';
import { networkCommunes, type CommuneRow } from '../communes';
import type { InnerContext } from '../context';
import * as documents from '../documents';
import { badRequest, conflict, notFound } from '../errors';
import { pdfKey, renderPdf } from '../pdf-queue';
import { documentFields } from './document';
import { figureLabel, figureValue, periodLabel, sectionTitle } from './labels';
import { hasBegun, parseSlug, periodOf, slugOf, type Period } from './period';
import type { PosterData } from './poster';
import * as repo from './repository';
import type { PeriodInput, TextsInput } from './schemas';
import { sectionsOf } from './sections';

// This domain's audit actions, added from its own folder (audit/actions.ts lists the others).
declare module '../audit/actions' {
  interface DomainAuditActions {
    'bulletins.generated': true;
    'bulletins.texts_saved': true;
    'bulletins.approved': true;
  }
}

type Ctx = Pick<InnerContext, 'db' | 'clock'>;
type Commune = Pick<CommuneRow, 'id'>;
type Row = NonNullable<Awaited<ReturnType<typeof repo.findBulletin>>>;

/** The figures of a period as they stand now: what a draft shows, and what approval freezes. */
export async function liveFigures(ctx: Ctx, communeId: string, period: Period): Promise<BulletinSnapshot> {
  return {
    year: period.year,
    quarter: period.quarter,
    from: period.from,
    to: period.to,
    computedAt: ctx.clock.now().toISOString(),
    sections: await sectionsOf(ctx, communeId, period),
  };
}

/** What anyone may read of a published bulletin: no editor, no approver, only the commune's words and figures. */
function publicView(r: Row) {
  return {
    period: slugOf(r),
    year: r.year,
    quarter: r.quarter,
    texts: r.texts,
    figures: r.figures!,
    documents: r.documents ?? {},
    approvedAt: r.approvedAt!,
  };
}
export type PublicBulletin = ReturnType<typeof publicView>;

/** The commune's published bulletins, newest period first: the archive. */
export async function archive(ctx: Ctx, commune: Commune) {
  return (await repo.bulletins(ctx.db, commune.id, 'published')).map((r) => ({
    period: slugOf(r),
    year: r.year,
    quarter: r.quarter,
    approvedAt: r.approvedAt!,
  }));
}

/** One published bulletin by its stable address (`2026-q1`, `2026`); a draft is unknown to the public. */
export async function published(ctx: Ctx, commune: Commune, slug: string) {
  const { year, quarter } = parseSlug(slug);
  const r = await repo.findByPeriod(ctx.db, commune.id, year, quarter);
  if (!r || r.state !== 'published') throw notFound('unknown_bulletin', 'No published bulletin for this period.');
  return publicView(r);
}

/** Staff's list: drafts and published, with their versions. */
export async function staffList(ctx: Ctx, commune: Commune) {
  return (await repo.bulletins(ctx.db, commune.id)).map((r) => ({
    id: r.id,
    period: slugOf(r),
    year: r.year,
    quarter: r.quarter,
    state: r.state,
    version: r.version,
    updatedAt: r.updatedAt,
  }));
}

/** A bulletin for its editors: a draft with its figures computed now, a published one as frozen. */
export async function staffGet(ctx: Ctx, commune: Commune, id: string) {
  const r = await repo.findBulletin(ctx.db, commune.id, id);
  if (!r) throw notFound('unknown_bulletin', 'No such bulletin in this commune.');
  const figures = r.figures ?? (await liveFigures(ctx, commune.id, periodOf(r.year, r.quarter)));
  return {
    id: r.id,
    period: slugOf(r),
    year: r.year,
    quarter: r.quarter,
    state: r.state,
    version: r.version,
    texts: r.texts,
    figures,
    documents: r.documents ?? {},
    approvedAt: r.approvedAt,
  };
}

/** An editor opens the bulletin of a period that has begun: one per commune and period. */
export async function generate(ctx: Ctx, commune: Commune, input: PeriodInput, actorId: string) {
  const period = periodOf(input.year, input.quarter);
  const now = ctx.clock.now();
  if (!hasBegun(period, now)) throw badRequest('period_not_started', 'This period has not begun yet.', 'quarter');
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.insertBulletin(trx, commune.id, input.year, input.quarter, actorId, now);
    if (!row) throw conflict('bulletin_exists', 'This commune already has a bulletin for this period.', 'quarter');
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'bulletins.generated',
      targetType: 'bulletin',
      targetId: row.id,
      data: { period: slugOf(row) },
    });
    return { id: row.id, period: slugOf(row), version: row.version };
  });
}

async function draftOf(ctx: Ctx, commune: Commune, id: string, version: number) {
  const r = await repo.findBulletin(ctx.db, commune.id, id);
  if (!r) throw notFound('unknown_bulletin', 'No such bulletin in this commune.');
  if (r.state !== 'draft') throw conflict('already_published', 'This bulletin is published and frozen.');
  if (r.version !== version)
    throw conflict('stale_version', 'Someone saved this bulletin since you opened it.', 'version');
  return r;
}

/** The editors' texts of a draft, over the version they read (two editors never silently overwrite each other). */
export async function saveTexts(ctx: Ctx, commune: Commune, input: TextsInput, actorId: string) {
  await draftOf(ctx, commune, input.id, input.version);
  const texts: BulletinTexts = {};
  for (const k of ['editorial', 'notes'] as const) {
    const t = input.texts[k];
    if (t.ar || t.fr || t.es) texts[k] = { ar: t.ar ?? '', fr: t.fr ?? '', ...(t.es ? { es: t.es } : {}) };
  }
  return ctx.db.transaction().execute(async (trx) => {
    const saved = await repo.updateTexts(trx, commune.id, input.id, input.version, texts, actorId, ctx.clock.now());
    if (!saved) throw conflict('stale_version', 'Someone saved this bulletin since you opened it.', 'version');
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'bulletins.texts_saved',
      targetType: 'bulletin',
      targetId: input.id,
      data: { version: saved.version },
    });
    return saved;
  });
}

/**
 * Approval (`bulletins:approve`, not the editors' permission): the figures are computed once more and frozen in
 * the row, the bulletin is signed in Arabic, French and Spanish (verifiable at /verify/<code>), then published.
 * The documents are issued before the row is published (issuing renders outside any transaction); a colleague's
 * save in between makes the publication fail on its version, leaving three signed but unlinked documents — the
 * price of never holding a lock while rendering.
 */
export async function approve(
  ctx: Pick<InnerContext, 'db' | 'clock' | 'events' | 'signing'>,
  commune: CommuneRow,
  input: { id: string; version: number },
  actorId: string,
) {
  const r = await draftOf(ctx, commune, input.id, input.version);
  for (const lang of ['ar', 'fr'] as const)
    if (!r.texts.editorial?.[lang]?.trim())
      throw badRequest(
        'texts_missing',
        'Write the editors’ text in Arabic and French first.',
        `texts.editorial.${lang}`,
      );
  const now = ctx.clock.now();
  const figures = await liveFigures(ctx, commune.id, periodOf(r.year, r.quarter));
  const fields = documentFields(figures, r.texts, now);
  const issued: Record<string, BulletinDocument> = {};
  for (const language of ['ar', 'fr', 'es'] as const) {
    const doc = await documents.issue(ctx, commune, actorId, {
      template: 'results_bulletin',
      language,
      delivery: 'electronic',
      // The public is who a bulletin is for: no person is named.
      recipient: { name: `Public — ${commune.names.fr}`, cin: undefined, address: undefined },
      requesterEmail: undefined,
      fields,
    });
    issued[language] = { code: doc.code, path: doc.downloadPath };
  }
  return ctx.db.transaction().execute(async (trx) => {
    const done = await repo.publish(trx, commune.id, r.id, r.version, { figures, documents: issued }, actorId, now);
    if (!done) throw conflict('stale_version', 'Someone saved this bulletin since you opened it.', 'version');
    await recordAudit(trx, {
      communeId: commune.id,
      actorId,
      action: 'bulletins.approved',
      targetType: 'bulletin',
      targetId: r.id,
      data: { period: slugOf(r), documents: Object.values(issued).map((d) => d.code) },
    });
    return { id: r.id, period: slugOf(r), version: done.version, documents: issued };
  });
}

/**
 * The one-page poster for the notice board: the period's headline figures and a QR code to the bulletin's page.
 * Not signed (the bulletin is); rendered on demand from the frozen figures.
 */
export async function poster(
  ctx: Pick<InnerContext, 'db' | 'clock' | 'publicUrl' | 'signing' | 'language'>,
  commune: Pick<CommuneRow, 'id' | 'slug' | 'names'>,
  slug: string,
  language: 'fr' | 'es' = 'fr',
) {
  const b = await published(ctx, commune, slug);
  const base = (ctx.signing?.publicUrl ?? ctx.publicUrl ?? 'http://localhost:3000').replace(/\/+$/, '');
  const [ar, latin] = [translatorFor('ar'), translatorFor(language)];
  const colon = language === 'fr' ? ' : ' : ': ';
  const lines: PosterData['lines'] = [];
  for (const s of b.figures.sections.filter((x) => x.figures.length > 0)) {
    lines.push({ latin: sectionTitle(latin, s.key), ar: sectionTitle(ar, s.key), heading: true });
    // The headline figures only; the lists (per category, per ground) are on the page and in the signed bulletin.
    for (const f of s.figures.filter((x) => !x.names).slice(0, 4))
      lines.push({
        latin: `${figureLabel(latin, s.key, f, language)}${colon}${figureValue(latin, f)}`,
        ar: `${figureLabel(ar, s.key, f, 'ar')}: ${figureValue(ar, f)}`,
      });
  }
  const data: PosterData = {
    // The poster's words come from the catalogs like the page's (bulletins.posterPdf.*), in each column's language.
    title: {
      latin: latin.t('bulletins.posterPdf.title', {
        commune: commune.names[language] || commune.names.fr,
        period: periodLabel(latin, b),
      }),
      ar: ar.t('bulletins.posterPdf.title', { commune: commune.names.ar, period: periodLabel(ar, b) }),
    },
    lines,
    url: `${base}/${commune.slug}/bulletins/${b.period}`,
    follow: `${latin.t('bulletins.posterPdf.follow')} · ${ar.t('bulletins.posterPdf.follow')}`,
  };
  const pdf = await renderPdf(
    pdfKey('bulletinPoster', data, ctx.clock.now()),
    { kind: 'bulletinPoster', args: [data] },
    ctx,
  );
  return {
    filename: `${commune.slug}-bulletin-${b.period}-poster${language === 'es' ? '-es' : ''}.pdf`,
    pdfBase64: Buffer.from(pdf).toString('base64'),
  };
}

/**
 * The network's bulletin for one period: each commune's published figures side by side (a commune that has not
 * published shows none: only approved figures are compared).
 */
export async function network(ctx: Ctx, input: PeriodInput) {
  const [communes, rows] = await Promise.all([
    networkCommunes(ctx.db),
    repo.publishedOfPeriod(ctx.db, input.year, input.quarter),
  ]);
  return {
    period: slugOf(input),
    communes: communes.map((c) => {
      const r = rows.find((x) => x.communeId === c.id);
      return { commune: c.slug, names: c.names, figures: r?.figures ?? null, approvedAt: r?.approvedAt ?? null };
    }),
  };
}
