import { COMMUNES, type PacPhaseKind } from '@shabaka/db';
import { addDays, localDate } from '../calendar';
import type { AppDeps } from '../context';
import * as service from './service';

const DAY_MS = 86_400_000;
const t = (ar: string, fr: string) => ({ ar, fr });

/** The cycle's phases around today (days from today, both ends included) and the text each rests on. */
const PHASES: { kind: PacPhaseKind; from: number; to: number; basis: { ar: string; fr: string }; ieecag?: true }[] = [
  {
    kind: 'launch_decision',
    from: -300,
    to: -290,
    basis: t('القانون التنظيمي 113.14، المادة 78', 'Loi organique 113-14, art. 78'),
  },
  {
    kind: 'information',
    from: -289,
    to: -220,
    basis: t('المرسوم 2.16.301', 'Décret 2.16.301'),
  },
  {
    kind: 'diagnosis',
    from: -219,
    to: -120,
    basis: t('المرسوم 2.16.301 — التشخيص التشاركي', 'Décret 2.16.301 — diagnostic participatif'),
    ieecag: true,
  },
  {
    kind: 'prioritisation',
    from: -119,
    to: -46,
    basis: t('القانون التنظيمي 113.14، المادة 119', 'Loi organique 113-14, art. 119'),
  },
  {
    kind: 'draft_consultation',
    from: -45,
    to: 15,
    basis: t('القانون التنظيمي 113.14، المادتان 119 و120', 'Loi organique 113-14, art. 119 et 120'),
    ieecag: true,
  },
  {
    kind: 'adoption',
    from: 16,
    to: 60,
    basis: t('القانون التنظيمي 113.14، المادة 80', 'Loi organique 113-14, art. 80'),
  },
  {
    kind: 'monitoring',
    from: 61,
    to: 425,
    basis: t('القانون التنظيمي 113.14، المادة 81', 'Loi organique 113-14, art. 81'),
  },
];

const SECTIONS = [
  {
    title: t('التشخيص', 'Diagnostic'),
    paragraphs: [
      t(
        'تعرف الأحياء الطرفية نقصا في الإنارة العمومية وفي الممرات الآمنة للراجلين.',
        'Les quartiers périphériques manquent d’éclairage public et de cheminements sûrs pour les piétons.',
      ),
      t(
        'تبقى المساحات الخضراء قليلة بالنسبة لعدد السكان، خاصة قرب المؤسسات التعليمية.',
        'Les espaces verts restent rares au regard de la population, surtout près des écoles.',
      ),
    ],
  },
  {
    title: t('المحاور ذات الأولوية', 'Axes prioritaires'),
    paragraphs: [
      t(
        'تهيئة ملاعب القرب وفتحها للشباب في المساء وعطل نهاية الأسبوع.',
        'Aménager des terrains de proximité ouverts aux jeunes le soir et le week-end.',
      ),
      t(
        'إحداث فضاء للاستقبال والمواكبة لفائدة الجمعيات.',
        'Créer un espace d’accueil et d’accompagnement des associations.',
      ),
    ],
  },
];

/**
 * Demo action plans, through the domain's services: in each commune, a plan for the mandate with its
 * phases around today (the draft open to comment now), and the draft with contributions by the demo
 * citizen (no real person): one answered (merged), one past its answer date, one recent. Idempotent:
 * a commune with a plan is left as it is.
 */
export async function seedDemoPac(
  deps: Pick<AppDeps, 'db' | 'clock' | 'events'>,
  actorsOf: (slug: string) => Promise<{ agentId: string; adminId: string }>,
  citizenId: string,
) {
  const now = deps.clock.now();
  const today = localDate(now);
  const at = (days: number) => ({ ...deps, clock: { now: () => new Date(now.getTime() + days * DAY_MS) } });
  let created = 0;
  for (const seed of COMMUNES) {
    const commune = await deps.db.selectFrom('communes').selectAll().where('slug', '=', seed.slug).executeTakeFirst();
    if (!commune) continue;
    const has = await deps.db
      .selectFrom('pacPlans')
      .select('id')
      .where('communeId', '=', commune.id)
      .limit(1)
      .executeTakeFirst();
    if (has) continue;
    const { agentId } = await actorsOf(seed.slug);
    const start = Number(today.slice(0, 4)) - 1;
    const { id: planId } = await service.savePlan(
      deps,
      commune,
      {
        plan: {
          title: t(
            `برنامج عمل الجماعة ${start + 1}–${start + 6}`,
            `Programme d’action de la commune ${start + 1}–${start + 6}`,
          ),
          mandateStart: start,
          mandateEnd: start + 6,
          phases: PHASES.map((p) => ({
            kind: p.kind,
            startsOn: addDays(today, p.from),
            endsOn: addDays(today, p.to),
            legalBasis: p.basis,
            ieecagRequired: !!p.ieecag,
            // The diagnosis's opinion is in; the draft's is still awaited.
            ieecagOpinion:
              p.kind === 'diagnosis'
                ? {
                    text: t(
                      'توصي الهيئة بإدماج مقاربة النوع في كل المحاور وبتتبع المؤشرات حسب الجنس.',
                      'L’instance recommande d’intégrer l’approche genre dans chaque axe et de suivre les indicateurs par sexe.',
                    ),
                    givenOn: addDays(today, -130),
                  }
                : null,
          })),
        },
      },
      agentId,
    );
    const { id: draftId } = await service.saveDraft(
      at(-50),
      commune,
      {
        draft: {
          planId,
          title: t('مشروع برنامج عمل الجماعة', 'Projet de programme d’action de la commune'),
          opensOn: addDays(today, -45),
          closesOn: addDays(today, 15),
          sections: SECTIONS.map((s) => ({ title: s.title, paragraphs: s.paragraphs.map((text) => ({ text })) })),
        },
      },
      agentId,
    );
    const paragraphs = (await service.staffDraft(deps, commune, draftId)).sections.flatMap((s) => s.paragraphs);
    const contribute = (days: number, i: number, body: string, proposedText?: string) =>
      service.contribute(
        at(days),
        commune,
        { paragraphId: paragraphs[i]!.id, kind: proposedText ? 'change' : 'comment', body, proposedText },
        citizenId,
      );
    const merged = await contribute(
      -40,
      0,
      'La rue derrière le marché reste noire après 20 h : des lampadaires, s’il vous plaît.',
    );
    await contribute(
      -38,
      2,
      'Préciser les horaires et qui gère les terrains.',
      'Aménager des terrains de proximité ouverts aux jeunes le soir et le week-end, gérés avec les associations du quartier.',
    );
    await contribute(-3, 1, 'Un petit jardin public près du collège serait bienvenu.');
    await service.answer(
      at(-10),
      commune,
      {
        id: merged.id,
        answer: 'merged',
        reason:
          'Fusionnée avec les autres demandes d’éclairage : le plan prévoit l’éclairage des quartiers périphériques.',
      },
      agentId,
    );
    created++;
  }
  return created;
}
