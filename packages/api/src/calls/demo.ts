import { COMMUNES } from '@shabaka/db';
import { addDays, localDate } from '../calendar';
import type { AppDeps } from '../context';
import { DomainError } from '../errors';
import * as service from './service';

/** A scanned statute standing for the real one (demo dossiers carry one, as real ones must). */
const DEMO_STATUTES_PDF = Buffer.from('%PDF-1.4\n% Demo statutes of the association\n%%EOF\n').toString('base64');
const DAY_MS = 86_400_000;

const CALL = {
  description: {
    ar: 'تدعم الجماعة مشاريع الجمعيات التي تنظم أنشطة ثقافية ورياضية وتربوية لفائدة شباب الأحياء، وفق المعايير المعلنة أسفله.',
    fr: 'La commune soutient les projets associatifs d’activités culturelles, sportives et éducatives pour les jeunes des quartiers, selon les critères publiés ci-dessous.',
  },
  themes: [
    { ar: 'الشباب والرياضة', fr: 'Jeunesse et sport' },
    { ar: 'الثقافة', fr: 'Culture' },
  ],
  eligibility: { seatInCommune: true, minYearsConstituted: 0 },
  criteria: [
    { key: 'relevance', label: { ar: 'ملاءمة المشروع لحاجيات الحي', fr: 'Pertinence pour le quartier' }, weight: 40 },
    {
      key: 'feasibility',
      label: { ar: 'واقعية الميزانية والجدولة', fr: 'Réalisme du budget et du calendrier' },
      weight: 35,
    },
    { key: 'reach', label: { ar: 'عدد المستفيدين ونوعهم', fr: 'Bénéficiaires touchés' }, weight: 25 },
  ],
  checklist: [
    { key: 'statutes', label: { ar: 'القانون الأساسي', fr: 'Statuts' }, required: true },
    { key: 'budget_sheet', label: { ar: 'الميزانية التقديرية', fr: 'Budget prévisionnel' }, required: false },
  ],
};
const PROJECTS = [
  { ar: 'مهرجان مسرح الشباب', fr: 'Festival de théâtre des jeunes', asked: 45_000, marks: [9, 8, 8] },
  { ar: 'ملاعب القرب المفتوحة مساء', fr: 'Terrains de proximité ouverts le soir', asked: 60_000, marks: [6, 5, 6] },
  { ar: 'نادي القراءة للأطفال', fr: 'Club de lecture pour enfants', asked: 25_000, marks: [] },
];

/**
 * Demo calls for projects, through the domain's own services: in each commune, last season's call
 * (filed, scored by the commune's agent and admin, its results published, its selected dossier in
 * the ledger) and this season's, open, with one dossier filed at the counter. Last season runs on a
 * clock set back 75 days, as it happened then. Idempotent: a commune with calls is left as it is.
 */
export async function seedDemoCalls(
  deps: Pick<AppDeps, 'db' | 'clock' | 'events' | 'access'>,
  actorsOf: (slug: string) => Promise<{ agentId: string; adminId: string }>,
) {
  const now = deps.clock.now();
  let created = 0;
  for (const seed of COMMUNES) {
    const commune = await deps.db.selectFrom('communes').selectAll().where('slug', '=', seed.slug).executeTakeFirst();
    if (!commune) continue;
    const has = await deps.db
      .selectFrom('calls')
      .select('id')
      .where('communeId', '=', commune.id)
      .limit(1)
      .executeTakeFirst();
    if (has) continue;
    const associations = await deps.db
      .selectFrom('associations')
      .select('id')
      .where('communeId', '=', commune.id)
      .where('seatNeighbourhood', 'is not', null)
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
    const { agentId, adminId } = await actorsOf(seed.slug);
    const viewer = (userId: string) => ({ userId, roles: ['agent' as const], networkRoles: [] });
    const then = new Date(now.getTime() - 75 * DAY_MS);
    const past = { ...deps, clock: { now: () => then }, language: 'fr' as const };
    const ctx = { ...deps, language: 'fr' as const };

    /** A call whose filing runs from the clock's today for about `days` days, opened by the admin. */
    const openCall = async (c: typeof ctx, title: { ar: string; fr: string }, days: number) => {
      const today = localDate(c.clock.now());
      for (let n = days; n < days + 10; n++) {
        try {
          const { id } = await service.create(
            c,
            commune,
            {
              ...CALL,
              title,
              year: Number(today.slice(0, 4)),
              envelopeMad: 150_000,
              maxPerProjectMad: 80_000,
              opensOn: today,
              closesOn: addDays(today, n),
            },
            agentId,
          );
          await service.open(c, commune, id, adminId);
          created++;
          return id;
        } catch (e) {
          // A closing day on a weekend or a holiday: the next day.
          if (!(e instanceof DomainError && e.reason === 'not_working_day')) throw e;
        }
      }
      throw new Error('no working day for a demo call');
    };
    /** Files the first projects at the counter for associations free to apply (none with a report overdue). */
    const fileAt = async (c: typeof ctx, callId: string, projects: typeof PROJECTS, from: number) => {
      const filed: { id: string; p: (typeof PROJECTS)[number] }[] = [];
      for (const a of associations.slice(from)) {
        const p = projects[filed.length];
        if (!p) break;
        try {
          const r = await service.apply(
            c,
            commune,
            {
              callId,
              associationId: a.id,
              project: { ar: p.ar, fr: p.fr },
              summary: `${p.fr} : ateliers hebdomadaires, encadrants bénévoles, bilan public en fin d’année.`,
              requestedMad: p.asked,
              documents: { statutes: { name: 'statuts.pdf', dataBase64: DEMO_STATUTES_PDF } },
            },
            viewer(agentId),
          );
          filed.push({ id: r.id, p });
        } catch (e) {
          if (!(e instanceof DomainError && e.reason === 'reports_overdue')) throw e;
        }
      }
      return filed;
    };

    const lastSeason = await openCall(
      past,
      { ar: 'طلب مشاريع الشباب — الدورة الماضية', fr: 'Appel à projets jeunesse — session passée' },
      20,
    );
    const filed = await fileAt(past, lastSeason, PROJECTS.slice(0, 2), 0);
    for (const member of [agentId, adminId])
      await service.addMember(past, commune, { id: lastSeason, email: await emailOf(deps, member) }, agentId);
    for (const f of filed) {
      await service.admissibility(past, commune, { applicationId: f.id, admissible: true }, agentId);
      const marks = Object.fromEntries(CALL.criteria.map((c, i) => [c.key, f.p.marks[i] ?? 5]));
      for (const member of [agentId, adminId])
        await service.score(past, commune, { applicationId: f.id, marks }, { ...viewer(member) });
    }
    for (const [i, f] of filed.entries())
      await service.propose(
        ctx,
        commune,
        i === 0
          ? { applicationId: f.id, proposal: 'select', amountMad: 40_000 }
          : {
              applicationId: f.id,
              proposal: 'refuse',
              reason: 'Budget peu détaillé et calendrier irréaliste pour la saison.',
            },
        agentId,
      );
    await service.publishResults(ctx, commune, lastSeason, adminId);

    const thisSeason = await openCall(
      ctx,
      { ar: 'طلب مشاريع الشباب والثقافة', fr: 'Appel à projets jeunesse et culture' },
      30,
    );
    await fileAt(ctx, thisSeason, PROJECTS.slice(2), 2);
  }
  return created;
}

async function emailOf(deps: Pick<AppDeps, 'db'>, userId: string) {
  return (await deps.db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirstOrThrow()).email;
}
