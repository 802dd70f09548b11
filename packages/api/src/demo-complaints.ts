import { COMMUNES, type ComplaintStage, type Db } from '@shabaka/db';
import { fixedClock } from './clock';
import { findCommuneBySlug, type CommuneRow } from './communes/repository';
import type { EventBus } from './events';
import * as complaints from './complaints/service';
import { categoriesOf } from './complaints/repository';
import { submitInput } from './complaints/schemas';

/** Small deterministic PRNG so every demo database tells the same story. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS: Record<string, string[]> = {
  roads: [
    'حفرة كبيرة في وسط الطريق أمام المدرسة تشكل خطراً على السيارات والراجلين.',
    'Trottoir effondré devant la pharmacie, les personnes âgées doivent marcher sur la chaussée.',
  ],
  lighting: [
    'الإنارة العمومية معطلة في الزنقة منذ أسبوعين والحي مظلم ليلاً.',
    'Trois lampadaires éteints sur le boulevard depuis la dernière pluie.',
  ],
  waste: [
    'الحاويات ممتلئة ولم يتم جمع النفايات منذ أربعة أيام.',
    'Dépôt sauvage de gravats au bord de l’oued, les odeurs gênent tout le quartier.',
  ],
  'green-spaces': [
    'الحديقة العمومية بدون سقي والأشجار تيبس.',
    'Les bancs du jardin sont cassés et les jeux pour enfants sont dangereux.',
  ],
  animals: ['كلاب ضالة كثيرة قرب السوق في الصباح الباكر.', 'Présence de rats près des conteneurs du marché couvert.'],
  noise: ['ضجيج ورشة تعمل بعد منتصف الليل.', 'Haut-parleurs d’un café jusqu’à 2 h du matin, tous les soirs.'],
  construction: [
    'بناء طابق إضافي بدون ترخيص في الحي.',
    'Chantier qui occupe toute la ruelle sans autorisation affichée.',
  ],
  'public-space': [
    'احتلال الرصيف من طرف المقاهي ولا يمكن المرور.',
    'Étals installés sur le passage piéton devant l’école.',
  ],
  markets: ['السوق الأسبوعي بدون ماء للنظافة.', 'Les toilettes du marché municipal sont fermées depuis un mois.'],
  'civil-status': [
    'انتظار طويل في مكتب الحالة المدنية للحصول على نسخة من رسم الولادة.',
    'Le guichet de légalisation ferme avant l’heure affichée.',
  ],
  taxes: ['لم أتوصل بإشعار الرسم على الأراضي غير المبنية.', 'Erreur sur le montant de la taxe de services communaux.'],
  reception: [
    'لم يتم الرد على الهاتف في مصلحة التعمير.',
    'Accueil difficile : aucun agent ne parle aux usagers en file d’attente.',
  ],
  other: [
    'اقتراح: وضع لوحات إرشادية بالأمازيغية والعربية والفرنسية.',
    'Suggestion : ouvrir la bibliothèque municipale le samedi.',
  ],
};

const CHANNELS = ['web', 'web', 'web', 'counter', 'paper', 'phone'] as const;

/** For Tetouan, the 2014 picture: 80 complaints, some at their final stage, the others in processing. */
const PLAN: Record<string, { count: number; stages: (r: number) => ComplaintStage }> = {
  tetouan: { count: 80, stages: (r) => (r < 0.35 ? 'final' : 'processing') },
  asilah: { count: 14, stages: mixed },
  chefchaouen: { count: 18, stages: mixed },
  'ksar-el-kebir': { count: 22, stages: mixed },
  mdiq: { count: 12, stages: mixed },
};
function mixed(r: number): ComplaintStage {
  return r < 0.2 ? 'received' : r < 0.45 ? 'processing' : r < 0.55 ? 'final' : r < 0.9 ? 'resolved' : 'rejected';
}

const PATH: Record<ComplaintStage, Exclude<ComplaintStage, 'received'>[]> = {
  received: [],
  processing: ['processing'],
  final: ['processing', 'final'],
  resolved: ['processing', 'final', 'resolved'],
  rejected: ['processing', 'rejected'],
  duplicate: [],
  referred: ['referred'],
};

/** Believable activity for the demo: only for communes that have no complaint yet. */
export async function seedDemoComplaints(
  deps: { db: Db; events: EventBus },
  agentOf: (slug: string) => Promise<string>,
  now = new Date(),
) {
  let created = 0;
  for (const seed of COMMUNES) {
    const commune = (await findCommuneBySlug(deps.db, seed.slug)) as CommuneRow;
    const has = await deps.db
      .selectFrom('complaints')
      .select('id')
      .where('communeId', '=', commune.id)
      .limit(1)
      .executeTakeFirst();
    if (has) continue;
    const plan = PLAN[seed.slug]!;
    const rand = prng(seed.population);
    const cats = await categoriesOf(deps.db, commune.id);
    const agentId = await agentOf(seed.slug);
    for (let i = 0; i < plan.count; i++) {
      const cat = cats[Math.floor(rand() * cats.length)]!;
      const texts = TEXTS[cat.code] ?? TEXTS.other!;
      const at = new Date(
        now.getTime() - Math.floor(rand() * 55 + 1) * 86_400_000 - Math.floor(rand() * 8) * 3_600_000,
      );
      const clock = fixedClock(at);
      const ctx = { db: deps.db, events: deps.events, clock };
      const channel = CHANNELS[Math.floor(rand() * CHANNELS.length)]!;
      const input = submitInput.parse({
        kind: rand() < 0.85 ? 'complaint' : 'observation',
        categoryId: cat.id,
        description: texts[Math.floor(rand() * texts.length)]!,
        location: { lat: seed.lat + (rand() - 0.5) * 0.02, lon: seed.lon + (rand() - 0.5) * 0.02 },
        replyChannel: channel === 'web' ? 'portal' : 'paper',
        // Two in three citizens agree to publish their description (not drawn from rand(): the rest of the demo stays as it was).
        publicDescription: i % 3 !== 0,
      });
      const receipt =
        channel === 'web'
          ? await complaints.submit(ctx, commune, input, { channel, authorId: null, registeredBy: null })
          : await complaints.submit(
              ctx,
              commune,
              { ...input, scans: [] },
              { channel, authorId: null, registeredBy: agentId },
            );
      const target = plan.stages(rand());
      for (const stage of PATH[target]) {
        clock.advance(Math.floor(rand() * 72 + 2) * 3_600_000);
        if (clock.now() > now) clock.set(now);
        await complaints.transition(
          ctx,
          commune,
          { userId: agentId },
          {
            id: receipt.id,
            to: stage,
            publicNote:
              stage === 'rejected'
                ? 'Hors compétence de la commune / خارج اختصاص الجماعة'
                : stage === 'resolved'
                  ? 'Intervention réalisée. / تم التدخل.'
                  : undefined,
            internalNote: undefined,
            duplicateOf: undefined,
            referredTo: undefined,
          },
        );
      }
      created++;
    }
  }
  return created;
}
