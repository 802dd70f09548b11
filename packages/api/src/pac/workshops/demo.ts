import { COMMUNES } from '@shabaka/db';
import { addDays, localDate } from '../../calendar';
import type { AppDeps } from '../../context';
import * as service from './service';

const DAY_MS = 86_400_000;
const t = (ar: string, fr: string) => ({ ar, fr });

type Deps = Pick<AppDeps, 'db' | 'clock' | 'events' | 'signing'>;

/**
 * Demo workshops and a targeted consultation, through the services: in each commune, a thematic workshop held
 * three weeks ago (attendance counted, organisations present, one paper sheet keyed, minutes written and — with
 * a signing secret — signed), a neighbourhood workshop in ten days with the demo citizen registered, and a
 * consultation of professional bodies with two opinions in. No real person: counts, bodies and anonymous texts.
 * Idempotent: a commune with a workshop is left as it is.
 */
export async function seedDemoWorkshops(
  deps: Deps,
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
      .selectFrom('pacWorkshops')
      .select('id')
      .where('communeId', '=', commune.id)
      .limit(1)
      .executeTakeFirst();
    if (has) continue;
    const { agentId } = await actorsOf(seed.slug);
    const association = await deps.db
      .selectFrom('associations')
      .select(['id', 'names'])
      .where('communeId', '=', commune.id)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();

    // Held three weeks ago: written a month before, published, then keyed in after the day.
    const { id: pastId } = await service.save(
      at(-50),
      commune,
      {
        workshop: {
          kind: 'thematic',
          title: t('ورشة الشباب والرياضة', 'Atelier jeunesse et sport'),
          topic: t('ملاعب القرب والأنشطة الشبابية', 'Terrains de proximité et activités des jeunes'),
          agenda: [
            t('تقديم التشخيص', 'Présentation du diagnostic'),
            t('العمل في مجموعات', 'Travail en groupes'),
            t('ترتيب الأولويات', 'Classement des priorités'),
          ],
          day: addDays(today, -21),
          startTime: '15:00',
          endTime: '18:00',
          place: t('دار الشباب', 'Maison des jeunes'),
          address: t('شارع الجيش الملكي', 'Avenue des FAR'),
          position: { lat: seed.lat + 0.002, lon: seed.lon - 0.002 },
          capacity: 60,
        },
      },
      agentId,
    );
    await service.publish(at(-49), commune, pastId, agentId);
    const after = at(-20);
    await service.recordAttendance(
      after,
      commune,
      {
        id: pastId,
        counts: [
          { band: '0-17', women: 4, men: 6 },
          { band: '18-29', women: 9, men: 8 },
          { band: '30-44', women: 5, men: 4 },
          { band: '45-59', women: 2, men: 3 },
          { band: '60+', women: 1, men: 2 },
        ],
        organisations: [
          ...(association ? [{ name: association.names.fr, associationId: association.id }] : []),
          { name: 'Conseil des jeunes du quartier', associationId: undefined },
        ],
      },
      agentId,
    );
    await service.keyPaperSheet(
      after,
      commune,
      {
        id: pastId,
        sheet: 'F-1',
        lines: [
          { text: 'فتح ملعب الحي في المساء مع الإنارة.', theme: 'ملاعب القرب', sex: 'woman', ageBand: '18-29' },
          {
            text: 'Un encadrant sportif le samedi matin pour les enfants.',
            theme: 'Sport',
            sex: 'man',
            ageBand: '30-44',
          },
          { text: 'Des ateliers de musique à la maison des jeunes.', theme: undefined, ageBand: '0-17' },
        ],
      },
      agentId,
    );
    await service.saveMinutes(
      after,
      commune,
      pastId,
      'Après la présentation du diagnostic, trois groupes ont travaillé sur les terrains de proximité, les activités culturelles et l’encadrement. Priorités retenues : ouvrir les terrains le soir, un encadrant le samedi, des ateliers de musique.',
      agentId,
    );
    if (deps.signing) await service.issueMinutes({ ...after, signing: deps.signing }, commune, pastId, agentId);

    // In ten days, the demo citizen registered.
    const { id: nextId } = await service.save(
      at(-5),
      commune,
      {
        workshop: {
          kind: 'neighbourhood',
          title: t('ورشة الحي: الإنارة والممرات', 'Atelier de quartier : éclairage et cheminements'),
          topic: t('الأحياء الطرفية', 'Quartiers périphériques'),
          agenda: [t('جولة في الحي', 'Marche dans le quartier'), t('نقاش واقتراحات', 'Échanges et propositions')],
          day: addDays(today, 10),
          startTime: '10:00',
          endTime: '12:30',
          place: t('مركز القرب الاجتماعي', 'Centre social de proximité'),
          address: t('حي السلام', 'Quartier Essalam'),
          position: { lat: seed.lat - 0.003, lon: seed.lon + 0.003 },
          capacity: 40,
        },
      },
      agentId,
    );
    await service.publish(at(-5), commune, nextId, agentId);
    await service.register(at(-2), commune, nextId, citizenId);

    // A targeted consultation of professional bodies, two opinions in, published.
    const { id: consultationId } = await service.saveConsultation(
      at(-30),
      commune,
      {
        consultation: {
          subject: t('تنظيم الأسواق الأسبوعية', 'Organisation des souks hebdomadaires'),
          question: t(
            'ما رأيكم في مشروع إعادة تنظيم السوق الأسبوعي ونقله إلى الموقع الجديد؟',
            'Quel est votre avis sur le projet de réorganisation du souk hebdomadaire et son transfert sur le nouveau site ?',
          ),
          documentUrl: undefined,
          opensOn: addDays(today, -30),
          closesOn: addDays(today, -5),
          bodies: [
            { name: 'Chambre de commerce, d’industrie et de services', kind: 'chamber' },
            { name: 'Association des commerçants du souk', kind: 'association' },
            { name: 'Ordre régional des architectes', kind: 'professional_order' },
          ].map((b) => ({ ...b, kind: b.kind as 'chamber', id: undefined, associationId: undefined })),
        },
      },
      agentId,
    );
    const c = (await service.staffConsultations(deps, commune)).find((x) => x.id === consultationId)!;
    await service.recordOpinion(
      at(-12),
      commune,
      {
        id: consultationId,
        bodyId: c.bodies[0]!.id,
        stance: 'favourable',
        text: 'Avis favorable, sous réserve d’un accès pour les livraisons avant 7 h.',
        givenOn: addDays(today, -12),
      },
      agentId,
    );
    await service.recordOpinion(
      at(-8),
      commune,
      {
        id: consultationId,
        bodyId: c.bodies[1]!.id,
        stance: 'reserved',
        text: 'Les commerçants demandent une période de transition de trois mois et des emplacements couverts.',
        givenOn: addDays(today, -8),
      },
      agentId,
    );
    await service.publishConsultation(at(-4), commune, consultationId, agentId);
    created++;
  }
  return created;
}
