import { COMMUNES } from '@shabaka/db';
import { addDays, localDate } from '../../calendar';
import type { AppDeps } from '../../context';
import * as service from './service';

const DAY_MS = 86_400_000;

const PROPOSALS = [
  {
    title: 'إنارة الزنقة خلف السوق',
    description: 'الزنقة خلف السوق مظلمة بعد الثامنة ليلا: نقترح أعمدة إنارة موفرة للطاقة على طولها.',
    neighbourhood: 'السوق',
    estimatedCostMad: 180_000,
  },
  {
    title: 'Un jardin de quartier près du collège',
    description:
      'Aménager le terrain vague près du collège en petit jardin avec des bancs, de l’ombre et un point d’eau.',
    neighbourhood: 'Collège',
    estimatedCostMad: 450_000,
  },
  {
    title: 'ملعب قرب مفتوح للشباب',
    description: 'تهيئة ملعب القرب وإنارته وفتحه للشباب في المساء وعطل نهاية الأسبوع بتدبير مع جمعيات الحي.',
    neighbourhood: 'الحي الجديد',
    estimatedCostMad: 900_000,
  },
  {
    title: 'Une autoroute de contournement',
    description: 'Construire une autoroute qui contourne la ville pour désengorger le centre aux heures de pointe.',
    neighbourhood: 'Centre',
    estimatedCostMad: 500_000_000,
  },
];

/** Paper ballots keyed at the counter: demo CINs (the ZZ series is issued to nobody) and choices by index. */
const PAPER: { cin: string; choices: number[] }[] = [
  { cin: 'ZZ900001', choices: [0, 2] },
  { cin: 'ZZ900002', choices: [2, 0, 1] },
  { cin: 'ZZ900003', choices: [1] },
  { cin: 'ZZ900004', choices: [0, 1, 2] },
  { cin: 'ZZ900005', choices: [2] },
  { cin: 'ZZ900006', choices: [0, 2, 1] },
  { cin: 'ZZ900007', choices: [1, 0] },
];

/**
 * A demo prioritisation consultation in each commune's demo plan (its prioritisation phase, past): four
 * proposals by the demo citizen (no real person), three found admissible and one not (outside the commune's
 * competence and envelope, said publicly), the citizen's online vote and paper ballots from the counter, so the
 * ranked results and the participation rate show. Through the domain's services, each on its day. Needs the
 * server secret (the CIN's key); idempotent: a commune with a consultation is left as it is.
 */
export async function seedDemoProposals(
  deps: Pick<AppDeps, 'db' | 'clock' | 'events' | 'signing'>,
  actorsOf: (slug: string) => Promise<{ agentId: string; adminId: string }>,
  citizenId: string,
) {
  if (!deps.signing) return 0;
  const now = deps.clock.now();
  const today = localDate(now);
  const at = (days: number) => ({ ...deps, clock: { now: () => new Date(now.getTime() + days * DAY_MS) } });
  let created = 0;
  for (const seed of COMMUNES) {
    const commune = await deps.db.selectFrom('communes').selectAll().where('slug', '=', seed.slug).executeTakeFirst();
    if (!commune) continue;
    const [plan] = await deps.db
      .selectFrom('pacPlans')
      .select(['id', 'phases'])
      .where('communeId', '=', commune.id)
      .orderBy('mandateStart', 'desc')
      .limit(1)
      .execute();
    if (!plan?.phases.some((p) => p.kind === 'prioritisation')) continue;
    const has = await deps.db
      .selectFrom('pacConsultations')
      .select('id')
      .where('communeId', '=', commune.id)
      .limit(1)
      .executeTakeFirst();
    if (has) continue;
    const { agentId } = await actorsOf(seed.slug);
    const { id } = await service.saveConsultation(
      at(-115),
      commune,
      {
        consultation: {
          planId: plan.id,
          title: { ar: 'أولويات الأحياء', fr: 'Les priorités des quartiers' },
          question: {
            ar: 'ما المشاريع التي ترونها أولوية لحيّكم في برنامج عمل الجماعة؟',
            fr: 'Quels projets sont prioritaires pour votre quartier dans le programme d’action ?',
          },
          method: 'ranking',
          maxChoices: 3,
          proposalsOpenOn: addDays(today, -110),
          proposalsCloseOn: addDays(today, -90),
          votesOpenOn: addDays(today, -80),
          votesCloseOn: addDays(today, -60),
          // A demo figure: about two thirds of the commune's census population, said as such.
          eligiblePopulation: Math.round(commune.population * 0.68),
          eligibleSource: `${commune.populationSource} — estimation de démonstration des 18 ans et plus (68 %)`,
          minAge: 18,
          residenceCheck: 'self_declared',
        },
      },
      agentId,
    );
    const ids: string[] = [];
    for (const [i, p] of PROPOSALS.entries())
      ids.push((await service.submitProposal(at(-105 + i), commune, { consultationId: id, ...p }, citizenId)).id);
    const criteria = { competence: true, cost: true, legality: true };
    for (const i of [0, 1, 2])
      await service.review(
        at(-85),
        commune,
        {
          id: ids[i]!,
          admissible: true,
          criteria,
          reason: 'Compétence de la commune, coût dans l’enveloppe du programme, aucun obstacle juridique.',
        },
        agentId,
      );
    await service.review(
      at(-85),
      commune,
      {
        id: ids[3]!,
        admissible: false,
        criteria: { competence: false, cost: false, legality: true },
        reason:
          'Les autoroutes relèvent de l’État, et le coût dépasse de loin l’enveloppe du programme : proposition transmise pour information aux services de l’État.',
      },
      agentId,
    );
    await service.vote(
      at(-75),
      commune,
      { consultationId: id, choices: [ids[0]!, ids[2]!], cin: 'ZZ900000', residence: true },
      citizenId,
    );
    await service.paperBallots(
      at(-70),
      commune,
      {
        consultationId: id,
        sheet: 'Guichet central — lot 1',
        ballots: PAPER.map((b) => ({ cin: b.cin, choices: b.choices.map((c) => ids[c]!) })),
      },
      agentId,
    );
    created++;
  }
  return created;
}
