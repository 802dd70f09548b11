import { COMMUNES, type Db } from '@shabaka/db';
import { fixedClock } from '../clock';
import * as repo from './repository';
import { roomInput } from './schemas';
import * as service from './service';

/**
 * Demo rooms for the five communes: the kind of rooms a commune lends to associations (a citizenship space, a
 * cultural centre's hall, a youth centre), invented names and places, two per commune; and on the first, a few
 * bookings of the commune's demo associations so the public calendar and the desk's queue show each state.
 */
const ROOMS: Record<string, { ar: string; fr: string; capacity: number; stepFree: boolean; location: string }[]> = {
  tetouan: [
    {
      ar: 'فضاء المواطنة التشاركية',
      fr: 'Espace de la citoyenneté participative',
      capacity: 80,
      stepFree: true,
      location: 'Avenue Mohammed V, Tétouan',
    },
    {
      ar: 'قاعة الاجتماعات بالملحقة الإدارية الثالثة',
      fr: 'Salle de réunion de la 3e annexe administrative',
      capacity: 30,
      stepFree: false,
      location: 'Quartier Touilaa, Tétouan',
    },
  ],
  asilah: [
    {
      ar: 'قاعة الندوات بالمركز الثقافي',
      fr: 'Salle de conférences du centre culturel',
      capacity: 120,
      stepFree: true,
      location: 'Centre culturel, Asilah',
    },
    {
      ar: 'قاعة الجمعيات',
      fr: 'Salle des associations',
      capacity: 25,
      stepFree: true,
      location: 'Hay El Hassani, Asilah',
    },
  ],
  chefchaouen: [
    {
      ar: 'القاعة متعددة الاختصاصات بدار الشباب',
      fr: 'Salle polyvalente de la maison des jeunes',
      capacity: 60,
      stepFree: false,
      location: 'Ras El Ma, Chefchaouen',
    },
    {
      ar: 'قاعة الاجتماعات بمقر الجماعة',
      fr: 'Salle de réunion de l’hôtel de ville',
      capacity: 35,
      stepFree: true,
      location: 'Place Outa Hammam, Chefchaouen',
    },
  ],
  'ksar-el-kebir': [
    {
      ar: 'القاعة البلدية متعددة الاختصاصات',
      fr: 'Salle polyvalente municipale',
      capacity: 100,
      stepFree: true,
      location: 'Boulevard Mohammed V, Ksar El Kébir',
    },
    {
      ar: 'الفضاء الجمعوي بحي السلام',
      fr: 'Espace associatif du quartier Essalam',
      capacity: 40,
      stepFree: false,
      location: 'Hay Essalam, Ksar El Kébir',
    },
  ],
  mdiq: [
    {
      ar: 'قاعة الاجتماعات بمقر الجماعة',
      fr: 'Salle de réunion de l’hôtel de ville',
      capacity: 40,
      stepFree: true,
      location: 'Centre-ville, M’diq',
    },
    {
      ar: 'فضاء الشباب بالكورنيش',
      fr: 'Espace jeunesse de la corniche',
      capacity: 50,
      stepFree: true,
      location: 'Corniche, M’diq',
    },
  ],
};

const ACCESS = {
  stepFree: {
    ar: 'مدخل بدون درج ومرحاض مهيأ.',
    fr: 'Entrée de plain-pied, toilettes adaptées.',
    es: 'Entrada sin escalones, aseo adaptado.',
  },
  stairs: {
    ar: 'القاعة في الطابق الأول، بدون مصعد.',
    fr: 'Salle au premier étage, sans ascenseur.',
    es: 'Sala en el primer piso, sin ascensor.',
  },
};
const RULES = {
  ar: 'تُرجع القاعة مرتبة في الموعد المحدد. ممنوع التدخين. الأنشطة مفتوحة ومجانية.',
  fr: 'Rendre la salle rangée à l’heure dite. Interdit de fumer. Activités ouvertes et gratuites.',
  es: 'Devolver la sala ordenada a la hora fijada. Prohibido fumar. Actividades abiertas y gratuitas.',
};

const EVENTS = ['Assemblée générale annuelle', 'Atelier de lecture pour enfants', 'Réunion d’information du quartier'];

/** A day `days` from `now` at `hour` (UTC), lasting `hours`. */
const at = (now: Date, days: number, hour: number, hours: number) => {
  const start = new Date(now.getTime() + days * 86_400_000);
  start.setUTCHours(hour, 0, 0, 0);
  return { startsAt: start, endsAt: new Date(start.getTime() + hours * 3_600_000) };
};

/**
 * Only for communes without a room; returns how many rooms were created. Bookings are recorded as the agent
 * registering an association's request at the counter (the demo has no representative accounts), straight in the
 * table: a demo sends no notices.
 */
export async function seedDemoRooms(db: Db, agentOf: (slug: string) => Promise<string>, now = new Date()) {
  let created = 0;
  const ctx = { db, clock: fixedClock(now) };
  for (const seed of COMMUNES) {
    const commune = await db.selectFrom('communes').select(['id']).where('slug', '=', seed.slug).executeTakeFirst();
    if (!commune) continue;
    const has = await db
      .selectFrom('rooms')
      .select('id')
      .where('communeId', '=', commune.id)
      .limit(1)
      .executeTakeFirst();
    if (has) continue;
    const agentId = await agentOf(seed.slug);
    const rooms = [];
    for (const [i, r] of (ROOMS[seed.slug] ?? []).entries()) {
      const input = roomInput.parse({
        names: { ar: r.ar, fr: r.fr },
        capacity: r.capacity,
        stepFree: r.stepFree,
        accessibility: r.stepFree ? ACCESS.stepFree : ACCESS.stairs,
        rules: RULES,
        location: r.location,
        lat: seed.lat + (i + 1) * 0.002,
        lon: seed.lon - (i + 1) * 0.002,
      });
      rooms.push(await service.createRoom(ctx, commune, input, agentId));
      created++;
    }
    const room = rooms[0];
    const associations = await db
      .selectFrom('associations')
      .select('id')
      .where('communeId', '=', commune.id)
      .orderBy('createdAt')
      .orderBy('id')
      .limit(3)
      .execute();
    if (!room || associations.length === 0) continue;
    // Held last month (attendance recorded), approved for next week, waiting for a decision.
    const plan = [
      { when: at(now, -20, 15, 3), state: 'approved' as const, attendance: Math.round(room.capacity * 0.6) },
      { when: at(now, 7, 16, 2), state: 'approved' as const, attendance: null },
      { when: at(now, 15, 9, 4), state: 'requested' as const, attendance: null },
    ];
    for (const [i, p] of plan.entries()) {
      const b = await repo.insertBooking(db, {
        communeId: commune.id,
        roomId: room.id,
        associationId: associations[i % associations.length]!.id,
        requestedBy: agentId,
        title: EVENTS[i]!,
        ...p.when,
        expectedAttendance: Math.min(room.capacity, 20 + i * 10),
        createdAt: new Date(p.when.startsAt.getTime() - 14 * 86_400_000),
      });
      if (p.state === 'approved')
        await repo.decideBooking(db, {
          communeId: commune.id,
          id: b.id,
          state: 'approved',
          by: agentId,
          at: b.createdAt,
          reason: null,
        });
      if (p.attendance !== null) await repo.setAttendance(db, commune.id, b.id, p.attendance, p.when.endsAt);
    }
  }
  return created;
}
