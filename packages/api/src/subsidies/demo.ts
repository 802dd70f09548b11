import { COMMUNES } from '@shabaka/db';
import { localDate } from '../calendar';
import type { AppDeps } from '../context';
import * as service from './service';

/** A one-page PDF standing for a scanned statement of accounts (demo reports carry one, as real ones must). */
const DEMO_ACCOUNTS_PDF = Buffer.from('%PDF-1.4\n% Demo statement of accounts\n%%EOF\n').toString('base64');

const PROJECTS = [
  { ar: 'دعم مدرسي لتلاميذ الأحياء', fr: 'Soutien scolaire des élèves des quartiers', amount: 80_000 },
  { ar: 'تنظيف الشاطئ وتحسيس المصطافين', fr: 'Nettoyage de la plage et sensibilisation des estivants', amount: 30_000 },
  {
    ar: 'تكوين التعاونيات النسائية في التدبير',
    fr: 'Formation des coopératives féminines à la gestion',
    amount: 45_000,
  },
  { ar: 'دوري الأحياء الصيفي لكرة القدم', fr: 'Tournoi d’été de football inter-quartiers', amount: 60_000 },
];

/**
 * Demo subsidies for the first associations of each commune, through the ledger's own procedures,
 * one at each stage: completed last year, signed this year with a tranche paid, a report overdue,
 * awarded and waiting for its plan. Signed only when the process can sign (a demo without a
 * secret keeps them awarded). Idempotent: a commune with subsidies is left as it is.
 */
export async function seedDemoSubsidies(
  deps: Pick<AppDeps, 'db' | 'clock' | 'events' | 'signing' | 'access'>,
  actorsOf: (slug: string) => Promise<{ agentId: string; adminId: string }>,
) {
  const ctx = { ...deps, language: 'fr' as const };
  const today = localDate(deps.clock.now());
  const year = Number(today.slice(0, 4));
  let created = 0;
  for (const seed of COMMUNES) {
    const commune = await deps.db.selectFrom('communes').selectAll().where('slug', '=', seed.slug).executeTakeFirst();
    if (!commune) continue;
    const has = await deps.db
      .selectFrom('subsidies')
      .select('id')
      .where('communeId', '=', commune.id)
      .limit(1)
      .executeTakeFirst();
    if (has) continue;
    const associations = await deps.db
      .selectFrom('associations')
      .select('id')
      .where('communeId', '=', commune.id)
      .orderBy('createdAt')
      .orderBy('id')
      .limit(PROJECTS.length)
      .execute();
    const { agentId, adminId } = await actorsOf(seed.slug);
    const staff = { userId: agentId, roles: ['agent' as const], networkRoles: [] };
    for (const [i, a] of associations.entries()) {
      const p = PROJECTS[i]!;
      // Stage 0 and 2 were granted last year; 1 and 3 this year.
      const y = i % 2 === 0 ? year - 1 : year;
      const { id } = await service.grant(
        ctx,
        commune,
        {
          associationId: a.id,
          project: { ar: p.ar, fr: p.fr },
          amountMad: p.amount,
          year: y,
          deliberation: `Délibération n° ${10 + i}/${y}`,
        },
        agentId,
      );
      created++;
      if (i === 3 || !deps.signing) continue;
      const half = Math.round(p.amount / 2);
      await service.prepare(
        ctx,
        commune,
        {
          id,
          deliverables: [{ ar: 'تقرير أنشطة مصور', fr: 'Rapport d’activités illustré' }],
          tranches: [
            { amountMad: half, dueOn: `${y}-03-01`, afterReport: null },
            { amountMad: p.amount - half, dueOn: `${y}-09-01`, afterReport: i === 0 ? 'interim' : null },
          ],
          reports:
            i === 0
              ? [
                  { kind: 'interim', dueOn: `${y}-07-15` },
                  { kind: 'final', dueOn: `${y}-12-31` },
                ]
              : [{ kind: 'final', dueOn: i === 2 ? `${y}-11-30` : `${y}-12-31` }],
        },
        agentId,
      );
      await service.sign(ctx, commune, id, adminId);
      // Never a payment in the future: early in the year, this year's first tranche is paid today.
      const paidOn = `${y}-03-02` < today ? `${y}-03-02` : today;
      await service.pay(ctx, commune, { id, n: 1, paidOn, paymentRef: `OP-${y}-${100 + i}` }, adminId);
      if (i !== 0) continue;
      // The completed one: both reports filed and accepted, both tranches paid.
      for (const r of await deps.db
        .selectFrom('subsidyReports')
        .select('id')
        .where('subsidyId', '=', id)
        .orderBy('dueOn')
        .execute()) {
        await service.fileReport(
          ctx,
          commune,
          {
            reportId: r.id,
            narrative: 'Soixante élèves suivis chaque semaine ; bilan et photos joints.',
            financialFile: { dataBase64: DEMO_ACCOUNTS_PDF },
          },
          staff,
        );
        await service.reviewReport(ctx, commune, { reportId: r.id, decision: 'accept' }, agentId);
        const unpaid = await deps.db
          .selectFrom('subsidyTranches')
          .select('n')
          .where('subsidyId', '=', id)
          .where('paidOn', 'is', null)
          .orderBy('n')
          .executeTakeFirst();
        if (unpaid && unpaid.n === 2)
          await service.pay(ctx, commune, { id, n: 2, paidOn: `${y}-09-02`, paymentRef: `OP-${y}-200` }, adminId);
      }
    }
  }
  return created;
}
